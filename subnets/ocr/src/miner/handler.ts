/**
 * The miner side as the framework plugs it in: `createOcrMinerHandler(strategy)` gives
 * `handle(request, signal) → response` (one long-lived strategy/engine behind it) and `hooks()` for
 * `axon.attach(OcrSynapse, handler.hooks())`.
 */
import type { ForwardHooks } from '@tensorium/sdk/axon/index';
import type { OcrRequest, OcrResponseInput, OcrSynapseDefinition } from '../synapse.js';
import { OcrError } from '../errors.js';
import { createOcrStrategy, type OcrStrategy, type OcrStrategyName, type StrategyOptions } from './strategies.js';

export interface OcrMinerHandler {
  readonly strategy: OcrStrategy;
  /** Start the engine before serving, so the first request does not pay for it. */
  warmUp(): Promise<void>;
  handle(request: OcrRequest, signal?: AbortSignal): Promise<OcrResponseInput>;
  /** Axon hooks for `axon.attach(OcrSynapse, …)`. */
  hooks(): ForwardHooks<OcrSynapseDefinition>;
  close(): Promise<void>;
}

/** A handler around a strategy (or a strategy by name, created with `options`). */
export function createOcrMinerHandler(strategy: OcrStrategy | OcrStrategyName, options: StrategyOptions = {}): OcrMinerHandler {
  const s = typeof strategy === 'string' ? createOcrStrategy(strategy, options) : strategy;
  const handle = async (request: OcrRequest, signal?: AbortSignal): Promise<OcrResponseInput> => {
    const png = Buffer.from(request.image, 'base64');
    if (png.length === 0) throw new OcrError('INVALID_IMAGE', 'empty image', { taskId: request.task_id });
    return { text: await s.recognize(png, signal) };
  };
  return {
    strategy: s,
    warmUp: () => s.warmUp(),
    handle,
    hooks: () => ({ forward: (request, ctx) => handle(request, ctx.signal) }),
    close: () => s.close(),
  };
}
