// How kubectl prints API errors (cmdutil.CheckErr / StandardErrorMessage):
// a 422 with causes becomes `The <Kind> "<name>" is invalid: <cause>` (several causes on
// `* ` lines); anything else `Error from server (<Reason>): <message>`.
// [k8s: staging/src/k8s.io/kubectl/pkg/cmd/util/helpers.go]
import type { StatusError } from '../api/errors';

export function formatApiError(e: StatusError, context?: string): string {
  const s = e.status;
  if (s.reason === 'Invalid' && s.details?.causes?.length) {
    const kind = s.details.kind ?? '';
    const name = s.details.name ?? '';
    const causes = s.details.causes.map((c) => (c.field ? `${c.field}: ${c.message}` : c.message));
    if (causes.length === 1) return `The ${kind} "${name}" is invalid: ${causes[0]}`;
    return `The ${kind} "${name}" is invalid: \n${causes.map((c) => `* ${c}`).join('\n')}`;
  }
  const message = context ? `${context}: ${s.message}` : s.message;
  return `Error from server (${s.reason}): ${message}`;
}
