// `kubectl rollout status daemonset/NAME`: DaemonSetStatusViewer's lines.
// [k8s: staging/src/k8s.io/kubectl/pkg/polymorphichelpers/rollout_status.go DaemonSetStatusViewer]
import type { KObject } from '../../objects/types';
import { ArgError } from '../args';

export function daemonSetStatusLine(ds: KObject): { line: string; done: boolean } {
  const st = ds.status ?? {};
  // Upstream names the StatefulSet constant here; both read "RollingUpdate".
  if (ds.spec?.updateStrategy?.type !== 'RollingUpdate') throw new ArgError('rollout status is only available for RollingUpdate strategy type');
  if ((ds.metadata.generation ?? 0) > (st.observedGeneration ?? 0)) return { line: 'Waiting for daemon set spec update to be observed...\n', done: false };
  const name = ds.metadata.name;
  const desired = st.desiredNumberScheduled ?? 0;
  const updated = st.updatedNumberScheduled ?? 0;
  const available = st.numberAvailable ?? 0;
  if (updated < desired) return { line: `Waiting for daemon set "${name}" rollout to finish: ${updated} out of ${desired} new pods have been updated...\n`, done: false };
  if (available < desired) return { line: `Waiting for daemon set "${name}" rollout to finish: ${available} of ${desired} updated pods are available...\n`, done: false };
  return { line: `daemon set "${name}" successfully rolled out\n`, done: true };
}
