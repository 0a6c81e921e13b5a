// What kubectl here understands, as data for shell-style completion in the views: the verbs with
// their subcommands (from the verb registry) and the resource types with every name a user may
// type for them (from the API's discovery data). One source, so completion never offers a command
// or kind the engine does not serve.
import { KINDS } from '../api/kinds';
import { VERBS } from './verbs';

export interface KubectlVocabulary {
  verbs: { name: string; subcommands: string[] }[];
  /** Plural resource name → every name that resolves to it (singular, short names, kind). */
  resources: { plural: string; names: string[] }[];
}

export function kubectlVocabulary(): KubectlVocabulary {
  return {
    verbs: VERBS.map((v) => ({ name: v.name, subcommands: (v.subcommands ?? []).flatMap((s) => [s.name, ...(s.aliases ?? [])]) })),
    resources: KINDS.map((k) => ({
      plural: k.resource,
      names: [k.resource, k.singular, ...k.shortNames],
    })),
  };
}
