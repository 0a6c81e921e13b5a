// The components of a cluster, in the order they start. Within one instant of virtual time,
// watch notifications reach components in this order, so it is part of determinism.
import type { ComponentFactory } from './component';
import { namespacesComponent } from './namespaces';

export const COMPONENTS: ComponentFactory[] = [
  namespacesComponent,
];
