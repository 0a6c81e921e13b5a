import { describe, expect, it } from 'vitest';
import { createDevSession } from '../stage/dev-session';
import { editLabel, editTarget } from './edit-target';

const STATEFUL = `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: web
spec:
  selector:
    matchLabels:
      app: web
  serviceName: web
  replicas: 1
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: nginx
        image: nginx
`;

describe('what Edit YAML opens (issue 12)', () => {
  it("opens a selected musician's workload, not a starter template", () => {
    const s = createDevSession({ seed: 3 });
    s.actions.kubectl('create deployment band --image=nginx --replicas=2');
    s.actions.kubectl('apply -f -', STATEFUL);
    s.actions.kubectl('run solo --image=nginx');
    s.advance(30_000);
    const st = s.store.getState();
    const band = st.pods.find((p) => p.metadata.name.startsWith('band-'))!;
    const at = (kind: 'Pod' | 'Node' | 'Deployment' | 'StatefulSet' | 'Service', name: string) => editTarget({ kind, name }, st);
    expect(at('Pod', band.metadata.name)).toEqual({ kind: 'Deployment', namespace: 'default', name: 'band' });
    expect(at('Pod', 'web-0')).toEqual({ kind: 'StatefulSet', namespace: 'default', name: 'web' });
    expect(at('Pod', 'solo')).toEqual({ kind: 'Pod', namespace: 'default', name: 'solo' });
    expect(at('StatefulSet', 'web')).toEqual({ kind: 'StatefulSet', namespace: 'default', name: 'web' });
    expect(at('Node', 'node-1')).toBeUndefined();
    expect(editTarget(null, st)).toBeUndefined();
    expect(editLabel(at('Pod', band.metadata.name))).toBe('Edit YAML of deployment band');
    expect(editLabel(undefined)).toBe('Edit YAML');
    // What the editor then reads works for each kind.
    expect(s.read('get statefulset web -n default -o json').exitCode).toBe(0);
  });
});
