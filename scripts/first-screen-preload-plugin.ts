// Vite plugin (build only): index.html asks for the chunks every page's first screen needs at once,
// beside the entry, as <link rel="modulepreload"> (and the stylesheets they bring as
// rel="preload"), instead of when the entry has been fetched and run and main.tsx asks for them.
// That saves a round trip and the entry's own run time (React's 72 kB gz) before the first screen
// can be drawn. Only chunks every page draws with: the page-specific ones (the lesson picker, the
// lesson panel, the opening frame itself) still wait for main.tsx, so no page fetches another's.
// The bytes fetched before the first screen do not change: main.tsx fetched these anyway.
import type { HtmlTagDescriptor, Plugin, Rollup } from 'vite';

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

function isChunk(x: OutputBundle[string] | undefined): x is OutputChunk {
  return x?.type === 'chunk';
}

/** The chunks (and their CSS) the modules need: each module's chunk and everything it imports statically. */
export function firstScreenFiles(bundle: OutputBundle, modules: readonly string[]): { scripts: string[]; styles: string[] } {
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
  for (const module of modules) {
    const chunk = chunks.find((c) => c.facadeModuleId?.replaceAll('\\', '/').endsWith(`/${module}`));
    // A module merged into another chunk (or the entry) is found among that chunk's modules.
    const holder = chunk ?? chunks.find((c) => c.moduleIds.some((id) => id.replaceAll('\\', '/').endsWith(`/${module}`)));
    if (!holder) throw new Error(`first-screen preload: no chunk holds ${module}`);
    visit(holder.fileName);
  }
  return { scripts, styles };
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
        ];
      },
    },
  };
}
