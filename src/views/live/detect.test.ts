// When the page attaches to an API instead of running its own simulation: only on the served
// cluster's marker or an explicit ?live, never on a guess.
import { describe, expect, it } from 'vitest';
import { liveNotice, readOnlyWanted } from './boot-live';
import { liveSourceFor } from './detect';

const doc = (content?: string) => ({
  querySelector: (q: string) =>
    content !== undefined && q === 'meta[name="podchestra-source"]' ? ({ getAttribute: () => content } as unknown as Element) : null,
});

describe('liveSourceFor', () => {
  it('is the served cluster when the server marked the page', () => expect(liveSourceFor(doc('served'), '')).toBe('served'));
  it('is live mode with ?live', () => expect(liveSourceFor(doc(), '?live')).toBe('live'));
  it('is the simulation otherwise, whatever the origin', () => {
    expect(liveSourceFor(doc(), '?sandbox&seed=3')).toBeUndefined();
    expect(liveSourceFor(doc('something-else'), '')).toBeUndefined();
  });

  it('is read-only only when asked, and only for live mode', () => {
    expect(readOnlyWanted('?live=readonly')).toBe(true);
    expect(readOnlyWanted('?live')).toBe(false);
    expect(liveNotice('live', 'http://x', true)).toContain('Read-only: the page only watches');
    expect(liveNotice('live', 'http://x')).toContain("kubectl proxy's credentials");
  });
});
