// Databases, caches and message queues: their servers, ports, the start-up lines they log and the
// variables their entrypoints insist on. Sizes: compressed amd64 sizes from Docker Hub, rounded.
import { CLEAN_STOP, GO_STOP, JVM_STOP, entrypointServer } from './profiles';
import type { CatalogueEntry } from './types';

const REDIS = entrypointServer(['redis-server'], { boot: 'redis', ports: [6379], idleMi: 3 });

export const DATA: CatalogueEntry[] = [
  { repo: 'docker.io/library/redis', profile: REDIS, tags: { '5.0.4': 33.9, '6.0.5': 37.6, '6.2': 40.1, '7': 45.2, '7.2': 44.8, '7.4': 45.2, alpine: 17.3, latest: 45.2 }, versions: { '5.0.4': '5.0.4', '6.0.5': '6.0.5', '6.2': '6.2.16', '7.2': '7.2.6', '*': '7.4.1' } },
  {
    repo: 'docker.io/library/postgres',
    profile: entrypointServer(['postgres'], { boot: 'postgres', ports: [5432], idleMi: 28, requires: { anyOf: ['POSTGRES_PASSWORD', 'POSTGRES_HOST_AUTH_METHOD'], boot: 'postgres-no-password', code: 1 } }),
    tags: { '17': 153.5, '16': 151.6, '15': 150.4, '14': 150.0, '13': 148.5, '12': 146.0, '9.6': 88.0, latest: 153.5, alpine: 97.1, '17-alpine': 97.1, '16-alpine': 95.2 },
    versions: { '16': '16.6 (Debian 16.6-1.pgdg120+1)', '16-alpine': '16.6', '15': '15.10 (Debian 15.10-1.pgdg120+1)', '14': '14.15 (Debian 14.15-1.pgdg120+1)', '13': '13.18 (Debian 13.18-1.pgdg120+1)', '17-alpine': '17.2', alpine: '17.2', '*': '17.2 (Debian 17.2-1.pgdg120+1)' },
  },
  {
    repo: 'docker.io/library/mysql',
    profile: entrypointServer(['mysqld'], { boot: 'mysql', ports: [3306, 33060], idleMi: 360, requires: { anyOf: ['MYSQL_ROOT_PASSWORD', 'MYSQL_ALLOW_EMPTY_PASSWORD', 'MYSQL_RANDOM_ROOT_PASSWORD'], boot: 'mysql-no-password', code: 1 } }),
    tags: { '5.6': 102.9, '5.7': 137.0, '8.0': 163.9, '8.4': 169.7, '9': 175.2, '9.1': 175.2, lts: 169.7, latest: 175.2 },
    versions: { '5.6': '5.6.51-1debian9', '5.7': '5.7.44-1.el7', '8.0': '8.0.40-1.el9', '8.4': '8.4.3-1.el9', lts: '8.4.3-1.el9', '*': '9.1.0-1.el9' },
  },
  {
    repo: 'docker.io/library/mariadb',
    profile: entrypointServer(['mariadbd'], { boot: 'mariadb', ports: [3306], idleMi: 95, requires: { anyOf: ['MARIADB_ROOT_PASSWORD', 'MYSQL_ROOT_PASSWORD', 'MARIADB_ALLOW_EMPTY_ROOT_PASSWORD', 'MARIADB_RANDOM_ROOT_PASSWORD'], boot: 'mariadb-no-password', code: 1 } }),
    tags: { '11.4': 116.4, '11': 116.4, '10.11': 113.0, '10.6': 110.9, lts: 116.4, latest: 117.8 },
    versions: { '10.11': '10.11.10', '10.6': '10.6.20', '*': '11.4.4' },
  },
  { repo: 'docker.io/library/mongo', profile: entrypointServer(['mongod'], { boot: 'mongo', ports: [27017], idleMi: 160 }), tags: { '8.0': 285.6, '7.0': 265.2, '6.0': 253.5, '5.0': 238.0, '4.4': 176.5, latest: 285.6 }, versions: { '7.0': '7.0.16', '6.0': '6.0.19', '5.0': '5.0.30', '4.4': '4.4.29', '*': '8.0.4' } },
  { repo: 'docker.io/library/cassandra', profile: entrypointServer(['cassandra'], { stop: JVM_STOP, ports: [9042, 7000], idleMi: 1400 }), tags: { '5.0': 163.2, '4.1': 153.0, '4.0': 150.1, latest: 163.2 } },
  { repo: 'docker.io/library/couchdb', profile: entrypointServer(['/opt/couchdb/bin/couchdb'], { passthrough: ['tini', '--', '/docker-entrypoint.sh'], ports: [5984], idleMi: 60 }), tags: { '3.4': 90.0, '3': 90.0, latest: 90.0 } },
  // Elasticsearch publishes no `latest` tag: `image: elasticsearch` cannot be pulled.
  { repo: 'docker.io/library/elasticsearch', profile: { entrypoint: ['/bin/tini', '--', '/usr/local/bin/docker-entrypoint.sh'], cmd: ['eswrapper'], shell: 'dash', servers: ['/bin/tini'], stop: JVM_STOP, ports: [9200, 9300], idleMi: 1200 }, tags: { '8.16.1': 705.0, '8.15.3': 698.2, '7.17.26': 360.4 } },
  { repo: 'docker.io/library/influxdb', profile: entrypointServer(['influxd'], { passthrough: ['/entrypoint.sh'], stop: GO_STOP, ports: [8086], idleMi: 60 }), tags: { '2.7': 101.3, '2': 101.3, '1.11': 85.7, latest: 101.3 } },
  // memcached logs nothing on a clean start.
  { repo: 'docker.io/library/memcached', profile: entrypointServer(['memcached'], { ports: [11211], idleMi: 2 }), tags: { '1.6': 29.8, latest: 29.8, alpine: 4.9 } },
  { repo: 'docker.io/library/rabbitmq', profile: entrypointServer(['rabbitmq-server'], { boot: 'rabbitmq', ports: [5672], idleMi: 130, stop: { signal: 'SIGTERM', exitCode: 0, ms: 2500 } }), tags: { '4': 107.5, '4.0': 107.5, '3.13': 104.2, '3.8': 90.3, '3-management': 112.1, management: 115.0, latest: 107.5 }, versions: { '3.8': '3.8.34', '3.13': '3.13.7', '3-management': '3.13.7', '*': '4.0.4' } },
  { repo: 'docker.io/apache/kafka', profile: { entrypoint: ['/__cacert_entrypoint.sh'], cmd: ['/etc/kafka/docker/run'], shell: 'busybox', servers: ['/etc/kafka/docker/run'], passthrough: ['/__cacert_entrypoint.sh'], stop: JVM_STOP, ports: [9092], idleMi: 350 }, tags: { '3.9.0': 135.0, '3.8.1': 134.6, latest: 135.0 } },
  { repo: 'docker.io/library/nats', profile: { entrypoint: ['/nats-server'], cmd: ['--config', 'nats-server.conf'], servers: ['/nats-server', 'nats-server'], stop: GO_STOP, ports: [4222, 8222, 6222], idleMi: 6 }, tags: { '2.10': 7.1, '2': 7.1, latest: 7.1, alpine: 9.9 } },
  { repo: 'docker.io/library/zookeeper', profile: entrypointServer(['zkServer.sh', 'start-foreground'], { passthrough: ['/docker-entrypoint.sh'], boot: 'zookeeper', stop: JVM_STOP, ports: [2181, 2888, 3888], idleMi: 90 }), tags: { '3.9': 108.2, '3.8': 105.6, latest: 108.2 } },
  { repo: 'registry.k8s.io/etcd', profile: { entrypoint: [], cmd: ['/usr/local/bin/etcd'], servers: ['/usr/local/bin/etcd', 'etcd'], stop: CLEAN_STOP, boot: 'etcd', ports: [2379, 2380], idleMi: 35 }, tags: { '3.5.16-0': 57.4, '3.5.15-0': 56.9, '3.5.12-0': 57.2, '3.5.1-0': 98.9 } },
];
