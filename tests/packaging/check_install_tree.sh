#!/usr/bin/env bash
# `cmake --install` into a staging folder lays out exactly the expected tree,
# with a valid menu entry, icons of the sizes their folders claim, and a
# plandesk that runs from there.
source "$(dirname "$0")/common.sh"

cmake --install "$build" --prefix "$work/stage" >"$work/install.log" \
    || fail "cmake --install failed; see $work/install.log"
list_files "$work/stage" >"$work/files.txt"
expect_same_files "the installed tree" "$work/files.txt"

desktop-file-validate "$work/stage/share/applications/plandesk.desktop" \
    || fail "plandesk.desktop is not a valid desktop entry"
grep -q '^Name\[zh_CN\]=PlanDesk 督办台账$' "$work/stage/share/applications/plandesk.desktop" \
    || fail "plandesk.desktop has no Chinese name"
for png in "$work"/stage/share/icons/hicolor/*/apps/plandesk.png; do
    folder=$(basename "$(dirname "$(dirname "$png")")")
    [ "$(png_size "$png")" = "$folder" ] || fail "$png is $(png_size "$png"), not $folder"
done

exercise_binary "$work/stage/bin/plandesk" "$work"
echo "install tree: $(wc -l <"$work/files.txt") files as expected"
