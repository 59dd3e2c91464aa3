#pragma once

#include <QByteArray>
#include <QImage>
#include <QWidget>

namespace sd::ui {

/// The customer signs with the mouse or a pen tablet; the strokes become a PNG for the form.
class SignaturePad final : public QWidget
{
    Q_OBJECT
public:
    explicit SignaturePad(QWidget *parent = nullptr);
    bool isEmpty() const { return m_empty; }
    /// The signature as PNG bytes (empty when nothing was drawn).
    QByteArray png() const;
    void clear();
    QSize sizeHint() const override { return {360, 110}; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void tabletEvent(QTabletEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void strokeTo(const QPointF &point, qreal width);
    QImage m_image;
    QPointF m_last;
    bool m_empty = true;
};

} // namespace sd::ui
