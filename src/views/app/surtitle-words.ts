// Surtitles (issue 10): the newest narration sentence, its key words marked with the kind of thing
// they name, so the view can colour them like that thing on stage (The Secret Lives of Data does
// this). A name is known from the cluster (pods, nodes, Services, workloads) or from the sentence
// itself ("Pod x", "Node y": narrate.ts names a gone pod that way). Pure: tested without React.

export type NamedKind = 'pod' | 'node' | 'service' | 'workload';

export interface SurtitlePart {
  text: string;
  kind?: NamedKind;
}

export interface KnownNames {
  pods: readonly string[];
  nodes: readonly string[];
  services: readonly string[];
  workloads: readonly string[];
}

/** The kind words narrate.ts puts before a name ("Pod nginx-…", "Node node-1"). */
const KIND_WORD: Record<string, NamedKind> = {
  Pod: 'pod',
  Node: 'node',
  Service: 'service',
  Deployment: 'workload',
  ReplicaSet: 'workload',
  StatefulSet: 'workload',
};

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The sentence and kubectl's reason ("… (Killing)") apart: the reason is shown quieter. */
export function splitReason(sentence: string): { text: string; reason?: string } {
  const m = /^(.*) \(([A-Za-z]+)\)$/.exec(sentence);
  return m ? { text: m[1] ?? sentence, reason: m[2] } : { text: sentence };
}

export function surtitleParts(text: string, known: KnownNames): SurtitlePart[] {
  const kinds = new Map<string, NamedKind>();
  // Workloads first: a pod or node of the same name (a StatefulSet's pod is not) wins below.
  for (const n of known.workloads) kinds.set(n, 'workload');
  for (const n of known.services) kinds.set(n, 'service');
  for (const n of known.nodes) kinds.set(n, 'node');
  for (const n of known.pods) kinds.set(n, 'pod');
  for (const m of text.matchAll(/\b(Pod|Node|Service|Deployment|ReplicaSet|StatefulSet) ([a-z0-9][a-z0-9.-]*[a-z0-9])/g)) {
    const kind = KIND_WORD[m[1] ?? ''];
    // "The ReplicaSet controller of …": a role, not a name.
    if (kind && m[2] && m[2] !== 'controller' && !kinds.has(m[2])) kinds.set(m[2], kind);
  }
  if (kinds.size === 0) return [{ text }];
  // Longest first, whole names only: "nginx-deployment" must not mark the start of its pods' names.
  const names = [...kinds.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  // Not after "container" or "image": a container is often named like its pod ("container solo").
  const re = new RegExp(`(?<![\\w.-])(?<!(?:container|image) )(${names.join('|')})(?![\\w-]|\\.\\w)`, 'g');
  const parts: SurtitlePart[] = [];
  let at = 0;
  for (const m of text.matchAll(re)) {
    const i = m.index ?? 0;
    if (i > at) parts.push({ text: text.slice(at, i) });
    const kind = kinds.get(m[0]);
    parts.push(kind ? { text: m[0], kind } : { text: m[0] });
    at = i + m[0].length;
  }
  if (at < text.length) parts.push({ text: text.slice(at) });
  return parts;
}
