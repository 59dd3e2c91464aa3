#pragma once

#include <QLineEdit>

class QTimer;

namespace sd::ui {

/// A search box for big lists: reports the text once typing pauses (so each keystroke does not
/// run a query), and Esc clears it.
class SearchLine final : public QLineEdit
{
    Q_OBJECT
public:
    explicit SearchLine(QWidget *parent = nullptr);

    /// The pause after the last keystroke before searchChanged is emitted (200 ms by default).
    void setDebounceInterval(int ms);
    int debounceInterval() const;
    /// Emits searchChanged now if a change is still waiting for the pause.
    void flush();

signals:
    /// The text after the typing paused (or at once when cleared with Esc).
    void searchChanged(const QString &text);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void emitIfChanged();

    QTimer *m_timer = nullptr;
    QString m_lastEmitted;
};

} // namespace sd::ui
