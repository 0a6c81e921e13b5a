// Following commands (`get -w`, `rollout status`, `logs -f`, `wait`): after their first answer they
// keep printing as virtual time passes. The engine has no timers of its own for them: a Follower
// subscribes to the store (so what it prints is decided by the cluster's events, the same for the
// same seed and commands), and whoever shows it (the console) reads it after each advance. It ends
// on its own condition, at its --timeout (events after the deadline are not printed), or by stop()
// (Ctrl-C). It is the terminal's state, not the cluster's: never in a snapshot.
import type { KObject, WatchEvent } from '../objects/types';
import type { KubectlContext } from './context';

export interface FollowChunk {
  stdout: string;
  stderr: string;
  /** Set once the command has ended (130 after stop(), as a shell reports Ctrl-C). */
  exitCode?: number;
}

export interface Follower {
  /** Output written since the last read, and the exit code once the command has ended. */
  read(): FollowChunk;
  /** Ctrl-C: stops following. */
  stop(): void;
}

export class StoreFollower implements Follower {
  private out = '';
  private err = '';
  private exitCode: number | undefined;
  private readonly unsubscribe: () => void;
  /** Called on each read while running (a follower that polls, such as logs -f). */
  poll?: () => void;
  /** Called once when --timeout passes before the command ended. */
  onTimeout?: () => void;

  constructor(
    protected readonly ctx: KubectlContext,
    onEvent: (event: WatchEvent, resource: string) => void,
    private readonly deadline?: number,
  ) {
    this.unsubscribe = ctx.api.store.subscribe((event, resource) => {
      if (this.exitCode === undefined && !this.pastDeadline()) onEvent(event, resource);
    });
  }

  private pastDeadline(): boolean {
    return this.deadline !== undefined && this.ctx.now() > this.deadline;
  }

  write(text: string): void {
    this.out += text;
  }

  error(text: string): void {
    this.err += text;
  }

  end(exitCode: number): void {
    if (this.exitCode !== undefined) return;
    this.exitCode = exitCode;
    this.unsubscribe();
  }

  get ended(): boolean {
    return this.exitCode !== undefined;
  }

  read(): FollowChunk {
    if (this.exitCode === undefined) this.poll?.();
    if (this.exitCode === undefined && this.deadline !== undefined && this.ctx.now() >= this.deadline) {
      if (this.onTimeout) this.onTimeout();
      else this.end(0);
    }
    const chunk = { stdout: this.out, stderr: this.err, exitCode: this.exitCode };
    this.out = '';
    this.err = '';
    return chunk;
  }

  stop(): void {
    this.end(130);
  }
}

/** The virtual ms a Go duration string (already validated by the flag parser) ends at, from now. */
export function deadlineAfter(ctx: KubectlContext, ms: number | undefined): number | undefined {
  return ms === undefined || ms <= 0 ? undefined : ctx.now() + ms;
}

export type { KObject };
