#include "pagedoutput.h"

#include <QBuffer>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include "pagewriter.h"
#include "pdftextrepair.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

void PagedOutput::setUpPage(QPagedPaintDevice &device)
{
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(20, 14, 18, 12), QPageLayout::Millimeter));
}

Result<int> PagedOutput::print(QPagedPaintDevice &device, bool decorateFirstPage,
                               const Compose &compose, const Decorate &decorate)
{
    setUpPage(device);
    // First count the pages, then paint them knowing the total.
    PageWriter counter(device, nullptr);
    counter.setDecorateFirstPage(decorateFirstPage);
    counter.begin();
    compose(counter);
    const int pages = counter.page();

    QPainter painter(&device);
    if (!painter.isActive())
        return Result<int>::failure(tr("The printer or file could not be opened for printing."));
    painter.setRenderHint(QPainter::Antialiasing);
    PageWriter writer(device, &painter);
    writer.setDecorateFirstPage(decorateFirstPage);
    writer.setDecoration([&](QPainter &p, const PageWriter &w) { decorate(p, w, pages); });
    writer.begin();
    compose(writer);
    return pages;
}

void PagedOutput::decorate(QPainter &p, const PageWriter &w, int pages, const QFont &font,
                           const QString &left, const QString &right, bool sample)
{
    const QRectF page = w.pageRect();
    p.setFont(font);
    p.setPen(Qt::black);
    const qreal line = w.mm(6.5);
    const QRectF header(page.left(), page.top(), page.width(), line);
    p.drawText(header, Qt::AlignLeft | Qt::AlignBottom, left);
    p.drawText(header, Qt::AlignRight | Qt::AlignBottom, right);
    p.setPen(QPen(Qt::black, w.mm(0.25)));
    p.drawLine(QPointF(page.left(), header.bottom() + w.mm(1)),
               QPointF(page.right(), header.bottom() + w.mm(1)));

    const QRectF footer(page.left(), page.bottom() - line, page.width(), line);
    p.drawText(footer, Qt::AlignHCenter | Qt::AlignBottom,
               tr("Page %1 of %2").arg(w.page()).arg(pages));
    p.drawText(footer, Qt::AlignLeft | Qt::AlignBottom, tr("Office of the leading group"));
    if (sample)
        p.drawText(footer, Qt::AlignRight | Qt::AlignBottom, tr("Contains sample data"));
}

Result<int> PagedOutput::writePdf(QIODevice &device, const QString &title, const Print &print)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    pdf.setCreator(u"PlanDesk %1"_s.arg(QLatin1StringView(PLANDESK_VERSION)));
    pdf.setTitle(title);
    const Result<int> pages = print(pdf); // its painter's end() completes the file
    if (!pages)
        return pages;
    const QByteArray bytes = repairPdfUnicodeMaps(buffer.data());
    if (device.write(bytes) != bytes.size())
        return Result<int>::failure(tr("Cannot write the PDF: %1").arg(device.errorString()));
    return pages;
}

Result<int> PagedOutput::writePdf(const QString &path, const QString &title, const Print &print)
{
    using R = Result<int>;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return R::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    const R pages = writePdf(file, title, print);
    if (!pages)
        return pages;
    if (!file.commit())
        return R::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return pages;
}

} // namespace PlanDesk
