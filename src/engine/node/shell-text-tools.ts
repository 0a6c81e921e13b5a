// The text tools of a container's shell (grep, head, tail, wc, sort, uniq, base64): the console's
// implementations (console/shell-tools.ts) fed from the container's files as well as from a pipe.
// File operands are read from the container's files; a missing one is reported in busybox's words
// (`head: can't open 'x': No such file or directory`) or coreutils' (dash flavour, Debian images).
// Simplification: busybox's applets share coreutils' options and usage texts here.
import { TOOLS, type ToolResult } from '../console/shell-tools';
import { getOwn, hasOwn } from '../util/own';

/** Options that take the next word as their value, per tool (so that word is not a file). */
const VALUED: Record<string, string> = { grep: 'e', head: 'nc', tail: 'nc', base64: 'w', wc: '', sort: '', uniq: '' };

export function textTool(name: string, args: string[], stdin: string, files: Record<string, string>, flavor: 'busybox' | 'dash', abs: (p: string) => string = (p) => p): ToolResult | undefined {
  if (!hasOwn(VALUED, name)) return undefined;
  const valued = VALUED[name];
  const opts: string[] = [];
  const operands: string[] = [];
  let patternTaken = name !== 'grep';
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') {
      operands.push(...args.slice(i + 1));
      break;
    }
    if (a.startsWith('-') && a !== '-' && !(name === 'grep' && patternTaken && operands.length)) {
      opts.push(a);
      if (a.startsWith('--')) continue;
      // -n 5: the value is the next word; -n5 carries it.
      if (a.length === 2 && valued.includes(a[1]) && i + 1 < args.length) {
        opts.push(args[++i]);
        if (a[1] === 'e') patternTaken = true;
      } else if (name === 'grep' && a.includes('e')) patternTaken = true;
      continue;
    }
    if (!patternTaken) {
      opts.push(a);
      patternTaken = true;
      continue;
    }
    operands.push(a);
  }
  let input = operands.length ? '' : stdin;
  let stderr = '';
  let missing = false;
  for (const f of operands) {
    if (f === '-') input += stdin;
    else if (hasOwn(files, abs(f))) input += getOwn(files, abs(f)) ?? '';
    else {
      missing = true;
      stderr += name === 'grep' ? `grep: ${f}: No such file or directory\n` : flavor === 'dash' ? `${name}: cannot open '${f}' for reading: No such file or directory\n` : `${name}: can't open '${f}': No such file or directory\n`;
    }
  }
  const r = (TOOLS[name] as (a: string[], s: string) => ToolResult)(opts, input);
  // grep exits 2 for an unreadable file (unless a line matched elsewhere: still 2); the others 1.
  const exitCode = missing ? (name === 'grep' ? 2 : Math.max(1, r.exitCode)) : r.exitCode;
  return { stdout: r.stdout, stderr: stderr + r.stderr, exitCode };
}
