// Extrinsics with filters (block, signer, pallet.call, result).
import type { PageProps } from '../App.js';
import { EXTRINSIC_FILTERS } from '../App.js';
import { useApi } from '../api.js';
import { extrinsicColumns } from '../components/chainTables.js';
import { Card, DataTable, ErrorBox, Loading, Pager } from '../components/ui.js';
import { useThrottledHead } from '../live.js';
import { paths } from '../paths.js';
import { navigate } from '../router.js';
import type { Extrinsic, ListResponse } from '../types.js';

export default function Extrinsics({ query }: PageProps) {
  const page = Number(query.get('page') ?? 1);
  const filter = Object.fromEntries(EXTRINSIC_FILTERS.map((k) => [k, query.get(k) ?? undefined]));
  const head = useThrottledHead(2_000);
  const res = useApi<ListResponse<Extrinsic>>(paths.extrinsics(filter, page), page === 1 ? head : 0);
  const active = Object.entries(filter).filter(([, v]) => v !== undefined);
  const go = (p: number) => {
    const q = new URLSearchParams(query);
    q.set('page', String(p));
    navigate(`/extrinsics?${q.toString()}`);
  };
  return (
    <>
      <div className="page-head">
        <h1>Extrinsics</h1>
        {active.length > 0 && (
          <span className="sub">
            {active.map(([k, v]) => `${k}=${v}`).join(' · ')} · <a href="/extrinsics" onClick={(e) => (e.preventDefault(), navigate('/extrinsics'))}>clear</a>
          </span>
        )}
      </div>
      <ErrorBox error={res.error} />
      <Card>
        {res.loading ? <Loading /> : <DataTable rows={res.data?.data ?? []} columns={extrinsicColumns} rowKey={(x) => x.id} testId="extrinsics-table" />}
        <Pager pagination={res.data?.pagination} onPage={go} />
      </Card>
    </>
  );
}
