// Every shipped language has every message the code asks for (no English left on a translated
// page), with the same placeholders, and plural messages on both sides. The ids are read from the
// source: each `t('id', 'English'…)` and `plural('id', n, { … })` call site.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalog } from '../lessons/catalog';
import type { Message } from './catalogue';
import { de } from './messages/de';
import { es } from './messages/es';

const SRC = join(__dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** id → the English at its call site (the first one found), and whether it is a plural. */
function callSites(): Map<string, { english: string; plural: boolean }> {
  const found = new Map<string, { english: string; plural: boolean }>();
  for (const file of sources(SRC)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\bt\(\s*'([\w.-]+)',\s*(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|`([^`]*)`)?/g)) {
      if (!found.has(m[1]!)) found.set(m[1]!, { english: m[2] ?? m[3] ?? m[4] ?? '', plural: false });
    }
    for (const m of text.matchAll(/\bplural\(\s*'([\w.-]+)',[^{]*\{\s*one:\s*'([^']*)',\s*other:\s*'([^']*)'/g)) {
      found.set(m[1]!, { english: `${m[2]} ${m[3]}`, plural: true });
    }
  }
  for (const entry of catalog) {
    found.set(`catalog.${entry.slug}.title`, { english: entry.title, plural: false });
    found.set(`catalog.${entry.slug}.summary`, { english: entry.summary, plural: false });
  }
  return found;
}

const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
const textOf = (m: Message) => (typeof m === 'string' ? m : Object.values(m).join(' '));

const sites = callSites();

describe.each([
  ['de', de],
  ['es', es],
])('the %s catalogue', (_tag, messages) => {
  it('finds the call sites it checks (the scan works)', () => {
    expect(sites.get('lesson.next')?.english).toBe('Next');
    expect(sites.get('goal.readyPodCount')?.plural).toBe(true);
    expect(sites.size).toBeGreaterThan(100);
  });

  it('has every message the code asks for', () => {
    const missing = [...sites.keys()].filter((id) => !Object.hasOwn(messages, id));
    expect(missing).toEqual([]);
  });

  it('has no message the code no longer asks for', () => {
    expect(Object.keys(messages).filter((id) => !sites.has(id))).toEqual([]);
  });

  it('keeps each message a plural exactly where the English is one, with an `other` form', () => {
    for (const [id, site] of sites) {
      const m = messages[id];
      if (m === undefined) continue;
      expect(typeof m !== 'string', id).toBe(site.plural);
      if (typeof m !== 'string') expect(m.other, id).toBeTruthy();
    }
  });

  it('uses the same placeholders as the English', () => {
    for (const [id, site] of sites) {
      const m = messages[id];
      if (m === undefined) continue;
      const english = placeholders(site.english).filter((p) => p !== 'count');
      expect(
        placeholders(textOf(m)).filter((p) => p !== 'count'),
        id,
      ).toEqual(english);
    }
  });
});
