// One validator: stake, take, dominance, per-subnet performance and nominators.
import type { PageProps } from '../App.js';
import { useApi } from '../api.js';
import { BarsChart } from '../components/lazyCharts.js';
import { Address, Card, DataTable, ErrorBox, Loading, Stat, type Column } from '../components/ui.js';
import { compareDecimal, compareRao, formatAlpha, formatRatioPercent, formatTao, formatTaoCompact, raoToTaoNumber } from '../format.js';
import { paths } from '../paths.js';
import { Link } from '../router.js';
import type { ItemResponse, ValidatorDetailResponse } from '../types.js';

type PerSubnet = ValidatorDetailResponse['subnets'][number];
type Nominator = { coldkey: string; netuid: number; alpha: string; tao_value: string };

const subnetColumns = (dominance: string): Column<PerSubnet>[] => [
  { key: 'netuid', label: 'Subnet', render: (s) => <Link to={`/subnets/${s.netuid}`}>{s.netuid}</Link>, sort: (a, b) => a.netuid - b.netuid },
  { key: 'uid', label: 'UID', render: (s) => s.uid, align: 'right' },
  { key: 'stake', label: 'Stake', render: (s) => formatAlpha(s.stake), sort: (a, b) => compareRao(a.stake, b.stake), align: 'right' },
  { key: 'vtrust', label: 'VTrust', render: (s) => Number(s.vtrust).toFixed(4), sort: (a, b) => compareDecimal(a.vtrust, b.vtrust), align: 'right' },
  {
    key: 'dividends',
    label: 'Dividends',
    // taostats colours dividends red when they fall below the validator's dominance
    render: (s) => <span className={compareDecimal(s.dividends, dominance) < 0 ? 'down' : ''}>{Number(s.dividends).toFixed(4)}</span>,
    sort: (a, b) => compareDecimal(a.dividends, b.dividends),
    align: 'right',
  },
  { key: 'emission', label: 'Emission', render: (s) => formatAlpha(s.emission), sort: (a, b) => compareRao(a.emission, b.emission), align: 'right' },
];

const nominatorColumns: Column<Nominator>[] = [
  { key: 'coldkey', label: 'Nominator', render: (n) => <Address address={n.coldkey} /> },
  { key: 'netuid', label: 'Subnet', render: (n) => <Link to={`/subnets/${n.netuid}`}>{n.netuid}</Link>, sort: (a, b) => a.netuid - b.netuid },
  { key: 'alpha', label: 'Alpha', render: (n) => formatAlpha(n.alpha), sort: (a, b) => compareRao(a.alpha, b.alpha), align: 'right' },
  { key: 'tao', label: 'Value', render: (n) => formatTao(n.tao_value), sort: (a, b) => compareRao(a.tao_value, b.tao_value), align: 'right' },
];

export default function ValidatorPage({ params }: PageProps) {
  const res = useApi<ItemResponse<ValidatorDetailResponse>>(paths.validator(params.hotkey));
  if (res.error) return <ErrorBox error={res.error} />;
  const v = res.data?.data;
  if (!v) return <Loading what="Loading validator" />;
  const nominators = Array.isArray(v.nominators) ? v.nominators : [];
  return (
    <>
      <div className="page-head">
        <h1>Validator</h1>
        <Address address={v.hotkey} full />
      </div>
      <div className="stats">
        <Stat label="Total stake" value={formatTaoCompact(v.total_stake_tao)} />
        <Stat label="Dominance" value={formatRatioPercent(v.dominance)} />
        <Stat label="Take" value={formatRatioPercent(v.take)} />
        <Stat label="Nominators" value={Array.isArray(v.nominators) ? new Set(nominators.map((n) => n.coldkey)).size : v.nominators} />
        <Stat label="Return 24h" value={v.return_24h === null ? '—' : formatTao(v.return_24h)} sub={v.apy === null ? undefined : `APY ${formatRatioPercent(v.apy)}`} />
        <Stat label="Owner" value={<Address address={v.owner} />} />
      </div>
      <Card title="Per-subnet performance">
        <DataTable rows={v.subnets} columns={subnetColumns(v.dominance)} rowKey={(s) => s.netuid} initialSort={{ key: 'stake', desc: true }} />
        <BarsChart data={v.subnets.map((s) => ({ label: `SN${s.netuid}`, value: raoToTaoNumber(s.emission) }))} yFormat={(x) => x.toFixed(3)} height={180} />
      </Card>
      <Card title="Nominators">
        <DataTable rows={nominators} columns={nominatorColumns} rowKey={(n) => `${n.coldkey}-${n.netuid}`} initialSort={{ key: 'tao', desc: true }} />
      </Card>
    </>
  );
}
