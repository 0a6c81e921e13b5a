// The front layer rendered to HTML in Node: a marquee per Service with its accessible content and
// its load control, the traffic cop, the audience's pool, and the desk and safe with their lists.
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { isCrew } from '../../session/crew';
import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { AppSession } from '../../app/use-store';
import type { AppState, Service, Session } from '../../session/types';
import { createDevSession } from '../../stage/dev-session';
import { SessionContext } from '../../stage/use-session';
import { createScenePositions } from '../geometry';
import { LAYOUT } from '../podium/test-layout';
import { FrontLayer } from './FrontLayer';

/**
 * Rendered twice: the desk and safe are a lazy chunk (desk-gate.ts), which the first render asks
 * for (a server render shows Suspense's fallback meanwhile); the second finds it loaded.
 */
async function html(session: Session, extra: Partial<AppState> = {}): Promise<string> {
  renderOnce(session, extra);
  await import('./DeskAndSafe');
  await new Promise((resolve) => setTimeout(resolve, 0));
  return renderOnce(session, extra);
}

function renderOnce(session: Session, extra: Partial<AppState>): string {
  const frozen = createStore<AppState>()(() => ({ ...session.store.getState(), ...extra }));
  const s = { ...session, store: frozen };
  const layer = createElement(FrontLayer, { layout: LAYOUT, positions: createScenePositions() });
  return renderToString(
    createElement(
      AppSession.Provider,
      { value: s },
      createElement(SessionContext.Provider, { value: s }, createElement('svg', null, layer)),
    ),
  ).replace(/<!-- -->/g, '');
}

const MANIFESTS = `apiVersion: v1
kind: ConfigMap
metadata:
  name: set-list
data:
  opener: "Intro"
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: tapes
spec:
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 1Gi
---
apiVersion: v1
kind: Pod
metadata:
  name: singer
spec:
  containers:
  - name: c
    image: nginx
    envFrom:
    - configMapRef:
        name: set-list
  volumes:
  - name: tapes
    persistentVolumeClaim:
      claimName: tapes
`;

describe('FrontLayer (server-rendered)', () => {
  it('draws a marquee per Service with its figures and load control, and the traffic cop', async () => {
    const s = createDevSession({ seed: 2 });
    s.actions.kubectl('create deployment web --image=nginx:1.27 --replicas=2');
    s.actions.kubectl('expose deployment web --port=80');
    s.advance(30_000);
    // As the mirror gives them to the views: kube-system's (kube-dns, the crew's) stay backstage.
    const services = (s.cluster().list('Service') as unknown as Service[]).filter((x) => !isCrew(x));
    expect(services.map((x) => x.metadata.name).sort()).toEqual(['kubernetes', 'web']);
    const out = await html(s, { services, loads: { 'default/web': 40 } });
    expect(out).toContain('aria-label="Service web"');
    expect(out).not.toContain('aria-label="Service kubernetes"');
    // The marquee names its Service: the load control's label shows "Load", its name says the rest.
    expect(out).toMatch(/>Load<span class="visually-hidden"> for web \(requests\/s\)<\/span><\/label>/);
    expect(out).toContain('value="40"');
    expect(out).toMatch(/requests\/s/);
    expect(out).toContain('ok/s · p95');
    // One count of endpoints (issue 12): never "0 endpoints" in the figures above "2 ready endpoints".
    expect(out).toContain('via kube-proxy to 2 ready endpoints');
    expect(out).not.toMatch(/\b0 endpoints/);
    // The cop's two lines in the landscape hall: who, then what it stands for.
    expect(out).toMatch(/Traffic cop:<tspan[^>]*>kube-proxy<\/tspan>/);
    expect(out).toContain('aria-label="Where the requests to web go"');
    // The per-pod rows are for screen readers only: words, with no lanes or dots that animate.
    expect(out).toMatch(/Pod web-[\w-]+: <\/span>\d+ requests\/s/);
    expect(out).not.toContain('flow-row__lane');
    expect(out).not.toContain('flow-row__dot');
    expect(out.match(/class="front-layer__walker"/g)).toHaveLength(24);
    // The learner made no ConfigMap: kube-proxy's, in kube-system, is the crew's (session/crew.ts).
    expect(out).not.toContain('On the band manager’s desk');
  });

  it('lays the set list on the desk and the claim in the safe, naming who uses them', async () => {
    const s = createDevSession({ seed: 2 });
    s.actions.kubectl('apply -f -', MANIFESTS);
    s.advance(30_000);
    const out = await html(s);
    expect(out).toContain('No Service yet');
    expect(out).toContain('aria-label="On the band manager’s desk"');
    expect(out).toContain('ConfigMap set-list (set list, 1 key, used by 1 musician)');
    expect(out).toContain('aria-label="In the safe"');
    expect(out).toMatch(/PersistentVolumeClaim tapes: Bound, 1Gi on pvc-[\w-]+, mounted by singer/);
  });
});
