// Column sets for blocks, extrinsics and events, shared by the list and detail pages.
import { BlockLink, Hash, Address, JsonView, type Column } from './ui.js';
import { formatTao, timeAgo } from '../format.js';
import { Link } from '../router.js';
import type { Block, ChainEvent, Extrinsic } from '../types.js';

export function blockColumns(now: number): Column<Block>[] {
  return [
    { key: 'n', label: 'Block', render: (b) => <BlockLink n={b.block_number} /> },
    { key: 'status', label: 'Status', render: (b) => (b.finalized ? <span className="pill ok">finalized</span> : <span className="pill">best</span>) },
    { key: 'hash', label: 'Hash', render: (b) => <Hash hash={b.hash} to={`/blocks/${b.hash}`} /> },
    { key: 'ext', label: 'Extrinsics', render: (b) => b.extrinsic_count, align: 'right' },
    { key: 'ev', label: 'Events', render: (b) => b.event_count, align: 'right' },
    { key: 'time', label: 'Time', render: (b) => <span title={new Date(b.timestamp * 1000).toISOString()}>{timeAgo(b.timestamp, now)}</span> },
  ];
}

export const extrinsicColumns: Column<Extrinsic>[] = [
  { key: 'id', label: 'Extrinsic', render: (x) => <Link to={`/extrinsics/${x.id}`}>{x.id}</Link> },
  { key: 'block', label: 'Block', render: (x) => <BlockLink n={x.block_number} /> },
  {
    key: 'call',
    label: 'Call',
    render: (x) => (
      <Link to={`/extrinsics?call_module=${encodeURIComponent(x.call_module)}&call_name=${encodeURIComponent(x.call_name)}`}>
        {x.call_module}.{x.call_name}
      </Link>
    ),
  },
  { key: 'signer', label: 'Signer', render: (x) => (x.signer ? <Address address={x.signer} /> : <span className="muted">unsigned</span>) },
  { key: 'ok', label: 'Result', render: (x) => <span className={`pill ${x.success ? 'ok' : 'fail'}`}>{x.success ? 'ok' : x.error ? `${x.error.module}.${x.error.name}` : 'failed'}</span> },
  { key: 'fee', label: 'Fee', render: (x) => formatTao(x.fee, 6), align: 'right' },
];

export const eventColumns: Column<ChainEvent>[] = [
  { key: 'id', label: 'Event', render: (e) => <span className="mono">{e.id}</span> },
  { key: 'block', label: 'Block', render: (e) => <BlockLink n={e.block_number} /> },
  { key: 'ext', label: 'Extrinsic', render: (e) => (e.extrinsic_index === null ? <span className="muted">—</span> : <Link to={`/extrinsics/${e.block_number}-${e.extrinsic_index}`}>{`${e.block_number}-${e.extrinsic_index}`}</Link>) },
  {
    key: 'name',
    label: 'Event',
    render: (e) => (
      <Link to={`/events?pallet=${encodeURIComponent(e.pallet)}&name=${encodeURIComponent(e.name)}`}>
        {e.pallet}.{e.name}
      </Link>
    ),
  },
  { key: 'data', label: 'Data', render: (e) => <span className="mono muted">{truncate(JSON.stringify(e.data), 80)}</span> },
];

function truncate(s: string | undefined, n: number): string {
  if (!s) return '';
  return s.length > n ? `${s.slice(0, n)}…` : s;
}

export { JsonView };
