import { describe, expect, it } from 'vitest';
import { createSession } from '../session/session';

describe('traffic in the session store', () => {
  it('mirrors Services, per-second history, per-pod figures and the set load; a rewind drops the future', () => {
    const s = createSession({ seed: 1 });
    s.advance(60_000);
    let st = s.store.getState();
    expect(st.services?.map((x) => x.metadata.name)).toEqual(['kubernetes', 'nginx-deployment']);
    expect(st.loads).toEqual({ 'default/nginx-deployment': 5 });
    const h = st.traffic?.['default/nginx-deployment'] ?? [];
    expect(h.length).toBeGreaterThan(50);
    const last = h[h.length - 1];
    expect(last.time).toBe(60_000);
    expect(last.readyPods).toBe(3);
    expect(st.podTrafficAt).toBe(60_000);
    const served = Object.values(st.podTraffic ?? {}).reduce((a, p) => a + p.requests, 0);
    expect(served).toBe(last.requests - last.refused);

    s.actions.setLoad('default', 'nginx-deployment', 300);
    expect(s.store.getState().console.at(-1)).toEqual({
      kind: 'comment',
      text: '# the audience sends 300 requests/s to service/nginx-deployment (traffic model)',
    });
    s.advance(5_000);
    st = s.store.getState();
    expect(st.loads).toEqual({ 'default/nginx-deployment': 300 });
    expect(st.traffic?.['default/nginx-deployment']?.at(-1)?.requests).toBeGreaterThan(200);

    s.actions.rewindTo(30_000);
    st = s.store.getState();
    expect(st.traffic?.['default/nginx-deployment']?.at(-1)?.time).toBe(30_000);
    expect(st.loads).toEqual({ 'default/nginx-deployment': 5 });
    // Re-subscribed: time moves on and the history grows again.
    s.advance(3_000);
    expect(s.store.getState().traffic?.['default/nginx-deployment']?.at(-1)?.time).toBe(33_000);

    s.actions.setLoad('default', 'nginx-deployment', 0);
    s.advance(3_000);
    expect(s.store.getState().loads).toEqual({});
  });
});
