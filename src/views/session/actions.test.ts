import { describe, expect, it } from 'vitest';
import { commandFor, imageProblem } from './actions';

describe('imageProblem (the Set image field)', () => {
  it.each([
    ['nginx:1.16.1', undefined],
    ['registry.k8s.io/nginx-slim:0.8', undefined],
    ['nginx@sha256:0d17b565c37bcbd895e9d92315a05c1c3c9a29f762b011a10c54a66cd53c9b31', undefined],
    // Upper case passes the field: the kubelet reports InvalidImageName, as in a real cluster.
    ['Nginx', undefined],
    [
      'nginx --replicas=0',
      'The Deployment "web" is invalid: spec.template.spec.containers[0].image: Invalid value: "nginx --replicas=0": invalid reference format',
    ],
    [
      'nginx -n other',
      'The Deployment "web" is invalid: spec.template.spec.containers[0].image: Invalid value: "nginx -n other": invalid reference format',
    ],
    [
      ' nginx',
      'The Deployment "web" is invalid: spec.template.spec.containers[0].image: Invalid value: " nginx": must not have leading or trailing whitespace',
    ],
    [
      'nginx\t',
      'The Deployment "web" is invalid: spec.template.spec.containers[0].image: Invalid value: "nginx\\t": must not have leading or trailing whitespace',
    ],
    [
      '--help',
      'The Deployment "web" is invalid: spec.template.spec.containers[0].image: Invalid value: "--help": invalid reference format',
    ],
    [
      'nginx"',
      'The Deployment "web" is invalid: spec.template.spec.containers[0].image: Invalid value: "nginx\\"": invalid reference format',
    ],
    ['', 'The Deployment "web" is invalid: spec.template.spec.containers[0].image: Required value'],
  ])('%j', (image, problem) => {
    expect(imageProblem('Deployment', 'web', 0, image)).toBe(problem);
  });

  it('names the StatefulSet and container index', () => {
    expect(imageProblem('StatefulSet', 'db', 1, 'a b')).toBe(
      'The StatefulSet "db" is invalid: spec.template.spec.containers[1].image: Invalid value: "a b": invalid reference format',
    );
  });

  it('an accepted image makes a one-argument kubectl line', () => {
    expect(commandFor.setImage('default', 'web', 'nginx', 'nginx:1.16.1')).toBe('set image deployment/web nginx=nginx:1.16.1');
  });
});
