#include "exchange/xlsxxml.h"

#include "exchange/exchangeproblem.h"
#include "exchange/xlsxarchive.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

XlsxXmlPart::XlsxXmlPart(XlsxArchive &archive, const QString &member, const QString &sheet)
    : m_archive(archive)
    , m_member(member)
    , m_sheet(sheet)
{
}

Status XlsxXmlPart::open()
{
    if (Status s = m_archive.beginRead(m_member); !s) {
        m_error = s.error();
        return s;
    }
    return {};
}

void XlsxXmlPart::fail(const QString &message, int row, int column)
{
    if (m_error.isEmpty())
        m_error =
            ExchangeProblem {m_archive.fileName(), m_sheet, row, column, {}, message}.toString();
}

QXmlStreamReader::TokenType XlsxXmlPart::next()
{
    while (!failed()) {
        const auto token = m_xml.readNext();
        if (token == QXmlStreamReader::Invalid) {
            if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError && !m_ended) {
                feed();
                continue;
            }
            fail(tr("%1 is not well-formed XML (line %2, column %3): %4")
                     .arg(m_member)
                     .arg(m_xml.lineNumber())
                     .arg(m_xml.columnNumber())
                     .arg(m_xml.errorString()));
            break;
        }
        if (token == QXmlStreamReader::DTD) {
            fail(dtdMessage(m_xml.lineNumber()));
            break;
        }
        return token;
    }
    return QXmlStreamReader::Invalid;
}

QString XlsxXmlPart::dtdMessage(qint64 line) const
{
    return tr("%1 holds a document type definition (line %2), which no workbook has")
        .arg(m_member)
        .arg(line);
}

bool XlsxXmlPart::feed()
{
    const Result<QByteArray> chunk = m_archive.readChunk();
    if (!chunk) {
        m_error = chunk.error();
        return false;
    }
    if (chunk->isEmpty()) {
        m_ended = true;
        return false;
    }
    QByteArray out;
    scan(*chunk, out);
    if (!m_scanError.isEmpty()) {
        fail(m_scanError);
        return false;
    }
    m_xml.addData(out);
    return true;
}

namespace {

// Byte patterns of the last few bytes read, newest lowest.
constexpr quint64 commentOpen = 0x212D2D; // "!--" right after '<'
constexpr quint64 cdataOpen = 0x215B43444154415BULL; // "![CDATA[" right after '<'
constexpr quint64 doctypeOpen = 0x21444F4354595045ULL; // "!DOCTYPE" right after '<'
constexpr quint64 commentClose = 0x2D2D3E; // "-->"
constexpr quint64 cdataClose = 0x5D5D3E; // "]]>"

} // namespace

// Passes the chunk on, except the part of a text run beyond maxRunBytes,
// whose characters are only counted (UTF-16 units, an entity as one). Tags,
// comments and CDATA sections that long, and any DTD, stop the parse.
void XlsxXmlPart::scan(const QByteArray &chunk, QByteArray &out)
{
    const char *data = chunk.constData();
    const qsizetype size = chunk.size();
    qsizetype from = 0; // start of the bytes still to pass on
    const auto tooLong = [this] {
        return tr("%1 holds a tag, comment or CDATA section longer than %2 bytes (line %3)")
            .arg(m_member)
            .arg(maxRunBytes)
            .arg(m_lines);
    };
    for (qsizetype i = 0; i < size && m_scanError.isEmpty(); ++i) {
        const auto b = static_cast<unsigned char>(data[i]);
        m_recent = (m_recent << 8) | b;
        ++m_runBytes;
        if (b == '\n')
            ++m_lines;
        if (m_mode == Mode::Section) {
            if ((m_recent & 0xFFFFFF) == commentClose || (m_recent & 0xFFFFFF) == cdataClose) {
                m_mode = Mode::Text;
                m_runBytes = 0;
            } else if (m_runBytes > maxRunBytes) {
                m_scanError = tooLong();
            }
            continue;
        }
        if (b == '<' || (b == '>' && m_mode == Mode::Tag)) {
            if (m_skipping) {
                m_skipping = false;
                ++m_cuts;
                m_lastCutChars = m_runChars;
                from = i;
            }
            m_mode = b == '<' ? Mode::Tag : Mode::Text;
            m_runBytes = 0;
            m_runChars = 0;
            m_entityBytes = -1;
            continue;
        }
        if (m_mode == Mode::Tag) {
            if ((m_runBytes == 3 && (m_recent & 0xFFFFFF) == commentOpen)
                || (m_runBytes == 8 && m_recent == cdataOpen)) {
                m_mode = Mode::Section;
            } else if (m_runBytes == 8 && m_recent == doctypeOpen) {
                m_scanError = dtdMessage(m_lines);
            } else if (m_runBytes > maxRunBytes) {
                m_scanError = tooLong();
            }
            continue;
        }
        const bool continuation = (b & 0xC0) == 0x80;
        if (!m_skipping && m_runBytes > maxRunBytes && m_entityBytes < 0 && !continuation) {
            m_skipping = true;
            out.append(data + from, i - from);
        }
        if (m_entityBytes >= 0) {
            if (b == ';' || ++m_entityBytes > 32)
                m_entityBytes = -1;
        } else if (b == '&') {
            ++m_runChars;
            m_entityBytes = 0;
        } else if (!continuation) {
            m_runChars += b >= 0xF0 ? 2 : 1;
        }
    }
    if (!m_skipping)
        out.append(data + from, size - from);
}

bool XlsxXmlPart::readText(QString &text, qint64 &length)
{
    const int cutsBefore = m_cuts;
    text.clear();
    for (int depth = 1; depth > 0;) {
        switch (next()) {
        case QXmlStreamReader::Invalid:
            return false;
        case QXmlStreamReader::StartElement:
            ++depth;
            break;
        case QXmlStreamReader::EndElement:
            --depth;
            break;
        case QXmlStreamReader::Characters:
            if (depth == 1)
                text += m_xml.text();
            break;
        default:
            break;
        }
    }
    length = m_cuts != cutsBefore ? qMax<qint64>(m_lastCutChars, text.size()) : text.size();
    return true;
}

bool XlsxXmlPart::readRichText(QString &text, qint64 &length, qint64 maxKeep)
{
    text.clear();
    length = 0;
    for (int depth = 1; depth > 0;) {
        switch (next()) {
        case QXmlStreamReader::Invalid:
            return false;
        case QXmlStreamReader::StartElement:
            if (m_xml.name() == u"t") {
                QString piece;
                qint64 pieceLength = 0;
                if (!readText(piece, pieceLength))
                    return false;
                length += pieceLength;
                if (length <= maxKeep)
                    text += piece;
            } else if (m_xml.name() == u"rPh") {
                if (!skipElement())
                    return false;
            } else {
                ++depth;
            }
            break;
        case QXmlStreamReader::EndElement:
            --depth;
            break;
        default:
            break;
        }
    }
    return true;
}

Status XlsxXmlPart::readElements(const std::function<bool()> &atStart)
{
    if (Status s = open(); !s)
        return s;
    for (QXmlStreamReader::TokenType t = next(); t != QXmlStreamReader::EndDocument; t = next()) {
        if (t == QXmlStreamReader::Invalid || (t == QXmlStreamReader::StartElement && !atStart()))
            return Status::failure(error());
    }
    return {};
}

bool XlsxXmlPart::skipElement()
{
    for (int depth = 1; depth > 0;) {
        switch (next()) {
        case QXmlStreamReader::Invalid:
            return false;
        case QXmlStreamReader::StartElement:
            ++depth;
            break;
        case QXmlStreamReader::EndElement:
            --depth;
            break;
        default:
            break;
        }
    }
    return true;
}

} // namespace PlanDesk
