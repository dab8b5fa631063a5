// Candlestick price chart on lightweight-charts (canvas; cheap for thousands of bars, but the page still
// asks the API for a bounded range).
import { useEffect, useMemo, useRef } from 'react';
import { CandlestickSeries, ColorType, HistogramSeries, createChart, type IChartApi, type UTCTimestamp } from 'lightweight-charts';
import type { Candle } from '../types.js';

export function CandleChart({ candles, height = 300 }: { candles: Candle[]; height?: number }) {
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<IChartApi | null>(null);
  const seriesRef = useRef<{ price: ReturnType<IChartApi['addSeries']>; volume: ReturnType<IChartApi['addSeries']> } | null>(null);

  useEffect(() => {
    if (!el.current) return;
    const c = createChart(el.current, {
      autoSize: true,
      layout: { background: { type: ColorType.Solid, color: 'transparent' }, textColor: '#9aa4af', fontSize: 11 },
      grid: { vertLines: { color: '#21262d' }, horzLines: { color: '#21262d' } },
      timeScale: { timeVisible: true, secondsVisible: false, borderColor: '#30363d' },
      rightPriceScale: { borderColor: '#30363d' },
      localization: { priceFormatter: (p: number) => `τ${p.toPrecision(6)}` },
    });
    const price = c.addSeries(CandlestickSeries, {
      upColor: '#3fb950',
      downColor: '#f85149',
      borderVisible: false,
      wickUpColor: '#3fb950',
      wickDownColor: '#f85149',
      priceFormat: { type: 'price', precision: 9, minMove: 1e-9 },
    });
    const volume = c.addSeries(HistogramSeries, { priceScaleId: 'vol', color: '#30363d', priceFormat: { type: 'volume' }, lastValueVisible: false, priceLineVisible: false });
    c.priceScale('vol').applyOptions({ scaleMargins: { top: 0.8, bottom: 0 } });
    chart.current = c;
    seriesRef.current = { price, volume };
    return () => {
      c.remove();
      chart.current = null;
      seriesRef.current = null;
    };
  }, []);

  // one bar per bucket, oldest first (also how many bars the chart draws: `data-candles`, for tests)
  const rows = useMemo(() => {
    const seen = new Set<number>();
    return candles.filter((k) => (seen.has(k.time) ? false : (seen.add(k.time), true))).sort((a, b) => a.time - b.time);
  }, [candles]);

  useEffect(() => {
    const s = seriesRef.current;
    if (!s) return;
    s.price.setData(rows.map((k) => ({ time: k.time as UTCTimestamp, open: Number(k.open), high: Number(k.high), low: Number(k.low), close: Number(k.close) })));
    s.volume.setData(rows.map((k) => ({ time: k.time as UTCTimestamp, value: Number(k.volume_tao) / 1e9 })));
    chart.current?.timeScale().fitContent();
  }, [rows]);

  return <div ref={el} className="chart candles" style={{ height }} data-testid="candles" data-candles={rows.length} />;
}
