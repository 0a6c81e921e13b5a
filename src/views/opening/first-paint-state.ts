// An opening frame carries only what its first paint reads (opening-frames.ts): the frame is
// fetched before the first screen (its JSON is most of a page's own first-screen bytes), it is drawn
// inert, and the live session replaces the whole store a moment later, so nothing else could read
// what is left out. Two parts of the store are much larger than what the picture takes from them:
// - events: the hall reads only the kubelet's probe failures (posture.ts: a frozen or unheard
//   musician); the Cluster events log shows the narration, and the inspector, the one place that
//   lists events, cannot open on an inert page;
// - the crew (kube-system's pods): a riser's road case names each with its STATUS (crew-layout.ts),
//   so a crew pod keeps its names, its node, its containers' names and its status, not its volumes,
//   tolerations, affinity or container specs;
// - the nodes: a riser reads its node's name, spec (cordon, taints), conditions and allocatable
//   resources, not its annotations, images, addresses or system info (the inspector's).
// first-paint-state.test.ts draws every frame's stage whole and trimmed and expects the same markup.
import type { Event, Node, Pod } from '../../engine';
import type { AppState } from '../session/types';

/** The one event reason the hall reads (posture.ts probeFailing: `Liveness probe failed: …`). */
const READ_REASONS = new Set(['Unhealthy']);

function crewForPaint(p: Pod): Pod {
  const { name, namespace, uid, creationTimestamp, deletionTimestamp } = p.metadata;
  const names = (cs: readonly { name: string }[] | undefined) => cs?.map(({ name }) => ({ name }));
  const containers = names(p.spec?.containers) ?? [];
  const initContainers = names(p.spec?.initContainers);
  return {
    apiVersion: p.apiVersion,
    kind: p.kind,
    metadata: { name, namespace, uid, creationTimestamp, ...(deletionTimestamp ? { deletionTimestamp } : {}) },
    spec: { nodeName: p.spec?.nodeName, containers, ...(initContainers ? { initContainers } : {}) },
    ...(p.status ? { status: p.status } : {}),
  } as Pod;
}

function nodeForPaint(n: Node): Node {
  const { annotations: _annotations, ...metadata } = n.metadata;
  const { conditions, allocatable, capacity } = n.status ?? {};
  return { ...n, metadata, status: { conditions, allocatable, capacity } } as Node;
}

export function forFirstPaint(state: AppState): AppState {
  return {
    ...state,
    nodes: state.nodes.map(nodeForPaint),
    events: state.events.filter((e: Event) => READ_REASONS.has(e.reason ?? '')),
    ...(state.crew ? { crew: state.crew.map(crewForPaint) } : {}),
  };
}
