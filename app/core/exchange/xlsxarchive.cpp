#include "exchange/xlsxarchive.h"

#include <QIODevice>
#include <QLocale>
#include <QRegularExpression>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>

#include "exchange/exchangeproblem.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

namespace {

constexpr qint64 chunkSize = 64 * 1024;

// Member names come from the file: keep messages on one line and short.
QString shown(const QString &name)
{
    QString s = name.left(120);
    for (QChar &c : s) {
        if (c.category() == QChar::Other_Control || c == u'\n' || c == u'\r')
            c = u'?';
    }
    return name.size() > 120 ? s + u"…"_s : s;
}

bool climbsOut(const QString &name)
{
    static const QRegularExpression drive(u"^[A-Za-z]:"_s);
    if (name.startsWith(u'/') || name.contains(u'\\') || name.contains(QChar(0))
        || drive.match(name).hasMatch())
        return true;
    return name.split(u'/').contains(u".."_s);
}

} // namespace

XlsxArchive::XlsxArchive(QIODevice &device, const QString &fileName)
    : m_device(device)
    , m_fileName(fileName)
{
}

XlsxArchive::~XlsxArchive() = default;

QString XlsxArchive::problem(const QString &message) const
{
    return ExchangeProblem {m_fileName, {}, 0, -1, {}, message}.toString();
}

Status XlsxArchive::open()
{
    if (!m_device.isOpen() && !m_device.open(QIODevice::ReadOnly))
        return Status::failure(problem(tr("cannot open the file: %1").arg(m_device.errorString())));
    if (m_device.isSequential())
        return Status::failure(problem(tr("the workbook must be read from a file, not a stream")));
    if (Status s = checkSignature(); !s)
        return s;
    m_zip = std::make_unique<QuaZip>(&m_device);
    m_zip->setAutoClose(false);
    if (!m_zip->open(QuaZip::mdUnzip)) {
        return Status::failure(
            problem(tr("the file is damaged or incomplete: its zip directory cannot be read")));
    }
    return checkMembers();
}

Status XlsxArchive::checkSignature()
{
    m_device.seek(0);
    const QByteArray head = m_device.peek(8);
    if (head.isEmpty())
        return Status::failure(problem(tr("the file is empty")));
    if (head.startsWith("\xD0\xCF\x11\xE0")) {
        return Status::failure(
            problem(tr("this is an Excel 97–2003 workbook (.xls) or a password-protected "
                       "workbook; open it in Excel or WPS and save it as an unprotected .xlsx")));
    }
    if (!head.startsWith("PK\x03\x04")) {
        return Status::failure(
            problem(tr("this is not an .xlsx workbook (the file is not a zip archive); "
                       "save it from Excel or WPS as .xlsx")));
    }
    return {};
}

Status XlsxArchive::checkMembers()
{
    if (m_zip->getEntriesCount() > maxMembers) {
        return Status::failure(
            problem(tr("the archive holds %1 members; a workbook this "
                       "program reads holds at most %2")
                        .arg(QLocale(QLocale::English).toString(m_zip->getEntriesCount()),
                             QLocale(QLocale::English).toString(maxMembers))));
    }
    qint64 declared = 0;
    int count = 0;
    for (bool more = m_zip->goToFirstFile(); more; more = m_zip->goToNextFile()) {
        QuaZipFileInfo64 info;
        if (!m_zip->getCurrentFileInfo(&info))
            return Status::failure(
                problem(tr("the file is damaged: its zip directory is unreadable")));
        if (++count > maxMembers) {
            return Status::failure(
                problem(tr("the archive holds more than %1 members")
                            .arg(QLocale(QLocale::English).toString(maxMembers))));
        }
        if (climbsOut(info.name)) {
            return Status::failure(problem(tr("the zip member \"%1\" points outside the workbook "
                                              "(an absolute path, a drive, a backslash or \"..\"); "
                                              "this is not a genuine workbook")
                                               .arg(shown(info.name))));
        }
        const QString key = info.name.toLower();
        if (m_members.contains(key)) {
            return Status::failure(problem(
                tr("the zip member \"%1\" appears twice; the file is not a genuine workbook")
                    .arg(shown(info.name))));
        }
        m_members.insert(key, info.name);
        declared += qint64(qMin<quint64>(info.uncompressedSize, quint64(maxUnpackedBytes) + 1));
        if (declared > maxUnpackedBytes) {
            return Status::failure(problem(tr("the workbook unpacks to more than %1 MB; this "
                                              "program reads workbooks up to that size")
                                               .arg(maxUnpackedBytes / (1024 * 1024))));
        }
    }
    if (m_zip->getZipError() != UNZ_OK)
        return Status::failure(problem(tr("the file is damaged: its zip directory is unreadable")));
    return {};
}

QString XlsxArchive::member(const QString &name) const
{
    return m_members.value(name.toLower());
}

QString XlsxArchive::damaged(const QString &member) const
{
    return problem(tr("the zip member %1 is damaged and cannot be unpacked").arg(shown(member)));
}

Status XlsxArchive::openMember(const QString &member)
{
    m_file.reset();
    if (!m_zip->setCurrentFile(member, QuaZip::csSensitive))
        return Status::failure(damaged(member));
    QuaZipFileInfo64 info;
    if (m_zip->getCurrentFileInfo(&info) && (info.flags & 1)) {
        return Status::failure(problem(tr("the workbook is password-protected; remove the "
                                          "password in Excel or WPS and save it again")));
    }
    m_file = std::make_unique<QuaZipFile>(m_zip.get());
    if (!m_file->open(QIODevice::ReadOnly))
        return Status::failure(damaged(member));
    return {};
}

Status XlsxArchive::beginRead(const QString &member)
{
    m_current = member;
    m_currentLeft = 0;
    // First pass: count what really inflates; headers may lie.
    if (Status s = openMember(member); !s)
        return s;
    QByteArray buffer(chunkSize, Qt::Uninitialized);
    qint64 size = 0;
    for (;;) {
        const qint64 n = m_file->read(buffer.data(), chunkSize);
        if (n < 0)
            return Status::failure(damaged(member));
        if (n == 0)
            break;
        size += n;
        if (m_unpacked + size > maxUnpackedBytes) {
            m_file.reset();
            return Status::failure(
                problem(tr("the workbook unpacks to more than %1 MB (passed "
                           "while unpacking %2); this is not an ordinary workbook")
                            .arg(maxUnpackedBytes / (1024 * 1024))
                            .arg(shown(member))));
        }
    }
    m_file->close();
    if (m_file->getZipError() != UNZ_OK)
        return Status::failure(damaged(member));
    m_unpacked += size;
    if (Status s = openMember(member); !s)
        return s;
    m_currentLeft = size;
    return {};
}

Result<QByteArray> XlsxArchive::readChunk()
{
    if (!m_file || m_currentLeft <= 0)
        return QByteArray();
    QByteArray chunk = m_file->read(qMin(chunkSize, m_currentLeft));
    if (chunk.isEmpty())
        return Result<QByteArray>::failure(damaged(m_current));
    m_currentLeft -= chunk.size();
    return chunk;
}

} // namespace PlanDesk
