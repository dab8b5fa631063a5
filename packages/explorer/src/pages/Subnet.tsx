// One subnet: price candles, pool reserves, emission, owner and identity, hyperparameters, registration
// cost, the metagraph, and incentive / coldkey distributions. Price and metagraph follow the live socket.
import { useMemo, useState } from 'react';
import type { PageProps } from '../App.js';
import { useApi } from '../api.js';
import { BarsChart, CandleChart, SeriesChart } from '../components/lazyCharts.js';
import { Address, BlockLink, Card, DataTable, ErrorBox, InfoTable, JsonView, Loading, Stat, Tabs, type Column } from '../components/ui.js';
import { compareDecimal, compareRao, formatAlpha, formatInteger, formatPrice, formatRatio, formatRatioPercent, formatTao, formatTaoCompact, neuronRole, raoToTaoNumber } from '../format.js';
import { useHeadNumber, useLiveSubnets, useMetagraphVersion } from '../live.js';
import { paths, type CandleInterval } from '../paths.js';
import type { Candle, EmissionPoint, ItemResponse, ListResponse, Neuron, PoolPoint, Registration, RegistrationCostPoint, SubnetDetail } from '../types.js';

const INTERVALS: CandleInterval[] = ['1m', '5m', '15m', '1h', '4h', '1d'];

/** Ratios arrive as decimal strings 0..1; show them with 4 decimals like the metagraph does. */
const ratio = formatRatio;

/** stake_weight is the neuron's share of the subnet's stake weight (0..1); tolerate a rao amount as well. */
function stakeWeight(v: string, symbol: string): string {
  return /^\d+$/.test(v) ? formatAlpha(v, symbol, 2) : formatRatioPercent(v);
}

function metagraphColumns(symbol: string, head: number): Column<Neuron>[] {
  return [
    { key: 'uid', label: 'UID', render: (n) => n.uid, sort: (a, b) => a.uid - b.uid, align: 'right' },
    {
      key: 'role',
      label: 'Role',
      render: (n) => <span className={`pill ${neuronRole(n)}`}>{neuronRole(n)}</span>,
      sort: (a, b) => neuronRole(a).localeCompare(neuronRole(b)),
    },
    { key: 'stake', label: 'Stake weight', render: (n) => stakeWeight(n.stake_weight, symbol), sort: (a, b) => compareDecimal(a.stake_weight, b.stake_weight), align: 'right' },
    { key: 'alpha', label: 'Alpha stake', render: (n) => formatAlpha(n.stake, symbol, 2), sort: (a, b) => compareRao(a.stake, b.stake), align: 'right' },
    { key: 'vtrust', label: 'VTrust', render: (n) => ratio(n.validator_trust), sort: (a, b) => compareDecimal(a.validator_trust, b.validator_trust), align: 'right' },
    { key: 'consensus', label: 'Consensus', render: (n) => ratio(n.consensus), sort: (a, b) => compareDecimal(a.consensus, b.consensus), align: 'right' },
    { key: 'incentive', label: 'Incentive', render: (n) => ratio(n.incentive), sort: (a, b) => compareDecimal(a.incentive, b.incentive), align: 'right' },
    { key: 'dividends', label: 'Dividends', render: (n) => ratio(n.dividends), sort: (a, b) => compareDecimal(a.dividends, b.dividends), align: 'right' },
    { key: 'emission', label: 'Emission', render: (n) => formatAlpha(n.emission, symbol), sort: (a, b) => compareRao(a.emission, b.emission), align: 'right' },
    {
      key: 'updated',
      label: 'Updated',
      title: 'blocks since the neuron last set weights',
      render: (n) => {
        const ago = Math.max(0, Math.max(head, n.block_number) - n.last_update);
        return <span className={ago > 1500 ? 'down' : ago > 100 && neuronRole(n) === 'validator' ? 'warn' : ''}>{formatInteger(ago)}</span>;
      },
      sort: (a, b) => b.last_update - a.last_update,
      align: 'right',
    },
    { key: 'axon', label: 'Axon', render: (n) => (n.axon ? <span className="mono">{`${n.axon.ip}:${n.axon.port}`}</span> : <span className="muted">—</span>) },
    { key: 'hotkey', label: 'Hotkey', render: (n) => <Address address={n.hotkey} to={neuronRole(n) === 'validator' ? `/validators/${n.hotkey}` : `/accounts/${n.hotkey}`} /> },
    { key: 'coldkey', label: 'Coldkey', render: (n) => <Address address={n.coldkey} /> },
    { key: 'immune', label: 'Immunity', render: (n) => (n.is_immune ? <span className="pill immune">immune</span> : <span className="muted">—</span>), sort: (a, b) => Number(a.is_immune) - Number(b.is_immune) },
  ];
}

const registrationColumns: Column<Registration>[] = [
  { key: 'block', label: 'Block', render: (r) => <BlockLink n={r.block_number} /> },
  { key: 'kind', label: 'Event', render: (r) => <span className={`pill ${r.kind === 'registered' ? 'ok' : 'fail'}`}>{r.kind}</span> },
  { key: 'uid', label: 'UID', render: (r) => r.uid, align: 'right' },
  { key: 'hotkey', label: 'Hotkey', render: (r) => <Address address={r.hotkey} /> },
  { key: 'coldkey', label: 'Coldkey', render: (r) => <Address address={r.coldkey} /> },
  { key: 'burn', label: 'Burn', render: (r) => (r.burn === null ? '—' : formatTao(r.burn)), align: 'right' },
];

export default function SubnetPage({ params }: PageProps) {
  const netuid = Number(params.netuid);
  const head = useHeadNumber();
  const metaVersion = useMetagraphVersion(netuid);
  const liveSubnets = useLiveSubnets();
  const [interval, setCandleInterval] = useState<CandleInterval>('15m');
  const [tab, setTab] = useState('metagraph');

  const detail = useApi<ItemResponse<SubnetDetail>>(paths.subnet(netuid), Math.floor(head / 10));
  const metagraph = useApi<ListResponse<Neuron>>(paths.metagraph(netuid), metaVersion);
  // newest first from the API (so the window follows the chain's time, whatever the browser's clock says)
  const candles = useApi<ListResponse<Candle>>(paths.candles(netuid, interval), Math.floor(head / 10));
  const ascending = useMemo(() => [...(candles.data?.data ?? [])].reverse(), [candles.data]);
  const pool = useApi<ListResponse<PoolPoint>>(paths.poolHistory(netuid), Math.floor(head / 20));
  const regCost = useApi<ListResponse<RegistrationCostPoint>>(paths.registrationCost(netuid), Math.floor(head / 50));
  const emission = useApi<ListResponse<EmissionPoint>>(paths.subnetEmission(netuid), Math.floor(head / 20));
  // loaded when its tab opens
  const registrations = useApi<ListResponse<Registration>>(tab === 'registration' ? paths.registrations(netuid) : null, metaVersion);

  const d = detail.data?.data;
  // the socket's figures are newer than the detail's; merge the market fields from them
  const liveRow = liveSubnets?.find((s) => s.netuid === netuid);
  const s = d ? { ...d, ...(liveRow && liveRow.block_number >= d.block_number ? liveRow : {}) } : liveRow;
  const symbol = s?.symbol || 'α';
  const neurons = metagraph.data?.data ?? [];
  const columns = useMemo(() => metagraphColumns(symbol, head), [symbol, head]);

  const distributions = useMemo(() => {
    const incentive = neurons
      .filter((n) => neuronRole(n) === 'miner')
      .map((n) => ({ label: String(n.uid), value: Number(n.incentive) }))
      .sort((a, b) => b.value - a.value);
    const perColdkey = new Map<string, number>();
    for (const n of neurons) perColdkey.set(n.coldkey, (perColdkey.get(n.coldkey) ?? 0) + 1);
    const coldkeys = [...perColdkey.entries()].sort((a, b) => b[1] - a[1]).map(([c, count]) => ({ label: `${c.slice(0, 5)}…`, value: count, coldkey: c }));
    return { incentive, coldkeys };
  }, [neurons]);

  if (detail.error && !s) return <ErrorBox error={detail.error} />;
  if (!s) return <Loading what="Loading subnet" />;

  const validators = neurons.filter((n) => neuronRole(n) === 'validator').length;
  // the snapshot the table shows (taken at an epoch or a registration)
  const snapshotBlock = neurons.reduce((m, n) => Math.max(m, n.block_number), 0);
  const immune = neurons.filter((n) => n.is_immune).length;

  return (
    <>
      <div className="page-head">
        <h1 data-testid="subnet-title">
          <span className="pill">{symbol}</span> {s.name || `Subnet ${netuid}`} <span className="muted">#{netuid}</span>
        </h1>
        <span className="sub">
          registered at <BlockLink n={s.registered_at_block} /> · tempo {s.tempo}
        </span>
      </div>
      <div className="stats">
        <Stat label="Price" value={<span data-testid="subnet-price">{formatPrice(s.price)}</span>} sub={`EMA ${formatPrice(s.ema_price)} · per ${symbol}`} />
        <Stat label="Market cap" value={formatTaoCompact(s.market_cap)} />
        <Stat label="Emission share" value={formatRatioPercent(s.emission_share)} sub={`${formatTao(s.tao_in_emission)} in / block`} />
        <Stat label="TAO in pool" value={<span data-testid="subnet-tao-in">{formatTao(s.tao_in)}</span>} />
        <Stat label="Alpha in pool" value={formatAlpha(s.alpha_in, symbol)} sub={`${formatAlpha(s.alpha_out, symbol)} outstanding`} />
        <Stat label="Neurons" value={`${s.n} / ${s.max_n}`} sub={`${validators} validators · ${immune} immune`} />
        <Stat label="Registration cost" value={formatTao(s.registration_cost)} />
        <Stat label="Volume 24h" value={formatTaoCompact(s.tao_volume_24h)} sub={`flow ${formatTaoCompact(s.tao_flow_24h)}`} />
      </div>

      <Card
        title={`Price (τ per ${symbol})`}
        actions={
          <div className="seg" role="group" aria-label="Candle interval">
            {INTERVALS.map((i) => (
              <button key={i} type="button" className={i === interval ? 'active' : ''} onClick={() => setCandleInterval(i)}>
                {i}
              </button>
            ))}
          </div>
        }
      >
        <CandleChart candles={ascending} />
      </Card>

      <div className="grid">
        <Card title="Pool reserves">
          <SeriesChart
            data={(pool.data?.data ?? [])
              .slice()
              .sort((a, b) => a.block_number - b.block_number)
              .map((p) => ({ x: p.block_number, tao: raoToTaoNumber(p.tao_in), alpha: raoToTaoNumber(p.alpha_in) }))}
            series={[
              { key: 'tao', label: 'TAO in' },
              { key: 'alpha', label: `${symbol} in` },
            ]}
            yFormat={(v) => v.toFixed(2)}
          />
        </Card>
        <Card title="Emission share (%)">
          <SeriesChart
            area
            data={(emission.data?.data ?? [])
              .slice()
              .sort((a, b) => a.block_number - b.block_number)
              .map((p) => ({ x: p.block_number, share: Number(p.emission_share) * 100 }))}
            series={[{ key: 'share', label: 'Emission share' }]}
            yFormat={(v) => `${v.toFixed(2)}%`}
          />
        </Card>
      </div>

      <Card>
        <Tabs
          tabs={[
            { key: 'metagraph', label: `Metagraph (${neurons.length})` },
            { key: 'distribution', label: 'Distribution' },
            { key: 'registration', label: 'Registration' },
            { key: 'hyperparameters', label: 'Hyperparameters' },
            { key: 'owner', label: 'Owner & identity' },
          ]}
          active={tab}
          onChange={setTab}
        />
        {tab === 'metagraph' &&
          (metagraph.loading ? (
            <Loading what="Loading metagraph" />
          ) : (
            <>
              {snapshotBlock > 0 && (
                <p className="muted" style={{ margin: '4px 0 8px' }}>
                  Snapshot at block{' '}
                  <span data-testid="metagraph-block" data-block={snapshotBlock}>
                    <BlockLink n={snapshotBlock} />
                  </span>
                </p>
              )}
              <DataTable rows={neurons} columns={columns} rowKey={(n) => n.uid} initialSort={{ key: 'stake', desc: true }} testId="metagraph-table" empty="No neurons registered" />
            </>
          ))}
        {tab === 'distribution' && (
          <div className="grid">
            <div>
              <h2>Miner incentive (by uid)</h2>
              <BarsChart data={distributions.incentive} yFormat={(v) => v.toFixed(3)} />
            </div>
            <div>
              <h2>Neurons per coldkey</h2>
              <BarsChart data={distributions.coldkeys} color="#f6ad55" />
            </div>
          </div>
        )}
        {tab === 'registration' && (
          <>
            <h2>Registration cost (burn)</h2>
            <SeriesChart
              data={(regCost.data?.data ?? [])
                .slice()
                .sort((a, b) => a.block_number - b.block_number)
                .map((p) => ({ x: p.block_number, burn: raoToTaoNumber(p.burn) }))}
              series={[{ key: 'burn', label: 'Burn (τ)' }]}
              yFormat={(v) => `τ${v.toFixed(4)}`}
            />
            <h2 style={{ margin: '12px 0 6px' }}>Registrations</h2>
            <DataTable
              rows={registrations.data?.data ?? []}
              columns={registrationColumns}
              rowKey={(r) => `${r.block_number}-${r.uid}-${r.kind}-${r.hotkey}`}
              empty={registrations.loading ? 'Loading…' : 'No registrations'}
            />
          </>
        )}
        {tab === 'hyperparameters' && (
          <InfoTable
            testId="hyperparameters"
            rows={Object.entries(d?.hyperparameters ?? {})
              .sort(([a], [b]) => a.localeCompare(b))
              .map(([k, v]) => [k, <span className="mono">{String(v)}</span>])}
          />
        )}
        {tab === 'owner' && (
          <>
            <InfoTable
              rows={[
                ['Owner coldkey', <Address address={s.owner_coldkey} full />],
                ['Owner hotkey', <Address address={s.owner_hotkey} full />],
                ['Registered at', <BlockLink n={s.registered_at_block} />],
                ['Mechanism', s.mechanism === 1 ? 'dynamic (dTAO pool)' : 'stable'],
              ]}
            />
            <h2 style={{ margin: '12px 0 6px' }}>Identity</h2>
            {d?.identity ? <JsonView value={d.identity} /> : <div className="muted">No identity set</div>}
          </>
        )}
      </Card>
    </>
  );
}
