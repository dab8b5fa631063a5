/**
 * A challenge = fresh document content + a random style + a random task id, rendered to PNG, with its
 * ground truth kept by the validator. Everything derives from (seed, round) so a round can be replayed
 * for debugging; freshness against miners comes from the seed being random and secret.
 */
import { createRng } from '../prng.js';
import { generateContent, type DocumentKind } from './content.js';
import { DEFAULT_STYLE_RANGES, randomStyle, renderDocument, type RenderStyle, type StyleRanges } from './render.js';

export interface OcrChallenge {
  readonly taskId: string;
  readonly round: number;
  readonly kind: DocumentKind;
  /** The reference printed on the page. */
  readonly nonce: string;
  /** Exactly the rendered lines joined by '\n'. */
  readonly groundTruth: string;
  readonly style: RenderStyle;
  readonly png: Buffer;
}

export interface ChallengeOptions {
  readonly kind?: DocumentKind;
  readonly styleRanges?: StyleRanges;
}

const HEX = '0123456789abcdef';

/** The challenge of `round` under `seed` (same inputs, same bytes). */
export function generateChallenge(seed: string, round: number, options: ChallengeOptions = {}): OcrChallenge {
  const rng = createRng(`ocr-challenge/${seed}/${round}`);
  let id = '';
  for (let i = 0; i < 24; i++) id += HEX[rng.int(0, 15)];
  const content = generateContent(rng.fork('content'), options.kind);
  const style = randomStyle(rng.fork('style'), options.styleRanges ?? DEFAULT_STYLE_RANGES);
  return {
    taskId: `ocr-${round}-${id}`,
    round,
    kind: content.kind,
    nonce: content.nonce,
    groundTruth: content.lines.join('\n'),
    style,
    png: renderDocument(content.lines, style),
  };
}
