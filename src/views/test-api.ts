// `window.podchestra`: lets e2e tests (and curious developers) drive virtual time instead of
// sleeping. Installed in dev builds and, in any build, when the URL has a `test` parameter
// (`/?test`, `/?test&seed=7`): Playwright runs against the production build, and the API exposes
// nothing a learner could not already do with the page itself.
import type { ClusterSnapshot, KubectlResult } from '../engine';
import type { LessonHost } from './lesson/lesson-host';
import type { Session } from './session/types';

/** What a test may read of the open lesson: where the learner is, never the answers. */
export interface LessonProbe {
  slug: string;
  step: number;
  steps: number;
  phase: string;
  goalMet: boolean;
}

export interface PodchestraTestApi {
  /** Runs ms of virtual time now (recorded like play, so rewinds replay it); returns the new virtual time. */
  advance(ms: number): number;
  /** As if typed in the console: echoed there and recorded for rewinds. */
  kubectl(line: string, stdin?: string): KubectlResult;
  snapshot(): ClusterSnapshot;
  /** Virtual ms since creation. */
  now(): number;
  /** Stops / restarts the real-time loop, so only advance() moves the clock. */
  pause(): void;
  play(): void;
  /** Sets a Service's load in requests/s (as the learner's load control does). */
  load(service: string, rps: number, namespace?: string): void;
  /** The timeline's rewind (the same as dragging it). */
  rewindTo(ms: number): number;
  /** The open lesson's position (undefined outside a lesson). */
  lesson(): LessonProbe | undefined;
}

declare global {
  interface Window {
    podchestra?: PodchestraTestApi;
  }
}

// Asked for in the entry chunk, without this module: the API itself is fetched only when wanted.
export { testApiWanted } from './test-api-wanted';

export function installTestApi(target: Window, session: Session, host?: LessonHost): PodchestraTestApi {
  const api: PodchestraTestApi = {
    advance(ms) {
      if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`advance: ms must be a finite, non-negative number, got ${ms}`);
      if (!session.advance(ms)) throw new Error(session.store.getState().failure);
      return session.cluster().now();
    },
    kubectl: (line, stdin) => session.actions.kubectl(line, stdin),
    snapshot: () => session.cluster().snapshot(),
    now: () => session.cluster().now(),
    pause: () => session.actions.pause(),
    play: () => session.actions.play(),
    load: (service, rps, namespace = 'default') => session.actions.setLoad(namespace, service, rps),
    rewindTo(ms) {
      session.actions.rewindTo(ms);
      return session.cluster().now();
    },
    lesson() {
      if (!host) return undefined;
      const v = host.view();
      return { slug: v.slug, step: v.stepIndex, steps: v.stepCount, phase: v.phase, goalMet: v.goalMet };
    },
  };
  target.podchestra = api;
  return api;
}
