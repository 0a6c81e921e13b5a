// A dark riser's words stay in the band above its musicians (issue 10: a NotReady riser's conditions
// ran over the musicians' names at the front).
import { describe, expect, it } from 'vitest';
import type { Node } from '../../engine';
import { lightsBand, lightsOutWords } from './lights-out';
import { plateType } from './plate-type';
import { planRiser } from './seating';

const CONDITIONS = ['MemoryPressure=Unknown', 'DiskPressure=Unknown', 'PIDPressure=Unknown'];

describe('lights out on a dark riser', () => {
  it('sets every condition when the band has room, centred in it', () => {
    const w = lightsOutWords({ top: 100, bottom: 300, width: 232 }, 19.5, 19.5, CONDITIONS);
    expect(w.lines.join(' ')).toBe(`Conditions: ${CONDITIONS.join(', ')}`);
    expect(w.title).toBeUndefined();
    const last = w.y + w.pitch * w.lines.length;
    expect(w.y - 19.5).toBeGreaterThanOrEqual(100);
    expect(last).toBeLessThanOrEqual(300);
  });

  it('cuts the conditions to the lines that fit above the musicians, the whole sentence as the title', () => {
    const w = lightsOutWords({ top: 100, bottom: 175, width: 232 }, 19.5, 19.5, CONDITIONS);
    // "Lights out" and two lines of conditions in 75 units.
    expect(w.lines).toHaveLength(2);
    expect(w.lines[1].endsWith('…')).toBe(true);
    expect(w.title).toBe(`Conditions: ${CONDITIONS.join(', ')}`);
    expect(w.y + w.pitch * w.lines.length).toBeLessThanOrEqual(175);
  });

  it('keeps only "Lights out" in a band one line high', () => {
    const w = lightsOutWords({ top: 100, bottom: 125, width: 232 }, 19.5, 19.5, CONDITIONS);
    expect(w.lines).toEqual([]);
    expect(w.title).toBeDefined();
  });

  it('ends the band above the highest musician’s head and starts it under the signs', () => {
    const box = { x: 200, y: 200, w: 248, h: 219 };
    const type = plateType('landscape', box);
    const plan = planRiser(box, 8, { plateH: type.plateH, nameRoom: type.nameRoom });
    const node = {
      metadata: { name: 'node-2' },
      spec: {
        taints: [
          { key: 'node.kubernetes.io/unreachable', effect: 'NoSchedule' },
          { key: 'node.kubernetes.io/unreachable', effect: 'NoExecute' },
        ],
      },
    } as unknown as Node;
    const feet = { x: 260, y: 400 };
    const band = lightsBand(box, plan, type, node, [{ item: { mark: { at: feet, scale: 0.6 } } }]);
    expect(band.top).toBeCloseTo(plan.plate.y + plan.plate.h + 2 + 2 * type.sign * 1.45);
    // The figure is 60 units tall in its own frame, its posture mark above that.
    expect(band.bottom).toBeLessThanOrEqual(feet.y - 60 * 0.6);
  });
});
