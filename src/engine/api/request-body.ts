// kube-apiserver's request body limit: a write whose JSON body is over 3 MiB is refused with 413
// while the body is read, before it is decoded or anything walks it (--max-request-body-bytes;
// twice etcd's 1.5 MiB request limit, since a JSON body shrinks when stored as protobuf).
// [k8s: staging/src/k8s.io/apiserver/pkg/server/config.go MaxRequestBodyBytes,
//  endpoints/handlers/rest.go limitedReadBody]
// Simplification: the body is the object as this engine receives it (kubectl's apply sends the
// whole object where the real one sends a patch when the object exists).
import { utf8Length } from '../util/utf8';
import { StatusError, apiErrors } from './errors';

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

/**
 * etcd's request limit (--max-request-bytes, 1.5 MiB by default): a write whose stored object is
 * larger fails in etcd after validation, and the API server passes etcd's error on as a 500 with
 * no reason (kubectl: `Error from server: etcdserver: request is too large`).
 * [k8s: apiserver/pkg/endpoints/handlers/patch.go isTooLargeError; etcd server/embed/config.go
 *  DefaultMaxRequestBytes] Simplification: the object's JSON is measured where etcd measures its
 * protobuf encoding (smaller), so the limit bites a little earlier here.
 */
export const ETCD_MAX_REQUEST_BYTES = 1.5 * 1024 * 1024;

export function storedTooLarge(obj: unknown): void {
  const text = JSON.stringify(obj) ?? '';
  if (text.length <= ETCD_MAX_REQUEST_BYTES / 3 || utf8Length(text) <= ETCD_MAX_REQUEST_BYTES) return;
  throw new StatusError({ kind: 'Status', apiVersion: 'v1', status: 'Failure', message: 'etcdserver: request is too large', reason: '', code: 500 });
}
