#include "plans/planjsonreader.h"

#include <algorithm>
#include <cmath>

#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

void PlanJsonReader::problem(const QString &path, const QString &what)
{
    ExchangeProblem p;
    p.file = m_file;
    p.field = path;
    p.message = what;
    problems << p;
}

QString PlanJsonReader::place(const QString &path, const char *key)
{
    return u"%1.%2"_s.arg(path, QLatin1StringView(key));
}

void PlanJsonReader::onlyKeys(const QJsonObject &o, const QString &path,
                              std::initializer_list<const char *> known)
{
    QSet<QString> names;
    for (const char *key : known)
        names.insert(QString::fromLatin1(key));
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (!names.contains(it.key()))
            problem(u"%1.%2"_s.arg(path, it.key()),
                    tr("is not a field of the plan format (misspelt?)"));
    }
}

std::optional<QJsonValue> PlanJsonReader::present(const QJsonObject &o, const QString &path,
                                                  const char *key, bool required)
{
    const QJsonValue v = o.value(QLatin1StringView(key));
    if (!v.isUndefined() && !v.isNull())
        return v;
    if (required)
        problem(place(path, key), tr("is missing"));
    return std::nullopt;
}

QString PlanJsonReader::text(const QJsonObject &o, const QString &path, const char *key,
                             bool required)
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

QDate PlanJsonReader::date(const QJsonObject &o, const QString &path, const char *key,
                           bool required)
{
    const QString value = text(o, path, key, required);
    if (value.isEmpty())
        return {};
    const QDate d = QDate::fromString(value, Qt::ISODate);
    if (!d.isValid() || d.toString(Qt::ISODate) != value) {
        problem(place(path, key), tr("“%1” is not a date like 2017-04-12").arg(value));
        return {};
    }
    return d;
}

std::optional<int> PlanJsonReader::integer(const QJsonObject &o, const QString &path,
                                           const char *key, bool required, int min, int max)
{
    const std::optional<QJsonValue> found = present(o, path, key, required);
    if (!found)
        return std::nullopt;
    const QJsonValue &v = *found;
    const double d = v.toDouble();
    // The range first: converting a double beyond qint64 (2e85) is undefined.
    if (!v.isDouble() || !(d >= min && d <= max) || d != std::trunc(d)) {
        problem(place(path, key), tr("must be a whole number from %1 to %2").arg(min).arg(max));
        return std::nullopt;
    }
    return static_cast<int>(d);
}

std::optional<Decimal> PlanJsonReader::quantity(const QJsonObject &o, const QString &path,
                                                const char *key, bool required)
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
    if (!d) {
        problem(at, tr("must be a number with at most %1 decimal places").arg(Decimal::Places));
        return std::nullopt;
    }
    if (*d < Decimal()) {
        problem(at, tr("must not be negative"));
        return std::nullopt;
    }
    return d;
}

QJsonArray PlanJsonReader::array(const QJsonObject &o, const QString &path, const char *key,
                                 bool required)
{
    const QJsonValue v = o.value(QLatin1StringView(key));
    if (v.isUndefined() && !required)
        return {};
    if (!v.isArray())
        problem(place(path, key), v.isUndefined() ? tr("is missing") : tr("must be a list"));
    return v.toArray();
}

QJsonObject PlanJsonReader::object(const QJsonValue &v, const QString &path)
{
    if (!v.isObject())
        problem(path, tr("must be an object"));
    return v.toObject();
}

ExchangeProblem PlanJsonReader::syntaxProblem(const QString &file, const QByteArray &json,
                                              int offset, const QString &what)
{
    // Qt's offset lies just past the character it could not read.
    const qsizetype end = std::clamp<qsizetype>(offset - 1, 0, json.size());
    const qsizetype lineStart = end > 0 ? json.lastIndexOf('\n', end - 1) + 1 : 0;
    const auto line = json.left(end).count('\n') + 1;
    // Columns count characters, not UTF-8 bytes, as an editor shows them.
    const auto column = QString::fromUtf8(json.mid(lineStart, end - lineStart)).size() + 1;
    ExchangeProblem p;
    p.file = file;
    p.field = tr("line %1, column %2").arg(line).arg(column);
    p.message = tr("not valid JSON: %1").arg(what);
    return p;
}

} // namespace PlanDesk
