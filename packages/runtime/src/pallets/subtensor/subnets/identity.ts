/**
 * Identities and symbols (utils/identity.rs, dispatches.rs `update_symbol`, subnets/symbols.rs;
 * spec/economics.md §8.4, §8.7): a coldkey's chain identity, a subnet's identity, and the owner's
 * choice of token symbol.
 */
import { ensure } from '../../../frame/errors.js';
import { emit, type AccountId, type Origin } from '../../../frame/pallet.js';
import type { State } from '../../../state/state.js';
import { errors as E, PALLET } from '../decl.js';
import type { Ctx } from '../staking/stakeUtils.js';
import { storage as S } from '../storage.js';
import type { ChainIdentityValue, SubnetIdentityValue } from '../types.js';
import { isHotkeyRegisteredOnAnyNetwork } from './common.js';
import { ensureSubnetOwnerOrRoot } from '../utils/ownerOrRoot.js';
import { SYMBOLS } from './symbols.js';

/**
 * `is_valid_identity`: name/url/github <= 256, image <= 1024, discord <= 256, description and
 * additional <= 1024; the total (which upstream computes without github_repo) <= 4096.
 */
export function isValidIdentity(id: ChainIdentityValue): boolean {
  const total = id.name.length + id.url.length + id.image.length + id.discord.length + id.description.length + id.additional.length;
  return (
    total <= 4096 &&
    id.name.length <= 256 &&
    id.url.length <= 256 &&
    id.github_repo.length <= 256 &&
    id.image.length <= 1024 &&
    id.discord.length <= 256 &&
    id.description.length <= 1024 &&
    id.additional.length <= 1024
  );
}

/**
 * `is_valid_subnet_identity`: name <= 256, github/contact/url <= 1024, discord <= 256,
 * description/logo/additional <= 1024; the total (upstream sums only name, github and contact)
 * <= 6656.
 */
export function isValidSubnetIdentity(id: SubnetIdentityValue): boolean {
  const total = id.subnet_name.length + id.github_repo.length + id.subnet_contact.length;
  return (
    total <= 6656 &&
    id.subnet_name.length <= 256 &&
    id.github_repo.length <= 1024 &&
    id.subnet_contact.length <= 1024 &&
    id.subnet_url.length <= 1024 &&
    id.discord.length <= 256 &&
    id.description.length <= 1024 &&
    id.logo_url.length <= 1024 &&
    id.additional.length <= 1024
  );
}

/** `do_set_identity`: the caller must own a hotkey registered on some subnet. */
export function doSetIdentity(ctx: Ctx, coldkey: AccountId, identity: ChainIdentityValue): void {
  const s = ctx.state;
  ensure(
    S.OwnedHotkeys.get(s, coldkey).some((hk) => isHotkeyRegisteredOnAnyNetwork(s, hk)),
    E.HotKeyNotRegisteredInNetwork,
  );
  ensure(isValidIdentity(identity), E.InvalidIdentity);
  S.IdentitiesV2.set(s, coldkey, identity);
  emit(ctx, PALLET, 'ChainIdentitySet', coldkey);
}

/** `do_set_subnet_identity`: subnet owner only (NotSubnetOwner). */
export function doSetSubnetIdentity(ctx: Ctx, coldkey: AccountId, netuid: number, identity: SubnetIdentityValue): void {
  const s = ctx.state;
  ensure(S.SubnetOwner.get(s, netuid) === coldkey, E.NotSubnetOwner);
  ensure(isValidSubnetIdentity(identity), E.InvalidIdentity);
  S.SubnetIdentitiesV3.set(s, netuid, identity);
  emit(ctx, PALLET, 'SubnetIdentitySet', netuid);
}

const utf8 = new TextEncoder();
const SYMBOL_BYTES: readonly Uint8Array[] = SYMBOLS.slice(1).map((x) => utf8.encode(x));

function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** `ensure_symbol_exists`: byte-equal to one of SYMBOLS[1..]. */
export function symbolBytesExist(symbol: Uint8Array): boolean {
  return SYMBOL_BYTES.some((x) => bytesEqual(x, symbol));
}

/** `ensure_symbol_available`: no subnet's TokenSymbol equals it. */
export function symbolBytesAvailable(s: State, symbol: Uint8Array): boolean {
  return !S.TokenSymbol.entries(s).some(([, v]) => bytesEqual(v, symbol));
}

/** `update_symbol(netuid, symbol)`: owner or root; symbol in SYMBOLS[1..] and unused. */
export function doUpdateSymbol(ctx: Ctx, origin: Origin, netuid: number, symbol: Uint8Array): void {
  const s = ctx.state;
  ensureSubnetOwnerOrRoot({ state: s, origin }, netuid);
  ensure(symbolBytesExist(symbol), E.SymbolDoesNotExist);
  ensure(symbolBytesAvailable(s, symbol), E.SymbolAlreadyInUse);
  S.TokenSymbol.set(s, netuid, symbol);
  emit(ctx, PALLET, 'SymbolUpdated', netuid, symbol);
}
