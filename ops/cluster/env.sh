# Shared by start.sh, stop.sh and check.sh: where the local cluster lives and which ports it uses.
# Every port can be moved with the variable of the same name, e.g. CLUSTER_HTTP_PORT=8080 ops/cluster/start.sh.
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
RUN=${CLUSTER_RUN:-$ROOT/ops/cluster/run}
CLUSTER_HTTP_PORT=${CLUSTER_HTTP_PORT:-18080}      # HAProxy: the address people use
CLUSTER_STATS_PORT=${CLUSTER_STATS_PORT:-18404}    # HAProxy's statistics page
CLUSTER_NODE1_PORT=${CLUSTER_NODE1_PORT:-18081}
CLUSTER_NODE2_PORT=${CLUSTER_NODE2_PORT:-18082}
CLUSTER_PG_PORT=${CLUSTER_PG_PORT:-15432}
CLUSTER_SMTP_PORT=${CLUSTER_SMTP_PORT:-13025}
CLUSTER_IMAP_PORT=${CLUSTER_IMAP_PORT:-13143}
CLUSTER_MAIL_API_PORT=${CLUSTER_MAIL_API_PORT:-18180}
CLUSTER_S3_PORT=${CLUSTER_S3_PORT:-19090}          # S3Mock's S3 API (plain HTTP)
CLUSTER_OPENSEARCH_PORT=${CLUSTER_OPENSEARCH_PORT:-19200}                      # OpenSearch's HTTP API
CLUSTER_OPENSEARCH_TRANSPORT_PORT=${CLUSTER_OPENSEARCH_TRANSPORT_PORT:-19300}  # its node-to-node port (one node here)
# Where both app nodes search: elasticsearch (Hibernate Search's Elasticsearch backend on the OpenSearch node above,
# one index for both) or lucene (each node its own index in its folder: a change made on one node is not found on
# the other; only for comparing).
CLUSTER_SEARCH_BACKEND=${CLUSTER_SEARCH_BACKEND:-elasticsearch}
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
JAVA_HOME=${JAVA_HOME:-$(ls -d /usr/lib/jvm/temurin-2[5-9]* 2>/dev/null | head -1)}
JAVA="$JAVA_HOME/bin/java"
DB_NAME=centrecpd
DB_USER=centrecpd
DB_PASSWORD=cluster-local-only
BUCKET=centre-cpd-files

node_port() { if [[ $1 == 1 ]]; then echo "$CLUSTER_NODE1_PORT"; else echo "$CLUSTER_NODE2_PORT"; fi; }
alive() { [[ -f $1 ]] && kill -0 "$(cat "$1")" 2>/dev/null; }
as_postgres() { runuser -u postgres -- "$@"; }
