/**
 * UncheckedExtrinsic v4 as subtensor encodes it:
 *   compact(len) ++ version (0x84 signed / 0x04 unsigned)
 *   ++ [signed: MultiAddress ++ MultiSignature ++ extra]
 *   ++ RuntimeCall
 * where `extra` is the explicit data of the transaction extensions in subtensor's order
 * (metadata/signedExtensions.ts): CheckMortality era, CheckNonce compact nonce,
 * ChargeTransactionPayment(Wrapper) compact tip, CheckMetadataHash mode byte (the others carry
 * nothing). The signed payload is call ++ extra ++ additionalSigned (spec version, transaction
 * version, genesis hash, the era's birth block hash, optional metadata hash), blake2-256 hashed
 * when longer than 256 bytes.
 */
import { ScaleError, blake2_256, bytesToHex, decode, encode, hexToBytes } from '@tensorium/primitives';
import type { Extrinsic } from '@tensorium/runtime/executive';
import type { RuntimeCall } from '@tensorium/runtime/frame/pallet';
import { RuntimeCallType } from '@tensorium/runtime/frame/runtimeCall';
import { compactBytes, concatBytes } from '../metadata/scaleWriter.js';
import { SPEC_VERSION, TRANSACTION_VERSION } from '../metadata/version.js';
import { IMMORTAL, decodeEra, eraBirth, eraDeath, encodeEra, type Era } from './era.js';
import { ExtrinsicDecodeError, TransactionValidityError } from './errors.js';
import { SIGNATURE_INDEX, SIGNATURE_LENGTH, verifySignature, type SignatureType } from './verify.js';

export const SIGNED_VERSION_BYTE = 0x84;
export const UNSIGNED_VERSION_BYTE = 0x04;
/** Substrate refuses extrinsics larger than the max block length; 5 MiB is subtensor's normal-class limit (75 % of 10 MiB is 7.5 MiB). */
export const DEFAULT_MAX_EXTRINSIC_LENGTH = 5 * 1024 * 1024;

export interface ExtrinsicContext {
  /** Genesis hash (hex, with or without 0x). */
  readonly genesisHash: string;
  /** Number of the block the extrinsic is validated for / included in (best + 1 in the pool). */
  readonly blockNumber: bigint;
  /** Hash of block `n` (hex), undefined when unknown or pruned; must answer for n < blockNumber. */
  readonly blockHash: (n: bigint) => string | undefined;
  readonly specVersion?: number;
  readonly transactionVersion?: number;
  /** Metadata hash for CheckMetadataHash mode 1 (RFC-78). Without it, mode 1 is refused. */
  readonly metadataHash?: string;
  /**
   * Verify the signature (default true). `'defer'`: do not verify, but return the `proof` to verify
   * elsewhere (e.g. on a worker thread).
   */
  readonly verify?: boolean | 'defer';
  readonly maxLength?: number;
}

export interface SignatureInfo {
  /** Signer account (hex without 0x). */
  readonly signer: string;
  readonly type: SignatureType;
  readonly signature: Uint8Array;
}

/** What a signature check needs: verify `signature` of `message` by `publicKey` (the signer). */
export interface SignatureProof {
  readonly type: SignatureType;
  readonly message: Uint8Array;
  readonly signature: Uint8Array;
  readonly publicKey: Uint8Array;
}

export interface DecodedExtrinsic {
  /** What the executive applies. */
  readonly extrinsic: Extrinsic;
  /** Signed extrinsics decoded with `verify: 'defer'`: the check still to be made. */
  readonly proof?: SignatureProof;
  readonly signed: boolean;
  readonly signature?: SignatureInfo;
  readonly era: Era;
  /** CheckMetadataHash mode (0 disabled, 1 enabled). */
  readonly metadataHashMode: number;
  /** blake2-256 of the full encoding (hex without 0x): the transaction hash clients see. */
  readonly hash: string;
  /** Full encoded length including the length prefix (the fee length). */
  readonly len: number;
  readonly callBytes: Uint8Array;
  /** Mortal eras: first block at which the extrinsic is no longer valid. */
  readonly death?: bigint;
  /** Blocks the extrinsic stays valid (Substrate's `longevity`; u64::MAX for immortal). */
  readonly longevity: bigint;
}

const U64_MAX = (1n << 64n) - 1n;

function readCompact(b: Uint8Array, o: number, part: 'length' | 'nonce' | 'tip'): [bigint, number] {
  if (o >= b.length) throw new ExtrinsicDecodeError(part, 'unexpected end of input');
  const b0 = b[o];
  const mode = b0 & 3;
  if (mode === 0) return [BigInt(b0 >> 2), 1];
  if (mode === 1) {
    if (o + 2 > b.length) throw new ExtrinsicDecodeError(part, 'unexpected end of input');
    return [BigInt((b0 | (b[o + 1] << 8)) >> 2), 2];
  }
  if (mode === 2) {
    if (o + 4 > b.length) throw new ExtrinsicDecodeError(part, 'unexpected end of input');
    return [BigInt(((b0 | (b[o + 1] << 8) | (b[o + 2] << 16)) >>> 0) + b[o + 3] * 2 ** 24) >> 2n, 4];
  }
  const n = (b0 >> 2) + 4;
  if (o + 1 + n > b.length) throw new ExtrinsicDecodeError(part, 'unexpected end of input');
  let v = 0n;
  for (let i = n; i >= 1; i--) v = (v << 8n) | BigInt(b[o + i]);
  return [v, 1 + n];
}

const normHex = (h: string): string => (h.startsWith('0x') ? h.slice(2) : h).toLowerCase();

function u32le(v: number): Uint8Array {
  return Uint8Array.of(v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff);
}

/** `additionalSigned` of every extension, concatenated in order. */
export function additionalSigned(p: { specVersion?: number; transactionVersion?: number; genesisHash: string; eraBlockHash: string; metadataHash?: string }): Uint8Array {
  const genesis = hexToBytes(normHex(p.genesisHash));
  const era = hexToBytes(normHex(p.eraBlockHash));
  if (genesis.length !== 32 || era.length !== 32) throw new Error('hashes must be 32 bytes');
  const meta = p.metadataHash === undefined ? Uint8Array.of(0) : concatBytes(Uint8Array.of(1), hexToBytes(normHex(p.metadataHash)));
  return concatBytes(u32le(p.specVersion ?? SPEC_VERSION), u32le(p.transactionVersion ?? TRANSACTION_VERSION), genesis, era, meta);
}

/** The bytes actually signed: the payload, blake2-256 hashed when longer than 256 bytes. */
export function signingPayload(call: Uint8Array, extra: Uint8Array, additional: Uint8Array): Uint8Array {
  const payload = concatBytes(call, extra, additional);
  return payload.length > 256 ? blake2_256(payload) : payload;
}

/**
 * Decode (and by default verify) an extrinsic. Throws `ExtrinsicDecodeError` for malformed bytes
 * and `TransactionValidityError` for well-formed but invalid ones (bad signature: Invalid/BadProof;
 * unknown birth block: Invalid/AncientBirthBlock; non-Id address: Unknown/CannotLookup).
 */
export function decodeExtrinsic(bytes: Uint8Array, ctx: ExtrinsicContext): DecodedExtrinsic {
  const max = ctx.maxLength ?? DEFAULT_MAX_EXTRINSIC_LENGTH;
  if (bytes.length > max + 5) throw TransactionValidityError.invalid('ExhaustsResources', { len: bytes.length, max });
  const [len, lenBytes] = readCompact(bytes, 0, 'length');
  if (len !== BigInt(bytes.length - lenBytes)) throw new ExtrinsicDecodeError('length', `length prefix ${len} but ${bytes.length - lenBytes} bytes follow`);
  if (len > BigInt(max)) throw TransactionValidityError.invalid('ExhaustsResources', { len: Number(len), max });
  let o = lenBytes;
  if (o >= bytes.length) throw new ExtrinsicDecodeError('version', 'unexpected end of input');
  const version = bytes[o++];
  const hash = bytesToHex(blake2_256(bytes));
  if (version === UNSIGNED_VERSION_BYTE) {
    const callBytes = bytes.subarray(o);
    const call = decodeCall(callBytes);
    return { extrinsic: { call, len: bytes.length }, signed: false, era: IMMORTAL, metadataHashMode: 0, hash, len: bytes.length, callBytes, longevity: U64_MAX };
  }
  if (version !== SIGNED_VERSION_BYTE) throw new ExtrinsicDecodeError('version', `unsupported extrinsic version byte 0x${version.toString(16).padStart(2, '0')} (expected 0x84 signed or 0x04 unsigned)`);

  // MultiAddress
  if (o >= bytes.length) throw new ExtrinsicDecodeError('address', 'unexpected end of input');
  const addrKind = bytes[o++];
  let signerBytes: Uint8Array | undefined;
  switch (addrKind) {
    case 0:
    case 3:
      if (o + 32 > bytes.length) throw new ExtrinsicDecodeError('address', 'unexpected end of input');
      signerBytes = bytes.subarray(o, o + 32);
      o += 32;
      break;
    case 1: {
      const [, n] = readCompact(bytes, o, 'length');
      o += n;
      break;
    }
    case 2: {
      const [n, nb] = readCompact(bytes, o, 'length');
      if (BigInt(o + nb) + n > BigInt(bytes.length)) throw new ExtrinsicDecodeError('address', 'unexpected end of input');
      o += nb + Number(n);
      break;
    }
    case 4:
      if (o + 20 > bytes.length) throw new ExtrinsicDecodeError('address', 'unexpected end of input');
      o += 20;
      break;
    default:
      throw new ExtrinsicDecodeError('address', `unknown MultiAddress variant ${addrKind}`);
  }

  // MultiSignature
  if (o >= bytes.length) throw new ExtrinsicDecodeError('signature', 'unexpected end of input');
  const sigKind = bytes[o++];
  const type = (['Ed25519', 'Sr25519', 'Ecdsa'] as const)[sigKind];
  if (!type) throw new ExtrinsicDecodeError('signature', `unknown MultiSignature variant ${sigKind}`);
  const sigLen = SIGNATURE_LENGTH[type];
  if (o + sigLen > bytes.length) throw new ExtrinsicDecodeError('signature', 'unexpected end of input');
  const signature = bytes.subarray(o, o + sigLen);
  o += sigLen;

  // Extra, in extension order.
  const extraStart = o;
  let era: Era;
  try {
    const [e, n] = decodeEra(bytes, o);
    era = e;
    o += n;
  } catch (e) {
    throw new ExtrinsicDecodeError('era', (e as Error).message);
  }
  const [nonce, nn] = readCompact(bytes, o, 'nonce');
  if (nonce > 0xffffffffn) throw new ExtrinsicDecodeError('nonce', `nonce ${nonce} does not fit u32`);
  o += nn;
  const [tip, tn] = readCompact(bytes, o, 'tip');
  if (tip > U64_MAX) throw new ExtrinsicDecodeError('tip', `tip ${tip} does not fit u64`);
  o += tn;
  if (o >= bytes.length) throw new ExtrinsicDecodeError('extension', 'CheckMetadataHash mode: unexpected end of input');
  const mode = bytes[o++];
  if (mode > 1) throw new ExtrinsicDecodeError('extension', `CheckMetadataHash mode ${mode} (expected 0 or 1)`);
  const extra = bytes.subarray(extraStart, o);
  const callBytes = bytes.subarray(o);
  const call = decodeCall(callBytes);

  if (!signerBytes || addrKind !== 0) throw TransactionValidityError.unknown('CannotLookup', { address: addrKind });
  const signer = bytesToHex(signerBytes);

  // Implicit data.
  let eraBlockHash: string | undefined;
  if (era.kind === 'immortal') eraBlockHash = ctx.genesisHash;
  else {
    const birth = eraBirth(era, ctx.blockNumber);
    eraBlockHash = birth === 0n ? ctx.genesisHash : birth < ctx.blockNumber ? ctx.blockHash(birth) : undefined;
    if (eraBlockHash === undefined) throw TransactionValidityError.invalid('AncientBirthBlock', { birth, current: ctx.blockNumber });
  }
  if (mode === 1 && ctx.metadataHash === undefined) throw TransactionValidityError.unknown('CannotLookup', { reason: 'CheckMetadataHash mode 1 is not supported by this node' });
  let proof: SignatureProof | undefined;
  if (ctx.verify !== false) {
    const additional = additionalSigned({
      specVersion: ctx.specVersion,
      transactionVersion: ctx.transactionVersion,
      genesisHash: ctx.genesisHash,
      eraBlockHash,
      metadataHash: mode === 1 ? ctx.metadataHash : undefined,
    });
    const message = signingPayload(callBytes, extra, additional);
    if (ctx.verify === 'defer') proof = { type, message, signature, publicKey: signerBytes };
    else if (!verifySignature(type, message, signature, signerBytes)) throw TransactionValidityError.invalid('BadProof', { signer, type });
  }
  const death = eraDeath(era, ctx.blockNumber);
  return {
    extrinsic: { signer, nonce: Number(nonce), tip, call, len: bytes.length },
    proof,
    signed: true,
    signature: { signer, type, signature },
    era,
    metadataHashMode: mode,
    hash,
    len: bytes.length,
    callBytes,
    death,
    longevity: death === undefined ? U64_MAX : death - ctx.blockNumber,
  };
}

function decodeCall(callBytes: Uint8Array): RuntimeCall {
  if (callBytes.length < 2) throw new ExtrinsicDecodeError('call', 'unexpected end of input');
  try {
    // scale-ts decodes from the start of the underlying ArrayBuffer: hand it an exact copy.
    const own = callBytes.byteOffset === 0 && callBytes.byteLength === callBytes.buffer.byteLength ? callBytes : callBytes.slice();
    return decode(RuntimeCallType, own) as RuntimeCall;
  } catch (e) {
    if (e instanceof ScaleError || e instanceof Error) throw new ExtrinsicDecodeError('call', `cannot decode call at pallet ${callBytes[0]} index ${callBytes[1]}: ${e.message}`);
    throw e;
  }
}

export function encodeCall(call: RuntimeCall): Uint8Array {
  return encode(RuntimeCallType, call);
}

// ---------------------------------------------------------------------------------------------
// Encoding (tests, SDK, load generators)

export interface SignedExtrinsicParams {
  readonly call: RuntimeCall | Uint8Array;
  /** Signer account (hex). */
  readonly signer: string;
  readonly signatureType?: SignatureType;
  /** Sign the payload (already hashed when longer than 256 bytes). */
  readonly sign: (payload: Uint8Array) => Uint8Array;
  readonly nonce: number;
  readonly tip?: bigint;
  readonly era?: Era;
  /** Hash of the era's birth block (required for mortal eras). */
  readonly eraBlockHash?: string;
  readonly genesisHash: string;
  readonly specVersion?: number;
  readonly transactionVersion?: number;
  /** CheckMetadataHash: when given, mode 1 with this hash. */
  readonly metadataHash?: string;
}

/** The explicit extension data (`extra`) in subtensor's order. */
export function encodeExtra(p: { era?: Era; nonce: number; tip?: bigint; metadataHashMode?: number }): Uint8Array {
  return concatBytes(encodeEra(p.era ?? IMMORTAL), compactBytes(p.nonce), compactBytes(p.tip ?? 0n), Uint8Array.of(p.metadataHashMode ?? 0));
}

export function encodeSignedExtrinsic(p: SignedExtrinsicParams): Uint8Array {
  const type = p.signatureType ?? 'Sr25519';
  const callBytes = p.call instanceof Uint8Array ? p.call : encodeCall(p.call);
  const era = p.era ?? IMMORTAL;
  if (era.kind === 'mortal' && p.eraBlockHash === undefined) throw new Error('mortal era needs eraBlockHash');
  const extra = encodeExtra({ era, nonce: p.nonce, tip: p.tip, metadataHashMode: p.metadataHash === undefined ? 0 : 1 });
  const additional = additionalSigned({
    specVersion: p.specVersion,
    transactionVersion: p.transactionVersion,
    genesisHash: p.genesisHash,
    eraBlockHash: era.kind === 'immortal' ? p.genesisHash : (p.eraBlockHash as string),
    metadataHash: p.metadataHash,
  });
  const sig = p.sign(signingPayload(callBytes, extra, additional));
  if (sig.length !== SIGNATURE_LENGTH[type]) throw new Error(`${type} signature must be ${SIGNATURE_LENGTH[type]} bytes`);
  const signer = hexToBytes(normHex(p.signer));
  if (signer.length !== 32) throw new Error('signer must be 32 bytes');
  const body = concatBytes(Uint8Array.of(SIGNED_VERSION_BYTE, 0), signer, Uint8Array.of(SIGNATURE_INDEX[type]), sig, extra, callBytes);
  return concatBytes(compactBytes(body.length), body);
}

/** An unsigned (bare) v4 extrinsic. */
export function encodeUnsignedExtrinsic(call: RuntimeCall | Uint8Array): Uint8Array {
  const callBytes = call instanceof Uint8Array ? call : encodeCall(call);
  const body = concatBytes(Uint8Array.of(UNSIGNED_VERSION_BYTE), callBytes);
  return concatBytes(compactBytes(body.length), body);
}
