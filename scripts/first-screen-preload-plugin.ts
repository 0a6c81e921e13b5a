// Vite plugin (build only): index.html asks for the chunks the first screen needs at once, beside
// the entry, as <link rel="modulepreload"> (and the stylesheets they bring as rel="preload"),
// instead of when the entry has been fetched and run and main.tsx asks for them. That saves a round
// trip and the entry's own run time (React's 72 kB gz) before the first screen can be drawn.
// The chunks every page draws with are plain links; the page's own (the lesson picker or the lesson
// panel, its opening frame, its lesson) are chosen by a few lines of inline script from the address,
// making main.tsx's own guesses (opening-frame-key.ts: guessPanel, likelyFrame), so no page fetches
// another's. The bytes fetched before the first screen do not change: main.tsx fetched these anyway.
import { readFileSync } from 'node:fs';
import type { HtmlTagDescriptor, Plugin, Rollup } from 'vite';
import { SAMPLE_FRAME } from '../src/views/opening/opening-frame-key';

type OutputBundle = Rollup.OutputBundle;
type OutputChunk = Rollup.OutputChunk;

/**
 * What main.tsx's drawOpeningFrame imports on every page (and start() again where a page has no
 * opening frame): the shell and what decides which frame to draw. first-screen-preload-plugin.test.ts
 * checks each is imported there.
 */
export const FIRST_SCREEN_MODULES = [
  'src/views/app/App.tsx',
  'src/views/opening/opening-route.ts',
  'src/views/opening/opening-session.ts',
  'src/lessons/catalog.ts',
  'src/views/lesson/progress-store.ts',
  'src/views/lesson/PageExtras.tsx',
] as const;

const SAMPLE = SAMPLE_FRAME;

function isChunk(x: OutputBundle[string] | undefined): x is OutputChunk {
  return x?.type === 'chunk';
}

/** The chunks (and their CSS) the modules need: each module's chunk and everything it imports statically. */
export function firstScreenFiles(bundle: OutputBundle, modules: readonly string[]): { scripts: string[]; styles: string[] } {
  return closure(
    bundle,
    modules.map((m) => holderOf(bundle, m)),
  );
}

/** The chunk holding a module (its facade, or a chunk it was merged into). */
function holderOf(bundle: OutputBundle, module: string): string {
  const chunks = Object.values(bundle).filter(isChunk);
  const is = (id: string | null) => !!id && (id.replaceAll('\\', '/').endsWith(`/${module}`) || id === module);
  const holder = chunks.find((c) => is(c.facadeModuleId)) ?? chunks.find((c) => c.moduleIds.some(is));
  if (!holder) throw new Error(`first-screen preload: no chunk holds ${module}`);
  return holder.fileName;
}

/** Chunks and everything they import statically (without the entry), with the CSS they bring. */
function closure(bundle: OutputBundle, fileNames: readonly string[]): { scripts: string[]; styles: string[] } {
  const chunks = Object.values(bundle).filter(isChunk);
  const entry = new Set(chunks.filter((c) => c.isEntry).map((c) => c.fileName));
  const scripts: string[] = [];
  const styles: string[] = [];
  const visit = (fileName: string): void => {
    const chunk = bundle[fileName];
    if (!isChunk(chunk) || entry.has(fileName) || scripts.includes(fileName)) return;
    scripts.push(fileName);
    for (const css of (chunk as OutputChunk & { viteMetadata?: { importedCss: Set<string> } }).viteMetadata?.importedCss ?? [])
      if (!styles.includes(css)) styles.push(css);
    for (const imported of chunk.imports) visit(imported);
  };
  for (const f of fileNames) visit(f);
  return { scripts, styles };
}

/** Files (scripts and styles) a page may need, grouped as main.tsx asks for them. */
export interface PageHints {
  /** guessPanel's answer → the panel's chunks. */
  panels: Record<'picker' | 'lesson', string[]>;
  /** likelyFrame's answer → the frame's chunks (and for a lesson, its content, load-lesson, opening-host). */
  frames: Record<string, string[]>;
}

const FRAME_MODULE = '\0virtual:opening-frame/opening-';

/** Which lesson module each slug loads (load-lesson.ts's literal imports). */
export function lessonModules(loadLessonSource: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of loadLessonSource.matchAll(/^\s*'?([\w-]+)'?: \(\) => import\('\.\/([^']+)'\)/gm)) out[m[1]] = `src/lessons/${m[2]}.ts`;
  return out;
}

export function pageHints(bundle: OutputBundle, lessons: Record<string, string>, base: string): PageHints {
  const common = new Set(firstScreenFiles(bundle, FIRST_SCREEN_MODULES).scripts);
  const files = (c: { scripts: string[]; styles: string[] }) =>
    [...c.scripts.filter((f) => !common.has(f)), ...c.styles].map((f) => `${base}${f}`);
  const frames: Record<string, string[]> = {};
  for (const chunk of Object.values(bundle).filter(isChunk)) {
    const key = chunk.facadeModuleId?.startsWith(FRAME_MODULE) ? chunk.facadeModuleId.slice(FRAME_MODULE.length) : undefined;
    if (!key) continue;
    const lesson = key === SAMPLE ? [] : [lessons[key], 'src/lessons/load-lesson.ts', 'src/views/opening/opening-host.ts'];
    if (lesson.some((m) => m === undefined)) throw new Error(`first-screen preload: no lesson module for the frame ${key}`);
    frames[key] = files(closure(bundle, [chunk.fileName, ...lesson.map((m) => holderOf(bundle, m))]));
  }
  return {
    panels: {
      picker: files(firstScreenFiles(bundle, ['src/views/lesson/LessonPicker.tsx'])),
      lesson: files(firstScreenFiles(bundle, ['src/views/lesson/LessonPanel.tsx'])),
    },
    frames,
  };
}

/**
 * The inline script: guessPanel and likelyFrame (src/views/opening/opening-frame-key.ts) again, in
 * plain ES5, then a link per file (first-screen-preload-plugin.test.ts runs it against them).
 */
export function hintScript(hints: PageHints): string {
  return `(function (h) {
  var q = new URLSearchParams(location.search);
  var own = Object.prototype.hasOwnProperty;
  var panel = q.has('lesson') || location.hash.indexOf('#share=') === 0 ? 'lesson' : q.has('sandbox') ? '' : 'picker';
  var frame = q.has('lesson') ? q.get('lesson') : ${JSON.stringify(SAMPLE)};
  var files = (own.call(h.panels, panel) ? h.panels[panel] : []).concat(own.call(h.frames, frame) ? h.frames[frame] : []);
  for (var i = 0; i < files.length; i++) {
    var link = document.createElement('link');
    var css = files[i].slice(-4) === '.css';
    link.rel = css ? 'preload' : 'modulepreload';
    if (css) link.as = 'style';
    link.crossOrigin = '';
    link.href = files[i];
    document.head.appendChild(link);
  }
})(${JSON.stringify(hints)});`;
}

export function firstScreenPreloadPlugin(): Plugin {
  let base = './';
  return {
    name: 'podchestra-first-screen-preload',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx): HtmlTagDescriptor[] | undefined {
        if (!ctx.bundle) return undefined;
        const { scripts, styles } = firstScreenFiles(ctx.bundle, FIRST_SCREEN_MODULES);
        const lessons = lessonModules(readFileSync(new URL('../src/lessons/load-lesson.ts', import.meta.url), 'utf8'));
        const hints = pageHints(ctx.bundle, lessons, base);
        // crossorigin: as the entry's <script type="module" crossorigin> and import() fetch them,
        // so the preloaded responses are the ones used.
        return [
          ...scripts.map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${file}` },
            injectTo: 'head' as const,
          })),
          ...styles.map((file) => ({
            tag: 'link',
            attrs: { rel: 'preload', as: 'style', crossorigin: true, href: `${base}${file}` },
            injectTo: 'head' as const,
          })),
          { tag: 'script', children: hintScript(hints), injectTo: 'head' as const },
        ];
      },
    },
  };
}
