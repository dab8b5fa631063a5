// Pure formatting helpers for the explorer. Amounts arrive from the indexer as decimal strings of rao
// (1 τ = 1e9 rao, u64/u128), so every amount is handled as a bigint: a float would silently lose the
// last digits of anything above 2^53 rao (≈ 9 million τ).

export const RAO_PER_TAO = 1_000_000_000n;
export const TAO_SYMBOL = 'τ';
/** Digits after the decimal point of one τ (and of one alpha). */
export const TOKEN_DECIMALS = 9;

/** Parses a rao amount (decimal string, bigint or safe integer); anything unparsable becomes 0n. */
export function toRao(value: string | bigint | number | null | undefined): bigint {
  if (value === null || value === undefined) return 0n;
  if (typeof value === 'bigint') return value;
  if (typeof value === 'number') return Number.isSafeInteger(value) ? BigInt(value) : 0n;
  const s = value.trim();
  return /^-?\d+$/.test(s) ? BigInt(s) : 0n;
}

/** Groups the digits of a non-negative integer string with thin commas: "1234567" → "1,234,567". */
export function groupDigits(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * Formats a fixed-point integer (`value / 10^scale`) with `decimals` digits after the point, rounding half
 * away from zero, with grouped thousands: fixedToString(1234567891n, 9, 4) → "1.2346".
 */
export function fixedToString(value: bigint, scale: number, decimals: number): string {
  const negative = value < 0n;
  let abs = negative ? -value : value;
  if (decimals < scale) {
    const drop = 10n ** BigInt(scale - decimals);
    abs = (abs + drop / 2n) / drop;
  } else if (decimals > scale) {
    abs *= 10n ** BigInt(decimals - scale);
  }
  const unit = 10n ** BigInt(decimals);
  const whole = groupDigits((abs / unit).toString());
  const frac = decimals > 0 ? '.' + (abs % unit).toString().padStart(decimals, '0') : '';
  return (negative && abs !== 0n ? '-' : '') + whole + frac;
}

/** rao → "τ1,234.5678" (4 decimals by default). */
export function formatTao(rao: string | bigint | number | null | undefined, decimals = 4): string {
  const s = fixedToString(toRao(rao), TOKEN_DECIMALS, decimals);
  return s.startsWith('-') ? `-${TAO_SYMBOL}${s.slice(1)}` : `${TAO_SYMBOL}${s}`;
}

/** rao → "1,234.5678" without the symbol (for table cells with a τ header). */
export function formatTaoPlain(rao: string | bigint | number | null | undefined, decimals = 4): string {
  return fixedToString(toRao(rao), TOKEN_DECIMALS, decimals);
}

/** Alpha rao → "1,234.5678 α" with the subnet's symbol (alpha also has 9 decimals). */
export function formatAlpha(rao: string | bigint | number | null | undefined, symbol = 'α', decimals = 4): string {
  return `${fixedToString(toRao(rao), TOKEN_DECIMALS, decimals)} ${symbol || 'α'}`;
}

/** Compact τ for headline figures: 1234567.8 τ → "τ1.23M"; below 1 000 τ falls back to 4 decimals. */
export function formatTaoCompact(rao: string | bigint | number | null | undefined): string {
  const v = toRao(rao);
  const abs = v < 0n ? -v : v;
  const sign = v < 0n ? '-' : '';
  const units: [bigint, string][] = [
    [RAO_PER_TAO * 1_000_000_000n, 'B'],
    [RAO_PER_TAO * 1_000_000n, 'M'],
    [RAO_PER_TAO * 1_000n, 'k'],
  ];
  for (const [size, suffix] of units) {
    if (abs >= size) return `${sign}${TAO_SYMBOL}${fixedToString((abs * 100n) / size, 2, 2)}${suffix}`;
  }
  return formatTao(v);
}

/** Parses a decimal string ("0.001234567", "-1.5", "12") to a fixed-point bigint with `scale` digits. */
export function parseDecimal(value: string | number | null | undefined, scale = 18): bigint | null {
  if (value === null || value === undefined) return null;
  const s = typeof value === 'number' ? (Number.isFinite(value) ? value.toFixed(Math.min(scale, 20)) : '') : value.trim();
  const m = /^(-?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i.exec(s);
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) return null;
  let digits = (m[2] || '0') + (m[3] ?? '');
  let pointAt = (m[2] || '0').length + Number(m[4] ?? 0);
  if (pointAt < 0) {
    digits = '0'.repeat(-pointAt) + digits;
    pointAt = 0;
  }
  const intPart = digits.slice(0, pointAt).padEnd(pointAt, '0') || '0';
  const fracPart = digits.slice(pointAt).padEnd(scale, '0').slice(0, scale);
  const abs = BigInt(intPart) * 10n ** BigInt(scale) + BigInt(fracPart || '0');
  return m[1] === '-' ? -abs : abs;
}

/** A TAO-per-alpha price (decimal string) → "τ0.001235": 6 significant digits below 1, 4 decimals above. */
export function formatPrice(price: string | number | null | undefined): string {
  const v = parseDecimal(price, 18);
  if (v === null) return '—';
  const abs = v < 0n ? -v : v;
  let decimals = 4;
  if (abs < 10n ** 18n) {
    // keep 6 significant digits for small prices, at least 6 decimals, at most 12
    const digits = abs === 0n ? 18 : 18 - abs.toString().length;
    decimals = Math.min(12, Math.max(6, digits + 6));
  }
  const s = fixedToString(v, 18, decimals);
  return s.startsWith('-') ? `-${TAO_SYMBOL}${s.slice(1)}` : `${TAO_SYMBOL}${s}`;
}

/** A ratio 0..1 (decimal string) → "12.34%". */
export function formatRatioPercent(ratio: string | number | null | undefined, decimals = 2): string {
  const v = parseDecimal(ratio, 18);
  if (v === null) return '—';
  return `${fixedToString(v * 100n, 18, decimals)}%`;
}

/** A change already in percent ("1.5", "-3.25") → "+1.50%" / "-3.25%"; null → "—". */
export function formatChangePercent(percent: string | number | null | undefined, decimals = 2): string {
  const v = parseDecimal(percent, 18);
  if (v === null) return '—';
  const s = fixedToString(v, 18, decimals);
  return `${v > 0n && !/^0\.0*$/.test(s) ? '+' : ''}${s}%`;
}

/** Sign of a decimal string: -1, 0, 1 (null for missing), for colouring changes. */
export function decimalSign(value: string | number | null | undefined): -1 | 0 | 1 | null {
  const v = parseDecimal(value, 18);
  if (v === null) return null;
  return v > 0n ? 1 : v < 0n ? -1 : 0;
}

/** Integer with grouped thousands: 1234567 → "1,234,567". */
export function formatInteger(n: number | bigint | string | null | undefined): string {
  if (n === null || n === undefined || n === '') return '—';
  const v = typeof n === 'bigint' ? n : typeof n === 'number' ? BigInt(Math.trunc(n)) : toRao(n);
  return v < 0n ? '-' + groupDigits((-v).toString()) : groupDigits(v.toString());
}

/** "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY" → "5Grwva…KutQY". */
export function shortAddress(address: string | null | undefined, head = 6, tail = 5): string {
  if (!address) return '—';
  if (address.length <= head + tail + 1) return address;
  return `${address.slice(0, head)}…${address.slice(-tail)}`;
}

/** 0x-hex hash → "0x1234ab…cdef". */
export function shortHash(hash: string | null | undefined, head = 8, tail = 6): string {
  if (!hash) return '—';
  if (hash.length <= head + tail + 1) return hash;
  return `${hash.slice(0, head)}…${hash.slice(-tail)}`;
}

/** Seconds → "3d 4h 12m" (largest three units; "0s" at zero). */
export function formatDuration(totalSeconds: number): string {
  let s = Math.max(0, Math.floor(totalSeconds));
  const parts: string[] = [];
  const units: [number, string][] = [
    [365 * 86_400, 'y'],
    [86_400, 'd'],
    [3_600, 'h'],
    [60, 'm'],
    [1, 's'],
  ];
  for (const [size, label] of units) {
    if (s >= size) {
      parts.push(`${Math.floor(s / size)}${label}`);
      s %= size;
    }
    if (parts.length === 3) break;
  }
  return parts.length ? parts.join(' ') : '0s';
}

/**
 * Unix seconds relative to `nowSeconds` → "12s ago", "5m ago", "3h ago", "2d ago"; a time ahead of the
 * browser's clock (a localnet that jumped blocks, or clock skew) → "in 2d", under a minute ahead → "just now".
 */
export function timeAgo(timestamp: number | null | undefined, nowSeconds: number): string {
  if (!timestamp) return '—';
  const d = Math.floor(nowSeconds - timestamp);
  if (d < 0 && d > -60) return 'just now';
  const a = Math.abs(d);
  const span = a < 60 ? `${a}s` : a < 3_600 ? `${Math.floor(a / 60)}m` : a < 86_400 ? `${Math.floor(a / 3_600)}h` : `${Math.floor(a / 86_400)}d`;
  return d < 0 ? `in ${span}` : `${span} ago`;
}

/** Unix seconds → "2026-11-22 07:35:39 UTC". */
export function formatTimestamp(timestamp: number | null | undefined): string {
  if (!timestamp) return '—';
  return new Date(timestamp * 1000).toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC');
}

/** rao ratio part/whole as a percent string with 2 decimals, bigint math: (1, 4) → "25.00%". */
export function raoShare(part: string | bigint, whole: string | bigint, decimals = 2): string {
  const w = toRao(whole);
  if (w === 0n) return '—';
  const scaled = (toRao(part) * 100n * 10n ** BigInt(decimals + 1)) / w;
  return `${fixedToString(scaled, decimals + 1, decimals)}%`;
}

/** rao → τ as a float, only for chart coordinates (never for displayed amounts). */
export function raoToTaoNumber(rao: string | bigint | number | null | undefined): number {
  const v = toRao(rao);
  return Number(v / RAO_PER_TAO) + Number(v % RAO_PER_TAO) / 1e9;
}

/** Compares two rao strings (for sorting tables by amount without float rounding). */
export function compareRao(a: string | bigint | null | undefined, b: string | bigint | null | undefined): number {
  const x = toRao(a);
  const y = toRao(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Compares two decimal strings; missing values sort first. */
export function compareDecimal(a: string | number | null | undefined, b: string | number | null | undefined): number {
  const x = parseDecimal(a, 18);
  const y = parseDecimal(b, 18);
  if (x === null || y === null) return x === null ? (y === null ? 0 : -1) : 1;
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Classifies what a search box entry looks like, to pick the route when the API has no answer. */
export function classifyQuery(q: string): 'block_number' | 'hash' | 'address' | 'call' | 'text' {
  const s = q.trim();
  if (/^\d+$/.test(s)) return 'block_number';
  if (/^0x[0-9a-fA-F]{64}$/.test(s)) return 'hash';
  if (/^[1-9A-HJ-NP-Za-km-z]{46,48}$/.test(s)) return 'address';
  if (/^[A-Za-z][A-Za-z0-9]*\.[a-z_][a-z0-9_]*$/.test(s)) return 'call';
  return 'text';
}

/** Keeps at most `max` points of a series, evenly spaced, always including the last (bounded chart sizes). */
export function downsample<T>(points: readonly T[], max: number): T[] {
  if (points.length <= max || max < 2) return points.slice();
  const out: T[] = [];
  const step = (points.length - 1) / (max - 1);
  for (let i = 0; i < max; i++) out.push(points[Math.round(i * step)]);
  return out;
}

/**
 * Where a submitted search goes when the indexer found several things: the one result of the kind the
 * query's shape names (a 0x hash → its block or extrinsic, not the account the same 32 bytes would also
 * decode to; a number → the block rather than the subnet with that netuid; an SS58 → the account).
 */
export function pickSearchResult<R extends { kind: string }>(q: string, results: readonly R[]): R | undefined {
  if (results.length === 1) return results[0];
  const shape = classifyQuery(q);
  const kinds = shape === 'hash' ? ['block', 'extrinsic'] : shape === 'block_number' ? ['block'] : shape === 'address' ? ['account'] : [];
  const hits = results.filter((r) => kinds.includes(r.kind));
  return hits.length === 1 ? hits[0] : undefined;
}

/**
 * The role a neuron plays in the metagraph. The indexer's `role` follows the validator permit, which every
 * staked neuron of a small subnet holds, miners included; a permit holder that earns incentive and has
 * neither validator trust nor dividends is mining.
 */
export function neuronRole(n: { role: 'validator' | 'miner'; validator_trust: string; dividends: string; incentive: string }): 'validator' | 'miner' {
  if (n.role === 'miner') return 'miner';
  const positive = (v: string) => (parseDecimal(v, 18) ?? 0n) > 0n;
  return positive(n.incentive) && !positive(n.validator_trust) && !positive(n.dividends) ? 'miner' : 'validator';
}

/** A ratio 0..1 (decimal string) with 4 decimals, as the metagraph shows it ("0.6159"; "—" when unparsable). */
export function formatRatio(v: string | null | undefined): string {
  const x = parseDecimal(v, 18);
  if (x === null) return '—';
  return (Number(x / 10n ** 12n) / 1e6).toFixed(4);
}
