#pragma once

#include <memory>

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

#include "util/result.h"

class QIODevice;

namespace PlanDesk {

/// The zip container of an .xlsx file, opened with suspicion: it refuses
/// files that are not zips (naming an old .xls for what it is), member names
/// that climb out of the package, too many members, and members that unpack
/// to more than a fixed budget — counting the bytes actually inflated, never
/// the sizes the headers claim. Nothing is ever written to disk.
///
/// It unzips with the system's minizip, the library libxlsxwriter writes
/// with: QuaZip bundles and exports its own minizip symbols, and the two
/// copies cannot share one process.
class XlsxArchive
{
    Q_DECLARE_TR_FUNCTIONS(XlsxArchive)

public:
    static constexpr qint64 maxUnpackedBytes = qint64(256) * 1024 * 1024;
    static constexpr int maxMembers = 10000;

    /// `fileName` is what messages call the file; `device` must outlive this.
    XlsxArchive(QIODevice &device, const QString &fileName);
    ~XlsxArchive();
    XlsxArchive(const XlsxArchive &) = delete;
    XlsxArchive &operator=(const XlsxArchive &) = delete;

    Status open();

    const QString &fileName() const { return m_fileName; }
    /// The member's name as stored, matched without regard to case (as OPC
    /// part names are); empty when there is no such member.
    QString member(const QString &name) const;

    /// Inflates the member once to count its bytes against the budget and
    /// check its CRC, then opens it again for the caller to read in chunks.
    Status beginRead(const QString &member);
    /// The next chunk of the member begun last; empty at its end.
    Result<QByteArray> readChunk();

    /// "book.xlsx: message" — a place-naming message about the whole file.
    QString problem(const QString &message) const;

private:
    Status checkSignature();
    Status checkMembers();
    Status openMember(const QString &member);
    QString damaged(const QString &member) const;

    QIODevice &m_device;
    QString m_fileName;
    /// Where a member's entry sits in the zip directory (minizip's unz64_file_pos).
    struct Position
    {
        quint64 directoryOffset = 0;
        quint64 fileNumber = 0;
    };

    void closeMember();

    void *m_zip = nullptr; ///< minizip's unzFile
    bool m_memberOpen = false;
    QHash<QString, QString> m_members; ///< lower-case name -> stored name
    QHash<QString, Position> m_positions; ///< stored name -> its entry
    QString m_current;
    qint64 m_currentLeft = 0;
    qint64 m_unpacked = 0;
};

} // namespace PlanDesk
