// `npm test`: every check, in order — typecheck, lint, unit tests (vitest), browser tests
// (Playwright) — with their output streamed as it comes. Ends with one plain line,
// `N passed, N failed`, summed over vitest and Playwright tests (a failed typecheck or lint
// counts as one failed), and exits non-zero if anything failed.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const reports = join(root, 'test-results');
const vitestJson = join(reports, 'vitest.json');
const playwrightJson = join(reports, 'playwright.json');
const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
const bin = (name) => join(root, 'node_modules', '.bin', name);

function run(title, command, args, extraEnv = {}) {
  console.log(`\n=== ${title}: ${[command.replace(`${root}node_modules/.bin/`, ''), ...args].join(' ')}`);
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env: { ...env, ...extraEnv }, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', (e) => {
      console.error(`${title}: could not start: ${e.message}`);
      resolve(1);
    });
    child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

mkdirSync(reports, { recursive: true });
for (const f of [vitestJson, playwrightJson]) rmSync(f, { force: true });

let passed = 0;
let failed = 0;
const summary = [];

const tsc = await run('typecheck', bin('tsc'), ['--noEmit']);
if (tsc !== 0) failed += 1;
summary.push(`typecheck: ${tsc === 0 ? 'ok' : 'FAILED'}`);

const lint = await run('lint', bin('biome'), ['check', '--colors=off']);
if (lint !== 0) failed += 1;
summary.push(`lint: ${lint === 0 ? 'ok' : 'FAILED'}`);

const vitestCode = await run('unit tests', bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestJson}`,
]);
const vitest = readJson(vitestJson);
if (vitest) {
  const p = vitest.numPassedTests ?? 0;
  // Failed suites (a file that does not even load) have no tests to count; count each as one.
  const f = (vitest.numFailedTests ?? 0) + (vitest.numFailedTestSuites && !vitest.numFailedTests ? vitest.numFailedTestSuites : 0);
  passed += p;
  failed += f > 0 || vitestCode === 0 ? f : 1;
  summary.push(`unit tests: ${p} passed, ${f > 0 || vitestCode === 0 ? f : 1} failed`);
} else {
  failed += 1;
  summary.push(`unit tests: FAILED (exit ${vitestCode}, no report)`);
}

const playwrightCode = await run('browser tests', bin('playwright'), ['test', '--reporter=list,json'], {
  PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson,
});
const pw = existsSync(playwrightJson) ? readJson(playwrightJson) : undefined;
if (pw?.stats) {
  // expected = passed first time, flaky = passed on a retry, unexpected = failed.
  const p = (pw.stats.expected ?? 0) + (pw.stats.flaky ?? 0);
  let f = pw.stats.unexpected ?? 0;
  // A broken web server or config fails the run without failing a test.
  if (f === 0 && playwrightCode !== 0) f = Math.max(1, pw.errors?.length ?? 0);
  passed += p;
  failed += f;
  summary.push(`browser tests: ${p} passed, ${f} failed`);
  for (const e of pw.errors ?? []) console.error(`playwright: ${(e.message ?? '').split('\n')[0]}`);
} else {
  failed += 1;
  summary.push(`browser tests: FAILED (exit ${playwrightCode}, no report)`);
}

console.log(`\n=== summary\n${summary.join('\n')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
