#include "rules/supervisiondata.h"

namespace PlanDesk {

void SupervisionData::reindex()
{
    m_departmentAt.clear();
    m_taskAt.clear();
    m_meetingDate.clear();
    for (qsizetype i = 0; i < departments.size(); ++i)
        m_departmentAt.insert(departments.at(i).id, i);
    for (qsizetype i = 0; i < tasks.size(); ++i)
        m_taskAt.insert(tasks.at(i).task.id, i);
    for (const Meeting &m : meetings)
        m_meetingDate.insert(m.id, m.heldOn);
}

const Department *SupervisionData::department(qint64 id) const
{
    const auto at = m_departmentAt.constFind(id);
    return at == m_departmentAt.cend() ? nullptr : &departments.at(*at);
}

QString SupervisionData::departmentName(qint64 id) const
{
    const Department *d = department(id);
    return d ? d->name : QString();
}

const TaskOverview *SupervisionData::task(qint64 id) const
{
    const auto at = m_taskAt.constFind(id);
    return at == m_taskAt.cend() ? nullptr : &tasks.at(*at);
}

QDate SupervisionData::meetingDate(qint64 meetingId) const
{
    return m_meetingDate.value(meetingId);
}

bool answersForItself(const Department &department)
{
    return department.active && department.kind != DepartmentKind::Collective;
}

} // namespace PlanDesk
