#include "plans/plandocument.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QSet>

#include "plans/planjsonreader.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

namespace {

/// Walks a plan file's JSON into a PlanDocument, section by section, while
/// its reader collects every problem found on the way.
class Parser
{
    Q_DECLARE_TR_FUNCTIONS(PlanFile)

public:
    explicit Parser(const QString &sourceName)
        : r(sourceName)
    {
    }

    PlanJsonReader r;
    PlanDocument doc;

    /// False when the file is not a plan file of this version at all; the
    /// rest is not read, so one clear line says so instead of dozens.
    bool readHeader(const QJsonDocument &document, QJsonObject &root)
    {
        if (!document.isObject()) {
            r.problem(u"(top)"_s, tr("must be an object"));
            return false;
        }
        root = document.object();
        if (root.value("format"_L1).toString() != u"plandesk-plan")
            r.problem(u"format"_s, tr("must be “plandesk-plan”"));
        else if (root.value("format_version"_L1).toInt() != 1)
            r.problem(u"format_version"_s, tr("must be 1 (this PlanDesk reads version 1)"));
        else
            r.onlyKeys(root, u"(top)"_s,
                       {"format", "format_version", "plan", "departments", "groups", "indicators"});
        return r.problems.isEmpty();
    }

    void readPlan(const QJsonObject &root)
    {
        const QString path = u"plan"_s;
        const QJsonObject plan = r.object(root.value("plan"_L1), path);
        r.onlyKeys(plan, path,
                   {"title", "issuer", "document_number", "signed_on", "published_on", "start_on",
                    "target_year", "default_due_on"});
        Plan &p = doc.plan;
        p.title = r.text(plan, path, "title");
        p.issuer = r.text(plan, path, "issuer", false);
        p.documentNumber = r.text(plan, path, "document_number", false);
        p.signedOn = r.date(plan, path, "signed_on", false);
        p.publishedOn = r.date(plan, path, "published_on", false);
        p.startOn = r.date(plan, path, "start_on", true);
        p.targetYear = r.integer(plan, path, "target_year", true, 1900, 2200).value_or(0);
        if (p.startOn.isValid() && p.targetYear > 0 && p.targetYear < p.startOn.year())
            r.problem(path + u".target_year"_s,
                      tr("%1 is before the year the plan starts (%2)")
                          .arg(p.targetYear)
                          .arg(p.startOn.year()));
        doc.defaultDueOn = r.date(plan, path, "default_due_on", false);
        if (doc.defaultDueOn.isValid())
            checkOrder(path, p.startOn, doc.defaultDueOn, false, "default_due_on");
        else if (p.targetYear > 0)
            doc.defaultDueOn = QDate(p.targetYear, 12, 31);
    }

    void readDepartments(const QJsonObject &root)
    {
        const QJsonArray departments = r.array(root, u"(top)"_s, "departments", true);
        for (qsizetype i = 0; i < departments.size(); ++i) {
            const QString path = u"departments[%1]"_s.arg(i);
            const QJsonObject o = r.object(departments.at(i), path);
            r.onlyKeys(o, path, {"name", "short_name", "kind", "contact_person", "contact_phone"});
            Department d;
            d.name = r.text(o, path, "name");
            d.shortName = r.text(o, path, "short_name", false);
            d.kind = r.code<DepartmentKind>(o, path, "kind", DepartmentKind::Government);
            d.contactPerson = r.text(o, path, "contact_person", false);
            d.contactPhone = r.text(o, path, "contact_phone", false);
            if (m_departments.contains(d.name))
                r.problem(path + u".name"_s, tr("“%1” is listed twice").arg(d.name));
            m_departments.insert(d.name);
            doc.departments << d;
        }
    }

    void readGroups(const QJsonObject &root)
    {
        // Key tasks are numbered through all their groups (1–17), safeguard
        // measures apart: a number names one task of its kind (see TaskCode).
        QHash<int, QString> numbered[2];
        const QJsonArray groups = r.array(root, u"(top)"_s, "groups", true);
        for (qsizetype g = 0; g < groups.size(); ++g) {
            const QString path = u"groups[%1]"_s.arg(g);
            const QJsonObject o = r.object(groups.at(g), path);
            r.onlyKeys(o, path, {"kind", "numbering", "title", "tasks"});
            PlanDocument::GroupEntry group;
            group.kind = r.code<GroupKind>(o, path, "kind", GroupKind::KeyTask);
            group.numbering = r.text(o, path, "numbering", false);
            group.title = r.text(o, path, "title");
            const QJsonArray tasks = r.array(o, path, "tasks", true);
            for (qsizetype t = 0; t < tasks.size(); ++t) {
                const QString taskPath = u"%1.tasks[%2]"_s.arg(path).arg(t);
                const QJsonObject to = r.object(tasks.at(t), taskPath);
                r.onlyKeys(to, taskPath,
                           {"number", "title", "text", "lead", "cooperating", "start_on", "due_on",
                            "items"});
                PlanDocument::TaskEntry task;
                readWork(to, taskPath, task, doc.plan.startOn, doc.defaultDueOn,
                         numbered[group.kind == GroupKind::Safeguard ? 1 : 0]);
                readItems(to, taskPath, task);
                group.tasks << task;
            }
            doc.groups << group;
        }
    }

    void readIndicators(const QJsonObject &root)
    {
        QSet<QString> codes;
        const QJsonArray indicators = r.array(root, u"(top)"_s, "indicators", false);
        for (qsizetype i = 0; i < indicators.size(); ++i) {
            const QString path = u"indicators[%1]"_s.arg(i);
            const QJsonObject o = r.object(indicators.at(i), path);
            r.onlyKeys(o, path,
                       {"code", "name", "unit", "comparison", "target", "target_year", "baseline",
                        "baseline_year", "baseline_source", "department", "ratio"});
            PlanDocument::IndicatorEntry entry;
            Indicator &ind = entry.indicator;
            ind.position = static_cast<int>(i + 1);
            ind.code = r.text(o, path, "code");
            ind.name = r.text(o, path, "name");
            ind.unit = r.text(o, path, "unit");
            ind.comparison = r.code<Comparison>(o, path, "comparison", Comparison::GreaterOrEqual);
            ind.targetValue = r.quantity(o, path, "target", true).value_or(Decimal());
            ind.targetYear = r.integer(o, path, "target_year", true, 1900, 2200).value_or(0);
            readBaseline(o, path, ind);
            entry.department = r.text(o, path, "department", false);
            checkDepartment(path + u".department"_s, entry.department);
            if (o.contains("ratio"_L1))
                ind.ratio = readRatio(o.value("ratio"_L1), path + u".ratio"_s);
            if (codes.contains(ind.code))
                r.problem(path + u".code"_s, tr("code “%1” is used twice").arg(ind.code));
            codes.insert(ind.code);
            doc.indicators << entry;
        }
    }

private:
    QSet<QString> m_departments;

    void checkDepartment(const QString &path, const QString &name)
    {
        if (!name.isEmpty() && !m_departments.contains(name))
            r.problem(path, tr("department “%1” is not listed under departments").arg(name));
    }

    /// A due date before the start is named where it was written: at the
    /// due date when given, else at the start that went past the default.
    void checkOrder(const QString &path, const QDate &start, const QDate &due, bool blameStart,
                    const char *dueKey = "due_on")
    {
        if (!start.isValid() || !due.isValid() || due >= start)
            return;
        if (blameStart)
            r.problem(PlanJsonReader::place(path, "start_on"),
                      tr("%1 is after the due date %2")
                          .arg(start.toString(Qt::ISODate), due.toString(Qt::ISODate)));
        else
            r.problem(PlanJsonReader::place(path, dueKey),
                      tr("%1 is before the start %2")
                          .arg(due.toString(Qt::ISODate), start.toString(Qt::ISODate)));
    }

    /// What a task and a work item share; their dates default to the given ones.
    void readWork(const QJsonObject &o, const QString &path, PlanDocument::WorkEntry &w,
                  const QDate &defaultStart, const QDate &defaultDue, QHash<int, QString> &numbered)
    {
        w.number = r.integer(o, path, "number", true, 1, 9999).value_or(0);
        if (w.number > 0 && numbered.contains(w.number))
            r.problem(path + u".number"_s,
                      tr("number %1 is used twice (also at %2)")
                          .arg(w.number)
                          .arg(numbered.value(w.number)));
        else if (w.number > 0)
            numbered.insert(w.number, path);
        w.title = r.text(o, path, "title");
        w.text = r.text(o, path, "text", false);
        w.lead = r.text(o, path, "lead");
        checkDepartment(path + u".lead"_s, w.lead);
        const QJsonArray cooperating = r.array(o, path, "cooperating", false);
        for (qsizetype c = 0; c < cooperating.size(); ++c) {
            const QString name = cooperating.at(c).toString();
            const QString at = u"%1.cooperating[%2]"_s.arg(path).arg(c);
            if (name.trimmed().isEmpty())
                r.problem(at, tr("must be a department name"));
            else if (name == w.lead || w.cooperating.contains(name))
                r.problem(at, tr("“%1” is listed twice for this task").arg(name));
            else
                checkDepartment(at, name);
            w.cooperating << name;
        }
        w.startOn = r.date(o, path, "start_on", false);
        w.dueOn = r.date(o, path, "due_on", false);
        if (w.startOn.isValid() || w.dueOn.isValid())
            checkOrder(path, w.startOn.isValid() ? w.startOn : defaultStart,
                       w.dueOn.isValid() ? w.dueOn : defaultDue, !w.dueOn.isValid());
    }

    void readItems(const QJsonObject &o, const QString &path, PlanDocument::TaskEntry &task)
    {
        QHash<int, QString> numbered;
        const QDate start = task.startOn.isValid() ? task.startOn : doc.plan.startOn;
        const QDate due = task.dueOn.isValid() ? task.dueOn : doc.defaultDueOn;
        const QJsonArray items = r.array(o, path, "items", false);
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString itemPath = u"%1.items[%2]"_s.arg(path).arg(i);
            const QJsonObject io = r.object(items.at(i), itemPath);
            r.onlyKeys(io, itemPath,
                       {"number", "title", "text", "lead", "cooperating", "start_on", "due_on"});
            PlanDocument::WorkEntry item;
            readWork(io, itemPath, item, start, due, numbered);
            task.items << item;
        }
    }

    void readBaseline(const QJsonObject &o, const QString &path, Indicator &ind)
    {
        ind.baselineValue = r.quantity(o, path, "baseline", false);
        ind.baselineYear = r.integer(o, path, "baseline_year", false, 1900, 2200);
        ind.baselineSource = r.text(o, path, "baseline_source", false);
        auto given = [&o](QLatin1StringView key) {
            const QJsonValue v = o.value(key);
            return !v.isUndefined() && !v.isNull();
        };
        const bool hasValue = given("baseline"_L1), hasYear = given("baseline_year"_L1);
        if (hasValue != hasYear)
            r.problem(path, tr("a baseline needs both “baseline” and “baseline_year”"));
        else if (ind.baselineYear && ind.targetYear > 0 && *ind.baselineYear > ind.targetYear)
            r.problem(
                path + u".baseline_year"_s,
                tr("%1 is after the target year %2").arg(*ind.baselineYear).arg(ind.targetYear));
        if (!ind.baselineSource.isEmpty() && !hasValue)
            r.problem(path + u".baseline_source"_s, tr("is given without a baseline"));
    }

    RatioDefinition readRatio(const QJsonValue &value, const QString &path)
    {
        const QJsonObject ratio = r.object(value, path);
        r.onlyKeys(ratio, path, {"numerator", "denominator", "scale"});
        RatioDefinition def;
        def.numerator = r.text(ratio, path, "numerator");
        def.denominator = r.text(ratio, path, "denominator");
        def.scale = r.integer(ratio, path, "scale", true, 1, 1000000000).value_or(1);
        return def;
    }
};

} // namespace

Result<PlanDocument> PlanFile::parse(const QByteArray &json, const QString &sourceName)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Result<PlanDocument>::failure(PlanJsonReader::syntaxProblem(sourceName, json,
                                                                           parseError.offset,
                                                                           parseError.errorString())
                                                 .toString());
    Parser parser(sourceName);
    QJsonObject root;
    if (parser.readHeader(document, root)) {
        parser.readPlan(root);
        parser.readDepartments(root);
        parser.readGroups(root);
        parser.readIndicators(root);
    }

    const ExchangeProblems &problems = parser.r.problems;
    if (problems.size() == 1)
        return Result<PlanDocument>::failure(problems.constFirst().toString());
    if (!problems.isEmpty()) {
        QString message =
            tr("%1 has %n problem(s):", nullptr, static_cast<int>(problems.size())).arg(sourceName);
        for (const ExchangeProblem &p : problems)
            message += u"\n  "_s + p.toString();
        return Result<PlanDocument>::failure(message);
    }
    return parser.doc;
}

Result<PlanDocument> PlanFile::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<PlanDocument>::failure(
            tr("Cannot read “%1”: %2").arg(path, file.errorString()));
    return parse(file.readAll(), path);
}

Result<PlanDocument> PlanFile::builtIn()
{
    return load(QString::fromLatin1(BuiltInResource));
}

} // namespace PlanDesk
