// A LabelSelector as Go's %v prints it (the gogo-protobuf String() of *metav1.LabelSelector), for
// event messages that embed the selector.
// [k8s: staging/src/k8s.io/apimachinery/pkg/apis/meta/v1/generated.pb.go LabelSelector.String]
import type { LabelSelector } from '../objects/types';

export function goLabelSelector(sel: LabelSelector | undefined | null): string {
  if (sel == null) return 'nil';
  const labels = sel.matchLabels ?? {};
  const map = `map[string]string{${Object.keys(labels).sort().map((k) => `${k}: ${labels[k]},`).join('')}}`;
  const exprs = (sel.matchExpressions ?? []).map((e) => `LabelSelectorRequirement{Key:${e.key},Operator:${e.operator},Values:[${(e.values ?? []).join(' ')}],},`).join('');
  return `&LabelSelector{MatchLabels:${map},MatchExpressions:[]LabelSelectorRequirement{${exprs}},}`;
}
