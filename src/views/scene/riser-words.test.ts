// A riser's words in the landscape hall: sizes from the type scale, names that never print over
// each other, a STATUS that fits its plate, taints written short with the whole taint as title.
import { describe, expect, it } from 'vitest';
import { namesCrowded } from './crowded-names';
import { plateType } from './plate-type';
import { crewCaseFits, fitStatus } from './plate-words';
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
    const crowded = namesCrowded(
      [
        { uid: 'a', item: at(10, 100) },
        { uid: 'b', item: at(40, 100) },
        { uid: 'c', item: at(80, 100) },
        { uid: 'd', item: at(40, 60) },
      ],
      60,
    );
    expect([...crowded]).toEqual(['b']);
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

  it('writes a taint’s key short on its sign, whole in its title', () => {
    const t = { key: 'node.kubernetes.io/unreachable', effect: 'NoExecute' };
    expect(taintWords(t, true)).toBe('⚠ unreachable:NoExecute');
    expect(taintWords(t, false)).toBe('⚠ taint node.kubernetes.io/unreachable:NoExecute');
    expect(taintWords({ key: 'gpu', value: 'true', effect: 'NoSchedule' }, true)).toBe('⚠ gpu=true:NoSchedule');
  });
});
