// kubectl -o yaml's quoting and layout, checked against the installed kubectl 1.32 (offline):
// each row's expected text is what `kubectl create configmap x --from-literal=k=<value>` (or
// --from-file for line breaks and control characters) --dry-run=client -o yaml printed for it.
import { describe, expect, it } from 'vitest';
import { toYaml } from './structured';
import { keyCompare } from './yaml-key-order';
import { marshalYamlV2 } from './yaml-v2';
import { resolvesAsString } from './yaml-resolve';

/** The `k: …` line (and continuation lines) toYaml prints for one ConfigMap value. */
const valueText = (v: string) => {
  const out = toYaml({ data: { k: v } });
  return out.slice('data:\n  k: '.length, -1);
};

describe('yaml.v2 quoting of YAML 1.1 ambiguous strings (kubectl 1.32)', () => {
  // [value, what kubectl printed after `k: `]
  const table: [string, string][] = [
    ["e3", "e3"],
    ["E3", "E3"],
    ["1e3", "\"1e3\""],
    ["1E3", "\"1E3\""],
    ["1e400", "1e400"],
    [".5", "\".5\""],
    [".5e3", "\".5e3\""],
    [".", "."],
    [".e3", ".e3"],
    ["5.", "\"5.\""],
    ["+.5", "\"+.5\""],
    ["-.5", "\"-.5\""],
    ["1.5", "\"1.5\""],
    ["1_000", "\"1_000\""],
    ["1__0", "\"1__0\""],
    ["_1", "_1"],
    ["0x10", "\"0x10\""],
    ["0X10", "\"0X10\""],
    ["0x1F", "\"0x1F\""],
    ["0o17", "\"0o17\""],
    ["0b101", "\"0b101\""],
    ["-0b101", "\"-0b101\""],
    ["012", "\"012\""],
    ["08", "\"08\""],
    ["09", "\"09\""],
    ["0", "\"0\""],
    ["00", "\"00\""],
    ["-0", "\"-0\""],
    ["+1", "\"+1\""],
    ["-1", "\"-1\""],
    ["+", "+"],
    ["-", "'-'"],
    ["0x", "0x"],
    ["0xG", "0xG"],
    ["0x12345678901234567", "0x12345678901234567"],
    ["99999999999999999999999", "\"99999999999999999999999\""],
    ["1e+06", "\"1e+06\""],
    ["yes", "\"yes\""],
    ["Yes", "\"Yes\""],
    ["YES", "\"YES\""],
    ["yEs", "yEs"],
    ["no", "\"no\""],
    ["No", "\"No\""],
    ["NO", "\"NO\""],
    ["on", "\"on\""],
    ["On", "\"On\""],
    ["ON", "\"ON\""],
    ["off", "\"off\""],
    ["Off", "\"Off\""],
    ["OFF", "\"OFF\""],
    ["y", "\"y\""],
    ["Y", "\"Y\""],
    ["n", "\"n\""],
    ["N", "\"N\""],
    ["true", "\"true\""],
    ["True", "\"True\""],
    ["TRUE", "\"TRUE\""],
    ["tRue", "tRue"],
    ["false", "\"false\""],
    ["False", "\"False\""],
    ["FALSE", "\"FALSE\""],
    ["~", "\"~\""],
    ["null", "\"null\""],
    ["Null", "\"Null\""],
    ["NULL", "\"NULL\""],
    ["nULL", "nULL"],
    [".inf", "\".inf\""],
    [".Inf", "\".Inf\""],
    [".INF", "\".INF\""],
    ["+.inf", "\"+.inf\""],
    ["-.inf", "\"-.inf\""],
    ["-.Inf", "\"-.Inf\""],
    [".nan", "\".nan\""],
    [".NaN", "\".NaN\""],
    [".NAN", "\".NAN\""],
    ["inf", "inf"],
    ["nan", "nan"],
    ["Infinity", "Infinity"],
    ["NaN", "NaN"],
    ["<<", "<<"],
    ["<", "<"],
    ["=", "="],
    ["2001-12-14", "\"2001-12-14\""],
    ["2001-12-14t21:59:43.10-05:00", "\"2001-12-14t21:59:43.10-05:00\""],
    ["2001-12-14T21:59:43.10Z", "\"2001-12-14T21:59:43.10Z\""],
    ["2001-12-14 21:59:43.10", "\"2001-12-14 21:59:43.10\""],
    ["2001-12-14 21:59:43.10 -5", "2001-12-14 21:59:43.10 -5"],
    ["2001-2-3", "\"2001-2-3\""],
    ["2001-02-30", "2001-02-30"],
    ["2001-13-01", "2001-13-01"],
    ["20011-12-14", "20011-12-14"],
    ["2025-01-01T00:00:00Z", "\"2025-01-01T00:00:00Z\""],
    ["2025-01-01T00:00:00", "2025-01-01T00:00:00"],
    ["2025-1-1T1:2:3Z", "\"2025-1-1T1:2:3Z\""],
    ["2025-1-1T1:2:3+01:00", "\"2025-1-1T1:2:3+01:00\""],
    ["2025-01-01T25:00:00Z", "2025-01-01T25:00:00Z"],
    ["190:20:30", "\"190:20:30\""],
    ["1:20", "\"1:20\""],
    ["-1:20", "\"-1:20\""],
    ["1:60", "1:60"],
    ["1:20.5", "\"1:20.5\""],
    ["12:30", "\"12:30\""],
    ["1_2:30", "\"1_2:30\""],
    ["a:b", "a:b"],
    ["a: b", "'a: b'"],
    ["a:", "'a:'"],
    [":a", ":a"],
    ["a #b", "'a #b'"],
    ["a#b", "a#b"],
    ["#a", "'#a'"],
    ["-a", "-a"],
    ["- a", "'- a'"],
    ["--", "--"],
    ["---", "'---'"],
    ["---a", "'---a'"],
    ["...", "'...'"],
    ["..", ".."],
    ["?a", "?a"],
    ["? a", "'? a'"],
    ["[a]", "'[a]'"],
    ["{a}", "'{a}'"],
    ["a,b", "a,b"],
    ["a[b", "a[b"],
    ["&a", "'&a'"],
    ["*a", "'*a'"],
    ["!a", "'!a'"],
    ["|a", "'|a'"],
    [">a", "'>a'"],
    ["'a", "'''a'"],
    ["\"a", "'\"a'"],
    ["%a", "'%a'"],
    ["@a", "'@a'"],
    ["`a", "'`a'"],
    ["a'b", "a'b"],
    ["a\"b", "a\"b"],
    ["a\\b", "a\\b"],
    ["a\tb", "\"a\\tb\""],
  ];
  it.each(table)('%j prints as %s', (value, printed) => {
    expect(valueText(value)).toBe(printed);
  });
  it('resolvesAsString agrees with the table', () => {
    for (const [value, printed] of table) if (printed === value) expect(resolvesAsString(value), value).toBe(true);
  });
});

describe('yaml.v2 layout (kubectl 1.32)', () => {
  const table: [string, string][] = [
    ['line1\nline2', '|-\n    line1\n    line2'],
    ['trailing space \nx', '"trailing space \\nx"'],
    [' lead\nx', '|2-\n     lead\n    x'],
    ['x\n', '|\n    x'],
    ['x\n\n', '|+\n    x\n'],
    ['\n', '|2+\n'],
    ['a\n b', '|-\n    a\n     b'],
    // A leading BOM makes yaml.v2 escape every character of the string (is_bom reads the first bytes).
    ['\ufeffbom', '"\\uFEFF\\x62\\x6F\\x6D"'],
    ['a\ufeff', '"a\\uFEFF"'],
    ['tab\there', '"tab\\there"'],
    ['caf\u00e9', 'caf\u00e9'],
    ['\u00a0', '\u00a0'],
    // Astral characters are not "printable" to yaml.v2 (4-byte UTF-8).
    ['\u{1F3BB}\u{1F3BA}', '"\\U0001F3BB\\U0001F3BA"'],
    ['nul\u0000byte', '"nul\\0byte"'],
    ['\u001b', '"\\e"'],
    ['\r', '"\\r"'],
    // NEL reaches yaml.v2 folded: encoding/json leaves it raw and the YAML re-read folds it.
    ['\u0085', "' '"],
    ['a\u0085\u0085b', '|-\n    a\n    b'],
    ['\u2028', "'\u2028'"],
    ['a\u2028b', "'a\u2028    b'"],
    ['a \u2028 b', '"a \\L b"'],
    ['word word word word word word word word word word word word word word word word word word', 'word word word word word word word word word word word word word word word word\n    word word'],
    [
      "it's a 'quote' and : colon #and so on so on so on so on so on so on so on so on so on so on",
      "'it''s a ''quote'' and : colon #and so on so on so on so on so on so on so on\n    so on so on so on'",
    ],
    [
      '"double" quoted and it goes on and on and on and on and on and on and on and on and on and on',
      '\'"double" quoted and it goes on and on and on and on and on and on and on and\n    on and on and on\'',
    ],
  ];
  it.each(table)('%j prints as %j', (value, printed) => {
    expect(valueText(value)).toBe(printed);
  });

  it('keys: quoted like values, longer than 128 bytes as a complex key, in yaml.v2 order', () => {
    const long = 'a'.repeat(129);
    const max = 'b'.repeat(128);
    const data = { on: '1', yes: '2', y: '3', '1e3': '4', e3: '5', '0x10': '6', '012': '7', '-': '8', '1_000': '10', '.5': '11', '---': '12', '-a': '14', [long]: '15', [max]: '16', True: '17', NULL: '18', 'a.b': ' lead' };
    expect(toYaml({ data })).toBe(
      [
        'data:',
        "  '-': \"8\"",
        "  '---': \"12\"",
        '  -a: "14"',
        '  ".5": "11"',
        '  "0x10": "6"',
        '  "1_000": "10"',
        '  "1e3": "4"',
        '  "012": "7"',
        '  "NULL": "18"',
        '  "True": "17"',
        "  a.b: ' lead'",
        `  ? ${long}`,
        '  : "15"',
        `  ${max}: "16"`,
        '  e3: "5"',
        '  "on": "1"',
        '  "y": "3"',
        '  "yes": "2"',
        '',
      ].join('\n'),
    );
  });

  it('sorts keys as yaml.v2 does: digit runs by value, non-letters before letters', () => {
    expect(['file10', 'file2', 'Z', '_x', 'a', 'file1'].sort(keyCompare)).toEqual(['_x', 'Z', 'a', 'file1', 'file2', 'file10']);
  });

  it('nests sequences flush with their key and maps under a dash; empty collections in flow style', () => {
    expect(marshalYamlV2({ a: [{ b: 1, c: [] }, [2, 3], {}], d: {}, e: null, f: true })).toBe('a:\n- b: 1\n  c: []\n- - 2\n  - 3\n- {}\nd: {}\ne: null\nf: true\n');
  });

  it('prints numbers as the JSON round trip leaves them: integers below 2^64, floats as Go formats them', () => {
    expect(marshalYamlV2({ a: 1, b: -3, c: 1.5, d: 1e21, e: 0.00001, f: 1234567.5, g: 1e19, h: 1e20 })).toBe(
      'a: 1\nb: -3\nc: 1.5\nd: 1e+21\ne: 1e-05\nf: 1.2345675e+06\ng: 10000000000000000000\nh: 1e+20\n',
    );
  });
});
