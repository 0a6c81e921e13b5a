// ServiceAccount (v1, `sa`) and the serviceaccount-controller that gives every namespace its
// `default` account (and gives it back if it is deleted).
// [k8s: pkg/apis/core/validation/validation.go ValidateServiceAccount,
//  pkg/controller/serviceaccount/serviceaccounts_controller.go syncNamespace]
// Simplified: no token Secrets (1.24+ has none either; tokens are projected), and the controller
// reacts within 5 ms of a namespace appearing, as the root CA publisher does.
import { registerKind } from '../api/kinds';
import { type Strategy, registerStrategy } from '../api/strategy';
import { B, S, SCHEMAS, arr, struct, top } from '../api/validation/schemas';
import type { ComponentFactory } from '../cluster/component';

const CRUD = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'];

registerKind({ kind: 'ServiceAccount', group: '', version: 'v1', resource: 'serviceaccounts', singular: 'serviceaccount', shortNames: ['sa'], namespaced: true, generation: false, verbs: [...CRUD] });

const objectReference = struct('ObjectReference', { kind: S, namespace: S, name: S, uid: S, apiVersion: S, resourceVersion: S, fieldPath: S });
SCHEMAS.ServiceAccount = top('ServiceAccount', {
  secrets: arr(objectReference),
  imagePullSecrets: arr(struct('LocalObjectReference', { name: S })),
  automountServiceAccountToken: B,
});

// A ServiceAccount has no spec or status; ObjectMeta validation is the API server's.
export const serviceAccountStrategy: Strategy = {};
registerStrategy('ServiceAccount', serviceAccountStrategy);

export const SERVICEACCOUNT_CONTROLLER = 'serviceaccount-controller';
export const DEFAULT_SERVICE_ACCOUNT = 'default';

export const serviceAccountController: ComponentFactory = (ctx) => {
  const ensure = (namespace: string): void => {
    if (ctx.api.store.get('serviceaccounts', namespace, DEFAULT_SERVICE_ACCOUNT)) return;
    const ns = ctx.api.store.get('namespaces', undefined, namespace);
    if (!ns || ns.metadata.deletionTimestamp) return;
    ctx.api.client(SERVICEACCOUNT_CONTROLLER).create({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: DEFAULT_SERVICE_ACCOUNT, namespace } });
  };
  return {
    name: SERVICEACCOUNT_CONTROLLER,
    bootstrap() {
      for (const ns of ctx.api.store.list('namespaces')) ensure(ns.metadata.name);
    },
    start() {
      ctx.clock.on(SERVICEACCOUNT_CONTROLLER, (t) => ensure(t.data as string));
      ctx.api.watch('namespaces', (e) => (e.type === 'ADDED' ? SERVICEACCOUNT_CONTROLLER : null), (e) => {
        ctx.clock.schedule(5, SERVICEACCOUNT_CONTROLLER, 'ensure', e.object.metadata.name);
      });
      ctx.api.watch(
        'serviceaccounts',
        (e) => (e.type === 'DELETED' && e.object.metadata.name === DEFAULT_SERVICE_ACCOUNT ? SERVICEACCOUNT_CONTROLLER : null),
        (e) => {
          ctx.clock.schedule(5, SERVICEACCOUNT_CONTROLLER, 'ensure', e.object.metadata.namespace as string);
        },
      );
    },
  };
};
