#!/usr/bin/env bash
# The DEB package: the expected files under /usr, dependencies that this
# machine satisfies, installed with dpkg into a private root (so the test
# needs no root and leaves the machine alone), run from there, and removed.
source "$(dirname "$0")/common.sh"

(cd "$build" && cpack -G DEB -B "$work/out" >"$work/cpack.log") \
    || fail "cpack -G DEB failed; see $work/cpack.log"
deb=$(ls "$work"/out/plandesk_*_*.deb)

dpkg-deb -c "$deb" | awk '$1 !~ /^d/ {print $6}' | sed 's#^\./usr/##' | LC_ALL=C sort >"$work/files.txt"
expect_same_files "the DEB" "$work/files.txt"
echo "DEB: $(basename "$deb"), $(stat -c %s "$deb") bytes, $(wc -l <"$work/files.txt") files"

# Every dependency (or one of its alternatives) is installed here, which is
# what lets the private-root install below skip dpkg's dependency check.
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for wanted in libqt6sql6-sqlite fonts-noto-cjk libqt6widgets6 libqt6charts6 libxlsxwriter4; do
    grep -q "$wanted" <<<"$depends" || fail "the DEB does not depend on $wanted"
done
IFS=',' read -ra clauses <<<"$depends"
for clause in "${clauses[@]}"; do
    satisfied=no
    IFS='|' read -ra alternatives <<<"$clause"
    for alternative in "${alternatives[@]}"; do
        name=$(awk '{print $1}' <<<"$alternative")
        if dpkg-query -W -f='${Status}' "$name" 2>/dev/null | grep -q "install ok installed"; then
            satisfied=yes
        fi
    done
    [ $satisfied = yes ] || fail "dependency '$clause' is not installed on this machine"
done

# And apt itself agrees: simulating the install resolves every dependency.
apt-get -s install "$deb" >"$work/apt-simulate.log" 2>&1 \
    || fail "apt cannot resolve the DEB's dependencies; see $work/apt-simulate.log"
grep -q '^Inst plandesk ' "$work/apt-simulate.log" \
    || fail "apt's simulated install does not install plandesk; see $work/apt-simulate.log"

root="$work/root"
mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates"
touch "$root/var/lib/dpkg/status"
dpkg_private=(dpkg --root="$root" --force-not-root --force-depends --log=/dev/null)
"${dpkg_private[@]}" -i "$deb" >"$work/dpkg.log" 2>&1 || fail "dpkg -i failed; see $work/dpkg.log"
dpkg-query --admindir="$root/var/lib/dpkg" -W -f='${Status}' plandesk | grep -q "install ok installed" \
    || fail "dpkg does not list plandesk as installed"
exercise_binary "$root/usr/bin/plandesk" "$work"

"${dpkg_private[@]}" -r plandesk >>"$work/dpkg.log" 2>&1 || fail "dpkg -r failed; see $work/dpkg.log"
left=$(find "$root" -path "$root/var" -prune -o -type f -print | wc -l)
[ "$left" -eq 0 ] || fail "dpkg -r left $left of the package's files behind"
echo "DEB installs, runs and removes cleanly"
