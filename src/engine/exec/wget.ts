// busybox wget (1.36) over the cluster network: -q, -O FILE / -O- (stdout), --spider, -T SECS,
// the progress line, and its error words. [busybox networking/wget.c]
// Simplifications: no redirects, no HTTPS (a TLS server is not modelled: https reaches port 443
// like http), the progress line is the finished one only.
import type { ShellIO, ShellState } from '../node/shell';
import { wgetUrl } from '../node/shell-builtins';
import { hasOwn, setOwn } from '../util/own';
import { type NetHost, connect, parseUrl } from './network';

function progress(name: string, size: number): string {
  return `${name.padEnd(20).slice(0, 20)} 100% |********************************| ${String(size).padStart(5)}  0:00:00 ETA\n`;
}

export function wget(net: NetHost, args: string[], io: ShellIO, st: ShellState): number {
  let quiet = false;
  let spider = false;
  let output: string | undefined;
  let timeout: number | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '-O' || a === '--output-document') output = args[++i];
    else if (a.startsWith('-O') && !a.startsWith('--')) output = a.slice(2);
    else if (a === '-T' || a === '--timeout') timeout = Number(args[++i]);
    else if (a === '--spider') spider = true;
    else if (/^-[qO]+$/.test(a) || a === '--quiet') quiet = true;
    else if (/^-q/.test(a) && a.includes('O')) {
      // -qO- / -qO FILE
      quiet = true;
      const rest = a.slice(a.indexOf('O') + 1);
      output = rest || args[++i];
    }
  }
  const raw = wgetUrl(args);
  if (!raw) {
    io.err('BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.\n\nUsage: wget [-cqS] [--spider] [-O FILE] [-o LOGFILE] [--header STR]\n\t[--post-data STR | --post-file FILE] [-Y on/off]\n\t[-P DIR] [-U AGENT] [-T SEC] URL...\n\nRetrieve files via HTTP or FTP\n');
    return 1;
  }
  const url = parseUrl(raw);
  if (!url || (url.scheme !== 'http' && url.scheme !== 'https' && url.scheme !== 'ftp')) {
    io.err(`wget: not an http or ftp url: ${raw}\n`);
    return 1;
  }
  const c = connect(net, url.host, url.port, url.path);
  if (!c.ok && c.error === 'resolve') {
    io.err(`wget: bad address '${url.host}'\n`);
    return 1;
  }
  const say = (s: string) => {
    if (!quiet) io.err(s);
  };
  say(`Connecting to ${url.host}${url.port === 80 ? '' : `:${url.port}`} (${c.ip}:${c.port})\n`);
  if (!c.ok) {
    io.err(c.error === 'refused' ? `wget: can't connect to remote host (${c.ip}): Connection refused\n` : timeout ? 'wget: download timed out\n' : `wget: can't connect to remote host (${c.ip}): Connection timed out\n`);
    return 1;
  }
  const r = c.response;
  if (!r) {
    io.err('wget: error getting response: Connection reset by peer\n');
    return 1;
  }
  if (r.status >= 400) {
    io.err(`wget: server returned error: HTTP/1.1 ${r.status} ${r.reason}\n`);
    return 1;
  }
  if (spider) {
    say('remote file exists\n');
    return 0;
  }
  const toStdout = output === '-';
  const file = output ?? (url.path.replace(/\/$/, '').split('/').pop() || 'index.html');
  if (toStdout) {
    say('writing to stdout\n');
    io.out(r.body);
    say(`${progress('-', r.body.length)}written to stdout\n`);
    return 0;
  }
  // Without -O, busybox refuses to overwrite (it opens with O_EXCL); -O FILE truncates.
  if (output === undefined && hasOwn(st.files, file)) {
    io.err(`wget: can't open '${file}': File exists\n`);
    return 1;
  }
  say(`saving to '${file}'\n`);
  setOwn(st.files, file.startsWith('/') ? file : `/${file}`, r.body);
  say(`${progress(file.split('/').pop() ?? file, r.body.length)}'${file}' saved\n`);
  return 0;
}
