/**
 * A long-lived tesseract.js worker, configured fully offline: the English LSTM model comes from the
 * `@tesseract.js-data/eng` npm package (gzip as shipped), nothing is fetched and nothing is cached to disk
 * outside a private temp directory. Creating a worker costs ~0.5–2 s (WASM + model load), so a miner makes
 * one and keeps it; tesseract.js queues jobs on it in order.
 */
import { createRequire } from 'node:module';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createWorker, OEM, PSM, type Worker } from 'tesseract.js';
import { OcrError } from '../errors.js';

const require = createRequire(import.meta.url);

/** Folder of the int8 "best" LSTM model shipped by @tesseract.js-data/eng (what tesseract.js uses for LSTM-only). */
export function defaultLangPath(): string {
  const pkg = require.resolve('@tesseract.js-data/eng/package.json');
  return join(dirname(pkg), '4.0.0_best_int');
}

export interface TesseractEngineOptions {
  /** Folder holding `eng.traineddata.gz`; default the npm package's `4.0.0_best_int`. */
  readonly langPath?: string;
  /** Tesseract page segmentation mode; default 6 (a single uniform block of text: documents here). */
  readonly pageSegMode?: PSM;
}

export interface TesseractEngine {
  /** Recognise the text of an image (PNG/JPEG bytes). */
  recognize(image: Buffer): Promise<string>;
  /** The text and tesseract's mean word confidence (0–100). */
  recognizeWithConfidence(image: Buffer): Promise<{ readonly text: string; readonly confidence: number }>;
  /** Stop the worker and remove its temp directory. Further calls fail with ENGINE_FAILED. */
  terminate(): Promise<void>;
}

export async function createTesseractEngine(options: TesseractEngineOptions = {}): Promise<TesseractEngine> {
  const cachePath = await mkdtemp(join(tmpdir(), 'tensorium-ocr-'));
  let worker: Worker;
  try {
    worker = await createWorker('eng', OEM.LSTM_ONLY, {
      langPath: options.langPath ?? defaultLangPath(),
      gzip: true,
      cachePath,
      cacheMethod: 'none',
    });
    await worker.setParameters({ tessedit_pageseg_mode: options.pageSegMode ?? PSM.SINGLE_BLOCK });
  } catch (cause) {
    await rm(cachePath, { recursive: true, force: true });
    throw new OcrError('ENGINE_FAILED', 'could not start the tesseract worker', { langPath: options.langPath ?? defaultLangPath() }, { cause });
  }
  let closed = false;
  const run = async (image: Buffer): Promise<{ text: string; confidence: number }> => {
    if (closed) throw new OcrError('ENGINE_FAILED', 'the tesseract engine is closed');
    try {
      const { data } = await worker.recognize(image);
      return { text: data.text, confidence: data.confidence };
    } catch (cause) {
      throw new OcrError('ENGINE_FAILED', 'tesseract failed to recognise the image', { bytes: image.length }, { cause });
    }
  };
  return {
    async recognize(image) {
      return (await run(image)).text;
    },
    recognizeWithConfidence: run,
    async terminate() {
      if (closed) return;
      closed = true;
      await worker.terminate();
      await rm(cachePath, { recursive: true, force: true });
    },
  };
}
