#include "i18n/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

QString installTranslations(QCoreApplication &app, const QString &explicitLanguage)
{
    QString language = explicitLanguage;
    if (language.isEmpty())
        language = qEnvironmentVariable("PLANDESK_LANG");
    if (language.isEmpty())
        language = u"zh_CN"_s;
    const QLocale locale(language);
    QLocale::setDefault(locale);

    // English is the source language, but its plural forms ("1 plan", "2
    // plans") come from plandesk_en.qm too.
    auto *own = new QTranslator(&app);
    if (own->load(locale, u"plandesk"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(own);
    if (locale.language() == QLocale::English)
        return u"en"_s;
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return locale.name();
}

} // namespace PlanDesk
