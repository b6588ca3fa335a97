#pragma once

#include <functional>

#include <QCoreApplication>
#include <QString>
#include <QXmlStreamReader>

#include "util/result.h"

namespace PlanDesk {

class XlsxArchive;

/// One XML member of an .xlsx archive, parsed as it is unpacked, a chunk at a
/// time, so memory stays bounded however large the member. A text run longer
/// than maxRunBytes is not handed to the XML parser whole: only its start is,
/// and its full length in characters is counted so callers can refuse it
/// with the real number. Document type definitions are refused outright.
class XlsxXmlPart
{
    Q_DECLARE_TR_FUNCTIONS(XlsxXmlPart)

public:
    static constexpr qint64 maxRunBytes = 1024 * 1024;

    /// `sheet` names the worksheet in messages, if the member is one.
    XlsxXmlPart(XlsxArchive &archive, const QString &member, const QString &sheet = {});

    Status open();
    /// Opens the part and calls `atStart` at each element's start (see
    /// xml()) to the end; `atStart` returns false after fail() to stop.
    Status readElements(const std::function<bool()> &atStart);
    /// The next token, unpacking more as needed; Invalid after a failure.
    QXmlStreamReader::TokenType next();
    const QXmlStreamReader &xml() const { return m_xml; }
    bool failed() const { return !m_error.isEmpty(); }
    /// One line naming the file, sheet, member and XML line and column.
    const QString &error() const { return m_error; }
    /// Records the first failure; `row` and `column` place it when known.
    void fail(const QString &message, int row = 0, int column = -1);

    /// At a start element: its text, skipping nested elements. `length`
    /// counts the characters the file holds, even when the text was cut.
    bool readText(QString &text, qint64 &length);
    /// At <si> or <is>: the text of its runs, without phonetic guides;
    /// stops keeping text past maxKeep characters but goes on counting.
    bool readRichText(QString &text, qint64 &length, qint64 maxKeep);
    /// At a start element: skips past its end.
    bool skipElement();

private:
    bool feed();
    void scan(const QByteArray &chunk, QByteArray &out);
    QString dtdMessage(qint64 line) const;

    XlsxArchive &m_archive;
    QString m_member;
    QString m_sheet;
    QXmlStreamReader m_xml;
    QString m_error;
    bool m_ended = false;
    // The run guard: bytes and characters since markup last began or ended.
    enum class Mode { Text, Tag, Section }; ///< Section: a comment or CDATA
    Mode m_mode = Mode::Text;
    quint64 m_recent = 0; ///< the last eight bytes, newest lowest
    qint64 m_lines = 1; ///< the line being scanned
    QString m_scanError;
    bool m_skipping = false;
    int m_entityBytes = -1; ///< inside "&...;" when >= 0
    qint64 m_runBytes = 0;
    qint64 m_runChars = 0;
    int m_cuts = 0;
    qint64 m_lastCutChars = 0;
};

} // namespace PlanDesk
