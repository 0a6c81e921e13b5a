// HPA replica bounds are int32s: past 2147483647 the API server refuses to decode the object, as
// it does a Deployment's spec.replicas, instead of storing it.
import { describe, expect, it } from 'vitest';
import { createCluster } from '../index';
import { kubectlOk } from '../testing/helpers';

const hpa = (max: string) => `apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata: {name: web}
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
  minReplicas: 1
  maxReplicas: ${max}
  metrics:
  - type: Resource
    resource: {name: cpu, target: {type: Utilization, averageUtilization: 50}}
`;

describe('HorizontalPodAutoscaler decoding', () => {
  it('refuses maxReplicas past int32, accepts 2147483647', () => {
    const c = createCluster();
    expect(c.kubectl('create -f -', hpa('2147483648')).stderr).toBe(
      'Error from server (BadRequest): error when creating "STDIN": HorizontalPodAutoscaler in version "v2" cannot be handled as a HorizontalPodAutoscaler: json: cannot unmarshal number 2147483648 into Go struct field HorizontalPodAutoscalerSpec.spec.maxReplicas of type int32\n',
    );
    expect(kubectlOk(c, 'create -f -', hpa('2147483647'))).toBe('horizontalpodautoscaler.autoscaling/web created\n');
  });
});
