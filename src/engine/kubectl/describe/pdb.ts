// `kubectl describe pdb`: the budget (min available or max unavailable), selector, the status
// counters the disruption controller keeps, then events.
// [k8s: staging/src/k8s.io/kubectl/pkg/describe/describe.go describePodDisruptionBudgetV1]
import type { ApiServer } from '../../api/api-server';
import { formatSelector } from '../../objects/labels';
import type { KObject } from '../../objects/types';
import '../printers/config-tables';
import { describeEvents, eventsFor } from './events';
import { LEVEL_0, LEVEL_2, tabbedString } from './writer';

export function describePdb(api: ApiServer, pdb: KObject, now: number, showEvents = true): string {
  const events = showEvents ? eventsFor(api, pdb) : undefined;
  const spec = pdb.spec ?? {};
  const st = pdb.status ?? {};
  return tabbedString((w) => {
    w.write(LEVEL_0, `Name:\t${pdb.metadata.name}\n`);
    w.write(LEVEL_0, `Namespace:\t${pdb.metadata.namespace}\n`);
    if (spec.minAvailable != null) w.write(LEVEL_0, `Min available:\t${spec.minAvailable}\n`);
    else if (spec.maxUnavailable != null) w.write(LEVEL_0, `Max unavailable:\t${spec.maxUnavailable}\n`);
    w.write(LEVEL_0, spec.selector != null ? `Selector:\t${formatSelector(spec.selector)}\n` : 'Selector:\t<unset>\n');
    w.write(LEVEL_0, 'Status:\n');
    w.write(LEVEL_2, `Allowed disruptions:\t${st.disruptionsAllowed ?? 0}\n`);
    w.write(LEVEL_2, `Current:\t${st.currentHealthy ?? 0}\n`);
    w.write(LEVEL_2, `Desired:\t${st.desiredHealthy ?? 0}\n`);
    w.write(LEVEL_2, `Total:\t${st.expectedPods ?? 0}\n`);
    if (events) describeEvents(events, w, now);
  });
}
