#include "ui/firstvisit/firstvisitqueuemodel.h"

#include "core/firstvisit/firstvisitservice.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QLocale>

using namespace Qt::StringLiterals;
using namespace sd::core;
using namespace sd::core::firstvisit;

namespace sd::ui {

namespace {
constexpr int kPage = 200;
}

FirstVisitQueueModel::FirstVisitQueueModel(const Database &db, Mode mode, qint64 staffId, const QTimeZone &zone,
                                           QObject *parent)
    : QAbstractTableModel(parent), m_db(db), m_mode(mode), m_staffId(staffId), m_zone(zone)
{
}

bool FirstVisitQueueModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_error.clear();
    m_now = Database::nowMs();
    m_atEnd = true;
    m_dueNow = m_later = 0;
    // Reading needs no calendar; the service is only asked for rows.
    FirstVisitService service(m_db, BusinessCalendar());
    if (m_mode == Mode::Queue) {
        auto page = service.queue(m_now, {}, kPage);
        if (page) {
            m_rows = page->rows;
            m_next = page->next;
            m_atEnd = page->atEnd;
            m_dueNow = page->dueNowCount;
            m_later = page->laterCount;
        } else {
            m_error = page.error().message;
        }
    } else {
        auto rows = service.submissionsBy(m_staffId, 100000);
        if (rows)
            m_rows = *rows;
        else
            m_error = rows.error().message;
    }
    endResetModel();
    return m_error.isEmpty();
}

const QueueRow *FirstVisitQueueModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int FirstVisitQueueModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

int FirstVisitQueueModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }
int FirstVisitQueueModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

bool FirstVisitQueueModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_mode == Mode::Queue && !m_atEnd;
}

void FirstVisitQueueModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    FirstVisitService service(m_db, BusinessCalendar());
    auto page = service.queue(m_now, m_next, kPage);
    if (!page) {
        m_error = page.error().message;
        m_atEnd = true;
        return;
    }
    m_atEnd = page->atEnd;
    m_next = page->next;
    if (page->rows.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->rows.size() - 1));
    m_rows.append(page->rows);
    endInsertRows();
}

QString FirstVisitQueueModel::spanText(qint64 ms)
{
    const qint64 minutes = qAbs(ms) / 60000;
    if (minutes < 1)
        return tr("now");
    if (minutes < 60)
        return tr("%n min", nullptr, int(minutes));
    if (minutes < 24 * 60)
        return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
    return tr("%1 d %2 h").arg(minutes / (24 * 60)).arg((minutes % (24 * 60)) / 60);
}

QVariant FirstVisitQueueModel::data(const QModelIndex &index, int role) const
{
    const QueueRow *r = rowAt(index.row());
    if (!r)
        return {};
    const bool due = r->dueAt > 0 && r->dueAt <= m_now;
    if (role == IdRole)
        return r->id;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Customer:
            return r->possibleDuplicate ? tr("%1 (possible duplicate)").arg(r->customerName) : r->customerName;
        case Contact: return r->contact;
        case Phone: return r->phone;
        case State:
            if (m_mode == Mode::Queue) {
                if (r->kind == QueueKind::New)
                    return tr("New submission");
                if (r->kind == QueueKind::NeedsPending)
                    return tr("Verified, needs to record");
                if (r->lastOutcome == u"reached"_s)
                    return tr("Customer reached, verifying");
                if (!r->lastOutcome.isEmpty())
                    return tr("Retry (%1)").arg(outcomeTitle(r->lastOutcome));
                return tr("Retry");
            }
            return stateTitle(r->state);
        case Waiting:
            if (r->dueAt <= 0)
                return QString();
            return due ? tr("waits %1").arg(spanText(m_now - r->dueAt)) : tr("in %1").arg(spanText(r->dueAt - m_now));
        case Due:
            return r->dueAt > 0 ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(r->dueAt, m_zone), QLocale::ShortFormat)
                                : (m_mode == Mode::Submissions
                                       ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(r->submittedAt, m_zone), QLocale::ShortFormat)
                                       : QString());
        case Failed: return r->failedAttempts;
        case SubmittedBy: return r->submittedByName;
        }
    }
    if (role == Qt::FontRole && m_mode == Mode::Queue && due) {
        QFont f;
        f.setBold(index.column() == Customer || index.column() == Waiting);
        return f;
    }
    if (role == Qt::ForegroundRole) {
        if (r->state == u"unreachable"_s)
            return QBrush(QColor(0xb0, 0x20, 0x20));
        if (m_mode == Mode::Queue && !due)
            return QBrush(QColor(0x60, 0x60, 0x60));
    }
    if (role == Qt::TextAlignmentRole && index.column() == Failed)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant FirstVisitQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Customer: return tr("Customer");
    case Contact: return tr("Contact");
    case Phone: return tr("Phone");
    case State: return m_mode == Mode::Queue ? tr("What") : tr("State");
    case Waiting: return m_mode == Mode::Queue ? tr("Waiting") : tr("Next call");
    case Due: return m_mode == Mode::Queue ? tr("Due") : tr("Due / submitted");
    case Failed: return tr("Failed calls");
    case SubmittedBy: return tr("Submitted by");
    }
    return {};
}

} // namespace sd::ui
