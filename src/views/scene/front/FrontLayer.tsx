// The front of house as a layer of the scene, inside `layout.front`: per Service a marquee (the
// traffic Marquee, HTML in a foreignObject, with its load control on it), the traffic cop
// (kube-proxy) and the audience queuing and walking to ready musicians only, read each frame from
// `positions.pod(name)`; failed requests are walkers the cop turns away (✕). Inside `layout.desk`
// and `layout.safe`: the band manager's set lists (ConfigMaps) and pay slips (Secrets), and the
// safe's recordings (PersistentVolumeClaims), tied by lines to the musicians that use them (drawn
// by a lazy chunk, fetched once the cluster holds any: desk-gate.ts).
// React renders structure; one frame loop (podium/frame-loop.ts) moves walkers and lines.
import { memo, Suspense, useMemo, useRef } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { Pod } from '../../../engine';
import type { AppState, Service } from '../../session/types';
import { FRESH_MS, flowRows } from '../../traffic/flow';
import { Marquee, marqueeServices } from '../../traffic/Marquee';
import { currentPoint, serviceKey } from '../../traffic/traffic-history';
import type { SceneLayout, ScenePositions } from '../geometry';
import { fadeOpacity } from '../podium/cue-notes';
import { useSceneFrame } from '../podium/frame-loop';
import { Hidden } from '../podium/Hidden';
import { useLayerSession, useReducedMotionPref } from '../podium/layer-session';
import { type FrontColumn, frontColumns, MAX_WALKERS, podPoint, walkerOpacity, walkerPoint, walkersAt } from './audience';
import { LazyDeskAndSafe, useDeskWanted } from './desk-gate';
import { TYPE } from '../type-scale';
import './front-layer.css';

export interface FrontLayerProps {
  layout: SceneLayout;
  positions: ScenePositions;
}

export const FrontLayer = memo(function FrontLayer({ layout, positions }: FrontLayerProps) {
  const session = useLayerSession();
  const services = useStore(session.store, useShallow(marqueeServices));
  const cols = useMemo(() => frontColumns(layout.front, services.length), [layout.front, services.length]);
  const f = layout.front;
  const desk = useDeskWanted(session);
  return (
    <g className="front-layer">
      <rect x={f.x} y={f.y} width={f.w} height={f.h} rx="8" className="front-layer__floor" />
      {services.length === 0 ? (
        <text
          x={f.x + f.w / 2}
          y={f.y + f.h / 2}
          textAnchor="middle"
          className="front-layer__empty"
          style={{ fontSize: TYPE[layout.orientation].body }}
        >
          No Service yet: nobody comes to listen.
        </text>
      ) : (
        services.map((svc, i) => (
          <ServiceFront key={svc.metadata.uid ?? svc.metadata.name} service={svc} col={cols[i]} layout={layout} positions={positions} />
        ))
      )}
      {desk && (
        <Suspense fallback={null}>
          <LazyDeskAndSafe layout={layout} positions={positions} />
        </Suspense>
      )}
    </g>
  );
});

interface FrontProps {
  service: Service;
  col: FrontColumn;
  layout: SceneLayout;
  positions: ScenePositions;
}

function ServiceFront({ service, col, layout, positions }: FrontProps) {
  const session = useLayerSession();
  const reduced = useReducedMotionPref();
  const walkersRef = useRef<SVGGElement>(null);
  const key = serviceKey(service.metadata.namespace, service.metadata.name);
  const mb = col.marquee;
  // Text in viewBox units. The marquee's smallest words are 0.85 em (front-layer.css): the type
  // scale's smallest in either hall (the phone's too: issue 10, they were 5.6 px there).
  const small = TYPE[layout.orientation].small;
  const fontSize = small / 0.85;
  const size = Math.max(0.5, Math.min(1.4, (layout.front.h / 160) * 1));
  const label = { fontSize: small / size };
  const memo = useRef({
    pods: null as AppState['pods'] | null,
    traffic: null as AppState['podTraffic'] | null,
    fresh: false,
    rows: [] as ReturnType<typeof flowRows>,
    byName: new Map<string, Pod>(),
  });

  useSceneFrame(() => {
    const st = session.store.getState();
    const m = memo.current;
    const fresh = st.podTrafficAt !== undefined && st.now - st.podTrafficAt < FRESH_MS;
    if (st.pods !== m.pods || st.podTraffic !== m.traffic || fresh !== m.fresh) {
      m.rows = flowRows(service, st.pods, fresh ? st.podTraffic : undefined, st.podTrafficAt, st.podTrafficAt ?? 0);
      if (st.pods !== m.pods) m.byName = new Map(st.pods.map((p) => [p.metadata.name, p]));
      Object.assign(m, { pods: st.pods, traffic: st.podTraffic, fresh });
    }
    const errors = currentPoint(st.traffic?.[key], st.now)?.errors ?? 0;
    const walkers = walkersAt(m.rows, errors, st.now, st.speed);
    const slots = [...(walkersRef.current?.children ?? [])] as SVGGElement[];
    let used = 0;
    for (const w of walkers) {
      const slot = slots[used];
      if (!slot) break;
      const target = w.pod ? podPoint(layout, positions, m.byName.get(w.pod), w.pod) : undefined;
      // Reduced motion: no walking; a walker fades in and out where it ends up (its musician, or the cop).
      const p = reduced ? (w.pod ? target : col.cop) : walkerPoint(col, w, target, 6 * size);
      if (!p) continue;
      used++;
      // Written only when changed: a paused hall costs no DOM writes.
      set(slot, 'transform', `translate(${p.x.toFixed(1)} ${p.y.toFixed(1)}) scale(${size})`);
      set(slot, 'opacity', (reduced ? fadeOpacity(w.phase) : walkerOpacity(w.phase)).toFixed(2));
      set(slot, 'visibility', 'visible');
      set(slot, 'class', w.pod ? 'front-layer__walker' : 'front-layer__walker front-layer__walker--away');
    }
    for (let i = used; i < slots.length; i++) set(slots[i], 'visibility', 'hidden');
  });

  return (
    <g className="front-layer__service">
      <foreignObject x={mb.x} y={mb.y} width={mb.w} height={mb.h} className="front-layer__marquee">
        <div className="front-layer__html" style={{ fontSize: `${fontSize}px` }}>
          <Marquee service={service} variant="scene" />
        </div>
      </foreignObject>
      <g transform={`translate(${col.cop.x} ${col.cop.y}) scale(${size})`} className="front-layer__cop">
        <TrafficCop />
        <text y="30" textAnchor="middle" className="front-layer__label" style={label}>
          Traffic cop:
          <tspan x="0" dy="1.1em">
            kube-proxy
          </tspan>
        </text>
      </g>
      <g transform={`translate(${col.queue.x} ${col.queue.y}) scale(${size})`}>
        <Hidden>
          <path d="M-24 4h48" className="front-layer__rope" />
        </Hidden>
        {/* The hall's words are large: under the queue, not beside it (beside, they reach the marquee). */}
        <text y={24} x={0} textAnchor="middle" className="front-layer__label" style={label}>
          Audience
        </text>
      </g>
      <Hidden>
        <g ref={walkersRef}>
          {Array.from({ length: MAX_WALKERS }, (_, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a fixed pool; slots are reused, never reordered
            <g key={i} className="front-layer__walker" style={{ visibility: 'hidden' }}>
              <circle cy="-7" r="2.6" />
              <path d="M-3.2 2a3.2 4.6 0 0 1 6.4 0z" />
              <path d="M3-12l5 5M8-12l-5 5" className="front-layer__away-mark" />
            </g>
          ))}
        </g>
      </Hidden>
    </g>
  );
}

/** Sets an attribute (or, for opacity and visibility, a style) only when its value changes. */
function set(el: SVGElement, name: 'transform' | 'opacity' | 'visibility' | 'class', value: string): void {
  if (name === 'opacity' || name === 'visibility') {
    if (el.style[name] !== value) el.style[name] = value;
  } else if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

/** kube-proxy as a traffic cop: cap, raised arm, whistle. Decorative; the label names it. */
function TrafficCop() {
  return (
    <Hidden>
      <circle cx="0" cy="-17" r="5" className="front-layer__head" />
      <path d="M-6-21h12l-2-4h-8z" className="front-layer__cap" />
      <path d="M0-12V4M0-8L-8-16M0-8L7-1M0 4L-5 15M0 4L5 15" className="front-layer__limb" />
    </Hidden>
  );
}
