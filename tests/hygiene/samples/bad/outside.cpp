// Not under an allowed folder: SQL has no business here.
#include <QString>

const auto kTasks = u"SELECT id, title FROM task"_s; // expect: outside

void widget()
{
    setText(tr("Updated")); // English text is not SQL
    run(QStringLiteral("PRAGMA integrity_check")); // expect: outside
}
