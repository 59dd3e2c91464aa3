#include "ui/dispatch/jobcolumnmodel.h"
#include "ui/common/format.h"
#include "core/sla/due.h"

#include "core/dispatch/dispatchjob.h"

#include <QApplication>
#include <QDateTime>
#include <QMimeData>
#include <QPainter>
#include <QStyle>

using namespace Qt::StringLiterals;
using namespace sd::core;

namespace sd::ui {

namespace {
// States whose card shows the response countdown (the engineer has not arrived yet).
bool countsDown(const QString &state)
{
    return state == dispatch::Dispatched || state == dispatch::Confirmed || state == dispatch::Booked
        || state == dispatch::Verified;
}
} // namespace

QString countdownText(qint64 dueAt, qint64 now)
{
    // Core's words for a calendar-time countdown ("overdue 22 h 28 min", "1 h 20 min left").
    return dueTextShort((dueAt - now) / 60000, SlaMeasure::Wall);
}

QString cardCountdown(const BoardRow &row, qint64 now, const BusinessCalendar &calendar)
{
    if (row.dueMeasure == SlaMeasure::Wall)
        return countdownText(row.dueAt, now);
    // A working-time response target counts working minutes on the business calendar and says so.
    return dueText(calendar.workingMinutesBetween(QDateTime::fromMSecsSinceEpoch(now, calendar.timeZone()),
                                                  QDateTime::fromMSecsSinceEpoch(row.dueAt, calendar.timeZone())),
                   SlaMeasure::Working);
}

QString waitingText(qint64 since, qint64 now)
{
    const qint64 minutes = qMax<qint64>(0, (now - since) / 60000);
    if (minutes >= 24 * 60)
        return QCoreApplication::translate("sd::ui::JobCard", "waiting %1 d %2 h").arg(minutes / 1440).arg((minutes % 1440) / 60);
    if (minutes >= 60)
        return QCoreApplication::translate("sd::ui::JobCard", "waiting %1 h %2 min").arg(minutes / 60).arg(minutes % 60);
    return QCoreApplication::translate("sd::ui::JobCard", "waiting %1 min").arg(minutes);
}

JobColumnModel::JobColumnModel(QStringList states, QObject *parent)
    : QAbstractListModel(parent), m_states(std::move(states))
{
}

void JobColumnModel::setRows(QList<BoardRow> rows)
{
    beginResetModel();
    m_loader = {};
    m_rows = std::move(rows);
    m_total = int(m_rows.size());
    endResetModel();
}

void JobColumnModel::setSource(PageLoader loader, int total, int pageSize)
{
    beginResetModel();
    m_loader = std::move(loader);
    m_total = total;
    m_pageSize = pageSize;
    m_rows.clear();
    if (auto first = m_loader(0, m_pageSize))
        m_rows = *first;
    endResetModel();
}

bool JobColumnModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_loader && m_rows.size() < m_total;
}

void JobColumnModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    auto more = m_loader(int(m_rows.size()), m_pageSize);
    if (!more || more->isEmpty()) {
        m_total = int(m_rows.size());
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more->size() - 1));
    m_rows.append(*more);
    endInsertRows();
}

const BoardRow *JobColumnModel::row(int index) const
{
    return index >= 0 && index < m_rows.size() ? &m_rows.at(index) : nullptr;
}

int JobColumnModel::indexOf(qint64 jobId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == jobId)
            return i;
    return -1;
}

int JobColumnModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

QVariant JobColumnModel::data(const QModelIndex &index, int role) const
{
    const BoardRow *r = row(index.row());
    if (!r)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return r->jobNo + u" "_s + r->customerName;
    case Qt::ToolTipRole:
        return r->problem;
    case JobIdRole:
        return r->id;
    case StateRole:
        return r->state;
    case VersionRole:
        return r->version;
    case EngineerIdRole:
        return r->engineerId;
    default:
        return {};
    }
}

Qt::ItemFlags JobColumnModel::flags(const QModelIndex &index) const
{
    return QAbstractListModel::flags(index) | Qt::ItemIsDragEnabled;
}

QString JobColumnModel::mimeType() { return u"application/x-servicedesk-job"_s; }

QStringList JobColumnModel::mimeTypes() const { return {mimeType()}; }

QMimeData *JobColumnModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    const BoardRow *r = row(indexes.first().row());
    if (!r)
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(mimeType(), QByteArray::number(r->id) + ' ' + QByteArray::number(r->version));
    mime->setText(r->jobNo);
    return mime;
}

JobCardDelegate::JobCardDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

namespace {
constexpr int kCardMargin = 3;   // between the card and its cell
constexpr int kPadding = 6;      // inside the card, left and right
constexpr int kLineGap = 2;

QFont numberFontOf(const QFont &base)
{
    QFont bold = base;
    bold.setBold(true);
    return bold;
}

QFont deadlineFontOf(const QFont &base)
{
    QFont bold = base;
    bold.setBold(true);
    return bold;
}
} // namespace

int JobCardDelegate::minimumColumnWidth(const QFont &font, const QStringList &names)
{
    // The widest number a board shows (a follow-up of a follow-up) and the widest countdowns.
    const QFontMetrics number(numberFontOf(font));
    const QFontMetrics deadline(deadlineFontOf(font));
    int widest = number.horizontalAdvance(u"PG20261231-0000/99 ↻"_s);
    const qint64 hour = 3600000;
    const qint64 minute = 60000;
    for (qint64 span : {23 * hour + 58 * minute, 99 * 24 * hour + 23 * hour}) {
        widest = qMax(widest, deadline.horizontalAdvance(countdownText(0, span)));
        widest = qMax(widest, deadline.horizontalAdvance(countdownText(span, 0)));
        widest = qMax(widest, deadline.horizontalAdvance(dueText(-span / minute, SlaMeasure::Working)));
        widest = qMax(widest, deadline.horizontalAdvance(waitingText(0, span)));
    }
    const QFontMetrics text(font);
    for (const QString &name : names)
        widest = qMax(widest, text.horizontalAdvance(name));
    // Card padding and border, the cell margin, the list's frame, and its scroll bar (a long
    // column shows one, and the cards must not lose their width to it).
    return widest + 2 * (kPadding + kCardMargin) + 8 + QApplication::style()->pixelMetric(QStyle::PM_ScrollBarExtent);
}

QSize JobCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    // Narrow on purpose: the column's width decides, no horizontal scrolling inside a column.
    const int line = QFontMetrics(option.font).height();
    return {40, line * 4 + 3 * kLineGap + 8 + 4 + 2};
}

JobCardLayout JobCardDelegate::layout(const QStyleOptionViewItem &option, const BoardRow &r) const
{
    JobCardLayout l;
    const qint64 now = m_now > 0 ? m_now : Database::nowMs();
    l.card = option.rect.adjusted(kCardMargin, 2, -kCardMargin, -2);
    const QRect text = l.card.adjusted(kPadding, 4, -kPadding, -4);
    l.textFont = option.font;
    l.numberFont = numberFontOf(option.font);
    l.deadlineFont = deadlineFontOf(option.font);
    const QFontMetrics fm(l.textFont);
    const QFontMetrics boldMetrics(l.numberFont);
    const int line = fm.height();
    auto lineRect = [&](int n) { return QRect(text.left(), text.top() + n * (line + kLineGap), text.width(), line); };

    // Line 1: the job number, alone and whole.
    l.number = r.previousJobId > 0 ? r.jobNo + u" ↻"_s : r.jobNo;
    l.numberRect = lineRect(0);

    // Line 2: the customer, with the fault level chip on its right (the customer gives way).
    l.level = QCoreApplication::translate("sd::ui::JobCard", "L%1").arg(r.faultLevel);
    const int chipWidth = boldMetrics.horizontalAdvance(l.level) + 8;
    const QRect second = lineRect(1);
    l.chipRect = QRect(second.right() - chipWidth + 1, second.top(), chipWidth, line);
    l.customerRect = QRect(second.left(), second.top(), qMax(0, second.width() - chipWidth - 4), line);
    l.customer = fm.elidedText(r.customerName, Qt::ElideRight, l.customerRect.width());

    // Line 3: the engineer (or HQ reference) whole; the appointment only when it fits beside it.
    l.engineer = r.engineerName;
    if (!r.hqReference.isEmpty() && (r.state == dispatch::HqPending || r.state == dispatch::HqAnswered))
        l.engineer = r.hqReference;
    const QRect third = lineRect(2);
    const int engineerWidth = qMin(fm.horizontalAdvance(l.engineer), third.width());
    l.engineerRect = QRect(third.left(), third.top(), engineerWidth, line);
    if (fm.horizontalAdvance(l.engineer) > third.width())
        l.engineer = fm.elidedText(l.engineer, Qt::ElideRight, third.width());
    if (r.state == dispatch::Booked && r.appointmentAt > 0) {
        const QString appointment = centerDateTime(r.appointmentAt).toString(u"MM-dd HH:mm"_s);
        const int width = fm.horizontalAdvance(appointment);
        if (engineerWidth + 8 + width <= third.width()) {
            l.appointment = appointment;
            l.appointmentRect = QRect(third.right() - width + 1, third.top(), width, line);
        }
    }

    // Line 4: the deadline, alone and whole.
    l.deadlineColor = option.palette.color(QPalette::PlaceholderText);
    if (r.dueAt > 0 && countsDown(r.state)) {
        l.deadline = cardCountdown(r, now, m_calendar);
        if (r.dueAt < now)
            l.deadlineColor = QColor(0xc6, 0x28, 0x28);
        else if (r.dueAt - now < 3600000)
            l.deadlineColor = QColor(0xb2, 0x6a, 0x00);
    } else if (r.state == dispatch::Requested || r.state == dispatch::Verified) {
        l.deadline = waitingText(r.requestedAt, now);
    }
    l.deadlineFont.setBold(r.dueAt > 0 && r.dueAt < now && countsDown(r.state));
    l.deadlineRect = lineRect(3);
    return l;
}

void JobCardDelegate::paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto *model = qobject_cast<const JobColumnModel *>(index.model());
    const BoardRow *r = model ? model->row(index.row()) : nullptr;
    if (!r)
        return;
    const JobCardLayout l = layout(option, *r);
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const bool selected = option.state & QStyle::State_Selected;
    const bool focus = option.state & QStyle::State_HasFocus;
    const QPalette &pal = option.palette;
    p->setPen(QPen(selected ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid), selected || focus ? 2 : 1));
    p->setBrush(selected ? pal.color(QPalette::Highlight).lighter(185) : pal.color(QPalette::Base));
    p->drawRoundedRect(l.card, 4, 4);

    p->setFont(l.numberFont);
    p->setPen(pal.color(QPalette::Text));
    p->drawText(l.numberRect, Qt::AlignLeft | Qt::AlignVCenter, l.number);

    static const QColor levelColors[] = {QColor(0xc6, 0x28, 0x28), QColor(0xef, 0x6c, 0x00), QColor(0x15, 0x65, 0xc0),
                                         QColor(0x60, 0x7d, 0x8b)};
    p->setBrush(levelColors[qBound(1, r->faultLevel, 4) - 1]);
    p->setPen(Qt::NoPen);
    p->drawRoundedRect(l.chipRect, 3, 3);
    p->setPen(Qt::white);
    p->drawText(l.chipRect, Qt::AlignCenter, l.level);

    p->setFont(l.textFont);
    p->setPen(pal.color(QPalette::Text));
    p->drawText(l.customerRect, Qt::AlignLeft | Qt::AlignVCenter, l.customer);
    p->setPen(pal.color(QPalette::PlaceholderText));
    p->drawText(l.engineerRect, Qt::AlignLeft | Qt::AlignVCenter, l.engineer);
    if (!l.appointment.isEmpty())
        p->drawText(l.appointmentRect, Qt::AlignRight | Qt::AlignVCenter, l.appointment);
    if (!l.deadline.isEmpty()) {
        p->setFont(l.deadlineFont);
        p->setPen(l.deadlineColor);
        p->drawText(l.deadlineRect, Qt::AlignLeft | Qt::AlignVCenter, l.deadline);
    }
    p->restore();
}

} // namespace sd::ui
