#!/usr/bin/env bash
# Debian's PostgreSQL server binaries, installed when missing: the team-database tests start
# their own throwaway cluster from them (tests/pg.py), so no service needs to be running.
# Used by .ci/run (CI=true); on GitHub's ubuntu runners it works the same way.
set -euo pipefail

if ! dpkg-query -W -f='${Status}' postgresql 2>/dev/null | grep -q "install ok installed"; then
    echo "== installing PostgreSQL for the team-database tests"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql
fi
