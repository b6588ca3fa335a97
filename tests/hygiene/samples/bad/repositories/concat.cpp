// Each line marked "expect:" must be reported with that rule.
#include "database.h"

void byName(Database &db, const QString &name, const QString &table)
{
    db.exec(u"SELECT * FROM task WHERE title = '"_s + name + u"'"_s); // expect: built argument
    QString sql = u"DELETE FROM department WHERE id IN ("_s;
    sql += name; // expect: built
    sql.append(u")"_s); // expect: built
    db.exec(QStringLiteral("SELECT count(*) FROM ") + table); // expect: built argument
    const std::string drop = std::string("DROP TABLE ") + table.toStdString(); // expect: built
    db.exec(table % u" WHERE id = 1"_s); // expect: built argument
    db.exec(sql); // expect: argument
}
