#pragma once

#include "core/projects/project.h"

#include <QWidget>

namespace sd::ui {

/// The plan's stages on a time axis, drawn with QPainter: per stage the planned bar and, below
/// it, the actual one (accepted green, being worked on blue, late red); a line for today.
class StageTimeline final : public QWidget
{
    Q_OBJECT
public:
    explicit StageTimeline(QWidget *parent = nullptr);

    void setStages(const QList<sd::core::Stage> &stages, const QDate &today);
    /// The days the axis spans (first, last), invalid when there are no stages.
    std::pair<QDate, QDate> range() const { return {m_first, m_last}; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<sd::core::Stage> m_stages;
    QDate m_today;
    QDate m_first;
    QDate m_last;
};

} // namespace sd::ui
