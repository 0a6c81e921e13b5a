// biome-ignore-all lint/a11y/noInteractiveElementToNoninteractiveRole: Biome counts every SVG <g> as interactive; these groups take plain list roles.
// What a cordoned or tainted riser says without reading: a rope across it (cordoned: no new pods)
// and a sign per taint, each with its words (riser-signs.ts).
import type { Node } from '../../engine';
import type { Box } from './geometry';
import { CORDON_TAINT, taintWords } from './riser-signs';
import { fitText } from './wrap';

/**
 * `signsTop`: the landscape hall hangs the signs under the name plate, above the seats and clear of
 * the musicians' names at the front; otherwise they stand along the riser's front edge.
 */
export function RiserSigns({ node, box, fs, signsTop }: { node: Node; box: Box; fs: number; signsTop?: number }) {
  const rope = node.spec?.unschedulable;
  const all = node.spec?.taints ?? [];
  const taints = signsTop === undefined ? all : all.filter((t) => !(rope && t.key === CORDON_TAINT));
  if (!rope && taints.length === 0) return null;
  const y = box.y + box.h * 0.55;
  return (
    // biome-ignore lint/a11y/useSemanticElements: an SVG group cannot be a <ul>; it takes the list role.
    <g className="riser__props" role="list" aria-label="Taints and cordon">
      {rope && (
        // biome-ignore lint/a11y/useSemanticElements: an SVG group cannot be a <li>.
        <g className="riser__rope" role="listitem">
          <line x1={box.x + 4} y1={y} x2={box.x + box.w - 4} y2={y + 6} />
          <circle cx={box.x + 4} cy={y} r={4} />
          <circle cx={box.x + box.w - 4} cy={y + 6} r={4} />
          <text x={box.x + box.w / 2} y={y - 4} textAnchor="middle" fontSize={fs} className="riser__sign-text">
            cordoned: no new pods
          </text>
        </g>
      )}
      {taints.map((t, i) => {
        const top = signsTop === undefined ? box.y + box.h - (i + 1) * fs * 1.5 - 4 : signsTop + i * fs * 1.45;
        const words = taintWords(t, signsTop !== undefined);
        return (
          // biome-ignore lint/a11y/useSemanticElements: an SVG group cannot be a <li>.
          <g key={`${t.key}:${t.effect}`} className="riser__taint" role="listitem">
            {signsTop !== undefined && <title>{taintWords(t, false)}</title>}
            <rect x={box.x + 4} y={top} width={box.w - 8} height={fs * 1.35} rx={3} />
            <text x={box.x + 10} y={top + fs * 1.02} fontSize={fs} {...(signsTop !== undefined ? fitText(words, fs, box.w - 20) : {})}>
              {words}
            </text>
          </g>
        );
      })}
    </g>
  );
}
