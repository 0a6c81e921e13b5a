// The concert hall (issue 10): one SVG with a fixed viewBox, landscape when the box it is given is
// wide, portrait when it is tall or narrow, scaled to fit (preserveAspectRatio). Layers in a fixed
// order: the hall, the podium, the front of house, the wings, the risers (each with its
// musicians, so a musician walking from the wings passes over the risers before its own).
// Nothing is re-laid out on updates: layout.ts depends only on the node names and the orientation.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { cast } from '../stage/stage-layout';
import { useAppList, useAppState } from '../stage/use-session';
import { Choreographer, walkMsAt } from './choreographer';
import { Cues } from './Cues';
import { FrontLayer } from './front/FrontLayer';
import { createScenePositions, type Orientation } from './geometry';
import { orientationFor, sceneLayout } from './layout';
import { PodiumLayer } from './podium/PodiumLayer';
import { Riser } from './Riser';
import { doorOf, SceneContext, type SceneShared } from './scene-context';
import { Wings } from './Wings';
import './scene.css';
import './portrait.css';

/**
 * Landscape or portrait from the box the scene is given: its own width ÷ height. The shell gives the
 * scene a definite box (its grid cell) and the hall is scaled to fit it, so the box's shape alone
 * decides which hall fits it best. Where the box has no height of its own (a page that lets the
 * scene grow), its height follows the hall's, and the first choice (landscape) stands.
 */
function useOrientation(ref: React.RefObject<HTMLElement | null>): Orientation {
  const [o, setO] = useState<Orientation>('landscape');
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const decide = () => setO(orientationFor(el.clientWidth, el.clientHeight));
    decide();
    const ro = new ResizeObserver(decide);
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return o;
}

/**
 * Both SVGs get the scene's box as a size in px (a ResizeObserver keeps it current), not as
 * percentages. With `height: 100%`, every layout of the page that measured the shell's grid (to
 * size its rows) also laid the SVGs out at a trial size: a changed viewport scale, and Chromium
 * re-lays out every element of the hall, twice (bench/profile-frames.ts: thousands of "SVG changed"
 * invalidations a second at 16×, when the clock and the podium changed in the same frame). At a
 * fixed size the hall is laid out only when something in it changes. The box's own size comes from
 * the page (the shell's grid gives the scene its cell), never from the hall.
 */
function usePinnedSize(wrap: React.RefObject<HTMLElement | null>, svgs: React.RefObject<SVGSVGElement | null>[]): void {
  useLayoutEffect(() => {
    const el = wrap.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const pin = (w: number, h: number) => {
      for (const r of svgs) {
        const svg = r.current;
        if (!svg || w <= 0 || h <= 0) continue;
        svg.style.width = `${w}px`;
        svg.style.height = `${h}px`;
      }
    };
    const ro = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1].contentRect;
      pin(box.width, box.height);
    });
    ro.observe(el);
    return () => ro.disconnect();
    // The refs are stable objects; their elements live as long as the scene.
  }, [wrap, svgs]);
}

function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && !!window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
}

export function Scene() {
  const wrap = useRef<HTMLDivElement>(null);
  const orientation = useOrientation(wrap);
  const hallRef = useRef<SVGSVGElement>(null);
  const overlayRef = useRef<SVGSVGElement>(null);
  const svgs = useMemo(() => [hallRef, overlayRef], []);
  usePinnedSize(wrap, svgs);
  const stages = useAppList((s) => cast(s.nodes, s.pods).stages);
  // A string, not the Set: cast() makes a new Set whenever the pods change, which would re-render the hall.
  const missingNames = useAppState((s) => [...cast(s.nodes, s.pods).missing].join('\n'));
  const missing = useMemo(() => new Set(missingNames.split('\n')), [missingNames]);
  const speed = useAppState((s) => s.speed);
  const speedRef = useRef(speed);
  speedRef.current = speed;
  const layout = useMemo(() => sceneLayout(stages, orientation), [stages, orientation]);
  const positions = useMemo(createScenePositions, []);
  const choreographer = useMemo(
    () =>
      new Choreographer({
        positions,
        now: () => performance.now(),
        frame: (cb) => requestAnimationFrame(cb),
        walkMs: () => walkMsAt(speedRef.current),
        reducedMotion: prefersReducedMotion,
        fade: (el, to, ms) => {
          el.animate?.([{ opacity: 1 - to }, { opacity: to }], { duration: ms, easing: 'ease-out' });
        },
      }),
    [positions],
  );
  // Before the first paint everyone is where they belong; entrances start after it.
  useEffect(() => {
    const id = requestAnimationFrame(() => {
      choreographer.live = true;
    });
    return () => cancelAnimationFrame(id);
  }, [choreographer]);
  const shared: SceneShared = useMemo(
    () => ({ layout, positions, choreographer, door: doorOf(layout) }),
    [layout, positions, choreographer],
  );
  const vb = layout.viewBox;
  const viewBox = `${vb.x} ${vb.y} ${vb.w} ${vb.h}`;
  return (
    <div className={`scene scene--${orientation}`} ref={wrap}>
      {/* What changes many times a second (the podium's notes, the risers' cues) lives in its own
          SVG over the hall: a change inside one SVG repaints all of it, and the hall, with a
          hundred musicians, is the expensive part. Same viewBox, so both share coordinates. */}
      <svg className="scene__overlay" ref={overlayRef} viewBox={viewBox} preserveAspectRatio="xMidYMid meet">
        <title>The podium and the front of house</title>
        <PodiumLayer layout={layout} positions={positions} />
        <FrontLayer layout={layout} positions={positions} />
        <Cues layout={layout} />
      </svg>
      <svg className="scene__svg" ref={hallRef} viewBox={viewBox} preserveAspectRatio="xMidYMid meet">
        <title>The concert hall</title>
        <SceneContext.Provider value={shared}>
          <Hall layout={layout} />
          <Wings />
          {stages.map((n) => (
            <Riser key={n} name={n} gone={missing.has(n)} />
          ))}
        </SceneContext.Provider>
      </svg>
    </div>
  );
}

/** The room: the floor under the risers and the footlights' edge. Decorative. */
function Hall({ layout }: { layout: ReturnType<typeof sceneLayout> }) {
  const vb = layout.viewBox;
  const f = layout.front;
  return (
    <g className="scene__hall">
      <rect x={vb.x} y={vb.y} width={vb.w} height={vb.h} className="scene__room" />
      <rect x={vb.x} y={layout.wings.y - 8} width={vb.w} height={f.y - layout.wings.y} className="scene__stage-floor" />
      <path d={`M${vb.x} ${f.y - 2}H${vb.x + vb.w}`} className="scene__footlights" />
    </g>
  );
}
