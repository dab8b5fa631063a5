// One block (by number or hash) with its extrinsics and events.
import { useRef, useState } from 'react';
import type { PageProps } from '../App.js';
import { useApi } from '../api.js';
import { eventColumns, extrinsicColumns } from '../components/chainTables.js';
import { BlockLink, Card, DataTable, ErrorBox, Hash, InfoTable, Loading, Tabs } from '../components/ui.js';
import { formatTimestamp } from '../format.js';
import { useThrottledHead } from '../live.js';
import { paths } from '../paths.js';
import type { BlockDetail, ItemResponse } from '../types.js';

export default function BlockPage({ params }: PageProps) {
  const head = useThrottledHead();
  const [tab, setTab] = useState('extrinsics');
  // re-ask on new blocks while this one is not yet indexed or not yet finalized; a final block never changes
  const settled = useRef(false);
  const res = useApi<ItemResponse<BlockDetail>>(paths.block(params.id), settled.current ? 0 : head);
  const b = res.data?.data;
  settled.current = b?.finalized === true;
  if (!b) return res.error ? <ErrorBox error={res.error} /> : <Loading what="Loading block" />;
  return (
    <>
      <div className="page-head">
        <h1 data-testid="block-title">Block #{b.block_number.toLocaleString('en-US')}</h1>
        {b.finalized ? <span className="pill ok">finalized</span> : <span className="pill">not finalized</span>}
      </div>
      <Card>
        <InfoTable
          testId="block-info"
          rows={[
            ['Number', <span data-testid="block-number">{b.block_number}</span>],
            ['Hash', <Hash hash={b.hash} full />],
            ['Parent', <Hash hash={b.parent_hash} to={b.block_number > 0 ? `/blocks/${b.block_number - 1}` : undefined} full />],
            ['State root', <Hash hash={b.state_root} full />],
            ['Extrinsics root', <Hash hash={b.extrinsics_root} full />],
            ['Time', formatTimestamp(b.timestamp)],
            ['Next', <BlockLink n={b.block_number + 1} />],
          ]}
        />
      </Card>
      <Card>
        <Tabs
          tabs={[
            { key: 'extrinsics', label: `Extrinsics (${b.extrinsics.length})` },
            { key: 'events', label: `Events (${b.events.length})` },
          ]}
          active={tab}
          onChange={setTab}
        />
        {tab === 'extrinsics' && <DataTable rows={b.extrinsics} columns={extrinsicColumns} rowKey={(x) => x.id} testId="block-extrinsics" />}
        {tab === 'events' && <DataTable rows={b.events} columns={eventColumns} rowKey={(e) => e.id} testId="block-events" />}
      </Card>
    </>
  );
}
