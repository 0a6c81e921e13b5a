// kubectl exec, commands in and output out, against the real kubelets: the verb's errors as
// kubectl 1.32 prints them, the container's shell, files and environment, and cluster DNS and
// Service routing from inside a pod.
import { describe, expect, it } from 'vitest';
import { createCluster } from '../index';
import type { Pod } from '../objects/types';

function cluster() {
  const c = createCluster({ seed: 7 });
  const k = (line: string, stdin?: string) => c.kubectl(line, stdin);
  return { c, k };
}

const ok = (stdout: string) => ({ stdout, stderr: '', exitCode: 0 });

describe('kubectl exec: the command line and the errors', () => {
  const { c, k } = cluster();
  k('run bb --image=busybox:1.36 -- sleep 3600');
  k('run done --image=busybox --restart=Never -- true');
  c.advance(60_000);

  it.each([
    ['exec bb date', "error: exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead\nSee 'kubectl exec -h' for help and examples\n"],
    ['exec bb', 'error: you must specify at least one command for the container\n'],
    ['exec bb --', 'error: you must specify at least one command for the container\n'],
    ['exec', 'error: pod, type/name or --filename must be specified\n'],
    ['exec -- date', 'error: pod, type/name or --filename must be specified\n'],
    ['exec nope -- ls', 'Error from server (NotFound): pods "nope" not found\n'],
    ['exec bb -n kube-public -- ls', 'Error from server (NotFound): pods "bb" not found\n'],
    ['exec bb -c nope -- ls', 'Error from server (BadRequest): container nope is not valid for pod bb\n'],
    ['exec done -- ls', 'error: cannot exec into a container in a completed pod; current phase is Succeeded\n'],
    ['exec node/node-1 -- ls', 'error: cannot attach to *v1.Node: selector for *v1.Node not implemented\n'],
  ])('%s', (line, stderr) => {
    expect(k(line)).toEqual({ stdout: '', stderr, exitCode: 1 });
  });

  it('--help prints kubectl\'s summary and usage line', () => {
    const r = k('exec --help');
    expect(r.stdout).toMatch(/^Execute a command in a container\.\n/);
    expect(r.stdout).toContain('\nUsage:\n  kubectl exec (POD | TYPE/NAME) [-c CONTAINER] [flags] -- COMMAND [args...] [options]\n');
  });

  it('passes the command exit code on: `command terminated with exit code N`', () => {
    expect(k('exec bb -- sh -c "echo partial; exit 3"')).toEqual({ stdout: 'partial\n', stderr: 'command terminated with exit code 3\n', exitCode: 3 });
    expect(k('exec bb -- false')).toEqual({ stdout: '', stderr: 'command terminated with exit code 1\n', exitCode: 1 });
  });

  it('runs the docs\' loops: for over $(seq …), a while with a sleep that ends with break', () => {
    expect(k(`exec bb -- sh -c 'for i in $(seq 1 3); do echo "Welcome $i times"; done'`)).toEqual(ok('Welcome 1 times\nWelcome 2 times\nWelcome 3 times\n'));
    expect(k(`exec bb -- sh -c 'n=0; while true; do n=$((n+1)); [ $n -gt 3 ] && break; echo tick $n; sleep 1; done; echo done'`)).toEqual(ok('tick 1\ntick 2\ntick 3\ndone\n'));
  });

  it('a runaway loop is stopped after a virtual minute or 1 MiB of output', () => {
    const r = k('exec bb -- sh -c "while true; do echo 0123456789abcdef0123456789abcdef; done"');
    expect(r.exitCode).toBe(130);
    expect(r.stdout.length).toBeLessThanOrEqual((1 << 20) + 64);
    expect(r.stderr).toBe('command terminated with exit code 130\n');
    expect(k('exec bb -- sh -c "while true; do :; done"')).toEqual({ stdout: '', stderr: 'command terminated with exit code 130\n', exitCode: 130 });
  });

  it('a binary the image lacks is runc exec error, exit 126', () => {
    expect(k('exec bb -- bash')).toEqual({
      stdout: 'OCI runtime exec failed: exec failed: unable to start container process: exec: "bash": executable file not found in $PATH: unknown\n',
      stderr: 'command terminated with exit code 126\n',
      exitCode: 126,
    });
  });

  it('-i passes stdin to the shell; -t without a terminal is dropped with kubectl\'s notice', () => {
    expect(k('exec -i bb -- sh', 'echo from stdin')).toEqual(ok('from stdin\n'));
    expect(k('exec -it bb -- sh')).toEqual({ stdout: '', stderr: 'Unable to use a TTY - input is not a terminal or the right kind of file\n', exitCode: 0 });
    expect(k('exec -itq bb -- echo hi')).toEqual(ok('hi\n'));
  });

  it('a pod on a node whose container is not running yet: the kubelet has no container', () => {
    k('run slow --image=postgres:16 --env=POSTGRES_PASSWORD=x');
    let pod: Pod | undefined;
    for (let i = 0; i < 100; i++) {
      c.advance(100);
      pod = c.get('Pod', 'default', 'slow') as Pod | undefined;
      if (pod?.status?.phase === 'Pending' && pod.status.containerStatuses?.[0]?.state?.waiting) break;
    }
    expect(pod?.status?.containerStatuses?.[0]?.state?.waiting?.reason).toBe('ContainerCreating');
    expect(k('exec slow -- ls')).toEqual({ stdout: '', stderr: 'error: unable to upgrade connection: container not found ("slow")\n', exitCode: 1 });
  });

  it('a pod no node has: the API server has no host to reach', () => {
    k('apply -f -', 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: big\nspec:\n  nodeSelector:\n    none: x\n  containers:\n  - name: big\n    image: nginx\n');
    c.advance(5_000);
    expect(k('exec big -- ls')).toEqual({ stdout: '', stderr: 'Error from server (BadRequest): pod big does not have a host assigned\n', exitCode: 1 });
  });
});

describe('kubectl exec: which pod and which container', () => {
  const { c, k } = cluster();
  k('create deployment web --image=nginx --replicas=2');
  k('expose deployment web --port=80');
  // kubectl create service sets a selector (app: NAME); a Service without one comes from a manifest.
  k('apply -f -', 'apiVersion: v1\nkind: Service\nmetadata:\n  name: bare\nspec:\n  ports:\n  - port: 80\n');
  k('apply -f -', `apiVersion: v1
kind: Pod
metadata:
  name: two
spec:
  containers:
  - name: app
    image: busybox
    command: ["sleep", "3600"]
  - name: side
    image: alpine
    command: ["sleep", "3600"]
`);
  c.advance(60_000);

  it('defaults to the first container and says so on stderr; -c picks one; -q keeps quiet', () => {
    expect(k('exec two -- hostname')).toEqual({ stdout: 'two\n', stderr: 'Defaulted container "app" out of: app, side\n', exitCode: 0 });
    expect(k('exec two -c side -- cat /etc/hostname')).toEqual(ok('two\n'));
    expect(k('exec -q two -- hostname')).toEqual(ok('two\n'));
  });

  it('deploy/NAME and svc/NAME run in the most active of their pods', () => {
    const pods = (c.list('Pod', 'default') as Pod[]).filter((p) => p.metadata.name.startsWith('web-'));
    const r = k('exec deploy/web -- cat /etc/hostname');
    expect(pods.map((p) => `${p.metadata.name}\n`)).toContain(r.stdout);
    expect(k('exec svc/web -- cat /etc/hostname').stdout).toBe(r.stdout);
    expect(k('exec svc/bare -- ls')).toEqual({ stdout: '', stderr: "error: cannot attach to *v1.Service: invalid service 'bare': Service is defined without a selector\n", exitCode: 1 });
  });
});

describe('inside a container: files, environment, DNS and Services', () => {
  const { c, k } = cluster();
  k('create configmap game --from-literal=lives=3 --from-literal=level=hard');
  k('create secret generic creds --from-literal=username=admin --from-literal=password=s3cr3t');
  k('run early --image=busybox:1.28 -- sleep 3600');
  c.advance(30_000);
  k('create deployment web --image=nginx --replicas=2');
  k('expose deployment web --port=80');
  k('create deployment hello --image=us-docker.pkg.dev/google-samples/containers/gke/hello-app:1.0');
  k('expose deployment hello --port=80 --target-port=8080');
  k('create service clusterip empty --tcp=80:80');
  k('apply -f -', `apiVersion: v1
kind: Service
metadata:
  name: db
spec:
  clusterIP: None
  selector:
    app: web
  ports:
  - port: 80
`);
  k('apply -f -', `apiVersion: v1
kind: Pod
metadata:
  name: app
spec:
  containers:
  - name: app
    image: busybox:1.36
    command: ["sleep", "3600"]
    envFrom:
    - configMapRef:
        name: game
    env:
    - name: SECRET_USERNAME
      valueFrom:
        secretKeyRef:
          name: creds
          key: username
    volumeMounts:
    - name: config
      mountPath: /etc/config
    - name: secret
      mountPath: /etc/secret-volume
      readOnly: true
  volumes:
  - name: config
    configMap:
      name: game
  - name: secret
    secret:
      secretName: creds
`);
  k('run dnsutils --image=registry.k8s.io/e2e-test-images/jessie-dnsutils:1.3 -- sleep 3600');
  k('run curl --image=curlimages/curl:8.11.1 -- sleep 3600');
  c.advance(60_000);
  const ip = (kind: string, name: string) => (c.get(kind as 'Service', 'default', name) as { spec: { clusterIP: string } }).spec.clusterIP;

  it('env: envFrom, valueFrom and the Service variables of Services that existed at start', () => {
    const env = k('exec app -- env').stdout;
    expect(env).toContain('lives=3\n');
    expect(env).toContain('level=hard\n');
    expect(env).toContain('SECRET_USERNAME=admin\n');
    expect(env).toContain(`WEB_SERVICE_HOST=${ip('Service', 'web')}\nWEB_SERVICE_PORT=80\nWEB_PORT=tcp://${ip('Service', 'web')}:80\nWEB_PORT_80_TCP=tcp://${ip('Service', 'web')}:80\nWEB_PORT_80_TCP_PROTO=tcp\nWEB_PORT_80_TCP_PORT=80\nWEB_PORT_80_TCP_ADDR=${ip('Service', 'web')}\n`);
    expect(env).not.toContain('DB_SERVICE_HOST');
    // A pod created before the Service has no variables for it (kubelet sets them at start).
    expect(k('exec early -- printenv WEB_SERVICE_HOST')).toEqual({ stdout: '', stderr: 'command terminated with exit code 1\n', exitCode: 1 });
    expect(k('exec early -- sh -c "echo $KUBERNETES_SERVICE_HOST"')).toEqual(ok('10.96.0.1\n'));
  });

  it('mounted ConfigMap and Secret files, ls of the mount, the kubelet-managed files', () => {
    expect(k('exec app -- ls /etc/secret-volume')).toEqual(ok('password\nusername\n'));
    expect(k('exec app -- cat /etc/secret-volume/password')).toEqual(ok('s3cr3t'));
    expect(k('exec app -- cat /etc/config/lives')).toEqual(ok('3'));
    expect(k('exec app -- cat /etc/resolv.conf')).toEqual(ok('search default.svc.cluster.local svc.cluster.local cluster.local\nnameserver 10.96.0.10\noptions ndots:5\n'));
    const podIP = (c.get('Pod', 'default', 'app') as Pod).status?.podIP;
    expect(k('exec app -- tail -1 /etc/hosts')).toEqual(ok(`${podIP}\tapp\n`));
    expect(k('exec app -- ls /nope')).toEqual({ stdout: '', stderr: 'ls: /nope: No such file or directory\ncommand terminated with exit code 1\n', exitCode: 1 });
    expect(k('exec app -- sh -c "cat /etc/config/lives | grep 3 && echo $SECRET_USERNAME"')).toEqual(ok('3\nadmin\n'));
  });

  it('nslookup in busybox 1.28 (the docs\' DNS pages), 1.36 and dnsutils, each in its format', () => {
    expect(k('exec early -- nslookup kubernetes.default')).toEqual(
      ok('Server:    10.96.0.10\nAddress 1: 10.96.0.10 kube-dns.kube-system.svc.cluster.local\n\nName:      kubernetes.default\nAddress 1: 10.96.0.1 kubernetes.default.svc.cluster.local\n'),
    );
    expect(k('exec early -- nslookup nope')).toEqual({
      stdout: 'Server:    10.96.0.10\nAddress 1: 10.96.0.10 kube-dns.kube-system.svc.cluster.local\n\n',
      stderr: "nslookup: can't resolve 'nope'\ncommand terminated with exit code 1\n",
      exitCode: 1,
    });
    expect(k('exec app -- nslookup web')).toEqual(ok(`Server:\t\t10.96.0.10\nAddress:\t10.96.0.10:53\n\nName:\tweb.default.svc.cluster.local\nAddress: ${ip('Service', 'web')}\n\n`));
    expect(k('exec app -- nslookup web.kube-system')).toEqual({ stdout: "Server:\t\t10.96.0.10\nAddress:\t10.96.0.10:53\n\n** server can't find web.kube-system: NXDOMAIN\n\n", stderr: 'command terminated with exit code 1\n', exitCode: 1 });
    expect(k('exec dnsutils -- nslookup kubernetes.default')).toEqual(ok('Server:\t\t10.96.0.10\nAddress:\t10.96.0.10#53\n\nName:\tkubernetes.default.svc.cluster.local\nAddress: 10.96.0.1\n\n'));
  });

  it('a headless Service resolves to its ready pods\' IPs', () => {
    const podIPs = (c.list('Pod', 'default') as Pod[]).filter((p) => p.metadata.labels?.app === 'web').map((p) => p.status?.podIP);
    const out = k('exec app -- nslookup db.default.svc.cluster.local').stdout;
    for (const p of podIPs) expect(out).toContain(`Name:\tdb.default.svc.cluster.local\nAddress: ${p}\n`);
  });

  it('wget and curl reach a ready endpoint through the Service and get the image\'s real answer', () => {
    const page = k('exec app -- wget -qO- http://web');
    expect(page.stdout).toMatch(/^<!DOCTYPE html>\n<html>\n<head>\n<title>Welcome to nginx!<\/title>/);
    expect(page.stdout.length).toBe(615);
    const hello = k('exec app -- wget -qO- hello.default.svc.cluster.local');
    const helloPod = (c.list('Pod', 'default') as Pod[]).find((p) => p.metadata.labels?.app === 'hello')?.metadata.name;
    expect(hello).toEqual(ok(`Hello, world!\nVersion: 1.0.0\nHostname: ${helloPod}\n`));
    expect(k('exec curl -- curl -s http://hello')).toEqual(ok(`Hello, world!\nVersion: 1.0.0\nHostname: ${helloPod}\n`));
  });

  it('busybox wget -O FILE saves to FILE (it once took FILE as the URL)', () => {
    const r = k('exec app -- wget -O /tmp/page.html http://web/');
    expect(r.stderr).toBe(`Connecting to web (${ip('Service', 'web')}:80)\nsaving to '/tmp/page.html'\npage.html            100% |********************************|   615  0:00:00 ETA\n'/tmp/page.html' saved\n`);
    expect(k('exec app -- head -n 4 /tmp/page.html')).toEqual(ok('<!DOCTYPE html>\n<html>\n<head>\n<title>Welcome to nginx!</title>\n'));
  });

  it('no ready endpoint: refused; no such name: bad address; nothing outside the cluster', () => {
    expect(k('exec app -- wget -qO- http://empty')).toEqual({ stdout: '', stderr: `wget: can't connect to remote host (${ip('Service', 'empty')}): Connection refused\ncommand terminated with exit code 1\n`, exitCode: 1 });
    expect(k('exec app -- wget -qO- http://example.com')).toEqual({ stdout: '', stderr: "wget: bad address 'example.com'\ncommand terminated with exit code 1\n", exitCode: 1 });
    expect(k('exec curl -- curl -sS http://empty')).toEqual({ stdout: '', stderr: "curl: (7) Failed to connect to empty port 80 after 0 ms: Couldn't connect to server\ncommand terminated with exit code 7\n", exitCode: 7 });
    expect(k('exec curl -- curl https://kubernetes.io')).toEqual({ stdout: '', stderr: 'curl: (6) Could not resolve host: kubernetes.io\ncommand terminated with exit code 6\n', exitCode: 6 });
    expect(k('exec curl -- curl -s web:81').exitCode).toBe(28);
  });

  it('curl shows its progress meter on stderr when stdout is not a terminal', () => {
    const r = k('exec curl -- curl http://web');
    expect(r.stderr).toMatch(/^ {2}% Total {4}% Received % Xferd {2}Average Speed/);
    expect(r.stdout.length).toBe(615);
  });

  it('what exec writes into a server container stays until it restarts: nginx serves it', () => {
    const pod = (c.list('Pod', 'default') as Pod[]).find((p) => p.metadata.labels?.app === 'web')?.metadata.name as string;
    expect(k(`exec ${pod} -- sh -c "echo 'Hello shell demo' > /usr/share/nginx/html/index.html"`)).toEqual(ok(''));
    expect(k(`exec ${pod} -- curl -s http://localhost/`)).toEqual(ok('Hello shell demo\n'));
    expect(k(`exec ${pod} -- curl -s http://localhost/missing.html`).stdout).toContain('404 Not Found');
  });

  it('Debian-based images have neither wget nor nslookup', () => {
    expect(k('exec deploy/web -- wget -qO- http://web').stdout).toContain('exec: "wget": executable file not found in $PATH');
    expect(k('exec deploy/web -- sh -c "nslookup web"')).toEqual({ stdout: '', stderr: 'sh: 1: nslookup: not found\ncommand terminated with exit code 127\n', exitCode: 127 });
  });
});
