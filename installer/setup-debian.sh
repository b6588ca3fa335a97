#!/usr/bin/env bash
# Installs what PlanDesk needs to build, run and test on Debian 12 / Ubuntu.
# Safe to run again; uses sudo when not run as root.
set -euo pipefail

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
fi

packages=(
    build-essential cmake ninja-build
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev libqt6sql6-sqlite
    qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
    libxkbcommon-dev libgl-dev
    fonts-noto-cjk
    libxlsxwriter-dev libminizip-dev qt6-5compat-dev   # .xlsx out, .xlsx in, GB18030 CSV
    python3-openpyxl   # tests only: an independent writer of the .xlsx files PlanDesk reads
    poppler-utils   # the tests read the printed PDFs back with pdftotext/pdfinfo/pdffonts
    dpkg-dev file nsis p7zip-full desktop-file-utils   # packaging: the DEB, the NSIS installer, checks
    libsqlite3-dev sqlite3   # plandesk-bench: the bare-SQLite floors and the shell's .import
    clang libclang-rt-14-dev llvm-14   # tests/sanitizers/run.sh: ASan/UBSan, libFuzzer, llvm-symbolizer
    libqt6sql6-psql postgresql   # the shared ledger on a server; the tests start a private one
)

# Skip apt entirely when everything is present (fast reruns, offline machines).
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    $sudo apt-get update
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}"
fi
