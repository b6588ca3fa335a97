#!/usr/bin/env python3
"""Makes installer/windows/NSIS.template.in from CMake's own CPack NSIS template.

PlanDesk's changes: Unicode (Chinese names and the licence page display),
Simplified Chinese first, the Start-menu and desktop shortcuts always made
(CPack's options page only makes the desktop one when it also edits PATH),
and the uninstaller saying that the user's database and backups are kept.

    python3 installer/windows/make-nsis-template.py \
        /usr/share/cmake-3.25/Modules/Internal/CPack/NSIS.template.in
"""
import pathlib
import sys

HEADER = """; PlanDesk's NSIS installer script: CMake's CPack template, changed so that
; it is Unicode (Chinese names and the licence page display), speaks
; Simplified Chinese first, always makes the Start-menu and desktop shortcuts,
; and tells the user that uninstalling keeps their database and backups.
; Made by installer/windows/make-nsis-template.py; edit that, not this.

  Unicode true
"""

LANGUAGES = r"""  !insertmacro MUI_LANGUAGE "SimpChinese" ;first language is the default language
  !insertmacro MUI_LANGUAGE "English"

  LangString PD_ALREADY_INSTALLED ${LANG_SIMPCHINESE} "已安装 @CPACK_NSIS_PACKAGE_NAME@。$\n$\n是否先卸载旧版本，再安装新版本？（数据库和备份不受影响。）"
  LangString PD_ALREADY_INSTALLED ${LANG_ENGLISH} "@CPACK_NSIS_PACKAGE_NAME@ is already installed.$\n$\nUninstall the old version before installing the new one? (Your database and backups are kept.)"
  LangString PD_UNINSTALL_FAILED ${LANG_SIMPCHINESE} "卸载旧版本失败。"
  LangString PD_UNINSTALL_FAILED ${LANG_ENGLISH} "Uninstalling the old version failed."
  LangString PD_KEEPS_DATA ${LANG_SIMPCHINESE} "将从计算机中卸载 @CPACK_NSIS_PACKAGE_NAME@。您保存在 %APPDATA%\PlanDesk\PlanDesk 中的数据库和备份，以及另存到其他位置的副本，都会保留。"
  LangString PD_KEEPS_DATA ${LANG_ENGLISH} "@CPACK_NSIS_PACKAGE_NAME@ will be removed from this computer. Your database and backups in %APPDATA%\PlanDesk\PlanDesk, and copies you saved elsewhere, are kept."
"""


RUN_UNELEVATED = r"""!define MUI_FINISHPAGE_RUN
!define MUI_FINISHPAGE_RUN_FUNCTION RunPlanDeskAsTheUser
Function RunPlanDeskAsTheUser
  Exec '"$WINDIR\explorer.exe" "$INSTDIR\bin\plandesk.exe"'
FunctionEnd"""


def replace(text, old, new, count=1):
    found = text.count(old)
    if found != count:
        sys.exit(f"expected {count} of {old!r} in CMake's template, found {found}")
    return text.replace(old, new)


def main():
    source = pathlib.Path(sys.argv[1]).read_text(encoding="utf-8-sig")
    text = replace(source, "; CPack install script designed for a nmake build\n", HEADER)

    # Our own branding line, without CPack's /TRIM switch, which Linux makensis refuses.
    text = replace(text, "@CPACK_NSIS_BRANDING_TEXT_CODE@", 'BrandingText "PlanDesk @CPACK_PACKAGE_VERSION@"')

    # The finish page's "run PlanDesk" starts it through Explorer, as the user
    # who is logged in: started from the elevated installer, it would make the
    # database and settings in the administrator's profile.
    text = replace(text, "@CPACK_NSIS_INSTALLER_MUI_FINISHPAGE_RUN_CODE@", RUN_UNELEVATED)

    # The Start-menu page may rename the folder but not switch shortcuts off.
    text = replace(text, "  !insertmacro MUI_PAGE_STARTMENU Application $STARTMENU_FOLDER",
                   "  !define MUI_STARTMENUPAGE_NODISABLE\n"
                   "  !insertmacro MUI_PAGE_STARTMENU Application $STARTMENU_FOLDER")

    # No options page: PlanDesk never edits PATH and always makes its shortcuts.
    text = replace(text, "  Page custom InstallOptionsPage\n", "")
    text = replace(text, 'Function InstallOptionsPage\n  !insertmacro MUI_HEADER_TEXT "Install Options" '
                   '"Choose options for installing @CPACK_NSIS_PACKAGE_NAME@"\n'
                   '  !insertmacro MUI_INSTALLOPTIONS_DISPLAY "NSIS.InstallOptions.ini"\n\nFunctionEnd\n', "")
    text = replace(text, '  ReserveFile "NSIS.InstallOptions.ini"\n'
                   '  !insertmacro MUI_RESERVEFILE_INSTALLOPTIONS\n', "")
    text = replace(text, '  StrCmp "@CPACK_NSIS_MODIFY_PATH@" "ON" 0 noOptionsPage\n'
                   '    !insertmacro MUI_INSTALLOPTIONS_EXTRACT "NSIS.InstallOptions.ini"\n\n'
                   '  noOptionsPage:\n', "")
    text = replace(text, '  !insertmacro MUI_INSTALLOPTIONS_READ $INSTALL_DESKTOP "NSIS.InstallOptions.ini" '
                   '"Field 5" "State"', '  StrCpy $INSTALL_DESKTOP "1"')
    for field, variable, value in (("2", "DO_NOT_ADD_TO_PATH", "1"),
                                   ("3", "ADD_TO_PATH_ALL_USERS", "0"),
                                   ("4", "ADD_TO_PATH_CURRENT_USER", "0")):
        text = replace(text, f'  !insertmacro MUI_INSTALLOPTIONS_READ ${variable} "NSIS.InstallOptions.ini" '
                       f'"Field {field}" "State"', f'  StrCpy ${variable} "{value}"')

    # Chinese first (the default), then English; the rest of CMake's list goes.
    lines, languages_written = [], False
    for line in text.split("\n"):
        if line.strip().startswith("!insertmacro MUI_LANGUAGE"):
            if not languages_written:
                lines.append(LANGUAGES.rstrip("\n"))
                languages_written = True
            continue
        lines.append(line)
    text = "\n".join(lines)

    text = replace(text, "  !insertmacro MUI_UNPAGE_CONFIRM",
                   '  !define MUI_UNCONFIRMPAGE_TEXT_TOP "$(PD_KEEPS_DATA)"\n'
                   "  !insertmacro MUI_UNPAGE_CONFIRM")
    text = replace(text, '  "@CPACK_NSIS_PACKAGE_NAME@ is already installed. $\\n$\\nDo you want to uninstall '
                   'the old version before installing the new one?" \\', '  "$(PD_ALREADY_INSTALLED)" \\')
    text = replace(text, '  MessageBox MB_OK|MB_ICONSTOP "Uninstall failed."',
                   '  MessageBox MB_OK|MB_ICONSTOP "$(PD_UNINSTALL_FAILED)"')
    # The uninstaller's Start-menu shortcut, in the office's language.
    text = replace(text, "Uninstall.lnk", "卸载 PlanDesk.lnk", count=3)

    target = pathlib.Path(__file__).with_name("NSIS.template.in")
    target.write_text(text, encoding="utf-8-sig")


if __name__ == "__main__":
    main()
