// Demo set of the hotline desk (issue 4): problem base, duty roster, calls in every state.
// Also the bulk generator the benchmark uses for 100k entries and 1M calls.
#include "core/demo/demo_hotline.h"

#include "core/calendar/calendarrepository.h"
#include "core/hotline/dutyroster.h"
#include "core/hotline/hotlinecall.h"
#include "core/hotline/hotlineservice.h"
#include "core/problembase/problembaserepository.h"
#include "core/sla/slaclockservice.h"
#include "core/sla/slarepository.h"

#include <QElapsedTimer>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sd::core::demo {

namespace {

struct Template {
    const char16_t *product;
    const char16_t *module;
    const char16_t *cls;
    const char16_t *phenomenon;
    const char16_t *cause;
    const char16_t *solution;
    const char16_t *tags;
};

const QList<Template> &templates()
{
    static const QList<Template> t = {
#include "core/demo/demo_hotline_vocabulary.inc"
    };
    return t;
}

QString s(const char16_t *text) { return QString::fromUtf16(text); }

QStringList versionsOf(const QString &product)
{
    if (product == u"U8+"_s)
        return {u"V13.0"_s, u"V15.0"_s, u"V16.0"_s, u"V16.1"_s};
    if (product == u"T+"_s)
        return {u"12.3"_s, u"16.0"_s, u"17.0"_s};
    return {u"NC6.5"_s, u"NC Cloud 2021"_s, u"NC Cloud 2023"_s};
}

const QStringList kSituations = {QString(), u"升级后"_s, u"多用户同时操作时"_s, u"新建账套后"_s, u"年初"_s,
                                 u"远程登录时"_s, u"更换服务器后"_s, u"新员工操作时"_s};
const QStringList kCallerOpenings = {u"客户反映："_s, u"财务主管来电："_s, u"系统管理员反映："_s, QString(),
                                     u"客户在线咨询："_s, u"会计来电说"_s};

/// Multi-row prepared INSERTs: `rows` rows per statement, flushed as they fill.
class BulkInsert
{
public:
    BulkInsert(Database db, QString table, QStringList columns, int rows)
        : m_db(std::move(db)), m_table(std::move(table)), m_columns(std::move(columns)), m_rows(rows)
    {
    }
    Status add(const QVariantList &row)
    {
        m_pending << row;
        if (++m_count == m_rows)
            return flush();
        return {};
    }
    Status flush()
    {
        if (m_count == 0)
            return {};
        const bool full = m_count == m_rows;
        if (full && !m_prepared) {
            m_full = QSqlQuery(m_db.sql());
            if (!m_full.prepare(sql(m_rows)))
                return std::unexpected(sqlError(m_full));
            m_prepared = true;
        }
        QSqlQuery partial(m_db.sql());
        QSqlQuery &q = full ? m_full : partial;
        if (!full && !q.prepare(sql(m_count)))
            return std::unexpected(sqlError(q));
        for (int i = 0; i < m_pending.size(); ++i)
            q.bindValue(i, m_pending.at(i));
        if (!q.exec())
            return std::unexpected(sqlError(q));
        m_pending.clear();
        m_count = 0;
        return {};
    }

private:
    QString sql(int rows) const
    {
        QStringList marks(m_columns.size(), u"?"_s);
        const QString one = u"("_s + marks.join(u","_s) + u")"_s;
        QStringList all(rows, one);
        return u"INSERT INTO %1 (%2) VALUES %3"_s.arg(m_table, m_columns.join(u","_s), all.join(u","_s));
    }
    Database m_db;
    QString m_table;
    QStringList m_columns;
    int m_rows;
    QVariantList m_pending;
    int m_count = 0;
    QSqlQuery m_full;
    bool m_prepared = false;
};

struct CustomerInfo {
    QString name;
    QString contact;
    QString phone;
    qint64 contactId = 0;
    bool contractValid = true;
    QString family;   ///< "U8+", "T+" or "NC": the product line the customer bought (empty: any)
};

// Asia/Shanghai has kept UTC+8 without daylight saving since 1991: plain arithmetic is exact
// and a thousand times faster than a QTimeZone conversion per generated row.
constexpr qint64 kShanghaiOffsetMs = 8 * 3600 * 1000;
constexpr qint64 kDayMs = 86400 * 1000;

QDate localDay(qint64 ms) { return QDate(1970, 1, 1).addDays((ms + kShanghaiOffsetMs) / kDayMs); }

// A working moment `daysBack` days before now (skipping weekends), at a random working minute.
qint64 workingMoment(QRandomGenerator &rng, const QDate &today, int daysBack)
{
    QDate day = today.addDays(-daysBack);
    while (day.dayOfWeek() > 5)
        day = day.addDays(-1);
    const int minute = 8 * 60 + 30 + int(rng.bounded(9 * 60));
    return QDate(1970, 1, 1).daysTo(day) * kDayMs + qint64(minute) * 60000 - kShanghaiOffsetMs;
}

Status rebuildFts(const Database &db, const QString &fts, const QString &table, qint64 firstId, const QString &trigger)
{
    if (db.dialect() != Dialect::SQLite)
        return {};
    if (auto ok = db.exec(u"INSERT INTO %1 (rowid, body) SELECT id, search_text FROM %2 WHERE id >= ?"_s.arg(fts, table),
                          {firstId});
        !ok)
        return std::unexpected(ok.error());
    return db.execRaw(trigger);
}

QString insertTrigger(const QString &table, const QString &fts)
{
    return u"CREATE TRIGGER %1_fts_ai AFTER INSERT ON %1 BEGIN "
           "INSERT INTO %2(rowid, body) VALUES (new.id, new.search_text); END"_s.arg(table, fts);
}

Status fixSequence(const Database &db, const QString &table)
{
    if (db.dialect() != Dialect::PostgreSQL)
        return {};
    auto q = db.exec(u"SELECT setval(pg_get_serial_sequence('%1', 'id'), (SELECT MAX(id) FROM %1))"_s.arg(table));
    if (!q)
        return std::unexpected(q.error());
    while (q->next()) {
    }
    return {};
}

} // namespace

Result<HotlineBulkReport> generateHotlineBulk(const Database &db, const HotlineBulkOptions &o)
{
    QElapsedTimer dbgTimer;
    dbgTimer.start();
    // SD_BULK_TIMING=1 prints how long each stage took (for the benchmark's figures).
    auto lap = [&](const char *what) {
        if (qEnvironmentVariableIsSet("SD_BULK_TIMING"))
            qInfo("%s %lld ms", what, dbgTimer.restart());
    };
    HotlineBulkReport report;
    QRandomGenerator rng(o.seed ^ 0x4854u);
    const auto &tpl = templates();
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(o.nowMs, BusinessCalendar::defaultTimeZone());
    const bool lite = db.dialect() == Dialect::SQLite;
    auto maxId = [&](const QString &table) -> Result<qint64> {
        auto v = db.scalar(u"SELECT COALESCE(MAX(id), 0) FROM %1"_s.arg(table));
        if (!v)
            return std::unexpected(v.error());
        return v->toLongLong();
    };
    auto pick = [&](const QList<qint64> &ids) { return ids.isEmpty() ? QVariant() : QVariant(ids.at(int(rng.bounded(ids.size())))); };

    // ---- problem base
    auto firstEntry = maxId(u"problem_entries"_s);
    if (!firstEntry)
        return std::unexpected(firstEntry.error());
    const qint64 entryBase = *firstEntry + 1;
    if (lite)
        if (auto ok = db.execRaw(u"DROP TRIGGER IF EXISTS problem_entries_fts_ai"_s); !ok)
            return std::unexpected(ok.error());
    {
        BulkInsert bulk(db, u"problem_entries"_s,
                        {u"id"_s, u"phenomenon"_s, u"cause"_s, u"solution"_s, u"product"_s, u"product_version"_s,
                         u"module"_s, u"problem_class"_s, u"tags"_s, u"source_type"_s, u"author_id"_s, u"times_used"_s,
                         u"active"_s, u"search_text"_s, u"version"_s, u"created_at"_s, u"created_by"_s, u"updated_at"_s,
                         u"updated_by"_s},
                        40);
        for (int i = 0; i < o.entries; ++i) {
            const Template &t = tpl.at(i % tpl.size());
            const int variant = i / int(tpl.size());
            ProblemEntry e;
            e.product = s(t.product);
            const QStringList versions = versionsOf(e.product);
            e.productVersion = versions.at((i + variant) % versions.size());
            e.module = s(t.module);
            e.problemClass = s(t.cls);
            const QString situation = kSituations.at(variant % kSituations.size());
            e.phenomenon = situation.isEmpty() ? s(t.phenomenon)
                                               : situation + u"，"_s + s(t.phenomenon);
            if (o.varied && variant >= kSituations.size())
                e.phenomenon += u"（错误号 %1）"_s.arg(1000 + rng.bounded(98000));
            else if (variant >= kSituations.size())
                e.phenomenon += u"（%1）"_s.arg(e.productVersion);
            e.cause = s(t.cause);
            e.solution = s(t.solution);
            e.tags = s(t.tags);
            const qint64 at = o.nowMs - qint64(rng.bounded(400)) * 86400000LL;
            const QVariant author = pick(o.operatorIds);
            if (auto ok = bulk.add({entryBase + i, e.phenomenon, e.cause, e.solution, e.product, e.productVersion,
                                    e.module, e.problemClass, e.tags, i % 3 == 0 ? u"hotline_call"_s : u"manual"_s,
                                    author, int(rng.bounded(12)), 1, ProblemBaseRepository::searchText(e), 1, at,
                                    author, at, author});
                !ok)
                return std::unexpected(ok.error());
            ++report.entries;
        }
        if (auto ok = bulk.flush(); !ok)
            return std::unexpected(ok.error());
    }
    if (auto ok = rebuildFts(db, u"problem_fts"_s, u"problem_entries"_s, entryBase,
                             insertTrigger(u"problem_entries"_s, u"problem_fts"_s));
        !ok)
        return std::unexpected(ok.error());
    if (auto ok = fixSequence(db, u"problem_entries"_s); !ok)
        return std::unexpected(ok.error());

    lap("entries");
    // ---- customers the calls come from
    QHash<qint64, CustomerInfo> customers;
    {
        const QString today = now.date().toString(Qt::ISODate);
        auto q = db.exec(u"SELECT c.id, c.name, t.id, t.name, p.phone, "
                         "(SELECT COUNT(*) FROM contracts k WHERE k.customer_id = c.id AND k.starts_on <= ? AND k.ends_on >= ?), "
                         "(SELECT pr.name FROM customer_products cp JOIN products pr ON pr.id = cp.product_id "
                         "WHERE cp.customer_id = c.id ORDER BY cp.id LIMIT 1) "
                         "FROM customers c "
                         "LEFT JOIN contacts t ON t.id = (SELECT MIN(id) FROM contacts WHERE customer_id = c.id) "
                         "LEFT JOIN contact_phones p ON p.id = (SELECT MIN(id) FROM contact_phones WHERE contact_id = t.id) "
                         "WHERE c.id <= ?"_s,
                         {today, today, o.customers});
        if (!q)
            return std::unexpected(q.error());
        while (q->next()) {
            const QString product = q->value(6).toString();
            const QString family = product.contains(u"U8"_s) ? u"U8+"_s
                : product.contains(u"T+"_s) || product.contains(u"T3"_s) || product.contains(u"T6"_s) ? u"T+"_s
                : product.contains(u"NC"_s) || product.contains(u"YonSuite"_s) ? u"NC"_s
                                                                               : QString();
            customers.insert(q->value(0).toLongLong(), {q->value(1).toString(), q->value(3).toString(),
                                                        q->value(4).toString(), q->value(2).toLongLong(),
                                                        q->value(5).toInt() > 0, family});
        }
    }
    lap("customers");
    if (customers.isEmpty() || o.calls == 0)
        return report;

    // ---- calls
    auto firstCall = maxId(u"hotline_calls"_s);
    if (!firstCall)
        return std::unexpected(firstCall.error());
    const qint64 callBase = *firstCall + 1;
    if (lite)
        if (auto ok = db.execRaw(u"DROP TRIGGER IF EXISTS hotline_calls_fts_ai"_s); !ok)
            return std::unexpected(ok.error());
    // A big load builds the secondary indexes once at the end (a sort) instead of row by row.
    const QStringList callIndexes = {
        u"CREATE UNIQUE INDEX hotline_calls_no ON hotline_calls (call_no)"_s,
        u"CREATE INDEX hotline_calls_customer ON hotline_calls (customer_id, opened_at, id)"_s,
        u"CREATE INDEX hotline_calls_state ON hotline_calls (state, opened_at, id)"_s,
        u"CREATE INDEX hotline_calls_opened ON hotline_calls (opened_at, id)"_s};
    const bool rebuildIndexes = lite && o.calls >= 100000;
    if (rebuildIndexes)
        for (const QString &name : {u"hotline_calls_no"_s, u"hotline_calls_customer"_s, u"hotline_calls_state"_s,
                                    u"hotline_calls_opened"_s})
            if (auto ok = db.execRaw(u"DROP INDEX IF EXISTS "_s + name); !ok)
                return std::unexpected(ok.error());
    // State mix: the newest `openTail` calls are the desk's live work in every state; the
    // history before them is closed, apart from a few solved-unconfirmed and complaints.
    struct Weighted {
        QString state;
        int weight;
    };
    const QList<Weighted> liveMix = {{hotline::Solved, 20}, {hotline::Open, 12}, {hotline::OnHold, 14},
                                     {hotline::Remote, 10}, {hotline::OnsiteRequested, 14}, {hotline::Requirement, 10},
                                     {hotline::RequirementDecided, 6}, {hotline::HqSubmitted, 12},
                                     {hotline::HqAnswered, 6}, {hotline::ComplaintOpened, 4}};
    const QList<Weighted> historyMix = {{hotline::Closed, 94}, {hotline::Solved, 4}, {hotline::ComplaintOpened, 2}};
    auto draw = [&](const QList<Weighted> &mix) {
        int total = 0;
        for (const auto &w : mix)
            total += w.weight;
        int r = int(rng.bounded(total));
        for (const auto &w : mix) {
            if (r < w.weight)
                return w.state;
            r -= w.weight;
        }
        return mix.first().state;
    };
    QHash<QString, int> perDay;
    const QDate today = localDay(o.nowMs);

    QList<std::tuple<qint64, QString, qint64, qint64, int, qint64, QString, qint64>> live;   // for the clocks
    BulkInsert calls(db, u"hotline_calls"_s,
                     {u"id"_s, u"call_no"_s, u"state"_s, u"customer_id"_s, u"contact_id"_s, u"caller_name"_s,
                      u"caller_phone"_s, u"channel"_s, u"problem_class"_s, u"fault_level"_s, u"product"_s, u"module"_s,
                      u"description"_s, u"billing"_s, u"contract_valid"_s, u"complex"_s, u"operator_id"_s,
                      u"opened_at"_s, u"solution"_s, u"hold_reason"_s, u"callback_due_at"_s, u"remote_started_at"_s,
                      u"onsite_reason"_s, u"account_manager_id"_s, u"req_feasible"_s, u"req_man_days"_s,
                      u"req_fee"_s, u"req_decision"_s, u"req_decided_on"_s, u"hq_kind"_s, u"hq_reference"_s,
                      u"hq_submitted_at"_s, u"hq_answer"_s, u"complaint_note"_s, u"retraining_suggested"_s,
                      u"retraining_note"_s, u"solved_at"_s, u"closed_at"_s, u"search_text"_s, u"version"_s,
                      u"created_at"_s, u"created_by"_s, u"updated_at"_s, u"updated_by"_s},
                     20);
    BulkInsert links(db, u"hotline_call_entries"_s, {u"call_id"_s, u"entry_id"_s, u"applied_at"_s, u"applied_by"_s}, 100);
    QList<QVariantList> linkRows;   // inserted after the calls (foreign key)
    QList<qint64> customerIds = customers.keys();
    std::sort(customerIds.begin(), customerIds.end());   // QHash order is not repeatable
    // Calls are written in the order they came in, so that the time and number indexes grow at
    // their end (random order makes the bulk load several times slower).
    const int tail = qMin(o.openTail, o.calls);
    std::vector<std::pair<qint64, QString>> plan;
    plan.reserve(size_t(o.calls));
    for (int i = 0; i < o.calls - tail; ++i)
        plan.emplace_back(workingMoment(rng, today, 1 + int(rng.bounded(o.days))), draw(historyMix));
    std::sort(plan.begin(), plan.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    const size_t historyEnd = plan.size();
    for (int i = 0; i < tail; ++i) {
        const QString state = draw(liveMix);
        const bool recent = state == hotline::Open || state == hotline::OnHold || state == hotline::Remote;
        plan.emplace_back(recent ? o.nowMs - qint64(2 + rng.bounded(45)) * 60000
                                 : workingMoment(rng, today, 1 + int(rng.bounded(qMin(o.days, 14)))),
                          state);
    }
    std::sort(plan.begin() + qsizetype(historyEnd), plan.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    for (int i = 0; i < o.calls; ++i) {
        const QString &state = plan[size_t(i)].second;
        const bool live_ = state == hotline::Open || state == hotline::OnHold || state == hotline::Remote;
        // Live calls came in during the last hours; the others over the past weeks.
        const qint64 opened = plan[size_t(i)].first;
        const qint64 customerId = customerIds.at(int(rng.bounded(customerIds.size())));
        const CustomerInfo &cust = customers[customerId];
        // A problem with a product the customer has (a few draws, then any).
        int ti = int(rng.bounded(tpl.size()));
        for (int tries = 0; tries < 6 && !cust.family.isEmpty() && s(tpl.at(ti).product) != cust.family; ++tries)
            ti = int(rng.bounded(tpl.size()));
        const Template &t = tpl.at(ti);
        const QString cls = s(t.cls);
        const QDate day = localDay(opened);
        const QString dayKey = o.callNoPrefix + day.toString(u"yyyyMMdd"_s) + u"-"_s;
        const int seq = ++perDay[dayKey];
        HotlineCall c;
        c.callNo = dayKey + u"%1"_s.arg(seq, 4, 10, QChar(u'0'));
        c.callerName = cust.contact;
        c.callerPhone = cust.phone;
        c.product = s(t.product);
        c.module = s(t.module);
        c.description = kCallerOpenings.at(int(rng.bounded(kCallerOpenings.size()))) + s(t.phenomenon);
        if (o.varied)
            c.description += u"，单据号 %1"_s.arg(rng.bounded(1000000));
        const bool done = state == hotline::Closed || state == hotline::Solved;
        c.solution = done ? s(t.solution) : QString();
        const QVariant op = pick(o.operatorIds);
        const qint64 id = callBase + i;
        const int level = 1 + int(rng.bounded(100) < 8 ? 0 : rng.bounded(100) < 20 ? 1 : rng.bounded(100) < 70 ? 2 : 3);
        const bool valid = cust.contractValid;
        const QString billing = valid ? u"contract"_s : (rng.bounded(2) ? u"paid"_s : u"consultation"_s);
        const bool requirement = state == hotline::Requirement || state == hotline::RequirementDecided;
        const bool hq = state == hotline::HqSubmitted || state == hotline::HqAnswered;
        const QString callClass = requirement ? u"new_requirement"_s
            : hq ? u"software_bug"_s
                 : cls;
        QVariant callback;
        if (state == hotline::OnHold)
            callback = opened + qint64(60 + rng.bounded(180)) * 60000;
        const qint64 touched = done ? opened + qint64(10 + rng.bounded(50)) * 60000 : opened + 60000;
        QVariantList row{
            id, c.callNo, state, customerId, cust.contactId > 0 ? QVariant(cust.contactId) : QVariant(), c.callerName,
            c.callerPhone, hotline::channels().at(rng.bounded(10) < 7 ? 0 : int(rng.bounded(4))), callClass, level,
            c.product, c.module, c.description, billing, valid ? 1 : 0, rng.bounded(10) == 0 ? 1 : 0, op, opened,
            c.solution.isEmpty() ? QVariant() : QVariant(c.solution),
            state == hotline::OnHold ? QVariant(u"请教产品专家，查阅补丁说明"_s) : QVariant(), callback,
            state == hotline::Remote ? QVariant(opened + 20 * 60000) : QVariant(),
            state == hotline::OnsiteRequested ? QVariant(u"远程无法解决，需现场检查服务器和网络"_s) : QVariant(),
            requirement ? pick(o.accountManagerIds) : QVariant(),
            requirement ? QVariant(u"yes"_s) : QVariant(),
            requirement ? QVariant(double(2 + rng.bounded(20))) : QVariant(),
            requirement ? QVariant(double(3000 + 1000 * rng.bounded(30))) : QVariant(),
            state == hotline::RequirementDecided ? QVariant(hotline::decisions().at(int(rng.bounded(3)))) : QVariant(),
            state == hotline::RequirementDecided ? QVariant(day.addDays(3).toString(Qt::ISODate)) : QVariant(),
            hq ? QVariant(u"bug"_s) : QVariant(),
            hq ? QVariant(u"HQ-%1-%2"_s.arg(day.year()).arg(10000 + rng.bounded(90000))) : QVariant(),
            hq ? QVariant(opened + 30 * 60000) : QVariant(),
            state == hotline::HqAnswered ? QVariant(u"总部已发布补丁，请安装后验证"_s) : QVariant(),
            state == hotline::ComplaintOpened ? QVariant(u"客户对多次回电不及时表示不满，要求投诉"_s) : QVariant(),
            cls == u"operation_problem"_s && rng.bounded(4) == 0 ? 1 : 0,
            cls == u"operation_problem"_s ? QVariant(u"操作人员新入职，建议参加下期操作培训"_s) : QVariant(),
            done ? QVariant(touched) : QVariant(), state == hotline::Closed ? QVariant(touched + 3600000) : QVariant(),
            HotlineService::searchText(c, cust.name), 1, opened, op, touched, op};
        if (auto ok = calls.add(row); !ok)
            return std::unexpected(ok.error());
        if (done && report.entries > 0 && rng.bounded(2) == 0) {
            // The operator applied the matching standard solution.
            const qint64 entry = entryBase + ti + int(tpl.size()) * int(rng.bounded(qMax(1, report.entries / int(tpl.size()))));
            if (entry < entryBase + report.entries)
                linkRows.append({id, entry, opened + 5 * 60000, op});
        }
        if (live_)
            live.append({id, state, customerId, opened, level, op.toLongLong(), c.callNo + u" "_s + cust.name,
                         callback.toLongLong()});
        ++report.calls;
    }
    if (auto ok = calls.flush(); !ok)
        return std::unexpected(ok.error());
    lap("calls");
    if (rebuildIndexes)
        for (const QString &sql : callIndexes)
            if (auto ok = db.execRaw(sql); !ok)
                return std::unexpected(ok.error());
    lap("indexes");
    for (const QVariantList &l : linkRows)
        if (auto ok = links.add(l); !ok)
            return std::unexpected(ok.error());
    if (auto ok = links.flush(); !ok)
        return std::unexpected(ok.error());
    if (auto ok = rebuildFts(db, u"hotline_call_fts"_s, u"hotline_calls"_s, callBase,
                             insertTrigger(u"hotline_calls"_s, u"hotline_call_fts"_s));
        !ok)
        return std::unexpected(ok.error());
    lap("links+fts");
    if (auto ok = fixSequence(db, u"hotline_calls"_s); !ok)
        return std::unexpected(ok.error());
    if (report.entries > 0)
        if (auto ok = db.exec(u"UPDATE problem_entries SET times_used = times_used + (SELECT COUNT(*) FROM "
                              "hotline_call_entries l WHERE l.entry_id = problem_entries.id) WHERE id >= ?"_s,
                              {entryBase});
            !ok)
            return std::unexpected(ok.error());

    lap("times_used");
    // ---- the live calls' clocks (the desk's countdowns)
    report.openCalls = int(live.size());
    if (o.startClocks && !live.isEmpty()) {
        auto calendar = CalendarRepository(db).load();
        if (!calendar)
            return std::unexpected(calendar.error());
        SlaClockService sla(db, *calendar);
        for (const auto &[id, state, customerId, opened, level, op, title, callback] : live) {
            Q_UNUSED(customerId);
            Q_UNUSED(callback);
            SlaClassInfo info;
            info.severity = level;
            auto startOne = [&](QLatin1String type, QLatin1String target, qint64 at) -> Status {
                auto c = sla.start(QString(type), id, QString(target), info, op, at, title);
                if (!c) {
                    if (c.error().code == ErrorCode::NotFound)
                        return {};
                    return std::unexpected(c.error());
                }
                ++report.clocks;
                if (state == hotline::OnHold && target == sla::EscalateToRemote)
                    if (auto p = sla.pause(c->id, at + 10 * 60000); !p)
                        return std::unexpected(p.error());
                return {};
            };
            if (state != hotline::Remote)
                if (auto ok = startOne(sla::HotlineCall, sla::EscalateToRemote, opened); !ok)
                    return std::unexpected(ok.error());
            if (state == hotline::Open)
                if (auto ok = startOne(sla::HotlineCall, sla::FirstResponse, opened); !ok)
                    return std::unexpected(ok.error());
            if (auto ok = startOne(sla::HotlineCall, sla::Resolution, opened); !ok)
                return std::unexpected(ok.error());
            if (state == hotline::Remote)
                if (auto ok = startOne(sla::RemoteSession, sla::EscalateToOnsite, opened + 20 * 60000); !ok)
                    return std::unexpected(ok.error());
        }
    }
    return report;
}

Status demoHotline(const DemoContext &context, DemoCounts &counts)
{
    const Database &db = context.db;
    // `init` seeds the calendar and the SLA policies; a bare database gets them here. (Their
    // seeders open a nested transaction that must not be left uncommitted, so ask first.)
    auto hours = db.scalar(u"SELECT COUNT(*) FROM settings WHERE key = ?"_s, {CalendarRepository::hoursKey()});
    if (!hours)
        return std::unexpected(hours.error());
    if (hours->toInt() == 0)
        if (auto ok = CalendarRepository::ensureDefaults(db); !ok)
            return ok;
    auto calendar = CalendarRepository(db).load();
    if (!calendar)
        return std::unexpected(calendar.error());
    auto policies = db.scalar(u"SELECT COUNT(*) FROM sla_policies"_s);
    if (!policies)
        return std::unexpected(policies.error());
    if (policies->toInt() == 0)
        if (auto ok = SlaRepository::seedDefaults(db, calendar->minutesPerWorkingDay()); !ok)
            return std::unexpected(ok.error());

    QList<qint64> operators;
    for (const QString &login : {u"hotline1"_s, u"hotline2"_s, u"hotline3"_s, u"hotline4"_s})
        if (context.staffIds.contains(login))
            operators << context.staffIds.value(login);
    QList<qint64> accountManagers;
    for (const QString &login : {u"account1"_s, u"account2"_s})
        if (context.staffIds.contains(login))
            accountManagers << context.staffIds.value(login);
    if (operators.isEmpty() || context.customers == 0)
        return {};
    // Repeatable: a database that already has the demo calls gets none again.
    auto existing = db.scalar(u"SELECT COUNT(*) FROM hotline_calls"_s);
    if (!existing)
        return std::unexpected(existing.error());
    if (existing->toInt() > 0)
        return {};

    // Duty roster: this week and next. Weekdays three operators 08:30–17:30 and the fourth on
    // call 17:30–08:30; weekends one on-call day and one night.
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(context.nowMs, calendar->timeZone());
    const QDate monday = now.date().addDays(1 - now.date().dayOfWeek());
    int shifts = 0;
    {
        BulkInsert bulk(db, u"hotline_shifts"_s,
                        {u"staff_id"_s, u"day"_s, u"starts"_s, u"ends"_s, u"on_call"_s, u"note"_s, u"version"_s,
                         u"created_at"_s, u"updated_at"_s},
                        50);
        for (int d = 0; d < 14; ++d) {
            const QDate day = monday.addDays(d);
            const QString iso = day.toString(Qt::ISODate);
            const qint64 off = operators.at(d % operators.size());
            if (day.dayOfWeek() <= 5) {
                for (qint64 op : operators)
                    if (op != off) {
                        if (auto ok = bulk.add({op, iso, u"08:30"_s, u"17:30"_s, 0, QVariant(), 1, context.nowMs,
                                                context.nowMs});
                            !ok)
                            return ok;
                        ++shifts;
                    }
                if (auto ok = bulk.add({off, iso, u"17:30"_s, u"08:30"_s, 1, u"夜间值班"_s, 1,
                                        context.nowMs, context.nowMs});
                    !ok)
                    return ok;
                ++shifts;
            } else {
                const qint64 dayOp = operators.at((d + 1) % operators.size());
                if (auto ok = bulk.add({dayOp, iso, u"09:00"_s, u"17:00"_s, 1, u"周末值班"_s, 1, context.nowMs,
                                        context.nowMs});
                    !ok)
                    return ok;
                if (auto ok = bulk.add({off, iso, u"17:30"_s, u"08:30"_s, 1, u"周末夜间值班"_s, 1, context.nowMs,
                                        context.nowMs});
                    !ok)
                    return ok;
                shifts += 2;
            }
        }
        if (auto ok = bulk.flush(); !ok)
            return ok;
    }

    HotlineBulkOptions o;
    o.entries = 320;
    o.calls = 480;
    o.seed = context.seed;
    o.nowMs = context.nowMs;
    o.customers = context.customers;
    o.operatorIds = operators;
    o.accountManagerIds = accountManagers;
    auto report = generateHotlineBulk(db, o);
    if (!report)
        return std::unexpected(report.error());
    counts.insert(u"problem-base entries"_s, report->entries);
    counts.insert(u"hotline calls"_s, report->calls);
    counts.insert(u"duty shifts"_s, shifts);
    return {};
}

} // namespace sd::core::demo
