// The build's precomputed opening frame (scripts/opening-frame-plugin.ts).
declare module 'virtual:opening-frame' {
  const frame: import('./views/session/types').AppState;
  export default frame;
}
