// Language runtimes. Their CMD is an interactive interpreter: in a pod it has no terminal and an
// empty stdin, so it exits 0 at once (the pod then restarts it: Completed → CrashLoopBackOff, a
// classic first surprise). Sizes: compressed amd64 sizes from Docker Hub, rounded.
import { runtime } from './profiles';
import type { CatalogueEntry } from './types';

export const RUNTIMES: CatalogueEntry[] = [
  {
    repo: 'docker.io/library/node',
    profile: { ...runtime('node', ['nodejs'], 40), entrypoint: ['docker-entrypoint.sh'], passthrough: ['docker-entrypoint.sh'] },
    tags: { '23': 395.1, '22': 392.8, '20': 389.2, '18': 385.7, lts: 392.8, latest: 395.1, slim: 75.4, '22-slim': 75.4, alpine: 57.1, '22-alpine': 57.1, '20-alpine': 43.2, '18-alpine': 41.5 },
  },
  {
    repo: 'docker.io/library/python',
    profile: runtime('python3', ['python', 'python3.13', 'python3.12'], 9),
    tags: { '3.13': 372.9, '3.12': 371.0, '3.11': 369.8, '3.10': 367.5, '3': 372.9, latest: 372.9, slim: 44.1, '3.13-slim': 44.1, '3.12-slim': 43.6, alpine: 18.4, '3.12-alpine': 18.1, '3.13-alpine': 18.4 },
  },
  { repo: 'docker.io/library/ruby', profile: runtime('irb', ['ruby'], 20), tags: { '3.3': 379.3, '3.4': 381.0, '3': 381.0, latest: 381.0, slim: 72.0, alpine: 42.5 } },
  { repo: 'docker.io/library/golang', profile: { entrypoint: [], cmd: ['bash'], shell: 'dash', idleMi: 0.5 }, tags: { '1.23': 291.6, '1.22': 286.5, '1': 291.6, latest: 291.6, alpine: 75.8, '1.23-alpine': 75.8 } },
  { repo: 'docker.io/library/rust', profile: { entrypoint: [], cmd: ['bash'], shell: 'dash', idleMi: 0.5 }, tags: { '1.83': 529.6, '1': 529.6, latest: 529.6, slim: 263.0, alpine: 278.5 } },
  { repo: 'docker.io/library/eclipse-temurin', profile: runtime('jshell', ['java'], 30), tags: { '21': 191.6, '17': 182.3, '11': 163.0, '21-jre': 89.4, '17-jre': 84.2, latest: 191.6 } },
  // openjdk is deprecated upstream but its old tags remain pullable (the docs' older pages use them).
  { repo: 'docker.io/library/openjdk', profile: runtime('jshell', ['java'], 30), tags: { '17': 184.3, '17-jdk-slim': 210.2, '11': 309.7, '8': 105.2, '8-jre': 95.9 } },
  {
    repo: 'docker.io/library/perl',
    profile: { entrypoint: [], cmd: ['perl5.40.0', '-de0'], shell: 'dash', programs: { perl: 'perl', 'perl5.40.0': 'repl', '/usr/local/bin/perl': 'perl', '/usr/bin/perl': 'perl' }, idleMi: 2 },
    tags: { '5.34.0': 331.2, '5.34': 331.2, '5.36': 336.0, '5.38': 340.1, '5.40': 343.5, '5': 343.5, latest: 343.5, slim: 57.0, '5.40-slim': 57.0 },
  },
  { repo: 'mcr.microsoft.com/dotnet/aspnet', profile: { entrypoint: [], cmd: [], shell: 'dash', programs: { dotnet: 'repl' }, idleMi: 30 }, tags: { '8.0': 93.1, '9.0': 95.2 } },
  { repo: 'mcr.microsoft.com/dotnet/sdk', profile: { entrypoint: [], cmd: ['bash'], shell: 'dash', idleMi: 0.5 }, tags: { '8.0': 320.6, '9.0': 335.7 } },
];
