#include "exchange/tablewriters.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

namespace {

QString neutralised(const QString &text)
{
    static const QString risky = u"=+-@\t\r"_s;
    if (!text.isEmpty() && risky.contains(text.front()))
        return u'\'' + text;
    return text;
}

QString cellText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return neutralised(value.toString());
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue &part : value.toArray())
            parts << part.toString();
        return neutralised(parts.join(u"、"_s));
    }
    default:
        return {};
    }
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

QByteArray jsonValue(const QJsonValue &value)
{
    // QJsonDocument only serialises arrays and objects; wrap and unwrap.
    const QByteArray wrapped = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
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
    for (const QJsonObject &row : table.rows) {
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
        const QJsonObject &row = table.rows.at(r);
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
