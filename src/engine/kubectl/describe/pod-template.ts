// The `Pod Template:` block shared by Deployment, ReplicaSet and `rollout history --revision`.
// [k8s: staging/src/k8s.io/kubectl/pkg/describe/describe.go DescribePodTemplate]
import type { PodTemplateSpec } from '../../objects/types';
import { describeContainers } from './containers';
import { printAnnotationsMultiline, printLabelsMultiline, printTolerationsMultiline } from './fields';
import { describeVolumes } from './volumes';
import { LEVEL_0, LEVEL_1, type PrefixWriter } from './writer';

export function describePodTemplate(template: PodTemplateSpec | undefined, w: PrefixWriter): void {
  w.write(LEVEL_0, 'Pod Template:\n');
  if (!template) {
    w.write(LEVEL_1, '<unset>');
    return;
  }
  const spec = template.spec;
  printLabelsMultiline(w, '  Labels', template.metadata?.labels);
  if (Object.keys(template.metadata?.annotations ?? {}).length) printAnnotationsMultiline(w, '  Annotations', template.metadata?.annotations);
  if (spec?.serviceAccountName) w.write(LEVEL_1, `Service Account:\t${spec.serviceAccountName}\n`);
  if (spec?.initContainers?.length) describeContainers('Init Containers', spec.initContainers, undefined, w, '  ');
  describeContainers('Containers', spec?.containers ?? [], undefined, w, '  ');
  describeVolumes(spec?.volumes, w, '  ');
  if (spec?.priorityClassName) w.write(LEVEL_1, `Priority Class Name:\t${spec.priorityClassName}\n`);
  printLabelsMultiline(w, '  Node-Selectors', spec?.nodeSelector);
  printTolerationsMultiline(w, '  Tolerations', spec?.tolerations);
}
