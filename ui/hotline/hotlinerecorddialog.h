#pragma once

#include "core/db/database.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QTextBrowser;

namespace sd::ui {

/// A customer's record of hotline service for a period: preview, saved as PDF or CSV
/// (the same data and PDF as `servicedeskctl report hotline`).
class HotlineRecordDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HotlineRecordDialog)

public:
    HotlineRecordDialog(const sd::core::Database &db, qint64 customerId, QWidget *parent = nullptr);
    /// Rebuilds the preview for the chosen period; returns the number of calls.
    int refresh();
    /// Writes the record (for tests and the buttons).
    bool savePdf(const QString &path);
    bool saveCsv(const QString &path);

private:
    sd::core::Database m_db;
    qint64 m_customerId = 0;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_summary = nullptr;
    QTextBrowser *m_preview = nullptr;
};

} // namespace sd::ui
