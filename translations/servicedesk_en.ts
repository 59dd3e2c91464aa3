<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Main</name>
    <message>
        <source>Service Center Desk: the after-sales service center&apos;s desk client.</source>
        <translation>Service Center Desk: the after-sales service center&apos;s desk client.</translation>
    </message>
    <message>
        <source>The database: a SQLite file, or postgresql://user@host[:port]/dbname (password from PGPASSWORD or asked). Default: the SQLite file in the user&apos;s data folder.</source>
        <translation>The database: a SQLite file, or postgresql://user@host[:port]/dbname (password from PGPASSWORD or asked). Default: the SQLite file in the user&apos;s data folder.</translation>
    </message>
    <message>
        <source>path-or-url</source>
        <translation>path-or-url</translation>
    </message>
    <message>
        <source>The user interface language: zh_CN or en.</source>
        <translation>The user interface language: zh_CN or en.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>Save screenshots of the main screens in English and Chinese into the folder, logged in as the first demo account, and exit.</source>
        <translation>Save screenshots of the main screens in English and Chinese into the folder, logged in as the first demo account, and exit.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>folder</translation>
    </message>
    <message>
        <source>Service Center Desk</source>
        <translation>Service Center Desk</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; use zh_CN or en.</source>
        <translation>Unknown language &quot;%1&quot;; use zh_CN or en.</translation>
    </message>
    <message>
        <source>Database too new</source>
        <translation>Database too new</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <source>Log what the program does on standard error (statements and their time, actions, logins; never values or passwords). Finer: QT_LOGGING_RULES=&quot;sd.db.debug=true&quot;.</source>
        <translation>Log what the program does on standard error (statements and their time, actions, logins; never values or passwords). Finer: QT_LOGGING_RULES=&quot;sd.db.debug=true&quot;.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>The PostgreSQL password is missing: set PGPASSWORD.</source>
        <translation>The PostgreSQL password is missing: set PGPASSWORD.</translation>
    </message>
    <message>
        <source>PostgreSQL password</source>
        <translation>PostgreSQL password</translation>
    </message>
    <message>
        <source>Password of %1 for %2:</source>
        <translation>Password of %1 for %2:</translation>
    </message>
    <message>
        <source>First administrator</source>
        <translation>First administrator</translation>
    </message>
    <message>
        <source>This database has no accounts yet. Create the administrator&apos;s account; the administrator then adds everybody else.</source>
        <translation>This database has no accounts yet. Create the administrator&apos;s account; the administrator then adds everybody else.</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Login:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>Repeat password:</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>sd::core::AlertStore</name>
    <message>
        <source>An alert needs a recipient.</source>
        <translation>An alert needs a recipient.</translation>
    </message>
    <message>
        <source>The alert no longer exists.</source>
        <translation>The alert no longer exists.</translation>
    </message>
    <message>
        <source>Only the recipient may mark an alert as read.</source>
        <translation>Only the recipient may mark an alert as read.</translation>
    </message>
    <message>
        <source>Unknown alert kind &quot;%1&quot; or wrong arguments.</source>
        <translation>Unknown alert kind &quot;%1&quot; or wrong arguments.</translation>
    </message>
</context>
<context>
    <name>sd::core::BackupService</name>
    <message>
        <source>Cannot open the backup %1: %2</source>
        <translation>Cannot open the backup %1: %2</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>out of memory</translation>
    </message>
    <message>
        <source>Name the backup file.</source>
        <translation>Name the backup file.</translation>
    </message>
    <message>
        <source>The file %1 already exists; a backup never overwrites a file.</source>
        <translation>The file %1 already exists; a backup never overwrites a file.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Cannot write in the folder %1: %2</source>
        <translation>Cannot write in the folder %1: %2</translation>
    </message>
    <message>
        <source>Cannot create %1 (does it exist now?).</source>
        <translation>Cannot create %1 (does it exist now?).</translation>
    </message>
    <message>
        <source>Cannot run %1: %2</source>
        <translation>Cannot run %1: %2</translation>
    </message>
    <message>
        <source>%1 stopped unexpectedly: %2</source>
        <translation>%1 stopped unexpectedly: %2</translation>
    </message>
    <message>
        <source>The backup could not be written: %1</source>
        <translation>The backup could not be written: %1</translation>
    </message>
    <message>
        <source>pg_dump failed: %1</source>
        <translation>pg_dump failed: %1</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>There is no file %1.</translation>
    </message>
    <message>
        <source>%1 is not a SQLite database file.</source>
        <translation>%1 is not a SQLite database file.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1 is not a Service Center Desk database (it has no schema version).</source>
        <translation>%1 is not a Service Center Desk database (it has no schema version).</translation>
    </message>
    <message>
        <source>%1 is not a Service Center Desk database (its schema version is empty).</source>
        <translation>%1 is not a Service Center Desk database (its schema version is empty).</translation>
    </message>
    <message>
        <source>The backup %1 was made by a newer version of Service Center Desk (schema %2; this program knows up to %3). Please update the program.</source>
        <translation>The backup %1 was made by a newer version of Service Center Desk (schema %2; this program knows up to %3). Please update the program.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged: %2</source>
        <translation>The backup %1 is damaged: %2</translation>
    </message>
    <message>
        <source>%1 is a SQLite database, but this database is on PostgreSQL: restore a backup made by pg_dump instead.</source>
        <translation>%1 is a SQLite database, but this database is on PostgreSQL: restore a backup made by pg_dump instead.</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL backup made by pg_dump -Fc: %2</source>
        <translation>%1 is not a PostgreSQL backup made by pg_dump -Fc: %2</translation>
    </message>
    <message>
        <source>%1 is not a backup of a Service Center Desk database (it has no schema version).</source>
        <translation>%1 is not a backup of a Service Center Desk database (it has no schema version).</translation>
    </message>
    <message>
        <source>This database already has staff accounts: restoring over it needs an administrator&apos;s login.</source>
        <translation>This database already has staff accounts: restoring over it needs an administrator&apos;s login.</translation>
    </message>
    <message>
        <source>A restore cannot run inside a transaction.</source>
        <translation>A restore cannot run inside a transaction.</translation>
    </message>
    <message>
        <source>The backup is the database itself.</source>
        <translation>The backup is the database itself.</translation>
    </message>
    <message>
        <source>The SQLite driver gave no handle for the restore.</source>
        <translation>The SQLite driver gave no handle for the restore.</translation>
    </message>
    <message>
        <source>The restore could not start: %1</source>
        <translation>The restore could not start: %1</translation>
    </message>
    <message>
        <source>The restore failed (%1); the database was not changed.</source>
        <translation>The restore failed (%1); the database was not changed.</translation>
    </message>
    <message>
        <source>pg_restore failed; the database was not changed: %1</source>
        <translation>pg_restore failed; the database was not changed: %1</translation>
    </message>
    <message>
        <source>%1 was not found. Install the PostgreSQL client programs of the server&apos;s version, or set SD_PG_BINDIR to their folder.</source>
        <translation>%1 was not found. Install the PostgreSQL client programs of the server&apos;s version, or set SD_PG_BINDIR to their folder.</translation>
    </message>
</context>
<context>
    <name>sd::core::BusinessCalendar</name>
    <message>
        <source>“%1” is not a time range like 08:30-12:00.</source>
        <translation>“%1” is not a time range like 08:30-12:00.</translation>
    </message>
    <message>
        <source>“%1” contains a time of day that does not exist.</source>
        <translation>“%1” contains a time of day that does not exist.</translation>
    </message>
    <message>
        <source>In “%1” the end must be later than the start.</source>
        <translation>In “%1” the end must be later than the start.</translation>
    </message>
    <message>
        <source>Enter the working hours, for example 08:30-12:00,13:30-17:30.</source>
        <translation>Enter the working hours, for example 08:30-12:00,13:30-17:30.</translation>
    </message>
    <message>
        <source>The working hours %1 and %2 overlap.</source>
        <translation>The working hours %1 and %2 overlap.</translation>
    </message>
    <message>
        <source>The time zone is not valid.</source>
        <translation>The time zone is not valid.</translation>
    </message>
    <message>
        <source>“%1” is not a known time zone (use a name such as Asia/Shanghai).</source>
        <translation>“%1” is not a known time zone (use a name such as Asia/Shanghai).</translation>
    </message>
</context>
<context>
    <name>sd::core::CalendarCoverage</name>
    <message>
        <source>The business calendar has no holidays for %1 yet: import the State Council&apos;s holiday notice before working-time deadlines reach %1.</source>
        <translation>The business calendar has no holidays for %1 yet: import the State Council&apos;s holiday notice before working-time deadlines reach %1.</translation>
    </message>
    <message>
        <source>The business calendar has no holidays for %1: working-time deadlines in %1 count every weekday as a working day. Import the State Council&apos;s holiday notice for %1 (Administration → Business calendar → Import CSV, or servicedeskctl calendar import).</source>
        <translation>The business calendar has no holidays for %1: working-time deadlines in %1 count every weekday as a working day. Import the State Council&apos;s holiday notice for %1 (Administration → Business calendar → Import CSV, or servicedeskctl calendar import).</translation>
    </message>
    <message>
        <source>counted without the %1 holidays (not imported)</source>
        <translation>counted without the %1 holidays (not imported)</translation>
    </message>
</context>
<context>
    <name>sd::core::CalendarRepository</name>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 is listed twice.</translation>
    </message>
    <message>
        <source>A day has no valid date.</source>
        <translation>A day has no valid date.</translation>
    </message>
    <message>
        <source>%1 is not a holiday or make-up working day in the calendar.</source>
        <translation>%1 is not a holiday or make-up working day in the calendar.</translation>
    </message>
</context>
<context>
    <name>sd::core::CallWorkflow</name>
    <message>
        <source>Customer (id)</source>
        <translation>Customer (id)</translation>
    </message>
    <message>
        <source>Contact person (id)</source>
        <translation>Contact person (id)</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Problem class</source>
        <translation>Problem class</translation>
    </message>
    <message>
        <source>Fault level</source>
        <translation>Fault level</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Billing</translation>
    </message>
    <message>
        <source>Complex problem</source>
        <translation>Complex problem</translation>
    </message>
    <message>
        <source>Add the solution to the problem base</source>
        <translation>Add the solution to the problem base</translation>
    </message>
    <message>
        <source>Date the customer wants it by</source>
        <translation>Date the customer wants it by</translation>
    </message>
    <message>
        <source>Can it be done another way</source>
        <translation>Can it be done another way</translation>
    </message>
    <message>
        <source>Customisation agreed</source>
        <translation>Customisation agreed</translation>
    </message>
    <message>
        <source>Feasible</source>
        <translation>Feasible</translation>
    </message>
    <message>
        <source>Possible by the date wanted</source>
        <translation>Possible by the date wanted</translation>
    </message>
    <message>
        <source>Customer accepts the terms</source>
        <translation>Customer accepts the terms</translation>
    </message>
    <message>
        <source>Man-days</source>
        <translation>Man-days</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>What the customer wants</source>
        <translation>What the customer wants</translation>
    </message>
    <message>
        <source>Hotline calls</source>
        <translation>Hotline calls</translation>
    </message>
</context>
<context>
    <name>sd::core::CenterInfo</name>
    <message>
        <source>Edit the center&apos;s details</source>
        <translation>Edit the center&apos;s details</translation>
    </message>
    <message>
        <source>The logo must be a PNG image.</source>
        <translation>The logo must be a PNG image.</translation>
    </message>
    <message>
        <source>The center needs a name for its printed forms.</source>
        <translation>The center needs a name for its printed forms.</translation>
    </message>
</context>
<context>
    <name>sd::core::ComplaintReport</name>
    <message>
        <source>The month must be written YYYY-MM, e.g. 2026-10.</source>
        <translation>The month must be written YYYY-MM, e.g. 2026-10.</translation>
    </message>
    <message>
        <source>section</source>
        <translation>section</translation>
    </message>
    <message>
        <source>key</source>
        <translation>key</translation>
    </message>
    <message>
        <source>label</source>
        <translation>label</translation>
    </message>
    <message>
        <source>value</source>
        <translation>value</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Complaints received</source>
        <translation>Complaints received</translation>
    </message>
    <message>
        <source>From key customers</source>
        <translation>From key customers</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Overdue, not done</source>
        <translation>Overdue, not done</translation>
    </message>
    <message>
        <source>Not due yet</source>
        <translation>Not due yet</translation>
    </message>
    <message>
        <source>On time %</source>
        <translation>On time %</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>Followed up</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>Not satisfied</source>
        <translation>Not satisfied</translation>
    </message>
    <message>
        <source>Satisfaction %</source>
        <translation>Satisfaction %</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Escalated to HQ</source>
        <translation>Escalated to HQ</translation>
    </message>
    <message>
        <source>Monthly complaint analysis report %1</source>
        <translation>Monthly complaint analysis report %1</translation>
    </message>
    <message>
        <source>Received: %1 (key customers: %2)</source>
        <translation>Received: %1 (key customers: %2)</translation>
    </message>
    <message>
        <source>By source</source>
        <translation>By source</translation>
    </message>
    <message>
        <source>By validity</source>
        <translation>By validity</translation>
    </message>
    <message>
        <source>By class</source>
        <translation>By class</translation>
    </message>
    <message>
        <source>By department</source>
        <translation>By department</translation>
    </message>
    <message>
        <source>By person</source>
        <translation>By person</translation>
    </message>
    <message>
        <source>%1: %2 due, %3 on time, %4 late, %5 overdue, %6 pending (on time %7)</source>
        <translation>%1: %2 due, %3 on time, %4 late, %5 overdue, %6 pending (on time %7)</translation>
    </message>
    <message>
        <source>Reply within 3 h</source>
        <translation>Reply within 3 h</translation>
    </message>
    <message>
        <source>Follow-up within 1 working day</source>
        <translation>Follow-up within 1 working day</translation>
    </message>
    <message>
        <source>Feedback to HQ within 1 working day</source>
        <translation>Feedback to HQ within 1 working day</translation>
    </message>
    <message>
        <source>Satisfaction: %1 followed up, %2 satisfied, %3 not (%4)</source>
        <translation>Satisfaction: %1 followed up, %2 satisfied, %3 not (%4)</translation>
    </message>
    <message>
        <source>Trend (received): %1</source>
        <translation>Trend (received): %1</translation>
    </message>
    <message>
        <source>Open: %1, escalated to HQ: %2</source>
        <translation>Open: %1, escalated to HQ: %2</translation>
    </message>
    <message>
        <source>Report due by %1; %2</source>
        <translation>Report due by %1; %2</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>issued</translation>
    </message>
    <message>
        <source>not issued yet</source>
        <translation>not issued yet</translation>
    </message>
</context>
<context>
    <name>sd::core::ComplaintWorkflow</name>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>HQ reference</source>
        <translation>HQ reference</translation>
    </message>
    <message>
        <source>HQ&apos;s deadline</source>
        <translation>HQ&apos;s deadline</translation>
    </message>
    <message>
        <source>Customer (id)</source>
        <translation>Customer (id)</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <source>Complainant&apos;s phone</source>
        <translation>Complainant&apos;s phone</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>What the customer wants</source>
        <translation>What the customer wants</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>Received at</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
</context>
<context>
    <name>sd::core::Complaints</name>
    <message>
        <source>Direct</source>
        <translation>Direct</translation>
    </message>
    <message>
        <source>Forwarded by HQ</source>
        <translation>Forwarded by HQ</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>Hotline</translation>
    </message>
    <message>
        <source>Return visit</source>
        <translation>Return visit</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>QQ / WeChat</source>
        <translation>QQ / WeChat</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Service attitude</source>
        <translation>Service attitude</translation>
    </message>
    <message>
        <source>Slow response</source>
        <translation>Slow response</translation>
    </message>
    <message>
        <source>Service quality</source>
        <translation>Service quality</translation>
    </message>
    <message>
        <source>Problem not solved</source>
        <translation>Problem not solved</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>Charges</translation>
    </message>
    <message>
        <source>Product defect</source>
        <translation>Product defect</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Outside the service commitment</source>
        <translation>Outside the service commitment</translation>
    </message>
    <message>
        <source>Not true</source>
        <translation>Not true</translation>
    </message>
    <message>
        <source>Not confirmed yet</source>
        <translation>Not confirmed yet</translation>
    </message>
    <message>
        <source>Re-service</source>
        <translation>Re-service</translation>
    </message>
    <message>
        <source>Apology</source>
        <translation>Apology</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>Compensation</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Confirmed, with department</source>
        <translation>Confirmed, with department</translation>
    </message>
    <message>
        <source>Cause found</source>
        <translation>Cause found</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Replied</translation>
    </message>
    <message>
        <source>Result returned</source>
        <translation>Result returned</translation>
    </message>
    <message>
        <source>Escalated to HQ</source>
        <translation>Escalated to HQ</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Filed</translation>
    </message>
    <message>
        <source>Confirm as valid</source>
        <translation>Confirm as valid</translation>
    </message>
    <message>
        <source>Record cause and responsibility</source>
        <translation>Record cause and responsibility</translation>
    </message>
    <message>
        <source>Reply to the customer</source>
        <translation>Reply to the customer</translation>
    </message>
    <message>
        <source>Return the result</source>
        <translation>Return the result</translation>
    </message>
    <message>
        <source>Follow-up: resolved</source>
        <translation>Follow-up: resolved</translation>
    </message>
    <message>
        <source>Follow-up: unresolved, escalate</source>
        <translation>Follow-up: unresolved, escalate</translation>
    </message>
    <message>
        <source>Record HQ progress</source>
        <translation>Record HQ progress</translation>
    </message>
    <message>
        <source>HQ resolved it</source>
        <translation>HQ resolved it</translation>
    </message>
    <message>
        <source>Feed back to HQ</source>
        <translation>Feed back to HQ</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Responsible department</source>
        <translation>Responsible department</translation>
    </message>
    <message>
        <source>Explanation to the complainant</source>
        <translation>Explanation to the complainant</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>Responsible person</translation>
    </message>
    <message>
        <source>Accountability</source>
        <translation>Accountability</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verification</translation>
    </message>
    <message>
        <source>Customer&apos;s opinion</source>
        <translation>Customer&apos;s opinion</translation>
    </message>
    <message>
        <source>Escalation to HQ service development</source>
        <translation>Escalation to HQ service development</translation>
    </message>
    <message>
        <source>HQ reference</source>
        <translation>HQ reference</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>HQ&apos;s resolution</source>
        <translation>HQ&apos;s resolution</translation>
    </message>
    <message>
        <source>Feedback to HQ</source>
        <translation>Feedback to HQ</translation>
    </message>
    <message>
        <source>Corrective measures</source>
        <translation>Corrective measures</translation>
    </message>
    <message>
        <source>Preventive measures</source>
        <translation>Preventive measures</translation>
    </message>
    <message>
        <source>Complaint class</source>
        <translation>Complaint class</translation>
    </message>
    <message>
        <source>Accept a complaint</source>
        <translation>Accept a complaint</translation>
    </message>
    <message>
        <source>Unknown complaint source “%1”.</source>
        <translation>Unknown complaint source “%1”.</translation>
    </message>
    <message>
        <source>A complaint forwarded by HQ needs HQ&apos;s reference.</source>
        <translation>A complaint forwarded by HQ needs HQ&apos;s reference.</translation>
    </message>
    <message>
        <source>A source record needs its record type.</source>
        <translation>A source record needs its record type.</translation>
    </message>
    <message>
        <source>Unknown channel “%1”.</source>
        <translation>Unknown channel “%1”.</translation>
    </message>
    <message>
        <source>Unknown complaint class “%1”.</source>
        <translation>Unknown complaint class “%1”.</translation>
    </message>
    <message>
        <source>Who complained must be filled in.</source>
        <translation>Who complained must be filled in.</translation>
    </message>
    <message>
        <source>What happened must be filled in.</source>
        <translation>What happened must be filled in.</translation>
    </message>
    <message>
        <source>The customer does not exist.</source>
        <translation>The customer does not exist.</translation>
    </message>
    <message>
        <source>%1 contract %2, %3 – %4</source>
        <translation>%1 contract %2, %3 – %4</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>in force</translation>
    </message>
    <message>
        <source>not in force on %1</source>
        <translation>not in force on %1</translation>
    </message>
    <message>
        <source>free maintenance until %1</source>
        <translation>free maintenance until %1</translation>
    </message>
    <message>
        <source>warranty ended %1: paid service</source>
        <translation>warranty ended %1: paid service</translation>
    </message>
    <message>
        <source>on-site visits included</source>
        <translation>on-site visits included</translation>
    </message>
    <message>
        <source>on-site visits billable</source>
        <translation>on-site visits billable</translation>
    </message>
    <message>
        <source>free upgrades</source>
        <translation>free upgrades</translation>
    </message>
    <message>
        <source>No service contract: only what the sale promised is covered.</source>
        <translation>No service contract: only what the sale promised is covered.</translation>
    </message>
    <message>
        <source>The responsible department does not exist.</source>
        <translation>The responsible department does not exist.</translation>
    </message>
    <message>
        <source>Valid complaint %1 from key customer %2: %3</source>
        <translation>Valid complaint %1 from key customer %2: %3</translation>
    </message>
    <message>
        <source>The responsible person must be an active member of staff.</source>
        <translation>The responsible person must be an active member of staff.</translation>
    </message>
    <message>
        <source>Only the responsible person or a department manager may do “%1”.</source>
        <translation>Only the responsible person or a department manager may do “%1”.</translation>
    </message>
    <message>
        <source>Unknown measure “%1”.</source>
        <translation>Unknown measure “%1”.</translation>
    </message>
    <message>
        <source>Only a complaint forwarded by HQ is fed back to HQ.</source>
        <translation>Only a complaint forwarded by HQ is fed back to HQ.</translation>
    </message>
    <message>
        <source>The feedback to HQ was already recorded.</source>
        <translation>The feedback to HQ was already recorded.</translation>
    </message>
    <message>
        <source>Feed the result back to HQ before filing a complaint HQ forwarded.</source>
        <translation>Feed the result back to HQ before filing a complaint HQ forwarded.</translation>
    </message>
    <message>
        <source>Monthly complaint report %1</source>
        <translation>Monthly complaint report %1</translation>
    </message>
    <message>
        <source>The monthly complaint analysis report for %1 is due by %2.</source>
        <translation>The monthly complaint analysis report for %1 is due by %2.</translation>
    </message>
    <message>
        <source>Issue the monthly complaint report</source>
        <translation>Issue the monthly complaint report</translation>
    </message>
    <message>
        <source>Choose who is complaining first (type a name, phone or service code, then Enter).</source>
        <translation>Choose who is complaining first (type a name, phone or service code, then Enter).</translation>
    </message>
    <message>
        <source>no free maintenance: paid service</source>
        <translation>no free maintenance: paid service</translation>
    </message>
    <message>
        <source>The report of %1 counts the whole month: it can be issued only after the month has ended, from %2.</source>
        <translation>The report of %1 counts the whole month: it can be issued only after the month has ended, from %2.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
</context>
<context>
    <name>sd::core::Csv</name>
    <message>
        <source>A quoted field starts here but its closing quote (&quot;) is missing.</source>
        <translation>A quoted field starts here but its closing quote (&quot;) is missing.</translation>
    </message>
    <message>
        <source>The file is empty: it has no header row.</source>
        <translation>The file is empty: it has no header row.</translation>
    </message>
    <message>
        <source>The columns “%1” and “%2” both mean %3; keep only one.</source>
        <translation>The columns “%1” and “%2” both mean %3; keep only one.</translation>
    </message>
    <message>
        <source>The header row has no company column (company, 公司名称 or 客户名称).</source>
        <translation>The header row has no company column (company, 公司名称 or 客户名称).</translation>
    </message>
    <message>
        <source>These columns are not known and were ignored: %1</source>
        <translation>These columns are not known and were ignored: %1</translation>
    </message>
    <message>
        <source>This row has more cells than the header row has columns (cell %1 is “%2”).</source>
        <translation>This row has more cells than the header row has columns (cell %1 is “%2”).</translation>
    </message>
    <message>
        <source>The company name (column “%1”) is empty.</source>
        <translation>The company name (column “%1”) is empty.</translation>
    </message>
    <message>
        <source>“%1” is not a region; write same_city, nearby or other_province (同城, 周边 or 外省).</source>
        <translation>“%1” is not a region; write same_city, nearby or other_province (同城, 周边 or 外省).</translation>
    </message>
    <message>
        <source>“%1” in column “%2” is neither yes nor no; write yes/no, 是/否 or 1/0.</source>
        <translation>“%1” in column “%2” is neither yes nor no; write yes/no, 是/否 or 1/0.</translation>
    </message>
    <message>
        <source>A phone number or email needs a contact name (column contact or 联系人).</source>
        <translation>A phone number or email needs a contact name (column contact or 联系人).</translation>
    </message>
    <message>
        <source>“%1” is not a phone number.</source>
        <translation>“%1” is not a phone number.</translation>
    </message>
    <message>
        <source>A contract needs its type, start date and end date; the %1 is missing.</source>
        <translation>A contract needs its type, start date and end date; the %1 is missing.</translation>
    </message>
    <message>
        <source>“%1” in column “%2” is not a date; write it as YYYY-MM-DD or YYYY/MM/DD.</source>
        <translation>“%1” in column “%2” is not a date; write it as YYYY-MM-DD or YYYY/MM/DD.</translation>
    </message>
    <message>
        <source>A contract needs its type, start date and end date; the contract_type is missing.</source>
        <translation>A contract needs its type, start date and end date; the contract_type is missing.</translation>
    </message>
    <message>
        <source>The contract ends (%1) before it starts (%2).</source>
        <translation>The contract ends (%1) before it starts (%2).</translation>
    </message>
    <message>
        <source>Line %1 has the same company as line %2: %3</source>
        <translation>Line %1 has the same company as line %2: %3</translation>
    </message>
    <message>
        <source>The file looks like %1 text but contains bytes that are not valid in that encoding. Save it again from Excel as &quot;CSV UTF-8&quot;.</source>
        <translation>The file looks like %1 text but contains bytes that are not valid in that encoding. Save it again from Excel as &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 (with BOM)</source>
        <translation>UTF-8 (with BOM)</translation>
    </message>
    <message>
        <source>UTF-16 LE</source>
        <translation>UTF-16 LE</translation>
    </message>
    <message>
        <source>UTF-16 BE</source>
        <translation>UTF-16 BE</translation>
    </message>
    <message>
        <source>GBK / GB18030</source>
        <translation>GBK / GB18030</translation>
    </message>
    <message>
        <source>This system cannot convert GB18030 text (iconv).</source>
        <translation>This system cannot convert GB18030 text (iconv).</translation>
    </message>
    <message>
        <source>This system cannot convert text to GB18030 (iconv).</source>
        <translation>This system cannot convert text to GB18030 (iconv).</translation>
    </message>
    <message>
        <source>The text cannot be written as GB18030.</source>
        <translation>The text cannot be written as GB18030.</translation>
    </message>
    <message>
        <source>The rows before line %1 were imported (%2 new); run the same file again to import the rest: rows already there are skipped.</source>
        <translation>The rows before line %1 were imported (%2 new); run the same file again to import the rest: rows already there are skipped.</translation>
    </message>
    <message>
        <source>The file mixes two encodings: line %1 is UTF-8 and line %2 is GBK. Save the whole file again from Excel as &quot;CSV UTF-8&quot;.</source>
        <translation>The file mixes two encodings: line %1 is UTF-8 and line %2 is GBK. Save the whole file again from Excel as &quot;CSV UTF-8&quot;.</translation>
    </message>
</context>
<context>
    <name>sd::core::CustomerRepository</name>
    <message>
        <source>The company name is required.</source>
        <translation>The company name is required.</translation>
    </message>
    <message>
        <source>Every contact needs a name.</source>
        <translation>Every contact needs a name.</translation>
    </message>
    <message>
        <source>Every contract needs a type (e.g. SPS).</source>
        <translation>Every contract needs a type (e.g. SPS).</translation>
    </message>
    <message>
        <source>A contract needs a start and an end date.</source>
        <translation>A contract needs a start and an end date.</translation>
    </message>
    <message>
        <source>A contract cannot end before it starts.</source>
        <translation>A contract cannot end before it starts.</translation>
    </message>
    <message>
        <source>A purchased product needs a name.</source>
        <translation>A purchased product needs a name.</translation>
    </message>
    <message>
        <source>Customer %1 does not exist.</source>
        <translation>Customer %1 does not exist.</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Company name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Service code</source>
        <translation>Service code</translation>
    </message>
    <message>
        <source>Dongle no.</source>
        <translation>Dongle no.</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Contact name</translation>
    </message>
    <message>
        <source>Contact&apos;s position</source>
        <translation>Contact&apos;s position</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>QQ / WeChat</source>
        <translation>QQ / WeChat</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Phone kind</source>
        <translation>Phone kind</translation>
    </message>
    <message>
        <source>Contract type</source>
        <translation>Contract type</translation>
    </message>
    <message>
        <source>Contract no.</source>
        <translation>Contract no.</translation>
    </message>
    <message>
        <source>Contract notes</source>
        <translation>Contract notes</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Product version</source>
        <translation>Product version</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
</context>
<context>
    <name>sd::core::Database</name>
    <message>
        <source>The SQLite driver gave no handle to register the pinyin collation.</source>
        <translation>The SQLite driver gave no handle to register the pinyin collation.</translation>
    </message>
    <message>
        <source>Could not open ICU&apos;s pinyin collator.</source>
        <translation>Could not open ICU&apos;s pinyin collator.</translation>
    </message>
    <message>
        <source>Could not register the pinyin collation.</source>
        <translation>Could not register the pinyin collation.</translation>
    </message>
    <message>
        <source>Not a valid PostgreSQL address: %1</source>
        <translation>Not a valid PostgreSQL address: %1</translation>
    </message>
    <message>
        <source>The PostgreSQL address names no database: %1</source>
        <translation>The PostgreSQL address names no database: %1</translation>
    </message>
    <message>
        <source>Unknown sslmode &quot;%1&quot;.</source>
        <translation>Unknown sslmode &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown PostgreSQL option &quot;%1&quot;.</source>
        <translation>Unknown PostgreSQL option &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed.</source>
        <translation>Qt&apos;s SQLite driver (QSQLITE) is not installed.</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed.</source>
        <translation>Qt&apos;s PostgreSQL driver (QPSQL) is not installed.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Cannot open the database %1: %2</translation>
    </message>
    <message>
        <source>Database query could not be prepared</source>
        <translation>Database query could not be prepared</translation>
    </message>
    <message>
        <source>Database query failed</source>
        <translation>Database query failed</translation>
    </message>
    <message>
        <source>Database statement failed</source>
        <translation>Database statement failed</translation>
    </message>
    <message>
        <source>The database returned no id for the new row.</source>
        <translation>The database returned no id for the new row.</translation>
    </message>
    <message>
        <source>The transaction was already finished.</source>
        <translation>The transaction was already finished.</translation>
    </message>
    <message>
        <source>A part of this change failed, so none of it was saved.</source>
        <translation>A part of this change failed, so none of it was saved.</translation>
    </message>
</context>
<context>
    <name>sd::core::DbCheck</name>
    <message>
        <source>SQLite&apos;s integrity check: ok</source>
        <translation>SQLite&apos;s integrity check: ok</translation>
    </message>
    <message>
        <source>every index valid</source>
        <translation>every index valid</translation>
    </message>
    <message>
        <source>%1 invalid index(es): rebuild them with REINDEX</source>
        <translation>%1 invalid index(es): rebuild them with REINDEX</translation>
    </message>
    <message>
        <source>enforced by PostgreSQL</source>
        <translation>enforced by PostgreSQL</translation>
    </message>
    <message>
        <source>every reference points to a row</source>
        <translation>every reference points to a row</translation>
    </message>
    <message>
        <source>%1 broken reference(s): %2</source>
        <translation>%1 broken reference(s): %2</translation>
    </message>
    <message>
        <source>version %1 of %2</source>
        <translation>version %1 of %2</translation>
    </message>
    <message>
        <source>the audit trail refuses updates and deletes</source>
        <translation>the audit trail refuses updates and deletes</translation>
    </message>
    <message>
        <source>the audit trail&apos;s protecting trigger is missing</source>
        <translation>the audit trail&apos;s protecting trigger is missing</translation>
    </message>
    <message>
        <source>%1 sequence(s), each ahead of the numbers in use</source>
        <translation>%1 sequence(s), each ahead of the numbers in use</translation>
    </message>
    <message>
        <source>behind the numbers in use, the next record would collide: %1</source>
        <translation>behind the numbers in use, the next record would collide: %1</translation>
    </message>
    <message>
        <source>%1 customer(s), every sort key current</source>
        <translation>%1 customer(s), every sort key current</translation>
    </message>
    <message>
        <source>%1 customer(s) with a stale sort key (%2): save them again in the desk</source>
        <translation>%1 customer(s) with a stale sort key (%2): save them again in the desk</translation>
    </message>
    <message>
        <source>Check the database</source>
        <translation>Check the database</translation>
    </message>
</context>
<context>
    <name>sd::core::DemoData</name>
    <message>
        <source>The demo data could not be prepared</source>
        <translation>The demo data could not be prepared</translation>
    </message>
    <message>
        <source>The demo data could not be written</source>
        <translation>The demo data could not be written</translation>
    </message>
    <message>
        <source>The database returned no id for the new row.</source>
        <translation>The database returned no id for the new row.</translation>
    </message>
    <message>
        <source>The number of demo customers must be between 0 and 1,000,000.</source>
        <translation>The number of demo customers must be between 0 and 1,000,000.</translation>
    </message>
    <message>
        <source>The database already has customers; demo data can only be loaded into an empty database.</source>
        <translation>The database already has customers; demo data can only be loaded into an empty database.</translation>
    </message>
    <message>
        <source>Load demo data into a database in use</source>
        <translation>Load demo data into a database in use</translation>
    </message>
    <message>
        <source>This database already has staff accounts: demo data goes only into a new database, or is loaded by an administrator (--as).</source>
        <translation>This database already has staff accounts: demo data goes only into a new database, or is loaded by an administrator (--as).</translation>
    </message>
</context>
<context>
    <name>sd::core::Dispatch</name>
    <message>
        <source>Waiting for verification</source>
        <translation>Waiting for verification</translation>
    </message>
    <message>
        <source>Waiting for dispatch</source>
        <translation>Waiting for dispatch</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>Dispatched</translation>
    </message>
    <message>
        <source>Confirmed by engineer</source>
        <translation>Confirmed by engineer</translation>
    </message>
    <message>
        <source>Appointment booked</source>
        <translation>Appointment booked</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>On site</translation>
    </message>
    <message>
        <source>Form returned</source>
        <translation>Form returned</translation>
    </message>
    <message>
        <source>Verified and archived</source>
        <translation>Verified and archived</translation>
    </message>
    <message>
        <source>Not solved, written off</source>
        <translation>Not solved, written off</translation>
    </message>
    <message>
        <source>Handed to HQ</source>
        <translation>Handed to HQ</translation>
    </message>
    <message>
        <source>HQ answered</source>
        <translation>HQ answered</translation>
    </message>
    <message>
        <source>Continued by a follow-up dispatch</source>
        <translation>Continued by a follow-up dispatch</translation>
    </message>
    <message>
        <source>Request rejected</source>
        <translation>Request rejected</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Verify request</source>
        <translation>Verify request</translation>
    </message>
    <message>
        <source>Reject request</source>
        <translation>Reject request</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>Dispatch</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>Reassign</translation>
    </message>
    <message>
        <source>Confirm dispatch</source>
        <translation>Confirm dispatch</translation>
    </message>
    <message>
        <source>Send back</source>
        <translation>Send back</translation>
    </message>
    <message>
        <source>Book appointment</source>
        <translation>Book appointment</translation>
    </message>
    <message>
        <source>Check in on site</source>
        <translation>Check in on site</translation>
    </message>
    <message>
        <source>Return dispatch form</source>
        <translation>Return dispatch form</translation>
    </message>
    <message>
        <source>Verify form and archive</source>
        <translation>Verify form and archive</translation>
    </message>
    <message>
        <source>Return form for completion</source>
        <translation>Return form for completion</translation>
    </message>
    <message>
        <source>Write off (not solved)</source>
        <translation>Write off (not solved)</translation>
    </message>
    <message>
        <source>Follow-up dispatch</source>
        <translation>Follow-up dispatch</translation>
    </message>
    <message>
        <source>Hand to HQ</source>
        <translation>Hand to HQ</translation>
    </message>
    <message>
        <source>Record HQ answer</source>
        <translation>Record HQ answer</translation>
    </message>
    <message>
        <source>Customer&apos;s problem solved</source>
        <translation>Customer&apos;s problem solved</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Contract or billable</source>
        <translation>Contract or billable</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>Engineer</translation>
    </message>
    <message>
        <source>Reason for sending back</source>
        <translation>Reason for sending back</translation>
    </message>
    <message>
        <source>Appointment time</source>
        <translation>Appointment time</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>Work done</translation>
    </message>
    <message>
        <source>Time on site</source>
        <translation>Time on site</translation>
    </message>
    <message>
        <source>Customer&apos;s confirmation (name)</source>
        <translation>Customer&apos;s confirmation (name)</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>What is missing on the form</source>
        <translation>What is missing on the form</translation>
    </message>
    <message>
        <source>Why it is not solved</source>
        <translation>Why it is not solved</translation>
    </message>
    <message>
        <source>HQ reference</source>
        <translation>HQ reference</translation>
    </message>
    <message>
        <source>HQ&apos;s answer</source>
        <translation>HQ&apos;s answer</translation>
    </message>
    <message>
        <source>How the problem was solved</source>
        <translation>How the problem was solved</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Fault level</source>
        <translation>Fault level</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
</context>
<context>
    <name>sd::core::DispatchService</name>
    <message>
        <source>The customer does not exist.</source>
        <translation>The customer does not exist.</translation>
    </message>
    <message>
        <source>On-site request</source>
        <translation>On-site request</translation>
    </message>
    <message>
        <source>The fault level must be 1, 2, 3 or 4.</source>
        <translation>The fault level must be 1, 2, 3 or 4.</translation>
    </message>
    <message>
        <source>Describe the problem the engineer is to solve on site.</source>
        <translation>Describe the problem the engineer is to solve on site.</translation>
    </message>
    <message>
        <source>Choose the customer the engineer is to visit.</source>
        <translation>Choose the customer the engineer is to visit.</translation>
    </message>
    <message>
        <source>The contact does not belong to this customer.</source>
        <translation>The contact does not belong to this customer.</translation>
    </message>
    <message>
        <source>Only the engineer this job is dispatched to (%1) can do this.</source>
        <translation>Only the engineer this job is dispatched to (%1) can do this.</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>nobody yet</translation>
    </message>
    <message>
        <source>Say whether the visit is covered by the contract or billable.</source>
        <translation>Say whether the visit is covered by the contract or billable.</translation>
    </message>
    <message>
        <source>Choose an active service engineer.</source>
        <translation>Choose an active service engineer.</translation>
    </message>
    <message>
        <source>The job is already dispatched to this engineer.</source>
        <translation>The job is already dispatched to this engineer.</translation>
    </message>
    <message>
        <source>Give the agreed visit time.</source>
        <translation>Give the agreed visit time.</translation>
    </message>
    <message>
        <source>Time on site must be a number of minutes greater than 0.</source>
        <translation>Time on site must be a number of minutes greater than 0.</translation>
    </message>
    <message>
        <source>Satisfaction is a score from 1 to 5.</source>
        <translation>Satisfaction is a score from 1 to 5.</translation>
    </message>
    <message>
        <source>The on-site job no longer exists.</source>
        <translation>The on-site job no longer exists.</translation>
    </message>
    <message>
        <source>No service-level policy gives this job a response target; ask the administrator to add one.</source>
        <translation>No service-level policy gives this job a response target; ask the administrator to add one.</translation>
    </message>
</context>
<context>
    <name>sd::core::DispatchWorkflow</name>
    <message>
        <source>Contact person (id)</source>
        <translation>Contact person (id)</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Contact&apos;s phone</source>
        <translation>Contact&apos;s phone</translation>
    </message>
    <message>
        <source>Site address</source>
        <translation>Site address</translation>
    </message>
    <message>
        <source>Hotline call (id)</source>
        <translation>Hotline call (id)</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Verification note</source>
        <translation>Verification note</translation>
    </message>
    <message>
        <source>Note for the engineer</source>
        <translation>Note for the engineer</translation>
    </message>
    <message>
        <source>Appointment note</source>
        <translation>Appointment note</translation>
    </message>
    <message>
        <source>Parts and patches</source>
        <translation>Parts and patches</translation>
    </message>
    <message>
        <source>Customer&apos;s comment</source>
        <translation>Customer&apos;s comment</translation>
    </message>
    <message>
        <source>Add the solution to the problem base</source>
        <translation>Add the solution to the problem base</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Problem class</source>
        <translation>Problem class</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>On-site jobs</source>
        <translation>On-site jobs</translation>
    </message>
</context>
<context>
    <name>sd::core::Due</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>working time</source>
        <translation>working time</translation>
    </message>
    <message>
        <source>calendar time</source>
        <translation>calendar time</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>overdue %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 left</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>due today</translation>
    </message>
    <message>
        <source>waits %1</source>
        <translation>waits %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>Call back %1 — %2</source>
        <translation>Call back %1 — %2</translation>
    </message>
    <message>
        <source>Due soon: give a number of minutes from %1 to %2.</source>
        <translation>Due soon: give a number of minutes from %1 to %2.</translation>
    </message>
    <message>
        <source>Set when deadlines count as due soon</source>
        <translation>Set when deadlines count as due soon</translation>
    </message>
</context>
<context>
    <name>sd::core::DutyRoster</name>
    <message>
        <source>Choose who is on duty.</source>
        <translation>Choose who is on duty.</translation>
    </message>
    <message>
        <source>The shift needs a date.</source>
        <translation>The shift needs a date.</translation>
    </message>
    <message>
        <source>The shift needs a start and an end time.</source>
        <translation>The shift needs a start and an end time.</translation>
    </message>
    <message>
        <source>A shift cannot start and end at the same time.</source>
        <translation>A shift cannot start and end at the same time.</translation>
    </message>
    <message>
        <source>Only hotline operators and service managers go on the duty roster.</source>
        <translation>Only hotline operators and service managers go on the duty roster.</translation>
    </message>
    <message>
        <source>%1 already has a shift %2–%3 on %4 that overlaps this one.</source>
        <translation>%1 already has a shift %2–%3 on %4 that overlaps this one.</translation>
    </message>
    <message>
        <source>arrange the duty roster</source>
        <translation>arrange the duty roster</translation>
    </message>
    <message>
        <source>Shift %1 does not exist.</source>
        <translation>Shift %1 does not exist.</translation>
    </message>
    <message>
        <source>change the duty rule</source>
        <translation>change the duty rule</translation>
    </message>
</context>
<context>
    <name>sd::core::Error</name>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
</context>
<context>
    <name>sd::core::FieldRules</name>
    <message>
        <source>%1: this field is required.</source>
        <translation>%1: this field is required.</translation>
    </message>
    <message>
        <source>%1: at most %2 characters (now %3). Shorten it.</source>
        <translation>%1: at most %2 characters (now %3). Shorten it.</translation>
    </message>
    <message>
        <source>%1: remove the emoji or special character “%2”.</source>
        <translation>%1: remove the emoji or special character “%2”.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a phone number. Use digits (3 to 20) with optional +, -, spaces, parentheses and an extension, e.g. 010-6543 2100 ext 12.</source>
        <translation>%1: “%2” is not a phone number. Use digits (3 to 20) with optional +, -, spaces, parentheses and an extension, e.g. 010-6543 2100 ext 12.</translation>
    </message>
    <message>
        <source>%1: “%2” is not an e-mail address.</source>
        <translation>%1: “%2” is not an e-mail address.</translation>
    </message>
</context>
<context>
    <name>sd::core::FirstVisit</name>
    <message>
        <source>Ready to hand off</source>
        <translation>Ready to hand off</translation>
    </message>
    <message>
        <source>Handed off</source>
        <translation>Handed off</translation>
    </message>
    <message>
        <source>Today so far (closes at the end of the working day)</source>
        <translation>Today so far (closes at the end of the working day)</translation>
    </message>
    <message>
        <source>Digest %1 does not exist.</source>
        <translation>Digest %1 does not exist.</translation>
    </message>
    <message>
        <source>This digest is for %1, the head of %2: only they (or an administrator) can take the hand-off.</source>
        <translation>This digest is for %1, the head of %2: only they (or an administrator) can take the hand-off.</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>nobody yet</translation>
    </message>
    <message>
        <source>Working day</source>
        <translation>Working day</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Head</translation>
    </message>
    <message>
        <source>Digest state</source>
        <translation>Digest state</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Need</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>Need state</source>
        <translation>Need state</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Verifying</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Needs recorded</source>
        <translation>Needs recorded</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Unreachable</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Reached</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>No answer</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Busy</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Wrong number</translation>
    </message>
    <message>
        <source>Asked to call later</source>
        <translation>Asked to call later</translation>
    </message>
    <message>
        <source>Service code obtained</source>
        <translation>Service code obtained</translation>
    </message>
    <message>
        <source>Dongle number correct</source>
        <translation>Dongle number correct</translation>
    </message>
    <message>
        <source>Service supervision and technical phone numbers known</source>
        <translation>Service supervision and technical phone numbers known</translation>
    </message>
    <message>
        <source>Request process and response times known</source>
        <translation>Request process and response times known</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Implementation</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Hotline / remote support</source>
        <translation>Hotline / remote support</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>Upgrade</translation>
    </message>
    <message>
        <source>Special service</source>
        <translation>Special service</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Taken up</source>
        <translation>Taken up</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Purchased software</source>
        <translation>Purchased software</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
    <message>
        <source>Service code</source>
        <translation>Service code</translation>
    </message>
    <message>
        <source>Dongle number</source>
        <translation>Dongle number</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Sale date</source>
        <translation>Sale date</translation>
    </message>
    <message>
        <source>Sale details</source>
        <translation>Sale details</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>The number of attempts must be between 1 and 20.</source>
        <translation>The number of attempts must be between 1 and 20.</translation>
    </message>
    <message>
        <source>Possible duplicate: %1 already has the same name, phone or service code. Check it, or submit anyway.</source>
        <translation>Possible duplicate: %1 already has the same name, phone or service code. Check it, or submit anyway.</translation>
    </message>
    <message>
        <source>Line %1: %2 may duplicate %3 (flagged).</source>
        <translation>Line %1: %2 may duplicate %3 (flagged).</translation>
    </message>
    <message>
        <source>First visit %1 does not exist.</source>
        <translation>First visit %1 does not exist.</translation>
    </message>
    <message>
        <source>Unknown field “%1”.</source>
        <translation>Unknown field “%1”.</translation>
    </message>
    <message>
        <source>The submission has no field “%1”.</source>
        <translation>The submission has no field “%1”.</translation>
    </message>
    <message>
        <source>The corrected value is the same as the current one: mark it verified instead.</source>
        <translation>The corrected value is the same as the current one: mark it verified instead.</translation>
    </message>
    <message>
        <source>Write the sale date as YYYY-MM-DD.</source>
        <translation>Write the sale date as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The company name is required.</source>
        <translation>The company name is required.</translation>
    </message>
    <message>
        <source>The contact&apos;s name is required.</source>
        <translation>The contact&apos;s name is required.</translation>
    </message>
    <message>
        <source>Correct the purchased software first: modules belong to a product.</source>
        <translation>Correct the purchased software first: modules belong to a product.</translation>
    </message>
    <message>
        <source>Write the contract as “TYPE YYYY-MM-DD ~ YYYY-MM-DD”, e.g. “SPS 2026-01-01 ~ 2026-12-31”.</source>
        <translation>Write the contract as “TYPE YYYY-MM-DD ~ YYYY-MM-DD”, e.g. “SPS 2026-01-01 ~ 2026-12-31”.</translation>
    </message>
    <message>
        <source>Unknown call outcome “%1”.</source>
        <translation>Unknown call outcome “%1”.</translation>
    </message>
    <message>
        <source>A customer is unreachable only after %1 failed attempts (this would be the %2th).</source>
        <translation>A customer is unreachable only after %1 failed attempts (this would be the %2th).</translation>
    </message>
    <message>
        <source>This is failed attempt %1 of %2: the customer becomes unreachable.</source>
        <translation>This is failed attempt %1 of %2: the customer becomes unreachable.</translation>
    </message>
    <message>
        <source>Log a call that reached the customer before finishing the verification.</source>
        <translation>Log a call that reached the customer before finishing the verification.</translation>
    </message>
    <message>
        <source>“%1” is not checked yet: mark it verified or corrected.</source>
        <translation>“%1” is not checked yet: mark it verified or corrected.</translation>
    </message>
    <message>
        <source>Checklist: “%1” is neither ticked nor explained by a note.</source>
        <translation>Checklist: “%1” is neither ticked nor explained by a note.</translation>
    </message>
    <message>
        <source>Record at least one service need (use “Other” when the customer has none to report).</source>
        <translation>Record at least one service need (use “Other” when the customer has none to report).</translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) of this first visit are not in a digest handed off yet.</source>
        <translation>
            <numerusform>%n need of this first visit is not in a digest handed off yet.</numerusform>
            <numerusform>%n needs of this first visit are not in a digest handed off yet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown checklist item “%1”.</source>
        <translation>Unknown checklist item “%1”.</translation>
    </message>
    <message>
        <source>Choose the kind of need.</source>
        <translation>Choose the kind of need.</translation>
    </message>
    <message>
        <source>Describe the need.</source>
        <translation>Describe the need.</translation>
    </message>
    <message>
        <source>Choose the department the need goes to.</source>
        <translation>Choose the department the need goes to.</translation>
    </message>
    <message>
        <source>A recorded need cannot be removed; close it instead.</source>
        <translation>A recorded need cannot be removed; close it instead.</translation>
    </message>
    <message>
        <source>Need %1 does not exist.</source>
        <translation>Need %1 does not exist.</translation>
    </message>
    <message>
        <source>Say what took the need up (kind and number).</source>
        <translation>Say what took the need up (kind and number).</translation>
    </message>
    <message>
        <source>Log call attempt</source>
        <translation>Log call attempt</translation>
    </message>
    <message>
        <source>Mark unreachable</source>
        <translation>Mark unreachable</translation>
    </message>
    <message>
        <source>Finish verification</source>
        <translation>Finish verification</translation>
    </message>
    <message>
        <source>Record needs</source>
        <translation>Record needs</translation>
    </message>
    <message>
        <source>Hand off</source>
        <translation>Hand off</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>The next attempt must be later than this one.</source>
        <translation>The next attempt must be later than this one.</translation>
    </message>
    <message>
        <source>The next attempt must be in working hours (%1, on a working day).</source>
        <translation>The next attempt must be in working hours (%1, on a working day).</translation>
    </message>
    <message>
        <source>Call again at another time of day: not in the same morning or afternoon as the failed attempt.</source>
        <translation>Call again at another time of day: not in the same morning or afternoon as the failed attempt.</translation>
    </message>
    <message numerus="yes">
        <source>%n need(s)</source>
        <translation>
            <numerusform>%n need</numerusform>
            <numerusform>%n needs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %n department(s)</source>
        <translation>
            <numerusform> in %n department</numerusform>
            <numerusform> in %n departments</numerusform>
        </translation>
    </message>
    <message>
        <source>The need is not recorded yet: remove it instead.</source>
        <translation>The need is not recorded yet: remove it instead.</translation>
    </message>
    <message>
        <source>Take up</source>
        <translation>Take up</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Check a field</source>
        <translation>Check a field</translation>
    </message>
    <message>
        <source>Tick the checklist</source>
        <translation>Tick the checklist</translation>
    </message>
    <message>
        <source>Add a need</source>
        <translation>Add a need</translation>
    </message>
    <message>
        <source>Only the head of a department this first visit&apos;s needs go to (or an administrator) can hand it off.</source>
        <translation>Only the head of a department this first visit&apos;s needs go to (or an administrator) can hand it off.</translation>
    </message>
    <message>
        <source>Remove a need</source>
        <translation>Remove a need</translation>
    </message>
</context>
<context>
    <name>sd::core::FirstVisitWorkflow</name>
    <message>
        <source>Customer already on file (id)</source>
        <translation>Customer already on file (id)</translation>
    </message>
    <message>
        <source>Contract type</source>
        <translation>Contract type</translation>
    </message>
    <message>
        <source>Contract starts</source>
        <translation>Contract starts</translation>
    </message>
    <message>
        <source>Contract ends</source>
        <translation>Contract ends</translation>
    </message>
    <message>
        <source>Submit although it may be a duplicate</source>
        <translation>Submit although it may be a duplicate</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Next attempt</translation>
    </message>
    <message>
        <source>Submitted field</source>
        <translation>Submitted field</translation>
    </message>
    <message>
        <source>Corrected value (empty: verified as submitted)</source>
        <translation>Corrected value (empty: verified as submitted)</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>Checklist item</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Kind of need</source>
        <translation>Kind of need</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Department (id)</source>
        <translation>Department (id)</translation>
    </message>
    <message>
        <source>Need (id)</source>
        <translation>Need (id)</translation>
    </message>
    <message>
        <source>First visits</source>
        <translation>First visits</translation>
    </message>
    <message>
        <source>Need %1 is not one of this first visit&apos;s needs.</source>
        <translation>Need %1 is not one of this first visit&apos;s needs.</translation>
    </message>
</context>
<context>
    <name>sd::core::Handoff</name>
    <message>
        <source>project %1</source>
        <translation>project %1</translation>
    </message>
    <message>
        <source>training %1 (%2)</source>
        <translation>training %1 (%2)</translation>
    </message>
</context>
<context>
    <name>sd::core::HolidayCsv</name>
    <message>
        <source>The line is not valid UTF-8 text.</source>
        <translation>The line is not valid UTF-8 text.</translation>
    </message>
    <message>
        <source>A quotation mark is not closed.</source>
        <translation>A quotation mark is not closed.</translation>
    </message>
    <message>
        <source>Expected three columns date,kind,name but found %1.</source>
        <translation>Expected three columns date,kind,name but found %1.</translation>
    </message>
    <message>
        <source>“%1” is not a date in the form YYYY-MM-DD.</source>
        <translation>“%1” is not a date in the form YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>“%1” is not a kind of day; write holiday or workday.</source>
        <translation>“%1” is not a kind of day; write holiday or workday.</translation>
    </message>
    <message>
        <source>%1 is already listed on line %2.</source>
        <translation>%1 is already listed on line %2.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
</context>
<context>
    <name>sd::core::HotlineCall</name>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Online service</source>
        <translation>Online service</translation>
    </message>
    <message>
        <source>QQ / WeChat</source>
        <translation>QQ / WeChat</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Under contract</source>
        <translation>Under contract</translation>
    </message>
    <message>
        <source>Paid service</source>
        <translation>Paid service</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>Do it</source>
        <translation>Do it</translation>
    </message>
    <message>
        <source>Do it, charged</source>
        <translation>Do it, charged</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Decline</translation>
    </message>
</context>
<context>
    <name>sd::core::HotlineReport</name>
    <message>
        <source>Solved by remote support</source>
        <translation>Solved by remote support</translation>
    </message>
    <message>
        <source>Solved on the phone</source>
        <translation>Solved on the phone</translation>
    </message>
    <message>
        <source>Solved with vendor HQ&apos;s answer (%1)</source>
        <translation>Solved with vendor HQ&apos;s answer (%1)</translation>
    </message>
    <message>
        <source>Requirement decided: %1 (%2)</source>
        <translation>Requirement decided: %1 (%2)</translation>
    </message>
    <message>
        <source>On-site support requested</source>
        <translation>On-site support requested</translation>
    </message>
    <message>
        <source>New requirement with the account manager</source>
        <translation>New requirement with the account manager</translation>
    </message>
    <message>
        <source>Submitted to vendor HQ (%1)</source>
        <translation>Submitted to vendor HQ (%1)</translation>
    </message>
    <message>
        <source>Handed to the complaint register</source>
        <translation>Handed to the complaint register</translation>
    </message>
    <message>
        <source>The period must run from an earlier to a later date.</source>
        <translation>The period must run from an earlier to a later date.</translation>
    </message>
    <message>
        <source>Call no.</source>
        <translation>Call no.</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Caller</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Problem class</source>
        <translation>Problem class</translation>
    </message>
    <message>
        <source>Fault level</source>
        <translation>Fault level</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>Solution</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
</context>
<context>
    <name>sd::core::HotlineService</name>
    <message>
        <source>take a call</source>
        <translation>take a call</translation>
    </message>
    <message>
        <source>You are not on duty now; the duty roster decides who takes calls. Ask the service manager.</source>
        <translation>You are not on duty now; the duty roster decides who takes calls. Ask the service manager.</translation>
    </message>
    <message>
        <source>Choose the channel the call came in by.</source>
        <translation>Choose the channel the call came in by.</translation>
    </message>
    <message>
        <source>Choose the problem class.</source>
        <translation>Choose the problem class.</translation>
    </message>
    <message>
        <source>The fault level is 1 to 4.</source>
        <translation>The fault level is 1 to 4.</translation>
    </message>
    <message>
        <source>Describe the problem.</source>
        <translation>Describe the problem.</translation>
    </message>
    <message>
        <source>The customer has no valid service contract: log the call as paid service or as consultation.</source>
        <translation>The customer has no valid service contract: log the call as paid service or as consultation.</translation>
    </message>
    <message>
        <source>An unknown caller&apos;s call is logged as paid service or as consultation.</source>
        <translation>An unknown caller&apos;s call is logged as paid service or as consultation.</translation>
    </message>
    <message>
        <source>Unknown billing “%1”.</source>
        <translation>Unknown billing “%1”.</translation>
    </message>
    <message>
        <source>Only a new requirement goes to the account manager; this call is “%1”.</source>
        <translation>Only a new requirement goes to the account manager; this call is “%1”.</translation>
    </message>
    <message>
        <source>Say whether HQ gets a bug or an optimisation request.</source>
        <translation>Say whether HQ gets a bug or an optimisation request.</translation>
    </message>
    <message>
        <source>Only a software bug is submitted to vendor HQ as a bug; this call is “%1”.</source>
        <translation>Only a software bug is submitted to vendor HQ as a bug; this call is “%1”.</translation>
    </message>
    <message>
        <source>Re-training is suggested for operation problems; this call is “%1”.</source>
        <translation>Re-training is suggested for operation problems; this call is “%1”.</translation>
    </message>
    <message>
        <source>The call-back time must be in the future.</source>
        <translation>The call-back time must be in the future.</translation>
    </message>
    <message>
        <source>Answer yes, no or unknown.</source>
        <translation>Answer yes, no or unknown.</translation>
    </message>
    <message>
        <source>Enter a number of zero or more.</source>
        <translation>Enter a number of zero or more.</translation>
    </message>
    <message>
        <source>The decision is do, charge or decline.</source>
        <translation>The decision is do, charge or decline.</translation>
    </message>
    <message>
        <source>Enter the decision date as YYYY-MM-DD.</source>
        <translation>Enter the decision date as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The customer has no account manager: choose the one who follows this requirement up.</source>
        <translation>The customer has no account manager: choose the one who follows this requirement up.</translation>
    </message>
    <message>
        <source>Call %1 does not exist.</source>
        <translation>Call %1 does not exist.</translation>
    </message>
    <message>
        <source>30 min: move to remote support</source>
        <translation>30 min: move to remote support</translation>
    </message>
    <message>
        <source>60 min remote: request on-site</source>
        <translation>60 min remote: request on-site</translation>
    </message>
    <message>
        <source>First feedback</source>
        <translation>First feedback</translation>
    </message>
    <message>
        <source>Solve within 8 working hours</source>
        <translation>Solve within 8 working hours</translation>
    </message>
    <message>
        <source>Solution within 3 working days</source>
        <translation>Solution within 3 working days</translation>
    </message>
    <message>
        <source>Call the customer back</source>
        <translation>Call the customer back</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Phenomenon for the base</source>
        <translation>Phenomenon for the base</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Remote session (tool, ID)</source>
        <translation>Remote session (tool, ID)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Choose the billing: under the contract, paid service or consultation.</source>
        <translation>Choose the billing: under the contract, paid service or consultation.</translation>
    </message>
</context>
<context>
    <name>sd::core::HotlineWorkflow</name>
    <message>
        <source>On the phone</source>
        <translation>On the phone</translation>
    </message>
    <message>
        <source>On hold, call back</source>
        <translation>On hold, call back</translation>
    </message>
    <message>
        <source>Remote support</source>
        <translation>Remote support</translation>
    </message>
    <message>
        <source>On-site requested</source>
        <translation>On-site requested</translation>
    </message>
    <message>
        <source>With the account manager</source>
        <translation>With the account manager</translation>
    </message>
    <message>
        <source>Requirement decided</source>
        <translation>Requirement decided</translation>
    </message>
    <message>
        <source>Submitted to vendor HQ</source>
        <translation>Submitted to vendor HQ</translation>
    </message>
    <message>
        <source>HQ answered, call back</source>
        <translation>HQ answered, call back</translation>
    </message>
    <message>
        <source>Complaint opened</source>
        <translation>Complaint opened</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Solved</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Put on hold</source>
        <translation>Put on hold</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Call back</translation>
    </message>
    <message>
        <source>Move to remote support</source>
        <translation>Move to remote support</translation>
    </message>
    <message>
        <source>Request on-site support</source>
        <translation>Request on-site support</translation>
    </message>
    <message>
        <source>To the account manager</source>
        <translation>To the account manager</translation>
    </message>
    <message>
        <source>Record the evaluation</source>
        <translation>Record the evaluation</translation>
    </message>
    <message>
        <source>Decide the requirement</source>
        <translation>Decide the requirement</translation>
    </message>
    <message>
        <source>Submit to vendor HQ</source>
        <translation>Submit to vendor HQ</translation>
    </message>
    <message>
        <source>HQ answer received</source>
        <translation>HQ answer received</translation>
    </message>
    <message>
        <source>Open a complaint</source>
        <translation>Open a complaint</translation>
    </message>
    <message>
        <source>Suggest re-training</source>
        <translation>Suggest re-training</translation>
    </message>
    <message>
        <source>Update the call</source>
        <translation>Update the call</translation>
    </message>
    <message>
        <source>Customer confirmed</source>
        <translation>Customer confirmed</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>Solution</translation>
    </message>
    <message>
        <source>What is being consulted</source>
        <translation>What is being consulted</translation>
    </message>
    <message>
        <source>Call back by</source>
        <translation>Call back by</translation>
    </message>
    <message>
        <source>Why on-site</source>
        <translation>Why on-site</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>Account manager</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <source>Bug or optimisation</source>
        <translation>Bug or optimisation</translation>
    </message>
    <message>
        <source>HQ reference</source>
        <translation>HQ reference</translation>
    </message>
    <message>
        <source>HQ answer or patch</source>
        <translation>HQ answer or patch</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Re-training note</source>
        <translation>Re-training note</translation>
    </message>
    <message>
        <source>Closing note</source>
        <translation>Closing note</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Caller of call %1</source>
        <translation>Caller of call %1</translation>
    </message>
</context>
<context>
    <name>sd::core::Migrations</name>
    <message>
        <source>This database was created by a newer version of Service Center Desk (schema %1; this program knows up to %2). Please update the program; the database was not changed.</source>
        <translation>This database was created by a newer version of Service Center Desk (schema %1; this program knows up to %2). Please update the program; the database was not changed.</translation>
    </message>
    <message>
        <source>The database schema is at version %1 and needs migrating to %2 (run: servicedeskctl migrate).</source>
        <translation>The database schema is at version %1 and needs migrating to %2 (run: servicedeskctl migrate).</translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed: %3</source>
        <translation>Migration %1 (%2) failed: %3</translation>
    </message>
</context>
<context>
    <name>sd::core::Password</name>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>A password needs at least %1 characters.</translation>
    </message>
</context>
<context>
    <name>sd::core::Permissions</name>
    <message>
        <source>You are not allowed to do this (%1). It needs the role: %2.</source>
        <translation>You are not allowed to do this (%1). It needs the role: %2.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>sd::core::PrivateFiles</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>the folder cannot be created</source>
        <translation>the folder cannot be created</translation>
    </message>
</context>
<context>
    <name>sd::core::ProblemBaseRepository</name>
    <message>
        <source>The phenomenon (what the customer sees) is required.</source>
        <translation>The phenomenon (what the customer sees) is required.</translation>
    </message>
    <message>
        <source>The solution is required.</source>
        <translation>The solution is required.</translation>
    </message>
    <message>
        <source>Choose a problem class.</source>
        <translation>Choose a problem class.</translation>
    </message>
    <message>
        <source>add to the problem base</source>
        <translation>add to the problem base</translation>
    </message>
    <message>
        <source>Problem-base entry %1 does not exist.</source>
        <translation>Problem-base entry %1 does not exist.</translation>
    </message>
    <message>
        <source>apply a problem-base entry</source>
        <translation>apply a problem-base entry</translation>
    </message>
    <message>
        <source>Entry %1 was merged into entry %2; apply that one.</source>
        <translation>Entry %1 was merged into entry %2; apply that one.</translation>
    </message>
    <message>
        <source>Call %1 does not exist.</source>
        <translation>Call %1 does not exist.</translation>
    </message>
    <message>
        <source>An entry cannot be merged into itself.</source>
        <translation>An entry cannot be merged into itself.</translation>
    </message>
    <message>
        <source>Only active entries can be merged (one of them was merged already).</source>
        <translation>Only active entries can be merged (one of them was merged already).</translation>
    </message>
    <message>
        <source>Phenomenon</source>
        <translation>Phenomenon</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>Solution</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Merged</translation>
    </message>
    <message>
        <source>Apply to a call</source>
        <translation>Apply to a call</translation>
    </message>
    <message>
        <source>Take in a duplicate</source>
        <translation>Take in a duplicate</translation>
    </message>
    <message>
        <source>Merge into another entry</source>
        <translation>Merge into another entry</translation>
    </message>
    <message>
        <source>Edit the entry</source>
        <translation>Edit the entry</translation>
    </message>
</context>
<context>
    <name>sd::core::ProblemClass</name>
    <message>
        <source>Software bug</source>
        <translation>Software bug</translation>
    </message>
    <message>
        <source>Data problem</source>
        <translation>Data problem</translation>
    </message>
    <message>
        <source>New requirement</source>
        <translation>New requirement</translation>
    </message>
    <message>
        <source>Environment problem</source>
        <translation>Environment problem</translation>
    </message>
    <message>
        <source>Operation problem</source>
        <translation>Operation problem</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>1 – system down</source>
        <translation>1 – system down</translation>
    </message>
    <message>
        <source>2 – risk of going down</source>
        <translation>2 – risk of going down</translation>
    </message>
    <message>
        <source>3 – degraded or partial</source>
        <translation>3 – degraded or partial</translation>
    </message>
    <message>
        <source>4 – intermittent or indirect</source>
        <translation>4 – intermittent or indirect</translation>
    </message>
</context>
<context>
    <name>sd::core::ProblemWorkflow</name>
    <message>
        <source>Problem class</source>
        <translation>Problem class</translation>
    </message>
    <message>
        <source>Hotline call (id or call no.)</source>
        <translation>Hotline call (id or call no.)</translation>
    </message>
    <message>
        <source>Entry that stays (id)</source>
        <translation>Entry that stays (id)</translation>
    </message>
    <message>
        <source>Problem-base entries</source>
        <translation>Problem-base entries</translation>
    </message>
    <message>
        <source>Phenomenon</source>
        <translation>Phenomenon</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>Solution</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Duplicate entry to take in (id)</source>
        <translation>Duplicate entry to take in (id)</translation>
    </message>
</context>
<context>
    <name>sd::core::Projects</name>
    <message>
        <source>Need %1 is not an implementation need of this customer.</source>
        <translation>Need %1 is not an implementation need of this customer.</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>nobody yet</translation>
    </message>
    <message>
        <source>You already approved this request: the second approval must come from the other approver.</source>
        <translation>You already approved this request: the second approval must come from the other approver.</translation>
    </message>
    <message>
        <source>Only the project manager of this project (%1) can do this.</source>
        <translation>Only the project manager of this project (%1) can do this.</translation>
    </message>
    <message>
        <source>Only a consultant assigned to this project can do this.</source>
        <translation>Only a consultant assigned to this project can do this.</translation>
    </message>
    <message>
        <source>Only this project&apos;s project manager or an implementation manager can do this.</source>
        <translation>Only this project&apos;s project manager or an implementation manager can do this.</translation>
    </message>
    <message>
        <source>Only the project&apos;s consultants, its project manager or an implementation manager can do this.</source>
        <translation>Only the project&apos;s consultants, its project manager or an implementation manager can do this.</translation>
    </message>
    <message>
        <source>Staff member %1 is not an active project manager.</source>
        <translation>Staff member %1 is not an active project manager.</translation>
    </message>
    <message>
        <source>Name at least one implementation consultant.</source>
        <translation>Name at least one implementation consultant.</translation>
    </message>
    <message>
        <source>Staff member %1 is not an active implementation consultant.</source>
        <translation>Staff member %1 is not an active implementation consultant.</translation>
    </message>
    <message>
        <source>There is no plan template %1.</source>
        <translation>There is no plan template %1.</translation>
    </message>
    <message>
        <source>The project&apos;s product has no plan template: name one, or add the stages one by one.</source>
        <translation>The project&apos;s product has no plan template: name one, or add the stages one by one.</translation>
    </message>
    <message>
        <source>The business calendar has no working days for this plan.</source>
        <translation>The business calendar has no working days for this plan.</translation>
    </message>
    <message>
        <source>The plan has no stages yet: add stages or plan from the product&apos;s template.</source>
        <translation>The plan has no stages yet: add stages or plan from the product&apos;s template.</translation>
    </message>
    <message>
        <source>Final inspection needs every stage accepted: %1 of %2 are.</source>
        <translation>Final inspection needs every stage accepted: %1 of %2 are.</translation>
    </message>
    <message>
        <source>“%1” takes a date as YYYY-MM-DD, not “%2”.</source>
        <translation>“%1” takes a date as YYYY-MM-DD, not “%2”.</translation>
    </message>
    <message>
        <source>“%1” is before “%2”.</source>
        <translation>“%1” is before “%2”.</translation>
    </message>
    <message>
        <source>The project is “%1”: its stages cannot be worked on now.</source>
        <translation>The project is “%1”: its stages cannot be worked on now.</translation>
    </message>
    <message>
        <source>Budgeted days must be a whole number from 1 to 10,000.</source>
        <translation>Budgeted days must be a whole number from 1 to 10,000.</translation>
    </message>
    <message>
        <source>Choose the customer the project is for.</source>
        <translation>Choose the customer the project is for.</translation>
    </message>
    <message>
        <source>The contract is not one of this customer&apos;s contracts.</source>
        <translation>The contract is not one of this customer&apos;s contracts.</translation>
    </message>
    <message>
        <source>There is no product %1.</source>
        <translation>There is no product %1.</translation>
    </message>
    <message>
        <source>Open an implementation project</source>
        <translation>Open an implementation project</translation>
    </message>
    <message>
        <source>Say which day the entry is for (YYYY-MM-DD).</source>
        <translation>Say which day the entry is for (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>%1 has not come yet: a day is confirmed when it is worked.</source>
        <translation>%1 has not come yet: a day is confirmed when it is worked.</translation>
    </message>
    <message>
        <source>The stage started on %1; %2 is before it.</source>
        <translation>The stage started on %1; %2 is before it.</translation>
    </message>
    <message>
        <source>Hours must be more than 0 and at most 24.</source>
        <translation>Hours must be more than 0 and at most 24.</translation>
    </message>
    <message>
        <source>Add a plan template</source>
        <translation>Add a plan template</translation>
    </message>
    <message>
        <source>A plan template needs at least one stage.</source>
        <translation>A plan template needs at least one stage.</translation>
    </message>
    <message>
        <source>A stage of a template lasts 1 to 250 working days.</source>
        <translation>A stage of a template lasts 1 to 250 working days.</translation>
    </message>
    <message>
        <source>The request was not made while the project was “%1”.</source>
        <translation>The request was not made while the project was “%1”.</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Applied</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planning</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Suspension requested</source>
        <translation>Suspension requested</translation>
    </message>
    <message>
        <source>Suspension approved by the project manager</source>
        <translation>Suspension approved by the project manager</translation>
    </message>
    <message>
        <source>Suspension approved by the implementation manager</source>
        <translation>Suspension approved by the implementation manager</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <source>Termination requested</source>
        <translation>Termination requested</translation>
    </message>
    <message>
        <source>Termination approved by the project manager</source>
        <translation>Termination approved by the project manager</translation>
    </message>
    <message>
        <source>Termination approved by the implementation manager</source>
        <translation>Termination approved by the implementation manager</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Terminated</translation>
    </message>
    <message>
        <source>Final inspection</source>
        <translation>Final inspection</translation>
    </message>
    <message>
        <source>Submitted for filing</source>
        <translation>Submitted for filing</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Assign project manager and consultants</source>
        <translation>Assign project manager and consultants</translation>
    </message>
    <message>
        <source>Change project manager or consultants</source>
        <translation>Change project manager or consultants</translation>
    </message>
    <message>
        <source>Start planning</source>
        <translation>Start planning</translation>
    </message>
    <message>
        <source>Add a stage</source>
        <translation>Add a stage</translation>
    </message>
    <message>
        <source>Plan from the product&apos;s template</source>
        <translation>Plan from the product&apos;s template</translation>
    </message>
    <message>
        <source>Start implementation</source>
        <translation>Start implementation</translation>
    </message>
    <message>
        <source>Apply to suspend</source>
        <translation>Apply to suspend</translation>
    </message>
    <message>
        <source>Approve suspension (project manager)</source>
        <translation>Approve suspension (project manager)</translation>
    </message>
    <message>
        <source>Approve suspension (implementation manager)</source>
        <translation>Approve suspension (implementation manager)</translation>
    </message>
    <message>
        <source>Reject suspension</source>
        <translation>Reject suspension</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Apply to terminate</source>
        <translation>Apply to terminate</translation>
    </message>
    <message>
        <source>Approve termination (project manager)</source>
        <translation>Approve termination (project manager)</translation>
    </message>
    <message>
        <source>Approve termination (implementation manager)</source>
        <translation>Approve termination (implementation manager)</translation>
    </message>
    <message>
        <source>Reject termination</source>
        <translation>Reject termination</translation>
    </message>
    <message>
        <source>Begin final inspection</source>
        <translation>Begin final inspection</translation>
    </message>
    <message>
        <source>Submit for review and filing</source>
        <translation>Submit for review and filing</translation>
    </message>
    <message>
        <source>Return to final inspection</source>
        <translation>Return to final inspection</translation>
    </message>
    <message>
        <source>Review and file</source>
        <translation>Review and file</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Implementation need from the first visit</source>
        <translation>Implementation need from the first visit</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>Project name</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>Budgeted days</source>
        <translation>Budgeted days</translation>
    </message>
    <message>
        <source>Project manager</source>
        <translation>Project manager</translation>
    </message>
    <message>
        <source>Consultants</source>
        <translation>Consultants</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Planned start</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Planned end</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Stage goals</source>
        <translation>Stage goals</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risks</translation>
    </message>
    <message>
        <source>Customer expectations</source>
        <translation>Customer expectations</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>Deliverables</translation>
    </message>
    <message>
        <source>Plan template</source>
        <translation>Plan template</translation>
    </message>
    <message>
        <source>First day of the plan</source>
        <translation>First day of the plan</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Expected until</source>
        <translation>Expected until</translation>
    </message>
    <message>
        <source>Why it is rejected</source>
        <translation>Why it is rejected</translation>
    </message>
    <message>
        <source>Approval note</source>
        <translation>Approval note</translation>
    </message>
    <message>
        <source>How the cause was solved</source>
        <translation>How the cause was solved</translation>
    </message>
    <message>
        <source>Documents reviewed</source>
        <translation>Documents reviewed</translation>
    </message>
    <message>
        <source>What is to be reworked</source>
        <translation>What is to be reworked</translation>
    </message>
    <message>
        <source>Filing note</source>
        <translation>Filing note</translation>
    </message>
    <message>
        <source>Stage (id)</source>
        <translation>Stage (id)</translation>
    </message>
    <message>
        <source>Results delivered</source>
        <translation>Results delivered</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>Work date</source>
        <translation>Work date</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>Work done</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Issues</translation>
    </message>
    <message>
        <source>Confirmed by (customer)</source>
        <translation>Confirmed by (customer)</translation>
    </message>
    <message>
        <source>Implementation projects</source>
        <translation>Implementation projects</translation>
    </message>
    <message>
        <source>Stage %1 is not a stage of this project.</source>
        <translation>Stage %1 is not a stage of this project.</translation>
    </message>
    <message>
        <source>Stage “%1” failed its acceptance evaluation: %2</source>
        <translation>Stage “%1” failed its acceptance evaluation: %2</translation>
    </message>
    <message>
        <source>The stage “%1” was accepted: its daily log is read-only now.</source>
        <translation>The stage “%1” was accepted: its daily log is read-only now.</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Being implemented</source>
        <translation>Being implemented</translation>
    </message>
    <message>
        <source>Delivered, waiting for evaluation</source>
        <translation>Delivered, waiting for evaluation</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Failed: to be re-implemented</source>
        <translation>Failed: to be re-implemented</translation>
    </message>
    <message>
        <source>Failed: presales commitment or product gap</source>
        <translation>Failed: presales commitment or product gap</translation>
    </message>
    <message>
        <source>Start the stage</source>
        <translation>Start the stage</translation>
    </message>
    <message>
        <source>Deliver the stage&apos;s results</source>
        <translation>Deliver the stage&apos;s results</translation>
    </message>
    <message>
        <source>Acceptance evaluation: passed</source>
        <translation>Acceptance evaluation: passed</translation>
    </message>
    <message>
        <source>Acceptance evaluation: failed, work incomplete</source>
        <translation>Acceptance evaluation: failed, work incomplete</translation>
    </message>
    <message>
        <source>Acceptance evaluation: failed, presales commitment or product gap</source>
        <translation>Acceptance evaluation: failed, presales commitment or product gap</translation>
    </message>
    <message>
        <source>Re-implement the stage</source>
        <translation>Re-implement the stage</translation>
    </message>
    <message>
        <source>Confirm a day of the implementation log</source>
        <translation>Confirm a day of the implementation log</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Search for at most 200 characters.</source>
        <translation>Search for at most 200 characters.</translation>
    </message>
    <message>
        <source>Only project managers and consultants are assigned to projects.</source>
        <translation>Only project managers and consultants are assigned to projects.</translation>
    </message>
    <message>
        <source>Only the project&apos;s team (its project manager, its consultants) and the implementation manager add documents to a project.</source>
        <translation>Only the project&apos;s team (its project manager, its consultants) and the implementation manager add documents to a project.</translation>
    </message>
    <message>
        <source>The project is “%1”: its documents are filed and cannot change.</source>
        <translation>The project is “%1”: its documents are filed and cannot change.</translation>
    </message>
    <message>
        <source>Choose the file to add.</source>
        <translation>Choose the file to add.</translation>
    </message>
    <message>
        <source>The file name is too long: at most 200 characters.</source>
        <translation>The file name is too long: at most 200 characters.</translation>
    </message>
    <message>
        <source>“%1” is not a document type the project keeps. Allowed: %2.</source>
        <translation>“%1” is not a document type the project keeps. Allowed: %2.</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>“%1” is empty.</translation>
    </message>
    <message>
        <source>“%1” is %2 MB: a project document may be at most %3 MB.</source>
        <translation>“%1” is %2 MB: a project document may be at most %3 MB.</translation>
    </message>
    <message>
        <source>The stage is not one of this project&apos;s stages.</source>
        <translation>The stage is not one of this project&apos;s stages.</translation>
    </message>
    <message>
        <source>The document no longer exists.</source>
        <translation>The document no longer exists.</translation>
    </message>
    <message>
        <source>There is no project %1.</source>
        <translation>There is no project %1.</translation>
    </message>
    <message>
        <source>The acceptance report is printed once every stage is accepted (final inspection, submitted or closed); the project is “%1”.</source>
        <translation>The acceptance report is printed once every stage is accepted (final inspection, submitted or closed); the project is “%1”.</translation>
    </message>
</context>
<context>
    <name>sd::core::RecordStore</name>
    <message>
        <source>The record no longer exists (it may have been deleted).</source>
        <translation>The record no longer exists (it may have been deleted).</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>another user</translation>
    </message>
    <message>
        <source>%1 changed this record at %2 after you opened it. Your changes were not saved; compare and choose which values to keep.</source>
        <translation>%1 changed this record at %2 after you opened it. Your changes were not saved; compare and choose which values to keep.</translation>
    </message>
    <message>
        <source>“%1” is too long: %2 characters, at most %3.</source>
        <translation>“%1” is too long: %2 characters, at most %3.</translation>
    </message>
    <message>
        <source>“%1” contains a NUL character.</source>
        <translation>“%1” contains a NUL character.</translation>
    </message>
</context>
<context>
    <name>sd::core::Region</name>
    <message>
        <source>Same city</source>
        <translation>Same city</translation>
    </message>
    <message>
        <source>Nearby</source>
        <translation>Nearby</translation>
    </message>
    <message>
        <source>Other province</source>
        <translation>Other province</translation>
    </message>
</context>
<context>
    <name>sd::core::ReturnVisit</name>
    <message>
        <source>Scheduled</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Record return visit</source>
        <translation>Record return visit</translation>
    </message>
    <message>
        <source>Cancel return visit</source>
        <translation>Cancel return visit</translation>
    </message>
    <message>
        <source>Open a complaint</source>
        <translation>Open a complaint</translation>
    </message>
    <message>
        <source>Phone or visit</source>
        <translation>Phone or visit</translation>
    </message>
    <message>
        <source>Service attitude</source>
        <translation>Service attitude</translation>
    </message>
    <message>
        <source>Service quality</source>
        <translation>Service quality</translation>
    </message>
    <message>
        <source>Problem resolution</source>
        <translation>Problem resolution</translation>
    </message>
    <message>
        <source>Satisfaction score</source>
        <translation>Satisfaction score</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>After an on-site job</source>
        <translation>After an on-site job</translation>
    </message>
    <message>
        <source>After a closed case</source>
        <translation>After a closed case</translation>
    </message>
    <message>
        <source>Quarterly visit</source>
        <translation>Quarterly visit</translation>
    </message>
    <message>
        <source>Give a year and a quarter from 1 to 4.</source>
        <translation>Give a year and a quarter from 1 to 4.</translation>
    </message>
    <message>
        <source>Schedule quarterly return visits</source>
        <translation>Schedule quarterly return visits</translation>
    </message>
    <message>
        <source>Say whether the return visit was by phone or on site.</source>
        <translation>Say whether the return visit was by phone or on site.</translation>
    </message>
    <message>
        <source>“%1” is a score from 1 to 5.</source>
        <translation>“%1” is a score from 1 to 5.</translation>
    </message>
    <message>
        <source>A complaint is already linked to this return visit.</source>
        <translation>A complaint is already linked to this return visit.</translation>
    </message>
    <message>
        <source>The return visit no longer exists.</source>
        <translation>The return visit no longer exists.</translation>
    </message>
    <message>
        <source>Choose a score for “%1”: ask the customer.</source>
        <translation>Choose a score for “%1”: ask the customer.</translation>
    </message>
    <message>
        <source>Link a complaint</source>
        <translation>Link a complaint</translation>
    </message>
</context>
<context>
    <name>sd::core::ReturnVisitWorkflow</name>
    <message>
        <source>What the customer said</source>
        <translation>What the customer said</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <source>The complaint (empty: the visit&apos;s comment)</source>
        <translation>The complaint (empty: the visit&apos;s comment)</translation>
    </message>
    <message>
        <source>Return visits</source>
        <translation>Return visits</translation>
    </message>
</context>
<context>
    <name>sd::core::Role</name>
    <message>
        <source>Sales staff</source>
        <translation>Sales staff</translation>
    </message>
    <message>
        <source>First-visit agent</source>
        <translation>First-visit agent</translation>
    </message>
    <message>
        <source>Hotline operator</source>
        <translation>Hotline operator</translation>
    </message>
    <message>
        <source>Service manager</source>
        <translation>Service manager</translation>
    </message>
    <message>
        <source>Service engineer</source>
        <translation>Service engineer</translation>
    </message>
    <message>
        <source>Implementation manager</source>
        <translation>Implementation manager</translation>
    </message>
    <message>
        <source>Project manager</source>
        <translation>Project manager</translation>
    </message>
    <message>
        <source>Implementation consultant</source>
        <translation>Implementation consultant</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>Account manager</translation>
    </message>
    <message>
        <source>Quality supervisor</source>
        <translation>Quality supervisor</translation>
    </message>
    <message>
        <source>Training teacher</source>
        <translation>Training teacher</translation>
    </message>
    <message>
        <source>Department head / general manager</source>
        <translation>Department head / general manager</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>sd::core::SlaClockService</name>
    <message>
        <source>No active service-level policy covers the target “%1” of “%2”; ask the administrator to add one.</source>
        <translation>No active service-level policy covers the target “%1” of “%2”; ask the administrator to add one.</translation>
    </message>
    <message>
        <source>The business calendar has no working time left to count this deadline in.</source>
        <translation>The business calendar has no working time left to count this deadline in.</translation>
    </message>
    <message>
        <source>The deadline “%1” of this record is already running.</source>
        <translation>The deadline “%1” of this record is already running.</translation>
    </message>
    <message>
        <source>Someone else changed this deadline at the same moment; reload and try again.</source>
        <translation>Someone else changed this deadline at the same moment; reload and try again.</translation>
    </message>
    <message>
        <source>Only a running deadline can be paused.</source>
        <translation>Only a running deadline can be paused.</translation>
    </message>
    <message>
        <source>Only a paused deadline can be resumed.</source>
        <translation>Only a paused deadline can be resumed.</translation>
    </message>
    <message>
        <source>The deadline has already been stopped.</source>
        <translation>The deadline has already been stopped.</translation>
    </message>
    <message>
        <source>The deadline no longer exists.</source>
        <translation>The deadline no longer exists.</translation>
    </message>
</context>
<context>
    <name>sd::core::SlaPolicy</name>
    <message>
        <source>Choose the kind of record the target applies to.</source>
        <translation>Choose the kind of record the target applies to.</translation>
    </message>
    <message>
        <source>Choose the target (for example first response or resolution).</source>
        <translation>Choose the target (for example first response or resolution).</translation>
    </message>
    <message>
        <source>The fault level must be between 1 and 4.</source>
        <translation>The fault level must be between 1 and 4.</translation>
    </message>
    <message>
        <source>The customer class must be key, vip or empty.</source>
        <translation>The customer class must be key, vip or empty.</translation>
    </message>
    <message>
        <source>The region must be same city, nearby or other province.</source>
        <translation>The region must be same city, nearby or other province.</translation>
    </message>
    <message>
        <source>The time allowed must be at least one minute.</source>
        <translation>The time allowed must be at least one minute.</translation>
    </message>
    <message>
        <source>The warning threshold must be between 1 % and 100 %.</source>
        <translation>The warning threshold must be between 1 % and 100 %.</translation>
    </message>
</context>
<context>
    <name>sd::core::SlaRepository</name>
    <message>
        <source>The service-level policy no longer exists.</source>
        <translation>The service-level policy no longer exists.</translation>
    </message>
    <message>
        <source>Deadlines already computed with this policy refer to it; deactivate the policy instead of deleting it.</source>
        <translation>Deadlines already computed with this policy refer to it; deactivate the policy instead of deleting it.</translation>
    </message>
</context>
<context>
    <name>sd::core::SlaState</name>
    <message>
        <source>On time</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Waiting for customer</source>
        <translation>Waiting for customer</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Missed</translation>
    </message>
</context>
<context>
    <name>sd::core::StaffRepository</name>
    <message>
        <source>A login is 2–32 letters, digits, dots, dashes or underscores.</source>
        <translation>A login is 2–32 letters, digits, dots, dashes or underscores.</translation>
    </message>
    <message>
        <source>The display name is required.</source>
        <translation>The display name is required.</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; is already taken.</source>
        <translation>The login &quot;%1&quot; is already taken.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>You cannot disable your own account.</translation>
    </message>
    <message>
        <source>The current password is not correct.</source>
        <translation>The current password is not correct.</translation>
    </message>
    <message>
        <source>No staff member with id %1.</source>
        <translation>No staff member with id %1.</translation>
    </message>
    <message>
        <source>No staff member with the login &quot;%1&quot;.</source>
        <translation>No staff member with the login &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The department needs a name.</source>
        <translation>The department needs a name.</translation>
    </message>
    <message>
        <source>The database already has staff accounts; the administrator creates further accounts.</source>
        <translation>The database already has staff accounts; the administrator creates further accounts.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is disabled.</source>
        <translation>The account &quot;%1&quot; is disabled.</translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation>Wrong login or password.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask the administrator.</source>
        <translation>This account is disabled. Ask the administrator.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords: this account is locked for %n more minute(s). Wait, or ask the administrator to reset the password.</source>
        <translation>
            <numerusform>Too many wrong passwords: this account is locked for %n more minute. Wait, or ask the administrator to reset the password.</numerusform>
            <numerusform>Too many wrong passwords: this account is locked for %n more minutes. Wait, or ask the administrator to reset the password.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::core::Training</name>
    <message>
        <source>Only the session&apos;s teacher (%1) can do this.</source>
        <translation>Only the session&apos;s teacher (%1) can do this.</translation>
    </message>
    <message>
        <source>Seats are still free (%1 of %2 taken).</source>
        <translation>Seats are still free (%1 of %2 taken).</translation>
    </message>
    <message>
        <source>Every seat is taken (%1 of %2).</source>
        <translation>Every seat is taken (%1 of %2).</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Open for registration</source>
        <translation>Open for registration</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Full</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>Scored</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Open registration</source>
        <translation>Open registration</translation>
    </message>
    <message>
        <source>Change the plan</source>
        <translation>Change the plan</translation>
    </message>
    <message>
        <source>Register a student</source>
        <translation>Register a student</translation>
    </message>
    <message>
        <source>Cancel a registration</source>
        <translation>Cancel a registration</translation>
    </message>
    <message>
        <source>Mark as full</source>
        <translation>Mark as full</translation>
    </message>
    <message>
        <source>Reopen registration</source>
        <translation>Reopen registration</translation>
    </message>
    <message>
        <source>Mark as held</source>
        <translation>Mark as held</translation>
    </message>
    <message>
        <source>Record attendance</source>
        <translation>Record attendance</translation>
    </message>
    <message>
        <source>Record an exam score</source>
        <translation>Record an exam score</translation>
    </message>
    <message>
        <source>Finish scoring</source>
        <translation>Finish scoring</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancel the session</source>
        <translation>Cancel the session</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Online link</source>
        <translation>Online link</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>Held outside working hours (confirmed)</source>
        <translation>Held outside working hours (confirmed)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>Reason for cancelling</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Student&apos;s name</source>
        <translation>Student&apos;s name</translation>
    </message>
    <message>
        <source>Student&apos;s phone</source>
        <translation>Student&apos;s phone</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Registered from</source>
        <translation>Registered from</translation>
    </message>
    <message>
        <source>First-visit need</source>
        <translation>First-visit need</translation>
    </message>
    <message>
        <source>Hotline call</source>
        <translation>Hotline call</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registration</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Course title</source>
        <translation>Course title</translation>
    </message>
    <message>
        <source>Kind of course</source>
        <translation>Kind of course</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Outline</translation>
    </message>
    <message>
        <source>Duration (hours)</source>
        <translation>Duration (hours)</translation>
    </message>
    <message>
        <source>Pass mark</source>
        <translation>Pass mark</translation>
    </message>
    <message>
        <source>Software operation</source>
        <translation>Software operation</translation>
    </message>
    <message>
        <source>Software upgrade</source>
        <translation>Software upgrade</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Business</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>On the waiting list</source>
        <translation>On the waiting list</translation>
    </message>
    <message>
        <source>Registered from the waiting list</source>
        <translation>Registered from the waiting list</translation>
    </message>
</context>
<context>
    <name>sd::core::TrainingNotice</name>
    <message>
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Waiting position</source>
        <translation>Waiting position</translation>
    </message>
    <message>
        <source>Days present</source>
        <translation>Days present</translation>
    </message>
    <message>
        <source>Exam attempts</source>
        <translation>Exam attempts</translation>
    </message>
    <message>
        <source>Last score</source>
        <translation>Last score</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
</context>
<context>
    <name>sd::core::TrainingService</name>
    <message>
        <source>Give the room, or the online link for a session held online.</source>
        <translation>Give the room, or the online link for a session held online.</translation>
    </message>
    <message>
        <source>The capacity is a number of seats from 1 to %1.</source>
        <translation>The capacity is a number of seats from 1 to %1.</translation>
    </message>
    <message>
        <source>Choose the course the session teaches.</source>
        <translation>Choose the course the session teaches.</translation>
    </message>
    <message>
        <source>The course is retired: no new sessions are planned from it.</source>
        <translation>The course is retired: no new sessions are planned from it.</translation>
    </message>
    <message>
        <source>The teacher must be an active member of staff with the training teacher role.</source>
        <translation>The teacher must be an active member of staff with the training teacher role.</translation>
    </message>
    <message>
        <source>Say when the session starts.</source>
        <translation>Say when the session starts.</translation>
    </message>
    <message>
        <source>The session must end after it starts.</source>
        <translation>The session must end after it starts.</translation>
    </message>
    <message>
        <source>A session lasts at most 31 days; plan several sessions instead.</source>
        <translation>A session lasts at most 31 days; plan several sessions instead.</translation>
    </message>
    <message>
        <source>The start lies in the past: plan sessions ahead.</source>
        <translation>The start lies in the past: plan sessions ahead.</translation>
    </message>
    <message>
        <source>The room %1 is taken at that time by session %2.</source>
        <translation>The room %1 is taken at that time by session %2.</translation>
    </message>
    <message>
        <source>The teacher already teaches session %1 at that time.</source>
        <translation>The teacher already teaches session %1 at that time.</translation>
    </message>
    <message>
        <source>%1 is a holiday (%2).</source>
        <translation>%1 is a holiday (%2).</translation>
    </message>
    <message>
        <source>%1 is not a working day.</source>
        <translation>%1 is not a working day.</translation>
    </message>
    <message>
        <source>%1–%2 is outside working hours (%3).</source>
        <translation>%1–%2 is outside working hours (%3).</translation>
    </message>
    <message>
        <source>%1 Confirm that the session is held outside working hours (confirm_off_hours) to plan it anyway.</source>
        <translation>%1 Confirm that the session is held outside working hours (confirm_off_hours) to plan it anyway.</translation>
    </message>
    <message>
        <source>The kind of course is one of: %1.</source>
        <translation>The kind of course is one of: %1.</translation>
    </message>
    <message>
        <source>The duration is 1 to 200 hours.</source>
        <translation>The duration is 1 to 200 hours.</translation>
    </message>
    <message>
        <source>The pass mark is a score from 0 to 100.</source>
        <translation>The pass mark is a score from 0 to 100.</translation>
    </message>
    <message>
        <source>Set up training courses</source>
        <translation>Set up training courses</translation>
    </message>
    <message>
        <source>The course has sessions and stays in their records: retire it instead.</source>
        <translation>The course has sessions and stays in their records: retire it instead.</translation>
    </message>
    <message>
        <source>Plan a training session</source>
        <translation>Plan a training session</translation>
    </message>
    <message>
        <source>The training session does not exist.</source>
        <translation>The training session does not exist.</translation>
    </message>
    <message>
        <source>There is no such registration on this session.</source>
        <translation>There is no such registration on this session.</translation>
    </message>
    <message>
        <source>The student holds no seat on this session.</source>
        <translation>The student holds no seat on this session.</translation>
    </message>
    <message>
        <source>A seat on session %1 (%2) is yours: you are moved up from the waiting list.</source>
        <translation>A seat on session %1 (%2) is yours: you are moved up from the waiting list.</translation>
    </message>
    <message>
        <source>%1 students already hold a seat: the capacity cannot be less.</source>
        <translation>%1 students already hold a seat: the capacity cannot be less.</translation>
    </message>
    <message>
        <source>There is no such student.</source>
        <translation>There is no such student.</translation>
    </message>
    <message>
        <source>Give the student (student_id), or the new student&apos;s name and customer.</source>
        <translation>Give the student (student_id), or the new student&apos;s name and customer.</translation>
    </message>
    <message>
        <source>Choose the customer whose staff member the student is.</source>
        <translation>Choose the customer whose staff member the student is.</translation>
    </message>
    <message>
        <source>The contact does not belong to this customer.</source>
        <translation>The contact does not belong to this customer.</translation>
    </message>
    <message>
        <source>Registered from is one of: %1.</source>
        <translation>Registered from is one of: %1.</translation>
    </message>
    <message>
        <source>Choose the first-visit need the student registers for.</source>
        <translation>Choose the first-visit need the student registers for.</translation>
    </message>
    <message>
        <source>Choose the hotline call the student registers for.</source>
        <translation>Choose the hotline call the student registers for.</translation>
    </message>
    <message>
        <source>The need or call is another customer&apos;s.</source>
        <translation>The need or call is another customer&apos;s.</translation>
    </message>
    <message>
        <source>The need is not an open training need.</source>
        <translation>The need is not an open training need.</translation>
    </message>
    <message>
        <source>The student is already on this session&apos;s list.</source>
        <translation>The student is already on this session&apos;s list.</translation>
    </message>
    <message>
        <source>The registration is already cancelled.</source>
        <translation>The registration is already cancelled.</translation>
    </message>
    <message>
        <source>The session starts at %1; it is marked held from then on.</source>
        <translation>The session starts at %1; it is marked held from then on.</translation>
    </message>
    <message>
        <source>Nobody is registered: cancel the session instead.</source>
        <translation>Nobody is registered: cancel the session instead.</translation>
    </message>
    <message>
        <source>The day is one of the session&apos;s days, %1 to %2 (YYYY-MM-DD).</source>
        <translation>The day is one of the session&apos;s days, %1 to %2 (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Attendance is recorded on the day or after it, not ahead.</source>
        <translation>Attendance is recorded on the day or after it, not ahead.</translation>
    </message>
    <message>
        <source>The score is a whole number from 0 to 100.</source>
        <translation>The score is a whole number from 0 to 100.</translation>
    </message>
    <message>
        <source>The student has passed this exam: no re-sit is needed.</source>
        <translation>The student has passed this exam: no re-sit is needed.</translation>
    </message>
    <message>
        <source>No exam score is recorded yet.</source>
        <translation>No exam score is recorded yet.</translation>
    </message>
    <message>
        <source>These students attended but have no score yet: %1.</source>
        <translation>These students attended but have no score yet: %1.</translation>
    </message>
    <message>
        <source>Session %1 (%2) is cancelled: %3</source>
        <translation>Session %1 (%2) is cancelled: %3</translation>
    </message>
</context>
<context>
    <name>sd::core::TrainingWorkflow</name>
    <message>
        <source>Training sessions</source>
        <translation>Training sessions</translation>
    </message>
</context>
<context>
    <name>sd::core::Workflow</name>
    <message>
        <source>Unknown action “%1”.</source>
        <translation>Unknown action “%1”.</translation>
    </message>
    <message>
        <source>nothing (the record is closed)</source>
        <translation>nothing (the record is closed)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>“%1” is not possible while the record is “%2”. Possible now: %3.</source>
        <translation>“%1” is not possible while the record is “%2”. Possible now: %3.</translation>
    </message>
    <message>
        <source>“%1” must be filled in for “%2”.</source>
        <translation>“%1” must be filled in for “%2”.</translation>
    </message>
    <message>
        <source>You may not do this on this record.</source>
        <translation>You may not do this on this record.</translation>
    </message>
    <message>
        <source>“%1” is recorded on its own form, not taken as an action.</source>
        <translation>“%1” is recorded on its own form, not taken as an action.</translation>
    </message>
    <message>
        <source>“%1” is not possible on this record now.</source>
        <translation>“%1” is not possible on this record now.</translation>
    </message>
</context>
<context>
    <name>sd::core::WorkflowRegistry</name>
    <message>
        <source>“%1” (%2) takes a whole number, not “%3”.</source>
        <translation>“%1” (%2) takes a whole number, not “%3”.</translation>
    </message>
    <message>
        <source>“%1” (%2) is one of: %3.</source>
        <translation>“%1” (%2) is one of: %3.</translation>
    </message>
    <message>
        <source>“%1” (%2) takes a number, not “%3”.</source>
        <translation>“%1” (%2) takes a number, not “%3”.</translation>
    </message>
    <message>
        <source>“%1” (%2) takes a date as YYYY-MM-DD, not “%3”.</source>
        <translation>“%1” (%2) takes a date as YYYY-MM-DD, not “%3”.</translation>
    </message>
    <message>
        <source>“%1” (%2) takes a date and time as YYYY-MM-DDTHH:MM, not “%3”.</source>
        <translation>“%1” (%2) takes a date and time as YYYY-MM-DDTHH:MM, not “%3”.</translation>
    </message>
    <message>
        <source>“%1” (%2) is yes or no, not “%3”.</source>
        <translation>“%1” (%2) is yes or no, not “%3”.</translation>
    </message>
    <message>
        <source>“%1” (%2) takes keys of: %3 (comma-separated).</source>
        <translation>“%1” (%2) takes keys of: %3 (comma-separated).</translation>
    </message>
    <message>
        <source>%1 are not created one by one: the workflows that need them create them.</source>
        <translation>%1 are not created one by one: the workflows that need them create them.</translation>
    </message>
    <message>
        <source>a new record</source>
        <translation>a new record</translation>
    </message>
    <message>
        <source>“%1” is not a field of %2; its fields: %3.</source>
        <translation>“%1” is not a field of %2; its fields: %3.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>There is no record with the id “%1”.</source>
        <translation>There is no record with the id “%1”.</translation>
    </message>
    <message>
        <source>There is no record with the id or number “%1”.</source>
        <translation>There is no record with the id or number “%1”.</translation>
    </message>
</context>
<context>
    <name>sd::core::search</name>
    <message>
        <source>The search text is longer than %1 characters; search for a shorter part of it.</source>
        <translation>The search text is longer than %1 characters; search for a shorter part of it.</translation>
    </message>
</context>
<context>
    <name>sd::render::ComplaintReport</name>
    <message>
        <source>Complaints in the last 13 months</source>
        <translation>Complaints in the last 13 months</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>No complaints</source>
        <translation>No complaints</translation>
    </message>
    <message>
        <source>Timeliness against the deadlines</source>
        <translation>Timeliness against the deadlines</translation>
    </message>
    <message>
        <source>Reply (3 h)</source>
        <translation>Reply (3 h)</translation>
    </message>
    <message>
        <source>Follow-up (1 working day)</source>
        <translation>Follow-up (1 working day)</translation>
    </message>
    <message>
        <source>Feedback to HQ (1 working day)</source>
        <translation>Feedback to HQ (1 working day)</translation>
    </message>
    <message>
        <source>nothing due</source>
        <translation>nothing due</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Not due yet</source>
        <translation>Not due yet</translation>
    </message>
    <message>
        <source>Monthly complaint analysis report %1</source>
        <translation>Monthly complaint analysis report %1</translation>
    </message>
    <message>
        <source>To all department managers and the general manager. Due by %1; %2. Figures as of %3.</source>
        <translation>To all department managers and the general manager. Due by %1; %2. Figures as of %3.</translation>
    </message>
    <message>
        <source>issued %1</source>
        <translation>issued %1</translation>
    </message>
    <message>
        <source>not issued yet</source>
        <translation>not issued yet</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Complaints received</source>
        <translation>Complaints received</translation>
    </message>
    <message>
        <source>From key customers</source>
        <translation>From key customers</translation>
    </message>
    <message>
        <source>Replies on time (3 h)</source>
        <translation>Replies on time (3 h)</translation>
    </message>
    <message>
        <source>Follow-ups on time (1 working day)</source>
        <translation>Follow-ups on time (1 working day)</translation>
    </message>
    <message>
        <source>Feedback to HQ on time</source>
        <translation>Feedback to HQ on time</translation>
    </message>
    <message>
        <source>Satisfied after follow-up</source>
        <translation>Satisfied after follow-up</translation>
    </message>
    <message>
        <source>Open at the time of the report</source>
        <translation>Open at the time of the report</translation>
    </message>
    <message>
        <source>Escalated to HQ service development</source>
        <translation>Escalated to HQ service development</translation>
    </message>
    <message>
        <source>Trend against earlier months</source>
        <translation>Trend against earlier months</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Replies on time</source>
        <translation>Replies on time</translation>
    </message>
    <message>
        <source>Satisfied / followed up</source>
        <translation>Satisfied / followed up</translation>
    </message>
    <message>
        <source>Open and escalated complaints (%1)</source>
        <translation>Open and escalated complaints (%1)</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>By source</source>
        <translation>By source</translation>
    </message>
    <message>
        <source>By complaint class</source>
        <translation>By complaint class</translation>
    </message>
    <message>
        <source>Valid complaints by department</source>
        <translation>Valid complaints by department</translation>
    </message>
    <message>
        <source>Valid complaints by responsible person</source>
        <translation>Valid complaints by responsible person</translation>
    </message>
    <message>
        <source>Complaint registration form</source>
        <translation>Complaint registration form</translation>
    </message>
    <message>
        <source>No. %1 · state: %2</source>
        <translation>No. %1 · state: %2</translation>
    </message>
    <message>
        <source>1. Acceptance</source>
        <translation>1. Acceptance</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Received by</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>HQ ref. / deadline</source>
        <translation>HQ ref. / deadline</translation>
    </message>
    <message>
        <source> (key customer)</source>
        <translation> (key customer)</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <source>Complaint class</source>
        <translation>Complaint class</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Customer wants</source>
        <translation>Customer wants</translation>
    </message>
    <message>
        <source>Contract scope</source>
        <translation>Contract scope</translation>
    </message>
    <message>
        <source>2. Confirmation</source>
        <translation>2. Confirmation</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Quality supervisor</source>
        <translation>Quality supervisor</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Validity</translation>
    </message>
    <message>
        <source>Responsible department</source>
        <translation>Responsible department</translation>
    </message>
    <message>
        <source>Confirmation note</source>
        <translation>Confirmation note</translation>
    </message>
    <message>
        <source>3. Handling</source>
        <translation>3. Handling</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>Responsible person</translation>
    </message>
    <message>
        <source>Accountability</source>
        <translation>Accountability</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>Reply due / replied</source>
        <translation>Reply due / replied</translation>
    </message>
    <message>
        <source>Reply to the customer</source>
        <translation>Reply to the customer</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>4. Follow-up and monitoring</source>
        <translation>4. Follow-up and monitoring</translation>
    </message>
    <message>
        <source>Follow-up due / done</source>
        <translation>Follow-up due / done</translation>
    </message>
    <message>
        <source>Customer satisfied</source>
        <translation>Customer satisfied</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verification</translation>
    </message>
    <message>
        <source>Customer&apos;s opinion</source>
        <translation>Customer&apos;s opinion</translation>
    </message>
    <message>
        <source>Escalated to HQ</source>
        <translation>Escalated to HQ</translation>
    </message>
    <message>
        <source>HQ reference</source>
        <translation>HQ reference</translation>
    </message>
    <message>
        <source>Escalation and progress</source>
        <translation>Escalation and progress</translation>
    </message>
    <message>
        <source>HQ&apos;s resolution</source>
        <translation>HQ&apos;s resolution</translation>
    </message>
    <message>
        <source>5. Filing</source>
        <translation>5. Filing</translation>
    </message>
    <message>
        <source>Corrective measures</source>
        <translation>Corrective measures</translation>
    </message>
    <message>
        <source>Preventive measures</source>
        <translation>Preventive measures</translation>
    </message>
    <message>
        <source>Feedback to HQ due / done</source>
        <translation>Feedback to HQ due / done</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Filed</translation>
    </message>
    <message>
        <source>Filed by</source>
        <translation>Filed by</translation>
    </message>
    <message>
        <source>Quality supervisor:</source>
        <translation>Quality supervisor:</translation>
    </message>
    <message>
        <source>Department manager:</source>
        <translation>Department manager:</translation>
    </message>
</context>
<context>
    <name>sd::render::FirstVisitDigest</name>
    <message>
        <source>First-visit needs digest — %1</source>
        <translation>First-visit needs digest — %1</translation>
    </message>
    <message>
        <source>No needs were recorded on this day.</source>
        <translation>No needs were recorded on this day.</translation>
    </message>
    <message>
        <source>To: %1 · %2</source>
        <translation>To: %1 · %2</translation>
    </message>
    <message>
        <source>(no head set)</source>
        <translation>(no head set)</translation>
    </message>
    <message>
        <source> · handed off %1 by %2</source>
        <translation> · handed off %1 by %2</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Contact / phone</source>
        <translation>Contact / phone</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>First-visit needs digest %1</source>
        <translation>First-visit needs digest %1</translation>
    </message>
    <message>
        <source>Recorded that working day: %1.</source>
        <translation>Recorded that working day: %1.</translation>
    </message>
</context>
<context>
    <name>sd::render::HotlineRecord</name>
    <message>
        <source>Record of hotline service</source>
        <translation>Record of hotline service</translation>
    </message>
    <message>
        <source>service code %1</source>
        <translation>service code %1</translation>
    </message>
    <message>
        <source>contract %1</source>
        <translation>contract %1</translation>
    </message>
    <message>
        <source>Period %1 to %2 · %3 calls · %4 solved · %5 handed on · %6 in hand</source>
        <translation>Period %1 to %2 · %3 calls · %4 solved · %5 handed on · %6 in hand</translation>
    </message>
    <message>
        <source>By problem class:</source>
        <translation>By problem class:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Call no.</source>
        <translation>Call no.</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Caller</translation>
    </message>
    <message>
        <source>Product / module</source>
        <translation>Product / module</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Outcome and solution</source>
        <translation>Outcome and solution</translation>
    </message>
    <message>
        <source>No calls in this period.</source>
        <translation>No calls in this period.</translation>
    </message>
    <message>
        <source>Generated %1 by Service Center Desk.</source>
        <translation>Generated %1 by Service Center Desk.</translation>
    </message>
    <message>
        <source>Record of hotline service – %1</source>
        <translation>Record of hotline service – %1</translation>
    </message>
    <message>
        <source>%1 · record of hotline service %2 – %3</source>
        <translation>%1 · record of hotline service %2 – %3</translation>
    </message>
</context>
<context>
    <name>sd::render::Pdf</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>sd::ui::ActionDialog</name>
    <message numerus="yes">
        <source>%1 — %n open job(s)</source>
        <translation>
            <numerusform>%1 — %n open job</numerusform>
            <numerusform>%1 — %n open jobs</numerusform>
        </translation>
    </message>
    <message>
        <source>Knows %1</source>
        <translation>Knows %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Covered by the contract</source>
        <translation>Covered by the contract</translation>
    </message>
    <message>
        <source>Billable service</source>
        <translation>Billable service</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Dispatch later</source>
        <translation>Dispatch later</translation>
    </message>
    <message>
        <source>Note for the engineer</source>
        <translation>Note for the engineer</translation>
    </message>
    <message>
        <source>Agreed with</source>
        <translation>Agreed with</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Patches / parts</source>
        <translation>Patches / parts</translation>
    </message>
    <message>
        <source>5 — very satisfied</source>
        <translation>5 — very satisfied</translation>
    </message>
    <message>
        <source>4 — satisfied</source>
        <translation>4 — satisfied</translation>
    </message>
    <message>
        <source>3 — neutral</source>
        <translation>3 — neutral</translation>
    </message>
    <message>
        <source>2 — dissatisfied</source>
        <translation>2 — dissatisfied</translation>
    </message>
    <message>
        <source>1 — very dissatisfied</source>
        <translation>1 — very dissatisfied</translation>
    </message>
    <message>
        <source>Customer&apos;s comments</source>
        <translation>Customer&apos;s comments</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Customer&apos;s signature</source>
        <translation>Customer&apos;s signature</translation>
    </message>
    <message>
        <source>Take this step now?</source>
        <translation>Take this step now?</translation>
    </message>
    <message>
        <source>Add the solution to the problem base</source>
        <translation>Add the solution to the problem base</translation>
    </message>
    <message>
        <source>Problem class</source>
        <translation>Problem class</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>knows %1</source>
        <translation>knows %1</translation>
    </message>
    <message>
        <source>knows part of %1</source>
        <translation>knows part of %1</translation>
    </message>
    <message>
        <source>does not list %1</source>
        <translation>does not list %1</translation>
    </message>
    <message>
        <source>, near the site</source>
        <translation>, near the site</translation>
    </message>
    <message>
        <source>Skills: %1</source>
        <translation>Skills: %1</translation>
    </message>
    <message>
        <source>none listed</source>
        <translation>none listed</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>Region: %1</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>On site by %1 (the deadline already running; %2).</source>
        <translation>On site by %1 (the deadline already running; %2).</translation>
    </message>
    <message>
        <source>On site by %1 if dispatched now: %2 for fault level %3 (%4).</source>
        <translation>On site by %1 if dispatched now: %2 for fault level %3 (%4).</translation>
    </message>
    <message>
        <source>Response target</source>
        <translation>Response target</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
</context>
<context>
    <name>sd::ui::AdminPage</name>
    <message>
        <source>Staff accounts</source>
        <translation>Staff accounts</translation>
    </message>
    <message>
        <source>Business calendar</source>
        <translation>Business calendar</translation>
    </message>
    <message>
        <source>SLA policies</source>
        <translation>SLA policies</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>Service center</source>
        <translation>Service center</translation>
    </message>
</context>
<context>
    <name>sd::ui::ApplyProjectDialog</name>
    <message>
        <source>Open an implementation project</source>
        <translation>Open an implementation project</translation>
    </message>
    <message>
        <source>Customer name, service code or phone</source>
        <translation>Customer name, service code or phone</translation>
    </message>
    <message>
        <source>Open the project</source>
        <translation>Open the project</translation>
    </message>
    <message>
        <source>%1 %2 implementation</source>
        <translation>%1 %2 implementation</translation>
    </message>
    <message>
        <source>From the first visit&apos;s need</source>
        <translation>From the first visit&apos;s need</translation>
    </message>
    <message>
        <source>None: opened by hand</source>
        <translation>None: opened by hand</translation>
    </message>
    <message>
        <source>None: opened by hand (%1 waiting)</source>
        <translation>None: opened by hand (%1 waiting)</translation>
    </message>
</context>
<context>
    <name>sd::ui::ApprovalsInbox</name>
    <message>
        <source>both approvals</source>
        <translation>both approvals</translation>
    </message>
    <message>
        <source>the project manager</source>
        <translation>the project manager</translation>
    </message>
    <message>
        <source>the implementation manager</source>
        <translation>the implementation manager</translation>
    </message>
    <message>
        <source>Suspend and terminate requests waiting for your decision, oldest first. Enter or a double click opens the project, where you approve or reject.</source>
        <translation>Suspend and terminate requests waiting for your decision, oldest first. Enter or a double click opens the project, where you approve or reject.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation>Waiting for</translation>
    </message>
</context>
<context>
    <name>sd::ui::AttendanceDialog</name>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Day:</translation>
    </message>
    <message>
        <source>Tick who was present:</source>
        <translation>Tick who was present:</translation>
    </message>
    <message>
        <source>Record attendance</source>
        <translation>Record attendance</translation>
    </message>
</context>
<context>
    <name>sd::ui::AuditTab</name>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Old value</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>New value</translation>
    </message>
</context>
<context>
    <name>sd::ui::CalendarTab</name>
    <message>
        <source>Working hours (e.g. 08:30-12:00,13:30-17:30):</source>
        <translation>Working hours (e.g. 08:30-12:00,13:30-17:30):</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Import CSV…</translation>
    </message>
    <message>
        <source>Add day…</source>
        <translation>Add day…</translation>
    </message>
    <message>
        <source>Remove day</source>
        <translation>Remove day</translation>
    </message>
    <message>
        <source>Deadline calculator: from</source>
        <translation>Deadline calculator: from</translation>
    </message>
    <message>
        <source> working min</source>
        <translation> working min</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Weekday</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <source>Make-up working day</source>
        <translation>Make-up working day</translation>
    </message>
    <message>
        <source>→ due %1</source>
        <translation>→ due %1</translation>
    </message>
    <message>
        <source>Import holidays</source>
        <translation>Import holidays</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>%1 days added, %2 changed, %3 unchanged.</source>
        <translation>%1 days added, %2 changed, %3 unchanged.</translation>
    </message>
    <message>
        <source>Add day</source>
        <translation>Add day</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>→ due %1 (%2)</source>
        <translation>→ due %1 (%2)</translation>
    </message>
</context>
<context>
    <name>sd::ui::CenterTab</name>
    <message>
        <source>Choose the center&apos;s logo</source>
        <translation>Choose the center&apos;s logo</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a PNG image.</source>
        <translation>%1 is not a PNG image.</translation>
    </message>
    <message>
        <source>Center name (Chinese)</source>
        <translation>Center name (Chinese)</translation>
    </message>
    <message>
        <source>Center name (English)</source>
        <translation>Center name (English)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Service hotline</source>
        <translation>Service hotline</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Choose PNG…</source>
        <translation>Choose PNG…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>The name, address, hotline and logo are printed on the forms the center hands to customers, such as the Service Dispatch Form.</source>
        <translation>The name, address, hotline and logo are printed on the forms the center hands to customers, such as the Service Dispatch Form.</translation>
    </message>
    <message>
        <source>Due soon within</source>
        <translation>Due soon within</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Due soon within (minutes)</source>
        <translation>Due soon within (minutes)</translation>
    </message>
    <message>
        <source>Deadlines and promised call-backs this close are shown as due soon on every desk.</source>
        <translation>Deadlines and promised call-backs this close are shown as due soon on every desk.</translation>
    </message>
</context>
<context>
    <name>sd::ui::ComplaintAcceptDialog</name>
    <message>
        <source>Accept a complaint</source>
        <translation>Accept a complaint</translation>
    </message>
    <message>
        <source>Name, phone or service code, then Enter</source>
        <translation>Name, phone or service code, then Enter</translation>
    </message>
    <message>
        <source>HQ set one</source>
        <translation>HQ set one</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No customer matches “%1”</source>
        <translation>No customer matches “%1”</translation>
    </message>
    <message>
        <source>%1 *:</source>
        <translation>%1 *:</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Find &amp;customer</source>
        <translation>Find &amp;customer</translation>
    </message>
    <message>
        <source>C&amp;ustomer</source>
        <translation>C&amp;ustomer</translation>
    </message>
    <message>
        <source>Sou&amp;rce</source>
        <translation>Sou&amp;rce</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>C&amp;hannel</translation>
    </message>
    <message>
        <source>HQ re&amp;ference</source>
        <translation>HQ re&amp;ference</translation>
    </message>
    <message>
        <source>HQ &amp;deadline</source>
        <translation>HQ &amp;deadline</translation>
    </message>
    <message>
        <source>Co&amp;mplainant</source>
        <translation>Co&amp;mplainant</translation>
    </message>
    <message>
        <source>Complainant&apos;s &amp;phone</source>
        <translation>Complainant&apos;s &amp;phone</translation>
    </message>
    <message>
        <source>Complaint c&amp;lass</source>
        <translation>Complaint c&amp;lass</translation>
    </message>
    <message>
        <source>What happ&amp;ened</source>
        <translation>What happ&amp;ened</translation>
    </message>
    <message>
        <source>What the customer &amp;wants</source>
        <translation>What the customer &amp;wants</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Save the complaint (Alt+S)</source>
        <translation>Save the complaint (Alt+S)</translation>
    </message>
    <message>
        <source>Only for complaints forwarded by HQ</source>
        <translation>Only for complaints forwarded by HQ</translation>
    </message>
</context>
<context>
    <name>sd::ui::ComplaintActionDialog</name>
    <message>
        <source>Service commitment (contract):</source>
        <translation>Service commitment (contract):</translation>
    </message>
</context>
<context>
    <name>sd::ui::ComplaintListModel</name>
    <message>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>HQ feedback</source>
        <translation>HQ feedback</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Due %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>%1 (key customer)</source>
        <translation>%1 (key customer)</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
</context>
<context>
    <name>sd::ui::ComplaintRegisterWidget</name>
    <message>
        <source>Save the registration form</source>
        <translation>Save the registration form</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n complaint</numerusform>
            <numerusform>%n complaints</numerusform>
        </translation>
    </message>
    <message>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <source>Search number, customer, complainant, what happened (Ctrl+F)</source>
        <translation>Search number, customer, complainant, what happened (Ctrl+F)</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>All sources</translation>
    </message>
    <message>
        <source>Any validity</source>
        <translation>Any validity</translation>
    </message>
    <message>
        <source>Key customers</source>
        <translation>Key customers</translation>
    </message>
    <message>
        <source>&amp;New complaint…</source>
        <translation>&amp;New complaint…</translation>
    </message>
    <message>
        <source>Registration form as &amp;PDF…</source>
        <translation>Registration form as &amp;PDF…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Next step:</source>
        <translation>Next step:</translation>
    </message>
</context>
<context>
    <name>sd::ui::ComplaintReportWidget</name>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Due by %1 · issued %2</source>
        <translation>Due by %1 · issued %2</translation>
    </message>
    <message>
        <source>Due by %1 · &lt;b style=&apos;color:#b42318&apos;&gt;overdue, not issued&lt;/b&gt;</source>
        <translation>Due by %1 · &lt;b style=&apos;color:#b42318&apos;&gt;overdue, not issued&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Due by %1 · not issued yet</source>
        <translation>Due by %1 · not issued yet</translation>
    </message>
    <message>
        <source>Complaints in %1</source>
        <translation>Complaints in %1</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>From key customers</source>
        <translation>From key customers</translation>
    </message>
    <message>
        <source>Replies on time (3 h)</source>
        <translation>Replies on time (3 h)</translation>
    </message>
    <message>
        <source>Follow-ups on time</source>
        <translation>Follow-ups on time</translation>
    </message>
    <message>
        <source>Feedback to HQ on time</source>
        <translation>Feedback to HQ on time</translation>
    </message>
    <message>
        <source>Satisfied after follow-up</source>
        <translation>Satisfied after follow-up</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Escalated to HQ</source>
        <translation>Escalated to HQ</translation>
    </message>
    <message>
        <source>Complaints in the last 13 months</source>
        <translation>Complaints in the last 13 months</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Timeliness against the deadlines</source>
        <translation>Timeliness against the deadlines</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Not due yet</source>
        <translation>Not due yet</translation>
    </message>
    <message>
        <source>HQ feedback</source>
        <translation>HQ feedback</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>By source</source>
        <translation>By source</translation>
    </message>
    <message>
        <source>By complaint class</source>
        <translation>By complaint class</translation>
    </message>
    <message>
        <source>Valid complaints by department</source>
        <translation>Valid complaints by department</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <source>Export C&amp;SV…</source>
        <translation>Export C&amp;SV…</translation>
    </message>
    <message>
        <source>Mark as &amp;issued</source>
        <translation>Mark as &amp;issued</translation>
    </message>
    <message>
        <source>Sent to all department managers and the general manager: stops the reminder.</source>
        <translation>Sent to all department managers and the general manager: stops the reminder.</translation>
    </message>
</context>
<context>
    <name>sd::ui::ComplaintsPage</name>
    <message>
        <source>Complaint register</source>
        <translation>Complaint register</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>Monthly report</translation>
    </message>
</context>
<context>
    <name>sd::ui::CourseDialog</name>
    <message>
        <source>Edit course</source>
        <translation>Edit course</translation>
    </message>
    <message>
        <source>New course</source>
        <translation>New course</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Product:</translation>
    </message>
    <message>
        <source>&amp;Modules:</source>
        <translation>&amp;Modules:</translation>
    </message>
    <message>
        <source>&amp;Outline:</source>
        <translation>&amp;Outline:</translation>
    </message>
    <message>
        <source>&amp;Duration (hours):</source>
        <translation>&amp;Duration (hours):</translation>
    </message>
    <message>
        <source>Exam &amp;pass mark:</source>
        <translation>Exam &amp;pass mark:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Create course</source>
        <translation>Create course</translation>
    </message>
</context>
<context>
    <name>sd::ui::CustomerCardWidget</name>
    <message>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Service code:</source>
        <translation>Service code:</translation>
    </message>
    <message>
        <source>Dongle no.:</source>
        <translation>Dongle no.:</translation>
    </message>
    <message>
        <source>Contract:</source>
        <translation>Contract:</translation>
    </message>
    <message>
        <source>Entitlements:</source>
        <translation>Entitlements:</translation>
    </message>
    <message>
        <source>Products:</source>
        <translation>Products:</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>★ Key customer</source>
        <translation>★ Key customer</translation>
    </message>
    <message>
        <source>VIP channel</source>
        <translation>VIP channel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Phones</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>QQ / WeChat</source>
        <translation>QQ / WeChat</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation>No customer selected</translation>
    </message>
    <message>
        <source>1 licence</source>
        <translation>1 licence</translation>
    </message>
    <message>
        <source>%1 licences</source>
        <translation>%1 licences</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>none recorded</translation>
    </message>
    <message>
        <source>✓ system admin</source>
        <translation>✓ system admin</translation>
    </message>
    <message>
        <source>No service contract</source>
        <translation>No service contract</translation>
    </message>
    <message>
        <source>%1 contract starts on %2 — not in force yet</source>
        <translation>%1 contract starts on %2 — not in force yet</translation>
    </message>
    <message>
        <source>Contract expired on %2 (%1) — service is billable</source>
        <translation>Contract expired on %2 (%1) — service is billable</translation>
    </message>
    <message>
        <source>Paid service only</source>
        <translation>Paid service only</translation>
    </message>
    <message>
        <source>%1, valid until %2</source>
        <translation>%1, valid until %2</translation>
    </message>
    <message>
        <source>(expires today)</source>
        <translation>(expires today)</translation>
    </message>
    <message>
        <source>(expires tomorrow)</source>
        <translation>(expires tomorrow)</translation>
    </message>
    <message>
        <source>(expires in %1 days)</source>
        <translation>(expires in %1 days)</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>No. %1</translation>
    </message>
    <message>
        <source>Free maintenance until %1</source>
        <translation>Free maintenance until %1</translation>
    </message>
    <message>
        <source>Paid maintenance (warranty ended)</source>
        <translation>Paid maintenance (warranty ended)</translation>
    </message>
    <message>
        <source>Free upgrade to the latest version</source>
        <translation>Free upgrade to the latest version</translation>
    </message>
    <message>
        <source>Upgrades billable</source>
        <translation>Upgrades billable</translation>
    </message>
    <message>
        <source>On-site visits included</source>
        <translation>On-site visits included</translation>
    </message>
    <message>
        <source>On-site visits billable</source>
        <translation>On-site visits billable</translation>
    </message>
    <message>
        <source>Recent records</source>
        <translation>Recent records</translation>
    </message>
    <message>
        <source>QQ/WeChat %1</source>
        <translation>QQ/WeChat %1</translation>
    </message>
    <message>
        <source>Training record</source>
        <translation>Training record</translation>
    </message>
    <message>
        <source>Implementation projects</source>
        <translation>Implementation projects</translation>
    </message>
</context>
<context>
    <name>sd::ui::CustomerDialog</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>New customer</translation>
    </message>
    <message>
        <source>Customer — %1</source>
        <translation>Customer — %1</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Contracts</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation>Company &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>Drives the on-site response target: same city 2 h, nearby 12 h, other provinces 48 h.</source>
        <translation>Drives the on-site response target: same city 2 h, nearby 12 h, other provinces 48 h.</translation>
    </message>
    <message>
        <source>&amp;Key customer</source>
        <translation>&amp;Key customer</translation>
    </message>
    <message>
        <source>&amp;VIP channel</source>
        <translation>&amp;VIP channel</translation>
    </message>
    <message>
        <source>&amp;Dongle no.:</source>
        <translation>&amp;Dongle no.:</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>&amp;Industry:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Phones</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>QQ / WeChat</source>
        <translation>QQ / WeChat</translation>
    </message>
    <message>
        <source>System admin</source>
        <translation>System admin</translation>
    </message>
    <message>
        <source>Several phones in one cell, separated by semicolons: 010-1234 5678; 139 1234 5678. Any of them may be the caller ID.</source>
        <translation>Several phones in one cell, separated by semicolons: 010-1234 5678; 139 1234 5678. Any of them may be the caller ID.</translation>
    </message>
    <message>
        <source>Contract no.</source>
        <translation>Contract no.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <source>Warranty (months)</source>
        <translation>Warranty (months)</translation>
    </message>
    <message>
        <source>On-site included</source>
        <translation>On-site included</translation>
    </message>
    <message>
        <source>Free upgrade</source>
        <translation>Free upgrade</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>Purchased on</source>
        <translation>Purchased on</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>A colleague saved this customer while you were editing. Nothing is lost: for each field that differs, choose which value to keep, then save.</source>
        <translation>A colleague saved this customer while you were editing. Nothing is lost: for each field that differs, choose which value to keep, then save.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Their version (saved)</source>
        <translation>Their version (saved)</translation>
    </message>
    <message>
        <source>My version</source>
        <translation>My version</translation>
    </message>
    <message>
        <source>both changed — choose one</source>
        <translation>both changed — choose one</translation>
    </message>
    <message>
        <source>changed by them</source>
        <translation>changed by them</translation>
    </message>
    <message>
        <source>changed by me</source>
        <translation>changed by me</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Edit this customer (F2)</source>
        <translation>Edit this customer (F2)</translation>
    </message>
    <message>
        <source>Your role cannot edit customers.</source>
        <translation>Your role cannot edit customers.</translation>
    </message>
    <message>
        <source>Save merged</source>
        <translation>Save merged</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Back to my edit</source>
        <translation>Back to my edit</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Discard changes?</translation>
    </message>
    <message>
        <source>Your changes to this customer are not saved. Discard them?</source>
        <translation>Your changes to this customer are not saved. Discard them?</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Company name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Key customer</source>
        <translation>Key customer</translation>
    </message>
    <message>
        <source>VIP channel</source>
        <translation>VIP channel</translation>
    </message>
    <message>
        <source>Service code</source>
        <translation>Service code</translation>
    </message>
    <message>
        <source>Dongle no.</source>
        <translation>Dongle no.</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>system admin</source>
        <translation>system admin</translation>
    </message>
    <message>
        <source>warranty %1 months</source>
        <translation>warranty %1 months</translation>
    </message>
    <message>
        <source>on-site included</source>
        <translation>on-site included</translation>
    </message>
    <message>
        <source>free upgrade</source>
        <translation>free upgrade</translation>
    </message>
    <message>
        <source>%1 licences</source>
        <translation>%1 licences</translation>
    </message>
    <message>
        <source>service code %1</source>
        <translation>service code %1</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… and %1 more</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Possible duplicate</translation>
    </message>
    <message>
        <source>This customer may already exist (same name, phone or service code):

%1

Save it as a new customer anyway?</source>
        <translation>This customer may already exist (same name, phone or service code):

%1

Save it as a new customer anyway?</translation>
    </message>
    <message>
        <source>Save as new</source>
        <translation>Save as new</translation>
    </message>
    <message>
        <source>Open the existing one</source>
        <translation>Open the existing one</translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation>Saved at %1.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Choose their value or yours for &quot;%1&quot; first.</source>
        <translation>Choose their value or yours for &quot;%1&quot; first.</translation>
    </message>
    <message>
        <source>Service &amp;code:</source>
        <translation>Service &amp;code:</translation>
    </message>
</context>
<context>
    <name>sd::ui::CustomerListModel</name>
    <message>
        <source>%1 until %2</source>
        <translation>%1 until %2</translation>
    </message>
    <message>
        <source>The service contract has expired</source>
        <translation>The service contract has expired</translation>
    </message>
    <message>
        <source>Key customer</source>
        <translation>Key customer</translation>
    </message>
    <message>
        <source>VIP channel</source>
        <translation>VIP channel</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Service code</source>
        <translation>Service code</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
</context>
<context>
    <name>sd::ui::CustomerListPage</name>
    <message>
        <source>Search name, phone, contact, service code…</source>
        <translation>Search name, phone, contact, service code…</translation>
    </message>
    <message>
        <source>Type any part of a name, phone number, contact or code. Esc clears.</source>
        <translation>Type any part of a name, phone number, contact or code. Esc clears.</translation>
    </message>
    <message>
        <source>&amp;New customer</source>
        <translation>&amp;New customer</translation>
    </message>
    <message>
        <source>Your role cannot create customers.</source>
        <translation>Your role cannot create customers.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>List not loaded</source>
        <translation>List not loaded</translation>
    </message>
    <message>
        <source>1 customer</source>
        <translation>1 customer</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 customers</translation>
    </message>
</context>
<context>
    <name>sd::ui::CustomerTraining</name>
    <message>
        <source>passed (%1)</source>
        <translation>passed (%1)</translation>
    </message>
    <message>
        <source>not passed (%1)</source>
        <translation>not passed (%1)</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
</context>
<context>
    <name>sd::ui::DispatchBoardPage</name>
    <message>
        <source>Waiting for verification</source>
        <translation>Waiting for verification</translation>
    </message>
    <message>
        <source>Waiting for dispatch</source>
        <translation>Waiting for dispatch</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>Dispatched</translation>
    </message>
    <message>
        <source>Appointment booked</source>
        <translation>Appointment booked</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>On site</translation>
    </message>
    <message>
        <source>Form returned</source>
        <translation>Form returned</translation>
    </message>
    <message>
        <source>Not solved / HQ</source>
        <translation>Not solved / HQ</translation>
    </message>
    <message>
        <source>Verified and archived</source>
        <translation>Verified and archived</translation>
    </message>
    <message numerus="yes">
        <source>%n quarterly return visit(s) scheduled.</source>
        <translation>
            <numerusform>%n quarterly return visit scheduled.</numerusform>
            <numerusform>%n quarterly return visits scheduled.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 open on-site jobs, %2 overdue</source>
        <translation>%1 open on-site jobs, %2 overdue</translation>
    </message>
    <message>
        <source>All engineers</source>
        <translation>All engineers</translation>
    </message>
    <message>
        <source>Not yet dispatched</source>
        <translation>Not yet dispatched</translation>
    </message>
    <message>
        <source>%1 return visits due in the next two weeks, %2 overdue</source>
        <translation>%1 return visits due in the next two weeks, %2 overdue</translation>
    </message>
    <message>
        <source>Choose a job on the board (arrow keys, Enter).</source>
        <translation>Choose a job on the board (arrow keys, Enter).</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Fault level</source>
        <translation>Fault level</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>Charging</source>
        <translation>Charging</translation>
    </message>
    <message>
        <source>Covered by the contract</source>
        <translation>Covered by the contract</translation>
    </message>
    <message>
        <source>Billable service</source>
        <translation>Billable service</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>Engineer</translation>
    </message>
    <message>
        <source>Response due</source>
        <translation>Response due</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>Sent back</source>
        <translation>Sent back</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>Work done</translation>
    </message>
    <message>
        <source>Time on site</source>
        <translation>Time on site</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Form returned for completion</source>
        <translation>Form returned for completion</translation>
    </message>
    <message>
        <source>Not solved because</source>
        <translation>Not solved because</translation>
    </message>
    <message>
        <source>HQ reference</source>
        <translation>HQ reference</translation>
    </message>
    <message>
        <source>HQ&apos;s answer</source>
        <translation>HQ&apos;s answer</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Solved</translation>
    </message>
    <message>
        <source>Closed because</source>
        <translation>Closed because</translation>
    </message>
    <message>
        <source>Dispatch history</source>
        <translation>Dispatch history</translation>
    </message>
    <message>
        <source>Save the Service Dispatch Form</source>
        <translation>Save the Service Dispatch Form</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Dissatisfied customer</source>
        <translation>Dissatisfied customer</translation>
    </message>
    <message>
        <source>Dispatch board</source>
        <translation>Dispatch board</translation>
    </message>
    <message>
        <source>Return visits</source>
        <translation>Return visits</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Reload the board (F5)</source>
        <translation>Reload the board (F5)</translation>
    </message>
    <message>
        <source>New on-site request…</source>
        <translation>New on-site request…</translation>
    </message>
    <message>
        <source>Engineers (drop a job to dispatch)</source>
        <translation>Engineers (drop a job to dispatch)</translation>
    </message>
    <message>
        <source>Print form…</source>
        <translation>Print form…</translation>
    </message>
    <message>
        <source>Print the Service Dispatch Form (Ctrl+P)</source>
        <translation>Print the Service Dispatch Form (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save form as PDF…</source>
        <translation>Save form as PDF…</translation>
    </message>
    <message>
        <source>Language of the printed form</source>
        <translation>Language of the printed form</translation>
    </message>
    <message>
        <source>Record visit…</source>
        <translation>Record visit…</translation>
    </message>
    <message>
        <source>Schedule this quarter&apos;s visits</source>
        <translation>Schedule this quarter&apos;s visits</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>%1 gave a score of %2. Open a complaint in the complaint register now?</source>
        <translation>%1 gave a score of %2. Open a complaint in the complaint register now?</translation>
    </message>
    <message>
        <source>Complaint opened</source>
        <translation>Complaint opened</translation>
    </message>
    <message>
        <source>Complaint %1 is registered for %2; the complaint desk takes it from here.</source>
        <translation>Complaint %1 is registered for %2; the complaint desk takes it from here.</translation>
    </message>
</context>
<context>
    <name>sd::ui::DutyRosterPage</name>
    <message numerus="yes">
        <source>%n shifts copied to the next week.</source>
        <translation>
            <numerusform>%n shift copied to the next week.</numerusform>
            <numerusform>%n shifts copied to the next week.</numerusform>
        </translation>
    </message>
    <message>
        <source>◀ Previous week (Alt+←)</source>
        <translation>◀ Previous week (Alt+←)</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>Next week (Alt+→) ▶</source>
        <translation>Next week (Alt+→) ▶</translation>
    </message>
    <message>
        <source>Copy this week to the next</source>
        <translation>Copy this week to the next</translation>
    </message>
    <message>
        <source>Only staff on duty (or a manager) take calls</source>
        <translation>Only staff on duty (or a manager) take calls</translation>
    </message>
    <message>
        <source>Enter or double-click on a cell adds a shift; Delete removes the cell&apos;s last shift. ☎ marks after-hours on-call duty.</source>
        <translation>Enter or double-click on a cell adds a shift; Delete removes the cell&apos;s last shift. ☎ marks after-hours on-call duty.</translation>
    </message>
    <message>
        <source>Your shifts are marked. ☎ marks after-hours on-call duty; the service manager arranges the roster.</source>
        <translation>Your shifts are marked. ☎ marks after-hours on-call duty; the service manager arranges the roster.</translation>
    </message>
    <message>
        <source>Week of %1 – %2</source>
        <translation>Week of %1 – %2</translation>
    </message>
    <message>
        <source> (me)</source>
        <translation> (me)</translation>
    </message>
    <message>
        <source>Shift for %1 on %2</source>
        <translation>Shift for %1 on %2</translation>
    </message>
    <message>
        <source>After-hours on-call</source>
        <translation>After-hours on-call</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>From / To</source>
        <translation>From / To</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>sd::ui::Errors</name>
    <message>
        <source>Someone else saved first</source>
        <translation>Someone else saved first</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Not allowed</translation>
    </message>
    <message>
        <source>Please check the input</source>
        <translation>Please check the input</translation>
    </message>
    <message>
        <source>Record not found</source>
        <translation>Record not found</translation>
    </message>
    <message>
        <source>Not possible now</source>
        <translation>Not possible now</translation>
    </message>
    <message>
        <source>Database problem</source>
        <translation>Database problem</translation>
    </message>
    <message>
        <source>Program too old</source>
        <translation>Program too old</translation>
    </message>
    <message>
        <source>File problem</source>
        <translation>File problem</translation>
    </message>
    <message>
        <source>Login failed</source>
        <translation>Login failed</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Your changes are kept; compare them with the saved version before saving again.</source>
        <translation>Your changes are kept; compare them with the saved version before saving again.</translation>
    </message>
    <message>
        <source>Your account does not have the role for this. Ask your service manager or the administrator if you need it.</source>
        <translation>Your account does not have the role for this. Ask your service manager or the administrator if you need it.</translation>
    </message>
    <message>
        <source>Nothing was saved; correct the field and save again.</source>
        <translation>Nothing was saved; correct the field and save again.</translation>
    </message>
    <message>
        <source>It may have been deleted by a colleague. Refresh the list.</source>
        <translation>It may have been deleted by a colleague. Refresh the list.</translation>
    </message>
    <message>
        <source>Nothing was saved. Try again; if it keeps happening, call the administrator.</source>
        <translation>Nothing was saved. Try again; if it keeps happening, call the administrator.</translation>
    </message>
</context>
<context>
    <name>sd::ui::FirstVisitDigestsWidget</name>
    <message>
        <source>Export digest as CSV</source>
        <translation>Export digest as CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Export digest as PDF</source>
        <translation>Export digest as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>so far</source>
        <translation>so far</translation>
    </message>
    <message>
        <source> · not a working day</source>
        <translation> · not a working day</translation>
    </message>
    <message>
        <source> · closes at %1</source>
        <translation> · closes at %1</translation>
    </message>
    <message>
        <source>No needs were recorded on this day.</source>
        <translation>No needs were recorded on this day.</translation>
    </message>
    <message>
        <source>&amp;Working day</source>
        <translation>&amp;Working day</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Previous working day (Alt+←)</source>
        <translation>Previous working day (Alt+←)</translation>
    </message>
    <message>
        <source>Hand off (Ctrl+H)</source>
        <translation>Hand off (Ctrl+H)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Needs</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>sd::ui::FirstVisitPage</name>
    <message>
        <source>%1 due now · %2 scheduled later</source>
        <translation>%1 due now · %2 scheduled later</translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) · %1 unreachable: call the customer or retry</source>
        <translation>
            <numerusform>%n submission · %1 unreachable: call the customer or retry</numerusform>
            <numerusform>%n submissions · %1 unreachable: call the customer or retry</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s)</source>
        <translation>
            <numerusform>%n submission</numerusform>
            <numerusform>%n submissions</numerusform>
        </translation>
    </message>
    <message>
        <source>Import submissions</source>
        <translation>Import submissions</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV files (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) submitted to the first-visit queue.</source>
        <translation>
            <numerusform>%n customer submitted to the first-visit queue.</numerusform>
            <numerusform>%n customers submitted to the first-visit queue.</numerusform>
        </translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Who is due now, then the calls scheduled later (Alt+Q)</source>
        <translation>Who is due now, then the calls scheduled later (Alt+Q)</translation>
    </message>
    <message>
        <source>My submissions</source>
        <translation>My submissions</translation>
    </message>
    <message>
        <source>The customers I submitted and where they are (Alt+M)</source>
        <translation>The customers I submitted and where they are (Alt+M)</translation>
    </message>
    <message>
        <source>Needs digests</source>
        <translation>Needs digests</translation>
    </message>
    <message>
        <source>The daily hand-off to the department heads (Alt+G)</source>
        <translation>The daily hand-off to the department heads (Alt+G)</translation>
    </message>
    <message>
        <source>Open (Enter)</source>
        <translation>Open (Enter)</translation>
    </message>
    <message>
        <source>New submission (Ctrl+Shift+N)</source>
        <translation>New submission (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Import CSV…</translation>
    </message>
</context>
<context>
    <name>sd::ui::FirstVisitQueueModel</name>
    <message>
        <source>now</source>
        <translation>now</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 (possible duplicate)</source>
        <translation>%1 (possible duplicate)</translation>
    </message>
    <message>
        <source>New submission</source>
        <translation>New submission</translation>
    </message>
    <message>
        <source>Verified, needs to record</source>
        <translation>Verified, needs to record</translation>
    </message>
    <message>
        <source>Customer reached, verifying</source>
        <translation>Customer reached, verifying</translation>
    </message>
    <message>
        <source>Retry (%1)</source>
        <translation>Retry (%1)</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>waits %1</source>
        <translation>waits %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Next call</source>
        <translation>Next call</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Due / submitted</source>
        <translation>Due / submitted</translation>
    </message>
    <message>
        <source>Failed calls</source>
        <translation>Failed calls</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>Submitted by</translation>
    </message>
</context>
<context>
    <name>sd::ui::FirstVisitWorkWidget</name>
    <message>
        <source>State: %1</source>
        <translation>State: %1</translation>
    </message>
    <message>
        <source>submitted %1 by %2</source>
        <translation>submitted %1 by %2</translation>
    </message>
    <message numerus="yes">
        <source>%n call attempt(s), %1 failed</source>
        <translation>
            <numerusform>%n call attempt, %1 failed</numerusform>
            <numerusform>%n call attempts, %1 failed</numerusform>
        </translation>
    </message>
    <message>
        <source>next call %1</source>
        <translation>next call %1</translation>
    </message>
    <message>
        <source>Possible duplicate of %1 — check with the customer.</source>
        <translation>Possible duplicate of %1 — check with the customer.</translation>
    </message>
    <message>
        <source>✓ verified</source>
        <translation>✓ verified</translation>
    </message>
    <message>
        <source>✎ corrected</source>
        <translation>✎ corrected</translation>
    </message>
    <message>
        <source>to check</source>
        <translation>to check</translation>
    </message>
    <message>
        <source>next %1</source>
        <translation>next %1</translation>
    </message>
    <message>
        <source> · digest %1</source>
        <translation> · digest %1</translation>
    </message>
    <message>
        <source>Suggested: %1 (another half-day, in working hours). You may change it.</source>
        <translation>Suggested: %1 (another half-day, in working hours). You may change it.</translation>
    </message>
    <message>
        <source>Submitted fields</source>
        <translation>Submitted fields</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Space: verified · F2 or type: correct, Enter saves</source>
        <translation>Space: verified · F2 or type: correct, Enter saves</translation>
    </message>
    <message>
        <source>Verified (Space)</source>
        <translation>Verified (Space)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Next call</source>
        <translation>Next call</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>By / note</source>
        <translation>By / note</translation>
    </message>
    <message>
        <source>Informing checklist (Alt+1 … Alt+4)</source>
        <translation>Informing checklist (Alt+1 … Alt+4)</translation>
    </message>
    <message>
        <source>Note when not ticked</source>
        <translation>Note when not ticked</translation>
    </message>
    <message>
        <source>Service needs (Ctrl+D)</source>
        <translation>Service needs (Ctrl+D)</translation>
    </message>
    <message>
        <source>What the customer needs — Enter adds it</source>
        <translation>What the customer needs — Enter adds it</translation>
    </message>
    <message>
        <source>Add need</source>
        <translation>Add need</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Back to the list (Esc)</source>
        <translation>Back to the list (Esc)</translation>
    </message>
    <message>
        <source>Finish verification (Ctrl+Enter)</source>
        <translation>Finish verification (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Record needs (Ctrl+Enter)</source>
        <translation>Record needs (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Retry (Ctrl+Enter)</source>
        <translation>Retry (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Need</translation>
    </message>
    <message>
        <source>&amp;Why is the submission withdrawn? *</source>
        <translation>&amp;Why is the submission withdrawn? *</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Call attempt (%1)</source>
        <translation>Call attempt (%1)</translation>
    </message>
    <message>
        <source>Alt+O</source>
        <translation>Alt+O</translation>
    </message>
    <message>
        <source>Log attempt (%1)</source>
        <translation>Log attempt (%1)</translation>
    </message>
    <message>
        <source>Log this call attempt: %1</source>
        <translation>Log this call attempt: %1</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open %1.</source>
        <translation>Double-click or press Enter to open %1.</translation>
    </message>
</context>
<context>
    <name>sd::ui::HomePage</name>
    <message>
        <source>Hotline call</source>
        <translation>Hotline call</translation>
    </message>
    <message>
        <source>Remote session</source>
        <translation>Remote session</translation>
    </message>
    <message>
        <source>On-site dispatch</source>
        <translation>On-site dispatch</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Monthly complaint report</source>
        <translation>Monthly complaint report</translation>
    </message>
    <message>
        <source>Good morning, %1</source>
        <translation>Good morning, %1</translation>
    </message>
    <message>
        <source>Good afternoon, %1</source>
        <translation>Good afternoon, %1</translation>
    </message>
    <message>
        <source>Good evening, %1</source>
        <translation>Good evening, %1</translation>
    </message>
    <message>
        <source>You hold no role yet; ask the administrator.</source>
        <translation>You hold no role yet; ask the administrator.</translation>
    </message>
    <message>
        <source>Your roles: %1</source>
        <translation>Your roles: %1</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Time left</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>The customer count is not available.</source>
        <translation>The customer count is not available.</translation>
    </message>
    <message>
        <source>%1 customers on file</source>
        <translation>%1 customers on file</translation>
    </message>
    <message>
        <source>Open the customer list</source>
        <translation>Open the customer list</translation>
    </message>
    <message>
        <source>A customer is calling? Type any part of the phone number or the company name into the caller lookup (Ctrl+L).</source>
        <translation>A customer is calling? Type any part of the phone number or the company name into the caller lookup (Ctrl+L).</translation>
    </message>
    <message>
        <source>Caller lookup</source>
        <translation>Caller lookup</translation>
    </message>
    <message>
        <source>Alerts for you</source>
        <translation>Alerts for you</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>Mark as read</translation>
    </message>
    <message>
        <source>First visit</source>
        <translation>First visit</translation>
    </message>
    <message>
        <source>Return visit</source>
        <translation>Return visit</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>Due now</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Deadlines that need attention — mine, and my team&apos;s</source>
        <translation>Deadlines that need attention — mine, and my team&apos;s</translation>
    </message>
    <message>
        <source>Nothing due — no deadline of yours or your team&apos;s is overdue, due now or due within the hour.</source>
        <translation>Nothing due — no deadline of yours or your team&apos;s is overdue, due now or due within the hour.</translation>
    </message>
    <message>
        <source>Whose</source>
        <translation>Whose</translation>
    </message>
    <message>
        <source>Double-click to open the record.</source>
        <translation>Double-click to open the record.</translation>
    </message>
</context>
<context>
    <name>sd::ui::HotlineActionDialog</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Not known yet</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>Solution</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Add to the problem base</source>
        <translation>Add to the problem base</translation>
    </message>
    <message>
        <source>Phenomenon for the base</source>
        <translation>Phenomenon for the base</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>What is being consulted</source>
        <translation>What is being consulted</translation>
    </message>
    <message>
        <source>Call back by</source>
        <translation>Call back by</translation>
    </message>
    <message>
        <source>Remote session (tool, ID)</source>
        <translation>Remote session (tool, ID)</translation>
    </message>
    <message>
        <source>Why on-site</source>
        <translation>Why on-site</translation>
    </message>
    <message>
        <source>Wanted by</source>
        <translation>Wanted by</translation>
    </message>
    <message>
        <source>Possible another way</source>
        <translation>Possible another way</translation>
    </message>
    <message>
        <source>Customer agrees to custom development</source>
        <translation>Customer agrees to custom development</translation>
    </message>
    <message>
        <source>Feasible</source>
        <translation>Feasible</translation>
    </message>
    <message>
        <source>Can be done by the wanted date</source>
        <translation>Can be done by the wanted date</translation>
    </message>
    <message>
        <source>Man-days</source>
        <translation>Man-days</translation>
    </message>
    <message>
        <source>Fee (CNY)</source>
        <translation>Fee (CNY)</translation>
    </message>
    <message>
        <source>Customer accepts</source>
        <translation>Customer accepts</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <source>Submitted as</source>
        <translation>Submitted as</translation>
    </message>
    <message>
        <source>Software bug</source>
        <translation>Software bug</translation>
    </message>
    <message>
        <source>Optimisation request</source>
        <translation>Optimisation request</translation>
    </message>
    <message>
        <source>HQ reference</source>
        <translation>HQ reference</translation>
    </message>
    <message>
        <source>HQ answer or patch</source>
        <translation>HQ answer or patch</translation>
    </message>
    <message>
        <source>The complaint</source>
        <translation>The complaint</translation>
    </message>
    <message>
        <source>Re-training note</source>
        <translation>Re-training note</translation>
    </message>
    <message>
        <source>Closing note</source>
        <translation>Closing note</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation>(not answered)</translation>
    </message>
</context>
<context>
    <name>sd::ui::HotlineDeskPage</name>
    <message>
        <source>to remote</source>
        <translation>to remote</translation>
    </message>
    <message>
        <source>to on-site</source>
        <translation>to on-site</translation>
    </message>
    <message>
        <source>feedback</source>
        <translation>feedback</translation>
    </message>
    <message>
        <source>solve</source>
        <translation>solve</translation>
    </message>
    <message>
        <source>call back</source>
        <translation>call back</translation>
    </message>
    <message>
        <source>&lt;b&gt;Open calls&lt;/b&gt; (Enter opens)</source>
        <translation>&lt;b&gt;Open calls&lt;/b&gt; (Enter opens)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Due soon&lt;/b&gt;</source>
        <translation>&lt;b&gt;Due soon&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>&amp;Caller:</source>
        <translation>&amp;Caller:</translation>
    </message>
    <message>
        <source>Phone (any part) or company, then Enter</source>
        <translation>Phone (any part) or company, then Enter</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Contact:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>C&amp;hannel:</translation>
    </message>
    <message>
        <source>Problem c&amp;lass:</source>
        <translation>Problem c&amp;lass:</translation>
    </message>
    <message>
        <source>Fault le&amp;vel:</source>
        <translation>Fault le&amp;vel:</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>Product:</translation>
    </message>
    <message>
        <source>Module:</source>
        <translation>Module:</translation>
    </message>
    <message>
        <source>Billing:</source>
        <translation>Billing:</translation>
    </message>
    <message>
        <source>Complex problem</source>
        <translation>Complex problem</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Problem base&lt;/b&gt; – matching entries (Enter applies)</source>
        <translation>&lt;b&gt;Problem base&lt;/b&gt; – matching entries (Enter applies)</translation>
    </message>
    <message>
        <source>Phenomenon</source>
        <translation>Phenomenon</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>Solution</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Used</translation>
    </message>
    <message>
        <source>New call (Ctrl+N)</source>
        <translation>New call (Ctrl+N)</translation>
    </message>
    <message>
        <source>Log call (Ctrl+S)</source>
        <translation>Log call (Ctrl+S)</translation>
    </message>
    <message>
        <source>&lt;b&gt;The caller&apos;s calls&lt;/b&gt;</source>
        <translation>&lt;b&gt;The caller&apos;s calls&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Record of hotline service…</source>
        <translation>Record of hotline service…</translation>
    </message>
    <message>
        <source>Call %1 – %2</source>
        <translation>Call %1 – %2</translation>
    </message>
    <message>
        <source>New call</source>
        <translation>New call</translation>
    </message>
    <message>
        <source>Nobody found for “%1”: log the call as consultation or paid service.</source>
        <translation>Nobody found for “%1”: log the call as consultation or paid service.</translation>
    </message>
    <message>
        <source>One match: Enter takes it.</source>
        <translation>One match: Enter takes it.</translation>
    </message>
    <message>
        <source>%1 matches: choose with the arrow keys and Enter.</source>
        <translation>%1 matches: choose with the arrow keys and Enter.</translation>
    </message>
    <message>
        <source>Contract %1 valid until %2.</source>
        <translation>Contract %1 valid until %2.</translation>
    </message>
    <message>
        <source>No valid contract: it expired on %1. Log the call as paid service or consultation.</source>
        <translation>No valid contract: it expired on %1. Log the call as paid service or consultation.</translation>
    </message>
    <message>
        <source>No service contract. Log the call as paid service or consultation.</source>
        <translation>No service contract. Log the call as paid service or consultation.</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Applied</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Standard solution applied: %1</source>
        <translation>Standard solution applied: %1</translation>
    </message>
    <message>
        <source>Call %1 logged. F2 solved · F3 on hold · F4 remote · F6 on-site.</source>
        <translation>Call %1 logged. F2 solved · F3 on hold · F4 remote · F6 on-site.</translation>
    </message>
    <message>
        <source>Solution: %1</source>
        <translation>Solution: %1</translation>
    </message>
    <message>
        <source>On hold: %1, call back by %2</source>
        <translation>On hold: %1, call back by %2</translation>
    </message>
    <message>
        <source>HQ reference %1</source>
        <translation>HQ reference %1</translation>
    </message>
    <message>
        <source>On-site: %1</source>
        <translation>On-site: %1</translation>
    </message>
    <message>
        <source>Re-training suggested: %1</source>
        <translation>Re-training suggested: %1</translation>
    </message>
    <message>
        <source>In the problem base as entry %1</source>
        <translation>In the problem base as entry %1</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>Suggested: consultation (unknown caller). Paid service is the other choice.</source>
        <translation>Suggested: consultation (unknown caller). Paid service is the other choice.</translation>
    </message>
    <message>
        <source>Suggested from the caller&apos;s contract %1.</source>
        <translation>Suggested from the caller&apos;s contract %1.</translation>
    </message>
    <message>
        <source>Suggested: paid service (no valid contract). Consultation is the other choice.</source>
        <translation>Suggested: paid service (no valid contract). Consultation is the other choice.</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>On-site job</source>
        <translation>On-site job</translation>
    </message>
    <message>
        <source>The hotline service is not available.</source>
        <translation>The hotline service is not available.</translation>
    </message>
</context>
<context>
    <name>sd::ui::HotlineRecordDialog</name>
    <message>
        <source>Record of hotline service</source>
        <translation>Record of hotline service</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Save as CSV…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>hotline-record.pdf</source>
        <translation>hotline-record.pdf</translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <translation>Save as CSV</translation>
    </message>
    <message>
        <source>hotline-record.csv</source>
        <translation>hotline-record.csv</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n calls</source>
        <translation>
            <numerusform>%1: %n call</numerusform>
            <numerusform>%1: %n calls</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::ui::JobCard</name>
    <message>
        <source>waiting %1 d %2 h</source>
        <translation>waiting %1 d %2 h</translation>
    </message>
    <message>
        <source>waiting %1 h %2 min</source>
        <translation>waiting %1 h %2 min</translation>
    </message>
    <message>
        <source>waiting %1 min</source>
        <translation>waiting %1 min</translation>
    </message>
    <message>
        <source>L%1</source>
        <translation>L%1</translation>
    </message>
</context>
<context>
    <name>sd::ui::LogDayDialog</name>
    <message>
        <source>Confirm a day of the implementation log</source>
        <translation>Confirm a day of the implementation log</translation>
    </message>
    <message>
        <source>A second confirmation of the same day replaces the entry.</source>
        <translation>A second confirmation of the same day replaces the entry.</translation>
    </message>
    <message>
        <source>Confirm the day</source>
        <translation>Confirm the day</translation>
    </message>
</context>
<context>
    <name>sd::ui::LoginDialog</name>
    <message>
        <source>Enter your login.</source>
        <translation>Enter your login.</translation>
    </message>
    <message>
        <source>Service Center Desk — Log in</source>
        <translation>Service Center Desk — Log in</translation>
    </message>
    <message>
        <source>Service Center Desk</source>
        <translation>Service Center Desk</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;guage:</translation>
    </message>
    <message>
        <source>Your login, e.g. hotline1</source>
        <translation>Your login, e.g. hotline1</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Demo accounts</source>
        <translation>Demo accounts</translation>
    </message>
    <message>
        <source>This is a demo database. Click an account to fill in the fields, double-click to log in at once.</source>
        <translation>This is a demo database. Click an account to fill in the fields, double-click to log in at once.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
</context>
<context>
    <name>sd::ui::MainWindow</name>
    <message>
        <source>Desk overview</source>
        <translation>Desk overview</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>service code %1</source>
        <translation>service code %1</translation>
    </message>
    <message>
        <source>No customer matches “%1”</source>
        <translation>No customer matches “%1”</translation>
    </message>
    <message>
        <source>The deadlines could not be read</source>
        <translation>The deadlines could not be read</translation>
    </message>
    <message>
        <source>Nothing due</source>
        <translation>Nothing due</translation>
    </message>
    <message>
        <source>Show on the desk overview</source>
        <translation>Show on the desk overview</translation>
    </message>
    <message>
        <source>Check again now</source>
        <translation>Check again now</translation>
    </message>
    <message>
        <source>About Service Center Desk</source>
        <translation>About Service Center Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Service Center Desk %1&lt;/h3&gt;&lt;p&gt;Customers, hotline, on-site dispatch, projects, training and complaints of an after-sales service center.&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;Schema version: %3&lt;br&gt;Logged in as: %4&lt;/p&gt;&lt;p&gt;Built with Qt %5.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Service Center Desk %1&lt;/h3&gt;&lt;p&gt;Customers, hotline, on-site dispatch, projects, training and complaints of an after-sales service center.&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;Schema version: %3&lt;br&gt;Logged in as: %4&lt;/p&gt;&lt;p&gt;Built with Qt %5.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Service Center Desk — %1</source>
        <translation>Service Center Desk — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Caller &amp;lookup</source>
        <translation>Caller &amp;lookup</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Service Center Desk</source>
        <translation>&amp;About Service Center Desk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>Caller lookup</source>
        <translation>Caller lookup</translation>
    </message>
    <message>
        <source>Caller:</source>
        <translation>Caller:</translation>
    </message>
    <message>
        <source>Phone number (any part) or company name — Ctrl+L</source>
        <translation>Phone number (any part) or company name — Ctrl+L</translation>
    </message>
    <message>
        <source>Type any part of the caller&apos;s phone number or the company name, pick a match and press Enter to see the customer&apos;s card; Enter again opens the customer.</source>
        <translation>Type any part of the caller&apos;s phone number or the company name, pick a match and press Enter to see the customer&apos;s card; Enter again opens the customer.</translation>
    </message>
    <message>
        <source>Caller card</source>
        <translation>Caller card</translation>
    </message>
    <message>
        <source>Press Enter in the caller box or click the button below to open the customer.</source>
        <translation>Press Enter in the caller box or click the button below to open the customer.</translation>
    </message>
    <message>
        <source>Open records</source>
        <translation>Open records</translation>
    </message>
    <message>
        <source>No open records</source>
        <translation>No open records</translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation>Open customer</translation>
    </message>
    <message>
        <source>Logged in: %1 (%2)</source>
        <translation>Logged in: %1 (%2)</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due soon</source>
        <translation>
            <numerusform>%n due soon</numerusform>
            <numerusform>%n due soon</numerusform>
        </translation>
    </message>
    <message>
        <source>Deadlines unavailable</source>
        <translation>Deadlines unavailable</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>On-site dispatch</source>
        <translation>On-site dispatch</translation>
    </message>
    <message>
        <source>First visit</source>
        <translation>First visit</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>Hotline desk</source>
        <translation>Hotline desk</translation>
    </message>
    <message>
        <source>Duty roster</source>
        <translation>Duty roster</translation>
    </message>
    <message>
        <source>Problem base</source>
        <translation>Problem base</translation>
    </message>
    <message>
        <source>mine</source>
        <translation>mine</translation>
    </message>
    <message>
        <source>team</source>
        <translation>team</translation>
    </message>
    <message>
        <source>Log &amp;out / switch user</source>
        <translation>Log &amp;out / switch user</translation>
    </message>
    <message>
        <source>Log out and let another person log in at this desk (%1)</source>
        <translation>Log out and let another person log in at this desk (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n due now</source>
        <translation>
            <numerusform>%n due now</numerusform>
            <numerusform>%n due now</numerusform>
        </translation>
    </message>
    <message>
        <source>Mine: %1</source>
        <translation>Mine: %1</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>Team: %1</translation>
    </message>
    <message>
        <source>Deadlines that need attention, checked every minute: mine (assigned to me) and my team&apos;s (the desks my roles oversee). Overdue: past the deadline; due now: a scheduled call whose time has come; due soon: past the warning or within the hour, in the clock&apos;s own working or calendar time. Click to list them.</source>
        <translation>Deadlines that need attention, checked every minute: mine (assigned to me) and my team&apos;s (the desks my roles oversee). Overdue: past the deadline; due now: a scheduled call whose time has come; due soon: past the warning or within the hour, in the clock&apos;s own working or calendar time. Click to list them.</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>The project tracker is not among your desks.</source>
        <translation>The project tracker is not among your desks.</translation>
    </message>
</context>
<context>
    <name>sd::ui::NewRequestDialog</name>
    <message>
        <source>New on-site request</source>
        <translation>New on-site request</translation>
    </message>
    <message>
        <source>Phone digits or company name</source>
        <translation>Phone digits or company name</translation>
    </message>
    <message>
        <source>1 — system down / service interrupted</source>
        <translation>1 — system down / service interrupted</translation>
    </message>
    <message>
        <source>2 — risk of going down</source>
        <translation>2 — risk of going down</translation>
    </message>
    <message>
        <source>3 — degraded or partial service</source>
        <translation>3 — degraded or partial service</translation>
    </message>
    <message>
        <source>4 — intermittent or indirect</source>
        <translation>4 — intermittent or indirect</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Fault level</source>
        <translation>Fault level</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Send to the dispatch board</source>
        <translation>Send to the dispatch board</translation>
    </message>
</context>
<context>
    <name>sd::ui::PlanSessionDialog</name>
    <message>
        <source>Change the plan of %1</source>
        <translation>Change the plan of %1</translation>
    </message>
    <message>
        <source>Plan a training session</source>
        <translation>Plan a training session</translation>
    </message>
    <message>
        <source>For a session held online: the meeting link</source>
        <translation>For a session held online: the meeting link</translation>
    </message>
    <message>
        <source>Hold it at that time anyway (confirmed)</source>
        <translation>Hold it at that time anyway (confirmed)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>each day</source>
        <translation>each day</translation>
    </message>
    <message>
        <source>&amp;Course:</source>
        <translation>&amp;Course:</translation>
    </message>
    <message>
        <source>&amp;Teacher:</source>
        <translation>&amp;Teacher:</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>&amp;Days:</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Hours:</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Room:</translation>
    </message>
    <message>
        <source>Online &amp;link:</source>
        <translation>Online &amp;link:</translation>
    </message>
    <message>
        <source>C&amp;apacity (seats):</source>
        <translation>C&amp;apacity (seats):</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>Save the plan</source>
        <translation>Save the plan</translation>
    </message>
    <message>
        <source>Plan session</source>
        <translation>Plan session</translation>
    </message>
    <message>
        <source>The session falls outside working hours: tick “Hold it at that time anyway” to plan it so.</source>
        <translation>The session falls outside working hours: tick “Hold it at that time anyway” to plan it so.</translation>
    </message>
</context>
<context>
    <name>sd::ui::ProblemBasePage</name>
    <message>
        <source>Search phenomenon, cause, solution, product, tags (Chinese or English) – Ctrl+F</source>
        <translation>Search phenomenon, cause, solution, product, tags (Chinese or English) – Ctrl+F</translation>
    </message>
    <message>
        <source>Phenomenon</source>
        <translation>Phenomenon</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Used</translation>
    </message>
    <message>
        <source>More</source>
        <translation>More</translation>
    </message>
    <message>
        <source>Phenomenon:</source>
        <translation>Phenomenon:</translation>
    </message>
    <message>
        <source>Cause:</source>
        <translation>Cause:</translation>
    </message>
    <message>
        <source>Solution:</source>
        <translation>Solution:</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>Product:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Module:</source>
        <translation>Module:</translation>
    </message>
    <message>
        <source>Problem class:</source>
        <translation>Problem class:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <source>New (Ins)</source>
        <translation>New (Ins)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>History (Ctrl+H)</source>
        <translation>History (Ctrl+H)</translation>
    </message>
    <message>
        <source>Merge duplicates (Ctrl+M)</source>
        <translation>Merge duplicates (Ctrl+M)</translation>
    </message>
    <message>
        <source>All entries (%1)</source>
        <translation>All entries (%1)</translation>
    </message>
    <message>
        <source>(no product)</source>
        <translation>(no product)</translation>
    </message>
    <message>
        <source>(no module)</source>
        <translation>(no module)</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 entries</translation>
    </message>
    <message>
        <source>Entry %1</source>
        <translation>Entry %1</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>New entry</translation>
    </message>
    <message>
        <source>Used %1 times · by %2 · %3 · changed %4</source>
        <translation>Used %1 times · by %2 · %3 · changed %4</translation>
    </message>
    <message>
        <source>from a hotline call</source>
        <translation>from a hotline call</translation>
    </message>
    <message>
        <source>from an on-site job</source>
        <translation>from an on-site job</translation>
    </message>
    <message>
        <source>entered by hand</source>
        <translation>entered by hand</translation>
    </message>
    <message>
        <source>A new entry: fill in phenomenon, solution and class, then Ctrl+S.</source>
        <translation>A new entry: fill in phenomenon, solution and class, then Ctrl+S.</translation>
    </message>
    <message>
        <source>Merge duplicates</source>
        <translation>Merge duplicates</translation>
    </message>
    <message>
        <source>Select the duplicates together with the entry to keep (Ctrl+click or Shift+arrows); the current entry keeps its text and gets their uses.</source>
        <translation>Select the duplicates together with the entry to keep (Ctrl+click or Shift+arrows); the current entry keeps its text and gets their uses.</translation>
    </message>
    <message numerus="yes">
        <source>Merge %n entries into entry %1? Their uses and call links move to it.</source>
        <translation>
            <numerusform>Merge %n entry into entry %1? Its uses and call links move to it.</numerusform>
            <numerusform>Merge %n entries into entry %1? Their uses and call links move to it.</numerusform>
        </translation>
    </message>
    <message>
        <source>History of entry %1</source>
        <translation>History of entry %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
</context>
<context>
    <name>sd::ui::ProjectActionDialog</name>
    <message numerus="yes">
        <source>%1 — %n active project(s)</source>
        <translation>
            <numerusform>%1 — %n active project</numerusform>
            <numerusform>%1 — %n active projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n planned day(s) this month</source>
        <translation>
            <numerusform>%n planned day this month</numerusform>
            <numerusform>%n planned days this month</numerusform>
        </translation>
    </message>
    <message>
        <source>Take this step now?</source>
        <translation>Take this step now?</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Choose the project manager</source>
        <translation>Choose the project manager</translation>
    </message>
    <message>
        <source>Each person&apos;s load: projects not yet closed, and the working days their projects&apos; stages plan for this month.</source>
        <translation>Each person&apos;s load: projects not yet closed, and the working days their projects&apos; stages plan for this month.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n working day(s))</source>
        <translation>
            <numerusform>%1 (%n working day)</numerusform>
            <numerusform>%1 (%n working days)</numerusform>
        </translation>
    </message>
    <message>
        <source>The project&apos;s product has no plan template: add the stages one by one.</source>
        <translation>The project&apos;s product has no plan template: add the stages one by one.</translation>
    </message>
</context>
<context>
    <name>sd::ui::ProjectDetailWidget</name>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>passed</translation>
    </message>
    <message>
        <source>failed, work incomplete</source>
        <translation>failed, work incomplete</translation>
    </message>
    <message>
        <source>failed, presales commitment or product gap</source>
        <translation>failed, presales commitment or product gap</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pending</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Suspend</translation>
    </message>
    <message>
        <source>Terminate</source>
        <translation>Terminate</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose a project in the list.</source>
        <translation>Choose a project in the list.</translation>
    </message>
    <message>
        <source>not yet assigned</source>
        <translation>not yet assigned</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Project manager</source>
        <translation>Project manager</translation>
    </message>
    <message>
        <source>Consultants</source>
        <translation>Consultants</translation>
    </message>
    <message>
        <source>Budgeted days</source>
        <translation>Budgeted days</translation>
    </message>
    <message>
        <source>The acceptance report, to print or send to the customer</source>
        <translation>The acceptance report, to print or send to the customer</translation>
    </message>
    <message>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <source>No step for you on this project now.</source>
        <translation>No step for you on this project now.</translation>
    </message>
    <message>
        <source>%1 (late)</source>
        <translation>%1 (late)</translation>
    </message>
    <message>
        <source>Stage “%1”:</source>
        <translation>Stage “%1”:</translation>
    </message>
    <message>
        <source>Attempt %1: &lt;b&gt;%2&lt;/b&gt; %3 (%4)</source>
        <translation>Attempt %1: &lt;b&gt;%2&lt;/b&gt; %3 (%4)</translation>
    </message>
    <message>
        <source>Deliverables: %1</source>
        <translation>Deliverables: %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) without a log entry:</source>
        <translation>
            <numerusform>%n working day without a log entry:</numerusform>
            <numerusform>%n working days without a log entry:</numerusform>
        </translation>
    </message>
    <message>
        <source>No working day is missing from the log.</source>
        <translation>No working day is missing from the log.</translation>
    </message>
    <message>
        <source>Consultants of the project log the days of a stage being worked on.</source>
        <translation>Consultants of the project log the days of a stage being worked on.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Stages and timeline</source>
        <translation>Stages and timeline</translation>
    </message>
    <message>
        <source>Log book</source>
        <translation>Log book</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Suspend / terminate requests</source>
        <translation>Suspend / terminate requests</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Attempt</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Consultant</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Confirmed by</source>
        <translation>Confirmed by</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>Work done</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Added by</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Implementation manager</source>
        <translation>Implementation manager</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Confirm a &amp;day…</source>
        <translation>Confirm a &amp;day…</translation>
    </message>
    <message>
        <source>Add a document…</source>
        <translation>Add a document…</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Save a copy…</translation>
    </message>
    <message>
        <source>Kept in the database: at most %1 MB a file; %2.</source>
        <translation>Kept in the database: at most %1 MB a file; %2.</translation>
    </message>
    <message>
        <source>Acceptance report</source>
        <translation>Acceptance report</translation>
    </message>
</context>
<context>
    <name>sd::ui::ProjectListModel</name>
    <message numerus="yes">
        <source>%n late stage(s)</source>
        <translation>
            <numerusform>%n late stage</numerusform>
            <numerusform>%n late stages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing log day(s)</source>
        <translation>
            <numerusform>%n missing log day</numerusform>
            <numerusform>%n missing log days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n approval(s) pending</source>
        <translation>
            <numerusform>%n approval pending</numerusform>
            <numerusform>%n approvals pending</numerusform>
        </translation>
    </message>
    <message>
        <source>On track</source>
        <translation>On track</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Project manager</source>
        <translation>Project manager</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Stages</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
</context>
<context>
    <name>sd::ui::ProjectsPage</name>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n project</numerusform>
            <numerusform>%n projects</numerusform>
        </translation>
    </message>
    <message>
        <source>Approvals (%1)</source>
        <translation>Approvals (%1)</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Approvals</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Search number, project or customer (Ctrl+F)</source>
        <translation>Search number, project or customer (Ctrl+F)</translation>
    </message>
    <message>
        <source>Open projects</source>
        <translation>Open projects</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>Last changed first</source>
        <translation>Last changed first</translation>
    </message>
    <message>
        <source>Late stages first</source>
        <translation>Late stages first</translation>
    </message>
    <message>
        <source>By number</source>
        <translation>By number</translation>
    </message>
    <message>
        <source>By customer</source>
        <translation>By customer</translation>
    </message>
    <message>
        <source>My projects</source>
        <translation>My projects</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;New project…</translation>
    </message>
</context>
<context>
    <name>sd::ui::RegisterStudentDialog</name>
    <message>
        <source>Register a student — %1</source>
        <translation>Register a student — %1</translation>
    </message>
    <message>
        <source>Every seat of “%1” is taken: the student goes onto the waiting list.</source>
        <translation>Every seat of “%1” is taken: the student goes onto the waiting list.</translation>
    </message>
    <message>
        <source>“%1”: %2 of %3 seats taken.</source>
        <translation>“%1”: %2 of %3 seats taken.</translation>
    </message>
    <message>
        <source>Company name, service code or phone — Enter to search</source>
        <translation>Company name, service code or phone — Enter to search</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Customer:</translation>
    </message>
    <message>
        <source>S&amp;tudent:</source>
        <translation>S&amp;tudent:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>Put on the waiting list</source>
        <translation>Put on the waiting list</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>No customer matches “%1”.</source>
        <translation>No customer matches “%1”.</translation>
    </message>
    <message>
        <source>A new student of this customer…</source>
        <translation>A new student of this customer…</translation>
    </message>
</context>
<context>
    <name>sd::ui::ScoreDialog</name>
    <message>
        <source>Re-sit score — %1</source>
        <translation>Re-sit score — %1</translation>
    </message>
    <message>
        <source>Exam score — %1</source>
        <translation>Exam score — %1</translation>
    </message>
    <message>
        <source>“%1”: %2 points pass.</source>
        <translation>“%1”: %2 points pass.</translation>
    </message>
    <message>
        <source>Attempt %1; last score %2.</source>
        <translation>Attempt %1; last score %2.</translation>
    </message>
    <message>
        <source>&amp;Score (0–100):</source>
        <translation>&amp;Score (0–100):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Record score</source>
        <translation>Record score</translation>
    </message>
</context>
<context>
    <name>sd::ui::SlaTab</name>
    <message>
        <source>&amp;Edit target…</source>
        <translation>&amp;Edit target…</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Policy</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Record type</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Applies to</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Measured in</source>
        <translation>Measured in</translation>
    </message>
    <message>
        <source>Warn at</source>
        <translation>Warn at</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>fault level %1</source>
        <translation>fault level %1</translation>
    </message>
    <message>
        <source>key customers</source>
        <translation>key customers</translation>
    </message>
    <message>
        <source>VIP channel</source>
        <translation>VIP channel</translation>
    </message>
    <message>
        <source>contract %1</source>
        <translation>contract %1</translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>all</source>
        <translation>all</translation>
    </message>
    <message>
        <source>working time</source>
        <translation>working time</translation>
    </message>
    <message>
        <source>wall-clock time</source>
        <translation>wall-clock time</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>SLA target: %1</source>
        <translation>SLA target: %1</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Target time:</source>
        <translation>Target time:</translation>
    </message>
    <message>
        <source>Measured in:</source>
        <translation>Measured in:</translation>
    </message>
    <message>
        <source>Warn at:</source>
        <translation>Warn at:</translation>
    </message>
</context>
<context>
    <name>sd::ui::StageTimeline</name>
    <message>
        <source>No stages planned yet.</source>
        <translation>No stages planned yet.</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
</context>
<context>
    <name>sd::ui::SubmissionDialog</name>
    <message>
        <source>Possible duplicate</source>
        <translation>Possible duplicate</translation>
    </message>
    <message>
        <source>Submit it anyway (flagged as a possible duplicate)?</source>
        <translation>Submit it anyway (flagged as a possible duplicate)?</translation>
    </message>
    <message>
        <source>Submit a new customer for the first visit</source>
        <translation>Submit a new customer for the first visit</translation>
    </message>
    <message>
        <source>C&amp;ontact</source>
        <translation>C&amp;ontact</translation>
    </message>
    <message>
        <source>&amp;Phones</source>
        <translation>&amp;Phones</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>&amp;Modules</source>
        <translation>&amp;Modules</translation>
    </message>
    <message>
        <source>Service co&amp;de</source>
        <translation>Service co&amp;de</translation>
    </message>
    <message>
        <source>Do&amp;ngle number</source>
        <translation>Do&amp;ngle number</translation>
    </message>
    <message>
        <source>Contract &amp;type</source>
        <translation>Contract &amp;type</translation>
    </message>
    <message>
        <source>Sa&amp;le date</source>
        <translation>Sa&amp;le date</translation>
    </message>
    <message>
        <source>Sale deta&amp;ils</source>
        <translation>Sale deta&amp;ils</translation>
    </message>
    <message>
        <source>several: separate with ;</source>
        <translation>several: separate with ;</translation>
    </message>
    <message>
        <source>e.g. 用友U8+ 16.0; 畅捷通T+Cloud 18.0</source>
        <translation>e.g. 用友U8+ 16.0; 畅捷通T+Cloud 18.0</translation>
    </message>
    <message>
        <source>e.g. 总账,UFO报表,应收应付</source>
        <translation>e.g. 总账,UFO报表,应收应付</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Company *</source>
        <translation>&amp;Company *</translation>
    </message>
    <message>
        <source>Soft&amp;ware</source>
        <translation>Soft&amp;ware</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Submit</translation>
    </message>
    <message>
        <source>Contract &amp;from</source>
        <translation>Contract &amp;from</translation>
    </message>
    <message>
        <source>Contract &amp;until</source>
        <translation>Contract &amp;until</translation>
    </message>
</context>
<context>
    <name>sd::ui::TrainingCourseCatalog</name>
    <message>
        <source>Retired</source>
        <translation>Retired</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Pass mark</source>
        <translation>Pass mark</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Outline</translation>
    </message>
    <message>
        <source>Show retired courses</source>
        <translation>Show retired courses</translation>
    </message>
    <message>
        <source>&amp;New course…</source>
        <translation>&amp;New course…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>&amp;Retire</translation>
    </message>
    <message>
        <source>No new sessions from it; its sessions and scores stay</source>
        <translation>No new sessions from it; its sessions and scores stay</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Only a course no session uses can be deleted</source>
        <translation>Only a course no session uses can be deleted</translation>
    </message>
    <message>
        <source>A course with sessions is retired, not deleted: its sessions and scores stay in the record.</source>
        <translation>A course with sessions is retired, not deleted: its sessions and scores stay in the record.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
</context>
<context>
    <name>sd::ui::TrainingPage</name>
    <message>
        <source>%1 of %2 sessions shown (latest first)</source>
        <translation>%1 of %2 sessions shown (latest first)</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>Running between</source>
        <translation>Running between</translation>
    </message>
    <message>
        <source>&amp;Plan a session…</source>
        <translation>&amp;Plan a session…</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Course catalogue</source>
        <translation>Course catalogue</translation>
    </message>
    <message>
        <source>Sessions: %1</source>
        <translation>Sessions: %1</translation>
    </message>
</context>
<context>
    <name>sd::ui::TrainingSessionDetail</name>
    <message>
        <source>First-visit need</source>
        <translation>First-visit need</translation>
    </message>
    <message>
        <source>Hotline call</source>
        <translation>Hotline call</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Direct</translation>
    </message>
    <message>
        <source>Cancel a registration</source>
        <translation>Cancel a registration</translation>
    </message>
    <message>
        <source>Why does the student not come? (optional)</source>
        <translation>Why does the student not come? (optional)</translation>
    </message>
    <message>
        <source>Save the student list</source>
        <translation>Save the student list</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Student list saved to %1.</source>
        <translation>Student list saved to %1.</translation>
    </message>
    <message>
        <source>Save the notice</source>
        <translation>Save the notice</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Notice saved to %1.</source>
        <translation>Notice saved to %1.</translation>
    </message>
    <message>
        <source>Room %1</source>
        <translation>Room %1</translation>
    </message>
    <message>
        <source>Online: %1</source>
        <translation>Online: %1</translation>
    </message>
    <message>
        <source>%1 · teacher %2</source>
        <translation>%1 · teacher %2</translation>
    </message>
    <message>
        <source>%1 of %2 seats taken · %3 waiting · exam pass mark %4</source>
        <translation>%1 of %2 seats taken · %3 waiting · exam pass mark %4</translation>
    </message>
    <message>
        <source>Held outside working hours (confirmed)</source>
        <translation>Held outside working hours (confirmed)</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Cancelled: %1</translation>
    </message>
    <message>
        <source>Choose a session in the list.</source>
        <translation>Choose a session in the list.</translation>
    </message>
    <message>
        <source>Waiting, no. %1</source>
        <translation>Waiting, no. %1</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Students (%1)</source>
        <translation>Students (%1)</translation>
    </message>
    <message>
        <source>Asking for training (%1)</source>
        <translation>Asking for training (%1)</translation>
    </message>
    <message>
        <source>Notices sent (%1)</source>
        <translation>Notices sent (%1)</translation>
    </message>
    <message>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <source>Record a re-sit score…</source>
        <translation>Record a re-sit score…</translation>
    </message>
    <message>
        <source>Record exam score…</source>
        <translation>Record exam score…</translation>
    </message>
    <message>
        <source>The plan is changed.</source>
        <translation>The plan is changed.</translation>
    </message>
    <message>
        <source>Why is the session cancelled? Everyone registered or waiting is notified.</source>
        <translation>Why is the session cancelled? Everyone registered or waiting is notified.</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>Done: %1.</translation>
    </message>
    <message>
        <source>%1 is on the waiting list, no. %2.</source>
        <translation>%1 is on the waiting list, no. %2.</translation>
    </message>
    <message>
        <source>%1 is registered.</source>
        <translation>%1 is registered.</translation>
    </message>
    <message>
        <source>%1&apos;s registration is cancelled.</source>
        <translation>%1&apos;s registration is cancelled.</translation>
    </message>
    <message>
        <source>%1&apos;s registration is cancelled; %2 moves up from the waiting list and is notified.</source>
        <translation>%1&apos;s registration is cancelled; %2 moves up from the waiting list and is notified.</translation>
    </message>
    <message>
        <source>%1 (%2) is registered from the %3.</source>
        <translation>%1 (%2) is registered from the %3.</translation>
    </message>
    <message>
        <source>first-visit need, which is now taken up</source>
        <translation>first-visit need, which is now taken up</translation>
    </message>
    <message>
        <source>hotline call</source>
        <translation>hotline call</translation>
    </message>
    <message>
        <source>Attendance recorded.</source>
        <translation>Attendance recorded.</translation>
    </message>
    <message>
        <source>%1: %2 points — %3.</source>
        <translation>%1: %2 points — %3.</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>passed</translation>
    </message>
    <message>
        <source>not passed</source>
        <translation>not passed</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Days present</source>
        <translation>Days present</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>What they need</source>
        <translation>What they need</translation>
    </message>
    <message>
        <source>Register a student…</source>
        <translation>Register a student…</translation>
    </message>
    <message>
        <source>Cancel registration…</source>
        <translation>Cancel registration…</translation>
    </message>
    <message>
        <source>Attendance…</source>
        <translation>Attendance…</translation>
    </message>
    <message>
        <source>Register the selected one</source>
        <translation>Register the selected one</translation>
    </message>
    <message>
        <source>Registers the person and marks the first-visit need taken up</source>
        <translation>Registers the person and marks the first-visit need taken up</translation>
    </message>
    <message>
        <source>Notice as PDF</source>
        <translation>Notice as PDF</translation>
    </message>
    <message>
        <source>Student list as CSV…</source>
        <translation>Student list as CSV…</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Students</translation>
    </message>
    <message>
        <source>Asking for training</source>
        <translation>Asking for training</translation>
    </message>
    <message>
        <source>Notices sent</source>
        <translation>Notices sent</translation>
    </message>
    <message>
        <source>(%1 attempts)</source>
        <translation>(%1 attempts)</translation>
    </message>
    <message>
        <source>The session is cancelled; students notified: %1.</source>
        <translation>The session is cancelled; students notified: %1.</translation>
    </message>
</context>
<context>
    <name>sd::ui::TrainingSessionModel</name>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>Online: %1</source>
        <translation>Online: %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <source>Room / link</source>
        <translation>Room / link</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>sd::ui::UsersTab</name>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Edit staff account</source>
        <translation>Edit staff account</translation>
    </message>
    <message>
        <source>New staff account</source>
        <translation>New staff account</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Products and modules, comma-separated</source>
        <translation>Products and modules, comma-separated</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Login:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Department:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <source>Skills:</source>
        <translation>Skills:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>Repeat password:</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>&amp;New account…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Disable / enable</source>
        <translation>Disable / enable</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Region / skills</source>
        <translation>Region / skills</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation>Disable account</translation>
    </message>
    <message>
        <source>Disable the account of %1? They can no longer log in; their records stay.</source>
        <translation>Disable the account of %1? They can no longer log in; their records stay.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>New password (at least 8 characters):</source>
        <translation>New password (at least 8 characters):</translation>
    </message>
    <message>
        <source>The password was changed.</source>
        <translation>The password was changed.</translation>
    </message>
    <message>
        <source>Search login, name or department</source>
        <translation>Search login, name or department</translation>
    </message>
    <message numerus="yes">
        <source>%n department(s)</source>
        <translation>
            <numerusform>%n department</numerusform>
            <numerusform>%n departments</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 accounts shown</source>
        <translation>
            <numerusform>%n of %1 accounts shown</numerusform>
            <numerusform>%n of %1 accounts shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::ui::VisitDialog</name>
    <message>
        <source>Return visit — %1</source>
        <translation>Return visit — %1</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>By phone</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>On site</translation>
    </message>
    <message>
        <source>5 — very good</source>
        <translation>5 — very good</translation>
    </message>
    <message>
        <source>4 — good</source>
        <translation>4 — good</translation>
    </message>
    <message>
        <source>3 — fair</source>
        <translation>3 — fair</translation>
    </message>
    <message>
        <source>2 — poor</source>
        <translation>2 — poor</translation>
    </message>
    <message>
        <source>1 — very poor</source>
        <translation>1 — very poor</translation>
    </message>
    <message>
        <source>What the customer said</source>
        <translation>What the customer said</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>due %1</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>no phone on file</source>
        <translation>no phone on file</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>Engineer</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>Earlier return visits of this customer</source>
        <translation>Earlier return visits of this customer</translation>
    </message>
    <message>
        <source>satisfaction %1/5 (attitude %2, quality %3, resolution %4)</source>
        <translation>satisfaction %1/5 (attitude %2, quality %3, resolution %4)</translation>
    </message>
    <message>
        <source>complaint %1</source>
        <translation>complaint %1</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>None yet.</translation>
    </message>
</context>
<context>
    <name>servicedeskctl</name>
    <message>
        <source>The database: a SQLite file, or postgresql://user@host[:port]/dbname[?sslmode=…] (password from PGPASSWORD, or asked on a terminal). Default: the desk client&apos;s SQLite file in the user&apos;s data folder.</source>
        <translation>The database: a SQLite file, or postgresql://user@host[:port]/dbname[?sslmode=…] (password from PGPASSWORD, or asked on a terminal). Default: the desk client&apos;s SQLite file in the user&apos;s data folder.</translation>
    </message>
    <message>
        <source>path-or-url</source>
        <translation>path-or-url</translation>
    </message>
    <message>
        <source>Print the result (and errors) as JSON on standard output.</source>
        <translation>Print the result (and errors) as JSON on standard output.</translation>
    </message>
    <message>
        <source>The staff member acting (password from SD_PASSWORD, or asked on a terminal). Every command that reads or changes records needs it; its permissions are checked.</source>
        <translation>The staff member acting (password from SD_PASSWORD, or asked on a terminal). Every command that reads or changes records needs it; its permissions are checked.</translation>
    </message>
    <message>
        <source>login</source>
        <translation>login</translation>
    </message>
    <message>
        <source>Show the help (of a command, after its name).</source>
        <translation>Show the help (of a command, after its name).</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Show the version.</translation>
    </message>
    <message>
        <source>No command given; see servicedeskctl --help.</source>
        <translation>No command given; see servicedeskctl --help.</translation>
    </message>
    <message>
        <source>%1: name a subcommand: %2.</source>
        <translation>%1: name a subcommand: %2.</translation>
    </message>
    <message>
        <source>%1: unknown subcommand &quot;%2&quot;; use one of: %3.</source>
        <translation>%1: unknown subcommand &quot;%2&quot;; use one of: %3.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; see servicedeskctl --help.</source>
        <translation>Unknown command &quot;%1&quot;; see servicedeskctl --help.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>The command.</translation>
    </message>
    <message>
        <source>%1: missing argument (see servicedeskctl %1 --help).</source>
        <translation>%1: missing argument (see servicedeskctl %1 --help).</translation>
    </message>
    <message>
        <source>%1: unexpected argument &quot;%2&quot;.</source>
        <translation>%1: unexpected argument &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>There is no database at %1 (create one with: servicedeskctl init).</source>
        <translation>There is no database at %1 (create one with: servicedeskctl init).</translation>
    </message>
    <message>
        <source>PostgreSQL password for %1@%2: </source>
        <translation>PostgreSQL password for %1@%2: </translation>
    </message>
    <message>
        <source>%1 needs --as LOGIN (the staff member acting).</source>
        <translation>%1 needs --as LOGIN (the staff member acting).</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <source>--as %1 needs a password: set SD_PASSWORD or run on a terminal.</source>
        <translation>--as %1 needs a password: set SD_PASSWORD or run on a terminal.</translation>
    </message>
    <message>
        <source>--as %1: %2</source>
        <translation>--as %1: %2</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>New password for %1: </translation>
    </message>
    <message>
        <source>No password for %1: use --password, set SD_NEW_PASSWORD, or run on a terminal.</source>
        <translation>No password for %1: use --password, set SD_NEW_PASSWORD, or run on a terminal.</translation>
    </message>
    <message>
        <source>Imports holidays and make-up working days (调休) from a CSV file of date,kind,name (kind: holiday or workday); all or nothing. Needs --as.</source>
        <translation>Imports holidays and make-up working days (调休) from a CSV file of date,kind,name (kind: holiday or workday); all or nothing. Needs --as.</translation>
    </message>
    <message>
        <source>The CSV file (UTF-8).</source>
        <translation>The CSV file (UTF-8).</translation>
    </message>
    <message>
        <source>Imported %1 days from %2: %3 new, %4 changed, %5 unchanged.</source>
        <translation>Imported %1 days from %2: %3 new, %4 changed, %5 unchanged.</translation>
    </message>
    <message>
        <source>Sets the working hours of a working day, e.g. 08:30-12:00,13:30-17:30. Needs --as.</source>
        <translation>Sets the working hours of a working day, e.g. 08:30-12:00,13:30-17:30. Needs --as.</translation>
    </message>
    <message>
        <source>Intervals HH:MM-HH:MM, comma-separated.</source>
        <translation>Intervals HH:MM-HH:MM, comma-separated.</translation>
    </message>
    <message>
        <source>Working hours: %1 (%2 working minutes a day).</source>
        <translation>Working hours: %1 (%2 working minutes a day).</translation>
    </message>
    <message>
        <source>The start, ISO 8601 (2025-09-30T16:00:00+08:00; without an offset, the calendar&apos;s time zone).</source>
        <translation>The start, ISO 8601 (2025-09-30T16:00:00+08:00; without an offset, the calendar&apos;s time zone).</translation>
    </message>
    <message>
        <source>time</source>
        <translation>time</translation>
    </message>
    <message>
        <source>Working minutes to add (negative: back).</source>
        <translation>Working minutes to add (negative: back).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Prints when N working minutes after a moment end, by the business calendar stored in the database (hours, weekends, holidays, 调休).</source>
        <translation>Prints when N working minutes after a moment end, by the business calendar stored in the database (hours, weekends, holidays, 调休).</translation>
    </message>
    <message>
        <source>calendar due needs --from TIME and --working-minutes N.</source>
        <translation>calendar due needs --from TIME and --working-minutes N.</translation>
    </message>
    <message>
        <source>--working-minutes takes a whole number, not &quot;%1&quot;.</source>
        <translation>--working-minutes takes a whole number, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--from takes an ISO 8601 time such as 2025-09-30T16:00:00+08:00, not &quot;%1&quot;.</source>
        <translation>--from takes an ISO 8601 time such as 2025-09-30T16:00:00+08:00, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The calendar has no working time after %1.</source>
        <translation>The calendar has no working time after %1.</translation>
    </message>
    <message>
        <source>Only the exception days of this year.</source>
        <translation>Only the exception days of this year.</translation>
    </message>
    <message>
        <source>Y</source>
        <translation>Y</translation>
    </message>
    <message>
        <source>Shows the working hours, week, time zone and the holidays and make-up working days.</source>
        <translation>Shows the working hours, week, time zone and the holidays and make-up working days.</translation>
    </message>
    <message>
        <source>--year takes a year such as 2026, not &quot;%1&quot;.</source>
        <translation>--year takes a year such as 2026, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Minutes a day</source>
        <translation>Minutes a day</translation>
    </message>
    <message>
        <source>Working week</source>
        <translation>Working week</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <source>No holidays or make-up working days.
</source>
        <translation>No holidays or make-up working days.
</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>DAY</source>
        <translation>DAY</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The CSV file.</source>
        <translation>The CSV file.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>warning: %1</translation>
    </message>
    <message>
        <source>Imported %1 customers from %2 (encoding: %3).</source>
        <translation>Imported %1 customers from %2 (encoding: %3).</translation>
    </message>
    <message>
        <source>Write the header row in Chinese (公司名称, 联系人 …).</source>
        <translation>Write the header row in Chinese (公司名称, 联系人 …).</translation>
    </message>
    <message>
        <source>utf-8-bom (default, what Excel opens correctly) or gb18030.</source>
        <translation>utf-8-bom (default, what Excel opens correctly) or gb18030.</translation>
    </message>
    <message>
        <source>encoding</source>
        <translation>encoding</translation>
    </message>
    <message>
        <source>Exports every customer as CSV in the import format. Needs --as.</source>
        <translation>Exports every customer as CSV in the import format. Needs --as.</translation>
    </message>
    <message>
        <source>The CSV file to write (replaced if it exists).</source>
        <translation>The CSV file to write (replaced if it exists).</translation>
    </message>
    <message>
        <source>--encoding takes utf-8-bom or gb18030, not &quot;%1&quot;.</source>
        <translation>--encoding takes utf-8-bom or gb18030, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Exported %1 customers to %2.</source>
        <translation>Exported %1 customers to %2.</translation>
    </message>
    <message>
        <source>%1 (already current)</source>
        <translation>%1 (already current)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Schema version</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Tool</translation>
    </message>
    <message>
        <source>Login of the first administrator (default: admin).</source>
        <translation>Login of the first administrator (default: admin).</translation>
    </message>
    <message>
        <source>Password of the first administrator (else SD_NEW_PASSWORD, or asked on a terminal).</source>
        <translation>Password of the first administrator (else SD_NEW_PASSWORD, or asked on a terminal).</translation>
    </message>
    <message>
        <source>password</source>
        <translation>password</translation>
    </message>
    <message>
        <source>Display name of the first administrator.</source>
        <translation>Display name of the first administrator.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Creates or migrates the schema, seeds the business calendar and the SLA defaults, and creates the first administrator when the database has no staff account. Safe to run again.</source>
        <translation>Creates or migrates the schema, seeds the business calendar and the SLA defaults, and creates the first administrator when the database has no staff account. Safe to run again.</translation>
    </message>
    <message>
        <source>The first administrator needs a password: use --admin-password, set SD_NEW_PASSWORD, or run on a terminal.</source>
        <translation>The first administrator needs a password: use --admin-password, set SD_NEW_PASSWORD, or run on a terminal.</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>note: the database already has staff accounts; no administrator was created (add accounts with: servicedeskctl user add).</source>
        <translation>note: the database already has staff accounts; no administrator was created (add accounts with: servicedeskctl user add).</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>SLA policies seeded</source>
        <translation>SLA policies seeded</translation>
    </message>
    <message>
        <source>%1 (created)</source>
        <translation>%1 (created)</translation>
    </message>
    <message>
        <source>staff accounts exist; none created</source>
        <translation>staff accounts exist; none created</translation>
    </message>
    <message>
        <source>Brings the database schema to this program&apos;s version. A database of a newer version is refused and left untouched (exit code 3).</source>
        <translation>Brings the database schema to this program&apos;s version. A database of a newer version is refused and left untouched (exit code 3).</translation>
    </message>
    <message>
        <source>Writes a consistent backup of the whole database while the desks keep working: SQLite via VACUUM INTO, PostgreSQL via pg_dump -Fc. An existing file is never overwritten.</source>
        <translation>Writes a consistent backup of the whole database while the desks keep working: SQLite via VACUUM INTO, PostgreSQL via pg_dump -Fc. An existing file is never overwritten.</translation>
    </message>
    <message>
        <source>The backup file to create.</source>
        <translation>The backup file to create.</translation>
    </message>
    <message>
        <source>Backup written.
</source>
        <translation>Backup written.
</translation>
    </message>
    <message>
        <source>Replaces the database&apos;s content with a backup, all or nothing, after checking that the file is a Service Center Desk backup this program can read. Needs --as an administrator unless the database has no staff account yet.</source>
        <translation>Replaces the database&apos;s content with a backup, all or nothing, after checking that the file is a Service Center Desk backup this program can read. Needs --as an administrator unless the database has no staff account yet.</translation>
    </message>
    <message>
        <source>The backup file.</source>
        <translation>The backup file.</translation>
    </message>
    <message>
        <source>Restored.
</source>
        <translation>Restored.
</translation>
    </message>
    <message>
        <source>How many customers (default 2000).</source>
        <translation>How many customers (default 2000).</translation>
    </message>
    <message>
        <source>Seed of the generator: the same seed gives the same data.</source>
        <translation>Seed of the generator: the same seed gives the same data.</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>--customers takes a number of customers, not &quot;%1&quot;.</source>
        <translation>--customers takes a number of customers, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--seed takes a whole number, not &quot;%1&quot;.</source>
        <translation>--seed takes a whole number, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Departments</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Phones</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Contracts</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>Purchased products</source>
        <translation>Purchased products</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Demo logins:
</source>
        <translation>Demo logins:
</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>LOGIN</translation>
    </message>
    <message>
        <source>PASSWORD</source>
        <translation>PASSWORD</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <source>Display name (required).</source>
        <translation>Display name (required).</translation>
    </message>
    <message>
        <source>Roles, comma-separated: %1.</source>
        <translation>Roles, comma-separated: %1.</translation>
    </message>
    <message>
        <source>r1,r2</source>
        <translation>r1,r2</translation>
    </message>
    <message>
        <source>Department name (Chinese or English).</source>
        <translation>Department name (Chinese or English).</translation>
    </message>
    <message>
        <source>Initial password (else SD_NEW_PASSWORD, or asked on a terminal).</source>
        <translation>Initial password (else SD_NEW_PASSWORD, or asked on a terminal).</translation>
    </message>
    <message>
        <source>Phone number.</source>
        <translation>Phone number.</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>E-mail address.</source>
        <translation>E-mail address.</translation>
    </message>
    <message>
        <source>email</source>
        <translation>email</translation>
    </message>
    <message>
        <source>Creates a staff account (needs --as an administrator).</source>
        <translation>Creates a staff account (needs --as an administrator).</translation>
    </message>
    <message>
        <source>The new account&apos;s login.</source>
        <translation>The new account&apos;s login.</translation>
    </message>
    <message>
        <source>user add needs --name NAME.</source>
        <translation>user add needs --name NAME.</translation>
    </message>
    <message>
        <source>user add needs --roles (one or more of: %1).</source>
        <translation>user add needs --roles (one or more of: %1).</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;; the roles are: %2.</source>
        <translation>Unknown role &quot;%1&quot;; the roles are: %2.</translation>
    </message>
    <message>
        <source>user add needs at least one role.</source>
        <translation>user add needs at least one role.</translation>
    </message>
    <message>
        <source>There is no department &quot;%1&quot;.</source>
        <translation>There is no department &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Created %1 (%2), roles: %3.</source>
        <translation>Created %1 (%2), roles: %3.</translation>
    </message>
    <message>
        <source>The new password (else SD_NEW_PASSWORD, or asked on a terminal).</source>
        <translation>The new password (else SD_NEW_PASSWORD, or asked on a terminal).</translation>
    </message>
    <message>
        <source>Sets a new password. An administrator may reset anyone&apos;s; other staff may change their own (the --as password is the current one).</source>
        <translation>Sets a new password. An administrator may reset anyone&apos;s; other staff may change their own (the --as password is the current one).</translation>
    </message>
    <message>
        <source>Whose password.</source>
        <translation>Whose password.</translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation>The password of %1 was changed.</translation>
    </message>
    <message>
        <source>Enables a disabled staff account (needs --as an administrator).</source>
        <translation>Enables a disabled staff account (needs --as an administrator).</translation>
    </message>
    <message>
        <source>Disables a staff account: it can no longer log in; its records and history stay (needs --as an administrator).</source>
        <translation>Disables a staff account: it can no longer log in; its records and history stay (needs --as an administrator).</translation>
    </message>
    <message>
        <source>The account.</source>
        <translation>The account.</translation>
    </message>
    <message>
        <source>%1 is enabled.</source>
        <translation>%1 is enabled.</translation>
    </message>
    <message>
        <source>%1 is disabled.</source>
        <translation>%1 is disabled.</translation>
    </message>
    <message>
        <source>Leave out disabled accounts.</source>
        <translation>Leave out disabled accounts.</translation>
    </message>
    <message>
        <source>Lists the staff accounts (needs --as an administrator).</source>
        <translation>Lists the staff accounts (needs --as an administrator).</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>DEPARTMENT</source>
        <translation>DEPARTMENT</translation>
    </message>
    <message>
        <source>ROLES</source>
        <translation>ROLES</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>ACTIVE</translation>
    </message>
    <message>
        <source>Repeat it: </source>
        <translation>Repeat it: </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>The working day (YYYY-MM-DD; default: today).</source>
        <translation>The working day (YYYY-MM-DD; default: today).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>Only this department (its id or name).</source>
        <translation>Only this department (its id or name).</translation>
    </message>
    <message>
        <source>department</source>
        <translation>department</translation>
    </message>
    <message>
        <source>Write the digest as CSV to this file.</source>
        <translation>Write the digest as CSV to this file.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Write the digest as PDF to this file.</source>
        <translation>Write the digest as PDF to this file.</translation>
    </message>
    <message>
        <source>--date takes YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--date takes YYYY-MM-DD, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No department &quot;%1&quot;.</source>
        <translation>No department &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Digest of %1: %2 needs in %3 departments, written to %4.</source>
        <translation>Digest of %1: %2 needs in %3 departments, written to %4.</translation>
    </message>
    <message>
        <source>First-visit needs digest of %1: %2 needs in %3 departments.
</source>
        <translation>First-visit needs digest of %1: %2 needs in %3 departments.
</translation>
    </message>
    <message>
        <source>%1 — to %2 (%3)</source>
        <translation>%1 — to %2 (%3)</translation>
    </message>
    <message>
        <source>, handed off %1 by %2</source>
        <translation>, handed off %1 by %2</translation>
    </message>
    <message>
        <source>NEED</source>
        <translation>NEED</translation>
    </message>
    <message>
        <source>CUSTOMER</source>
        <translation>CUSTOMER</translation>
    </message>
    <message>
        <source>CONTACT</source>
        <translation>CONTACT</translation>
    </message>
    <message>
        <source>PHONE</source>
        <translation>PHONE</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>DESCRIPTION</translation>
    </message>
    <message>
        <source>RECORDED BY</source>
        <translation>RECORDED BY</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATE</translation>
    </message>
    <message>
        <source>No needs were recorded on this day.
</source>
        <translation>No needs were recorded on this day.
</translation>
    </message>
    <message>
        <source>The month, YYYY-MM.</source>
        <translation>The month, YYYY-MM.</translation>
    </message>
    <message>
        <source>Write the report with its charts as a PDF.</source>
        <translation>Write the report with its charts as a PDF.</translation>
    </message>
    <message>
        <source>Write the report&apos;s figures as CSV (UTF-8 with BOM).</source>
        <translation>Write the report&apos;s figures as CSV (UTF-8 with BOM).</translation>
    </message>
    <message>
        <source>The monthly complaint analysis report: counts by source, validity, class, department and person; reply, follow-up and HQ feedback timeliness; satisfaction; the trend over 13 months; open and escalated complaints. Without a file the summary is printed (JSON with --json). Needs --as (quality supervisor or a department manager).</source>
        <translation>The monthly complaint analysis report: counts by source, validity, class, department and person; reply, follow-up and HQ feedback timeliness; satisfaction; the trend over 13 months; open and escalated complaints. Without a file the summary is printed (JSON with --json). Needs --as (quality supervisor or a department manager).</translation>
    </message>
    <message>
        <source>--month YYYY-MM is required.</source>
        <translation>--month YYYY-MM is required.</translation>
    </message>
    <message>
        <source>Read the monthly complaint report</source>
        <translation>Read the monthly complaint report</translation>
    </message>
    <message>
        <source>Wrote the CSV to %1.</source>
        <translation>Wrote the CSV to %1.</translation>
    </message>
    <message>
        <source>Wrote the PDF to %1.</source>
        <translation>Wrote the PDF to %1.</translation>
    </message>
    <message>
        <source>First day of the period (YYYY-MM-DD).</source>
        <translation>First day of the period (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Last day of the period (YYYY-MM-DD).</source>
        <translation>Last day of the period (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Also write the record as CSV to FILE.</source>
        <translation>Also write the record as CSV to FILE.</translation>
    </message>
    <message>
        <source>Also write the record as PDF to FILE.</source>
        <translation>Also write the record as PDF to FILE.</translation>
    </message>
    <message>
        <source>--from and --to are required as YYYY-MM-DD.</source>
        <translation>--from and --to are required as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Solved</translation>
    </message>
    <message>
        <source>Handed on</source>
        <translation>Handed on</translation>
    </message>
    <message>
        <source>In hand</source>
        <translation>In hand</translation>
    </message>
    <message>
        <source>Call no.</source>
        <translation>Call no.</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>CSV written to %1</source>
        <translation>CSV written to %1</translation>
    </message>
    <message>
        <source>PDF written to %1</source>
        <translation>PDF written to %1</translation>
    </message>
    <message>
        <source>Usage: servicedeskctl [--database DB] [--json] [--as LOGIN] %1 SUBCOMMAND [options]</source>
        <translation>Usage: servicedeskctl [--database DB] [--json] [--as LOGIN] %1 SUBCOMMAND [options]</translation>
    </message>
    <message>
        <source>Staff accounts. Every subcommand needs --as (an administrator; passwd also the account&apos;s owner).

Subcommands:
  add LOGIN --name NAME --roles R1,R2 [--department D] [--password PW]
      [--phone P] [--email E]
                                  create an account
  passwd LOGIN [--password PW]    set a new password
  disable LOGIN                   disable an account
  enable LOGIN                    enable a disabled account
  list [--active-only]            list the accounts</source>
        <translation>Staff accounts. Every subcommand needs --as (an administrator; passwd also the account&apos;s owner).

Subcommands:
  add LOGIN --name NAME --roles R1,R2 [--department D] [--password PW]
      [--phone P] [--email E]
                                  create an account
  passwd LOGIN [--password PW]    set a new password
  disable LOGIN                   disable an account
  enable LOGIN                    enable a disabled account
  list [--active-only]            list the accounts</translation>
    </message>
    <message>
        <source>Customer files (CSV). Every subcommand needs --as.

Subcommands:
  import FILE                     import customers from a CSV file
  export FILE [--chinese-header] [--encoding E]
                                  export every customer as CSV</source>
        <translation>Customer files (CSV). Every subcommand needs --as.

Subcommands:
  import FILE                     import customers from a CSV file
  export FILE [--chinese-header] [--encoding E]
                                  export every customer as CSV</translation>
    </message>
    <message>
        <source>The business calendar (working hours, holidays, make-up working days).

Subcommands:
  import FILE                     import holidays and make-up days (--as an administrator)
  hours HH:MM-HH:MM[,...]         set the working hours (--as an administrator)
  due --from MOMENT --working-minutes N
                                  when N working minutes after a moment end
  show [--year Y]                 the calendar and its exception days</source>
        <translation>The business calendar (working hours, holidays, make-up working days).

Subcommands:
  import FILE                     import holidays and make-up days (--as an administrator)
  hours HH:MM-HH:MM[,...]         set the working hours (--as an administrator)
  due --from MOMENT --working-minutes N
                                  when N working minutes after a moment end
  show [--year Y]                 the calendar and its exception days</translation>
    </message>
    <message>
        <source>Reports. Every subcommand needs --as; the acting person&apos;s permission is checked.

Subcommands:
  hotline --customer CODE-OR-NAME --from YYYY-MM-DD --to YYYY-MM-DD [--csv F] [--pdf F]
                                  a customer&apos;s record of hotline service
  complaints --month YYYY-MM [--csv F] [--pdf F]
                                  the monthly complaint analysis report</source>
        <translation>Reports. Every subcommand needs --as; the acting person&apos;s permission is checked.

Subcommands:
  hotline --customer CODE-OR-NAME --from YYYY-MM-DD --to YYYY-MM-DD [--csv F] [--pdf F]
                                  a customer&apos;s record of hotline service
  complaints --month YYYY-MM [--csv F] [--pdf F]
                                  the monthly complaint analysis report</translation>
    </message>
    <message>
        <source>Run &apos;servicedeskctl %1 SUBCOMMAND --help&apos; for a subcommand&apos;s options.</source>
        <translation>Run &apos;servicedeskctl %1 SUBCOMMAND --help&apos; for a subcommand&apos;s options.</translation>
    </message>
    <message>
        <source>The first-visit needs recorded on a working day, one digest per department head. Days whose closing time has passed are stored on the way (as at closing time); a day not closed yet shows what is recorded so far. Prints the digest (text, or --json) unless --csv or --pdf is given. Needs --as (sales, first-visit agent, a department head or an administrator).</source>
        <translation>The first-visit needs recorded on a working day, one digest per department head. Days whose closing time has passed are stored on the way (as at closing time); a day not closed yet shows what is recorded so far. Prints the digest (text, or --json) unless --csv or --pdf is given. Needs --as (sales, first-visit agent, a department head or an administrator).</translation>
    </message>
    <message>
        <source>Read the first-visit needs digest</source>
        <translation>Read the first-visit needs digest</translation>
    </message>
    <message>
        <source>--customer &quot;%1&quot; matches more than one customer; give the service code or the full name of one of: %2</source>
        <translation>--customer &quot;%1&quot; matches more than one customer; give the service code or the full name of one of: %2</translation>
    </message>
    <message>
        <source>No customer has the service code or name &quot;%1&quot;.</source>
        <translation>No customer has the service code or name &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The customer: the service code, or the name (the full name, or a part that only one customer&apos;s name contains).</source>
        <translation>The customer: the service code, or the name (the full name, or a part that only one customer&apos;s name contains).</translation>
    </message>
    <message>
        <source>A customer&apos;s record of hotline service: every call of the period with its problem, outcome and solution. Needs --as (hotline operator, service manager, service engineer or account manager).</source>
        <translation>A customer&apos;s record of hotline service: every call of the period with its problem, outcome and solution. Needs --as (hotline operator, service manager, service engineer or account manager).</translation>
    </message>
    <message>
        <source>--customer is required (the customer&apos;s service code or name).</source>
        <translation>--customer is required (the customer&apos;s service code or name).</translation>
    </message>
    <message>
        <source>Read a customer&apos;s record of hotline service</source>
        <translation>Read a customer&apos;s record of hotline service</translation>
    </message>
    <message>
        <source>%1 (field: %2)</source>
        <translation>%1 (field: %2)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (id %2)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Fields:</source>
        <translation>Fields:</translation>
    </message>
    <message>
        <source>(paused)</source>
        <translation>(paused)</translation>
    </message>
    <message>
        <source>Deadlines:</source>
        <translation>Deadlines:</translation>
    </message>
    <message>
        <source>CLOCK</source>
        <translation>CLOCK</translation>
    </message>
    <message>
        <source>DUE</source>
        <translation>DUE</translation>
    </message>
    <message>
        <source>--field takes NAME=VALUE, not &quot;%1&quot;.</source>
        <translation>--field takes NAME=VALUE, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--field %1 is given twice.</source>
        <translation>--field %1 is given twice.</translation>
    </message>
    <message>
        <source>A field, as NAME=VALUE (repeat for more; see the fields subcommand).</source>
        <translation>A field, as NAME=VALUE (repeat for more; see the fields subcommand).</translation>
    </message>
    <message>
        <source>NAME=VALUE</source>
        <translation>NAME=VALUE</translation>
    </message>
    <message>
        <source>The record&apos;s id, or its number (call no., job no., complaint no.).</source>
        <translation>The record&apos;s id, or its number (call no., job no., complaint no.).</translation>
    </message>
    <message>
        <source>Lists the fields new and the actions take: name, type, allowed values, which actions use each (* where it is required). Needs no database.</source>
        <translation>Lists the fields new and the actions take: name, type, allowed values, which actions use each (* where it is required). Needs no database.</translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation>FIELD</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITLE</translation>
    </message>
    <message>
        <source>USED BY (* required)</source>
        <translation>USED BY (* required)</translation>
    </message>
    <message>
        <source>ALLOWED</source>
        <translation>ALLOWED</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <source>Only records in this state (see the fields subcommand).</source>
        <translation>Only records in this state (see the fields subcommand).</translation>
    </message>
    <message>
        <source>state</source>
        <translation>state</translation>
    </message>
    <message>
        <source>At most this many records (default 50).</source>
        <translation>At most this many records (default 50).</translation>
    </message>
    <message>
        <source>Lists records, newest first. Needs --as.</source>
        <translation>Lists records, newest first. Needs --as.</translation>
    </message>
    <message>
        <source>%1: unknown state &quot;%2&quot;; use one of: %3.</source>
        <translation>%1: unknown state &quot;%2&quot;; use one of: %3.</translation>
    </message>
    <message>
        <source>--limit takes a number of 1 or more.</source>
        <translation>--limit takes a number of 1 or more.</translation>
    </message>
    <message>
        <source>No records.</source>
        <translation>No records.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMBER</translation>
    </message>
    <message>
        <source>SUMMARY</source>
        <translation>SUMMARY</translation>
    </message>
    <message>
        <source>Lists the actions you may take on the record now, each with the fields it must record. Needs --as.</source>
        <translation>Lists the actions you may take on the record now, each with the fields it must record. Needs --as.</translation>
    </message>
    <message>
        <source>Shows a record: its state, version, fields and deadlines. Needs --as.</source>
        <translation>Shows a record: its state, version, fields and deadlines. Needs --as.</translation>
    </message>
    <message>
        <source>No action is open to %1 on this record now (%2).</source>
        <translation>No action is open to %1 on this record now (%2).</translation>
    </message>
    <message>
        <source>LEADS TO</source>
        <translation>LEADS TO</translation>
    </message>
    <message>
        <source>REQUIRED FIELDS</source>
        <translation>REQUIRED FIELDS</translation>
    </message>
    <message>
        <source>Creates a record from its fields. Needs --as.</source>
        <translation>Creates a record from its fields. Needs --as.</translation>
    </message>
    <message>
        <source>%1: records are not created one by one here; the workflows that need them create them.</source>
        <translation>%1: records are not created one by one here; the workflows that need them create them.</translation>
    </message>
    <message>
        <source>The version you saw (show prints it); a newer one is refused with exit 5. Default: the record&apos;s current version.</source>
        <translation>The version you saw (show prints it); a newer one is refused with exit 5. Default: the record&apos;s current version.</translation>
    </message>
    <message>
        <source>Takes an action on a record. Needs --as.</source>
        <translation>Takes an action on a record. Needs --as.</translation>
    </message>
    <message>
        <source>The action (see the actions subcommand).</source>
        <translation>The action (see the actions subcommand).</translation>
    </message>
    <message>
        <source>%1: unknown action &quot;%2&quot;; use one of: %3.</source>
        <translation>%1: unknown action &quot;%2&quot;; use one of: %3.</translation>
    </message>
    <message>
        <source>--version takes the record&apos;s version, a number of 1 or more.</source>
        <translation>--version takes the record&apos;s version, a number of 1 or more.</translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation>%1: done.</translation>
    </message>
    <message>
        <source>%1. Every subcommand but fields needs --as; that person&apos;s roles are checked as on the desk, and every change goes through the same rules, audit trail and deadlines.

Subcommands:
  list [--state S] [--limit N]    records, newest first
  show ID                         a record: state, version, fields, deadlines
                                  (ID: the id, or the call/job/complaint number)
  actions ID                      the actions you may take now, with their required fields
  new [--field NAME=VALUE ...]    create a record
  act ID ACTION [--field NAME=VALUE ...] [--version N]
                                  take an action (without --version: on the current version)
  fields                          field names, types and allowed values

Exit codes: 0 ok; 1 invalid field (the message names it) or no such record; 2 usage;
4 your role may not do this; 5 stale version (says who saved it and when);
6 not possible in the record&apos;s state (says what is possible now). On every exit but 0
the records are unchanged (a refusal for the role is written to the audit trail).</source>
        <translation>%1. Every subcommand but fields needs --as; that person&apos;s roles are checked as on the desk, and every change goes through the same rules, audit trail and deadlines.

Subcommands:
  list [--state S] [--limit N]    records, newest first
  show ID                         a record: state, version, fields, deadlines
                                  (ID: the id, or the call/job/complaint number)
  actions ID                      the actions you may take now, with their required fields
  new [--field NAME=VALUE ...]    create a record
  act ID ACTION [--field NAME=VALUE ...] [--version N]
                                  take an action (without --version: on the current version)
  fields                          field names, types and allowed values

Exit codes: 0 ok; 1 invalid field (the message names it) or no such record; 2 usage;
4 your role may not do this; 5 stale version (says who saved it and when);
6 not possible in the record&apos;s state (says what is possible now). On every exit but 0
the records are unchanged (a refusal for the role is written to the audit trail).</translation>
    </message>
    <message>
        <source>%1 are not created here: the workflows that need them create them.</source>
        <translation>%1 are not created here: the workflows that need them create them.</translation>
    </message>
    <message>
        <source>Unknown workflow &quot;%1&quot;.</source>
        <translation>Unknown workflow &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Initialises the database if needed and loads a demo service center (departments, staff in every role, products, customers). Refused when the database already has customers, and in a database that already has staff accounts unless an administrator runs it (--as); there the demo accounts get a random password, shown once.</source>
        <translation>Initialises the database if needed and loads a demo service center (departments, staff in every role, products, customers). Refused when the database already has customers, and in a database that already has staff accounts unless an administrator runs it (--as); there the demo accounts get a random password, shown once.</translation>
    </message>
    <message>
        <source>Log what the program does on standard error (statements and their time, actions, logins; never values or passwords). Finer: QT_LOGGING_RULES=&quot;sd.db.debug=true&quot;.</source>
        <translation>Log what the program does on standard error (statements and their time, actions, logins; never values or passwords). Finer: QT_LOGGING_RULES=&quot;sd.db.debug=true&quot;.</translation>
    </message>
    <message>
        <source>Service Center Desk administration.

Commands:
  init [--admin LOGIN --admin-password PW]   create or migrate the schema, seed defaults,
                                             create the first administrator
  migrate                                    bring the schema to this version
  backup FILE                                consistent online backup (--as)
  restore FILE                               replace the data with a backup
  check                                      integrity and the program&apos;s invariants (--as)
  demo --customers N [--seed S]              load demo data into an empty database
  user add|passwd|disable|enable|list        staff accounts (--as an administrator)
  customer import|export FILE                customer files, CSV (--as)
  calendar import|hours|due|show             the business calendar
  digest --date YYYY-MM-DD [--csv F --pdf F] the first-visit needs digest of a day (--as)
  report hotline|complaints                  reports (--as)
  WORKFLOW list|show|actions|new|act|fields  records of a workflow (--as; fields without):
                                             firstvisit, call, dispatch, returnvisit,
                                             complaint, problem, project, training

Commands that read or change records act as the staff member named by --as, with
that person&apos;s permissions.
Run &apos;servicedeskctl COMMAND --help&apos; for a command&apos;s options, and
&apos;servicedeskctl GROUP --help&apos; for the subcommands of user, customer, calendar, report
and of each workflow.
Exit codes: 0 ok, 1 error (an invalid field, no such record …), 2 usage, 3 database
schema too new, 4 not allowed, 5 stale version (someone saved since), 6 not possible
in the record&apos;s state.</source>
        <translation>Service Center Desk administration.

Commands:
  init [--admin LOGIN --admin-password PW]   create or migrate the schema, seed defaults,
                                             create the first administrator
  migrate                                    bring the schema to this version
  backup FILE                                consistent online backup (--as)
  restore FILE                               replace the data with a backup
  check                                      integrity and the program&apos;s invariants (--as)
  demo --customers N [--seed S]              load demo data into an empty database
  user add|passwd|disable|enable|list        staff accounts (--as an administrator)
  customer import|export FILE                customer files, CSV (--as)
  calendar import|hours|due|show             the business calendar
  digest --date YYYY-MM-DD [--csv F --pdf F] the first-visit needs digest of a day (--as)
  report hotline|complaints                  reports (--as)
  WORKFLOW list|show|actions|new|act|fields  records of a workflow (--as; fields without):
                                             firstvisit, call, dispatch, returnvisit,
                                             complaint, problem, project, training

Commands that read or change records act as the staff member named by --as, with
that person&apos;s permissions.
Run &apos;servicedeskctl COMMAND --help&apos; for a command&apos;s options, and
&apos;servicedeskctl GROUP --help&apos; for the subcommands of user, customer, calendar, report
and of each workflow.
Exit codes: 0 ok, 1 error (an invalid field, no such record …), 2 usage, 3 database
schema too new, 4 not allowed, 5 stale version (someone saved since), 6 not possible
in the record&apos;s state.</translation>
    </message>
    <message>
        <source>Imports a customer CSV file (UTF-8, UTF-8 with BOM, UTF-16 or GBK/GB18030, detected). Every row is checked first: one bad row and nothing is imported. Rows already in the registry (same service code, or same company name) are skipped, so the same file can be run again safely, also to finish an import that stopped. Written in batches of 500 rows, so other desks keep working. Needs --as.</source>
        <translation>Imports a customer CSV file (UTF-8, UTF-8 with BOM, UTF-16 or GBK/GB18030, detected). Every row is checked first: one bad row and nothing is imported. Rows already in the registry (same service code, or same company name) are skipped, so the same file can be run again safely, also to finish an import that stopped. Written in batches of 500 rows, so other desks keep working. Needs --as.</translation>
    </message>
    <message>
        <source>%1 rows were in the registry already and were skipped.</source>
        <translation>%1 rows were in the registry already and were skipped.</translation>
    </message>
    <message>
        <source>Checks the database: the engine&apos;s integrity check, references, schema version, the audit trail&apos;s protection, number sequences and customers&apos; sort keys. Reads only. Exit 0 when everything holds, 1 when something does not. Needs --as an administrator.</source>
        <translation>Checks the database: the engine&apos;s integrity check, references, schema version, the audit trail&apos;s protection, number sequences and customers&apos; sort keys. Reads only. Exit 0 when everything holds, 1 when something does not. Needs --as an administrator.</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FAILED</translation>
    </message>
    <message>
        <source>CHECK</source>
        <translation>CHECK</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>RESULT</translation>
    </message>
    <message>
        <source>DETAIL</source>
        <translation>DETAIL</translation>
    </message>
</context>
</TS>
