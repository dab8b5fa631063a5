/**
 * `get_parent_child_dividends_distribution` and `get_self_contribution`
 * (coinbase/run_coinbase.rs), spec/economics.md §4.12: how one child hotkey's dividend is shared
 * with its parents, in U96F32.
 */
import { U64_MAX, U96F32 } from '@tensorium/primitives';

export interface ChildkeyParentInput {
  /** Proportion the parent gives this child (u64 fraction of u64::MAX). */
  proportionU64: bigint;
  /** Parent's TotalHotkeyAlpha on the subnet. */
  alphaStake: bigint;
  /** Parent's TotalHotkeyAlpha on root. */
  rootStake: bigint;
  /** True when Owner(parent) == Owner(child): no child take and no CK burn. */
  sameOwner: boolean;
}

export interface ChildkeyDividendsInput {
  /** The child's dividend D (u64). */
  dividend: bigint;
  /** ChildkeyTake of the child on the subnet (u16 fraction, effective value). */
  childTakeU16: bigint;
  /** `get_ck_burn()` (U96F32 bits). */
  ckBurnU96F32: bigint;
  /** `get_tao_weight()` (U96F32 bits). */
  taoWeightU96F32: bigint;
  /** The child's own alpha stake on the subnet. */
  childAlphaStake: bigint;
  /** The child's own root stake. */
  childRootStake: bigint;
  /** Proportions the child gives to its own children (u64 fractions). */
  childChildrenProportionsU64: readonly bigint[];
  /** The child's parents in ParentKeys order. */
  parents: readonly ChildkeyParentInput[];
}

export interface ChildkeyDividends {
  /** floor(e_p) per parent, in input order. */
  parents: bigint[];
  /** floor(remaining + total child take): the child's own dividend. */
  child: bigint;
  /** floor(CK burn) per parent (recycled: SubnetAlphaOut -=). */
  burned: bigint[];
  /** Sum of `burned`. */
  recycled: bigint;
}

function u64Fraction(x: bigint): bigint {
  return U96F32.safeDiv(U96F32.fromInt(x), U96F32.fromInt(U64_MAX));
}

/**
 * `get_self_contribution`: floor(a · (1 - Σ child props) + r · (1 - Σ child props) · tw), u64.
 */
export function getSelfContribution(alphaStake: bigint, rootStake: bigint, childrenProportionsU64: readonly bigint[], taoWeightU96F32: bigint): bigint {
  let remaining = U96F32.ONE;
  for (const p of childrenProportionsU64) remaining = U96F32.saturatingSub(remaining, u64Fraction(p));
  const alphaContribution = U96F32.mul(U96F32.fromInt(alphaStake), remaining);
  const rootContribution = U96F32.mul(U96F32.mul(U96F32.fromInt(rootStake), remaining), taoWeightU96F32);
  return U96F32.toU64(U96F32.saturatingAdd(alphaContribution, rootContribution));
}

/**
 * c_p = alpha_p · π_p + root_p · π_p · tw; total = self + Σ c_p; e_p = D · (c_p / total);
 * remaining -= e_p; for a parent with another owner: burn = CKBurn · e_p, take = ChildkeyTake · e_p,
 * e_p -= burn + take, total_take += take. The child keeps floor(remaining + total_take).
 */
export function getParentChildDividendsDistribution(input: ChildkeyDividendsInput): ChildkeyDividends {
  const validatingEmission = U96F32.fromInt(input.dividend);
  let remaining = validatingEmission;
  const childTake = U96F32.safeDiv(U96F32.fromInt(input.childTakeU16), U96F32.fromInt(65535n));
  let totalChildTake = 0n;
  const selfContribution = getSelfContribution(input.childAlphaStake, input.childRootStake, input.childChildrenProportionsU64, input.taoWeightU96F32);
  let total = U96F32.fromInt(selfContribution);
  const contributions = input.parents.map((p) => {
    const proportion = u64Fraction(p.proportionU64);
    const alphaC = U96F32.mul(U96F32.fromInt(p.alphaStake), proportion);
    const rootC = U96F32.mul(U96F32.mul(U96F32.fromInt(p.rootStake), proportion), input.taoWeightU96F32);
    const combined = U96F32.saturatingAdd(alphaC, rootC);
    total = U96F32.saturatingAdd(total, combined);
    return combined;
  });
  const parents: bigint[] = [];
  const burned: bigint[] = [];
  let recycled = 0n;
  input.parents.forEach((p, i) => {
    const factor = U96F32.checkedDiv(contributions[i], total) ?? 0n;
    let emission = U96F32.mul(validatingEmission, factor);
    remaining = U96F32.saturatingSub(remaining, emission);
    let burn = 0n;
    if (!p.sameOwner) {
      const burnTake = U96F32.mul(input.ckBurnU96F32, emission);
      const take = U96F32.mul(childTake, emission);
      emission = U96F32.saturatingSub(U96F32.saturatingSub(emission, burnTake), take);
      totalChildTake = U96F32.saturatingAdd(totalChildTake, take);
      burn = U96F32.toU64(burnTake);
    }
    burned.push(burn);
    recycled += burn;
    parents.push(U96F32.toU64(emission));
  });
  return { parents, child: U96F32.toU64(U96F32.saturatingAdd(remaining, totalChildTake)), burned, recycled };
}
