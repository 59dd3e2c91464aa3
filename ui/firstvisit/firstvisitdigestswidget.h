#pragma once

#include "core/auth/roles.h"
#include "core/calendar/businesscalendar.h"
#include "core/db/database.h"
#include "core/firstvisit/digestservice.h"

#include <QWidget>

class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace sd::ui {

/// The daily hand-off digests: today's (so far, or built at closing time) and past ones, one
/// per department; view, hand off (Ctrl+H, the department's head), export CSV and PDF.
class FirstVisitDigestsWidget final : public QWidget
{
    Q_OBJECT
public:
    FirstVisitDigestsWidget(const sd::core::Database &db, const sd::core::Session &session,
                            const sd::core::BusinessCalendar &calendar, QWidget *parent = nullptr);

    /// Builds the digests due, reloads the list and keeps the selection.
    void refresh();
    /// Shows the digests of one day.
    void showDay(const QDate &day);
    QDate day() const;
    /// The digest selected in the list (a preview has id 0), if any.
    const sd::core::firstvisit::Digest *current() const;
    /// Hands off the selected digest. Returns false (error shown) when refused.
    bool handOffCurrent();
    /// Writes the day's digests as CSV / PDF.
    bool exportCsv(const QString &path);
    bool exportPdf(const QString &path);

signals:
    void handedOff(qint64 digestId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void populate();
    void showCurrent();
    void updateButtons();

    sd::core::Database m_db;
    sd::core::Session m_session;
    sd::core::BusinessCalendar m_calendar;
    QList<sd::core::firstvisit::Digest> m_digests;
    QLabel *m_dayLabel = nullptr;
    QDateEdit *m_day = nullptr;
    QPushButton *m_today = nullptr;
    QPushButton *m_previous = nullptr;
    QPushButton *m_handOff = nullptr;
    QPushButton *m_csv = nullptr;
    QPushButton *m_pdf = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_list = nullptr;
    QTextBrowser *m_view = nullptr;
};

} // namespace sd::ui
