// The stage: the concert hall (src/views/scene: podium, risers, wings, musicians) and the band's
// legend, drawn from the session's store. The scheduler's audition (Audition.tsx) is the shell's,
// beside the inspector, loaded with it (app/inspector-parts.ts). Movement is the scene's own
// (scene/choreographer.ts: one requestAnimationFrame loop writing through refs, reduced motion as
// fades); no animation library is loaded. (Until the concert hall, motion's LazyMotion drew the
// walks: its core stayed in the App chunk, 9 kB gz of the first screen, with nothing using it.)
import type { Session } from '../session/types';
import { BandLegend } from './BandLegend';
import { SessionContext } from './use-session';
import { Scene } from '../scene/Scene';
import './stage.css';

export function StageProvider({ session, children }: { session: Session; children: React.ReactNode }) {
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function Stage({ session }: { session: Session }) {
  return (
    <StageProvider session={session}>
      <div className="stage-root">
        <Scene />
        <BandLegend />
      </div>
    </StageProvider>
  );
}

export { BandLegend };
