import { describe, expect, it } from 'vitest';
import '../api/strategies';
import { type Cluster, createCluster, restoreCluster } from '../cluster/cluster';
import type { KObject, Pod } from '../objects/types';
import { kubectlOk } from '../testing/helpers';
import type { KubeletComponent } from './kubelet';
import type { VolumeDataComponent } from './volume-data';

const GAME_DEMO = {
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { name: 'game-demo', namespace: 'default' },
  data: {
    player_initial_lives: '3',
    ui_properties_file_name: 'user-interface.properties',
    'game.properties': 'enemy.types=aliens,monsters\nplayer.maximum-lives=5\n',
    'user-interface.properties': 'color.good=purple\ncolor.bad=yellow\nallow.textmode=true\n',
  },
};

// configmap/configure-pod.yaml, with a script that shows what the container sees.
const demoPod = (command: string, withVolume = true) => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: 'configmap-demo-pod', namespace: 'default' },
  spec: {
    containers: [
      {
        name: 'demo',
        image: 'alpine',
        command: ['sh', '-c', command],
        env: [
          { name: 'PLAYER_INITIAL_LIVES', valueFrom: { configMapKeyRef: { name: 'game-demo', key: 'player_initial_lives' } } },
          { name: 'UI_PROPERTIES_FILE_NAME', valueFrom: { configMapKeyRef: { name: 'game-demo', key: 'ui_properties_file_name' } } },
        ],
        ...(withVolume ? { volumeMounts: [{ name: 'config', mountPath: '/config', readOnly: true }] } : {}),
      },
    ],
    ...(withVolume
      ? { volumes: [{ name: 'config', configMap: { name: 'game-demo', items: [{ key: 'game.properties', path: 'game.properties' }, { key: 'user-interface.properties', path: 'user-interface.properties' }] } }] }
      : {}),
  },
});

const events = (c: Cluster, name: string) =>
  c
    .list<KObject>('Event')
    .filter((e) => (e.involvedObject as { name: string }).name === name)
    .map((e) => `${e.type} ${e.reason} ${e.message}`);
const waiting = (c: Cluster, name: string) => (c.get<Pod>('Pod', 'default', name) as Pod).status?.containerStatuses?.[0]?.state?.waiting;
const logs = (c: Cluster, pod: string, container: string) => (c.component<KubeletComponent>('kubelet') as KubeletComponent).containerLogs('default', pod, container);
const vd = (c: Cluster) => c.component<VolumeDataComponent>('volume-data') as VolumeDataComponent;

describe('ConfigMaps at the kubelet', () => {
  it('env reference to a missing ConfigMap: CreateContainerConfigError, then Running once it exists', () => {
    const c = createCluster({ seed: 2 });
    c.api.create(demoPod('echo lives=$PLAYER_INITIAL_LIVES; sleep 3600', false) as unknown as KObject);
    c.advance(10_000);
    expect(waiting(c, 'configmap-demo-pod')).toEqual({ message: 'configmap "game-demo" not found', reason: 'CreateContainerConfigError' });
    expect(events(c, 'configmap-demo-pod')).toContain('Warning Failed Error: configmap "game-demo" not found');
    expect(kubectlOk(c, 'get pod configmap-demo-pod')).toMatch(/0\/1\s+CreateContainerConfigError/);
    c.api.create({ ...GAME_DEMO, data: { ui_properties_file_name: 'x' } } as unknown as KObject);
    c.advance(20_000);
    expect(waiting(c, 'configmap-demo-pod')?.message).toBe("couldn't find key player_initial_lives in ConfigMap default/game-demo");
    const cm = c.get<KObject>('ConfigMap', 'default', 'game-demo') as KObject;
    c.api.update({ ...cm, data: GAME_DEMO.data } as unknown as KObject);
    c.advance(20_000);
    expect(kubectlOk(c, 'get pod configmap-demo-pod')).toMatch(/1\/1\s+Running/);
    expect(logs(c, 'configmap-demo-pod', 'demo')).toBe('lives=3\n');
  });

  it('volume of a missing ConfigMap: ContainerCreating with FailedMount, mounted after it is created', () => {
    const c = createCluster({ seed: 2 });
    c.api.create(demoPod('ls /config; cat /config/game.properties; sleep 3600') as unknown as KObject);
    c.advance(30_000);
    expect(kubectlOk(c, 'get pod configmap-demo-pod')).toMatch(/0\/1\s+ContainerCreating/);
    expect(events(c, 'configmap-demo-pod')).toContain('Warning FailedMount MountVolume.SetUp failed for volume "config" : configmap "game-demo" not found');
    c.advance(100_000);
    expect(events(c, 'configmap-demo-pod')).toContain(
      'Warning FailedMount Unable to attach or mount volumes: unmounted volumes=[config], unattached volumes=[], failed to process volumes=[]: context deadline exceeded',
    );
    c.api.create(GAME_DEMO as unknown as KObject);
    c.advance(130_000);
    expect(kubectlOk(c, 'get pod configmap-demo-pod')).toMatch(/1\/1\s+Running/);
    expect(logs(c, 'configmap-demo-pod', 'demo')).toBe('game.properties\nuser-interface.properties\nenemy.types=aliens,monsters\nplayer.maximum-lives=5\n');
  });

  it('an update reaches mounted files after the sync delay, never env vars; subPath never updates', () => {
    const c = createCluster({ seed: 5 });
    c.api.create({ ...GAME_DEMO, data: { ...GAME_DEMO.data, 'user-interface.properties': 'color.good=purple\n' } } as unknown as KObject);
    const pod = demoPod('while true; do echo "$PLAYER_INITIAL_LIVES $(cat /config/game.properties | tr x x)"; sleep 10; done');
    pod.spec.containers[0].command = ['sh', '-c', 'while true; do echo "$PLAYER_INITIAL_LIVES $(cat /config/user-interface.properties) $(cat /sub)"; sleep 10; done'];
    (pod.spec.containers[0] as Record<string, unknown>).volumeMounts = [
      { name: 'config', mountPath: '/config', readOnly: true },
      { name: 'config', mountPath: '/sub', subPath: 'user-interface.properties' },
    ];
    c.api.create(pod as unknown as KObject);
    c.advance(15_000);
    const cm = c.get<KObject>('ConfigMap', 'default', 'game-demo') as KObject;
    c.api.update({ ...cm, data: { ...GAME_DEMO.data, player_initial_lives: '9', 'user-interface.properties': 'color.good=green\n' } } as unknown as KObject);
    const updatedAt = c.now();
    c.advance(59_000);
    expect(logs(c, 'configmap-demo-pod', 'demo').trim().split('\n').at(-1)).toContain('3 color.good=purple');
    c.advance(40_000);
    const last = logs(c, 'configmap-demo-pod', 'demo').trim().split('\n');
    expect(last.at(-1)).toMatch(/^3 color.good=green color.good=purple/);
    const firstNew = last.findIndex((l) => l.includes('color.good=green'));
    expect(firstNew).toBeGreaterThan(0);
    expect(c.now() - updatedAt).toBeGreaterThan(60_000);
  });

  it('envFrom skips invalid names with the real event; Secret values are decoded', () => {
    const c = createCluster({ seed: 2 });
    c.api.create({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x', namespace: 'default' }, data: { '1badkey': 'a', GOOD: 'b' } } as unknown as KObject);
    c.api.create({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 's', namespace: 'default' }, data: { password: 'czNjcjN0' } } as unknown as KObject);
    c.api.create({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'envfrom', namespace: 'default' },
      spec: {
        containers: [
          {
            name: 'c',
            image: 'busybox:1.36',
            command: ['sh', '-c', 'echo $GOOD $PASS; cat /etc/secret/password; echo; sleep 3600'],
            envFrom: [{ configMapRef: { name: 'x' } }],
            env: [{ name: 'PASS', valueFrom: { secretKeyRef: { name: 's', key: 'password' } } }],
            volumeMounts: [{ name: 'sec', mountPath: '/etc/secret' }],
          },
        ],
        volumes: [{ name: 'sec', secret: { secretName: 's' } }],
      },
    } as unknown as KObject);
    c.advance(10_000);
    expect(events(c, 'envfrom')).toContain('Warning InvalidEnvironmentVariableNames Keys [1badkey] from the EnvFrom configMap default/x were skipped since they are considered invalid environment variable names.');
    expect(logs(c, 'envfrom', 'c')).toBe('b s3cr3t\ns3cr3t\n\n');
  });
});

const songPod = (name: string, volume: Record<string, unknown>) =>
  ({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace: 'default' },
    spec: { nodeName: 'node-1', containers: [{ name: 'musician', image: 'nginx:1.27', volumeMounts: [{ name: 'data', mountPath: '/data' }] }], volumes: [{ name: 'data', ...volume }] },
  }) as KObject;

describe('volumes and the songs recorded', () => {
  it('emptyDir: songs per minute, kept across container restarts, lost with the pod', () => {
    const c = createCluster({ seed: 2 });
    c.api.create(songPod('band', { emptyDir: {} }));
    c.advance(200_000);
    const vols = vd(c).podVolumes('default', 'band');
    const uid = (c.get<Pod>('Pod', 'default', 'band') as Pod).metadata.uid;
    expect(vols).toEqual([{ name: 'data', volumeId: `emptydir/${uid}/data`, songs: 3 }]);
    expect(logs(c, 'band', 'musician')).toContain('recorded song #3 to /data\n');
    c.inject({ type: 'crash-container', pod: 'band' });
    c.advance(70_000);
    expect(vd(c).songs(`emptydir/${uid}/data`)).toBe(4);
    kubectlOk(c, 'delete pod band');
    c.advance(5_000);
    expect(vd(c).songs(`emptydir/${uid}/data`)).toBe(0);
    c.api.create(songPod('band', { emptyDir: {} }));
    c.advance(5_000);
    expect(vd(c).podVolumes('default', 'band')[0].songs).toBe(0);
  });

  it('PVC: waits in ContainerCreating until Bound; a replacement pod with the same claim keeps the count', () => {
    const c = createCluster({ seed: 2 });
    // The claim does not exist yet: the volume manager cannot process the volume.
    c.api.create(songPod('web-0', { persistentVolumeClaim: { claimName: 'www-web-0' } }));
    c.advance(125_000);
    expect(kubectlOk(c, 'get pod web-0')).toMatch(/0\/1\s+ContainerCreating/);
    expect(events(c, 'web-0')).toContain('Warning FailedMount Unable to attach or mount volumes: unmounted volumes=[data], unattached volumes=[], failed to process volumes=[data]: context deadline exceeded');
    // pv-volume.yaml / pv-claim.yaml: the persistentvolume controller (storage/) binds them.
    c.api.create({ apiVersion: 'v1', kind: 'PersistentVolume', metadata: { name: 'pvc-1' }, spec: { capacity: { storage: '10Gi' }, accessModes: ['ReadWriteOnce'], storageClassName: 'manual', hostPath: { path: '/mnt/data' } } } as unknown as KObject);
    c.api.create({ apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'www-web-0', namespace: 'default' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } }, storageClassName: 'manual' } } as unknown as KObject);
    c.advance(15_000);
    expect(kubectlOk(c, 'get pod web-0')).toMatch(/1\/1\s+Running/);
    c.advance(120_000);
    expect(vd(c).songs('pv/pvc-1')).toBe(2);
    kubectlOk(c, 'delete pod web-0');
    c.advance(3_000);
    c.api.create(songPod('web-0', { persistentVolumeClaim: { claimName: 'www-web-0' } }));
    c.advance(65_000);
    expect(vd(c).podVolumes('default', 'web-0')).toEqual([{ name: 'data', volumeId: 'pv/pvc-1', songs: 3 }]);
    expect(logs(c, 'web-0', 'musician')).toContain('recorded song #3 to /data\n');
  });

  it('snapshot round-trip keeps volume data, mounts and pending refreshes', () => {
    const a = createCluster({ seed: 12 });
    a.api.create(GAME_DEMO as unknown as KObject);
    a.api.create(songPod('band', { emptyDir: {} }));
    a.api.create(demoPod('while true; do cat /config/game.properties; sleep 20; done') as unknown as KObject);
    a.advance(90_000);
    const cm = a.get<KObject>('ConfigMap', 'default', 'game-demo') as KObject;
    a.api.update({ ...cm, data: { ...GAME_DEMO.data, 'game.properties': 'x=1\n' } } as unknown as KObject);
    a.advance(10_000);
    const b = restoreCluster(JSON.parse(JSON.stringify(a.snapshot())));
    a.advance(200_000);
    b.advance(200_000);
    expect(logs(b, 'configmap-demo-pod', 'demo')).toBe(logs(a, 'configmap-demo-pod', 'demo'));
    expect(logs(b, 'configmap-demo-pod', 'demo')).toContain('x=1');
    expect(vd(b).podVolumes('default', 'band')).toEqual(vd(a).podVolumes('default', 'band'));
    expect(b.kubectl('get pods -o json').stdout).toBe(a.kubectl('get pods -o json').stdout);
  });
});
