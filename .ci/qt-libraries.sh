#!/usr/bin/env bash
# The system libraries Qt needs to run headless (offscreen) on Debian and Ubuntu, installed
# when missing. Used by .ci/run (CI=true) and by the GitHub workflows on ubuntu-22.04.
set -euo pipefail

QT_LIBS=(libgl1 libegl1 libglib2.0-0 libdbus-1-3 libfontconfig1 libxkbcommon0 fonts-dejavu-core)

missing=()
for pkg in "${QT_LIBS[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if ((${#missing[@]})); then
    echo "== installing system libraries Qt needs: ${missing[*]}"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
