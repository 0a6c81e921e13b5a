// `kubectl get <kind> <name> -o yaml` as a learner trims it before editing: no status, none of
// the fields the server manages (uid, resourceVersion, generation, creationTimestamp,
// managedFields) and no bookkeeping annotations (last-applied, the rollout revision).
// Formatted the way kubectl prints (list items not indented under their key).
import { stringify } from 'yaml';

const SERVER_METADATA = ['uid', 'resourceVersion', 'generation', 'creationTimestamp', 'managedFields', 'selfLink'];
const SERVER_ANNOTATIONS = ['kubectl.kubernetes.io/last-applied-configuration', 'deployment.kubernetes.io/revision'];

type Obj = Record<string, unknown>;

/** Takes the object as `-o json` prints it; returns YAML for the editor. */
export function editableYaml(json: string): string {
  const obj = JSON.parse(json) as Obj;
  delete obj.status;
  const meta = obj.metadata as Obj | undefined;
  if (meta) {
    for (const k of SERVER_METADATA) delete meta[k];
    const ann = meta.annotations as Obj | undefined;
    if (ann) {
      for (const k of SERVER_ANNOTATIONS) delete ann[k];
      if (Object.keys(ann).length === 0) delete meta.annotations;
    }
  }
  return stringify(obj, { indentSeq: false, lineWidth: 0 });
}
