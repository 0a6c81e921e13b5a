// kube-controller-manager's root-ca-cert-publisher: every namespace gets the ConfigMap
// `kube-root-ca.crt` (the cluster CA bundle that the kube-api-access volume of every pod projects),
// and it is recreated if someone deletes it. [k8s: pkg/controller/certificates/rootcacertpublisher/publisher.go]
// Simplification: the certificate is a fixed, well-formed-looking PEM (there is no real CA here).
import type { ComponentFactory } from '../cluster/component';
import type { KObject } from '../objects/types';

export const ROOT_CA_CONFIGMAP = 'kube-root-ca.crt';
const DESCRIPTION =
  'Contains a CA bundle that can be used to verify the kube-apiserver when using internal endpoints such as the internal service IP or kubernetes.default.svc. No other usage is guaranteed across distributions of Kubernetes clusters.';
const CA_PEM = `-----BEGIN CERTIFICATE-----
MIIDBTCCAe2gAwIBAgIIPodchestraMA0GCSqGSIb3DQEBCwUAMBUxEzARBgNVBAMT
Cmt1YmVybmV0ZXMwHhcNMjUwMTAxMDAwMDAwWhcNMzQxMjMwMDAwMDAwWjAVMRMw
EQYDVQQDEwprdWJlcm5ldGVzMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKC
-----END CERTIFICATE-----
`;
const PUBLISHER = 'root-ca-cert-publisher';

export const rootCaPublisher: ComponentFactory = (ctx) => {
  const publish = (namespace: string): void => {
    if (ctx.api.store.get('configmaps', namespace, ROOT_CA_CONFIGMAP)) return;
    const ns = ctx.api.store.get('namespaces', undefined, namespace);
    if (!ns || ns.metadata.deletionTimestamp) return;
    ctx.api.client(PUBLISHER).create({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: ROOT_CA_CONFIGMAP, namespace, annotations: { 'kubernetes.io/description': DESCRIPTION } },
      data: { 'ca.crt': CA_PEM },
    });
  };
  return {
    name: PUBLISHER,
    bootstrap() {
      for (const ns of ctx.api.store.list('namespaces')) publish(ns.metadata.name);
    },
    start() {
      // The publisher reacts within milliseconds; a short delay keeps the trace readable.
      ctx.clock.on(PUBLISHER, (t) => publish(t.data as string));
      ctx.api.watch('namespaces', (e) => (e.type === 'ADDED' ? PUBLISHER : null), (e) => {
        ctx.clock.schedule(5, PUBLISHER, 'publish', e.object.metadata.name);
      });
      ctx.api.watch(
        'configmaps',
        (e) => (e.type === 'DELETED' && e.object.metadata.name === ROOT_CA_CONFIGMAP ? PUBLISHER : null),
        (e) => {
          ctx.clock.schedule(5, PUBLISHER, 'publish', (e.object as KObject).metadata.namespace as string);
        },
      );
    },
  };
};
