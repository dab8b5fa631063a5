// Events with filters (block, pallet, name, extrinsic).
import type { PageProps } from '../App.js';
import { EVENT_FILTERS } from '../App.js';
import { useApi } from '../api.js';
import { eventColumns } from '../components/chainTables.js';
import { Card, DataTable, ErrorBox, Loading, Pager } from '../components/ui.js';
import { paths } from '../paths.js';
import { navigate } from '../router.js';
import type { ChainEvent, ListResponse } from '../types.js';

export default function Events({ query }: PageProps) {
  const page = Number(query.get('page') ?? 1);
  const filter = Object.fromEntries(EVENT_FILTERS.map((k) => [k, query.get(k) ?? undefined]));
  const res = useApi<ListResponse<ChainEvent>>(paths.events(filter, page));
  const active = Object.entries(filter).filter(([, v]) => v !== undefined);
  const go = (p: number) => {
    const q = new URLSearchParams(query);
    q.set('page', String(p));
    navigate(`/events?${q.toString()}`);
  };
  return (
    <>
      <div className="page-head">
        <h1>Events</h1>
        {active.length > 0 && <span className="sub">{active.map(([k, v]) => `${k}=${v}`).join(' · ')}</span>}
      </div>
      <ErrorBox error={res.error} />
      <Card>
        {res.loading ? <Loading /> : <DataTable rows={res.data?.data ?? []} columns={eventColumns} rowKey={(e) => e.id} testId="events-table" />}
        <Pager pagination={res.data?.pagination} onPage={go} />
      </Card>
    </>
  );
}
