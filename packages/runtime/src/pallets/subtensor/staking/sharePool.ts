/**
 * The stake share pool of `primitives/share-pool` (spec/economics.md §6.1): one pool per
 * (hotkey, netuid) holding the pool value (TotalHotkeyAlpha, u64), the share denominator
 * (TotalHotkeySharesV2) and each coldkey's shares (AlphaV2), both `SafeFloat`.
 *
 * value(c) = floor(value · share_c / denominator). Staking Δ mints Δ · denominator / value shares
 * (the first staker of an empty pool gets shares = denominator = |Δ|); dividends only raise the
 * value, so every staker gains pro rata. The arithmetic is SafeFloat's, so rounding matches the
 * chain exactly.
 */
import { SafeFloat, U64_MAX } from '@tensorium/primitives';

/** Storage behind one pool (`SharePoolDataOperations`). */
export interface SharePoolStorage<K> {
  /** The pool value (u64). */
  getSharedValue(): bigint;
  /** The key's shares (zero when absent). */
  getShare(key: K): SafeFloat;
  /** The key's shares, or undefined when the key has no entry. */
  tryGetShare(key: K): SafeFloat | undefined;
  getDenominator(): SafeFloat;
  setSharedValue(value: bigint): void;
  setShare(key: K, share: SafeFloat): void;
  setDenominator(denominator: SafeFloat): void;
}

/** A Map-backed {@link SharePoolStorage} (tests, simulations, conformance). */
export class InMemorySharePoolStorage<K> implements SharePoolStorage<K> {
  sharedValue = 0n;
  denominator: SafeFloat = SafeFloat.ZERO;
  readonly shares = new Map<K, SafeFloat>();

  getSharedValue(): bigint {
    return this.sharedValue;
  }
  getShare(key: K): SafeFloat {
    return this.shares.get(key) ?? SafeFloat.ZERO;
  }
  tryGetShare(key: K): SafeFloat | undefined {
    return this.shares.get(key);
  }
  getDenominator(): SafeFloat {
    return this.denominator;
  }
  setSharedValue(value: bigint): void {
    this.sharedValue = value;
  }
  setShare(key: K, share: SafeFloat): void {
    this.shares.set(key, share);
  }
  setDenominator(denominator: SafeFloat): void {
    this.denominator = denominator;
  }
}

function abs(v: bigint): bigint {
  return v < 0n ? -v : v;
}

export class SharePool<K> {
  constructor(readonly storage: SharePoolStorage<K>) {}

  /** `get_value`: floor(value · share / denominator); 0 when the denominator is 0. */
  getValue(key: K): bigint {
    return this.getValueFromShares(this.storage.getShare(key));
  }

  /** `get_value_from_shares`: the value of `shares` at the current pool state. */
  getValueFromShares(shares: SafeFloat): bigint {
    const shared = SafeFloat.fromU64(this.storage.getSharedValue());
    return (shared.mulDiv(shares, this.storage.getDenominator()) ?? SafeFloat.ZERO).toU64();
  }

  /** `try_get_value`: undefined when the key has no share entry. */
  tryGetValue(key: K): bigint | undefined {
    return this.storage.tryGetShare(key) === undefined ? undefined : this.getValue(key);
  }

  /** `update_value_for_all(update)`: value += update (i64), saturating in [0, u64::MAX]. */
  updateValueForAll(update: bigint): void {
    const v = this.storage.getSharedValue() + update;
    this.storage.setSharedValue(v < 0n ? 0n : v > U64_MAX ? U64_MAX : v);
  }

  /** `sim_update_value_for_one(update)`: false when the update would mint or burn no shares. */
  simUpdateValueForOne(update: bigint): boolean {
    const denominator = this.storage.getDenominator();
    if (denominator.isZero()) return true;
    return !this.sharesPerUpdate(update, this.storage.getSharedValue(), denominator).isZero();
  }

  /** `get_shares_per_update`: |update| · denominator / value (zero if the value is 0). */
  sharesPerUpdate(update: bigint, sharedValue: bigint, denominator: SafeFloat): SafeFloat {
    return SafeFloat.fromU64(abs(update)).mulDiv(denominator, SafeFloat.fromU64(sharedValue)) ?? SafeFloat.ZERO;
  }

  /**
   * `update_value_for_one(key, update)` (update: i64, negative to unstake). An empty pool
   * (denominator 0) is initialised with shares = denominator = |update|. Otherwise the key's
   * shares and the denominator move by ±|update| · denominator / value; a SafeFloat operation that
   * fails keeps the old value (as upstream). Then value += update (saturating).
   * The caller checks that an unstake does not exceed the key's value.
   */
  updateValueForOne(key: K, update: bigint): void {
    const sharedValue = this.storage.getSharedValue();
    const currentShare = this.storage.getShare(key);
    const denominator = this.storage.getDenominator();
    if (update === 0n && !denominator.isZero()) {
      // |0| · denominator / value mints no shares: the entries are written back as they are
      // (without the SafeFloat arithmetic; the coinbase makes many zero updates every epoch)
      this.storage.setDenominator(denominator);
      this.storage.setShare(key, currentShare);
      this.updateValueForAll(0n);
      return;
    }
    if (denominator.isZero()) {
      const initial = SafeFloat.fromU64(abs(update));
      this.storage.setDenominator(initial);
      this.storage.setShare(key, initial);
    } else {
      const spu = this.sharesPerUpdate(update, sharedValue, denominator);
      if (update > 0n) {
        this.storage.setDenominator(denominator.add(spu) ?? denominator);
        this.storage.setShare(key, currentShare.add(spu) ?? currentShare);
      } else {
        this.storage.setDenominator(denominator.sub(spu) ?? denominator);
        this.storage.setShare(key, currentShare.sub(spu) ?? currentShare);
      }
    }
    this.updateValueForAll(update);
  }
}
