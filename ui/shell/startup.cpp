#include "ui/shell/startup.h"

#include "core/alerts/scheduledwork.h"
#include "core/auth/staffrepository.h"
#include "core/calendar/calendarrepository.h"
#include "core/db/migrations.h"
#include "core/sla/slarepository.h"
#include "ui/common/errors.h"

#include <QCoreApplication>
#include <QDebug>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace sd::core;

namespace sd::ui {

namespace {

// The translation context of the start-up texts.
class Startup
{
    Q_DECLARE_TR_FUNCTIONS(Startup)
};

OpenResult failed(OpenOutcome outcome, const Error &error)
{
    OpenResult r;
    r.outcome = outcome;
    r.error = error;
    return r;
}

} // namespace

OpenResult openDeskDatabase(ConnectionSpec spec, bool interactive, QWidget *parent)
{
    if (spec.dialect == Dialect::PostgreSQL && spec.needsPassword()) {
        if (!interactive)
            return failed(OpenOutcome::Failed,
                          Error::make(ErrorCode::Authentication,
                                      Startup::tr("The PostgreSQL password is missing: set PGPASSWORD.")));
        bool ok = false;
        const QString password = QInputDialog::getText(
            parent, Startup::tr("PostgreSQL password"),
            Startup::tr("Password of %1 for %2:").arg(spec.user, spec.display()), QLineEdit::Password, QString(), &ok);
        if (!ok)
            return failed(OpenOutcome::Cancelled, {});
        spec.password = password;
    }

    auto db = Database::open(spec);
    if (!db)
        return failed(OpenOutcome::Failed, db.error());

    auto version = schemaVersion(*db);
    if (!version)
        return failed(OpenOutcome::Failed, version.error());
    const bool empty = *version == 0;
    auto current = checkSchemaCurrent(*db);
    if (!current) {
        if (current.error().code == ErrorCode::SchemaTooNew)
            return failed(OpenOutcome::SchemaTooNew, current.error());
        if (auto migrated = migrate(*db); !migrated)
            return failed(OpenOutcome::Failed, migrated.error());
    }
    if (empty) {
        // A new database gets what `servicedeskctl init` gives it: the default calendar and SLAs.
        if (auto s = CalendarRepository::ensureDefaults(*db); !s)
            return failed(OpenOutcome::Failed, s.error());
        if (auto s = SlaRepository::seedDefaults(*db); !s)
            return failed(OpenOutcome::Failed, s.error());
    }
    // Time-driven work that fell due while no desk was open (the monthly report's reminder).
    // Not fatal: the desk opens anyway and tries again as time passes.
    if (auto s = runScheduledWork(*db, Database::nowMs()); !s)
        qWarning().noquote() << "Scheduled work:" << s.error().message;
    OpenResult r;
    r.outcome = OpenOutcome::Ready;
    r.db = *db;
    return r;
}

bool ensureFirstAdministrator(const Database &db, QWidget *parent)
{
    auto staff = StaffRepository(db).count();
    if (!staff) {
        showError(parent, staff.error());
        return false;
    }
    if (*staff > 0)
        return true;

    QDialog dialog(parent);
    dialog.setObjectName(u"firstAdministratorDialog"_s);
    dialog.setWindowTitle(Startup::tr("First administrator"));
    auto *intro = new QLabel(Startup::tr("This database has no accounts yet. Create the administrator's "
                                       "account; the administrator then adds everybody else."),
                             &dialog);
    intro->setWordWrap(true);
    auto *login = new QLineEdit(u"admin"_s, &dialog);
    auto *name = new QLineEdit(&dialog);
    auto *password = new QLineEdit(&dialog);
    password->setEchoMode(QLineEdit::Password);
    auto *repeat = new QLineEdit(&dialog);
    repeat->setEchoMode(QLineEdit::Password);
    auto *error = new QLabel(&dialog);
    error->setStyleSheet(u"color: #b00020;"_s);
    error->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(Startup::tr("Login:"), login);
    form->addRow(Startup::tr("Name:"), name);
    form->addRow(Startup::tr("Password:"), password);
    form->addRow(Startup::tr("Repeat password:"), repeat);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(error);
    layout->addWidget(buttons);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        if (password->text() != repeat->text()) {
            error->setText(Startup::tr("The two passwords differ."));
            return;
        }
        const QString displayName = name->text().trimmed().isEmpty() ? login->text().trimmed() : name->text().trimmed();
        auto created = StaffRepository(db).bootstrapAdministrator(login->text().trimmed(), displayName, password->text());
        if (!created) {
            error->setText(created.error().message);
            return;
        }
        dialog.accept();
    });
    return dialog.exec() == QDialog::Accepted;
}

} // namespace sd::ui
