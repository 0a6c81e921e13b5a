// `kubectl create serviceaccount NAME`: the ServiceAccount `--dry-run=client -o yaml` shows
// (only its name; no status). [k8s: staging/src/k8s.io/kubectl/pkg/cmd/create/create_serviceaccount.go]
import type { NewObject } from '../../objects/types';
import { namespaceFlag } from '../resources';
import type { Verb } from '../verb';
import { createGenerated } from './create';
import { nameArg } from './object-common';
import { DRY_RUN_FLAG, OUTPUT_FLAG, dryRunOf } from './object-common';

export const createServiceAccountVerb: Verb = {
  name: 'serviceaccount',
  aliases: ['sa'],
  short: 'Create a service account with the specified name',
  flags: [DRY_RUN_FLAG, OUTPUT_FLAG],
  run(inv, ctx) {
    const name = nameArg(inv);
    const metadata: Record<string, unknown> = { name, creationTimestamp: null };
    if (inv.flags.namespace || dryRunOf(inv.flags) !== 'client') metadata.namespace = namespaceFlag(inv.flags);
    return createGenerated(ctx, { kind: 'ServiceAccount', apiVersion: 'v1', metadata } as unknown as NewObject, inv);
  },
};
