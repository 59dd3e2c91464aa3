#include "ui/shell/callerbridge.h"

#include "core/hotline/callerid.h"

#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QPointer>
#include <QProcessEnvironment>
#include <QTimer>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace sd::ui {

namespace {
constexpr int kMaxLine = 128;
constexpr int kClientTimeoutMs = 5000;
} // namespace

QString CallerBridge::defaultServerName()
{
    const QString fromEnv = qEnvironmentVariable("SD_CALLER_SERVER");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return u"servicedesk-caller-%1"_s.arg(::getuid());
}

CallerBridge::CallerBridge(QString serverName, QObject *parent) : QObject(parent), m_name(std::move(serverName)) {}

CallerBridge::~CallerBridge() = default;

bool CallerBridge::listen()
{
    if (m_server && m_server->isListening())
        return true;
    delete m_server;
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption); // this user only
    m_server->setMaxPendingConnections(8);
    // A live desk answers a connection (listen() with socket options would silently replace
    // its socket); one that died leaves a file nobody answers on, removed here.
    {
        QLocalSocket probe;
        probe.connectToServer(m_name);
        if (probe.waitForConnected(300)) {
            m_error = tr("Another desk of this user already takes the phone system's callers.");
            delete m_server;
            m_server = nullptr;
            return false;
        }
    }
    QLocalServer::removeServer(m_name);
    if (!m_server->listen(m_name)) {
        m_error = m_server->errorString();
        return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, &CallerBridge::acceptConnections);
    return true;
}

void CallerBridge::acceptConnections()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        // A client that never finishes its line is dropped.
        QTimer::singleShot(kClientTimeoutMs, socket, [socket] { socket->abort(); });
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine()) {
                if (socket->bytesAvailable() > kMaxLine) {
                    socket->write("ERR line too long\n");
                    socket->disconnectFromServer();
                }
                return;
            }
            const QByteArray line = socket->readLine(kMaxLine + 1).trimmed();
            if (!line.startsWith("CALLER ")) {
                socket->write("ERR unknown request\n");
                socket->disconnectFromServer();
                return;
            }
            auto number = sd::core::callerid::normalize(QString::fromUtf8(line.mid(7)));
            if (!number) {
                socket->write("ERR " + number.error().message.toUtf8() + '\n');
                socket->disconnectFromServer();
                return;
            }
            socket->write("OK\n");
            socket->flush();
            socket->disconnectFromServer();
            emit callerArrived(*number);
        });
    }
}

CallerBridge::Delivery CallerBridge::send(const QString &serverName, const QString &number, int timeoutMs,
                                          QString *why)
{
    QLocalSocket socket;
    socket.connectToServer(serverName);
    if (!socket.waitForConnected(timeoutMs))
        return Delivery::NoDesk;
    const QByteArray line = "CALLER " + number.toUtf8().left(kMaxLine) + '\n';
    socket.write(line);
    if (!socket.waitForBytesWritten(timeoutMs))
        return Delivery::NoDesk;
    QByteArray answer;
    while (!answer.contains('\n')) {
        if (!socket.waitForReadyRead(timeoutMs))
            break;
        answer += socket.readAll();
        if (answer.size() > 4096)
            break;
    }
    answer = answer.trimmed();
    if (answer == "OK")
        return Delivery::Delivered;
    if (answer.startsWith("ERR ")) {
        if (why)
            *why = QString::fromUtf8(answer.mid(4));
        return Delivery::Refused;
    }
    return Delivery::NoDesk; // connected, but nothing sane came back: start a desk of our own
}

} // namespace sd::ui
