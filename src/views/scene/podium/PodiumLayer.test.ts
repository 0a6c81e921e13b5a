// The podium layer rendered to HTML in Node: its cast, cue lines to each riser, the ledger and the
// pools the frame loop fills (React renders structure only).
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import type { AppState, Session } from '../../session/types';
import { createDevSession } from '../../stage/dev-session';
import { SessionContext } from '../../stage/use-session';
import { createScenePositions } from '../geometry';
import { LAYOUT } from './test-layout';
import { PodiumLayer } from './PodiumLayer';
import { noteWords } from './PodiumNotes';

function html(session: Session): string {
  const frozen = createStore<AppState>()(() => session.store.getState());
  return renderToString(
    createElement(
      SessionContext.Provider,
      { value: { ...session, store: frozen } },
      createElement('svg', { viewBox: '0 0 1200 800' }, createElement(PodiumLayer, { layout: LAYOUT, positions: createScenePositions() })),
    ),
  );
}

describe('PodiumLayer (server-rendered)', () => {
  it('names the region, labels every station, runs a cue line to each riser and keeps the ledger', () => {
    const s = createDevSession({ seed: 2 });
    s.actions.kubectl('create deployment web --image=nginx:1.27 --replicas=2');
    s.advance(3_000);
    const out = html(s);
    expect(out).toContain('role="region" aria-label="Control plane"');
    for (const label of [
      'Stage manager:',
      'API server',
      'You:',
      'kubectl',
      'Historian:',
      'etcd',
      'Seating chart:',
      'scheduler',
      'Stage crew:',
      'controller manager',
    ])
      expect(out).toContain(`>${label}</tspan>`);
    expect(out.match(/podium-layer__cue--kubelet/g)).toHaveLength(3);
    expect(out).toMatch(/etcd revision \d+/);
    expect(out).toMatch(/podium-layer__ledger-line"[^>]*>\d+ (pod|rs|deploy) /);
    expect(out).toContain('aria-live="polite"');
    // The pool is drawn hidden; the frame loop places notes.
    expect(out.match(/class="podium-layer__note"/g)).toHaveLength(16);
  });

  it('words a note briefly: its node first, long generated names shortened', () => {
    expect(noteWords('watch MODIFIED pods nginx-deployment-cf4cd4db7-bv49z', 'node-2')).toBe(
      'node-2: watch MODIFIED pods nginx-dep…4db7-bv49z',
    );
    expect(noteWords('create deployments web')).toBe('create deployments web');
  });
});
