// A musician's accessible name: everything its picture says, in words, in a fixed order
// (`Pod <name>, <STATUS>, on <node> | unscheduled, <READY> ready, <posture>, [frozen | readiness probe failing n of m,] [revision n,]
// <instrument> for <workload>[, <restarts>]`), so colour, posture and tint never stand alone.
import type { Instrument, Workload } from '../stage/musician-style';
import type { Frozen, Revision } from './posture';

export interface LabelFacts {
  name: string;
  status: string;
  node?: string;
  ready: string;
  postureText: string;
  frozen?: Frozen;
  /** The readiness probe failing, counting towards its threshold. */
  unready?: Frozen;
  revision?: Revision;
  instrument: Instrument;
  workload: Workload;
  restarts: number;
}

export function musicianLabel(f: LabelFacts): string {
  return [
    `Pod ${f.name}`,
    f.status,
    f.node ? `on ${f.node}` : 'unscheduled',
    `${f.ready} ready`,
    f.postureText,
    f.frozen ? `frozen: liveness probe failed ${f.frozen.failures} of ${f.frozen.threshold}` : '',
    f.unready ? `readiness probe failing ${f.unready.failures} of ${f.unready.threshold}` : '',
    f.revision ? `revision ${f.revision.revision}${f.revision.revision < f.revision.newest ? ' (outgoing)' : ''}` : '',
    `${f.instrument.name} for ${f.workload.kind === 'Pod' ? 'itself' : `${f.workload.kind.toLowerCase()} ${f.workload.name}`}`,
    f.restarts ? `${f.restarts} restart${f.restarts === 1 ? '' : 's'}` : '',
  ]
    .filter(Boolean)
    .join(', ');
}

/**
 * The name written under a musician: a replica's generated tail (the full name is in the
 * accessible name and the title); a StatefulSet's pods keep their whole name (web-0 is an identity).
 */
export function shortName(name: string, owner: { kind: string; name: string } | undefined): string {
  if (!owner || owner.kind === 'StatefulSet' || !name.startsWith(`${owner.name}-`)) return name;
  return name.slice(owner.name.length + 1);
}
