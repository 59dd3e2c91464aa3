#pragma once

#include "core/db/database.h"
#include "core/firstvisit/firstvisit.h"

#include <QAbstractTableModel>
#include <QTimeZone>

namespace sd::ui {

/// The first-visit agent's queue (due now first, then later retries; paged by keyset with
/// fetchMore), or a sales person's own submissions with their states.
class FirstVisitQueueModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Mode { Queue, Submissions };
    enum Column { Customer, Contact, Phone, State, Waiting, Due, Failed, SubmittedBy, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;

    /// Times show in `zone` (the business calendar's).
    FirstVisitQueueModel(const sd::core::Database &db, Mode mode, qint64 staffId, const QTimeZone &zone,
                         QObject *parent = nullptr);

    /// Reloads from the first page at the current time. Returns false (and keeps the error) on failure.
    bool reload();
    QString lastError() const { return m_error; }
    int dueNowCount() const { return m_dueNow; }
    int laterCount() const { return m_later; }
    const sd::core::firstvisit::QueueRow *rowAt(int row) const;
    /// The row of a first visit, or -1.
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;

    /// "2 h 15 min" — a span of time as the queue shows it.
    static QString spanText(qint64 ms);

private:
    sd::core::Database m_db;
    Mode m_mode;
    qint64 m_staffId = 0;
    QTimeZone m_zone;
    qint64 m_now = 0;
    QList<sd::core::firstvisit::QueueRow> m_rows;
    sd::core::firstvisit::QueueCursor m_next;
    bool m_atEnd = true;
    int m_dueNow = 0;
    int m_later = 0;
    QString m_error;
};

} // namespace sd::ui
