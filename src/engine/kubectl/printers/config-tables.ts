// `kubectl get` columns for ConfigMaps, Secrets and PodDisruptionBudgets.
// [k8s: pkg/printers/internalversion/printers.go printConfigMap, printSecret,
//  printPodDisruptionBudget]
import { ageOf } from './age';
import { registerTable } from './columns';

const count = (m: unknown): number => (m && typeof m === 'object' ? Object.keys(m).length : 0);

registerTable('ConfigMap', {
  headers: ['NAME', 'DATA', 'AGE'],
  wideHeaders: [],
  row: (cm, now) => [cm.metadata.name, String(count(cm.data) + count(cm.binaryData)), ageOf(cm, now)],
});

registerTable('Secret', {
  headers: ['NAME', 'TYPE', 'DATA', 'AGE'],
  wideHeaders: [],
  row: (s, now) => [s.metadata.name, String(s.type ?? ''), String(count(s.data)), ageOf(s, now)],
});

const intOrNA = (v: unknown): string => (v == null ? 'N/A' : String(v));

registerTable('PodDisruptionBudget', {
  headers: ['NAME', 'MIN AVAILABLE', 'MAX UNAVAILABLE', 'ALLOWED DISRUPTIONS', 'AGE'],
  wideHeaders: [],
  row: (p, now) => [p.metadata.name, intOrNA(p.spec?.minAvailable), intOrNA(p.spec?.maxUnavailable), String(p.status?.disruptionsAllowed ?? 0), ageOf(p, now)],
});
