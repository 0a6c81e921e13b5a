// JSONPath and custom columns. The first table was captured from the real kubectl 1.32 here:
// `kubectl create deployment web --image=nginx --dry-run=client -o jsonpath=<template>` (which
// runs offline), compared with the same line on the simulated cluster (whose dry-run object is
// byte-identical). Trailing newlines are trimmed on both sides, as the capture's shell did; error
// texts are compared by their first 160 characters.
import { describe, expect, it } from 'vitest';
import { createCluster } from '../../index';
import { customColumnRows } from './custom-columns';
import { printJsonPath } from './jsonpath';
import { type Node, parseJsonPath } from './jsonpath-parser';

const quoted = (t: string) => `'${t.replaceAll("'", "'\\''")}'`;

describe('-o jsonpath matches the real kubectl', () => {
  const c = createCluster({ nodes: 1 });
  it.each([
    ["{.metadata.name}", "web", "", 0],
    ["{.metadata.labels}", "{\"app\":\"web\"}", "", 0],
    ["{.spec.replicas}{\" \"}{.spec.template.spec.containers[*].name}{\"\\n\"}", "1 nginx", "", 0],
    ["{range .spec.template.spec.containers[*]}{.name}={.image}{\"\\n\"}{end}done", "nginx=nginx\ndone", "", 0],
    ["{.spec.template.spec.containers[?(@.name==\"nginx\")].image}", "nginx", "", 0],
    ["{..name}", "web nginx", "", 0],
    ["{.spec.template.spec.containers[0].resources}", "{}", "", 0],
    ["{.spec.template.spec.containers}", "[{\"image\":\"nginx\",\"name\":\"nginx\",\"resources\":{}}]", "", 0],
    ["{.nope}x", "x", "", 0],
    ["{.spec.template.spec.containers[1:]}", "", "", 0],
    ["{.spec.template.spec.containers[-1].image}", "nginx", "", 0],
    ["{.spec.template.spec.containers[*]}", "{\"image\":\"nginx\",\"name\":\"nginx\",\"resources\":{}}", "", 0],
    ["{@.kind}", "Deployment", "", 0],
    ["{$.kind}", "Deployment", "", 0],
    ["{.metadata.creationTimestamp}", "null", "", 0],
    ["{.spec.strategy}", "{}", "", 0],
    ["{.spec.selector.matchLabels.app}", "web", "", 0],
    ["{.spec.template.spec.containers[?(@.image)].name}", "nginx", "", 0],
    ["{.kind}{end}", "", "error: error executing jsonpath \"{.kind}{end}\": Error executing template: not in range, nothing to end. Printing more information for debugging the template:\n\tt", 1],
    ["{.items[", "", "error: error parsing jsonpath {.items[, unterminated array", 1],
    ["{.spec.template.spec.containers[5]}", "", "error: error executing jsonpath \"{.spec.template.spec.containers[5]}\": Error executing template: array index out of bounds: index 5, length 1. Printing more inf", 1],
    ["{.spec.template.spec.containers[a]}", "", "error: error parsing jsonpath {.spec.template.spec.containers[a]}, invalid array index a", 1],
    ["{.kind", "", "error: error parsing jsonpath {.kind, unclosed action", 1],
    ["{.spec.template.spec.containers[?(@.name==1)].image}", "", "error: error executing jsonpath \"{.spec.template.spec.containers[?(@.name==1)].image}\": Error executing template: incompatible types for comparison. Printing mo", 1],
    ["{.metadata.labels.app}{.metadata.name}", "webweb", "", 0],
    ["plain text", "plain text", "", 0],
    ["{#}", "", "error: error parsing jsonpath {#}, unrecognized character in action: U+0023 '#'", 1],
  ])('%s', (template, stdout, stderr, exitCode) => {
    const r = c.kubectl(`create deployment web --image=nginx --dry-run=client -o ${quoted(`jsonpath=${template}`)}`);
    expect({ stdout: r.stdout.replace(/\n+$/, ''), stderr: r.stderr.replace(/\n+$/, '').slice(0, 160), exitCode: r.exitCode }).toEqual({ stdout, stderr, exitCode });
  });
});

describe('kubectl get -o jsonpath / custom-columns on the cluster', () => {
  function band() {
    const c = createCluster({ nodes: 2, seed: 1 });
    c.kubectl('create deployment web --image=nginx --replicas=2');
    c.advance(60_000);
    return c;
  }

  it('a list is a List (items), one named object is itself; range … end repeats per item', () => {
    const c = band();
    const names = c.kubectl('get pods -o jsonpath={.items[*].metadata.name}').stdout;
    expect(names).toMatch(/^web-\S+ web-\S+$/);
    expect(c.kubectl('get deploy web -o jsonpath={.spec.replicas}')).toEqual({ stdout: '2', stderr: '', exitCode: 0 });
    const lines = c.kubectl(`get pods -o jsonpath='{range .items[*]}{.metadata.name}{"\\t"}{.spec.nodeName}{"\\n"}{end}'`).stdout;
    expect(lines).toMatch(/^(web-\S+\tnode-[12]\n){2}$/);
    // A filter on a list inside each item, and an empty list printing nothing at all.
    expect(c.kubectl(`get pods -o jsonpath='{.items[0].status.conditions[?(@.type=="Ready")].status}'`).stdout).toBe('True');
    expect(c.kubectl('get pvc -o jsonpath={.items[*].metadata.name}')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
  });

  it('custom columns: headers as written, <none> for nothing, values as Go prints them, --no-headers', () => {
    const c = band();
    const out = c.kubectl('get pods -o custom-columns=NAME:.metadata.name,NODE:spec.nodeName,IMAGES:{.spec.containers[*].image},GONE:.nope,APP:.metadata.labels').stdout;
    const [head, ...rows] = out.trimEnd().split('\n');
    expect(head).toMatch(/^NAME {3,}NODE {3,}IMAGES {3,}GONE {3,}APP$/);
    expect(rows).toHaveLength(2);
    for (const r of rows) expect(r).toMatch(/^web-\S+ +node-[12] +nginx +<none> +map\[app:web pod-template-hash:\w+\]$/);
    expect(c.kubectl('get pods -o custom-columns=N:.metadata.name --no-headers').stdout).toMatch(/^web-\S+\nweb-\S+\n$/);
    // With no objects, the header still prints (the printer gets an empty List).
    expect(c.kubectl('get pvc -o custom-columns=NAME:.metadata.name')).toEqual({ stdout: 'NAME\n', stderr: '', exitCode: 0 });
  });

  it.each([
    ['get pods -o jsonpath', 'error: template format specified but no template given\n'],
    ['get pods -o custom-columns', 'error: custom-columns format specified but no custom columns given\n'],
    ['get pods -o custom-columns=NAME', 'error: unexpected custom-columns spec: NAME, expected <header>:<json-path-expr>\n'],
    ["get pods -o custom-columns=N:{{x}}", "error: unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or '{.name1.name2}'\n"],
    [
      'create deployment x --image=nginx --dry-run=client -o custom-columns=A:.a',
      'error: unable to match a printer suitable for the output format "custom-columns=A:.a", allowed formats are: go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml\n',
    ],
  ])('%s', (line, stderr) => {
    expect(band().kubectl(line)).toEqual({ stdout: '', stderr, exitCode: 1 });
  });
});

describe('the template engine itself', () => {
  const data = { items: [{ n: 'a', v: [1, 2] }, { n: 'b', v: [] }], m: { 'x.y': 'dotted', z: '<&>' } };

  it('nested ranges, unions, slices with steps, escaped dots, numbers and booleans', () => {
    expect(printJsonPath('{range .items[*]}[{.n}:{range .v[*]}{@}{end}]{end}', data)).toBe('[a:12][b:]');
    expect(printJsonPath('{.items[*].n}{.items[0,1].n}', data)).toBe('a ba b');
    expect(printJsonPath('{.items[0].v[0:2:1]}', data)).toBe('1 2');
    expect(printJsonPath('{.m.x\\.y}', data)).toBe('dotted');
    // Go's JSON encoder escapes <, > and & in strings.
    expect(printJsonPath('{.m}', data)).toBe('{"x.y":"dotted","z":"\\u003c\\u0026\\u003e"}');
    expect(printJsonPath('{.items[?(@.n!="b")].n}', data)).toBe('a');
    // As in Go, an index past the end of an empty list is an error, even inside a filter.
    expect(() => printJsonPath('{.items[?(@.v[0]>=1)].n}', data)).toThrow('array index out of bounds: index 0, length 0');
  });

  it('errors are kubectl’s, and nothing typed can loop or overflow', () => {
    expect(() => printJsonPath('{.a', data)).toThrow('error parsing jsonpath {.a, unclosed action');
    expect(() => printJsonPath('{"x}', data)).toThrow('unterminated quoted string');
    expect(() => printJsonPath('{.items[?(@.n=="a"]}', data)).toThrow('unterminated filter');
    expect(() => printJsonPath('{.items[0].n[0]}', data)).toThrow('string is not array or slice');
    const long = `{${'.a'.repeat(20_000)}}`;
    expect(printJsonPath(long, data)).toBe('');
    expect(customColumnRows('A:.items[*].n', [data], false)).toEqual([['A'], ['a,b']]);
  });
});

describe('a template cannot hang the page', () => {
  it('nested ranges over recursive descent stop with an error instead of printing megabytes', () => {
    const c = createCluster({ nodes: 3, seed: 1 });
    c.kubectl('create deployment web --image=nginx --replicas=30');
    c.advance(60_000);
    const r = c.kubectl(`get pods -o jsonpath='{range ..}{range ..}{range ..}{..}{end}{end}{end}'`);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('the template produces more output than this simulator prints');
    // The debugging dump is cut short too.
    expect(r.stderr.length).toBeLessThan(25_000);
  });
});

describe('ranges as client-go runs them, at any depth', () => {
  // Captured from the real kubectl 1.32: `kubectl create deployment web --image=nginx
  // --dry-run=client -o jsonpath=<template>`. An unclosed {range}'s body runs inside the range
  // and then once more after it.
  const c = createCluster({ nodes: 0 });
  const q = (t: string) => `'${t.replaceAll("'", "'\\''")}'`;
  const run = (t: string) => c.kubectl(`create deployment web --image=nginx --dry-run=client -o jsonpath=${q(t)}`);
  it.each([
    ['{range @}{range @}{.metadata.name}{end}{end}', 'web'],
    ['{range @}{.metadata.name}', 'webweb'],
    ['{range @}{range @}{range @}{.metadata.name}', 'web'.repeat(8)],
    ['{range .spec.template.spec.containers[*]}{range @}{.name}', 'nginxnginx'],
    ['{range .spec.template.spec.containers[*]}{range @}{.name}{end}x', 'nginxxx'],
    ['{range .x[*]}{.a}{end}{.metadata.name}', 'web'],
  ])('%s', (template, stdout) => {
    expect(run(template)).toEqual({ stdout, stderr: '', exitCode: 0 });
  });

  it('20,000 nested ranges run without a deep call stack', () => {
    expect(run(`${'{range @}'.repeat(20_000)}{.metadata.name}${'{end}'.repeat(20_000)}`).stdout).toBe('web');
  });

  it('2,000 unclosed ranges (2^2000 runs in Go) stop at the step budget', () => {
    const r = run(`${'{range @}'.repeat(2000)}{.metadata.name}`);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain(
      'Error executing template: the template takes more than half a million steps, more than this simulator runs (each unclosed {range} doubles them). Printing more information',
    );
  });
});

describe('jsonpath unions of plain indices', () => {
  // Built without a parser per part: the same nodes as `[n]` parsed alone, other parts parsed.
  it('parse as each part alone would', () => {
    const alone = (p: string) => (parseJsonPath(`{.a[${p}]}`)[0] as { nodes: Node[] }).nodes[1];
    const union = parseJsonPath("{.a[ 0 , -1 ,07,'b',1:2]}")[0] as { nodes: Node[] };
    expect(union.nodes[1]).toEqual({ t: 'union', lists: [[alone('0')], [alone('-1')], [alone('07')], [{ t: 'field', name: 'b' }], [alone('1:2')]] });
  });
});
