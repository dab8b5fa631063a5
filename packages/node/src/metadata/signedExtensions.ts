/**
 * Subtensor's transaction extensions (runtime/src/lib.rs `TxExtension`), in order, with the SCALE
 * types of their explicit data (carried in the extrinsic) and of their implicit data
 * (`additionalSigned`, only in the signing payload). Extensions without logic in Tensorium still
 * occupy their place here and in metadata.
 */
import { T } from '@tensorium/primitives';
import type { PortableRegistryBuilder, SiVariant } from './portable.js';

export interface SignedExtensionDef {
  /** Identifier as subtensor declares it. */
  readonly identifier: string;
  /** Type id of the explicit data (extrinsic `extra`). */
  readonly type: (reg: PortableRegistryBuilder) => number;
  /** Type id of the implicit data (`additionalSigned`). */
  readonly additionalSigned: (reg: PortableRegistryBuilder) => number;
}

export interface SignedExtensionOptions {
  /**
   * Identifier of the fee extension. Subtensor names it `ChargeTransactionPaymentWrapper`; its wire
   * format is exactly `ChargeTransactionPayment`'s (a compact tip). Unchanged @polkadot/api (16.x)
   * and polkadot-api only encode the tip for the identifier `ChargeTransactionPayment`: with the
   * wrapper name @polkadot/api drops the tip byte and polkadot-api refuses to sign. Default: the
   * standard name, so both clients work unchanged.
   */
  readonly feeExtensionIdentifier?: 'ChargeTransactionPayment' | 'ChargeTransactionPaymentWrapper';
}

const unit = (reg: PortableRegistryBuilder): number => reg.tuple([]);
const phantom = (path: string[]) => (reg: PortableRegistryBuilder): number => reg.newtype(path, [], [{ name: 'T' }]);

export function eraTypeId(reg: PortableRegistryBuilder): number {
  const u8 = reg.prim('u8');
  const variants: SiVariant[] = [{ name: 'Immortal', fields: [], index: 0 }];
  for (let i = 1; i < 256; i++) variants.push({ name: `Mortal${i}`, fields: [{ type: u8 }], index: i });
  return reg.addRaw({ path: ['sp_runtime', 'generic', 'era', 'Era'], def: { tag: 'variant', variants } }, 'era');
}

export function signedExtensions(opts: SignedExtensionOptions = {}): readonly SignedExtensionDef[] {
  const fee = opts.feeExtensionIdentifier ?? 'ChargeTransactionPayment';
  return [
    { identifier: 'CheckNonZeroSender', type: phantom(['frame_system', 'extensions', 'check_non_zero_sender', 'CheckNonZeroSender']), additionalSigned: unit },
    { identifier: 'CheckSpecVersion', type: phantom(['frame_system', 'extensions', 'check_spec_version', 'CheckSpecVersion']), additionalSigned: (r) => r.prim('u32') },
    { identifier: 'CheckTxVersion', type: phantom(['frame_system', 'extensions', 'check_tx_version', 'CheckTxVersion']), additionalSigned: (r) => r.prim('u32') },
    { identifier: 'CheckGenesis', type: phantom(['frame_system', 'extensions', 'check_genesis', 'CheckGenesis']), additionalSigned: (r) => r.idOf(T.h256) },
    {
      identifier: 'CheckMortality',
      type: (r) => r.newtype(['node_subtensor_runtime', 'check_mortality', 'CheckMortality'], [eraTypeId(r)], [{ name: 'T' }], ['Era']),
      additionalSigned: (r) => r.idOf(T.h256),
    },
    {
      identifier: 'CheckNonce',
      type: (r) => r.newtype(['node_subtensor_runtime', 'check_nonce', 'CheckNonce'], [r.compact(r.prim('u32'))], [{ name: 'T' }], ['T::Nonce']),
      additionalSigned: unit,
    },
    { identifier: 'CheckWeight', type: phantom(['frame_system', 'extensions', 'check_weight', 'CheckWeight']), additionalSigned: unit },
    {
      identifier: fee,
      type: (r) => {
        const inner = r.newtype(['pallet_transaction_payment', 'ChargeTransactionPayment'], [r.compact(r.prim('u64'))], [{ name: 'T' }], ['BalanceOf<T>']);
        if (fee === 'ChargeTransactionPayment') return inner;
        return r.addRaw(
          { path: ['node_subtensor_runtime', 'transaction_payment_wrapper', 'ChargeTransactionPaymentWrapper'], params: [{ name: 'T' }], def: { tag: 'composite', fields: [{ name: 'inner', type: inner, typeName: 'ChargeTransactionPayment<T>' }] } },
          'ChargeTransactionPaymentWrapper',
        );
      },
      additionalSigned: unit,
    },
    { identifier: 'SudoTransactionExtension', type: phantom(['node_subtensor_runtime', 'sudo_wrapper', 'SudoTransactionExtension']), additionalSigned: unit },
    { identifier: 'CheckShieldedTxValidity', type: phantom(['pallet_shield', 'extension', 'CheckShieldedTxValidity']), additionalSigned: unit },
    { identifier: 'SubtensorTransactionExtension', type: phantom(['pallet_subtensor', 'extensions', 'subtensor', 'SubtensorTransactionExtension']), additionalSigned: unit },
    { identifier: 'DrandPriority', type: phantom(['pallet_drand', 'drand_priority', 'DrandPriority']), additionalSigned: unit },
    {
      identifier: 'CheckMetadataHash',
      type: (r) => {
        const mode = r.addRaw(
          { path: ['frame_metadata_hash_extension', 'Mode'], def: { tag: 'variant', variants: [{ name: 'Disabled', fields: [], index: 0 }, { name: 'Enabled', fields: [], index: 1 }] } },
          'MetadataHashMode',
        );
        return r.addRaw(
          { path: ['frame_metadata_hash_extension', 'CheckMetadataHash'], params: [{ name: 'T' }], def: { tag: 'composite', fields: [{ name: 'mode', type: mode, typeName: 'Mode' }] } },
          'CheckMetadataHash',
        );
      },
      additionalSigned: (r) => r.option(r.array(32, r.prim('u8'))),
    },
  ];
}
