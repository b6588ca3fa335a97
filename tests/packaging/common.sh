# Shared by the packaging checks: stop with a message naming what is wrong.
# Every check gets its work folder as $1 and the build folder as $2.
set -euo pipefail
export LC_ALL=C.UTF-8
work="$1"
build="$2"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
rm -rf "$work"
mkdir -p "$work"

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

# The files of a tree, relative and sorted, for comparison with install-tree.txt.
list_files() {
    (cd "$1" && find . -type f -o -type l | sed 's#^\./##' | LC_ALL=C sort)
}

expect_same_files() { # what, actual-list-file
    if ! diff -u <(LC_ALL=C sort "$here/install-tree.txt") "$2"; then
        fail "$1 does not hold exactly the files in tests/packaging/install-tree.txt (diff above)"
    fi
}

# Width and height of a PNG from its IHDR chunk.
png_size() {
    local w h
    w=$(od -An -tu1 -j16 -N4 "$1" | awk '{print $1*16777216+$2*65536+$3*256+$4}')
    h=$(od -An -tu1 -j20 -N4 "$1" | awk '{print $1*16777216+$2*65536+$3*256+$4}')
    echo "${w}x${h}"
}

# Runs an installed plandesk: its version, a new demo database and the
# briefing PDF, which must be a real A4 document in Chinese.
exercise_binary() { # plandesk-binary, scratch-folder
    local plandesk="$1" scratch="$2" version
    version=$(env -u DISPLAY QT_QPA_PLATFORM= PLANDESK_LANG=zh_CN "$plandesk" --version)
    echo "installed: $version"
    [[ "$version" =~ ^PlanDesk\ [0-9]+\.[0-9]+\.[0-9]+$ ]] || fail "plandesk --version said '$version'"
    PLANDESK_LANG=zh_CN "$plandesk" init --db "$scratch/demo.sqlite" --demo \
        || fail "the installed plandesk could not make a demo database"
    env -u DISPLAY QT_QPA_PLATFORM= PLANDESK_LANG=zh_CN "$plandesk" report \
        --db "$scratch/demo.sqlite" --as-of 2019-12-31 --out "$scratch/briefing.pdf" \
        || fail "the installed plandesk could not write the briefing"
    local pages
    pages=$(pdfinfo "$scratch/briefing.pdf" | awk '/^Pages:/ {print $2}')
    [ "${pages:-0}" -ge 2 ] || fail "the installed plandesk's briefing has ${pages:-no} pages"
    pdfinfo "$scratch/briefing.pdf" | grep -q "(A4)" || fail "the briefing is not A4"
    pdftotext "$scratch/briefing.pdf" "$scratch/briefing.txt"
    grep -q "知识产权" "$scratch/briefing.txt" \
        || fail "the installed plandesk's briefing has no Chinese text"
    echo "installed plandesk wrote a $pages-page briefing"
}
