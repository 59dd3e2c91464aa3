#include "ui/projects/projectdialogs.h"

#include "core/records/customerrepository.h"
#include "ui/common/format.h"
#include "ui/common/searchline.h"
#include "ui/dispatch/dialogerror.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace sd::core;

namespace sd::ui {

namespace {

/// The optional fields an action also takes (its required ones come from the table).
QStringList optionalFields(const QString &action)
{
    if (action == project::RequestSuspend)
        return {u"from_date"_s, u"until_date"_s};
    if (action == project::AddStage)
        return {u"scope"_s, u"stage_goals"_s, u"risks"_s, u"customer_expectations"_s, u"deliverables"_s};
    if (action == project::File)
        return {u"filing_note"_s};
    if (action == stage::Pass)
        return {u"evaluation_note"_s};
    return {};
}

bool isDate(const QString &key)
{
    return key == u"planned_start" || key == u"planned_end" || key == u"from_date" || key == u"until_date"
           || key == u"start_date";
}

bool isShort(const QString &key) { return key == u"stage_name" || key == u"filing_note"; }

QString loadText(const StaffLoad &s)
{
    return ProjectActionDialog::tr("%1 — %n active project(s)", nullptr, s.activeProjects).arg(s.name) + u", "_s
           + ProjectActionDialog::tr("%n planned day(s) this month", nullptr, s.plannedDaysThisMonth);
}

QDialogButtonBox *okCancel(QDialog *dialog, const QString &okText)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(okText);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"okButton"_s);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

} // namespace

// ---------------------------------------------------------------------------------------------

ProjectActionDialog::ProjectActionDialog(const ProjectService &service, const Session &session, On on, qint64 recordId,
                                         int version, const QString &action, const QVariantMap &projectRow,
                                         QWidget *parent)
    : QDialog(parent), m_service(service), m_session(session), m_on(on), m_id(recordId), m_version(version), m_action(action)
{
    setObjectName(u"projectActionDialog"_s);
    setWindowModality(Qt::WindowModal);
    const QString title = on == On::Project ? project::actionTitle(action) : stage::actionTitle(action);
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(u"<b>%1</b> · %2"_s.arg(projectRow.value(u"project_no"_s).toString().toHtmlEscaped(),
                                                        title.toHtmlEscaped()),
                               this);
    layout->addWidget(heading);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    layout->addLayout(m_form);

    const auto &table = on == On::Project ? project::table() : stage::table();
    QStringList required;
    for (const auto &t : table.transitions())
        if (t.action == action) {
            required = t.required;
            break;
        }
    if (action == project::Assign || action == project::Reassign) {
        addTeam(projectRow);
    } else if (action == project::PlanFromTemplate) {
        addTemplates(projectRow);
    } else {
        for (const QString &key : required)
            isDate(key) ? addDate(key, centerToday()) : addText(key, !isShort(key), true);
        for (const QString &key : optionalFields(action))
            isDate(key) ? addDate(key, {}) : addText(key, !isShort(key), false);
    }
    if (m_widgets.isEmpty() && !m_pm && !m_template)
        m_form->addRow(new QLabel(tr("Take this step now?"), this));

    m_error = new DialogErrorLine(this);
    layout->addWidget(m_error);
    layout->addWidget(okCancel(this, title));
    resize(560, sizeHint().height());
}

void ProjectActionDialog::addText(const QString &key, bool multiLine, bool required)
{
    QWidget *w = nullptr;
    if (multiLine) {
        auto *edit = new QPlainTextEdit(this);
        edit->setTabChangesFocus(true);
        edit->setMaximumHeight(80);
        w = edit;
    } else {
        w = new QLineEdit(this);
    }
    w->setObjectName(key);
    const QString title = project::fieldTitle(key);
    m_form->addRow(required ? title + u" *"_s : title, w);
    m_widgets.insert(key, w);
}

void ProjectActionDialog::addDate(const QString &key, const QDate &value)
{
    auto *edit = new QDateEdit(this);
    edit->setObjectName(key);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(u"yyyy-MM-dd"_s);
    // An optional date starts empty (the minimum shows as blank).
    edit->setMinimumDate(QDate(2000, 1, 1));
    edit->setSpecialValueText(value.isValid() ? QString() : tr("(none)"));
    edit->setDate(value.isValid() ? value : edit->minimumDate());
    m_form->addRow(project::fieldTitle(key), edit);
    m_widgets.insert(key, edit);
}

void ProjectActionDialog::addTeam(const QVariantMap &projectRow)
{
    m_pm = new QComboBox(this);
    m_pm->setObjectName(u"project_manager_id"_s);
    m_pm->setMinimumContentsLength(40);
    const qint64 currentPm = projectRow.value(u"project_manager_id"_s).toLongLong();
    if (auto pms = m_service.candidates(Role::ProjectManager))
        for (const StaffLoad &s : *pms) {
            m_pm->addItem(loadText(s), s.staffId);
            if (s.staffId == currentPm)
                m_pm->setCurrentIndex(m_pm->count() - 1);
        }
    if (currentPm == 0)
        m_pm->setCurrentIndex(-1);
    m_pm->setPlaceholderText(tr("Choose the project manager"));
    m_form->addRow(project::fieldTitle(u"project_manager_id"_s) + u" *"_s, m_pm);
    m_widgets.insert(u"project_manager_id"_s, m_pm);

    m_consultants = new QListWidget(this);
    m_consultants->setObjectName(u"consultant_ids"_s);
    m_consultants->setMinimumHeight(120);
    QList<qint64> team;
    if (auto ids = m_service.consultants(m_id); ids && m_on == On::Project)
        team = *ids;
    if (auto people = m_service.candidates(Role::Consultant))
        for (const StaffLoad &s : *people) {
            auto *item = new QListWidgetItem(loadText(s), m_consultants);
            item->setData(Qt::UserRole, s.staffId);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(team.contains(s.staffId) ? Qt::Checked : Qt::Unchecked);
        }
    m_form->addRow(project::fieldTitle(u"consultant_ids"_s) + u" *"_s, m_consultants);
    m_widgets.insert(u"consultant_ids"_s, m_consultants);
    m_form->addRow(QString(), new QLabel(tr("Each person's load: projects not yet closed, and the working days "
                                            "their projects' stages plan for this month."),
                                         this));
}

void ProjectActionDialog::addTemplates(const QVariantMap &projectRow)
{
    m_template = new QComboBox(this);
    m_template->setObjectName(u"template_id"_s);
    if (auto list = m_service.templates(projectRow.value(u"product_id"_s).toLongLong()))
        for (const auto &[id, name] : *list) {
            QStringList stages;
            if (auto s = m_service.templateStages(id))
                for (const TemplateStage &t : *s)
                    stages << tr("%1 (%n working day(s))", nullptr, t.workingDays).arg(t.name);
            m_template->addItem(name, id);
            m_template->setItemData(m_template->count() - 1, stages.join(u"\n"_s), Qt::ToolTipRole);
        }
    m_form->addRow(project::fieldTitle(u"template_id"_s) + u" *"_s, m_template);
    m_widgets.insert(u"template_id"_s, m_template);
    auto *preview = new QLabel(this);
    preview->setObjectName(u"templatePreview"_s);
    preview->setWordWrap(true);
    auto update = [this, preview] {
        const QString text = m_template->currentData(Qt::ToolTipRole).toString();
        preview->setText(text.isEmpty() ? tr("The project's product has no plan template: add the stages one by one.")
                                        : text);
    };
    connect(m_template, &QComboBox::currentIndexChanged, this, update);
    update();
    m_form->addRow(QString(), preview);
    // The plan starts on the next working day unless the project manager says otherwise.
    addDate(u"start_date"_s, centerToday().addDays(1));
}

QVariantMap ProjectActionDialog::fields() const
{
    QVariantMap out;
    for (auto it = m_widgets.cbegin(); it != m_widgets.cend(); ++it) {
        const QString &key = it.key();
        if (auto *line = qobject_cast<QLineEdit *>(it.value()))
            out.insert(key, line->text());
        else if (auto *text = qobject_cast<QPlainTextEdit *>(it.value()))
            out.insert(key, text->toPlainText());
        else if (auto *date = qobject_cast<QDateEdit *>(it.value())) {
            if (date->date() != date->minimumDate())
                out.insert(key, date->date().toString(Qt::ISODate));
        }
    }
    if (m_pm && m_pm->currentIndex() >= 0)
        out.insert(u"project_manager_id"_s, m_pm->currentData());
    if (m_consultants) {
        QVariantList ids;
        for (int i = 0; i < m_consultants->count(); ++i)
            if (m_consultants->item(i)->checkState() == Qt::Checked)
                ids << m_consultants->item(i)->data(Qt::UserRole);
        out.insert(u"consultant_ids"_s, ids);
    }
    if (m_template && m_template->currentIndex() >= 0)
        out.insert(u"template_id"_s, m_template->currentData());
    return out;
}

QString ProjectActionDialog::errorText() const { return m_error->isVisible() ? m_error->text() : QString(); }

void ProjectActionDialog::accept()
{
    m_error->clearError();
    const QVariantMap f = fields();
    auto done = m_on == On::Project ? m_service.act(m_session, m_id, m_version, m_action, f)
                                    : m_service.actOnStage(m_session, m_id, m_version, m_action, f);
    if (!done) {
        const QString field = done.error().field;
        m_error->showError(done.error(), m_widgets.value(field), field.isEmpty() ? QString() : project::fieldTitle(field));
        return;
    }
    QDialog::accept();
}

// ---------------------------------------------------------------------------------------------

LogDayDialog::LogDayDialog(const ProjectService &service, const Session &session, const QList<Stage> &stages,
                           const QDate &day, QWidget *parent)
    : QDialog(parent), m_service(service), m_session(session)
{
    setObjectName(u"logDayDialog"_s);
    setWindowModality(Qt::WindowModal);
    setWindowTitle(tr("Confirm a day of the implementation log"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_stage = new QComboBox(this);
    m_stage->setObjectName(u"stage_id"_s);
    for (const Stage &s : stages)
        m_stage->addItem(u"%1. %2"_s.arg(s.seq).arg(s.name), s.id);
    m_day = new QDateEdit(this);
    m_day->setObjectName(u"work_date"_s);
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_day->setDate(day.isValid() ? day : centerToday());
    m_workDone = new QPlainTextEdit(this);
    m_workDone->setObjectName(u"work_done"_s);
    m_workDone->setTabChangesFocus(true);
    m_workDone->setMaximumHeight(90);
    m_hours = new QDoubleSpinBox(this);
    m_hours->setObjectName(u"hours"_s);
    m_hours->setRange(0, 24);
    m_hours->setSingleStep(0.5);
    m_hours->setDecimals(1);
    m_hours->setValue(8);
    m_issues = new QPlainTextEdit(this);
    m_issues->setObjectName(u"issues"_s);
    m_issues->setTabChangesFocus(true);
    m_issues->setMaximumHeight(60);
    m_contact = new QLineEdit(this);
    m_contact->setObjectName(u"customer_contact"_s);
    form->addRow(project::fieldTitle(u"stage_name"_s) + u" *"_s, m_stage);
    form->addRow(project::fieldTitle(u"work_date"_s) + u" *"_s, m_day);
    form->addRow(project::fieldTitle(u"work_done"_s) + u" *"_s, m_workDone);
    form->addRow(project::fieldTitle(u"hours"_s) + u" *"_s, m_hours);
    form->addRow(project::fieldTitle(u"issues"_s), m_issues);
    form->addRow(project::fieldTitle(u"customer_contact"_s) + u" *"_s, m_contact);
    layout->addLayout(form);
    auto *hint = new QLabel(tr("A second confirmation of the same day replaces the entry."), this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_error = new DialogErrorLine(this);
    layout->addWidget(m_error);
    layout->addWidget(okCancel(this, tr("Confirm the day")));
    resize(520, sizeHint().height());
}

QString LogDayDialog::errorText() const { return m_error->isVisible() ? m_error->text() : QString(); }

void LogDayDialog::accept()
{
    m_error->clearError();
    LogEntry e;
    e.stageId = m_stage->currentData().toLongLong();
    e.workDate = m_day->date();
    e.workDone = m_workDone->toPlainText();
    e.hours = m_hours->value();
    e.issues = m_issues->toPlainText();
    e.customerContact = m_contact->text();
    auto id = m_service.logDay(m_session, e);
    if (!id) {
        const QString field = id.error().field;
        const QHash<QString, QWidget *> widgets{{u"work_date"_s, m_day}, {u"work_done"_s, m_workDone},
                                                {u"hours"_s, m_hours}, {u"issues"_s, m_issues},
                                                {u"customer_contact"_s, m_contact}};
        m_error->showError(id.error(), widgets.value(field), field.isEmpty() ? QString() : project::fieldTitle(field));
        return;
    }
    m_saved = *id;
    QDialog::accept();
}

// ---------------------------------------------------------------------------------------------

ApplyProjectDialog::ApplyProjectDialog(const Database &db, const ProjectService &service, const Session &session,
                                       qint64 customerId, QWidget *parent)
    : QDialog(parent), m_db(db), m_service(service), m_session(session)
{
    setObjectName(u"applyProjectDialog"_s);
    setWindowModality(Qt::WindowModal);
    setWindowTitle(tr("Open an implementation project"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_search = new SearchLine(this);
    m_search->setObjectName(u"customerSearch"_s);
    m_search->setPlaceholderText(tr("Customer name, service code or phone"));
    m_customers = new QListWidget(this);
    m_customers->setObjectName(u"customer_id"_s);
    m_customers->setMaximumHeight(110);
    m_title = new QLineEdit(this);
    m_title->setObjectName(u"title"_s);
    m_product = new QComboBox(this);
    m_product->setObjectName(u"product_id"_s);
    m_need = new QComboBox(this);
    m_need->setObjectName(u"need_id"_s);
    m_need->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_need->setMinimumContentsLength(30);
    m_modules = new QLineEdit(this);
    m_modules->setObjectName(u"modules"_s);
    m_goals = new QPlainTextEdit(this);
    m_goals->setObjectName(u"goals"_s);
    m_goals->setTabChangesFocus(true);
    m_goals->setMaximumHeight(70);
    m_budget = new QSpinBox(this);
    m_budget->setObjectName(u"budgeted_days"_s);
    m_budget->setRange(0, 10000);
    m_budget->setValue(20);
    form->addRow(project::fieldTitle(u"customer_id"_s) + u" *"_s, m_search);
    form->addRow(QString(), m_customers);
    form->addRow(tr("From the first visit's need"), m_need);
    form->addRow(project::fieldTitle(u"title"_s) + u" *"_s, m_title);
    form->addRow(project::fieldTitle(u"product_id"_s), m_product);
    form->addRow(project::fieldTitle(u"modules"_s), m_modules);
    form->addRow(project::fieldTitle(u"goals"_s), m_goals);
    form->addRow(project::fieldTitle(u"budgeted_days"_s) + u" *"_s, m_budget);
    layout->addLayout(form);
    m_error = new DialogErrorLine(this);
    layout->addWidget(m_error);
    layout->addWidget(okCancel(this, tr("Open the project")));
    connect(m_search, &SearchLine::searchChanged, this, &ApplyProjectDialog::findCustomers);
    connect(m_customers, &QListWidget::currentRowChanged, this, &ApplyProjectDialog::customerChosen);
    connect(m_product, &QComboBox::currentIndexChanged, this,
            [this] { m_modules->setText(m_product->currentData(Qt::UserRole + 1).toString()); });
    // A need chosen: its description is the project's goals unless some were typed.
    connect(m_need, &QComboBox::currentIndexChanged, this, [this] {
        const QString description = m_need->currentData(Qt::UserRole + 1).toString();
        if (!description.isEmpty() && m_goals->toPlainText().trimmed().isEmpty())
            m_goals->setPlainText(description);
    });
    if (customerId > 0) {
        if (auto c = CustomerRepository(m_db).get(customerId)) {
            auto *item = new QListWidgetItem(c->name, m_customers);
            item->setData(Qt::UserRole, customerId);
            m_customers->setCurrentRow(0);
            m_search->setText(c->name);
        }
    }
    resize(560, sizeHint().height());
}

void ApplyProjectDialog::findCustomers(const QString &text)
{
    m_customers->clear();
    if (text.trimmed().size() < 2)
        return;
    auto rows = CustomerRepository(m_db).lookup(text, 20);
    if (!rows)
        return;
    for (const CustomerRow &r : *rows) {
        auto *item = new QListWidgetItem(r.serviceCode.isEmpty() ? r.name : u"%1 · %2"_s.arg(r.name, r.serviceCode), m_customers);
        item->setData(Qt::UserRole, r.id);
    }
    if (m_customers->count() > 0)
        m_customers->setCurrentRow(0);
}

void ApplyProjectDialog::customerChosen()
{
    m_product->clear();
    m_need->clear();
    m_need->addItem(tr("None: opened by hand"), qint64(0));
    auto *item = m_customers->currentItem();
    if (!item)
        return;
    if (auto needs = m_service.openNeeds(item->data(Qt::UserRole).toLongLong())) {
        for (const firstvisit::Need &n : *needs) {
            const QString when = n.workDay.isValid() ? n.workDay.toString(Qt::ISODate) : QString();
            m_need->addItem(u"%1 · %2"_s.arg(when, n.description.left(60)), n.id);
            m_need->setItemData(m_need->count() - 1, n.description, Qt::UserRole + 1);
            m_need->setItemData(m_need->count() - 1, n.description, Qt::ToolTipRole);
        }
        // Nothing is taken up unless the manager chooses it.
        if (m_need->count() > 1)
            m_need->setItemText(0, tr("None: opened by hand (%1 waiting)").arg(m_need->count() - 1));
    }
    auto c = CustomerRepository(m_db).get(item->data(Qt::UserRole).toLongLong());
    if (!c)
        return;
    for (const PurchasedProduct &p : c->products) {
        m_product->addItem(p.productVersion.isEmpty() ? p.product : p.product + u" "_s + p.productVersion, p.productId);
        m_product->setItemData(m_product->count() - 1, p.modules, Qt::UserRole + 1);
    }
    if (m_title->text().isEmpty() && !c->products.isEmpty())
        m_title->setText(tr("%1 %2 implementation").arg(c->name, c->products.first().product));
}

QString ApplyProjectDialog::errorText() const { return m_error->isVisible() ? m_error->text() : QString(); }

void ApplyProjectDialog::accept()
{
    m_error->clearError();
    ProjectApplication a;
    a.customerId = m_customers->currentItem() ? m_customers->currentItem()->data(Qt::UserRole).toLongLong() : 0;
    a.title = m_title->text();
    a.productId = m_product->currentData().toLongLong();
    a.modules = m_modules->text();
    a.goals = m_goals->toPlainText();
    a.budgetedDays = m_budget->value();
    a.needId = m_need->currentData().toLongLong();
    auto id = m_service.apply(m_session, a);
    if (!id) {
        const QString field = id.error().field;
        const QHash<QString, QWidget *> widgets{{u"customer_id"_s, m_search}, {u"title"_s, m_title},
                                                {u"product_id"_s, m_product}, {u"modules"_s, m_modules},
                                                {u"need_id"_s, m_need},
                                                {u"goals"_s, m_goals}, {u"budgeted_days"_s, m_budget}};
        m_error->showError(id.error(), widgets.value(field), field.isEmpty() ? QString() : project::fieldTitle(field));
        return;
    }
    m_saved = *id;
    QDialog::accept();
}

} // namespace sd::ui
