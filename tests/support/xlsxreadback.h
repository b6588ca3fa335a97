#pragma once

#include <QJsonObject>
#include <QString>

namespace PlanDesk::Testing {

/// Reads an .xlsx PlanDesk wrote with openpyxl (tests/fixtures/xlsx/
/// read_template.py), so the file is judged by another program than the one
/// that wrote it: the sheets, the entry sheet's cells, locks, protection,
/// validations and print setup, the instructions and the hidden metadata.
/// On failure returns {} and says why in `error` (python3 or openpyxl
/// missing, the script failing).
QJsonObject readXlsxBack(const QString &path, QString &error);

} // namespace PlanDesk::Testing
