// What the stage's and panels' buttons do on the in-page engine: each click with a kubectl
// equivalent runs that line (echoed, so clicking teaches the command: actions.ts), a fault with none
// is injected with a `# …` comment. A source without the engine maps the same actions its own way.
import type { Deployment, Fault } from '../../engine';
import { commandFor, commentFor } from './actions';
import type { SessionActions } from './types';

type ClickActions = Pick<
  SessionActions,
  | 'killPod'
  | 'crashContainer'
  | 'failProbe'
  | 'scale'
  | 'setImage'
  | 'killNode'
  | 'setLoad'
  | 'restoreNode'
  | 'cordon'
  | 'drain'
  | 'rollback'
  | 'pauseRollout'
  | 'restartRollout'
>;

export function clickActions(
  run: (line: string) => unknown,
  inject: (fault: Fault, comment: string) => unknown,
  get: (kind: string, namespace: string, name: string) => Deployment | undefined,
): ClickActions {
  return {
    killPod: (namespace, name) => void run(commandFor.killPod(namespace, name)),
    crashContainer: (namespace, pod) => void inject({ type: 'crash-container', namespace, pod }, commentFor.crashContainer(pod)),
    failProbe: (namespace, pod, probe) =>
      void inject(
        { type: 'fail-probe', namespace, pod, probe, durationMs: 60_000 },
        `# make the ${probe} probe of ${pod} fail for 60 s (fault injection: no kubectl equivalent)`,
      ),
    scale: (kind, namespace, name, delta) => {
      const current = get(kind, namespace, name)?.spec?.replicas ?? 1;
      run(commandFor.scale(namespace, name, Math.max(0, current + delta), kind));
    },
    setImage: (namespace, name, container, image, kind) => void run(commandFor.setImage(namespace, name, container, image, kind)),
    killNode: (name) => void inject({ type: 'kill-node', node: name }, commentFor.killNode(name)),
    setLoad: (namespace, service, rps) =>
      void inject(
        { type: 'load', namespace, service, rps },
        `# the audience sends ${rps} requests/s to service/${service} (traffic model)`,
      ),
    restoreNode: (name) => void inject({ type: 'restore-node', node: name }, commentFor.restoreNode(name)),
    cordon: (name, on) => void run(commandFor.cordon(name, on)),
    drain: (name) => void run(commandFor.drain(name)),
    rollback: (namespace, name, kind) => void run(commandFor.rollback(namespace, name, kind)),
    pauseRollout: (namespace, name, paused) => void run(commandFor.pauseRollout(namespace, name, paused)),
    restartRollout: (namespace, name, kind) => void run(commandFor.restartRollout(namespace, name, kind)),
  };
}
