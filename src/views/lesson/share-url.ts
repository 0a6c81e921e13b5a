// The address a share link points at: this page without its old fragment, plus the new one.
// `test` is dropped so a shared link opens the learner's page, not the test harness.

export function shareUrl(href: string, fragment: string): string {
  const url = new URL(href);
  url.searchParams.delete('test');
  url.hash = fragment;
  return url.toString();
}
