// The stage: the concert hall (src/views/scene: podium, risers, wings, musicians), the band's
// legend and the scheduler's audition, drawn from the session's store. Motion's features load after the first draw, when the browser is idle or
// something must move (motion-gate.ts); with prefers-reduced-motion, MotionConfig turns movement
// into fades (transforms and layout animations are skipped).
import { LazyMotion, MotionConfig } from 'motion/react';
import { memo, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Session } from '../session/types';
import { Audition } from './Audition';
import { BandLegend } from './BandLegend';
import { NodeStage } from './NodeStage';
import { stageMotion } from './motion-gate';
import { Podium } from './Podium';
import { cast, stageGrid } from './stage-layout';
import { SessionContext, useAppList } from './use-session';
import { Wings } from './Wings';
import { Scene } from '../scene/Scene';
import './stage.css';

/** Stage names (nodes, then nodes gone but still named by pods), as a stable list. */
function useStageNames(): { stages: readonly string[]; missing: readonly string[] } {
  const stages = useAppList((s) => cast(s.nodes, s.pods).stages);
  const missing = useAppList((s) => [...cast(s.nodes, s.pods).missing]);
  return { stages, missing };
}

/** The floor's width in CSS px, kept up to date (stageGrid decides the columns from it). */
function useWidth(ref: React.RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(1280);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    setWidth(el.clientWidth);
    const ro = new ResizeObserver(([e]) => setWidth(Math.round(e.contentRect.width)));
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return width;
}

const Floor = memo(function Floor() {
  const { stages, missing } = useStageNames();
  const ref = useRef<HTMLDivElement>(null);
  const grid = stageGrid(stages, useWidth(ref));
  return (
    <div className="stage-floor" ref={ref} style={{ gridTemplateColumns: `repeat(${grid.columns}, minmax(0, 1fr))` }}>
      {grid.cells.map((c) => (
        <div key={c.node} className="stage-floor__cell" style={{ gridColumn: c.column, gridRow: c.row }}>
          <NodeStage name={c.node} gone={missing.includes(c.node)} />
        </div>
      ))}
    </div>
  );
});

export function StageProvider({ session, children }: { session: Session; children: React.ReactNode }) {
  // Idle time counts towards motion's features only once the engine runs (not during the opening frame).
  useEffect(() => {
    if (!session.opening) stageMotion.letGo();
  }, [session]);
  return (
    <SessionContext.Provider value={session}>
      <LazyMotion features={stageMotion.features} strict>
        <MotionConfig reducedMotion="user">{children}</MotionConfig>
      </LazyMotion>
    </SessionContext.Provider>
  );
}

/** `audition: false` when the page shows the scheduler's audition elsewhere (the shell's side column). */
export function Stage({ session, audition = true }: { session: Session; audition?: boolean }) {
  return (
    <StageProvider session={session}>
      <div className="stage-root">
        <Scene />
        <BandLegend />
        {audition && <Audition />}
      </div>
    </StageProvider>
  );
}

export { Podium, Wings, Audition, BandLegend, Floor as StageFloor };
