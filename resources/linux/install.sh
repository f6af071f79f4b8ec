#!/usr/bin/env sh
# Install Trust Journal's desktop integration for one user (default prefix: ~/.local):
# the menu entry, icons, AppStream metainfo and the file types of shared entries and
# partner cards, so that double-clicking a .tjshare opens it in the app.
#
#   install.sh [--prefix DIR] [--bundle DIR] [--uninstall]
#
# --bundle DIR   also install a built one-folder app (the folder holding `trustjournal`
#                and `trustjournal-cli`) under PREFIX/lib/trustjournal, linked into PREFIX/bin.
#                Without it, the `trustjournal` command must already be on PATH (pip install).
set -eu

APP_ID=org.trustjournal.TrustJournal
HERE=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
ICONS="$HERE/../icons/hicolor"
PREFIX="${HOME}/.local"
BUNDLE=""
UNINSTALL=0

while [ $# -gt 0 ]; do
    case "$1" in
        --prefix) PREFIX="$2"; shift 2 ;;
        --bundle) BUNDLE="$2"; shift 2 ;;
        --uninstall) UNINSTALL=1; shift ;;
        -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
        *) echo "install.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done

SHARE="$PREFIX/share"
refresh() {
    # Each cache tool is optional; a desktop without it simply rescans later.
    if command -v update-mime-database > /dev/null; then update-mime-database "$SHARE/mime" > /dev/null 2>&1 || true; fi
    if command -v update-desktop-database > /dev/null; then update-desktop-database "$SHARE/applications" > /dev/null 2>&1 || true; fi
    if command -v gtk-update-icon-cache > /dev/null; then gtk-update-icon-cache -q -t "$SHARE/icons/hicolor" > /dev/null 2>&1 || true; fi
}

if [ "$UNINSTALL" -eq 1 ]; then
    rm -f "$SHARE/applications/$APP_ID.desktop" "$SHARE/metainfo/$APP_ID.metainfo.xml" \
          "$SHARE/mime/packages/$APP_ID.xml"
    find "$SHARE/icons/hicolor" -name "$APP_ID.*" -type f -delete 2>/dev/null || true
    rm -rf "$PREFIX/lib/trustjournal"
    for tool in trustjournal trustjournal-cli; do
        if [ -L "$PREFIX/bin/$tool" ]; then rm -f "$PREFIX/bin/$tool"; fi
    done
    refresh
    echo "Trust Journal's desktop integration was removed from $PREFIX. Journals were not touched."
    exit 0
fi

if [ -n "$BUNDLE" ] && [ ! -x "$BUNDLE/trustjournal" ]; then
    echo "install.sh: $BUNDLE does not hold a built trustjournal app" >&2
    exit 1
fi
mkdir -p "$SHARE/applications" "$SHARE/metainfo" "$SHARE/mime/packages"
EXEC=trustjournal
if [ -n "$BUNDLE" ]; then
    rm -rf "$PREFIX/lib/trustjournal"
    mkdir -p "$PREFIX/lib" "$PREFIX/bin"
    cp -R "$BUNDLE" "$PREFIX/lib/trustjournal"
    ln -sf "$PREFIX/lib/trustjournal/trustjournal" "$PREFIX/bin/trustjournal"
    ln -sf "$PREFIX/lib/trustjournal/trustjournal-cli" "$PREFIX/bin/trustjournal-cli"
    EXEC="$PREFIX/bin/trustjournal"
fi

sed "s|^Exec=trustjournal |Exec=$EXEC |" "$HERE/$APP_ID.desktop" > "$SHARE/applications/$APP_ID.desktop"
cp "$HERE/$APP_ID.metainfo.xml" "$SHARE/metainfo/$APP_ID.metainfo.xml"
cp "$HERE/$APP_ID.mime.xml" "$SHARE/mime/packages/$APP_ID.xml"
for dir in "$ICONS"/*/apps; do
    size=$(basename "$(dirname "$dir")")
    mkdir -p "$SHARE/icons/hicolor/$size/apps"
    cp "$dir"/"$APP_ID".* "$SHARE/icons/hicolor/$size/apps/"
done
refresh
echo "Trust Journal is in your applications menu (installed under $PREFIX)."
