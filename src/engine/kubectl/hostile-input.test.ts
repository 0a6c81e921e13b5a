// Hostile manifests get the real decoders' words (checked against kubectl 1.32 and the apiserver's
// decoding), never JavaScript's: wrong types, `kind` as a map, nesting past the limits, alias
// loops, `__proto__` as a field name.
import { describe, expect, it } from 'vitest';
import { createCluster } from '../index';

const apply = (stdin: string, c = createCluster({ nodes: 0 })) => c.kubectl('apply -f -', stdin);

const hpa = (spec: string) => `apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata: {name: h}
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
${spec}`;

const HPA_ERR = 'Error from server (BadRequest): error when creating "STDIN": HorizontalPodAutoscaler in version "v2" cannot be handled as a HorizontalPodAutoscaler: ';

describe('values of the wrong type are refused as Go decodes them', () => {
  it.each([
    ['minReplicas as a string', hpa('  minReplicas: "abc"\n  maxReplicas: 3\n'), `${HPA_ERR}json: cannot unmarshal string into Go struct field HorizontalPodAutoscalerSpec.spec.minReplicas of type int32`],
    ['maxReplicas as a map', hpa('  maxReplicas: {a: 1}\n'), `${HPA_ERR}json: cannot unmarshal object into Go struct field HorizontalPodAutoscalerSpec.spec.maxReplicas of type int32`],
    ['maxReplicas 1.5', hpa('  maxReplicas: 1.5\n'), `${HPA_ERR}json: cannot unmarshal number 1.5 into Go struct field HorizontalPodAutoscalerSpec.spec.maxReplicas of type int32`],
    [
      'averageUtilization as a list',
      hpa('  maxReplicas: 3\n  metrics:\n  - type: Resource\n    resource:\n      name: cpu\n      target: {type: Utilization, averageUtilization: [1, 2]}\n'),
      `${HPA_ERR}json: cannot unmarshal array into Go struct field MetricTarget.spec.metrics.resource.target.averageUtilization of type int32`,
    ],
    [
      'Service ports as a number',
      'apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec: {ports: 5}\n',
      'Error from server (BadRequest): error when creating "STDIN": Service in version "v1" cannot be handled as a Service: json: cannot unmarshal number into Go struct field ServiceSpec.spec.ports of type []v1.ServicePort',
    ],
    [
      'a StatefulSet replicas as a string',
      'apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: s}\nspec: {replicas: "x"}\n',
      'Error from server (BadRequest): error when creating "STDIN": StatefulSet in version "v1" cannot be handled as a StatefulSet: json: cannot unmarshal string into Go struct field StatefulSetSpec.spec.replicas of type int32',
    ],
  ])('%s', (_, stdin, stderr) => {
    const c = createCluster({ nodes: 0 });
    expect(apply(stdin, c)).toEqual({ stdout: '', stderr: `${stderr}\n`, exitCode: 1 });
    expect(c.kubectl('get hpa,sts,svc -o name').stdout).not.toMatch(/\/(h|s)\n/);
  });
});

describe("the builder's client-side decoding (kubectl 1.32's words)", () => {
  it.each([
    ['a map as the name', 'apiVersion: v1\nkind: Pod\nmetadata: {name: {}}\n', 'error: unable to decode "STDIN": json: cannot unmarshal object into Go struct field ObjectMeta.metadata.name of type string'],
    ['a list as the name', 'apiVersion: v1\nkind: Pod\nmetadata: {name: [a]}\n', 'error: unable to decode "STDIN": json: cannot unmarshal array into Go struct field ObjectMeta.metadata.name of type string'],
    ['a number as the namespace', 'kind: Pod\napiVersion: v1\nmetadata: {name: x, namespace: 5}\n', 'error: unable to decode "STDIN": json: cannot unmarshal number into Go struct field ObjectMeta.metadata.namespace of type string'],
    ['a fractional generation', 'apiVersion: v1\nkind: Pod\nmetadata: {name: x, generation: 1.5}\n', 'error: unable to decode "STDIN": json: cannot unmarshal number 1.5 into Go struct field ObjectMeta.metadata.generation of type int64'],
    ['a label value as a number', 'apiVersion: v1\nkind: Pod\nmetadata: {name: x, labels: {a: 1}}\n', 'error: unable to decode "STDIN": json: cannot unmarshal number into Go struct field ObjectMeta.metadata.labels of type string'],
    ['a map as the apiVersion', 'apiVersion: {a: 1}\nkind: Pod\nmetadata: {name: x}\n', 'error: unable to decode "STDIN": json: cannot unmarshal object into Go struct field metadataOnlyObject.apiVersion of type string'],
    ['a map as the kind (YAML: Go re-encodes it)', 'apiVersion: v1\nkind: {a: 1}\nmetadata: {name: x}\n', `error: unable to decode "STDIN": Object 'Kind' is missing in '{"apiVersion":"v1","kind":{"a":1},"metadata":{"name":"x"}}'`],
    ['a number as the kind, keys sorted', 'kind: 5\napiVersion: v1\nmetadata: {name: x}\nz: [1, "a"]\n', `error: unable to decode "STDIN": Object 'Kind' is missing in '{"apiVersion":"v1","kind":5,"metadata":{"name":"x"},"z":[1,"a"]}'`],
    ['a map as the kind (JSON: quoted as sent)', '{"kind":{"a":1}, "apiVersion":"v1",  "metadata":{"name":"x"}}', `error: unable to decode "STDIN": Object 'Kind' is missing in '{"kind":{"a":1}, "apiVersion":"v1",  "metadata":{"name":"x"}}'`],
    ['List items as a number', 'kind: List\napiVersion: v1\nitems: 5\n', 'error: unable to decode "STDIN": json: cannot unmarshal number into Go struct field decodeList.items of type []json.RawMessage'],
    ['an alias inside its own anchor', 'a: &a [*a]\n', "error: error parsing STDIN: error converting YAML to JSON: yaml: anchor 'a' value contains itself"],
  ])('%s', (_, stdin, stderr) => {
    expect(apply(stdin)).toEqual({ stdout: '', stderr: `${stderr}\n`, exitCode: 1 });
  });
});

describe('nesting is bounded by input size, with the decoders’ words', () => {
  it.each([
    ['100 kB of unclosed flow sequences', `k: ${'['.repeat(100_000)}`, 'error: error parsing STDIN: error converting YAML to JSON: yaml: exceeded max depth of 10000'],
    ['flow sequences past 10000 levels on line 3', `apiVersion: v1\nkind: Pod\nk: ${'['.repeat(10_001)}`, 'error: error parsing STDIN: error converting YAML to JSON: yaml: line 3: exceeded max depth of 10000'],
    ['block sequences past 10000 levels on line 4', `apiVersion: v1\nkind: Pod\nk:\n${'- '.repeat(10_001)}x`, 'error: error parsing STDIN: error converting YAML to JSON: yaml: line 4: exceeded max depth of 10000'],
    ['unclosed flow maps past this simulator’s YAML depth', `k: ${'{a: '.repeat(5000)}`, 'error: error parsing STDIN: error converting YAML to JSON: yaml: exceeded max depth of 100'],
    ['JSON past 10000 levels', `${'{"a":'.repeat(10_001)}1${'}'.repeat(10_001)}`, `error: error parsing STDIN: json: offset 50001: invalid character '{' exceeded max depth`],
    ['JSON past 10000 levels after a space', ` ${'{"a":'.repeat(10_001)}1${'}'.repeat(10_001)}`, `error: error parsing STDIN: json: offset 50002: invalid character '{' exceeded max depth`],
  ])('%s', (_, stdin, stderr) => {
    // How long these take is the bench's business (npm run bench -- --fuzz reports the slowest call);
    // a linear pre-scan answers them in ~10 ms where the parser took seconds.
    expect(apply(stdin)).toEqual({ stdout: '', stderr: `${stderr}\n`, exitCode: 1 });
  });

  it('JSON 3000 levels deep in an unknown field or an untyped one is a strict decoding error', () => {
    const deep = `${'{"a":'.repeat(3000)}1${'}'.repeat(3000)}`;
    const pod = (field: string) => `{"apiVersion":"v1","kind":"Pod","metadata":{"name":"p"},"spec":{"containers":[{"name":"a","image":"b"}],"${field}":${deep}}}`;
    const prefix = 'Error from server (BadRequest): error when creating "STDIN": Pod in version "v1" cannot be handled as a Pod: strict decoding error: ';
    expect(apply(pod('zzz')).stderr).toBe(`${prefix}unknown field "spec.zzz"\n`);
    expect(apply(pod('affinity')).stderr).toBe(`${prefix}unknown field "spec.affinity.a"\n`);
    // under a field whose type is not modelled here, nesting is bounded too
    const c = createCluster({ nodes: 0 });
    const vol = `{"apiVersion":"v1","kind":"Pod","metadata":{"name":"p"},"spec":{"containers":[{"name":"a","image":"b"}],"volumes":[{"name":"v","csi":${deep}}]}}`;
    expect(apply(vol, c).stderr).toBe(`${prefix}unknown field "spec.volumes[0].csi${'.a'.repeat(32)}"\n`);
  });
});

describe('__proto__ and constructor are ordinary field names', () => {
  it('metadata.__proto__ in JSON is an unknown field', () => {
    expect(apply('{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"a","__proto__":{"x":1}}}').stderr).toBe(
      'Error from server (BadRequest): error when creating "STDIN": ConfigMap in version "v1" cannot be handled as a ConfigMap: strict decoding error: unknown field "metadata.__proto__"\n',
    );
  });
});

describe('user keys are own members, whatever their name', () => {
  it('a ConfigMap keeps data keys __proto__ and constructor, and prints them', () => {
    const c = createCluster({ nodes: 0 });
    expect(apply('{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"b"},"data":{"__proto__":"v","constructor":"c"}}', c).stderr).toBe('');
    expect(c.kubectl('get cm b -o jsonpath={.data}').stdout).toBe('{"__proto__":"v","constructor":"c"}');
    expect(c.kubectl('get cm b -o yaml').stdout).toContain('data:\n  __proto__: v\n  constructor: c\n');
    expect(c.kubectl('create configmap l --from-literal=__proto__=1 --from-literal=constructor=2 --from-literal=toString=3').stdout).toBe('configmap/l created\n');
    expect(c.kubectl('get cm l -o jsonpath={.data}').stdout).toBe('{"__proto__":"1","constructor":"2","toString":"3"}');
    expect(c.kubectl('create secret generic s --from-literal=__proto__=1').stdout).toBe('secret/s created\n');
    expect(c.kubectl('get secret s -o jsonpath={.data}').stdout).toBe('{"__proto__":"MQ=="}');
  });

  it('apply drops a removed data key named constructor', () => {
    const c = createCluster({ nodes: 0 });
    apply('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: b}\ndata: {constructor: c, a: b}\n', c);
    expect(apply('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: b}\ndata: {a: b}\n', c).stdout).toBe('configmap/b configured\n');
    expect(c.kubectl('get cm b -o jsonpath={.data}').stdout).toBe('{"a":"b"}');
  });

  it('label and annotate treat constructor and toString as new keys; __proto__ reaches validation', () => {
    const c = createCluster({ nodes: 0 });
    c.kubectl('create namespace constructor');
    expect(c.kubectl('label ns constructor constructor=x toString=y').stdout).toBe('namespace/constructor labeled\n');
    expect(c.kubectl('annotate ns constructor constructor=z').stdout).toBe('namespace/constructor annotated\n');
    expect(c.kubectl('get ns constructor -o jsonpath={.metadata.annotations.constructor}').stdout).toBe('z');
    expect(c.kubectl('get ns -l constructor -o name').stdout).toBe('namespace/constructor\n');
    expect(c.kubectl('get ns -l valueOf').stderr).toBe('No resources found\n');
    expect(c.kubectl('label ns constructor __proto__=x').stderr).toMatch(/^The Namespace "constructor" is invalid: metadata\.labels: Invalid value: "__proto__": name part must consist of/);
  });

  it('run --labels=__proto__=x reaches validation instead of losing the label', () => {
    expect(createCluster({ nodes: 0 }).kubectl('run p --image=nginx --labels=__proto__=x,a=b').stderr).toMatch(
      /^The Pod "p" is invalid: metadata\.labels: Invalid value: "__proto__": name part must consist of/,
    );
  });

  it('a Deployment whose template labels are empty fails validation, not JavaScript', () => {
    const r = apply(
      'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n  selector: {matchLabels: {a: b}}\n  template:\n    metadata:\n      labels:\n    spec: {containers: [{name: a, image: b}]}\n',
    );
    expect(r.stderr).toBe('The Deployment "d" is invalid: spec.template.metadata.labels: Invalid value: null: `selector` does not match template `labels`\n');
  });
});

describe('numbers kubectl parses itself use strconv.Atoi', () => {
  it.each([
    ['expose deploy web --port=abc', 'error: strconv.Atoi: parsing "abc": invalid syntax'],
    ['expose deploy web --port=80,abc', 'error: strconv.Atoi: parsing "abc": invalid syntax'],
    ['expose deploy web --port=1e3', 'error: strconv.Atoi: parsing "1e3": invalid syntax'],
    ['expose deploy web --port=99999999999999999999', 'error: strconv.Atoi: parsing "99999999999999999999": value out of range'],
    ['run p --image=nginx --port=0x10', 'error: strconv.Atoi: parsing "0x10": invalid syntax'],
  ])('%s', (line, stderr) => {
    const c = createCluster({ nodes: 0 });
    c.kubectl('create deployment web --image=nginx');
    expect(c.kubectl(line)).toEqual({ stdout: '', stderr: `${stderr}\n`, exitCode: 1 });
    expect(c.kubectl('get svc,pods -o name').stdout).toBe('service/kubernetes\n');
  });

  it('a port list names each port; an empty run --port adds none', () => {
    const c = createCluster({ nodes: 0 });
    c.kubectl('create deployment web --image=nginx');
    expect(c.kubectl('expose deploy web --port=80,443 --dry-run=client -o jsonpath={.spec.ports}').stdout).toBe(
      '[{"name":"port-1","port":80,"protocol":"TCP","targetPort":80},{"name":"port-2","port":443,"protocol":"TCP","targetPort":443}]',
    );
    expect(c.kubectl('run p --image=nginx --port= --dry-run=client -o jsonpath={.spec.containers[0].ports}').stdout).toBe('');
  });
});

describe('duration flags parse as Go durations before the command runs', () => {
  // Captured from kubectl 1.32 (flag errors come before any request).
  it.each([
    ['drain node-1 --timeout=abc', 'Error: invalid argument "abc" for "--timeout" flag: time: invalid duration "abc"\nSee \'kubectl drain --help\' for usage.'],
    ['drain node-1 --timeout=5', 'Error: invalid argument "5" for "--timeout" flag: time: missing unit in duration "5"\nSee \'kubectl drain --help\' for usage.'],
    ['drain node-1 --timeout=5x', 'Error: invalid argument "5x" for "--timeout" flag: time: unknown unit "x" in duration "5x"\nSee \'kubectl drain --help\' for usage.'],
    ['drain node-1 --timeout=-', 'Error: invalid argument "-" for "--timeout" flag: time: invalid duration "-"\nSee \'kubectl drain --help\' for usage.'],
    ['drain node-1 --timeout=', 'Error: invalid argument "" for "--timeout" flag: time: invalid duration ""\nSee \'kubectl drain --help\' for usage.'],
    ['rollout status deploy/web --timeout=abc', 'Error: invalid argument "abc" for "--timeout" flag: time: invalid duration "abc"\nSee \'kubectl rollout status --help\' for usage.'],
  ])('%s', (line, stderr) => {
    const c = createCluster({ nodes: 1 });
    c.kubectl('create deployment web --image=nginx');
    expect(c.kubectl(line)).toEqual({ stdout: '', stderr: `${stderr}\n`, exitCode: 1 });
  });

  it('valid durations still run', () => {
    const c = createCluster({ nodes: 1 });
    expect(c.kubectl('drain node-1 --timeout=1m30s').exitCode).toBe(0);
    expect(c.kubectl('uncordon node-1 --timeout=.5s').stderr).toBe("Error: unknown flag: --timeout\nSee 'kubectl uncordon --help' for usage.\n");
  });
});

describe('the API server’s 3 MiB body limit counts bytes', () => {
  it('1.1 M three-byte characters (3.3 MB, 1.1 M UTF-16 units) are over it', () => {
    const c = createCluster({ nodes: 0 });
    const cm = (value: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: big}\ndata: {a: "${value}"}\n`;
    expect(c.kubectl('apply -f -', cm('€'.repeat(1_100_000))).stderr).toBe(
      'Error from server (RequestEntityTooLarge): error when creating "STDIN": Request entity too large: limit is 3145728\n',
    );
  });
});
