// The stage's window on the session: narrow selectors over its zustand store.
import { createContext, useContext, useRef } from 'react';
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

/**
 * A derived list that keeps its identity while its items are the same objects. Like useShallow,
 * but zustand's shallow turns arrays into Maps to compare them: too slow for 1,000 pods a frame.
 */
export function useAppList<T>(selector: (s: AppState) => readonly T[]): readonly T[] {
  const prev = useRef<readonly T[] | null>(null);
  return useAppState((s) => {
    const next = selector(s);
    const p = prev.current;
    if (p && sameItems(p, next)) return p;
    prev.current = next;
    return next;
  });
}

export function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
