// Narrow store reads for the app shell: one selector per value, so a clock tick re-renders only
// the clock. The session comes from the App's props via context.
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { AppState, Session } from '../session/types';

export const AppSession = createContext<Session | null>(null);

export function useSessionContext(): Session {
  const s = useContext(AppSession);
  if (!s) throw new Error('AppSession missing: render inside <App>');
  return s;
}

export function useApp<T>(selector: (s: AppState) => T): T {
  return useStore(useSessionContext().store, selector);
}
