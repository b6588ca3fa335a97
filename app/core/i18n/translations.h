#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace PlanDesk {

/// The interface language: an explicit choice ("zh_CN", "en") wins, then the
/// PLANDESK_LANG environment variable, then the first Chinese or English
/// language among the system's UI languages; on any other system, Simplified
/// Chinese, the office's language. Returns "zh_CN" or "en".
QString chooseLanguage(const QString &explicitLanguage, const QString &environment,
                       const QStringList &systemLanguages);

/// Chooses the language (see chooseLanguage) and installs PlanDesk's and
/// Qt's own translations for it, so standard dialogs speak it too. Both
/// catalogues travel inside the binary. Returns the language used.
QString installTranslations(QCoreApplication &app, const QString &explicitLanguage = {});

} // namespace PlanDesk
