// Charts load in their own chunks, and only once the browser is idle after the page's first paint: the
// tables and figures a reader came for render first, without competing with ~600 KiB of chart code.
import { Suspense, lazy, useEffect, useState, type ComponentProps } from 'react';

const SeriesChartImpl = lazy(() => import('./charts.js').then((m) => ({ default: m.SeriesChart })));
const BarsChartImpl = lazy(() => import('./charts.js').then((m) => ({ default: m.BarsChart })));
const CandleChartImpl = lazy(() => import('./candles.js').then((m) => ({ default: m.CandleChart })));

let idle = false;

/** False until the browser has been idle once since the app started (then true for good). */
function useIdle(): boolean {
  const [ready, setReady] = useState(idle);
  useEffect(() => {
    if (ready) return;
    const done = () => {
      idle = true;
      setReady(true);
    };
    if (typeof window.requestIdleCallback === 'function') {
      const id = window.requestIdleCallback(done, { timeout: 600 });
      return () => window.cancelIdleCallback(id);
    }
    const t = setTimeout(done, 200);
    return () => clearTimeout(t);
  }, [ready]);
  return ready;
}

const placeholder = (height = 240) => (
  <div className="muted chart-empty" style={{ height }}>
    Loading chart…
  </div>
);

export function SeriesChart(props: ComponentProps<typeof SeriesChartImpl>) {
  const ready = useIdle();
  if (!ready) return placeholder(props.height);
  return (
    <Suspense fallback={placeholder(props.height)}>
      <SeriesChartImpl {...props} />
    </Suspense>
  );
}
export function BarsChart(props: ComponentProps<typeof BarsChartImpl>) {
  const ready = useIdle();
  if (!ready) return placeholder(props.height);
  return (
    <Suspense fallback={placeholder(props.height)}>
      <BarsChartImpl {...props} />
    </Suspense>
  );
}
export function CandleChart(props: ComponentProps<typeof CandleChartImpl>) {
  const ready = useIdle();
  if (!ready) return placeholder(props.height ?? 300);
  return (
    <Suspense fallback={placeholder(props.height ?? 300)}>
      <CandleChartImpl {...props} />
    </Suspense>
  );
}
