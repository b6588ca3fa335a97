#pragma once

#include <QDate>
#include <QList>
#include <QObject>

#include "domain/entities.h"

namespace Ui {
class MeetingsPage;
}

namespace PlanDesk {

/// The editing half of the Meetings page, over the page's form: shows one
/// meeting (title, date, kind, place, chair, attendees, agenda, rich-text
/// minutes), hands back the meeting and attendee list as edited, and says
/// whether anything differs from what was loaded and what, if anything, is
/// wrong with it. Approved minutes are shown locked (read-only); approval
/// itself is not an edit here (see MinutesApproval). It never writes: the
/// page saves.
class MeetingEditor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MeetingEditor)

public:
    MeetingEditor(Ui::MeetingsPage &ui, QObject *parent = nullptr);
    ~MeetingEditor() override;

    /// Every department; the active ones (and any that attended) are offered.
    void setDepartments(const QList<Department> &departments);
    /// Shows `meeting` for editing. `earliestDue` is the first due date of its
    /// action items (invalid when it has none): the meeting cannot move past it.
    void load(const Meeting &meeting, const QList<MeetingAttendee> &attendees,
              const QDate &earliestDue);
    /// Shows nothing and disables the fields (no meeting selected).
    void clear();
    void setEarliestDue(const QDate &date);

    qint64 meetingId() const { return m_original.id; }
    /// The minutes shown are approved, so nothing can be edited.
    bool isLocked() const;
    const Meeting &original() const { return m_original; }
    /// The meeting as edited.
    Meeting meeting() const;
    /// The attendees as edited; those already listed keep their ids.
    QList<MeetingAttendee> attendees() const;
    bool isModified() const;
    /// What must be fixed before saving, naming the field; empty when valid.
    QString problem() const;

signals:
    /// Something was typed, ticked or chosen.
    void edited();

private:
    void setLocked(bool locked);
    void fillDepartmentList(const QList<MeetingAttendee> &attendees);
    QString peopleText(const QList<MeetingAttendee> &attendees) const;
    QString minutesHtml() const;
    void setupMinutesToolbar();
    void showCharFormat();
    void toggleBullets(bool on);

    Ui::MeetingsPage &m_ui;
    QList<Department> m_departments;
    Meeting m_original;
    QString m_loadedMinutesHtml;
    QList<MeetingAttendee> m_originalAttendees;
    QDate m_earliestDue;
    bool m_loading = false;
};

} // namespace PlanDesk
