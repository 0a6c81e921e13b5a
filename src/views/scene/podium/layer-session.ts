// The session the scene's layers draw: the stage's context (StageProvider) or the app's (App), so
// the layers work wherever the scene is mounted. Plus prefers-reduced-motion, read without motion.
import { useContext, useSyncExternalStore } from 'react';
import { AppSession } from '../../app/use-store';
import type { Session } from '../../session/types';
import { SessionContext } from '../../stage/use-session';

export function useLayerSession(): Session {
  const stage = useContext(SessionContext);
  const app = useContext(AppSession);
  const s = stage ?? app;
  if (!s) throw new Error('the scene’s layers need a Session (render them inside <App> or <StageProvider>)');
  return s;
}

const REDUCED = '(prefers-reduced-motion: reduce)';

export function useReducedMotionPref(): boolean {
  return useSyncExternalStore(
    (cb) => {
      const mq = window.matchMedia(REDUCED);
      mq.addEventListener('change', cb);
      return () => mq.removeEventListener('change', cb);
    },
    () => window.matchMedia(REDUCED).matches,
    () => false,
  );
}
