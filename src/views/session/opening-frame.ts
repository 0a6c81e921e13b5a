// The app's opening frame: the store state of the sample cluster (seed 1, three stages) after its
// warm-up, exactly as createSession publishes it. It is computed at build time, in Node, by
// scripts/opening-frame-plugin.ts (the engine is pure, so it runs there unchanged) and shipped as
// a few kB of JSON, so home and ?sandbox draw a playing band before the engine's chunk is fetched.
// The engine is deterministic, so the session that replaces it a moment later holds the same state.
import { DEFAULT_SEED } from '../seed';
import { createSession } from './session';
import type { AppState } from './types';

export function openingFrame(): AppState {
  const session = createSession({ seed: DEFAULT_SEED, warmUp: true });
  // Through JSON, as it travels: the test compares this form with the live session's state.
  return JSON.parse(JSON.stringify(session.store.getState())) as AppState;
}
