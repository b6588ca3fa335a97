#include <cstdio>

#include <QCoreApplication>
#include <QFile>
#include <QLockFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "database/sessionlock.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;

namespace {

/// The child's part: take the lock on argv[2], say "held" (or the refusal)
/// on stdout, and keep it until stdin closes or the process is killed.
int holdLock(const QString &databasePath)
{
    Result<std::unique_ptr<SessionLock>> lock = SessionLock::acquire(databasePath);
    std::printf("%s\n", lock ? "held" : qPrintable(u"refused: "_s + lock.error()));
    std::fflush(stdout);
    if (!lock)
        return 1;
    char c = 0;
    while (std::fread(&c, 1, 1, stdin) == 1) { }
    return 0;
}

/// This test program started again as the child that holds the lock.
class Holder
{
public:
    explicit Holder(const QString &databasePath)
    {
        m_process.start(QCoreApplication::applicationFilePath(), {u"--hold-lock"_s, databasePath});
    }
    ~Holder()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
    QByteArray firstLine()
    {
        while (!m_process.canReadLine() && m_process.waitForReadyRead(10000)) { }
        return m_process.readLine().trimmed();
    }
    qint64 pid() const { return m_process.processId(); }
    void kill()
    {
        m_process.kill();
        QVERIFY(m_process.waitForFinished(10000));
    }
    QProcess &process() { return m_process; }

private:
    QProcess m_process;
};

} // namespace

class TestSessionLock : public QObject
{
    Q_OBJECT

private slots:
    void shouldRefuseASecondLockInTheSameProcess()
    {
        // Given a database whose lock one window holds
        QTemporaryDir dir;
        const QString path = dir.filePath(u"台账.sqlite"_s);
        Result<std::unique_ptr<SessionLock>> first = SessionLock::acquire(path);
        QVERIFY2(first, qPrintable(first.error()));
        QVERIFY(QFile::exists(path + u".lock"_s));
        // When a second window asks for it
        const Result<std::unique_ptr<SessionLock>> second = SessionLock::acquire(path);
        // Then it is refused, naming the file, this computer and this process
        QVERIFY(!second);
        QVERIFY2(second.error().contains(u"“台账.sqlite” is already open in"_s),
                 qPrintable(second.error()));
        QVERIFY2(second.error().contains(u"(process %1)"_s.arg(QCoreApplication::applicationPid())),
                 qPrintable(second.error()));
        QVERIFY2(second.error().contains(QSysInfo::machineHostName()), qPrintable(second.error()));
    }

    void shouldFreeTheLockWhenReleased()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"ledger.sqlite"_s);
        {
            Result<std::unique_ptr<SessionLock>> first = SessionLock::acquire(path);
            QVERIFY(first);
            QCOMPARE(first.value()->databasePath(), path);
        }
        QVERIFY(!QFile::exists(path + u".lock"_s));
        QVERIFY(SessionLock::acquire(path));
    }

    void shouldKeepLocksOfDifferentFilesApart()
    {
        QTemporaryDir dir;
        Result<std::unique_ptr<SessionLock>> a = SessionLock::acquire(dir.filePath(u"a.sqlite"_s));
        Result<std::unique_ptr<SessionLock>> b = SessionLock::acquire(dir.filePath(u"b.sqlite"_s));
        QVERIFY(a);
        QVERIFY(b);
    }

    void shouldRefuseALockAnotherProcessHolds()
    {
        // Given another process holding the lock
        QTemporaryDir dir;
        const QString path = dir.filePath(u"ledger.sqlite"_s);
        Holder holder(path);
        QCOMPARE(holder.firstLine(), "held");
        // When this process asks for it
        const Result<std::unique_ptr<SessionLock>> mine = SessionLock::acquire(path);
        // Then it is refused with the holder's process id
        QVERIFY(!mine);
        QVERIFY2(mine.error().contains(u"(process %1)"_s.arg(holder.pid())),
                 qPrintable(mine.error()));
        // And once the holder closes normally, the lock is free again
        holder.process().closeWriteChannel();
        QVERIFY(holder.process().waitForFinished(10000));
        QCOMPARE(holder.process().exitCode(), 0);
        QVERIFY(!QFile::exists(path + u".lock"_s));
        QVERIFY(SessionLock::acquire(path));
    }

    void shouldTellAnotherProcessWhoHoldsTheLock()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"ledger.sqlite"_s);
        Result<std::unique_ptr<SessionLock>> mine = SessionLock::acquire(path);
        QVERIFY(mine);
        Holder other(path);
        const QByteArray line = other.firstLine();
        QVERIFY2(line.startsWith("refused: "), line.constData());
        QVERIFY2(line.contains(u"(process %1)"_s.arg(QCoreApplication::applicationPid()).toUtf8()),
                 line.constData());
    }

    void shouldTakeOverTheLockOfADeadProcess()
    {
        // Given a holder that was killed, leaving its lock file behind
        QTemporaryDir dir;
        const QString path = dir.filePath(u"ledger.sqlite"_s);
        Holder holder(path);
        QCOMPARE(holder.firstLine(), "held");
        holder.kill();
        QVERIFY(QFile::exists(path + u".lock"_s));
        // When a window asks for the lock
        Result<std::unique_ptr<SessionLock>> mine = SessionLock::acquire(path);
        // Then it gets it, and the file now names this process
        QVERIFY2(mine, qPrintable(mine.error()));
        qint64 pid = 0;
        QString host;
        QString app;
        QVERIFY(QLockFile(path + u".lock"_s).getLockInfo(&pid, &host, &app));
        QCOMPARE(pid, QCoreApplication::applicationPid());
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--hold-lock") == 0)
        return holdLock(QString::fromLocal8Bit(argv[2]));
    TestSessionLock test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_sessionlock.moc"
