// WORKFLOW list | show | actions | new | act | fields: every workflow (first visits, calls, on-site
// jobs, return visits, complaints, problem-base entries) through core's workflow registry — the
// same services, engine and permission checks as the desk.
#include "cli.h"

#include "core/calendar/calendarrepository.h"
#include "core/workflow/registry.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace sd::core;
using sd::core::workflow::WorkflowAdapter;

namespace sd::ctl {

namespace {

/// Reports a core error; an invalid field is named by its key as well, the word scripts write.
int failed(Cli &cli, Error e)
{
    if (e.code == ErrorCode::Invalid && !e.field.isEmpty() && !e.message.contains(e.field))
        e.message = QCoreApplication::translate("servicedeskctl", "%1 (field: %2)").arg(e.message, e.field);
    return cli.out().fail(e);
}

QJsonValue orNull(const QString &text) { return text.isEmpty() ? QJsonValue() : QJsonValue(text); }

QJsonObject recordJson(const WorkflowAdapter &w, const workflow::RecordView &v, bool full)
{
    QJsonObject o{{u"workflow"_s, w.name()},
                  {u"id"_s, v.id},
                  {u"number"_s, orNull(v.number)},
                  {u"state"_s, v.state},
                  {u"state_title"_s, w.table().stateTitle(v.state)},
                  {u"version"_s, v.version},
                  {u"customer"_s, v.customer},
                  {u"summary"_s, v.summary}};
    if (!full)
        return o;
    o.insert(u"fields"_s, QJsonObject::fromVariantMap(v.fields));
    QJsonArray deadlines;
    for (const workflow::Deadline &d : v.deadlines)
        deadlines.append(QJsonObject{{u"clock"_s, d.clock}, {u"due"_s, orNull(d.due)}, {u"state"_s, d.state}});
    o.insert(u"deadlines"_s, deadlines);
    return o;
}

/// A field's value as one line of text (lists and objects as compact JSON).
QString valueText(const QVariant &value)
{
    if (value.typeId() == QMetaType::QVariantList || value.typeId() == QMetaType::QVariantMap)
        return QString::fromUtf8(QJsonDocument::fromVariant(value).toJson(QJsonDocument::Compact));
    return value.toString().simplified();
}

QString recordText(const WorkflowAdapter &w, const workflow::RecordView &v)
{
    QList<QPair<QString, QString>> head = {
        {QCoreApplication::translate("servicedeskctl", "Record"), QCoreApplication::translate("servicedeskctl", "%1 (id %2)")
                                                                .arg(v.number.isEmpty() ? w.title() : w.title() + u' ' + v.number)
                                                                .arg(v.id)},
        {QCoreApplication::translate("servicedeskctl", "State"), u"%1 (%2)"_s.arg(w.table().stateTitle(v.state), v.state)},
        {QCoreApplication::translate("servicedeskctl", "Version"), QString::number(v.version)}};
    if (!v.customer.isEmpty())
        head.append({QCoreApplication::translate("servicedeskctl", "Customer"), v.customer});
    QString text = Output::keyValues(head);
    QList<QPair<QString, QString>> fields;
    for (auto it = v.fields.cbegin(); it != v.fields.cend(); ++it)
        if (const QString t = valueText(it.value()); !t.isEmpty())
            fields.append({it.key(), t});
    if (!fields.isEmpty())
        text += u'\n' + QCoreApplication::translate("servicedeskctl", "Fields:") + u'\n' + Output::keyValues(fields);
    if (!v.deadlines.isEmpty()) {
        QList<QStringList> rows;
        for (const workflow::Deadline &d : v.deadlines)
            rows.append({d.clock, d.due.isEmpty() ? QCoreApplication::translate("servicedeskctl", "(paused)") : d.due, d.state});
        text += u'\n' + QCoreApplication::translate("servicedeskctl", "Deadlines:") + u'\n' + Output::table({QCoreApplication::translate("servicedeskctl", "CLOCK"), QCoreApplication::translate("servicedeskctl", "DUE"), QCoreApplication::translate("servicedeskctl", "STATE")}, rows);
    }
    return text;
}

/// --field NAME=VALUE options as pairs, in order; a usage error when one is malformed or repeated.
std::expected<QList<std::pair<QString, QString>>, int> givenFields(Cli &cli, const QCommandLineOption &option)
{
    QList<std::pair<QString, QString>> out;
    QStringList seen;
    for (const QString &given : cli.parser().values(option)) {
        const qsizetype eq = given.indexOf(u'=');
        const QString name = eq > 0 ? given.left(eq).trimmed() : QString();
        if (name.isEmpty())
            return std::unexpected(cli.out().usage(QCoreApplication::translate("servicedeskctl", "--field takes NAME=VALUE, not \"%1\".").arg(given)));
        if (seen.contains(name))
            return std::unexpected(cli.out().usage(QCoreApplication::translate("servicedeskctl", "--field %1 is given twice.").arg(name)));
        seen << name;
        out.append({name, given.mid(eq + 1)});
    }
    return out;
}

/// The person acting (--as) and the record named by the first argument (its id or number),
/// or the exit code once reported.
struct ActingOn {
    Acting acting;
    qint64 id = 0;
};
std::expected<ActingOn, int> loginFor(Cli &cli, const WorkflowAdapter &w)
{
    auto a = loginAs(cli);
    if (!a)
        return std::unexpected(a.error());
    auto id = w.resolveId(a->db, cli.arguments().first());
    if (!id)
        return std::unexpected(failed(cli, id.error()));
    return ActingOn{*a, *id};
}

std::expected<QTimeZone, int> centerZone(Cli &cli, const Database &db)
{
    auto calendar = CalendarRepository(db).load();
    if (!calendar)
        return std::unexpected(failed(cli, calendar.error()));
    return calendar->timeZone();
}

QCommandLineOption fieldOption()
{
    return QCommandLineOption(u"field"_s, QCoreApplication::translate("servicedeskctl", "A field, as NAME=VALUE (repeat for more; see the fields subcommand)."),
                              QCoreApplication::translate("servicedeskctl", "NAME=VALUE"));
}

Positional idPositional()
{
    return {u"id"_s, QCoreApplication::translate("servicedeskctl", "The record's id, or its number (call no., job no., complaint no.)."), u"ID"_s};
}

int runFields(Cli &cli, const WorkflowAdapter &w)
{
    if (auto done = cli.parseCommand(QCoreApplication::translate("servicedeskctl", "Lists the fields new and the actions take: name, type, allowed values, "
                                        "which actions use each (* where it is required). Needs no database."),
                                     {}))
        return *done;
    if (auto bad = cli.expectArguments(0))
        return *bad;
    QJsonArray fields;
    QList<QStringList> rows;
    for (const workflow::FieldSpec &f : w.fields()) {
        const QStringList required = workflow::requiredBy(w, f);
        fields.append(QJsonObject{{u"name"_s, f.name},
                                  {u"type"_s, workflow::fieldTypeKey(f.type)},
                                  {u"title"_s, w.table().fieldTitle(f.name)},
                                  {u"allowed"_s, QJsonArray::fromStringList(f.allowed)},
                                  {u"used_by"_s, QJsonArray::fromStringList(f.usedBy)},
                                  {u"required_by"_s, QJsonArray::fromStringList(required)}});
        QStringList uses;
        for (const QString &u : f.usedBy)
            uses << (required.contains(u) ? u + u'*' : u);
        rows.append({f.name, workflow::fieldTypeKey(f.type), w.table().fieldTitle(f.name), f.allowed.join(u' '),
                     uses.join(u' ')});
    }
    QJsonArray states;
    QList<QStringList> stateRows;
    for (const QString &s : w.table().states()) {
        states.append(QJsonObject{{u"state"_s, s}, {u"title"_s, w.table().stateTitle(s)}});
        stateRows.append({s, w.table().stateTitle(s)});
    }
    QJsonArray actions;
    QList<QStringList> actionRows;
    QStringList seen;
    for (const workflow::Transition &t : w.table().transitions()) {
        if (seen.contains(t.action))
            continue;
        seen << t.action;
        actions.append(QJsonObject{{u"action"_s, t.action}, {u"title"_s, w.table().actionTitle(t.action)}});
        actionRows.append({t.action, w.table().actionTitle(t.action)});
    }
    cli.out().result({{u"workflow"_s, w.name()},
                      {u"title"_s, w.title()},
                      {u"creatable"_s, w.creatable()},
                      {u"fields"_s, fields},
                      {u"states"_s, states},
                      {u"actions"_s, actions}},
                     Output::table({QCoreApplication::translate("servicedeskctl", "FIELD"),
                                    QCoreApplication::translate("servicedeskctl", "TYPE"),
                                    QCoreApplication::translate("servicedeskctl", "TITLE"),
                                    QCoreApplication::translate("servicedeskctl", "ALLOWED"),
                                    QCoreApplication::translate("servicedeskctl", "USED BY (* required)")},
                                   rows)
                         + u'\n' + Output::table({QCoreApplication::translate("servicedeskctl", "STATE"), QCoreApplication::translate("servicedeskctl", "TITLE")}, stateRows) + u'\n'
                         + Output::table({QCoreApplication::translate("servicedeskctl", "ACTION"), QCoreApplication::translate("servicedeskctl", "TITLE")}, actionRows));
    return ExitOk;
}

int runList(Cli &cli, const WorkflowAdapter &w)
{
    const QCommandLineOption stateOption(u"state"_s, QCoreApplication::translate("servicedeskctl", "Only records in this state (see the fields subcommand)."),
                                         QCoreApplication::translate("servicedeskctl", "state"));
    const QCommandLineOption limitOption(u"limit"_s, QCoreApplication::translate("servicedeskctl", "At most this many records (default 50)."), QCoreApplication::translate("servicedeskctl", "N"), u"50"_s);
    if (auto done = cli.parseCommand(QCoreApplication::translate("servicedeskctl", "Lists records, newest first. Needs --as."), {stateOption, limitOption}))
        return *done;
    if (auto bad = cli.expectArguments(0))
        return *bad;
    const QString state = cli.parser().value(stateOption).trimmed();
    if (cli.parser().isSet(stateOption) && !w.table().states().contains(state))
        return cli.out().usage(QCoreApplication::translate("servicedeskctl", "%1: unknown state \"%2\"; use one of: %3.")
                                   .arg(w.name(), state, w.table().states().join(u", "_s)));
    bool ok = false;
    const int limit = cli.parser().value(limitOption).toInt(&ok);
    if (!ok || limit < 1)
        return cli.out().usage(QCoreApplication::translate("servicedeskctl", "--limit takes a number of 1 or more."));
    auto a = loginAs(cli);
    if (!a)
        return a.error();
    auto records = w.list(a->db, a->who, state, limit);
    if (!records)
        return failed(cli, records.error());
    QJsonArray json;
    QList<QStringList> rows;
    for (const workflow::RecordView &v : std::as_const(*records)) {
        json.append(recordJson(w, v, false));
        const QString summary = v.summary.size() > 40 ? v.summary.left(39) + u'…' : v.summary;
        rows.append({QString::number(v.id), v.number, w.table().stateTitle(v.state), v.customer, summary});
    }
    cli.out().result({{u"workflow"_s, w.name()}, {u"state"_s, orNull(state)}, {u"count"_s, json.size()},
                      {u"records"_s, json}},
                     rows.isEmpty() ? QCoreApplication::translate("servicedeskctl", "No records.")
                                    : Output::table({QCoreApplication::translate("servicedeskctl", "ID"), QCoreApplication::translate("servicedeskctl", "NUMBER"), QCoreApplication::translate("servicedeskctl", "STATE"), QCoreApplication::translate("servicedeskctl", "CUSTOMER"), QCoreApplication::translate("servicedeskctl", "SUMMARY")}, rows));
    return ExitOk;
}

int runShow(Cli &cli, const WorkflowAdapter &w, bool actionsOnly)
{
    if (auto done = cli.parseCommand(actionsOnly ? QCoreApplication::translate("servicedeskctl", "Lists the actions you may take on the record now, each with the "
                                                      "fields it must record. Needs --as.")
                                                 : QCoreApplication::translate("servicedeskctl", "Shows a record: its state, version, fields and deadlines. Needs --as."),
                                     {}, {idPositional()}))
        return *done;
    if (auto bad = cli.expectArguments(1))
        return *bad;
    auto on = loginFor(cli, w);
    if (!on)
        return on.error();
    const Acting &a = on->acting;
    auto record = w.show(a.db, a.who, on->id);
    if (!record)
        return failed(cli, record.error());
    if (!actionsOnly) {
        cli.out().result(recordJson(w, *record, true), recordText(w, *record));
        return ExitOk;
    }
    QJsonArray json;
    QList<QStringList> rows;
    for (const workflow::ActionView &act : workflow::actions(a.db, w, a.who, *record)) {
        json.append(QJsonObject{{u"action"_s, act.action},
                                {u"title"_s, act.title},
                                {u"to"_s, act.to},
                                {u"to_title"_s, w.table().stateTitle(act.to)},
                                {u"required"_s, QJsonArray::fromStringList(act.required)}});
        rows.append({act.action, act.title, w.table().stateTitle(act.to), act.required.join(u' ')});
    }
    QJsonObject result = recordJson(w, *record, false);
    result.insert(u"actions"_s, json);
    cli.out().result(result, rows.isEmpty()
                                 ? QCoreApplication::translate("servicedeskctl", "No action is open to %1 on this record now (%2).")
                                       .arg(a.who.login, w.table().stateTitle(record->state))
                                 : Output::table({QCoreApplication::translate("servicedeskctl", "ACTION"), QCoreApplication::translate("servicedeskctl", "TITLE"), QCoreApplication::translate("servicedeskctl", "LEADS TO"), QCoreApplication::translate("servicedeskctl", "REQUIRED FIELDS")}, rows));
    return ExitOk;
}

int runNew(Cli &cli, const WorkflowAdapter &w)
{
    const QCommandLineOption field = fieldOption();
    if (auto done = cli.parseCommand(QCoreApplication::translate("servicedeskctl", "Creates a record from its fields. Needs --as."), {field}))
        return *done;
    if (auto bad = cli.expectArguments(0))
        return *bad;
    if (!w.creatable())
        return cli.out().usage(QCoreApplication::translate("servicedeskctl", "%1: records are not created one by one here; the workflows that need them create them.")
                                   .arg(w.name()));
    auto given = givenFields(cli, field);
    if (!given)
        return given.error();
    auto a = loginAs(cli);
    if (!a)
        return a.error();
    auto zone = centerZone(cli, a->db);
    if (!zone)
        return zone.error();
    auto fields = workflow::parseFields(w, workflow::kNew, *given, *zone);
    if (!fields)
        return failed(cli, fields.error());
    auto created = w.create(a->db, a->who, *fields);
    if (!created)
        return failed(cli, created.error());
    cli.out().result(recordJson(w, *created, true), recordText(w, *created));
    return ExitOk;
}

int runAct(Cli &cli, const WorkflowAdapter &w)
{
    const QCommandLineOption field = fieldOption();
    const QCommandLineOption versionOption(u"version"_s,
                                           QCoreApplication::translate("servicedeskctl", "The version you saw (show prints it); a newer one is refused with exit 5. "
                                              "Default: the record's current version."),
                                           QCoreApplication::translate("servicedeskctl", "N"));
    if (auto done = cli.parseCommand(QCoreApplication::translate("servicedeskctl", "Takes an action on a record. Needs --as."), {field, versionOption},
                                     {idPositional(), {u"action"_s, QCoreApplication::translate("servicedeskctl", "The action (see the actions subcommand)."), u"ACTION"_s}}))
        return *done;
    if (auto bad = cli.expectArguments(2))
        return *bad;
    const QString action = cli.arguments().at(1);
    if (!w.table().knowsAction(action)) {
        QStringList known;
        for (const workflow::Transition &t : w.table().transitions())
            if (!known.contains(t.action))
                known << t.action;
        return cli.out().usage(QCoreApplication::translate("servicedeskctl", "%1: unknown action \"%2\"; use one of: %3.").arg(w.name(), action, known.join(u", "_s)));
    }
    std::optional<int> version;
    if (cli.parser().isSet(versionOption)) {
        bool ok = false;
        version = cli.parser().value(versionOption).toInt(&ok);
        if (!ok || *version < 1)
            return cli.out().usage(QCoreApplication::translate("servicedeskctl", "--version takes the record's version, a number of 1 or more."));
    }
    auto given = givenFields(cli, field);
    if (!given)
        return given.error();
    auto on = loginFor(cli, w);
    if (!on)
        return on.error();
    const Acting &a = on->acting;
    auto zone = centerZone(cli, a.db);
    if (!zone)
        return zone.error();
    auto fields = workflow::parseFields(w, action, *given, *zone);
    if (!fields)
        return failed(cli, fields.error());
    if (!version) {
        auto current = w.show(a.db, a.who, on->id);
        if (!current)
            return failed(cli, current.error());
        version = current->version;
    }
    auto done = w.act(a.db, a.who, on->id, action, *fields, *version);
    if (!done)
        return failed(cli, done.error());
    QJsonObject result = recordJson(w, *done, true);
    result.insert(u"action"_s, action);
    cli.out().result(result, QCoreApplication::translate("servicedeskctl", "%1: done.").arg(w.table().actionTitle(action)) + u"\n\n"_s + recordText(w, *done));
    return ExitOk;
}

} // namespace

QStringList workflowNames()
{
    QStringList names;
    for (const WorkflowAdapter *w : workflow::all())
        names << w->name();
    return names;
}

QStringList workflowSubcommands()
{
    return {u"list"_s, u"show"_s, u"actions"_s, u"new"_s, u"act"_s, u"fields"_s};
}

QString workflowHelp(const QString &name)
{
    const WorkflowAdapter *w = workflow::find(name);
    if (!w)
        return {};
    QString text = QCoreApplication::translate("servicedeskctl", "%1. Every subcommand but fields needs --as; that person's roles are checked as on the desk, "
                      "and every change goes through the same rules, audit trail and deadlines.\n\n"
                      "Subcommands:\n"
                      "  list [--state S] [--limit N]    records, newest first\n"
                      "  show ID                         a record: state, version, fields, deadlines\n"
                      "                                  (ID: the id, or the call/job/complaint number)\n"
                      "  actions ID                      the actions you may take now, with their required fields\n"
                      "  new [--field NAME=VALUE ...]    create a record\n"
                      "  act ID ACTION [--field NAME=VALUE ...] [--version N]\n"
                      "                                  take an action (without --version: on the current version)\n"
                      "  fields                          field names, types and allowed values\n\n"
                      "Exit codes: 0 ok; 1 invalid field (the message names it) or no such record; 2 usage;\n"
                      "4 your role may not do this; 5 stale version (says who saved it and when);\n"
                      "6 not possible in the record's state (says what is possible now). On every exit but 0\n"
                      "the records are unchanged (a refusal for the role is written to the audit trail).")
                       .arg(w->title());
    if (!w->creatable())
        text += u"\n"_s + QCoreApplication::translate("servicedeskctl", "%1 are not created here: the workflows that need them create them.").arg(w->title());
    return text;
}

int runWorkflowCommand(Cli &cli, const QString &name, const QString &sub)
{
    const WorkflowAdapter *w = workflow::find(name);
    if (!w)
        return cli.out().usage(QCoreApplication::translate("servicedeskctl", "Unknown workflow \"%1\".").arg(name));
    if (sub == u"fields"_s)
        return runFields(cli, *w);
    if (sub == u"list"_s)
        return runList(cli, *w);
    if (sub == u"show"_s || sub == u"actions"_s)
        return runShow(cli, *w, sub == u"actions"_s);
    if (sub == u"new"_s)
        return runNew(cli, *w);
    return runAct(cli, *w);
}

} // namespace sd::ctl
