#include "ui/projects/stagetimeline.h"

#include "ui/common/format.h"

#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;
using namespace sd::core;

namespace sd::ui {

namespace {
constexpr int kTop = 40;       // the legend, then the dates on the axis
constexpr int kMinRow = 18;
constexpr int kRow = 30;
constexpr int kLabelWidth = 150;
} // namespace

StageTimeline::StageTimeline(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"stageTimeline"_s);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void StageTimeline::setStages(const QList<Stage> &stages, const QDate &today)
{
    m_stages = stages;
    m_today = today;
    m_first = {};
    m_last = {};
    for (const Stage &s : stages) {
        for (const QDate &d : {s.plannedStart, s.actualStart})
            if (d.isValid() && (!m_first.isValid() || d < m_first))
                m_first = d;
        QList<QDate> ends{s.plannedEnd, s.actualEnd};
        if (s.actualStart.isValid() && !s.actualEnd.isValid())
            ends << today;   // being worked on: up to today
        for (const QDate &d : ends)
            if (d.isValid() && (!m_last.isValid() || d > m_last))
                m_last = d;
    }
    if (m_first.isValid() && today.isValid() && today >= m_first.addDays(-7) && today <= m_last.addDays(14)) {
        m_first = std::min(m_first, today);
        m_last = std::max(m_last, today);
    }
    updateGeometry();
    update();
}

QSize StageTimeline::sizeHint() const { return {600, kTop + kRow * int(std::max<qsizetype>(1, m_stages.size())) + 8}; }

QSize StageTimeline::minimumSizeHint() const { return {300, kTop + kMinRow * int(std::max<qsizetype>(1, m_stages.size())) + 4}; }

void StageTimeline::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().base());
    const QFontMetrics fm = fontMetrics();
    if (m_stages.isEmpty() || !m_first.isValid()) {
        p.setPen(palette().placeholderText().color());
        p.drawText(rect(), Qt::AlignCenter, tr("No stages planned yet."));
        return;
    }
    // Rows shrink to the height the page leaves (the list above keeps its rows).
    const int rowHeight = std::clamp((height() - kTop - 4) / int(m_stages.size()), kMinRow, kRow);
    const int bar = std::max(4, rowHeight / 3);
    const int left = kLabelWidth;
    const int right = width() - 10;
    const qint64 days = std::max<qint64>(1, m_first.daysTo(m_last) + 1);
    auto xOf = [&](const QDate &d) { return left + double(right - left) * double(m_first.daysTo(d)) / double(days); };
    const QColor planned(0x9e, 0xc5, 0xeb);
    const QColor accepted(0x43, 0xa0, 0x47);
    const QColor active(0x1e, 0x6f, 0xd9);
    const QColor late(0xd3, 0x2f, 0x2f);

    // Legend.
    int x = 4;
    auto legend = [&](const QColor &c, const QString &text) {
        p.fillRect(QRectF(x, 6, 14, 10), c);
        p.setPen(palette().text().color());
        p.drawText(x + 18, 15, text);
        x += 18 + fm.horizontalAdvance(text) + 14;
    };
    legend(planned, tr("Planned"));
    legend(active, tr("Actual"));
    legend(accepted, tr("Accepted"));
    legend(late, tr("Late"));

    p.setPen(palette().placeholderText().color());
    p.drawText(QPointF(left, kTop - 8), m_first.toString(Qt::ISODate));
    // Month boundaries.
    p.setPen(QPen(palette().mid().color(), 1, Qt::DotLine));
    for (QDate d(m_first.year(), m_first.month(), 1); d <= m_last; d = d.addMonths(1)) {
        if (d <= m_first.addDays(days / 8))   // not over the first day's label
            continue;
        const double mx = xOf(d);
        p.drawLine(QPointF(mx, kTop - 20), QPointF(mx, height()));
        p.drawText(QPointF(mx + 2, kTop - 8), d.toString(u"yyyy-MM"_s));
    }

    for (int i = 0; i < m_stages.size(); ++i) {
        const Stage &s = m_stages.at(i);
        const int y = kTop + i * rowHeight;
        p.setPen(palette().text().color());
        const QString label = fm.elidedText(u"%1. %2"_s.arg(s.seq).arg(s.name), Qt::ElideRight, kLabelWidth - 8);
        p.drawText(QRect(4, y, kLabelWidth - 8, rowHeight), Qt::AlignVCenter | Qt::AlignLeft, label);
        if (s.plannedStart.isValid() && s.plannedEnd.isValid()) {
            p.fillRect(QRectF(xOf(s.plannedStart), y + rowHeight / 2 - bar - 1,
                              std::max(3.0, xOf(s.plannedEnd.addDays(1)) - xOf(s.plannedStart)), bar),
                       planned);
        }
        if (s.actualStart.isValid()) {
            const QDate end = s.actualEnd.isValid() ? s.actualEnd : m_today;
            const bool isLate = s.state != stage::Accepted && s.plannedEnd.isValid() && m_today > s.plannedEnd;
            const QColor c = s.state == stage::Accepted ? accepted : isLate ? late : active;
            p.fillRect(QRectF(xOf(s.actualStart), y + rowHeight / 2 + 1,
                              std::max(3.0, xOf(end.addDays(1)) - xOf(s.actualStart)), bar),
                       c);
        }
    }
    if (m_today.isValid() && m_today >= m_first && m_today <= m_last) {
        const double tx = xOf(m_today);
        p.setPen(QPen(late, 2));
        p.drawLine(QPointF(tx, kTop - 20), QPointF(tx, height()));
        p.drawText(QPointF(std::min(tx + 3, double(width() - fm.horizontalAdvance(tr("Today")) - 2)), kTop - 8),
                   tr("Today"));
    }
}

} // namespace sd::ui
