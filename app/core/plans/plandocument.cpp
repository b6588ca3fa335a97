#include "plans/plandocument.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

namespace {

/// Collects problems with their JSON path while the reader walks the file.
class Reader
{
    Q_DECLARE_TR_FUNCTIONS(PlanFile)

public:
    QStringList problems;

    void problem(const QString &path, const QString &what)
    {
        problems << u"%1: %2"_s.arg(path, what);
    }

    static QString place(const QString &path, const char *key)
    {
        return u"%1.%2"_s.arg(path, QLatin1StringView(key));
    }

    /// The value at `key`, or nothing when it is absent (a problem if required).
    std::optional<QJsonValue> present(const QJsonObject &o, const QString &path, const char *key,
                                      bool required)
    {
        const QJsonValue v = o.value(QLatin1StringView(key));
        if (!v.isUndefined() && !v.isNull())
            return v;
        if (required)
            problem(place(path, key), tr("is missing"));
        return std::nullopt;
    }

    QString text(const QJsonObject &o, const QString &path, const char *key, bool required = true)
    {
        const QString at = place(path, key);
        const std::optional<QJsonValue> found = present(o, path, key, required);
        if (!found)
            return {};
        const QJsonValue &v = *found;
        if (!v.isString()) {
            problem(at, tr("must be text"));
            return {};
        }
        if (required && v.toString().trimmed().isEmpty())
            problem(at, tr("must not be empty"));
        return v.toString();
    }

    QDate date(const QJsonObject &o, const QString &path, const char *key, bool required)
    {
        const QString value = text(o, path, key, required);
        if (value.isEmpty())
            return {};
        const QDate d = QDate::fromString(value, Qt::ISODate);
        if (!d.isValid() || d.toString(Qt::ISODate) != value)
            problem(place(path, key), tr("“%1” is not a date like 2017-04-12").arg(value));
        return d;
    }

    std::optional<int> integer(const QJsonObject &o, const QString &path, const char *key,
                               bool required, int min, int max)
    {
        const std::optional<QJsonValue> found = present(o, path, key, required);
        if (!found)
            return std::nullopt;
        const QJsonValue &v = *found;
        const QString at = place(path, key);
        const double d = v.toDouble(-1e300);
        if (!v.isDouble() || d != static_cast<double>(static_cast<qint64>(d)) || d < min
            || d > max) {
            problem(at, tr("must be a whole number from %1 to %2").arg(min).arg(max));
            return std::nullopt;
        }
        return static_cast<int>(d);
    }

    std::optional<Decimal> decimal(const QJsonObject &o, const QString &path, const char *key,
                                   bool required)
    {
        const std::optional<QJsonValue> found = present(o, path, key, required);
        if (!found)
            return std::nullopt;
        const QJsonValue &v = *found;
        const QString at = place(path, key);
        // Numbers as text keep every digit; plain JSON numbers are read as the
        // shortest decimal that produces them.
        std::optional<Decimal> d = v.isString() ? Decimal::parse(v.toString())
            : v.isDouble()                      ? Decimal::fromDouble(v.toDouble())
                                                : std::nullopt;
        if (!d)
            problem(at, tr("must be a number with at most %1 decimal places").arg(Decimal::Places));
        return d;
    }

    template<typename Enum>
    Enum code(const QJsonObject &o, const QString &path, const char *key, Enum fallback)
    {
        const QString value = text(o, path, key);
        if (value.isEmpty())
            return fallback;
        const std::optional<Enum> parsed = fromCode<Enum>(value);
        if (!parsed)
            problem(place(path, key), tr("“%1” is not allowed here").arg(value));
        return parsed.value_or(fallback);
    }

    QJsonArray array(const QJsonObject &o, const QString &path, const char *key, bool required)
    {
        const QJsonValue v = o.value(QLatin1StringView(key));
        if (v.isUndefined() && !required)
            return {};
        if (!v.isArray())
            problem(place(path, key), tr("must be a list"));
        return v.toArray();
    }

    QJsonObject object(const QJsonValue &v, const QString &path)
    {
        if (!v.isObject())
            problem(path, tr("must be an object"));
        return v.toObject();
    }
};

} // namespace

Result<PlanDocument> PlanFile::parse(const QByteArray &json, const QString &sourceName)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Result<PlanDocument>::failure(tr("%1: not valid JSON at byte %2: %3")
                                                 .arg(sourceName)
                                                 .arg(parseError.offset)
                                                 .arg(parseError.errorString()));
    Reader r;
    const QJsonObject root = r.object(document.object(), u"(top)"_s);
    if (root.value("format"_L1).toString() != u"plandesk-plan")
        r.problem(u"format"_s, tr("must be “plandesk-plan”"));
    if (root.value("format_version"_L1).toInt() != 1)
        r.problem(u"format_version"_s, tr("must be 1 (this PlanDesk reads version 1)"));

    PlanDocument doc;
    const QJsonObject plan = r.object(root.value("plan"_L1), u"plan"_s);
    doc.plan.title = r.text(plan, u"plan"_s, "title");
    doc.plan.issuer = r.text(plan, u"plan"_s, "issuer", false);
    doc.plan.documentNumber = r.text(plan, u"plan"_s, "document_number", false);
    doc.plan.signedOn = r.date(plan, u"plan"_s, "signed_on", false);
    doc.plan.publishedOn = r.date(plan, u"plan"_s, "published_on", false);
    doc.plan.startOn = r.date(plan, u"plan"_s, "start_on", true);
    doc.plan.targetYear = r.integer(plan, u"plan"_s, "target_year", true, 1900, 2200).value_or(0);
    doc.defaultDueOn = r.date(plan, u"plan"_s, "default_due_on", false);
    if (!doc.defaultDueOn.isValid() && doc.plan.targetYear > 0)
        doc.defaultDueOn = QDate(doc.plan.targetYear, 12, 31);

    QSet<QString> departmentNames;
    const QJsonArray departments = r.array(root, u"(top)"_s, "departments", true);
    for (qsizetype i = 0; i < departments.size(); ++i) {
        const QString path = u"departments[%1]"_s.arg(i);
        const QJsonObject o = r.object(departments.at(i), path);
        Department d;
        d.name = r.text(o, path, "name");
        d.shortName = r.text(o, path, "short_name", false);
        d.kind = r.code<DepartmentKind>(o, path, "kind", DepartmentKind::Government);
        d.contactPerson = r.text(o, path, "contact_person", false);
        d.contactPhone = r.text(o, path, "contact_phone", false);
        if (departmentNames.contains(d.name))
            r.problem(path + u".name"_s, tr("“%1” is listed twice").arg(d.name));
        departmentNames.insert(d.name);
        doc.departments << d;
    }
    auto checkDepartment = [&](const QString &path, const QString &name) {
        if (!name.isEmpty() && !departmentNames.contains(name))
            r.problem(path, tr("department “%1” is not listed under departments").arg(name));
    };

    const QJsonArray groups = r.array(root, u"(top)"_s, "groups", true);
    for (qsizetype g = 0; g < groups.size(); ++g) {
        const QString path = u"groups[%1]"_s.arg(g);
        const QJsonObject o = r.object(groups.at(g), path);
        PlanDocument::GroupEntry group;
        group.kind = r.code<GroupKind>(o, path, "kind", GroupKind::KeyTask);
        group.numbering = r.text(o, path, "numbering", false);
        group.title = r.text(o, path, "title");
        QSet<int> numbers;
        const QJsonArray tasks = r.array(o, path, "tasks", true);
        for (qsizetype t = 0; t < tasks.size(); ++t) {
            const QString taskPath = u"%1.tasks[%2]"_s.arg(path).arg(t);
            const QJsonObject to = r.object(tasks.at(t), taskPath);
            PlanDocument::TaskEntry task;
            task.number = r.integer(to, taskPath, "number", true, 1, 9999).value_or(0);
            task.title = r.text(to, taskPath, "title");
            task.text = r.text(to, taskPath, "text", false);
            task.lead = r.text(to, taskPath, "lead");
            checkDepartment(taskPath + u".lead"_s, task.lead);
            const QJsonArray cooperating = r.array(to, taskPath, "cooperating", false);
            for (qsizetype c = 0; c < cooperating.size(); ++c) {
                const QString name = cooperating.at(c).toString();
                const QString at = u"%1.cooperating[%2]"_s.arg(taskPath).arg(c);
                if (name.isEmpty())
                    r.problem(at, tr("must be a department name"));
                checkDepartment(at, name);
                if (name == task.lead || task.cooperating.contains(name))
                    r.problem(at, tr("“%1” is listed twice for this task").arg(name));
                task.cooperating << name;
            }
            task.startOn = r.date(to, taskPath, "start_on", false);
            task.dueOn = r.date(to, taskPath, "due_on", false);
            if (task.number > 0 && numbers.contains(task.number))
                r.problem(taskPath + u".number"_s,
                          tr("number %1 is used twice in this group").arg(task.number));
            numbers.insert(task.number);
            group.tasks << task;
        }
        doc.groups << group;
    }

    QSet<QString> codes;
    const QJsonArray indicators = r.array(root, u"(top)"_s, "indicators", false);
    for (qsizetype i = 0; i < indicators.size(); ++i) {
        const QString path = u"indicators[%1]"_s.arg(i);
        const QJsonObject o = r.object(indicators.at(i), path);
        PlanDocument::IndicatorEntry entry;
        Indicator &ind = entry.indicator;
        ind.position = static_cast<int>(i + 1);
        ind.code = r.text(o, path, "code");
        ind.name = r.text(o, path, "name");
        ind.unit = r.text(o, path, "unit", false);
        ind.comparison = r.code<Comparison>(o, path, "comparison", Comparison::GreaterOrEqual);
        ind.targetValue = r.decimal(o, path, "target", true).value_or(Decimal());
        ind.targetYear = r.integer(o, path, "target_year", true, 1900, 2200).value_or(0);
        ind.baselineValue = r.decimal(o, path, "baseline", false);
        ind.baselineYear = r.integer(o, path, "baseline_year", false, 1900, 2200);
        if (ind.baselineValue.has_value() != ind.baselineYear.has_value())
            r.problem(path, tr("a baseline needs both “baseline” and “baseline_year”"));
        entry.department = r.text(o, path, "department", false);
        checkDepartment(path + u".department"_s, entry.department);
        if (o.contains("ratio"_L1)) {
            const QJsonObject ratio = r.object(o.value("ratio"_L1), path + u".ratio"_s);
            RatioDefinition def;
            def.numerator = r.text(ratio, path + u".ratio"_s, "numerator");
            def.denominator = r.text(ratio, path + u".ratio"_s, "denominator");
            def.scale =
                r.integer(ratio, path + u".ratio"_s, "scale", true, 1, 1000000000).value_or(1);
            ind.ratio = def;
        }
        if (codes.contains(ind.code))
            r.problem(path + u".code"_s, tr("code “%1” is used twice").arg(ind.code));
        codes.insert(ind.code);
        doc.indicators << entry;
    }

    if (!r.problems.isEmpty())
        return Result<PlanDocument>::failure(
            tr("%1 has %n problem(s):", nullptr, static_cast<int>(r.problems.size()))
                .arg(sourceName)
            + u"\n  "_s + r.problems.join(u"\n  "_s));
    return doc;
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
