// The crew: what runs in kube-system. A real cluster starts with pods of its own there (kube-proxy
// on every node, CoreDNS), which the learner did not create and `kubectl get pods` in the default
// namespace does not list. The hall is the band's picture, so the crew is kept out of it: not drawn
// as musicians, not counted on risers, in the wings, in the band's legend, on the marquee or on the
// desk, and their events are not narrated. Each riser names its crew in small type at its edge, a
// crew pod opens in the inspector from there, and kubectl (`get pods -A`, `-n kube-system`) shows
// everything as a real cluster does. Deliberate: a learner's own object in kube-system (the
// DaemonSet page's fluentd-elasticsearch) is crew too, as it is to a cluster's operators.
export const CREW_NAMESPACE = 'kube-system';

export function isCrew(o: { metadata?: { namespace?: string } } | undefined): boolean {
  return o?.metadata?.namespace === CREW_NAMESPACE;
}
