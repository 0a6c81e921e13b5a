// `kubectl get` columns for ResourceQuotas, LimitRanges and ServiceAccounts as kubectl 1.32 prints
// them. [k8s: pkg/printers/internalversion/printers.go printResourceQuota, printLimitRange,
//  printServiceAccount]
import { format, qty } from '../../quota/quantity';
import { ageOf } from './age';
import { registerTable } from './columns';

function q(v: unknown): string {
  const p = qty(v);
  return p ? format(p) : '0';
}

registerTable('ResourceQuota', {
  headers: ['NAME', 'AGE', 'REQUEST', 'LIMIT'],
  wideHeaders: [],
  row(rq, now) {
    const hard = (rq.status?.hard ?? {}) as Record<string, unknown>;
    const used = (rq.status?.used ?? {}) as Record<string, unknown>;
    const request: string[] = [];
    const limit: string[] = [];
    for (const r of Object.keys(hard).sort()) {
      const cell = `${r}: ${q(used[r])}/${q(hard[r])}`;
      const pieces = r.split('.');
      (pieces.length > 1 && pieces[0] === 'limits' ? limit : request).push(cell);
    }
    return [rq.metadata.name, ageOf(rq, now), request.join(', '), limit.join(', ')];
  },
});

registerTable('LimitRange', {
  headers: ['NAME', 'CREATED AT'],
  wideHeaders: [],
  row: (lr) => [lr.metadata.name, lr.metadata.creationTimestamp ?? ''],
});

registerTable('ServiceAccount', {
  headers: ['NAME', 'SECRETS', 'AGE'],
  wideHeaders: [],
  row: (sa, now) => [sa.metadata.name, String(((sa as { secrets?: unknown[] }).secrets ?? []).length), ageOf(sa, now)],
});
