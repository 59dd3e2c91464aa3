#include "ui/common/errors.h"

#include <QCoreApplication>
#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace sd::ui {

namespace {
} // namespace

QString errorTitle(const sd::core::Error &error)
{
    using sd::core::ErrorCode;
    switch (error.code) {
    case ErrorCode::Conflict: return QCoreApplication::translate("sd::ui::Errors", "Someone else saved first");
    case ErrorCode::Forbidden: return QCoreApplication::translate("sd::ui::Errors", "Not allowed");
    case ErrorCode::Invalid: return QCoreApplication::translate("sd::ui::Errors", "Please check the input");
    case ErrorCode::NotFound: return QCoreApplication::translate("sd::ui::Errors", "Record not found");
    case ErrorCode::NotAllowedInState: return QCoreApplication::translate("sd::ui::Errors", "Not possible now");
    case ErrorCode::Database: return QCoreApplication::translate("sd::ui::Errors", "Database problem");
    case ErrorCode::SchemaTooNew: return QCoreApplication::translate("sd::ui::Errors", "Program too old");
    case ErrorCode::Io: return QCoreApplication::translate("sd::ui::Errors", "File problem");
    case ErrorCode::Authentication: return QCoreApplication::translate("sd::ui::Errors", "Login failed");
    }
    return QCoreApplication::translate("sd::ui::Errors", "Error");
}

QString describeError(const sd::core::Error &error)
{
    using sd::core::ErrorCode;
    QString hint;
    switch (error.code) {
    case ErrorCode::Conflict:
        hint = QCoreApplication::translate("sd::ui::Errors", "Your changes are kept; compare them with the saved version before saving again.");
        break;
    case ErrorCode::Forbidden:
        hint = QCoreApplication::translate("sd::ui::Errors", "Your account does not have the role for this. Ask your service manager or the "
                  "administrator if you need it.");
        break;
    case ErrorCode::Invalid:
        hint = QCoreApplication::translate("sd::ui::Errors", "Nothing was saved; correct the field and save again.");
        break;
    case ErrorCode::NotFound:
        hint = QCoreApplication::translate("sd::ui::Errors", "It may have been deleted by a colleague. Refresh the list.");
        break;
    case ErrorCode::Database:
        hint = QCoreApplication::translate("sd::ui::Errors", "Nothing was saved. Try again; if it keeps happening, call the administrator.");
        break;
    default:
        break;
    }
    const QString message = error.describe();
    if (hint.isEmpty())
        return message;
    if (message.isEmpty())
        return hint;
    return message + u"\n\n"_s + hint;
}

void showError(QWidget *parent, const sd::core::Error &error)
{
    auto *box = new QMessageBox(error.code == sd::core::ErrorCode::Database ? QMessageBox::Critical
                                                                              : QMessageBox::Warning,
                                errorTitle(error), describeError(error), QMessageBox::Ok, parent);
    box->setObjectName(u"errorMessage"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (parent)
        box->open();
    else
        box->show();
}

} // namespace sd::ui
