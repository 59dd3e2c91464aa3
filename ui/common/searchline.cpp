#include "ui/common/searchline.h"

#include "core/search/textsearch.h"

#include <QKeyEvent>
#include <QTimer>

namespace sd::ui {

SearchLine::SearchLine(QWidget *parent)
    : QLineEdit(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(200);
    setClearButtonEnabled(true);
    // Core refuses a longer search; the box does not let one be typed or pasted.
    setMaxLength(sd::core::search::QueryMax);
    connect(this, &QLineEdit::textChanged, m_timer, qOverload<>(&QTimer::start));
    connect(m_timer, &QTimer::timeout, this, &SearchLine::emitIfChanged);
}

void SearchLine::setDebounceInterval(int ms) { m_timer->setInterval(ms); }

int SearchLine::debounceInterval() const { return m_timer->interval(); }

void SearchLine::flush()
{
    if (m_timer->isActive()) {
        m_timer->stop();
        emitIfChanged();
    }
}

void SearchLine::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && !text().isEmpty()) {
        clear();
        flush(); // clearing shows the whole list at once, no need to wait
        event->accept();
        return;
    }
    // Enter searches at once instead of waiting for the pause.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        flush();
    QLineEdit::keyPressEvent(event);
}

void SearchLine::emitIfChanged()
{
    const QString current = text().trimmed();
    if (current == m_lastEmitted)
        return;
    m_lastEmitted = current;
    emit searchChanged(current);
}

} // namespace sd::ui
