// Printers for kubectl output: tables (tabwriter alignment, per-kind columns), AGE, pod status,
// and the structured formats (-o yaml|json|name). Verbs import from here.
export { formatTable, formatTables } from './table';
export { ageOf, translateTimestampSince } from './age';
export { podSummary, restartsCell, type PodSummary } from './pod';
export { headersFor, tableFor, registerTable, layoutContainerCells, nodeRoles, type KindTable } from './columns';
export { toJson, toYaml, sortKeys, asList, objectRef, printStructured, type OutputFormat } from './structured';
export { printTables, tableRows, formatLabels, type TableOptions } from './human';
