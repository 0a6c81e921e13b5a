import { describe, expect, it } from 'vitest';
import type { Event } from '../../engine';
import { narrate } from './narrate';

const ev = (reason: string, kind: string, name: string, message: string): Event =>
  ({
    apiVersion: 'v1',
    kind: 'Event',
    metadata: { name: 'x', namespace: 'default' },
    reason,
    message,
    involvedObject: { kind, name },
  }) as Event;

describe('narrate', () => {
  it.each([
    [
      ev('Scheduled', 'Pod', 'web-abc12', 'Successfully assigned default/web-abc12 to node-2'),
      'The scheduler seated web-abc12 on node-2 (Scheduled)',
    ],
    [
      ev('SuccessfulCreate', 'ReplicaSet', 'web-7f', 'Created pod: web-7f-x1'),
      'The ReplicaSet controller of web-7f hired web-7f-x1 (SuccessfulCreate)',
    ],
    // Issue 12: the controller that made it, by the event's object (not always the ReplicaSet's).
    [
      ev('SuccessfulCreate', 'StatefulSet', 'web', 'create Pod web-1 in StatefulSet web successful'),
      'The StatefulSet controller of web hired web-1 (SuccessfulCreate)',
    ],
    [
      ev('SuccessfulCreate', 'StatefulSet', 'web', 'create Claim www-web-1 Pod web-1 in StatefulSet web success'),
      'The StatefulSet controller of web created claim www-web-1 for web-1 (SuccessfulCreate)',
    ],
    [
      ev('SuccessfulDelete', 'StatefulSet', 'web', 'delete Pod web-2 in StatefulSet web successful'),
      'The StatefulSet controller of web let web-2 go (SuccessfulDelete)',
    ],
    [ev('SuccessfulCreate', 'Job', 'pi', 'Created pod: pi-x7k2p'), 'The Job controller of pi hired pi-x7k2p (SuccessfulCreate)'],
    [
      ev('SuccessfulCreate', 'CronJob', 'hello', 'Created job hello-2890'),
      'The CronJob controller of hello created job hello-2890 (SuccessfulCreate)',
    ],
    [
      ev('SuccessfulCreate', 'DaemonSet', 'fluentd', 'Created pod: fluentd-x1'),
      'The DaemonSet controller of fluentd hired fluentd-x1 (SuccessfulCreate)',
    ],
    [ev('SuccessfulDelete', 'Job', 'pi', 'Deleted pod: pi-x1'), 'The Job controller of pi let pi-x1 go (SuccessfulDelete)'],
    [
      ev('ScalingReplicaSet', 'Deployment', 'web', 'Scaled up replica set web-7f from 0 to 3'),
      'The Deployment controller scaled web-7f up to 3 for web (ScalingReplicaSet)',
    ],
    [ev('Pulling', 'Pod', 'p', 'Pulling image "nginx:1.14.2"'), 'Pod p is fetching its instrument: image nginx:1.14.2 (Pulling)'],
    [ev('Started', 'Pod', 'p', 'Started container nginx'), 'Pod p started playing: container nginx (Started)'],
    [
      ev('RegisteredNode', 'Node', 'node-1', 'Node node-1 event: Registered Node node-1 in Controller'),
      'Node node-1 joined the cluster (RegisteredNode)',
    ],
    [ev('SomethingNew', 'Service', 'web', 'a message'), 'Service web: a message (SomethingNew)'],
  ])('%#: %s', (e, text) => {
    expect(narrate(e)).toBe(text);
  });

  it('never throws on an empty event', () => {
    expect(narrate({} as Event)).toBe('(unknown): Event (Event)');
  });
});
