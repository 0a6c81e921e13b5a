// The console as a small shell in the session: each kubectl it runs is recorded (so a rewind
// replays it), variables survive a rewind and not a Reset, and a following command prints as
// virtual time passes until it ends or is stopped.
import { describe, expect, it } from 'vitest';
import { createSession } from './session';

const consoleFrom = (s: ReturnType<typeof createSession>, mark: number) => s.store.getState().console.slice(mark);

describe('the session console', () => {
  it('runs pipes and variables, recording each kubectl as its own line', () => {
    const s = createSession({ seed: 1 });
    s.advance(30_000);
    const mark = s.store.getState().console.length;
    s.actions.runConsole('kubectl create configmap game --from-literal=lives=3 --dry-run=client -o yaml | kubectl apply -f -');
    s.actions.runConsole('export CM=game');
    s.actions.runConsole('echo Name: $CM');
    s.actions.runConsole('get configmap $CM -o jsonpath={.data.lives}');
    s.actions.runConsole('echo hi | sed s/h/H/');
    expect(consoleFrom(s, mark)).toEqual([
      { kind: 'input', text: 'kubectl create configmap game --from-literal=lives=3 --dry-run=client -o yaml | kubectl apply -f -' },
      { kind: 'stdout', text: 'configmap/game created' },
      { kind: 'input', text: 'export CM=game' },
      { kind: 'input', text: 'echo Name: $CM' },
      { kind: 'stdout', text: 'Name: game' },
      { kind: 'input', text: 'kubectl get configmap $CM -o jsonpath={.data.lives}' },
      { kind: 'stdout', text: '3' },
      { kind: 'input', text: 'echo hi | sed s/h/H/' },
      {
        kind: 'stderr',
        text: 'bash: sed: not available in this console (it runs kubectl, echo, export, unset, cat, grep, head, tail, wc, sort, uniq, base64)',
      },
    ]);
    // The share log holds the kubectl lines the shell ran, with the manifest piped in.
    const log = s
      .shareState()
      .log.filter((e) => e.kind === 'kubectl')
      .slice(-3);
    expect(log.map((e) => (e.kind === 'kubectl' ? [e.line, e.stdin === undefined] : []))).toEqual([
      ['create configmap game --from-literal=lives=3 --dry-run=client -o yaml', true],
      ['apply -f -', false],
      ['get configmap game -o jsonpath={.data.lives}', true],
    ]);
    // A rewind replays those lines (the ConfigMap is still there) and keeps the terminal's variables.
    s.advance(5_000);
    s.actions.rewindTo(s.store.getState().now - 1_000);
    s.actions.runConsole('get configmap $CM -o name');
    expect(s.store.getState().console.at(-1)).toEqual({ kind: 'stdout', text: 'configmap/game' });
    s.actions.reset();
    s.actions.runConsole('echo [$CM]');
    expect(s.store.getState().console.at(-1)).toEqual({ kind: 'stdout', text: '[]' });
  });

  it('follows get -w as time passes and stops on Stop with ^C', () => {
    const s = createSession({ seed: 1 });
    s.advance(30_000);
    s.actions.runConsole('kubectl get pods -w');
    expect(s.store.getState().following).toBe('kubectl get pods -w');
    const mark = s.store.getState().console.length;
    s.actions.scale('Deployment', 'default', 'nginx-deployment', 1);
    s.advance(10_000);
    const rows = consoleFrom(s, mark).filter((l) => l.kind === 'stdout' && /^nginx-deployment-\S+ {3}0\/1 {3}Pending/.test(l.text));
    expect(rows.length).toBeGreaterThan(0);
    s.actions.stopFollowing();
    expect(s.store.getState().following).toBeUndefined();
    expect(s.store.getState().console.at(-1)).toEqual({ kind: 'stdout', text: '^C' });
    const after = s.store.getState().console.length;
    s.actions.scale('Deployment', 'default', 'nginx-deployment', -1);
    s.advance(10_000);
    expect(consoleFrom(s, after).filter((l) => l.kind === 'stdout' && l.text.startsWith('nginx-deployment-'))).toEqual([]);
  });

  it('ends rollout status on its own when the rollout is done', () => {
    const s = createSession({ seed: 1 });
    s.advance(30_000);
    s.actions.runConsole('kubectl set image deployment/nginx-deployment nginx=nginx:1.27');
    s.actions.runConsole('kubectl rollout status deployment/nginx-deployment');
    expect(s.store.getState().following).toBe('kubectl rollout status deployment/nginx-deployment');
    s.advance(120_000);
    expect(s.store.getState().following).toBeUndefined();
    const last = s.store.getState().console.at(-1);
    expect(last?.kind).toBe('stdout');
    expect(last?.text).toMatch(
      /rollout to finish: 1 old replicas are pending termination...\ndeployment "nginx-deployment" successfully rolled out$/,
    );
  });

  it('kubectl exec -it … -- sh opens the container prompt: its lines echo after `/ # `, exit closes it', () => {
    const s = createSession({ seed: 1 });
    s.actions.runConsole('run shell --image=busybox -- sleep 3600');
    s.advance(30_000);
    const mark = s.store.getState().console.length;
    s.actions.runConsole('kubectl exec -it shell -- sh');
    expect(s.store.getState().prompt).toBe('/ # ');
    s.actions.runConsole('cat /etc/resolv.conf | head -1');
    s.actions.runConsole('exit');
    expect(s.store.getState().prompt).toBeUndefined();
    expect(consoleFrom(s, mark)).toEqual([
      { kind: 'input', text: 'kubectl exec -it shell -- sh' },
      { kind: 'input', text: 'cat /etc/resolv.conf | head -1', prompt: '/ # ' },
      { kind: 'stdout', text: 'search default.svc.cluster.local svc.cluster.local cluster.local' },
      { kind: 'input', text: 'exit', prompt: '/ # ' },
    ]);
    // Each line ran as a kubectl exec the share log replays.
    const log = s.shareState().log.filter((e) => e.kind === 'kubectl');
    expect(log.map((e) => (e.kind === 'kubectl' ? e.line : '')).slice(-2)).toEqual([
      'exec -it shell -- sh',
      "exec -it -n default shell -c shell -- sh -c 'cat /etc/resolv.conf | head -1'",
    ]);
  });
});
