#include "ui/dispatch/jobcolumnmodel.h"

#include "core/dispatch/dispatchjob.h"

#include <QApplication>
#include <QDateTime>
#include <QMimeData>
#include <QPainter>

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
    const qint64 minutes = (dueAt - now) / 60000;
    const qint64 abs = minutes < 0 ? -minutes : minutes;
    QString span;
    if (abs >= 24 * 60)
        span = QCoreApplication::translate("sd::ui::JobCard", "%1 d %2 h").arg(abs / 1440).arg((abs % 1440) / 60);
    else if (abs >= 60)
        span = QCoreApplication::translate("sd::ui::JobCard", "%1 h %2 min").arg(abs / 60).arg(abs % 60);
    else
        span = QCoreApplication::translate("sd::ui::JobCard", "%1 min").arg(abs);
    return minutes < 0 ? QCoreApplication::translate("sd::ui::JobCard", "overdue %1").arg(span)
                       : QCoreApplication::translate("sd::ui::JobCard", "due in %1").arg(span);
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

QSize JobCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    // Narrow on purpose: the column's width decides, no horizontal scrolling inside a column.
    return {40, option.fontMetrics.height() * 3 + 18};
}

void JobCardDelegate::paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto *model = qobject_cast<const JobColumnModel *>(index.model());
    const BoardRow *r = model ? model->row(index.row()) : nullptr;
    if (!r)
        return;
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const QRect card = option.rect.adjusted(3, 2, -3, -2);
    const bool selected = option.state & QStyle::State_Selected;
    const bool focus = option.state & QStyle::State_HasFocus;
    const QPalette &pal = option.palette;
    p->setPen(QPen(selected ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid), selected || focus ? 2 : 1));
    p->setBrush(selected ? pal.color(QPalette::Highlight).lighter(185) : pal.color(QPalette::Base));
    p->drawRoundedRect(card, 4, 4);

    const qint64 now = m_now > 0 ? m_now : Database::nowMs();
    const int line = option.fontMetrics.height();
    QRect text = card.adjusted(6, 4, -6, -4);

    // Line 1: number, fault level chip.
    QFont bold = option.font;
    bold.setBold(true);
    bold.setPointSizeF(option.font.pointSizeF() * 0.9);
    p->setFont(bold);
    const QFontMetrics boldMetrics(bold);
    p->setPen(pal.color(QPalette::Text));
    const QString level = QCoreApplication::translate("sd::ui::JobCard", "L%1").arg(r->faultLevel);
    const int chipWidth = boldMetrics.horizontalAdvance(level) + 8;
    const QRect chip(text.right() - chipWidth, text.top(), chipWidth, line);
    static const QColor levelColors[] = {QColor(0xc6, 0x28, 0x28), QColor(0xef, 0x6c, 0x00), QColor(0x15, 0x65, 0xc0),
                                         QColor(0x60, 0x7d, 0x8b)};
    const QColor levelColor = levelColors[qBound(1, r->faultLevel, 4) - 1];
    p->setBrush(levelColor);
    p->setPen(Qt::NoPen);
    p->drawRoundedRect(chip, 3, 3);
    p->setPen(Qt::white);
    p->drawText(chip, Qt::AlignCenter, level);
    p->setPen(pal.color(QPalette::Text));
    const QString number = r->previousJobId > 0 ? r->jobNo + u" ↻"_s : r->jobNo;
    p->drawText(QRect(text.left(), text.top(), text.width() - chipWidth - 4, line), Qt::AlignLeft | Qt::AlignVCenter,
                boldMetrics.elidedText(number, Qt::ElideMiddle, text.width() - chipWidth - 4));

    // Line 2: customer.
    p->setFont(option.font);
    p->drawText(QRect(text.left(), text.top() + line + 2, text.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                option.fontMetrics.elidedText(r->customerName, Qt::ElideRight, text.width()));

    // Line 3: engineer (or HQ reference) and the countdown.
    QString left = r->engineerName;
    if (!r->hqReference.isEmpty() && (r->state == dispatch::HqPending || r->state == dispatch::HqAnswered))
        left = r->hqReference;
    else if (r->state == dispatch::Booked && r->appointmentAt > 0)
        left += u" · "_s + QDateTime::fromMSecsSinceEpoch(r->appointmentAt).toString(u"MM-dd HH:mm"_s);
    QString right;
    QColor rightColor = pal.color(QPalette::PlaceholderText);
    if (r->dueAt > 0 && countsDown(r->state)) {
        right = countdownText(r->dueAt, now);
        if (r->dueAt < now)
            rightColor = QColor(0xc6, 0x28, 0x28);
        else if (r->dueAt - now < 3600000)
            rightColor = QColor(0xb2, 0x6a, 0x00);
    } else if (r->state == dispatch::Requested || r->state == dispatch::Verified) {
        right = waitingText(r->requestedAt, now);
    }
    const QRect third(text.left(), text.top() + 2 * line + 4, text.width(), line);
    const int rightWidth = option.fontMetrics.horizontalAdvance(right);
    p->setPen(pal.color(QPalette::PlaceholderText));
    p->drawText(QRect(third.left(), third.top(), third.width() - rightWidth - 6, line), Qt::AlignLeft | Qt::AlignVCenter,
                option.fontMetrics.elidedText(left, Qt::ElideRight, third.width() - rightWidth - 6));
    if (!right.isEmpty()) {
        QFont f = option.font;
        f.setBold(r->dueAt > 0 && r->dueAt < now);
        p->setFont(f);
        p->setPen(rightColor);
        p->drawText(third, Qt::AlignRight | Qt::AlignVCenter, right);
    }
    p->restore();
}

} // namespace sd::ui
