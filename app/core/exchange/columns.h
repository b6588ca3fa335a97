#pragma once

#include <QList>
#include <QString>

namespace PlanDesk {

/// One column of an exchange table: the key the CSV/JSON exports use as
/// header, the Chinese header the templates show, and whether an import needs
/// it. An importer accepts either header, so an export read back and a
/// template filled in by a department go through the same door.
struct ColumnSpec
{
    QString key;
    QString label;
    bool required = false;
};

namespace ExchangeColumns {

/// Progress reports (进展报送): the returns templates and `export progress`.
QList<ColumnSpec> progress();
/// Indicator values (指标数值): `export values` and the values template.
QList<ColumnSpec> values();
/// Departments (单位): `export departments`, and contacts coming back.
QList<ColumnSpec> departments();
/// The sample-data mark of exports (`sample`: true or false), which an
/// import keeps so demo data stays marked; templates do not have it.
ColumnSpec sample();
/// The Chinese status words of the templates' drop-down list, in TaskStatus
/// order: 未开始, 推进中, 已完成, 暂停.
QStringList statusWords();

} // namespace ExchangeColumns

} // namespace PlanDesk
