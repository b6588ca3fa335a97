// Outside the repositories: text that merely looks like SQL words is fine.
#include <QString>

void labels()
{
    setText(tr("Select the departments where the task is late, then Update."));
    setText(tr("Delete %1?").arg(name));
    const QString joined = u"Plan: "_s + title;
}
