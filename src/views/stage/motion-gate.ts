// When motion's animation features (~34 kB gz, motion-features.ts) are fetched: at the first idle
// moment after the stage is drawn, or at once when something on it must move (a musician entering
// or leaving, a note taking off), whose first frame waits on the features (an entrance starts
// invisible). Home opens on seated musicians, so its first screen goes without them. While the
// opening frame waits for the engine, the idle moment does not count (`held`): the engine's fetch
// comes first; Stage lets go once its session is live.
import { whenIdle } from './when-idle';

export interface MotionGate<T> {
  /** LazyMotion's `features` loader: resolves once idle or wanted, then loads. */
  features(): Promise<T>;
  /** Something must animate now: stop waiting for an idle moment. */
  want(): void;
  /** Lets a held gate wait for its idle moment (a no-op otherwise). */
  letGo(): void;
}

export function createMotionGate<T>(idle: () => Promise<void>, load: () => Promise<T>, options: { held?: boolean } = {}): MotionGate<T> {
  let release: () => void = () => {};
  const wanted = new Promise<void>((resolve) => {
    release = resolve;
  });
  let letGo: () => void = () => {};
  const free = options.held
    ? new Promise<void>((resolve) => {
        letGo = resolve;
      })
    : Promise.resolve();
  let loaded: Promise<T> | undefined;
  return {
    features: () => {
      loaded ??= Promise.race([free.then(idle), wanted]).then(load);
      return loaded;
    },
    want: () => release(),
    letGo: () => letGo(),
  };
}

/** The idle wait is bounded, so a busy page still gets its animations within a second. */
export const FEATURES_IDLE_TIMEOUT_MS = 1000;

/** The page's one gate (one stage per page); window is touched only when LazyMotion asks. */
export const stageMotion = createMotionGate(
  () => whenIdle(window, FEATURES_IDLE_TIMEOUT_MS),
  () => import('./motion-features').then((mod) => mod.default),
  { held: true },
);
