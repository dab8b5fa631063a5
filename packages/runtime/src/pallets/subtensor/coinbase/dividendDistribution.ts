/**
 * `calculate_dividend_distribution` and the delegate take of `distribute_dividends_and_incentives`
 * (coinbase/run_coinbase.rs), spec/economics.md §4.10 and §4.13. All values U96F32 bits unless
 * stated; amounts are floored (`tou64!`) only when they are credited.
 */
import { U96F32 } from '@tensorium/primitives';

export interface DividendHotkeyInput {
  /** TotalHotkeyAlpha of the hotkey on the subnet. */
  alphaStake: bigint;
  /** TotalHotkeyAlpha of the hotkey on root. */
  rootStake: bigint;
  /** The hotkey's aggregated epoch dividend (U96F32 bits). */
  dividendU96F32: bigint;
}

export interface DividendDistribution {
  /** Per input hotkey (same order): its share of the pending validator alpha. */
  alphaDividendsU96F32: bigint[];
  /** Per input hotkey (same order): its share of the pending root alpha. */
  rootAlphaDividendsU96F32: bigint[];
}

/**
 * Per hotkey: root_prop = (root · tw) / (alpha + root · tw) (0 if the denominator is 0);
 * root_div = d · root_prop; alpha_div = d - root_div. Then
 * alpha_dividend = pendingAlpha · alpha_div / Σ alpha_div and
 * root_alpha_dividend = pendingRootAlpha · root_div / Σ root_div (shares 0 when the sum is 0).
 * Hotkeys must be distinct (the Rust code takes them from a map).
 * @param pendingAlpha validator alpha to distribute (u64)
 * @param pendingRootAlpha root alpha to distribute (u64)
 * @param taoWeightU96F32 tw (U96F32 bits)
 */
export function calculateDividendDistribution(
  pendingAlpha: bigint,
  pendingRootAlpha: bigint,
  taoWeightU96F32: bigint,
  hotkeys: readonly DividendHotkeyInput[],
): DividendDistribution {
  let totalRootDivs = 0n;
  let totalAlphaDivs = 0n;
  const rootDivs: bigint[] = [];
  const alphaDivs: bigint[] = [];
  for (const h of hotkeys) {
    const rootAlpha = U96F32.mul(U96F32.fromInt(h.rootStake), taoWeightU96F32);
    const totalAlpha = U96F32.saturatingAdd(U96F32.fromInt(h.alphaStake), rootAlpha);
    const rootProp = U96F32.checkedDiv(rootAlpha, totalAlpha) ?? 0n;
    const rootDiv = U96F32.mul(h.dividendU96F32, rootProp);
    const alphaDiv = U96F32.saturatingSub(h.dividendU96F32, rootDiv);
    rootDivs.push(rootDiv);
    alphaDivs.push(alphaDiv);
    totalRootDivs = U96F32.saturatingAdd(totalRootDivs, rootDiv);
    totalAlphaDivs = U96F32.saturatingAdd(totalAlphaDivs, alphaDiv);
  }
  const pendingRoot = U96F32.fromInt(pendingRootAlpha);
  const pendingAlphaF = U96F32.fromInt(pendingAlpha);
  return {
    rootAlphaDividendsU96F32: rootDivs.map((d) => U96F32.mul(pendingRoot, U96F32.checkedDiv(d, totalRootDivs) ?? 0n)),
    alphaDividendsU96F32: alphaDivs.map((d) => U96F32.mul(pendingAlphaF, U96F32.checkedDiv(d, totalAlphaDivs) ?? 0n)),
  };
}

// Last (take, result) of getHotkeyTakeFloat: the result is a pure function of the u16 take and
// nearly every delegate has the same take, so the epoch's hundreds of calls reuse one division.
let lastTakeU16 = -1n;
let lastTakeFloat = 0n;

/** `get_hotkey_take_float`: Delegates take (u16) / 65535 as U96F32 bits. */
export function getHotkeyTakeFloat(takeU16: bigint): bigint {
  if (takeU16 !== lastTakeU16) {
    lastTakeFloat = U96F32.safeDiv(U96F32.fromInt(takeU16), U96F32.fromInt(65535n));
    lastTakeU16 = takeU16;
  }
  return lastTakeFloat;
}

export interface TakeSplit {
  /** floor(take · amount): staked to (hotkey, Owner(hotkey)). */
  take: bigint;
  /** floor(amount - take): to the nominators' pool (alpha) or to RootClaimable (root). */
  rest: bigint;
}

/**
 * The delegate take of `distribute_dividends_and_incentives` on one unfloored dividend:
 * take = (takeU16 / 65535) · amount, rest = amount - take, both floored separately.
 */
export function applyDelegateTake(amountU96F32: bigint, takeU16: bigint): TakeSplit {
  const take = U96F32.mul(getHotkeyTakeFloat(takeU16), amountU96F32);
  return { take: U96F32.toU64(take), rest: U96F32.toU64(U96F32.saturatingSub(amountU96F32, take)) };
}
