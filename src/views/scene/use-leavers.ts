// Musicians whose pod is gone still walk off before they disappear: this keeps the last drawn
// version of each departed item until its walk reports done. Only items that were drawn leave
// (a pod counted in a crowd just stops being counted).
import { useCallback, useLayoutEffect, useRef, useState } from 'react';

export interface Drawn<T> {
  uid: string;
  item: T;
}

export function useLeavers<T>(
  drawn: readonly Drawn<T>[],
  stillExists: (uid: string) => boolean,
): {
  leavers: Drawn<T>[];
  done(uid: string): void;
} {
  const last = useRef<Map<string, Drawn<T>>>(new Map());
  const [leaving, setLeaving] = useState<ReadonlyMap<string, Drawn<T>>>(new Map());
  const exists = useRef(stillExists);
  exists.current = stillExists;
  // A layout effect: the leaver is back in the same frame its pod vanished (no flicker).
  useLayoutEffect(() => {
    const now = new Map(drawn.map((d) => [d.uid, d]));
    const gone: Drawn<T>[] = [];
    for (const [uid, d] of last.current) if (!now.has(uid) && !exists.current(uid)) gone.push(d);
    last.current = now;
    if (gone.length === 0) return;
    setLeaving((prev) => {
      const next = new Map(prev);
      for (const d of gone) next.set(d.uid, d);
      return next;
    });
  }, [drawn]);
  const done = useCallback((uid: string) => {
    setLeaving((prev) => {
      if (!prev.has(uid)) return prev;
      const next = new Map(prev);
      next.delete(uid);
      return next;
    });
  }, []);
  return { leavers: [...leaving.values()], done };
}
