import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ShareState } from '../session/types';
import { decodeShare, encodeShare, MAX_FRAGMENT_CHARS, packJson } from './share-link';

const sample: ShareState = {
  v: 1,
  seed: 4294967295,
  nodes: 3,
  lesson: 'self-healing',
  step: 1,
  at: 42_500,
  log: [
    { at: 0, kind: 'kubectl', line: 'create deployment band --image=nginx:1.27 --replicas=3' },
    { at: 1_000, kind: 'run' },
    { at: 1_000, kind: 'kubectl', line: 'apply -f manifest.yaml', stdin: 'apiVersion: v1\nkind: Pod\n# ünïcode ✓\n' },
    { at: 20_000, kind: 'fault', fault: { type: 'crash-container', pod: 'band-abc', namespace: 'default', container: 'nginx' } },
    { at: 21_000, kind: 'fault', fault: { type: 'kill-node', node: 'node-2' } },
    { at: 22_000, kind: 'fault', fault: { type: 'load', service: 'web', rps: 12.5 } },
    { at: 23_000, kind: 'fault', fault: { type: 'fail-probe', pod: 'band-x', probe: 'liveness', durationMs: 60_000 } },
    { at: 42_500, kind: 'fault', fault: { type: 'restore-node', node: 'node-2' } },
  ],
};

/** Packs arbitrary JSON the way encodeShare does, to build links with bad contents. */
async function pack(value: unknown, format = '1'): Promise<string> {
  const fragment = await packJson(value);
  return fragment.replace(/^share=1\./, `share=${format}.`);
}

const damaged = (why: string) => ({ error: `This share link is damaged: ${why}.` });

describe('encodeShare / decodeShare', () => {
  it('round-trips a state with every kind of log entry, with or without "#"', async () => {
    const fragment = await encodeShare(sample);
    expect(fragment).toMatch(/^share=1\.[A-Za-z0-9_-]+$/);
    expect(await decodeShare(fragment)).toEqual({ state: sample });
    expect(await decodeShare(`#${fragment}`)).toEqual({ state: sample });
  });

  it('drops keys it does not know when decoding', async () => {
    const json = `{"__proto__":{"polluted":1},${JSON.stringify({ ...sample, extra: '<script>', log: [{ at: 0, kind: 'run', extra: 1 }] }).slice(1)}`;
    const decoded = await decodeShare(await pack(JSON.parse(json)));
    expect(decoded).toEqual({ state: { ...sample, log: [{ at: 0, kind: 'run' }] } });
    expect(Object.keys((decoded as { state: object }).state)).toEqual(['v', 'seed', 'nodes', 'log', 'at', 'lesson', 'step']);
  });

  it('keeps a long lesson log short enough for a URL', async () => {
    const log = Array.from({ length: 300 }, (_, i) => ({
      at: i * 1000,
      kind: 'kubectl' as const,
      line: `scale deployment band --replicas=${(i % 5) + 1}`,
    }));
    const fragment = await encodeShare({ v: 1, seed: 7, nodes: 3, log, at: 300_000 });
    expect(fragment.length).toBeLessThan(4_000);
  });

  it('refuses to make a link the opening page would call too long', async () => {
    // Incompressible lines within every per-field limit: only the fragment's length is over.
    let x = 12345;
    const noise = () =>
      Array.from({ length: 1_500 }, () => {
        // xorshift32: plain integer arithmetic, so the sequence does not collapse into a short cycle.
        x ^= x << 13;
        x ^= x >>> 17;
        x ^= x << 5;
        return String.fromCharCode(97 + ((x >>> 0) % 26));
      }).join('');
    const log = Array.from({ length: 400 }, (_, i) => ({ at: i, kind: 'kubectl' as const, line: `get pods -l a=${noise()}` }));
    await expect(encodeShare({ v: 1, seed: 1, nodes: 3, log, at: 1_000 })).rejects.toThrow(
      'this moment cannot be shared: its link would be too long',
    );
  });

  const base = { v: 1, seed: 1, nodes: 3, at: 10, log: [] };
  it.each<[string, unknown, { error: string }]>([
    ['not an object', [1, 2], damaged('it holds no Podchestra moment')],
    ['v missing', { ...base, v: undefined }, damaged('its version is unknown')],
    ['v newer', { ...base, v: 2 }, { error: 'This share link comes from a newer version of Podchestra.' }],
    ['seed negative', { ...base, seed: -1 }, damaged('the seed is not a whole number from 0 to 4294967295')],
    ['seed too big', { ...base, seed: 2 ** 32 }, damaged('the seed is not a whole number from 0 to 4294967295')],
    ['seed fractional', { ...base, seed: 1.5 }, damaged('the seed is not a whole number from 0 to 4294967295')],
    ['nodes 0', { ...base, nodes: 0 }, damaged('the number of stages is not from 1 to 10')],
    ['nodes 11', { ...base, nodes: 11 }, damaged('the number of stages is not from 1 to 10')],
    [
      'at beyond 2 hours',
      { ...base, at: 2 * 3_600_000 + 1 },
      damaged('its moment is more than 2 hours of simulated time in, and links hold at most 2 hours'),
    ],
    ['at as text', { ...base, at: '10' }, damaged('its moment is not a time')],
    ['facts without a step', { ...base, facts: { stepStartedAt: 0, injected: [] } }, damaged('it has lesson progress but no lesson step')],
    ['lesson with capitals', { ...base, lesson: 'Self-Healing' }, damaged('the lesson name is not valid')],
    ['lesson with markup', { ...base, lesson: '<img src=x>' }, damaged('the lesson name is not valid')],
    ['step negative', { ...base, step: -1 }, damaged('the lesson step is not a whole number from 0 to 99')],
    ['log missing', { ...base, log: undefined }, damaged('it has no command log')],
    [
      'log too long',
      { ...base, at: 10, log: Array.from({ length: 5001 }, () => ({ at: 0, kind: 'run' })) },
      damaged('its command log has more than 5000 entries'),
    ],
    ['entry not a record', { ...base, log: ['get pods'] }, damaged('command 1 is not a record')],
    ['entry without time', { ...base, log: [{ kind: 'run' }] }, damaged('command 1 has no valid time')],
    [
      'time going back',
      {
        ...base,
        log: [
          { at: 5, kind: 'run' },
          { at: 4, kind: 'run' },
        ],
      },
      damaged('command 2 is earlier than the one before it'),
    ],
    ['entry after the moment', { ...base, log: [{ at: 11, kind: 'run' }] }, damaged('command 1 is later than the shared moment')],
    ['unknown kind', { ...base, log: [{ at: 1, kind: 'eval', code: 'x' }] }, damaged('command 1 is of an unknown kind')],
    [
      'kubectl line not text',
      { ...base, log: [{ at: 1, kind: 'kubectl', line: 3 }] },
      damaged('command 1 is not a kubectl line of at most 2000 characters'),
    ],
    [
      'kubectl line too long',
      { ...base, log: [{ at: 1, kind: 'kubectl', line: 'x'.repeat(2001) }] },
      damaged('command 1 is not a kubectl line of at most 2000 characters'),
    ],
    [
      'stdin too large',
      { ...base, log: [{ at: 1, kind: 'kubectl', line: 'apply -f -', stdin: 'x'.repeat(200_001) }] },
      damaged('command 1 has a manifest that is too large or not text'),
    ],
    [
      'stdin too large in total',
      { ...base, log: Array.from({ length: 6 }, () => ({ at: 1, kind: 'kubectl', line: 'apply -f -', stdin: 'x'.repeat(199_000) })) },
      damaged('its manifests are too large in total'),
    ],
    [
      'unknown fault',
      { ...base, log: [{ at: 1, kind: 'fault', fault: { type: 'rm-rf' } }] },
      damaged('command 1 is not a fault Podchestra knows'),
    ],
    [
      'fault with a bad probe',
      { ...base, log: [{ at: 1, kind: 'fault', fault: { type: 'fail-probe', pod: 'a', probe: 'startup' } }] },
      damaged('command 1 is not a fault Podchestra knows'),
    ],
    [
      'load with negative rps',
      { ...base, log: [{ at: 1, kind: 'fault', fault: { type: 'load', service: 'web', rps: -1 } }] },
      damaged('command 1 is not a fault Podchestra knows'),
    ],
    [
      'node name with a newline',
      { ...base, log: [{ at: 1, kind: 'fault', fault: { type: 'kill-node', node: 'a\nb' } }] },
      damaged('command 1 is not a fault Podchestra knows'),
    ],
  ])('refuses %s', async (_name, value, expected) => {
    expect(await decodeShare(await pack(value))).toEqual(expected);
  });

  it.each<[string, string, { error: string }]>([
    ['an empty string', '', damaged('it does not start with "share="')],
    ['another fragment', '#section-2', damaged('it does not start with "share="')],
    ['no format', 'share=abc', damaged('it has no format number')],
    ['format 0', 'share=0.AAAA', damaged('its format number is unknown')],
    ['a newer format', 'share=2.AAAA', { error: 'This share link comes from a newer version of Podchestra.' }],
    ['bad base64', 'share=1.a+b/', damaged('its data is not valid base64url')],
    ['empty data', 'share=1.', damaged('its data is not valid base64url')],
    ['data that is not deflate', 'share=1.____', damaged('its data does not unpack')],
    ['too long', `share=1.${'A'.repeat(MAX_FRAGMENT_CHARS)}`, damaged('it is too long')],
  ])('refuses %s', async (_name, fragment, expected) => {
    expect(await decodeShare(fragment)).toEqual(expected);
  });

  it('refuses data that is not JSON', async () => {
    const stream = new Blob(['not json']).stream().pipeThrough(new CompressionStream('deflate-raw'));
    const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
    const b64 = btoa(String.fromCharCode(...bytes))
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
      .replace(/=+$/, '');
    expect(await decodeShare(`share=1.${b64}`)).toEqual(damaged('its data is not valid JSON'));
  });

  it('refuses a decompression bomb without unpacking it all', async () => {
    const bomb = await pack({ ...base, pad: ' '.repeat(5_000_000) });
    expect(bomb.length).toBeLessThan(MAX_FRAGMENT_CHARS);
    expect(await decodeShare(bomb)).toEqual(damaged('it unpacks to more than 4 MB'));
  });
});

const name = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/);
const fault = fc.oneof(
  fc.record({ type: fc.constant('crash-container' as const), pod: name }),
  fc.record({ type: fc.constantFrom('kill-node' as const, 'restore-node' as const), node: name }),
  fc.record({ type: fc.constant('load' as const), service: name, rps: fc.integer({ min: 0, max: 1000 }) }),
  fc.record({ type: fc.constant('fail-probe' as const), pod: name, probe: fc.constantFrom('readiness' as const, 'liveness' as const) }),
);
const entry = fc.oneof(
  fc.record({ kind: fc.constant('kubectl' as const), line: fc.string({ maxLength: 80 }) }),
  fc.record({ kind: fc.constant('kubectl' as const), line: fc.string({ maxLength: 20 }), stdin: fc.string({ maxLength: 200 }) }),
  fc.record({ kind: fc.constant('fault' as const), fault }),
  fc.record({ kind: fc.constant('run' as const) }),
);
const shareState: fc.Arbitrary<ShareState> = fc
  .record({
    seed: fc.integer({ min: 0, max: 0xffffffff }),
    nodes: fc.integer({ min: 1, max: 10 }),
    entries: fc.array(fc.tuple(fc.integer({ min: 0, max: 600_000 }), entry), { maxLength: 30 }),
  })
  .map(({ seed, nodes, entries }) => {
    const times = entries.map(([t]) => t).sort((a, b) => a - b);
    const log = entries.map(([, e], i) => ({ at: times[i], ...e }));
    return { v: 1 as const, seed, nodes, log, at: (times.at(-1) ?? 0) + 1 };
  });

describe('properties', () => {
  it('every valid state round-trips exactly', async () => {
    await fc.assert(
      fc.asyncProperty(shareState, async (state) => {
        expect(await decodeShare(await encodeShare(state))).toEqual({ state });
      }),
      { numRuns: 150 },
    );
  });

  it('decodeShare never throws and always answers state or error, on random text', async () => {
    const anyFragment = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.string({ maxLength: 200 }).map((s) => `share=${s}`),
      fc.base64String({ maxLength: 400 }).map((s) => `share=1.${s.replace(/\+/g, '-').replace(/\//g, '_').replace(/=/g, '')}`),
    );
    await fc.assert(
      fc.asyncProperty(anyFragment, async (fragment) => {
        const result = await decodeShare(fragment);
        expect(
          'state' in result || /^This share link (is damaged: .+\.|comes from a newer version of Podchestra\.)$/.test(result.error),
        ).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('a link with any byte flipped is refused or decodes to a valid state, never throws', async () => {
    const fragment = await encodeShare(sample);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 8, max: fragment.length - 1 }), fc.constantFrom(...'AZaz09-_'), async (i, ch) => {
        const result = await decodeShare(fragment.slice(0, i) + ch + fragment.slice(i + 1));
        expect('state' in result || result.error.startsWith('This share link')).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
