#include "exchange/returnstemplate.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>

#include "domain/taskcode.h"
#include "report/supervisionloader.h"
#include "repositories/roundrepository.h"
#include "rules/roundstatus.h"
#include "util/safefilename.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

namespace {

QString codeOf(const SupervisionData &data, const TaskOverview &t)
{
    TaskCode code {t.group.kind, t.task.number, std::nullopt};
    if (t.task.parentId) {
        if (const TaskOverview *parent = data.task(*t.task.parentId)) {
            code.kind = parent->group.kind;
            code.number = parent->task.number;
        }
        code.item = t.task.number;
    }
    return code.toString();
}

ReturnsRow rowOf(const SupervisionData &data, const ReportingRound &round, const Obligation &o)
{
    ReturnsRow row;
    if (const TaskOverview *t = data.task(o.taskId)) {
        row.taskCode = codeOf(data, *t);
        row.taskTitle = t->task.title;
        row.clause = t->task.text;
    }
    // The template speaks Chinese whatever the UI language (see ReturnsSheet).
    row.role = o.role == AssignmentRole::Lead ? u"牵头"_s : u"配合"_s;
    row.department = data.departmentName(o.departmentId);
    row.period = round.period;
    return row;
}

/// A file moved into the target folder, and the one it replaced (moved aside).
struct Move
{
    QString from;
    QString to;
    QString aside;
};

void undo(const QList<Move> &done)
{
    for (auto m = done.crbegin(); m != done.crend(); ++m) {
        QFile::rename(m->to, m->from);
        if (!m->aside.isEmpty())
            QFile::rename(m->aside, m->to);
    }
}

/// A second guard behind safeFileName(): whatever a department is called, its
/// file lands in the chosen folder itself, never above or below it.
bool directlyInside(const QString &directory, const QString &path)
{
    const QFileInfo file(path);
    return file.fileName() != u"." && file.fileName() != u".."
        && QDir::cleanPath(file.absolutePath()) == QDir::cleanPath(QDir(directory).absolutePath());
}

} // namespace

QString ReturnsTemplates::fileNameFor(const ReportingRound &round, const QString &departmentName)
{
    QString base = ReturnsSheet::title(round, {});
    if (!departmentName.isEmpty())
        base += u'-' + departmentName;
    return safeFileName(base, u"进展报送"_s) + u".xlsx"_s;
}

Result<QList<ReturnsWorkbook>> ReturnsTemplates::workbooks(Database &db, qint64 roundId,
                                                           const ReturnsTemplateOptions &options)
{
    using R = Result<QList<ReturnsWorkbook>>;
    const Result<ReportingRound> round = RoundRepository(db).round(roundId);
    if (!round)
        return R::failure(round.error());
    const Result<SupervisionData> data = SupervisionLoader(db).load(round->planId);
    if (!data)
        return R::failure(data.error());
    // Who owes what does not depend on the date judged, only whether handed in.
    const RoundStatus status = roundStatus(*round, *data, round->dueOn);

    QList<qint64> departments = status.departmentIds;
    if (options.departmentId) {
        const qint64 id = *options.departmentId;
        if (!data->department(id))
            return R::failure(tr("There is no department with id %1.").arg(id));
        if (!departments.contains(id))
            return R::failure(tr("%1 owes no report in the round “%2” (%3).")
                                  .arg(data->departmentName(id), round->title, round->period));
        departments = {id};
    }
    if (departments.isEmpty())
        return R::failure(tr("Nobody owes a report in the round “%1” (%2), so there is no "
                             "template to write.")
                              .arg(round->title, round->period));

    ReturnsWorkbook blank;
    blank.planDocumentNumber = data->plan.documentNumber;
    blank.round = *round;
    blank.writtenOn = QDate::currentDate();
    QList<ReturnsWorkbook> books;
    for (const qint64 departmentId : std::as_const(departments)) {
        const bool together = options.oneWorkbook && !options.departmentId;
        if (books.isEmpty() || !together) {
            books << blank;
            if (!together)
                books.last().department = data->departmentName(departmentId);
        }
        for (const Obligation &o : status.obligations) {
            if (o.departmentId == departmentId)
                books.last().rows << rowOf(*data, *round, o);
        }
    }
    return books;
}

Status ReturnsTemplates::writeAll(const QList<ReturnsWorkbook> &books, const QStringList &paths,
                                  const QString &directory, const Progress &progress)
{
    // Beside the targets, so the final moves are renames on one disk.
    QTemporaryDir work(QDir(directory).filePath(u".plandesk-templates-XXXXXX"_s));
    if (!work.isValid())
        return Status::failure(tr("Cannot write in the folder “%1”: %2")
                                   .arg(QDir::toNativeSeparators(directory), work.errorString()));
    const QString cancelled =
        tr("Writing the returns templates was cancelled; no file was written.");
    const auto total = static_cast<int>(books.size());
    QList<Move> moves;
    for (int i = 0; i < total; ++i) {
        if (progress && !progress(i, total))
            return Status::failure(cancelled);
        // ASCII names inside: libxlsxwriter takes the path as bytes.
        const QString temporary = work.filePath(u"%1.xlsx"_s.arg(i));
        if (Status s = ReturnsSheet::write(temporary, books.at(i)); !s)
            return Status::failure(
                tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(paths.at(i)), s.error()));
        moves << Move {temporary, paths.at(i), {}};
    }
    if (progress && !progress(total, total))
        return Status::failure(cancelled);

    QList<Move> done;
    for (int i = 0; i < moves.size(); ++i) {
        Move m = moves.at(i);
        if (QFileInfo::exists(m.to)) {
            m.aside = work.filePath(u"%1.replaced"_s.arg(i));
            if (!QFile::rename(m.to, m.aside)) {
                undo(done);
                return Status::failure(tr("Cannot replace “%1”; is it open in another program?")
                                           .arg(QDir::toNativeSeparators(m.to)));
            }
        }
        if (!QFile::rename(m.from, m.to)) {
            if (!m.aside.isEmpty())
                QFile::rename(m.aside, m.to);
            undo(done);
            return Status::failure(tr("Cannot move the finished template to “%1”.")
                                       .arg(QDir::toNativeSeparators(m.to)));
        }
        done << m;
    }
    return {};
}

Result<QStringList> ReturnsTemplates::write(Database &db, qint64 roundId, const QString &directory,
                                            const ReturnsTemplateOptions &options,
                                            const Progress &progress)
{
    using R = Result<QStringList>;
    const Result<QList<ReturnsWorkbook>> books = workbooks(db, roundId, options);
    if (!books)
        return R::failure(books.error());

    const QDir target(directory);
    QStringList paths;
    QSet<QString> names;
    for (const ReturnsWorkbook &book : *books) {
        // Names that differ only by case, or by characters a file name cannot
        // hold ("a/b", "ab"), get a number: each department keeps its own file.
        const QString first = fileNameFor(book.round, book.department);
        QString name = first;
        for (int n = 2; names.contains(name.toCaseFolded()); ++n)
            name = first.chopped(5) + u"（%1）.xlsx"_s.arg(n);
        names.insert(name.toCaseFolded());
        const QString path = target.filePath(name);
        if (!directlyInside(directory, path))
            return R::failure(tr("The template name “%1” would leave the folder “%2”.")
                                  .arg(name, QDir::toNativeSeparators(directory)));
        // Only a file is ever replaced: a folder (or link) of that name may
        // hold anything.
        const QFileInfo existing(path);
        if (existing.exists() && (existing.isDir() || existing.isSymLink()))
            return R::failure(tr("“%1” is a folder or a link, not a template; move it away or "
                                 "choose another folder.")
                                  .arg(QDir::toNativeSeparators(path)));
        if (!options.overwrite && existing.exists())
            return R::failure(tr("“%1” already exists; choose another folder or allow "
                                 "replacing the files.")
                                  .arg(QDir::toNativeSeparators(path)));
        paths << path;
    }
    // The folders this call makes, innermost first, to take away on failure.
    QStringList made;
    for (QString d = QDir::cleanPath(QDir(directory).absolutePath()); !QFileInfo::exists(d);) {
        made << d;
        const QString parent = QFileInfo(d).path();
        if (parent == d)
            break;
        d = parent;
    }
    if (!made.isEmpty() && !QDir().mkpath(directory))
        return R::failure(
            tr("Cannot create the folder “%1”.").arg(QDir::toNativeSeparators(directory)));
    if (Status s = writeAll(*books, paths, directory, progress); !s) {
        for (const QString &folder : std::as_const(made))
            QDir().rmdir(folder); // only if empty: never anything of the user's
        return R::failure(s.error());
    }
    return paths;
}

} // namespace PlanDesk
