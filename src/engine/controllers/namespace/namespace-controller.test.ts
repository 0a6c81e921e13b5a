// Deleting a namespace: the system ones are refused (NamespaceLifecycle admission); any other goes
// Terminating, refuses new content, is emptied by the namespace controller (pods end gracefully)
// and then disappears, so a namespace of the same name starts empty.
import { describe, expect, it } from 'vitest';
import { createCluster, restoreCluster } from '../../index';

function withTeam() {
  const c = createCluster({ nodes: 2, seed: 1 });
  c.kubectl('create ns team');
  c.kubectl('create deployment web --image=nginx --replicas=2 -n team');
  c.kubectl('create configmap settings --from-literal=a=b -n team');
  c.advance(60_000);
  return c;
}

describe('namespace deletion', () => {
  it.each(['default', 'kube-system', 'kube-public'])('%s may not be deleted', (name) => {
    const c = withTeam();
    expect(c.kubectl(`delete ns ${name}`)).toEqual({
      stdout: '',
      stderr: `Error from server (Forbidden): namespaces "${name}" is forbidden: this namespace may not be deleted\n`,
      exitCode: 1,
    });
    expect(c.kubectl(`get ns ${name}`).stdout).toMatch(/Active/);
  });

  it('goes Terminating, refuses new content, is emptied, then is gone; the same name starts empty', () => {
    const c = withTeam();
    expect(c.kubectl('delete ns team').stdout).toBe('namespace "team" deleted\n');
    expect(c.kubectl('get ns team').stdout).toMatch(/^NAME +STATUS +AGE\nteam +Terminating +60s\n$/);
    expect(c.kubectl('create deployment more --image=nginx -n team').stderr).toBe(
      'Error from server (Forbidden): deployments.apps "more" is forbidden: unable to create new content in namespace team because it is being terminated\n',
    );
    // The controller deletes the content at once; the pods end on their kubelets.
    c.advance(1_000);
    expect(c.kubectl('get deploy,cm -n team').stdout).toBe('');
    c.advance(40_000);
    expect(c.kubectl('get ns team').stderr).toBe('Error from server (NotFound): namespaces "team" not found\n');
    expect(c.kubectl('create ns team').stdout).toBe('namespace/team created\n');
    expect(c.kubectl('get all -n team')).toEqual({ stdout: '', stderr: 'No resources found in team namespace.\n', exitCode: 0 });
  });

  it('a snapshot taken while the namespace terminates carries on to the same end', () => {
    const c = withTeam();
    c.kubectl('delete ns team');
    c.advance(2_000);
    const restored = restoreCluster(JSON.parse(JSON.stringify(c.snapshot())));
    c.advance(40_000);
    restored.advance(40_000);
    expect(restored.kubectl('get ns').stdout).toBe(c.kubectl('get ns').stdout);
    expect(restored.kubectl('get ns team').exitCode).toBe(1);
  });
});
