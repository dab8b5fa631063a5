/**
 * Worker thread of the `SignatureVerifier`: verifies batches of signatures with the same code as
 * the main thread (`verifySignature`, wasm sr25519 once loaded).
 */
import { parentPort } from 'node:worker_threads';
import { initCrypto, verifySignature, type SignatureType } from './verify.js';

export interface VerifyRequest {
  readonly id: number;
  readonly items: readonly { readonly type: SignatureType; readonly message: Uint8Array; readonly signature: Uint8Array; readonly publicKey: Uint8Array }[];
}

export interface VerifyResponse {
  readonly id: number;
  readonly results: readonly boolean[];
}

const port = parentPort;
if (port) {
  await initCrypto();
  port.on('message', (req: VerifyRequest) => {
    const results = req.items.map((it) => verifySignature(it.type, it.message, it.signature, it.publicKey));
    port.postMessage({ id: req.id, results } satisfies VerifyResponse);
  });
  port.postMessage('ready');
}
