// The build's precomputed opening frames (scripts/opening-frame-plugin.ts): loaders by key.
declare module 'virtual:opening-frames' {
  const frames: Record<string, () => Promise<{ default: import('./views/opening/opening-frames').OpeningFrame }>>;
  export default frames;
}
