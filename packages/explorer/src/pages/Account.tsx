// One account: balances, stake per subnet valued in τ, balance history, transfers and extrinsics.
import { useState } from 'react';
import type { PageProps } from '../App.js';
import { useApi } from '../api.js';
import { SeriesChart } from '../components/lazyCharts.js';
import { Address, BlockLink, Card, DataTable, ErrorBox, Loading, Stat, Tabs, type Column } from '../components/ui.js';
import { compareRao, formatAlpha, formatTao, raoToTaoNumber, toRao } from '../format.js';
import { useHeadNumber, useLiveSubnets } from '../live.js';
import { paths } from '../paths.js';
import { Link } from '../router.js';
import type { AccountDetail, BalancePoint, Extrinsic, ItemResponse, ListResponse, Transfer } from '../types.js';

type StakeRow = AccountDetail['stakes'][number];

export default function AccountPage({ params }: PageProps) {
  const address = params.address;
  const head = useHeadNumber();
  const liveSubnets = useLiveSubnets();
  const [tab, setTab] = useState('transfers');
  const account = useApi<ItemResponse<AccountDetail>>(paths.account(address), Math.floor(head / 5));
  const history = useApi<ListResponse<BalancePoint>>(paths.accountBalanceHistory(address), Math.floor(head / 20));
  const transfers = useApi<ListResponse<Transfer>>(paths.accountTransfers(address), Math.floor(head / 5));
  const extrinsics = useApi<ListResponse<Extrinsic>>(paths.accountExtrinsics(address), Math.floor(head / 5));
  const symbols = new Map((liveSubnets ?? []).map((s) => [s.netuid, s.symbol]));

  const a = account.data?.data;
  const stakeColumns: Column<StakeRow>[] = [
    { key: 'netuid', label: 'Subnet', render: (s) => <Link to={`/subnets/${s.netuid}`}>{s.netuid}</Link>, sort: (x, y) => x.netuid - y.netuid },
    { key: 'hotkey', label: 'Hotkey', render: (s) => <Address address={s.hotkey} to={`/validators/${s.hotkey}`} /> },
    { key: 'alpha', label: 'Alpha', render: (s) => formatAlpha(s.alpha, symbols.get(s.netuid)), sort: (x, y) => compareRao(x.alpha, y.alpha), align: 'right' },
    { key: 'tao', label: 'Value (τ)', render: (s) => formatTao(s.tao_value), sort: (x, y) => compareRao(x.tao_value, y.tao_value), align: 'right' },
  ];
  const transferColumns: Column<Transfer>[] = [
    { key: 'block', label: 'Block', render: (t) => <BlockLink n={t.block_number} /> },
    { key: 'dir', label: '', render: (t) => (t.from === address ? <span className="pill fail">out</span> : <span className="pill ok">in</span>) },
    { key: 'from', label: 'From', render: (t) => <Address address={t.from} /> },
    { key: 'to', label: 'To', render: (t) => <Address address={t.to} /> },
    { key: 'amount', label: 'Amount', render: (t) => formatTao(t.amount), align: 'right' },
    { key: 'fee', label: 'Fee', render: (t) => formatTao(t.fee, 6), align: 'right' },
  ];
  const extrinsicColumns: Column<Extrinsic>[] = [
    { key: 'id', label: 'Extrinsic', render: (x) => <Link to={`/extrinsics/${x.id}`}>{x.id}</Link> },
    { key: 'call', label: 'Call', render: (x) => `${x.call_module}.${x.call_name}` },
    { key: 'ok', label: 'Result', render: (x) => <span className={`pill ${x.success ? 'ok' : 'fail'}`}>{x.success ? 'ok' : (x.error?.name ?? 'failed')}</span> },
    { key: 'fee', label: 'Fee', render: (x) => formatTao(x.fee, 6), align: 'right' },
  ];

  if (account.error && !a) return <ErrorBox error={account.error} />;
  return (
    <>
      <div className="page-head">
        <h1>Account</h1>
        <Address address={address} full />
      </div>
      {!a ? (
        <Loading what="Loading account" />
      ) : (
        <div className="stats" data-testid="account-balances">
          <Stat label="Free" value={<span data-testid="account-free">{formatTao(a.free)}</span>} />
          <Stat label="Reserved" value={formatTao(a.reserved)} />
          <Stat label="Staked (τ value)" value={<span data-testid="account-stake">{formatTao(a.stake_tao)}</span>} />
          <Stat label="Total" value={formatTao(toRao(a.free) + toRao(a.reserved) + toRao(a.stake_tao))} sub={`nonce ${a.nonce}`} />
        </div>
      )}
      <div className="grid">
        <Card title="Stake per subnet">
          <DataTable rows={a?.stakes ?? []} columns={stakeColumns} rowKey={(s) => `${s.hotkey}-${s.netuid}`} initialSort={{ key: 'tao', desc: true }} testId="account-stakes" empty="No stake" />
        </Card>
        <Card title="Balance history">
          <SeriesChart
            area
            data={(history.data?.data ?? [])
              .slice()
              .sort((x, y) => x.block_number - y.block_number)
              .map((p) => ({ x: p.block_number, free: raoToTaoNumber(p.free ?? p.total), total: raoToTaoNumber(p.total ?? p.free) }))}
            series={[
              { key: 'free', label: 'Free (τ)' },
              { key: 'total', label: 'Free + reserved (τ)' },
            ]}
            yFormat={(v) => v.toFixed(2)}
          />
        </Card>
      </div>
      <Card>
        <Tabs
          tabs={[
            { key: 'transfers', label: `Transfers (${transfers.data?.pagination.total_items ?? 0})` },
            { key: 'extrinsics', label: `Extrinsics (${extrinsics.data?.pagination.total_items ?? 0})` },
          ]}
          active={tab}
          onChange={setTab}
        />
        {tab === 'transfers' && <DataTable rows={transfers.data?.data ?? []} columns={transferColumns} rowKey={(t) => t.id} testId="account-transfers" empty="No transfers" />}
        {tab === 'extrinsics' && <DataTable rows={extrinsics.data?.data ?? []} columns={extrinsicColumns} rowKey={(x) => x.id} empty="No extrinsics" />}
      </Card>
    </>
  );
}
