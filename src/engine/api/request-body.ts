// kube-apiserver's request body limit: a write whose JSON body is over 3 MiB is refused with 413
// while the body is read, before it is decoded or anything walks it (--max-request-body-bytes;
// twice etcd's 1.5 MiB request limit, since a JSON body shrinks when stored as protobuf).
// [k8s: staging/src/k8s.io/apiserver/pkg/server/config.go MaxRequestBodyBytes,
//  endpoints/handlers/rest.go limitedReadBody]
// Simplification: the body is the object as this engine receives it (kubectl's apply sends the
// whole object where the real one sends a patch when the object exists).
import { utf8Length } from '../util/utf8';
import { apiErrors, type StatusError } from './errors';

export const MAX_REQUEST_BODY_BYTES = 3 * 1024 * 1024;

/** The 413 for a body over the limit, or undefined. A body too deep to serialise is left to decoding. */
export function bodyTooLarge(input: unknown): StatusError | undefined {
  let text: string;
  try {
    text = JSON.stringify(input) ?? '';
  } catch {
    return undefined;
  }
  // A character is at most 3 UTF-8 bytes: most bodies need no count.
  if (text.length * 3 <= MAX_REQUEST_BODY_BYTES || utf8Length(text) <= MAX_REQUEST_BODY_BYTES) return undefined;
  return apiErrors.tooLarge(`Request entity too large: limit is ${MAX_REQUEST_BODY_BYTES}`);
}
