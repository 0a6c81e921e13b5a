// A batch of hostile inputs (every field of each served kind set to values of the wrong type, to
// `__proto__`/`constructor`, and hostile flag values on every verb) must be answered in
// Kubernetes' words: nothing JavaScript would say, and never the last-resort internal error
// (which would mean a bug was only hidden). Exact texts are asserted in hostile-input.test.ts.
import { describe, expect, it } from 'vitest';
import { INTERNAL_ERROR } from '../cluster/cluster';
import { createCluster } from '../index';

const JS_WORDS = /TypeError|is not a function|is not iterable|Maximum call stack|undefined|NaN|\[object Object\]|Internal error occurred/;

type Json = Record<string, unknown>;
const labels = { app: 'x' };
const template = { metadata: { labels }, spec: { containers: [{ name: 'c', image: 'nginx', ports: [{ containerPort: 80 }], resources: { requests: { cpu: '100m' } } }] } };
const BASE: Json[] = [
  { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'x', labels }, spec: { containers: [{ name: 'c', image: 'nginx', env: [{ name: 'A', value: 'b' }], livenessProbe: { httpGet: { port: 80 } } }], tolerations: [{ key: 'a', tolerationSeconds: 5 }] } },
  { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'x' }, spec: { replicas: 1, selector: { matchLabels: labels }, template, strategy: { rollingUpdate: { maxSurge: 1 } } } },
  { apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: 'x' }, spec: { serviceName: 'x', replicas: 1, selector: { matchLabels: labels }, template, volumeClaimTemplates: [{ metadata: { name: 'd' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } }] } },
  { apiVersion: 'v1', kind: 'Service', metadata: { name: 'x' }, spec: { selector: labels, ports: [{ port: 80, targetPort: 80 }], type: 'NodePort' } },
  { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x' }, data: { a: 'b' } },
  { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'x' }, stringData: { a: 'b' } },
  { apiVersion: 'autoscaling/v2', kind: 'HorizontalPodAutoscaler', metadata: { name: 'x' }, spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'x' }, minReplicas: 1, maxReplicas: 3, metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 50 } } }] } },
  { apiVersion: 'v1', kind: 'PersistentVolume', metadata: { name: 'x' }, spec: { capacity: { storage: '1Gi' }, accessModes: ['ReadWriteOnce'], hostPath: { path: '/tmp' } } },
  { apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', metadata: { name: 'x' }, spec: { minAvailable: 1, selector: { matchLabels: labels } } },
];
const VALUES: unknown[] = ['abc', { a: 1 }, [1, 2], 1.5, null, '__proto__', 'constructor', {}];

/** Every path to a member of obj, parents before children. */
function paths(o: unknown, pre: string[] = []): string[][] {
  if (!o || typeof o !== 'object') return [];
  return Object.keys(o).flatMap((k) => [[...pre, k], ...paths((o as Json)[k], [...pre, k])]);
}

function withValue(obj: Json, path: string[], v: unknown): Json {
  const copy = structuredClone(obj);
  let x = copy as Json;
  for (const k of path.slice(0, -1)) x = x[k] as Json;
  x[path[path.length - 1]] = v;
  return copy;
}

describe('hostile input is answered in Kubernetes’ words', () => {
  it.each(BASE.map((o) => [o.kind as string, o] as const))('every field of a %s, every wrong value', (kind, obj) => {
    const leaks: string[] = [];
    const resource = kind.toLowerCase();
    for (const path of paths(obj).filter((p) => p[0] !== 'apiVersion' && p[0] !== 'kind')) {
      for (const v of VALUES) {
        const c = createCluster({ nodes: 1, seed: 1 });
        const doc = JSON.stringify(withValue(obj, path, v));
        for (const [line, stdin] of [['apply -f -', doc], [`get ${resource}`], [`describe ${resource}`]]) {
          const r = c.kubectl(line as string, stdin);
          if (JS_WORDS.test(r.stdout + r.stderr)) leaks.push(`${path.join('.')}=${JSON.stringify(v)}: kubectl ${line}\n${r.stdout}${r.stderr}`);
        }
        c.advance(15_000);
        for (const line of [`get ${resource} -o wide`, 'get events']) {
          const r = c.kubectl(line);
          if (JS_WORDS.test(r.stdout + r.stderr)) leaks.push(`${path.join('.')}=${JSON.stringify(v)}: later kubectl ${line}\n${r.stdout}${r.stderr}`);
        }
      }
    }
    expect(leaks.slice(0, 3)).toEqual([]);
  });

  it('hostile words in every verb and flag', () => {
    const c = createCluster({ nodes: 2, seed: 1 });
    c.kubectl('create deployment web --image=nginx --replicas=2');
    c.kubectl('expose deploy web --port=80');
    c.advance(30_000);
    const words = ['abc', '__proto__', 'constructor', '-1', '1.5', '99999999999999999999', '""', '=', ',', '{}', 'a=b=c', '!', 'x,', 'toString', 'app!=', 'in'];
    const verbs = ['get', 'describe', 'delete --dry-run=client', 'label', 'annotate', 'scale --replicas=1', 'rollout status', 'rollout undo', 'set image', 'cordon', 'drain --dry-run=client', 'taint', 'logs', 'top', 'autoscale --max=3', 'expose --port=80'];
    const leaks: string[] = [];
    for (const w of words) {
      const lines = [
        ...verbs.flatMap((v) => [`${v} ${w}`, `${v} deploy ${w}`, `${v} deploy/${w}`, `${v} pods -l ${w}`, `${v} ${w} web`]),
        `get pods --field-selector=${w}`, `get pods -o jsonpath={.${w}}`, `get pods -o custom-columns=A:${w}`, `get pods --sort-by=.${w}`,
        `scale deploy web --replicas=${w}`, `set image deploy/web nginx=${w}`, `label deploy web ${w}=x`, `label deploy web ${w}-`, `annotate deploy web ${w}=x`,
        `taint nodes node-1 ${w}=x:NoSchedule`, `taint nodes node-1 a=b:${w}`, `create deployment d --image=nginx --port=${w}`, `create configmap c --from-literal=${w}=1`,
        `create service clusterip s --tcp=${w}`, `run p --image=nginx --port=${w}`, `run p --image=nginx --labels=${w}`, `expose deploy web --port=${w}`,
        `expose deploy web --port=80 --target-port=${w}`, `logs deploy/web --tail=${w}`, `rollout undo deploy/web --to-revision=${w}`, `get pods -n ${w}`,
      ];
      for (const line of lines) {
        const r = c.kubectl(line);
        if (JS_WORDS.test(r.stdout + r.stderr)) leaks.push(`kubectl ${line}\n${r.stdout}${r.stderr}`);
      }
    }
    c.advance(30_000);
    expect(leaks.slice(0, 3)).toEqual([]);
  });

  it('YAML that Go cannot turn into JSON, and numbers beyond float64', () => {
    const c = createCluster({ nodes: 0 });
    const dep = (r: string) => `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n  replicas: ${r}\n`;
    // Checked against kubectl 1.32 (`apply --dry-run=client --validate=false`).
    expect(c.kubectl('apply -f -', dep('.nan')).stderr).toBe('error: error parsing STDIN: error converting YAML to JSON: json: unsupported value: NaN\n');
    expect(c.kubectl('apply -f -', dep('.inf')).stderr).toBe('error: error parsing STDIN: error converting YAML to JSON: json: unsupported value: +Inf\n');
    expect(c.kubectl('apply -f -', dep('-.inf')).stderr).toBe('error: error parsing STDIN: error converting YAML to JSON: json: unsupported value: -Inf\n');
    expect(c.kubectl('apply -f -', '{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"d"},"spec":{"replicas":1e400}}').stderr).toBe(
      'error: unable to decode "STDIN": json: cannot unmarshal number 1e400 into Go value of type float64\n',
    );
    // Beyond float64 with a two-digit exponent: 251 digits times 10^99 (the quick pre-scan must see it too).
    const long = `1${'0'.repeat(250)}e99`;
    expect(c.kubectl('apply -f -', `{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"d"},"spec":{"replicas":${long}}}`).stderr).toBe(
      `error: unable to decode "STDIN": json: cannot unmarshal number ${long} into Go value of type float64\n`,
    );
    // yaml.v2 keeps a float literal beyond float64 as a string, which the server then refuses.
    expect(c.kubectl('apply -f -', dep('1e400')).stderr).toBe(
      'Error from server (BadRequest): error when creating "STDIN": Deployment in version "v1" cannot be handled as a Deployment: json: cannot unmarshal string into Go struct field DeploymentSpec.spec.replicas of type int32\n',
    );
  });

  it('an unexpected exception still reads as the API server’s 500, and the cluster keeps working', async () => {
    const { VERBS } = await import('./verbs');
    const version = VERBS.find((v) => v.name === 'version');
    const c = createCluster({ nodes: 0 });
    const original = version?.run;
    if (!version || !original) throw new Error('no version verb');
    version.run = () => {
      throw new TypeError("Cannot read properties of undefined (reading 'x')");
    };
    try {
      expect(c.kubectl('version')).toEqual({ stdout: '', stderr: `${INTERNAL_ERROR}\n`, exitCode: 1 });
    } finally {
      version.run = original;
    }
    expect(c.kubectl('create namespace after').stdout).toBe('namespace/after created\n');
  });
});
