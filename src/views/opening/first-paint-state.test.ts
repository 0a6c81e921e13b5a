// An opening frame keeps only what its first paint reads (first-paint-state.ts): the hall drawn from
// the trimmed frame is the page drawn from the whole state boot() opens with, for every frame.
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { catalog } from '../../lessons/catalog';
import type { AppState } from '../session/types';
import { App } from '../app/App';
import { forFirstPaint } from './first-paint-state';
import { bootedFrameAt } from './opening-frames';
import { riserInTrouble } from '../scene/riser-trouble';
import { createOpeningSession } from './opening-session';

const pages = [['sample', ''], ...catalog.map(({ slug }) => [slug, `?lesson=${slug}`])];
const whole: Record<string, AppState> = {};
for (const [key, search] of pages) whole[key] = (await bootedFrameAt(search)).state;

/** The whole page as the opening draws it (a lesson's panel aside: it is drawn from the frame's own lesson view). */
const drawn = (state: AppState) => renderToString(createElement(App, { session: createOpeningSession(state), variant: 'home' }));
const gz = (x: unknown) => gzipSync(JSON.stringify(x)).length;

describe('an opening frame trimmed for its first paint', () => {
  it.each(pages.map(([key]) => key))('%s: draws the same page as the whole state', (key) => {
    const state = whole[key];
    expect(drawn(forFirstPaint(state))).toBe(drawn(state));
  });

  // A troubled riser's parts are their own chunk, fetched once the page is live (riser-trouble.ts):
  // a frame with a node down, cordoned or tainted would paint without them.
  it.each(pages.map(([key]) => key))('%s: has no riser in trouble', (key) => {
    for (const node of whole[key].nodes) expect(riserInTrouble(node), node.metadata.name).toBe(false);
  });

  it('draws the same page with a musician failing its probes (the one kind of event the hall reads)', () => {
    const state = structuredClone(whole.sample);
    const pod = state.pods[0];
    const container = pod.spec?.containers[0];
    if (!container) throw new Error('the sample pod has no container');
    container.livenessProbe = { httpGet: { path: '/', port: 80 }, periodSeconds: 10, failureThreshold: 3 };
    const at = new Date(Date.parse('2025-01-01T00:00:00Z') + state.now - 1_000).toISOString();
    state.events = [
      ...state.events,
      {
        apiVersion: 'v1',
        kind: 'Event',
        metadata: { name: 'probe', namespace: 'default', uid: 'probe', resourceVersion: '1', creationTimestamp: at },
        involvedObject: { kind: 'Pod', name: pod.metadata.name, uid: pod.metadata.uid },
        reason: 'Unhealthy',
        message: 'Liveness probe failed: HTTP probe failed with statuscode: 500',
        type: 'Warning',
        firstTimestamp: at,
        lastTimestamp: at,
        count: 1,
      },
    ];
    const html = drawn(forFirstPaint(state));
    expect(html).toBe(drawn(state));
    expect(html).toMatch(/frozen|❄/);
  });

  it('weighs much less than the whole state where the crew and the events are many (home)', () => {
    expect(gz(forFirstPaint(whole.sample))).toBeLessThan(gz(whole.sample) * 0.7);
  });
});
