#include "ui/dispatch/signaturepad.h"

#include <QBuffer>
#include <QMouseEvent>
#include <QPainter>
#include <QTabletEvent>

namespace sd::ui {

SignaturePad::SignaturePad(QWidget *parent) : QWidget(parent)
{
    setAttribute(Qt::WA_StaticContents);
    setMinimumSize(280, 90);
    setCursor(Qt::CrossCursor);
    setFocusPolicy(Qt::NoFocus);
}

void SignaturePad::resizeEvent(QResizeEvent *event)
{
    if (m_image.size() != size()) {
        QImage grown(size(), QImage::Format_ARGB32);
        grown.fill(Qt::transparent);
        QPainter p(&grown);
        p.drawImage(0, 0, m_image);
        m_image = grown;
    }
    QWidget::resizeEvent(event);
}

void SignaturePad::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), Qt::white);
    p.setPen(QPen(QColor(0xb0, 0xb0, 0xb0), 1, Qt::DashLine));
    p.drawLine(10, height() - 22, width() - 10, height() - 22);
    p.drawRect(rect().adjusted(0, 0, -1, -1));
    p.drawImage(0, 0, m_image);
}

void SignaturePad::strokeTo(const QPointF &point, qreal width)
{
    QPainter p(&m_image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(0x10, 0x20, 0x60), width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.drawLine(m_last, point);
    m_last = point;
    m_empty = false;
    update();
}

void SignaturePad::mousePressEvent(QMouseEvent *event) { m_last = event->position(); }

void SignaturePad::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        strokeTo(event->position(), 2.2);
}

void SignaturePad::tabletEvent(QTabletEvent *event)
{
    if (event->type() == QEvent::TabletPress)
        m_last = event->position();
    else if (event->type() == QEvent::TabletMove && event->pressure() > 0)
        strokeTo(event->position(), 1.0 + 2.5 * event->pressure());
    event->accept();
}

void SignaturePad::clear()
{
    m_image.fill(Qt::transparent);
    m_empty = true;
    update();
}

QByteArray SignaturePad::png() const
{
    if (m_empty)
        return {};
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    m_image.save(&buffer, "PNG");
    return bytes;
}

} // namespace sd::ui
