// Which strings yaml.v2 writes double-quoted: those its resolver would read back, written plain,
// as something other than a string (bool, int, float, null, timestamp, base-60 float).
// kubectl's -o yaml is sigs.k8s.io/yaml over its fork of yaml.v2, which YAML 1.1 ambiguous
// strings such as `yes`, `on`, `1e3` or `012` come out of quoted, and `e3`, `0x` or `1e400` not.
// [k8s: sigs.k8s.io/yaml goyaml.v2/resolve.go resolve, parseTimestamp; encode.go stringv,
//  isBase60Float]
// Checked against the installed kubectl 1.32 (printers/yaml-v2.test.ts). Its fork has no
// big-integer case yet: `0x12345678901234567` overflows int64 and stays a plain string.

/** The plain scalars resolve() finds in its map (resolve.go init): bools, nulls, .inf, .nan, `<<`. */
const RESOLVE_MAP = new Set([
  ...['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON'],
  ...['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF'],
  ...['', '~', 'null', 'Null', 'NULL'],
  ...['.nan', '.NaN', '.NAN', '.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF', '-.inf', '-.Inf', '-.INF'],
  '<<',
]);

const INT64_MAX = 2n ** 63n - 1n;
const UINT64_MAX = 2n ** 64n - 1n;

/** Go's strconv.ParseInt(s, 0, 64) or ParseUint(s, 0, 64) succeeds (underscores already removed). */
function goParsesAsInteger(s: string): boolean {
  const m = /^([-+]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/.exec(s);
  if (!m) return false;
  const body = m[2];
  // A leading 0 is octal (base 0): "017" is 15, "08" is no integer.
  const digits = /^0[0-7]+$/.test(body) ? `0o${body.slice(1)}` : body;
  const n = BigInt(digits);
  if (m[1] === '-') return n <= INT64_MAX + 1n;
  // ParseInt takes "+" and a value up to 2^63-1; ParseUint, without a sign, up to 2^64-1.
  return m[1] === '+' ? n <= INT64_MAX : n <= UINT64_MAX;
}

/** resolve.go yamlStyleFloat, then strconv.ParseFloat without a range error. */
const YAML_STYLE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;

function goParsesAsFiniteFloat(s: string): boolean {
  return Number.isFinite(Number(s));
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * parseTimestamp: time.Parse with "2006-1-2T15:4:5.999999999Z07:00" (also with a lower-case t),
 * "2006-1-2 15:4:5.999999999" or "2006-1-2"; fields in range, the day within its month.
 */
function isTimestamp(s: string): boolean {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:[Tt](\d{1,2}):(\d{1,2}):(\d{1,2})(?:[.,]\d+)?(?:Z|[-+]\d\d:\d\d))|(?: (\d{1,2}):(\d{1,2}):(\d{1,2})(?:[.,]\d+)?))?$/.exec(s);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  if (month < 1 || month > 12 || day < 1 || day > (month === 2 && !leap ? 28 : DAYS_IN_MONTH[month - 1])) return false;
  const [h, min, sec] = m[4] !== undefined ? [m[4], m[5], m[6]] : [m[7], m[8], m[9]];
  return h === undefined || (Number(h) < 24 && Number(min) < 60 && Number(sec) < 60);
}

/** encode.go isBase60Float: `190:20:30` is quoted for YAML 1.1 parsers, though resolve() no longer reads it. */
function isBase60Float(s: string): boolean {
  return /^[-+0-9]/.test(s) && s.includes(':') && /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/.test(s);
}

/** Whether yaml.v2 may write the string plain (stringv's canUsePlain). */
export function resolvesAsString(s: string): boolean {
  const c = s.charCodeAt(0);
  // resolveTable: only these first characters can start anything but a string.
  const sign = c === 43 || c === 45; // + -
  const digit = c >= 48 && c <= 57;
  const inMap = 'yYnNtTfFoO~'.includes(s[0] ?? '');
  if (s !== '' && !sign && !digit && !inMap && c !== 46) return true;
  if (RESOLVE_MAP.has(s)) return false;
  if (c === 46) return !(/^\.[0-9]+([eE][-+]?[0-9]+)?$/.test(s) && goParsesAsFiniteFloat(s));
  if (!sign && !digit) return true;
  if (isTimestamp(s)) return false;
  const plain = s.replace(/_/g, '');
  if (goParsesAsInteger(plain)) return false;
  if (YAML_STYLE_FLOAT.test(plain) && goParsesAsFiniteFloat(plain)) return false;
  return !isBase60Float(s);
}
