// Line charts of a Service's last 300 virtual seconds (requests/s, errors/s, p95 latency, Ready
// replicas of the workload behind it, CPU): d3-scale for the axes, d3-shape for the lines. Loaded
// lazily (d3-shape stays out of the first JavaScript). Each chart is a figure whose caption says
// the figures in words, so the picture is never the only way to read it.
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { useSyncExternalStore } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useApp, useSessionContext } from '../app/use-store';
import { formatWhole } from '../format-number';
import type { TrafficPoint, WorkloadKind } from '../session/types';
import { workloadKey } from '../stage/band';
import { CHARTS, niceMax, type SeriesPoint, series, summary, WORKLOAD_CHARTS } from './chart-data';
import { HISTORY_MS, selects, serviceKey } from './traffic-history';
import { recorderFor } from './workload-history';

const W = 320;
const H = 64;
const PAD = { left: 30, right: 4, top: 6, bottom: 12 };
const EMPTY: TrafficPoint[] = [];

export default function Charts({ namespace, name }: { namespace: string; name: string }) {
  const history = useApp((s) => s.traffic?.[serviceKey(namespace, name)] ?? EMPTY);
  // Charts move once per virtual second (when a point arrives), not every frame.
  const now = history.length ? history[history.length - 1].time : 0;
  const workloads = useApp(
    useShallow((s) => {
      const svc = s.services?.find((x) => x.metadata.name === name && (x.metadata.namespace ?? 'default') === namespace);
      return s.deployments
        .filter(
          (d) => (d.metadata.namespace ?? 'default') === namespace && selects(svc?.spec?.selector, d.spec?.template?.metadata?.labels),
        )
        .map((d) => d.metadata.name);
    }),
  );
  return (
    <div className="charts">
      <p className="small muted">
        Last 5 minutes of service/{name}
        {workloads.length ? ` and deployment/${workloads.join(', deployment/')}` : ''}.
      </p>
      {CHARTS.map((spec) => {
        const points = series(history, spec.value, now);
        return <Chart key={spec.id} id={spec.id} points={points} caption={summary(spec, points)} now={now} />;
      })}
    </div>
  );
}

/** Samples arrive once per virtual second at most, and less often when time jumps ahead. */
const WORKLOAD_GAP_MS = 5_000;

/** Replicas and CPU of a Deployment or StatefulSet that no Service selects (so no traffic to plot). */
export function WorkloadCharts({ kind, namespace, name }: { kind: WorkloadKind; namespace: string; name: string }) {
  const recorder = recorderFor(useSessionContext());
  const key = workloadKey(namespace, { kind, name });
  const history = useSyncExternalStore(recorder.subscribe, () => recorder.get(key));
  const now = history.length ? history[history.length - 1].time : 0;
  return (
    <div className="charts">
      <p className="small muted">
        Last 5 minutes of {kind.toLowerCase()}/{name}: no Service selects its pods, so there is no traffic to chart. CPU is what
        metrics-server reports (as <code>kubectl top pods</code>), refreshed every 15 s.
      </p>
      {WORKLOAD_CHARTS.map((spec) => {
        const points = series(history, spec.value, now, WORKLOAD_GAP_MS);
        return <Chart key={spec.id} id={spec.id} points={points} caption={summary(spec, points, 'no figures yet')} now={now} />;
      })}
    </div>
  );
}

/** Re-rendered when its history changes: once per virtual second at most. */
function Chart({ id, points, caption, now }: { id: string; points: SeriesPoint[]; caption: string; now: number }) {
  const defined = points.filter((p): p is { t: number; v: number } => p !== null);
  const top = niceMax(defined.map((p) => p.v));
  // The first five minutes show what there is, from 0:00, rather than an empty left side.
  const start = Math.max(0, now - HISTORY_MS);
  const x = scaleLinear()
    .domain([start, Math.max(now, start + 1000)])
    .range([PAD.left, W - PAD.right]);
  const y = scaleLinear()
    .domain([0, top])
    .range([H - PAD.bottom, PAD.top]);
  const path =
    line<SeriesPoint>()
      .defined((p) => p !== null)
      .x((p) => x((p as { t: number }).t))
      .y((p) => y((p as { v: number }).v))(points) ?? '';
  const bad = id === 'errors';
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="presentation" aria-hidden="true" focusable="false">
        <line className="chart__axis" x1={PAD.left} x2={W - PAD.right} y1={H - PAD.bottom} y2={H - PAD.bottom} />
        <line className="chart__axis" x1={PAD.left} x2={PAD.left} y1={PAD.top} y2={H - PAD.bottom} />
        <text className="chart__tick" x={PAD.left - 3} y={PAD.top + 3} textAnchor="end">
          {formatWhole(top)}
        </text>
        <text className="chart__tick" x={PAD.left - 3} y={H - PAD.bottom} textAnchor="end">
          0
        </text>
        <text className="chart__tick" x={PAD.left} y={H - 1}>
          {spanText(now - start)}
        </text>
        <text className="chart__tick" x={W - PAD.right} y={H - 1} textAnchor="end">
          now
        </text>
        <path className={bad ? 'chart__line chart__line--bad' : 'chart__line'} d={path} />
      </svg>
      <figcaption>{caption}</figcaption>
    </figure>
  );
}

/** `−5 min`, `−40 s`: how far back the left edge is. */
function spanText(ms: number): string {
  const s = Math.round(ms / 1000);
  return s >= 60 ? `−${Math.round(s / 60)} min` : `−${s} s`;
}
