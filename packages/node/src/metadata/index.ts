/** Metadata V14/V15, runtime version, event records and the runtime's outer types for the node. */
export {
  buildMetadata,
  describeType,
  storageDefaultBytes,
  METADATA_MAGIC,
  SUPPORTED_METADATA_VERSIONS,
  type ApiTypeRef,
  type BuiltMetadata,
  type CoreTypeIds,
  type MetadataOptions,
  type RuntimeApiDef,
  type RuntimeApiMethodDef,
} from './build.js';
export { encodeEventRecords, encodeRuntimeEvent, eventRecordsCodec, eventRecordsType, eventToWire, runtimeEventType, type EncodeEventsOptions, type ScaleCodec } from './events.js';
export { systemConstants, systemNodeStorage, BLOCK_HASH_COUNT } from './nodeItems.js';
export { PortableRegistryBuilder, type SiType, type SiDef, type SiField, type SiVariant, type SiParam } from './portable.js';
export * from './runtimeTypes.js';
export { signedExtensions, type SignedExtensionDef, type SignedExtensionOptions } from './signedExtensions.js';
export * from './version.js';
export { compactBytes, concatBytes } from './scaleWriter.js';
export { storageValueCodec, type StorageValueCodec } from './storageValues.js';
