// `kubectl version`: client and server versions (kubectl 1.32 prints Kustomize too).
import { ok } from '../verb';
import type { Verb } from '../verb';

export const versionVerb: Verb = {
  name: 'version',
  short: 'Print the client and server version information',
  flags: [
    { name: 'client', type: 'bool' },
    { name: 'output', short: 'o', type: 'string' },
  ],
  run(inv, ctx) {
    const v = ctx.config.kubernetesVersion;
    let s = `Client Version: ${v}\nKustomize Version: v5.5.0\n`;
    if (!inv.flags.client) s += `Server Version: ${v}\n`;
    return ok(s);
  },
};
