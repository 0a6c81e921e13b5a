// Vite plugin: `virtual:opening-frame` is the app's opening frame (src/views/session/opening-frame.ts),
// computed when the module is first loaded by running the engine in Node through Vite's own module
// runner, and emitted as JSON. The build therefore always ships the frame of the engine it bundles:
// there is no generated file to go stale. In dev, editing the engine reloads it.
import { fileURLToPath } from 'node:url';
import { type Plugin, runnerImport } from 'vite';
import type { AppState } from '../src/views/session/types';

const ID = 'virtual:opening-frame';
const RESOLVED = `\0${ID}`;
const SOURCE = fileURLToPath(new URL('../src/views/session/opening-frame.ts', import.meta.url));

export function openingFramePlugin(): Plugin {
  return {
    name: 'podchestra-opening-frame',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    async load(id) {
      if (id !== RESOLVED) return undefined;
      const { module, dependencies } = await runnerImport<{ openingFrame: () => AppState }>(SOURCE, {
        configFile: false,
        logLevel: 'error',
      });
      for (const file of dependencies) this.addWatchFile(file);
      // JSON.parse of a string literal: parsed faster than the same object as a JS literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(module.openingFrame()))});`;
    },
  };
}
