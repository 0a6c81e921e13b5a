// `kubectl apply -f <URL>` reads the docs' example files from the table (the console's stand-in
// for the network) and answers any other URL with kubectl's 404 error.
import { beforeAll, describe, expect, it } from 'vitest';
import { createCluster } from '../../index';
import { PHP_APACHE_YAML } from '../../autoscaling/php-apache-manifest';
import { EXAMPLES } from './table';
import { exampleKey, setExampleTable } from './urls';

beforeAll(() => setExampleTable(EXAMPLES));

describe('kubectl -f https://k8s.io/examples/…', () => {
  it('applies an example by its k8s.io URL', () => {
    const c = createCluster({ nodes: 1 });
    expect(c.kubectl('apply -f https://k8s.io/examples/controllers/nginx-deployment.yaml')).toEqual({
      stdout: 'deployment.apps/nginx-deployment created\n',
      stderr: '',
      exitCode: 0,
    });
    expect(c.kubectl('get deployment nginx-deployment -o jsonpath={.spec.replicas}').stdout).toBe('3');
  });

  it('reads the raw.githubusercontent.com spelling and flow-style files', () => {
    const c = createCluster({ nodes: 1 });
    const url = 'https://raw.githubusercontent.com/kubernetes/website/main/content/en/examples/pods/simple-pod.yaml';
    expect(c.kubectl(`create -f ${url}`).stdout).toBe('pod/nginx created\n');
  });

  it('reads the kubernetes.io/examples spelling the ConfigMap task uses', () => {
    const c = createCluster({ nodes: 1 });
    expect(c.kubectl('create -f https://kubernetes.io/examples/configmap/configmap-multikeys.yaml').stdout).toBe('configmap/special-config created\n');
  });

  it('takes several -f URLs, and get/delete -f read them too', () => {
    const c = createCluster({ nodes: 1 });
    const line = '-f https://k8s.io/examples/service/networking/run-my-nginx.yaml -f https://k8s.io/examples/service/networking/nginx-svc.yaml';
    expect(c.kubectl(`apply ${line}`).stdout).toBe('deployment.apps/my-nginx created\nservice/my-nginx created\n');
    expect(c.kubectl(`delete ${line}`).stdout).toBe('deployment.apps "my-nginx" deleted\nservice "my-nginx" deleted\n');
  });

  it('php-apache comes from the single php-apache manifest', () => {
    expect(EXAMPLES['application/php-apache.yaml']).toBe(PHP_APACHE_YAML);
  });

  it('errors name the URL as kubectl names the file it read', () => {
    const c = createCluster({ nodes: 1 });
    const url = 'https://k8s.io/examples/admin/resource/quota-pod.yaml';
    expect(c.kubectl(`create -f ${url}`).stdout).toBe('resourcequota/pod-demo created\n');
    expect(c.kubectl(`create -f ${url}`).stderr).toBe(`Error from server (AlreadyExists): error when creating "${url}": resourcequotas "pod-demo" already exists\n`);
  });

  it('the docs quota task, by URL: the second pod is refused naming its file', () => {
    const c = createCluster({ nodes: 1 });
    const n = ' --namespace=quota-mem-cpu-example';
    c.kubectl('create namespace quota-mem-cpu-example');
    expect(c.kubectl(`apply -f https://k8s.io/examples/admin/resource/quota-mem-cpu.yaml${n}`).stdout).toBe('resourcequota/mem-cpu-demo created\n');
    c.advance(5000);
    expect(c.kubectl(`apply -f https://k8s.io/examples/admin/resource/quota-mem-cpu-pod.yaml${n}`).stdout).toBe('pod/quota-mem-cpu-demo created\n');
    c.advance(5000);
    expect(c.kubectl(`apply -f https://k8s.io/examples/admin/resource/quota-mem-cpu-pod-2.yaml${n}`).stderr).toBe(
      'Error from server (Forbidden): error when creating "https://k8s.io/examples/admin/resource/quota-mem-cpu-pod-2.yaml": pods "quota-mem-cpu-demo-2" is forbidden: exceeded quota: mem-cpu-demo, requested: requests.memory=700Mi, used: requests.memory=600Mi, limited: requests.memory=1Gi\n',
    );
  });

  it('an unknown URL fails as kubectl does on a 404', () => {
    const c = createCluster({ nodes: 1 });
    expect(c.kubectl('apply -f https://k8s.io/examples/no/such.yaml')).toEqual({
      stdout: '',
      stderr: 'error: unable to read URL "https://k8s.io/examples/no/such.yaml", server reported 404 Not Found, status code=404\n',
      exitCode: 1,
    });
  });

  it('every table entry parses and names an object (dry run)', () => {
    const c = createCluster({ nodes: 1 });
    for (const key of Object.keys(EXAMPLES)) {
      const r = c.kubectl(`apply -f https://k8s.io/examples/${key} --dry-run=client -o name`);
      expect({ key, stderr: r.stderr }).toEqual({ key, stderr: '' });
      expect(r.stdout).toMatch(/\//);
    }
  });

  it('knows both URL spellings', () => {
    expect(exampleKey('https://k8s.io/examples/pods/pod-nginx.yaml')).toBe('pods/pod-nginx.yaml');
    expect(exampleKey('https://example.com/x.yaml')).toBeUndefined();
  });
});
