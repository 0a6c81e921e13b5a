// Start-up (and stop) log lines of the catalogue's servers, as data with tokens: each server's
// real first lines, with the time, version and addresses filled in when the log is read.
// Tokens: time formats {ymd} (2025/01/01 00:00:00, Go and nginx), {iso} (…T00:00:00.000Z),
// {isoSec}, {iso6} (µs), {apache}, {redis}, {pg}, {mysql}, {mongo}, {rabbit}, {glog} (MMDD
// hh:mm:ss.µµµµµµ), {epoch} (seconds.ms); {version}, {kernel}, {ip}, {host}; stop lines add
// {signum}, {signame}, {stopverb}. Sources: each image's entrypoint and the servers' log formats.
import { EPOCH_MS } from '../../util/time';
import type { BootTemplate } from './types';

const NGINX_ENTRY = '/docker-entrypoint.sh';
const nginxNotice = (s: string) => `{ymd} [notice] 1#1: ${s}`;
const ahFqdn = (bin: string) => `AH00558: ${bin}: Could not reliably determine the server's fully qualified domain name, using {ip}. Set the 'ServerName' directive globally to suppress this message`;

export const BOOT: Record<string, BootTemplate> = {
  nginx: {
    lines: [
      `${NGINX_ENTRY}: /docker-entrypoint.d/ is not empty, will attempt to perform configuration`,
      `${NGINX_ENTRY}: Looking for shell scripts in /docker-entrypoint.d/`,
      `${NGINX_ENTRY}: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh`,
      '10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf',
      '10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf',
      `${NGINX_ENTRY}: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh`,
      `${NGINX_ENTRY}: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh`,
      `${NGINX_ENTRY}: Launching /docker-entrypoint.d/30-tune-worker-processes.sh`,
      `${NGINX_ENTRY}: Configuration complete; ready for start up`,
      nginxNotice('using the "epoll" event method'),
      nginxNotice('nginx/{version}'),
      nginxNotice('built by gcc 12.2.0 (Debian 12.2.0-14) '),
      nginxNotice('OS: Linux {kernel}'),
      nginxNotice('getrlimit(RLIMIT_NOFILE): 1048576:1048576'),
      nginxNotice('start worker processes'),
      nginxNotice('start worker process 29'),
      nginxNotice('start worker process 30'),
    ],
    stop: [
      '{ymd} [notice] 1#1: signal {signum} ({signame}) received, {stopverb}',
      '{ymd} [notice] 29#29: gracefully shutting down',
      '{ymd} [notice] 29#29: exiting',
      '{ymd} [notice] 29#29: exit',
      '{ymd} [notice] 1#1: signal 17 (SIGCHLD) received from 29',
      '{ymd} [notice] 1#1: worker process 29 exited with code 0',
      '{ymd} [notice] 1#1: exit',
    ],
  },
  // nginx before 1.19 had no entrypoint script and logs nothing on a clean start.
  'nginx-old': { lines: [] },
  httpd: {
    lines: [ahFqdn('httpd'), ahFqdn('httpd'), '{apache} [mpm_event:notice] [pid 1:tid 1] AH00163: Apache/{version} (Unix) configured -- resuming normal operations', "{apache} [core:notice] [pid 1:tid 1] AH00094: Command line: 'httpd -D FOREGROUND'"],
  },
  apache: {
    lines: [ahFqdn('apache2'), ahFqdn('apache2'), '{apache} [mpm_prefork:notice] [pid 1:tid 1] AH00163: Apache/2.4.62 (Debian) PHP/{version} configured -- resuming normal operations', "{apache} [core:notice] [pid 1:tid 1] AH00094: Command line: 'apache2 -D FOREGROUND'"],
  },
  // WordPress's entrypoint copies the sources into the empty volume, then starts apache.
  wordpress: {
    lines: [
      'WordPress not found in /var/www/html - copying now...',
      'Complete! WordPress has been successfully copied to /var/www/html',
      "No 'wp-config.php' found in /var/www/html, but 'WORDPRESS_...' variables supplied; copying 'wp-config-docker.php' (WORDPRESS_DB_HOST WORDPRESS_DB_PASSWORD WORDPRESS_DB_USER)",
      ahFqdn('apache2'),
      ahFqdn('apache2'),
      '{apache} [mpm_prefork:notice] [pid 1:tid 1] AH00163: Apache/2.4.62 (Debian) PHP/8.2.26 configured -- resuming normal operations',
      "{apache} [core:notice] [pid 1:tid 1] AH00094: Command line: 'apache2 -D FOREGROUND'",
    ],
  },
  redis: {
    lines: [
      '1:C {redis} * oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo',
      '1:C {redis} * Redis version={version}, bits=64, commit=00000000, modified=0, pid=1, just started',
      '1:C {redis} # Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf',
      '1:M {redis} * monotonic clock: POSIX clock_gettime',
      '1:M {redis} * Running mode=standalone, port=6379.',
      '1:M {redis} * Server initialized',
      '1:M {redis} * Ready to accept connections tcp',
    ],
  },
  // gcr.io/google-samples/hello-app main.go: log.Printf("Server listening on port %s", port).
  // CoreDNS 1.11.3's first lines, from a 1.32 cluster (the SHA512 is of that cluster's Corefile);
  // the stop lines are the SIGTERM handler's and the health plugin's lame-duck notice.
  coredns: {
    lines: [
      '.:53',
      '[INFO] plugin/reload: Running configuration SHA512 = 9e2996f8cb67ac53e0259ab1f8d615d07d1beb0bd07e6a1e39769c3bf486a905bb991cc47f8d2f14d0d3a90a87dfc625a0b4c524fed169d8158c40657c0694b1',
      'CoreDNS-1.11.3',
      'linux/amd64, go1.21.11, a6338e9',
    ],
    stop: ['[INFO] SIGTERM: Shutting down servers then terminating', '[INFO] plugin/health: Going into lameduck mode for 5s'],
  },
  'hello-app': { lines: ['{ymd} Server listening on port 8080'] },
  // kubernetes-bootcamp server.js: console.log("Kubernetes Bootcamp App Started At:", startTime, "| Running On: ", host, "\n").
  bootcamp: { lines: ['Kubernetes Bootcamp App Started At: {iso} | Running On:  {host} ', ''] },
  postgres: {
    lines: [
      'The files belonging to this database system will be owned by user "postgres".',
      'This user must also own the server process.',
      '',
      'The database cluster will be initialized with locale "en_US.utf8".',
      'The default database encoding has accordingly been set to "UTF8".',
      'The default text search configuration will be set to "english".',
      '',
      'Data page checksums are disabled.',
      '',
      'fixing permissions on existing directory /var/lib/postgresql/data ... ok',
      'creating subdirectories ... ok',
      'selecting dynamic shared memory implementation ... posix',
      'selecting default "max_connections" ... 100',
      'selecting default "shared_buffers" ... 128MB',
      'selecting default time zone ... Etc/UTC',
      'creating configuration files ... ok',
      'running bootstrap script ... ok',
      'performing post-bootstrap initialization ... ok',
      'syncing data to disk ... ok',
      '',
      '',
      'Success. You can now start the database server using:',
      '',
      '    pg_ctl -D /var/lib/postgresql/data -l logfile start',
      '',
      'initdb: warning: enabling "trust" authentication for local connections',
      'initdb: hint: You can change this by editing pg_hba.conf or using the option -A, or --auth-local and --auth-host, the next time you run initdb.',
      'waiting for server to start....{pg} [48] LOG:  starting PostgreSQL {version} on x86_64-pc-linux-gnu, compiled by gcc (Debian 12.2.0-14) 12.2.0, 64-bit',
      '{pg} [48] LOG:  listening on Unix socket "/var/run/postgresql/.s.PGSQL.5432"',
      '{pg} [48] LOG:  database system is ready to accept connections',
      ' done',
      'server started',
      '',
      '/usr/local/bin/docker-entrypoint.sh: ignoring /docker-entrypoint-initdb.d/*',
      '',
      'waiting for server to shut down....{pg} [48] LOG:  database system is shut down',
      ' done',
      'server stopped',
      '',
      'PostgreSQL init process complete; ready for start up.',
      '',
      '{pg} [1] LOG:  starting PostgreSQL {version} on x86_64-pc-linux-gnu, compiled by gcc (Debian 12.2.0-14) 12.2.0, 64-bit',
      '{pg} [1] LOG:  listening on IPv4 address "0.0.0.0", port 5432',
      '{pg} [1] LOG:  listening on IPv6 address "::", port 5432',
      '{pg} [1] LOG:  listening on Unix socket "/var/run/postgresql/.s.PGSQL.5432"',
      '{pg} [1] LOG:  database system is ready to accept connections',
    ],
  },
  // docker-library/postgres docker-entrypoint.sh docker_verify_minimum_env.
  'postgres-no-password': {
    lines: [
      'Error: Database is uninitialized and superuser password is not specified.',
      '       You must specify POSTGRES_PASSWORD to a non-empty value for the',
      '       superuser. For example, "-e POSTGRES_PASSWORD=password" on "docker run".',
      '',
      '       You may also use "POSTGRES_HOST_AUTH_METHOD=trust" to allow all',
      '       connections without a password. This is *not* recommended.',
      '',
      '       See PostgreSQL documentation about "Trust Authentication":',
      '       https://www.postgresql.org/docs/current/auth-trust.html',
    ],
  },
  mysql: {
    lines: [
      '{mysql} [Note] [Entrypoint]: Entrypoint script for MySQL Server {version} started.',
      "{mysql} [Note] [Entrypoint]: Switching to dedicated user 'mysql'",
      '{mysql} [Note] [Entrypoint]: Entrypoint script for MySQL Server {version} started.',
      '{mysql} [Note] [Entrypoint]: Initializing database files',
      '{mysql} [Note] [Entrypoint]: Database files initialized',
      '{mysql} [Note] [Entrypoint]: Starting temporary server',
      '{mysql} [Note] [Entrypoint]: Temporary server started.',
      "{mysql} [Note] [Entrypoint]: Stopping temporary server",
      '{mysql} [Note] [Entrypoint]: Temporary server stopped',
      '',
      '{mysql} [Note] [Entrypoint]: MySQL init process done. Ready for start up.',
      '',
      "{iso6} 0 [System] [MY-015015] [Server] MySQL Server - start.",
      "{iso6} 0 [System] [MY-010931] [Server] /usr/sbin/mysqld: ready for connections. Version: '{version}'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server - GPL.",
    ],
  },
  // docker-library/mysql docker-entrypoint.sh docker_verify_minimum_env.
  'mysql-no-password': {
    lines: [
      '{mysql} [Note] [Entrypoint]: Entrypoint script for MySQL Server {version} started.',
      "{mysql} [Note] [Entrypoint]: Switching to dedicated user 'mysql'",
      '{mysql} [Note] [Entrypoint]: Entrypoint script for MySQL Server {version} started.',
      '{mysql} [ERROR] [Entrypoint]: Database is uninitialized and password option is not specified',
      '    You need to specify one of the following as an environment variable:',
      '    - MYSQL_ROOT_PASSWORD',
      '    - MYSQL_ALLOW_EMPTY_PASSWORD',
      '    - MYSQL_RANDOM_ROOT_PASSWORD',
    ],
  },
  mariadb: {
    lines: [
      '{mysql} [Note] [Entrypoint]: Entrypoint script for MariaDB Server 1:{version}+maria~ubu2404 started.',
      "{mysql} [Note] [Entrypoint]: Switching to dedicated user 'mysql'",
      '{mysql} [Note] [Entrypoint]: Entrypoint script for MariaDB Server 1:{version}+maria~ubu2404 started.',
      '{mysql} [Note] [Entrypoint]: Initializing database files',
      '{mysql} [Note] [Entrypoint]: MariaDB init process done. Ready for start up.',
      '',
      "{mysql} 0 [Note] Starting MariaDB {version}-MariaDB-ubu2404 source revision  server_uid  as process 1",
      "{mysql} 0 [Note] mariadbd: ready for connections.",
      "Version: '{version}-MariaDB-ubu2404'  socket: '/run/mysqld/mysqld.sock'  port: 3306  mariadb.org binary distribution",
    ],
  },
  'mariadb-no-password': {
    lines: [
      '{mysql} [Note] [Entrypoint]: Entrypoint script for MariaDB Server 1:{version}+maria~ubu2404 started.',
      "{mysql} [Note] [Entrypoint]: Switching to dedicated user 'mysql'",
      '{mysql} [Note] [Entrypoint]: Entrypoint script for MariaDB Server 1:{version}+maria~ubu2404 started.',
      '{mysql} [ERROR] [Entrypoint]: Database is uninitialized and password option is not specified',
      '\tYou need to specify one of MARIADB_ROOT_PASSWORD, MARIADB_ROOT_PASSWORD_HASH, MARIADB_ALLOW_EMPTY_ROOT_PASSWORD and MARIADB_RANDOM_ROOT_PASSWORD',
    ],
  },
  mongo: {
    lines: [
      '{"t":{"$date":"{mongo}"},"s":"I",  "c":"CONTROL",  "id":23285,   "ctx":"main","msg":"Automatically disabling TLS 1.0, to force-enable TLS 1.0 specify --sslDisabledProtocols \'none\'"}',
      '{"t":{"$date":"{mongo}"},"s":"I",  "c":"NETWORK",  "id":4915701, "ctx":"main","msg":"Initialized wire specification"}',
      '{"t":{"$date":"{mongo}"},"s":"I",  "c":"CONTROL",  "id":4615611, "ctx":"initandlisten","msg":"MongoDB starting","attr":{"pid":1,"port":27017,"dbPath":"/data/db","architecture":"64-bit","host":"{host}"}}',
      '{"t":{"$date":"{mongo}"},"s":"I",  "c":"CONTROL",  "id":23403,   "ctx":"initandlisten","msg":"Build Info","attr":{"buildInfo":{"version":"{version}"}}}',
      '{"t":{"$date":"{mongo}"},"s":"I",  "c":"NETWORK",  "id":23015,   "ctx":"listener","msg":"Listening on","attr":{"address":"0.0.0.0"}}',
      '{"t":{"$date":"{mongo}"},"s":"I",  "c":"NETWORK",  "id":23016,   "ctx":"listener","msg":"Waiting for connections","attr":{"port":27017,"ssl":"off"}}',
    ],
  },
  rabbitmq: {
    lines: [
      '{rabbit} [notice] <0.44.0> Application syslog exited with reason: stopped',
      '{rabbit} [notice] <0.248.0> Logging: switching to configured handler(s); following messages may not be visible in this log output',
      '{rabbit} [info] <0.248.0> Starting RabbitMQ {version} on Erlang 27.2 [jit]',
      '{rabbit} [info] <0.248.0> node           : rabbit@{host}',
      '{rabbit} [info] <0.675.0> started TCP listener on [::]:5672',
      '{rabbit} [info] <0.9.0> Server startup complete; 0 plugins started.',
    ],
  },
  // Caddy logs JSON to stderr (zap); its default config serves /usr/share/caddy on :80.
  caddy: {
    lines: [
      '{"level":"info","ts":{epoch},"msg":"using config from file","file":"/etc/caddy/Caddyfile"}',
      '{"level":"info","ts":{epoch},"msg":"adapted config to JSON","adapter":"caddyfile"}',
      '{"level":"info","ts":{epoch},"logger":"admin","msg":"admin endpoint started","address":"localhost:2019","enforce_origin":false,"origins":["//localhost:2019","//[::1]:2019","//127.0.0.1:2019"]}',
      '{"level":"info","ts":{epoch},"msg":"serving initial configuration"}',
    ],
  },
  traefik: {
    lines: ['{isoSec} INF Traefik version {version} built on 2024-12-16T10:05:35Z version={version}', '{isoSec} INF Starting provider aggregator *aggregator.ProviderAggregator', '{isoSec} INF Starting provider *traefik.Provider'],
  },
  // haproxy's image ships no configuration: the default command cannot start.
  'haproxy-no-config': {
    lines: ['[NOTICE]   (1) : haproxy version is {version}', '[ALERT]    (1) : config : Cannot open configuration file/directory /usr/local/etc/haproxy/haproxy.cfg : No such file or directory'],
  },
  tomcat: {
    lines: [
      'NOTE: Picked up JDK_JAVA_OPTIONS:  --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED --add-opens=java.rmi/sun.rmi.transport=ALL-UNNAMED',
      '{tomcat} INFO [main] org.apache.catalina.startup.VersionLoggerListener.log Server version name:   Apache Tomcat/{version}',
      '{tomcat} INFO [main] org.apache.coyote.AbstractProtocol.init Initializing ProtocolHandler ["http-nio-8080"]',
      '{tomcat} INFO [main] org.apache.catalina.core.StandardService.startInternal Starting service [Catalina]',
      '{tomcat} INFO [main] org.apache.coyote.AbstractProtocol.start Starting ProtocolHandler ["http-nio-8080"]',
      '{tomcat} INFO [main] org.apache.catalina.startup.Catalina.start Server startup in [512] milliseconds',
    ],
  },
  prometheus: {
    lines: ['time={isoSec} level=INFO source=main.go:642 msg="No time or size retention was set so using the default time retention" duration=15d', 'time={isoSec} level=INFO source=main.go:689 msg="Starting Prometheus Server" mode=server version="(version={version}, branch=HEAD, revision=00000000)"', 'time={isoSec} level=INFO source=web.go:654 msg="Start listening for connections" component=web address=0.0.0.0:9090', 'time={isoSec} level=INFO source=main.go:1353 msg="Server is ready to receive web requests."'],
  },
  grafana: {
    lines: ['logger=settings t={iso} level=info msg="Starting Grafana" version={version} commit=00000000 branch=HEAD compiled={isoSec}', 'logger=http.server t={iso} level=info msg="HTTP Server Listen" address=[::]:3000 protocol=http subUrl= socket='],
  },
  registry: {
    lines: ['time="{isoSec}" level=info msg="listening on [::]:5000" go.version=go1.20.8 instance.id=00000000-0000-0000-0000-000000000000 service=registry version=2.8.3'],
  },
  etcd: {
    lines: ['{"level":"info","ts":"{iso}","caller":"etcdmain/etcd.go:73","msg":"Running: ","args":["etcd"]}', '{"level":"info","ts":"{iso}","caller":"embed/serve.go:103","msg":"ready to serve client requests"}'],
  },
  zookeeper: {
    lines: ['ZooKeeper JMX enabled by default', 'Using config: /conf/zoo.cfg', '{zk} [myid:] - INFO  [main:o.a.z.s.q.QuorumPeerConfig@177] - Reading configuration from: /conf/zoo.cfg', '{zk} [myid:1] - INFO  [main:o.a.z.s.NIOServerCnxnFactory@660] - binding to port 0.0.0.0/0.0.0.0:2181'],
  },
  // hello-world's /hello (docker-library/hello-world hello.c).
  'hello-world': {
    lines: [
      '',
      'Hello from Docker!',
      'This message shows that your installation appears to be working correctly.',
      '',
      'To generate this message, Docker took the following steps:',
      ' 1. The Docker client contacted the Docker daemon.',
      ' 2. The Docker daemon pulled the "hello-world" image from the Docker Hub.',
      '    (amd64)',
      ' 3. The Docker daemon created a new container from that image which runs the',
      '    executable that produces the output you are currently reading.',
      ' 4. The Docker daemon streamed that output to the Docker client, which sent it',
      '    to your terminal.',
      '',
      'To try something more ambitious, you can run an Ubuntu container with:',
      ' $ docker run -it ubuntu bash',
      '',
      'Share images, automate workflows, and more with a free Docker ID:',
      ' https://hub.docker.com/',
      '',
      'For more examples and ideas, visit:',
      ' https://docs.docker.com/get-started/',
      '',
    ],
  },
};

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

export interface BootContext {
  at: number;
  version: string;
  kernel: string;
  ip: string;
  host: string;
  signal?: string;
}

/** The template's lines (or its stop lines) with every token filled in. */
export function renderBoot(key: string | undefined, ctx: BootContext, which: 'lines' | 'stop' = 'lines'): string[] {
  const tpl = key === undefined || !Object.hasOwn(BOOT, key) ? undefined : BOOT[key];
  const src = tpl?.[which];
  return src?.length ? renderLines(src, ctx) : [];
}

/** Lines with tokens (see the header) filled in. */
export function renderLines(src: readonly string[], ctx: BootContext): string[] {
  const d = new Date(EPOCH_MS + ctx.at);
  const Y = d.getUTCFullYear();
  const M = pad(d.getUTCMonth() + 1);
  const D = pad(d.getUTCDate());
  const hms = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  const ms = pad(d.getUTCMilliseconds(), 3);
  const us = `${ms}000`;
  const signum = ctx.signal === 'SIGQUIT' ? 3 : 15;
  const tokens: Record<string, string> = {
    ymd: `${Y}/${M}/${D} ${hms}`,
    iso: `${Y}-${M}-${D}T${hms}.${ms}Z`,
    isoSec: `${Y}-${M}-${D}T${hms}Z`,
    iso6: `${Y}-${M}-${D}T${hms}.${us}Z`,
    apache: `[${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${D} ${hms}.${us} ${Y}]`,
    redis: `${D} ${MONTHS[d.getUTCMonth()]} ${Y} ${hms}.${ms}`,
    pg: `${Y}-${M}-${D} ${hms}.${ms} UTC`,
    mysql: `${Y}-${M}-${D} ${hms}+00:00`,
    mongo: `${Y}-${M}-${D}T${hms}.${ms}+00:00`,
    rabbit: `${Y}-${M}-${D} ${hms}.${us}+00:00`,
    tomcat: `${D}-${MONTHS[d.getUTCMonth()]}-${Y} ${hms}.${ms}`,
    zk: `${Y}-${M}-${D} ${hms},${ms}`,
    glog: `${M}${D} ${hms}.${us}`,
    epoch: `${Math.floor((EPOCH_MS + ctx.at) / 1000)}.${ms}`,
    version: ctx.version,
    kernel: ctx.kernel,
    ip: ctx.ip,
    host: ctx.host,
    signum: String(signum),
    signame: ctx.signal ?? 'SIGTERM',
    stopverb: signum === 3 ? 'shutting down' : 'exiting',
  };
  return src.map((l) => l.replace(/\{(\w+)\}/g, (m, k: string) => tokens[k] ?? m));
}
