#include "exchange/departmentrows.h"

#include <QRegularExpression>

#include "exchange/cellvalues.h"
#include "exchange/rowcheck.h"
#include "repositories/departmentrepository.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

namespace {

constexpr DepartmentKind kinds[] = {
    DepartmentKind::Government,    DepartmentKind::Party,      DepartmentKind::Court,
    DepartmentKind::Procuratorate, DepartmentKind::Bank,       DepartmentKind::Customs,
    DepartmentKind::Association,   DepartmentKind::Collective,
};

/// The Chinese words of the department list, whatever the window's language.
QString chineseKind(DepartmentKind kind)
{
    switch (kind) {
    case DepartmentKind::Government:
        return u"政府部门"_s;
    case DepartmentKind::Party:
        return u"党委部门"_s;
    case DepartmentKind::Court:
        return u"法院"_s;
    case DepartmentKind::Procuratorate:
        return u"检察院"_s;
    case DepartmentKind::Bank:
        return u"银行"_s;
    case DepartmentKind::Customs:
        return u"海关"_s;
    case DepartmentKind::Association:
        return u"群团组织"_s;
    case DepartmentKind::Collective:
        return u"各成员单位"_s;
    }
    return {};
}

QString shortDepartment(const Department &d)
{
    QStringList parts;
    if (!d.contactPerson.isEmpty())
        parts << d.contactPerson;
    if (!d.contactPhone.isEmpty())
        parts << d.contactPhone;
    if (!d.active)
        parts << DepartmentRows::tr("inactive");
    return parts.join(u" · "_s);
}

bool sameDepartment(const Department &a, const Department &b)
{
    return a.name == b.name && a.shortName == b.shortName && a.kind == b.kind
        && a.contactPerson == b.contactPerson && a.contactPhone == b.contactPhone
        && a.active == b.active;
}

} // namespace

Result<DepartmentRows> DepartmentRows::read(Database &db)
{
    const Result<QList<Department>> departments = DepartmentRepository(db).departments();
    if (!departments)
        return Result<DepartmentRows>::failure(departments.error());
    DepartmentRows rows;
    for (const Department &d : *departments)
        rows.m_existing.insert(d.name, d);
    return rows;
}

void DepartmentRows::check(const ColumnMap &file, ImportPreview &preview)
{
    for (const SheetRow &row : file.rows())
        checkRow(file, row, preview);
}

std::optional<DepartmentKind> DepartmentRows::kind(const QString &word) const
{
    for (const DepartmentKind k : kinds) {
        if (word == toCode(k) || word == chineseKind(k)
            || word.compare(displayName(k), Qt::CaseInsensitive) == 0)
            return k;
    }
    return std::nullopt;
}

void DepartmentRows::checkRow(const ColumnMap &file, const SheetRow &row, ImportPreview &preview)
{
    RowCheck check(file, row);
    ImportRow &out = check.out();
    auto problem = [&](const QString &key, const QString &message) {
        check.problem(key, message);
    };
    auto text = [&](const QString &key) {
        return check.text(key);
    };
    const QString name = text(u"name"_s);
    out.subject = name;
    if (name.isEmpty()) {
        bool anything = false;
        for (const SheetCell &cell : row.cells)
            anything = anything || !cell.isEmpty();
        if (!anything)
            return check.skip(preview);
        problem(u"name"_s, tr("the department's name is missing."));
    }
    if (!check.valuesKnown(preview))
        return;
    const auto existing = m_existing.constFind(name);
    Department d = existing != m_existing.cend() ? *existing : Department {};
    d.name = name;
    // A column the file leaves out keeps what the department has.
    if (file.has(u"short_name"_s))
        d.shortName = text(u"short_name"_s);
    if (file.has(u"kind"_s)) {
        const QString word = text(u"kind"_s);
        QStringList words;
        for (const DepartmentKind each : kinds)
            words << chineseKind(each);
        if (const std::optional<DepartmentKind> k = kind(word))
            d.kind = *k;
        else if (!word.isEmpty())
            problem(u"kind"_s,
                    tr("“%1” is not a kind of department; use one of %2.")
                        .arg(word, words.join(u'、')));
        else if (existing == m_existing.cend())
            problem(u"kind"_s,
                    tr("a new department needs its kind: one of %1.").arg(words.join(u'、')));
    }
    if (file.has(u"contact_person"_s))
        d.contactPerson = text(u"contact_person"_s);
    if (file.has(u"contact_phone"_s)) {
        d.contactPhone = text(u"contact_phone"_s);
        // Digits with the usual separators and an extension: 0537-2345678, 138 0000 0000, 转 8012.
        static const QRegularExpression phone(
            u"^[+(（]?[0-9][0-9 ()（）\\-+/、,，]*((转|ext\\.?|x)\\s*[0-9]+)?$"_s,
            QRegularExpression::CaseInsensitiveOption);
        if (!d.contactPhone.isEmpty()
            && (!phone.match(d.contactPhone).hasMatch() || d.contactPhone.size() > 40))
            problem(u"contact_phone"_s,
                    tr("“%1” does not look like a telephone number.").arg(d.contactPhone));
    }
    if (check.filled(u"active"_s)) {
        const QString word = text(u"active"_s).toCaseFolded();
        if (word == u"true" || word == u"1" || word == u"是")
            d.active = true;
        else if (word == u"false" || word == u"0" || word == u"否")
            d.active = false;
        else
            problem(u"active"_s, tr("“%1” is neither true nor false.").arg(text(u"active"_s)));
    }
    if (existing == m_existing.cend() && !file.has(u"kind"_s))
        problem(u"name"_s,
                tr("there is no department called “%1”, and a new one needs its "
                   "kind (the kind column).")
                    .arg(name));

    if (check.ok()) {
        out.after = shortDepartment(d);
        if (const QString earlier = check.earlierWith(m_seen, name); !earlier.isEmpty()) {
            problem(u"name"_s, tr("the same department as %1.").arg(earlier));
        } else {
            if (existing == m_existing.cend()) {
                out.outcome = ImportRow::Outcome::New;
                preview.changes.departmentsToAdd << d;
            } else {
                out.before = shortDepartment(*existing);
                if (sameDepartment(*existing, d)) {
                    out.outcome = ImportRow::Outcome::Unchanged;
                } else {
                    out.outcome = ImportRow::Outcome::Replaces;
                    preview.changes.departmentsToReplace << d;
                    preview.changes.departmentsReplaced << *existing;
                }
            }
        }
    }
    check.finish(preview);
}

} // namespace PlanDesk
