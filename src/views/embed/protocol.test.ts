import { describe, expect, it, vi } from 'vitest';
import { createEmbedBridge, type MessageEventLike, parseOrigin, readEmbedParams, readIncoming } from './protocol';

const BAD_ORIGIN =
  'The origin in the address is not a web origin such as https://course.example, so this page will not talk to the page around it.';
const BAD_LESSON = 'The lesson name in the address is not valid (lowercase letters, digits and dashes only), so no lesson was opened.';

describe('parseOrigin', () => {
  it.each([
    ['https://course.example', 'https://course.example'],
    ['http://127.0.0.1:4174', 'http://127.0.0.1:4174'],
    ['http://localhost:8080', 'http://localhost:8080'],
    ['https://course.example/', undefined],
    ['https://course.example/k8s', undefined],
    ['https://course.example?x=1', undefined],
    ['https://course.example#x', undefined],
    ['https://user:pw@course.example', undefined],
    ['https://Course.Example', undefined],
    ['https://course.example:443', undefined],
    ['ftp://course.example', undefined],
    ['javascript:alert(1)', undefined],
    ['null', undefined],
    ['*', undefined],
    ['', undefined],
    ['course.example', undefined],
  ])('%j → %j', (text, expected) => {
    expect(parseOrigin(text)).toBe(expected);
  });
});

describe('readEmbedParams', () => {
  it.each([
    ['', { embed: false, sandbox: false, notices: [] }],
    [
      '?lesson=self-healing&embed=1&origin=https%3A%2F%2Fcourse.example',
      { lesson: 'self-healing', embed: true, sandbox: false, origin: 'https://course.example', notices: [] },
    ],
    [
      '?lesson=scaling&embed=1&origin=https://course.example',
      { lesson: 'scaling', embed: true, sandbox: false, origin: 'https://course.example', notices: [] },
    ],
    ['?sandbox', { embed: false, sandbox: true, notices: [] }],
    ['?build', { embed: false, sandbox: true, build: true, notices: [] }],
    ['?sandbox=0&embed=false', { embed: false, sandbox: false, notices: [] }],
    ['?embed', { embed: true, sandbox: false, notices: [] }],
    ['?lesson=%3Cscript%3E', { embed: false, sandbox: false, notices: [BAD_LESSON] }],
    ['?lesson=Self-Healing', { embed: false, sandbox: false, notices: [BAD_LESSON] }],
    [`?lesson=${'a'.repeat(41)}`, { embed: false, sandbox: false, notices: [BAD_LESSON] }],
    ['?lesson=no-such-lesson', { lesson: 'no-such-lesson', embed: false, sandbox: false, notices: [] }],
    ['?embed=1&origin=https://course.example/k8s/', { embed: true, sandbox: false, notices: [BAD_ORIGIN] }],
    ['?origin=*', { embed: false, sandbox: false, notices: [BAD_ORIGIN] }],
    ['?lesson=x!&origin=null', { embed: false, sandbox: false, notices: [BAD_LESSON, BAD_ORIGIN] }],
  ])('%s', (search, expected) => {
    expect(readEmbedParams(search)).toEqual(expected);
  });
});

describe('readIncoming', () => {
  it.each<[unknown, unknown]>([
    [
      { type: 'start', lesson: 'scaling' },
      { type: 'start', lesson: 'scaling' },
    ],
    [
      { type: 'start', lesson: 'scaling', extra: 1 },
      { type: 'start', lesson: 'scaling' },
    ],
    [{ type: 'reset' }, { type: 'reset' }],
    [{ type: 'start' }, undefined],
    [{ type: 'start', lesson: '../x' }, undefined],
    [{ type: 'start', lesson: 3 }, undefined],
    [{ type: 'step', lesson: 'scaling' }, undefined],
    ['{"type":"reset"}', undefined],
    [null, undefined],
    [[{ type: 'reset' }], undefined],
  ])('%j → %j', (data, expected) => {
    expect(readIncoming(data)).toEqual(expected);
  });
});

function harness(origin = 'https://course.example') {
  const parent = { postMessage: vi.fn() };
  let handler: ((e: MessageEventLike) => void) | undefined;
  const listen = {
    addEventListener: vi.fn((_t: 'message', h: (e: MessageEventLike) => void) => void (handler = h)),
    removeEventListener: vi.fn((_t: 'message', h: (e: MessageEventLike) => void) => void (handler === h && (handler = undefined))),
  };
  const onStart = vi.fn();
  const onReset = vi.fn();
  const bridge = createEmbedBridge({ target: parent, listen, origin, onStart, onReset });
  const send = (e: MessageEventLike) => handler?.(e);
  return { parent, listen, onStart, onReset, bridge, send };
}

describe('createEmbedBridge', () => {
  it('posts well-formed messages to the parent origin only, never "*"', () => {
    const h = harness();
    h.bridge.post('ready', 'self-healing');
    h.bridge.post('step', 'self-healing', 2);
    h.bridge.post('complete', 'scaling', 3, { availability: 0.995, commands: 4 });
    expect(h.parent.postMessage.mock.calls).toEqual([
      [{ source: 'podchestra', type: 'ready', lesson: 'self-healing' }, 'https://course.example'],
      [{ source: 'podchestra', type: 'step', lesson: 'self-healing', step: 2 }, 'https://course.example'],
      [
        { source: 'podchestra', type: 'complete', lesson: 'scaling', step: 3, score: { availability: 0.995, commands: 4 } },
        'https://course.example',
      ],
    ]);
  });

  it('accepts start and reset from exactly the parent origin', () => {
    const h = harness();
    h.send({ origin: 'https://course.example', data: { type: 'start', lesson: 'rollouts' }, source: h.parent });
    h.send({ origin: 'https://course.example', data: { type: 'reset' } });
    expect(h.onStart.mock.calls).toEqual([['rollouts']]);
    expect(h.onReset).toHaveBeenCalledTimes(1);
  });

  it.each<[string, MessageEventLike]>([
    ['another origin', { origin: 'https://evil.example', data: { type: 'reset' } }],
    ['a sub-domain', { origin: 'https://a.course.example', data: { type: 'reset' } }],
    ['another port', { origin: 'https://course.example:8443', data: { type: 'reset' } }],
    ['http instead of https', { origin: 'http://course.example', data: { type: 'reset' } }],
    ['a null origin', { origin: 'null', data: { type: 'reset' } }],
    ['a sibling frame of the same origin', { origin: 'https://course.example', data: { type: 'reset' }, source: {} }],
    ['malformed data', { origin: 'https://course.example', data: { type: 'start', lesson: '<b>' } }],
    ['a string', { origin: 'https://course.example', data: 'reset' }],
  ])('ignores %s', (_n, event) => {
    const h = harness();
    h.send(event);
    expect(h.onStart).not.toHaveBeenCalled();
    expect(h.onReset).not.toHaveBeenCalled();
  });

  it('is silent and listens to nothing when the origin is not valid', () => {
    const h = harness('*');
    h.bridge.post('ready', 'self-healing');
    expect(h.parent.postMessage).not.toHaveBeenCalled();
    expect(h.listen.addEventListener).not.toHaveBeenCalled();
  });

  it('stops posting and listening after dispose', () => {
    const h = harness();
    h.bridge.dispose();
    expect(h.listen.removeEventListener).toHaveBeenCalledTimes(1);
    h.bridge.post('ready', 'self-healing');
    h.send({ origin: 'https://course.example', data: { type: 'reset' } });
    expect(h.parent.postMessage).not.toHaveBeenCalled();
    expect(h.onReset).not.toHaveBeenCalled();
  });

  it('survives a parent that throws and a handler that throws', () => {
    const parent = {
      postMessage: () => {
        throw new Error('DataCloneError');
      },
    };
    const listen = { addEventListener: vi.fn(), removeEventListener: vi.fn() };
    const bridge = createEmbedBridge({
      target: parent,
      listen,
      origin: 'https://course.example',
      onStart: () => undefined,
      onReset: () => {
        throw new Error('boom');
      },
    });
    expect(() => bridge.post('ready', 'self-healing')).not.toThrow();
    const handler = listen.addEventListener.mock.calls[0][1] as (e: MessageEventLike) => void;
    expect(() => handler({ origin: 'https://course.example', data: { type: 'reset' } })).not.toThrow();
  });
});
