// Validators: stake, nominators, take, dominance, returns and the subnets each validates.
import type { PageProps } from '../App.js';
import { useApi } from '../api.js';
import { Address, Card, DataTable, ErrorBox, Loading, Stat, type Column } from '../components/ui.js';
import { compareDecimal, compareRao, formatRatioPercent, formatTao, formatTaoCompact } from '../format.js';
import { useHeadNumber } from '../live.js';
import { paths } from '../paths.js';
import { Link } from '../router.js';
import type { ItemResponse, ListResponse, NetworkLatest, Validator } from '../types.js';

const columns: Column<Validator>[] = [
  { key: 'hotkey', label: 'Validator', render: (v) => <Address address={v.hotkey} to={`/validators/${v.hotkey}`} /> },
  { key: 'owner', label: 'Owner', render: (v) => <Address address={v.owner} /> },
  { key: 'stake', label: 'Total stake', render: (v) => formatTao(v.total_stake_tao, 2), sort: (a, b) => compareRao(a.total_stake_tao, b.total_stake_tao), align: 'right' },
  { key: 'root', label: 'Root stake', render: (v) => formatTaoCompact(v.root_stake), sort: (a, b) => compareRao(a.root_stake, b.root_stake), align: 'right' },
  { key: 'dominance', label: 'Dominance', render: (v) => formatRatioPercent(v.dominance), sort: (a, b) => compareDecimal(a.dominance, b.dominance), align: 'right' },
  { key: 'nominators', label: 'Nominators', render: (v) => v.nominators, sort: (a, b) => a.nominators - b.nominators, align: 'right' },
  { key: 'take', label: 'Take', render: (v) => formatRatioPercent(v.take), sort: (a, b) => compareDecimal(a.take, b.take), align: 'right' },
  { key: 'ret', label: 'Return 24h', render: (v) => (v.return_24h === null ? '—' : formatTao(v.return_24h)), sort: (a, b) => compareRao(a.return_24h, b.return_24h), align: 'right' },
  { key: 'apy', label: 'APY', render: (v) => (v.apy === null ? '—' : formatRatioPercent(v.apy)), sort: (a, b) => compareDecimal(a.apy, b.apy), align: 'right' },
  {
    key: 'subnets',
    label: 'Subnets',
    render: (v) => (
      <span>
        {v.netuids.map((n, i) => (
          <span key={n}>
            {i > 0 && ', '}
            <Link to={`/subnets/${n}`}>{n}</Link>
          </span>
        ))}
      </span>
    ),
    sort: (a, b) => a.netuids.length - b.netuids.length,
  },
];

export default function Validators(_: PageProps) {
  const head = useHeadNumber();
  const list = useApi<ListResponse<Validator>>(paths.validators(), Math.floor(head / 20));
  const latest = useApi<ItemResponse<NetworkLatest>>(paths.networkLatest());
  const rows = list.data?.data ?? [];
  return (
    <>
      <div className="page-head">
        <h1>Validators</h1>
        <span className="sub">{rows.length} validators</span>
      </div>
      <ErrorBox error={list.error} />
      <div className="stats">
        <Stat label="Total stake" value={latest.data ? formatTaoCompact(latest.data.data.total_stake) : '—'} />
        <Stat label="Root stake" value={latest.data ? formatTaoCompact(latest.data.data.root_stake) : '—'} />
        <Stat label="Alpha stake (as τ)" value={latest.data ? formatTaoCompact(latest.data.data.alpha_stake_tao) : '—'} />
      </div>
      <Card title="Validators">
        {list.loading ? <Loading /> : <DataTable rows={rows} columns={columns} rowKey={(v) => v.hotkey} initialSort={{ key: 'stake', desc: true }} testId="validators-table" onRowClick={(v) => `/validators/${v.hotkey}`} />}
      </Card>
    </>
  );
}
