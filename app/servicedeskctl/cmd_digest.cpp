// digest --date YYYY-MM-DD [--department ID] [--csv FILE] [--pdf FILE]: the first-visit needs
// hand-off digest of a working day, per department (core/firstvisit, render/firstvisitdigest).
#include "cli.h"

#include "core/common/privatefiles.h"

#include "core/auth/permissions.h"
#include "core/calendar/calendarrepository.h"
#include "core/firstvisit/digestservice.h"
#include "core/firstvisit/firstvisit.h"
#include "render/firstvisitdigest.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace sd::core;
using namespace sd::core::firstvisit;

namespace sd::ctl {

namespace {

QString shown(const QString &path) { return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()); }

QString when(qint64 ms, const QTimeZone &zone)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, zone).toString(u"yyyy-MM-dd HH:mm"_s) : QString();
}

QJsonObject needJson(const Need &n, const QTimeZone &zone)
{
    return {{u"id"_s, n.id},
            {u"first_visit_id"_s, n.firstVisitId},
            {u"customer_id"_s, n.customerId},
            {u"customer"_s, n.customerName},
            {u"contact"_s, n.contact},
            {u"phone"_s, n.phone},
            {u"type"_s, n.type},
            {u"description"_s, n.description},
            {u"state"_s, n.state},
            {u"taken_up_type"_s, n.takenUpType},
            {u"taken_up_id"_s, n.takenUpId},
            {u"recorded_at"_s, when(n.recordedAt, zone)},
            {u"recorded_by"_s, n.recordedByName}};
}

} // namespace

int runDigestCommand(Cli &cli)
{
    const QCommandLineOption dateOption(u"date"_s, QCoreApplication::translate("servicedeskctl", "The working day (YYYY-MM-DD; default: today)."),
                                        QCoreApplication::translate("servicedeskctl", "date"));
    const QCommandLineOption departmentOption(u"department"_s,
                                              QCoreApplication::translate("servicedeskctl", "Only this department (its id or name)."),
                                              QCoreApplication::translate("servicedeskctl", "department"));
    const QCommandLineOption csvOption(u"csv"_s, QCoreApplication::translate("servicedeskctl", "Write the digest as CSV to this file."),
                                       QCoreApplication::translate("servicedeskctl", "file"));
    const QCommandLineOption pdfOption(u"pdf"_s, QCoreApplication::translate("servicedeskctl", "Write the digest as PDF to this file."),
                                       QCoreApplication::translate("servicedeskctl", "file"));
    if (auto done = cli.parseCommand(
            QCoreApplication::translate("servicedeskctl",
                                        "The first-visit needs recorded on a working day, one digest per department head. Days "
                                        "whose closing time has passed are stored on the way (as at closing time); a day not "
                                        "closed yet shows what is recorded so far. Prints the digest (text, or --json) unless "
                                        "--csv or --pdf is given. Needs --as (sales, first-visit agent, a department "
                                        "head or an administrator)."),
            {dateOption, departmentOption, csvOption, pdfOption}))
        return *done;
    if (auto bad = cli.expectArguments(0))
        return *bad;
    auto a = loginAs(cli);
    if (!a)
        return a.error();
    // Who sees the digests on the desk (the First visit page): its roles, or the head of a department.
    RoleSet roles = submitRoles();
    roles.unite(workRoles()).unite(handOffRoles());
    if (!a->who.hasAny(roles)) {
        auto heads = a->db.scalar(u"SELECT COUNT(*) FROM departments WHERE head_id = ?"_s, {a->who.staffId});
        if (!heads)
            return cli.out().fail(heads.error());
        if (heads->toInt() == 0)
            if (auto ok = requireRoles(a->db, a->who, roles,
                                       QCoreApplication::translate("servicedeskctl", "Read the first-visit needs digest"),
                                       u"first_visit_digests"_s);
                !ok)
                return cli.out().fail(ok.error());
    }
    const Database *db = &a->db;
    auto calendar = CalendarRepository(*db).load();
    if (!calendar)
        return cli.out().fail(calendar.error());
    const QTimeZone zone = calendar->timeZone();
    QDate day = QDateTime::fromMSecsSinceEpoch(Database::nowMs(), zone).date();
    if (cli.parser().isSet(dateOption)) {
        day = QDate::fromString(cli.parser().value(dateOption), Qt::ISODate);
        if (!day.isValid())
            return cli.out().usage(QCoreApplication::translate("servicedeskctl", "--date takes YYYY-MM-DD, not \"%1\".")
                                       .arg(cli.parser().value(dateOption)));
    }
    qint64 departmentId = 0;
    if (cli.parser().isSet(departmentOption)) {
        const QString given = cli.parser().value(departmentOption).trimmed();
        bool numeric = false;
        departmentId = given.toLongLong(&numeric);
        auto found = numeric ? db->scalar(u"SELECT id FROM departments WHERE id = ?"_s, {departmentId})
                             : db->scalar(u"SELECT id FROM departments WHERE name = ? OR name_en = ?"_s, {given, given});
        if (!found)
            return cli.out().fail(found.error());
        if (!found->isValid())
            return cli.out().fail(Error::make(ErrorCode::NotFound,
                                              QCoreApplication::translate("servicedeskctl", "No department \"%1\".").arg(given)));
        departmentId = found->toLongLong();
    }

    DigestService service(*db, *calendar);
    auto digests = service.forDay(day, departmentId, Database::nowMs());
    if (!digests)
        return cli.out().fail(digests.error());

    int needs = 0;
    QJsonArray jsonDigests;
    for (const Digest &g : std::as_const(*digests)) {
        needs += int(g.needs.size());
        QJsonArray jsonNeeds;
        for (const Need &n : g.needs)
            jsonNeeds.append(needJson(n, zone));
        jsonDigests.append(QJsonObject{{u"id"_s, g.id},
                                       {u"department_id"_s, g.departmentId},
                                       {u"department"_s, g.departmentName},
                                       {u"head"_s, g.headName},
                                       {u"state"_s, g.isPreview() ? u"preview"_s : g.state},
                                       {u"built_at"_s, when(g.builtAt, zone)},
                                       {u"handed_off_at"_s, when(g.handedOffAt, zone)},
                                       {u"handed_off_by"_s, g.handedOffByName},
                                       {u"needs"_s, jsonNeeds}});
    }
    QJsonObject json{{u"date"_s, day.toString(Qt::ISODate)}, {u"departments"_s, int(digests->size())},
                     {u"needs"_s, needs}};

    const bool toFiles = cli.parser().isSet(csvOption) || cli.parser().isSet(pdfOption);
    if (toFiles) {
        QStringList written;
        if (cli.parser().isSet(csvOption)) {
            const QString path = cli.parser().value(csvOption);
            const QByteArray bytes = DigestService::toCsv(*digests);
            if (auto ok = privatefiles::write(path, bytes); !ok)
                return cli.out().fail(ok.error());
            json.insert(u"csv"_s, shown(path));
            written << shown(path);
        }
        if (cli.parser().isSet(pdfOption)) {
            const QString path = cli.parser().value(pdfOption);
            if (auto ok = sd::render::writeFirstVisitDigestPdf(*digests, day, path); !ok)
                return cli.out().fail(ok.error());
            json.insert(u"pdf"_s, shown(path));
            written << shown(path);
        }
        cli.out().result(json, QCoreApplication::translate("servicedeskctl", "Digest of %1: %2 needs in %3 departments, written to %4.")
                                   .arg(day.toString(Qt::ISODate))
                                   .arg(needs)
                                   .arg(digests->size())
                                   .arg(written.join(u", "_s)));
        return ExitOk;
    }

    json.insert(u"digests"_s, jsonDigests);
    QString text = QCoreApplication::translate("servicedeskctl", "First-visit needs digest of %1: %2 needs in %3 departments.\n")
                       .arg(day.toString(Qt::ISODate))
                       .arg(needs)
                       .arg(digests->size());
    for (const Digest &g : std::as_const(*digests)) {
        text += u"\n"_s + QCoreApplication::translate("servicedeskctl", "%1 — to %2 (%3)")
                              .arg(g.departmentName, g.headName.isEmpty() ? u"-"_s : g.headName, digestStateTitle(g.state));
        if (g.handedOffAt > 0)
            text += QCoreApplication::translate("servicedeskctl", ", handed off %1 by %2").arg(when(g.handedOffAt, zone), g.handedOffByName);
        text += u"\n"_s;
        QList<QStringList> rows;
        for (const Need &n : g.needs)
            rows.append({QString::number(n.id), n.customerName, n.contact, n.phone, needTypeTitle(n.type), n.description,
                         n.recordedByName, needStateTitle(n.state)});
        text += Output::table({QCoreApplication::translate("servicedeskctl", "NEED"), QCoreApplication::translate("servicedeskctl", "CUSTOMER"),
                               QCoreApplication::translate("servicedeskctl", "CONTACT"), QCoreApplication::translate("servicedeskctl", "PHONE"),
                               QCoreApplication::translate("servicedeskctl", "KIND"), QCoreApplication::translate("servicedeskctl", "DESCRIPTION"),
                               QCoreApplication::translate("servicedeskctl", "RECORDED BY"), QCoreApplication::translate("servicedeskctl", "STATE")},
                              rows);
    }
    if (digests->isEmpty())
        text += QCoreApplication::translate("servicedeskctl", "No needs were recorded on this day.\n");
    cli.out().result(json, text.trimmed());
    return ExitOk;
}

} // namespace sd::ctl
