// The app shell: masthead with the time controls, the stage (V2's podium, node stages and wings),
// the side column (workloads, inspector) and the bottom row (kubectl console, narration).
// Desktop puts stage and side by side; a phone stacks them in reading order.
import { EditorLauncher } from '../editor/EditorLauncher';
import { Stage } from '../stage/Stage';
import { Marquees } from '../traffic/Marquee';
import { TrafficPanel } from '../traffic/TrafficPanel';
import type { Session } from '../session/types';
import { Console } from './Console';
import { ControlBar } from './ControlBar';
import { Inspector } from './Inspector';
import { Narration } from './Narration';
import { AppSession, useApp } from './use-store';
import { Workloads } from './Workloads';

function Notices() {
  const notice = useApp((s) => s.notice);
  const failure = useApp((s) => s.failure);
  return (
    <>
      {notice && (
        <p className="notice" role="alert">
          {notice}
        </p>
      )}
      {failure && (
        <p className="notice failure" role="alert">
          {failure}
        </p>
      )}
    </>
  );
}

function Masthead() {
  const seed = useApp((s) => s.seed);
  return (
    <header className="masthead">
      <div className="masthead__title">
        <h1>Podchestra</h1>
        <p className="tagline">A Kubernetes cluster in your browser · seed {seed}</p>
      </div>
      <ControlBar />
    </header>
  );
}

export function App({ session }: { session: Session }) {
  return (
    <AppSession.Provider value={session}>
      <Masthead />
      <Notices />
      <main className="layout">
        <section className="layout__stage" aria-label="Cluster stage">
          <Marquees />
          <Stage session={session} />
        </section>
        <div className="layout__side">
          <EditorLauncher />
          <Workloads />
          <TrafficPanel />
          <Inspector />
        </div>
        <div className="layout__bottom">
          <Console />
          <Narration />
        </div>
      </main>
    </AppSession.Provider>
  );
}
