import { describe, expect, it } from 'vitest';
import { createCluster } from '../engine/index';
import { challengeBadRollout } from './content/challenges/bad-rollout';
import { fillNarration, numberWord } from './narration-text';

describe('narration that follows the cluster (issue 12)', () => {
  it('writes the Ready count of a selector as a word, with its plural', () => {
    const c = createCluster({ seed: 3 });
    c.kubectl('create deployment band --image=nginx --replicas=5');
    c.advance(60_000);
    expect(fillNarration('{Ready:app=band} player{s:app=band} Ready; {ready:app=nobody} other{s:app=nobody}.', c)).toBe(
      'Five players Ready; no others.',
    );
    c.kubectl('scale deployment band --replicas=1');
    c.advance(60_000);
    expect(fillNarration('{Ready:app=band} player{s:app=band}', c)).toBe('One player');
    expect(fillNarration('plain words', undefined)).toBe('plain words');
    expect(fillNarration('{ready:app=band} of them', undefined)).toBe('some of them');
    expect(numberWord(13)).toBe('13');
  });

  it('the bad-rollout challenge counts the players the learner has, not the three it started with', () => {
    const step = challengeBadRollout.steps.find((s) => s.id === 'roll-back');
    const c = createCluster({ seed: 3 });
    c.kubectl('create deployment band --image=nginx --replicas=5');
    c.advance(60_000);
    const text = fillNarration(step?.narration ?? '', c);
    expect(text).toMatch(/^Five players Ready for an audience of 330/);
    expect(text).not.toMatch(/three/i);
  });
});
