#include "util/safefilename.h"

#include <QCryptographicHash>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

namespace {

QString withoutTrailingDotsAndSpaces(QString name)
{
    name = name.trimmed();
    while (name.endsWith(u'.') || name.endsWith(u' '))
        name.chop(1);
    return name;
}

/// Windows opens the device, not a file, for these names with any extension.
bool isDeviceName(const QString &name)
{
    static const QRegularExpression device(
        u"^(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³]|CONIN\\$|CONOUT\\$)(\\..*)?$"_s,
        QRegularExpression::CaseInsensitiveOption);
    return device.match(name.trimmed()).hasMatch();
}

/// Cut at a character boundary so the UTF-8 form fits, marked with a hash of
/// the whole name.
QString shortened(const QString &name)
{
    if (name.toUtf8().size() <= maxFileNameBytes)
        return name;
    const QString mark =
        u'~'
        + QString::fromLatin1(
            QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha1).toHex().left(8));
    QString cut;
    qsizetype bytes = 0;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const qsizetype width = (name.at(i).isHighSurrogate() && i + 1 < name.size())
            ? QStringView(name).mid(i, 2).toUtf8().size()
            : QStringView(name).mid(i, 1).toUtf8().size();
        if (bytes + width + mark.size() > maxFileNameBytes)
            break;
        const qsizetype units = name.at(i).isHighSurrogate() && i + 1 < name.size() ? 2 : 1;
        cut += QStringView(name).mid(i, units);
        bytes += width;
        i += units - 1;
    }
    return withoutTrailingDotsAndSpaces(cut) + mark;
}

} // namespace

QString safeFileName(const QString &name, const QString &fallback)
{
    QString safe;
    for (const QChar c : name) {
        if (c.unicode() >= 0x20 && c.unicode() != 0x7F && !QStringView(u"\\/:*?\"<>|").contains(c))
            safe += c;
    }
    safe = shortened(withoutTrailingDotsAndSpaces(safe));
    if (safe.isEmpty())
        return fallback;
    return isDeviceName(safe) ? u'_' + safe : safe;
}

} // namespace PlanDesk
