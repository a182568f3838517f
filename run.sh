#!/usr/bin/env bash
# Set up (first time) and start the kiosk. Its state lives in $KIOSK_HOME when set.
# Extra arguments go to `kiosk run`, e.g. ./run.sh --windowed
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh
exec .venv/bin/kiosk run "$@"
