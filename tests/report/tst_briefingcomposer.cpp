#include <QBuffer>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "briefingcomposer.h"
#include "pagewriter.h"
#include "report/briefing.h"
#include "reporttable.h"
#include "repositories/meetingrepository.h"
#include "testdatabase.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;
using namespace PlanDesk::Testing;

namespace {

/// Only the one section `member`.
BriefingSections only(bool BriefingSections::*member)
{
    BriefingSections none {};
    for (bool BriefingSections::*m :
         {&BriefingSections::cover, &BriefingSections::summary, &BriefingSections::indicators,
          &BriefingSections::tasks, &BriefingSections::overdue, &BriefingSections::rounds,
          &BriefingSections::assessment, &BriefingSections::actions, &BriefingSections::minutes})
        none.*m = false;
    none.*member = true;
    return none;
}

/// Runs a poppler tool and returns what it printed.
QString poppler(const QString &tool, const QStringList &arguments)
{
    QProcess process;
    process.start(tool, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        qFatal("%s failed: %s", qPrintable(tool), process.readAllStandardError().constData());
    return QString::fromUtf8(process.readAllStandardOutput());
}

/// The text of a page (0 for all) with all white space removed, so that a
/// title wrapped in a table cell still reads as one.
QString textOf(const QString &pdf, int page = 0)
{
    QStringList arguments = {u"-raw"_s, u"-enc"_s, u"UTF-8"_s};
    if (page > 0)
        arguments << u"-f"_s << QString::number(page) << u"-l"_s << QString::number(page);
    arguments << pdf << u"-"_s;
    return poppler(u"pdftotext"_s, arguments).remove(QRegularExpression(u"\\s+"_s));
}

QString squeezed(QString text)
{
    return text.remove(QRegularExpression(u"\\s+"_s));
}

int pageCount(const QString &pdf)
{
    const QRegularExpressionMatch m =
        QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(poppler(u"pdfinfo"_s, {pdf}));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

struct Word
{
    QString text;
    QRectF box;
};

/// Every word of every page with its box in points (pdftotext -bbox).
QList<QList<Word>> wordsOf(const QString &pdf)
{
    const QString html = poppler(u"pdftotext"_s, {u"-bbox"_s, pdf, u"-"_s});
    static const QRegularExpression word(
        u"<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" "
        "yMax=\"([\\d.]+)\">([^<]*)</word>"_s);
    QList<QList<Word>> pages;
    for (const QString &page : html.split(u"<page "_s).mid(1)) {
        QList<Word> words;
        for (const QRegularExpressionMatch &m : word.globalMatch(page)) {
            words << Word {m.captured(5),
                           QRectF(QPointF(m.captured(1).toDouble(), m.captured(2).toDouble()),
                                  QPointF(m.captured(3).toDouble(), m.captured(4).toDouble()))};
        }
        pages << words;
    }
    return pages;
}

/// Whether, on every page after the cover, all text stays above the footer
/// line ("Page N of M") and on the paper.
bool bodyClearsFooter(const QString &pdf, QString *where)
{
    const QList<QList<Word>> pages = wordsOf(pdf);
    for (qsizetype p = 0; p < pages.size(); ++p) {
        qreal footerTop = 1e9;
        for (const Word &w : pages.at(p)) {
            if (w.text == u"Page")
                footerTop = w.box.top();
        }
        for (const Word &w : pages.at(p)) {
            const bool inFooter = std::abs(w.box.top() - footerTop) < 2.0;
            if (w.box.bottom() > 842 || (!inFooter && w.box.bottom() > footerTop)) {
                *where = u"page %1: “%2” reaches %3 pt, the footer starts at %4 pt"_s.arg(p + 1)
                             .arg(w.text)
                             .arg(w.box.bottom())
                             .arg(footerTop);
                return false;
            }
        }
    }
    return true;
}

} // namespace

/// The printed briefing, checked the way a reader gets it: a PDF file read
/// back with poppler's tools.
class TestBriefingComposer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const Briefing &briefing, const QString &name, BriefingSections sections = {})
    {
        const QString path = m_dir.filePath(name);
        const Result<int> pages = BriefingComposer(briefing, sections).writePdf(path);
        if (!pages)
            qFatal("%s", qPrintable(pages.error()));
        if (qEnvironmentVariableIsSet("PLANDESK_SCREENSHOT_DIR"))
            QFile::copy(path, qEnvironmentVariable("PLANDESK_SCREENSHOT_DIR") + u'/' + name);
        return path;
    }

private slots:
    void shouldWriteAnA4BriefingWithEveryTaskAndIndicator()
    {
        // Given the demo plan, today
        TestDatabase t(TestDatabase::Content::BuiltInPlanWithDemo);
        const Briefing b = *BriefingLoader(t.db()).load(t.planId(), {2026, 11, 28});
        // When the briefing is written
        const QString pdf = write(b, u"briefing.pdf"_s);

        // Then every page is A4 portrait
        const QString info = poppler(u"pdfinfo"_s, {u"-f"_s, u"1"_s, u"-l"_s, u"99"_s, pdf});
        const int pages = pageCount(pdf);
        QVERIFY2(pages >= 5, qPrintable(info));
        QCOMPARE(info.count(QRegularExpression(
                     u"Page\\s+\\d+ size:\\s+595(\\.\\d+)? x 84[12](\\.\\d+)? pts \\(A4\\)"_s)),
                 pages);
        // with a Simplified Chinese font embedded and mapped to Unicode
        const QStringList fonts = poppler(u"pdffonts"_s, {pdf}).split(u'\n');
        bool chinese = false;
        for (const QString &line : fonts) {
            const QStringList f = line.simplified().split(u' ');
            // name type… encoding emb sub uni object ID
            if (f.size() >= 7
                && (f.first().contains(u"CJK"_s) || f.first().contains(u"YaHei"_s)
                    || f.first().contains(u"SimSun"_s))) {
                QCOMPARE(f.at(f.size() - 5), u"yes"_s); // embedded
                QCOMPARE(f.at(f.size() - 3), u"yes"_s); // Unicode map
                chinese = true;
            }
        }
        QVERIFY2(chinese, qPrintable(fonts.join(u'\n')));

        // and the text layer holds every task and measure, every indicator
        const QString text = textOf(pdf);
        int titles = 0;
        for (const TaskStanding &task : b.allTasks()) {
            QVERIFY2(text.contains(squeezed(task.overview.task.title)),
                     qPrintable(task.overview.task.title));
            titles += task.isWorkItem() ? 0 : 1;
        }
        QCOMPARE(titles, 22);
        QCOMPARE(b.indicators.size(), 4);
        for (const IndicatorPace &p : b.indicators)
            QVERIFY2(text.contains(squeezed(p.indicator.name)), qPrintable(p.indicator.name));
        QVERIFY(text.contains(squeezed(b.plan.title)));

        // and each page after the cover says which of how many it is.
        for (int page = 2; page <= pages; ++page) {
            QVERIFY2(textOf(pdf, page).contains(u"Page%1of%2"_s.arg(page).arg(pages)),
                     qPrintable(u"page %1"_s.arg(page)));
        }
        QVERIFY(!textOf(pdf, 1).contains(u"Page1of"_s)); // the cover has no footer
    }

    void shouldReportTheRoundTheAssessmentAndTheAmendments()
    {
        // Given the demo ten days after the 2019-Q4 round was due, and an
        // amendment to the approved minutes of 2019-12-25
        TestDatabase t(TestDatabase::Content::BuiltInPlanWithDemo);
        const qint64 last = MeetingRepository(t.db()).meetings(t.planId())->constLast().id;
        t.db().setActor(u"王秘书"_s);
        QVERIFY(MeetingRepository(t.db()).amend(
            {0, last, {2020, 1, 5}, u"第二段“倒排工期”后补充“挂图作战”。"_s, u"漏记"_s, {}}));
        const Briefing b = *BriefingLoader(t.db()).load(t.planId(), {2020, 1, 20});
        QVERIFY(b.round);
        QCOMPARE(b.round->round.period, u"2019-Q4"_s);
        BriefingSections three = only(&BriefingSections::rounds);
        three.assessment = true;
        three.minutes = true;
        const QString text = textOf(write(b, u"supervision.pdf"_s, three));

        // Then the round's totals and each department's row are on paper
        const ReportTally all = b.round->tally();
        QVERIFY(all.late > 0 && all.missing > 0 && all.onTime > 0);
        QVERIFY2(text.contains(squeezed(u"%1 reports owed by %2 departments; %3 handed in on "
                                        "time, %4 late, %5 missing"_s.arg(all.owed)
                                            .arg(b.round->departmentIds.size())
                                            .arg(all.onTime)
                                            .arg(all.late)
                                            .arg(all.missing))),
                 qPrintable(text.left(600)));
        for (qint64 d : b.round->departmentIds) {
            const ReportTally mine = b.round->tallyOf(d);
            const QString row = u"%1%2%3%4%5%6"_s.arg(b.departmentNames.value(d))
                                    .arg(mine.owed)
                                    .arg(mine.onTime)
                                    .arg(mine.late)
                                    .arg(mine.missing)
                                    .arg(mine.pending);
            QVERIFY2(text.contains(row), qPrintable(row));
        }
        // the assessment ranks every department with its score
        QVERIFY(
            text.contains(u"RankDepartmentReportsontimeTasksonpaceActionitemsclosedontimeScore"_s));
        const Scorecard &best = b.assessment.cards.constFirst();
        QCOMPARE(best.rank, 1);
        QVERIFY2(text.contains(u"1"_s + squeezed(best.name)), qPrintable(best.name));
        QVERIFY(text.contains(QLocale().toString(*best.score, 'f', 1)));
        // and the amendment follows the minutes, which are unchanged
        QVERIFY(text.contains(u"Amendmentstotheapprovedminutes"_s));
        QVERIFY(text.contains(u"第二段“倒排工期”后补充“挂图作战”。"_s));
        QVERIFY(text.contains(u"王秘书"_s));
        QVERIFY(
            text.contains(u"会议要求，各成员单位要对照任务分工，倒排工期，确保按序时进度完成。"_s));
    }

    void shouldRepeatTableHeadersOnEveryPageTheTableRunsOnto()
    {
        TestDatabase t(TestDatabase::Content::BuiltInPlanWithDemo);
        const Briefing b = *BriefingLoader(t.db()).load(t.planId(), {2021, 6, 30});
        const BriefingSections onlyTasks = only(&BriefingSections::tasks);
        const QString pdf = write(b, u"tasks.pdf"_s, onlyTasks);
        const int pages = pageCount(pdf);
        QVERIFY2(pages >= 2, "the task table should need more than one page");
        for (int page = 1; page <= pages; ++page) {
            const QString text = textOf(pdf, page);
            QVERIFY2(text.contains(u"No.TaskLeaddepartmentDonePaceStanding"_s),
                     qPrintable(u"page %1: %2"_s.arg(page).arg(text.left(200))));
        }
    }

    void shouldPrintHandComputedPaceAndProjection()
    {
        // Given the demo values up to 2018, known on 2019-04-01 (2018's came
        // out on 2019-03-31).
        TestDatabase t(TestDatabase::Content::BuiltInPlanWithDemo);
        const Briefing b = *BriefingLoader(t.db()).load(t.planId(), {2019, 4, 1});
        const BriefingSections onlyTargets = only(&BriefingSections::indicators);
        const QString text = textOf(write(b, u"targets.pdf"_s, onlyTargets));

        // 每万人有效发明专利拥有量: baseline 2.05 (2016), latest 2.92 (2018),
        // target > 4.2 (2020).
        // Path at 2018-12-31: 2.05 + 2.15 × 730 / 1461 = 3.1243 → 3.12.
        // Gap: 4.2 − 2.92 = 1.28.
        // Trend through (0, 2.05), (365, 2.46), (730, 2.92): slope 0.87 / 730
        // per day, mean 2.47667 at day 365; at day 1461: 2.47667 + 1096 ×
        // 0.87 / 730 = 3.7829 → 3.78, short of 4.2.
        const QString row =
            u"每万人有效发明专利拥有量（件/万人）2.05(2016)2.92(2018)>4.2(2020)3.121.283.78,willbemissed"_s;
        QVERIFY2(text.contains(row), qPrintable(text.left(600)));
        // 国内有效注册商标: 24800 → 31900 (2018) against ≥ 37500. Path: 24800 +
        // 12700 × 730 / 1461 = 31145.6 → 31146; the value is ahead of it: on pace.
        // Trend: slope 7100 / 730, at day 1461: 28333.33 + 1096 × 7100 / 730
        // = 38993.06 → 38993: will be met.
        // Gap 37500 − 31900 = 5600.
        QVERIFY2(text.contains(u"≥37500(2020)31146560038993,willbemet"_s),
                 qPrintable(text.left(900)));
    }

    void shouldLeaveOutTheSectionsNotChosen()
    {
        TestDatabase t(TestDatabase::Content::BuiltInPlanWithDemo);
        const Briefing b = *BriefingLoader(t.db()).load(t.planId(), {2019, 12, 31});
        const QString all = write(b, u"all.pdf"_s);
        const BriefingSections minutesOnly = only(&BriefingSections::minutes);
        const QString minutes = write(b, u"minutes.pdf"_s, minutesOnly);
        QVERIFY(pageCount(minutes) < pageCount(all));
        const QString text = textOf(minutes);
        QVERIFY(text.contains(squeezed(b.meeting->title)));
        QCOMPARE(text.count(u"会议要求"_s), 1); // from the rich-text minutes, once
        QVERIFY(!text.contains(squeezed(b.indicators.first().indicator.name)));
    }

    void shouldCarryMinutesLongerThanAPageOntoTheNextPages()
    {
        // Given minutes pasted as one paragraph of several pages
        TestDatabase t(TestDatabase::Content::BuiltInPlanWithDemo);
        Briefing b = *BriefingLoader(t.db()).load(t.planId(), {2019, 12, 31});
        QString minutes;
        for (int i = 1; i <= 400; ++i)
            minutes += u"第%1条意见：会议要求各成员单位按分工推进。"_s.arg(i);
        b.meeting->minutes = minutes;
        const BriefingSections minutesOnly = only(&BriefingSections::minutes);

        // When printed
        const QString pdf = write(b, u"long-minutes.pdf"_s, minutesOnly);

        // Then it runs over several pages, none of it lost or repeated.
        QVERIFY(pageCount(pdf) >= 3);
        const QString text = textOf(pdf);
        QVERIFY(text.contains(u"第1条意见"_s));
        QVERIFY(text.contains(u"第400条意见：会议要求各成员单位按分工推进。"_s));
        // Each phrase once; a page break (header and footer text between)
        // may cut one phrase per page.
        const qsizetype phrases = text.count(u"会议要求各成员单位按分工推进"_s);
        QVERIFY2(phrases <= 400 && phrases >= 400 - (pageCount(pdf) - 1),
                 qPrintable(QString::number(phrases)));
    }

    void shouldRunARowTallerThanAPageOntoTheNextPage()
    {
        // Given an action item whose description is longer than a page
        TestDatabase t(TestDatabase::Content::BuiltInPlanWithDemo);
        Briefing b = *BriefingLoader(t.db()).load(t.planId(), {2019, 12, 31});
        QString description;
        for (int i = 1; i <= 300; ++i)
            description += u"第%1项要求：限期整改到位。"_s.arg(i);
        b.openActions.first().description = description;
        const BriefingSections actionsOnly = only(&BriefingSections::actions);

        // When printed
        const QString pdf = write(b, u"long-row.pdf"_s, actionsOnly);

        // Then it continues on the next pages, nothing over the footer or lost.
        QVERIFY(pageCount(pdf) >= 2);
        QString where;
        QVERIFY2(bodyClearsFooter(pdf, &where), qPrintable(where));
        const QString text = textOf(pdf);
        QVERIFY(text.contains(u"第300项要求：限期整改到位。"_s));
        const qsizetype parts = text.count(u"限期整改到位"_s);
        QVERIFY2(parts <= 300 && parts >= 300 - (pageCount(pdf) - 1),
                 qPrintable(QString::number(parts)));
    }

    void shouldFitEveryChartAndRowAboveTheFooter()
    {
        // Given 24 targets, more than the overview chart can show at its
        // usual bar height on one page
        TestDatabase t(TestDatabase::Content::BuiltInPlanWithDemo);
        Briefing b = *BriefingLoader(t.db()).load(t.planId(), {2019, 12, 31});
        const QList<IndicatorPace> four = b.indicators;
        for (int i = 0; i < 5; ++i) {
            for (IndicatorPace p : four) {
                p.indicator.name = u"测试指标%1"_s.arg(b.indicators.size() + 1);
                b.indicators << p;
            }
        }
        const QString pdf = write(b, u"many-targets.pdf"_s);
        QString where;
        QVERIFY2(bodyClearsFooter(pdf, &where), qPrintable(where));
    }

    void shouldKeepATableInTheMinutesAsATable()
    {
        TestDatabase t(TestDatabase::Content::BuiltInPlanWithDemo);
        Briefing b = *BriefingLoader(t.db()).load(t.planId(), {2019, 12, 31});
        b.meeting->minutes = u"<p>各单位完成情况：</p><table border=\"1\"><tr><td>甲单位</td>"
                             "<td>已完成</td></tr><tr><td>乙单位</td><td>未完成</td></tr></table>"
                             "<p>会议结束。</p>"_s;
        const BriefingSections minutesOnly = only(&BriefingSections::minutes);
        const QList<QList<Word>> pages = wordsOf(write(b, u"table-minutes.pdf"_s, minutesOnly));
        QHash<QString, QRectF> at;
        for (const Word &w : pages.first())
            at.insert(w.text, w.box);
        // Side by side in rows, and the paragraph after the table below it.
        QVERIFY(at.contains(u"甲单位"_s) && at.contains(u"已完成"_s));
        QVERIFY(at.value(u"已完成"_s).left() > at.value(u"甲单位"_s).right());
        QVERIFY(std::abs(at.value(u"已完成"_s).top() - at.value(u"甲单位"_s).top()) < 2);
        QVERIFY(at.value(u"乙单位"_s).top() > at.value(u"甲单位"_s).bottom());
        QVERIFY(at.value(u"会议结束。"_s).top() > at.value(u"乙单位"_s).bottom());
    }

    void shouldFailWhenTheDeviceCannotBePaintedOn()
    {
        // A PDF writer whose file cannot be opened: no pages, an error.
        TestDatabase t(TestDatabase::Content::BuiltInPlan);
        const Briefing b = *BriefingLoader(t.db()).load(t.planId(), {2019, 12, 31});
        QPdfWriter pdf(u"/nonexistent/folder/b.pdf"_s);
        const Result<int> pages = BriefingComposer(b).print(pdf);
        QVERIFY(!pages);
        QVERIFY(!pages.error().isEmpty());
    }

    void shouldKeepEveryRowWholeOnItsPage()
    {
        // A table of rows of growing height, counted on a PDF page: no row
        // may begin on one page and end on the next.
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter pdf(&buffer);
        BriefingComposer::setUpPage(pdf);
        PageWriter writer(pdf, nullptr);
        writer.begin();
        ReportTable table;
        table.columns = {{u"A"_s, 1}, {u"B"_s, 3}};
        for (int i = 0; i < 60; ++i)
            table.addRow({{QString::number(i), {}}, {QString(u'字').repeated(10 + i * 7), {}}});
        // Measure as writeTable will, page by page.
        writeTable(writer, table, QFont());
        QVERIFY(writer.page() > 1);
        QVERIFY(writer.y() <= writer.contentRect().bottom());
    }
};

QTEST_MAIN(TestBriefingComposer)
#include "tst_briefingcomposer.moc"
