import { describe, expect, it } from 'vitest';
import { piDigits } from './pi';
import { runProgram } from './programs';

const MI = 1024 * 1024;
const run = (name: Parameters<typeof runProgram>[0], argv: string[]) => runProgram(name, argv, () => ['hello']);

describe('perl', () => {
  it('prints bpi(2000) as Math::BigFloat does and exits 0 after about two seconds', () => {
    const r = run('perl', ['perl', '-Mbignum=bpi', '-wle', 'print bpi(2000)']);
    expect(r.exit?.code).toBe(0);
    expect(r.exit?.out).toEqual([piDigits(2000)]);
    expect(r.exit?.ms).toBeGreaterThanOrEqual(1000);
    expect(r.exit?.ms).toBeLessThanOrEqual(3000);
  });

  it.each([
    [1, '3'],
    [5, '3.1416'],
    [20, '3.1415926535897932385'],
  ])('bpi(%i) rounds to nearest: %s', (n, want) => {
    expect(piDigits(n)).toBe(want);
  });

  it('ends bpi(2000) with the digits the Jobs page shows', () => {
    const pi = piDigits(2000);
    expect(pi).toHaveLength(2001);
    expect(pi.endsWith('58133904780275901')).toBe(true);
  });

  it('prints a literal, reads an empty stdin, and cannot open a missing script', () => {
    expect(run('perl', ['perl', '-e', 'print "hi"']).exit).toMatchObject({ code: 0, out: ['hi'] });
    expect(run('perl', ['perl']).exit).toMatchObject({ code: 0, out: [] });
    expect(run('perl', ['perl', 'app.pl']).exit).toMatchObject({ code: 2, out: ['Can\'t open perl script "app.pl": No such file or directory'] });
  });
});

describe('stress (polinux/stress)', () => {
  it('--vm 1 --vm-bytes 150M --vm-hang 1: one worker holding 150 MiB, little CPU, runs on', () => {
    const r = run('stress', ['stress', '--vm', '1', '--vm-bytes', '150M', '--vm-hang', '1']);
    expect(r.lines).toEqual(['stress: info: [1] dispatching hogs: 0 cpu, 0 io, 1 vm, 0 hdd']);
    expect(r.exit).toBeUndefined();
    expect(r.usage?.memoryBytes).toBe(150 * MI);
    expect(r.usage?.cpuMilli).toBeLessThan(100);
  });

  it('--cpu 2 --timeout 10s: two cores, then a successful run', () => {
    const r = run('stress', ['stress', '-c', '2', '--timeout', '10s']);
    expect(r.usage?.cpuMilli).toBe(2000);
    expect(r.exit).toEqual({ ms: 10_000, code: 0, out: ['stress: info: [1] successful run completed in 10s'] });
  });

  it('defaults --vm-bytes to 256MB and spins without --vm-hang', () => {
    const r = run('stress', ['stress', '--vm', '2']);
    expect(r.usage?.memoryBytes).toBe(2 * 256 * MI);
    expect(r.usage?.cpuMilli).toBe(2000);
  });

  it('prints its usage with no arguments', () => {
    expect(run('stress', ['stress']).exit?.out[0]).toBe("`stress' imposes certain types of compute stress on your system");
  });
});

describe('vish/stress', () => {
  it('-cpus 2: two threads burning CPU, no memory', () => {
    const r = run('vish-stress', ['/stress', '-logtostderr', '-cpus', '2']);
    expect(r.usage).toEqual({ cpuMilli: 2000, memoryBytes: 0, rampMs: 0 });
    expect(r.lines).toEqual([
      'I{glog}       1 main.go:26] Allocating "0" memory, in "4Ki" chunks, with a 1ms sleep between allocations',
      'I{glog}       1 main.go:39] Spawning a thread to consume CPU',
      'I{glog}       1 main.go:39] Spawning a thread to consume CPU',
      'I{glog}       1 main.go:29] Allocated "0" memory',
    ]);
  });

  it('-mem-total 100Mi allocates 4Ki a millisecond: 25.6 s to get there', () => {
    const r = run('vish-stress', ['/stress', '-logtostderr', '-mem-total', '100Mi']);
    expect(r.usage?.memoryBytes).toBe(100 * MI);
    expect(r.usage?.rampMs).toBe(25_600);
  });
});

describe('interpreters', () => {
  it('exit 0 at once on the empty stdin, print one-liners, and miss scripts not in the image', () => {
    expect(run('repl', ['python3']).exit).toMatchObject({ code: 0, out: [] });
    expect(run('repl', ['python', '-c', 'print("hello")']).exit).toMatchObject({ code: 0, out: ['hello'] });
    expect(run('repl', ['python', 'app.py']).exit).toMatchObject({ code: 2, out: ["python: can't open file '//app.py': [Errno 2] No such file or directory"] });
    expect(run('repl', ['node', 'server.js']).exit?.out).toContain("Error: Cannot find module '/server.js'");
  });

  it('serves python -m http.server on its port; the banner shows only unbuffered', () => {
    const quiet = runProgram('repl', ['python', '-m', 'http.server', '8080'], () => []);
    expect(quiet).toMatchObject({ ports: [8080], lines: [] });
    expect(quiet.exit).toBeUndefined();
    const loud = runProgram('repl', ['python3', '-m', 'http.server'], () => [], { PYTHONUNBUFFERED: '1' });
    expect(loud).toMatchObject({ ports: [8000], lines: ['Serving HTTP on 0.0.0.0 port 8000 (http://0.0.0.0:8000/) ...'] });
  });
});
