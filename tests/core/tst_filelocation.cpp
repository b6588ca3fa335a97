#include <QTemporaryDir>
#include <QTest>

#include "database/filelocation.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;

class TestFileLocation : public QObject
{
    Q_OBJECT

private slots:
    void shouldClassifyPaths_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("fileSystemType");
        QTest::addColumn<bool>("mappedDrive");
        QTest::addColumn<bool>("networked");
        QTest::addColumn<QString>("named"); // what the reason must name

        QTest::newRow("local ext4")
            << u"/home/office/台账.sqlite"_s << QByteArray("ext4") << false << false << QString();
        QTest::newRow("local ntfs drive") << u"C:/Users/office/台账.sqlite"_s << QByteArray("NTFS")
                                          << false << false << QString();
        QTest::newRow("tmpfs") << u"/tmp/a.sqlite"_s << QByteArray("tmpfs") << false << false
                               << QString();
        QTest::newRow("fuse, not sshfs")
            << u"/mnt/usb/a.sqlite"_s << QByteArray("fuseblk") << false << false << QString();
        QTest::newRow("backslash UNC")
            << uR"(\\FILESERVER\督办\台账.sqlite)"_s << QByteArray("NTFS") << false << true
            << uR"(\\FILESERVER\督办)"_s;
        QTest::newRow("slash UNC") << u"//fileserver/office/a.sqlite"_s << QByteArray() << false
                                   << true << uR"(\\fileserver\office)"_s;
        QTest::newRow("long UNC") << uR"(\\?\UNC\srv\share\a.sqlite)"_s << QByteArray() << false
                                  << true << uR"(\\srv\share)"_s;
        QTest::newRow("long local path")
            << uR"(\\?\C:\data\a.sqlite)"_s << QByteArray("NTFS") << false << false << QString();
        QTest::newRow("device path")
            << uR"(\\.\C:\data\a.sqlite)"_s << QByteArray("NTFS") << false << false << QString();
        QTest::newRow("server without share")
            << uR"(\\server)"_s << QByteArray() << false << false << QString();
        QTest::newRow("mapped drive")
            << u"Z:/督办/a.sqlite"_s << QByteArray("NTFS") << true << true << u"Z:"_s;
        for (const char *type : {"nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "9p", "afs",
                                 "ncpfs", "davfs", "ceph", "glusterfs", "fuse.glusterfs", "NFS4"})
            QTest::addRow("%s", type) << u"/mnt/share/a.sqlite"_s << QByteArray(type) << false
                                      << true << QString::fromLatin1(type);
    }

    void shouldClassifyPaths()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, fileSystemType);
        QFETCH(bool, mappedDrive);
        QFETCH(bool, networked);
        QFETCH(QString, named);

        const FileLocation::Verdict verdict =
            FileLocation::classify(path, fileSystemType, mappedDrive);

        QCOMPARE(verdict.onNetworkShare, networked);
        QCOMPARE(verdict.reason.isEmpty(), !networked);
        if (networked)
            QVERIFY2(verdict.reason.contains(named), qPrintable(verdict.reason));
    }

    void shouldFindATemporaryFolderLocal()
    {
        // The test machine's temporary folder is on a local disk.
        QTemporaryDir dir;
        QString reason = u"unchanged"_s;
        QVERIFY(!FileLocation::isOnNetworkShare(dir.filePath(u"new.sqlite"_s), &reason));
        QVERIFY(reason.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFileLocation)
#include "tst_filelocation.moc"
