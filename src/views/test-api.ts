// `window.podchestra`: lets e2e tests (and curious developers) drive virtual time instead of
// sleeping. Installed in dev builds and, in any build, when the URL has a `test` parameter
// (`/?test`, `/?test&seed=7`): Playwright runs against the production build, and the API exposes
// nothing a learner could not already do with the page itself.
import type { ClusterSnapshot, KubectlResult } from '../engine';
import type { LiveSession } from './live-session';

export interface PodchestraTestApi {
  /** Runs ms of virtual time now (refreshing the page); returns the new virtual time. */
  advance(ms: number): number;
  kubectl(line: string, stdin?: string): KubectlResult;
  snapshot(): ClusterSnapshot;
  /** Virtual ms since creation. */
  now(): number;
  /** Stops / restarts the real-time loop, so only advance() moves the clock. */
  pause(): void;
  play(): void;
}

declare global {
  interface Window {
    podchestra?: PodchestraTestApi;
  }
}

export function testApiWanted(search: string, dev: boolean): boolean {
  return dev || new URLSearchParams(search).has('test');
}

export function installTestApi(target: Window, session: LiveSession): PodchestraTestApi {
  const api: PodchestraTestApi = {
    advance(ms) {
      if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`advance: ms must be a finite, non-negative number, got ${ms}`);
      const ok = session.advance(ms);
      session.refresh();
      if (!ok) throw new Error(session.store.getState().failure);
      return session.cluster.now();
    },
    kubectl: (line, stdin) => session.kubectl(line, stdin),
    snapshot: () => session.cluster.snapshot(),
    now: () => session.cluster.now(),
    pause: () => session.setRunning(false),
    play: () => session.setRunning(true),
  };
  target.podchestra = api;
  return api;
}
