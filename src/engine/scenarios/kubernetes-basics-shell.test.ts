// "Kubernetes Basics" modules 3 and 4 typed verbatim into the console's shell
// (kubernetes/website content/en/docs/tutorials/kubernetes-basics/explore/explore-intro.md and
// expose/expose-intro.md): the `export POD_NAME="$(kubectl get pods -o go-template …)"` lines,
// `echo`, `$POD_NAME` in later commands, the NodePort through `-o go-template='{{(index
// .spec.ports 0).nodePort}}'`, and module 3's `kubectl exec` (env, then a bash session in the
// container: `cat server.js`, `curl http://localhost:8080`, `exit`). What this console does not
// run (kubectl proxy, curl on the learner's machine, minikube) says so by name.
import { describe, expect, it } from 'vitest';
import { consolePrompt, newConsoleShell, runConsoleLine } from '../console/shell';
import { createCluster } from '../index';

function terminal() {
  const cluster = createCluster({ seed: 7 });
  const shell = newConsoleShell();
  const type = (line: string) => {
    // As the page does: a command alone on the line runs as at a terminal.
    const r = runConsoleLine(shell, line, { kubectl: (l, stdin, alone) => (alone ? cluster.kubectlFollow(l) : cluster.kubectl(l, stdin)) });
    return {
      stdout: r.output.filter((c) => c.stream === 'stdout').map((c) => c.text).join(''),
      stderr: r.output.filter((c) => c.stream === 'stderr').map((c) => c.text).join(''),
      exitCode: r.exitCode,
    };
  };
  return { cluster, shell, type };
}

describe('Kubernetes Basics, modules 3–4, in the console shell', () => {
  it('module 3: explore the app with POD_NAME', () => {
    const { cluster, shell, type } = terminal();
    // Module 2, as the tutorial leaves the cluster.
    expect(type('kubectl create deployment kubernetes-bootcamp --image=gcr.io/google-samples/kubernetes-bootcamp:v1').stdout).toBe(
      'deployment.apps/kubernetes-bootcamp created\n',
    );
    cluster.advance(30_000);
    expect(type('kubectl proxy').stderr).toMatch(/^error: "kubectl proxy" is a real kubectl command, but this simulated cluster does not run it/);
    expect(type(`export POD_NAME="$(kubectl get pods -o go-template --template '{{range .items}}{{.metadata.name}}{{"\\n"}}{{end}}')"`)).toEqual({
      stdout: '',
      stderr: '',
      exitCode: 0,
    });
    const pod = shell.vars.POD_NAME;
    expect(pod).toMatch(/^kubernetes-bootcamp-[a-z0-9]+-[a-z0-9]{5}$/);
    expect(type('echo Name of the Pod: $POD_NAME').stdout).toBe(`Name of the Pod: ${pod}\n`);
    expect(type('curl http://localhost:8001/api/v1/namespaces/default/pods/$POD_NAME:8080/proxy/')).toEqual({
      stdout: '',
      stderr: 'bash: curl: not available in this console (it runs kubectl, echo, export, unset, cat, grep, head, tail, wc, sort, uniq, base64)\n',
      exitCode: 127,
    });
    expect(type(`kubectl describe pod $POD_NAME`).stdout).toMatch(new RegExp(`^Name: +${pod}\\nNamespace: +default\\n`));
    // Executing commands on the container.
    const env = type('kubectl exec "$POD_NAME" -- env');
    expect(env.stdout).toContain(`HOSTNAME=${pod}\n`);
    expect(env.stdout).toContain('KUBERNETES_SERVICE_HOST=10.96.0.1\n');
    expect(type('kubectl exec -ti $POD_NAME -- bash')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect(consolePrompt(shell)).toBe(`root@${pod}:/# `);
    const source = type('cat server.js');
    expect(source.stdout).toMatch(/^var http = require\('http'\);\n/);
    expect(source.stdout).toContain('response.end(" | v=1\\n");');
    expect(type('curl http://localhost:8080')).toEqual({ stdout: `Hello Kubernetes bootcamp! | Running on: ${pod} | v=1\n`, stderr: '', exitCode: 0 });
    expect(type('exit')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect(consolePrompt(shell)).toBeUndefined();
  });

  it('module 4: expose with a NodePort, labels, delete by label', () => {
    const { cluster, shell, type } = terminal();
    type('kubectl create deployment kubernetes-bootcamp --image=gcr.io/google-samples/kubernetes-bootcamp:v1');
    cluster.advance(30_000);
    expect(type('kubectl expose deployment/kubernetes-bootcamp --type="NodePort" --port 8080').stdout).toBe('service/kubernetes-bootcamp exposed\n');
    expect(type('kubectl describe services/kubernetes-bootcamp').stdout).toMatch(/^Name: +kubernetes-bootcamp\n/);
    type(`export NODE_PORT="$(kubectl get services/kubernetes-bootcamp -o go-template='{{(index .spec.ports 0).nodePort}}')"`);
    const port = Number(shell.vars.NODE_PORT);
    expect(port).toBeGreaterThanOrEqual(30000);
    expect(port).toBeLessThanOrEqual(32767);
    expect(type('echo "NODE_PORT=$NODE_PORT"').stdout).toBe(`NODE_PORT=${port}\n`);
    expect(type('curl http://"$(minikube ip):$NODE_PORT"').stderr).toBe(
      'bash: minikube: not available in this console (it runs kubectl, echo, export, unset, cat, grep, head, tail, wc, sort, uniq, base64)\nbash: curl: not available in this console (it runs kubectl, echo, export, unset, cat, grep, head, tail, wc, sort, uniq, base64)\n',
    );
    expect(type('kubectl get pods -l app=kubernetes-bootcamp').stdout).toMatch(/^NAME +READY +STATUS +RESTARTS +AGE\nkubernetes-bootcamp-/);
    expect(type('kubectl get services -l app=kubernetes-bootcamp').stdout).toMatch(/^NAME +TYPE +CLUSTER-IP +EXTERNAL-IP +PORT\(S\) +AGE\nkubernetes-bootcamp +NodePort /);
    type(`export POD_NAME="$(kubectl get pods -o go-template --template '{{range .items}}{{.metadata.name}}{{"\\n"}}{{end}}')"`);
    const pod = shell.vars.POD_NAME;
    expect(type('echo "Name of the Pod: $POD_NAME"').stdout).toBe(`Name of the Pod: ${pod}\n`);
    expect(type('kubectl label pods "$POD_NAME" version=v1').stdout).toBe(`pod/${pod} labeled\n`);
    expect(type('kubectl describe pods "$POD_NAME"').stdout).toMatch(/\nLabels: +app=kubernetes-bootcamp\n +pod-template-hash=\S+\n +version=v1\n/);
    expect(type('kubectl get pods -l version=v1').stdout).toContain(pod);
    expect(type('kubectl delete service -l app=kubernetes-bootcamp').stdout).toBe('service "kubernetes-bootcamp" deleted\n');
    expect(type('kubectl get services').stdout).toMatch(/^NAME +TYPE +CLUSTER-IP +EXTERNAL-IP +PORT\(S\) +AGE\nkubernetes +ClusterIP /);
  });
});
