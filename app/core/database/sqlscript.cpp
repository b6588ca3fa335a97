#include "database/sqlscript.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

namespace {

bool isWordStart(QChar c)
{
    return c.isLetter() || c == u'_';
}
bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

/// Tracks the words of one statement that decide whether a ';' ends it.
class TriggerTracker
{
public:
    void word(const QString &upper)
    {
        if (m_words < 3)
            m_head << upper;
        ++m_words;
        m_inTrigger = isCreateTrigger();
        if (!m_inTrigger)
            return;
        m_lastWasEnd = false;
        if (upper == u"CASE") {
            ++m_caseDepth;
        } else if (upper == u"END") {
            if (m_caseDepth > 0)
                --m_caseDepth; // closes a CASE, not the trigger body
            else
                m_lastWasEnd = true;
        }
    }
    void otherToken() { m_lastWasEnd = false; }
    /// A ';' ends the statement unless we are inside a trigger body.
    bool semicolonEnds() const { return !m_inTrigger || m_lastWasEnd; }
    void reset() { *this = TriggerTracker(); }

private:
    bool isCreateTrigger() const
    {
        if (m_head.size() < 2 || m_head.at(0) != u"CREATE")
            return false;
        if (m_head.at(1) == u"TRIGGER")
            return true;
        return m_head.size() >= 3 && (m_head.at(1) == u"TEMP" || m_head.at(1) == u"TEMPORARY")
            && m_head.at(2) == u"TRIGGER";
    }

    QStringList m_head;
    int m_words = 0;
    int m_caseDepth = 0;
    bool m_inTrigger = false;
    bool m_lastWasEnd = false;
};

} // namespace

QStringList splitSqlStatements(const QString &script)
{
    QStringList statements;
    QString current;
    TriggerTracker tracker;
    const qsizetype n = script.size();

    auto flush = [&] {
        const QString trimmed = current.trimmed();
        if (!trimmed.isEmpty())
            statements << trimmed;
        current.clear();
        tracker.reset();
    };

    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = script.at(i);
        if (c == u'-' && i + 1 < n && script.at(i + 1) == u'-') {
            while (i < n && script.at(i) != u'\n')
                ++i;
            current += u'\n';
            continue;
        }
        if (c == u'/' && i + 1 < n && script.at(i + 1) == u'*') {
            const qsizetype end = script.indexOf(u"*/"_s, i + 2);
            i = end < 0 ? n : end + 1;
            current += u' ';
            continue;
        }
        if (c == u'\'' || c == u'"' || c == u'`' || c == u'[') {
            const QChar close = c == u'[' ? QChar(u']') : c;
            qsizetype j = i + 1;
            while (j < n) {
                if (script.at(j) == close) {
                    // A doubled quote is an escaped quote, not the end.
                    if (close != u']' && j + 1 < n && script.at(j + 1) == close) {
                        j += 2;
                        continue;
                    }
                    break;
                }
                ++j;
            }
            current += script.mid(i, j - i + 1);
            i = j;
            tracker.otherToken();
            continue;
        }
        if (isWordStart(c)) {
            qsizetype j = i;
            while (j < n && isWordChar(script.at(j)))
                ++j;
            const QString word = script.mid(i, j - i);
            tracker.word(word.toUpper());
            current += word;
            i = j - 1;
            continue;
        }
        if (c == u';') {
            if (tracker.semicolonEnds()) {
                flush();
                continue;
            }
            tracker.otherToken();
            current += c;
            continue;
        }
        if (!c.isSpace())
            tracker.otherToken();
        current += c;
    }
    flush();
    return statements;
}

} // namespace PlanDesk
