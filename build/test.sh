#!/usr/bin/env bash
# The README's test command: restore (warnings are errors), build, and run every test project,
# then print one closing line "N passed, N failed, N skipped" summed over all projects.
set -uo pipefail
cd "$(dirname "$0")/.."
configuration="${CONFIGURATION:-Release}"
log="$(mktemp -t registry-test.XXXXXX.log)"

dotnet restore Registry.sln || exit 1
dotnet build Registry.sln --no-restore -c "$configuration" || exit 1
dotnet test Registry.sln --no-build -c "$configuration" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# PostgreSQL pass: with a server in REGISTRY_TEST_POSTGRES (.ci/run starts one with build/postgres.sh), the tests that
# compose the whole product on a database (ComposedRegistry, CaseCommandRegistry) run again on PostgreSQL.
if [ -n "${REGISTRY_TEST_POSTGRES:-}" ]; then
  classes=$(grep -rhoE 'class [A-Za-z]+\(\) : (ComposedRegistry|CaseCommandRegistry)\(' tests/Registry.Application.Tests --include='*.cs' \
    | sed -E 's/class ([A-Za-z]+).*/\1/' | sort -u)
  filter=$(printf 'FullyQualifiedName~.%s.|' $classes | sed 's/|$//')
  echo "PostgreSQL pass: $(echo "$classes" | wc -l) test classes"
  REGISTRY_TEST_PROVIDER=PostgreSql dotnet test tests/Registry.Application.Tests --no-build -c "$configuration" --filter "$filter" 2>&1 | tee -a "$log"
  [ "${PIPESTATUS[0]}" -eq 0 ] || status=1
fi

# Each test project ends with e.g. "Passed!  - Failed:     0, Passed:    42, Skipped:     0, Total:    42".
awk '
  /(Passed|Failed)!  - Failed:/ {
    for (i = 1; i <= NF; i++) {
      if ($i == "Failed:")  { f += $(i+1) + 0 }
      if ($i == "Passed:")  { p += $(i+1) + 0 }
      if ($i == "Skipped:") { s += $(i+1) + 0 }
    }
    projects++
  }
  END { printf "Tests: %d passed, %d failed, %d skipped\n", p, f, s; if (projects == 0) exit 1 }
' "$log" || status=1
exit "$status"
