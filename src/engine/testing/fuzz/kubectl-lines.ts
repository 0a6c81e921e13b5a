// kubectl lines for the fuzzer, one generator per category (program.ts). Lines are built from
// the vocabulary a learner meets (verbs, kinds, flags) with hostile parts swapped in.
import fc from 'fast-check';
import type { Category } from './program';

export const VERBS = [
  'get', 'describe', 'delete', 'create deployment', 'create configmap', 'create secret generic', 'create namespace', 'run',
  'scale', 'autoscale', 'expose', 'set image', 'rollout status', 'rollout history', 'rollout undo', 'rollout restart',
  'rollout pause', 'rollout resume', 'label', 'annotate', 'cordon', 'uncordon', 'drain', 'taint', 'top pod', 'top node',
  'logs', 'api-resources', 'version', 'help', 'explain', 'patch', 'exec', 'edit', 'apply', 'wait', 'port-forward',
];

export const KINDS = [
  'pods', 'po', 'pod', 'deployment', 'deploy', 'deployments.apps', 'svc', 'service', 'rs', 'replicaset', 'sts', 'statefulset',
  'hpa', 'cm', 'configmap', 'secret', 'ns', 'namespace', 'nodes', 'node', 'no', 'events', 'ev', 'endpoints', 'ep',
  'endpointslices', 'pvc', 'pv', 'storageclass', 'pdb', 'lease', 'all', 'jobs', 'Pod', 'Deployment.v1.apps', 'deployment/web',
];

/** Names that exist in a program once SETUP ran (and the fixtures' names), plus `$pod:N`. */
const GOOD_NAMES = ['web', 'settings', 'node-1', 'node-2', 'node-3', 'default', 'kube-system', 'nginx-deployment', 'php-apache', 'nginx'];

export const HOSTILE_NAMES = [
  '__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString', 'valueOf', '__defineGetter__', 'then',
  'undefined', 'null', 'NaN', '', ' ', '-', '--', '.', '..', '/', 'a/b', 'default/web', 'web,web', 'web=1', '*', '?', '%00',
  'café', '日本語', 'pod-🎻', 'ṁüśíç', '\u202egnp.exe', 'zero\u200bwidth', 'e\u0301', 'Web', 'WEB', 'a'.repeat(64), 'b'.repeat(254),
  'c'.repeat(5000), '0', '-1', '1e309', "'quoted'", '"dq"', '\\', 'a b', 'new\nline', 'tab\there',
];

const OUTPUTS = ['wide', 'yaml', 'json', 'name', 'jsonpath={.items[*].metadata.name}', 'jsonpath={.metadata.name}', 'custom-columns=NAME:.metadata.name,NODE:.spec.nodeName'];
const BAD_OUTPUTS = ['', 'xml', 'jsonpath=', 'jsonpath={', 'jsonpath={.items[', 'jsonpath={range .items[*]}', 'jsonpath={.a.b.c.d}', 'jsonpath={..}', 'custom-columns=', 'custom-columns=A', 'custom-columns=A:.x[', 'go-template={{.}}', 'JSON', 'yaml=1', 'jsonpath={.__proto__}', 'jsonpath={.constructor.name}', 'jsonpath={$}', 'jsonpath={.items[-1:]}', 'jsonpath={.items[?(@.x==1)]}', `jsonpath={${'.a'.repeat(2000)}}`];

export const NUMBERS = [
  '0', '1', '3', '-1', '-0', '1.5', '1e3', '1e309', '-1e309', '2147483647', '2147483648', '9007199254740993', '99999999999999999999999',
  'NaN', 'Infinity', '-Infinity', '0x10', '0b1', '010', '1_000', '', ' ', 'abc', '3m', '5s', '1h', '10Gi', '.5', '5.',
];

const NUMERIC_FLAGS = ['--replicas', '--port', '--target-port', '--tail', '--grace-period', '--min', '--max', '--cpu-percent', '--to-revision', '--timeout', '--since', '--revision', '--limit-bytes', '--chunk-size'];
const VALUE_FLAGS = ['-n', '--namespace', '-o', '--output', '-l', '--selector', '--field-selector', '--image', '-c', '--container', '--type', '--name', '--sort-by', '--from-literal', '--dry-run', '--cascade', '--overwrite', '--all-namespaces', '-A', '--all', '--force', '--previous', '--show-labels', '--watch', '-w', '--ignore-daemonsets', '--delete-emptydir-data', '--record', '--selector='];
const SELECTORS = ['app=web', 'app!=web', 'app in (web,db)', 'app notin (web)', '!app', 'app', 'app==web', 'app=', '=web', 'app in (', 'a,b,,', '__proto__=1', 'app=web,tier=front', 'a'.repeat(300) + '=x'];
const FIELD_SELECTORS = ['status.phase=Running', 'spec.nodeName=node-1', 'metadata.name=web', 'status.phase!=Failed', 'spec.unknown=1', 'metadata.name', '=', 'status.phase==Running', 'metadata.__proto__=x'];

const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);
const podRef = fc.nat(30).map((n) => `$pod:${n}`);
const goodName = fc.oneof(pick(GOOD_NAMES), podRef);

/** Flags a learner would type, with sane values. */
const goodFlag = fc.oneof(
  pick(['', '-A', '--all-namespaces', '--show-labels', '-o wide', '-o yaml', '-o json', '-o name', '-n default', '-n kube-system', '--replicas=3', '--image=nginx:1.16.1', '--port=80', '--tail=5', '--grace-period=0', '--min=1 --max=5 --cpu-percent=50', '--to-revision=1', '--overwrite', '--dry-run=client', '--force', '-c nginx', '--previous', '--ignore-daemonsets', '--delete-emptydir-data', '--field-selector status.phase=Running']),
  pick(OUTPUTS).map((o) => `-o ${o}`),
  pick(SELECTORS.slice(0, 5)).map((s) => `-l '${s}'`),
);

const line = (verb: fc.Arbitrary<string>, kind: fc.Arbitrary<string>, name: fc.Arbitrary<string>, flags: fc.Arbitrary<string>) =>
  fc.tuple(verb, kind, name, fc.array(flags, { maxLength: 3 })).map(([v, k, n, fs]) => {
    if (v === 'create deployment') return [v, n, '--image=nginx:1.14.2', ...fs].join(' ');
    if (v === 'create configmap' || v === 'create secret generic') return [v, n, '--from-literal=k=v', ...fs].join(' ');
    if (v === 'run') return [v, n, '--image=nginx', ...fs].join(' ');
    if (v === 'set image') return [v, `deployment/${n}`, `nginx=nginx:1.16.1`, ...fs].join(' ');
    if (v === 'label' || v === 'annotate') return [v, k, n, 'tier=front', ...fs].join(' ');
    if (v === 'taint') return [v, 'nodes', n, 'dedicated=band:NoSchedule', ...fs].join(' ');
    if (v.startsWith('top') || v === 'logs' || v === 'cordon' || v === 'uncordon' || v === 'drain') return [v, n, ...fs].join(' ');
    if (v.startsWith('rollout') || v === 'scale' || v === 'autoscale' || v === 'expose') return [v, `deployment/${n}`, ...fs].join(' ');
    return [v, k, n, ...fs].join(' ');
  });

/** Quotes the token when needed so the shell-like tokenizer hands it over whole. */
const quoted = (s: string) => (/^[\w./:=@,-]+$/.test(s) ? s : `'${s.replace(/'/g, `'"'"'`)}'`);

const garbageToken = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
  pick(['"', "'", '\\', '`', '$(', ')', '|', '||', '&&', ';', '>', '<', '#', '--', '-', '=', '==', '{', '}', '[', ']', '%', '$HOME', '\n', '\t', '\0', '\u2028', '-o=', '--=', '---', '-n=', '-oyaml', '-ojson=1', '--namespace=', '"unterminated', "'unterminated", 'a\\', '\\\\']),
);

/** Patch bodies for `kubectl patch -p`: prototype keys, directives, deep nesting, huge lists, wrong types. */
const PATCH_BODIES = [
  '{"spec":{"replicas":3}}', '{"metadata":{"labels":{"__proto__":"x","constructor":"y"}}}', '{"__proto__":{"polluted":1}}',
  '{"constructor":{"prototype":{"polluted":1}}}', '{"data":{"__proto__":{"polluted":1}}}', `${'{"a":'.repeat(300)}1${'}'.repeat(300)}`,
  `{"spec":${'{"a":'.repeat(60)}1${'}'.repeat(60)}}`, '[{"op":"add","path":"/spec/x","value":1}]', '[{"op":"remove","path":"/__proto__"}]',
  '[{"op":"copy","from":"","path":"/a"}]', '[{"op":"move","from":"/metadata","path":"/metadata/x"}]', '[{"op":"add","path":"/metadata/labels/__proto__","value":"p"}]',
  `{"spec":{"template":{"spec":{"containers":[${Array.from({ length: 2000 }, (_, i) => `{"name":"c${i}","image":"nginx"}`).join(',')}]}}}}`,
  `[${Array.from({ length: 300 }, () => '{"op":"add","path":"/metadata/finalizers/-","value":"f"}').join(',')}]`,
  '{"spec":{"template":{"spec":{"containers":[{"$patch":"delete"}]}}}}', '{"$patch":"delete"}', '{"$patch":"replace"}', '{"$retainKeys":["spec"]}',
  '{"spec":{"$setElementOrder/x":1}}', '{"metadata":{"$deleteFromPrimitiveList/finalizers":"x"}}', 'null', '1', '"s"', '[]', '{}', '{"spec":{"replicas":1e400}}',
  '- a', 'a: [1', '{"metadata":{"name":null}}', '{"metadata":null}', '{"spec":{"replicas":-5}}', '{"spec":{"replicas":"3"}}', '{"kind":"Pod"}',
  '{"metadata":{"resourceVersion":"1"}}', '{"spec":{"unschedulable":true}}', '{"data":{"k":null}}', 'spec:\n replicas: 2',
];
const patchLine = fc
  .tuple(pick(KINDS.slice(0, 26)), goodName, pick(PATCH_BODIES), pick(['', '--type=merge', '--type=json', '--type strategic', '--type=JSON', '--type=xml']), pick(['', '--dry-run=client', '--dry-run=server', '-o yaml']))
  .map(([k, n, body, type, more]) => ['patch', k, n, '-p', quoted(body), type, more].filter((x) => x !== '').join(' '));

export function kubectlLine(cat: Category): fc.Arbitrary<{ line: string; stdin?: string }> {
  const wrap = (a: fc.Arbitrary<string>) => a.map((l) => ({ line: l }));
  switch (cat) {
    case 'kubectl-valid':
      return wrap(fc.oneof({ arbitrary: line(pick(VERBS), pick(KINDS.slice(0, 26)), goodName, goodFlag), weight: 9 }, { arbitrary: patchLine, weight: 1 }));
    case 'kubectl-names':
      return wrap(line(pick(VERBS), pick(KINDS), pick(HOSTILE_NAMES).map(quoted), fc.oneof(goodFlag, pick(HOSTILE_NAMES).map((n) => `-n ${quoted(n)}`), pick(HOSTILE_NAMES).map((n) => `-l ${quoted(`app=${n}`)}`), pick(HOSTILE_NAMES).map((n) => `-c ${quoted(n)}`))));
    case 'kubectl-flags': {
      const bad = fc.oneof(
        pick(BAD_OUTPUTS).map((o) => `-o ${quoted(o)}`),
        pick(SELECTORS).map((s) => `-l ${quoted(s)}`),
        pick(FIELD_SELECTORS).map((s) => `--field-selector ${quoted(s)}`),
        fc.tuple(pick(VALUE_FLAGS), pick(['', '=', '=x', '=true', '=false', ' --', ' -o', '=__proto__', '=[object Object]'])).map(([f, v]) => `${f}${v}`),
        pick(['--unknown-flag', '-Z', '--replicas', '--image', '-o', '-n', '-l', '--=', '---x', '-', '--dry-run=server', '--dry-run=maybe', '--cascade=sideways', '--output=', '-oo', '--namespace=a --namespace=b', '--sort-by={.bad', '--sort-by=.metadata.name']),
      );
      return wrap(line(pick(VERBS), pick(KINDS), goodName, fc.oneof(bad, goodFlag)));
    }
    case 'kubectl-numbers':
      return wrap(line(pick(VERBS), pick(KINDS), goodName, fc.tuple(pick(NUMERIC_FLAGS), pick(NUMBERS)).map(([f, n]) => `${f}=${quoted(n)}`)));
    case 'kubectl-garbage':
      return fc.oneof(
        wrap(fc.array(garbageToken, { maxLength: 8 }).map((ts) => ts.join(' '))),
        wrap(fc.tuple(pick(VERBS), fc.array(garbageToken, { maxLength: 6 })).map(([v, ts]) => [v, ...ts].join(' '))),
        fc.tuple(pick(['apply -f -', 'create -f -', 'get -f -', 'delete -f -']), fc.string({ unit: 'grapheme', maxLength: 200 })).map(([l, stdin]) => ({ line: l, stdin })),
      );
    default:
      throw new Error(`not a kubectl category: ${cat}`);
  }
}
