#!/usr/bin/env bash
# The README's test command: restore (warnings are errors), build, and run every test project.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet restore Registry.sln
dotnet build Registry.sln --no-restore -c Release
dotnet test Registry.sln --no-build -c Release --logger "console;verbosity=normal" 2>&1 | tee /tmp/registry-test.log
