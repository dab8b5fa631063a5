// Subnets: the dTAO market table (sortable; live via the socket) and emission shares over time.
import { useMemo } from 'react';
import type { PageProps } from '../App.js';
import { useApi } from '../api.js';
import { SeriesChart } from '../components/lazyCharts.js';
import { Card, Change, DataTable, ErrorBox, Loading, Stat, type Column } from '../components/ui.js';
import { compareDecimal, compareRao, formatAlpha, formatPrice, formatRatioPercent, formatTao, formatTaoCompact, parseDecimal, toRao } from '../format.js';
import { useHeadNumber, useLiveSubnets } from '../live.js';
import { paths } from '../paths.js';
import { Link } from '../router.js';
import type { EmissionPoint, ListResponse, Subnet } from '../types.js';

export function subnetLabel(s: Pick<Subnet, 'netuid' | 'name' | 'symbol'>): string {
  return s.name ? `${s.name}` : `Subnet ${s.netuid}`;
}

const columns: Column<Subnet>[] = [
  { key: 'netuid', label: 'ID', render: (s) => s.netuid, sort: (a, b) => a.netuid - b.netuid, align: 'right' },
  {
    key: 'name',
    label: 'Subnet',
    render: (s) => (
      <Link to={`/subnets/${s.netuid}`}>
        <span className="pill">{s.symbol || 'α'}</span> {subnetLabel(s)}
      </Link>
    ),
    sort: (a, b) => subnetLabel(a).localeCompare(subnetLabel(b)),
  },
  { key: 'emission', label: 'Emission', render: (s) => <span data-testid={`emission-${s.netuid}`}>{formatRatioPercent(s.emission_share)}</span>, sort: (a, b) => compareDecimal(a.emission_share, b.emission_share), align: 'right' },
  { key: 'price', label: 'Price', render: (s) => <span data-testid={`price-${s.netuid}`}>{formatPrice(s.price)}</span>, sort: (a, b) => compareDecimal(a.price, b.price), align: 'right' },
  { key: 'c1h', label: '1h', render: (s) => <Change value={s.price_change_1h} />, sort: (a, b) => compareDecimal(a.price_change_1h, b.price_change_1h), align: 'right' },
  { key: 'c24h', label: '24h', render: (s) => <Change value={s.price_change_24h} />, sort: (a, b) => compareDecimal(a.price_change_24h, b.price_change_24h), align: 'right' },
  { key: 'c7d', label: '7d', render: (s) => <Change value={s.price_change_7d} />, sort: (a, b) => compareDecimal(a.price_change_7d, b.price_change_7d), align: 'right' },
  { key: 'mcap', label: 'Market cap', render: (s) => formatTaoCompact(s.market_cap), sort: (a, b) => compareRao(a.market_cap, b.market_cap), align: 'right' },
  { key: 'tao_in', label: 'TAO in pool', render: (s) => formatTaoCompact(s.tao_in), sort: (a, b) => compareRao(a.tao_in, b.tao_in), align: 'right' },
  { key: 'alpha_in', label: 'Alpha in pool', render: (s) => formatAlpha(s.alpha_in, s.symbol, 2), sort: (a, b) => compareRao(a.alpha_in, b.alpha_in), align: 'right' },
  { key: 'volume', label: 'Volume 24h', render: (s) => formatTaoCompact(s.tao_volume_24h), sort: (a, b) => compareRao(a.tao_volume_24h, b.tao_volume_24h), align: 'right' },
  {
    key: 'flow',
    label: 'TAO flow 24h',
    render: (s) => <span className={toRao(s.tao_flow_24h) > 0n ? 'up' : toRao(s.tao_flow_24h) < 0n ? 'down' : ''}>{formatTaoCompact(s.tao_flow_24h)}</span>,
    sort: (a, b) => compareRao(a.tao_flow_24h, b.tao_flow_24h),
    align: 'right',
  },
  { key: 'n', label: 'Neurons', render: (s) => `${s.n}/${s.max_n}`, sort: (a, b) => a.n - b.n, align: 'right' },
  { key: 'reg', label: 'Reg. cost', render: (s) => formatTao(s.registration_cost), sort: (a, b) => compareRao(a.registration_cost, b.registration_cost), align: 'right' },
];

export default function Subnets(_: PageProps) {
  const head = useHeadNumber();
  const fetched = useApi<ListResponse<Subnet>>(paths.subnets());
  const liveSubnets = useLiveSubnets();
  const emission = useApi<ListResponse<EmissionPoint>>(paths.emissionHistory(), Math.floor(head / 20));
  const subnets = liveSubnets ?? fetched.data?.data ?? [];

  const totals = useMemo(() => {
    let priceSum = 0n;
    let taoIn = 0n;
    let volume = 0n;
    for (const s of subnets) {
      priceSum += parseDecimal(s.price, 9) ?? 0n;
      taoIn += toRao(s.tao_in);
      volume += toRao(s.tao_volume_24h);
    }
    return { priceSum, taoIn, volume };
  }, [subnets]);

  // emission shares over blocks, one line per subnet (the 8 with the largest current share)
  const chart = useMemo(() => {
    const rows = emission.data?.data ?? [];
    const top = [...subnets]
      .sort((a, b) => compareDecimal(b.emission_share, a.emission_share))
      .slice(0, 8)
      .map((s) => s.netuid);
    const byBlock = new Map<number, Record<string, number | null> & { x: number }>();
    for (const r of rows) {
      if (!top.includes(r.netuid)) continue;
      const p = byBlock.get(r.block_number) ?? { x: r.block_number };
      p[`sn${r.netuid}`] = Number(r.emission_share) * 100;
      byBlock.set(r.block_number, p);
    }
    const data = [...byBlock.values()].sort((a, b) => a.x - b.x);
    const names = new Map(subnets.map((s) => [s.netuid, subnetLabel(s)]));
    return { data, series: top.map((n) => ({ key: `sn${n}`, label: `${n} ${names.get(n) ?? ''}`.trim() })) };
  }, [emission.data, subnets]);

  return (
    <>
      <div className="page-head">
        <h1>Subnets</h1>
        <span className="sub">{subnets.length} subnets</span>
      </div>
      <ErrorBox error={fetched.error} />
      <div className="stats">
        <Stat label="Subnets value" value={`τ${(Number(totals.priceSum) / 1e9).toFixed(4)}`} sub="sum of alpha prices" />
        <Stat label="TAO in pools" value={formatTaoCompact(totals.taoIn)} />
        <Stat label="Volume 24h" value={formatTaoCompact(totals.volume)} />
      </div>
      <Card title="Market">
        {fetched.loading && !liveSubnets ? (
          <Loading />
        ) : (
          <DataTable rows={subnets} columns={columns} rowKey={(s) => s.netuid} initialSort={{ key: 'mcap', desc: true }} testId="subnets-table" />
        )}
      </Card>
      <Card title="Emission share over time (%)">
        <SeriesChart data={chart.data} series={chart.series} yFormat={(v) => `${v.toFixed(1)}%`} />
      </Card>
    </>
  );
}
