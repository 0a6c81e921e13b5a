// The live cluster as the builder's forms need it: the workloads, nodes and Services to pick from,
// and the band's pods (for naming pods in recorded lines). Read with React's own
// useSyncExternalStore rather than zustand's hooks: importing those here made the bundler split
// them (and the snippet) out of the first screen's chunks into small shared ones, +0.6 kB gz there.
// The mirror keeps an array identical while nothing in it changed, so the panel re-renders only
// when one of these lists does, not on every clock tick.
import { useRef, useSyncExternalStore } from 'react';
import type { Pod } from '../../engine';
import type { AppState, Session } from '../session/types';
import { type LiveChoices, liveChoices } from './live-choices';

export interface Live {
  choices: LiveChoices;
  pods: Pod[];
}

type Key = [AppState['deployments'], AppState['statefulSets'], AppState['nodes'], AppState['services'], AppState['pods']];

export function useLive(session: Session): Live {
  const cache = useRef<{ key: Key; value: Live } | undefined>(undefined);
  const read = (): Live => {
    const s = session.store.getState();
    const key: Key = [s.deployments, s.statefulSets, s.nodes, s.services, s.pods];
    const last = cache.current;
    if (last && key.every((k, i) => k === last.key[i])) return last.value;
    const value = { choices: liveChoices(s), pods: s.pods };
    cache.current = { key, value };
    return value;
  };
  return useSyncExternalStore(session.store.subscribe, read);
}
