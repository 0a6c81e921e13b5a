// The app's opening frames: what a page shows before its engine is fetched. For home and ?sandbox
// (key `sample`), the store state of the sample cluster after its warm-up; for each lesson (key:
// its slug), the store state at 0:00 after the lesson's set-up and the lesson panel's first view.
// They are built by boot() itself, at build time, in Node (scripts/opening-frame-plugin.ts: the
// engine is pure, so it runs there unchanged), and shipped as a few kB of JSON each. The engine is
// deterministic, so the live page that replaces a frame a moment later holds the same state (the
// frame keeps only what its first paint reads: first-paint-state.ts).
import { catalog } from '../../lessons/catalog';
import { boot } from '../lesson/boot';
import type { LessonView } from '../lesson/lesson-view';
import { memoryStorage } from '../lesson/progress-store';
import { isCrew } from '../session/crew';
import type { AppState } from '../session/types';
import { forFirstPaint } from './first-paint-state';
import { SAMPLE_FRAME } from './opening-frame-key';

export interface OpeningFrame {
  state: AppState;
  /** A lesson's panel as it first shows (step 1, no saved progress). */
  lesson?: LessonView;
}

/**
 * Just enough of a window for boot(): an address, storage (a first visit: nothing saved), and for
 * an embedded lesson a parent to post to and message events that never come.
 */
export function pageAt(search: string): Window & typeof globalThis {
  return {
    location: { search, hash: '', href: `http://localhost/${search}` },
    localStorage: memoryStorage(),
    parent: { postMessage: () => undefined },
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  } as unknown as Window & typeof globalThis;
}

/** The whole state boot() opens an address with, through JSON as it travels. */
export async function bootedFrameAt(search: string): Promise<OpeningFrame> {
  const { session, host } = await boot(pageAt(search));
  const state = session.store.getState();
  // The crew's events (kube-system: kube-proxy's and CoreDNS's start-up) are neither narrated nor
  // listed on the first screen (session/crew.ts); the live store brings them a moment later. Left
  // out, the sample frame stays under its 100 kB budget with kubeadm's CoreDNS running.
  const events = state.events.filter((e) => !isCrew({ metadata: { namespace: e.involvedObject?.namespace } }));
  const frame: OpeningFrame = { state: { ...state, events }, ...(host ? { lesson: host.view() } : {}) };
  host?.dispose();
  return JSON.parse(JSON.stringify(frame)) as OpeningFrame;
}

/** The frame shipped for an address: what boot() opens it with, as much of it as the first paint reads. */
export async function openingFrameAt(search: string): Promise<OpeningFrame> {
  const frame = await bootedFrameAt(search);
  return { ...frame, state: forFirstPaint(frame.state) };
}

/** Every frame, by key: `sample` and each catalog lesson's slug. */
export async function openingFrames(): Promise<Record<string, OpeningFrame>> {
  const frames: Record<string, OpeningFrame> = {};
  for (const [key, search] of [[SAMPLE_FRAME, ''], ...catalog.map(({ slug }) => [slug, `?lesson=${slug}`])]) {
    try {
      frames[key] = await openingFrameAt(search);
    } catch (e) {
      // The build fails here: say which frame, not only where in boot().
      throw new Error(`The opening frame "${key}" could not be built: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
    }
  }
  return frames;
}
