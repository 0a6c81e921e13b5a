import { describe, expect, it } from 'vitest';
import { createCluster } from '../index';
import type { KObject } from '../objects/types';
import { readManifest } from './manifest';

const DEPLOY = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels: {app: web}
spec:
  replicas: 2
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: nginx
        image: nginx:1.14.2
        ports:
        - containerPort: 80
`;

const cluster = () => createCluster({ nodes: 0 });
const get = (c: ReturnType<typeof cluster>, kind: string, name: string, ns = 'default') => c.api.getByKind(kind, ns, name) as KObject | undefined;

describe('manifest parsing errors (kubectl wording)', () => {
  it.each([
    ['apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n bad: 1', 'error: error parsing STDIN: error converting YAML to JSON: yaml: line 4: did not find expected key'],
    ['a: b: c', 'error: error parsing STDIN: error converting YAML to JSON: yaml: mapping values are not allowed in this context'],
    ['apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n\tfoo: 1', 'error: error parsing STDIN: error converting YAML to JSON: yaml: line 5: found a tab character that violates indentation'],
    ['apiVersion: v1\nkind: Pod\nmetadata: [\n', 'error: error parsing STDIN: error converting YAML to JSON: yaml: line 3: did not find expected node content'],
    ['metadata:\n  name: x', 'error: error validating "STDIN": error validating data: [apiVersion not set, kind not set]; if you choose to ignore these errors, turn validation off with --validate=false'],
    ['kind: Pod\nmetadata:\n  name: x', 'error: error validating "STDIN": error validating data: apiVersion not set; if you choose to ignore these errors, turn validation off with --validate=false'],
    ['- a\n- b', 'error: error validating "STDIN": error validating data: invalid object to validate; if you choose to ignore these errors, turn validation off with --validate=false'],
    ['x: &a [1]\ny: *b', "error: error parsing STDIN: error converting YAML to JSON: yaml: unknown anchor 'b' referenced"],
  ])('%j', (text, err) => {
    expect(readManifest(text).streamError).toBe(err);
  });

  it('unknown kind is per document; flow style and JSON and List parse', () => {
    const m = readManifest('apiVersion: v1\nkind: Foo\nmetadata: {name: x}\n---\n{"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "n"}}\n---\napiVersion: v1\nkind: List\nitems:\n- {apiVersion: v1, kind: Namespace, metadata: {name: m}}\n');
    expect(m.items.map((i) => ('error' in i ? i.error : i.obj.metadata?.name))).toEqual([
      'error: resource mapping not found for name: "x" namespace: "" from "STDIN": no matches for kind "Foo" in version "v1"\nensure CRDs are installed first',
      'n',
      'm',
    ]);
  });

  it('accepts flow-style official examples with comments and dotted keys', () => {
    const flow = `{
  apiVersion: apps/v1, kind: Deployment,
  metadata: { name: nginx-deployment, labels: { app.kubernetes.io/name: nginx } }, # a comment
  spec: { replicas: 3, selector: { matchLabels: { app.kubernetes.io/name: nginx } },
    template: { metadata: { labels: { app.kubernetes.io/name: nginx } },
      spec: { containers: [ { name: nginx, image: "nginx:1.14.2", ports: [ { containerPort: 80 } ] } ] } } }
}`;
    const m = readManifest(flow);
    expect(m.streamError).toBeUndefined();
    const item = m.items[0] as { obj: KObject };
    expect(item.obj.spec.template.spec.containers[0].image).toBe('nginx:1.14.2');
    expect(item.obj.metadata.labels).toEqual({ 'app.kubernetes.io/name': 'nginx' });
  });

  it('bounds alias expansion and input size', () => {
    const bomb = `a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [${'*a,'.repeat(9)}*a]\nc: &c [${'*b,'.repeat(9)}*b]\nd: &d [${'*c,'.repeat(9)}*c]\ne: [${'*d,'.repeat(9)}*d]\n`;
    expect(readManifest(bomb).streamError).toBe('error: error parsing STDIN: error converting YAML to JSON: yaml: document contains excessive aliasing');
    expect(readManifest(`# ${'x'.repeat(3 * 1024 * 1024)}`).streamError).toBe('Error from server (RequestEntityTooLarge): error when creating "STDIN": Request entity too large: limit is 3145728');
  });
});

describe('create / apply', () => {
  it('create -f -, AlreadyExists continues with the next document, exit 1', () => {
    const c = cluster();
    expect(c.kubectl('create -f -', DEPLOY)).toEqual({ stdout: 'deployment.apps/web created\n', stderr: '', exitCode: 0 });
    const r = c.kubectl('create -f -', `${DEPLOY}---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: dev\n`);
    expect(r).toEqual({ stdout: 'namespace/dev created\n', stderr: 'Error from server (AlreadyExists): error when creating "STDIN": deployments.apps "web" already exists\n', exitCode: 1 });
  });

  it.each([
    ['create -f x.yaml', 'error: the path "x.yaml" does not exist\n'],
    ['apply -f web.yaml', 'error: the path "web.yaml" does not exist\n'],
    ['apply', 'error: must specify one of -f and -k\n'],
  ])('%s', (line, stderr) => {
    expect(cluster().kubectl(line, '')).toEqual({ stdout: '', stderr, exitCode: 1 });
  });

  it('apply writes last-applied-configuration as kubectl does: keys sorted, annotations kept as {}', () => {
    const c = cluster();
    c.kubectl('apply -f -', DEPLOY);
    const ann = (get(c, 'Deployment', 'web') as KObject).metadata.annotations ?? {};
    expect(ann['kubectl.kubernetes.io/last-applied-configuration']).toBe(
      '{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"annotations":{},"labels":{"app":"web"},"name":"web","namespace":"default"},' +
        '"spec":{"replicas":2,"selector":{"matchLabels":{"app":"web"}},"template":{"metadata":{"labels":{"app":"web"}},' +
        '"spec":{"containers":[{"image":"nginx:1.14.2","name":"nginx","ports":[{"containerPort":80}]}]}}}}\n',
    );
    // Other annotations of the manifest stay in it (sorted too); only its own is left out.
    c.kubectl('apply -f -', DEPLOY.replace('  labels: {app: web}\n', '  annotations: {team: b, a: x}\n'));
    const again = (get(c, 'Deployment', 'web') as KObject).metadata.annotations ?? {};
    expect(again['kubectl.kubernetes.io/last-applied-configuration']).toMatch(/^\{"apiVersion":"apps\/v1","kind":"Deployment","metadata":\{"annotations":\{"a":"x","team":"b"\},"name":"web"/);
  });

  it('create -f - with empty stdin', () => {
    expect(cluster().kubectl('create -f -', '')).toEqual({ stdout: '', stderr: 'error: no objects passed to create\n', exitCode: 1 });
  });

  it('apply: created, unchanged, configured; keeps replicas set by scale; removes dropped fields', () => {
    const c = cluster();
    expect(c.kubectl('apply -f -', DEPLOY).stdout).toBe('deployment.apps/web created\n');
    const created = get(c, 'Deployment', 'web') as KObject;
    expect(JSON.parse(created.metadata.annotations?.['kubectl.kubernetes.io/last-applied-configuration'] ?? '{}').spec.replicas).toBe(2);
    expect(c.kubectl('apply -f -', DEPLOY).stdout).toBe('deployment.apps/web unchanged\n');
    const noReplicas = DEPLOY.replace('  replicas: 2\n', '').replace('  labels: {app: web}\n', '');
    expect(c.kubectl('apply -f -', noReplicas).stdout).toBe('deployment.apps/web configured\n');
    let d = get(c, 'Deployment', 'web') as KObject;
    expect(d.spec.replicas).toBe(1); // removed from the manifest since last apply → defaulted again
    expect(d.metadata.labels).toBeUndefined();
    expect(c.kubectl('scale deploy web --replicas=5').stdout).toBe('deployment.apps/web scaled\n');
    expect(c.kubectl('apply -f -', noReplicas.replace('nginx:1.14.2', 'nginx:1.16.1')).stdout).toBe('deployment.apps/web configured\n');
    d = get(c, 'Deployment', 'web') as KObject;
    expect(d.spec.replicas).toBe(5);
    expect(d.spec.template.spec.containers[0].image).toBe('nginx:1.16.1');
  });

  it('dry runs change nothing', () => {
    const c = cluster();
    expect(c.kubectl('apply -f - --dry-run=client', DEPLOY).stdout).toBe('deployment.apps/web created (dry run)\n');
    expect(c.kubectl('apply -f - --dry-run=server', DEPLOY).stdout).toBe('deployment.apps/web created (server dry run)\n');
    expect(get(c, 'Deployment', 'web')).toBeUndefined();
  });

  it('create deployment --dry-run=client -o yaml matches kubectl byte for byte', () => {
    expect(cluster().kubectl('create deployment web --image=nginx --dry-run=client -o yaml').stdout).toBe(
      'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  creationTimestamp: null\n  labels:\n    app: web\n  name: web\nspec:\n  replicas: 1\n  selector:\n    matchLabels:\n      app: web\n  strategy: {}\n  template:\n    metadata:\n      creationTimestamp: null\n      labels:\n        app: web\n    spec:\n      containers:\n      - image: nginx\n        name: nginx\n        resources: {}\nstatus: {}\n',
    );
    const json = cluster().kubectl('create deployment web --image=nginx --replicas=3 --port=80 --dry-run=client -o json').stdout;
    expect(json).toBe(
      '{\n    "kind": "Deployment",\n    "apiVersion": "apps/v1",\n    "metadata": {\n        "name": "web",\n        "creationTimestamp": null,\n        "labels": {\n            "app": "web"\n        }\n    },\n    "spec": {\n        "replicas": 3,\n        "selector": {\n            "matchLabels": {\n                "app": "web"\n            }\n        },\n        "template": {\n            "metadata": {\n                "creationTimestamp": null,\n                "labels": {\n                    "app": "web"\n                }\n            },\n            "spec": {\n                "containers": [\n                    {\n                        "name": "nginx",\n                        "image": "nginx",\n                        "ports": [\n                            {\n                                "containerPort": 80\n                            }\n                        ],\n                        "resources": {}\n                    }\n                ]\n            }\n        },\n        "strategy": {}\n    },\n    "status": {}\n}\n',
    );
  });

  it('create namespace, run, required flags', () => {
    const c = cluster();
    expect(c.kubectl('create namespace dev').stdout).toBe('namespace/dev created\n');
    expect(c.kubectl('create ns dev --dry-run=client').stdout).toBe('namespace/dev created (dry run)\n');
    expect(c.kubectl('run web --image=nginx').stdout).toBe('pod/web created\n');
    expect((get(c, 'Pod', 'web') as KObject).metadata.labels).toEqual({ run: 'web' });
    expect(c.kubectl('run web --image=nginx --dry-run=client -o yaml').stdout).toBe(
      'apiVersion: v1\nkind: Pod\nmetadata:\n  creationTimestamp: null\n  labels:\n    run: web\n  name: web\nspec:\n  containers:\n  - image: nginx\n    name: web\n    resources: {}\n  dnsPolicy: ClusterFirst\n  restartPolicy: Always\nstatus: {}\n',
    );
    expect(c.kubectl('create deployment x').stderr).toBe('E0101 00:00:00.000000    4242 run.go:72] "command failed" err="required flag(s) \\"image\\" not set"\n');
    expect(c.kubectl('scale deploy web').exitCode).toBe(1);
  });
});

describe('delete / scale / set image / label / annotate', () => {
  it('delete by name, type/name, selector; NotFound; force warning', () => {
    const c = cluster();
    c.kubectl('run a --image=nginx --labels=app=x');
    c.kubectl('run b --image=nginx --labels=app=x');
    c.kubectl('run d --image=nginx');
    expect(c.kubectl('delete pod a')).toEqual({ stdout: 'pod "a" deleted\n', stderr: '', exitCode: 0 });
    expect(c.kubectl('delete pods -l app=x')).toEqual({ stdout: 'pod "b" deleted\n', stderr: '', exitCode: 0 });
    expect(c.kubectl('delete pod/d --grace-period=0 --force')).toEqual({
      stdout: 'pod "d" force deleted\n',
      stderr: 'Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\n',
      exitCode: 0,
    });
    expect(c.kubectl('delete pod zz')).toEqual({ stdout: '', stderr: 'Error from server (NotFound): pods "zz" not found\n', exitCode: 1 });
    expect(c.kubectl('delete pods')).toEqual({ stdout: '', stderr: 'error: resource(s) were provided, but no name was specified\n', exitCode: 1 });
    expect(c.kubectl('delete pods -l app=none').stdout).toBe('No resources found\n');
    expect(c.kubectl('delete deploy web --cascade=sideways').stderr).toBe('error: invalid cascade value (sideways). Must be "background", "foreground", or "orphan".\n');
  });

  it('scale with --current-replicas precondition; set image; unknown container', () => {
    const c = cluster();
    c.kubectl('apply -f -', DEPLOY);
    expect(c.kubectl('scale deployment/web --replicas=3 --current-replicas=1').stderr).toBe('error: Expected replicas to be 1, was 2\n');
    expect(c.kubectl('scale deployment/web --replicas=3 --current-replicas=2').stdout).toBe('deployment.apps/web scaled\n');
    expect(c.kubectl('scale pod/x --replicas=1').stderr).toBe('error: no scaler has been implemented for {"" "Pod"}\n');
    expect(c.kubectl('set image deployment/web nginx=nginx:1.16.1').stdout).toBe('deployment.apps/web image updated\n');
    expect((get(c, 'Deployment', 'web') as KObject).spec.template.spec.containers[0].image).toBe('nginx:1.16.1');
    expect(c.kubectl('set image deployment/web nginx=nginx:1.16.1').stdout).toBe('');
    expect(c.kubectl('set image deployment/web app=nginx')).toEqual({ stdout: '', stderr: 'error: unable to find container named "app"\n', exitCode: 1 });
  });

  it('label and annotate rules', () => {
    const c = cluster();
    c.kubectl('run web --image=nginx');
    expect(c.kubectl('label pod web tier=front').stdout).toBe('pod/web labeled\n');
    expect(c.kubectl('label pod web run=other')).toEqual({ stdout: '', stderr: "error: 'run' already has a value (web), and --overwrite is false\n", exitCode: 1 });
    expect(c.kubectl('label pod web run=other --overwrite').stdout).toBe('pod/web labeled\n');
    expect(c.kubectl('label pod web run=other --overwrite').stdout).toBe('pod/web not labeled\n');
    expect(c.kubectl('label pod web tier-').stdout).toBe('pod/web unlabeled\n');
    expect((get(c, 'Pod', 'web') as KObject).metadata.labels).toEqual({ run: 'other' });
    expect(c.kubectl('label pod web').stderr).toBe('error: at least one label update is required\n');
    expect(c.kubectl('annotate pod web note=hi').stdout).toBe('pod/web annotated\n');
    expect(c.kubectl('annotate pod web note=bye').stderr).toBe("error: --overwrite is false but found the following declared annotation(s): 'note' already has a value (hi)\n");
  });

  it('api-resources lists the served kinds', () => {
    const out = cluster().kubectl('api-resources').stdout.split('\n');
    expect(out[0]).toMatch(/^NAME +SHORTNAMES +APIVERSION +NAMESPACED +KIND$/);
    expect(out.find((l) => l.startsWith('deployments'))).toMatch(/^deployments +deploy +apps\/v1 +true +Deployment$/);
    // Groups in string order, as the real kubectl sorts them (not the server's group priority).
    const groups = [...new Set(out.slice(1).filter(Boolean).map((l) => l.split(/ +/).at(-3) as string))];
    expect(groups.indexOf('coordination.k8s.io/v1')).toBeLessThan(groups.indexOf('policy/v1'));
  });
});
