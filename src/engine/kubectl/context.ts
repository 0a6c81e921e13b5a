// What a kubectl command sees: the API server (as the client "kubectl"), the virtual clock for
// AGE columns, and the components it may ask directly (logs from the kubelets).
import type { ApiServer } from '../api/api-server';
import type { Component } from '../cluster/component';
import type { ClusterConfig } from '../cluster/config';

export interface KubectlContext {
  api: ApiServer;
  config: ClusterConfig;
  /** Virtual ms. */
  now(): number;
  component<T extends Component>(name: string): T | undefined;
}

export interface KubectlResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}
