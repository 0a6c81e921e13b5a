import { describe, expect, it } from 'vitest';
import { MAX_STEPS, type ShellResult, newShell, runShell } from './shell';

/** Runs a script to its end (or `limit` virtual ms), returning output and how it ended. */
function sh(script: string, flavor: 'busybox' | 'dash' = 'busybox', limit = 60_000, env: [string, string][] = [['HOME', '/root']]) {
  const st = newShell(env, { script });
  const out: string[] = [];
  let now = 0;
  let r: ShellResult = { kind: 'sleep', ms: 0 };
  while (now <= limit) {
    r = runShell(st, { flavor, now, hostname: 'pod-x', out: (l) => out.push(l) });
    if (r.kind === 'exit') break;
    now += r.ms;
  }
  return { out, r, now };
}

describe('tiny shell', () => {
  it.each([
    ['echo hello; echo world', ['hello', 'world'], 0],
    ['exit 3', [], 3],
    ['false || echo rescued', ['rescued'], 0],
    ['false && echo never', [], 1],
    ['true && echo yes || echo no', ['yes'], 0],
    ['foo', ['sh: foo: not found'], 127],
    ['x=5; echo "x is $x" \'$x\'', ['x is 5 $x'], 0],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: shell parameter expansion, not a template.
    ['echo ${MISSING:-fallback}', ['fallback'], 0],
    ['for i in 1 2 3; do echo n$i; done', ['n1', 'n2', 'n3'], 0],
    ['i=0; while [ $i -lt 3 ]; do echo $i; i=$((i+1)); done', ['0', '1', '2'], 0],
    // The docs' loops: seq's words split into the for list, break and continue (also out of nested loops).
    ['for i in $(seq 1 5); do echo "Welcome $i times"; done', ['Welcome 1 times', 'Welcome 2 times', 'Welcome 3 times', 'Welcome 4 times', 'Welcome 5 times'], 0],
    ['i=0; while true; do i=$((i+1)); if [ $i -gt 3 ]; then break; fi; echo w$i; done; echo after', ['w1', 'w2', 'w3', 'after'], 0],
    ['for i in 1 2 3 4; do if [ $i = 2 ]; then continue; fi; echo $i; done', ['1', '3', '4'], 0],
    ['for a in x y; do for b in 1 2; do [ $b = 2 ] && continue 2; [ $a = y ] && break 2; echo $a$b; done; done; echo end', ['x1', 'end'], 0],
    ['break; echo still', ['still'], 0],
    ['seq 3; seq -s , 2 4; seq 10 -5 1; seq -w 8 10', ['1', '2', '3', '2,3,4', '10', '5', '08', '09', '10'], 0],
    ['seq x', ["seq: invalid 'x'"], 1],
    ['if [ -f /tmp/x ]; then echo yes; else echo no; fi; touch /tmp/x; [ -f /tmp/x ] && echo now', ['no', 'now'], 0],
    ['echo a > /f; echo b >> /f; cat /f; rm -f /f; cat /f', ['a', 'b', "cat: can't open '/f': No such file or directory"], 1],
    ['printenv HOME; echo $?', ['/root', '0'], 0],
    ['hostname', ['pod-x'], 0],
    ['date', ['Wed Jan  1 00:00:00 UTC 2025'], 0],
    ['echo "$(echo inner) outer"', ['inner outer'], 0],
    ['sleep 2; date +%T', ['00:00:02'], 0],
    ['exit 256', [], 0],
    // A pipe feeds the next command (before, only the last command's output was kept, unread).
    ['echo hello world | grep -o world', ['world'], 0],
    ['printf "b\\na\\nb\\n" | sort | uniq -c', ['      1 a', '      2 b'], 0],
    ['echo a > /f; echo b >> /f; grep b /f; head -n 1 /f', ['b', 'a'], 0],
    ['echo x | grep y', [], 1],
    ['cat /missing 2>/dev/null; echo $?', ['1'], 0],
    ['echo c2hlbGw= | base64 -d | wc -c', ['5'], 0],
    // busybox wget's -O takes a file: the URL is the next operand (was read as the URL itself).
    ['wget -O /tmp/page http://web:8080/', ["wget: bad address 'web'"], 1],
    ['wget -q -T 2 -O- http://api.local/x', ["wget: bad address 'api.local'"], 1],
  ])('%s', (script, out, code) => {
    const r = sh(script);
    expect(r.out).toEqual(out);
    expect(r.r).toEqual({ kind: 'exit', code });
  });

  it('uses dash wording on Debian images', () => {
    expect(sh('foo', 'dash').out).toEqual(['sh: 1: foo: not found']);
    // Debian ships neither wget nor curl.
    expect(sh('wget -qO- http://web', 'dash').out).toEqual(['sh: 1: wget: not found']);
    expect(sh('head /nope', 'dash').out).toEqual(["head: cannot open '/nope' for reading: No such file or directory"]);
  });

  it('keeps stdout and stderr apart for a host that streams them', () => {
    const st = newShell([], { script: 'echo out; cat /nope; echo -n "$(echo sub)"; ls /nope 2>&1 >/dev/null' });
    const streams: [number, string][] = [];
    runShell(st, { flavor: 'busybox', now: 0, hostname: 'h', out: () => {}, write: (s, fd) => streams.push([fd, s]) });
    expect(streams).toEqual([
      [1, 'out\n'],
      [2, "cat: can't open '/nope': No such file or directory\n"],
      [1, 'sub'],
    ]);
  });

  it('reports syntax errors with exit 2', () => {
    const r = sh('while true; do echo x');
    expect(r.r).toEqual({ kind: 'exit', code: 2 });
    expect(r.out[0]).toMatch(/^sh: syntax error: /);
  });

  it('sleeps in virtual time and sleep infinity never ends', () => {
    expect(sh('sleep 3; exit 0').now).toBe(3000);
    const r = sh('sleep infinity', 'busybox', 10_000);
    expect(r.r.kind).toBe('sleep');
  });

  it('caps a busy loop at MAX_STEPS per virtual second', () => {
    const st = newShell([], { script: 'while true; do true; done' });
    const r = runShell(st, { flavor: 'busybox', now: 0, hostname: 'h', out: () => {} });
    expect(r).toEqual({ kind: 'sleep', ms: 1000 });
    expect(MAX_STEPS).toBe(500);
  });

  it('state is JSON and resumes mid-loop', () => {
    const st = newShell([], { script: 'i=0; while true; do echo $i; i=$((i+1)); sleep 1; done' });
    const out: string[] = [];
    runShell(st, { flavor: 'busybox', now: 0, hostname: 'h', out: (l) => out.push(l) });
    const copy = JSON.parse(JSON.stringify(st));
    runShell(copy, { flavor: 'busybox', now: 1000, hostname: 'h', out: (l) => out.push(l) });
    expect(out).toEqual(['0', '1']);
  });
});
