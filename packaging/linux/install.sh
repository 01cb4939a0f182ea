#!/usr/bin/env bash
# Installs Annotator on a Linux computer: the bundle (dist/annotator, from build-linux.sh), the
# `annotator` command, the menu entry, the icons, the file types and the AppStream metadata.
#
#   sudo bash packaging/linux/install.sh                  # into /usr/local, for every user
#   bash packaging/linux/install.sh --prefix ~/.local     # for one user, no root
#   bash packaging/linux/install.sh --desktop-only        # the menu entry and file types only,
#                                                         # for an `annotator` from pip install
#   DESTDIR=/tmp/stage bash packaging/linux/install.sh    # staged, for a .deb or an image
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
prefix=/usr/local
desktop_only=0
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) prefix="$2"; shift 2 ;;
    --desktop-only) desktop_only=1; shift ;;
    *) echo "install.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
dest="${DESTDIR:-}$prefix"
app_id=org.annotator.Annotator

if [ "$desktop_only" = 0 ]; then
  if [ ! -x "$root/dist/annotator/annotator" ]; then
    echo "install.sh: no bundle at dist/annotator; run bash packaging/build-linux.sh first" >&2
    exit 1
  fi
  rm -rf "$dest/lib/annotator"
  mkdir -p "$dest/lib" "$dest/bin"
  cp -a "$root/dist/annotator" "$dest/lib/annotator"
  ln -sfn "$prefix/lib/annotator/annotator" "$dest/bin/annotator"
fi

install -Dm644 "$here/$app_id.desktop" "$dest/share/applications/$app_id.desktop"
install -Dm644 "$here/$app_id.metainfo.xml" "$dest/share/metainfo/$app_id.metainfo.xml"
install -Dm644 "$here/$app_id.xml" "$dest/share/mime/packages/$app_id.xml"
(cd "$here/icons" && find hicolor -type f) | while read -r icon; do
  install -Dm644 "$here/icons/$icon" "$dest/share/icons/$icon"
done

# The desktop's caches, when installing for real (a staged install leaves them to the package).
if [ -z "${DESTDIR:-}" ]; then
  command -v update-mime-database >/dev/null && update-mime-database "$dest/share/mime" || true
  command -v update-desktop-database >/dev/null \
    && update-desktop-database -q "$dest/share/applications" || true
  command -v gtk-update-icon-cache >/dev/null \
    && gtk-update-icon-cache -qtf "$dest/share/icons/hicolor" 2>/dev/null || true
fi
echo "Installed Annotator into $dest"
