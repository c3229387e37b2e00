#!/usr/bin/env bash
# The several-node load test (issue 18): seeds a PostgreSQL database (1,000,000 finished + 10,000 open cases by default,
# reused by later runs), then 200 simulated examiners claim and decide cases over two node processes and then one.
# Starts the throwaway server of build/postgres.sh unless REGISTRY_TEST_POSTGRES is set. Options go to the command:
#   bash build/load-test.sh [--finished N] [--open N] [--examiners N] [--cases N] [--database NAME] [--reseed] [--outage]
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${REGISTRY_TEST_POSTGRES:-}" ]; then
  eval "$(bash build/postgres.sh start)"
fi
dotnet build benchmarks/Registry.Benchmarks -c Release -v quiet -nologo >/dev/null
exec dotnet benchmarks/Registry.Benchmarks/bin/Release/net10.0/Registry.Benchmarks.dll load "$@"
