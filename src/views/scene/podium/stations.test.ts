import { describe, expect, it } from 'vitest';
import { contains } from '../geometry';
import { along, cueLines, podiumGeometry } from './stations';

const box = { x: 100, y: 0, w: 800, h: 240 };
const risers = new Map([['node-1', { x: 0, y: 400, w: 300, h: 200 }]]);

describe('podium stations and cue lines', () => {
  it('stands the whole cast inside the podium box', () => {
    const geo = podiumGeometry(box);
    for (const p of Object.values(geo.at)) expect(contains(box, p)).toBe(true);
    expect(geo.scale).toBeGreaterThan(0);
  });

  it('stands the cast inside a narrow (portrait) box too, in three rows', () => {
    const tall = { x: 0, y: 0, w: 390, h: 300 };
    const geo = podiumGeometry(tall);
    for (const p of Object.values(geo.at)) expect(contains(tall, p)).toBe(true);
    expect(geo.at.scheduler.y).toBeLessThan(geo.at.api.y);
    expect(geo.at.api.y).toBeLessThan(geo.at.kubelets.y);
  });

  it('runs a kubelet’s line down to the top of its riser, or to the podium’s Kubelets post without one', () => {
    const geo = podiumGeometry(box);
    const [toRiser, toPost] = cueLines(geo, { risers }, { from: 'api', to: 'kubelets', nodes: ['node-1', 'node-9'] });
    expect(toRiser).toEqual({ a: geo.at.api, b: { x: 150, y: 400 }, node: 'node-1' });
    expect(toPost).toEqual({ a: geo.at.api, b: geo.at.kubelets, node: 'node-9' });
    expect(along(toRiser, 0.5)).toEqual({ x: (geo.at.api.x + 150) / 2, y: (geo.at.api.y + 400) / 2 });
  });

  it('draws one line between two stations when no node is concerned', () => {
    const geo = podiumGeometry(box);
    expect(cueLines(geo, { risers }, { from: 'you', to: 'api' })).toEqual([{ a: geo.at.you, b: geo.at.api }]);
  });
});
