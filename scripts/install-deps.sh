#!/usr/bin/env bash
# Installs the Debian 12 packages Service Center Desk needs to build, run and test — only
# those that are missing. Uses sudo when not run as root.
set -euo pipefail
packages=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools linguist-qt6
  qt6-charts-dev libqt6opengl6-dev libxkbcommon-dev libvulkan-dev libgl-dev
  libqt6sql6-sqlite libqt6sql6-psql qt6-translations-l10n qt6-qpa-plugins
  catch2 libsodium-dev libsqlite3-dev sqlite3 libicu-dev
  postgresql-15 postgresql-client-15
  xvfb xauth fonts-noto-cjk poppler-utils faketime
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
echo "install-deps: installing ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
