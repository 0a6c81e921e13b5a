import { describe, expect, it, vi } from 'vitest';
import { type OfflineWindow, registerOffline } from './offline';

function fakeWindow(href: string, opts: { sw?: boolean; secure?: boolean; registerFails?: boolean } = {}) {
  const active = { postMessage: vi.fn() };
  const register = vi.fn(async () => {
    if (opts.registerFails) throw new Error('SecurityError');
    return { active };
  });
  const win: OfflineWindow = {
    location: { href, protocol: new URL(href).protocol },
    isSecureContext: opts.secure ?? true,
    navigator: opts.sw === false ? {} : { serviceWorker: { register, ready: Promise.resolve({ active }) } },
    performance: {
      getEntriesByType: (type) =>
        type === 'resource'
          ? [
              { name: 'http://localhost:4174/k8s/assets/index-abc.js' },
              { name: 'http://localhost:4174/other/x.js' },
              { name: 'https://cdn.example/f.woff2' },
            ]
          : [],
    },
  };
  return { win, register, active };
}

describe('registerOffline', () => {
  it('registers ./sw.js with the app folder as scope and hands over what the page loaded', async () => {
    const { win, register, active } = fakeWindow('http://localhost:4174/k8s/?lesson=self-healing&embed=1#share=1.x');
    expect(await registerOffline(win, true)).toBe('registered');
    expect(register.mock.calls).toEqual([['http://localhost:4174/k8s/sw.js', { scope: 'http://localhost:4174/k8s/' }]]);
    expect(active.postMessage.mock.calls).toEqual([
      [{ type: 'podchestra-cache', urls: ['http://localhost:4174/k8s/', 'http://localhost:4174/k8s/assets/index-abc.js'] }],
    ]);
  });

  it.each([
    ['a dev build', 'http://localhost:5173/', { production: false }],
    ['no service worker support', 'https://example.org/', { sw: false }],
    ['a file: URL', 'file:///tmp/dist/index.html', {}],
    ['an insecure context', 'http://192.168.1.5/', { secure: false }],
  ])('skips %s', async (_n, href, o: { production?: boolean; sw?: boolean; secure?: boolean }) => {
    const { win, register } = fakeWindow(href, o);
    expect(await registerOffline(win, o.production ?? true)).toBe('skipped');
    expect(register).not.toHaveBeenCalled();
  });

  it('reports failure instead of throwing', async () => {
    const { win } = fakeWindow('https://example.org/', { registerFails: true });
    expect(await registerOffline(win, true)).toBe('failed');
    const broken = { location: null } as unknown as OfflineWindow;
    expect(await registerOffline(broken, true)).toBe('failed');
  });
});
