// The page's progress record: loaded once from localStorage (or an in-memory stand-in when the
// browser refuses storage), shared by the picker and the lesson host, saved on every change.
// Listeners let the picker re-render after an import or a completed step.
import { type LoadResult, loadProgress, type Progress, type StorageLike, saveProgress } from '../../lessons/progress';

export interface ProgressStore {
  get(): Progress;
  /** Saves; returns the storage's complaint (quota, private mode) when it refused. */
  set(progress: Progress): string | undefined;
  subscribe(listener: () => void): () => void;
  /** Set when the saved record could not be used (see loadProgress). */
  readonly notice?: string;
}

export function memoryStorage(): StorageLike {
  const m = new Map<string, string>();
  return { getItem: (k) => m.get(k) ?? null, setItem: (k, v) => void m.set(k, v) };
}

/** localStorage, or memory when reading it throws (sandboxed iframes, some privacy modes). */
export function pageStorage(win: { localStorage?: StorageLike }): StorageLike {
  try {
    const s = win.localStorage;
    if (s) {
      s.getItem('podchestra.probe');
      return s;
    }
  } catch {
    // fall through: progress then lasts as long as the page
  }
  return memoryStorage();
}

export function createProgressStore(storage: StorageLike, knownSlugs: readonly string[]): ProgressStore {
  const loaded: LoadResult = loadProgress(storage, knownSlugs);
  let progress = loaded.progress;
  const listeners = new Set<() => void>();
  return {
    get: () => progress,
    set(next) {
      progress = next;
      for (const l of listeners) l();
      return saveProgress(storage, next);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    ...(loaded.notice ? { notice: loaded.notice } : {}),
  };
}
