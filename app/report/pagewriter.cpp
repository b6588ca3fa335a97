#include "pagewriter.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPageLayout>
#include <QPainter>
#include <QTextLayout>

namespace PlanDesk {

namespace {

// Room for the running header and footer inside the page margins.
constexpr qreal HeaderMm = 9.0;
constexpr qreal FooterMm = 9.0;

} // namespace

PageWriter::PageWriter(QPagedPaintDevice &device, QPainter *painter)
    : m_device(device)
    , m_painter(painter)
{
    m_y = contentRect().top();
}

qreal PageWriter::mm(qreal millimetres) const
{
    return millimetres * m_device.logicalDpiY() / 25.4;
}

QRectF PageWriter::pageRect() const
{
    // Painter coordinates start at the margin's top left corner.
    const QRect paint = m_device.pageLayout().paintRectPixels(m_device.logicalDpiX());
    return QRectF(0, 0, paint.width(), paint.height());
}

QRectF PageWriter::contentRect() const
{
    return pageRect().adjusted(0, mm(HeaderMm), 0, -mm(FooterMm));
}

void PageWriter::begin()
{
    m_y = contentRect().top();
    if (m_decorateFirst)
        decorate();
}

void PageWriter::ensure(qreal height)
{
    if (height > remaining() && !atTop())
        newPage();
}

void PageWriter::newPage()
{
    if (m_painter)
        m_device.newPage();
    ++m_page;
    m_y = contentRect().top();
    decorate();
}

void PageWriter::decorate()
{
    if (m_painter && m_decoration) {
        m_painter->save();
        m_decoration(*m_painter, *this);
        m_painter->restore();
    }
}

qreal PageWriter::textHeight(const QString &text, const QFont &font, qreal width) const
{
    const QFontMetricsF metrics(font, &m_device);
    return metrics.boundingRect(QRectF(0, 0, width, 1e9), Qt::TextWordWrap, text).height();
}

QStringList PageWriter::splitToHeight(const QString &text, const QFont &font, qreal width,
                                      qreal maxHeight) const
{
    // QPainter::drawText() breaks at '\n'; QTextLayout wants a line separator.
    QString laidOut = text;
    laidOut.replace(u'\n', QChar::LineSeparator);
    QTextLayout layout(laidOut, font, &m_device);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    QStringList pieces;
    qsizetype start = 0;
    qreal height = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        if (height > 0 && height + line.height() > maxHeight) {
            pieces << text.mid(start, line.textStart() - start);
            start = line.textStart();
            height = 0;
        }
        height += line.height();
    }
    layout.endLayout();
    pieces << text.mid(start);
    return pieces;
}

void PageWriter::paragraph(const QString &text, const QFont &font, qreal spaceAfter,
                           Qt::Alignment alignment)
{
    if (textHeight(text, font, width()) > contentRect().height()) {
        const QStringList pieces = splitToHeight(text, font, width(), contentRect().height());
        if (pieces.size() > 1) {
            for (qsizetype i = 0; i < pieces.size(); ++i)
                paragraph(pieces.at(i), font, i + 1 < pieces.size() ? 0 : spaceAfter, alignment);
            return;
        }
    }
    const qreal height = textHeight(text, font, width());
    ensure(height);
    if (m_painter) {
        m_painter->setFont(font);
        m_painter->setPen(Qt::black);
        m_painter->drawText(QRectF(left(), m_y, width(), height), int(alignment) | Qt::TextWordWrap,
                            text);
    }
    m_y += height + spaceAfter;
}

} // namespace PlanDesk
