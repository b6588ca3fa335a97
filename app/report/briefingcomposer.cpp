#include "briefingcomposer.h"

#include <QBuffer>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include "charttheme.h"
#include "pagewriter.h"
#include "pdftextrepair.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

BriefingComposer::BriefingComposer(const Briefing &briefing, BriefingSections sections)
    : m_briefing(briefing)
    , m_sections(sections)
    , m_body(ChartTheme::font(10.5))
    , m_small(ChartTheme::font(8.5))
{
}

void BriefingComposer::setUpPage(QPagedPaintDevice &device)
{
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(20, 14, 18, 12), QPageLayout::Millimeter));
}

Result<int> BriefingComposer::print(QPagedPaintDevice &device) const
{
    setUpPage(device);
    // First count the pages, then paint them knowing the total.
    PageWriter counter(device, nullptr);
    counter.setDecorateFirstPage(!m_sections.cover);
    counter.begin();
    compose(counter);
    const int pages = counter.page();

    QPainter painter(&device);
    if (!painter.isActive())
        return Result<int>::failure(tr("The printer or file could not be opened for printing."));
    painter.setRenderHint(QPainter::Antialiasing);
    PageWriter writer(device, &painter);
    writer.setDecorateFirstPage(!m_sections.cover);
    writer.setDecoration(
        [this, pages](QPainter &p, const PageWriter &w) { decorate(p, w, pages); });
    writer.begin();
    compose(writer);
    return pages;
}

Result<int> BriefingComposer::writePdf(QIODevice &device) const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    pdf.setCreator(u"PlanDesk %1"_s.arg(QLatin1StringView(PLANDESK_VERSION)));
    pdf.setTitle(tr("Progress briefing: %1").arg(m_briefing.plan.title));
    const Result<int> pages = print(pdf); // its painter's end() completes the file
    if (!pages)
        return pages;
    const QByteArray bytes = repairPdfUnicodeMaps(buffer.data());
    if (device.write(bytes) != bytes.size())
        return Result<int>::failure(tr("Cannot write the PDF: %1").arg(device.errorString()));
    return pages;
}

Result<int> BriefingComposer::writePdf(const QString &path) const
{
    using R = Result<int>;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return R::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    const R pages = writePdf(file);
    if (!pages)
        return pages;
    if (!file.commit())
        return R::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return pages;
}

QString BriefingComposer::date(const QDate &date) const
{
    return QLocale().toString(date, tr("MMMM d, yyyy"));
}

void BriefingComposer::heading(PageWriter &writer, const QString &text, qreal keepWithMm) const
{
    const QFont font = ChartTheme::font(14, true);
    const qreal before = writer.mm(4), after = writer.mm(3);
    // Keep the heading, its spacing and the start of what follows together.
    writer.ensure(before + writer.textHeight(text, font, writer.width()) + after
                  + writer.mm(keepWithMm));
    if (!writer.atTop())
        writer.advance(before);
    writer.paragraph(text, font, after);
}

void BriefingComposer::decorate(QPainter &p, const PageWriter &w, int pages) const
{
    const QRectF page = w.pageRect();
    p.setFont(m_small);
    p.setPen(Qt::black);
    const qreal line = w.mm(6.5);
    const QRectF header(page.left(), page.top(), page.width(), line);
    p.drawText(header, Qt::AlignLeft | Qt::AlignBottom, m_briefing.plan.title);
    p.drawText(header, Qt::AlignRight | Qt::AlignBottom,
               tr("Progress briefing · as of %1").arg(date(m_briefing.asOf)));
    p.setPen(QPen(Qt::black, w.mm(0.25)));
    p.drawLine(QPointF(page.left(), header.bottom() + w.mm(1)),
               QPointF(page.right(), header.bottom() + w.mm(1)));

    const QRectF footer(page.left(), page.bottom() - line, page.width(), line);
    p.drawText(footer, Qt::AlignHCenter | Qt::AlignBottom,
               tr("Page %1 of %2").arg(w.page()).arg(pages));
    p.drawText(footer, Qt::AlignLeft | Qt::AlignBottom, tr("Office of the leading group"));
    if (m_briefing.sample)
        p.drawText(footer, Qt::AlignRight | Qt::AlignBottom, tr("Contains sample data"));
}

namespace {

/// 一、二、… in Chinese, 1. 2. … otherwise.
QString sectionNumber(int index)
{
    static const QString chinese = u"一二三四五六七八九十"_s;
    if (QLocale().language() == QLocale::Chinese)
        return chinese.at(index % chinese.size()) + u"、"_s;
    return QString::number(index + 1) + u". "_s;
}

} // namespace

void BriefingComposer::compose(PageWriter &writer) const
{
    if (m_sections.cover) {
        writeCover(writer);
        const BriefingSections &s = m_sections;
        if (s.summary || s.indicators || s.tasks || s.overdue || s.rounds || s.assessment
            || s.actions || s.minutes)
            writer.newPage();
    }
    int section = 0;
    if (m_sections.summary)
        writeSummary(writer, sectionNumber(section++));
    if (m_sections.indicators)
        writeIndicators(writer, sectionNumber(section++));
    if (m_sections.tasks)
        writeTasks(writer, sectionNumber(section++));
    if (m_sections.overdue)
        writeOverdue(writer, sectionNumber(section++));
    if (m_sections.rounds)
        writeRounds(writer, sectionNumber(section++));
    if (m_sections.assessment)
        writeAssessment(writer, sectionNumber(section++));
    if (m_sections.actions)
        writeActions(writer, sectionNumber(section++));
    if (m_sections.minutes)
        writeMinutes(writer, sectionNumber(section++));
}

void BriefingComposer::writeCover(PageWriter &writer) const
{
    const Briefing &b = m_briefing;
    writer.advance(writer.mm(45));
    writer.paragraph(tr("Progress Briefing"), ChartTheme::font(30, true), writer.mm(10),
                     Qt::AlignHCenter);
    writer.paragraph(b.plan.title, ChartTheme::font(16, true), writer.mm(3), Qt::AlignHCenter);
    if (!b.plan.documentNumber.isEmpty())
        writer.paragraph(b.plan.documentNumber, ChartTheme::font(12), writer.mm(18),
                         Qt::AlignHCenter);
    const QFont line = ChartTheme::font(13);
    writer.paragraph(tr("Standing as of %1").arg(date(b.asOf)), line, writer.mm(4),
                     Qt::AlignHCenter);
    if (b.meeting) {
        writer.paragraph(tr("For: %1 (%2)").arg(b.meeting->title, date(b.meeting->heldOn)), line,
                         writer.mm(4), Qt::AlignHCenter);
    }
    writer.advance(writer.mm(60));
    writer.paragraph(tr("Office of the leading group"), ChartTheme::font(14, true), writer.mm(3),
                     Qt::AlignHCenter);
    writer.paragraph(date(QDate::currentDate()), line, writer.mm(12), Qt::AlignHCenter);
    if (b.sample) {
        writer.paragraph(tr("This briefing contains sample data made by “plandesk init --demo”; "
                            "its figures are not real statistics."),
                         m_small, 0, Qt::AlignHCenter);
    }
}

} // namespace PlanDesk
