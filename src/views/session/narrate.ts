// Plain-language narration of cluster Events: one short sentence a learner can follow, ending with
// kubectl's own word for it in brackets ("The scheduler seated web-abc12 on node-2 (Scheduled)").
// Reads only the Event's reason, message and involved object; unknown reasons fall back to the
// message itself, so nothing the engine reports is ever hidden.
import type { Event } from '../../engine';

/** who: the object with its kind ("Pod web-x"); name: the bare name, for use mid-sentence. */
type Phrase = (name: string, message: string, who: string, kind: string) => string;

const match = (message: string, re: RegExp): string | undefined => re.exec(message)?.[1];

/**
 * The controller that records SuccessfulCreate/SuccessfulDelete about an object of `kind`: the
 * event's involved object is the owner, so a StatefulSet's pods are the StatefulSet controller's
 * (pkg/controller/statefulset/stateful_pod_control.go), a Job's the Job controller's.
 */
function controllerOf(kind: string): string {
  return kind ? `The ${kind} controller` : 'A controller';
}

/**
 * What was made or removed: "Created pod: web-x" (ReplicaSet, Job), "create Pod web-1 in
 * StatefulSet web successful", "create Claim www-web-1 Pod web-1 in StatefulSet web success",
 * "Created job hello-1" (CronJob).
 */
function madeWhat(m: string): string {
  const claim = /^\w+ Claim (\S+) Pod (\S+)/.exec(m);
  if (claim) return `claim ${claim[1]} for ${claim[2]}`;
  const job = /^(?:Created|Deleted) job (\S+)/.exec(m);
  if (job) return `job ${job[1]}`;
  return match(m, /pod:? (\S+)/i) ?? 'a pod';
}

const isPod = (what: string) => !what.startsWith('claim ') && !what.startsWith('job ');

const PHRASES: Record<string, Phrase> = {
  Scheduled: (name, m) => `The scheduler seated ${name} on ${match(m, / to (\S+)$/) ?? 'a node'}`,
  FailedScheduling: (name, m) => `The scheduler found no seat for ${name}: ${m}`,
  SuccessfulCreate: (name, m, _who, kind) => {
    const what = madeWhat(m);
    return `${controllerOf(kind)} of ${name} ${isPod(what) ? 'hired' : 'created'} ${what}`;
  },
  SuccessfulDelete: (name, m, _who, kind) => {
    const what = madeWhat(m);
    return `${controllerOf(kind)} of ${name} ${isPod(what) ? `let ${what} go` : `deleted ${what}`}`;
  },
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
