// How kubectl prints API errors (cmdutil.CheckErr / StandardErrorMessage):
// a 422 with causes becomes `The <Kind> "<name>" is invalid: <cause>` (several causes on
// `* ` lines), one with no kind and name `The request is invalid: …`; anything else
// `Error from server (<Reason>): <message>` (`Error from server: …` when the reason is unknown).
// [k8s: staging/src/k8s.io/kubectl/pkg/cmd/util/helpers.go]
import type { StatusError } from '../api/errors';

export function formatApiError(e: StatusError, context?: string): string {
  const s = e.status;
  if (s.reason === 'Invalid' && s.details?.causes?.length) {
    const kind = s.details.kind ?? '';
    const name = s.details.name ?? '';
    const causes = s.details.causes.map((c) => (c.field ? `${c.field}: ${c.message}` : c.message));
    if (!kind && !name) return `The request is invalid: ${causes.length === 1 ? causes[0] : `\n${causes.map((c) => `* ${c}`).join('\n')}`}`;
    if (causes.length === 1) return `The ${kind} "${name}" is invalid: ${causes[0]}`;
    return `The ${kind} "${name}" is invalid: \n${causes.map((c) => `* ${c}`).join('\n')}`;
  }
  if (s.reason === 'Invalid' && s.details && !s.details.kind && !s.details.name) {
    // No kind or name (a patch the server could not apply): the server's message when there are no causes.
    const head = s.message ? `The request is invalid: ${s.message}` : 'The request is invalid';
    return head;
  }
  const message = context ? `${context}: ${s.message}` : s.message;
  return s.reason ? `Error from server (${s.reason}): ${message}` : `Error from server: ${message}`;
}
