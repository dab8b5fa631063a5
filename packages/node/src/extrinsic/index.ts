/** Extrinsic decoding, verification, encoding and fee queries for the node. */
export {
  additionalSigned,
  decodeExtrinsic,
  encodeCall,
  encodeExtra,
  encodeSignedExtrinsic,
  encodeUnsignedExtrinsic,
  signingPayload,
  DEFAULT_MAX_EXTRINSIC_LENGTH,
  SIGNED_VERSION_BYTE,
  UNSIGNED_VERSION_BYTE,
  type DecodedExtrinsic,
  type ExtrinsicContext,
  type SignatureInfo,
  type SignatureProof,
  type SignedExtrinsicParams,
} from './codec.js';
export { IMMORTAL, decodeEra, encodeEra, eraBirth, eraDeath, mortalEra, type Era } from './era.js';
export { ExtrinsicDecodeError, TransactionValidityError, asValidityError, type ExtrinsicPart, type InvalidReason, type UnknownReason, type ValidityErrorKind } from './errors.js';
export { SIGNATURE_INDEX, SIGNATURE_LENGTH, initCrypto, sr25519Backend, verifySignature, type SignatureType } from './verify.js';
export { encodeFeeDetails, encodeQueryInfo, queryFeeDetails, queryInfo, queryInfoJson, type FeeDetails, type QueryInfo } from './payment.js';
