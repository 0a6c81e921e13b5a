// The preload list: the static closure of the first screen's modules, without the entry, with their
// CSS; and every module it names is one main.tsx really asks for.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Rollup } from 'vite';
import { FIRST_SCREEN_MODULES, firstScreenFiles } from './first-screen-preload-plugin';

function chunk(
  fileName: string,
  facade: string | null,
  imports: string[],
  opts: { entry?: boolean; css?: string[]; modules?: string[] } = {},
) {
  return {
    type: 'chunk',
    fileName,
    facadeModuleId: facade,
    isEntry: !!opts.entry,
    imports,
    moduleIds: opts.modules ?? (facade ? [facade] : []),
    viteMetadata: { importedCss: new Set(opts.css ?? []) },
  } as unknown as Rollup.OutputChunk;
}

describe('firstScreenFiles', () => {
  const bundle = {
    'assets/index.js': chunk('assets/index.js', '/p/src/main.tsx', [], { entry: true }),
    'assets/App.js': chunk('assets/App.js', '/p/src/views/app/App.tsx', ['assets/index.js', 'assets/shared.js'], {
      css: ['assets/App.css'],
    }),
    'assets/shared.js': chunk('assets/shared.js', null, ['assets/index.js'], { modules: ['/p/src/views/session/actions.ts'] }),
    'assets/route.js': chunk('assets/route.js', null, ['assets/shared.js'], {
      modules: ['/p/src/views/opening/opening-route.ts', '/p/src/x.ts'],
    }),
    'assets/engine.js': chunk('assets/engine.js', '/p/src/engine/index.ts', []),
  } as unknown as Rollup.OutputBundle;

  it('follows static imports, skips the entry, finds merged modules, lists CSS once', () => {
    expect(firstScreenFiles(bundle, ['src/views/app/App.tsx', 'src/views/opening/opening-route.ts'])).toEqual({
      scripts: ['assets/App.js', 'assets/shared.js', 'assets/route.js'],
      styles: ['assets/App.css'],
    });
  });

  it('says so when a module is in no chunk (a rename would otherwise drop the preload silently)', () => {
    expect(() => firstScreenFiles(bundle, ['src/views/app/Gone.tsx'])).toThrow(/no chunk holds src\/views\/app\/Gone\.tsx/);
  });
});

it('every first-screen module is one main.tsx imports dynamically', () => {
  const main = readFileSync(new URL('../src/main.tsx', import.meta.url), 'utf8');
  for (const module of FIRST_SCREEN_MODULES) {
    const specifier = `./${module.replace(/^src\//, '').replace(/\.tsx?$/, '')}`;
    expect(main, module).toContain(`import('${specifier}')`);
  }
});
