#include "xlsxreadback.h"

#include <QJsonDocument>
#include <QProcess>

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk::Testing {

namespace {

/// Runs read_template.py on `path` with `python`; exit code 3 means the
/// interpreter has no openpyxl.
struct PythonRun
{
    bool started = false;
    int exitCode = -1;
    QByteArray out;
    QString err;
};

PythonRun runReader(const QString &python, const QString &path)
{
    QProcess process;
    process.start(python,
                  {QString::fromUtf8(PLANDESK_FIXTURES_DIR) + u"/xlsx/read_template.py"_s, path});
    PythonRun r;
    r.started = process.waitForStarted();
    if (!r.started)
        return r;
    process.waitForFinished(60000);
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = process.readAllStandardOutput();
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

// The first of $PLANDESK_PYTHON, python3 and /usr/bin/python3 that has
// openpyxl runs it: a pyenv python3 on PATH may lack Debian's python3-openpyxl.
} // namespace

QJsonObject readXlsxBack(const QString &path, QString &error)
{
    QStringList pythons {u"python3"_s, u"/usr/bin/python3"_s};
    if (const QString chosen = qEnvironmentVariable("PLANDESK_PYTHON"); !chosen.isEmpty())
        pythons.prepend(chosen);
    PythonRun r;
    for (const QString &python : std::as_const(pythons)) {
        r = runReader(python, path);
        if (r.started && r.exitCode != 3)
            break;
    }
    if (!r.started) {
        error = u"python3 is needed to read the templates back; none of %1 starts"_s.arg(
            pythons.join(u", "_s));
        return {};
    }
    if (r.exitCode == 3) {
        error = u"python3-openpyxl is needed to read the templates back (apt-get install "
                "python3-openpyxl); none of %1 has it"_s.arg(pythons.join(u", "_s));
        return {};
    }
    if (r.exitCode != 0) {
        error = u"read_template.py failed on %1: %2"_s.arg(path, r.err);
        return {};
    }
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &parse);
    if (parse.error != QJsonParseError::NoError)
        error = u"read_template.py printed no JSON: "_s + parse.errorString();
    return doc.object();
}

} // namespace PlanDesk::Testing
