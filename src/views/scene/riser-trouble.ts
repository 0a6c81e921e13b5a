// The riser's parts that only a node in trouble shows: the lights out over a not-Ready node, the
// rope and the taint signs, the missed-heartbeat count. A hall of healthy nodes (every page's first
// screen) draws none of them, so they are their own chunk (riser-trouble-parts.ts, about 1.5 kB gz),
// fetched the first time a riser needs them, or once the page is live and the browser idle
// (preloadRiserTrouble, called by the shell), so a node going down rarely waits for its signs.
// No opening frame shows a troubled node (first-paint-state.test.ts checks it), so nothing drawn
// before the engine arrives is missing.
import { useEffect, useState } from 'react';
import type { Node } from '../../engine';
import { nodeIsReady } from '../stage/node-capacity';

type Parts = typeof import('./riser-trouble-parts');

let parts: Parts | undefined;
let loading: Promise<Parts> | undefined;

/** Fetches the parts (at most once; a failed fetch may be retried). */
export function loadRiserTrouble(): Promise<Parts> {
  loading ??= import('./riser-trouble-parts').then(
    (m) => {
      parts = m;
      return m;
    },
    (e: unknown) => {
      loading = undefined;
      throw e;
    },
  );
  return loading;
}

export function preloadRiserTrouble(): void {
  void loadRiserTrouble().catch(() => undefined);
}

/** Whether a riser shows any trouble: its node gone or not Ready (lights out), cordoned (the rope) or tainted (signs). */
export function riserInTrouble(node: Node | undefined): boolean {
  return !node || !nodeIsReady(node) || !!node.spec?.unschedulable || (node.spec?.taints?.length ?? 0) > 0;
}

/** The parts, once loaded, where `wanted`; asks for them the first time they are wanted. */
export function useRiserTrouble(wanted: boolean): Parts | undefined {
  const [, arrived] = useState(parts);
  useEffect(() => {
    if (!wanted || parts) return;
    let mounted = true;
    loadRiserTrouble().then(
      (m) => mounted && arrived(m),
      () => undefined,
    );
    return () => {
      mounted = false;
    };
  }, [wanted]);
  return wanted ? parts : undefined;
}
