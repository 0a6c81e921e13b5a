import { expect, it } from 'vitest';
import { shareUrl } from './share-url';

it.each([
  ['http://h/k8s/?lesson=scaling&test#old', 'share=1.x', 'http://h/k8s/?lesson=scaling#share=1.x'],
  ['http://h/', 'share=1.y', 'http://h/#share=1.y'],
])('%s', (href, fragment, want) => expect(shareUrl(href, fragment)).toBe(want));
