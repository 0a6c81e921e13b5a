// `kubectl apply -f -`: client-side apply (last-applied-configuration + three-way merge).
// [k8s: staging/src/k8s.io/kubectl/pkg/cmd/apply/apply.go]
// Simplification: no --server-side, --prune or -k.
import { namespaceFlag } from '../resources';
import type { Verb } from '../verb';
import { runManifest } from './manifest-apply';
import { DRY_RUN_FLAG, OUTPUT_FLAG, dryRunOf, mutationOutput } from './object-common';

export const applyVerb: Verb = {
  name: 'apply',
  short: 'Apply a configuration to a resource by file name or stdin',
  flags: [{ name: 'filename', short: 'f', type: 'stringArray', default: [] }, DRY_RUN_FLAG, OUTPUT_FLAG],
  run(inv, ctx) {
    const files = inv.flags.filename as string[];
    if (!files.length) return { stdout: '', stderr: 'error: must specify one of -f and -k\n', exitCode: 1 };
    return runManifest(ctx, files, inv.stdin, {
      source: inv.stdinSource,
      mode: 'apply',
      namespace: namespaceFlag(inv.flags),
      explicitNamespace: !!inv.flags.namespace,
      dryRun: dryRunOf(inv.flags),
      output: mutationOutput(inv.flags),
    });
  },
};
