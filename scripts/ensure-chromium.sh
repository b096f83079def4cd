#!/usr/bin/env bash
# Makes sure the Chromium the end-to-end tests (tests/GitGoods.Web.Tests) drive is there: the path in
# GITGOODS_CHROMIUM, else Debian's /usr/bin/chromium, installed with apt-get when missing (as root, or with sudo
# when it works without a password). Playwright's own browser downloads are not used.
set -euo pipefail

if [[ -n "${GITGOODS_CHROMIUM:-}" ]]; then
  [[ -x "$GITGOODS_CHROMIUM" ]] && exit 0
  echo "GITGOODS_CHROMIUM=$GITGOODS_CHROMIUM is not an executable Chromium" >&2
  exit 2
fi

browser=/usr/bin/chromium
[[ -x "$browser" ]] && exit 0

if [[ $(id -u) -eq 0 ]]; then
  as_root=()
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
  as_root=(sudo -n)
else
  echo "No Chromium at $browser, and no way to install it here (not root, no password-less sudo)." >&2
  echo "Install Debian's chromium package (apt-get install chromium) or set GITGOODS_CHROMIUM to a Chromium executable." >&2
  exit 2
fi
if ! command -v apt-get >/dev/null; then
  echo "No Chromium at $browser and no apt-get: install Chromium, or set GITGOODS_CHROMIUM to its executable." >&2
  exit 2
fi

echo "==> install chromium (apt-get) for the end-to-end tests"
install=("${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium)
if ! "${install[@]}"; then
  "${as_root[@]}" apt-get update
  "${install[@]}"
fi
[[ -x "$browser" ]] || { echo "apt-get installed chromium, but $browser is still missing" >&2; exit 2; }
