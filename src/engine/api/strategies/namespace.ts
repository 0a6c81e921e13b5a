// Namespace: the API server labels each namespace with its own name
// (kubernetes.io/metadata.name, NamespaceDefaultLabelName) and reports it Active.
import { registerStrategy } from '../strategy';

registerStrategy('Namespace', {
  default(obj) {
    obj.metadata.labels = { ...obj.metadata.labels, 'kubernetes.io/metadata.name': obj.metadata.name };
    obj.spec = { finalizers: ['kubernetes'], ...obj.spec };
  },
  initialStatus: () => ({ phase: 'Active' }),
});
