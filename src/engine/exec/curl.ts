// curl 8 over the cluster network: the body to stdout, the progress meter on stderr when stdout
// is not a terminal (kubectl exec without -t), -s/-S, -o FILE, -O, -i, -I, -f, -m/--max-time, and
// its error words and exit codes (6 cannot resolve, 7 cannot connect, 22 -f on an error status,
// 28 timed out, 52 empty reply). [curl src/tool_operate.c, lib/strerror.c, lib/progress.c]
// Simplifications: no TLS (https reaches port 443 like http), -v/-L accepted without effect, the
// progress meter shows its header and the finished line only.
import type { ShellIO, ShellState } from '../node/shell';
import { setOwn } from '../util/own';
import { type NetHost, connect, parseUrl } from './network';

const METER_HEAD = '  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n                                 Dload  Upload   Total   Spent    Left  Speed\n';

function meter(size: number): string {
  const n = String(size).padStart(5);
  return `${METER_HEAD}100${n}  100${n}    0     0   600k      0 --:--:-- --:--:-- --:--:--  600k\n`;
}

const VALUED = new Set(['-o', '--output', '-m', '--max-time', '--connect-timeout', '-H', '--header', '-X', '--request', '-d', '--data', '-A', '--user-agent', '-w', '--write-out', '-u', '--user']);

export function curl(net: NetHost, args: string[], io: ShellIO, st: ShellState, tty: boolean): number {
  const flags = new Set<string>();
  let output: string | undefined;
  let maxTime: number | undefined;
  const urls: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (VALUED.has(a)) {
      const v = args[++i] ?? '';
      if (a === '-o' || a === '--output') output = v;
      if (a === '-m' || a === '--max-time' || a === '--connect-timeout') maxTime = Number(v);
    } else if (a.startsWith('--')) flags.add(a.slice(2));
    else if (a.startsWith('-') && a.length > 1) for (const ch of a.slice(1)) flags.add(ch);
    else urls.push(a);
  }
  const silent = flags.has('s') || flags.has('silent');
  const showError = flags.has('S') || flags.has('show-error');
  const fail = (code: number, msg: string) => {
    if (!silent || showError) io.err(`curl: (${code}) ${msg}\n`);
    return code;
  };
  if (!urls.length) {
    io.err("curl: try 'curl --help' or 'curl --manual' for more information\n");
    return 2;
  }
  const url = parseUrl(urls[0]);
  if (!url) return fail(3, 'URL rejected: Malformed input to a URL function');
  if (url.scheme !== 'http' && url.scheme !== 'https') return fail(1, `Protocol "${url.scheme}" not supported`);
  const c = connect(net, url.host, url.port, url.path);
  if (!c.ok) {
    if (c.error === 'resolve') return fail(6, `Could not resolve host: ${url.host}`);
    if (c.error === 'refused') return fail(7, `Failed to connect to ${url.host} port ${url.port} after 0 ms: Couldn't connect to server`);
    return maxTime ? fail(28, `Connection timed out after ${maxTime * 1000} milliseconds`) : fail(28, `Failed to connect to ${url.host} port ${url.port} after 134106 ms: Couldn't connect to server`);
  }
  const r = c.response;
  if (!r) return fail(52, 'Empty reply from server');
  if ((flags.has('f') || flags.has('fail')) && r.status >= 400) return fail(22, `The requested URL returned error: ${r.status}`);
  const head = `HTTP/1.1 ${r.status} ${r.reason}\r\n${r.server ? `Server: ${r.server}\r\n` : ''}Content-Type: ${r.contentType}\r\nContent-Length: ${new TextEncoder().encode(r.body).length}\r\n\r\n`;
  const headOnly = flags.has('I') || flags.has('head');
  const text = headOnly ? head : flags.has('i') || flags.has('include') ? head + r.body : r.body;
  const toFile = output ?? (flags.has('O') || flags.has('remote-name') ? url.path.split('/').pop() || '' : undefined);
  // The meter shows when the body does not go to the terminal: a pipe (no -t) or a file.
  if (!silent && (!tty || toFile !== undefined)) io.err(meter(text.length));
  if (toFile !== undefined && toFile !== '-') {
    if (toFile === '') return fail(23, 'Remote file name has no length');
    setOwn(st.files, toFile.startsWith('/') ? toFile : `/${toFile}`, text);
    return 0;
  }
  io.out(text);
  return 0;
}
