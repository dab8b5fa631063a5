/**
 * Balances are bigint rao (1 TAO = 1 α = 10^9 rao); these helpers parse decimal strings and format
 * amounts the two ways Bittensor users know (spec/sdk.md §8): the SDK style `τ1,234.567890000` and
 * the CLI style `1,234.5679 τ`. Subnet tokens use the chain's own symbol (DynamicInfo.token_symbol).
 */

export const RAO_PER_TAO = 1_000_000_000n;
export const TAO_SYMBOL = 'τ';
export const RAO_SYMBOL = 'ρ';

export class BalanceParseError extends Error {
  override name = 'BalanceParseError';
  readonly code = 'INVALID_AMOUNT';
}

/**
 * "1.5" → 1_500_000_000n. Accepts digits with an optional fraction of up to 9 places, `_`/`,`
 * separators; rejects negatives, exponents and more than 9 decimals (no silent truncation).
 */
export function parseTao(text: string): bigint {
  const s = text.trim().replace(/[_,]/g, '').replace(/^[τα]\s*/, '').replace(/\s*[τα]$/, '');
  const m = /^(\d*)(?:\.(\d*))?$/.exec(s);
  if (!m || (m[1] === '' && (m[2] ?? '') === '')) throw new BalanceParseError(`"${text}" is not an amount (expected e.g. 1.5)`);
  const frac = m[2] ?? '';
  if (frac.length > 9) throw new BalanceParseError(`"${text}" has more than 9 decimals`);
  return BigInt(m[1] || '0') * RAO_PER_TAO + BigInt((frac + '000000000').slice(0, 9));
}

/** Alias of {@link parseTao} for alpha amounts (same 9 decimals). */
export const parseAlpha = parseTao;

function groupThousands(intPart: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** rao → decimal string with `decimals` places, rounded half up, thousands separated. */
export function formatUnits(rao: bigint, decimals = 9, separators = true): string {
  const neg = rao < 0n;
  let v = neg ? -rao : rao;
  const scale = 10n ** BigInt(9 - decimals);
  if (decimals < 9) v = (v + scale / 2n) / scale;
  const base = 10n ** BigInt(decimals);
  const int = (v / base).toString();
  const frac = decimals > 0 ? '.' + (v % base).toString().padStart(decimals, '0') : '';
  return (neg ? '-' : '') + (separators ? groupThousands(int) : int) + frac;
}

export interface FormatOptions {
  /** Decimal places (default 4, btcli's style). */
  readonly decimals?: number;
  /** Unit symbol (default τ). */
  readonly symbol?: string;
}

/** CLI style: `1,234.5679 τ`. */
export function formatTao(rao: bigint, opts: FormatOptions = {}): string {
  return `${formatUnits(rao, opts.decimals ?? 4)} ${opts.symbol ?? TAO_SYMBOL}`;
}

/** CLI style for subnet tokens: `12.3456 α` (symbol from the chain when known). */
export function formatAlpha(rao: bigint, symbol = 'α', decimals = 4): string {
  return `${formatUnits(rao, decimals)} ${symbol}`;
}

/** SDK style: `τ1,234.567890000` (TAO prefix) / `1,234.567890000α` (alpha suffix). */
export function formatBalance(rao: bigint, netuid = 0, symbol?: string): string {
  if (netuid === 0) return `${symbol ?? TAO_SYMBOL}${formatUnits(rao, 9)}`;
  return `${formatUnits(rao, 9)}${symbol ?? 'α'}`;
}

/** rao → TAO as a JS number (display only; precision loss above ~9e6 TAO). */
export function raoToTao(rao: bigint): number {
  return Number(rao) / 1e9;
}
