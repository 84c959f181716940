#!/bin/sh
# Install CoachDesk for this user only (no root needed), from the unpacked bundle folder:
#   ./install.sh              install or update: program, `coachdesk` command, menu entry, icon
#   ./install.sh --uninstall  remove the program; your data, backups and settings stay
# Program:  ~/.local/lib/coachdesk          Command: ~/.local/bin/coachdesk
# Data:     ~/.local/share/CoachDesk (not touched by this script; see docs/PACKAGING.md)
set -eu

APP_ID=be.coachdesk.CoachDesk
HERE=$(cd "$(dirname "$0")" && pwd)
DATA_HOME=${XDG_DATA_HOME:-$HOME/.local/share}
LIB=$HOME/.local/lib/coachdesk
BIN=$HOME/.local/bin
ICONS=$DATA_HOME/icons/hicolor
SIZES="16 24 32 48 64 128 256 512"

refresh_menus() {
    command -v update-desktop-database >/dev/null 2>&1 \
        && update-desktop-database -q "$DATA_HOME/applications" || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 \
        && gtk-update-icon-cache -q -t "$ICONS" || true
}

uninstall() {
    rm -rf "$LIB"
    rm -f "$BIN/coachdesk" "$DATA_HOME/applications/$APP_ID.desktop" \
          "$DATA_HOME/metainfo/$APP_ID.metainfo.xml" "$ICONS/scalable/apps/$APP_ID.svg"
    for size in $SIZES; do
        rm -f "$ICONS/${size}x${size}/apps/$APP_ID.png"
    done
    refresh_menus
    echo "CoachDesk was removed. Your data, backups and settings were kept."
}

install() {
    if [ ! -x "$HERE/coachdesk" ]; then
        echo "install.sh: run me from the unpacked CoachDesk folder (no $HERE/coachdesk)." >&2
        exit 1
    fi
    mkdir -p "$HOME/.local/lib" "$BIN" "$DATA_HOME/applications" "$DATA_HOME/metainfo"
    # Copy beside the old version, then swap, so a failed copy leaves the old one working.
    rm -rf "$LIB.new"
    cp -R "$HERE" "$LIB.new"
    rm -rf "$LIB.old"
    [ -d "$LIB" ] && mv "$LIB" "$LIB.old"
    mv "$LIB.new" "$LIB"
    rm -rf "$LIB.old"
    ln -sf "$LIB/coachdesk" "$BIN/coachdesk"
    sed "s|^Exec=.*|Exec=\"$LIB/coachdesk\"|; s|^TryExec=.*|TryExec=$LIB/coachdesk|" \
        "$HERE/$APP_ID.desktop" > "$DATA_HOME/applications/$APP_ID.desktop"
    cp "$HERE/$APP_ID.metainfo.xml" "$DATA_HOME/metainfo/"
    icons="$HERE/_internal/coachdesk/resources/icons"
    mkdir -p "$ICONS/scalable/apps"
    cp "$icons/coachdesk.svg" "$ICONS/scalable/apps/$APP_ID.svg"
    for size in $SIZES; do
        mkdir -p "$ICONS/${size}x${size}/apps"
        cp "$icons/coachdesk-$size.png" "$ICONS/${size}x${size}/apps/$APP_ID.png"
    done
    refresh_menus
    echo "CoachDesk is installed: find it in your applications menu, or run $BIN/coachdesk."
}

case "${1:-}" in
    --uninstall) uninstall ;;
    "") install ;;
    *) echo "usage: install.sh [--uninstall]" >&2; exit 2 ;;
esac
