#include "briefingcomposer.h"

#include <QLocale>
#include <QPainter>

#include "charttheme.h"
#include "pagedoutput.h"
#include "pagewriter.h"

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
    PagedOutput::setUpPage(device);
}

Result<int> BriefingComposer::print(QPagedPaintDevice &device) const
{
    return PagedOutput::print(
        device, !m_sections.cover, [this](PageWriter &writer) { compose(writer); },
        [this](QPainter &p, const PageWriter &w, int pages) { decorate(p, w, pages); });
}

Result<int> BriefingComposer::writePdf(QIODevice &device) const
{
    return PagedOutput::writePdf(device, tr("Progress briefing: %1").arg(m_briefing.plan.title),
                                 [this](QPagedPaintDevice &pdf) { return print(pdf); });
}

Result<int> BriefingComposer::writePdf(const QString &path) const
{
    return PagedOutput::writePdf(path, tr("Progress briefing: %1").arg(m_briefing.plan.title),
                                 [this](QPagedPaintDevice &pdf) { return print(pdf); });
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
    PagedOutput::decorate(p, w, pages, m_small, m_briefing.plan.title,
                          tr("Progress briefing · as of %1").arg(date(m_briefing.asOf)),
                          m_briefing.sample);
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
