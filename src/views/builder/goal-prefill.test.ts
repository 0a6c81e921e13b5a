import { describe, expect, it } from 'vitest';
import { AUTHORED_GOAL_KINDS } from '../../lessons/authored/goal-fields';
import { validateLesson } from '../../lessons/authored/validate';
import { newDraft, newStep, slugFrom, editText } from './draft';
import { GOAL_KIND_LABELS, prefillGoal, withWorkload } from './goal-prefill';
import type { LiveChoices } from './live-choices';

const live: LiveChoices = {
  workloads: [
    { kind: 'Deployment', name: 'nginx-deployment', selector: 'app=nginx', replicas: 3, revision: 2, image: 'nginx:1.14.2' },
    { kind: 'StatefulSet', name: 'db', selector: 'app=db', replicas: 2, revision: 1 },
  ],
  nodes: ['node-1', 'node-2'],
  services: ['nginx-deployment'],
};

describe('prefillGoal', () => {
  it('fills a goal from the live cluster: the selector and count of the first workload', () => {
    expect(prefillGoal('readyPods', live)).toEqual({ kind: 'readyPods', selector: 'app=nginx', count: 3 });
    expect(prefillGoal('deploymentRevision', live)).toEqual({ kind: 'deploymentRevision', name: 'nginx-deployment', revision: 2 });
    expect(prefillGoal('nodeNotReady', live)).toEqual({ kind: 'nodeNotReady', node: 'node-1' });
  });

  it('follows a newly picked workload with its replica count', () => {
    expect(withWorkload(prefillGoal('readyPods', live), 'app=db', live)).toEqual({ kind: 'readyPods', selector: 'app=db', count: 2 });
    expect(withWorkload(prefillGoal('podReplaced', live), 'app=db', live)).toEqual({ kind: 'podReplaced', selector: 'app=db' });
  });

  it('gives every builder goal kind a label and a prefilled goal the lesson schema accepts', () => {
    for (const kind of AUTHORED_GOAL_KINDS) {
      expect(GOAL_KIND_LABELS[kind]).toBeTruthy();
      const lesson = newDraft(1, 3);
      lesson.steps = [{ ...newStep([], live, kind), narration: 'x' }];
      expect(validateLesson(JSON.parse(JSON.stringify(lesson))), kind).not.toBeTypeOf('string');
    }
  });
});

describe('draft helpers', () => {
  it('makes a slug from a title and edits one language of a text', () => {
    expect(slugFrom('Scale & Survive: Für alle!')).toBe('scale-survive-fur-alle');
    expect(slugFrom('!!!')).toBe('lesson');
    expect(editText('old', 'new')).toBe('new');
    expect(editText({ en: 'Scale', de: 'Skalieren' }, 'Scale up')).toEqual({ en: 'Scale up', de: 'Skalieren' });
  });
});
