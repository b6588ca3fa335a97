#include "widgets/headerstate.h"

#include <QHeaderView>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

bool rememberHeaderState(QHeaderView *header, const QString &key)
{
    const QString settingsKey = u"layout/%1"_s.arg(key);
    const bool restored = header->restoreState(QSettings().value(settingsKey).toByteArray());
    auto save = [header, settingsKey] {
        QSettings().setValue(settingsKey, header->saveState());
    };
    QObject::connect(header, &QHeaderView::sectionResized, header, save);
    QObject::connect(header, &QHeaderView::sectionMoved, header, save);
    QObject::connect(header, &QHeaderView::sortIndicatorChanged, header, save);
    return restored;
}

} // namespace PlanDesk
