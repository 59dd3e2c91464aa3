#pragma once

#include "core/projects/project.h"
#include "core/records/customer.h"

#include <QWidget>
#include <optional>

class QLabel;
class QTableWidget;
class QVBoxLayout;

namespace sd::ui {

/// A read-only card of one customer, what every desk shows when the customer calls: name,
/// key-customer / VIP badges, region, codes, contract status and entitlements, products and
/// contacts. It holds a copy of the customer and redraws itself when the language changes.
class CustomerCardWidget final : public QWidget
{
    Q_OBJECT
public:
    explicit CustomerCardWidget(QWidget *parent = nullptr);

    void setCustomer(const sd::core::Customer &c);
    void clear();
    bool hasCustomer() const { return m_customer.has_value(); }
    /// The compact "recent records" section (rich-text lines: number, state, date); empty hides it.
    void setRecentRecords(const QStringList &lines);
    /// The customer's implementation projects (number, name, state, health); empty hides it.
    void setProjects(const QList<sd::core::ProjectRow> &projects);
    /// The "training record" section: who of the customer's people took which course and
    /// whether they passed (rich-text lines, latest first); empty hides it.
    void setTrainingRecord(const QStringList &lines);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslateUi();
    void render();
    void renderContract(const QDate &today);
    void updateContactLayout();
    void renderProjects();

    std::optional<sd::core::Customer> m_customer;
    QWidget *m_body = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_keyBadge = nullptr;
    QLabel *m_vipBadge = nullptr;
    QLabel *m_regionLabel = nullptr;
    QLabel *m_region = nullptr;
    QLabel *m_addressLabel = nullptr;
    QLabel *m_address = nullptr;
    QLabel *m_codeLabel = nullptr;
    QLabel *m_code = nullptr;
    QLabel *m_dongleLabel = nullptr;
    QLabel *m_dongle = nullptr;
    QLabel *m_contractLabel = nullptr;
    QLabel *m_contract = nullptr;
    QLabel *m_entitlementsLabel = nullptr;
    QLabel *m_entitlements = nullptr;
    QLabel *m_productsLabel = nullptr;
    QLabel *m_products = nullptr;
    QLabel *m_contactsLabel = nullptr;
    QTableWidget *m_contacts = nullptr;
    QWidget *m_contactLines = nullptr;
    QVBoxLayout *m_contactLinesLayout = nullptr;
    QLabel *m_recentLabel = nullptr;
    QLabel *m_recent = nullptr;
    QStringList m_recentLines;
    QLabel *m_projectsLabel = nullptr;
    QLabel *m_projects = nullptr;
    QList<sd::core::ProjectRow> m_projectRows;
    QLabel *m_trainingLabel = nullptr;
    QLabel *m_training = nullptr;
};

} // namespace sd::ui
