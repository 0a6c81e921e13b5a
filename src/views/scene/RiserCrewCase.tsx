// biome-ignore-all lint/a11y/noInteractiveElementToNoninteractiveRole: Biome counts every SVG <g> as interactive; the case is a plain image.
// The crew's mark at the name bar's right end: a road case, with a count when more than one crew
// pod works here. The crew (kube-system's pods: kube-proxy on every node, CoreDNS) are not the
// band, so they are not drawn as musicians (session/crew.ts); the case says they are there without
// taking a seat or a name's room, its title names them, and the node's inspector lists them.

export function RiserCrewCase({ words, right, top, size }: { words: string; right: number; top: number; size: number }) {
  const n = words.split(', ').length;
  const w = size * 1.1;
  const h = size * 0.8;
  const x = right - (n > 1 ? size * 0.75 : 0) - w;
  const label = `Crew (kube-system): ${words}`;
  return (
    <g className="riser__crew" role="img" aria-label={label}>
      <title>{label}</title>
      <rect x={x} y={top + size * 0.15} width={w} height={h} rx={size * 0.12} />
      <path d={`M${x + w * 0.35} ${top + size * 0.15}v${-size * 0.12}h${w * 0.3}v${size * 0.12}M${x} ${top + size * 0.15 + h / 2}h${w}`} />
      {n > 1 && (
        <text x={right} y={top + size * 0.9} textAnchor="end" fontSize={size * 0.8}>
          {n}
        </text>
      )}
    </g>
  );
}
