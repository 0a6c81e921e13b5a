// `kubectl apply -f https://k8s.io/examples/…`: the docs' pages apply kubernetes/website example
// files by URL. The console has no network, so a table of those files (table.ts, its own chunk)
// answers instead; this module is the small, always-loaded part: which URLs name an example and
// what kubectl says for one it cannot read.
// [k8s: staging/src/k8s.io/cli-runtime/pkg/resource/visitor.go readHttpWithRetries]
import { goQuote } from '../../api/errors';

/**
 * The spellings the docs use: k8s.io's redirect, the site itself (the ConfigMap task writes
 * `https://kubernetes.io/examples/…`) and the raw file on GitHub.
 */
const PREFIXES = ['https://k8s.io/examples/', 'https://kubernetes.io/examples/', 'https://raw.githubusercontent.com/kubernetes/website/main/content/en/examples/'];

/** kubectl reads a -f argument as a URL when it starts with http:// or https:// (builder.go). */
export function isUrl(path: string): boolean {
  return path.startsWith('http://') || path.startsWith('https://');
}

/** The file's path under content/en/examples, or undefined for a URL outside the examples. */
export function exampleKey(url: string): string | undefined {
  const prefix = PREFIXES.find((p) => url.startsWith(p));
  return prefix ? url.slice(prefix.length) : undefined;
}

let table: Readonly<Record<string, string>> | undefined;

/** Installs the loaded table (load.ts after its dynamic import; tests directly). */
export function setExampleTable(t: Readonly<Record<string, string>>): void {
  table = t;
}

export function examplesLoaded(): boolean {
  return table !== undefined;
}

/**
 * The -f list with every URL read: the texts join stdin (as `-f -`, one manifest stream with
 * `---` between files), or kubectl's error for the first URL it cannot read. Simplification: every
 * URL outside the table — and any URL before the table is loaded, which the console prevents by
 * awaiting loadExamples() first — answers as a 404 would, the error kubectl prints then.
 */
export function readFileUrls(files: string[], stdin: string | undefined): { files: string[]; stdin: string | undefined; source?: string } | { error: string } {
  if (!files.some(isUrl)) return { files, stdin };
  const texts: string[] = [];
  for (const f of files) {
    if (f === '-') texts.push(stdin ?? '');
    else if (isUrl(f)) {
      const key = exampleKey(f);
      const text = key === undefined ? undefined : table?.[key];
      if (text === undefined) return { error: `unable to read URL ${goQuote(f)}, server reported 404 Not Found, status code=404` };
      texts.push(text);
    }
  }
  const rest = files.filter((f) => f !== '-' && !isUrl(f));
  // kubectl names each file in its errors; one URL keeps its name. Simplification: several files
  // read as one stream are all called STDIN.
  const source = files.length === 1 ? files[0] : undefined;
  return { files: ['-', ...rest], source, stdin: texts.map((t) => (t.endsWith('\n') ? t : `${t}\n`)).join('---\n') };
}
