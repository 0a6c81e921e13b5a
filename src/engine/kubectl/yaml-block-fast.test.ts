// The block-YAML fast path must give exactly what the `yaml` package gives, or step aside (BAIL):
// checked on the official examples, on hand-picked traps, and on generated documents written by
// the package's own stringifier with hostile scalars (YAML 1.1 booleans, numbers, `.inf`,
// comments, quotes, `: `, prototype keys).
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { decodeWithPackage, readManifest, resolvePlainScalar } from './manifest';
import { BAIL, parseBlockYaml } from './yaml-block-fast';
import { parseFlowYaml } from './yaml-flow-fast';

const fast = (t: string) => {
  const f = parseFlowYaml(t, resolvePlainScalar);
  return f === BAIL ? parseBlockYaml(t, resolvePlainScalar) : f;
};
const viaPackage = (t: string): { value?: unknown; error?: string } => {
  try {
    return { value: decodeWithPackage(t).value };
  } catch (e) {
    return { error: (e as Error).message };
  }
};

/** Same value as the package, or BAIL; never a value where the package refuses. */
function agrees(t: string): boolean {
  const f = fast(t);
  if (f === BAIL) return true;
  const p = viaPackage(t);
  expect(p.error, t).toBeUndefined();
  expect(JSON.stringify(f)).toBe(JSON.stringify(p.value));
  expect(Object.keys(f as object)).toEqual(Object.keys(p.value as object));
  return false;
}

const FIXTURES = ['nginx-deployment.yaml', 'exec-liveness.yaml', 'web.yaml', 'php-apache.yaml', 'php-apache-hpa.yaml', 'configmaps.yaml', 'job.yaml', 'pod-nginx-specific-node.yaml'];

describe('block YAML fast path', () => {
  it('reads the official examples as the package does', () => {
    let used = 0;
    let total = 0;
    for (const f of FIXTURES) {
      const text = readFileSync(new URL(`../testing/fuzz/fixtures/${f}`, import.meta.url), 'utf8');
      for (const doc of text.split(/^---.*$/m)) {
        if (!doc.trim()) continue;
        total++;
        if (!agrees(doc)) used++;
      }
    }
    // Most are plain block YAML (the rest use block scalars or flow style).
    expect(used).toBeGreaterThanOrEqual(total / 2);
  });

  it.each([
    ['a: 1\nb: yes\nc: on\nd: ~\ne: 0x1F\nf: 010\ng: 1_000\nh: 1e3\ni: 12:30\nj: 2001-12-14\nk: .5\nl: -1\nm: +1\nn: "x"\no: \'y\'\n'],
    ['key: value # comment\n# full line\nlist:\n- a\n- b # c\n-\n- - nested\n'],
    ['a:\n  b:\n    c: d\n  e: f\ng: h\n'],
    ['spec:\n  containers:\n  - name: a\n    image: b\n    ports:\n    - containerPort: 80\n  -   name: c\n      image: d\n'],
    ['a: b: c\n'],
    ['a: |\n  text\n'],
    ['a: &x 1\nb: *x\n'],
    ['a: [1, 2]\nb: {}\nc: []\nd: [ "x", \'y\', z, ]\ne: ["perl", "-Mbignum=bpi", "-wle", "print bpi(1000)"]\n'],
    ['a: [b, [c]]\n'],
    ['{ apiVersion: "v1", kind: Pod, metadata: { name: x, labels: {a: "1",}, }, # c\n  spec: {containers: [{name: c, image: "nginx:1"}, ], n: 1, b: yes, q: \'it\'\'s\'} }\n'],
    ['[a, b, {c: d}]\n# trailing comment\n'],
    ['{a: b\n  c}\n'],
    ['{a: }\n'],
    ['{a}\n'],
    ['[a: b]\n'],
    ['{"a":1, "b" : [1,2,]}\n'],
    ['{a: b} x\n'],
    ['{a: "multi\n line"}\n'],
    ['{a: http://x:80/y}\n'],
    ['{a: b #c\n}\n'],
    ['{a: [b c, d]}\n'],
    ['a: [b: c]\n'],
    ['a: [b, ,c]\n'],
    ['a: ["b, c", \'d, e\']\n'],
    ['"quoted key": 1\n\'single\': 2\n"a b":c\n'],
    ['__proto__: x\nconstructor: y\ntoString: z\n'],
    ['a: "unterminated\n'],
    ['a: \'it\'\'s\'\nb: "a#b" # c\nc: a#b\nd: x #y\n'],
    ['a: .inf\n'],
    ['a: 1e400\n'],
    ['a: b\n  c: d\n'],
    ['a: b\n c\n'],
    ['- a\nb: c\n'],
    ['a:\n- b\n- c\nd: e\n'],
    ['a: "x\\ty"\n'],
    ['a: -\n'],
    ['a: - b\n'],
    ['on: x\n'],
    ['<<: {a: 1}\n'],
    ['a:b\n'],
    ['a:   \n  b: c\n'],
    ['? a\n: b\n'],
    ['%YAML 1.1\n---\na: b\n'],
    ['a: b\n...\n'],
    ['a: "x"y\n'],
    ['a: 日本語\nb: café ☕\n'],
    ['a: null\nb: Null\nc: NULL\nd: true\ne: False\nf: OFF\ng: y\nh: n\n'],
  ])('%j agrees with the package or steps aside', (t) => {
    agrees(t);
  });

  it('agrees on generated documents with hostile scalars', () => {
    const scalars = fc.oneof(
      fc.constantFrom('yes', 'no', 'on', 'off', 'y', 'n', 'Y', 'true', 'False', 'null', '~', '', ' ', '-', '- a', 'a: b', 'a #b', '#x', '1e400', '.inf', '-.inf', '.nan', '0x10', '010', '0o7', '1_000', '12:30:00', '2001-12-14', '1.5', '-1', '+1', '.5', '5.', '1e3', "it's", 'say "hi"', '\\', '[a]', '{b}', '&a', '*a', '!t', '|', '>', '%', '@', '`', '__proto__', 'constructor', 'café', '日本', 'a'.repeat(10), 'value-1', 'nginx:1.14.2', '/usr/bin', 'x:y', 'x :y', '<<'),
      fc.string({ maxLength: 8 }),
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
    );
    const key = fc.oneof(fc.constantFrom('name', 'image', 'on', 'yes', '1', '__proto__', 'a b', 'x:y', '#k', "'q'", '"d"', '-'), fc.string({ maxLength: 6 }));
    const { tree } = fc.letrec((tie) => ({
      tree: fc.oneof({ depthSize: 'small' }, scalars, fc.array(tie('tree'), { maxLength: 4 }), fc.dictionary(key, tie('tree'), { maxKeys: 4 })),
    }));
    let used = 0;
    fc.assert(
      fc.property(fc.dictionary(key, tree, { minKeys: 1, maxKeys: 5 }), fc.boolean(), fc.boolean(), fc.boolean(), (doc, indentSeq, comment, flow) => {
        let text = stringify(doc, { version: '1.1', indentSeq, collectionStyle: flow ? 'flow' : 'any' });
        if (comment) text = text.replace(/\n/g, ' # note\n');
        if (!agrees(text)) used++;
      }),
      { numRuns: 400, seed: 15 },
    );
    expect(used).toBeGreaterThan(50);
  });

  it('steps aside for documents nested past the limit, which get the nesting error', () => {
    const deep = Array.from({ length: 150 }, (_, i) => `${'  '.repeat(i)}a:`).join('\n');
    expect(fast(deep)).toBe(BAIL);
    expect(readManifest(`apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n${deep}\n`).streamError).toMatch(/exceeded max depth of 100$/);
  });

  it('keeps readManifest\'s answers for documents it reads (kind checks, errors after them)', () => {
    expect(readManifest('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  a: "1"\n').items).toHaveLength(1);
    expect(readManifest('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  a: .inf\n').streamError).toBe('error: error parsing STDIN: error converting YAML to JSON: json: unsupported value: +Inf');
  });
});
