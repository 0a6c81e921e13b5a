// The podium's counts ("×1" per path when time runs fast) stand clear of the stations' figures and
// labels (issue 10: a count sat over "Conductor:" and another over the etcd ledger).
import { describe, expect, it } from 'vitest';
import { sceneLayout } from '../layout';
import { countBox, placeCount } from './count-places';
import { podiumObstacles } from './podium-obstacles';
import { labelSetting, wordsFor } from './podium-words';
import { along, cueLines, podiumGeometry } from './stations';
import type { Station } from '../../stage/podium-notes';

const overlap = (a: { x: number; y: number; w: number; h: number }, b: typeof a) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

const PATHS: [Station, Station][] = [
  ['api', 'controllers'],
  ['controllers', 'api'],
  ['api', 'etcd'],
  ['api', 'scheduler'],
  ['scheduler', 'api'],
  ['you', 'api'],
  ['api', 'kubelets'],
  ['kubelets', 'api'],
];

describe('where the podium’s counts stand', () => {
  for (const orientation of ['landscape', 'portrait'] as const) {
    it(`clears every label, figure and the ledger, and each other (${orientation})`, () => {
      const layout = sceneLayout(['node-1', 'node-2', 'node-3'], orientation);
      const geo = podiumGeometry(layout.podium, orientation === 'landscape');
      const words = wordsFor(geo);
      const width = geo.hall ? layout.podium.x + layout.podium.w - geo.ledger.x - 4 : 24 * 0.6 * words.ledger * geo.scale;
      const obstacles = podiumObstacles(geo, labelSetting(geo, words), { lines: 3, fs: words.ledger, pitch: words.ledger * 1.15, width });
      const taken: ReturnType<typeof countBox>[] = [];
      for (const [from, to] of PATHS) {
        const [line] = cueLines(geo, layout, { from, to, nodes: from === 'kubelets' || to === 'kubelets' ? ['node-2'] : undefined });
        const p = placeCount(line, '×12', words.counts, obstacles, taken);
        const box = countBox(p, '×12', words.counts);
        const hit = obstacles.find((o) => overlap(o, box));
        expect(hit, `${from}→${to} at ${JSON.stringify(box)}`).toBeUndefined();
      }
    });
  }

  it('the old spot (0.62 of the way from the API server) covered a label, which the new one avoids', () => {
    const layout = sceneLayout(['node-1', 'node-2', 'node-3'], 'landscape');
    const geo = podiumGeometry(layout.podium, true);
    const words = wordsFor(geo);
    const obstacles = podiumObstacles(geo, labelSetting(geo, words));
    const [line] = cueLines(geo, layout, { from: 'api', to: 'controllers' });
    const old = countBox(along(line, 0.62), '×1', words.counts);
    expect(obstacles.some((o) => overlap(o, old))).toBe(true);
    const now = countBox(placeCount(line, '×1', words.counts, obstacles, []), '×1', words.counts);
    expect(obstacles.some((o) => overlap(o, now))).toBe(false);
  });
});
