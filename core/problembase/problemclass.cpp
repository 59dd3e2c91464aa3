#include "core/problembase/problemclass.h"

#include <QCoreApplication>

namespace sd::core {

namespace problemclass {

const QStringList &all()
{
    static const QStringList keys = {SoftwareBug, DataProblem, NewRequirement, Environment, Operation, Consultation};
    return keys;
}

bool isKnown(const QString &key) { return all().contains(key); }

QString title(const QString &key)
{
    if (key == SoftwareBug)
        return QCoreApplication::translate("sd::core::ProblemClass", "Software bug");
    if (key == DataProblem)
        return QCoreApplication::translate("sd::core::ProblemClass", "Data problem");
    if (key == NewRequirement)
        return QCoreApplication::translate("sd::core::ProblemClass", "New requirement");
    if (key == Environment)
        return QCoreApplication::translate("sd::core::ProblemClass", "Environment problem");
    if (key == Operation)
        return QCoreApplication::translate("sd::core::ProblemClass", "Operation problem");
    if (key == Consultation)
        return QCoreApplication::translate("sd::core::ProblemClass", "Consultation");
    return key;
}

} // namespace problemclass

namespace faultlevel {

bool isValid(int level) { return level >= 1 && level <= 4; }

QString title(int level)
{
    switch (level) {
    case 1: return QCoreApplication::translate("sd::core::ProblemClass", "1 – system down");
    case 2: return QCoreApplication::translate("sd::core::ProblemClass", "2 – risk of going down");
    case 3: return QCoreApplication::translate("sd::core::ProblemClass", "3 – degraded or partial");
    case 4: return QCoreApplication::translate("sd::core::ProblemClass", "4 – intermittent or indirect");
    default: return QString::number(level);
    }
}

} // namespace faultlevel

} // namespace sd::core
