// A rolling-update step in words, with the maxSurge/maxUnavailable arithmetic the Deployment
// controller did. [k8s: pkg/controller/deployment/rolling.go reconcileNewReplicaSet,
// reconcileOldReplicaSets; util.NewRSNewReplicas]
import { clock } from './context';
import type { RolloutRecord, WhyCause } from './types';

export function rolloutCause(r: RolloutRecord): WhyCause {
  const min = r.replicas - r.maxUnavailable;
  const actor = { kind: 'Deployment', ns: r.ns, name: r.deployment };
  const ref = { kind: 'ReplicaSet', ns: r.ns, name: r.rs };
  if (r.step === 'scale-up-new') {
    const total = r.replicas + r.maxSurge;
    return {
      at: r.at,
      text: `At ${clock(r.at)} the rollout scaled the new ReplicaSet ${r.rs} from ${r.from} to ${r.to}: maxSurge ${r.maxSurge} allows ${r.replicas} + ${r.maxSurge} = ${total} pods in all, and the ReplicaSets asked for ${r.allPods}.`,
      actor,
      ref,
    };
  }
  if (r.step === 'scale-down-old')
    return {
      at: r.at,
      text: `At ${clock(r.at)} the rollout scaled the old ReplicaSet ${r.rs} from ${r.from} to ${r.to}: maxUnavailable ${r.maxUnavailable} keeps at least ${r.replicas} − ${r.maxUnavailable} = ${min} pods available, and ${r.available} were.`,
      actor,
      ref,
    };
  const room = r.allPods - min - r.newUnavailable;
  return {
    at: r.at,
    text: `Since ${clock(r.at)} the old ReplicaSet ${r.rs} keeps ${r.from}: at least ${r.replicas} − maxUnavailable ${r.maxUnavailable} = ${min} pods must stay available; the ReplicaSets ask for ${r.allPods} pods and the new ReplicaSet has ${r.newUnavailable} not available yet, so the rollout may remove ${r.allPods} − ${min} − ${r.newUnavailable} = ${room}, none. It waits for new pods to become available.`,
    actor,
    ref,
  };
}
