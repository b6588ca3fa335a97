#pragma once

#include <initializer_list>
#include <optional>

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>

#include "domain/codes.h"
#include "domain/decimal.h"
#include "exchange/exchangeproblem.h"

namespace PlanDesk {

/// Reads the values of a plan file and collects every problem with its JSON
/// path ("groups[2].tasks[0].lead") while the parser walks the file, so that
/// one pass names them all. Internal to PlanFile.
class PlanJsonReader
{
    Q_DECLARE_TR_FUNCTIONS(PlanFile)

public:
    explicit PlanJsonReader(QString file)
        : m_file(std::move(file))
    {
    }

    ExchangeProblems problems;

    void problem(const QString &path, const QString &what);
    static QString place(const QString &path, const char *key);

    /// Names every key of `o` that is not in `known`: a misspelt key would
    /// otherwise be dropped without a word.
    void onlyKeys(const QJsonObject &o, const QString &path,
                  std::initializer_list<const char *> known);

    QString text(const QJsonObject &o, const QString &path, const char *key, bool required = true);
    QDate date(const QJsonObject &o, const QString &path, const char *key, bool required);
    std::optional<int> integer(const QJsonObject &o, const QString &path, const char *key,
                               bool required, int min, int max);
    /// A number that cannot be below zero (a target, a baseline).
    std::optional<Decimal> quantity(const QJsonObject &o, const QString &path, const char *key,
                                    bool required);
    QJsonArray array(const QJsonObject &o, const QString &path, const char *key, bool required);
    QJsonObject object(const QJsonValue &v, const QString &path);

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

    /// "plan.json, line 3, column 14" for where a JSON parser stopped.
    static ExchangeProblem syntaxProblem(const QString &file, const QByteArray &json, int offset,
                                         const QString &what);

private:
    /// The value at `key`, or nothing when it is absent (a problem if required).
    std::optional<QJsonValue> present(const QJsonObject &o, const QString &path, const char *key,
                                      bool required);

    QString m_file;
};

} // namespace PlanDesk
