// Entry point: render a start-up screen, then load the boot chunk (route, share link, lesson,
// session) and the App as chunks, run the frame loop and render the page the URL asks for:
// home (stage + lesson picker), ?sandbox, ?lesson=<slug> (lazy lesson panel), &embed=1.
// The engine, the App and lesson content stay out of the initial JavaScript; each page fetches
// only its own panel (picker or lesson panel). Home, ?sandbox and a lesson first draw the build's
// precomputed opening frame (the warmed-up sample; a lesson at 0:00 with its first step) with the
// App alone, inert, and fetch the engine only once that frame is on screen; the live session (and
// lesson host) then takes over the same picture.
import { type ReactNode, StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { Session } from './views/session/types';
import { StartingPage, StartupFailure } from './views/app/Startup';
import type { AppVariant } from './views/app/App';
import type { ProgressStore } from './views/lesson/progress-store';
import type { LessonHost } from './views/lesson/lesson-host';
import { guessPanel, likelyFrame, SAMPLE_FRAME } from './views/opening/opening-frame-key';
import frames from 'virtual:opening-frames';
import './views/app/app.css';
import { testApiWanted } from './views/test-api-wanted';
import { liveSourceFor } from './views/live/detect';
import { language, setLanguage, t } from './i18n/catalogue';
import { chooseLanguage } from './i18n/languages';
import { storedLanguage } from './i18n/language-choice';

function rootElement(): HTMLElement {
  const element = document.getElementById('root');
  if (!element) throw new Error('index.html has no #root element');
  return element;
}
const container = rootElement();
const root = createRoot(container);

/**
 * The page's language: `?lang=`, the picker's stored choice, the browser's. English renders at once
 * (its text is in the code); another language's messages are fetched first, so nothing flashes in
 * English. A catalogue that cannot load leaves the page in English, said as such by `<html lang>`.
 */
const languageReady = (async () => {
  const tag = chooseLanguage(window.location.search, [...storedLanguage(window), ...navigator.languages]);
  if (tag !== 'en') {
    try {
      await (await import('./i18n/load-language')).installLanguage(tag);
    } catch (e) {
      console.error(`The ${tag} catalogue did not load; the page stays in English:`, e);
      setLanguage('en');
    }
  }
  document.documentElement.lang = language();
  if (language() !== 'en') document.title = t('app.title', document.title);
})();

const loadPicker = () => import('./views/lesson/LessonPicker');
const loadLessonPanel = () => import('./views/lesson/LessonPanel');
const loadLessonContent = (slug: string) => import('./lessons/load-lesson').then((m) => m.loadLesson(slug));

/**
 * Resolves once the browser has painted what was just rendered (the next frame has begun). A tab
 * opened in the background runs no animation frames: there is nothing to paint for, so go on (and
 * never wait more than 100 ms).
 */
const afterPaint = (): Promise<void> =>
  document.hidden
    ? Promise.resolve()
    : new Promise((done) => {
        requestAnimationFrame(() => setTimeout(done, 0));
        setTimeout(done, 100);
      });

/** A visible (and announced) note while the opening frame waits for the engine; outside the inert root. */
const loadingNote = document.createElement('p');
loadingNote.className = 'opening-note';
loadingNote.setAttribute('role', 'status');

/** The opening frame is drawn: nothing can be clicked or focused until the engine runs it, and it is loading. */
function beginOpening(): void {
  container.inert = true;
  container.setAttribute('aria-busy', 'true');
  document.body.append(loadingNote);
  // A status region announces changes: its text goes in once the region exists.
  setTimeout(() => {
    if (loadingNote.isConnected) loadingNote.textContent = t('startup.loadingEngine', 'Loading the cluster engine…');
  }, 0);
}

/** Live (or failed): the page answers again. Harmless when there was no opening frame. */
function endOpening(): void {
  container.inert = false;
  container.removeAttribute('aria-busy');
  loadingNote.remove();
}

/**
 * Draws the address's opening frame, if it has one: the App over a session (and, in a lesson, a
 * host) that only hold the build's precomputed state. Returns the progress store, so the live page
 * keeps the same one.
 */
async function drawOpeningFrame(search: string, hash: string): Promise<ProgressStore> {
  // What the likely frame needs is asked for now, with the modules that decide for real (start()
  // has already asked for the likely panel); a module asked for again below costs nothing.
  const likely = likelyFrame(search);
  const prefetch = [
    Object.hasOwn(frames, likely) ? frames[likely]() : undefined,
    ...(likely === SAMPLE_FRAME ? [] : [loadLessonContent(likely), import('./views/opening/opening-host')]),
  ];
  for (const p of prefetch) p?.catch(() => undefined);
  const [{ openingFor }, { catalog }, { createProgressStore, pageStorage }, { App }, { PageExtras }, { createOpeningSession }] =
    await Promise.all([
      import('./views/opening/opening-route'),
      import('./lessons/catalog'),
      import('./views/lesson/progress-store'),
      import('./views/app/App'),
      import('./views/lesson/PageExtras'),
      import('./views/opening/opening-session'),
    ]);
  const slugs = catalog.map((c) => c.slug);
  const progress = createProgressStore(pageStorage(window), slugs);
  const opening = openingFor(search, hash, slugs, progress);
  if (!opening || !Object.hasOwn(frames, opening.frame)) return progress;
  const inLesson = opening.variant === 'lesson' || opening.variant === 'embed';

  const [{ default: frame }, panelParts] = await Promise.all([
    frames[opening.frame](),
    inLesson
      ? Promise.all([loadLessonPanel(), loadLessonContent(opening.frame), import('./views/opening/opening-host')])
      : opening.variant === 'home'
        ? loadPicker()
        : undefined,
  ]);
  const session = createOpeningSession(frame.state);
  let panel: ReactNode;
  let host: LessonHost | undefined;
  if (Array.isArray(panelParts)) {
    const [{ LessonPanel }, lesson, { createOpeningHost }] = panelParts;
    if (!lesson || !frame.lesson) return progress;
    // The frame's words were computed in English at build time.
    const view = language() === 'en' ? frame.lesson : (await import('./views/opening/opening-words')).openingViewIn(lesson, frame.lesson);
    host = createOpeningHost(lesson, view);
    panel = <LessonPanel host={host} />;
  } else if (panelParts) {
    panel = <panelParts.LessonPicker store={progress} />;
  }
  beginOpening();
  flushSync(() =>
    root.render(
      <Page App={App} PageExtras={PageExtras} session={session} variant={opening.variant} panel={panel} {...(host ? { host } : {})} />,
    ),
  );
  // The frame is in the document: the live page's code (the engine above all) is fetched while the
  // browser paints it, not after (a microtask: after the commit's own, before the paint's task).
  // Only fetched and evaluated here (their top level is cheap); boot() runs once the frame is painted.
  queueMicrotask(() => void liveModules(inLesson).catch(() => undefined));
  await afterPaint();
  return progress;
}

/**
 * The modules the live page needs: boot (and through it the engine), the frame loop and, in a
 * lesson, the code that runs lessons (XState, goals), which boot() would otherwise only ask for once
 * its own chunk had arrived. Asked for once the opening frame is drawn, or by start() where there
 * is none; a module asked for twice is fetched once.
 */
function liveModules(inLesson: boolean) {
  return Promise.all([
    import('./views/lesson/boot'),
    import('./views/session/frame-loop'),
    inLesson ? import('./views/lesson/boot-lesson') : undefined,
  ]);
}

interface PageProps {
  App: typeof import('./views/app/App').App;
  PageExtras: typeof import('./views/lesson/PageExtras').PageExtras;
  session: Session;
  variant: AppVariant;
  panel?: ReactNode;
  host?: LessonHost;
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
    const guess = guessPanel(window.location.search, window.location.hash);
    const early = { picker: guess === 'picker' ? loadPicker() : undefined, lesson: guess === 'lesson' ? loadLessonPanel() : undefined };
    // Unhandled if the guess was wrong and never awaited: a failed fetch of it is not the page's failure.
    early.picker?.catch(() => undefined);
    early.lesson?.catch(() => undefined);
    // The panels above are fetched while another language's catalogue is; nothing renders before it.
    await languageReady;
    root.render(<StartingPage />);
    // A frame that cannot be drawn (a chunk that failed to load) only costs the head start.
    const drawnWith = await drawOpeningFrame(window.location.search, window.location.hash).catch((e: unknown) => {
      endOpening();
      // Said out loud: a regression here would otherwise only make pages slower.
      console.error('The opening frame was not drawn:', e);
      return undefined;
    });
    const [[{ boot }, { startFrameLoop }], { App }, { PageExtras }] = await Promise.all([
      liveModules(guess === 'lesson'),
      import('./views/app/App'),
      import('./views/lesson/PageExtras'),
    ]);
    const { route, session, progress, host, Builder } = await boot(window, drawnWith);
    // Its own chunk: only test runs (and dev builds) fetch it, before the page goes live.
    if (testApiWanted(window.location.search, import.meta.env.DEV))
      (await import('./views/test-api')).installTestApi(window, session, host);
    startFrameLoop((ms) => session.tick(ms));
    let panel: ReactNode;
    if (host) {
      const { LessonPanel } = await (early.lesson ?? loadLessonPanel());
      panel = <LessonPanel host={host} />;
    } else if (Builder) {
      // ?build: the lesson builder, its own chunk fetched by boot() (never on the first screen).
      panel = <Builder session={session} />;
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
    // Only now: the worker's install fetches every chunk of the build (for offline use), which
    // must not compete with the first screen or the engine on a first visit.
    // Its own chunk too: nothing of it is needed before then.
    void import('./views/offline').then((m) => m.registerOffline(window)).catch(() => undefined);
  } catch (e) {
    flushSync(() => root.render(<StartupFailure message={e instanceof Error ? e.message : String(e)} />));
    endOpening();
  }
}

const liveKind = liveSourceFor(document, window.location.search);
// The page attached to a cluster behind a Kubernetes API: its own chunk, nothing of it on the first screen.
void (liveKind
  ? import('./views/live/start-live')
      .then((m) => m.startLive(window, liveKind))
      .then(({ session, App }) =>
        flushSync(() =>
          root.render(
            <StrictMode>
              <App session={session} variant="sandbox" />
            </StrictMode>,
          ),
        ),
      )
      .catch((e: unknown) => {
        const why = e instanceof Error ? e.message : String(e);
        flushSync(() => root.render(<StartupFailure message={`No Kubernetes API answered on ${window.location.origin}: ${why}`} />));
      })
  : start());
