/**
 * The alpha_out split of `emit_to_subnets` step 3 (coinbase/run_coinbase.rs),
 * spec/economics.md §4.6: owner cut, miners (server), validators and the root-stake part, in
 * U96F32, each amount floored to u64 as it is added to its pending bucket.
 */
import { U96F32 } from '@tensorium/primitives';

export interface AlphaOutSplitInput {
  /** alpha_out of the block (U96F32 bits; the alpha block emission, an integer). */
  alphaOutU96F32: bigint;
  /** SubnetOwnerCut (u16 fraction of 65535). */
  subnetOwnerCutU16: bigint;
  /** OwnerCutEnabled of the subnet. */
  ownerCutEnabled: boolean;
  /** `root_proportion` recomputed after the injection (U96F32 bits). */
  rootPropU96F32: bigint;
  /** `get_network_root_sell_flag`. */
  rootSellFlag: boolean;
}

export interface AlphaOutSplit {
  /** floor(owner cut), added to PendingOwnerCut (0 when disabled). */
  ownerCut: bigint;
  /** floor(server alpha), added to PendingServerEmission. */
  server: bigint;
  /** floor(validator alpha), added to PendingValidatorEmission. */
  validator: bigint;
  /** floor(root alpha). */
  rootAlpha: bigint;
  /** Root alpha recycled (SubnetAlphaOut -=) when the root sell flag is off. */
  rootAlphaRecycled: bigint;
  /** Root alpha added to PendingRootAlphaDivs when the root sell flag is on. */
  rootAlphaPending: bigint;
}

/** `get_float_subnet_owner_cut`: U96F32(cut) / U96F32(65535). */
export function getFloatSubnetOwnerCut(subnetOwnerCutU16: bigint): bigint {
  return U96F32.safeDiv(U96F32.fromInt(subnetOwnerCutU16), U96F32.fromInt(65535n));
}

/**
 * owner = a · cut (if enabled), a -= owner; root_alpha = rp · a · 0.5; server = a · 0.5;
 * validator = (a - server) - root_alpha.
 */
export function splitAlphaOut(input: AlphaOutSplitInput): AlphaOutSplit {
  const half = U96F32.ONE >> 1n;
  let a = input.alphaOutU96F32;
  let ownerCut = 0n;
  if (input.ownerCutEnabled) {
    const owner = U96F32.mul(a, getFloatSubnetOwnerCut(input.subnetOwnerCutU16));
    a = U96F32.saturatingSub(a, owner);
    ownerCut = U96F32.toU64(owner);
  }
  const rootAlpha = U96F32.mul(U96F32.mul(input.rootPropU96F32, a), half);
  const server = U96F32.mul(a, half);
  const validator = U96F32.saturatingSub(U96F32.saturatingSub(a, server), rootAlpha);
  const rootAlphaU64 = U96F32.toU64(rootAlpha);
  return {
    ownerCut,
    server: U96F32.toU64(server),
    validator: U96F32.toU64(validator),
    rootAlpha: rootAlphaU64,
    rootAlphaRecycled: input.rootSellFlag ? 0n : rootAlphaU64,
    rootAlphaPending: input.rootSellFlag ? rootAlphaU64 : 0n,
  };
}
