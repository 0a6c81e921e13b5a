// biome-ignore-all lint/a11y/noInteractiveElementToNoninteractiveRole: Biome counts every SVG <g> as interactive.
// A riser's name plate: the node's button (the inspector opens on it) with its name and `● STATUS`,
// the crew's road case at its end, and under it the CPU and memory its pods request of what the node
// can allocate, or the troubled conditions of a Ready node.
import type { Node, Pod } from '../../engine';
import { capacityUse, formatCpu, formatMemory, nodeIsReady, nodeStatusText, troubledConditions } from '../stage/node-capacity';
import { crewOn } from '../stage/crew-layout';
import { useAppState, useSession } from '../stage/use-session';
import type { Box } from './geometry';
import type { PlateType } from './plate-type';
import { crewCaseFits, crewRoom, fitStatus } from './plate-words';
import { RiserCrewCase } from './RiserCrewCase';
import { fitText } from './wrap';

export function RiserPlate({
  name,
  node,
  pods,
  box,
  gone,
  type,
}: {
  name: string;
  node?: Node;
  pods: readonly Pod[];
  box: Box;
  gone?: boolean;
  type: PlateType;
}) {
  const session = useSession();
  const crew = useAppState((s) => crewOn(s.crew, name));
  const selected = useAppState((s) => s.selection?.kind === 'Node' && s.selection.name === name);
  const ready = node ? nodeIsReady(node) : false;
  const status = node ? nodeStatusText(node) : 'Unknown';
  const use = node ? capacityUse(node, pods) : undefined;
  const troubled = node ? troubledConditions(node) : [];
  const fs = type.title;
  const small = type.small;
  const select = () => session.actions.select({ kind: 'Node', name });
  const capacity = use
    ? `CPU ${formatCpu(use.cpuRequested)} / ${formatCpu(use.cpuAllocatable)} · mem ${formatMemory(use.memoryRequested)} / ${formatMemory(use.memoryAllocatable)}`
    : '';
  const second = box.y + fs * 1.35 + small * 1.15;
  const room = crewRoom(crew, small);
  const shown = fitStatus(name, status, type, box.w - 12 - room);
  const showCrew = !!crew && crewCaseFits(name, shown, type, box.w - 12, room);
  return (
    <g className="riser__plate">
      {/* The name plate is the node's button: the inspector opens on it. */}
      {/* biome-ignore lint/a11y/useSemanticElements: an SVG group cannot be a <button>; it takes the role, focus and keys of one. */}
      <g
        role="button"
        tabIndex={node ? 0 : -1}
        aria-label={`Inspect ${name}`}
        aria-pressed={selected}
        className={`riser__name${selected ? ' riser__name--selected' : ''}`}
        onClick={node ? select : undefined}
        onKeyDown={(e) => {
          if (node && (e.key === 'Enter' || e.key === ' ')) {
            e.preventDefault();
            select();
          }
        }}
      >
        <rect x={box.x} y={box.y} width={box.w} height={type.twoLines ? type.plateH - 2 : fs * 1.35} rx={4} className="riser__name-bg" />
        <text x={box.x + 6} y={box.y + fs * 1.02} className="riser__title" fontSize={fs}>
          {name}
          {type.twoLines ? (
            <tspan
              className={ready ? 'riser__status--ready' : 'riser__status--down'}
              x={box.x + 6}
              dy={small * 1.25}
              fontSize={small}
              {...fitText(`○ ${status}`, small, box.w - 12)}
            >
              {`${ready ? '●' : '○'} ${status}`}
            </tspan>
          ) : (
            <tspan className={ready ? 'riser__status--ready' : 'riser__status--down'} dx={fs * 0.4} fontSize={small}>
              {`${ready ? '●' : '○'} ${shown}`}
            </tspan>
          )}
        </text>
      </g>
      {showCrew && <RiserCrewCase words={crew} right={box.x + box.w - 5} top={box.y + (fs * 1.35 - small) / 2} size={small} />}
      {use && box.h > 30 && !type.twoLines && (
        <text x={box.x + 6} y={second} className="riser__capacity" fontSize={small} {...fitText(capacity, small, box.w - 8)}>
          <title>{`Requested by its pods, of what the node can allocate: CPU ${formatCpu(use.cpuRequested)} of ${formatCpu(use.cpuAllocatable)}, memory ${formatMemory(use.memoryRequested)} of ${formatMemory(use.memoryAllocatable)}`}</title>
          {capacity}
        </text>
      )}
      {troubled.length > 0 && ready && box.h > 30 && !type.twoLines && (
        <text
          x={box.x + 6}
          y={second + small * 1.2}
          className="riser__conditions"
          fontSize={small}
          {...fitText(`Conditions: ${troubled.join(', ')}`, small, box.w - 8)}
        >
          {`Conditions: ${troubled.join(', ')}`}
        </text>
      )}
      {!node && gone && !type.twoLines && (
        <text
          x={box.x + 6}
          y={second}
          className="riser__capacity"
          fontSize={small}
          {...fitText('Node deleted: these pods have no stage', small, box.w - 8)}
        >
          Node deleted: these pods have no stage
        </text>
      )}
    </g>
  );
}
