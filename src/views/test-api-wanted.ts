// Whether a page installs `window.podchestra` (test-api.ts): dev builds, or `?test` in the address.
// Its own module, so the entry chunk can decide without carrying the API (fetched only when wanted).
export function testApiWanted(search: string, dev: boolean): boolean {
  return dev || new URLSearchParams(search).has('test');
}
