#pragma once

#include <QString>
#include <QStringList>

namespace sd::core {

/// Problem classes of seed 003 (SPEC §2), stored by key.
namespace problemclass {
inline const QString SoftwareBug = QStringLiteral("software_bug");
inline const QString DataProblem = QStringLiteral("data_problem");
inline const QString NewRequirement = QStringLiteral("new_requirement");
inline const QString Environment = QStringLiteral("environment_problem");
inline const QString Operation = QStringLiteral("operation_problem");
inline const QString Consultation = QStringLiteral("consultation");

/// Every key, in the order the desk offers them.
const QStringList &all();
bool isKnown(const QString &key);
/// The class's name in the current UI language.
QString title(const QString &key);
} // namespace problemclass

/// Fault levels of seed 004: 1 system down … 4 intermittent or indirect.
namespace faultlevel {
bool isValid(int level);
QString title(int level);   ///< "1 – system down / service interrupted", translated
} // namespace faultlevel

} // namespace sd::core
