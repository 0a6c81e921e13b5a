// The session's console: printing to the store's bounded console, the learner's shell (its
// variables are the terminal's state, engine/console/shell.ts) and the command still following the
// cluster (`get -w`, `logs -f`), read after each advance and stopped by Ctrl-C. The session decides
// which cluster a line runs on and how it is recorded (`kubectl` below); this holds only the terminal.
import type { StoreApi } from 'zustand/vanilla';
import {
  consolePrompt,
  type Follower,
  type FollowedResult,
  type KubectlResult,
  newConsoleShell,
  type OutputChunk,
  runConsoleLine,
  shownLine,
} from '../../engine';
import { MAX_CONSOLE_LINES } from './session-options';
import type { AppState, ConsoleLine } from './types';

/** stdout then stderr of one result, each without its final newline. */
export function outputLines(r: Pick<KubectlResult, 'stdout' | 'stderr'>): ConsoleLine[] {
  const lines: ConsoleLine[] = [];
  if (r.stdout) lines.push({ kind: 'stdout', text: r.stdout.replace(/\n$/, '') });
  if (r.stderr) lines.push({ kind: 'stderr', text: r.stderr.replace(/\n$/, '') });
  return lines;
}

/** A shell's interleaved output as console lines: consecutive chunks of one stream joined. */
function chunkLines(chunks: OutputChunk[]): ConsoleLine[] {
  const lines: ConsoleLine[] = [];
  for (const c of chunks) {
    const last = lines.at(-1);
    if (last && last.kind === c.stream) last.text += c.text;
    else lines.push({ kind: c.stream, text: c.text });
  }
  return lines.map((l) => ({ ...l, text: l.text.replace(/\n$/, '') })).filter((l) => l.text !== '' || l.kind === 'stdout');
}

export class ConsoleRunner {
  private shell = newConsoleShell();
  private follower: Follower | undefined;

  constructor(private readonly store: StoreApi<AppState>) {}

  print(lines: ConsoleLine[]): void {
    const next = [...this.store.getState().console, ...lines];
    this.store.setState({ console: next.length > MAX_CONSOLE_LINES ? next.slice(-MAX_CONSOLE_LINES) : next });
  }

  /** Prints what the following command wrote since the last read; forgets it once it ended. */
  pollFollower(): void {
    if (!this.follower) return;
    const r = this.follower.read();
    this.print(outputLines(r));
    if (r.exitCode !== undefined) {
      this.follower = undefined;
      this.store.setState({ following: undefined });
    }
  }

  /** Ctrl-C: a terminal echoes `^C` and the command prints nothing more. */
  stopFollowing(echo = true): void {
    if (!this.follower) return;
    this.pollFollower();
    this.follower?.stop();
    this.follower = undefined;
    this.store.setState({ following: undefined });
    if (echo) this.print([{ kind: 'stdout', text: '^C' }]);
  }

  /** A fresh terminal (reset): no variables, no container prompt. */
  resetShell(): void {
    this.shell = newConsoleShell();
  }

  /**
   * Echoes `line` at the shell's prompt and runs it; `kubectl(l, stdin, alone)` runs each kubectl
   * the shell calls (`alone`: the only command on the line, so it may follow the cluster).
   */
  run(line: string, kubectl: (l: string, stdin: string | undefined, alone: boolean) => FollowedResult): void {
    const prompt = consolePrompt(this.shell);
    this.print([{ kind: 'input', text: shownLine(line, this.shell), ...(prompt ? { prompt } : {}) }]);
    const r = runConsoleLine(this.shell, line.trim(), {
      kubectl: (l, stdin, alone) => {
        const out = kubectl(l, stdin, alone);
        if (out.follower) {
          this.follower = out.follower;
          this.store.setState({ following: line.trim() });
        }
        return out;
      },
    });
    this.print(chunkLines(r.output));
    // `kubectl exec -it … -- sh` opened a container prompt, or `exit` closed it.
    if (consolePrompt(this.shell) !== this.store.getState().prompt) this.store.setState({ prompt: consolePrompt(this.shell) });
  }
}
