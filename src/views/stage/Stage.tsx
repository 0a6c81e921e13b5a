// The stage: the concert hall (src/views/scene: podium, risers, wings, musicians), the band's
// legend and the scheduler's audition, drawn from the session's store. Movement is the scene's own
// (scene/choreographer.ts: one requestAnimationFrame loop writing through refs, reduced motion as
// fades); no animation library is loaded. (Until the concert hall, motion's LazyMotion drew the
// walks: its core stayed in the App chunk, 9 kB gz of the first screen, with nothing using it.)
import type { Session } from '../session/types';
import { Audition } from './Audition';
import { BandLegend } from './BandLegend';
import { SessionContext } from './use-session';
import { Scene } from '../scene/Scene';
import './stage.css';

export function StageProvider({ session, children }: { session: Session; children: React.ReactNode }) {
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
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
