// Subresources: status, scale, log, binding, eviction.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { statusError } from './http-util';
import type { RestContext } from './rest';
import type { Route } from './route';

export async function handleSubresource(
  _ctx: RestContext,
  _req: IncomingMessage,
  _res: ServerResponse,
  _route: Route,
  _query: URLSearchParams,
): Promise<void> {
  throw statusError(404, 'NotFound', 'the server could not find the requested resource');
}
