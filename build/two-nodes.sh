#!/usr/bin/env bash
# Two web nodes of one deployment on one PostgreSQL database, on http://127.0.0.1:5001 and http://127.0.0.1:5002.
# Starts the throwaway server of build/postgres.sh (or uses ConnectionStrings__Registry when set), then node A, which
# creates and migrates the database and loads the demo county, then node B. Ctrl-C stops both.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${ConnectionStrings__Registry:-}" ]; then
  eval "$(bash build/postgres.sh start)"
  export ConnectionStrings__Registry="Host=127.0.0.1;Port=${REGISTRY_PG_PORT:-55432};Username=registry;Database=registry"
fi
export Database__Provider=PostgreSql
dotnet build src/Registry.Web -c Release -v quiet -nologo >/dev/null

pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true' EXIT INT TERM
for port in 5001 5002; do
  dotnet run --project src/Registry.Web -c Release --no-build --urls "http://127.0.0.1:$port" &
  pids+=("$!")
  # The first node migrates the database; the second starts once the first answers.
  until curl -fs "http://127.0.0.1:$port/health" >/dev/null 2>&1; do sleep 1; done
  echo "node on http://127.0.0.1:$port is up"
done
wait
