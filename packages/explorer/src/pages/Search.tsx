// Search results for /search?q= (block number or hash, extrinsic, address, subnet, pallet.call).
import type { PageProps } from '../App.js';
import { useApi } from '../api.js';
import { Card, ErrorBox, Loading } from '../components/ui.js';
import { paths } from '../paths.js';
import { Link } from '../router.js';
import type { ItemResponse, SearchResult } from '../types.js';

export default function Search({ query }: PageProps) {
  const q = query.get('q') ?? '';
  const res = useApi<ItemResponse<SearchResult[]>>(q ? paths.search(q) : null);
  const results = res.data?.data ?? [];
  return (
    <>
      <h1>Search: {q}</h1>
      <ErrorBox error={res.error} />
      <Card>
        {res.loading ? (
          <Loading />
        ) : results.length === 0 ? (
          <div className="muted">Nothing matches “{q}”. Try a block number, a block or extrinsic hash, an SS58 address or Pallet.call.</div>
        ) : (
          <div className="list" data-testid="search-results">
            {results.map((r) => (
              <div className="list-row" key={r.path}>
                <Link to={r.path}>{r.label}</Link>
                <span className="pill">{r.kind}</span>
              </div>
            ))}
          </div>
        )}
      </Card>
    </>
  );
}
