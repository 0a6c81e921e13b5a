// The app shell: masthead with the time controls, the stage (V2's podium, node stages and wings),
// the side column (workloads, inspector) and the bottom row (kubectl console, narration).
// Desktop puts stage and side by side; a phone stacks them in reading order. Variants (issue 5):
// home adds the lesson picker, lesson the lesson panel, embed only the panel and the stage.
import type { ReactNode } from 'react';
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

export type AppVariant = 'home' | 'sandbox' | 'lesson' | 'embed';

function Masthead({ extras, compact }: { extras?: ReactNode; compact?: boolean }) {
  const seed = useApp((s) => s.seed);
  return (
    <header className={`masthead${compact ? ' masthead--compact' : ''}`}>
      <div className="masthead__title">
        {compact ? (
          <h1 className="masthead__name">Podchestra</h1>
        ) : (
          <>
            <h1>
              <a href="./" className="masthead__home">
                Podchestra
              </a>
            </h1>
            <p className="tagline">A Kubernetes cluster in your browser · seed {seed}</p>
          </>
        )}
      </div>
      <ControlBar />
      {extras && <div className="masthead__extras">{extras}</div>}
    </header>
  );
}

export interface AppProps {
  session: Session;
  /** home: stage + lesson picker; sandbox: free play; lesson: the panel beside the stage; embed: panel + stage only. */
  variant?: AppVariant;
  /** The lesson panel (lesson and embed), or the lesson picker (home). */
  panel?: ReactNode;
  /** Share / Embed buttons in the masthead. */
  extras?: ReactNode;
}

export function App({ session, variant = 'sandbox', panel, extras }: AppProps) {
  if (variant === 'embed') {
    return (
      <AppSession.Provider value={session}>
        <div className="embed">
          <Masthead compact extras={extras} />
          <Notices />
          <main className="embed__main">
            <div className="embed__panel">{panel}</div>
            <section className="embed__stage" aria-label="Cluster stage">
              <Marquees />
              <Stage session={session} />
              <details className="embed__console">
                <summary>Console</summary>
                <Console />
              </details>
            </section>
          </main>
        </div>
      </AppSession.Provider>
    );
  }
  return (
    <AppSession.Provider value={session}>
      <Masthead extras={extras} />
      <Notices />
      <main className={`layout layout--${variant}`}>
        {panel && <div className="layout__lesson">{panel}</div>}
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
