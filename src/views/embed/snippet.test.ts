import { describe, expect, it } from 'vitest';
import { embedSnippet, escapeAttribute } from './snippet';

const lesson = { slug: 'self-healing', title: 'Self-healing: the band replaces a missing player' };

describe('embedSnippet', () => {
  it('builds the iframe for a lesson with the parent origin', () => {
    expect(embedSnippet({ pageUrl: 'https://example.org/k8s/?sandbox#share=1.abc', lesson, origin: 'https://course.example' })).toBe(
      '<iframe src="https://example.org/k8s/?lesson=self-healing&amp;embed=1&amp;origin=https%3A%2F%2Fcourse.example"' +
        ' title="Podchestra lesson: Self-healing: the band replaces a missing player" width="800" height="600" loading="lazy"' +
        ' style="border: 0; max-width: 100%"></iframe>',
    );
  });

  it("carries a teacher's lesson in the frame's fragment, and refuses anything else there", () => {
    const html = embedSnippet({
      pageUrl: 'https://example.org/k8s/?build',
      lesson: { slug: 'scale-and-survive', title: 'Scale and survive' },
      origin: 'https://course.example',
      fragment: 'lesson=1.q1Yq-_8',
    });
    expect(html).toContain(
      'src="https://example.org/k8s/?lesson=scale-and-survive&amp;embed=1&amp;origin=https%3A%2F%2Fcourse.example#lesson=1.q1Yq-_8"',
    );
    expect(() => embedSnippet({ pageUrl: 'https://example.org/', lesson: 'x', fragment: 'share=1.abc' })).toThrow(
      'not a lesson link fragment',
    );
    expect(() => embedSnippet({ pageUrl: 'https://example.org/', lesson: 'x', fragment: 'lesson=1.a"><script>' })).toThrow();
  });

  it('leaves out an origin that is not valid, and clamps the size', () => {
    expect(
      embedSnippet({ pageUrl: 'http://localhost:4174/', lesson, origin: 'https://course.example/page', width: 120, height: 9999.6 }),
    ).toBe(
      '<iframe src="http://localhost:4174/?lesson=self-healing&amp;embed=1" title="Podchestra lesson: Self-healing: the band replaces a missing player"' +
        ' width="400" height="4000" loading="lazy" style="border: 0; max-width: 100%"></iframe>',
    );
  });

  it('escapes attribute text and asks for no permissions', () => {
    const html = embedSnippet({ pageUrl: 'https://example.org/"><script>/', lesson: { slug: 'x', title: `"Quotes" & <tags> 'too'` } });
    expect(html).toContain('title="Podchestra lesson: &quot;Quotes&quot; &amp; &lt;tags&gt; &#39;too&#39;"');
    expect(html).not.toContain('<script>');
    expect(html).not.toMatch(/\sallow[=\s]/);
    expect(html.match(/"/g)?.length).toBe(12);
  });

  it('uses a bare slug as the title', () => {
    expect(embedSnippet({ pageUrl: 'https://example.org/', lesson: 'scaling' })).toContain(' title="Podchestra lesson: scaling" ');
  });

  it('refuses a slug that is not one', () => {
    expect(() => embedSnippet({ pageUrl: 'https://example.org/', lesson: { slug: 'A B', title: 't' } })).toThrow('not a lesson slug: A B');
  });

  it.each([
    ['a&b', 'a&amp;b'],
    ['"\'<>', '&quot;&#39;&lt;&gt;'],
    ['plain', 'plain'],
  ])('escapeAttribute(%j) → %j', (text, expected) => {
    expect(escapeAttribute(text)).toBe(expected);
  });
});
