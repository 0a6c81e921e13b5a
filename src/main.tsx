// Entry point: render a start-up screen, then load the boot chunk (route, share link, lesson,
// session) and the App as chunks, run the frame loop and render the page the URL asks for:
// home (stage + lesson picker), ?sandbox, ?lesson=<slug> (lazy lesson panel), &embed=1.
// The engine, the App and lesson content stay out of the initial JavaScript.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { StartingPage, StartupFailure } from './views/app/Startup';
import './views/app/app.css';
import { registerOffline } from './views/offline';
import { installTestApi, testApiWanted } from './views/test-api';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const root = createRoot(container);
root.render(<StartingPage />);

async function start(): Promise<void> {
  try {
    const [{ boot }, { startFrameLoop }, { App }, { LessonPicker }, { PageExtras }] = await Promise.all([
      import('./views/lesson/boot'),
      import('./views/session/frame-loop'),
      import('./views/app/App'),
      import('./views/lesson/LessonPicker'),
      import('./views/lesson/PageExtras'),
    ]);
    const { route, session, progress, host } = await boot(window);
    if (testApiWanted(window.location.search, import.meta.env.DEV)) installTestApi(window, session, host);
    startFrameLoop((ms) => session.tick(ms));
    let panel = route.mode === 'home' ? <LessonPicker store={progress} /> : undefined;
    if (host) {
      const { LessonPanel } = await import('./views/lesson/LessonPanel');
      panel = <LessonPanel host={host} />;
    }
    const variant = route.embed ? 'embed' : host ? 'lesson' : route.mode;
    root.render(
      <StrictMode>
        <App
          session={session}
          variant={variant}
          panel={panel}
          // An embedded lesson is part of a course page: no share/embed buttons of its own.
          extras={variant === 'embed' ? undefined : <PageExtras session={session} host={host} />}
        />
      </StrictMode>,
    );
  } catch (e) {
    root.render(<StartupFailure message={e instanceof Error ? e.message : String(e)} />);
  }
}

void start();
registerOffline(window);
