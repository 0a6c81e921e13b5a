import { describe, expect, it } from 'vitest';
import {
  PROGRESS_BACKUP_KEY,
  PROGRESS_KEY,
  type Progress,
  type StorageLike,
  emptyProgress,
  exportProgress,
  importProgress,
  loadProgress,
  readBackup,
  recordComplete,
  recordStep,
  saveProgress,
} from './progress';

const SLUGS = ['self-healing', 'scaling', 'rollouts'];

function memoryStorage(initial: Record<string, string> = {}): StorageLike & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

const throwing = (name: string, message = 'nope'): StorageLike => ({
  getItem: () => {
    throw Object.assign(new Error(message), { name });
  },
  setItem: () => {
    throw Object.assign(new Error(message), { name });
  },
});

const good: Progress = {
  version: 1,
  lessons: { scaling: { step: 2, completed: false }, 'self-healing': { step: 3, completed: true, completedAt: 1700000000000 } },
};

describe('loadProgress', () => {
  it('starts empty with no notice when nothing is saved', () => {
    expect(loadProgress(memoryStorage(), SLUGS)).toEqual({ progress: emptyProgress() });
  });

  it('reads a valid record back as saved', () => {
    const s = memoryStorage();
    expect(saveProgress(s, good)).toBeUndefined();
    expect(loadProgress(s, SLUGS)).toEqual({ progress: good });
    expect(s.data.has(PROGRESS_BACKUP_KEY)).toBe(false);
  });

  const aside = ` It is kept in this browser under "${PROGRESS_BACKUP_KEY}" and you start with fresh progress.`;
  it.each([
    ['unparsable JSON', '{"version":1,', `Saved progress was damaged and was set aside.${aside}`],
    ['a JSON string', '"hello"', `Saved progress was damaged and was set aside.${aside}`],
    ['no version', '{"lessons":{}}', `Saved progress was damaged and was set aside.${aside}`],
    ['lessons not an object', '{"version":1,"lessons":[]}', `Saved progress was damaged and was set aside.${aside}`],
    [
      'a bad step',
      '{"version":1,"lessons":{"scaling":{"step":-1,"completed":false}}}',
      `Saved progress was damaged and was set aside.${aside}`,
    ],
    ['an older version', '{"version":0,"lessons":{}}', `Saved progress from an older version of Podchestra was set aside.${aside}`],
    ['a newer version', '{"version":2,"lessons":{}}', `Saved progress from a newer version of Podchestra was set aside.${aside}`],
    [
      'a __proto__ key',
      '{"version":1,"lessons":{"__proto__":{"step":0,"completed":true}}}',
      `Saved progress was damaged and was set aside.${aside}`,
    ],
  ])('sets aside %s with a notice and keeps the raw record as a backup', (_name, raw, notice) => {
    const s = memoryStorage({ [PROGRESS_KEY]: raw });
    expect(loadProgress(s, SLUGS)).toEqual({ progress: emptyProgress(), notice });
    expect(s.data.get(PROGRESS_BACKUP_KEY)).toBe(raw);
    expect(readBackup(s)).toBe(raw);
    // The original stays until the app next saves: nothing is deleted behind the learner's back.
    expect(s.data.get(PROGRESS_KEY)).toBe(raw);
  });

  it('keeps known lessons and sets aside unknown ones with a notice', () => {
    const raw = JSON.stringify({
      version: 1,
      lessons: { scaling: { step: 1, completed: false }, 'old-lesson': { step: 0, completed: true } },
    });
    const s = memoryStorage({ [PROGRESS_KEY]: raw });
    expect(loadProgress(s, SLUGS)).toEqual({
      progress: { version: 1, lessons: { scaling: { step: 1, completed: false } } },
      notice: `Saved progress for lessons this version does not have (old-lesson) was set aside. It is kept in this browser under "${PROGRESS_BACKUP_KEY}".`,
    });
    expect(s.data.get(PROGRESS_BACKUP_KEY)).toBe(raw);
  });

  it('never throws when storage is blocked', () => {
    expect(loadProgress(throwing('SecurityError'), SLUGS)).toEqual({
      progress: emptyProgress(),
      notice: 'This browser does not let Podchestra read saved progress, so progress is not kept.',
    });
    expect(readBackup(throwing('SecurityError'))).toBeNull();
  });

  it('says fresh progress without naming a backup when the backup cannot be written', () => {
    const s: StorageLike = {
      getItem: () => '{',
      setItem: () => {
        throw new Error('full');
      },
    };
    expect(loadProgress(s, SLUGS).notice).toBe('Saved progress was damaged and was set aside. You start with fresh progress.');
  });
});

describe('saveProgress', () => {
  it.each([
    ['QuotaExceededError', 'x', 'Progress could not be saved: this browser’s storage for Podchestra is full.'],
    ['Error', 'exceeded the quota', 'Progress could not be saved: this browser’s storage for Podchestra is full.'],
    ['SecurityError', 'denied', 'Progress could not be saved: this browser does not let Podchestra store data.'],
  ])('returns a message for %s instead of throwing', (name, message, expected) => {
    expect(saveProgress(throwing(name, message), good)).toBe(expected);
  });
});

describe('recordStep and recordComplete', () => {
  it('records the step without touching completion, and does not mutate its input', () => {
    const p0 = emptyProgress();
    const p1 = recordStep(p0, 'scaling', 2);
    expect(p0).toEqual(emptyProgress());
    expect(p1.lessons.scaling).toEqual({ step: 2, completed: false });
    const p2 = recordStep(recordComplete(p1, 'scaling', 5000), 'scaling', 0);
    expect(p2.lessons.scaling).toEqual({ step: 0, completed: true, completedAt: 5000 });
  });

  it('does not find Object.prototype members for odd slugs', () => {
    expect(recordStep(emptyProgress(), 'constructor', 1).lessons.constructor).toEqual({ step: 1, completed: false });
  });

  it('stores only the two score figures', () => {
    const score = { availability: 1, commands: 2, passed: true };
    expect(recordComplete(emptyProgress(), 'scaling', 1, score).lessons.scaling.bestScore).toEqual({ availability: 1, commands: 2 });
  });

  it('keeps the first completion time', () => {
    const p = recordComplete(recordComplete(emptyProgress(), 'rollouts', 100), 'rollouts', 999);
    expect(p.lessons.rollouts).toEqual({ step: 0, completed: true, completedAt: 100 });
  });

  it.each([
    ['first score is kept', undefined, { availability: 0.975, commands: 4 }, { availability: 0.975, commands: 4 }],
    [
      'higher availability wins',
      { availability: 0.975, commands: 4 },
      { availability: 0.99, commands: 9 },
      { availability: 0.99, commands: 9 },
    ],
    [
      'lower availability loses',
      { availability: 0.99, commands: 9 },
      { availability: 0.98, commands: 1 },
      { availability: 0.99, commands: 9 },
    ],
    [
      'tie: fewer commands wins',
      { availability: 0.99, commands: 9 },
      { availability: 0.99, commands: 3 },
      { availability: 0.99, commands: 3 },
    ],
    [
      'tie: more commands loses',
      { availability: 0.99, commands: 3 },
      { availability: 0.99, commands: 5 },
      { availability: 0.99, commands: 3 },
    ],
  ])('best score: %s', (_n, before, score, best) => {
    const start = before ? recordComplete(emptyProgress(), 'scaling', 1, before) : emptyProgress();
    expect(recordComplete(start, 'scaling', 2, score).lessons.scaling.bestScore).toEqual(best);
  });
});

describe('exportProgress and importProgress', () => {
  it('exports pretty JSON with lessons sorted, and imports it back unchanged', () => {
    const text = exportProgress(good);
    expect(text).toBe(
      '{\n  "version": 1,\n  "lessons": {\n    "scaling": {\n      "step": 2,\n      "completed": false\n    },\n' +
        '    "self-healing": {\n      "step": 3,\n      "completed": true,\n      "completedAt": 1700000000000\n    }\n  }\n}\n',
    );
    expect(importProgress(text, SLUGS)).toEqual({ progress: good });
  });

  it('drops unknown lessons with a note', () => {
    const text = JSON.stringify({
      version: 1,
      lessons: { scaling: { step: 1, completed: true }, gone: { step: 0, completed: false }, 'Bad Name!': { step: 0, completed: false } },
    });
    expect(importProgress(text, SLUGS)).toEqual({
      progress: { version: 1, lessons: { scaling: { step: 1, completed: true } } },
      note: 'Skipped lessons this version does not have: gone, (unreadable name).',
    });
  });

  it('strips fields it does not know', () => {
    const text = JSON.stringify({ version: 1, extra: 1, lessons: { scaling: { step: 1, completed: true, html: '<img onerror=x>' } } });
    expect(importProgress(text, SLUGS)).toEqual({ progress: { version: 1, lessons: { scaling: { step: 1, completed: true } } } });
  });

  const damaged = (d: string) => ({ error: `This progress file is damaged: ${d}.` });
  it.each([
    [
      'too large',
      `{"version":1,"lessons":{},"pad":"${'x'.repeat(100_000)}"}`,
      { error: 'This file is too large to be Podchestra progress (over 100 kB).' },
    ],
    ['not JSON', 'step: 3', { error: 'This file is not Podchestra progress: it is not valid JSON.' }],
    ['an array', '[]', damaged('it is not a progress record')],
    ['null', 'null', damaged('it is not a progress record')],
    ['no version', '{"lessons":{}}', damaged('it has no version number')],
    ['version as text', '{"version":"1","lessons":{}}', damaged('it has no version number')],
    [
      'newer',
      '{"version":7,"lessons":{}}',
      { error: 'This progress file comes from a newer version of Podchestra; update Podchestra to import it.' },
    ],
    [
      'older',
      '{"version":0,"lessons":{}}',
      { error: 'This progress file comes from an older version of Podchestra and cannot be imported.' },
    ],
    ['no lessons', '{"version":1}', damaged('it has no list of lessons')],
    [
      '__proto__ at top',
      '{"version":1,"lessons":{},"__proto__":{"polluted":true}}',
      damaged('it contains the key "__proto__", which Podchestra never writes'),
    ],
    [
      'constructor deep',
      '{"version":1,"lessons":{"scaling":{"step":0,"completed":true,"bestScore":{"constructor":{}}}}}',
      damaged('it contains the key "constructor", which Podchestra never writes'),
    ],
    [
      'prototype slug',
      '{"version":1,"lessons":{"prototype":{}}}',
      damaged('it contains the key "prototype", which Podchestra never writes'),
    ],
    ['entry not a record', '{"version":1,"lessons":{"scaling":3}}', damaged('the lesson "scaling" is not a record')],
    [
      'fractional step',
      '{"version":1,"lessons":{"scaling":{"step":1.5,"completed":false}}}',
      damaged('the lesson "scaling" has a step that is not a whole number from 0 to 99'),
    ],
    [
      'huge step',
      '{"version":1,"lessons":{"scaling":{"step":100,"completed":false}}}',
      damaged('the lesson "scaling" has a step that is not a whole number from 0 to 99'),
    ],
    [
      'step as text',
      '{"version":1,"lessons":{"scaling":{"step":"2","completed":false}}}',
      damaged('the lesson "scaling" has a step that is not a whole number from 0 to 99'),
    ],
    [
      'completed as text',
      '{"version":1,"lessons":{"scaling":{"step":2,"completed":"yes"}}}',
      damaged('the lesson "scaling" has "completed" that is neither true nor false'),
    ],
    [
      'negative time',
      '{"version":1,"lessons":{"scaling":{"step":2,"completed":true,"completedAt":-5}}}',
      damaged('the lesson "scaling" has a completion time that is not a valid time'),
    ],
    [
      'score not a record',
      '{"version":1,"lessons":{"scaling":{"step":2,"completed":true,"bestScore":[]}}}',
      damaged('the lesson "scaling" has a best score that is not a record'),
    ],
    [
      'availability over 100',
      '{"version":1,"lessons":{"scaling":{"step":2,"completed":true,"bestScore":{"availability":1.01,"commands":1}}}}',
      damaged('the lesson "scaling" has an availability that is not a share from 0 to 1'),
    ],
    [
      'commands fractional',
      '{"version":1,"lessons":{"scaling":{"step":2,"completed":true,"bestScore":{"availability":0.99,"commands":1.5}}}}',
      damaged('the lesson "scaling" has a command count that is not a whole number'),
    ],
  ])('refuses %s with an exact message', (_name, text, expected) => {
    expect(importProgress(text, SLUGS)).toEqual(expected);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
