// The decoder's view of a HorizontalPodAutoscaler (k8s.io/api autoscaling/v2 types.go), so that
// `maxReplicas: 2147483648` fails as an int32 the way a Deployment's replicas do, instead of being
// stored. Registered beside the controller; a fuller entry in schemas.ts wins.
// Loose on purpose: metrics and behavior are not walked, and autoscaling/v1's
// targetCPUUtilizationPercentage is accepted too (both versions decode into this one kind here).
import { SCHEMAS, type Schema, objectMeta } from '../api/validation/schemas';

const struct = (name: string, fields: Record<string, Schema>): Schema => ({ struct: name, fields });

SCHEMAS.HorizontalPodAutoscaler ??= struct('HorizontalPodAutoscaler', {
  apiVersion: 'string',
  kind: 'string',
  metadata: objectMeta,
  status: 'any',
  spec: struct('HorizontalPodAutoscalerSpec', {
    scaleTargetRef: struct('CrossVersionObjectReference', { kind: 'string', name: 'string', apiVersion: 'string' }),
    minReplicas: 'int32',
    maxReplicas: 'int32',
    metrics: 'any',
    behavior: 'any',
    targetCPUUtilizationPercentage: 'int32',
  }),
});
