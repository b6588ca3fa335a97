#include "exchange/xlsxarchive.h"

#include <unzip.h>

#include <QIODevice>
#include <QLocale>
#include <QRegularExpression>

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

// minizip reads the archive through these, from the QIODevice the caller opened.
voidpf deviceOpen(voidpf opaque, const void *, int)
{
    return opaque;
}

uLong deviceRead(voidpf, voidpf stream, void *buffer, uLong size)
{
    const qint64 n = static_cast<QIODevice *>(stream)->read(static_cast<char *>(buffer),
                                                            static_cast<qint64>(size));
    return n < 0 ? 0 : static_cast<uLong>(n);
}

uLong deviceWrite(voidpf, voidpf, const void *, uLong)
{
    return 0; // read only
}

ZPOS64_T deviceTell(voidpf, voidpf stream)
{
    return static_cast<ZPOS64_T>(static_cast<QIODevice *>(stream)->pos());
}

long deviceSeek(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    auto *device = static_cast<QIODevice *>(stream);
    qint64 target = static_cast<qint64>(offset);
    if (origin == ZLIB_FILEFUNC_SEEK_CUR)
        target += device->pos();
    else if (origin == ZLIB_FILEFUNC_SEEK_END)
        target += device->size();
    return device->seek(target) ? 0 : -1;
}

int deviceClose(voidpf, voidpf)
{
    return 0; // the caller owns the device
}

int deviceError(voidpf, voidpf)
{
    return 0;
}

/// The name of the member minizip stands on, as UTF-8 (what Office writes).
bool currentInfo(void *zip, unz_file_info64 &info, QString &name)
{
    QByteArray bytes(1024, Qt::Uninitialized);
    if (unzGetCurrentFileInfo64(zip, &info, bytes.data(), static_cast<uLong>(bytes.size()), nullptr,
                                0, nullptr, 0)
        != UNZ_OK)
        return false;
    bytes.truncate(static_cast<qsizetype>(qMin<uLong>(info.size_filename, 1024)));
    name = QString::fromUtf8(bytes);
    return true;
}

} // namespace

XlsxArchive::XlsxArchive(QIODevice &device, const QString &fileName)
    : m_device(device)
    , m_fileName(fileName)
{
}

XlsxArchive::~XlsxArchive()
{
    closeMember();
    if (m_zip)
        unzClose(m_zip);
}

void XlsxArchive::closeMember()
{
    if (m_memberOpen)
        unzCloseCurrentFile(m_zip);
    m_memberOpen = false;
}

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
    zlib_filefunc64_def io {};
    io.zopen64_file = deviceOpen;
    io.zread_file = deviceRead;
    io.zwrite_file = deviceWrite;
    io.ztell64_file = deviceTell;
    io.zseek64_file = deviceSeek;
    io.zclose_file = deviceClose;
    io.zerror_file = deviceError;
    io.opaque = &m_device;
    m_zip = unzOpen2_64("", &io);
    if (!m_zip) {
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
    unz_global_info64 global {};
    if (unzGetGlobalInfo64(m_zip, &global) != UNZ_OK)
        return Status::failure(problem(tr("the file is damaged: its zip directory is unreadable")));
    if (global.number_entry > quint64(maxMembers)) {
        return Status::failure(
            problem(tr("the archive holds %1 members; a workbook this "
                       "program reads holds at most %2")
                        .arg(QLocale(QLocale::English).toString(qulonglong(global.number_entry)),
                             QLocale(QLocale::English).toString(maxMembers))));
    }
    qint64 declared = 0;
    int count = 0;
    int step = unzGoToFirstFile(m_zip);
    for (; step == UNZ_OK; step = unzGoToNextFile(m_zip)) {
        unz_file_info64 raw {};
        QString name;
        unz64_file_pos position {};
        if (!currentInfo(m_zip, raw, name) || unzGetFilePos64(m_zip, &position) != UNZ_OK)
            return Status::failure(
                problem(tr("the file is damaged: its zip directory is unreadable")));
        const struct
        {
            const QString &name;
            quint64 uncompressedSize;
        } info {name, raw.uncompressed_size};
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
        m_positions.insert(info.name, {position.pos_in_zip_directory, position.num_of_file});
        declared += qint64(qMin<quint64>(info.uncompressedSize, quint64(maxUnpackedBytes) + 1));
        if (declared > maxUnpackedBytes) {
            return Status::failure(problem(tr("the workbook unpacks to more than %1 MB; this "
                                              "program reads workbooks up to that size")
                                               .arg(maxUnpackedBytes / (1024 * 1024))));
        }
    }
    if (step != UNZ_END_OF_LIST_OF_FILE)
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
    closeMember();
    const auto position = m_positions.constFind(member);
    if (position == m_positions.cend())
        return Status::failure(damaged(member));
    unz64_file_pos at {position->directoryOffset, position->fileNumber};
    if (unzGoToFilePos64(m_zip, &at) != UNZ_OK)
        return Status::failure(damaged(member));
    unz_file_info64 info {};
    QString name;
    if (currentInfo(m_zip, info, name) && (info.flag & 1)) {
        return Status::failure(problem(tr("the workbook is password-protected; remove the "
                                          "password in Excel or WPS and save it again")));
    }
    if (unzOpenCurrentFile(m_zip) != UNZ_OK)
        return Status::failure(damaged(member));
    m_memberOpen = true;
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
        const int n = unzReadCurrentFile(m_zip, buffer.data(), static_cast<unsigned>(chunkSize));
        if (n < 0) {
            closeMember();
            return Status::failure(damaged(member));
        }
        if (n == 0)
            break;
        size += n;
        if (m_unpacked + size > maxUnpackedBytes) {
            closeMember();
            return Status::failure(
                problem(tr("the workbook unpacks to more than %1 MB (passed "
                           "while unpacking %2); this is not an ordinary workbook")
                            .arg(maxUnpackedBytes / (1024 * 1024))
                            .arg(shown(member))));
        }
    }
    m_memberOpen = false;
    if (unzCloseCurrentFile(m_zip) != UNZ_OK) // a CRC mismatch shows here
        return Status::failure(damaged(member));
    m_unpacked += size;
    if (Status s = openMember(member); !s)
        return s;
    m_currentLeft = size;
    return {};
}

Result<QByteArray> XlsxArchive::readChunk()
{
    if (!m_memberOpen || m_currentLeft <= 0)
        return QByteArray();
    QByteArray chunk(qMin(chunkSize, m_currentLeft), Qt::Uninitialized);
    const int n = unzReadCurrentFile(m_zip, chunk.data(), static_cast<unsigned>(chunk.size()));
    if (n <= 0)
        return Result<QByteArray>::failure(damaged(m_current));
    chunk.truncate(n);
    m_currentLeft -= n;
    return chunk;
}

} // namespace PlanDesk
