// -o go-template against the outputs and errors of the real kubectl 1.32 (recorded with
// `kubectl create configmap x --from-literal=a=b --dry-run=client -o go-template=…`).
import { describe, expect, it } from 'vitest';
import { createCluster } from '../../index';

const cm = (t: string) => createCluster({ seed: 1 }).kubectl(`create configmap x --from-literal=a=b --dry-run=client -o go-template='${t.replace(/'/g, `'\\''`)}'`);
const OBJ = 'map[apiVersion:v1 data:map[a:b] kind:ConfigMap metadata:map[creationTimestamp:<nil> name:x]]';
const RAW = '{"kind":"ConfigMap","apiVersion":"v1","metadata":{"name":"x","creationTimestamp":null},"data":{"a":"b"}}';

describe('kubectl -o go-template', () => {
  it.each([
    ['{{.metadata.name}}{{"\\n"}}', 'x\n'],
    ['{{index .data "zz"}}', '<no value>'],
    ['{{index .kind 1}}', '111'],
    ['{{len .kind}}', '9'],
    ['{{printf "%d" .kind}}', '%!d(string=ConfigMap)'],
    ['{{.data.a | printf "%q"}}', '"b"'],
    ['{{if eq .kind "ConfigMap"}}y{{end}}', 'y'],
    ['{{range $k, $v := .data}}{{$k}}={{$v}};{{end}}', 'a=b;'],
    ['{{with .data}}{{.a}}{{end}}', 'b'],
    ['{{.metadata.creationTimestamp}}', '<no value>'],
    ['{{.metadata}}', 'map[creationTimestamp:<nil> name:x]'],
    ['{{range .items}}{{.metadata.name}}{{end}}', ''],
    ['{{base64decode "YQ=="}}', 'a'],
    ['{{ not true }} {{and 1 0}} {{or 0 2}} {{ne 1 2}}', 'false 0 2 true'],
    ['{{if .data}}a{{else if .x}}b{{else}}c{{end}}', 'a'],
    ['a {{- "b" -}} c', 'abc'],
    ['{{$x := .kind}}{{$x}}', 'ConfigMap'],
    ['{{printf "%-5s|%3d" "ab" 7}}', 'ab   |  7'],
    ['{{printf "%s"}}', '%!s(MISSING)'],
    ['{{printf "%s" "a" "b"}}', 'a%!(EXTRA string=b)'],
  ])('%s', (t, out) => {
    expect(cm(t)).toEqual({ stdout: out, stderr: '', exitCode: 0 });
  });

  it.each([
    ['{{', 'unclosed action'],
    ['{{.metadata.name', 'unclosed action'],
    ['{{ bogus }}', 'function "bogus" not defined'],
    ['{{end}}', 'unexpected {{end}}'],
    ['{{range .data}}', 'unexpected EOF'],
    ['{{$y}}', 'undefined variable "$y"'],
  ])('a parse error: %s', (t, msg) => {
    expect(cm(t)).toEqual({ stdout: '', stderr: `error: error parsing template ${t}, template: output:1: ${msg}\n`, exitCode: 1 });
  });

  it.each([
    ['{{.metadata.name.x}}', 'output:1:11: executing "output" at <.metadata.name.x>: can\'t evaluate field x in type interface {}'],
    ['{{range .metadata.name}}x{{end}}', 'output:1:17: executing "output" at <.metadata.name>: range can\'t iterate over x'],
    ['{{len 3}}', 'output:1:2: executing "output" at <len 3>: error calling len: len of type int'],
    ['{{ .missing | len }}', 'output:1:14: executing "output" at <len>: error calling len: reflect: call of reflect.Value.Type on zero Value'],
  ])('an execution error prints the debugging block on stdout: %s', (t, msg) => {
    expect(cm(t)).toEqual({
      stdout: `Error executing template: template: ${msg}. Printing more information for debugging the template:\n\ttemplate was:\n\t\t${t}\n\traw data was:\n\t\t${RAW}\n\tobject given to template engine was:\n\t\t${OBJ}\n\n`,
      stderr: `error: error executing template ${JSON.stringify(t)}: template: ${msg}\n`,
      exitCode: 1,
    });
  });

  it('reads --template, -o template= and -o go-template without a template as kubectl does', () => {
    const c = createCluster({ seed: 1 });
    const base = 'create configmap x --from-literal=a=b --dry-run=client';
    expect(c.kubectl(`${base} -o go-template --template '{{.metadata.name}}'`).stdout).toBe('x');
    expect(c.kubectl(`${base} --template '{{.metadata.name}}'`).stdout).toBe('x');
    expect(c.kubectl(`${base} -o template='{{.kind}}'`).stdout).toBe('ConfigMap');
    expect(c.kubectl(`${base} -o go-template`)).toEqual({ stdout: '', stderr: 'error: template format specified but no template given\n', exitCode: 1 });
  });

  it('reads a field of a parenthesized pipeline, as Kubernetes Basics module 4 does for the NodePort', () => {
    const c = createCluster({ seed: 1 });
    // Recorded: `kubectl create service nodeport x --tcp=80 --dry-run=client -o go-template=…` → `80 <no value>`.
    expect(c.kubectl(`create service nodeport x --tcp=80 --dry-run=client -o go-template='{{(index .spec.ports 0).port}} {{(index .spec.ports 0).nope}}'`).stdout).toBe('80 <no value>');
  });

  it('walks a list of pods, as the Kubernetes Basics tutorial does', () => {
    const c = createCluster({ seed: 1 });
    c.kubectl('create deployment kubernetes-bootcamp --image=nginx');
    c.advance(5_000);
    const r = c.kubectl(`get pods -o go-template --template '{{range .items}}{{.metadata.name}}{{"\\n"}}{{end}}'`);
    expect(r.stdout).toMatch(/^kubernetes-bootcamp-[a-z0-9]{8,10}-[a-z0-9]{5}\n$/);
  });
});
