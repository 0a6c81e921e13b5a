// `kubectl create job NAME --image=… [-- COMMAND args…]`, `kubectl create job NAME
// --from=cronjob/X` and `kubectl create cronjob NAME --image=… --schedule=… [--restart] [-- …]`:
// the objects `--dry-run=client -o yaml` shows, kubectl's client-side errors, and its
// `failed to create job: …` wrapping of API errors.
// [k8s: staging/src/k8s.io/kubectl/pkg/cmd/create/create_job.go, create_cronjob.go]
import '../printers/batch-tables';
import { StatusError } from '../../api/errors';
import { resolveResource } from '../../api/kinds';
import type { KObject, NewObject } from '../../objects/types';
import { deepClone } from '../../util/json-clone';
import type { KubectlContext, KubectlResult } from '../context';
import { formatApiError } from '../errors';
import { getObject, namespaceFlag } from '../resources';
import { type Invocation, type Verb, fail } from '../verb';
import { DRY_RUN_FLAG, OUTPUT_FLAG, dryRunOf, mutationOutput, nameArg, printMutation, requiredFlagError } from './object-common';


/** Client dry run shows the namespace only when -n was given; a real create always sends it. */
function withNamespace(obj: Record<string, unknown>, inv: Invocation): void {
  if (inv.flags.namespace || dryRunOf(inv.flags) !== 'client') (obj.metadata as Record<string, unknown>).namespace = namespaceFlag(inv.flags);
}

/** Sends (or dry-runs) the object; API errors come back as `error: failed to create <what>: <message>`. */
function send(ctx: KubectlContext, obj: NewObject, inv: Invocation, what: string): KubectlResult {
  const dry = dryRunOf(inv.flags);
  const output = mutationOutput(inv.flags);
  if (dry === 'client') {
    if (output === 'json') return { stdout: `${JSON.stringify(obj, null, 4)}\n`, stderr: '', exitCode: 0 };
    return { stdout: printMutation(obj as KObject, 'created', output, dry), stderr: '', exitCode: 0 };
  }
  try {
    const created = ctx.api.create(obj, 'kubectl', { dryRun: dry === 'server' });
    return { stdout: printMutation(created, 'created', output, dry), stderr: '', exitCode: 0 };
  } catch (e) {
    if (e instanceof StatusError) return fail(`failed to create ${what}: ${e.message}`);
    throw e;
  }
}

/** createJobFromCronJob: the jobTemplate's spec, labels and annotations, owned by the CronJob. */
function jobFromCronJob(name: string, cj: KObject): Record<string, unknown> {
  const jt = cj.spec?.jobTemplate ?? {};
  const metadata: Record<string, unknown> = { name, creationTimestamp: null, annotations: { 'cronjob.kubernetes.io/instantiate': 'manual', ...(jt.metadata?.annotations ?? {}) } };
  if (jt.metadata?.labels) metadata.labels = { ...jt.metadata.labels };
  // Not NewControllerRef: no blockOwnerDeletion (it would need the cronjobs/finalizers permission).
  metadata.ownerReferences = [{ apiVersion: 'batch/v1', kind: 'CronJob', name: cj.metadata.name, uid: cj.metadata.uid, controller: true }];
  return { kind: 'Job', apiVersion: 'batch/v1', metadata, spec: deepClone(jt.spec ?? {}), status: {} };
}

export const createJobVerb: Verb = {
  name: 'job',
  short: 'Create a job with the specified name',
  usage: "NAME --image=image [--from=cronjob/name] -- [COMMAND] [args...]",
  flags: [{ name: 'image', type: 'string', default: '' }, { name: 'from', type: 'string', default: '' }, { name: 'save-config', type: 'bool' }, DRY_RUN_FLAG, OUTPUT_FLAG],
  run(inv, ctx) {
    const name = nameArg(inv);
    const command = inv.args.slice(1);
    const image = inv.flags.image as string;
    const from = inv.flags.from as string;
    if ((!image && !from) || (image && from)) return fail('either --image or --from must be specified');
    if (command.length && from) return fail('cannot specify --from and command');
    if (image) {
      const container: Record<string, unknown> = { name, image };
      if (command.length) container.command = command;
      container.resources = {};
      const obj: Record<string, unknown> = {
        kind: 'Job',
        apiVersion: 'batch/v1',
        metadata: { name, creationTimestamp: null },
        spec: { template: { metadata: { creationTimestamp: null }, spec: { containers: [container], restartPolicy: 'Never' } } },
        status: {},
      };
      withNamespace(obj, inv);
      return send(ctx, obj as unknown as NewObject, inv, 'job');
    }
    // --from=TYPE/NAME, resolved as the builder does; only a CronJob can be instantiated.
    const slash = from.indexOf('/');
    const info = slash > 0 ? resolveResource(from.slice(0, slash)) : undefined;
    if (!info) return fail(slash > 0 ? `the server doesn't have a resource type "${from.slice(0, slash)}"` : `arguments in resource/name form must have a single resource and name`);
    let src: KObject;
    try {
      src = getObject(ctx, info, namespaceFlag(inv.flags), from.slice(slash + 1));
    } catch (e) {
      if (e instanceof StatusError) return { stdout: '', stderr: `${formatApiError(e)}\n`, exitCode: 1 };
      throw e;
    }
    if (info.kind !== 'CronJob') return fail(`unknown object type *v1.${info.kind}`);
    const obj = jobFromCronJob(name, src);
    withNamespace(obj, inv);
    return send(ctx, obj as unknown as NewObject, inv, 'job');
  },
};

export const createCronJobVerb: Verb = {
  name: 'cronjob',
  aliases: ['cj'],
  short: 'Create a cron job with the specified name',
  usage: "NAME --image=image --schedule='0/5 * * * ?' -- [COMMAND] [args...] [flags]",
  flags: [
    { name: 'image', type: 'string', default: '' },
    { name: 'schedule', type: 'string', default: '' },
    { name: 'restart', type: 'string', default: '' },
    { name: 'save-config', type: 'bool' },
    DRY_RUN_FLAG,
    OUTPUT_FLAG,
  ],
  run(inv, ctx) {
    const missing = ['image', 'schedule'].filter((f) => !inv.flags[f]);
    if (missing.length) return requiredFlagError(ctx, ...missing);
    const name = nameArg(inv);
    const command = inv.args.slice(1);
    const container: Record<string, unknown> = { name, image: inv.flags.image };
    if (command.length) container.command = command;
    container.resources = {};
    const obj: Record<string, unknown> = {
      kind: 'CronJob',
      apiVersion: 'batch/v1',
      metadata: { name, creationTimestamp: null },
      spec: {
        schedule: inv.flags.schedule,
        jobTemplate: {
          metadata: { name, creationTimestamp: null },
          spec: { template: { metadata: { creationTimestamp: null }, spec: { containers: [container], restartPolicy: (inv.flags.restart as string) || 'OnFailure' } } },
        },
      },
      status: {},
    };
    withNamespace(obj, inv);
    return send(ctx, obj as unknown as NewObject, inv, 'cronjob');
  },
};
