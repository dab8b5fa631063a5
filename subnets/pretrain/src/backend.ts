/**
 * TF.js backend selection: the WebAssembly backend with its `.wasm` files read from node_modules (nothing
 * is fetched from the network), falling back to the pure-JS `cpu` backend when wasm cannot initialise.
 */
import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type PretrainBackend = 'wasm' | 'cpu';

let ready: Promise<PretrainBackend> | undefined;

/** Directory holding `tfjs-backend-wasm*.wasm` inside the installed package. */
export function wasmDirectory(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json')), 'dist') + '/';
}

/**
 * Initialise TF.js once per process and return the backend in use. Logs which one runs (`log`, default
 * `console.info`). Later calls return the same promise.
 */
export function initBackend(log: (line: string) => void = (l) => console.info(l)): Promise<PretrainBackend> {
  ready ??= (async (): Promise<PretrainBackend> => {
    try {
      setWasmPaths(wasmDirectory());
      if (await tf.setBackend('wasm')) {
        await tf.ready();
        log('[pretrain] TF.js backend: wasm');
        return 'wasm';
      }
    } catch (e) {
      log(`[pretrain] wasm backend failed to initialise (${e instanceof Error ? e.message : String(e)}); falling back to cpu`);
    }
    await tf.setBackend('cpu');
    await tf.ready();
    log('[pretrain] TF.js backend: cpu');
    return 'cpu';
  })();
  return ready;
}
