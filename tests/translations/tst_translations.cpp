#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations; ///< one per numerus form
    bool unfinished = false;
    bool numerus = false;
};

QList<Message> readTs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QXmlStreamReader xml(&file);
    QList<Message> messages;
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            current =
                Message {context, {}, {}, false, xml.attributes().value(u"numerus"_s) == u"yes"};
        } else if (name == u"source") {
            current.source = xml.readElementText();
        } else if (name == u"translation") {
            current.unfinished = xml.attributes().value(u"type"_s) == u"unfinished";
            if (current.numerus) {
                while (xml.readNextStartElement())
                    current.translations << xml.readElementText();
            } else {
                current.translations << xml.readElementText();
            }
            messages << current;
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%(?:\\d+|n)"_s);
    QStringList found;
    for (const QRegularExpressionMatch &m : pattern.globalMatch(text))
        found << m.captured();
    found.sort();
    return found;
}

QString tsPath(const char *name)
{
    return QString::fromUtf8(PLANDESK_TRANSLATIONS_DIR) + u'/' + QLatin1StringView(name);
}

} // namespace

/// The office works in Chinese: every string must be translated, and keep its
/// placeholders, or a message would show English or lose its file name.
class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void everyChineseMessageShouldBeTranslated()
    {
        const QList<Message> messages = readTs(tsPath("plandesk_zh_CN.ts"));
        QVERIFY(messages.size() > 100);
        QStringList problems;
        for (const Message &m : messages) {
            const QString where = m.context + u": "_s + m.source.left(60);
            if (m.unfinished || m.translations.isEmpty()
                || m.translations.constFirst().trimmed().isEmpty())
                problems << u"untranslated: "_s + where;
            for (const QString &t : m.translations) {
                if (placeholders(t) != placeholders(m.source))
                    problems << u"placeholders differ: "_s + where;
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void englishPluralsShouldBeWritten()
    {
        for (const Message &m : readTs(tsPath("plandesk_en.ts"))) {
            if (!m.numerus)
                continue;
            QVERIFY2(!m.unfinished && m.translations.size() == 2, qPrintable(m.source));
            QVERIFY2(placeholders(m.translations.at(0)) == placeholders(m.source),
                     qPrintable(m.source));
        }
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
