/**
 * sr25519 (schnorrkel, signing context "substrate") signing and verification for the node's
 * extrinsics and the axon's requests.
 *
 * Implementation chosen by measurement (spec/measurements.md; re-measured here: one core, 120-byte
 * message): @polkadot-labs/schnorrkel-wasm verifies ≈ 4,400–4,700/s and signs ≈ 10,400/s, against
 * ≈ 2,400–2,700/s and ≈ 6,600/s for @polkadot/wasm-crypto. Its wasm is embedded in the module and
 * instantiated synchronously at import: no initialisation step.
 *
 * Its functions panic (a wasm trap, with a message on stderr) instead of returning false for input
 * that is not a signature or not a key, and a trap leaks a little of the wasm stack. Untrusted input
 * is therefore checked here first, as schnorrkel would: a 64-byte signature with the schnorrkel
 * marker bit (unmarked, pre-2019 signatures are rejected, as Substrate's `sr25519::verify` rejects
 * them), a canonical scalar s < ℓ, and a 32-byte public key that decodes to a ristretto255 point
 * (checked once per key and cached). Only then is the wasm called.
 */
import { RistrettoPoint } from '@noble/curves/ed25519';
import { sr25519_sign, sr25519_verify } from '@polkadot-labs/schnorrkel-wasm';

/** ℓ, the order of the ristretto255 group. */
const L = 2n ** 252n + 27742317777372353535851937790883648493n;
const KEY_CACHE_LIMIT = 65_536;
const keyValid = new Map<string, boolean>();

function hex(b: Uint8Array): string {
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('hex');
}

/** Whether 32 bytes are the canonical encoding of a ristretto255 point (a usable sr25519 public key). */
export function isSr25519PublicKey(publicKey: Uint8Array): boolean {
  if (publicKey.length !== 32) return false;
  const k = hex(publicKey);
  let ok = keyValid.get(k);
  if (ok === undefined) {
    try {
      RistrettoPoint.fromHex(publicKey);
      ok = true;
    } catch {
      ok = false;
    }
    if (keyValid.size >= KEY_CACHE_LIMIT) keyValid.clear();
    keyValid.set(k, ok);
  }
  return ok;
}

/** Whether 64 bytes have the form of a schnorrkel signature: the marker bit set and s < ℓ. */
export function isSr25519SignatureForm(signature: Uint8Array): boolean {
  if (signature.length !== 64 || (signature[63] & 0x80) === 0) return false;
  let s = 0n;
  for (let i = 63; i >= 32; i--) s = (s << 8n) | BigInt(i === 63 ? signature[i] & 0x7f : signature[i]);
  return s < L;
}

/** Verify an sr25519 signature of `message` by `publicKey`. Never throws: anything malformed is invalid. */
export function sr25519Verify(message: Uint8Array, signature: Uint8Array, publicKey: Uint8Array): boolean {
  if (!isSr25519SignatureForm(signature) || !isSr25519PublicKey(publicKey)) return false;
  try {
    return sr25519_verify(publicKey, message, signature);
  } catch {
    return false;
  }
}

/** Sign `message` with a 64-byte schnorrkel secret key (key ‖ nonce, as @polkadot/keyring stores it). */
export function sr25519Sign(publicKey: Uint8Array, secretKey: Uint8Array, message: Uint8Array): Uint8Array {
  if (secretKey.length !== 64 || publicKey.length !== 32) throw new RangeError('sr25519Sign: a 32-byte public key and a 64-byte secret key are required');
  return sr25519_sign(publicKey, secretKey, message);
}
