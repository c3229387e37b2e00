#!/usr/bin/env bash
# The several-node load test (issue 18): seeds a PostgreSQL database (1,000,000 finished + 10,000 open cases by default,
# reused by later runs), then 200 simulated examiners claim and decide cases over two node processes and then one.
#   bash build/load-test.sh [--finished N] [--open N] [--examiners N] [--cases N] [--database NAME] [--reseed] [--outage] [--pick-from-list] [--pause-ms N] [--warm-up N] [--nodes 1|2]
# Starts the throwaway server of build/postgres.sh unless REGISTRY_TEST_POSTGRES is set. With --outage (a third phase
# that stops the database for 30 s) it always starts a server of its own on port REGISTRY_LOAD_PG_PORT (55440), so no
# one else's database goes away, and seeds it afresh.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ " $* " == *" --outage "* ]]; then
  export REGISTRY_PG_PORT="${REGISTRY_LOAD_PG_PORT:-55440}"
  export REGISTRY_PG_DATA="/tmp/registry-pg-load-$REGISTRY_PG_PORT"
  eval "$(bash build/postgres.sh start)"
elif [ -z "${REGISTRY_TEST_POSTGRES:-}" ]; then
  eval "$(bash build/postgres.sh start)"
fi
dotnet build benchmarks/Registry.Benchmarks -c Release -v quiet -nologo >/dev/null
exec dotnet benchmarks/Registry.Benchmarks/bin/Release/net10.0/Registry.Benchmarks.dll load "$@"
