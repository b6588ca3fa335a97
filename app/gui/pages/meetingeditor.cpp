#include "pages/meetingeditor.h"

#include <algorithm>
#include <initializer_list>
#include <set>
#include <utility>

#include <QFont>
#include <QHash>
#include <QLocale>
#include <QSignalBlocker>
#include <QTextCursor>
#include <QTextList>

#include "editing/dateformat.h"
#include "ui_meetingspage.h"

using namespace Qt::Literals::StringLiterals;

namespace PlanDesk {

namespace {

using AttendeeKey = std::pair<qint64, QString>;

AttendeeKey keyOf(const MeetingAttendee &a)
{
    return {a.departmentId.value_or(0), a.person};
}

std::set<AttendeeKey> keysOf(const QList<MeetingAttendee> &attendees)
{
    std::set<AttendeeKey> keys;
    for (const MeetingAttendee &a : attendees)
        keys.insert(keyOf(a));
    return keys;
}

} // namespace

MeetingEditor::MeetingEditor(Ui::MeetingsPage &ui, QObject *parent)
    : QObject(parent)
    , m_ui(ui)
{
    for (MeetingKind kind : {MeetingKind::Regular, MeetingKind::Special})
        m_ui.kindCombo->addItem(displayName(kind), static_cast<int>(kind));
    m_ui.dateEdit->setDisplayFormat(dateEditFormat());
    m_ui.peopleEdit->setPlaceholderText(
        tr("For example:\n特邀专家 李明\n市知识产权局：王局长 (a person from a department)"));
    m_ui.agendaEdit->setPlaceholderText(tr("The items to discuss, one per line"));
    m_ui.minutesEdit->setAcceptRichText(true);
    setupMinutesToolbar();

    const auto changed = [this] {
        if (!m_loading)
            emit edited();
    };
    connect(m_ui.titleEdit, &QLineEdit::textChanged, this, changed);
    connect(m_ui.placeEdit, &QLineEdit::textChanged, this, changed);
    connect(m_ui.chairEdit, &QLineEdit::textChanged, this, changed);
    connect(m_ui.dateEdit, &QDateEdit::dateChanged, this, changed);
    connect(m_ui.kindCombo, &QComboBox::currentIndexChanged, this, changed);
    connect(m_ui.departmentList, &QListWidget::itemChanged, this, changed);
    connect(m_ui.peopleEdit, &QPlainTextEdit::textChanged, this, changed);
    connect(m_ui.agendaEdit, &QPlainTextEdit::textChanged, this, changed);
    connect(m_ui.minutesEdit, &QTextEdit::textChanged, this, changed);
    clear();
}

MeetingEditor::~MeetingEditor() = default;

void MeetingEditor::setupMinutesToolbar()
{
    QFont bold = m_ui.boldButton->font();
    bold.setBold(true);
    m_ui.boldButton->setFont(bold);
    m_ui.boldButton->setText(tr("B", "the Bold button of the minutes: a bold letter"));
    m_ui.boldButton->setShortcut(QKeySequence::Bold);
    m_ui.boldButton->setToolTip(
        tr("Bold (%1)").arg(QKeySequence(QKeySequence::Bold).toString(QKeySequence::NativeText)));
    QFont italic = m_ui.italicButton->font();
    italic.setItalic(true);
    m_ui.italicButton->setFont(italic);
    m_ui.italicButton->setText(tr("I", "the Italic button of the minutes: an italic letter"));
    m_ui.italicButton->setShortcut(QKeySequence::Italic);
    m_ui.italicButton->setToolTip(
        tr("Italic (%1)")
            .arg(QKeySequence(QKeySequence::Italic).toString(QKeySequence::NativeText)));
    m_ui.bulletButton->setText(tr("• List"));
    m_ui.bulletButton->setToolTip(tr("Bulleted list"));

    connect(m_ui.boldButton, &QToolButton::clicked, this, [this](bool on) {
        QTextCharFormat format;
        format.setFontWeight(on ? QFont::Bold : QFont::Normal);
        m_ui.minutesEdit->mergeCurrentCharFormat(format);
        m_ui.minutesEdit->setFocus();
    });
    connect(m_ui.italicButton, &QToolButton::clicked, this, [this](bool on) {
        QTextCharFormat format;
        format.setFontItalic(on);
        m_ui.minutesEdit->mergeCurrentCharFormat(format);
        m_ui.minutesEdit->setFocus();
    });
    connect(m_ui.bulletButton, &QToolButton::clicked, this, &MeetingEditor::toggleBullets);
    connect(m_ui.minutesEdit, &QTextEdit::currentCharFormatChanged, this,
            &MeetingEditor::showCharFormat);
    connect(m_ui.minutesEdit, &QTextEdit::cursorPositionChanged, this,
            &MeetingEditor::showCharFormat);
}

void MeetingEditor::showCharFormat()
{
    const QSignalBlocker b1(m_ui.boldButton), b2(m_ui.italicButton), b3(m_ui.bulletButton);
    m_ui.boldButton->setChecked(m_ui.minutesEdit->fontWeight() >= QFont::Bold);
    m_ui.italicButton->setChecked(m_ui.minutesEdit->fontItalic());
    m_ui.bulletButton->setChecked(m_ui.minutesEdit->textCursor().currentList() != nullptr);
}

void MeetingEditor::toggleBullets(bool on)
{
    QTextCursor cursor = m_ui.minutesEdit->textCursor();
    cursor.beginEditBlock();
    if (on && !cursor.currentList()) {
        cursor.createList(QTextListFormat::ListDisc);
    } else if (!on) {
        if (QTextList *list = cursor.currentList()) {
            list->remove(cursor.block());
            QTextBlockFormat format = cursor.blockFormat();
            format.setIndent(0);
            cursor.setBlockFormat(format);
        }
    }
    cursor.endEditBlock();
    m_ui.minutesEdit->setFocus();
}

void MeetingEditor::setDepartments(const QList<Department> &departments)
{
    m_departments = departments;
}

void MeetingEditor::load(const Meeting &meeting, const QList<MeetingAttendee> &attendees,
                         const QDate &earliestDue)
{
    m_loading = true;
    m_original = meeting;
    m_originalAttendees = attendees;
    m_earliestDue = earliestDue;
    m_ui.titleEdit->setText(meeting.title);
    m_ui.dateEdit->setDate(meeting.heldOn);
    m_ui.kindCombo->setCurrentIndex(m_ui.kindCombo->findData(static_cast<int>(meeting.kind)));
    m_ui.placeEdit->setText(meeting.place);
    m_ui.chairEdit->setText(meeting.chair);
    fillDepartmentList(attendees);
    m_ui.peopleEdit->setPlainText(peopleText(attendees));
    m_ui.agendaEdit->setPlainText(meeting.agenda);
    if (Qt::mightBeRichText(meeting.minutes))
        m_ui.minutesEdit->setHtml(meeting.minutes);
    else
        m_ui.minutesEdit->setPlainText(meeting.minutes);
    m_ui.agendaEdit->document()->setModified(false);
    m_ui.minutesEdit->document()->setModified(false);
    m_ui.meetingBox->setEnabled(true);
    setLocked(meeting.approval == Approval::Approved);
    // What Qt makes of the stored minutes: typing and deleting a letter
    // gives this back, which is no change.
    m_loadedMinutesHtml = minutesHtml();
    m_loading = false;
}

void MeetingEditor::clear()
{
    m_loading = true;
    m_original = Meeting();
    m_originalAttendees.clear();
    m_earliestDue = QDate();
    for (QLineEdit *edit : {m_ui.titleEdit, m_ui.placeEdit, m_ui.chairEdit})
        edit->clear();
    m_ui.departmentList->clear();
    m_ui.peopleEdit->clear();
    m_ui.agendaEdit->clear();
    m_ui.minutesEdit->clear();
    m_ui.meetingBox->setEnabled(false);
    setLocked(false);
    m_loading = false;
}

void MeetingEditor::setLocked(bool locked)
{
    // Approved minutes are read, not edited: the fields are disabled, the
    // long texts read-only so they can still be scrolled, selected and copied,
    // and the attendees' ticks fixed but the list still scrolls.
    for (QWidget *field : std::initializer_list<QWidget *> {
             m_ui.titleEdit, m_ui.dateEdit, m_ui.kindCombo, m_ui.placeEdit, m_ui.chairEdit,
             m_ui.boldButton, m_ui.italicButton, m_ui.bulletButton})
        field->setEnabled(!locked);
    const Qt::ItemFlags flags = locked
        ? Qt::ItemIsEnabled | Qt::ItemIsSelectable
        : Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
    for (int row = 0; row < m_ui.departmentList->count(); ++row)
        m_ui.departmentList->item(row)->setFlags(flags);
    m_ui.peopleEdit->setReadOnly(locked);
    m_ui.agendaEdit->setReadOnly(locked);
    m_ui.minutesEdit->setReadOnly(locked);
}

bool MeetingEditor::isLocked() const
{
    return m_original.approval == Approval::Approved;
}

void MeetingEditor::setEarliestDue(const QDate &date)
{
    m_earliestDue = date;
}

void MeetingEditor::fillDepartmentList(const QList<MeetingAttendee> &attendees)
{
    QSet<qint64> present;
    for (const MeetingAttendee &a : attendees) {
        if (a.departmentId && a.person.isEmpty())
            present.insert(*a.departmentId);
    }
    m_ui.departmentList->clear();
    for (const Department &d : std::as_const(m_departments)) {
        if (!d.active && !present.contains(d.id))
            continue;
        auto *item = new QListWidgetItem(
            d.active ? d.name : tr("%1 (no longer active)").arg(d.name), m_ui.departmentList);
        item->setData(Qt::UserRole, d.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(present.contains(d.id) ? Qt::Checked : Qt::Unchecked);
    }
}

QString MeetingEditor::peopleText(const QList<MeetingAttendee> &attendees) const
{
    QHash<qint64, QString> names;
    for (const Department &d : m_departments)
        names.insert(d.id, d.name);
    QStringList lines;
    for (const MeetingAttendee &a : attendees) {
        if (a.person.isEmpty())
            continue;
        lines << (a.departmentId ? u"%1：%2"_s.arg(names.value(*a.departmentId), a.person)
                                 : a.person);
    }
    return lines.join(u'\n');
}

QList<MeetingAttendee> MeetingEditor::attendees() const
{
    QHash<QString, qint64> byName;
    for (const Department &d : m_departments) {
        byName.insert(d.name, d.id);
        if (!d.shortName.isEmpty())
            byName.insert(d.shortName, d.id);
    }
    QList<MeetingAttendee> result;
    std::set<AttendeeKey> seen;
    const auto add = [&](std::optional<qint64> department, const QString &person) {
        const AttendeeKey key {department.value_or(0), person};
        if (!seen.insert(key).second)
            return;
        const auto old = std::find_if(m_originalAttendees.cbegin(), m_originalAttendees.cend(),
                                      [&](const MeetingAttendee &a) { return keyOf(a) == key; });
        const qint64 id = old != m_originalAttendees.cend() ? old->id : 0;
        result << MeetingAttendee {id, m_original.id, department, person};
    };
    for (int row = 0; row < m_ui.departmentList->count(); ++row) {
        const QListWidgetItem *item = m_ui.departmentList->item(row);
        if (item->checkState() == Qt::Checked)
            add(item->data(Qt::UserRole).toLongLong(), QString());
    }
    // “市知识产权局：王局长” names a person from a department; any other line is a person.
    const QStringList lines = m_ui.peopleEdit->toPlainText().split(u'\n');
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        qsizetype colon = line.indexOf(u'：');
        if (colon < 0)
            colon = line.indexOf(u':');
        const QString prefix = colon > 0 ? line.left(colon).trimmed() : QString();
        if (byName.contains(prefix))
            add(byName.value(prefix), line.mid(colon + 1).trimmed());
        else
            add(std::nullopt, line);
    }
    return result;
}

QString MeetingEditor::minutesHtml() const
{
    if (m_ui.minutesEdit->toPlainText().trimmed().isEmpty())
        return {};
    // Only the body: the document head would store this computer's font.
    const QString html = m_ui.minutesEdit->toHtml();
    const qsizetype body = html.indexOf(u"<body"_s);
    const qsizetype start = body < 0 ? -1 : html.indexOf(u'>', body) + 1;
    const qsizetype end = html.lastIndexOf(u"</body>"_s);
    if (start <= 0 || end < start)
        return html;
    return html.mid(start, end - start).trimmed();
}

Meeting MeetingEditor::meeting() const
{
    Meeting m = m_original;
    m.title = m_ui.titleEdit->text();
    m.heldOn = m_ui.dateEdit->date();
    m.kind = static_cast<MeetingKind>(m_ui.kindCombo->currentData().toInt());
    m.place = m_ui.placeEdit->text();
    m.chair = m_ui.chairEdit->text();
    if (m_ui.agendaEdit->document()->isModified())
        m.agenda = m_ui.agendaEdit->toPlainText();
    if (m_ui.minutesEdit->document()->isModified() && minutesHtml() != m_loadedMinutesHtml)
        m.minutes = minutesHtml();
    return m;
}

bool MeetingEditor::isModified() const
{
    if (m_original.id == 0)
        return false;
    const Meeting m = meeting();
    const Meeting &o = m_original;
    return m.title != o.title || m.heldOn != o.heldOn || m.kind != o.kind || m.place != o.place
        || m.chair != o.chair || m.agenda != o.agenda || m.minutes != o.minutes
        || keysOf(attendees()) != keysOf(m_originalAttendees);
}

QString MeetingEditor::problem() const
{
    if (m_original.id == 0)
        return {};
    const Meeting m = meeting();
    const QLocale locale;
    if (m.title.trimmed().isEmpty())
        return tr("Title: a meeting needs a title.");
    if (m_earliestDue.isValid() && m.heldOn > m_earliestDue)
        return tr("Date: an action item of this meeting is due on %1, before this date; change "
                  "its due date first.")
            .arg(locale.toString(m_earliestDue, QLocale::ShortFormat));
    return {};
}

} // namespace PlanDesk
