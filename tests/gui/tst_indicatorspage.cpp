#include <functional>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include "editing/workspace.h"
#include "models/indicatortablemodel.h"
#include "models/indicatorvaluetablemodel.h"
#include "pages/indicatorspage.h"
#include "repositories/departmentrepository.h"
#include "repositories/indicatorrepository.h"
#include "testdatabase.h"
#include "widgets/sparkline.h"

using namespace Qt::Literals::StringLiterals;
using namespace PlanDesk;
using namespace PlanDesk::Testing;

namespace {

const QString patents = u"每万人有效发明专利拥有量"_s;

/// The page on the built-in plan with demo data, shown.
struct Fixture
{
    TestDatabase t {TestDatabase::Content::BuiltInPlanWithDemo};
    Workspace ws {t.handOver()};
    IndicatorsPage page {ws};

    QTableView *indicators() const { return page.findChild<QTableView *>(u"indicatorTable"_s); }
    QTableView *values() const { return page.findChild<QTableView *>(u"valueTable"_s); }
    QPushButton *button(const QString &name) const { return page.findChild<QPushButton *>(name); }

    /// Clicks the indicator's row as a user would; its id.
    qint64 select(const QString &name)
    {
        QTableView *table = indicators();
        const QModelIndexList found =
            table->model()->match(table->model()->index(0, IndicatorTableModel::Name),
                                  Qt::DisplayRole, name, 1, Qt::MatchExactly);
        if (found.isEmpty())
            return 0;
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualRect(found.constFirst()).center());
        return found.constFirst().data(IndicatorTableModel::IdRole).toLongLong();
    }

    /// Clicks the value row of `period`.
    bool selectPeriod(const QString &period)
    {
        QTableView *table = values();
        const QModelIndexList found =
            table->model()->match(table->model()->index(0, IndicatorValueTableModel::Period),
                                  Qt::DisplayRole, period, 1, Qt::MatchExactly);
        if (found.isEmpty())
            return false;
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualRect(found.constFirst()).center());
        return true;
    }

    std::optional<IndicatorValue> stored(qint64 indicatorId, const QString &period)
    {
        for (const IndicatorValue &v : *IndicatorRepository(ws.database()).values(indicatorId)) {
            if (v.period == period)
                return v;
        }
        return std::nullopt;
    }

    int storedCount(qint64 indicatorId)
    {
        return static_cast<int>(IndicatorRepository(ws.database()).values(indicatorId)->size());
    }
};

/// Runs `fill` on the modal dialog as soon as the next one opens (not at
/// all when `context` is gone, so a failed test leaves no timer behind).
void onNextDialog(QObject *context, std::function<void(QDialog *)> fill)
{
    QTimer::singleShot(0, context, [fill] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        fill(dialog);
    });
}

template<typename W> W *field(QDialog *dialog, const QString &name)
{
    return dialog->findChild<W *>(name);
}

QPushButton *okButton(QDialog *dialog)
{
    return field<QDialogButtonBox>(dialog, u"buttonBox"_s)->button(QDialogButtonBox::Ok);
}

/// Replaces a line edit's text by typing, as the user would (Latin-1 only).
void retype(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

/// Restores the C locale the other tests expect, even when a check fails.
struct LocaleGuard
{
    explicit LocaleGuard(const QLocale &locale) { QLocale::setDefault(locale); }
    ~LocaleGuard() { QLocale::setDefault(QLocale::c()); }
};

} // namespace

class TestIndicatorsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void shouldListIndicatorsAndTheSelectedOnesValues()
    {
        Fixture f;
        f.page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.page));
        QCOMPARE(f.indicators()->model()->rowCount(), 4);

        QVERIFY(f.select(patents) != 0);
        const QModelIndex row = f.indicators()->currentIndex();
        const auto cell = [&](int column) {
            return row.siblingAtColumn(column).data().toString();
        };
        QCOMPARE(cell(IndicatorTableModel::Unit), u"件/万人"_s);
        QCOMPARE(cell(IndicatorTableModel::Rule), u">"_s);
        QCOMPARE(cell(IndicatorTableModel::Target), u"4.2"_s);
        QCOMPARE(cell(IndicatorTableModel::TargetYear), u"2020"_s);
        QCOMPARE(cell(IndicatorTableModel::Baseline), u"2.05"_s);
        QCOMPARE(cell(IndicatorTableModel::Latest), u"3.96"_s);
        QCOMPARE(cell(IndicatorTableModel::LatestPeriod), u"2020"_s);

        QAbstractItemModel *values = f.values()->model();
        QCOMPARE(values->rowCount(), 5);
        QCOMPARE(values->index(0, IndicatorValueTableModel::Period).data().toString(), u"2016"_s);
        QCOMPARE(values->index(4, IndicatorValueTableModel::Period).data().toString(), u"2020"_s);
        QCOMPARE(values->index(4, IndicatorValueTableModel::Value).data().toString(), u"3.96"_s);
        QCOMPARE(values->index(4, IndicatorValueTableModel::Sample).data().toString(), u"Sample"_s);
        auto *sparkline = f.page.findChild<Sparkline *>(u"sparkline"_s);
        QCOMPARE(sparkline->plottedPoints().size(), 5);
        QVERIFY(f.page.findChild<QLabel *>(u"valuesCaption"_s)->text().contains(patents));
        QVERIFY(f.button(u"addValueButton"_s)->isEnabled());
        QVERIFY(!f.button(u"editValueButton"_s)->isEnabled()); // no value selected yet
    }

    void shouldAddAValueThroughTheDialogThenUndoAndRedo()
    {
        Fixture f;
        f.page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.page));
        const qint64 id = f.select(patents);

        QString proposedPeriod;
        onNextDialog(&f.page, [&](QDialog *dialog) {
            proposedPeriod = field<QLineEdit>(dialog, u"periodEdit"_s)->text();
            retype(field<QLineEdit>(dialog, u"periodEdit"_s), u"2021"_s);
            retype(field<QLineEdit>(dialog, u"valueEdit"_s), u"4.35"_s);
            // Chinese comes through an input method; setText stands in for it.
            field<QLineEdit>(dialog, u"sourceEdit"_s)->setText(u"市市场监管局统计"_s);
            field<QDateEdit>(dialog, u"asOfEdit"_s)->setDate(QDate(2022, 3, 31));
            QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        });
        QTest::mouseClick(f.button(u"addValueButton"_s), Qt::LeftButton);

        QCOMPARE(proposedPeriod, u"2021"_s); // the period after the latest
        std::optional<IndicatorValue> added = f.stored(id, u"2021"_s);
        QVERIFY(added);
        QCOMPARE(added->value.units(), qint64(43500));
        QCOMPARE(added->source, u"市市场监管局统计"_s);
        QCOMPARE(added->asOf, QDate(2022, 3, 31));
        QVERIFY(!added->sample);
        QCOMPARE(f.values()->model()->rowCount(), 6);
        QCOMPARE(f.values()->currentIndex().data().toString(), u"2021"_s);
        QCOMPARE(f.indicators()->currentIndex().data(IndicatorTableModel::IdRole).toLongLong(), id);
        QCOMPARE(f.indicators()
                     ->currentIndex()
                     .siblingAtColumn(IndicatorTableModel::Latest)
                     .data()
                     .toString(),
                 u"4.35"_s);

        f.ws.undoStack()->undo();
        QVERIFY(!f.stored(id, u"2021"_s));
        QCOMPARE(f.values()->model()->rowCount(), 5);

        f.ws.undoStack()->redo();
        const std::optional<IndicatorValue> again = f.stored(id, u"2021"_s);
        QVERIFY(again);
        QCOMPARE(again->id, added->id);
        QCOMPARE(again->value.units(), qint64(43500));
    }

    void shouldEditAValueWithF2()
    {
        Fixture f;
        f.page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.page));
        const qint64 id = f.select(patents);
        QVERIFY(f.selectPeriod(u"2019"_s));
        QVERIFY(f.button(u"editValueButton"_s)->isEnabled());
        QVERIFY(f.button(u"deleteValueButton"_s)->isEnabled());
        const IndicatorValue before = *f.stored(id, u"2019"_s);

        bool sampleOffered = false;
        onNextDialog(&f.page, [&](QDialog *dialog) {
            retype(field<QLineEdit>(dialog, u"valueEdit"_s), u"3.42"_s);
            auto *sample = field<QCheckBox>(dialog, u"sampleCheck"_s);
            sampleOffered = sample->isVisible() && sample->isChecked();
            sample->setChecked(false); // now the office's own figure
            QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        });
        f.values()->setFocus();
        QTest::keyClick(f.values(), Qt::Key_F2);

        QVERIFY(sampleOffered);
        IndicatorValue after = *f.stored(id, u"2019"_s);
        QCOMPARE(after.id, before.id);
        QCOMPARE(after.value.units(), qint64(34200));
        QVERIFY(!after.sample);
        QCOMPARE(after.source, before.source);
        QCOMPARE(f.values()->currentIndex().data().toString(), u"2019"_s); // selection kept

        f.ws.undoStack()->undo();
        after = *f.stored(id, u"2019"_s);
        QCOMPARE(after.value.units(), qint64(34100));
        QVERIFY(after.sample);
        f.ws.undoStack()->redo();
        QCOMPARE(f.stored(id, u"2019"_s)->value.units(), qint64(34200));
    }

    void shouldDeleteAValueOnlyAfterConfirmation()
    {
        Fixture f;
        f.page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.page));
        const qint64 id = f.select(patents);
        QVERIFY(f.selectPeriod(u"2016"_s));
        const IndicatorValue before = *f.stored(id, u"2016"_s);

        QString question;
        bool noIsDefault = false;
        QTimer::singleShot(0, &f.page, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            question = box->text();
            noIsDefault = box->defaultButton() == box->button(QMessageBox::No);
            QTest::mouseClick(box->button(QMessageBox::No), Qt::LeftButton);
        });
        f.values()->setFocus();
        QTest::keyClick(f.values(), Qt::Key_Delete);
        QVERIFY2(question.contains(u"2016"_s) && question.contains(u"2.05"_s),
                 qPrintable(question));
        QVERIFY(noIsDefault); // Enter keeps the value
        QCOMPARE(f.storedCount(id), 5);

        QTimer::singleShot(0, &f.page, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        });
        QTest::mouseClick(f.button(u"deleteValueButton"_s), Qt::LeftButton);
        QCOMPARE(f.storedCount(id), 4);
        QVERIFY(!f.stored(id, u"2016"_s));
        QCOMPARE(f.values()->model()->rowCount(), 4);

        f.ws.undoStack()->undo();
        const std::optional<IndicatorValue> back = f.stored(id, u"2016"_s);
        QVERIFY(back);
        QCOMPARE(back->id, before.id);
        QCOMPARE(back->value, before.value);
        QCOMPARE(back->source, before.source);
        QCOMPARE(back->asOf, before.asOf);
        QCOMPARE(back->note, before.note);
        QCOMPARE(back->sample, before.sample);
        f.ws.undoStack()->redo();
        QVERIFY(!f.stored(id, u"2016"_s));
    }

    void shouldRefuseABadOrDuplicatePeriodInTheDialog()
    {
        Fixture f;
        f.page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.page));
        const qint64 id = f.select(patents);

        struct Seen
        {
            bool okEnabled = true;
            QString message;
        };
        Seen badPeriod, duplicate, fine;
        onNextDialog(&f.page, [&](QDialog *dialog) {
            auto *period = field<QLineEdit>(dialog, u"periodEdit"_s);
            auto *message = field<QLabel>(dialog, u"messageLabel"_s);
            retype(field<QLineEdit>(dialog, u"valueEdit"_s), u"3.5"_s);
            retype(period, u"2019-Q5"_s);
            badPeriod = {okButton(dialog)->isEnabled(), message->text()};
            retype(period, u"2019"_s);
            duplicate = {okButton(dialog)->isEnabled(), message->text()};
            retype(period, u"2019-Q3"_s);
            fine = {okButton(dialog)->isEnabled(), message->text()};
            dialog->reject();
        });
        // Insert adds a value wherever the focus is on the page.
        f.indicators()->setFocus();
        QTest::keyClick(f.indicators(), Qt::Key_Insert);

        QVERIFY(!badPeriod.okEnabled);
        QVERIFY2(badPeriod.message.startsWith(u"Period"_s)
                     && badPeriod.message.contains(u"2019-Q5"_s),
                 qPrintable(badPeriod.message));
        QVERIFY(!duplicate.okEnabled);
        QVERIFY2(duplicate.message.contains(u"already a value for 2019"_s),
                 qPrintable(duplicate.message));
        QVERIFY(fine.okEnabled);
        QVERIFY(fine.message.isEmpty());
        QCOMPARE(f.storedCount(id), 5); // cancelled: nothing written
        QCOMPARE(f.ws.undoStack()->count(), 0);
    }

    void shouldReadNumbersInTheUsersLocale()
    {
        LocaleGuard german {QLocale(QLocale::German)};
        Fixture f;
        f.page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.page));
        const qint64 id = f.select(patents);
        QCOMPARE(f.indicators()
                     ->currentIndex()
                     .siblingAtColumn(IndicatorTableModel::Latest)
                     .data()
                     .toString(),
                 u"3,96"_s);

        bool okWithPoint = true;
        onNextDialog(&f.page, [&](QDialog *dialog) {
            auto *value = field<QLineEdit>(dialog, u"valueEdit"_s);
            // A German "3.5" would be 35 with a misplaced separator: refused.
            retype(value, u"3.5"_s);
            okWithPoint = okButton(dialog)->isEnabled();
            retype(value, u"3,5"_s);
            QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        });
        QTest::mouseClick(f.button(u"addValueButton"_s), Qt::LeftButton);

        QVERIFY(!okWithPoint);
        const std::optional<IndicatorValue> added = f.stored(id, u"2021"_s);
        QVERIFY(added);
        QCOMPARE(added->value.units(), qint64(35000));
        QCOMPARE(f.values()->currentIndex().siblingAtColumn(IndicatorValueTableModel::Value).data(),
                 QVariant(u"3,5"_s));
    }

    void shouldEditTheIndicatorDefinitionWithEnter()
    {
        Fixture f;
        f.page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.page));
        const qint64 id = f.select(patents);
        const Indicator before = *IndicatorRepository(f.ws.database()).indicator(id);
        const qint64 ipo = DepartmentRepository(f.ws.database()).byName(u"市知识产权局"_s)->id;

        bool okWithHalfBaseline = true;
        QString baselineMessage;
        onNextDialog(&f.page, [&](QDialog *dialog) {
            auto *baselineValue = field<QLineEdit>(dialog, u"baselineValueEdit"_s);
            const QString oldBaseline = baselineValue->text();
            retype(baselineValue, QString());
            okWithHalfBaseline = okButton(dialog)->isEnabled();
            baselineMessage = field<QLabel>(dialog, u"messageLabel"_s)->text();
            retype(baselineValue, oldBaseline);
            retype(field<QLineEdit>(dialog, u"targetValueEdit"_s), u"4.5"_s);
            auto *comparison = field<QComboBox>(dialog, u"comparisonCombo"_s);
            comparison->setCurrentIndex(
                comparison->findData(static_cast<int>(Comparison::GreaterOrEqual)));
            auto *department = field<QComboBox>(dialog, u"departmentCombo"_s);
            department->setCurrentIndex(department->findData(ipo));
            QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        });
        f.indicators()->setFocus();
        QTest::keyClick(f.indicators(), Qt::Key_Return);

        QVERIFY(!okWithHalfBaseline);
        QVERIFY2(baselineMessage.startsWith(u"Baseline"_s), qPrintable(baselineMessage));
        Indicator after = *IndicatorRepository(f.ws.database()).indicator(id);
        QCOMPARE(after.targetValue.units(), qint64(45000));
        QCOMPARE(after.comparison, Comparison::GreaterOrEqual);
        QCOMPARE(after.departmentId, std::optional<qint64>(ipo));
        QCOMPARE(after.baselineValue, before.baselineValue); // untouched, still sample
        QVERIFY(after.baselineSample);
        const QModelIndex row = f.indicators()->currentIndex();
        QCOMPARE(row.data(IndicatorTableModel::IdRole).toLongLong(), id);
        QCOMPARE(row.siblingAtColumn(IndicatorTableModel::Rule).data().toString(), u"≥"_s);
        QCOMPARE(row.siblingAtColumn(IndicatorTableModel::Responsible).data().toString(),
                 u"市知识产权局"_s);

        f.ws.undoStack()->undo();
        after = *IndicatorRepository(f.ws.database()).indicator(id);
        QCOMPARE(after.targetValue, before.targetValue);
        QCOMPARE(after.comparison, before.comparison);
        QCOMPARE(after.departmentId, before.departmentId);
        f.ws.undoStack()->redo();
        QCOMPARE(IndicatorRepository(f.ws.database()).indicator(id)->targetValue.units(),
                 qint64(45000));
    }

    void shouldLookRightAtOfficeScreenSize()
    {
        Fixture f;
        f.page.resize(1366, 768);
        f.page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.page));
        QVERIFY(f.select(patents) != 0);
        const QImage shot = f.page.grab().toImage();
        QCOMPARE(shot.size(), QSize(1366, 768) * shot.devicePixelRatio());
        // Set PLANDESK_SCREENSHOT_DIR to look at it.
        const QString dir = qEnvironmentVariable("PLANDESK_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QVERIFY(shot.save(dir + u"/indicators.png"_s));
        // The dialogs too, the value dialog with a mistake in it.
        bool saved = false;
        onNextDialog(&f.page, [&](QDialog *dialog) {
            retype(field<QLineEdit>(dialog, u"valueEdit"_s), u"4.x"_s);
            saved = dialog->grab().save(dir + u"/indicatorvaluedialog.png"_s);
            dialog->reject();
        });
        QTest::mouseClick(f.button(u"addValueButton"_s), Qt::LeftButton);
        QVERIFY(saved);
        saved = false;
        onNextDialog(&f.page, [&](QDialog *dialog) {
            saved = dialog->grab().save(dir + u"/indicatordialog.png"_s);
            dialog->reject();
        });
        QTest::mouseClick(f.button(u"editIndicatorButton"_s), Qt::LeftButton);
        QVERIFY(saved);
    }
};

QTEST_MAIN(TestIndicatorsPage)
#include "tst_indicatorspage.moc"
