// `-o yaml` decides which strings need double quotes without parsing every scalar of the output:
// the yaml package's parse runs only for strings that could read back as a number, bool, null or
// timestamp, once per distinct string. Before, it ran for every scalar (2.5 s at 1,000 pods).
import * as yaml from 'yaml';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { toYaml } from './structured';

vi.mock('yaml', async (importOriginal) => {
  const real = await importOriginal<typeof import('yaml')>();
  return { ...real, parse: vi.fn(real.parse) };
});

afterEach(() => vi.mocked(yaml.parse).mockClear());

describe('toYaml cost', () => {
  it('parses only distinct strings that might not be strings', () => {
    const pod = (i: number) => ({ metadata: { name: `web-${i}`, labels: { app: 'web', tier: 'front' }, uid: `u-${i}` }, status: { phase: 'Running', podIP: '10.0.0.1', hostIP: '10.0.0.1' } });
    const out = toYaml({ items: Array.from({ length: 200 }, (_, i) => pod(i)) });
    expect(out).toContain('    phase: Running\n');
    // Only "10.0.0.1", "front", "tier" and "name" start like a number or a bool; each is parsed once.
    expect(vi.mocked(yaml.parse).mock.calls.map(([s]) => s).sort()).toEqual(['10.0.0.1', 'front', 'name', 'tier']);
  });

  it('still quotes what yaml.v2 would not read back as a string, keys included', () => {
    expect(toYaml({ on: 'yes', v: '80', t: '2025-01-01T00:00:00Z', e: '', x: 'x: y', n: 'null', f: '1.5', s: 'nginx' })).toBe(
      'e: ""\nf: "1.5"\n"n": "null"\n"on": "yes"\ns: nginx\nt: "2025-01-01T00:00:00Z"\nv: "80"\nx: \'x: y\'\n',
    );
  });
});
