#pragma once

#include <functional>

#include <QFont>
#include <QRectF>
#include <QString>
#include <QStringList>

class QPagedPaintDevice;
class QPainter;

namespace PlanDesk {

/// Flows blocks down A4 pages of any QPagedPaintDevice (PDF writer, printer,
/// preview), keeping each block whole: a block that does not fit the rest
/// of a page starts the next one. Lengths are device pixels; mm() converts.
///
/// A composer runs twice over the same writer type: once with no painter to
/// count the pages, then painting, so footers can say "page 3 of 12".
class PageWriter
{
public:
    /// Draws the running header and footer of a page (not called while
    /// counting).
    using Decoration = std::function<void(QPainter &, const PageWriter &)>;

    PageWriter(QPagedPaintDevice &device, QPainter *painter);

    void setDecoration(Decoration decoration) { m_decoration = std::move(decoration); }
    /// Whether page 1 gets the running header and footer (not on a cover).
    void setDecorateFirstPage(bool decorate) { m_decorateFirst = decorate; }

    bool painting() const { return m_painter != nullptr; }
    QPainter *painter() const { return m_painter; }
    QPagedPaintDevice &device() const { return m_device; }

    qreal mm(qreal millimetres) const;
    /// The whole page and the part between header and footer.
    QRectF pageRect() const;
    QRectF contentRect() const;
    qreal left() const { return contentRect().left(); }
    qreal width() const { return contentRect().width(); }
    qreal y() const { return m_y; }
    qreal remaining() const { return contentRect().bottom() - m_y; }
    bool atTop() const { return m_y <= contentRect().top(); }
    int page() const { return m_page; }

    /// Starts a new page unless `height` still fits here (or this page is
    /// still empty).
    void ensure(qreal height);
    void newPage();
    void advance(qreal height) { m_y += height; }

    qreal textHeight(const QString &text, const QFont &font, qreal width) const;
    /// Cuts word-wrapped text at line breaks into pieces no taller than
    /// `maxHeight` (at least one line each), for what cannot fit on a page.
    QStringList splitToHeight(const QString &text, const QFont &font, qreal width,
                              qreal maxHeight) const;
    /// Word-wrapped text at the current position, kept whole on one page; text
    /// longer than a page is cut at line breaks onto the next.
    void paragraph(const QString &text, const QFont &font, qreal spaceAfter,
                   Qt::Alignment alignment = Qt::AlignLeft);
    /// Starts the page's decoration for page 1; call once before writing.
    void begin();

private:
    void decorate();

    QPagedPaintDevice &m_device;
    QPainter *m_painter;
    Decoration m_decoration;
    bool m_decorateFirst = true;
    int m_page = 1;
    qreal m_y = 0;
};

} // namespace PlanDesk
