import { argon2i } from '@noble/hashes/argon2.js';
import { naclDecrypt, naclEncrypt, randomAsU8a } from '@polkadot/util-crypto';
import { UnsupportedEncryptionError, WrongPasswordError } from './errors.js';

/** ASCII `$NACL` marker that starts every btwallet-encrypted keyfile. */
export const NACL_PREFIX = new TextEncoder().encode('$NACL');
/** btwallet's fixed global salt (keyfile.rs:25) — identical for every user. */
export const NACL_SALT = Uint8Array.from(Buffer.from('137183dff15a09bc9c90b5518739e9b1', 'hex'));

export interface Argon2Params {
  /** passes (libsodium opslimit) */
  t: number;
  /** memory in KiB */
  m: number;
  p: number;
}
/** libsodium crypto_pwhash ARGON2I13 with OPSLIMIT_SENSITIVE / MEMLIMIT_SENSITIVE: 8 passes, 512 MiB, p=1. */
export const NACL_ARGON2_PARAMS: Readonly<Argon2Params> = Object.freeze({ t: 8, m: 524288, p: 1 });

/**
 * Derive the 32-byte secretbox key from a password (argon2i v1.3, fixed salt). With the real parameters this
 * takes ~30 s and 512 MiB in pure JS. `params` other than the default produce files Bittensor cannot read —
 * only for tests.
 */
export function deriveNaclKey(password: string | Uint8Array, params: Argon2Params = NACL_ARGON2_PARAMS): Uint8Array {
  const pw = typeof password === 'string' ? new TextEncoder().encode(password) : password;
  return argon2i(pw, NACL_SALT, { t: params.t, m: params.m, p: params.p, dkLen: 32, version: 0x13 });
}

export type KeyfileEncoding = 'nacl' | 'ansible-vault' | 'legacy-fernet' | 'plaintext';

export function detectEncoding(data: Uint8Array): KeyfileEncoding {
  const head = new TextDecoder('latin1').decode(data.subarray(0, 14));
  if (head.startsWith('$NACL')) return 'nacl';
  if (head.startsWith('$ANSIBLE_VAULT')) return 'ansible-vault';
  if (head.startsWith('gAAAAA')) return 'legacy-fernet';
  return 'plaintext';
}
export function isEncrypted(data: Uint8Array): boolean {
  return detectEncoding(data) !== 'plaintext';
}

export interface EncryptOptions {
  /** Pre-derived key (skips argon2i). */
  key?: Uint8Array;
  /** Test-only non-standard argon2i parameters. */
  kdfParams?: Argon2Params;
  /** Fixed nonce (24 bytes), for reproducible fixtures. */
  nonce?: Uint8Array;
}

/** `$NACL` ‖ nonce(24) ‖ crypto_secretbox(plaintext) — the btwallet format. */
export function encryptKeyfileData(plaintext: Uint8Array, password: string, opts: EncryptOptions = {}): Uint8Array {
  const key = opts.key ?? deriveNaclKey(password, opts.kdfParams);
  const nonce = opts.nonce ?? randomAsU8a(24);
  if (nonce.length !== 24) throw new RangeError('nonce must be 24 bytes');
  const { encrypted } = naclEncrypt(plaintext, key, nonce);
  const out = new Uint8Array(NACL_PREFIX.length + 24 + encrypted.length);
  out.set(NACL_PREFIX, 0);
  out.set(nonce, NACL_PREFIX.length);
  out.set(encrypted, NACL_PREFIX.length + 24);
  return out;
}

/** Decrypts a `$NACL` keyfile; throws {@link WrongPasswordError} when the MAC does not verify. */
export function decryptKeyfileData(data: Uint8Array, password: string, opts: Omit<EncryptOptions, 'nonce'> = {}): Uint8Array {
  const enc = detectEncoding(data);
  if (enc === 'plaintext') return data;
  if (enc !== 'nacl') {
    throw new UnsupportedEncryptionError(`keyfile uses the legacy ${enc} encryption, which is not supported; re-create or regenerate the key`);
  }
  const body = data.subarray(NACL_PREFIX.length);
  if (body.length < 24 + 16) throw new WrongPasswordError('Wrong password for decryption (keyfile truncated).');
  const key = opts.key ?? deriveNaclKey(password, opts.kdfParams);
  const plain = naclDecrypt(body.subarray(24), body.subarray(0, 24), key);
  if (!plain) throw new WrongPasswordError();
  return plain;
}

/** `BT_PW_` + upper(path with `/` and `.` → `_`) — btwallet's `Keyfile.env_var_name()`. */
export function passwordEnvVarName(keyfilePath: string): string {
  return 'BT_PW_' + keyfilePath.replace(/[/.]/g, '_').toUpperCase();
}
function xorWithKey(data: Uint8Array, key: Uint8Array): Uint8Array {
  return data.map((b, i) => b ^ key[i % key.length]);
}
/** base64(password XOR env-var-name) — obfuscation only, as btwallet does. */
export function obfuscatePassword(password: string, envVarName: string): string {
  const x = xorWithKey(new TextEncoder().encode(password), new TextEncoder().encode(envVarName));
  return Buffer.from(x).toString('base64');
}
export function deobfuscatePassword(value: string, envVarName: string): string {
  return new TextDecoder().decode(xorWithKey(Uint8Array.from(Buffer.from(value, 'base64')), new TextEncoder().encode(envVarName)));
}
