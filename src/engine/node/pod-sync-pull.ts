// EnsureImageExists for one container: the pull policy, the node's image cache, the pull back-off
// and the pull itself (serialised per node), then its success or real error. [k8s:
// pkg/kubelet/images/image_manager.go EnsureImageExists, pkg/kubelet/images/puller.go]
import { goDuration } from '../util/time';
import { type ImageInfo, lookupImage, parseImage, pullDurationMs, pullError } from './images';
import type { PodSync } from './pod-sync';
import { createContainer } from './pod-sync-create';
import { type ContainerRt, inBackoffSinceUpdate, nextBackoff } from './state';
import { PLEG_MS, type Spec, resync } from './sync-env';

/** EnsureImageExists, then create and start. */
export function ensureImage(sync: PodSync, c: ContainerRt, s: Spec): 'busy' | 'started' | 'error' {
  const { env } = sync;
  const image = s.image ?? '';
  const parsed = parseImage(image);
  if (!parsed.ok) {
    sync.ev(c, 'Warning', 'InspectFailed', parsed.message);
    sync.ev(c, 'Warning', 'Failed', 'Error: InvalidImageName');
    return sync.setWaiting(c, 'InvalidImageName', parsed.message, resync(env));
  }
  const ref = parsed.ref;
  const present = env.rt.images[ref.full] !== undefined;
  const policy = s.imagePullPolicy ?? (ref.tag === 'latest' ? 'Always' : 'IfNotPresent');
  if (policy === 'Never' && !present) {
    const msg = `Container image "${image}" is not present with pull policy of Never`;
    sync.ev(c, 'Warning', 'ErrImageNeverPull', msg);
    sync.ev(c, 'Warning', 'Failed', 'Error: ErrImageNeverPull');
    return sync.setWaiting(c, 'ErrImageNeverPull', msg, resync(env));
  }
  if (policy !== 'Always' && present) {
    sync.ev(c, 'Normal', 'Pulled', `Container image "${image}" already present on machine`);
    return createContainer(sync, c, s, lookupImage(ref) as ImageInfo);
  }
  if (inBackoffSinceUpdate(c.pull, env.now)) {
    const msg = `Back-off pulling image "${image}"`;
    sync.ev(c, 'Normal', 'BackOff', msg);
    sync.ev(c, 'Warning', 'Failed', 'Error: ImagePullBackOff');
    const b = c.pull as { lastUpdate: number; ms: number };
    return sync.setWaiting(c, 'ImagePullBackOff', msg, Math.min(b.lastUpdate + b.ms, resync(env)));
  }
  sync.ev(c, 'Normal', 'Pulling', `Pulling image "${image}"`);
  const info = lookupImage(ref);
  const startedAt = Math.max(env.now, env.rt.pullBusyUntil);
  const sameRepo = Object.keys(env.rt.images).some((k) => k.startsWith(`${ref.repository}:`) || k.startsWith(`${ref.repository}@`));
  const dur = info ? pullDurationMs(info.size, present ? 'present' : sameRepo ? 'repository' : 'none', env.rand()) : 600 + Math.floor(env.rand() * 900);
  const doneAt = startedAt + dur;
  // Pulls are serialised per node (serializeImagePulls: true), hence "(… including waiting)".
  env.rt.pullBusyUntil = doneAt;
  sync.p.op = { container: c.name, requestedAt: env.now, startedAt, doneAt, ok: !!info };
  sync.wake.push(doneAt);
  return 'busy';
}

/** The pull finished: its image is on the node (then create and start) or the pull failed (back-off). */
export function finishPull(sync: PodSync): void {
  const { env, p } = sync;
  const op = p.op;
  if (!op) return;
  delete p.op;
  const spec = [...((sync.pod.spec?.initContainers ?? []) as Spec[]), ...((sync.pod.spec?.containers ?? []) as Spec[])].find((s) => s.name === op.container);
  const c = p.containers[op.container];
  if (!spec || !c) return;
  const image = spec.image ?? '';
  const parsed = parseImage(image);
  if (!parsed.ok) return;
  const info = op.ok ? lookupImage(parsed.ref) : undefined;
  if (!info) {
    const err = pullError(parsed.ref);
    sync.ev(c, 'Warning', 'Failed', `Failed to pull image "${image}": ${err}`);
    sync.ev(c, 'Warning', 'Failed', 'Error: ErrImagePull');
    c.pull = nextBackoff(c.pull, env.now);
    // The failed sync is retried shortly (status update, PLEG); that retry finds the back-off.
    sync.setWaiting(c, 'ErrImagePull', err, env.now + PLEG_MS);
    return;
  }
  if (env.rt.images[info.ref.full] === undefined) {
    env.rt.images[info.ref.full] = info.size;
    env.rt.statusDirty = true;
  }
  delete c.pull;
  sync.ev(c, 'Normal', 'Pulled', `Successfully pulled image "${image}" in ${goDuration(op.doneAt - op.startedAt)} (${goDuration(op.doneAt - op.requestedAt)} including waiting). Image size: ${info.size} bytes.`);
  createContainer(sync, c, spec, info);
  if (!p.op) sync.progress();
}
