/** Helpers shared by the command groups (files starting with `_` are not groups). */
import { formatAlpha, formatTao, parseTao, type TxResult } from '../sdk.js';
import { CliError } from '../output.js';

export function parseNetuid(v: string | undefined, flag = '--netuid'): number {
  if (v === undefined) throw new CliError('USAGE', `${flag} is required`, `pass ${flag} N (see \`tensorium subnet list\`)`);
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 65_535) throw new CliError('USAGE', `${flag} ${v} is not a subnet id`, `pass ${flag} N`);
  return n;
}

export function parseAmount(v: string | undefined, flag = '--amount'): bigint {
  if (v === undefined) throw new CliError('USAGE', `${flag} is required`, `pass ${flag} 1.5 (decimal TAO/alpha)`);
  return parseTao(v);
}

export function parseList(v: string | undefined, flag: string): number[] {
  if (v === undefined || v.trim() === '') throw new CliError('USAGE', `${flag} is required`, `pass ${flag} 0,1,2`);
  return v.split(/[,\s]+/).filter(Boolean).map((x) => {
    const n = Number(x);
    if (!Number.isFinite(n)) throw new CliError('USAGE', `${flag}: "${x}" is not a number`);
    return n;
  });
}

export function parseFraction(v: string | undefined, flag: string): number | undefined {
  if (v === undefined) return undefined;
  const s = v.trim();
  const n = s.endsWith('%') ? Number(s.slice(0, -1)) / 100 : Number(s);
  if (!Number.isFinite(n) || n < 0 || n >= 1) throw new CliError('USAGE', `${flag} ${v} must be a fraction in [0, 1) (e.g. 0.005 or 0.5%)`);
  return n;
}

/** The part of a transaction result every write command reports. */
export function txData(r: TxResult): Record<string, unknown> {
  return { blockHash: r.blockHash, blockNumber: r.blockNumber, extrinsicId: r.extrinsicId, txHash: r.txHash, fee: r.fee, events: r.events.map((e) => `${e.pallet}.${e.name}`) };
}

export function txLine(r: TxResult): string {
  return `✔ included in block ${r.blockNumber} (extrinsic ${r.extrinsicId}), fee ${formatTao(r.fee, { decimals: 9 })}`;
}

export const tao = (rao: bigint): string => formatTao(rao);
export const alpha = (rao: bigint, symbol = 'α'): string => formatAlpha(rao, symbol);
