// Resolves at the browser's next idle moment (requestIdleCallback), or after `timeoutMs` if it is
// never idle; where there is no requestIdleCallback (older Safari), after a plain timer. Used to
// fetch what the first screen went without (the inspector's body) once the page is live, not while
// it is being built.
export interface IdleHost {
  requestIdleCallback?: (cb: () => void, options?: { timeout: number }) => unknown;
  setTimeout: (cb: () => void, ms: number) => unknown;
}

/** The fallback timer's delay where there is no idle callback: a few frames after the first draw. */
export const NO_IDLE_DELAY_MS = 200;

export function whenIdle(host: IdleHost, timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    if (typeof host.requestIdleCallback === 'function') host.requestIdleCallback(() => resolve(), { timeout: timeoutMs });
    else host.setTimeout(() => resolve(), Math.min(NO_IDLE_DELAY_MS, timeoutMs));
  });
}
