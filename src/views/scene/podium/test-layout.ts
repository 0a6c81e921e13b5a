// A hand-made SceneLayout for the layers' tests and the e2e harness (the scene's own sceneLayout
// lives in layout.ts): a 1200 × 800 hall, the podium top centre, three risers, the front below.
import type { SceneLayout } from '../geometry';

export const LAYOUT: SceneLayout = {
  orientation: 'landscape',
  viewBox: { x: 0, y: 0, w: 1200, h: 800 },
  podium: { x: 300, y: 0, w: 600, h: 200 },
  risers: new Map([
    ['node-1', { x: 0, y: 260, w: 380, h: 200 }],
    ['node-2', { x: 410, y: 260, w: 380, h: 200 }],
    ['node-3', { x: 820, y: 260, w: 380, h: 200 }],
  ]),
  wings: { x: 0, y: 480, w: 200, h: 150 },
  front: { x: 0, y: 640, w: 1200, h: 160 },
  desk: { x: 0, y: 60, w: 280, h: 180 },
  safe: { x: 920, y: 60, w: 280, h: 180 },
};

/** A portrait hall (a phone): 400 × 900, the podium on top, risers stacked, the front at the bottom. */
export const PORTRAIT: SceneLayout = {
  orientation: 'portrait',
  viewBox: { x: 0, y: 0, w: 400, h: 900 },
  podium: { x: 0, y: 0, w: 400, h: 230 },
  risers: new Map([
    ['node-1', { x: 0, y: 250, w: 400, h: 110 }],
    ['node-2', { x: 0, y: 370, w: 400, h: 110 }],
    ['node-3', { x: 0, y: 490, w: 400, h: 110 }],
  ]),
  wings: { x: 0, y: 610, w: 130, h: 60 },
  front: { x: 0, y: 680, w: 400, h: 220 },
  desk: { x: 140, y: 610, w: 130, h: 60 },
  safe: { x: 275, y: 610, w: 125, h: 60 },
};
