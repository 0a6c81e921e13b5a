// The band manager's desk (ConfigMaps as set lists, Secrets as pay slips, one sheet each with its
// name) and the safe (PersistentVolumeClaims as recordings, with their volume), each drawn inside
// its box when it has something to hold, and tied by a line to every musician that uses it (the
// frame loop follows `positions.pod`). Screen readers get each as a list in words (desk-items.ts).
// The store does not mirror ConfigMaps, Secrets or claims, so this reads them from the cluster when
// a watch event says they (or pods) changed, and re-renders only when what is drawn changed.
import { memo, useEffect, useRef, useState } from 'react';
import type { Pod, VolumeDataComponent } from '../../../engine';
import type { Session } from '../../session/types';
import type { Box, Point, SceneLayout, ScenePositions } from '../geometry';
import { useSceneFrame } from '../podium/frame-loop';
import { Hidden } from '../podium/Hidden';
import { useLayerSession } from '../podium/layer-session';
import { shortName } from '../podium/ledger';
import {
  type ClaimLike,
  type ConfigLike,
  type DeskSheet,
  deskSheets,
  recordLabel,
  type SafeItem,
  safeItems,
  safeText,
  sheetText,
  songWords,
  type VolumeLike,
} from './desk-items';
import { TYPE } from '../type-scale';
import { fitText } from '../wrap';
import { podPoint } from './audience';

const WATCHED = new Set(['configmaps', 'secrets', 'persistentvolumeclaims', 'persistentvolumes', 'pods']);
/** Lines drawn at most (the lists in words name every user). */
const MAX_TIES = 40;

interface DeskData {
  sheets: DeskSheet[];
  items: SafeItem[];
}

const EMPTY: DeskData = { sheets: [], items: [] };

/** Songs recorded on a PersistentVolume (volume-data.ts keys a PV's as `pv/<name>`). */
function songsOn(session: Session): ((volume: string) => number) | undefined {
  const data = session.reader().component<VolumeDataComponent>('volume-data');
  return data && ((volume) => data.songs(`pv/${volume}`));
}

function readDesk(session: Session): DeskData {
  if (session.opening) return EMPTY;
  const c = session.reader();
  const pods = c.list<Pod>('Pod');
  return {
    sheets: deskSheets(c.list('ConfigMap') as ConfigLike[], c.list('Secret') as ConfigLike[], pods),
    items: safeItems(c.list('PersistentVolumeClaim') as ClaimLike[], pods, c.list('PersistentVolume') as VolumeLike[], songsOn(session)),
  };
}

/** The songs on the records drawn: recording a song is no API write, so no watch event says it. */
function songsKey(session: Session, items: readonly SafeItem[]): string {
  const on = songsOn(session);
  return on ? items.map((i) => (i.songs !== undefined && i.volume ? on(i.volume) : '')).join(',') : '';
}

function useDeskData(session: Session): DeskData {
  const [data, setData] = useState(() => readDesk(session));
  const shown = useRef(JSON.stringify(data));
  const items = useRef(data.items);
  useEffect(() => {
    let dirty = true;
    let cluster: unknown;
    let shownSongs = '';
    const offWatch = session.watch((e) => {
      if ('resource' in e && WATCHED.has(e.resource)) dirty = true;
    });
    const refresh = () => {
      if (session.opening) return;
      const now = session.reader();
      // A rewind or reset swaps the cluster: read the new one. Songs are counted every tick.
      const songs = songsKey(session, items.current);
      if (!dirty && now === cluster && songs === shownSongs) return;
      dirty = false;
      cluster = now;
      const next = readDesk(session);
      shownSongs = songsKey(session, next.items);
      const key = JSON.stringify(next);
      if (key === shown.current) return;
      shown.current = key;
      items.current = next.items;
      setData(next);
    };
    refresh();
    const offTick = session.onTick(refresh);
    return () => {
      offWatch();
      offTick();
    };
  }, [session]);
  return data;
}

const present = (b: Box | undefined): b is Box => !!b && b.w > 0 && b.h > 0;

interface Tie {
  from: Point;
  pod: string;
}

/**
 * Words and cells: the landscape hall's from its type scale (one sheet a line, under a title line),
 * else the desk's own sizes scaled with its box (portrait).
 */
interface DeskType {
  /** The title's size and baseline offset, in viewBox units. */
  title: number;
  titleY: number;
  /** A sheet's label size and its cell, in the sheet's own (scaled) units. */
  label: number;
  cell: { w: number; h: number };
  /** Where the first cell starts below the box's top, in viewBox units. */
  top: number;
}

function deskType(hall: boolean, box: Box, scale: number): DeskType {
  // Portrait (a phone, about 1:1 with CSS px): one item a line across the box at 8 px, so the
  // safe's 36 units hold its title and three records with their counts (in 120 × 26 cells at half scale
  // they were 4.5 px).
  if (!hall) return { title: 9, titleY: 9, label: 8 / scale, cell: { w: box.w / scale, h: 9 / scale }, top: 11 };
  const small = TYPE.landscape.small;
  return {
    title: small,
    titleY: small * 1.1,
    label: small / scale,
    cell: { w: box.w / scale, h: (small * 1.3) / scale },
    top: small * 1.5,
  };
}

/** Cells in rows across a box (below its title); those that do not fit are counted. */
function cells(box: Box, n: number, scale: number, t: DeskType): { at: Point[]; more: number } {
  const cols = Math.max(1, Math.floor(box.w / (t.cell.w * scale)));
  const rows = Math.max(1, Math.floor((box.h - t.top) / (t.cell.h * scale)));
  const fit = Math.min(n, cols * rows);
  const at = Array.from({ length: fit }, (_, i) => ({
    x: box.x + (i % cols) * t.cell.w * scale + 6 * scale,
    y: box.y + t.top + Math.floor(i / cols) * t.cell.h * scale,
  }));
  return { at, more: n - fit };
}

export const DeskAndSafe = memo(function DeskAndSafe({ layout, positions }: { layout: SceneLayout; positions: ScenePositions }) {
  const session = useLayerSession();
  const { sheets, items } = useDeskData(session);
  const ties: Tie[] = [];
  const desk = present(layout.desk) && sheets.length > 0 ? layout.desk : undefined;
  const safe = present(layout.safe) && items.length > 0 ? layout.safe : undefined;
  const scale = (b: Box) => Math.max(0.5, Math.min(1.3, b.w / 260));
  const hall = layout.orientation === 'landscape';
  const deskT = desk ? deskType(hall, desk, scale(desk)) : undefined;
  const safeT = safe ? deskType(hall, safe, scale(safe)) : undefined;
  const deskCells = desk && deskT ? cells(desk, sheets.length, scale(desk), deskT) : undefined;
  const safeCells = safe && safeT ? cells(safe, items.length, scale(safe), safeT) : undefined;
  deskCells?.at.forEach((p, i) => {
    for (const pod of sheets[i].users) ties.push({ from: { x: p.x + 8 * scale(desk as Box), y: p.y + 10 * scale(desk as Box) }, pod });
  });
  safeCells?.at.forEach((p, i) => {
    for (const pod of items[i].users) ties.push({ from: { x: p.x + 9 * scale(safe as Box), y: p.y + 10 * scale(safe as Box) }, pod });
  });
  const linesRef = useRef<SVGGElement>(null);
  const byName = useRef({ pods: null as readonly Pod[] | null, map: new Map<string, Pod>() });

  useSceneFrame(() => {
    const lines = [...(linesRef.current?.children ?? [])] as SVGLineElement[];
    const { pods } = session.store.getState();
    const b = byName.current;
    if (b.pods !== pods) Object.assign(b, { pods, map: new Map(pods.map((p) => [p.metadata.name, p])) });
    lines.forEach((l, i) => {
      const t = ties[i];
      const to = t && podPoint(layout, positions, b.map.get(t.pod), t.pod);
      if (!t || !to) {
        l.style.visibility = 'hidden';
        return;
      }
      l.setAttribute('x1', String(t.from.x));
      l.setAttribute('y1', String(t.from.y));
      l.setAttribute('x2', String(to.x));
      l.setAttribute('y2', String(to.y));
      l.style.visibility = 'visible';
    });
  });

  if (!desk && !safe) return null;
  return (
    <g className="desk-safe">
      <Hidden>
        <g ref={linesRef}>
          {Array.from({ length: MAX_TIES }, (_, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a fixed pool
            <line key={i} className="desk-safe__tie" style={{ visibility: 'hidden' }} />
          ))}
        </g>
      </Hidden>
      {desk && deskCells && (
        <Holder
          box={desk}
          title={hall ? 'Manager’s desk' : 'Band manager’s desk'}
          type={deskT}
          listName="On the band manager’s desk"
          words={sheets.map(sheetText)}
          more={deskCells.more}
        >
          {deskCells.at.map((p, i) => (
            <g
              key={`${sheets[i].kind}/${sheets[i].namespace}/${sheets[i].name}`}
              transform={`translate(${p.x} ${p.y}) scale(${scale(desk)})`}
            >
              <SheetIcon kind={sheets[i].kind} />
              <Label
                text={`${sheets[i].kind === 'ConfigMap' ? 'set list' : 'pay slip'}: ${shortName(sheets[i].name, 16)}`}
                t={deskT}
                width={desk.w / scale(desk) - 30}
              />
            </g>
          ))}
        </Holder>
      )}
      {safe && safeCells && (
        <Holder
          box={safe}
          title={hall ? 'The safe' : 'The safe: recordings'}
          type={safeT}
          listName="In the safe"
          words={items.map(safeText)}
          more={safeCells.more}
          vault
        >
          {safeCells.at.map((p, i) => (
            <g
              key={`${items[i].namespace}/${items[i].claim}/${items[i].volume}`}
              transform={`translate(${p.x} ${p.y}) scale(${scale(safe)})`}
            >
              <circle
                cx="9"
                cy="10"
                r="8"
                className={items[i].claim ? 'desk-safe__record' : 'desk-safe__record desk-safe__record--blank'}
              />
              <circle cx="9" cy="10" r="2" className="desk-safe__hole" />
              {items[i].songs !== undefined && <title>{`${items[i].claim}: ${songWords(items[i].songs ?? 0)} recorded`}</title>}
              <Label text={recordLabel(items[i], (n) => shortName(n, 16))} t={safeT} width={safe.w / scale(safe) - 30} />
            </g>
          ))}
        </Holder>
      )}
    </g>
  );
});

/** A box with a title, its drawn contents (hidden from screen readers) and the same in words (a list). */
/** A sheet's or a record's words beside its icon, squeezed if the hall's size would overflow the box. */
function Label({ text, t, width }: { text: string; t?: DeskType; width: number }) {
  const hall = t && t.label !== 9;
  return (
    <text
      x="20"
      y={hall ? 9 + t.label * 0.4 : 13}
      className="desk-safe__label"
      style={hall ? { fontSize: t.label } : undefined}
      {...(hall ? fitText(text, t.label, width) : {})}
    >
      {text}
    </text>
  );
}

function Holder({
  box,
  title,
  type,
  listName,
  words,
  more,
  vault,
  children,
}: {
  box: Box;
  title: string;
  type?: DeskType;
  listName: string;
  words: string[];
  more: number;
  vault?: boolean;
  children: React.ReactNode;
}) {
  return (
    <>
      <Hidden>
        <rect
          x={box.x}
          y={box.y}
          width={box.w}
          height={box.h}
          rx={vault ? 4 : 8}
          className={vault ? 'desk-safe__vault' : 'desk-safe__desk'}
        />
        <text
          x={box.x + 6}
          y={box.y + (type?.titleY ?? 13)}
          className="desk-safe__title"
          style={type ? { fontSize: type.title } : undefined}
        >
          {title}
        </text>
        {children}
        {more > 0 ? (
          <text
            x={box.x + box.w - 6}
            y={box.y + box.h - 6}
            textAnchor="end"
            className="desk-safe__label"
            style={type ? { fontSize: type.title } : undefined}
          >
            +{more} more
          </text>
        ) : null}
      </Hidden>
      <foreignObject x={box.x} y={box.y} width="1" height="1">
        <ul className="visually-hidden" aria-label={listName}>
          {words.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      </foreignObject>
    </>
  );
}

/** A set list (a sheet with a stave) or a pay slip (an envelope): shape, not colour, tells them apart. */
function SheetIcon({ kind }: { kind: DeskSheet['kind'] }) {
  if (kind === 'ConfigMap') {
    return (
      <>
        <rect x="2" y="0" width="14" height="19" className="desk-safe__sheet" />
        <path d="M4 5h10M4 8h10M4 11h10M4 14h10" className="desk-safe__ink" />
      </>
    );
  }
  return (
    <>
      <rect x="0" y="4" width="18" height="12" className="desk-safe__sheet" />
      <path d="M0 4l9 7 9-7" className="desk-safe__ink" />
    </>
  );
}
