// `kubectl describe TYPE [NAME_PREFIX | NAME…] | TYPE/NAME… [-l sel] [-A] [--show-events]`.
// One description per object, separated by a blank line; a single NAME that does not exist is
// tried as a prefix of every name of that type (DescribeMatchingResources); NotFound otherwise.
// [k8s: staging/src/k8s.io/kubectl/pkg/cmd/describe/describe.go]
import { StatusError } from '../../api/errors';
import { ArgError } from '../args';
import type { KObject } from '../../objects/types';
import type { KubectlContext, KubectlResult } from '../context';
import { describerFor } from '../describe';
import { withEventIndex } from '../describe/events';
import { formatApiError } from '../errors';
import { getObject, listObjects, namespaceFlag, noResourcesMessage, parseResourceArgs, selectorFlag } from '../resources';
import { type Invocation, type Verb, fail } from '../verb';
import { fileTargets } from './file-targets';

const MISSING_TYPE = 'You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.\n';

function describeOne(ctx: KubectlContext, obj: KObject, showEvents: boolean): string {
  const describer = describerFor(obj.kind);
  if (!describer) throw new ArgError(`no description has been implemented for ${obj.apiVersion.includes('/') ? obj.apiVersion.replace('/', ', Version=') : `/${obj.apiVersion}`}, Kind=${obj.kind}`);
  return describer(ctx.api, obj, ctx.now(), showEvents);
}

export const describeVerb: Verb = {
  name: 'describe',
  short: 'Show details of a specific resource or group of resources',
  flags: [
    { name: 'selector', short: 'l', type: 'string' },
    { name: 'all-namespaces', short: 'A', type: 'bool' },
    { name: 'show-events', type: 'bool', default: true },
    { name: 'filename', short: 'f', type: 'stringArray', default: [] },
  ],
  run(inv, ctx): KubectlResult {
    return withEventIndex(ctx.api, () => describeAll(inv, ctx));
  },
};

function describeAll(inv: Invocation, ctx: KubectlContext): KubectlResult {
    const files = fileTargets(inv, namespaceFlag(inv.flags));
    if (files) {
      const errors = [...files.errors];
      const objects: KObject[] = [];
      for (const t of files.targets) {
        try {
          objects.push(getObject(ctx, t.info, t.namespace, t.name));
        } catch (e) {
          if (!(e instanceof StatusError)) throw e;
          errors.push(formatApiError(e));
        }
      }
      const showEvents = inv.flags['show-events'] !== false;
      return { stdout: objects.map((o) => describeOne(ctx, o, showEvents)).join('\n\n'), stderr: errors.map((e) => `${e}\n`).join(''), exitCode: errors.length ? 1 : 0 };
    }
    if (inv.args.length === 0) return fail(MISSING_TYPE.trimEnd());
    const targets = parseResourceArgs(inv.args);
    const allNs = inv.flags['all-namespaces'] === true;
    const namespace = namespaceFlag(inv.flags);
    const selector = selectorFlag(inv.flags);
    const showEvents = inv.flags['show-events'] !== false;
    const objects: KObject[] = [];
    const errors: string[] = [];
    for (const t of targets) {
      if (t.names === null) {
        objects.push(...listObjects(ctx, t.info, allNs ? undefined : namespace, selector));
        continue;
      }
      for (const name of t.names) {
        try {
          objects.push(getObject(ctx, t.info, namespace, name));
        } catch (e) {
          if (!(e instanceof StatusError)) throw e;
          // `describe TYPE NAME` with one name: fall back to every object whose name starts with it.
          if (e.reason === 'NotFound' && inv.args.length === 2 && !inv.args[0].includes('/')) {
            const matches = listObjects(ctx, t.info, namespace).filter((o) => o.metadata.name.startsWith(name));
            if (matches.length) return { stdout: matches.map((o) => `${describeOne(ctx, o, showEvents)}\n`).join(''), stderr: '', exitCode: 0 };
          }
          errors.push(formatApiError(e));
        }
      }
    }
    if (objects.length === 0 && errors.length === 0) {
      const namespaced = targets.some((t) => t.info.namespaced);
      return { stdout: '', stderr: noResourcesMessage(allNs ? undefined : namespace, namespaced), exitCode: 0 };
    }
    const stdout = objects.map((o) => describeOne(ctx, o, showEvents)).join('\n\n');
    return { stdout, stderr: errors.map((e) => `${e}\n`).join(''), exitCode: errors.length ? 1 : 0 };
}
