// Entry point: render a start-up screen, then load the boot chunk (route, share link, lesson,
// session) and the App as chunks, run the frame loop and render the page the URL asks for:
// home (stage + lesson picker), ?sandbox, ?lesson=<slug> (lazy lesson panel), &embed=1.
// The engine, the App and lesson content stay out of the initial JavaScript; each page fetches
// only its own panel (picker or lesson panel). Home and ?sandbox first draw the build's
// precomputed opening frame (the warmed-up sample) with the App alone, inert, and fetch the engine
// only once that frame is on screen; the live session then takes over the same picture.
import { type ReactNode, StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { Session } from './views/session/types';
import { StartingPage, StartupFailure } from './views/app/Startup';
import type { AppVariant } from './views/app/App';
import type { ProgressStore } from './views/lesson/progress-store';
import { opensOnFrame } from './views/session/opening-route';
import './views/app/app.css';
import { registerOffline } from './views/offline';
import { installTestApi, testApiWanted } from './views/test-api';

function rootElement(): HTMLElement {
  const element = document.getElementById('root');
  if (!element) throw new Error('index.html has no #root element');
  return element;
}
const container = rootElement();
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

/** Resolves once the browser has painted what was just rendered (the next frame has begun). */
const afterPaint = (): Promise<void> => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));

/** A visible (and announced) note while the opening frame waits for the engine; outside the inert root. */
const loadingNote = document.createElement('p');
loadingNote.className = 'opening-note';
loadingNote.setAttribute('role', 'status');
loadingNote.textContent = 'Loading the cluster engine…';

/** The opening frame is drawn: nothing can be clicked or focused until the engine runs it, and it is loading. */
function beginOpening(): void {
  container.inert = true;
  container.setAttribute('aria-busy', 'true');
  document.body.append(loadingNote);
}

/** Live (or failed): the page answers again. Harmless when there was no opening frame. */
function endOpening(): void {
  container.inert = false;
  container.removeAttribute('aria-busy');
  loadingNote.remove();
}

/**
 * Draws the opening frame: the App over a session that only holds the precomputed state. Returns
 * the progress store the picker was drawn with, so the live page keeps the same one.
 */
async function drawOpeningFrame(variant: 'home' | 'sandbox'): Promise<ProgressStore | undefined> {
  const [{ App }, { PageExtras }, { default: frame }, { createOpeningSession }, home] = await Promise.all([
    import('./views/app/App'),
    import('./views/lesson/PageExtras'),
    import('virtual:opening-frame'),
    import('./views/session/opening-session'),
    variant === 'home' ? Promise.all([loadPicker(), import('./views/lesson/progress-store'), import('./lessons/catalog')]) : undefined,
  ]);
  const session = createOpeningSession(frame);
  let progress: ProgressStore | undefined;
  let panel: ReactNode;
  if (home) {
    const [{ LessonPicker }, { createProgressStore, pageStorage }, { catalog }] = home;
    progress = createProgressStore(
      pageStorage(window),
      catalog.map((c) => c.slug),
    );
    panel = <LessonPicker store={progress} />;
  }
  beginOpening();
  flushSync(() => root.render(<Page App={App} PageExtras={PageExtras} session={session} variant={variant} panel={panel} />));
  await afterPaint();
  return progress;
}

interface PageProps {
  App: typeof import('./views/app/App').App;
  PageExtras: typeof import('./views/lesson/PageExtras').PageExtras;
  session: Session;
  variant: AppVariant;
  panel?: ReactNode;
  host?: import('./views/lesson/lesson-host').LessonHost;
}

/** One tree for the opening frame and the live page, so React keeps every element when the session changes. */
function Page({ App, PageExtras, session, variant, panel, host }: PageProps) {
  return (
    <StrictMode>
      <App
        session={session}
        variant={variant}
        panel={panel}
        // An embedded lesson is part of a course page: no share/embed buttons of its own.
        extras={variant === 'embed' ? undefined : <PageExtras session={session} {...(host ? { host } : {})} />}
      />
    </StrictMode>
  );
}

async function start(): Promise<void> {
  try {
    const opening = opensOnFrame(window.location.search, window.location.hash);
    const drawnWith = opening ? await drawOpeningFrame(opening) : undefined;
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
    const { route, session, progress, host } = await boot(window, drawnWith);
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
    // Synchronously, so the page stops being inert only once the live session is in place.
    flushSync(() =>
      root.render(<Page App={App} PageExtras={PageExtras} session={session} variant={variant} panel={panel} {...(host ? { host } : {})} />),
    );
    endOpening();
  } catch (e) {
    endOpening();
    root.render(<StartupFailure message={e instanceof Error ? e.message : String(e)} />);
  }
}

void start();
registerOffline(window);
