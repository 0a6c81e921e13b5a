// Which node stages are lit by the podium right now: when a note reaches or leaves a kubelet or
// kube-proxy, that node's stage shows it for a moment, so a learner sees which stage acted. A
// tiny external store (per node, a cue and its expiry) read with useSyncExternalStore.
import { useSyncExternalStore } from 'react';

export interface StageCue {
  /** The note's id (a new id restarts the highlight). */
  id: number;
  /** "kubelet ← watch MODIFIED pods web-x" */
  text: string;
}

type Listener = () => void;

export interface CueBoard {
  get(node: string): StageCue | undefined;
  /** Lights the nodes' stages for `ms` wall ms (a later cue for the same node replaces it). */
  light(nodes: readonly string[], cue: StageCue, ms: number): void;
  subscribe(node: string, listener: Listener): () => void;
}

export function createCueBoard(schedule: (fn: () => void, ms: number) => void = (fn, ms) => setTimeout(fn, ms)): CueBoard {
  const cues = new Map<string, StageCue>();
  const listeners = new Map<string, Set<Listener>>();
  const notify = (node: string) => {
    for (const l of listeners.get(node) ?? []) l();
  };
  return {
    get: (node) => cues.get(node),
    light(nodes, cue, ms) {
      for (const node of nodes) {
        cues.set(node, cue);
        notify(node);
        schedule(() => {
          if (cues.get(node) !== cue) return;
          cues.delete(node);
          notify(node);
        }, ms);
      }
    },
    subscribe(node, listener) {
      let set = listeners.get(node);
      if (!set) listeners.set(node, (set = new Set()));
      set.add(listener);
      return () => set.delete(listener);
    },
  };
}

/** The page's board: the podium lights, the stages read. */
export const stageCues = createCueBoard();

export function useStageCue(node: string, board: CueBoard = stageCues): StageCue | undefined {
  return useSyncExternalStore(
    (l) => board.subscribe(node, l),
    () => board.get(node),
    () => undefined,
  );
}
