// `kubectl describe` for ResourceQuotas (Resource / Used / Hard), LimitRanges (one row per item
// and resource) and ServiceAccounts, and the quota and limit sections of a namespace.
// [k8s: staging/src/k8s.io/kubectl/pkg/describe/describe.go describeQuota,
//  helpTextForResourceQuotaScope, DescribeResourceQuotas, describeLimitRange,
//  describeLimitRangeSpec, DescribeLimitRanges, describeServiceAccount]
// Go ranges over the LimitRange item's resources in random order; they are printed sorted here.
import '../printers/policy-tables';
import type { ApiServer } from '../../api/api-server';
import type { KObject } from '../../objects/types';
import { type Qty, format, qty } from '../../quota/quantity';
import { describeEvents, eventsFor } from './events';
import { printAnnotationsMultiline, printLabelsMultiline } from './fields';
import { LEVEL_0, LEVEL_1, type PrefixWriter, tabbedString } from './writer';

const SCOPE_HELP: Record<string, string> = {
  Terminating: 'Matches all pods that have an active deadline. These pods have a limited lifespan on a node before being actively terminated by the system.',
  NotTerminating: 'Matches all pods that do not have an active deadline. These pods usually include long running pods whose container command is not expected to terminate.',
  BestEffort: 'Matches all pods that do not have resource requirements set. These pods have a best effort quality of service.',
  NotBestEffort: 'Matches all pods that have at least one resource requirement set. These pods have a burstable or guaranteed quality of service.',
};

function quantity(v: unknown): Qty {
  return qty(v) ?? { milli: 0n, binary: false };
}

function writeScopes(w: PrefixWriter, level: number, q: KObject, bullet: string): void {
  const scopes = [...((q.spec?.scopes ?? []) as string[])].sort();
  if (!scopes.length) return;
  w.write(level, `Scopes:\t${scopes.join(', ')}\n`);
  for (const s of scopes) if (SCOPE_HELP[s]) w.write(level, `${bullet}${SCOPE_HELP[s]}\n`);
}

export function describeQuota(q: KObject): string {
  return tabbedString((w) => {
    w.write(LEVEL_0, `Name:\t${q.metadata.name}\n`);
    w.write(LEVEL_0, `Namespace:\t${q.metadata.namespace}\n`);
    writeScopes(w, LEVEL_0, q, ' * ');
    w.write(LEVEL_0, 'Resource\tUsed\tHard\n');
    w.write(LEVEL_0, '--------\t----\t----\n');
    const hard = (q.status?.hard ?? {}) as Record<string, unknown>;
    const used = (q.status?.used ?? {}) as Record<string, unknown>;
    for (const r of Object.keys(hard).sort()) {
      const h = quantity(hard[r]);
      let u = quantity(used[r]);
      // A used value in another format is shown in the hard one (NewQuantity(used.Value(), hard.Format)).
      if (u.binary !== h.binary) u = { milli: ((u.milli + 999n) / 1000n) * 1000n, binary: h.binary };
      w.write(LEVEL_0, `${r}\t${format(u)}\t${format(h)}\n`);
    }
  });
}

function limitRangeRows(w: PrefixWriter, lr: KObject, prefix: string): void {
  for (const item of (lr.spec?.limits ?? []) as Record<string, Record<string, unknown> | string>[]) {
    const lists = ['min', 'max', 'defaultRequest', 'default', 'maxLimitRequestRatio'].map((f) => (item[f] ?? {}) as Record<string, unknown>);
    const keys = [...new Set(lists.flatMap((l) => Object.keys(l)))].sort();
    for (const k of keys) {
      const cells = lists.map((l) => (Object.hasOwn(l, k) ? format(quantity(l[k])) : '-'));
      w.write(LEVEL_0, `${prefix}${item.type}\t${k}\t${cells.join('\t')}\n`);
    }
  }
}

export function describeLimitRange(lr: KObject): string {
  return tabbedString((w) => {
    w.write(LEVEL_0, `Name:\t${lr.metadata.name}\n`);
    w.write(LEVEL_0, `Namespace:\t${lr.metadata.namespace}\n`);
    w.write(LEVEL_0, 'Type\tResource\tMin\tMax\tDefault Request\tDefault Limit\tMax Limit/Request Ratio\n');
    w.write(LEVEL_0, '----\t--------\t---\t---\t---------------\t-------------\t-----------------------\n');
    limitRangeRows(w, lr, '');
  });
}

/** The namespace description's quota and limit sections (DescribeResourceQuotas, DescribeLimitRanges). */
export function describeNamespacePolicies(api: ApiServer, ns: string, w: PrefixWriter): void {
  const quotas = api.store.list('resourcequotas', ns).sort((a, b) => (a.metadata.name < b.metadata.name ? -1 : 1));
  w.write(LEVEL_0, '\n');
  if (!quotas.length) w.write(LEVEL_0, 'No resource quota.\n');
  else {
    w.write(LEVEL_0, 'Resource Quotas\n');
    for (const q of quotas) {
      w.write(LEVEL_1, `Name:\t${q.metadata.name}\n`);
      writeScopes(w, LEVEL_1, q, '* ');
      w.write(LEVEL_1, 'Resource\tUsed\tHard\n');
      w.write(LEVEL_1, '--------\t---\t---\n');
      const hard = (q.status?.hard ?? {}) as Record<string, unknown>;
      const used = (q.status?.used ?? {}) as Record<string, unknown>;
      for (const r of Object.keys(q.spec?.hard ?? {}).sort()) w.write(LEVEL_1, `${r}\t${format(quantity(used[r]))}\t${format(quantity(hard[r]))}\n`);
    }
  }
  const limits = api.store.list('limitranges', ns);
  w.write(LEVEL_0, '\n');
  if (!limits.length) {
    w.write(LEVEL_0, 'No LimitRange resource.\n');
    return;
  }
  w.write(LEVEL_0, 'Resource Limits\n Type\tResource\tMin\tMax\tDefault Request\tDefault Limit\tMax Limit/Request Ratio\n');
  w.write(LEVEL_0, ' ----\t--------\t---\t---\t---------------\t-------------\t-----------------------\n');
  for (const lr of limits) limitRangeRows(w, lr, ' ');
}

export function describeServiceAccount(api: ApiServer, sa: KObject, now: number, showEvents: boolean): string {
  const events = showEvents ? eventsFor(api, sa) : undefined;
  const pull = ((sa as { imagePullSecrets?: { name: string }[] }).imagePullSecrets ?? []).map((s) => s.name);
  const mount = ((sa as { secrets?: { name: string }[] }).secrets ?? []).map((s) => s.name);
  return tabbedString((w) => {
    w.write(LEVEL_0, `Name:\t${sa.metadata.name}\n`);
    w.write(LEVEL_0, `Namespace:\t${sa.metadata.namespace}\n`);
    printLabelsMultiline(w, 'Labels', sa.metadata.labels);
    printAnnotationsMultiline(w, 'Annotations', sa.metadata.annotations);
    const rows: [string, string[]][] = [
      ['Image pull secrets:', pull],
      ['Mountable secrets: ', mount],
      ['Tokens:            ', []],
    ];
    for (const [header, names] of rows) {
      if (!names.length) w.write(LEVEL_0, `${header}\t<none>\n`);
      else names.forEach((n, i) => w.write(LEVEL_0, `${i === 0 ? header : '                   '}\t${n}\n`));
    }
    if (events) describeEvents(events, w, now);
  });
}
