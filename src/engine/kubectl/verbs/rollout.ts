// `kubectl rollout status|history|undo|restart|pause|resume` for Deployments.
// [k8s: staging/src/k8s.io/kubectl/pkg/cmd/rollout/*.go; polymorphichelpers/{rollout_status,
//  history,rollback,objectrestarter,objectpauser,objectresumer}.go; k8s-behaviour.md §6.4–6.5]
// `rollout status` prints the current line; the console then follows it (a line for every change
// of the object, until it is rolled out, its progress deadline passes or --timeout: `timed out
// waiting for the condition`). Where nothing follows (a pipe, a test) it prints that first line
// once and exits 0 whether or not the rollout is complete, as `--watch=false` does.
import type { KindInfo } from '../../api/kinds';
import { kindInfo, qualifiedSingular } from '../../api/kinds';
import type { Deployment, KObject, PodTemplateSpec, ReplicaSet } from '../../objects/types';
import { controllerRef } from '../../objects/pod';
import { rfc3339 } from '../../util/time';
import { ArgError } from '../args';
import type { KubectlContext, KubectlResult } from '../context';
import { PrefixWriter, REVISION_ANNOTATION, describePodTemplate, equalIgnoreHash, revisionOf, tabwrite, withoutHash } from '../describe';
import { getObject, listObjects, namespaceFlag, parseResourceArgs } from '../resources';
import { type Invocation, type Verb, fail, ok } from '../verb';
import { deadlineAfter, StoreFollower } from '../follow';
import { parseGoDuration } from './drain';
import { statefulSetHistory, statefulSetRollback, statefulSetStatusLine } from './rollout-statefulset';
import { daemonSetStatusLine } from './rollout-daemonset';

// kubectl rollout's subcommands say this, not the "You must provide one or more resources" of get/delete.
const NO_RESOURCES = 'required resource not specified';

/** The Deployments named by the arguments (`deployment/web`, `deploy web`, `deploy`). */
function deployments(inv: Invocation, ctx: KubectlContext, what: string): Deployment[] {
  if (inv.args.length === 0) throw new ArgError(NO_RESOURCES);
  const ns = namespaceFlag(inv.flags);
  const out: Deployment[] = [];
  for (const t of parseResourceArgs(inv.args)) {
    // StatefulSets have status, history, undo and restart, but cannot be paused.
    const sts = t.info.kind === 'StatefulSet' && what !== 'pauser' && what !== 'resumer';
    // DaemonSets: only `rollout status` is modelled here (history/undo/restart are not yet).
    const ds = t.info.kind === 'DaemonSet' && what === 'status viewer';
    if (t.info.kind !== 'Deployment' && !sts && !ds) throw new ArgError(`no ${what} has been implemented for {${t.info.group} ${t.info.kind}}`);
    if (t.names === null) out.push(...(listObjects(ctx, t.info, ns) as Deployment[]));
    else for (const n of t.names) out.push(getObject(ctx, t.info, ns, n) as Deployment);
  }
  return out;
}

/** `deployment.apps/web`, as the name printer writes it. */
function ref(d: KObject): string {
  return `${qualifiedSingular(kindInfo(d.kind) as KindInfo)}/${d.metadata.name}`;
}

function ownedReplicaSets(ctx: KubectlContext, d: Deployment): ReplicaSet[] {
  return ctx.api.store.list<ReplicaSet>('replicasets', d.metadata.namespace).filter((rs) => controllerRef(rs)?.uid === d.metadata.uid);
}

/** DeploymentStatusViewer.Status: the line, whether done, or the deadline error. */
export function rolloutStatusLine(d: Deployment): { line: string; done: boolean } {
  const name = d.metadata.name;
  const st = d.status ?? {};
  const replicas = d.spec?.replicas ?? 1;
  if ((d.metadata.generation ?? 0) > (st.observedGeneration ?? 0)) return { line: 'Waiting for deployment spec update to be observed...\n', done: false };
  const progressing = st.conditions?.find((c) => c.type === 'Progressing');
  if (progressing?.reason === 'ProgressDeadlineExceeded') throw new ArgError(`deployment "${name}" exceeded its progress deadline`);
  const updated = st.updatedReplicas ?? 0;
  const wait = `Waiting for deployment "${name}" rollout to finish: `;
  if (updated < replicas) return { line: `${wait}${updated} out of ${replicas} new replicas have been updated...\n`, done: false };
  if ((st.replicas ?? 0) > updated) return { line: `${wait}${(st.replicas ?? 0) - updated} old replicas are pending termination...\n`, done: false };
  if ((st.availableReplicas ?? 0) < updated) return { line: `${wait}${st.availableReplicas ?? 0} of ${updated} updated replicas are available...\n`, done: false };
  return { line: `deployment "${name}" successfully rolled out\n`, done: true };
}

const statusVerb: Verb = {
  name: 'status',
  short: 'Show the status of the rollout',
  flags: [
    { name: 'watch', short: 'w', type: 'bool', default: true },
    { name: 'timeout', type: 'string', duration: true },
    { name: 'revision', type: 'int', default: 0 },
  ],
  run(inv, ctx) {
    let out = '';
    for (const d of deployments(inv, ctx, 'status viewer')) {
      const want = inv.flags.revision as number;
      const current = Number(d.metadata.annotations?.[REVISION_ANNOTATION] ?? 0);
      if (want > 0 && want !== current) return fail(`desired revision (${want}) is different from the running revision (${current})`, out);
      try {
        out += (d.kind === 'StatefulSet' ? statefulSetStatusLine(d as KObject) : d.kind === 'DaemonSet' ? daemonSetStatusLine(d as KObject) : rolloutStatusLine(d)).line;
      } catch (e) {
        if (e instanceof ArgError) return fail(e.message, out);
        throw e;
      }
    }
    return ok(out);
  },
  follow(inv, ctx) {
    if (inv.flags.watch === false) return undefined;
    const [first, ...more] = deployments(inv, ctx, 'status viewer');
    if (!first || more.length) return undefined;
    const line = (o: KObject) => (o.kind === 'StatefulSet' ? statefulSetStatusLine(o) : rolloutStatusLine(o as Deployment));
    if (line(first).done) return undefined;
    const { uid } = first.metadata;
    const follower = new StoreFollower(
      ctx,
      (event) => {
        const o = event.object as KObject;
        if (o.metadata.uid !== uid) return;
        // [polymorphichelpers/rollout_status.go; rollout/rollout_status.go: Deleted ends it]
        if (event.type === 'DELETED') {
          follower.error('error: object has been deleted\n');
          return follower.end(1);
        }
        try {
          const s = line(o);
          follower.write(s.line);
          if (s.done) follower.end(0);
        } catch (e) {
          if (!(e instanceof ArgError)) throw e;
          follower.error(`error: ${e.message}\n`);
          follower.end(1);
        }
      },
      deadlineAfter(ctx, parseGoDuration(inv.flags.timeout as string | undefined)),
    );
    follower.onTimeout = () => {
      follower.error('error: timed out waiting for the condition\n');
      follower.end(1);
    };
    return follower;
  },
};

/** printTemplate: DescribePodTemplate through a bare PrefixWriter (tabs are not aligned). */
function printTemplate(template: PodTemplateSpec | undefined): string {
  const w = new PrefixWriter(false);
  describePodTemplate(template, w);
  return w.toString();
}

const historyVerb: Verb = {
  name: 'history',
  short: 'View rollout history',
  flags: [{ name: 'revision', type: 'int', default: 0 }],
  run(inv, ctx) {
    let out = '';
    for (const d of deployments(inv, ctx, 'history viewer')) {
      if (d.kind === 'StatefulSet') {
        out += statefulSetHistory(ctx, d as KObject, inv.flags.revision as number);
        continue;
      }
      const byRevision = new Map<number, ReplicaSet>();
      for (const rs of ownedReplicaSets(ctx, d)) {
        const r = revisionOf(rs);
        if (r !== undefined) byRevision.set(r, rs);
      }
      const want = inv.flags.revision as number;
      if (want > 0) {
        const rs = byRevision.get(want);
        if (!rs) return fail('unable to find the specified revision', out);
        out += `${ref(d)} with revision #${want}\n${printTemplate(rs.spec?.template)}\n`;
        continue;
      }
      if (byRevision.size === 0) {
        out += `${ref(d)} \nNo rollout history found.\n`;
        continue;
      }
      const rows = [...byRevision.keys()]
        .sort((a, b) => a - b)
        .map((r) => `${r}\t${byRevision.get(r)?.metadata.annotations?.['kubernetes.io/change-cause'] || '<none>'}\n`);
      out += `${ref(d)} \n${tabwrite(`REVISION\tCHANGE-CAUSE\n${rows.join('')}`)}\n`;
    }
    return ok(out);
  },
};

/** Annotations a rollback keeps from the Deployment instead of copying from the ReplicaSet. */
const KEEP_ANNOTATIONS = new Set([
  'kubectl.kubernetes.io/last-applied-configuration',
  REVISION_ANNOTATION,
  'deployment.kubernetes.io/revision-history',
  'deployment.kubernetes.io/desired-replicas',
  'deployment.kubernetes.io/max-replicas',
  'deprecated.deployment.rollback.to',
]);

/** DeploymentRollbacker.Rollback: the RS of the target revision's template, copied back. */
export function rollback(ctx: KubectlContext, d: Deployment, toRevision: number): string {
  const name = d.metadata.name;
  if (toRevision < 0) throw new ArgError(`unable to find specified revision ${toRevision} in history`);
  let target: ReplicaSet | undefined;
  let latest = -1;
  let latestRS: ReplicaSet | undefined;
  let previous = -1;
  for (const rs of ownedReplicaSets(ctx, d)) {
    const v = revisionOf(rs);
    if (v === undefined) continue;
    if (toRevision === 0) {
      if (latest < v) {
        previous = latest;
        target = latestRS;
        latest = v;
        latestRS = rs;
      } else if (previous < v) {
        previous = v;
        target = rs;
      }
    } else if (v === toRevision) {
      target = rs;
      break;
    }
  }
  if (toRevision > 0 && !target) throw new ArgError(`unable to find specified revision ${toRevision} in history`);
  if (!target) throw new ArgError(`no rollout history found for deployment "${name}"`);
  if (d.spec?.paused) throw new ArgError(`you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume deployment/${name}' and try again`);
  if (equalIgnoreHash(target.spec?.template, d.spec?.template)) return `${ref(d)} skipped rollback (current template already matches revision ${toRevision})\n`;
  const annotations: Record<string, string> = {};
  for (const [k, v] of Object.entries(d.metadata.annotations ?? {})) if (KEEP_ANNOTATIONS.has(k)) annotations[k] = v;
  for (const [k, v] of Object.entries(target.metadata.annotations ?? {})) if (!KEEP_ANNOTATIONS.has(k)) annotations[k] = v;
  const updated = structuredClone(d) as Deployment;
  updated.metadata.annotations = annotations;
  (updated.spec as NonNullable<Deployment['spec']>).template = withoutHash(target.spec?.template);
  ctx.api.update(updated as KObject, 'kubectl');
  return `${ref(d)} rolled back\n`;
}

const undoVerb: Verb = {
  name: 'undo',
  short: 'Undo a previous rollout',
  flags: [{ name: 'to-revision', type: 'int', default: 0 }],
  run(inv, ctx) {
    let out = '';
    for (const d of deployments(inv, ctx, 'rollbacker')) {
      try {
        const to = inv.flags['to-revision'] as number;
        out += d.kind === 'StatefulSet' ? statefulSetRollback(ctx, d as KObject, to) : rollback(ctx, d, to);
      } catch (e) {
        if (e instanceof ArgError) return fail(e.message, out);
        throw e;
      }
    }
    return ok(out);
  },
};

/** Applies `change` to each Deployment; a returned string is that Deployment's error. */
function patchEach(inv: Invocation, ctx: KubectlContext, what: string, done: string, change: (d: Deployment) => string | undefined): KubectlResult {
  let out = '';
  const errors: string[] = [];
  for (const d of deployments(inv, ctx, what)) {
    const copy = structuredClone(d) as Deployment;
    const err = change(copy);
    if (err) {
      errors.push(err);
      continue;
    }
    ctx.api.update(copy as KObject, 'kubectl');
    out += `${ref(d)} ${done}\n`;
  }
  return { stdout: out, stderr: errors.map((e) => `error: ${e}\n`).join(''), exitCode: errors.length ? 1 : 0 };
}

const restartVerb: Verb = {
  name: 'restart',
  short: 'Restart a resource',
  run(inv, ctx) {
    const at = rfc3339(ctx.now());
    return patchEach(inv, ctx, 'restarter', 'restarted', (d) => {
      const spec = d.spec as NonNullable<Deployment['spec']>;
      if (spec.paused) return `deployments.apps "${d.metadata.name}" can't restart paused deployment (run rollout resume first)`;
      const meta = (spec.template.metadata ??= {});
      // The same second gives an empty patch, which kubectl refuses.
      if (meta.annotations?.['kubectl.kubernetes.io/restartedAt'] === at)
        return `failed to create patch for ${d.metadata.name}: if restart has already been triggered within the past second, please wait before attempting to trigger another`;
      meta.annotations = { ...(meta.annotations ?? {}), 'kubectl.kubernetes.io/restartedAt': at };
      return undefined;
    });
  },
};

const pauseVerb: Verb = {
  name: 'pause',
  short: 'Mark the provided resource as paused',
  run(inv, ctx) {
    return patchEach(inv, ctx, 'pauser', 'paused', (d) => {
      if (d.spec?.paused) return `deployments.apps "${d.metadata.name}" is already paused`;
      (d.spec as NonNullable<Deployment['spec']>).paused = true;
      return undefined;
    });
  },
};

const resumeVerb: Verb = {
  name: 'resume',
  short: 'Resume a paused resource',
  run(inv, ctx) {
    return patchEach(inv, ctx, 'resumer', 'resumed', (d) => {
      if (!d.spec?.paused) return `deployments.apps "${d.metadata.name}" is not paused`;
      // The merge patch turns `paused: false` into a removed field (omitempty).
      delete (d.spec as { paused?: boolean }).paused;
      return undefined;
    });
  },
};

export const rolloutVerb: Verb = {
  name: 'rollout',
  short: 'Manage the rollout of a resource',
  long:
    "Manage the rollout of one or many resources.\n        \n Valid resource types include:\n\n  *  deployments\n  *  daemonsets\n  *  statefulsets\n\n" +
    "Examples:\n  # Rollback to the previous deployment\n  kubectl rollout undo deployment/abc\n  \n  # Check the rollout status of a daemonset\n  kubectl rollout status daemonset/foo\n  \n" +
    "  # Restart a deployment\n  kubectl rollout restart deployment/abc\n  \n  # Restart deployments with the 'app=nginx' label\n  kubectl rollout restart deployment --selector=app=nginx\n",
  usage: 'SUBCOMMAND [options]',
  subcommands: [historyVerb, pauseVerb, restartVerb, resumeVerb, statusVerb, undoVerb],
};
