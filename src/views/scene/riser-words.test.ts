// A riser's words in the landscape hall: sizes from the type scale, names that never print over
// each other, a STATUS that fits its plate, taints written short with the whole taint as title.
import { describe, expect, it } from 'vitest';
import { cutName, NAME_EM, riserNames } from './crowded-names';
import { plateType } from './plate-type';
import { crewCaseFits, fitStatus, squeezePlate } from './plate-words';
import { taintWords } from './riser-signs';
import { TYPE } from './type-scale';

const at = (x: number, y: number) => ({ mark: { at: { x, y }, scale: 0.6 } });

describe('riser words (landscape)', () => {
  it('sizes a three-node riser’s words at the type scale, and shrinks them only with the riser', () => {
    const full = plateType('landscape', { x: 0, y: 0, w: 248, h: 219 });
    expect(full.small).toBe(TYPE.landscape.small);
    expect(full.title).toBe(TYPE.landscape.title);
    const crowd = plateType('landscape', { x: 0, y: 0, w: 60, h: 50 });
    expect(crowd.small).toBeLessThan(TYPE.landscape.small);
  });

  it('writes a name only where there is room since the last one in its row', () => {
    const names = new Map(['a', 'b', 'c', 'd'].map((u) => [u, '5r6xn']));
    const shown = riserNames(
      [
        { uid: 'a', item: at(10, 100) },
        { uid: 'b', item: at(40, 100) },
        { uid: 'c', item: at(80, 100) },
        { uid: 'd', item: at(40, 60) },
      ],
      names,
      10,
      -100,
      300,
    );
    // 5 characters at 10 units are 33 wide: b (30 after a) would touch a's; a ReplicaSet's tail is never cut.
    expect([...shown.keys()].sort()).toEqual(['a', 'c', 'd']);
    expect(shown.get('a')).toBe('5r6xn');
  });

  it('cuts a StatefulSet’s long names to one length, keeping their ordinals, so none touches another or leaves the riser', () => {
    // cassandra-cluster-0, -1, -2 seated side by side on one riser (issue 10: they printed over each other).
    const fs = TYPE.landscape.small;
    const drawn = [0, 1, 2, 3].map((i) => ({ uid: `u${i}`, item: at(20 + 60 * i, 100) }));
    const names = new Map(drawn.map((d, i) => [d.uid, `cassandra-cluster-${i}`]));
    const shown = riserNames(drawn, names, fs, 0, 248);
    expect(shown.size).toBe(4);
    const texts = [...shown.values()];
    for (const [i, t] of texts.entries()) expect(t).toMatch(new RegExp(`^(c\\S*)?…-${i}$`));
    expect(new Set(texts.map((t) => t.length)).size).toBe(1);
    const boxes = drawn.map((d) => {
      const w = (shown.get(d.uid) ?? '').length * NAME_EM * fs;
      return [d.item.mark.at.x - w / 2, d.item.mark.at.x + w / 2];
    });
    for (let i = 1; i < boxes.length; i++) expect(boxes[i][0]).toBeGreaterThan(boxes[i - 1][1]);
    expect(boxes[0][0]).toBeGreaterThanOrEqual(0);
    expect(boxes[3][1]).toBeLessThanOrEqual(248);
    // Whole where there is room.
    const wide = riserNames(drawn.slice(0, 1), names, fs, -400, 400);
    expect(wide.get('u0')).toBe('cassandra-cluster-0');
  });

  it('cuts a long name keeping its start, an ordinal name keeping its ordinal', () => {
    expect(cutName('cassandra-cluster-12', 8)).toBe('cass…-12');
    expect(cutName('cassandra-cluster-1', 2)).toBe('…-1');
    expect(cutName('a-very-long-pod-name', 8)).toBe('a-very-…');
    expect(cutName('5r6xn', 2)).toBe('5r6xn');
    expect(cutName('web-0', 5)).toBe('web-0');
  });

  it('cuts a STATUS that would overflow its plate after its first condition', () => {
    const t = { title: 24, small: 19.5 };
    expect(fitStatus('node-1', 'Ready', t, 236)).toBe('Ready');
    expect(fitStatus('node-1', 'Ready,SchedulingDisabled', t, 236)).toBe('Ready,…');
    expect(fitStatus('n1', 'Ready,SchedulingDisabled', t, 600)).toBe('Ready,SchedulingDisabled');
  });

  it('draws the crew’s road case only where it fits beside the name and STATUS (the plate’s words win)', () => {
    const t = { title: 24, small: 19.5 };
    expect(crewCaseFits('node-1', 'Ready', t, 236 - 12, 19.5 * 1.4)).toBe(true);
    expect(crewCaseFits('node-1', 'Ready', t, 200 - 12, 19.5 * 1.4)).toBe(false);
    expect(crewCaseFits('node-1', 'Ready,…', t, 236 - 12, 19.5 * 1.4)).toBe(false);
  });

  it('squeezes the name bar only where its words would run past the plate (a three-node riser’s: 232.56 units)', () => {
    const t = { title: 24, small: 19.5 };
    const width = 232.56 - 12;
    const squeezed = { textLength: width, lengthAdjust: 'spacingAndGlyphs' };
    expect(squeezePlate('node-1', 'Ready', t, width)).toEqual({});
    // "node-2 ○ NotReady" is 221 units in DejaVu Sans (bold name, regular STATUS): held by a squeeze
    // of under 1 %, where it ran 13 units past the plate when the STATUS was bold and unsqueezed.
    expect(squeezePlate('node-2', 'NotReady', t, width)).toEqual(squeezed);
    expect(squeezePlate('node-2', 'NotReady', t, width + 6)).toEqual({});
    expect(squeezePlate('worker-node-12', 'NotReady', t, width)).toEqual(squeezed);
    // The road case still fits beside a Ready node's words.
    expect(crewCaseFits('node-1', 'Ready', t, width, 19.5 * 1.4)).toBe(true);
  });

  it('writes a taint’s key short on its sign, whole in its title', () => {
    const t = { key: 'node.kubernetes.io/unreachable', effect: 'NoExecute' };
    expect(taintWords(t, true)).toBe('⚠ unreachable:NoExecute');
    expect(taintWords(t, false)).toBe('⚠ taint node.kubernetes.io/unreachable:NoExecute');
    expect(taintWords({ key: 'gpu', value: 'true', effect: 'NoSchedule' }, true)).toBe('⚠ gpu=true:NoSchedule');
  });
});
