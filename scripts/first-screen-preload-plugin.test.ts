// The preload list: the static closure of the first screen's modules, without the entry, with their
// CSS; and every module it names is one main.tsx really asks for.
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import type { Rollup } from 'vite';
import { catalog } from '../src/lessons/catalog';
import { guessPanel, likelyFrame } from '../src/views/opening/opening-frame-key';
import { FIRST_SCREEN_MODULES, firstScreenFiles, hintScript, lessonModules, type PageHints } from './first-screen-preload-plugin';

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

describe('the page hints (inline script)', () => {
  const hints: PageHints = {
    panels: { picker: ['./assets/LessonPicker.js', './assets/lesson.css'], lesson: ['./assets/LessonPanel.js'] },
    frames: { sample: ['./assets/opening-sample.js'], 'self-healing': ['./assets/opening-self-healing.js', './assets/self-healing.js'] },
  };
  /** Runs the script as a browser would at `search` + `hash`; the links it adds. */
  function run(search: string, hash: string): { rel: string; href: string; as?: string }[] {
    const added: { rel: string; href: string; as?: string }[] = [];
    const document = {
      createElement: () => ({}) as { rel: string; href: string; as?: string },
      head: { appendChild: (l: { rel: string; href: string; as?: string }) => void added.push(l) },
    };
    runInNewContext(hintScript(hints), { URLSearchParams, document, location: { search, hash } });
    return added;
  }
  /** What main.tsx asks for at the same address, by its own guesses. */
  function expected(search: string, hash: string): string[] {
    const panel = guessPanel(search, hash);
    const frame = likelyFrame(search);
    return [...(panel ? hints.panels[panel] : []), ...(Object.hasOwn(hints.frames, frame) ? hints.frames[frame] : [])];
  }

  it.each([
    ['', ''],
    ['?sandbox', ''],
    ['?lesson=self-healing', ''],
    ['?lesson=self-healing&embed=1&origin=https://course.example', ''],
    ['?lesson=no-such-lesson', ''],
    ['?lesson=__proto__', ''],
    ['', '#share=abc'],
    ['?seed=7', ''],
  ])('at %s%s it asks for what main.tsx would', (search, hash) => {
    const links = run(search, hash);
    expect(links.map((l) => l.href)).toEqual(expected(search, hash));
    for (const l of links) expect(l.rel).toBe(l.href.endsWith('.css') ? 'preload' : 'modulepreload');
    expect(links.filter((l) => l.href.endsWith('.css')).every((l) => l.as === 'style')).toBe(true);
  });

  it('maps every lesson slug to its module, as load-lesson.ts imports it', () => {
    const modules = lessonModules(readFileSync(new URL('../src/lessons/load-lesson.ts', import.meta.url), 'utf8'));
    expect(Object.keys(modules).sort()).toEqual(catalog.map((c) => c.slug).sort());
    expect(modules['self-healing']).toBe('src/lessons/content/self-healing.ts');
    expect(modules['challenge-node-loss']).toBe('src/lessons/content/challenges/node-loss.ts');
    for (const file of Object.values(modules)) expect(() => readFileSync(new URL(`../${file}`, import.meta.url))).not.toThrow();
  });
});
