// A riser's cue words stay at the hall's size and inside the riser: wrapped, shortened, never squeezed.
import { describe, expect, it } from 'vitest';
import { CUE_LINES, cueWords } from './cue-words';
import { TYPE } from './type-scale';

const fs = TYPE.landscape.small;

describe('a riser’s cue words', () => {
  it('wrap a long cue onto two lines that fit the riser at full size', () => {
    const lines = cueWords('kubelet → update nodes/status node-2', fs, 232, fs);
    expect(lines[0]).toBe('kubelet → update');
    expect(lines[1]).toMatch(/^nodes\/status/);
    expect(lines).toHaveLength(2);
    for (const l of lines) expect(l.length * fs * 0.66).toBeLessThanOrEqual(232);
  });

  it('shorten generated names and cut what runs past two lines with an ellipsis', () => {
    const lines = cueWords('kube-proxy ← watch MODIFIED endpointslices nginx-deployment-cf4cd4db7-zvg8b more words', fs, 232, fs);
    expect(lines.length).toBeLessThanOrEqual(CUE_LINES);
    expect(lines[lines.length - 1].endsWith('…')).toBe(true);
    for (const l of lines) expect(l.length * fs * 0.66).toBeLessThanOrEqual(232);
  });

  it('cut a single word longer than the line', () => {
    const [line] = cueWords('x'.repeat(40), fs, 100, fs);
    expect(line.endsWith('…')).toBe(true);
    expect(line.length * fs * 0.66).toBeLessThanOrEqual(100);
  });

  it('write nothing where the riser would shrink the words below the hall’s smallest', () => {
    expect(cueWords('kubelet → update nodes/status node-2', fs * 0.5, 80, fs)).toEqual([]);
  });
});
