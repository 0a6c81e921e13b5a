// The app in another language (issue 14): ?lang= picks it, <html lang> follows, the lesson's title,
// narration and buttons are in it (found by role and accessible name), kubectl output stays English,
// the picker switches languages by keyboard, and axe stays clean.
import { de } from '../src/i18n/messages/de';
import { es } from '../src/i18n/messages/es';
import { text as deSelfHealing } from '../src/lessons/content/de/self-healing';
import { axeClean, expect, test } from './fixtures';

// Page loads, a reload and axe on a loaded machine: generous, as the other full-page specs are.
test.describe.configure({ timeout: 180_000 });

const panelOf = (page: import('@playwright/test').Page, name: string) => page.getByRole('region', { name });

test('?lang=de: a lesson in German, <html lang="de">, axe clean', async ({ page, sim, consoleErrors }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./?lesson=self-healing&lang=de&test');
  const panel = panelOf(page, de['lesson.region'] as string);
  await expect(panel.getByRole('heading', { name: deSelfHealing.title })).toBeVisible();
  await expect(panel.getByRole('heading', { name: 'Schritt 1 von 3' })).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Weiter' })).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Tipp' })).toBeVisible();
  await expect(panel.getByText(deSelfHealing.steps['take-seats']!.narration)).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  // kubectl speaks English, as a real cluster does.
  const out = await sim.kubectl('get pods -l app=nobody');
  expect(out.stderr || out.stdout).toContain('No resources found in default namespace.');
  await axeClean(page);
  await page.screenshot({ path: 'e2e/screenshots/languages-de-lesson-1280x800.png' });
  expect(consoleErrors).toEqual([]);
});

test('?lang=es: the home page in Spanish, the picker names each language in itself', async ({ page }) => {
  await page.goto('./?lang=es');
  const lessons = page.getByRole('navigation', { name: es['picker.region'] as string });
  await expect(lessons.getByRole('link', { name: es['catalog.self-healing.title'] as string })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  const picker = page.getByRole('navigation', { name: 'Idioma' });
  await expect(picker.getByRole('link', { name: 'Español' })).toHaveAttribute('aria-current', 'true');
  await expect(picker.getByRole('link', { name: 'Deutsch' })).toHaveAttribute('lang', 'de');
  await axeClean(page);
});

test('the picker switches language by keyboard and the choice sticks', async ({ page }) => {
  await page.goto('./?lesson=self-healing');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(panelOf(page, 'Lesson').getByRole('button', { name: 'Next' })).toBeVisible();
  const deutsch = page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Deutsch' });
  await deutsch.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/[?&]lesson=self-healing&lang=de$/);
  await expect(panelOf(page, 'Lektion').getByRole('button', { name: 'Weiter' })).toBeVisible();
  // The next page, without ?lang=, stays German (the stored choice); English is one link away.
  await page.goto('./');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await page.getByRole('navigation', { name: 'Sprache' }).getByRole('link', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('navigation', { name: 'Lessons' })).toBeVisible();
});
