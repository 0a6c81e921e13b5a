// `kubectl set image TYPE/NAME CONTAINER=IMAGE…` (`*=IMAGE` for every container) on pods and on
// pod templates (deployments, replica sets…). An unchanged object prints nothing, as the real
// command skips empty patches. [k8s: staging/src/k8s.io/kubectl/pkg/cmd/set/set_image.go]
import type { Container, KObject } from '../../objects/types';
import { ArgError } from '../args';
import { objectRef } from '../printers';
import { getObject, listObjects, namespaceFlag, parseResourceArgs, selectorFlag } from '../resources';
import type { Verb } from '../verb';
import { NO_RESOURCES } from './delete';
import { DRY_RUN_FLAG, collect, dryRunOf, dryRunSuffix, tryApi } from './object-common';

/** The pod spec an object carries: its own (Pod) or its template's. */
function podSpecOf(obj: KObject): { containers?: Container[]; initContainers?: Container[] } | undefined {
  return obj.kind === 'Pod' ? obj.spec : obj.spec?.template?.spec;
}

const setImage: Verb = {
  name: 'image',
  short: 'Update the image of a pod template',
  flags: [{ name: 'selector', short: 'l', type: 'string' }, { name: 'all', type: 'bool' }, DRY_RUN_FLAG],
  run(inv, ctx) {
    const f = inv.flags;
    const dry = dryRunOf(f);
    const resArgs = inv.args.filter((a) => !a.includes('='));
    const images = inv.args.filter((a) => a.includes('=')).map((a) => [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] as const);
    if (resArgs.length === 0) throw new ArgError(NO_RESOURCES);
    if (images.length === 0) throw new ArgError('at least one image update is required');
    const ns = namespaceFlag(f);
    const objs: KObject[] = [];
    const errors: string[] = [];
    for (const t of parseResourceArgs(resArgs)) {
      if (t.names)
        for (const name of t.names) {
          const r = tryApi(() => getObject(ctx, t.info, ns, name));
          if (r.error) errors.push(r.error);
          else objs.push(r.value as KObject);
        }
      else if (f.selector || f.all) objs.push(...listObjects(ctx, t.info, ns, selectorFlag(f)));
      else throw new ArgError('resource(s) were provided, but no name was specified');
    }
    const out: string[] = [];
    for (const o of objs) {
      const copy = structuredClone(o) as KObject;
      const spec = podSpecOf(copy);
      if (!spec) {
        errors.push(`error: ${objectRef(o)} the object is not a pod or does not have a pod template: *v1.${o.kind}`);
        continue;
      }
      let missing: string | undefined;
      for (const [name, image] of images) {
        const all = [...(spec.initContainers ?? []), ...(spec.containers ?? [])];
        const hits = name === '*' ? all : all.filter((c) => c.name === name);
        if (hits.length === 0) missing = name;
        for (const c of hits) (c as { image?: string }).image = image;
      }
      if (missing !== undefined) {
        errors.push(`error: unable to find container named "${missing}"`);
        continue;
      }
      if (JSON.stringify(copy) === JSON.stringify(o)) continue;
      if (dry === 'none') {
        const r = tryApi(() => ctx.api.update(copy, 'kubectl'));
        if (r.error) {
          errors.push(r.error);
          continue;
        }
      }
      out.push(`${objectRef(o)} image updated${dryRunSuffix(dry)}\n`);
    }
    return collect(out, errors);
  },
};

export const setVerb: Verb = {
  name: 'set',
  short: 'Set specific features on objects',
  long: 'Configure application resources.\n\n These commands help you make changes to existing application resources.\n',
  usage: 'SUBCOMMAND [options]',
  subcommands: [setImage],
};
