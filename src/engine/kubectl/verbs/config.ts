// `kubectl config current-context | get-contexts | get-clusters | get-users | use-context |
// set-context | rename-context | delete-context | view` over the learner's kubeconfig
// (kubeconfig.ts), with kubectl 1.32's outputs and errors (checked on a scratch KUBECONFIG).
// [k8s: staging/src/k8s.io/kubectl/pkg/cmd/config/*.go]
// Simplifications: no set/unset/set-cluster/set-credentials/delete-cluster/delete-user (they say
// so by name), no --raw or --flatten (there are no credentials to show), one kubeconfig file.
import { ArgError } from '../args';
import type { KubectlContext, KubectlResult } from '../context';
import { KUBECONFIG_PATH, type Kubeconfig, type KubeconfigComponent, type KubeconfigContext } from '../kubeconfig';
import { toJson, toYaml } from '../printers';
import { printJsonPath } from '../printers/jsonpath';
import { formatTable } from '../printers/table';
import { type Invocation, type Verb, fail, ok } from '../verb';

function kubeconfig(ctx: KubectlContext): Kubeconfig {
  const k = ctx.component<KubeconfigComponent>('kubeconfig');
  if (!k) throw new ArgError('this cluster has no kubeconfig');
  return k.config;
}

/** `config view`'s document: kubectl's field order (yaml sorts keys, json keeps Go's struct order). */
function document(config: Kubeconfig, minify: boolean, json: boolean): Record<string, unknown> {
  let { clusters, contexts, users } = config;
  if (minify) {
    contexts = contexts.filter((c) => c.name === config.currentContext);
    clusters = clusters.filter((c) => contexts.some((x) => x.cluster === c.name));
    users = users.filter((u) => contexts.some((x) => x.user === u.name));
  }
  const cluster = (c: Kubeconfig['clusters'][number]) => ({
    name: c.name,
    cluster: json ? { server: c.server, 'certificate-authority-data': 'DATA+OMITTED' } : { 'certificate-authority-data': 'DATA+OMITTED', server: c.server },
  });
  const context = (c: KubeconfigContext) => ({
    name: c.name,
    context: { ...(c.cluster ? { cluster: c.cluster } : {}), ...(c.user ? { user: c.user } : {}), ...(c.namespace ? { namespace: c.namespace } : {}) },
  });
  const user = (u: { name: string }) => ({ name: u.name, user: { 'client-certificate-data': 'DATA+OMITTED', 'client-key-data': 'DATA+OMITTED' } });
  return {
    kind: 'Config',
    apiVersion: 'v1',
    preferences: {},
    clusters: clusters.map(cluster),
    users: users.map(user),
    contexts: contexts.map(context),
    'current-context': config.currentContext,
  };
}

const view: Verb = {
  name: 'view',
  short: 'Display merged kubeconfig settings or a specified kubeconfig file',
  flags: [
    { name: 'output', short: 'o', type: 'string', default: 'yaml' },
    { name: 'minify', type: 'bool' },
  ],
  run(inv, ctx) {
    const config = kubeconfig(ctx);
    const output = String(inv.flags.output ?? 'yaml');
    if (inv.flags.minify) {
      const c = config.contexts.find((x) => x.name === config.currentContext);
      if (!config.currentContext) return fail('current-context must exist in order to minify');
      if (!c) return fail(`cannot locate context ${config.currentContext}`);
      if (c.user && !config.users.some((u) => u.name === c.user)) return fail(`cannot locate user ${c.user}`);
      if (c.cluster && !config.clusters.some((k) => k.name === c.cluster)) return fail(`cannot locate cluster ${c.cluster}`);
    }
    const json = output === 'json';
    const doc = document(config, !!inv.flags.minify, json);
    if (output === 'yaml' || output === '') return ok(toYaml(doc));
    if (json) return ok(toJson(doc, false));
    if (output.startsWith('jsonpath=')) return ok(printJsonPath(output.slice('jsonpath='.length), doc as never));
    throw new ArgError(`unable to match a printer suitable for the output format "${output}", allowed formats are: json,jsonpath,jsonpath-as-json,jsonpath-file,yaml`);
  },
};

const currentContext: Verb = {
  name: 'current-context',
  short: 'Display the current-context',
  run(_inv, ctx) {
    const c = kubeconfig(ctx).currentContext;
    return c ? ok(`${c}\n`) : fail('current-context is not set');
  },
};

const getContexts: Verb = {
  name: 'get-contexts',
  short: 'Describe one or many contexts',
  flags: [
    { name: 'output', short: 'o', type: 'string', default: '' },
    { name: 'no-headers', type: 'bool' },
  ],
  run(inv, ctx) {
    const config = kubeconfig(ctx);
    const output = String(inv.flags.output ?? '');
    if (output !== '' && output !== 'name') return fail(`output must be one of '' or 'name': ${output}`);
    const named = inv.args.length ? inv.args : undefined;
    const shown = [...config.contexts].sort((a, b) => (a.name < b.name ? -1 : 1)).filter((c) => !named || named.includes(c.name));
    const missing = (named ?? []).filter((n) => !config.contexts.some((c) => c.name === n));
    const stderr = missing.map((n) => `error: context ${n} not found\n`).join('');
    if (output === 'name') return { stdout: shown.map((c) => `${c.name}\n`).join(''), stderr, exitCode: missing.length ? 1 : 0 };
    const rows = shown.map((c) => [c.name === config.currentContext ? '*' : '', c.name, c.cluster ?? '', c.user ?? '', c.namespace ?? '']);
    const table = formatTable(inv.flags['no-headers'] ? rows : [['CURRENT', 'NAME', 'CLUSTER', 'AUTHINFO', 'NAMESPACE'], ...rows]);
    return { stdout: table, stderr, exitCode: missing.length ? 1 : 0 };
  },
};

function names(title: string, list: { name: string }[]): KubectlResult {
  return ok(`${title}\n${list.map((x) => `${x.name}\n`).join('')}`);
}

const getClusters: Verb = { name: 'get-clusters', short: 'Display clusters defined in the kubeconfig', run: (_i, ctx) => names('NAME', kubeconfig(ctx).clusters) };
const getUsers: Verb = { name: 'get-users', short: 'Display users defined in the kubeconfig', run: (_i, ctx) => names('NAME', kubeconfig(ctx).users) };

const USE_CONTEXT_HELP =
  'Set the current-context in a kubeconfig file.\n\nAliases:\nuse-context, use\n\nExamples:\n  # Use the context for the minikube cluster\n  kubectl config use-context minikube\n\nUsage:\n  kubectl config use-context CONTEXT_NAME [options]\n\nUse "kubectl options" for a list of global command-line options (applies to all commands).\n';

const useContext: Verb = {
  name: 'use-context',
  aliases: ['use'],
  short: 'Set the current-context in a kubeconfig file',
  usage: 'CONTEXT_NAME [options]',
  run(inv, ctx) {
    const config = kubeconfig(ctx);
    // Without its one argument it prints its help, then the error.
    if (inv.args.length !== 1) return fail(`Unexpected args: [${inv.args.join(' ')}]`, USE_CONTEXT_HELP);
    const name = inv.args[0];
    if (!config.contexts.some((c) => c.name === name)) return fail(`no context exists with the name: ${JSON.stringify(name)}`);
    config.currentContext = name;
    return ok(`Switched to context ${JSON.stringify(name)}.\n`);
  },
};

const setContext: Verb = {
  name: 'set-context',
  short: 'Set a context entry in kubeconfig',
  usage: '[NAME | --current] [--cluster=cluster_nickname] [--user=user_nickname] [--namespace=namespace] [options]',
  flags: [
    { name: 'current', type: 'bool' },
    { name: 'cluster', type: 'string' },
    { name: 'user', type: 'string' },
  ],
  run(inv: Invocation, ctx) {
    const config = kubeconfig(ctx);
    if (inv.args.length > 1) return fail(`Unexpected args: [${inv.args.join(' ')}]`);
    let name = inv.args[0] ?? '';
    if (inv.flags.current && name) return fail('you cannot specify both a context name and --current');
    if (inv.flags.current) name = config.currentContext;
    if (!name) return fail('you must specify a non-empty context name or --current');
    let c = config.contexts.find((x) => x.name === name);
    const created = !c;
    if (!c) {
      c = { name };
      config.contexts.push(c);
    }
    // Only the flags given change the entry; an empty value clears it.
    for (const key of ['cluster', 'user', 'namespace'] as const) {
      const v = inv.flags[key];
      if (typeof v !== 'string') continue;
      if (v === '') delete c[key];
      else c[key] = v;
    }
    return ok(`Context ${JSON.stringify(name)} ${created ? 'created' : 'modified'}.\n`);
  },
};

const renameContext: Verb = {
  name: 'rename-context',
  short: 'Rename a context from the kubeconfig file',
  usage: 'CONTEXT_NAME NEW_NAME [options]',
  run(inv, ctx) {
    const config = kubeconfig(ctx);
    if (inv.args.length !== 2) return fail('Unexpected args: ' + `[${inv.args.join(' ')}]`);
    const [from, to] = inv.args;
    const c = config.contexts.find((x) => x.name === from);
    if (!c) return fail(`cannot rename the context ${JSON.stringify(from)}, it's not in ${KUBECONFIG_PATH}`);
    if (config.contexts.some((x) => x.name === to)) return fail(`cannot rename the context ${JSON.stringify(from)}, the context ${JSON.stringify(to)} already exists in ${KUBECONFIG_PATH}`);
    c.name = to;
    if (config.currentContext === from) config.currentContext = to;
    return ok(`Context ${JSON.stringify(from)} renamed to ${JSON.stringify(to)}.\n`);
  },
};

const deleteContext: Verb = {
  name: 'delete-context',
  short: 'Delete the specified context from the kubeconfig',
  usage: 'CONTEXT_NAME [options]',
  run(inv, ctx) {
    const config = kubeconfig(ctx);
    if (inv.args.length !== 1) return fail(`Unexpected args: [${inv.args.join(' ')}]`);
    const name = inv.args[0];
    const i = config.contexts.findIndex((x) => x.name === name);
    if (i < 0) return fail(`cannot delete context ${name}, not in ${KUBECONFIG_PATH}`);
    config.contexts.splice(i, 1);
    const warn = config.currentContext === name ? `warning: this removed your active context, use "kubectl config use-context" to select a different one\n` : '';
    return { stdout: `deleted context ${name} from ${KUBECONFIG_PATH}\n`, stderr: warn, exitCode: 0 };
  },
};

const LONG = `Modify kubeconfig files using subcommands like "kubectl config set current-context my-context".

 The loading order follows these rules:

  1.  If the --kubeconfig flag is set, then only that file is loaded. The flag may only be set once and no merging takes place.
  2.  If $KUBECONFIG environment variable is set, then it is used as a list of paths (normal path delimiting rules for your system). These paths are merged. When a value is modified, it is modified in the file that defines the stanza. When a value is created, it is created in the first file that exists. If no files in the chain exist, then it creates the last file in the list.
  3.  Otherwise, \${HOME}/.kube/config is used and no merging takes place.
`;

export const configVerb: Verb = {
  name: 'config',
  short: 'Modify kubeconfig files',
  long: LONG,
  usage: 'SUBCOMMAND [options]',
  subcommands: [currentContext, deleteContext, getClusters, getContexts, getUsers, renameContext, setContext, useContext, view],
};
