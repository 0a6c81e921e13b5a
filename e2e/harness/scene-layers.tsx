// A test-only page (never built into the product): the podium and front layers of the concert
// hall drawn in one <svg viewBox> with a hand-made SceneLayout, over a real session (the sample
// cluster, warmed up), with stand-in risers and musicians that write their places into
// ScenePositions as the scene's own loop will. e2e/scene-layers.spec.ts serves it with Vite.
import { createElement, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../../src/views/app/app.css';
import { AppSession } from '../../src/views/app/use-store';
import { FrontLayer } from '../../src/views/scene/front/FrontLayer';
import { createScenePositions } from '../../src/views/scene/geometry';
import { onSceneFrame } from '../../src/views/scene/podium/frame-loop';
import { PodiumLayer } from '../../src/views/scene/podium/PodiumLayer';
import { LAYOUT as WIDE, PORTRAIT } from '../../src/views/scene/podium/test-layout';
import { startFrameLoop } from '../../src/views/session/frame-loop';
import { createSession } from '../../src/views/session/session';
import { SessionContext } from '../../src/views/stage/use-session';
import { installTestApi } from '../../src/views/test-api';

const session = createSession({ seed: 1, warmUp: true });
installTestApi(window, session);
// Speed and play for the spec (the harness has no control bar).
Object.assign(window, { harnessSession: session });
startFrameLoop((ms) => session.tick(ms));
const positions = createScenePositions();
// `?portrait`: the phone's hall.
const LAYOUT = new URLSearchParams(location.search).has('portrait') ? PORTRAIT : WIDE;

// Stand-in musicians: a dot per pod in a row on its node's riser (the scene draws the real ones).
const musicians = document.createElementNS('http://www.w3.org/2000/svg', 'g');
onSceneFrame(() => {
  const pods = session.store.getState().pods;
  const perNode = new Map<string, number>();
  musicians.replaceChildren();
  for (const p of pods) {
    const node = p.spec?.nodeName;
    const riser = node ? LAYOUT.risers.get(node) : undefined;
    if (!node || !riser) {
      positions.set(p.metadata.name, undefined);
      continue;
    }
    const i = perNode.get(node) ?? 0;
    perNode.set(node, i + 1);
    const at = { x: riser.x + 30 + i * 40, y: riser.y + riser.h / 2 };
    positions.set(p.metadata.name, at);
    const c = document.createElementNS('http://www.w3.org/2000/svg', 'circle');
    c.setAttribute('cx', String(at.x));
    c.setAttribute('cy', String(at.y));
    c.setAttribute('r', '10');
    c.setAttribute('fill', 'gray');
    musicians.append(c);
  }
});

function Harness() {
  return createElement(
    'svg',
    {
      viewBox: `0 0 ${LAYOUT.viewBox.w} ${LAYOUT.viewBox.h}`,
      style: { width: '100%', height: 'auto', display: 'block' },
      ref: (el: SVGSVGElement | null) => el?.insertBefore(musicians, el.firstChild),
    },
    [...LAYOUT.risers.entries()].map(([node, r]) =>
      createElement('rect', { key: node, x: r.x, y: r.y, width: r.w, height: r.h, fill: 'none', stroke: 'gray' }),
    ),
    createElement(PodiumLayer, { layout: LAYOUT, positions }),
    createElement(FrontLayer, { layout: LAYOUT, positions }),
  );
}

createRoot(document.getElementById('root') as HTMLElement).render(
  createElement(
    StrictMode,
    null,
    createElement(
      AppSession.Provider,
      { value: session },
      createElement(SessionContext.Provider, { value: session }, createElement(Harness)),
    ),
  ),
);
