// Usage errors and group-command help, each compared with what the real kubectl 1.32 prints
// offline for the same line (captured on a machine with no cluster: these never reach a server).
import { describe, expect, it } from 'vitest';
import { createCluster } from '../index';
import type { Pod } from '../objects/types';

const run = (line: string) => createCluster({ nodes: 1 }).kubectl(line);

describe('usage errors, as kubectl words them', () => {
  it.each([
    ['create deployment --image=nginx', "error: exactly one NAME is required, got 0\nSee 'kubectl create deployment -h' for help and examples\n"],
    ['create deployment a b --image=nginx', "error: exactly one NAME is required, got 2\nSee 'kubectl create deployment -h' for help and examples\n"],
    ['create service clusterip', "error: exactly one NAME is required, got 0\nSee 'kubectl create service clusterip -h' for help and examples\n"],
    ['create ns', "error: exactly one NAME is required, got 0\nSee 'kubectl create namespace -h' for help and examples\n"],
    ['create configmap', "error: exactly one NAME is required, got 0\nSee 'kubectl create configmap -h' for help and examples\n"],
    [
      'scale deployment web --replicas=9223372036854775808',
      'Error: invalid argument "9223372036854775808" for "--replicas" flag: strconv.ParseInt: parsing "9223372036854775808": value out of range\nSee \'kubectl scale --help\' for usage.\n',
    ],
    [
      'delete pod web --grace-period=99999999999999999999',
      'Error: invalid argument "99999999999999999999" for "--grace-period" flag: strconv.ParseInt: parsing "99999999999999999999": value out of range\nSee \'kubectl delete --help\' for usage.\n',
    ],
    ['rollout status', 'error: required resource not specified\n'],
    ['rollout undo', 'error: required resource not specified\n'],
    ['rollout history', 'error: required resource not specified\n'],
    ['rollout restart', 'error: required resource not specified\n'],
    [
      'logs a b c',
      "error: expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command\nSee 'kubectl logs -h' for help and examples\n",
    ],
  ])('%s', (line, stderr) => {
    expect(run(line)).toEqual({ stdout: '', stderr, exitCode: 1 });
  });
});

describe('a group command without its subcommand', () => {
  it('kubectl top prints its help as an error; --help prints the same to stdout', () => {
    const top = `Display resource (CPU/memory) usage.

 The top command allows you to see the resource consumption for nodes or pods.

 This command requires Metrics Server to be correctly configured and working on the server.

Available Commands:
  node          Display resource (CPU/memory) usage of nodes
  pod           Display resource (CPU/memory) usage of pods

Usage:
  kubectl top [flags] [options]

Use "kubectl top <command> --help" for more information about a given command.
Use "kubectl options" for a list of global command-line options (applies to all commands).
`;
    expect(run('top')).toEqual({ stdout: '', stderr: top, exitCode: 1 });
    expect(run('top --help')).toEqual({ stdout: top, stderr: '', exitCode: 0 });
  });

  it('kubectl rollout and kubectl set: their long help, commands padded as cobra pads them', () => {
    const rollout = run('rollout');
    expect(rollout.exitCode).toBe(1);
    expect(rollout.stderr.startsWith('Manage the rollout of one or many resources.\n        \n Valid resource types include:\n')).toBe(true);
    expect(rollout.stderr).toContain('\nAvailable Commands:\n  history       View rollout history\n');
    expect(rollout.stderr).toContain('\nUsage:\n  kubectl rollout SUBCOMMAND [options]\n\nUse "kubectl rollout <command> --help"');
    // `kubectl set` here runs one of the real six subcommands, so only its opening lines match.
    const set = run('set');
    expect(set.exitCode).toBe(1);
    expect(set.stderr).toMatch(/^Configure application resources\.\n\n These commands help you make changes to existing application resources\.\n\nAvailable Commands:\n {2}image {9}Update the image of a pod template\n/);
  });
});

describe('real kubectl commands this cluster does not run', () => {
  it.each([
    ['replace -f web.yaml', 'kubectl replace', 'kubectl'],
    ['attach -it web', 'kubectl attach', 'kubectl'],
    ['set resources deploy web --limits=cpu=200m', 'kubectl set resources', 'kubectl set'],
    ['create ingress x --rule=a/b=svc:80', 'kubectl create ingress', 'kubectl create'],
  ])('%s says it is real but not run here', (line, cmd, parent) => {
    expect(run(line)).toEqual({
      stdout: '',
      stderr: `error: "${cmd}" is a real kubectl command, but this simulated cluster does not run it\nSee '${parent} --help' for the commands it runs.\n`,
      exitCode: 1,
    });
  });

  it('a word kubectl does not know is still an unknown command, with real kubectl\'s suggestion', () => {
    expect(run('pach deploy web').stderr).toBe('Error: unknown command "pach" for "kubectl"\n\nDid you mean this?\n\tpatch\n\n');
  });
});

describe('a grace period longer than Go can hold', () => {
  it('still deletes gracefully, its deletionTimestamp where a time.Duration tops out', () => {
    const c = createCluster({ nodes: 1 });
    c.kubectl('run web --image=nginx');
    c.advance(30_000);
    expect(c.kubectl('delete pod web --grace-period=10000000000000')).toEqual({ stdout: 'pod "web" deleted\n', stderr: '', exitCode: 0 });
    const ts = c.get<Pod>('Pod', 'default', 'web')?.metadata.deletionTimestamp;
    expect(ts?.slice(0, 4)).toBe('2317');
  });
});

describe('manifests that decode oddly', () => {
  it('a null list item is the zero value: a container with no name and no image, refused by validation', () => {
    const r = createCluster({ nodes: 1 }).kubectl('apply -f -', 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers: [null]\n');
    expect(r).toEqual({ stdout: '', stderr: 'The Pod "p" is invalid: \n* spec.containers[0].name: Required value\n* spec.containers[0].image: Required value\n', exitCode: 1 });
  });

  it('metadata that is not a map stops the stream with json’s words (as the real kubectl 1.32 says)', () => {
    expect(createCluster({ nodes: 1 }).kubectl('apply -f -', 'apiVersion: v1\nkind: ConfigMap\nmetadata: hello\n')).toEqual({
      stdout: '',
      stderr: 'error: unable to decode "STDIN": json: cannot unmarshal string into Go struct field metadataOnlyObject.metadata of type v1.ObjectMeta\n',
      exitCode: 1,
    });
  });
});

describe('kubectl help', () => {
  it('is cobra’s help command: help alone is kubectl --help, help <command> is <command> --help', () => {
    const c = createCluster({ nodes: 1 });
    expect(c.kubectl('help')).toEqual(c.kubectl('--help'));
    expect(c.kubectl('help rollout')).toEqual(c.kubectl('rollout --help'));
    expect(c.kubectl('help rollout').exitCode).toBe(0);
  });
});

describe('names in API errors are quoted as Go’s %q quotes them', () => {
  it('a quote or a tab in a name is escaped', () => {
    const c = createCluster({ nodes: 1 });
    expect(c.kubectl('get pods "a\\"b"').stderr).toBe('Error from server (NotFound): pods "a\\"b" not found\n');
    expect(c.kubectl("get pods 'x\ty'").stderr).toBe('Error from server (NotFound): pods "x\\ty" not found\n');
  });
});
