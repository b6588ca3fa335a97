#pragma once

#include <QString>

class QCoreApplication;

namespace PlanDesk {

/// Picks the interface language: an explicit choice ("zh_CN", "en") wins,
/// then the PLANDESK_LANG environment variable, then Simplified Chinese, the
/// office's language. Installs PlanDesk's and Qt's own translations for it
/// and returns the language used.
QString installTranslations(QCoreApplication &app, const QString &explicitLanguage = {});

} // namespace PlanDesk
