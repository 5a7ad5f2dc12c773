#!/usr/bin/env bash
# A stand-in for the VS Code executable, for @vscode/test-electron's
# runTests({ vscodeExecutablePath: <this file>, ... }): it forwards the
# arguments runTests builds (--extensionDevelopmentPath=..., --extensionTestsPath=...,
# launchArgs such as the workspace folder) to the code-server runner.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
exec node "$root/out/test/integration/runner/run.js" "$@"
