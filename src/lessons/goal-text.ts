// The goal in plain words, for the lesson panel's status line ("Goal: 3 Ready pods labelled
// app=band on at least 2 stages"). One case per goal kind; the switch is exhaustive, so a new
// kind without words fails tsc. Plain text only: the panel renders it as text, never as HTML.
// Through the message catalogue (src/i18n): Kubernetes terms (Ready, Pending, kinds, reasons,
// selectors) stay as the cluster prints them, in every language.
import { plural, t } from '../i18n/catalogue';
import type { Goal, TracePattern } from './types';

function where(namespace: string | undefined): string {
  return namespace && namespace !== 'default' ? t('goal.inNamespace', ' in namespace {namespace}', { namespace }) : '';
}

function labelled(selector: string, namespace?: string): string {
  return t('goal.labelled', 'labelled {selector}', { selector }) + where(namespace);
}

function hop(p: TracePattern): string {
  const what = [p.verb, p.resource && `${p.resource}${p.subresource ? `/${p.subresource}` : ''}`].filter(Boolean).join(' ');
  const any = t('goal.any', 'any');
  return `${p.from ?? any} → ${p.to ?? any}${what ? ` (${what})` : ''}`;
}

function times(n: number): string {
  return plural('goal.times', n, { one: 'once', other: '{count} times' });
}

const readyPods = (n: number) => plural('goal.readyPodCount', n, { one: '{count} Ready pod', other: '{count} Ready pods' });

export function describeGoal(goal: Goal): string {
  switch (goal.kind) {
    case 'readyPods':
      return `${readyPods(goal.count)} ${labelled(goal.selector, goal.namespace)}${
        goal.minNodes
          ? plural('goal.onStages', goal.minNodes, { one: ' on at least {count} stage', other: ' on at least {count} stages' })
          : ''
      }`;
    case 'podReplaced':
      return t('goal.podReplaced', 'A pod {labelled} deleted, and a new one Ready in its place', {
        labelled: labelled(goal.selector, goal.namespace),
      });
    case 'podRestarted':
      return t('goal.podRestarted', 'A Ready pod {labelled} restarted at least {times}', {
        labelled: labelled(goal.selector, goal.namespace),
        times: times(goal.minRestarts ?? 1),
      });
    case 'podWaiting':
      return t('goal.podWaiting', 'A pod {labelled} waiting with {reasons}', {
        labelled: labelled(goal.selector, goal.namespace),
        reasons: goal.reasons.join(t('goal.or', ' or ')),
      });
    case 'deploymentRevision':
      return [
        t('goal.rolledOut', 'Deployment {name}{where} fully rolled out at revision {revision}', {
          name: goal.name,
          where: where(goal.namespace),
          revision: goal.revision,
        }),
        goal.image && t('goal.running', 'running {image}', { image: goal.image }),
        goal.maxUnavailableSeen !== undefined &&
          t('goal.maxUnavailable', 'with never more than {count} unavailable', { count: goal.maxUnavailableSeen }),
      ]
        .filter(Boolean)
        .join(', ');
    case 'nodeNotReady':
      return t('goal.nodeNotReady', 'Node {node} NotReady', { node: goal.node });
    case 'nodeReady':
      return t('goal.nodeReady', 'Node {node} Ready', { node: goal.node });
    case 'acknowledge':
      return t('goal.acknowledge', 'Read this step, then press Next');
    case 'podPending':
      return goal.message
        ? t('goal.podPendingWith', 'A pod {labelled} Pending: "{message}"', {
            labelled: labelled(goal.selector, goal.namespace),
            message: goal.message,
          })
        : t('goal.podPending', 'A pod {labelled} Pending, not scheduled', { labelled: labelled(goal.selector, goal.namespace) });
    case 'podRestarts':
      return t('goal.podRestarts', 'A container of a pod {labelled} restarted at least {times}', {
        labelled: labelled(goal.selector, goal.namespace),
        times: times(goal.atLeast),
      });
    case 'podCount': {
      const on = goal.node ? t('goal.onNode', ' on {node}', { node: goal.node }) : '';
      const vars = { labelled: labelled(goal.selector, goal.namespace), on };
      if (goal.count === 0) return t('goal.noPods', 'No pods {labelled}{on}, not even Terminating ones', vars);
      return plural(
        'goal.exactPods',
        goal.count,
        { one: 'Exactly {count} pod {labelled}{on}', other: 'Exactly {count} pods {labelled}{on}' },
        vars,
      );
    }
    case 'avoidsNode':
      return t('goal.avoidsNode', 'New pods {labelled} running, none of them on {node}', {
        labelled: labelled(goal.selector, goal.namespace),
        node: goal.node,
      });
    case 'nodeTainted':
      return t('goal.nodeTainted', 'Node {node} tainted {taint}', {
        node: goal.node,
        taint: `${goal.key}${goal.effect ? `:${goal.effect}` : ''}`,
      });
    case 'podsEvicted':
      return t('goal.podsEvicted', 'A pod {labelled} evicted from {node}', {
        labelled: labelled(goal.selector, goal.namespace),
        node: goal.node,
      });
    case 'replacedElsewhere':
      return t('goal.replacedElsewhere', 'The pod on {node} evicted, and {pods} {labelled} on other stages', {
        node: goal.node,
        pods: readyPods(goal.count),
        labelled: labelled(goal.selector, goal.namespace),
      });
    case 'traceSeen':
      return t('goal.traceSeen', 'The podium shows, in order: {hops}', { hops: goal.sequence.map(hop).join(t('goal.then', ', then ')) });
    case 'objectExists':
      return t('goal.objectExists', 'A {kind} named {name}{where} exists', {
        kind: goal.objectKind,
        name: goal.name,
        where: where(goal.namespace),
      });
    case 'eventSeen':
      return t('goal.eventSeen', 'A {reason} event{about}{saying}', {
        reason: goal.reason,
        about: goal.objectKind ? t('goal.eventAbout', ' about a {kind}', { kind: goal.objectKind }) : '',
        saying: goal.message ? t('goal.eventSaying', ' saying "{message}"', { message: goal.message }) : '',
      });
    case 'trafficServed':
      return t('goal.trafficServed', 'At least {percent}% of requests to Service {service}{where} served for {seconds} s', {
        percent: Math.round(goal.minAvailability * 1000) / 10,
        service: goal.service,
        where: where(goal.namespace),
        seconds: goal.forMs / 1000,
      });
    case 'hpaReplicas': {
      const range =
        goal.min !== undefined && goal.max !== undefined
          ? goal.min === goal.max
            ? `${goal.min}`
            : t('goal.between', 'between {min} and {max}', { min: goal.min, max: goal.max })
          : goal.min !== undefined
            ? t('goal.atLeast', 'at least {count}', { count: goal.min })
            : t('goal.atMost', 'at most {count}', { count: goal.max ?? 0 });
      return t('goal.hpaReplicas', 'HorizontalPodAutoscaler {name}{where} at {range} replicas', {
        name: goal.name,
        where: where(goal.namespace),
        range,
      });
    }
    case 'serviceEndpoints':
      return t('goal.serviceEndpoints', 'Service {service}{where} with {endpoints}{notReady}', {
        service: goal.service,
        where: where(goal.namespace),
        endpoints: plural('goal.readyEndpoints', goal.ready, { one: '{count} ready endpoint', other: '{count} ready endpoints' }),
        notReady: goal.notReady !== undefined ? t('goal.andNotReady', ' and {count} not ready', { count: goal.notReady }) : '',
      });
    case 'podUsesClaim':
      return t('goal.podUsesClaim', 'Pod {pod}{where} Ready with claim {claim} mounted{songs}', {
        pod: goal.pod,
        where: where(goal.namespace),
        claim: goal.claim,
        songs: goal.minSongs
          ? plural('goal.songs', goal.minSongs, { one: ', holding at least {count} song', other: ', holding at least {count} songs' })
          : '',
      });
    case 'podLog':
      return t('goal.podLog', 'A Ready pod {labelled} logged "{text}"', {
        labelled: labelled(goal.selector, goal.namespace),
        text: goal.contains,
      });
    case 'secretValue':
      return t('goal.secretValue', 'Secret {name}{where}: key {key} decodes to "{value}"', {
        name: goal.name,
        where: where(goal.namespace),
        key: goal.key,
        value: goal.value,
      });
    case 'all':
      return goal.goals.map(describeGoal).join('; ');
    default: {
      // Exhaustiveness: a Goal kind added without a case above makes this assignment fail tsc.
      const unhandled: never = goal;
      return unhandled;
    }
  }
}
