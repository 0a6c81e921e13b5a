// The goal in plain words, for the lesson panel's status line ("Goal: 3 Ready pods labelled
// app=band on at least 2 stages"). One case per goal kind; the switch is exhaustive, so a new
// kind without words fails tsc. Plain text only: the panel renders it as text, never as HTML.
import type { Goal, TracePattern } from './types';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function where(namespace: string | undefined): string {
  return namespace && namespace !== 'default' ? ` in namespace ${namespace}` : '';
}

function labelled(selector: string, namespace?: string): string {
  return `labelled ${selector}${where(namespace)}`;
}

function hop(p: TracePattern): string {
  const what = [p.verb, p.resource && `${p.resource}${p.subresource ? `/${p.subresource}` : ''}`].filter(Boolean).join(' ');
  return `${p.from ?? 'any'} → ${p.to ?? 'any'}${what ? ` (${what})` : ''}`;
}

function times(n: number): string {
  return n === 1 ? 'once' : `${n} times`;
}

export function describeGoal(goal: Goal): string {
  switch (goal.kind) {
    case 'readyPods':
      return `${plural(goal.count, 'Ready pod')} ${labelled(goal.selector, goal.namespace)}${
        goal.minNodes ? ` on at least ${plural(goal.minNodes, 'stage')}` : ''
      }`;
    case 'podReplaced':
      return `A pod ${labelled(goal.selector, goal.namespace)} deleted, and a new one Ready in its place`;
    case 'podRestarted':
      return `A Ready pod ${labelled(goal.selector, goal.namespace)} restarted at least ${times(goal.minRestarts ?? 1)}`;
    case 'podWaiting':
      return `A pod ${labelled(goal.selector, goal.namespace)} waiting with ${goal.reasons.join(' or ')}`;
    case 'deploymentRevision':
      return [
        `Deployment ${goal.name}${where(goal.namespace)} fully rolled out at revision ${goal.revision}`,
        goal.image && `running ${goal.image}`,
        goal.maxUnavailableSeen !== undefined && `with never more than ${goal.maxUnavailableSeen} unavailable`,
      ]
        .filter(Boolean)
        .join(', ');
    case 'nodeNotReady':
      return `Node ${goal.node} NotReady`;
    case 'nodeReady':
      return `Node ${goal.node} Ready`;
    case 'acknowledge':
      return 'Read this step, then press Next';
    case 'podPending':
      return `A pod ${labelled(goal.selector, goal.namespace)} Pending${goal.message ? `: "${goal.message}"` : ', not scheduled'}`;
    case 'podRestarts':
      return `A container of a pod ${labelled(goal.selector, goal.namespace)} restarted at least ${times(goal.atLeast)}`;
    case 'podCount': {
      const on = goal.node ? ` on ${goal.node}` : '';
      if (goal.count === 0) return `No pods ${labelled(goal.selector, goal.namespace)}${on}, not even Terminating ones`;
      return `Exactly ${plural(goal.count, 'pod')} ${labelled(goal.selector, goal.namespace)}${on}`;
    }
    case 'avoidsNode':
      return `New pods ${labelled(goal.selector, goal.namespace)} running, none of them on ${goal.node}`;
    case 'nodeTainted':
      return `Node ${goal.node} tainted ${goal.key}${goal.effect ? `:${goal.effect}` : ''}`;
    case 'podsEvicted':
      return `A pod ${labelled(goal.selector, goal.namespace)} evicted from ${goal.node}`;
    case 'replacedElsewhere':
      return `The pod on ${goal.node} evicted, and ${plural(goal.count, 'Ready pod')} ${labelled(goal.selector, goal.namespace)} on other stages`;
    case 'traceSeen':
      return `The podium shows, in order: ${goal.sequence.map(hop).join(', then ')}`;
    case 'objectExists':
      return `A ${goal.objectKind} named ${goal.name}${where(goal.namespace)} exists`;
    case 'eventSeen':
      return `A ${goal.reason} event${goal.objectKind ? ` about a ${goal.objectKind}` : ''}${goal.message ? ` saying "${goal.message}"` : ''}`;
    case 'trafficServed':
      return `At least ${Math.round(goal.minAvailability * 1000) / 10}% of requests to Service ${goal.service}${where(goal.namespace)} served for ${goal.forMs / 1000} s`;
    case 'hpaReplicas': {
      const range =
        goal.min !== undefined && goal.max !== undefined
          ? goal.min === goal.max
            ? `${goal.min}`
            : `between ${goal.min} and ${goal.max}`
          : goal.min !== undefined
            ? `at least ${goal.min}`
            : `at most ${goal.max ?? 0}`;
      return `HorizontalPodAutoscaler ${goal.name}${where(goal.namespace)} at ${range} replicas`;
    }
    case 'serviceEndpoints':
      return `Service ${goal.service}${where(goal.namespace)} with ${plural(goal.ready, 'ready endpoint')}${
        goal.notReady !== undefined ? ` and ${goal.notReady} not ready` : ''
      }`;
    case 'podUsesClaim':
      return `Pod ${goal.pod}${where(goal.namespace)} Ready with claim ${goal.claim} mounted${
        goal.minSongs ? `, holding at least ${plural(goal.minSongs, 'song')}` : ''
      }`;
    case 'podLog':
      return `A Ready pod ${labelled(goal.selector, goal.namespace)} logged "${goal.contains}"`;
    case 'secretValue':
      return `Secret ${goal.name}${where(goal.namespace)}: key ${goal.key} decodes to "${goal.value}"`;
    case 'all':
      return goal.goals.map(describeGoal).join('; ');
    default: {
      // Exhaustiveness: a Goal kind added without a case above makes this assignment fail tsc.
      const unhandled: never = goal;
      return unhandled;
    }
  }
}
