#include "ui/firstvisit/firstvisitdigestswidget.h"

#include "core/common/privatefiles.h"

#include "core/workflow/can.h"

#include "core/firstvisit/schedule.h"
#include "render/firstvisitdigest.h"
#include "render/pdf.h"
#include "ui/common/errors.h"

#include <QDateEdit>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace sd::core;
using namespace sd::core::firstvisit;

namespace sd::ui {

FirstVisitDigestsWidget::FirstVisitDigestsWidget(const Database &db, const Session &session,
                                                 const BusinessCalendar &calendar, QWidget *parent)
    : QWidget(parent), m_db(db), m_session(session), m_calendar(calendar)
{
    setObjectName(u"firstVisitDigests"_s);
    m_dayLabel = new QLabel(this);
    m_day = new QDateEdit(this);
    m_day->setObjectName(u"digestDay"_s);
    m_day->setCalendarPopup(true);
    m_day->setDate(QDateTime::fromMSecsSinceEpoch(Database::nowMs(), m_calendar.timeZone()).date());
    m_dayLabel->setBuddy(m_day);
    m_today = new QPushButton(this);
    m_previous = new QPushButton(this);
    m_handOff = new QPushButton(this);
    m_handOff->setObjectName(u"handOffDigest"_s);
    m_csv = new QPushButton(this);
    m_pdf = new QPushButton(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"digestSummary"_s);
    m_list = new QTableWidget(0, 4, this);
    m_list->setObjectName(u"digestList"_s);
    m_list->verticalHeader()->hide();
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_view = new QTextBrowser(this);
    m_view->setObjectName(u"digestView"_s);
    m_view->document()->setDefaultStyleSheet(sd::render::baseStyleSheet());

    auto *top = new QHBoxLayout;
    top->addWidget(m_dayLabel);
    top->addWidget(m_day);
    top->addWidget(m_previous);
    top->addWidget(m_today);
    top->addWidget(m_summary, 1);
    top->addWidget(m_handOff);
    top->addWidget(m_csv);
    top->addWidget(m_pdf);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_list);
    split->addWidget(m_view);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 5);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    connect(m_day, &QDateEdit::dateChanged, this, [this] { populate(); });
    connect(m_today, &QPushButton::clicked, this, [this] {
        m_day->setDate(QDateTime::fromMSecsSinceEpoch(Database::nowMs(), m_calendar.timeZone()).date());
    });
    connect(m_previous, &QPushButton::clicked, this, [this] {
        // The previous working day: the digest a head usually looks at in the morning.
        QDate d = m_day->date().addDays(-1);
        for (int guard = 0; guard < 30 && !m_calendar.isWorkingDay(d); ++guard)
            d = d.addDays(-1);
        m_day->setDate(d);
    });
    connect(m_list, &QTableWidget::currentCellChanged, this, [this] { showCurrent(); });
    connect(m_handOff, &QPushButton::clicked, this, &FirstVisitDigestsWidget::handOffCurrent);
    connect(m_csv, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export digest as CSV"),
                                                          u"digest-%1.csv"_s.arg(day().toString(Qt::ISODate)),
                                                          tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportCsv(path);
    });
    connect(m_pdf, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export digest as PDF"),
                                                          u"digest-%1.pdf"_s.arg(day().toString(Qt::ISODate)),
                                                          tr("PDF files (*.pdf)"));
        if (!path.isEmpty())
            exportPdf(path);
    });
    auto *hand = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_H), this);
    hand->setContext(Qt::WidgetWithChildrenShortcut);
    connect(hand, &QShortcut::activated, this, &FirstVisitDigestsWidget::handOffCurrent);
    auto *prev = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Left), this);
    prev->setContext(Qt::WidgetWithChildrenShortcut);
    connect(prev, &QShortcut::activated, m_previous, &QPushButton::click);
    retranslateUi();
    populate();
}

QDate FirstVisitDigestsWidget::day() const { return m_day->date(); }

void FirstVisitDigestsWidget::showDay(const QDate &day)
{
    if (m_day->date() == day)
        populate();
    else
        m_day->setDate(day);
}

void FirstVisitDigestsWidget::refresh() { populate(); }

const Digest *FirstVisitDigestsWidget::current() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_digests.size() ? &m_digests.at(row) : nullptr;
}

void FirstVisitDigestsWidget::populate()
{
    const qint64 selectedDept = current() ? current()->departmentId : 0;
    DigestService service(m_db, m_calendar);
    auto digests = service.forDay(m_day->date(), 0, Database::nowMs());
    if (!digests) {
        showError(this, digests.error());
        m_digests.clear();
    } else {
        m_digests = *digests;
    }
    m_list->blockSignals(true);
    m_list->setRowCount(int(m_digests.size()));
    int select = m_digests.isEmpty() ? -1 : 0;
    for (int r = 0; r < m_digests.size(); ++r) {
        const Digest &g = m_digests.at(r);
        auto *dept = new QTableWidgetItem(g.departmentName);
        if (g.headId == m_session.staffId) {
            QFont f = dept->font();
            f.setBold(true);
            dept->setFont(f);
        }
        m_list->setItem(r, 0, dept);
        m_list->setItem(r, 1, new QTableWidgetItem(g.headName));
        m_list->setItem(r, 2, new QTableWidgetItem(QString::number(g.needs.size())));
        m_list->setItem(r, 3, new QTableWidgetItem(g.isPreview() ? tr("so far") : digestStateTitle(g.state)));
        if (g.state == u"ready"_s)
            m_list->item(r, 3)->setForeground(QColor(0xa0, 0x60, 0x00));
        if (g.departmentId == selectedDept)
            select = r;
    }
    m_list->resizeColumnsToContents();
    m_list->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->blockSignals(false);
    if (select >= 0)
        m_list->setCurrentCell(select, 0);
    const qint64 closing = closingTime(m_calendar, m_day->date());
    // The same words and count as the digest document below (one source).
    QString summary = digestDaySummary(m_digests);
    if (closing == 0)
        summary += tr(" · not a working day");
    else if (closing > Database::nowMs())
        summary += tr(" · closes at %1").arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(closing, m_calendar.timeZone()).time(), QLocale::ShortFormat));
    m_summary->setText(summary);
    showCurrent();
}

void FirstVisitDigestsWidget::showCurrent()
{
    // The whole day's digest, as exported: its count agrees with the toolbar's. The selected
    // department's part is scrolled into view.
    const Digest *g = current();
    m_view->setHtml(m_digests.isEmpty() ? u"<p>%1</p>"_s.arg(sd::render::html(tr("No needs were recorded on this day.")))
                                        : sd::render::firstVisitDigestHtml(m_digests, m_day->date()));
    if (g && m_digests.size() > 1) {
        QTextCursor found = m_view->document()->find(g->departmentName);
        for (; !found.isNull(); found = m_view->document()->find(g->departmentName, found))
            if (found.block().blockFormat().headingLevel() == 2 || found.charFormat().fontPointSize() > font().pointSizeF())
                break;
        if (!found.isNull()) {
            m_view->moveCursor(QTextCursor::End);
            m_view->setTextCursor(found);
            m_view->ensureCursorVisible();
        }
    }
    updateButtons();
}

void FirstVisitDigestsWidget::updateButtons()
{
    const Digest *g = current();
    m_handOff->setEnabled(g && !g->isPreview() && workflow::can(m_session, digestTable(), u"hand_off"_s, g->record()));
    m_csv->setEnabled(!m_digests.isEmpty());
    m_pdf->setEnabled(!m_digests.isEmpty());
}

bool FirstVisitDigestsWidget::handOffCurrent()
{
    const Digest *g = current();
    if (!g || !m_handOff->isEnabled())
        return false;
    const qint64 id = g->id;
    auto r = DigestService(m_db, m_calendar).handOff(m_session, id, g->version);
    if (!r) {
        showError(this, r.error());
        return false;
    }
    populate();
    emit handedOff(id);
    return true;
}

bool FirstVisitDigestsWidget::exportCsv(const QString &path)
{
    const QByteArray bytes = DigestService::toCsv(m_digests);
    if (auto ok = privatefiles::write(path, bytes); !ok) {
        showError(this, ok.error());
        return false;
    }
    return true;
}

bool FirstVisitDigestsWidget::exportPdf(const QString &path)
{
    if (auto ok = sd::render::writeFirstVisitDigestPdf(m_digests, m_day->date(), path); !ok) {
        showError(this, ok.error());
        return false;
    }
    return true;
}

void FirstVisitDigestsWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void FirstVisitDigestsWidget::retranslateUi()
{
    m_dayLabel->setText(tr("&Working day"));
    m_today->setText(tr("Today"));
    m_previous->setText(tr("Previous working day (Alt+←)"));
    m_handOff->setText(tr("Hand off (Ctrl+H)"));
    m_csv->setText(tr("Export CSV…"));
    m_pdf->setText(tr("Export PDF…"));
    m_list->setHorizontalHeaderLabels({tr("Department"), tr("To"), tr("Needs"), tr("State")});
    populate();
}

} // namespace sd::ui
