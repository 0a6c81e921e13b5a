// Plain-language narration of cluster Events: one short sentence a learner can follow, ending with
// kubectl's own word for it in brackets ("The scheduler seated web-abc12 on node-2 (Scheduled)").
// Reads only the Event's reason, message and involved object; unknown reasons fall back to the
// message itself, so nothing the engine reports is ever hidden.
import type { Event } from '../../engine';

/** who: the object with its kind ("Pod web-x"); name: the bare name, for use mid-sentence. */
type Phrase = (name: string, message: string, who: string, kind: string) => string;

const match = (message: string, re: RegExp): string | undefined => re.exec(message)?.[1];
const podIn = (message: string): string | undefined => match(message, /(?:[Pp]od|job):? (\S+)/);

const PHRASES: Record<string, Phrase> = {
  Scheduled: (name, m) => `The scheduler seated ${name} on ${match(m, / to (\S+)$/) ?? 'a node'}`,
  FailedScheduling: (name, m) => `The scheduler found no seat for ${name}: ${m}`,
  // Every workload controller reports these (ReplicaSet, DaemonSet, Job: "Created pod: x";
  // StatefulSet: "create Pod web-0 in StatefulSet web successful"), so the controller is the object's kind.
  SuccessfulCreate: (name, m, _who, kind) => `The ${kind || 'ReplicaSet'} controller of ${name} hired ${podIn(m) ?? 'a pod'}`,
  SuccessfulDelete: (name, m, _who, kind) => `The ${kind || 'ReplicaSet'} controller of ${name} let ${podIn(m) ?? 'a pod'} go`,
  ScalingReplicaSet: (name, m, who) => {
    const up = /Scaled (up|down) replica set (\S+) (?:from \d+ )?to (\d+)/.exec(m);
    return up ? `The Deployment controller scaled ${up[2]} ${up[1]} to ${up[3]} for ${name}` : `${who}: ${m}`;
  },
  Pulling: (_name, m, who) => `${who} is fetching its instrument: image ${match(m, /image "([^"]+)"/) ?? ''}`.trimEnd(),
  Pulled: (_name, m, who) => `${who} has image ${match(m, /image "([^"]+)"/) ?? ''}`.trimEnd(),
  Created: (_name, m, who) => `${who} created container ${match(m, /container:? (\S+)/) ?? ''}`.trimEnd(),
  Started: (_name, m, who) => `${who} started playing: container ${match(m, /container (\S+)/) ?? ''}`.trimEnd(),
  Killing: (_name, m, who) => `${who} is being stopped: ${m}`,
  BackOff: (_name, m, who) => `${who} keeps failing; the kubelet waits before trying again: ${m}`,
  Failed: (_name, m, who) => `${who} failed: ${m}`,
  Unhealthy: (_name, m, who) => `${who} is unhealthy: ${m}`,
  Evicted: (_name, m, who) => `${who} was evicted: ${m}`,
  RegisteredNode: (_name, _m, who) => `${who} joined the cluster`,
  NodeReady: (_name, _m, who) => `${who} is ready for pods`,
  NodeNotReady: (_name, _m, who) => `${who} stopped answering; the node controller marks it not ready`,
  NodeNotSchedulable: (_name, _m, who) => `${who} is cordoned: no new pods will be seated there`,
  NodeSchedulable: (_name, _m, who) => `${who} is uncordoned: it takes new pods again`,
  TaintManagerEviction: (name, m) => `The taint manager evicts ${name}: ${m}`,
  DeploymentRollback: (_name, m, who) => `${who} rolled back: ${m}`,
};

/** One sentence for an Event; `(Reason)` is appended so the plain words sit beside kubectl's. */
export function narrate(e: Event): string {
  const reason = e.reason ?? 'Event';
  const kind = e.involvedObject?.kind ?? '';
  const name = e.involvedObject?.name ?? '(unknown)';
  const message = (e.message ?? '').trim();
  const phrase = PHRASES[reason];
  const who = `${kind} ${name}`.trim();
  const text = phrase ? phrase(name, message, who, kind) : `${who}: ${message || reason}`;
  return `${text} (${reason})`;
}
