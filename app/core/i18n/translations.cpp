#include "i18n/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

namespace {

/// "zh_CN" or "en" for a language PlanDesk speaks, else empty.
QString supported(const QString &name)
{
    if (name.isEmpty())
        return {};
    const QLocale locale(name);
    if (locale.language() == QLocale::Chinese)
        return u"zh_CN"_s;
    if (locale.language() == QLocale::English)
        return u"en"_s;
    return {};
}

/// Qt 6 moved the file types its own file dialog shows ("Folder", "Drive")
/// to a context its zh_CN catalogue, still Qt 5's, lacks: PlanDesk's own
/// catalogue carries them, so that dialog is Chinese too.
struct QtCatalogueGap
{
    const char *source;
    const char *comment;
};
[[maybe_unused]] constexpr QtCatalogueGap qtCatalogueGaps[] = {
    QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Drive", ""),
    QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Folder", "All other platforms"),
    QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "File Folder", "Match Windows Explorer"),
    QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Shortcut", "All other platforms"),
    QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Unknown", ""),
};

/// Qt's catalogue for the language: the copy built into PlanDesk, else the
/// Qt installation's ("qt_" is the meta-catalogue windeployqt writes).
bool installQtTranslator(QCoreApplication &app, const QLocale &locale)
{
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    const QList<std::pair<QString, QString>> candidates = {
        {u"qtbase"_s, u":/i18n"_s}, {u"qtbase"_s, qtDir}, {u"qt"_s, qtDir}};
    for (const auto &[name, dir] : candidates) {
        auto *translator = new QTranslator(&app);
        if (translator->load(locale, name, u"_"_s, dir)) {
            QCoreApplication::installTranslator(translator);
            return true;
        }
        delete translator;
    }
    return false;
}

} // namespace

QString chooseLanguage(const QString &explicitLanguage, const QString &environment,
                       const QStringList &systemLanguages)
{
    for (const QString &choice : {explicitLanguage, environment}) {
        if (const QString language = supported(choice); !language.isEmpty())
            return language;
    }
    for (const QString &name : systemLanguages) {
        if (const QString language = supported(name); !language.isEmpty())
            return language;
    }
    return u"zh_CN"_s;
}

QString installTranslations(QCoreApplication &app, const QString &explicitLanguage)
{
    const QString language = chooseLanguage(explicitLanguage, qEnvironmentVariable("PLANDESK_LANG"),
                                            QLocale::system().uiLanguages());
    const QLocale locale(language);
    QLocale::setDefault(locale);

    // English is the source language, but its plural forms ("1 plan", "2
    // plans") come from plandesk_en.qm too.
    auto *own = new QTranslator(&app);
    if (own->load(locale, u"plandesk"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(own);
    if (locale.language() != QLocale::English)
        installQtTranslator(app, locale);
    return language;
}

} // namespace PlanDesk
