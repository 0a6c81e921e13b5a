// "Connecting Applications with Services" (kubernetes/website content/en/docs/tutorials/services/
// connect-applications-service.md) typed verbatim into the console's shell, with its manifest
// (content/en/examples/service/networking/run-my-nginx.yaml): two nginx pods, `kubectl expose`,
// the Service's environment variables (only in pods started after it), the kube-dns Service and
// nslookup from a curl pod, then the Service patched to NodePort.
// Where the page's sample output is older than 1.32, 1.32's is asserted: kube-dns also lists
// 9153/TCP (CoreDNS's metrics port), the ClusterIP range is 10.96.0.0/12, and busybox's nslookup
// names the server and the Service by their PTR records.
// Not run here, said plainly by the console or left out:
// - `kubectl run curl --image=radial/busyboxplus:curl -i --tty --rm`: run does not attach (no -i/--rm);
//   the curl pod is started with `-- sleep 3600` and reached with `kubectl exec` instead;
// - "Securing the Service": `make keys`/openssl on the learner's machine, `kubectl create secret tls
//   --key /tmp/nginx.key` (no local files), `kubectl edit`, and curl from the learner's machine to a
//   node's external IP (this cluster's nodes have no ExternalIP);
// - `kubectl apply -f ./run-my-nginx.yaml` reads the manifest from stdin (`-f -`): there is no local disk;
// - `kubectl scale … --replicas=0; kubectl scale … --replicas=2;` on one line: a console line takes no
//   virtual time, so the two scales are typed a second apart (see below).
import { describe, expect, it } from 'vitest';
import { newConsoleShell, runConsoleLine } from '../console/shell';
import { createCluster } from '../index';

const RUN_MY_NGINX = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: my-nginx
spec:
  selector:
    matchLabels:
      run: my-nginx
  replicas: 2
  template:
    metadata:
      labels:
        run: my-nginx
    spec:
      containers:
      - name: my-nginx
        image: nginx
        ports:
        - containerPort: 80
`;

function terminal() {
  const cluster = createCluster({ seed: 3 });
  const shell = newConsoleShell();
  const type = (line: string, stdin?: string) => {
    const r = runConsoleLine(shell, line, { kubectl: (l, s, alone) => (alone && stdin === undefined ? cluster.kubectlFollow(l) : cluster.kubectl(l, s ?? stdin)) });
    return {
      stdout: r.output.filter((c) => c.stream === 'stdout').map((c) => c.text).join(''),
      stderr: r.output.filter((c) => c.stream === 'stderr').map((c) => c.text).join(''),
      exitCode: r.exitCode,
    };
  };
  return { cluster, type };
}

const podNames = (out: string) => out.split('\n').slice(1).filter(Boolean).map((l) => l.split(/\s+/)[0]);

describe('Connecting Applications with Services', () => {
  it('exposes nginx, finds it through env vars and DNS, and patches it to NodePort', () => {
    const { cluster, type } = terminal();
    // "Exposing pods to the cluster"
    expect(type('kubectl apply -f -', RUN_MY_NGINX).stdout).toBe('deployment.apps/my-nginx created\n');
    cluster.advance(60_000);
    const wide = type('kubectl get pods -l run=my-nginx -o wide').stdout;
    expect(wide).toMatch(/^NAME +READY +STATUS +RESTARTS +AGE +IP +NODE +NOMINATED NODE +READINESS GATES\n/);
    const first = podNames(wide);
    expect(first).toHaveLength(2);
    for (const p of first) expect(wide).toMatch(new RegExp(`${p} +1/1 +Running +0 +60s +10\\.244\\.\\d+\\.\\d+ +node-\\d`));
    expect(type('kubectl get pods -l run=my-nginx -o custom-columns=POD_IP:.status.podIPs').stdout).toMatch(/^POD_IP\n\[map\[ip:10\.244\.\d+\.\d+\]\]\n\[map\[ip:10\.244\.\d+\.\d+\]\]\n$/);

    // "Creating a Service"
    expect(type('kubectl expose deployment/my-nginx').stdout).toBe('service/my-nginx exposed\n');
    cluster.advance(2_000);
    const svc = type('kubectl get svc my-nginx').stdout;
    expect(svc).toMatch(/^NAME +TYPE +CLUSTER-IP +EXTERNAL-IP +PORT\(S\) +AGE\nmy-nginx +ClusterIP +10\.\d+\.\d+\.\d+ +<none> +80\/TCP +2s\n$/);
    const clusterIP = svc.split('\n')[1].split(/\s+/)[2];
    const describe = type('kubectl describe svc my-nginx').stdout;
    expect(describe).toMatch(/^Name: +my-nginx\nNamespace: +default\nLabels: +<none>\nAnnotations: +<none>\nSelector: +run=my-nginx\nType: +ClusterIP\n/);
    expect(describe).toMatch(/\nEndpoints: +10\.244\.\d+\.\d+:80,10\.244\.\d+\.\d+:80\n/);
    expect(type('kubectl get endpointslices -l kubernetes.io/service-name=my-nginx').stdout).toMatch(/^NAME +ADDRESSTYPE +PORTS +ENDPOINTS +AGE\nmy-nginx-\w{5} +IPv4 +80 +10\.244\.\d+\.\d+,10\.244\.\d+\.\d+ +2s\n$/);

    // "Environment Variables": the pods predate the Service, so only the kubernetes Service's.
    const before = type(`kubectl exec ${first[0]} -- printenv | grep SERVICE`);
    expect(before.stdout.split('\n').filter(Boolean).sort()).toEqual(['KUBERNETES_SERVICE_HOST=10.96.0.1', 'KUBERNETES_SERVICE_PORT=443', 'KUBERNETES_SERVICE_PORT_HTTPS=443']);
    // The page types both on one line; here a line takes no virtual time, so the controllers would
    // only ever see replicas=2. Typed as two lines a second apart, as they reach a real API server.
    expect(type('kubectl scale deployment my-nginx --replicas=0;').stdout).toBe('deployment.apps/my-nginx scaled\n');
    cluster.advance(1_000);
    expect(type('kubectl scale deployment my-nginx --replicas=2;').stdout).toBe('deployment.apps/my-nginx scaled\n');
    cluster.advance(60_000);
    const again = podNames(type('kubectl get pods -l run=my-nginx -o wide').stdout);
    expect(again).toHaveLength(2);
    for (const p of again) expect(first).not.toContain(p);
    const after = type(`kubectl exec ${again[0]} -- printenv | grep SERVICE`);
    expect(after.stdout.split('\n').filter(Boolean).sort()).toEqual([
      'KUBERNETES_SERVICE_HOST=10.96.0.1',
      'KUBERNETES_SERVICE_PORT=443',
      'KUBERNETES_SERVICE_PORT_HTTPS=443',
      `MY_NGINX_SERVICE_HOST=${clusterIP}`,
      'MY_NGINX_SERVICE_PORT=80',
    ]);

    // "DNS": kubeadm's CoreDNS behind kube-dns.
    expect(type('kubectl get services kube-dns --namespace=kube-system').stdout).toMatch(
      /^NAME +TYPE +CLUSTER-IP +EXTERNAL-IP +PORT\(S\) +AGE\nkube-dns +ClusterIP +10\.96\.0\.10 +<none> +53\/UDP,53\/TCP,9153\/TCP +2m3s\n$/,
    );
    expect(type('kubectl run curl --image=radial/busyboxplus:curl -i --tty --rm')).toMatchObject({ exitCode: 1 });
    expect(type('kubectl run curl --image=radial/busyboxplus:curl -- sleep 3600').stdout).toBe('pod/curl created\n');
    cluster.advance(20_000);
    expect(type('kubectl exec curl -- nslookup my-nginx')).toEqual({
      stdout: `Server:    10.96.0.10\nAddress 1: 10.96.0.10 kube-dns.kube-system.svc.cluster.local\n\nName:      my-nginx\nAddress 1: ${clusterIP} my-nginx.default.svc.cluster.local\n`,
      stderr: '',
      exitCode: 0,
    });
    expect(type('kubectl exec curl -- curl -s my-nginx').stdout).toMatch(/<title>Welcome to nginx!<\/title>/);

    // "Exposing the Service": NodePort, then the node ports in the Service's YAML.
    expect(type(`kubectl patch svc my-nginx -p '{"spec": {"type": "NodePort"}}'`).stdout).toBe('service/my-nginx patched\n');
    const ports = type('kubectl get svc my-nginx -o yaml | grep nodePort -C 5').stdout;
    expect(ports).toMatch(/ {2}- nodePort: 3\d{4}\n {4}port: 80\n {4}protocol: TCP\n {4}targetPort: 80\n/);
  });

  it('nslookup times out once no CoreDNS pod is ready, and answers again when they are back', () => {
    const { cluster, type } = terminal();
    type('kubectl run curl --image=radial/busyboxplus:curl -- sleep 3600');
    type('kubectl run bb --image=busybox:1.36 -- sleep 3600');
    cluster.advance(30_000);
    expect(type('kubectl exec bb -- nslookup kubernetes').exitCode).toBe(0);
    expect(type('kubectl scale deployment coredns -n kube-system --replicas=0').stdout).toBe('deployment.apps/coredns scaled\n');
    cluster.advance(15_000);
    expect(type('kubectl get pods -n kube-system -l k8s-app=kube-dns').stderr).toBe('No resources found in kube-system namespace.\n');
    // busybox ≥ 1.29's resolver, and 1.22's (libc): the server has no name without DNS either.
    expect(type('kubectl exec bb -- nslookup kubernetes')).toEqual({
      stdout: ';; connection timed out; no servers could be reached\n\n',
      stderr: 'command terminated with exit code 1\n',
      exitCode: 1,
    });
    expect(type('kubectl exec curl -- nslookup kubernetes')).toEqual({
      stdout: 'Server:    10.96.0.10\nAddress 1: 10.96.0.10\n\n',
      stderr: "nslookup: can't resolve 'kubernetes'\ncommand terminated with exit code 1\n",
      exitCode: 1,
    });
    expect(type('kubectl exec bb -- wget -qO- http://kubernetes').stderr).toBe("wget: bad address 'kubernetes'\ncommand terminated with exit code 1\n");
    type('kubectl scale deployment coredns -n kube-system --replicas=2');
    cluster.advance(30_000);
    expect(type('kubectl exec bb -- nslookup kubernetes').stdout).toBe('Server:\t\t10.96.0.10\nAddress:\t10.96.0.10:53\n\nName:\tkubernetes.default.svc.cluster.local\nAddress: 10.96.0.1\n\n');
  });
});
