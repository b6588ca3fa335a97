// Which language PlanDesk speaks, and that Qt's own strings follow it.

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QTest>

#include "i18n/translations.h"

using namespace Qt::Literals::StringLiterals;

class TestLanguage : public QObject
{
    Q_OBJECT

private slots:
    void shouldChooseTheLanguage_data()
    {
        QTest::addColumn<QString>("chosen");
        QTest::addColumn<QString>("environment");
        QTest::addColumn<QStringList>("system");
        QTest::addColumn<QString>("expected");
        QTest::newRow("Chinese system")
            << QString() << QString() << QStringList {u"zh-Hans-CN"_s, u"zh-CN"_s} << u"zh_CN"_s;
        QTest::newRow("Taiwanese system gets Simplified")
            << QString() << QString() << QStringList {u"zh-TW"_s} << u"zh_CN"_s;
        QTest::newRow("English system")
            << QString() << QString() << QStringList {u"en-US"_s, u"en"_s} << u"en"_s;
        QTest::newRow("German then English system")
            << QString() << QString() << QStringList {u"de-DE"_s, u"en-GB"_s} << u"en"_s;
        QTest::newRow("other system gets the office's language")
            << QString() << QString() << QStringList {u"fr-FR"_s} << u"zh_CN"_s;
        QTest::newRow("C locale") << QString() << QString() << QStringList {u"C"_s} << u"zh_CN"_s;
        QTest::newRow("environment beats system")
            << QString() << u"en"_s << QStringList {u"zh-CN"_s} << u"en"_s;
        QTest::newRow("setting beats environment")
            << u"zh_CN"_s << u"en"_s << QStringList {u"en-US"_s} << u"zh_CN"_s;
        QTest::newRow("unknown setting is ignored")
            << u"klingon"_s << QString() << QStringList {u"en-US"_s} << u"en"_s;
    }

    void shouldChooseTheLanguage()
    {
        QFETCH(QString, chosen);
        QFETCH(QString, environment);
        QFETCH(QStringList, system);
        QFETCH(QString, expected);
        QCOMPARE(PlanDesk::chooseLanguage(chosen, environment, system), expected);
    }

    void shouldCarryBothCataloguesInsideTheBinary()
    {
        QVERIFY(QFile::exists(u":/i18n/plandesk_zh_CN.qm"_s));
        QVERIFY(QFile::exists(u":/i18n/plandesk_en.qm"_s));
        QVERIFY2(QFile::exists(u":/i18n/qtbase_zh_CN.qm"_s),
                 "Qt's own Chinese catalogue is not bundled");
    }

    // Runs last: it installs translators for the rest of the process.
    void shouldTranslateQtsOwnStringsToo()
    {
        QCOMPARE(PlanDesk::installTranslations(*QCoreApplication::instance(), u"zh_CN"_s),
                 u"zh_CN"_s);
        QCOMPARE(QLocale().language(), QLocale::Chinese);
        // QDialogButtonBox's and QMessageBox's buttons.
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"取消"_s);
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "OK"), u"确定"_s);
        // And PlanDesk's own.
        QCOMPARE(QCoreApplication::translate("PlanDesk::MainWindow", "Language"), u"语言"_s);
    }
};

QTEST_GUILESS_MAIN(TestLanguage)
#include "tst_language.moc"
