// The notes' words on the podium (issue 10: paused, they sat over the caption and each other and ran
// off the podium; on a phone in reduced motion the notes to a riser rested over the wings).
import { describe, expect, it } from 'vitest';
import type { Box } from '../geometry';
import { sceneLayout } from '../layout';
import { podiumObstacles } from './podium-obstacles';
import { endInside, labelArea, labelBox, placeNoteLabels } from './note-labels';
import { labelSetting, wordsFor } from './podium-words';
import { noteWords } from './PodiumNotes';
import { cueLines, podiumGeometry } from './stations';
import type { Station } from '../../stage/podium-notes';

const overlap = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const inside = (a: Box, b: Box) => a.x >= b.x - 1e-6 && a.y >= b.y - 1e-6 && a.x + a.w <= b.x + b.w + 1e-6 && a.y + a.h <= b.y + b.h + 1e-6;

// What a paused scale-up puts on the podium at once: the newest notes, a fan-out to three kubelets among them.
const NOTES: { from: Station; to: Station; text: string; nodes?: string[] }[] = [
  { from: 'api', to: 'kubelets', text: 'watch ADDED pods nginx-deployment-cf4cd4db7-zvg8b', nodes: ['node-1', 'node-2', 'node-3'] },
  { from: 'you', to: 'api', text: 'update deployments nginx-deployment' },
  { from: 'api', to: 'etcd', text: 'write deployments nginx-deployment (rev 146)' },
  { from: 'api', to: 'scheduler', text: 'watch ADDED pods nginx-deployment-cf4cd4db7-q5m5h' },
  { from: 'controllers', to: 'api', text: 'create pods nginx-deployment-cf4cd4db7-q5m5h' },
];

for (const orientation of ['landscape', 'portrait'] as const) {
  describe(`the notes' words, ${orientation}`, () => {
    const layout = sceneLayout(['node-1', 'node-2', 'node-3'], orientation);
    const geo = podiumGeometry(layout.podium, orientation === 'landscape' ? true : 'phone');
    const words = wordsFor(geo);
    const fs = words.note * geo.scale;
    const captionY = layout.podium.y + words.caption * 1.05;
    const area = labelArea(layout.podium, captionY, words.caption);
    const caption: Box = { x: layout.podium.x, y: captionY - words.caption * 0.95, w: layout.podium.w, h: words.caption * 1.21 };
    const obstacles = podiumObstacles(geo, labelSetting(geo, words));

    for (const t of [0, 0.3, 0.5, 0.8, 1])
      it(`stay under the caption, inside the podium and apart, with notes ${t * 100}% along`, () => {
        const wanted = NOTES.flatMap((n) =>
          cueLines(geo, layout, n).map((line) => ({
            text: noteWords(n.text, line.node),
            at: { x: line.a.x + (line.b.x - line.a.x) * t, y: line.a.y + (line.b.y - line.a.y) * t },
          })),
        ).slice(0, 4);
        const placed = placeNoteLabels(wanted, fs, area, obstacles);
        const boxes = placed.filter((p) => !!p).map((p) => labelBox(p.text, p.x, p.y, fs));
        // The newest always finds a place; the others only where they cover no station's words.
        expect(placed[0]).toBeDefined();
        placed.slice(1).forEach((p) => {
          if (p) for (const o of obstacles) expect(overlap(labelBox(p.text, p.x, p.y, fs), o)).toBe(false);
        });
        for (const b of boxes) {
          expect(overlap(b, caption)).toBe(false);
          expect(inside(b, layout.podium)).toBe(true);
        }
        for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i], boxes[j])).toBe(false);
      });

    it('shortens words wider than the podium, with an ellipsis', () => {
      const [p] = placeNoteLabels([{ text: 'x'.repeat(200), at: { x: 0, y: 0 } }], fs, area, []);
      expect(p?.text.endsWith('…')).toBe(true);
      expect(labelBox(p!.text, p!.x, p!.y, fs).w).toBeLessThanOrEqual(area.w);
    });
  });
}

describe('where a note rests in reduced motion', () => {
  it('a note to a riser rests on the podium’s edge, not over the phone’s wings', () => {
    const layout = sceneLayout(['node-1', 'node-2', 'node-3'], 'portrait');
    const geo = podiumGeometry(layout.podium, 'phone');
    for (const line of cueLines(geo, layout, { from: 'api', to: 'kubelets', nodes: ['node-1', 'node-2', 'node-3'] })) {
      const p = endInside(line, layout.podium, 4);
      expect(p.y).toBeCloseTo(layout.podium.y + layout.podium.h - 4, 5);
      expect(p.y).toBeLessThan(layout.wings.y);
      // Still on its line.
      const t = (p.y - line.a.y) / (line.b.y - line.a.y);
      expect(p.x).toBeCloseTo(line.a.x + (line.b.x - line.a.x) * t, 5);
    }
  });

  it('a note inside the podium rests where it lands', () => {
    const line = { a: { x: 10, y: 10 }, b: { x: 50, y: 40 } };
    expect(endInside(line, { x: 0, y: 0, w: 100, h: 100 })).toEqual({ x: 50, y: 40 });
  });
});
