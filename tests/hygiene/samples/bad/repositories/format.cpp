#include "database.h"

void formatted(Database &db, const QString &title, int id)
{
    db.exec(u"UPDATE task SET title = '%1'"_s.arg(title)); // expect: built argument
    db.exec(QString::asprintf("SELECT * FROM task WHERE id = %d", id)); // expect: built argument
    db.exec(u"UPDATE task SET percent = "_s + QString::number(id)); // expect: built argument
}
