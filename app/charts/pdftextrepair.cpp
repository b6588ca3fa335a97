#include "pdftextrepair.h"

#include <QHash>
#include <QRawFont>
#include <QRegularExpression>

#include "charttheme.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

namespace {

constexpr char32_t FirstRadical = 0x2E80;
constexpr char32_t LastRadical = 0x2FDF;

/// Radical → the ideograph the given font draws with the same glyph.
void addRadicals(const QFont &font, QHash<char16_t, char16_t> &map)
{
    const QRawFont raw = QRawFont::fromFont(font);
    if (!raw.isValid())
        return;
    QString ideographs;
    for (char16_t c = 0x4E00; c <= 0x9FFF; ++c)
        ideographs += QChar(c);
    const QList<quint32> glyphs = raw.glyphIndexesForString(ideographs);
    QHash<quint32, char16_t> ideographOfGlyph;
    for (qsizetype i = 0; i < glyphs.size(); ++i) {
        if (glyphs.at(i) != 0 && !ideographOfGlyph.contains(glyphs.at(i)))
            ideographOfGlyph.insert(glyphs.at(i), ideographs.at(i).unicode());
    }
    for (char32_t r = FirstRadical; r <= LastRadical; ++r) {
        const auto radical = static_cast<char16_t>(r);
        const QList<quint32> g = raw.glyphIndexesForString(QString(QChar(radical)));
        if (!g.isEmpty() && g.first() != 0 && ideographOfGlyph.contains(g.first())
            && !map.contains(radical))
            map.insert(radical, ideographOfGlyph.value(g.first()));
    }
}

const QHash<char16_t, char16_t> &radicalMap()
{
    static const QHash<char16_t, char16_t> map = [] {
        QHash<char16_t, char16_t> m;
        for (bool bold : {false, true})
            addRadicals(ChartTheme::font(10, bold), m);
        return m;
    }();
    return map;
}

} // namespace

QByteArray repairPdfUnicodeMaps(QByteArray pdf)
{
    const QHash<char16_t, char16_t> &map = radicalMap();
    if (map.isEmpty())
        return pdf;
    static const QRegularExpression entry(u"<(2[EF][0-9A-F]{2})>"_s);
    qsizetype from = 0;
    while (true) {
        const qsizetype start = pdf.indexOf("/CMapName /Adobe-Identity-UCS", from);
        if (start < 0)
            break;
        const qsizetype end = pdf.indexOf("endcmap", start);
        if (end < 0)
            break;
        const QString cmap = QString::fromLatin1(pdf.mid(start, end - start));
        QRegularExpressionMatchIterator it = entry.globalMatch(cmap);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            const auto radical = static_cast<char16_t>(m.captured(1).toUInt(nullptr, 16));
            if (!map.contains(radical))
                continue;
            const QByteArray ideograph =
                QByteArray::number(map.value(radical), 16).toUpper().rightJustified(4, '0');
            pdf.replace(start + m.capturedStart(1), 4, ideograph);
        }
        from = end;
    }
    return pdf;
}

} // namespace PlanDesk
