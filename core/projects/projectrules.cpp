#include "core/projects/projectrules.h"

#include "core/projects/project.h"
#include "core/records/fieldrules.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace sd::core::project {

namespace {

namespace fr = fieldrules;

/// The longest text each field may hold.
const QHash<QString, int> &limits()
{
    static const QHash<QString, int> l = {
        {u"title"_s, fr::CompanyMax},          {u"modules"_s, fr::ShortTextMax},
        {u"goals"_s, fr::LongTextMax},         {u"stage_name"_s, fr::NameMax},
        {u"scope"_s, fr::LongTextMax},         {u"stage_goals"_s, fr::LongTextMax},
        {u"risks"_s, fr::LongTextMax},         {u"customer_expectations"_s, fr::LongTextMax},
        {u"deliverables"_s, fr::LongTextMax},  {u"reason"_s, fr::LongTextMax},
        {u"decision_note"_s, fr::ShortTextMax},{u"approval_note"_s, fr::ShortTextMax},
        {u"resume_note"_s, fr::ShortTextMax},  {u"review_note"_s, fr::LongTextMax},
        {u"return_reason"_s, fr::ShortTextMax},{u"filing_note"_s, fr::ShortTextMax},
        {u"delivery_note"_s, fr::LongTextMax}, {u"evaluation_note"_s, fr::LongTextMax},
        {u"work_done"_s, fr::LongTextMax},     {u"issues"_s, fr::LongTextMax},
        {u"customer_contact"_s, fr::NameMax},  {u"template_name"_s, fr::NameMax},
        {u"note"_s, fr::ShortTextMax},
    };
    return l;
}

} // namespace

Status checkText(const QString &field, const QString &value, bool required)
{
    return fr::text(field, fieldTitle(field), value, limits().value(field, fr::LongTextMax), required);
}

Status checkTextLimits(const QVariantMap &fields)
{
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        if (limits().contains(it.key()))
            if (auto ok = checkText(it.key(), it.value().toString()); !ok)
                return ok;
    return {};
}

QDate centerDay(const BusinessCalendar &calendar, qint64 nowMs)
{
    return QDateTime::fromMSecsSinceEpoch(nowMs, calendar.timeZone()).date();
}

Result<QDate> dateField(const QVariantMap &fields, const QString &field, bool required)
{
    const QString text = fields.value(field).toString().trimmed();
    if (text.isEmpty() && !required)
        return QDate();
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid())
        return failInvalid(field, QCoreApplication::translate("sd::core::Projects", "“%1” takes a date as YYYY-MM-DD, not “%2”.")
                                      .arg(fieldTitle(field), text));
    return d;
}

Status dateRange(const QVariantMap &fields, const QString &first, const QString &second, bool required)
{
    auto from = dateField(fields, first, required);
    if (!from)
        return std::unexpected(from.error());
    auto to = dateField(fields, second, required);
    if (!to)
        return std::unexpected(to.error());
    if (from->isValid() && to->isValid() && *to < *from)
        return failInvalid(second, QCoreApplication::translate("sd::core::Projects", "“%1” is before “%2”.")
                                       .arg(fieldTitle(second), fieldTitle(first)));
    return {};
}

Status requireRunning(const Database &db, qint64 projectId)
{
    auto state = db.scalar(u"SELECT state FROM projects WHERE id = ?"_s, {projectId});
    if (!state)
        return std::unexpected(state.error());
    if (runningStates().contains(state->toString()))
        return {};
    return fail(ErrorCode::NotAllowedInState,
                QCoreApplication::translate("sd::core::Projects", "The project is “%1”: its stages cannot be worked on now.")
                    .arg(stateTitle(state->toString())));
}

QList<qint64> idList(const QVariant &value)
{
    QList<qint64> out;
    QStringList parts;
    if (value.typeId() == QMetaType::QVariantList)
        for (const QVariant &v : value.toList())
            parts << v.toString();
    else if (value.typeId() == QMetaType::QStringList)
        parts = value.toStringList();
    else
        parts = value.toString().split(u',', Qt::SkipEmptyParts);
    for (const QString &p : parts) {
        bool ok = false;
        const qint64 id = p.trimmed().toLongLong(&ok);
        out << (ok ? id : 0);
    }
    return out;
}

} // namespace sd::core::project
