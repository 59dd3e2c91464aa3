#pragma once

#include "core/dispatch/dispatchservice.h"

#include <QAbstractListModel>
#include <QColor>
#include <QFont>
#include <QRect>
#include <QStyledItemDelegate>

#include <functional>

namespace sd::ui {

/// One column of the dispatch board: the jobs of one or more states, in board order.
class JobColumnModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles { JobIdRole = Qt::UserRole + 1, StateRole, VersionRole, EngineerIdRole };

    JobColumnModel(QStringList states, QObject *parent = nullptr);

    /// Loads a page of the column: (offset, limit) → rows.
    using PageLoader = std::function<sd::core::Result<QList<sd::core::BoardRow>>(int offset, int limit)>;

    const QStringList &states() const { return m_states; }
    void setRows(QList<sd::core::BoardRow> rows);
    /// Shows the first page from `loader`; more pages are fetched as the view scrolls down
    /// (`total` rows in all).
    void setSource(PageLoader loader, int total, int pageSize = 100);
    int total() const { return m_total; }
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    const QList<sd::core::BoardRow> &rows() const { return m_rows; }
    const sd::core::BoardRow *row(int index) const;
    int indexOf(qint64 jobId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }

    /// The MIME type of a dragged job: "<id> <version>".
    static QString mimeType();

private:
    QStringList m_states;
    QList<sd::core::BoardRow> m_rows;
    PageLoader m_loader;
    int m_total = 0;
    int m_pageSize = 100;
};

/// Where each part of a job card goes, and the text it shows (what paint() draws).
struct JobCardLayout {
    QRect card;
    QFont numberFont;
    QRect numberRect;
    QString number;           ///< the job number, whole (never elided)
    QRect chipRect;
    QString level;
    QFont textFont;
    QRect customerRect;
    QString customer;         ///< elided to its rectangle
    QRect engineerRect;
    QString engineer;         ///< the engineer (or HQ reference), whole when it fits the card
    QRect appointmentRect;
    QString appointment;      ///< empty when there is no room for it whole
    QFont deadlineFont;
    QRect deadlineRect;
    QString deadline;         ///< countdown or waiting time, whole (never elided)
    QColor deadlineColor;
};

/// Paints a job as a card, one line each: number (and fault level), customer, engineer, and
/// the response deadline as a countdown (red when overdue, amber when due within the hour).
/// The number and the deadline get whole lines of their own; the customer is elided first.
class JobCardDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit JobCardDelegate(QObject *parent = nullptr);
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    /// The card of `row` laid out in `option.rect` (exposed for tests).
    JobCardLayout layout(const QStyleOptionViewItem &option, const sd::core::BoardRow &row) const;
    /// The narrowest column that shows every card's number and deadline whole in `font`, and
    /// each of `names` (the engineers) whole on its line.
    static int minimumColumnWidth(const QFont &font, const QStringList &names = {});
    /// "now" for countdowns (tests pin it; 0 = the database clock).
    void setNowForTesting(qint64 ms) { m_now = ms; }
    /// The center's calendar, for response targets measured in working time.
    void setCalendar(const sd::core::BusinessCalendar &calendar) { m_calendar = calendar; }

private:
    qint64 m_now = 0;
    sd::core::BusinessCalendar m_calendar;
};

/// A calendar-time countdown seen at `now`, in core's words: "1 h 20 min left", "overdue 35 min".
QString countdownText(qint64 dueAt, qint64 now);
/// A card's countdown in its response clock's measure; working time says so
/// ("overdue 3 h 10 min (working time)").
QString cardCountdown(const sd::core::BoardRow &row, qint64 now, const sd::core::BusinessCalendar &calendar);
/// How long a job has waited since `since`: "waiting 2 h 5 min".
QString waitingText(qint64 since, qint64 now);

} // namespace sd::ui
