// One requestAnimationFrame loop for the layers drawn over the scene: each registers a function
// that samples its picture at the current moment and writes transforms through refs, so a frame
// never costs a React render. The loop stops when nothing is registered.
import { useEffect, useRef } from 'react';

export type FrameFn = (wallMs: number) => void;

const fns = new Set<FrameFn>();
let handle = 0;

function tick(wallMs: number): void {
  handle = requestAnimationFrame(tick);
  for (const fn of fns) fn(wallMs);
}

export function onSceneFrame(fn: FrameFn): () => void {
  fns.add(fn);
  if (!handle && typeof requestAnimationFrame === 'function') handle = requestAnimationFrame(tick);
  return () => {
    fns.delete(fn);
    if (fns.size === 0 && handle) {
      cancelAnimationFrame(handle);
      handle = 0;
    }
  };
}

/** Runs `fn` every frame while mounted; the latest `fn` is used without re-registering. */
export function useSceneFrame(fn: FrameFn): void {
  const latest = useRef(fn);
  latest.current = fn;
  useEffect(() => onSceneFrame((t) => latest.current(t)), []);
}
