// Pasting into the console's one-line box: what the terminal would receive, line by line.
import { describe, expect, it } from 'vitest';
import { pastedLines } from './shell-syntax';

describe('pastedLines', () => {
  it("joins the docs' `\\`-continued command into one line", () => {
    const docs =
      'kubectl config set-context dev --namespace=development \\\n  --cluster=lithe-cocoa-92103_kubernetes \\\n  --user=lithe-cocoa-92103_kubernetes';
    expect(pastedLines(docs)).toEqual([
      'kubectl config set-context dev --namespace=development   --cluster=lithe-cocoa-92103_kubernetes   --user=lithe-cocoa-92103_kubernetes',
    ]);
  });

  it('keeps every complete command, in order, and reads CRLF as LF', () => {
    expect(pastedLines('kubectl get pods\r\nkubectl get svc \\\r\n  -o wide\r\n')).toEqual([
      'kubectl get pods',
      'kubectl get svc   -o wide',
      '',
    ]);
  });

  it('a newline inside quotes is part of the word, not the end of a command', () => {
    expect(pastedLines("kubectl patch deploy web -p '{\n  \"spec\": {}\n}'\nkubectl get deploy")).toEqual([
      'kubectl patch deploy web -p \'{   "spec": {} }\'',
      'kubectl get deploy',
    ]);
    expect(pastedLines('echo "a\nb" \\"\nx')).toEqual(['echo "a b" \\"', 'x']);
  });
});
