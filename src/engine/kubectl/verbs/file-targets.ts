// `-f FILE` on get/describe: the objects a manifest names (kind, namespace, name), read as kubectl's
// resource builder reads them. The console has no files: `-f -` reads what a pipe gives
// (`kubectl create … -o yaml | kubectl get -f -`); any other path does not exist, in kubectl's words.
// [k8s: staging/src/k8s.io/cli-runtime/pkg/resource/builder.go FilenameParam]
import type { KindInfo } from '../../api/kinds';
import { filenameError, readManifest } from '../manifest';
import type { Invocation } from '../verb';

export interface FileTarget {
  info: KindInfo;
  namespace: string;
  name: string;
}

/** Undefined without -f; else the named objects and the errors reading them. */
export function fileTargets(inv: Invocation, namespace: string): { targets: FileTarget[]; errors: string[] } | undefined {
  const files = (inv.flags.filename as string[] | undefined) ?? [];
  if (files.length === 0) return undefined;
  const bad = filenameError(files);
  if (bad) return { targets: [], errors: [bad] };
  const m = readManifest(inv.stdin ?? '');
  const targets: FileTarget[] = [];
  const errors: string[] = [];
  for (const item of m.items) {
    if ('error' in item) errors.push(item.error);
    else targets.push({ info: item.info, namespace: item.obj.metadata?.namespace || namespace, name: item.obj.metadata?.name ?? '' });
  }
  if (m.streamError) errors.push(m.streamError);
  return { targets, errors };
}
