// The plugin's own output, as the build gets it: the index lists the sample and every catalog
// lesson, and each emitted frame is exactly what boot() opens that address with.
import { describe, expect, it } from 'vitest';
import { catalog } from '../src/lessons/catalog';
import { openingFrameAt } from '../src/views/opening/opening-frames';
import { openingFramePlugin } from './opening-frame-plugin';

type Load = (this: { addWatchFile(file: string): void }, id: string) => Promise<string | undefined>;

describe('the opening-frame plugin', () => {
  const plugin = openingFramePlugin();
  const watched: string[] = [];
  const load = (id: string) => (plugin.load as unknown as Load).call({ addWatchFile: (f) => void watched.push(f) }, id);
  const frameOf = (code: string | undefined) => {
    const literal = /^export default JSON\.parse\((".*")\);$/s.exec(code ?? '')?.[1];
    if (!literal) throw new Error(`not a frame module: ${code?.slice(0, 80)}`);
    return JSON.parse(JSON.parse(literal) as string) as unknown;
  };

  it('indexes the sample and every lesson in the catalog, each as its own chunk', async () => {
    expect((plugin.resolveId as (id: string) => string | undefined)('virtual:opening-frames')).toBe('\0virtual:opening-frames');
    const index = await load('\0virtual:opening-frames');
    const keys = [...(index ?? '').matchAll(/^ {2}"([^"]+)": \(\) => import\("virtual:opening-frame\/opening-\1"\),$/gm)].map((m) => m[1]);
    expect(keys.sort()).toEqual(['sample', ...catalog.map((c) => c.slug)].sort());
    // Dev reloads the frames when the engine, the session or a lesson changes.
    expect(watched.some((f) => f.endsWith('src/engine/index.ts'))).toBe(true);
    expect(watched.some((f) => f.endsWith('src/lessons/content/scaling.ts'))).toBe(true);
  }, 60_000);

  it.each([
    ['sample', ''],
    ['scaling', '?lesson=scaling'],
    ['challenge-crash-storm', '?lesson=challenge-crash-storm'],
  ])(
    'emits frame %s exactly as boot() opens %s',
    async (key, search) => {
      expect(frameOf(await load(`\0virtual:opening-frame/opening-${key}`))).toEqual(await openingFrameAt(search));
    },
    60_000,
  );

  it('refuses a frame it does not have, by name', async () => {
    await expect(load('\0virtual:opening-frame/opening-no-such-lesson')).rejects.toThrow('No opening frame named no-such-lesson');
  }, 60_000);
});
