// The marquee: each Service as a sign above the band (name, type, ClusterIP:port, selector), its
// audience (requests/s), the load control on it, and the flow through kube-proxy to the musicians it
// routes to. Only Ready endpoints receive; errors show as an icon plus words; every figure is text.
// Dots replay once per wall second (finite animations, so a paused cluster is still); reduced
// motion keeps them still. In the concert hall (`variant="scene"`, scene/front/FrontLayer) the
// audience walks on the picture instead, so the per-pod rows are kept for screen readers only, as
// static text (no lanes, no dots: nothing animates where nobody sees it).
import { memo, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useApp, useSessionContext } from '../app/use-store';
import type { Service } from '../session/types';
import { dotCount, endpointText, errorBreakdown, FRESH_MS, flowRows, formatRate, selectorText } from './flow';
import { LoadControl } from './LoadControl';
import { currentPoint, recentErrors, serviceKey } from './traffic-history';
import './traffic.css';

/** Dot names (a key per dot; the beat in the key remounts them each wall second). */
const DOTS = ['a', 'b', 'c', 'd', 'e', 'f'];

/** Services that route to pods; `kubernetes` (no selector, endpoints are the API server) is left out. */
export function marqueeServices(s: { services?: Service[] }): Service[] {
  return (s.services ?? []).filter((x) => Object.keys(x.spec?.selector ?? {}).length > 0);
}

function useMarqueeServices(): Service[] {
  return useApp(useShallow(marqueeServices));
}

export function Marquees() {
  const services = useMarqueeServices();
  if (services.length === 0) return null;
  return (
    <div className="marquees">
      {services.map((s) => (
        <Marquee key={s.metadata.uid} service={s} />
      ))}
    </div>
  );
}

export type MarqueeVariant = 'panel' | 'scene';

export const Marquee = memo(function Marquee({ service, variant = 'panel' }: { service: Service; variant?: MarqueeVariant }) {
  const { actions } = useSessionContext();
  const name = service.metadata.name;
  const namespace = service.metadata.namespace ?? 'default';
  const key = serviceKey(namespace, name);
  const selected = useApp(
    (s) => s.selection?.kind === 'Service' && s.selection.name === name && (s.selection.namespace ?? 'default') === namespace,
  );
  // Derived in the selectors (a history entry or a number), so the marquee re-renders when its
  // figures change — once a virtual second — not on every frame that moves the clock.
  const load = useApp((s) => s.loads?.[key] ?? 0);
  const point = useApp((s) => currentPoint(s.traffic?.[key], s.now));
  const lately = useApp((s) => recentErrors(s.traffic?.[key], s.now));
  const errors = point?.errors ?? 0;
  const headingId = `marquee-${service.metadata.uid}`;
  return (
    <section className={`marquee marquee--${variant}${selected ? ' marquee--selected' : ''}`} aria-label={`Service ${name}`}>
      <button
        type="button"
        className="marquee__sign"
        aria-pressed={selected}
        onClick={() => actions.select({ kind: 'Service', namespace, name })}
      >
        <span className="marquee__bulbs" aria-hidden="true" />
        <span className="marquee__name" id={headingId}>
          <span className="visually-hidden">Service </span>
          {name}
        </span>
        <span className="marquee__meta">
          {service.spec?.type ?? 'ClusterIP'} · {endpointText(service)} · selector {selectorText(service)}
        </span>
      </button>
      <div className="marquee__figures">
        <p className="marquee__audience">
          <AudienceIcon />
          Audience: <strong data-testid="service-rps">{formatRate(point?.requests ?? 0)} requests/s</strong>
          <span className="muted"> (set to {formatRate(load)})</span>
        </p>
        <p>
          <span aria-hidden="true">✓ </span>
          {formatRate((point?.requests ?? 0) - errors)} ok/s · p95 {formatRate(point?.p95 ?? 0)} ms
        </p>
        <p className={errors > 0 ? 'marquee__errors marquee__errors--now' : 'marquee__errors'}>
          <span aria-hidden="true">{errors > 0 ? '⚠ ' : '· '}</span>
          <span data-testid="service-errors">
            {formatRate(errors)} errors/s{point && errors > 0 ? `: ${errorBreakdown(point)}` : ''}
          </span>
          {lately > 0 && <span className="muted"> · {formatRate(lately)} in the last 10 s</span>}
        </p>
      </div>
      <LoadControl namespace={namespace} name={name} compact={variant === 'scene'} />
      <Flow service={service} variant={variant} />
    </section>
  );
});

/** Rows drawn per Service; the rest are summed in one line, as a crowd on a stage is counted. */
const MAX_FLOW_ROWS = 10;

const Flow = memo(function Flow({ service, variant }: { service: Service; variant: MarqueeVariant }) {
  // Inputs by identity (the mirror keeps them stable), so a frame that only moves the clock costs nothing.
  const pods = useApp((s) => s.pods);
  const podTraffic = useApp((s) => s.podTraffic);
  const podTrafficAt = useApp((s) => s.podTrafficAt);
  const fresh = useApp((s) => s.podTrafficAt !== undefined && s.now - s.podTrafficAt < FRESH_MS);
  const rows = useMemo(
    () => flowRows(service, pods, fresh ? podTraffic : undefined, podTrafficAt, podTrafficAt ?? 0),
    [service, pods, podTraffic, podTrafficAt, fresh],
  );
  // One replay of the dots per wall second, whatever the speed. The scene's rows are for screen
  // readers only: static text that changes when the figures do, no dots and no beat (issue 10).
  const seen = variant === 'panel';
  const beat = useApp((s) => (seen ? Math.floor((s.podTrafficAt ?? 0) / (1000 * Math.max(1, s.speed))) : 0));
  const owner = commonPrefix(rows.map((r) => r.pod));
  if (rows.length === 0) {
    return <p className="muted small marquee__empty">No pods match the selector: requests are refused.</p>;
  }
  // The same count as the figures above (readyEndpoints): a row is an endpoint when its pod is.
  const ready = rows.filter((r) => r.endpoint).length;
  const shown = rows.slice(0, MAX_FLOW_ROWS);
  const rest = rows.slice(MAX_FLOW_ROWS);
  const restRps = rest.reduce((a, r) => a + r.rps, 0);
  const restErrors = rest.reduce((a, r) => a + r.errors, 0);
  return (
    <>
      <p className="marquee__route">
        via kube-proxy to {ready} ready endpoint{ready === 1 ? '' : 's'}
        {ready < rows.length ? ` (${rows.length - ready} not ready: they get nothing)` : ''}
      </p>
      <ul
        className={variant === 'scene' ? 'marquee__flow visually-hidden' : 'marquee__flow'}
        aria-label={`Where the requests to ${service.metadata.name} go`}
      >
        {shown.map((r) => (
          <li key={r.pod} className={r.endpoint ? 'flow-row' : 'flow-row flow-row--out'}>
            <span className="flow-row__pod" title={r.pod}>
              {r.pod.slice(owner.length) || r.pod}
            </span>
            {seen && (
              <span className="flow-row__lane" aria-hidden="true">
                <span className="flow-row__bar" style={{ width: `${Math.round(r.share * 100)}%` }} />
                {DOTS.slice(0, dotCount(r.rps)).map((d, i) => (
                  <span
                    key={`${beat}-${d}`}
                    className="flow-row__dot"
                    style={{ animationDelay: `${i * 110}ms`, left: `${(i * 100) / 6}%` }}
                  />
                ))}
              </span>
            )}
            <span className="flow-row__text">
              <span className="visually-hidden">Pod {r.pod}: </span>
              {r.endpoint ? `${formatRate(r.rps)} requests/s` : `${r.why}: receives nothing`}
              {r.errors > 0 && (
                <span className="flow-row__err">
                  {' '}
                  <span aria-hidden="true">✕</span> {formatRate(r.errors)} failed/s
                </span>
              )}
            </span>
          </li>
        ))}
        {rest.length > 0 && (
          <li className="flow-row flow-row--more">
            + {rest.length} more pods: {formatRate(restRps)} requests/s{restErrors > 0 ? `, ${formatRate(restErrors)} failed/s` : ''}
          </li>
        )}
      </ul>
    </>
  );
});

/** Three heads: the audience (an SVG, since emoji fonts are not everywhere). */
function AudienceIcon() {
  return (
    <svg viewBox="0 0 24 16" aria-hidden="true" focusable="false">
      <circle cx="5" cy="5" r="2.5" />
      <circle cx="12" cy="4" r="3" />
      <circle cx="19" cy="5" r="2.5" />
      <path d="M0 15c0-3 2-5 5-5s5 2 5 5zM6 15c0-4 3-6 6-6s6 2 6 6zM14 15c0-3 2-5 5-5s5 2 5 5z" />
    </svg>
  );
}

/** `nginx-deployment-7c5ddbdf54-` from the pods' names, so rows show the distinguishing tail. */
function commonPrefix(names: string[]): string {
  if (names.length < 2) {
    const m = names[0]?.match(/^(.*-)[^-]+$/);
    return m ? m[1] : '';
  }
  let p = names[0];
  for (const n of names) while (!n.startsWith(p)) p = p.slice(0, -1);
  const cut = p.lastIndexOf('-');
  return cut >= 0 ? p.slice(0, cut + 1) : '';
}
