#pragma once

#include <memory>
#include <optional>

#include <QDialog>
#include <QList>

#include "domain/entities.h"

namespace Ui {
class ConflictDialog;
}

namespace PlanDesk {

/// One field of a record as the user typed it and as someone else saved it,
/// both in words for people.
struct ConflictField
{
    QString label;
    QString mine;
    QString theirs;
    bool differs() const { return mine != theirs; }
};

/// Shown when a save is refused because someone else saved the same record
/// after it was opened: compares the two field by field (differences
/// highlighted), says who saved theirs and when (the record's newest audit
/// entry), and asks what to do. Nothing is written here; the caller carries
/// out the choice.
class ConflictDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictDialog)

public:
    enum class Choice {
        Cancel, ///< back to the edit, with what was typed
        KeepMine, ///< save over theirs (an explicit, logged choice)
        TakeTheirs, ///< discard mine and show theirs
    };

    /// `what` names the record ("task 4 “…”").
    ConflictDialog(const QString &what, const QList<ConflictField> &fields,
                   const std::optional<AuditEntry> &savedBy, QWidget *parent = nullptr);
    ~ConflictDialog() override;

    Choice choice() const { return m_choice; }
    /// "保存人 张三 (db user zhang), 2024-05-01 10:02" or that it is unknown.
    static QString describeSaver(const std::optional<AuditEntry> &savedBy);

private:
    void choose(Choice choice);

    std::unique_ptr<Ui::ConflictDialog> m_ui;
    Choice m_choice = Choice::Cancel;
};

} // namespace PlanDesk
