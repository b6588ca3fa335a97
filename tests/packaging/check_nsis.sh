#!/usr/bin/env bash
# The Windows installer, built here with Debian's makensis from the same
# CPack setup (its payload is this Linux build): Unicode, Chinese first, with
# the Start-menu and desktop shortcuts, an uninstaller that does not touch the
# user's data, and a payload holding the expected files intact.
source "$(dirname "$0")/common.sh"

(cd "$build" && cpack -G NSIS -B "$work/out" >"$work/cpack.log") \
    || fail "cpack -G NSIS failed; see $work/cpack.log"
installer=$(ls "$work"/out/plandesk-*.exe)
echo "NSIS: $(basename "$installer"), $(stat -c %s "$installer") bytes"

7z l -ba "$installer" >"$work/listing.txt" || fail "7z cannot read $installer"
awk '{print $NF}' "$work/listing.txt" | grep -v '^\$PLUGINSDIR/' | grep -v '^Uninstall.exe$' \
    | LC_ALL=C sort >"$work/files.txt"
expect_same_files "the NSIS payload" "$work/files.txt"
grep -q ' Uninstall.exe$' "$work/listing.txt" || fail "the installer carries no uninstaller"

# The payload unpacks byte for byte to a plandesk that runs.
7z x -y -o"$work/payload" "$installer" bin/plandesk >/dev/null || fail "7z cannot unpack bin/plandesk"
chmod +x "$work/payload/bin/plandesk"
exercise_binary "$work/payload/bin/plandesk" "$work"

script="$work/out/_CPack_Packages/Linux/NSIS/project.nsi"
expect_in_script() { # pattern, what it proves
    grep -qF -- "$1" "$script" || fail "project.nsi: $2 (no '$1')"
}
expect_in_script "Unicode true" "the installer is not Unicode"
first_language=$(grep -m1 -o 'MUI_LANGUAGE "[A-Za-z]*"' "$script")
[ "$first_language" = 'MUI_LANGUAGE "SimpChinese"' ] \
    || fail "the installer's default language is $first_language, not Simplified Chinese"
expect_in_script 'Name "PlanDesk 督办台账"' "the installer does not carry the Chinese name"
expect_in_script 'CreateShortCut "$SMPROGRAMS\$STARTMENU_FOLDER\PlanDesk 督办台账.lnk" "$INSTDIR\bin\plandesk.exe"' \
    "no Start-menu shortcut"
expect_in_script 'CreateShortCut "$DESKTOP\PlanDesk 督办台账.lnk" "$INSTDIR\bin\plandesk.exe"' "no desktop shortcut"
expect_in_script 'StrCpy $INSTALL_DESKTOP "1"' "the desktop shortcut is not made"
expect_in_script '!define MUI_STARTMENUPAGE_NODISABLE' "the Start-menu page can switch the shortcuts off"
expect_in_script "Exec '\"\$WINDIR\\explorer.exe\" \"\$INSTDIR\\bin\\plandesk.exe\"'" \
    "the finish page would start PlanDesk elevated, as the installing administrator"
if grep -n 'Software\\PlanDesk\\PlanDesk"' "$script"; then
    fail "the installer's registry key is PlanDesk's own settings key, which uninstalling deletes"
fi
expect_in_script 'MUI_PAGE_LICENSE "' "no licence page"
expect_in_script 'MUI_UNCONFIRMPAGE_TEXT_TOP "$(PD_KEEPS_DATA)"' "the uninstaller does not say the data is kept"
if grep -n 'APPDATA\|LOCALAPPDATA\|plandesk.sqlite' "$script" | grep -v 'LangString PD_KEEPS_DATA'; then
    fail "the installer script touches the user's data folder (lines above)"
fi
# Uninstalling deletes the files it installed, one by one, and only empty folders.
if grep -n -i 'RMDir /r\|Delete .*\*' "$script"; then
    fail "the uninstaller deletes whole folders or wildcards (lines above)"
fi
grep -q 'Delete "$INSTDIR\\bin\\plandesk"' "$script" || fail "the uninstaller does not remove bin/plandesk"
echo "NSIS installer: Unicode, Chinese first, shortcuts, uninstaller keeps the data"
