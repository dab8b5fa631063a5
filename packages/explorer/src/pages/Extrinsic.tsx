// One extrinsic (by "<block>-<index>" or hash): call, signer, result, fee, args and its events.
import type { PageProps } from '../App.js';
import { useApi } from '../api.js';
import { eventColumns } from '../components/chainTables.js';
import { Address, BlockLink, Card, DataTable, ErrorBox, Hash, InfoTable, JsonView, Loading } from '../components/ui.js';
import { formatTao, formatTimestamp } from '../format.js';
import { paths } from '../paths.js';
import type { ChainEvent, Extrinsic, ItemResponse, ListResponse } from '../types.js';

export default function ExtrinsicPage({ params }: PageProps) {
  const res = useApi<ItemResponse<Extrinsic>>(paths.extrinsic(params.id));
  const events = useApi<ListResponse<ChainEvent>>(paths.events({ extrinsic_id: params.id }, 1, 100));
  const x = res.data?.data;
  if (!x) return res.error ? <ErrorBox error={res.error} /> : <Loading what="Loading extrinsic" />;
  return (
    <>
      <div className="page-head">
        <h1>
          Extrinsic <span data-testid="extrinsic-id">{x.id}</span>
        </h1>
        <span className={`pill ${x.success ? 'ok' : 'fail'}`}>{x.success ? 'success' : 'failed'}</span>
      </div>
      <Card>
        <InfoTable
          testId="extrinsic-info"
          rows={[
            ['Block', <BlockLink n={x.block_number} />],
            ['Index', x.index],
            ['Hash', <Hash hash={x.hash} full />],
            ['Call', <span data-testid="extrinsic-call">{`${x.call_module}.${x.call_name}`}</span>],
            ['Signer', x.signer ? <Address address={x.signer} full /> : 'unsigned'],
            ['Nonce', x.nonce ?? '—'],
            ['Fee', formatTao(x.fee, 9)],
            ['Tip', formatTao(x.tip, 9)],
            ['Error', x.error ? `${x.error.module}.${x.error.name}` : '—'],
            ['Time', formatTimestamp(x.timestamp)],
          ]}
        />
      </Card>
      <Card title="Arguments">
        <JsonView value={x.args} />
      </Card>
      <Card title="Events">
        <DataTable rows={events.data?.data ?? []} columns={eventColumns} rowKey={(e) => e.id} />
      </Card>
    </>
  );
}
