/**
 * Three miner strategies of clearly different quality, so incentive visibly follows quality:
 * - `tesseract-raw`: tesseract on the image as given;
 * - `tesseract-preprocessed`: median denoise, 2× upscale, Otsu binarisation and deskew, then tesseract;
 * - `weak`: tesseract on a copy shrunk to 45% of its size (small print becomes unreadable).
 * Each owns (or borrows) one long-lived tesseract worker.
 */
import { OcrError } from '../errors.js';
import { createTesseractEngine, type TesseractEngine, type TesseractEngineOptions } from './engine.js';
import { decodePng, encodeGray, preprocessForOcr, toGray, type PreprocessOptions } from './preprocess.js';

export type OcrStrategyName = 'tesseract-raw' | 'tesseract-preprocessed' | 'weak';
export const OCR_STRATEGY_NAMES: readonly OcrStrategyName[] = ['tesseract-raw', 'tesseract-preprocessed', 'weak'];

export interface OcrStrategy {
  readonly name: string;
  /** Start the engine now (it starts on first use otherwise; the first request then pays ~1–2 s). */
  warmUp(): Promise<void>;
  /** Recognise the text of a PNG. Work not yet started is skipped when `signal` is aborted. */
  recognize(png: Buffer, signal?: AbortSignal): Promise<string>;
  /** Stop the engine if this strategy created it. */
  close(): Promise<void>;
}

export interface StrategyOptions {
  /** Share an engine (the caller closes it); by default the strategy creates its own. */
  readonly engine?: TesseractEngine;
  readonly engineOptions?: TesseractEngineOptions;
}

function checkSignal(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new OcrError('ABORTED', 'the request deadline passed');
}

/** The common shape: optional image transform, then tesseract. */
function tesseractStrategy(name: string, options: StrategyOptions, transform: (png: Buffer) => Promise<Buffer>): OcrStrategy {
  let engine: Promise<TesseractEngine> | undefined = options.engine ? Promise.resolve(options.engine) : undefined;
  const owned = !options.engine;
  const get = (): Promise<TesseractEngine> => (engine ??= createTesseractEngine(options.engineOptions));
  return {
    name,
    async warmUp() {
      await get();
    },
    async recognize(png, signal) {
      checkSignal(signal);
      const input = await transform(png);
      checkSignal(signal);
      return (await get()).recognize(input);
    },
    async close() {
      if (owned && engine) await (await engine).terminate();
      engine = undefined;
    },
  };
}

/** Tesseract on the image exactly as received. */
export function createTesseractRawStrategy(options: StrategyOptions = {}): OcrStrategy {
  return tesseractStrategy('tesseract-raw', options, async (png) => {
    await decodePng(png); // refuse non-images before they reach the worker
    return png;
  });
}

/** Denoise, upscale, binarise and deskew, then tesseract. */
export function createTesseractPreprocessedStrategy(options: StrategyOptions & PreprocessOptions = {}): OcrStrategy {
  return tesseractStrategy('tesseract-preprocessed', options, async (png) => (await preprocessForOcr(png, options)).png);
}

/** Tesseract on a heavily downscaled copy: cheap and visibly worse. */
export function createWeakStrategy(options: StrategyOptions & { readonly scale?: number } = {}): OcrStrategy {
  const scale = options.scale ?? 0.45;
  if (!(scale > 0 && scale <= 1)) throw new OcrError('INVALID_OPTIONS', 'scale must be in (0, 1]', { scale });
  return tesseractStrategy('weak', options, async (png) => encodeGray(toGray(await decodePng(png), scale)));
}

/** A strategy by name. */
export function createOcrStrategy(name: OcrStrategyName, options: StrategyOptions = {}): OcrStrategy {
  switch (name) {
    case 'tesseract-raw':
      return createTesseractRawStrategy(options);
    case 'tesseract-preprocessed':
      return createTesseractPreprocessedStrategy(options);
    case 'weak':
      return createWeakStrategy(options);
    default:
      throw new OcrError('INVALID_OPTIONS', `unknown strategy ${String(name)}`, { name });
  }
}
