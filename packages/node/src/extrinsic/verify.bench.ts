/** Verification throughput (not a test): `npx tsx packages/node/src/extrinsic/verify.bench.ts`. */
import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady, sr25519Verify } from '@polkadot/util-crypto';
import { verify } from '@scure/sr25519';
import { sr25519Verify as wasmVerify } from '@polkadot/wasm-crypto';
import { mainnet } from '@tensorium/params';
import { createRuntime } from '@tensorium/runtime/runtimeDefinition';
import { decodeExtrinsic, encodeSignedExtrinsic, verifySignature, sr25519Backend } from './index.js';
await cryptoWaitReady();
createRuntime(mainnet);
const pair = new Keyring({ type: 'sr25519' }).addFromUri('//Alice');
const ed = new Keyring({ type: 'ed25519' }).addFromUri('//Alice');
const msg = new Uint8Array(120).fill(3);
const sig = pair.sign(msg);
const edSig = ed.sign(msg);
function rate(name: string, f: () => unknown) {
  for (let i = 0; i < 20; i++) f();
  const t = performance.now(); let n = 0;
  while (performance.now() - t < 2000) { if (!f()) throw new Error('bad'); n++; }
  console.log(name, Math.round(n / ((performance.now() - t) / 1000)), '/s');
}
rate('@scure/sr25519 verify', () => verify(msg, sig, pair.publicKey));
rate('@polkadot/util-crypto sr25519Verify', () => sr25519Verify(msg, sig, pair.publicKey));
rate('@polkadot/wasm-crypto sr25519Verify', () => wasmVerify(sig, msg, pair.publicKey));
rate('ed25519 node:crypto', () => verifySignature('Ed25519', msg, edSig, ed.publicKey));
console.log('backend', sr25519Backend());
const G = '0x' + 'ab'.repeat(32);
const xt = encodeSignedExtrinsic({ call: { pallet: 'Balances', name: 'transfer_keep_alive', args: { dest: { type: 'Id', value: 'd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d' }, value: 10n } }, signer: Buffer.from(pair.publicKey).toString('hex'), sign: (m) => pair.sign(m), nonce: 1, genesisHash: G });
const ctx = { genesisHash: G, blockNumber: 10n, blockHash: () => G };
rate('decodeExtrinsic (verify, wasm sr25519)', () => decodeExtrinsic(xt, ctx));
rate('decodeExtrinsic (no verify)', () => decodeExtrinsic(xt, { ...ctx, verify: false }));
