// Blocks, newest first; the first page follows the chain live.
import type { PageProps } from '../App.js';
import { useApi } from '../api.js';
import { blockColumns } from '../components/chainTables.js';
import { Card, DataTable, ErrorBox, Loading, Pager } from '../components/ui.js';
import { useThrottledHead } from '../live.js';
import { paths } from '../paths.js';
import { navigate } from '../router.js';
import type { Block, ListResponse } from '../types.js';

export default function Blocks({ query }: PageProps) {
  const page = Number(query.get('page') ?? 1);
  const head = useThrottledHead();
  const res = useApi<ListResponse<Block>>(paths.blocks(page), page === 1 ? head : 0);
  return (
    <>
      <h1>Blocks</h1>
      <ErrorBox error={res.error} />
      <Card>
        {res.loading ? <Loading /> : <DataTable rows={res.data?.data ?? []} columns={blockColumns(Date.now() / 1000)} rowKey={(b) => b.block_number} testId="blocks-table" />}
        <Pager pagination={res.data?.pagination} onPage={(p) => navigate(`/blocks?page=${p}`)} />
      </Card>
    </>
  );
}
