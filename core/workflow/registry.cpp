#include "core/workflow/registry.h"

#include "core/auth/permissions.h"
#include "core/calendar/businesscalendar.h"
#include "core/records/recordstore.h"
#include "core/sla/slaclockservice.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace sd::core::workflow {

namespace {

bool isDigits(const QString &text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text)
        if (c < u'0' || c > u'9')
            return false;
    return true;
}

/// A date-time as a script writes it: ISO 8601 with or without seconds and offset, "T" or a
/// space between date and time; without an offset it is a local time in `zone`.
std::optional<qint64> parseDateTime(const QString &text, const QTimeZone &zone)
{
    QString t = text.trimmed();
    if (t.size() > 10 && t.at(10) == u' ')
        t[10] = u'T';
    QDateTime at = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!at.isValid())
        return std::nullopt;
    if (at.timeSpec() == Qt::LocalTime)
        at = QDateTime(at.date(), at.time(), zone);
    return at.isValid() ? std::optional<qint64>(at.toMSecsSinceEpoch()) : std::nullopt;
}

Result<QVariant> parseValue(const FieldSpec &spec, const QString &title, const QString &text, const QTimeZone &zone)
{
    const QString t = text.trimmed();
    const QString allowed = spec.allowed.join(u", "_s);
    switch (spec.type) {
    case FieldType::Text:
        return QVariant(text);
    case FieldType::Integer: {
        bool ok = false;
        const qint64 v = t.toLongLong(&ok);
        if (!ok)
            return failInvalid(spec.name, QCoreApplication::translate("sd::core::WorkflowRegistry", "“%1” (%2) takes a whole number, not “%3”.").arg(spec.name, title, text));
        if (!spec.allowed.isEmpty() && !spec.allowed.contains(QString::number(v)))
            return failInvalid(spec.name, QCoreApplication::translate("sd::core::WorkflowRegistry", "“%1” (%2) is one of: %3.").arg(spec.name, title, allowed));
        return QVariant(v);
    }
    case FieldType::Number: {
        bool ok = false;
        const double v = QLocale::c().toDouble(t, &ok);
        if (!ok)
            return failInvalid(spec.name, QCoreApplication::translate("sd::core::WorkflowRegistry", "“%1” (%2) takes a number, not “%3”.").arg(spec.name, title, text));
        return QVariant(v);
    }
    case FieldType::Date:
        if (!QDate::fromString(t, Qt::ISODate).isValid())
            return failInvalid(spec.name, QCoreApplication::translate("sd::core::WorkflowRegistry", "“%1” (%2) takes a date as YYYY-MM-DD, not “%3”.").arg(spec.name, title, text));
        return QVariant(t);
    case FieldType::DateTime: {
        const auto ms = parseDateTime(t, zone);
        if (!ms)
            return failInvalid(spec.name, QCoreApplication::translate("sd::core::WorkflowRegistry", "“%1” (%2) takes a date and time as YYYY-MM-DDTHH:MM, not “%3”.")
                                              .arg(spec.name, title, text));
        return QVariant(*ms);
    }
    case FieldType::Boolean: {
        const QString k = t.toLower();
        if (k == u"1"_s || k == u"yes"_s || k == u"true"_s)
            return QVariant(1);
        if (k == u"0"_s || k == u"no"_s || k == u"false"_s)
            return QVariant(0);
        return failInvalid(spec.name, QCoreApplication::translate("sd::core::WorkflowRegistry", "“%1” (%2) is yes or no, not “%3”.").arg(spec.name, title, text));
    }
    case FieldType::Choice:
        if (!spec.allowed.contains(t))
            return failInvalid(spec.name, QCoreApplication::translate("sd::core::WorkflowRegistry", "“%1” (%2) is one of: %3.").arg(spec.name, title, allowed));
        return QVariant(t);
    case FieldType::Choices: {
        QStringList keys;
        for (const QString &k : t.split(u',', Qt::SkipEmptyParts)) {
            if (!spec.allowed.contains(k.trimmed()))
                return failInvalid(spec.name, QCoreApplication::translate("sd::core::WorkflowRegistry", "“%1” (%2) takes keys of: %3 (comma-separated).").arg(spec.name, title, allowed));
            keys << k.trimmed();
        }
        return QVariant(keys.join(u','));
    }
    }
    return QVariant(text);
}

} // namespace

QString fieldTypeKey(FieldType type)
{
    switch (type) {
    case FieldType::Text: return u"text"_s;
    case FieldType::Integer: return u"integer"_s;
    case FieldType::Number: return u"number"_s;
    case FieldType::Date: return u"date"_s;
    case FieldType::DateTime: return u"datetime"_s;
    case FieldType::Boolean: return u"boolean"_s;
    case FieldType::Choice: return u"choice"_s;
    case FieldType::Choices: return u"choices"_s;
    }
    return u"text"_s;
}

Result<qint64> WorkflowAdapter::resolveId(const Database &db, const QString &text) const
{
    return idByNumber(db, table().recordTable(), {}, text);
}

Result<RecordView> WorkflowAdapter::create(const Database &, const Session &, const QVariantMap &) const
{
    return fail(ErrorCode::NotAllowedInState, QCoreApplication::translate("sd::core::WorkflowRegistry", "%1 are not created one by one: the workflows that need them create them.")
                                                  .arg(title()));
}

const QList<const WorkflowAdapter *> &all()
{
    static const QList<const WorkflowAdapter *> list = {&adapters::firstVisit(), &adapters::call(),
                                                        &adapters::dispatch(),   &adapters::returnVisit(),
                                                        &adapters::complaint(),  &adapters::problem(),
                                                        &adapters::project(),    &adapters::training()};
    return list;
}

const WorkflowAdapter *find(const QString &name)
{
    for (const WorkflowAdapter *w : all())
        if (w->name() == name)
            return w;
    return nullptr;
}

TransitionTable extended(const TransitionTable &base, const QList<Transition> &rows, const TransitionTable::Titles &more)
{
    using Title = std::function<QString(const QString &)>;
    auto chain = [](const Title &own, const Title &fallback) -> Title {
        return [own, fallback](const QString &key) {
            if (own)
                if (QString t = own(key); t != key)
                    return t;
            return fallback(key);
        };
    };
    const TransitionTable *b = &base;
    return TransitionTable(base.recordTable(), base.transitions() + rows,
                           {chain(more.state, [b](const QString &k) { return b->stateTitle(k); }),
                            chain(more.action, [b](const QString &k) { return b->actionTitle(k); }),
                            chain(more.field, [b](const QString &k) { return b->fieldTitle(k); })});
}

QList<ActionView> actions(const Database &db, const WorkflowAdapter &workflow, const Session &who,
                          const RecordView &record)
{
    const TransitionTable &table = workflow.table();
    // Roles and the rows' guards (the assigned engineer, the responsible person …), as `act`.
    QVariantMap row = record.fields;
    row.insert(u"id"_s, record.id);
    row.insert(u"state"_s, record.state);
    QList<ActionView> out;
    for (const Transition &t : allowedNow(db, who, table, row, InPlace::Include))
        out << ActionView{t.action, table.actionTitle(t.action), t.to, t.required};
    return out;
}

QStringList requiredBy(const WorkflowAdapter &workflow, const FieldSpec &field)
{
    QStringList out;
    if (field.requiredForNew)
        out << QString(kNew);
    for (const Transition &t : workflow.table().transitions())
        if (t.required.contains(field.name) && !out.contains(t.action))
            out << t.action;
    return out;
}

Result<QVariantMap> parseFields(const WorkflowAdapter &workflow, const QString &use,
                                const QList<std::pair<QString, QString>> &given, const QTimeZone &zone)
{
    const QList<FieldSpec> specs = workflow.fields();
    QVariantMap out;
    for (const auto &[name, text] : given) {
        const FieldSpec *spec = nullptr;
        for (const FieldSpec &s : specs)
            if (s.name == name && s.usedBy.contains(use))
                spec = &s;
        if (!spec) {
            QStringList names;
            for (const FieldSpec &s : specs)
                if (s.usedBy.contains(use))
                    names << s.name;
            const QString what = use == kNew ? QCoreApplication::translate("sd::core::WorkflowRegistry", "a new record") : u"“%1”"_s.arg(workflow.table().actionTitle(use));
            return failInvalid(name, QCoreApplication::translate("sd::core::WorkflowRegistry", "“%1” is not a field of %2; its fields: %3.")
                                         .arg(name, what, names.isEmpty() ? QCoreApplication::translate("sd::core::WorkflowRegistry", "none") : names.join(u", "_s)));
        }
        auto value = parseValue(*spec, workflow.table().fieldTitle(name), text, zone);
        if (!value)
            return std::unexpected(value.error());
        out.insert(name, *value);
    }
    return out;
}

QString isoLocal(qint64 ms, const QTimeZone &zone)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, zone).toString(Qt::ISODate) : QString();
}

RecordView recordView(const QVariantMap &row, const QString &numberColumn, const QTimeZone &zone,
                      const QStringList &timeColumns)
{
    // Written by the workflows for themselves (search index) or not text (a drawn signature).
    static const QStringList hidden = {u"id"_s, u"version"_s, u"state"_s, u"search_text"_s, u"signature"_s};
    RecordView v;
    v.id = row.value(u"id"_s).toLongLong();
    v.version = row.value(u"version"_s).toInt();
    v.state = row.value(u"state"_s).toString();
    if (!numberColumn.isEmpty())
        v.number = row.value(numberColumn).toString();
    for (auto it = row.cbegin(); it != row.cend(); ++it) {
        if (hidden.contains(it.key()) || it.value().typeId() == QMetaType::QByteArray)
            continue;
        if (it.key().endsWith(u"_at"_s) || timeColumns.contains(it.key())) {
            const qint64 ms = it.value().toLongLong();
            v.fields.insert(it.key(), ms > 0 ? QVariant(isoLocal(ms, zone)) : QVariant());
            continue;
        }
        v.fields.insert(it.key(), it.value().isNull() ? QVariant() : it.value());
    }
    return v;
}

Result<QList<Deadline>> deadlinesOf(const Database &db, const BusinessCalendar &calendar,
                                    const QStringList &recordTypes, qint64 recordId)
{
    SlaClockService clocks(db, calendar);
    const qint64 now = Database::nowMs();
    QList<Deadline> out;
    for (const QString &type : recordTypes) {
        auto list = clocks.forRecord(type, recordId);
        if (!list)
            return std::unexpected(list.error());
        for (const SlaClock &c : std::as_const(*list)) {
            const qint64 due = c.state == SlaClock::Stored::Paused ? 0 : c.dueAt;
            out << Deadline{c.target, due, isoLocal(due, calendar.timeZone()), slaStateKey(clocks.status(c, now).state)};
        }
    }
    return out;
}

Result<qint64> idByNumber(const Database &db, const QString &table, const QString &numberColumn, const QString &text)
{
    const QString t = text.trimmed();
    if (!isIdentifier(table) || (!numberColumn.isEmpty() && !isIdentifier(numberColumn)))
        return fail(ErrorCode::Database, u"idByNumber: not an identifier"_s);
    Result<QVariant> id = QVariant();
    if (isDigits(t))
        id = db.scalar(u"SELECT id FROM %1 WHERE id = ?"_s.arg(table), {t.toLongLong()});
    else if (!numberColumn.isEmpty() && !t.isEmpty())
        id = db.scalar(u"SELECT id FROM %1 WHERE %2 = ?"_s.arg(table, numberColumn), {t});
    if (!id)
        return std::unexpected(id.error());
    if (!id->isValid())
        return fail(ErrorCode::NotFound, numberColumn.isEmpty()
                                             ? QCoreApplication::translate("sd::core::WorkflowRegistry", "There is no record with the id “%1”.").arg(t)
                                             : QCoreApplication::translate("sd::core::WorkflowRegistry", "There is no record with the id or number “%1”.").arg(t));
    return id->toLongLong();
}

Status permitOnRecord(const Database &db, const Session &who, const TransitionTable &table, const ActRequest &request)
{
    auto record = RecordStore(db).load(table.recordTable(), request.recordId);
    if (!record)
        return std::unexpected(record.error());
    if (auto ok = permit(db, who, table, *record, request); !ok)
        return std::unexpected(ok.error());
    return {};
}

} // namespace sd::core::workflow
