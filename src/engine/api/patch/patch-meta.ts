// The strategic merge patch tags of the fields this simulator serves, as k8s.io/api (v1.32)
// declares them (`patchStrategy:"merge" patchMergeKey:"name"`): a list without a tag is replaced
// whole by a strategic merge patch (tolerations, args, matchExpressions), a tagged one merges
// item by item on its key; `retainKeys` lets a patch's `$retainKeys` clear sibling fields.
// Keyed by the Go struct names schemas.ts and kind-schemas.ts use, so the schema walk finds them.
// [k8s: staging/src/k8s.io/api/core/v1/types.go, apps/v1/types.go,
//  apimachinery/pkg/apis/meta/v1/types.go]
// Status lists (conditions by type, addresses by type) are left out: a patch to the main
// resource cannot change status (the strategies keep the stored one).

export interface PatchMeta {
  /** `merge`: merge lists by `key` (scalars: union); absent: replace. */
  strategy?: 'merge';
  key?: string;
  retainKeys?: boolean;
}

const merge = (key?: string, retainKeys = false): PatchMeta => ({ strategy: 'merge', key, retainKeys });

const META: Record<string, PatchMeta> = {
  'ObjectMeta.finalizers': merge(),
  'ObjectMeta.ownerReferences': merge('uid'),
  'PodSpec.volumes': merge('name', true),
  'PodSpec.initContainers': merge('name'),
  'PodSpec.containers': merge('name'),
  'PodSpec.ephemeralContainers': merge('name'),
  'PodSpec.imagePullSecrets': merge('name'),
  'PodSpec.hostAliases': merge('ip'),
  'PodSpec.topologySpreadConstraints': merge('topologyKey'),
  'PodSpec.schedulingGates': merge('name'),
  'PodSpec.resourceClaims': merge('name', true),
  'Container.ports': merge('containerPort'),
  'Container.env': merge('name'),
  'Container.volumeMounts': merge('mountPath'),
  'Container.volumeDevices': merge('devicePath'),
  'EphemeralContainer.ports': merge('containerPort'),
  'EphemeralContainer.env': merge('name'),
  'EphemeralContainer.volumeMounts': merge('mountPath'),
  'EphemeralContainer.volumeDevices': merge('devicePath'),
  'DeploymentSpec.strategy': { retainKeys: true },
  'ServiceSpec.ports': merge('port'),
  'NodeSpec.podCIDRs': merge(),
  'ServiceAccount.secrets': merge('name'),
};

/** The tag of `field` in Go struct `struct`, or {} (no strategy: replace). */
export function patchMetaFor(struct: string, field: string): PatchMeta {
  const key = `${struct}.${field}`;
  return Object.hasOwn(META, key) ? META[key] : {};
}
