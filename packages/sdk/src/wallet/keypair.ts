import { hexToU8a, isHex, u8aToHex } from '@polkadot/util';
import {
  decodeAddress,
  encodeAddress,
  keyExtractSuri,
  keyFromPath,
  mnemonicGenerate,
  mnemonicToMiniSecret,
  mnemonicValidate,
  sr25519PairFromSeed,
  sr25519Sign,
  sr25519Verify,
} from '@polkadot/util-crypto';
import { getPublicKey as scureGetPublicKey } from '@scure/sr25519';
import { KeyfileError } from './errors.js';

/** SS58 prefix used by Bittensor ("5…" addresses). */
export const SS58_FORMAT = 42;
/** Substrate's development phrase; `//Alice` is `DEV_PHRASE//Alice`. */
export const DEV_PHRASE = 'bottom drive obey lake curtain smoke basket hold race lonely fit walk';
export const MNEMONIC_WORD_COUNTS = [12, 15, 18, 21, 24] as const;
export type MnemonicWordCount = (typeof MNEMONIC_WORD_COUNTS)[number];

const MASK256 = (1n << 256n) - 1n;
function leToBig(b: Uint8Array): bigint {
  let n = 0n;
  for (let i = b.length - 1; i >= 0; i--) n = (n << 8n) | BigInt(b[i]);
  return n;
}
function bigToLe(n: bigint, len: number): Uint8Array {
  const out = new Uint8Array(len);
  for (let i = 0; i < len; i++) {
    out[i] = Number(n & 0xffn);
    n >>= 8n;
  }
  return out;
}

/**
 * Convert a 64-byte schnorrkel `SecretKey::to_bytes()` (canonical scalar ‖ nonce, what Bittensor writes in
 * `privateKey`) to the ed25519-expanded form (scalar × cofactor ‖ nonce) used by polkadot-js / @scure/sr25519.
 */
export function schnorrkelToEd25519Secret(secret: Uint8Array): Uint8Array {
  if (secret.length !== 64) throw new KeyfileError(`sr25519 secret key must be 64 bytes, got ${secret.length}`);
  const out = new Uint8Array(64);
  out.set(bigToLe((leToBig(secret.subarray(0, 32)) << 3n) & MASK256, 32), 0);
  out.set(secret.subarray(32), 32);
  return out;
}
/** Inverse of {@link schnorrkelToEd25519Secret} (schnorrkel `SecretKey::from_ed25519_bytes`). */
export function ed25519ToSchnorrkelSecret(secret: Uint8Array): Uint8Array {
  if (secret.length !== 64) throw new KeyfileError(`sr25519 secret key must be 64 bytes, got ${secret.length}`);
  const out = new Uint8Array(64);
  out.set(bigToLe(leToBig(secret.subarray(0, 32)) >> 3n, 32), 0);
  out.set(secret.subarray(32), 32);
  return out;
}

export interface KeypairInit {
  publicKey: Uint8Array;
  /** ed25519-expanded form (polkadot-js), 64 bytes; absent for public-only keypairs. */
  secretKey?: Uint8Array;
  mnemonic?: string;
  /** 32-byte mini secret. */
  seed?: Uint8Array;
}

/** An sr25519 keypair (or public key only), mirroring btwallet's `Keypair`. */
export class Keypair {
  readonly publicKey: Uint8Array;
  /** ed25519-expanded 64-byte secret (polkadot-js form); undefined for public-only keypairs. */
  readonly secretKey: Uint8Array | undefined;
  readonly mnemonic: string | undefined;
  readonly seed: Uint8Array | undefined;
  readonly ss58Address: string;

  constructor(init: KeypairInit) {
    if (init.publicKey.length !== 32) throw new KeyfileError('sr25519 public key must be 32 bytes');
    this.publicKey = init.publicKey;
    this.secretKey = init.secretKey;
    this.mnemonic = init.mnemonic;
    this.seed = init.seed;
    this.ss58Address = encodeAddress(init.publicKey, SS58_FORMAT);
  }

  static generateMnemonic(nWords: MnemonicWordCount = 12): string {
    if (!MNEMONIC_WORD_COUNTS.includes(nWords)) throw new KeyfileError(`invalid mnemonic word count ${nWords}`);
    return mnemonicGenerate(nWords);
  }

  /** Substrate `Pair::from_phrase(phrase, password)`: BIP39 → PBKDF2-SHA512 → 32-byte mini secret. */
  static fromMnemonic(mnemonic: string, password = ''): Keypair {
    const phrase = mnemonic.trim().split(/\s+/).join(' ');
    if (!mnemonicValidate(phrase)) throw new KeyfileError('invalid BIP39 mnemonic');
    const seed = mnemonicToMiniSecret(phrase, password);
    const pair = sr25519PairFromSeed(seed);
    return new Keypair({ publicKey: pair.publicKey, secretKey: pair.secretKey, mnemonic: phrase, seed });
  }

  /** 32-byte mini secret, or a 64-byte schnorrkel secret key (`from_seed_slice`); hex with optional 0x. */
  static fromSeed(seed: string | Uint8Array): Keypair {
    const bytes = typeof seed === 'string' ? hexToU8a(seed.startsWith('0x') ? seed : `0x${seed}`) : seed;
    if (bytes.length === 32) {
      const pair = sr25519PairFromSeed(bytes);
      return new Keypair({ publicKey: pair.publicKey, secretKey: pair.secretKey, seed: Uint8Array.from(bytes) });
    }
    if (bytes.length === 64) return Keypair.fromPrivateKey(bytes);
    throw new KeyfileError(`seed must be 32 or 64 bytes, got ${bytes.length}`);
  }

  /**
   * From a 64-byte private key. By default the schnorrkel canonical form (what Bittensor writes); a key whose
   * scalar cannot be canonical (top nibble set) is taken as the ed25519-expanded form instead.
   */
  static fromPrivateKey(privateKey: string | Uint8Array, form: 'schnorrkel' | 'ed25519' | 'auto' = 'auto'): Keypair {
    const bytes = typeof privateKey === 'string' ? hexToU8a(privateKey) : privateKey;
    if (bytes.length !== 64) throw new KeyfileError(`private key must be 64 bytes, got ${bytes.length}`);
    const isEd = form === 'ed25519' || (form === 'auto' && bytes[31] >= 0x10);
    const secretKey = isEd ? Uint8Array.from(bytes) : schnorrkelToEd25519Secret(bytes);
    const publicKey = ed25519SecretToPublic(secretKey);
    return new Keypair({ publicKey, secretKey });
  }

  /**
   * Substrate secret URI: `//Alice`, `<mnemonic>//hard/soft///password`, `0x<32-byte seed>//path`.
   * Derived keys carry no mnemonic/seed (as btwallet writes them); a bare mnemonic or seed keeps it.
   */
  static fromUri(uri: string): Keypair {
    const suri = uri.startsWith('//') ? `${DEV_PHRASE}${uri}` : uri;
    const { password, path, phrase } = keyExtractSuri(suri);
    let base: Keypair;
    if (isHex(phrase, 256)) base = Keypair.fromSeed(phrase);
    else base = Keypair.fromMnemonic(phrase, password ?? '');
    if (path.length === 0) return base;
    const derived = keyFromPath({ publicKey: base.publicKey, secretKey: base.secretKey! }, path, 'sr25519');
    return new Keypair({ publicKey: derived.publicKey, secretKey: derived.secretKey });
  }

  static fromSs58(address: string): Keypair {
    return new Keypair({ publicKey: decodeAddress(address) });
  }
  static fromPublicKey(publicKey: string | Uint8Array): Keypair {
    return new Keypair({ publicKey: typeof publicKey === 'string' ? hexToU8a(publicKey) : publicKey });
  }

  get hasPrivateKey(): boolean {
    return this.secretKey !== undefined;
  }
  /** `0x` + hex of the schnorrkel canonical secret (the keyfile's `privateKey`). */
  get privateKeyHex(): string | undefined {
    return this.secretKey ? u8aToHex(ed25519ToSchnorrkelSecret(this.secretKey)) : undefined;
  }
  get publicKeyHex(): string {
    return u8aToHex(this.publicKey);
  }

  sign(message: string | Uint8Array): Uint8Array {
    if (!this.secretKey) throw new KeyfileError('keypair has no private key');
    return sr25519Sign(message, { publicKey: this.publicKey, secretKey: this.secretKey });
  }
  /** Verifies; like btwallet also accepts a signature over `<Bytes>message</Bytes>`. */
  verify(message: string | Uint8Array, signature: string | Uint8Array): boolean {
    if (sr25519Verify(message, signature, this.publicKey)) return true;
    const m = typeof message === 'string' ? new TextEncoder().encode(message) : message;
    const wrapped = new Uint8Array([...new TextEncoder().encode('<Bytes>'), ...m, ...new TextEncoder().encode('</Bytes>')]);
    return sr25519Verify(wrapped, signature, this.publicKey);
  }
}

function ed25519SecretToPublic(secretKey: Uint8Array): Uint8Array {
  return scureGetPublicKey(secretKey);
}
