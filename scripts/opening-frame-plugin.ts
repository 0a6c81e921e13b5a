// Vite plugin: the app's opening frames (src/views/opening/opening-frames.ts), computed by running
// boot() in Node through a short-lived Vite server's SSR module loader (runnerImport closes its
// runner before boot()'s own dynamic imports of lessons could run), and emitted as JSON. `virtual:opening-frames` is
// a tiny index of loaders; each frame (`sample`, every lesson's slug) is its own chunk, so a page
// fetches only its own. The build therefore always ships the frames of the engine and lessons it
// bundles: there is no generated file to go stale. In dev, editing a source recomputes them.
import { isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer, type Plugin } from 'vite';
import type { OpeningFrame } from '../src/views/opening/opening-frames';

const INDEX = 'virtual:opening-frames';
// The last segment names the chunk: `opening-self-healing-<hash>.js`, apart from the lesson's own.
const FRAME = 'virtual:opening-frame/opening-';
const SOURCE = fileURLToPath(new URL('../src/views/opening/opening-frames.ts', import.meta.url));

async function computeFrames(): Promise<{ frames: Record<string, OpeningFrame>; dependencies: string[] }> {
  const server = await createServer({
    configFile: false,
    // As the app is built: anything reading import.meta.env sees what the browser will.
    mode: 'production',
    logLevel: 'error',
    server: { middlewareMode: true, hmr: false, watch: null },
    appType: 'custom',
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const module = (await server.ssrLoadModule(SOURCE)) as { openingFrames: () => Promise<Record<string, OpeningFrame>> };
    const frames = await module.openingFrames();
    const dependencies = [...server.moduleGraph.idToModuleMap.keys()].filter((id) => isAbsolute(id) && !id.includes('node_modules'));
    return { frames, dependencies };
  } finally {
    await server.close();
  }
}

export function openingFramePlugin(): Plugin {
  let frames: Promise<{ frames: Record<string, OpeningFrame>; dependencies: string[] }> | undefined;
  const compute = () => (frames ??= computeFrames());
  return {
    name: 'podchestra-opening-frames',
    resolveId: (id) => (id === INDEX || id.startsWith(FRAME) ? `\0${id}` : undefined),
    async load(id) {
      if (!id.startsWith('\0')) return undefined;
      const name = id.slice(1);
      if (name !== INDEX && !name.startsWith(FRAME)) return undefined;
      const { frames: all, dependencies } = await compute();
      for (const file of dependencies) this.addWatchFile(file);
      if (name === INDEX) {
        const loaders = Object.keys(all).map((key) => `  ${JSON.stringify(key)}: () => import(${JSON.stringify(FRAME + key)}),`);
        return `export default {\n${loaders.join('\n')}\n};`;
      }
      const frame = all[name.slice(FRAME.length)];
      if (!frame) throw new Error(`No opening frame named ${name.slice(FRAME.length)}`);
      // JSON.parse of a string literal: parsed faster than the same object as a JS literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(frame))});`;
    },
    watchChange() {
      frames = undefined;
    },
  };
}
