// The stage's window on the session: narrow selectors over its zustand store.
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { AppState, Session } from '../session/types';

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error('the stage needs a Session (render it inside <Stage session={…}>)');
  return s;
}

export function useAppState<T>(selector: (s: AppState) => T): T {
  return useStore(useSession().store, selector);
}
