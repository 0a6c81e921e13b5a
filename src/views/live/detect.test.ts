// When the page attaches to an API instead of running its own simulation: only on the served
// cluster's marker or an explicit ?live, never on a guess.
import { describe, expect, it } from 'vitest';
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
});
