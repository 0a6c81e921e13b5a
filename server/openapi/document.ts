// A small OpenAPI v3: for each group version, the PATCH operation of each resource with its
// `x-kubernetes-group-version-kind` and the `fieldValidation` query parameter. That is what
// kubectl 1.32 reads before `apply`/`create -f` to learn that the server validates fields itself
// (then it sends fieldValidation=Strict and skips client-side schema validation).
// [k8s: staging/src/k8s.io/cli-runtime/pkg/resource/query_param_verifier_v3.go,
//  staging/src/k8s.io/client-go/openapi/client.go (the /openapi/v3 index)]
// The object schemas (components.schemas, schemas.ts) are what `kubectl explain` reads.
// No requestBody content types are listed: kubectl 1.32's client-side apply computes its
// strategic merge patch from the v3 schemas only when a PATCH operation lists
// application/strategic-merge-patch+json; without them it uses its compiled-in types, as the
// in-page console does, so the two stay byte-identical.
// [k8s: staging/src/k8s.io/kubectl/pkg/cmd/apply/patcher.go gvkSupportsPatchOpenAPIV3]
import { groups } from '../discovery';
import { groupVersionSchemas } from './schemas';

function gvPath(group: string, version: string): string {
  return group ? `apis/${group}/${version}` : `api/${version}`;
}

export function openApiIndex() {
  const paths: Record<string, { serverRelativeURL: string }> = {};
  for (const g of groups()) {
    const p = gvPath(g.group, g.version);
    paths[p] = { serverRelativeURL: `/openapi/v3/${p}?hash=podchestra` };
  }
  return { paths };
}

const documents = new Map<string, unknown>();

/** The document of `/openapi/v3/<api/v1 | apis/g/v>`, or undefined. Built once per group version. */
export function openApiGroupVersion(path: string) {
  if (!documents.has(path)) documents.set(path, buildGroupVersion(path));
  return documents.get(path);
}

function buildGroupVersion(path: string) {
  const g = groups().find((x) => gvPath(x.group, x.version) === path);
  if (!g) return undefined;
  const paths: Record<string, unknown> = {};
  for (const k of g.kinds) {
    const base = `/${gvPath(k.group, k.version)}${k.namespaced ? '/namespaces/{namespace}' : ''}/${k.resource}/{name}`;
    paths[base] = {
      patch: {
        operationId: `patch${k.kind}`,
        'x-kubernetes-action': 'patch',
        'x-kubernetes-group-version-kind': { group: k.group, version: k.version, kind: k.kind },
        parameters: [
          { name: 'dryRun', in: 'query', schema: { type: 'string', uniqueItems: true } },
          { name: 'fieldManager', in: 'query', schema: { type: 'string', uniqueItems: true } },
          { name: 'fieldValidation', in: 'query', schema: { type: 'string', uniqueItems: true } },
          { name: 'force', in: 'query', schema: { type: 'boolean', uniqueItems: true } },
        ],
        responses: { '200': { description: 'OK' } },
      },
    };
  }
  return {
    openapi: '3.0.0',
    info: { title: 'Kubernetes', version: 'v1.32.0' },
    paths,
    components: { schemas: groupVersionSchemas(g.kinds) },
  };
}
