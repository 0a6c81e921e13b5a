import { describe, expect, it } from 'vitest';
import { createCueBoard } from './stage-cues';

describe('cue board', () => {
  it('lights each named stage until its time runs out, and a newer cue outlives an older timer', () => {
    const timers: (() => void)[] = [];
    const board = createCueBoard((fn) => timers.push(fn));
    const calls: string[] = [];
    const off = board.subscribe('node-1', () => calls.push(`node-1:${board.get('node-1')?.id ?? 'dark'}`));
    board.subscribe('node-2', () => calls.push(`node-2:${board.get('node-2')?.id ?? 'dark'}`));
    board.light(['node-1', 'node-2'], { id: 7, text: 'kubelet ← watch' }, 1000);
    expect(board.get('node-2')).toEqual({ id: 7, text: 'kubelet ← watch' });
    board.light(['node-1'], { id: 9, text: 'kubelet → update' }, 1000);
    timers[0](); // node-1's first timer: stale, node-1 stays lit with cue 9
    timers[1](); // node-2's timer
    expect(board.get('node-1')?.id).toBe(9);
    expect(board.get('node-2')).toBeUndefined();
    timers[2]();
    expect(board.get('node-1')).toBeUndefined();
    off();
    board.light(['node-1'], { id: 10, text: 'x' }, 1);
    expect(calls).toEqual(['node-1:7', 'node-2:7', 'node-1:9', 'node-2:dark', 'node-1:dark']);
  });
});
