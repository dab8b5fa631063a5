// Accounts ordered by balance.
import type { PageProps } from '../App.js';
import { useApi } from '../api.js';
import { Address, Card, DataTable, ErrorBox, Loading, Pager, type Column } from '../components/ui.js';
import { formatTao } from '../format.js';
import { paths } from '../paths.js';
import { navigate } from '../router.js';
import type { Account, ListResponse } from '../types.js';

const columns: Column<Account>[] = [
  { key: 'address', label: 'Account', render: (a) => <Address address={a.address} /> },
  { key: 'free', label: 'Free', render: (a) => formatTao(a.free), align: 'right' },
  { key: 'reserved', label: 'Reserved', render: (a) => formatTao(a.reserved), align: 'right' },
  { key: 'stake', label: 'Staked (τ value)', render: (a) => formatTao(a.stake_tao), align: 'right' },
  { key: 'total', label: 'Total', render: (a) => formatTao(a.total), align: 'right' },
  { key: 'nonce', label: 'Nonce', render: (a) => a.nonce, align: 'right' },
];

export default function Accounts({ query }: PageProps) {
  const page = Number(query.get('page') ?? 1);
  const res = useApi<ListResponse<Account>>(paths.accounts(page));
  return (
    <>
      <h1>Accounts</h1>
      <ErrorBox error={res.error} />
      <Card>
        {res.loading ? <Loading /> : <DataTable rows={res.data?.data ?? []} columns={columns} rowKey={(a) => a.address} onRowClick={(a) => `/accounts/${a.address}`} />}
        <Pager pagination={res.data?.pagination} onPage={(p) => navigate(`/accounts?page=${p}`)} />
      </Card>
    </>
  );
}
