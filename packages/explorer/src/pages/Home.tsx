// Home: chain head, supply against the 21 M cap with the halving schedule, emission, stake split, and the
// latest blocks, transfers and extrinsics — all kept current by the live socket.
import { useEffect, useState } from 'react';
import type { PageProps } from '../App.js';
import { useApi } from '../api.js';
import { Address, BlockLink, Card, ErrorBox, Loading, Stat } from '../components/ui.js';
import { SeriesChart } from '../components/lazyCharts.js';
import { formatDuration, formatInteger, formatTao, formatTaoCompact, raoShare, raoToTaoNumber, timeAgo, toRao } from '../format.js';
import { useLive, useThrottledHead } from '../live.js';
import { paths, sampleEvery } from '../paths.js';
import { Link } from '../router.js';
import type { Block, Extrinsic, ItemResponse, ListResponse, NetworkLatest, NetworkPoint, Transfer } from '../types.js';

function useNow(): number {
  const [now, setNow] = useState(() => Date.now() / 1000);
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now() / 1000), 1000);
    return () => clearInterval(t);
  }, []);
  return now;
}

export default function Home(_: PageProps) {
  const live = useLive();
  const head = live.head?.block_number ?? 0;
  const refresh = useThrottledHead();
  const latest = useApi<ItemResponse<NetworkLatest>>(paths.networkLatest(), refresh);
  const blocks = useApi<ListResponse<Block>>(paths.blocks(1, 10));
  const transfers = useApi<ListResponse<Transfer>>(paths.transfers({}, 1, 10), refresh);
  // transactions: every block also has its Timestamp.set inherent, which would fill the list
  const extrinsics = useApi<ListResponse<Extrinsic>>(paths.extrinsics({ signed: 'true' }, 1, 10), refresh);
  const now = useNow();
  const n = latest.data?.data;
  // the whole chain, sampled to at most CHART_POINTS rows (known once the first figures arrive)
  const every = n ? sampleEvery(n.block_number) : 1;
  const history = useApi<ListResponse<NetworkPoint>>(n ? paths.networkHistory(every) : null, Math.floor(head / every / 10));

  const height = Math.max(head, n?.block_number ?? 0);
  // live blocks first, then fetched ones not yet seen on the socket
  const seen = new Set(live.recentBlocks.map((b) => b.block_number));
  const recent = [...live.recentBlocks, ...(blocks.data?.data ?? []).filter((b) => !seen.has(b.block_number))]
    .sort((a, b) => b.block_number - a.block_number)
    .slice(0, 10);
  const issuance = toRao(n?.total_issuance);
  const cap = toRao(n?.issuance_cap ?? '21000000000000000');
  const issuedPct = cap > 0n ? Number((issuance * 10_000n) / cap) / 100 : 0;
  const eta = n?.halving.eta_seconds ?? null;
  const etaLeft = eta === null || !n ? null : Math.max(0, eta - (now - n.timestamp));

  return (
    <>
      <ErrorBox error={latest.error} />
      <div className="stats" data-testid="home-stats">
        <Stat label="Block height" value={height ? formatInteger(height) : '—'} testId="block-height" sub={live.head ? `${timeAgo(live.head.timestamp, now)}` : undefined} />
        <Stat label="Finalized" value={n ? formatInteger(Math.max(n.finalized_block_number, live.head?.finalized ? head : 0)) : '—'} testId="finalized-height" />
        <Stat
          label="Total issuance"
          testId="total-issuance"
          value={n ? formatTaoCompact(n.total_issuance) : '—'}
          sub={
            n ? (
              <>
                {issuedPct.toFixed(2)}% of {formatTaoCompact(n.issuance_cap)}
                <div className="progress" aria-label="issued of cap">
                  <div style={{ width: `${Math.min(100, issuedPct)}%` }} />
                </div>
              </>
            ) : undefined
          }
        />
        <Stat
          label="Next halving"
          testId="halving-countdown"
          value={etaLeft === null ? '—' : formatDuration(etaLeft)}
          sub={n?.halving.next_halving_block ? `at ~#${formatInteger(n.halving.next_halving_block)} · ${formatTaoCompact(n.halving.next_threshold)} issued` : undefined}
        />
        <Stat label="Emission / day" value={n ? formatTao(n.emission_per_day, 2) : '—'} sub={n ? `${formatTao(n.emission_per_block)} per block` : undefined} testId="emission-per-day" />
        <Stat label="Total stake" value={n ? formatTaoCompact(n.total_stake) : '—'} sub={n ? `${raoShare(n.total_stake, n.total_issuance)} of issuance` : undefined} testId="total-stake" />
        <Stat
          label="Root vs alpha stake"
          testId="stake-split"
          value={n ? `${raoShare(n.root_stake, toRao(n.root_stake) + toRao(n.alpha_stake_tao))} root` : '—'}
          sub={n ? `${formatTaoCompact(n.root_stake)} root · ${formatTaoCompact(n.alpha_stake_tao)} alpha (as τ)` : undefined}
        />
        <Stat label="Subnets · accounts" value={n ? `${n.subnet_count} · ${formatInteger(n.account_count)}` : '—'} testId="counts" />
      </div>

      <div className="grid">
        <Card title="Issuance and stake">
          <SeriesChart
            area
            data={(history.data?.data ?? [])
              .slice()
              .sort((a, b) => a.block_number - b.block_number)
              .map((p) => ({ x: p.block_number, issuance: raoToTaoNumber(p.total_issuance), stake: raoToTaoNumber(p.total_stake) }))}
            series={[
              { key: 'issuance', label: 'Issuance (τ)' },
              { key: 'stake', label: 'Stake (τ, right axis)', right: true },
            ]}
            yFormat={(v) => (v >= 1e6 ? `${(v / 1e6).toFixed(2)}M` : v >= 1e3 ? `${(v / 1e3).toFixed(1)}k` : v.toFixed(2))}
          />
        </Card>
        <Card title="Halving schedule" testId="halving-schedule">
          {n ? (
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th>#</th>
                    <th className="num">Issued at</th>
                    <th className="num">Block (est.)</th>
                    <th>Status</th>
                  </tr>
                </thead>
                <tbody>
                  {n.halving.schedule.map((h, i) => (
                    <tr key={h.threshold}>
                      <td>{i + 1}</td>
                      <td className="num">{formatTaoCompact(h.threshold)}</td>
                      <td className="num">{h.block_estimate === null ? '—' : formatInteger(h.block_estimate)}</td>
                      <td>{i < n.halving.halvings_so_far ? <span className="pill ok">done</span> : i === n.halving.halvings_so_far ? <span className="pill immune">next</span> : <span className="muted">upcoming</span>}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : (
            <Loading />
          )}
        </Card>
      </div>

      <div className="grid three">
        <Card title="Latest blocks" actions={<Link to="/blocks">All blocks</Link>} testId="recent-blocks">
          {recent.length === 0 && blocks.loading ? (
            <Loading />
          ) : (
            <div className="list">
              {recent.map((b) => (
                <div className="list-row" key={b.block_number} data-testid="recent-block">
                  <span>
                    <BlockLink n={b.block_number} /> {b.finalized && <span className="pill ok">final</span>}
                  </span>
                  <span className="muted">
                    {b.extrinsic_count} ext · {b.event_count} ev
                  </span>
                  <span className="muted">{timeAgo(b.timestamp, now)}</span>
                </div>
              ))}
            </div>
          )}
        </Card>
        <Card title="Latest transfers" testId="recent-transfers">
          {transfers.loading ? (
            <Loading />
          ) : (
            <div className="list">
              {(transfers.data?.data ?? []).length === 0 && <div className="muted">No transfers yet</div>}
              {(transfers.data?.data ?? []).map((t) => (
                <div className="list-item" key={t.id}>
                  <div>
                    <span className="addr">
                      <Address address={t.from} /> → <Address address={t.to} />
                    </span>
                  </div>
                  <div>
                    <strong className="mono">{formatTao(t.amount)}</strong>
                    <span className="muted">
                      <BlockLink n={t.block_number} /> · {timeAgo(t.timestamp, now)}
                    </span>
                  </div>
                </div>
              ))}
            </div>
          )}
        </Card>
        <Card title="Latest transactions" actions={<Link to="/extrinsics">All extrinsics</Link>} testId="recent-extrinsics">
          {extrinsics.loading ? (
            <Loading />
          ) : (
            <div className="list">
              {(extrinsics.data?.data ?? []).length === 0 && <div className="muted">No extrinsics yet</div>}
              {(extrinsics.data?.data ?? []).map((x) => (
                <div className="list-item" key={x.id}>
                  <div>
                    <Link to={`/extrinsics/${x.id}`}>
                      {x.call_module}.{x.call_name}
                    </Link>
                    <span className={`pill ${x.success ? 'ok' : 'fail'}`}>{x.success ? 'ok' : 'failed'}</span>
                  </div>
                  <div className="muted">
                    <span>
                      {x.id} · {timeAgo(x.timestamp, now)}
                    </span>
                    {x.signer ? <Address address={x.signer} /> : <span>unsigned</span>}
                  </div>
                </div>
              ))}
            </div>
          )}
        </Card>
      </div>
    </>
  );
}
