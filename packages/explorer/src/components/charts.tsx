// Recharts-based charts (loaded lazily so tables render before the chart library arrives). Every chart
// bounds its point count with `downsample`, whatever the API returned.
import { Area, AreaChart, Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { downsample } from '../format.js';

export const PALETTE = ['#4fd1c5', '#f6ad55', '#9f7aea', '#63b3ed', '#fc8181', '#68d391', '#f687b3', '#ecc94b', '#a0aec0', '#ed64a6'];
const MAX_POINTS = 300;
const axis = { stroke: '#7d8590', fontSize: 11 };
const tooltipStyle = { background: '#161b22', border: '1px solid #30363d', borderRadius: 6, fontSize: 12 };

export interface SeriesSpec {
  key: string;
  label: string;
  color?: string;
  /** Plot against a second y axis on the right (for a series of a much smaller scale). */
  right?: boolean;
}

export type Point = { x: number } & Record<string, number | null>;

function xTickFormatter(kind: 'block' | 'time') {
  return (v: number) => (kind === 'time' ? new Date(v * 1000).toISOString().slice(5, 16).replace('T', ' ') : `#${v}`);
}

/** Lines over blocks or time; `yFormat` formats tick and tooltip values. */
export function SeriesChart({
  data,
  series,
  xKind = 'block',
  yFormat = (v: number) => String(v),
  height = 240,
  area = false,
  referenceY,
}: {
  data: Point[];
  series: SeriesSpec[];
  xKind?: 'block' | 'time';
  yFormat?: (v: number) => string;
  height?: number;
  area?: boolean;
  referenceY?: { y: number; label: string };
}) {
  const points = downsample(data, MAX_POINTS);
  if (points.length === 0) return <div className="muted chart-empty">No history yet</div>;
  const common = { data: points, margin: { top: 8, right: 12, bottom: 0, left: 0 } };
  const children = [
    <CartesianGrid key="g" stroke="#21262d" vertical={false} />,
    <XAxis key="x" dataKey="x" type="number" domain={['dataMin', 'dataMax']} tickFormatter={xTickFormatter(xKind)} {...axis} />,
    <YAxis key="y" yAxisId="left" tickFormatter={yFormat} width={72} {...axis} />,
    series.some((x) => x.right) ? <YAxis key="y2" yAxisId="right" orientation="right" tickFormatter={yFormat} width={64} {...axis} /> : null,
    <Tooltip key="t" contentStyle={tooltipStyle} labelFormatter={(v) => xTickFormatter(xKind)(Number(v))} formatter={(v) => yFormat(Number(v))} />,
    series.length > 1 ? <Legend key="l" wrapperStyle={{ fontSize: 12 }} /> : null,
    referenceY ? <ReferenceLine key="r" yAxisId="left" y={referenceY.y} stroke="#fc8181" strokeDasharray="4 4" label={{ value: referenceY.label, fill: '#fc8181', fontSize: 11 }} /> : null,
  ];
  return (
    <div className="chart" style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        {area ? (
          <AreaChart {...common}>
            {children}
            {series.map((s, i) => (
              <Area key={s.key} yAxisId={s.right ? 'right' : 'left'} dataKey={s.key} name={s.label} type="monotone" stroke={s.color ?? PALETTE[i % PALETTE.length]} fill={s.color ?? PALETTE[i % PALETTE.length]} fillOpacity={0.15} isAnimationActive={false} connectNulls />
            ))}
          </AreaChart>
        ) : (
          <LineChart {...common}>
            {children}
            {series.map((s, i) => (
              <Line key={s.key} yAxisId={s.right ? 'right' : 'left'} dataKey={s.key} name={s.label} type="monotone" stroke={s.color ?? PALETTE[i % PALETTE.length]} dot={false} strokeWidth={2} isAnimationActive={false} connectNulls />
            ))}
          </LineChart>
        )}
      </ResponsiveContainer>
    </div>
  );
}

/** Vertical bars of labelled values (distributions). */
export function BarsChart({ data, yFormat = (v: number) => String(v), height = 220, color = PALETTE[0] }: { data: { label: string; value: number }[]; yFormat?: (v: number) => string; height?: number; color?: string }) {
  const points = downsample(data, MAX_POINTS);
  if (points.length === 0) return <div className="muted chart-empty">No data yet</div>;
  return (
    <div className="chart" style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={points} margin={{ top: 8, right: 12, bottom: 0, left: 0 }}>
          <CartesianGrid stroke="#21262d" vertical={false} />
          <XAxis dataKey="label" {...axis} />
          <YAxis tickFormatter={yFormat} width={64} {...axis} />
          <Tooltip contentStyle={tooltipStyle} formatter={(v) => yFormat(Number(v))} />
          <Bar dataKey="value" fill={color} maxBarSize={48} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
