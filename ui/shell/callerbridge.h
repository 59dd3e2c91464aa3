#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

namespace sd::ui {

/// Hands a caller's number from a phone system to the desk this user already runs:
/// `servicedesk --caller 13812345678` connects to the running desk's local socket (one per
/// user, reachable by that user only), which comes forward with the caller looked up and a new
/// call ready. When no desk answers, the new process starts the desk itself.
///
/// The protocol is one line each way: "CALLER <number>\n", answered "OK\n" or "ERR <reason>\n".
/// A line longer than 128 bytes, or a number callerid::normalize refuses, is answered ERR.
class CallerBridge final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallerBridge)
public:
    /// The socket name of this user's desk ($SD_CALLER_SERVER when set: tests, two desks).
    static QString defaultServerName();

    explicit CallerBridge(QString serverName = defaultServerName(), QObject *parent = nullptr);
    ~CallerBridge() override;

    /// Starts listening; a socket left by a desk that died is removed first. False (and the
    /// reason in errorString()) when another live desk holds the name or the system refuses.
    bool listen();
    QString errorString() const { return m_error; }
    QString serverName() const { return m_name; }

    enum class Delivery { Delivered, NoDesk, Refused };
    /// Sends the number to the desk listening on `serverName` and waits for its answer
    /// (blocking, at most `timeoutMs`). `why` gets the desk's reason when Refused.
    static Delivery send(const QString &serverName, const QString &number, int timeoutMs = 3000,
                         QString *why = nullptr);

signals:
    /// A phone system handed over a caller (already normalised).
    void callerArrived(const QString &number);

private:
    void acceptConnections();

    QString m_name;
    QString m_error;
    QLocalServer *m_server = nullptr;
};

} // namespace sd::ui
