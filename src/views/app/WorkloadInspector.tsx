// A Deployment or StatefulSet up close: change the image (a broken tag included), roll back,
// restart, and for Deployments pause / resume (kubectl has no pauser for StatefulSets). Every
// button goes through the session, which prints the equivalent kubectl line in the console.
import { useId, useState } from 'react';
import { imageProblem } from '../session/actions';
import type { Deployment } from '../../engine';
import type { StatefulSet } from 'kubernetes-types/apps/v1';
import type { WorkloadKind } from '../session/types';
import { useRescueFocusOnMount } from './inspector-focus';
import { useApp, useSessionContext } from './use-store';

/** A tag that does not exist, so the rollout shows ErrImagePull / ImagePullBackOff. */
export const BROKEN_IMAGE = 'nginx:1.99-typo';

type Workload = Deployment | StatefulSet;

function Gone({ what }: { what: string }) {
  useRescueFocusOnMount();
  return <p className="muted">{what} no longer exists.</p>;
}

export function WorkloadInspector({ kind, namespace, name }: { kind: WorkloadKind; namespace: string; name: string }) {
  const w = useApp((s): Workload | undefined =>
    (kind === 'StatefulSet' ? (s.statefulSets ?? []) : s.deployments).find(
      (x) => x.metadata?.name === name && x.metadata?.namespace === namespace,
    ),
  );
  if (!w) return <Gone what={`${kind} ${name}`} />;
  // Keyed by uid so the image field starts from the new object's image when one is recreated.
  return <WorkloadDetails key={w.metadata?.uid} kind={kind} workload={w} />;
}

function WorkloadDetails({ kind, workload: w }: { kind: WorkloadKind; workload: Workload }) {
  const { actions } = useSessionContext();
  const name = w.metadata?.name ?? '';
  const namespace = w.metadata?.namespace ?? 'default';
  const container = w.spec?.template?.spec?.containers?.[0];
  const [image, setImage] = useState(container?.image ?? '');
  // Checked before anything runs: a raw space or flag would change the kubectl line itself.
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const errorId = useId();
  const paused = kind === 'Deployment' && !!(w as Deployment).spec?.paused;
  const onImage = (c: string, img: string) => actions.setImage(namespace, name, c, img, kind);
  const conditions = (w.status?.conditions ?? []).map((c) => `${c.type}=${c.status}${c.reason ? ` (${c.reason})` : ''}`).join(', ');
  return (
    <>
      <h3 className="inspector__title">
        {kind} <code>{name}</code>
      </h3>
      <p className="muted small">
        image {container?.image} · {w.status?.readyReplicas ?? 0}/{w.spec?.replicas ?? 1} ready{paused ? ' · rollout paused' : ''}
      </p>
      {conditions && <p className="small">{conditions}</p>}
      {container && (
        <form
          className="image-form"
          onSubmit={(e) => {
            e.preventDefault();
            const why = imageProblem(kind, name, 0, image);
            setProblem(why);
            if (!why) onImage(container.name, image);
          }}
        >
          <label>
            Image of {container.name}
            <input
              value={image}
              onChange={(e) => {
                setImage(e.target.value);
                setProblem(undefined);
              }}
              spellCheck={false}
              autoComplete="off"
              aria-invalid={problem ? true : undefined}
              aria-describedby={problem ? errorId : undefined}
            />
          </label>
          <button type="submit" className="btn">
            Set image
          </button>
          <button type="button" className="btn" onClick={() => onImage(container.name, BROKEN_IMAGE)}>
            Try a broken image
          </button>
          {problem && (
            <p id={errorId} className="image-form__error small" role="alert">
              {problem} (nothing was changed)
            </p>
          )}
        </form>
      )}
      <div className="actions">
        <button type="button" className="btn" onClick={() => actions.rollback(namespace, name, kind)}>
          Roll back
        </button>
        {kind === 'Deployment' && (
          <button type="button" className="btn" onClick={() => actions.pauseRollout(namespace, name, !paused)}>
            {paused ? 'Resume rollout' : 'Pause rollout'}
          </button>
        )}
        <button type="button" className="btn" onClick={() => actions.restartRollout(namespace, name, kind)}>
          Restart
        </button>
      </div>
      {kind === 'StatefulSet' && (
        <p className="muted small">
          A StatefulSet replaces its musicians one at a time, highest ordinal first, and waits for each to be Ready. If a broken image
          leaves one stuck, rolling back fixes the score but not that pod: delete it (Kill pod) so it comes back with the old image (a
          forced rollback).
        </p>
      )}
    </>
  );
}
