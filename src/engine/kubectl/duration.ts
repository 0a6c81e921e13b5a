// Go's time.ParseDuration as pflag's Duration flags run it (`drain --timeout`, `rollout status
// --timeout`): which values it accepts and its error words, so `--timeout=abc` fails before the
// command runs, as kubectl does: `invalid argument "abc" for "--timeout" flag: time: invalid
// duration "abc"`. [go: src/time/format.go ParseDuration; spf13/pflag duration.go]
import { goQuote } from '../api/errors';

const UNITS = ['ns', 'us', 'µs', 'μs', 'ms', 's', 'm', 'h'];

/** time.ParseDuration's error for s, or undefined when it parses. */
export function goDurationError(s: string): string | undefined {
  const invalid = `time: invalid duration ${goQuote(s)}`;
  let i = s[0] === '-' || s[0] === '+' ? 1 : 0;
  if (s.slice(i) === '0') return undefined;
  if (i >= s.length) return invalid;
  while (i < s.length) {
    const num = /^(\d*)(?:\.(\d*))?/.exec(s.slice(i)) as RegExpExecArray;
    if (!num[1] && !num[2]) return invalid;
    i += num[0].length;
    const unit = (/^[^0-9.]*/.exec(s.slice(i)) as RegExpExecArray)[0];
    if (unit === '') return `time: missing unit in duration ${goQuote(s)}`;
    if (!UNITS.includes(unit)) return `time: unknown unit ${goQuote(unit)} in duration ${goQuote(s)}`;
    i += unit.length;
  }
  return undefined;
}
