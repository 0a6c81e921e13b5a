// Private screenshot driver (not committed).
import { chromium } from '@playwright/test';
const [, , slug, out, w, h, plan] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const p = await b.newPage({ viewport: { width: +w, height: +h } });
await p.goto(`http://127.0.0.1:4840/?lesson=${slug}&test`);
await p.waitForFunction(() => !!window.podchestra, undefined, { timeout: 20000 });
await p.evaluate(() => window.podchestra.pause());
const steps = JSON.parse(plan ?? '[]');
for (const s of steps) {
  if (s.advance) await p.evaluate((n) => window.podchestra.advance(n), s.advance);
  if (s.kubectl) await p.evaluate((l) => window.podchestra.kubectl(l), s.kubectl);
  if (s.goal) await p.evaluate(() => { const api = window.podchestra; for (let i = 0; i < 600 && !api.lesson()?.goalMet; i++) api.advance(1000); });
  if (s.click) await p.getByRole(s.role ?? 'button', { name: s.click }).first().click();
  if (s.answer) { const q = p.getByRole('radiogroup'); if (await q.count()) { await q.getByRole('radio').first().check(); await p.getByRole('button', { name: 'Check answer' }).click(); } }
  if (s.wait) await p.waitForTimeout(s.wait);
}
await p.waitForTimeout(1500);
await p.screenshot({ path: out });
const names = await p.evaluate(() => [...document.querySelectorAll('[role=region][aria-label^="Node"], [role=button][aria-label^="Pod"]')].map((e) => e.getAttribute('aria-label')));
console.log(names.join('\n'));
await b.close();
