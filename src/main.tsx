// Entry point: render a start-up screen, then load the boot chunk (route, share link, lesson,
// session) and the App as chunks, run the frame loop and render the page the URL asks for:
// home (stage + lesson picker), ?sandbox, ?lesson=<slug> (lazy lesson panel), &embed=1.
// The engine, the App and lesson content stay out of the initial JavaScript; each page fetches
// only its own panel (picker or lesson panel).
import { type ReactNode, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { StartingPage, StartupFailure } from './views/app/Startup';
import './views/app/app.css';
import { registerOffline } from './views/offline';
import { installTestApi, testApiWanted } from './views/test-api';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const root = createRoot(container);
root.render(<StartingPage />);

/**
 * A guess from the address alone, so the page's own panel chunk is fetched alongside the boot
 * chunk instead of after it: a lesson (or a share link, which may name one) gets the lesson
 * panel, home the lesson picker. boot() decides for real; a wrong guess costs one small chunk
 * fetched for nothing, or one fetched late.
 */
function guessPanel(search: string, hash: string): 'lesson' | 'picker' | undefined {
  const params = new URLSearchParams(search);
  if (params.has('lesson') || hash.startsWith('#share=')) return 'lesson';
  return params.has('sandbox') ? undefined : 'picker';
}

const loadPicker = () => import('./views/lesson/LessonPicker');
const loadLessonPanel = () => import('./views/lesson/LessonPanel');

async function start(): Promise<void> {
  try {
    const guess = guessPanel(window.location.search, window.location.hash);
    const early = { picker: guess === 'picker' ? loadPicker() : undefined, lesson: guess === 'lesson' ? loadLessonPanel() : undefined };
    // Unhandled if the guess was wrong and never awaited: a failed fetch of it is not the page's failure.
    early.picker?.catch(() => undefined);
    early.lesson?.catch(() => undefined);
    const [{ boot }, { startFrameLoop }, { App }, { PageExtras }] = await Promise.all([
      import('./views/lesson/boot'),
      import('./views/session/frame-loop'),
      import('./views/app/App'),
      import('./views/lesson/PageExtras'),
    ]);
    const { route, session, progress, host } = await boot(window);
    if (testApiWanted(window.location.search, import.meta.env.DEV)) installTestApi(window, session, host);
    startFrameLoop((ms) => session.tick(ms));
    let panel: ReactNode;
    if (host) {
      const { LessonPanel } = await (early.lesson ?? loadLessonPanel());
      panel = <LessonPanel host={host} />;
    } else if (route.mode === 'home') {
      const { LessonPicker } = await (early.picker ?? loadPicker());
      panel = <LessonPicker store={progress} />;
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
