// What lies on the band manager's desk and in the safe, and which musicians use it: ConfigMaps are
// set lists, Secrets pay slips, PersistentVolumeClaims (and the PersistentVolumes bound to them)
// the recordings kept in the safe, and PersistentVolumes no claim holds yet blank records. A pod uses a ConfigMap or Secret through a volume, `envFrom` or
// an env `valueFrom` key reference, and a claim through a `persistentVolumeClaim` volume. Pure.
//
// Left off the desk: `kube-root-ca.crt` (the root CA publisher puts one in every namespace, as
// real clusters do; on every desk it would teach nothing), service-account token Secrets, and the
// crew's own (kube-system: kube-proxy's and CoreDNS's ConfigMaps; see session/crew.ts).
import type { Pod } from '../../../engine';
import { isCrew } from '../../session/crew';

interface Obj {
  metadata: { name?: string; namespace?: string };
}
export interface ConfigLike extends Obj {
  type?: string;
  data?: Record<string, unknown>;
  binaryData?: Record<string, unknown>;
}
export interface ClaimLike extends Obj {
  spec?: { volumeName?: string; resources?: { requests?: Record<string, string> } };
  status?: { phase?: string; capacity?: Record<string, string> };
}

export interface DeskSheet {
  kind: 'ConfigMap' | 'Secret';
  namespace: string;
  name: string;
  keys: number;
  /** Pods that use it, by name. */
  users: string[];
}

export interface VolumeLike extends Obj {
  spec?: { claimRef?: { name?: string }; capacity?: Record<string, string> };
  status?: { phase?: string };
}

/** A claim (and its volume), or a volume no claim holds yet (no `claim`). */
export interface SafeItem {
  namespace?: string;
  claim?: string;
  phase: string;
  capacity: string;
  volume?: string;
  users: string[];
  /** Songs recorded on its volume (volume-data.ts), once the claim is bound to one. */
  songs?: number;
}

export interface PodUses {
  configMaps: Set<string>;
  secrets: Set<string>;
  claims: Set<string>;
}

type VolumeSource = {
  configMap?: { name?: string };
  secret?: { secretName?: string };
  persistentVolumeClaim?: { claimName?: string };
  projected?: { sources?: { configMap?: { name?: string }; secret?: { name?: string } }[] };
};

export function podUses(pod: Pod): PodUses {
  const uses: PodUses = { configMaps: new Set(), secrets: new Set(), claims: new Set() };
  const add = (set: Set<string>, name: string | undefined) => name && set.add(name);
  for (const v of (pod.spec?.volumes ?? []) as VolumeSource[]) {
    add(uses.configMaps, v.configMap?.name);
    add(uses.secrets, v.secret?.secretName);
    add(uses.claims, v.persistentVolumeClaim?.claimName);
    for (const s of v.projected?.sources ?? []) {
      add(uses.configMaps, s.configMap?.name);
      add(uses.secrets, s.secret?.name);
    }
  }
  for (const c of [...(pod.spec?.initContainers ?? []), ...(pod.spec?.containers ?? [])]) {
    for (const f of c.envFrom ?? []) {
      add(uses.configMaps, f.configMapRef?.name);
      add(uses.secrets, f.secretRef?.name);
    }
    for (const e of c.env ?? []) {
      add(uses.configMaps, e.valueFrom?.configMapKeyRef?.name);
      add(uses.secrets, e.valueFrom?.secretKeyRef?.name);
    }
  }
  return uses;
}

const ns = (o: Obj) => o.metadata.namespace ?? 'default';

/** Each pod with what it uses, worked out once per read (not once per sheet). */
type Using = { namespace: string; name: string; uses: PodUses }[];

function using(pods: readonly Pod[]): Using {
  return pods.map((p) => ({ namespace: ns(p as Obj), name: p.metadata.name, uses: podUses(p) }));
}

function usersOf(pods: Using, namespace: string, uses: (u: PodUses) => Set<string>, name: string): string[] {
  return pods
    .filter((p) => p.namespace === namespace && uses(p.uses).has(name))
    .map((p) => p.name)
    .sort();
}

export function deskSheets(configMaps: readonly ConfigLike[], secrets: readonly ConfigLike[], allPods: readonly Pod[]): DeskSheet[] {
  const pods = using(allPods);
  const keys = (o: ConfigLike) => Object.keys(o.data ?? {}).length + Object.keys(o.binaryData ?? {}).length;
  const sheet = (kind: DeskSheet['kind'], o: ConfigLike): DeskSheet => {
    const name = o.metadata.name ?? '';
    const namespace = ns(o);
    const users = usersOf(pods, namespace, (u) => (kind === 'ConfigMap' ? u.configMaps : u.secrets), name);
    return { kind, namespace, name, keys: keys(o), users };
  };
  return [
    ...configMaps.filter((c) => c.metadata.name !== 'kube-root-ca.crt' && !isCrew(c)).map((c) => sheet('ConfigMap', c)),
    ...secrets.filter((s) => s.type !== 'kubernetes.io/service-account-token' && !isCrew(s)).map((s) => sheet('Secret', s)),
  ];
}

/**
 * `songsOn(volume)`: the songs recorded on a PersistentVolume (the engine's volume-data keeps them
 * per PV, so a claim's count survives its pod, which is what the StatefulSet lesson counts).
 */
export function safeItems(
  claims: readonly ClaimLike[],
  allPods: readonly Pod[],
  volumes: readonly VolumeLike[] = [],
  songsOn?: (volume: string) => number,
): SafeItem[] {
  const pods = using(allPods);
  const held = claims
    .filter((c) => !isCrew(c))
    .map((c): SafeItem => {
      const name = c.metadata.name ?? '';
      const namespace = ns(c);
      const item: SafeItem = {
        namespace,
        claim: name,
        phase: c.status?.phase ?? 'Pending',
        capacity: c.status?.capacity?.storage ?? c.spec?.resources?.requests?.storage ?? '',
        users: usersOf(pods, namespace, (u) => u.claims, name),
      };
      if (c.spec?.volumeName) item.volume = c.spec.volumeName;
      if (item.volume && item.phase === 'Bound' && songsOn) item.songs = songsOn(item.volume);
      return item;
    });
  // Volumes no claim holds yet (made by hand, or Released): blank records on the shelf.
  const spare = volumes
    .filter((v) => !v.spec?.claimRef)
    .map(
      (v): SafeItem => ({
        volume: v.metadata.name ?? '',
        phase: v.status?.phase ?? 'Available',
        capacity: v.spec?.capacity?.storage ?? '',
        users: [],
      }),
    );
  return [...held, ...spare];
}

/** A sheet in words (its text label and accessible name). */
export function sheetText(s: DeskSheet): string {
  const what = s.kind === 'ConfigMap' ? 'set list' : 'pay slip';
  const used = s.users.length ? `, used by ${s.users.length} musician${s.users.length === 1 ? '' : 's'}` : ', not used';
  return `${s.kind} ${s.name} (${what}, ${s.keys} key${s.keys === 1 ? '' : 's'}${used})`;
}

export function safeText(i: SafeItem): string {
  if (!i.claim) return `PersistentVolume ${i.volume}: ${i.phase}${i.capacity ? `, ${i.capacity}` : ''}, no claim`;
  const bound = i.volume ? ` on ${i.volume}` : '';
  const used = i.users.length ? `, mounted by ${i.users.join(', ')}` : ', not mounted';
  return `PersistentVolumeClaim ${i.claim}: ${i.phase}${i.capacity ? `, ${i.capacity}` : ''}${bound}${used}${
    i.songs !== undefined ? `, ${songWords(i.songs)} recorded` : ''
  }`;
}

/** "1 song", "2 songs". */
export function songWords(n: number): string {
  return `${n} song${n === 1 ? '' : 's'}`;
}

/**
 * A record's words on the stage: its claim and phase; once bound, its songs instead of the phase
 * (a count needs no "Bound" beside it, and the hall's safe is 14 characters wide; the list in
 * words says both).
 */
export function recordLabel(i: SafeItem, short: (name: string) => string): string {
  if (!i.claim) return `${short(i.volume ?? '')} (blank, ${i.phase})`;
  return i.songs !== undefined ? `${short(i.claim)} ♫ ${i.songs}` : `${short(i.claim)} (${i.phase})`;
}
