#include "exchange/xlsxreader.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QUrl>

#include "exchange/exchangeproblem.h"
#include "exchange/xlsxarchive.h"
#include "exchange/xlsxsheetreader.h"
#include "exchange/xlsxxml.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

namespace {

using Token = QXmlStreamReader::TokenType;

constexpr int maxSheets = 1000;

struct SheetEntry
{
    QString name;
    bool hidden = false;
    QString relationId;
};

struct Relationship
{
    QString type; ///< the last segment of the type URI: "worksheet", "sharedStrings"
    QString target;
    bool external = false;
};

// r:id under either the transitional or the strict namespace, whatever its prefix.
QString relationIdOf(const QXmlStreamAttributes &attributes)
{
    for (const QXmlStreamAttribute &a : attributes) {
        if (a.name() == u"id" && a.namespaceUri().contains(u"relationships"))
            return a.value().toString();
    }
    return {};
}

class Reader
{
public:
    Reader(QIODevice &device, const QString &fileName)
        : m_archive(device, fileName)
    {
    }

    Result<Workbook> read()
    {
        if (Status s = m_archive.open(); !s)
            return Result<Workbook>::failure(s.error());
        const QString workbookMember = m_archive.member(u"xl/workbook.xml"_s);
        if (workbookMember.isEmpty()) {
            return failure(XlsxReader::tr("the file holds no xl/workbook.xml, so it is not an "
                                          "Excel workbook (a Word or PowerPoint file?)"));
        }
        QList<SheetEntry> entries;
        if (Status s = readWorkbook(workbookMember, entries); !s)
            return Result<Workbook>::failure(s.error());
        QHash<QString, Relationship> relations;
        const QString relsMember = m_archive.member(u"xl/_rels/workbook.xml.rels"_s);
        if (!relsMember.isEmpty()) {
            if (Status s = readRelationships(relsMember, relations); !s)
                return Result<Workbook>::failure(s.error());
        }
        if (Status s = readShared(relations); !s)
            return Result<Workbook>::failure(s.error());

        Workbook workbook;
        workbook.fileName = m_archive.fileName();
        for (const SheetEntry &entry : std::as_const(entries)) {
            Sheet sheet;
            sheet.name = entry.name;
            sheet.hidden = entry.hidden;
            const Relationship relation = relations.value(entry.relationId);
            if (relation.target.isEmpty()) {
                return failure(XlsxReader::tr("sheet %1 has no part in the package (relationship "
                                              "\"%2\" is missing)")
                                   .arg(entry.name, entry.relationId.left(40)));
            }
            if (relation.type == u"worksheet") {
                const Result<QString> member = resolve(relation);
                if (!member)
                    return Result<Workbook>::failure(member.error());
                if (Status s = XlsxSheetReader::readWorksheet(m_archive, *member, m_book, sheet);
                    !s)
                    return Result<Workbook>::failure(s.error());
            } // chart and dialog sheets hold no cells: kept as empty tabs
            workbook.sheets << sheet;
        }
        return workbook;
    }

private:
    Result<Workbook> failure(const QString &message) const
    {
        return Result<Workbook>::failure(m_archive.problem(message));
    }

    Status readWorkbook(const QString &member, QList<SheetEntry> &entries)
    {
        XlsxXmlPart part(m_archive, member);
        return part.readElements([&] {
            const QXmlStreamAttributes attributes = part.xml().attributes();
            if (part.xml().name() == u"workbookPr") {
                const QStringView date1904 = attributes.value(u"date1904"_s);
                m_book.date1904 = date1904 == u"1" || date1904 == u"true";
            } else if (part.xml().name() == u"sheet") {
                if (entries.size() >= maxSheets) {
                    part.fail(XlsxReader::tr("the workbook has more than %1 sheets")
                                  .arg(XlsxSheetReader::count(maxSheets)));
                    return false;
                }
                const QStringView state = attributes.value(u"state"_s);
                entries << SheetEntry {attributes.value(u"name"_s).toString(),
                                       state == u"hidden" || state == u"veryHidden",
                                       relationIdOf(attributes)};
            }
            return true;
        });
    }

    Status readRelationships(const QString &member, QHash<QString, Relationship> &relations)
    {
        XlsxXmlPart part(m_archive, member);
        return part.readElements([&] {
            if (part.xml().name() != u"Relationship")
                return true;
            const QXmlStreamAttributes a = part.xml().attributes();
            const QString type = a.value(u"Type"_s).toString();
            relations.insert(a.value(u"Id"_s).toString(),
                             Relationship {type.mid(type.lastIndexOf(u'/') + 1),
                                           a.value(u"Target"_s).toString(),
                                           a.value(u"TargetMode"_s) == u"External"});
            return true;
        });
    }

    Status readShared(const QHash<QString, Relationship> &relations)
    {
        QString styles = u"xl/styles.xml"_s, strings = u"xl/sharedStrings.xml"_s;
        for (const Relationship &relation : relations) {
            if (relation.type == u"styles" || relation.type == u"sharedStrings") {
                const Result<QString> member = resolve(relation);
                if (!member)
                    return Status::failure(member.error());
                (relation.type == u"styles" ? styles : strings) = *member;
            }
        }
        if (!m_archive.member(styles).isEmpty()) {
            if (Status s = XlsxSheetReader::readStyles(m_archive, m_archive.member(styles), m_book);
                !s)
                return s;
        }
        if (!m_archive.member(strings).isEmpty())
            return XlsxSheetReader::readSharedStrings(m_archive, m_archive.member(strings), m_book);
        return {};
    }

    // A target relative to xl/ ("worksheets/sheet1.xml") or to the package
    // root ("/xl/worksheets/sheet1.xml"), which must stay inside the package.
    Result<QString> resolve(const Relationship &relation) const
    {
        const QString target = QUrl::fromPercentEncoding(relation.target.toUtf8());
        const auto outside = [&] {
            return Result<QString>::failure(m_archive.problem(
                XlsxReader::tr("the workbook refers to \"%1\", outside the workbook; this is not "
                               "a genuine workbook")
                    .arg(relation.target.left(120))));
        };
        if (relation.external || target.contains(u'\\') || target.contains(u':'))
            return outside();
        QStringList path;
        if (!target.startsWith(u'/'))
            path << u"xl"_s;
        for (const QString &segment : target.split(u'/', Qt::SkipEmptyParts)) {
            if (segment == u"..") {
                if (path.isEmpty())
                    return outside();
                path.removeLast();
            } else if (segment != u".") {
                path << segment;
            }
        }
        const QString member = m_archive.member(path.join(u'/'));
        if (member.isEmpty()) {
            return Result<QString>::failure(m_archive.problem(
                XlsxReader::tr("the workbook refers to %1, which the file does not hold")
                    .arg(path.join(u'/').left(120))));
        }
        return member;
    }

    XlsxArchive m_archive;
    XlsxBookContext m_book;
};

} // namespace

Result<Workbook> XlsxReader::read(const QString &path)
{
    const QString fileName = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Result<Workbook>::failure(ExchangeProblem {
            fileName, {}, 0, -1, {}, tr("cannot open the file: %1").arg(file.errorString())}
                                             .toString());
    }
    return read(file, fileName);
}

Result<Workbook> XlsxReader::read(QIODevice &device, const QString &fileName)
{
    return Reader(device, fileName).read();
}

} // namespace PlanDesk
