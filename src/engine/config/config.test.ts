// ConfigMaps and Secrets through kubectl: the official examples, base64 and stringData, key,
// size and immutability errors with the real texts, and create/get/describe output.
import { describe, expect, it } from 'vitest';
import { createCluster, restoreCluster } from '../index';
import type { KObject } from '../objects/types';
import { decodeBase64, encodeBase64, utf8String } from './base64';

const GAME_DEMO = `apiVersion: v1
kind: ConfigMap
metadata:
  name: game-demo
data:
  # property-like keys; each key maps to a simple value
  player_initial_lives: "3"
  ui_properties_file_name: "user-interface.properties"

  # file-like keys
  game.properties: |
    enemy.types=aliens,monsters
    player.maximum-lives=5
  user-interface.properties: |
    color.good=purple
    color.bad=yellow
    allow.textmode=true
`;

const CONFIGMAPS_YAML = `apiVersion: v1
kind: ConfigMap
metadata:
  name: special-config
  namespace: default
data:
  special.how: very
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: env-config
  namespace: default
data:
  log_level: INFO
`;

function secretYaml(body: string, name = 's'): string {
  return `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${name}\n${body}`;
}

const cluster = () => createCluster({ nodes: 0 });

describe('base64 as Go decodes it', () => {
  it.each([
    ['YWRtaW4=', 'admin'],
    ['czNjcjN0ISE=', 's3cr3t!!'],
    ['YWJj\nZGVm', 'abcdef'],
    ['', ''],
  ])('%j decodes to %j', (text, plain) => {
    expect(utf8String(decodeBase64(text))).toBe(plain);
  });

  it.each([
    ['s3cr3t', 4],
    ['hello!', 5],
    ['abcde', 4],
    ['YQ=', 3],
    ['YQ==x', 4],
    ['=abc', 0],
    ['ab=c', 2],
  ])('%j fails at input byte %i', (text, at) => {
    expect(() => decodeBase64(text)).toThrow(`illegal base64 data at input byte ${at}`);
  });

  it('encodes canonically', () => {
    expect(encodeBase64(new TextEncoder().encode('password'))).toBe('cGFzc3dvcmQ=');
  });
});

describe('ConfigMap', () => {
  it('accepts the concept page game-demo ConfigMap and lists and describes it', () => {
    const c = cluster();
    expect(c.kubectl('apply -f -', GAME_DEMO)).toEqual({ stdout: 'configmap/game-demo created\n', stderr: '', exitCode: 0 });
    // Every namespace also holds kube-root-ca.crt (the root-ca-cert-publisher's), as in a real cluster.
    expect(c.kubectl('get cm').stdout).toBe('NAME               DATA   AGE\ngame-demo          4      0s\nkube-root-ca.crt   1      0s\n');
    expect(c.kubectl('describe configmap game-demo').stdout).toBe(
      [
        'Name:         game-demo',
        'Namespace:    default',
        'Labels:       <none>',
        'Annotations:  <none>',
        '',
        'Data',
        '====',
        'game.properties:',
        '----',
        'enemy.types=aliens,monsters',
        'player.maximum-lives=5',
        '',
        'player_initial_lives:',
        '----',
        '3',
        'ui_properties_file_name:',
        '----',
        'user-interface.properties',
        'user-interface.properties:',
        '----',
        'color.good=purple',
        'color.bad=yellow',
        'allow.textmode=true',
        '',
        '',
        'BinaryData',
        '====',
        '',
        'Events:  <none>',
        '',
      ].join('\n'),
    );
    const cm = c.get<KObject>('ConfigMap', 'default', 'game-demo');
    expect(((cm?.data ?? {}) as Record<string, string>).player_initial_lives).toBe('3');
    expect(cm && 'status' in cm).toBe(false);
  });

  it('accepts configmap/configmaps.yaml (two documents)', () => {
    const c = cluster();
    expect(c.kubectl('apply -f -', CONFIGMAPS_YAML).stdout).toBe('configmap/special-config created\nconfigmap/env-config created\n');
    expect(c.kubectl('get configmaps').stdout).toBe(
      'NAME               DATA   AGE\nenv-config         1      0s\nkube-root-ca.crt   1      0s\nspecial-config     1      0s\n',
    );
  });

  it.each([
    [
      'data:\n  bad key: x\n',
      `The ConfigMap "c" is invalid: data[bad key]: Invalid value: "bad key": a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')`,
    ],
    ['data:\n  a: x\nbinaryData:\n  a: eA==\n', 'The ConfigMap "c" is invalid: data[a]: Invalid value: "a": duplicate of key present in binaryData'],
    ['binaryData:\n  b: "%%%"\n', 'Error from server (BadRequest): error when creating "STDIN": ConfigMap in version "v1" cannot be handled as a ConfigMap: illegal base64 data at input byte 0'],
    ['data:\n  ..x: z\n', `The ConfigMap "c" is invalid: data[..x]: Invalid value: "..x": must not start with '..'`],
  ])('rejects %j', (body, error) => {
    const c = cluster();
    expect(c.kubectl('apply -f -', `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n${body}`)).toEqual({ stdout: '', stderr: `${error}\n`, exitCode: 1 });
  });

  it('rejects more than 1 MiB of data for the whole object', () => {
    const c = cluster();
    const big = 'x'.repeat(600 * 1024);
    const r = c.kubectl('create -f -', `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: big\ndata:\n  a: ${big}\n  b: ${big}\n`);
    expect(r.stderr).toBe('The ConfigMap "big" is invalid: []: Too long: may not be more than 1048576 bytes\n');
  });

  it('forbids changing or un-setting an immutable ConfigMap', () => {
    const c = cluster();
    const yaml = (data: string, immutable: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: frozen\n${immutable}data:\n  k: ${data}\n`;
    c.kubectl('apply -f -', yaml('v1', 'immutable: true\n'));
    expect(c.kubectl('apply -f -', yaml('v2', 'immutable: true\n')).stderr).toBe('The ConfigMap "frozen" is invalid: data: Forbidden: field is immutable when `immutable` is set\n');
    expect(c.kubectl('apply -f -', yaml('v1', 'immutable: false\n')).stderr).toBe('The ConfigMap "frozen" is invalid: immutable: Forbidden: field is immutable when `immutable` is set\n');
    expect(c.kubectl('apply -f -', yaml('v1', 'immutable: true\n')).stdout).toBe('configmap/frozen unchanged\n');
  });
});

describe('Secret', () => {
  it('stores data as given and merges stringData into data (base64), dropping stringData', () => {
    const c = cluster();
    c.kubectl('apply -f -', secretYaml('type: Opaque\ndata:\n  username: YWRtaW4=\nstringData:\n  password: t0p-Secret\n'));
    const s = c.get<KObject>('Secret', 'default', 's');
    expect(s?.data).toEqual({ password: 'dDBwLVNlY3JldA==', username: 'YWRtaW4=' });
    expect(s && 'stringData' in s).toBe(false);
    expect(c.kubectl('get secret').stdout).toBe('NAME   TYPE     DATA   AGE\ns      Opaque   2      0s\n');
    expect(c.kubectl('describe secret s').stdout).toBe(
      'Name:         s\nNamespace:    default\nLabels:       <none>\nAnnotations:  <none>\n\nType:  Opaque\n\nData\n====\npassword:  10 bytes\nusername:  5 bytes\n',
    );
  });

  it('defaults the type to Opaque and stringData wins over data for the same key', () => {
    const c = cluster();
    c.kubectl('apply -f -', secretYaml('data:\n  k: YQ==\nstringData:\n  k: b\n'));
    const s = c.get<KObject>('Secret', 'default', 's');
    expect([s?.type, ((s?.data ?? {}) as Record<string, string>).k]).toEqual(['Opaque', 'Yg==']);
  });

  it('rejects data that is not base64 with the decoder error', () => {
    const c = cluster();
    expect(c.kubectl('apply -f -', secretYaml('data:\n  password: s3cr3t\n'))).toEqual({
      stdout: '',
      stderr: 'Error from server (BadRequest): error when creating "STDIN": Secret in version "v1" cannot be handled as a Secret: illegal base64 data at input byte 4\n',
      exitCode: 1,
    });
  });

  it.each([
    ['type: kubernetes.io/tls\ndata:\n  tls.crt: YQ==\n', 'The Secret "s" is invalid: data[tls.key]: Required value\n'],
    ['type: kubernetes.io/dockerconfigjson\n', 'The Secret "s" is invalid: data[.dockerconfigjson]: Required value\n'],
    ['type: kubernetes.io/basic-auth\n', 'The Secret "s" is invalid: \n* data[%s][username]: Required value\n* data[%s][password]: Required value\n'],
    ['stringData:\n  bad/key: x\n', `The Secret "s" is invalid: data[bad/key]: Invalid value: "bad/key": a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')\n`],
  ])('validates %j', (body, stderr) => {
    expect(cluster().kubectl('apply -f -', secretYaml(body)).stderr).toBe(stderr);
  });

  it('limits data to 1 MiB', () => {
    const big = 'x'.repeat(700 * 1024);
    expect(cluster().kubectl('create -f -', secretYaml(`stringData:\n  a: ${big}\n  b: ${big}\n`)).stderr).toBe(
      'The Secret "s" is invalid: data: Too long: may not be more than 1048576 bytes\n',
    );
  });

  it('forbids edits of an immutable Secret and type changes', () => {
    const c = cluster();
    c.kubectl('apply -f -', secretYaml('immutable: true\nstringData:\n  k: v1\n'));
    expect(c.kubectl('apply -f -', secretYaml('immutable: true\nstringData:\n  k: v2\n')).stderr).toBe(
      'The Secret "s" is invalid: data: Forbidden: field is immutable when `immutable` is set\n',
    );
    expect(c.kubectl('apply -f -', secretYaml('type: kubernetes.io/tls\nimmutable: true\nstringData:\n  k: v1\n')).stderr).toContain(
      'type: Invalid value: "kubernetes.io/tls": field is immutable',
    );
  });
});

describe('kubectl create configmap / secret generic', () => {
  // Expected bytes captured from kubectl v1.32 `--dry-run=client`.
  it.each([
    ['create configmap game --from-literal=a=b --from-literal=x.y=1 --dry-run=client -o yaml', 'apiVersion: v1\ndata:\n  a: b\n  x.y: "1"\nkind: ConfigMap\nmetadata:\n  creationTimestamp: null\n  name: game\n'],
    ['create configmap empty --dry-run=client -o yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  creationTimestamp: null\n  name: empty\n'],
    ['create configmap c --from-literal=a=b=c -n foo --dry-run=client -o yaml', 'apiVersion: v1\ndata:\n  a: b=c\nkind: ConfigMap\nmetadata:\n  creationTimestamp: null\n  name: c\n  namespace: foo\n'],
    ['create secret generic s --from-literal=password=s3cr3t!! --from-literal=user=admin --dry-run=client -o yaml', 'apiVersion: v1\ndata:\n  password: czNjcjN0ISE=\n  user: YWRtaW4=\nkind: Secret\nmetadata:\n  creationTimestamp: null\n  name: s\n'],
    ['create secret generic s --type=kubernetes.io/tls --from-literal=b=2 --from-literal=a=1 --dry-run=client -o json', '{\n    "kind": "Secret",\n    "apiVersion": "v1",\n    "metadata": {\n        "name": "s",\n        "creationTimestamp": null\n    },\n    "data": {\n        "a": "MQ==",\n        "b": "Mg=="\n    },\n    "type": "kubernetes.io/tls"\n}\n'],
    ['create configmap c --from-literal=a=b --dry-run=client', 'configmap/c created (dry run)\n'],
  ])('%s', (line, stdout) => {
    expect(cluster().kubectl(line)).toEqual({ stdout, stderr: '', exitCode: 0 });
  });

  it.each([
    ['create configmap c --from-literal=bad', 'error: invalid literal source bad, expected key=value\n'],
    ['create configmap c --from-literal=a=1 --from-literal=a=2', 'error: cannot add key "a", another key by that name already exists in Data for ConfigMap "c"\n'],
    ['create secret generic s --from-literal=a=1 --from-literal=a=2', 'error: cannot add key a, another key by that name already exists\n'],
    ['create configmap c --from-file=nope', 'error: error reading nope: no such file or directory\n'],
    ['create secret generic s --from-file=k=nope', 'error: error reading nope: no such file or directory\n'],
    ['create configmap c --from-literal=.=x', `error: "." is not a valid key name for a ConfigMap: must not be '.'\n`],
    ['create configmap', "error: exactly one NAME is required, got 0\nSee 'kubectl create configmap -h' for help and examples\n"],
    ['create secret generic', "error: exactly one NAME is required, got 0\nSee 'kubectl create secret generic -h' for help and examples\n"],
  ])('%s fails', (line, stderr) => {
    expect(cluster().kubectl(`${line} --dry-run=client -o yaml`)).toEqual({ stdout: '', stderr, exitCode: 1 });
  });

  it('creates for real and survives a snapshot round-trip', () => {
    const c = cluster();
    expect(c.kubectl('create secret generic db --from-literal=password=hunter22').stdout).toBe('secret/db created\n');
    expect(c.kubectl('create cm app --from-literal=mode=fast').stdout).toBe('configmap/app created\n');
    const r = restoreCluster(JSON.parse(JSON.stringify(c.snapshot())));
    expect(r.kubectl('get secret db -o yaml').stdout).toBe(c.kubectl('get secret db -o yaml').stdout);
    expect(r.kubectl('describe secret db').stdout).toContain('password:  8 bytes\n');
    expect(r.kubectl('get cm app -o jsonpath={.data.mode}').stdout).toBe(c.kubectl('get cm app -o jsonpath={.data.mode}').stdout);
  });
});
