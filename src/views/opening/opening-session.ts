// The stand-in Session the app draws its opening frame with (see opening-frames.ts): the store holds
// the precomputed state and nothing runs. main.tsx keeps the page inert (and aria-busy) while this
// session is shown, so no control can reach these methods; they still answer harmlessly rather than
// throw, in case something reads before the real session arrives.
import { createStore } from 'zustand/vanilla';
import type { AppState, Session, ShareState } from '../session/types';

const STILL_LOADING = 'The cluster engine is still loading.';

export function createOpeningSession(frame: AppState): Session {
  const store = createStore<AppState>(() => frame);
  const nothing = () => undefined;
  const refused = { stdout: '', stderr: `error: ${STILL_LOADING}\n`, exitCode: 1 };
  return {
    store,
    opening: true,
    actions: {
      kubectl: () => refused,
      select: nothing,
      killPod: nothing,
      crashContainer: nothing,
      failProbe: nothing,
      scale: nothing,
      setImage: nothing,
      killNode: nothing,
      setLoad: nothing,
      restoreNode: nothing,
      cordon: nothing,
      drain: nothing,
      rollback: nothing,
      pauseRollout: nothing,
      restartRollout: nothing,
      runConsole: nothing,
      stopFollowing: nothing,
      play: nothing,
      pause: nothing,
      setSpeed: nothing,
      step: nothing,
      rewindTo: nothing,
      askWhy: nothing,
      clearWhy: nothing,
      visit: nothing,
      backToNow: nothing,
      reset: nothing,
    },
    // Nothing beyond the frame's store: no objects, no components (views wait for the live session).
    reader: () => ({ now: () => frame.now, get: () => undefined, list: () => [], component: () => undefined }),
    cluster: () => {
      throw new Error(STILL_LOADING);
    },
    schedulingTrace: nothing,
    tick: nothing,
    read: () => refused,
    advance: () => false,
    flush: nothing,
    watch: () => nothing,
    onTick: () => nothing,
    perform: () => refused,
    learnerCommands: () => 0,
    shareState: (): ShareState => {
      throw new Error(STILL_LOADING);
    },
  };
}
