#include "exchange/tablewriters.h"

#include <QJsonArray>
#include <QJsonDocument>

#include "exchange/formulaguard.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

namespace {

QString cellText(const ExportValue &value)
{
    switch (value.kind()) {
    case ExportValue::Kind::Text:
    case ExportValue::Kind::Date:
        return guardedCell(value.text());
    case ExportValue::Kind::Number:
    case ExportValue::Kind::Boolean:
        return value.text(); // a number's own digits, never a formula
    case ExportValue::Kind::List:
        return guardedCell(value.items().join(u"、"_s));
    case ExportValue::Kind::Null:
        break;
    }
    return {};
}

QString quoted(const QString &cell)
{
    static const QString special = u",\"\r\n"_s;
    for (QChar c : cell) {
        if (special.contains(c)) {
            QString escaped = cell;
            escaped.replace(u'"', u"\"\""_s);
            return u'"' + escaped + u'"';
        }
    }
    return cell;
}

QByteArray jsonString(const QString &text)
{
    // QJsonDocument escapes strings correctly; wrap in an array and unwrap.
    const QByteArray wrapped = QJsonDocument(QJsonArray {text}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

QByteArray jsonValue(const ExportValue &value)
{
    switch (value.kind()) {
    case ExportValue::Kind::Text:
    case ExportValue::Kind::Date:
        return jsonString(value.text());
    case ExportValue::Kind::Number:
    case ExportValue::Kind::Boolean:
        return value.text().toLatin1();
    case ExportValue::Kind::List: {
        QByteArray out = "[";
        for (qsizetype i = 0; i < value.items().size(); ++i)
            out += (i == 0 ? "" : ",") + jsonString(value.items().at(i));
        return out + "]";
    }
    case ExportValue::Kind::Null:
        break;
    }
    return "null";
}

} // namespace

QByteArray toCsv(const ExportTable &table)
{
    QString text;
    auto writeLine = [&text](const QStringList &cells) {
        QStringList line;
        for (const QString &cell : cells)
            line << quoted(cell);
        text += line.join(u',') + u"\r\n"_s;
    };
    writeLine(table.columns);
    for (const ExportRow &row : table.rows) {
        QStringList cells;
        for (const QString &column : table.columns)
            cells << cellText(row.value(column));
        writeLine(cells);
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

QByteArray toJson(const ExportTable &table)
{
    QByteArray out = "[";
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        out += r == 0 ? "\n  {" : ",\n  {";
        const ExportRow &row = table.rows.at(r);
        for (qsizetype c = 0; c < table.columns.size(); ++c) {
            const QString &column = table.columns.at(c);
            out += c == 0 ? "\n    " : ",\n    ";
            out += jsonValue(column) + ": " + jsonValue(row.value(column));
        }
        out += "\n  }";
    }
    out += table.rows.isEmpty() ? "]\n" : "\n]\n";
    return out;
}

} // namespace PlanDesk
