// A node as a stage: its name and STATUS, CPU and memory requested against allocatable, taints
// and cordon as props with words on them, the lights out when the node is not Ready, and its
// musicians (oldest first; a crowd beyond MAX_SEATS becomes "+N more"). A podium note to or from
// this node's kubelet or kube-proxy lights the stage for a moment, saying what it carried.
import { AnimatePresence } from 'motion/react';
import { memo, useCallback } from 'react';
import type { Node, Pod } from '../../engine';
import { Musician } from './Musician';
import { capacityUse, formatCpu, formatMemory, nodeIsReady, nodeStatusText, share, troubledConditions } from './node-capacity';
import { useStageCue } from './stage-cues';
import { cast, seat, seatsPerStage } from './stage-layout';
import { useAppList, useAppState, useSession } from './use-session';

function Bar({ label, used, total, text }: { label: string; used: number; total: number; text: string }) {
  const pct = Math.round(share(used, total) * 100);
  return (
    <div className="capacity">
      <span className="capacity__label">{label}</span>
      <span className="capacity__track" aria-hidden="true">
        <span className={`capacity__fill${pct >= 90 ? ' capacity__fill--full' : ''}`} style={{ width: `${pct}%` }} />
      </span>
      <span className="capacity__text">{`${text} requested (${pct}%)`}</span>
    </div>
  );
}

/** Conditions off their healthy value, in words (the lights say only Ready / not Ready). */
function Conditions({ node }: { node: Node }) {
  const troubled = troubledConditions(node);
  if (troubled.length === 0) return null;
  return <p className="stage__conditions">{`Conditions: ${troubled.join(', ')}`}</p>;
}

function Props({ node }: { node: Node }) {
  const taints = node.spec?.taints ?? [];
  if (!node.spec?.unschedulable && taints.length === 0) return null;
  return (
    <ul className="props" aria-label="Taints and cordon">
      {node.spec?.unschedulable && <li className="prop prop--rope">cordoned: no new pods</li>}
      {taints.map((t) => (
        <li key={`${t.key}:${t.effect}`} className="prop prop--taint">
          taint {t.key}
          {t.value ? `=${t.value}` : ''}:{t.effect}
        </li>
      ))}
    </ul>
  );
}

const NO_PODS: Pod[] = [];

/** The spotlight and its caption; only this re-renders when a note arrives. */
function Cue({ node }: { node: string }) {
  const cue = useStageCue(node);
  if (!cue) return null;
  return (
    <>
      <span key={`light-${cue.id}`} className="stage__spotlight" aria-hidden="true" />
      <span key={`text-${cue.id}`} className="stage__cue">
        {cue.text}
      </span>
    </>
  );
}

export const NodeStage = memo(function NodeStage({ name, gone }: { name: string; gone?: boolean }) {
  const session = useSession();
  const node = useAppState((s) => s.nodes.find((n) => n.metadata.name === name));
  const pods = useAppList((s) => cast(s.nodes, s.pods).byNode.get(name) ?? NO_PODS);
  const selectedName = useAppState((s) => (s.selection?.kind === 'Pod' ? s.selection.name : undefined));
  const selectedNode = useAppState((s) => s.selection?.kind === 'Node' && s.selection.name === name);
  const onSelect = useCallback(
    (p: Pod) => session.actions.select({ kind: 'Pod', namespace: p.metadata.namespace, name: p.metadata.name }),
    [session],
  );
  const ready = node ? nodeIsReady(node) : false;
  const status = node ? nodeStatusText(node) : 'Unknown';
  const use = node ? capacityUse(node, pods) : undefined;
  const stages = useAppState((s) => s.nodes.length);
  const { seated, overflow } = seat(pods, seatsPerStage(stages));
  const dark = !ready;
  return (
    <section
      className={`stage${dark ? ' stage--dark' : ''}${node?.spec?.unschedulable ? ' stage--cordoned' : ''}`}
      aria-label={`Node ${name}`}
      // Focus lands here when a focused musician leaves this stage (Musician.tsx).
      tabIndex={-1}
    >
      <Cue node={name} />
      <header className="stage__header">
        <h3 className="stage__name">{name}</h3>
        <span className={`stage__status${ready ? ' stage__status--ready' : ' stage__status--down'}`}>{status}</span>
        {node && (
          <button
            type="button"
            className="stage__inspect"
            aria-pressed={selectedNode}
            onClick={() => session.actions.select({ kind: 'Node', name })}
          >
            {`Inspect ${name}`}
          </button>
        )}
      </header>
      {dark && <p className="stage__dark-label">{gone ? 'Node deleted: these pods have no stage' : 'Lights out: the node is not Ready'}</p>}
      {use && (
        <div className="stage__capacity">
          <Bar
            label="CPU"
            used={use.cpuRequested}
            total={use.cpuAllocatable}
            text={`${formatCpu(use.cpuRequested)} / ${formatCpu(use.cpuAllocatable)}`}
          />
          <Bar
            label="Memory"
            used={use.memoryRequested}
            total={use.memoryAllocatable}
            text={`${formatMemory(use.memoryRequested)} / ${formatMemory(use.memoryAllocatable)}`}
          />
        </div>
      )}
      {node && <Conditions node={node} />}
      {node && <Props node={node} />}
      <ul className="stage__seats" aria-label={`Pods on ${name}`}>
        {/* presenceAffectsLayout off: otherwise every stage render hands each musician a fresh
            presence context, re-rendering all of them and re-measuring every layoutId on the page
            (measured: p95 frame time 33 ms at 1,000 pods). Neighbours of a leaver close up without animating. */}
        <AnimatePresence initial={false} presenceAffectsLayout={false}>
          {seated.map((p) => (
            <Musician key={p.metadata.uid} pod={p} selected={selectedName === p.metadata.name} onSelect={onSelect} />
          ))}
        </AnimatePresence>
        {overflow > 0 && <li className="stage__crowd">{`+${overflow} more`}</li>}
      </ul>
      {pods.length === 0 && <p className="stage__empty">No pods on this stage.</p>}
    </section>
  );
});
