#!/usr/bin/env bash
# Starts a two-node Centre CPD cluster on this machine (docs/operations.md, "A local cluster"):
#   PostgreSQL 15 (Debian's server binaries, a data folder under ops/cluster/run/), GreenMail (an SMTP server that
#   keeps every message, with a web API), S3Mock (an S3 API server: the documents' bucket), one OpenSearch 2.19 node
#   (the search index both app nodes share, from the server's jars on Maven Central, as the tests start it), two app
#   nodes from the production jar on one database, one bucket and one index, and HAProxy in front with sticky
#   sessions and health checks on readiness.
# Each part is started only if it is not already running (pid files in ops/cluster/run/), so running it again after
# a node stopped starts that node alone. ops/cluster/stop.sh stops everything.
#
#   ops/cluster/start.sh            both nodes
#   ops/cluster/start.sh node 2     only that node (the others must be up)
#
# Environment: the ports and the search backend in env.sh; CLUSTER_HEAP (-Xmx of each node, 768m); CLUSTER_START_TIMEOUT (seconds a node
# may take to become ready, 600: the machine may be busy); CLUSTER_REMINDERS_CRON (when the reminder job fires,
# every minute here so that the check sees it on both nodes); CLUSTER_EXTRACTION_LEASE (how long a node's claim on
# a document being read lasts without renewal, 20 s here so that the check sees another node take over soon; 1 minute
# by default).
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
mkdir -p "$RUN"
HEAP=${CLUSTER_HEAP:-768m}
TIMEOUT=${CLUSTER_START_TIMEOUT:-600}

say() { printf '[cluster %s] %s\n' "$(date -u +%H:%M:%S)" "$*"; }

wait_for() { # name url pidfile
  local name=$1 url=$2 pidfile=$3 t0=$SECONDS
  until curl -fs -o /dev/null "$url"; do
    alive "$pidfile" || { say "$name stopped while starting; see its log in $RUN"; exit 1; }
    (( SECONDS - t0 < TIMEOUT )) || { say "$name not ready after $TIMEOUT s"; exit 1; }
    sleep 1
  done
  say "$name ready in $(( SECONDS - t0 )) s"
}

jar=$(ls target/centre-cpd-*.jar 2>/dev/null | grep -v original | head -1 || true)
greenmail_version=$(sed -n 's:.*<greenmail.version>\(.*\)</greenmail.version>.*:\1:p' pom.xml)
greenmail_jar=$RUN/greenmail-standalone-$greenmail_version.jar
s3mock_version=$(sed -n 's:.*<s3mock.version>\(.*\)</s3mock.version>.*:\1:p' pom.xml)
s3mock_jar=$RUN/s3mock-$s3mock_version-exec.jar
# The OpenSearch node's class path: the jars src/test/opensearch/pom.xml names (the tests' node, support.TestOpenSearch).
opensearch_lib=$RUN/opensearch-lib
opensearch_last_jar=$(sed -n 's:.*<artifactId>\(reindex-client\)</artifactId><version>\(.*\)</version>.*:\1-\2.jar:p' src/test/opensearch/pom.xml)

prerequisites() {
  [[ -x $JAVA ]] || { echo "No JDK 25 under /usr/lib/jvm: set JAVA_HOME" >&2; exit 1; }
  [[ -x $PG_BIN/pg_ctl ]] || { echo "No PostgreSQL server binaries in $PG_BIN (apt-get install postgresql-15, or set PG_BIN)" >&2; exit 1; }
  if ! command -v haproxy >/dev/null 2>&1; then
    say "Installing HAProxy from Debian's packages"
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -q haproxy || { apt-get update -q && apt-get install -y -q haproxy; }
  fi
  if [[ -z $jar ]]; then
    say "Building the production jar (./mvnw -Pproduction package -DskipTests)"
    ./mvnw -q -Pproduction package -DskipTests
    jar=$(ls target/centre-cpd-*.jar | grep -v original | head -1)
  fi
  if [[ ! -f $greenmail_jar ]]; then
    say "Fetching GreenMail $greenmail_version (standalone) from Maven Central"
    ./mvnw -q dependency:copy -Dartifact="com.icegreen:greenmail-standalone:$greenmail_version" -DoutputDirectory="$RUN"
  fi
  if [[ $CLUSTER_SEARCH_BACKEND == elasticsearch && ! -f $opensearch_lib/$opensearch_last_jar ]]; then
    say "Copying the OpenSearch server's jars (src/test/opensearch/pom.xml) from the local Maven repository or Maven Central"
    ./mvnw -q -o -f src/test/opensearch/pom.xml dependency:copy-dependencies -DoutputDirectory="$opensearch_lib" 2>/dev/null \
      || ./mvnw -q -f src/test/opensearch/pom.xml dependency:copy-dependencies -DoutputDirectory="$opensearch_lib"
  fi
  if [[ ! -f $s3mock_jar ]]; then
    say "Fetching S3Mock $s3mock_version (the tests' S3 server) from Maven Central"
    ./mvnw -q dependency:copy -Dartifact="com.adobe.testing:s3mock:$s3mock_version:jar:exec" -DoutputDirectory="$RUN"
  fi
}

postgres() {
  if as_postgres "$PG_BIN/pg_ctl" -D "$RUN/pgdata" status >/dev/null 2>&1; then return; fi
  mkdir -p "$RUN/pgsocket"
  chown postgres "$RUN/pgsocket"
  if [[ ! -f $RUN/pgdata/PG_VERSION ]]; then
    mkdir -p "$RUN/pgdata"
    chown postgres "$RUN/pgdata"
    as_postgres "$PG_BIN/initdb" -D "$RUN/pgdata" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$RUN/initdb.log"
  fi
  say "Starting PostgreSQL on port $CLUSTER_PG_PORT"
  touch "$RUN/postgres.log"; chown postgres "$RUN/postgres.log"
  as_postgres "$PG_BIN/pg_ctl" -D "$RUN/pgdata" -l "$RUN/postgres.log" -w -t 120 \
    -o "-p $CLUSTER_PG_PORT -k $RUN/pgsocket -c listen_addresses=127.0.0.1 -c max_connections=100" start >/dev/null
  if [[ -z $(psql_admin -tAc "select 1 from pg_roles where rolname = '$DB_USER'") ]]; then
    psql_admin -qc "create user $DB_USER password '$DB_PASSWORD'" -c "create database $DB_NAME owner $DB_USER"
  fi
}
psql_admin() { psql -h 127.0.0.1 -p "$CLUSTER_PG_PORT" -U postgres -d postgres "$@"; }

greenmail() {
  alive "$RUN/greenmail.pid" && return
  say "Starting GreenMail (SMTP $CLUSTER_SMTP_PORT, IMAP $CLUSTER_IMAP_PORT, API $CLUSTER_MAIL_API_PORT)"
  # auth.disabled: every address receives, no accounts to create; a mailbox is made on its first message.
  "$JAVA" -Xmx256m -Dgreenmail.hostname=127.0.0.1 -Dgreenmail.smtp.port="$CLUSTER_SMTP_PORT" \
    -Dgreenmail.imap.port="$CLUSTER_IMAP_PORT" -Dgreenmail.auth.disabled -Dgreenmail.verbose=false \
    -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port="$CLUSTER_MAIL_API_PORT" \
    -jar "$greenmail_jar" >"$RUN/greenmail.log" 2>&1 &
  echo $! >"$RUN/greenmail.pid"
  wait_for GreenMail "http://127.0.0.1:$CLUSTER_MAIL_API_PORT/api/service/readiness" "$RUN/greenmail.pid"
}

s3() {
  alive "$RUN/s3.pid" && return
  mkdir -p "$RUN/s3"
  say "Starting S3Mock on port $CLUSTER_S3_PORT (bucket $BUCKET, kept in $RUN/s3)"
  # The tests' S3 server (support.TestS3), here keeping its objects between starts. Any access key is accepted.
  "$JAVA" -Xmx256m -jar "$s3mock_jar" --server.port=0 --com.adobe.testing.s3mock.httpPort="$CLUSTER_S3_PORT" \
    --com.adobe.testing.s3mock.store.initialBuckets="$BUCKET" --com.adobe.testing.s3mock.store.root="$RUN/s3" \
    --com.adobe.testing.s3mock.store.retainFilesOnExit=true --spring.main.banner-mode=off \
    --logging.level.root=warn --logging.level.org.springframework.web=warn --logging.level.org.apache=warn >"$RUN/s3.log" 2>&1 &
  echo $! >"$RUN/s3.pid"
  local t0=$SECONDS
  until [[ $(curl -s -o /dev/null -w '%{http_code}' -I "http://127.0.0.1:$CLUSTER_S3_PORT/$BUCKET") == 200 ]]; do
    alive "$RUN/s3.pid" || { say "S3Mock stopped while starting; see $RUN/s3.log"; exit 1; }
    (( SECONDS - t0 < TIMEOUT )) || { say "S3Mock not ready after $TIMEOUT s"; exit 1; }
    sleep 1
  done
  say "S3Mock ready in $(( SECONDS - t0 )) s"
}

opensearch() {
  [[ $CLUSTER_SEARCH_BACKEND == elasticsearch ]] || return 0
  alive "$RUN/opensearch.pid" && return
  mkdir -p "$RUN/opensearch"/{config,plugins,modules}
  say "Starting OpenSearch on port $CLUSTER_OPENSEARCH_PORT (data in $RUN/opensearch/data)"
  # The tests' node (src/test/opensearch/OpenSearchNode.java, run as a single-file program by the JDK), with 'service':
  # it runs until SIGTERM instead of until its parent's standard input closes. Single node, no security plugin, HTTP on
  # 127.0.0.1 only; a real deployment uses an OpenSearch cluster with TLS and users (docs/operations.md).
  "$JAVA" -Xms256m -Xmx512m -XX:TieredStopAtLevel=1 -Dlog4j2.disable.jmx=true \
    -Dopensearch.set.netty.runtime.available.processors=false -cp "$opensearch_lib/*" \
    src/test/opensearch/OpenSearchNode.java "$RUN/opensearch" "$CLUSTER_OPENSEARCH_PORT" "$CLUSTER_OPENSEARCH_TRANSPORT_PORT" service \
    </dev/null >"$RUN/opensearch.log" 2>&1 &
  echo $! >"$RUN/opensearch.pid"
  wait_for OpenSearch "http://127.0.0.1:$CLUSTER_OPENSEARCH_PORT/_cluster/health?wait_for_status=yellow&timeout=5s" "$RUN/opensearch.pid"
}

node() { # n
  local n=$1 port; port=$(node_port "$1")
  alive "$RUN/node-$n.pid" && return
  mkdir -p "$RUN/node-$n"
  say "Starting app node $n on port $port (log: $RUN/node-$n/app.log)"
  # Same database, same bucket, same mail server, same OpenSearch index; each node its own name and log.
  # The demo profile seeds the demo people on the first start (node 1 alone, before node 2 starts).
  # ShedLock's debug lines show a job skipped because the other node holds its lock (the check counts them).
  # Only node 1 republishes outstanding events after its start (docs/operations.md, several app nodes).
  DATABASE_URL="jdbc:postgresql://127.0.0.1:$CLUSTER_PG_PORT/$DB_NAME" DATABASE_USER=$DB_USER DATABASE_PASSWORD=$DB_PASSWORD \
  "$JAVA" -Xmx"$HEAP" -XX:+ExitOnOutOfMemoryError -jar "$jar" \
    --spring.profiles.active=demo,postgres \
    --server.port="$port" \
    --centrecpd.node.name="node-$n" \
    --centrecpd.public-url="http://localhost:$CLUSTER_HTTP_PORT" \
    --centrecpd.files.store=s3 --centrecpd.files.s3.bucket="$BUCKET" \
    --centrecpd.files.s3.endpoint="http://127.0.0.1:$CLUSTER_S3_PORT" --centrecpd.files.s3.path-style-access=true \
    --centrecpd.files.s3.access-key=cluster --centrecpd.files.s3.secret-key=cluster-local-only \
    --centrecpd.search.backend="$CLUSTER_SEARCH_BACKEND" --centrecpd.search.hosts="127.0.0.1:$CLUSTER_OPENSEARCH_PORT" \
    --spring.jpa.properties.hibernate.search.backend.directory.root="$RUN/node-$n/index" \
    --centrecpd.extraction.lease="${CLUSTER_EXTRACTION_LEASE:-PT20S}" --centrecpd.extraction.poll-every=PT5S \
    --centrecpd.events.republish-after-start="$([[ $n == 1 ]] && echo true || echo false)" \
    --centrecpd.mail.enabled=true --spring.mail.host=127.0.0.1 --spring.mail.port="$CLUSTER_SMTP_PORT" \
    --centrecpd.reminders.cron="${CLUSTER_REMINDERS_CRON:-0 * * * * *}" --centrecpd.reminders.lock-at-least=PT50S \
    --centrecpd.shutdown.drain-for=PT5S \
    --logging.level.net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor=debug \
    >"$RUN/node-$n/app.log" 2>&1 &
  echo $! >"$RUN/node-$n.pid"
  wait_for "Node $n" "http://127.0.0.1:$port/actuator/health/readiness" "$RUN/node-$n.pid"
}

haproxy_up() {
  alive "$RUN/haproxy.pid" && return
  # Sticky sessions: HAProxy adds its own cookie (CPDNODE) naming the node that served the first request, and
  # sends the next requests there: a Vaadin screen lives in that node's memory. A node is taken out after two
  # failed readiness checks a second apart (503 while it drains, or no answer) and back after two good ones;
  # redispatch sends a request whose node is down, or did not answer, to the other node.
  cat >"$RUN/haproxy.cfg" <<CFG
global
    log stdout format raw local0 info
    maxconn 2000

defaults
    mode http
    log global
    option httplog
    # A node killed a moment ago may still take a connection it will never answer (the kernel's backlog): retry a
    # GET (or HEAD) that got nothing back, on the other node (redispatch at each retry). Other methods are retried
    # only when the connection failed, as the node may have acted on them.
    option redispatch 1
    retries 3
    retry-on all-retryable-errors
    timeout connect 2s
    timeout client 60s
    timeout server 60s
    timeout http-request 10s

frontend centre_cpd
    bind 127.0.0.1:$CLUSTER_HTTP_PORT
    option forwardfor
    http-request disable-l7-retry if !METH_GET
    default_backend app_nodes

backend app_nodes
    balance roundrobin
    cookie CPDNODE insert indirect nocache httponly
    option httpchk
    http-check send meth GET uri /actuator/health/readiness
    http-check expect status 200
    default-server inter 1s fall 2 rise 2
    server node-1 127.0.0.1:$CLUSTER_NODE1_PORT check cookie node-1
    server node-2 127.0.0.1:$CLUSTER_NODE2_PORT check cookie node-2

listen stats
    bind 127.0.0.1:$CLUSTER_STATS_PORT
    stats enable
    stats uri /
    stats refresh 2s
CFG
  haproxy -c -q -f "$RUN/haproxy.cfg"
  say "Starting HAProxy on port $CLUSTER_HTTP_PORT"
  haproxy -f "$RUN/haproxy.cfg" >"$RUN/haproxy.log" 2>&1 &
  echo $! >"$RUN/haproxy.pid"
  wait_for HAProxy "http://127.0.0.1:$CLUSTER_STATS_PORT/" "$RUN/haproxy.pid"
}

prerequisites
if [[ ${1:-} == node ]]; then
  node "$2"
  exit 0
fi
postgres
greenmail
s3
opensearch
node 1
node 2
haproxy_up

cat <<MSG

Centre CPD cluster is up:
  the app (HAProxy)    http://localhost:$CLUSTER_HTTP_PORT      sign in as practitioner@demo.centrecpd.example / demo-cpd-2026
  node 1, node 2       http://localhost:$CLUSTER_NODE1_PORT  http://localhost:$CLUSTER_NODE2_PORT
  HAProxy statistics   http://localhost:$CLUSTER_STATS_PORT
  documents (S3Mock)   http://localhost:$CLUSTER_S3_PORT/$BUCKET
  search (OpenSearch)  http://localhost:$CLUSTER_OPENSEARCH_PORT/_cat/aliases?v   (backend: $CLUSTER_SEARCH_BACKEND)
  mail (GreenMail API) http://localhost:$CLUSTER_MAIL_API_PORT/api/user   (IMAP 127.0.0.1:$CLUSTER_IMAP_PORT, any address, password = address)
  PostgreSQL           psql -h 127.0.0.1 -p $CLUSTER_PG_PORT -U postgres $DB_NAME
  logs                 $RUN
Stop it all: ops/cluster/stop.sh
MSG
