// The stage: the concert hall (src/views/scene: podium, risers, wings, musicians), the band's
// legend and the scheduler's audition, drawn from the session's store. Motion's features load after the first draw, when the browser is idle or
// something must move (motion-gate.ts); with prefers-reduced-motion, MotionConfig turns movement
// into fades (transforms and layout animations are skipped).
import { LazyMotion, MotionConfig } from 'motion/react';
import { useEffect } from 'react';
import type { Session } from '../session/types';
import { Audition } from './Audition';
import { BandLegend } from './BandLegend';
import { stageMotion } from './motion-gate';
import { SessionContext } from './use-session';
import { Scene } from '../scene/Scene';
import './stage.css';

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

export { Audition, BandLegend };
