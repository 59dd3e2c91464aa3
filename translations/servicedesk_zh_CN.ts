<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Main</name>
    <message>
        <source>Service Center Desk: the after-sales service center&apos;s desk client.</source>
        <translation>服务中心工作台：售后服务中心的桌面客户端。</translation>
    </message>
    <message>
        <source>The database: a SQLite file, or postgresql://user@host[:port]/dbname (password from PGPASSWORD or asked). Default: the SQLite file in the user&apos;s data folder.</source>
        <translation>数据库：SQLite 文件，或 postgresql://user@host[:port]/dbname（密码取自 PGPASSWORD，或提示输入）。默认：用户数据文件夹中的 SQLite 文件。</translation>
    </message>
    <message>
        <source>path-or-url</source>
        <translation>路径或URL</translation>
    </message>
    <message>
        <source>The user interface language: zh_CN or en.</source>
        <translation>界面语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Save screenshots of the main screens in English and Chinese into the folder, logged in as the first demo account, and exit.</source>
        <translation>以第一个演示账号登录，将主要界面的英文和中文截图保存到该文件夹，然后退出。</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Service Center Desk</source>
        <translation>服务中心工作台</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; use zh_CN or en.</source>
        <translation>未知语言“%1”；请使用 zh_CN 或 en。</translation>
    </message>
    <message>
        <source>Database too new</source>
        <translation>数据库版本过新</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>Log what the program does on standard error (statements and their time, actions, logins; never values or passwords). Finer: QT_LOGGING_RULES=&quot;sd.db.debug=true&quot;.</source>
        <translation>在标准错误输出上记录程序的操作（语句及耗时、操作、登录；从不记录数据值或密码）。更细的控制：QT_LOGGING_RULES=&quot;sd.db.debug=true&quot;。</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>The PostgreSQL password is missing: set PGPASSWORD.</source>
        <translation>缺少 PostgreSQL 密码：请设置 PGPASSWORD。</translation>
    </message>
    <message>
        <source>PostgreSQL password</source>
        <translation>PostgreSQL 密码</translation>
    </message>
    <message>
        <source>Password of %1 for %2:</source>
        <translation>%2 上用户 %1 的密码：</translation>
    </message>
    <message>
        <source>First administrator</source>
        <translation>首个系统管理员</translation>
    </message>
    <message>
        <source>This database has no accounts yet. Create the administrator&apos;s account; the administrator then adds everybody else.</source>
        <translation>此数据库尚无任何账号。请创建系统管理员账号，其他人员的账号再由系统管理员添加。</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>登录名：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>确认密码：</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>sd::core::AlertStore</name>
    <message>
        <source>An alert needs a recipient.</source>
        <translation>提醒需要接收人。</translation>
    </message>
    <message>
        <source>The alert no longer exists.</source>
        <translation>该提醒已不存在。</translation>
    </message>
    <message>
        <source>Only the recipient may mark an alert as read.</source>
        <translation>只有接收人可以将提醒标为已读。</translation>
    </message>
    <message>
        <source>Unknown alert kind &quot;%1&quot; or wrong arguments.</source>
        <translation>未知的提醒类型“%1”或参数不正确。</translation>
    </message>
</context>
<context>
    <name>sd::core::BackupService</name>
    <message>
        <source>Cannot open the backup %1: %2</source>
        <translation>无法打开备份 %1：%2</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <source>Name the backup file.</source>
        <translation>请指定备份文件名。</translation>
    </message>
    <message>
        <source>The file %1 already exists; a backup never overwrites a file.</source>
        <translation>文件 %1 已存在；备份不会覆盖已有文件。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot write in the folder %1: %2</source>
        <translation>无法写入文件夹 %1：%2</translation>
    </message>
    <message>
        <source>Cannot create %1 (does it exist now?).</source>
        <translation>无法创建 %1（该文件是否已存在？）。</translation>
    </message>
    <message>
        <source>Cannot run %1: %2</source>
        <translation>无法运行 %1：%2</translation>
    </message>
    <message>
        <source>%1 stopped unexpectedly: %2</source>
        <translation>%1 意外终止：%2</translation>
    </message>
    <message>
        <source>The backup could not be written: %1</source>
        <translation>备份写入失败：%1</translation>
    </message>
    <message>
        <source>pg_dump failed: %1</source>
        <translation>pg_dump 执行失败：%1</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is not a SQLite database file.</source>
        <translation>%1 不是 SQLite 数据库文件。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a Service Center Desk database (it has no schema version).</source>
        <translation>%1 不是服务中心工作台数据库（没有结构版本）。</translation>
    </message>
    <message>
        <source>%1 is not a Service Center Desk database (its schema version is empty).</source>
        <translation>%1 不是服务中心工作台数据库（结构版本为空）。</translation>
    </message>
    <message>
        <source>The backup %1 was made by a newer version of Service Center Desk (schema %2; this program knows up to %3). Please update the program.</source>
        <translation>备份 %1 由更新版本的服务中心工作台创建（结构版本 %2；本程序最高支持 %3）。请升级程序。</translation>
    </message>
    <message>
        <source>The backup %1 is damaged: %2</source>
        <translation>备份 %1 已损坏：%2</translation>
    </message>
    <message>
        <source>%1 is a SQLite database, but this database is on PostgreSQL: restore a backup made by pg_dump instead.</source>
        <translation>%1 是 SQLite 数据库，但当前数据库位于 PostgreSQL：请改用 pg_dump 生成的备份进行恢复。</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL backup made by pg_dump -Fc: %2</source>
        <translation>%1 不是由 pg_dump -Fc 生成的 PostgreSQL 备份：%2</translation>
    </message>
    <message>
        <source>%1 is not a backup of a Service Center Desk database (it has no schema version).</source>
        <translation>%1 不是服务中心工作台数据库的备份（没有结构版本）。</translation>
    </message>
    <message>
        <source>This database already has staff accounts: restoring over it needs an administrator&apos;s login.</source>
        <translation>此数据库已有员工账号：覆盖恢复需要以系统管理员身份登录。</translation>
    </message>
    <message>
        <source>A restore cannot run inside a transaction.</source>
        <translation>恢复操作不能在事务中执行。</translation>
    </message>
    <message>
        <source>The backup is the database itself.</source>
        <translation>该备份就是数据库本身。</translation>
    </message>
    <message>
        <source>The SQLite driver gave no handle for the restore.</source>
        <translation>SQLite 驱动未提供用于恢复的句柄。</translation>
    </message>
    <message>
        <source>The restore could not start: %1</source>
        <translation>无法开始恢复：%1</translation>
    </message>
    <message>
        <source>The restore failed (%1); the database was not changed.</source>
        <translation>恢复失败（%1）；数据库未被修改。</translation>
    </message>
    <message>
        <source>pg_restore failed; the database was not changed: %1</source>
        <translation>pg_restore 执行失败；数据库未被修改：%1</translation>
    </message>
    <message>
        <source>%1 was not found. Install the PostgreSQL client programs of the server&apos;s version, or set SD_PG_BINDIR to their folder.</source>
        <translation>未找到 %1。请安装与服务器版本一致的 PostgreSQL 客户端程序，或将 SD_PG_BINDIR 设置为其所在文件夹。</translation>
    </message>
</context>
<context>
    <name>sd::core::BusinessCalendar</name>
    <message>
        <source>“%1” is not a time range like 08:30-12:00.</source>
        <translation>“%1”不是有效的时间段（格式如 08:30-12:00）。</translation>
    </message>
    <message>
        <source>“%1” contains a time of day that does not exist.</source>
        <translation>“%1”包含不存在的时刻。</translation>
    </message>
    <message>
        <source>In “%1” the end must be later than the start.</source>
        <translation>“%1”中的结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <source>Enter the working hours, for example 08:30-12:00,13:30-17:30.</source>
        <translation>请输入工作时间，例如 08:30-12:00,13:30-17:30。</translation>
    </message>
    <message>
        <source>The working hours %1 and %2 overlap.</source>
        <translation>工作时间段 %1 与 %2 重叠。</translation>
    </message>
    <message>
        <source>The time zone is not valid.</source>
        <translation>时区无效。</translation>
    </message>
    <message>
        <source>“%1” is not a known time zone (use a name such as Asia/Shanghai).</source>
        <translation>“%1”不是可识别的时区（请使用 Asia/Shanghai 这样的名称）。</translation>
    </message>
</context>
<context>
    <name>sd::core::CalendarCoverage</name>
    <message>
        <source>The business calendar has no holidays for %1 yet: import the State Council&apos;s holiday notice before working-time deadlines reach %1.</source>
        <translation>工作日历中还没有 %1 年的节假日：请在工作时间时限进入 %1 年之前导入国务院的 %1 年放假安排通知。</translation>
    </message>
    <message>
        <source>The business calendar has no holidays for %1: working-time deadlines in %1 count every weekday as a working day. Import the State Council&apos;s holiday notice for %1 (Administration → Business calendar → Import CSV, or servicedeskctl calendar import).</source>
        <translation>工作日历中没有 %1 年的节假日：%1 年内按工作时间计算的时限会把每个工作日（周一至周五）都算作工作日。请导入国务院 %1 年放假安排通知（系统管理 → 工作日历 → 导入 CSV，或 servicedeskctl calendar import）。</translation>
    </message>
    <message>
        <source>counted without the %1 holidays (not imported)</source>
        <translation>未计入 %1 年节假日（尚未导入）</translation>
    </message>
</context>
<context>
    <name>sd::core::CalendarRepository</name>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 重复列出。</translation>
    </message>
    <message>
        <source>A day has no valid date.</source>
        <translation>有一条日期无效。</translation>
    </message>
    <message>
        <source>%1 is not a holiday or make-up working day in the calendar.</source>
        <translation>%1 在日历中不是节假日或调休上班日。</translation>
    </message>
</context>
<context>
    <name>sd::core::CallWorkflow</name>
    <message>
        <source>Customer (id)</source>
        <translation>客户（ID）</translation>
    </message>
    <message>
        <source>Contact person (id)</source>
        <translation>联系人（ID）</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Problem class</source>
        <translation>问题分类</translation>
    </message>
    <message>
        <source>Fault level</source>
        <translation>故障级别</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>计费</translation>
    </message>
    <message>
        <source>Complex problem</source>
        <translation>复杂问题</translation>
    </message>
    <message>
        <source>Add the solution to the problem base</source>
        <translation>将解决方法加入标准化问题库</translation>
    </message>
    <message>
        <source>Date the customer wants it by</source>
        <translation>客户期望完成日期</translation>
    </message>
    <message>
        <source>Can it be done another way</source>
        <translation>能否用其他方式实现</translation>
    </message>
    <message>
        <source>Customisation agreed</source>
        <translation>是否同意定制开发</translation>
    </message>
    <message>
        <source>Feasible</source>
        <translation>是否可行</translation>
    </message>
    <message>
        <source>Possible by the date wanted</source>
        <translation>能否在期望日期前完成</translation>
    </message>
    <message>
        <source>Customer accepts the terms</source>
        <translation>客户是否接受条件</translation>
    </message>
    <message>
        <source>Man-days</source>
        <translation>人天</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>What the customer wants</source>
        <translation>客户诉求</translation>
    </message>
    <message>
        <source>Hotline calls</source>
        <translation>热线来电</translation>
    </message>
</context>
<context>
    <name>sd::core::CenterInfo</name>
    <message>
        <source>Edit the center&apos;s details</source>
        <translation>编辑服务中心信息</translation>
    </message>
    <message>
        <source>The logo must be a PNG image.</source>
        <translation>标志必须是 PNG 图片。</translation>
    </message>
    <message>
        <source>The center needs a name for its printed forms.</source>
        <translation>服务中心需要一个名称，用于打印的表单。</translation>
    </message>
</context>
<context>
    <name>sd::core::ComplaintReport</name>
    <message>
        <source>The month must be written YYYY-MM, e.g. 2026-10.</source>
        <translation>月份格式为 YYYY-MM，例如 2026-10。</translation>
    </message>
    <message>
        <source>section</source>
        <translation>分区</translation>
    </message>
    <message>
        <source>key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>label</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Complaints received</source>
        <translation>受理投诉数</translation>
    </message>
    <message>
        <source>From key customers</source>
        <translation>来自重点客户</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>应办</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按时</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>超时完成</translation>
    </message>
    <message>
        <source>Overdue, not done</source>
        <translation>已超时未完成</translation>
    </message>
    <message>
        <source>Not due yet</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>On time %</source>
        <translation>及时率 %</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>已回访</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Not satisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Satisfaction %</source>
        <translation>满意率 %</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未结</translation>
    </message>
    <message>
        <source>Escalated to HQ</source>
        <translation>已升级总部</translation>
    </message>
    <message>
        <source>Monthly complaint analysis report %1</source>
        <translation>%1 月度投诉分析报告</translation>
    </message>
    <message>
        <source>Received: %1 (key customers: %2)</source>
        <translation>受理：%1（重点客户：%2）</translation>
    </message>
    <message>
        <source>By source</source>
        <translation>按来源</translation>
    </message>
    <message>
        <source>By validity</source>
        <translation>按有效性</translation>
    </message>
    <message>
        <source>By class</source>
        <translation>按类别</translation>
    </message>
    <message>
        <source>By department</source>
        <translation>按部门</translation>
    </message>
    <message>
        <source>By person</source>
        <translation>按责任人</translation>
    </message>
    <message>
        <source>%1: %2 due, %3 on time, %4 late, %5 overdue, %6 pending (on time %7)</source>
        <translation>%1：应办 %2，按时 %3，超时完成 %4，超时未完成 %5，未到期 %6（及时率 %7）</translation>
    </message>
    <message>
        <source>Reply within 3 h</source>
        <translation>3 小时内答复</translation>
    </message>
    <message>
        <source>Follow-up within 1 working day</source>
        <translation>1 个工作日内回访</translation>
    </message>
    <message>
        <source>Feedback to HQ within 1 working day</source>
        <translation>1 个工作日内反馈总部</translation>
    </message>
    <message>
        <source>Satisfaction: %1 followed up, %2 satisfied, %3 not (%4)</source>
        <translation>满意度：回访 %1，满意 %2，不满意 %3（%4）</translation>
    </message>
    <message>
        <source>Trend (received): %1</source>
        <translation>趋势（受理数）：%1</translation>
    </message>
    <message>
        <source>Open: %1, escalated to HQ: %2</source>
        <translation>未结：%1，升级总部：%2</translation>
    </message>
    <message>
        <source>Report due by %1; %2</source>
        <translation>报告应于 %1 前提交；%2</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>not issued yet</source>
        <translation>尚未发布</translation>
    </message>
</context>
<context>
    <name>sd::core::ComplaintWorkflow</name>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>HQ reference</source>
        <translation>总部编号</translation>
    </message>
    <message>
        <source>HQ&apos;s deadline</source>
        <translation>总部要求期限</translation>
    </message>
    <message>
        <source>Customer (id)</source>
        <translation>客户（ID）</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <source>Complainant&apos;s phone</source>
        <translation>投诉人电话</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <source>What the customer wants</source>
        <translation>客户诉求</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
</context>
<context>
    <name>sd::core::Complaints</name>
    <message>
        <source>Direct</source>
        <translation>直接投诉</translation>
    </message>
    <message>
        <source>Forwarded by HQ</source>
        <translation>总部转来</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>热线</translation>
    </message>
    <message>
        <source>Return visit</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>来访</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>QQ / WeChat</source>
        <translation>QQ / 微信</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Service attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <source>Slow response</source>
        <translation>响应不及时</translation>
    </message>
    <message>
        <source>Service quality</source>
        <translation>服务质量</translation>
    </message>
    <message>
        <source>Problem not solved</source>
        <translation>问题未解决</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>收费争议</translation>
    </message>
    <message>
        <source>Product defect</source>
        <translation>产品缺陷</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Outside the service commitment</source>
        <translation>超出服务承诺</translation>
    </message>
    <message>
        <source>Not true</source>
        <translation>不属实</translation>
    </message>
    <message>
        <source>Not confirmed yet</source>
        <translation>尚未确认</translation>
    </message>
    <message>
        <source>Re-service</source>
        <translation>重新服务</translation>
    </message>
    <message>
        <source>Apology</source>
        <translation>道歉</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>赔偿</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Confirmed, with department</source>
        <translation>已确认，责任部门处理中</translation>
    </message>
    <message>
        <source>Cause found</source>
        <translation>已查明原因</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>已答复</translation>
    </message>
    <message>
        <source>Result returned</source>
        <translation>结果已返回</translation>
    </message>
    <message>
        <source>Escalated to HQ</source>
        <translation>已升级总部</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Confirm as valid</source>
        <translation>确认有效</translation>
    </message>
    <message>
        <source>Record cause and responsibility</source>
        <translation>记录原因与责任</translation>
    </message>
    <message>
        <source>Reply to the customer</source>
        <translation>答复客户</translation>
    </message>
    <message>
        <source>Return the result</source>
        <translation>返回处理结果</translation>
    </message>
    <message>
        <source>Follow-up: resolved</source>
        <translation>回访：已解决</translation>
    </message>
    <message>
        <source>Follow-up: unresolved, escalate</source>
        <translation>回访：未解决，升级</translation>
    </message>
    <message>
        <source>Record HQ progress</source>
        <translation>记录总部进展</translation>
    </message>
    <message>
        <source>HQ resolved it</source>
        <translation>总部已解决</translation>
    </message>
    <message>
        <source>Feed back to HQ</source>
        <translation>反馈总部</translation>
    </message>
    <message>
        <source>File</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详细情况</translation>
    </message>
    <message>
        <source>Responsible department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>Explanation to the complainant</source>
        <translation>向投诉人的解释</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Accountability</source>
        <translation>责任追究</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>处理措施</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>核实情况</translation>
    </message>
    <message>
        <source>Customer&apos;s opinion</source>
        <translation>客户意见</translation>
    </message>
    <message>
        <source>Escalation to HQ service development</source>
        <translation>升级总部服务发展部</translation>
    </message>
    <message>
        <source>HQ reference</source>
        <translation>总部编号</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进展</translation>
    </message>
    <message>
        <source>HQ&apos;s resolution</source>
        <translation>总部处理结果</translation>
    </message>
    <message>
        <source>Feedback to HQ</source>
        <translation>反馈总部</translation>
    </message>
    <message>
        <source>Corrective measures</source>
        <translation>纠正措施</translation>
    </message>
    <message>
        <source>Preventive measures</source>
        <translation>预防措施</translation>
    </message>
    <message>
        <source>Complaint class</source>
        <translation>投诉类别</translation>
    </message>
    <message>
        <source>Accept a complaint</source>
        <translation>受理投诉</translation>
    </message>
    <message>
        <source>Unknown complaint source “%1”.</source>
        <translation>未知的投诉来源“%1”。</translation>
    </message>
    <message>
        <source>A complaint forwarded by HQ needs HQ&apos;s reference.</source>
        <translation>总部转来的投诉需要填写总部编号。</translation>
    </message>
    <message>
        <source>A source record needs its record type.</source>
        <translation>来源记录需要注明记录类型。</translation>
    </message>
    <message>
        <source>Unknown channel “%1”.</source>
        <translation>未知的投诉渠道“%1”。</translation>
    </message>
    <message>
        <source>Unknown complaint class “%1”.</source>
        <translation>未知的投诉类别“%1”。</translation>
    </message>
    <message>
        <source>Who complained must be filled in.</source>
        <translation>必须填写投诉人。</translation>
    </message>
    <message>
        <source>What happened must be filled in.</source>
        <translation>必须填写投诉内容。</translation>
    </message>
    <message>
        <source>The customer does not exist.</source>
        <translation>该客户不存在。</translation>
    </message>
    <message>
        <source>%1 contract %2, %3 – %4</source>
        <translation>%1 合同 %2，%3 – %4</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>not in force on %1</source>
        <translation>%1 时不在有效期内</translation>
    </message>
    <message>
        <source>free maintenance until %1</source>
        <translation>免费维护至 %1</translation>
    </message>
    <message>
        <source>warranty ended %1: paid service</source>
        <translation>保修期已于 %1 结束：有偿服务</translation>
    </message>
    <message>
        <source>on-site visits included</source>
        <translation>含上门服务</translation>
    </message>
    <message>
        <source>on-site visits billable</source>
        <translation>上门服务另行收费</translation>
    </message>
    <message>
        <source>free upgrades</source>
        <translation>免费升级</translation>
    </message>
    <message>
        <source>No service contract: only what the sale promised is covered.</source>
        <translation>无服务合同：仅限销售时承诺的服务。</translation>
    </message>
    <message>
        <source>The responsible department does not exist.</source>
        <translation>责任部门不存在。</translation>
    </message>
    <message>
        <source>Valid complaint %1 from key customer %2: %3</source>
        <translation>重点客户 %2 的有效投诉 %1：%3</translation>
    </message>
    <message>
        <source>The responsible person must be an active member of staff.</source>
        <translation>责任人必须是在职员工。</translation>
    </message>
    <message>
        <source>Only the responsible person or a department manager may do “%1”.</source>
        <translation>只有责任人或部门经理可以执行“%1”。</translation>
    </message>
    <message>
        <source>Unknown measure “%1”.</source>
        <translation>未知的处理措施“%1”。</translation>
    </message>
    <message>
        <source>Only a complaint forwarded by HQ is fed back to HQ.</source>
        <translation>只有总部转来的投诉才需反馈总部。</translation>
    </message>
    <message>
        <source>The feedback to HQ was already recorded.</source>
        <translation>已记录过对总部的反馈。</translation>
    </message>
    <message>
        <source>Feed the result back to HQ before filing a complaint HQ forwarded.</source>
        <translation>总部转来的投诉须先向总部反馈结果，才能归档。</translation>
    </message>
    <message>
        <source>Monthly complaint report %1</source>
        <translation>%1 月度投诉报告</translation>
    </message>
    <message>
        <source>The monthly complaint analysis report for %1 is due by %2.</source>
        <translation>%1 的月度投诉分析报告应于 %2 前提交。</translation>
    </message>
    <message>
        <source>Issue the monthly complaint report</source>
        <translation>发布月度投诉报告</translation>
    </message>
    <message>
        <source>Choose who is complaining first (type a name, phone or service code, then Enter).</source>
        <translation>请先选择投诉的客户（输入名称、电话或服务编码，然后按 Enter）。</translation>
    </message>
    <message>
        <source>no free maintenance: paid service</source>
        <translation>无免费维护期：有偿服务</translation>
    </message>
    <message>
        <source>The report of %1 counts the whole month: it can be issued only after the month has ended, from %2.</source>
        <translation>%1 的报告统计整月数据，须待该月结束后才能发布（%2 起）。</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>待发布</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>已发布</translation>
    </message>
</context>
<context>
    <name>sd::core::Csv</name>
    <message>
        <source>A quoted field starts here but its closing quote (&quot;) is missing.</source>
        <translation>此处开始一个带引号的字段，但缺少结束引号（&quot;）。</translation>
    </message>
    <message>
        <source>The file is empty: it has no header row.</source>
        <translation>文件为空：没有标题行。</translation>
    </message>
    <message>
        <source>The columns “%1” and “%2” both mean %3; keep only one.</source>
        <translation>列“%1”和“%2”都表示%3，请只保留一个。</translation>
    </message>
    <message>
        <source>The header row has no company column (company, 公司名称 or 客户名称).</source>
        <translation>标题行中没有公司列（company、公司名称或客户名称）。</translation>
    </message>
    <message>
        <source>These columns are not known and were ignored: %1</source>
        <translation>以下列无法识别，已忽略：%1</translation>
    </message>
    <message>
        <source>This row has more cells than the header row has columns (cell %1 is “%2”).</source>
        <translation>此行的单元格数多于标题行的列数（第 %1 个单元格为“%2”）。</translation>
    </message>
    <message>
        <source>The company name (column “%1”) is empty.</source>
        <translation>公司名称（列“%1”）为空。</translation>
    </message>
    <message>
        <source>“%1” is not a region; write same_city, nearby or other_province (同城, 周边 or 外省).</source>
        <translation>“%1”不是有效的区域；请填写 same_city、nearby 或 other_province（同城、周边或外省）。</translation>
    </message>
    <message>
        <source>“%1” in column “%2” is neither yes nor no; write yes/no, 是/否 or 1/0.</source>
        <translation>列“%2”中的“%1”既不是“是”也不是“否”；请填写 yes/no、是/否 或 1/0。</translation>
    </message>
    <message>
        <source>A phone number or email needs a contact name (column contact or 联系人).</source>
        <translation>填写电话号码或邮箱时必须填写联系人姓名（contact 或 联系人 列）。</translation>
    </message>
    <message>
        <source>“%1” is not a phone number.</source>
        <translation>“%1”不是有效的电话号码。</translation>
    </message>
    <message>
        <source>A contract needs its type, start date and end date; the %1 is missing.</source>
        <translation>服务合同须填写类型、开始日期和结束日期；缺少 %1。</translation>
    </message>
    <message>
        <source>“%1” in column “%2” is not a date; write it as YYYY-MM-DD or YYYY/MM/DD.</source>
        <translation>列“%2”中的“%1”不是日期；请按 YYYY-MM-DD 或 YYYY/MM/DD 格式填写。</translation>
    </message>
    <message>
        <source>A contract needs its type, start date and end date; the contract_type is missing.</source>
        <translation>服务合同须填写类型、开始日期和结束日期；缺少 contract_type。</translation>
    </message>
    <message>
        <source>The contract ends (%1) before it starts (%2).</source>
        <translation>服务合同的结束日期（%1）早于开始日期（%2）。</translation>
    </message>
    <message>
        <source>Line %1 has the same company as line %2: %3</source>
        <translation>第 %1 行与第 %2 行的公司相同：%3</translation>
    </message>
    <message>
        <source>The file looks like %1 text but contains bytes that are not valid in that encoding. Save it again from Excel as &quot;CSV UTF-8&quot;.</source>
        <translation>该文件看似 %1 文本，但包含在该编码中无效的字节。请在 Excel 中重新另存为“CSV UTF-8”格式。</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 (with BOM)</source>
        <translation>UTF-8（带 BOM）</translation>
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
        <translation>本系统无法转换 GB18030 文本（iconv）。</translation>
    </message>
    <message>
        <source>This system cannot convert text to GB18030 (iconv).</source>
        <translation>本系统无法将文本转换为 GB18030（iconv）。</translation>
    </message>
    <message>
        <source>The text cannot be written as GB18030.</source>
        <translation>该文本无法以 GB18030 编码写入。</translation>
    </message>
    <message>
        <source>The rows before line %1 were imported (%2 new); run the same file again to import the rest: rows already there are skipped.</source>
        <translation>第 %1 行之前的行已导入（新增 %2 条）；再次导入同一文件即可导入其余部分：已存在的行会被跳过。</translation>
    </message>
    <message>
        <source>The file mixes two encodings: line %1 is UTF-8 and line %2 is GBK. Save the whole file again from Excel as &quot;CSV UTF-8&quot;.</source>
        <translation>此文件混用了两种编码：第 %1 行是 UTF-8，第 %2 行是 GBK。请用 Excel 将整个文件重新另存为“CSV UTF-8”。</translation>
    </message>
</context>
<context>
    <name>sd::core::CustomerRepository</name>
    <message>
        <source>The company name is required.</source>
        <translation>公司名称为必填项。</translation>
    </message>
    <message>
        <source>Every contact needs a name.</source>
        <translation>每个联系人都必须填写姓名。</translation>
    </message>
    <message>
        <source>Every contract needs a type (e.g. SPS).</source>
        <translation>每份服务合同都必须填写类型（如 SPS）。</translation>
    </message>
    <message>
        <source>A contract needs a start and an end date.</source>
        <translation>服务合同必须填写开始日期和结束日期。</translation>
    </message>
    <message>
        <source>A contract cannot end before it starts.</source>
        <translation>服务合同的结束日期不能早于开始日期。</translation>
    </message>
    <message>
        <source>A purchased product needs a name.</source>
        <translation>已购产品必须填写名称。</translation>
    </message>
    <message>
        <source>Customer %1 does not exist.</source>
        <translation>客户 %1 不存在。</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>公司名称</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Service code</source>
        <translation>服务编码</translation>
    </message>
    <message>
        <source>Dongle no.</source>
        <translation>加密狗号</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>联系人姓名</translation>
    </message>
    <message>
        <source>Contact&apos;s position</source>
        <translation>联系人职务</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>QQ / WeChat</source>
        <translation>QQ / 微信</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Phone kind</source>
        <translation>电话类型</translation>
    </message>
    <message>
        <source>Contract type</source>
        <translation>合同类型</translation>
    </message>
    <message>
        <source>Contract no.</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <source>Contract notes</source>
        <translation>合同备注</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Product version</source>
        <translation>产品版本</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>模块</translation>
    </message>
</context>
<context>
    <name>sd::core::Database</name>
    <message>
        <source>The SQLite driver gave no handle to register the pinyin collation.</source>
        <translation>SQLite 驱动未提供注册拼音排序规则所需的句柄。</translation>
    </message>
    <message>
        <source>Could not open ICU&apos;s pinyin collator.</source>
        <translation>无法打开 ICU 的拼音排序器。</translation>
    </message>
    <message>
        <source>Could not register the pinyin collation.</source>
        <translation>无法注册拼音排序规则。</translation>
    </message>
    <message>
        <source>Not a valid PostgreSQL address: %1</source>
        <translation>无效的 PostgreSQL 地址：%1</translation>
    </message>
    <message>
        <source>The PostgreSQL address names no database: %1</source>
        <translation>PostgreSQL 地址中未指定数据库：%1</translation>
    </message>
    <message>
        <source>Unknown sslmode &quot;%1&quot;.</source>
        <translation>未知的 sslmode“%1”。</translation>
    </message>
    <message>
        <source>Unknown PostgreSQL option &quot;%1&quot;.</source>
        <translation>未知的 PostgreSQL 选项“%1”。</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed.</source>
        <translation>未安装 Qt 的 SQLite 驱动（QSQLITE）。</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed.</source>
        <translation>未安装 Qt 的 PostgreSQL 驱动（QPSQL）。</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>Database query could not be prepared</source>
        <translation>数据库查询预处理失败</translation>
    </message>
    <message>
        <source>Database query failed</source>
        <translation>数据库查询失败</translation>
    </message>
    <message>
        <source>Database statement failed</source>
        <translation>数据库语句执行失败</translation>
    </message>
    <message>
        <source>The database returned no id for the new row.</source>
        <translation>数据库未返回新记录的 ID。</translation>
    </message>
    <message>
        <source>The transaction was already finished.</source>
        <translation>事务已经结束。</translation>
    </message>
    <message>
        <source>A part of this change failed, so none of it was saved.</source>
        <translation>此次修改中有部分操作失败，因此全部未保存。</translation>
    </message>
</context>
<context>
    <name>sd::core::DbCheck</name>
    <message>
        <source>SQLite&apos;s integrity check: ok</source>
        <translation>SQLite 完整性检查：正常</translation>
    </message>
    <message>
        <source>every index valid</source>
        <translation>所有索引有效</translation>
    </message>
    <message>
        <source>%1 invalid index(es): rebuild them with REINDEX</source>
        <translation>%1 个索引无效：请用 REINDEX 重建</translation>
    </message>
    <message>
        <source>enforced by PostgreSQL</source>
        <translation>由 PostgreSQL 强制</translation>
    </message>
    <message>
        <source>every reference points to a row</source>
        <translation>所有引用都指向存在的记录</translation>
    </message>
    <message>
        <source>%1 broken reference(s): %2</source>
        <translation>%1 处引用失效：%2</translation>
    </message>
    <message>
        <source>version %1 of %2</source>
        <translation>版本 %1（最新 %2）</translation>
    </message>
    <message>
        <source>the audit trail refuses updates and deletes</source>
        <translation>审计记录拒绝修改和删除</translation>
    </message>
    <message>
        <source>the audit trail&apos;s protecting trigger is missing</source>
        <translation>缺少保护审计记录的触发器</translation>
    </message>
    <message>
        <source>%1 sequence(s), each ahead of the numbers in use</source>
        <translation>%1 个编号序列，均领先于已用编号</translation>
    </message>
    <message>
        <source>behind the numbers in use, the next record would collide: %1</source>
        <translation>落后于已用编号，下一条记录会重号：%1</translation>
    </message>
    <message>
        <source>%1 customer(s), every sort key current</source>
        <translation>%1 个客户，排序键均为最新</translation>
    </message>
    <message>
        <source>%1 customer(s) with a stale sort key (%2): save them again in the desk</source>
        <translation>%1 个客户的排序键已过期（%2）：请在工作台中重新保存</translation>
    </message>
    <message>
        <source>Check the database</source>
        <translation>检查数据库</translation>
    </message>
</context>
<context>
    <name>sd::core::DemoData</name>
    <message>
        <source>The demo data could not be prepared</source>
        <translation>无法准备演示数据</translation>
    </message>
    <message>
        <source>The demo data could not be written</source>
        <translation>无法写入演示数据</translation>
    </message>
    <message>
        <source>The database returned no id for the new row.</source>
        <translation>数据库未返回新记录的 ID。</translation>
    </message>
    <message>
        <source>The number of demo customers must be between 0 and 1,000,000.</source>
        <translation>演示客户数量必须在 0 到 1,000,000 之间。</translation>
    </message>
    <message>
        <source>The database already has customers; demo data can only be loaded into an empty database.</source>
        <translation>数据库中已有客户；演示数据只能载入空数据库。</translation>
    </message>
    <message>
        <source>Load demo data into a database in use</source>
        <translation>向使用中的数据库载入演示数据</translation>
    </message>
    <message>
        <source>This database already has staff accounts: demo data goes only into a new database, or is loaded by an administrator (--as).</source>
        <translation>此数据库已有员工账号：演示数据只能载入新数据库，或由管理员（--as）载入。</translation>
    </message>
</context>
<context>
    <name>sd::core::Dispatch</name>
    <message>
        <source>Waiting for verification</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>Waiting for dispatch</source>
        <translation>待派工</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>已派工</translation>
    </message>
    <message>
        <source>Confirmed by engineer</source>
        <translation>工程师已确认</translation>
    </message>
    <message>
        <source>Appointment booked</source>
        <translation>已预约</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>现场服务中</translation>
    </message>
    <message>
        <source>Form returned</source>
        <translation>派工单已返回</translation>
    </message>
    <message>
        <source>Verified and archived</source>
        <translation>已审核归档</translation>
    </message>
    <message>
        <source>Not solved, written off</source>
        <translation>未解决，已注销</translation>
    </message>
    <message>
        <source>Handed to HQ</source>
        <translation>已提交总部</translation>
    </message>
    <message>
        <source>HQ answered</source>
        <translation>总部已答复</translation>
    </message>
    <message>
        <source>Continued by a follow-up dispatch</source>
        <translation>已转后续派工</translation>
    </message>
    <message>
        <source>Request rejected</source>
        <translation>申请已退回</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Verify request</source>
        <translation>审核申请</translation>
    </message>
    <message>
        <source>Reject request</source>
        <translation>退回申请</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>派工</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>改派</translation>
    </message>
    <message>
        <source>Confirm dispatch</source>
        <translation>确认派工</translation>
    </message>
    <message>
        <source>Send back</source>
        <translation>退回经理</translation>
    </message>
    <message>
        <source>Book appointment</source>
        <translation>预约上门</translation>
    </message>
    <message>
        <source>Check in on site</source>
        <translation>到达现场</translation>
    </message>
    <message>
        <source>Return dispatch form</source>
        <translation>返回派工单</translation>
    </message>
    <message>
        <source>Verify form and archive</source>
        <translation>审核派工单并归档</translation>
    </message>
    <message>
        <source>Return form for completion</source>
        <translation>退回补充派工单</translation>
    </message>
    <message>
        <source>Write off (not solved)</source>
        <translation>注销（未解决）</translation>
    </message>
    <message>
        <source>Follow-up dispatch</source>
        <translation>后续派工</translation>
    </message>
    <message>
        <source>Hand to HQ</source>
        <translation>提交总部</translation>
    </message>
    <message>
        <source>Record HQ answer</source>
        <translation>登记总部答复</translation>
    </message>
    <message>
        <source>Customer&apos;s problem solved</source>
        <translation>客户问题已解决</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Contract or billable</source>
        <translation>合同内或收费</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>服务工程师</translation>
    </message>
    <message>
        <source>Reason for sending back</source>
        <translation>退回原因</translation>
    </message>
    <message>
        <source>Appointment time</source>
        <translation>预约时间</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>工作内容</translation>
    </message>
    <message>
        <source>Time on site</source>
        <translation>现场用时</translation>
    </message>
    <message>
        <source>Customer&apos;s confirmation (name)</source>
        <translation>客户确认人</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>What is missing on the form</source>
        <translation>派工单缺少的内容</translation>
    </message>
    <message>
        <source>Why it is not solved</source>
        <translation>未解决原因</translation>
    </message>
    <message>
        <source>HQ reference</source>
        <translation>总部受理编号</translation>
    </message>
    <message>
        <source>HQ&apos;s answer</source>
        <translation>总部答复</translation>
    </message>
    <message>
        <source>How the problem was solved</source>
        <translation>问题解决方式</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>Fault level</source>
        <translation>故障级别</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>处理结果</translation>
    </message>
</context>
<context>
    <name>sd::core::DispatchService</name>
    <message>
        <source>The customer does not exist.</source>
        <translation>该客户不存在。</translation>
    </message>
    <message>
        <source>On-site request</source>
        <translation>现场服务申请</translation>
    </message>
    <message>
        <source>The fault level must be 1, 2, 3 or 4.</source>
        <translation>故障级别必须是 1、2、3 或 4。</translation>
    </message>
    <message>
        <source>Describe the problem the engineer is to solve on site.</source>
        <translation>请描述工程师需要到现场解决的问题。</translation>
    </message>
    <message>
        <source>Choose the customer the engineer is to visit.</source>
        <translation>请选择工程师要上门的客户。</translation>
    </message>
    <message>
        <source>The contact does not belong to this customer.</source>
        <translation>该联系人不属于此客户。</translation>
    </message>
    <message>
        <source>Only the engineer this job is dispatched to (%1) can do this.</source>
        <translation>只有接受此派工的工程师（%1）可以执行此操作。</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>尚未派工</translation>
    </message>
    <message>
        <source>Say whether the visit is covered by the contract or billable.</source>
        <translation>请说明此次上门属于合同内服务还是收费服务。</translation>
    </message>
    <message>
        <source>Choose an active service engineer.</source>
        <translation>请选择一位在岗的服务工程师。</translation>
    </message>
    <message>
        <source>The job is already dispatched to this engineer.</source>
        <translation>此派工已派给该工程师。</translation>
    </message>
    <message>
        <source>Give the agreed visit time.</source>
        <translation>请填写与客户约定的上门时间。</translation>
    </message>
    <message>
        <source>Time on site must be a number of minutes greater than 0.</source>
        <translation>现场用时必须是大于 0 的分钟数。</translation>
    </message>
    <message>
        <source>Satisfaction is a score from 1 to 5.</source>
        <translation>满意度为 1 到 5 分。</translation>
    </message>
    <message>
        <source>The on-site job no longer exists.</source>
        <translation>该派工单已不存在。</translation>
    </message>
    <message>
        <source>No service-level policy gives this job a response target; ask the administrator to add one.</source>
        <translation>没有服务级别策略为此派工单规定响应时限，请管理员添加。</translation>
    </message>
</context>
<context>
    <name>sd::core::DispatchWorkflow</name>
    <message>
        <source>Contact person (id)</source>
        <translation>联系人（ID）</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Contact&apos;s phone</source>
        <translation>联系人电话</translation>
    </message>
    <message>
        <source>Site address</source>
        <translation>现场地址</translation>
    </message>
    <message>
        <source>Hotline call (id)</source>
        <translation>热线来电（ID）</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>Verification note</source>
        <translation>核实说明</translation>
    </message>
    <message>
        <source>Note for the engineer</source>
        <translation>给工程师的说明</translation>
    </message>
    <message>
        <source>Appointment note</source>
        <translation>预约说明</translation>
    </message>
    <message>
        <source>Parts and patches</source>
        <translation>备件与补丁</translation>
    </message>
    <message>
        <source>Customer&apos;s comment</source>
        <translation>客户意见</translation>
    </message>
    <message>
        <source>Add the solution to the problem base</source>
        <translation>将解决方法加入标准化问题库</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Problem class</source>
        <translation>问题分类</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>On-site jobs</source>
        <translation>现场派工单</translation>
    </message>
</context>
<context>
    <name>sd::core::Due</name>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>working time</source>
        <translation>工作时间</translation>
    </message>
    <message>
        <source>calendar time</source>
        <translation>日历时间</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>已超时 %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <source>waits %1</source>
        <translation>已等待 %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>%1 后</translation>
    </message>
    <message>
        <source>Call back %1 — %2</source>
        <translation>回电 %1 — %2</translation>
    </message>
    <message>
        <source>Due soon: give a number of minutes from %1 to %2.</source>
        <translation>即将到期：请填写 %1 到 %2 之间的分钟数。</translation>
    </message>
    <message>
        <source>Set when deadlines count as due soon</source>
        <translation>设置期限何时算作即将到期</translation>
    </message>
</context>
<context>
    <name>sd::core::DutyRoster</name>
    <message>
        <source>Choose who is on duty.</source>
        <translation>请选择值班人员。</translation>
    </message>
    <message>
        <source>The shift needs a date.</source>
        <translation>班次需要日期。</translation>
    </message>
    <message>
        <source>The shift needs a start and an end time.</source>
        <translation>班次需要开始和结束时间。</translation>
    </message>
    <message>
        <source>A shift cannot start and end at the same time.</source>
        <translation>班次的开始和结束时间不能相同。</translation>
    </message>
    <message>
        <source>Only hotline operators and service managers go on the duty roster.</source>
        <translation>只有热线值班人员和服务经理可以排入值班表。</translation>
    </message>
    <message>
        <source>%1 already has a shift %2–%3 on %4 that overlaps this one.</source>
        <translation>%1 在 %4 已有 %2–%3 的班次，与此班次重叠。</translation>
    </message>
    <message>
        <source>arrange the duty roster</source>
        <translation>安排值班表</translation>
    </message>
    <message>
        <source>Shift %1 does not exist.</source>
        <translation>班次 %1 不存在。</translation>
    </message>
    <message>
        <source>change the duty rule</source>
        <translation>修改值班规则</translation>
    </message>
</context>
<context>
    <name>sd::core::Error</name>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>sd::core::FieldRules</name>
    <message>
        <source>%1: this field is required.</source>
        <translation>%1：此项为必填项。</translation>
    </message>
    <message>
        <source>%1: at most %2 characters (now %3). Shorten it.</source>
        <translation>%1：最多 %2 个字符（现为 %3 个），请精简。</translation>
    </message>
    <message>
        <source>%1: remove the emoji or special character “%2”.</source>
        <translation>%1：请删除表情符号或特殊字符“%2”。</translation>
    </message>
    <message>
        <source>%1: “%2” is not a phone number. Use digits (3 to 20) with optional +, -, spaces, parentheses and an extension, e.g. 010-6543 2100 ext 12.</source>
        <translation>%1：“%2”不是有效的电话号码。请使用 3 到 20 位数字，可带 +、-、空格、括号和分机号，例如 010-6543 2100 转 12。</translation>
    </message>
    <message>
        <source>%1: “%2” is not an e-mail address.</source>
        <translation>%1：“%2”不是有效的邮箱地址。</translation>
    </message>
</context>
<context>
    <name>sd::core::FirstVisit</name>
    <message>
        <source>Ready to hand off</source>
        <translation>待移交</translation>
    </message>
    <message>
        <source>Handed off</source>
        <translation>已移交</translation>
    </message>
    <message>
        <source>Today so far (closes at the end of the working day)</source>
        <translation>今日截至目前（下班时汇总）</translation>
    </message>
    <message>
        <source>Digest %1 does not exist.</source>
        <translation>需求日报 %1 不存在。</translation>
    </message>
    <message>
        <source>This digest is for %1, the head of %2: only they (or an administrator) can take the hand-off.</source>
        <translation>此日报发给 %2 的负责人 %1：只有本人（或系统管理员）可以确认移交。</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>尚未设置</translation>
    </message>
    <message>
        <source>Working day</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Digest state</source>
        <translation>日报状态</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Need state</source>
        <translation>需求状态</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>核实中</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已核实</translation>
    </message>
    <message>
        <source>Needs recorded</source>
        <translation>需求已记录</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>联系不上</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>已接通</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>占线</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>号码错误</translation>
    </message>
    <message>
        <source>Asked to call later</source>
        <translation>客户要求稍后再打</translation>
    </message>
    <message>
        <source>Service code obtained</source>
        <translation>已获取服务编码</translation>
    </message>
    <message>
        <source>Dongle number correct</source>
        <translation>加密狗号正确</translation>
    </message>
    <message>
        <source>Service supervision and technical phone numbers known</source>
        <translation>已知晓服务监督电话和技术支持电话</translation>
    </message>
    <message>
        <source>Request process and response times known</source>
        <translation>已知晓服务申请流程和响应时间</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>实施</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Hotline / remote support</source>
        <translation>热线/远程支持</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>升级</translation>
    </message>
    <message>
        <source>Special service</source>
        <translation>特殊服务</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Taken up</source>
        <translation>已承接</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司名称</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Purchased software</source>
        <translation>购买软件</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>Service code</source>
        <translation>服务编码</translation>
    </message>
    <message>
        <source>Dongle number</source>
        <translation>加密狗号</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Sale date</source>
        <translation>销售日期</translation>
    </message>
    <message>
        <source>Sale details</source>
        <translation>销售详情</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>The number of attempts must be between 1 and 20.</source>
        <translation>尝试次数必须在 1 到 20 之间。</translation>
    </message>
    <message>
        <source>Possible duplicate: %1 already has the same name, phone or service code. Check it, or submit anyway.</source>
        <translation>可能重复：%1 的名称、电话或服务编码相同。请先核对，或仍然提交。</translation>
    </message>
    <message>
        <source>Line %1: %2 may duplicate %3 (flagged).</source>
        <translation>第 %1 行：%2 可能与 %3 重复（已标记）。</translation>
    </message>
    <message>
        <source>First visit %1 does not exist.</source>
        <translation>首访记录 %1 不存在。</translation>
    </message>
    <message>
        <source>Unknown field “%1”.</source>
        <translation>未知字段“%1”。</translation>
    </message>
    <message>
        <source>The submission has no field “%1”.</source>
        <translation>提交内容中没有字段“%1”。</translation>
    </message>
    <message>
        <source>The corrected value is the same as the current one: mark it verified instead.</source>
        <translation>更正后的值与当前值相同：请标记为已核实。</translation>
    </message>
    <message>
        <source>Write the sale date as YYYY-MM-DD.</source>
        <translation>销售日期请写成 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>The company name is required.</source>
        <translation>公司名称必须填写。</translation>
    </message>
    <message>
        <source>The contact&apos;s name is required.</source>
        <translation>联系人姓名必须填写。</translation>
    </message>
    <message>
        <source>Correct the purchased software first: modules belong to a product.</source>
        <translation>请先更正购买软件：模块属于某个产品。</translation>
    </message>
    <message>
        <source>Write the contract as “TYPE YYYY-MM-DD ~ YYYY-MM-DD”, e.g. “SPS 2026-01-01 ~ 2026-12-31”.</source>
        <translation>合同请写成“类型 YYYY-MM-DD ~ YYYY-MM-DD”，例如“SPS 2026-01-01 ~ 2026-12-31”。</translation>
    </message>
    <message>
        <source>Unknown call outcome “%1”.</source>
        <translation>未知的通话结果“%1”。</translation>
    </message>
    <message>
        <source>A customer is unreachable only after %1 failed attempts (this would be the %2th).</source>
        <translation>失败 %1 次后才能标记为联系不上（这将是第 %2 次）。</translation>
    </message>
    <message>
        <source>This is failed attempt %1 of %2: the customer becomes unreachable.</source>
        <translation>这是第 %1 次（共 %2 次）未接通：客户将标记为联系不上。</translation>
    </message>
    <message>
        <source>Log a call that reached the customer before finishing the verification.</source>
        <translation>请先记录一次接通客户的通话，再完成核实。</translation>
    </message>
    <message>
        <source>“%1” is not checked yet: mark it verified or corrected.</source>
        <translation>“%1”尚未核对：请标记为已核实或已更正。</translation>
    </message>
    <message>
        <source>Checklist: “%1” is neither ticked nor explained by a note.</source>
        <translation>告知清单：“%1”既未勾选也没有说明备注。</translation>
    </message>
    <message>
        <source>Record at least one service need (use “Other” when the customer has none to report).</source>
        <translation>请至少记录一项服务需求（客户没有需求时选“其他”）。</translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) of this first visit are not in a digest handed off yet.</source>
        <translation>
            <numerusform>此首访记录有 %n 项需求尚未随日报移交。</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown checklist item “%1”.</source>
        <translation>未知的清单项“%1”。</translation>
    </message>
    <message>
        <source>Choose the kind of need.</source>
        <translation>请选择需求类别。</translation>
    </message>
    <message>
        <source>Describe the need.</source>
        <translation>请填写需求描述。</translation>
    </message>
    <message>
        <source>Choose the department the need goes to.</source>
        <translation>请选择需求转交的部门。</translation>
    </message>
    <message>
        <source>A recorded need cannot be removed; close it instead.</source>
        <translation>已记录的需求不能删除，请改为关闭。</translation>
    </message>
    <message>
        <source>Need %1 does not exist.</source>
        <translation>需求 %1 不存在。</translation>
    </message>
    <message>
        <source>Say what took the need up (kind and number).</source>
        <translation>请注明承接该需求的事项（类型和编号）。</translation>
    </message>
    <message>
        <source>Log call attempt</source>
        <translation>记录通话</translation>
    </message>
    <message>
        <source>Mark unreachable</source>
        <translation>标记为联系不上</translation>
    </message>
    <message>
        <source>Finish verification</source>
        <translation>完成核实</translation>
    </message>
    <message>
        <source>Record needs</source>
        <translation>记录需求</translation>
    </message>
    <message>
        <source>Hand off</source>
        <translation>移交</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重新联系</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>The next attempt must be later than this one.</source>
        <translation>下次联系时间必须晚于本次。</translation>
    </message>
    <message>
        <source>The next attempt must be in working hours (%1, on a working day).</source>
        <translation>下次联系时间必须在工作时间内（%1，工作日）。</translation>
    </message>
    <message>
        <source>Call again at another time of day: not in the same morning or afternoon as the failed attempt.</source>
        <translation>请换个时段再打：不能与未接通的这次在同一个上午或下午。</translation>
    </message>
    <message numerus="yes">
        <source>%n need(s)</source>
        <translation>
            <numerusform>%n 项需求</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %n department(s)</source>
        <translation>
            <numerusform>，涉及 %n 个部门</numerusform>
        </translation>
    </message>
    <message>
        <source>The need is not recorded yet: remove it instead.</source>
        <translation>该需求尚未登记：请直接删除。</translation>
    </message>
    <message>
        <source>Take up</source>
        <translation>承接</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Check a field</source>
        <translation>核对字段</translation>
    </message>
    <message>
        <source>Tick the checklist</source>
        <translation>勾选检查项</translation>
    </message>
    <message>
        <source>Add a need</source>
        <translation>添加需求</translation>
    </message>
    <message>
        <source>Only the head of a department this first visit&apos;s needs go to (or an administrator) can hand it off.</source>
        <translation>只有本次首访需求所属部门的负责人（或管理员）才能交接。</translation>
    </message>
    <message>
        <source>Remove a need</source>
        <translation>删除需求</translation>
    </message>
</context>
<context>
    <name>sd::core::FirstVisitWorkflow</name>
    <message>
        <source>Customer already on file (id)</source>
        <translation>已有客户（ID）</translation>
    </message>
    <message>
        <source>Contract type</source>
        <translation>合同类型</translation>
    </message>
    <message>
        <source>Contract starts</source>
        <translation>合同开始日期</translation>
    </message>
    <message>
        <source>Contract ends</source>
        <translation>合同结束日期</translation>
    </message>
    <message>
        <source>Submit although it may be a duplicate</source>
        <translation>即使可能重复也提交</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>下次联系时间</translation>
    </message>
    <message>
        <source>Submitted field</source>
        <translation>提交的字段</translation>
    </message>
    <message>
        <source>Corrected value (empty: verified as submitted)</source>
        <translation>更正后的值（不填：按提交值核实无误）</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>告知清单项</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Kind of need</source>
        <translation>需求类型</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Department (id)</source>
        <translation>部门（ID）</translation>
    </message>
    <message>
        <source>Need (id)</source>
        <translation>需求（ID）</translation>
    </message>
    <message>
        <source>First visits</source>
        <translation>首访</translation>
    </message>
    <message>
        <source>Need %1 is not one of this first visit&apos;s needs.</source>
        <translation>需求 %1 不属于这次首访。</translation>
    </message>
</context>
<context>
    <name>sd::core::Handoff</name>
    <message>
        <source>project %1</source>
        <translation>实施项目 %1</translation>
    </message>
    <message>
        <source>training %1 (%2)</source>
        <translation>培训 %1（%2）</translation>
    </message>
</context>
<context>
    <name>sd::core::HolidayCsv</name>
    <message>
        <source>The line is not valid UTF-8 text.</source>
        <translation>该行不是有效的 UTF-8 文本。</translation>
    </message>
    <message>
        <source>A quotation mark is not closed.</source>
        <translation>引号未闭合。</translation>
    </message>
    <message>
        <source>Expected three columns date,kind,name but found %1.</source>
        <translation>应为 date,kind,name 三列，实际为 %1 列。</translation>
    </message>
    <message>
        <source>“%1” is not a date in the form YYYY-MM-DD.</source>
        <translation>“%1”不是 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>“%1” is not a kind of day; write holiday or workday.</source>
        <translation>“%1”不是有效的日期类型；请填写 holiday 或 workday。</translation>
    </message>
    <message>
        <source>%1 is already listed on line %2.</source>
        <translation>%1 已在第 %2 行列出。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>sd::core::HotlineCall</name>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Online service</source>
        <translation>在线客服</translation>
    </message>
    <message>
        <source>QQ / WeChat</source>
        <translation>QQ / 微信</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Under contract</source>
        <translation>合同内服务</translation>
    </message>
    <message>
        <source>Paid service</source>
        <translation>有偿服务</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>Do it</source>
        <translation>实施</translation>
    </message>
    <message>
        <source>Do it, charged</source>
        <translation>收费实施</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>不予实施</translation>
    </message>
</context>
<context>
    <name>sd::core::HotlineReport</name>
    <message>
        <source>Solved by remote support</source>
        <translation>远程支持解决</translation>
    </message>
    <message>
        <source>Solved on the phone</source>
        <translation>电话解决</translation>
    </message>
    <message>
        <source>Solved with vendor HQ&apos;s answer (%1)</source>
        <translation>按总部答复解决（%1）</translation>
    </message>
    <message>
        <source>Requirement decided: %1 (%2)</source>
        <translation>需求已决定：%1（%2）</translation>
    </message>
    <message>
        <source>On-site support requested</source>
        <translation>已申请现场支持</translation>
    </message>
    <message>
        <source>New requirement with the account manager</source>
        <translation>新需求，商务经理跟进中</translation>
    </message>
    <message>
        <source>Submitted to vendor HQ (%1)</source>
        <translation>已提交总部（%1）</translation>
    </message>
    <message>
        <source>Handed to the complaint register</source>
        <translation>已转投诉登记</translation>
    </message>
    <message>
        <source>The period must run from an earlier to a later date.</source>
        <translation>期间的开始日期必须早于结束日期。</translation>
    </message>
    <message>
        <source>Call no.</source>
        <translation>来电编号</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>来电时间</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>来电人</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Problem class</source>
        <translation>问题分类</translation>
    </message>
    <message>
        <source>Fault level</source>
        <translation>故障级别</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>解决方案</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>值班人员</translation>
    </message>
</context>
<context>
    <name>sd::core::HotlineService</name>
    <message>
        <source>take a call</source>
        <translation>受理来电</translation>
    </message>
    <message>
        <source>You are not on duty now; the duty roster decides who takes calls. Ask the service manager.</source>
        <translation>您现在不在值班时间；按值班表受理来电。请联系服务经理。</translation>
    </message>
    <message>
        <source>Choose the channel the call came in by.</source>
        <translation>请选择来电渠道。</translation>
    </message>
    <message>
        <source>Choose the problem class.</source>
        <translation>请选择问题分类。</translation>
    </message>
    <message>
        <source>The fault level is 1 to 4.</source>
        <translation>故障级别为 1 到 4。</translation>
    </message>
    <message>
        <source>Describe the problem.</source>
        <translation>请描述问题。</translation>
    </message>
    <message>
        <source>The customer has no valid service contract: log the call as paid service or as consultation.</source>
        <translation>该客户没有有效的服务合同：请按有偿服务或咨询登记。</translation>
    </message>
    <message>
        <source>An unknown caller&apos;s call is logged as paid service or as consultation.</source>
        <translation>未识别来电人的来电按有偿服务或咨询登记。</translation>
    </message>
    <message>
        <source>Unknown billing “%1”.</source>
        <translation>未知的计费方式“%1”。</translation>
    </message>
    <message>
        <source>Only a new requirement goes to the account manager; this call is “%1”.</source>
        <translation>只有新需求才转商务经理；此来电为“%1”。</translation>
    </message>
    <message>
        <source>Say whether HQ gets a bug or an optimisation request.</source>
        <translation>请说明提交总部的是软件缺陷还是优化建议。</translation>
    </message>
    <message>
        <source>Only a software bug is submitted to vendor HQ as a bug; this call is “%1”.</source>
        <translation>只有软件缺陷才能作为缺陷提交总部；此来电为“%1”。</translation>
    </message>
    <message>
        <source>Re-training is suggested for operation problems; this call is “%1”.</source>
        <translation>操作问题才建议重新培训；此来电为“%1”。</translation>
    </message>
    <message>
        <source>The call-back time must be in the future.</source>
        <translation>回电时间必须晚于现在。</translation>
    </message>
    <message>
        <source>Answer yes, no or unknown.</source>
        <translation>请回答是、否或未知。</translation>
    </message>
    <message>
        <source>Enter a number of zero or more.</source>
        <translation>请输入不小于零的数字。</translation>
    </message>
    <message>
        <source>The decision is do, charge or decline.</source>
        <translation>决定只能是实施、收费实施或不予实施。</translation>
    </message>
    <message>
        <source>Enter the decision date as YYYY-MM-DD.</source>
        <translation>请按 YYYY-MM-DD 输入决定日期。</translation>
    </message>
    <message>
        <source>The customer has no account manager: choose the one who follows this requirement up.</source>
        <translation>该客户没有商务经理：请指定跟进此需求的商务经理。</translation>
    </message>
    <message>
        <source>Call %1 does not exist.</source>
        <translation>来电 %1 不存在。</translation>
    </message>
    <message>
        <source>30 min: move to remote support</source>
        <translation>30 分钟：转远程支持</translation>
    </message>
    <message>
        <source>60 min remote: request on-site</source>
        <translation>远程 60 分钟：申请现场支持</translation>
    </message>
    <message>
        <source>First feedback</source>
        <translation>首次反馈</translation>
    </message>
    <message>
        <source>Solve within 8 working hours</source>
        <translation>8 个工作小时内解决</translation>
    </message>
    <message>
        <source>Solution within 3 working days</source>
        <translation>3 个工作日内给出方案</translation>
    </message>
    <message>
        <source>Call the customer back</source>
        <translation>回电客户</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Phenomenon for the base</source>
        <translation>入库问题现象</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Remote session (tool, ID)</source>
        <translation>远程会话（工具、编号）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Choose the billing: under the contract, paid service or consultation.</source>
        <translation>请选择计费方式：合同内、有偿服务或咨询。</translation>
    </message>
</context>
<context>
    <name>sd::core::HotlineWorkflow</name>
    <message>
        <source>On the phone</source>
        <translation>电话处理中</translation>
    </message>
    <message>
        <source>On hold, call back</source>
        <translation>待回电</translation>
    </message>
    <message>
        <source>Remote support</source>
        <translation>远程支持</translation>
    </message>
    <message>
        <source>On-site requested</source>
        <translation>已申请现场</translation>
    </message>
    <message>
        <source>With the account manager</source>
        <translation>商务经理跟进</translation>
    </message>
    <message>
        <source>Requirement decided</source>
        <translation>需求已决定</translation>
    </message>
    <message>
        <source>Submitted to vendor HQ</source>
        <translation>已提交总部</translation>
    </message>
    <message>
        <source>HQ answered, call back</source>
        <translation>总部已答复，待回电</translation>
    </message>
    <message>
        <source>Complaint opened</source>
        <translation>已转投诉</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Put on hold</source>
        <translation>挂起待回电</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>回电</translation>
    </message>
    <message>
        <source>Move to remote support</source>
        <translation>转远程支持</translation>
    </message>
    <message>
        <source>Request on-site support</source>
        <translation>申请现场支持</translation>
    </message>
    <message>
        <source>To the account manager</source>
        <translation>转商务经理</translation>
    </message>
    <message>
        <source>Record the evaluation</source>
        <translation>记录评估</translation>
    </message>
    <message>
        <source>Decide the requirement</source>
        <translation>需求决定</translation>
    </message>
    <message>
        <source>Submit to vendor HQ</source>
        <translation>提交总部</translation>
    </message>
    <message>
        <source>HQ answer received</source>
        <translation>收到总部答复</translation>
    </message>
    <message>
        <source>Open a complaint</source>
        <translation>转投诉</translation>
    </message>
    <message>
        <source>Suggest re-training</source>
        <translation>建议重新培训</translation>
    </message>
    <message>
        <source>Update the call</source>
        <translation>修改来电</translation>
    </message>
    <message>
        <source>Customer confirmed</source>
        <translation>客户确认</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>解决方案</translation>
    </message>
    <message>
        <source>What is being consulted</source>
        <translation>待咨询的问题</translation>
    </message>
    <message>
        <source>Call back by</source>
        <translation>回电时限</translation>
    </message>
    <message>
        <source>Why on-site</source>
        <translation>现场支持原因</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>商务经理</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <source>Bug or optimisation</source>
        <translation>缺陷或优化</translation>
    </message>
    <message>
        <source>HQ reference</source>
        <translation>总部编号</translation>
    </message>
    <message>
        <source>HQ answer or patch</source>
        <translation>总部答复或补丁</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <source>Re-training note</source>
        <translation>培训建议</translation>
    </message>
    <message>
        <source>Closing note</source>
        <translation>关闭说明</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Caller of call %1</source>
        <translation>来电 %1 的来电人</translation>
    </message>
</context>
<context>
    <name>sd::core::Migrations</name>
    <message>
        <source>This database was created by a newer version of Service Center Desk (schema %1; this program knows up to %2). Please update the program; the database was not changed.</source>
        <translation>此数据库由更新版本的服务中心工作台创建（结构版本 %1；本程序最高支持 %2）。请升级程序；数据库未被修改。</translation>
    </message>
    <message>
        <source>The database schema is at version %1 and needs migrating to %2 (run: servicedeskctl migrate).</source>
        <translation>数据库结构版本为 %1，需要迁移到 %2（请运行：servicedeskctl migrate）。</translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed: %3</source>
        <translation>迁移 %1（%2）失败：%3</translation>
    </message>
</context>
<context>
    <name>sd::core::Password</name>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
</context>
<context>
    <name>sd::core::Permissions</name>
    <message>
        <source>You are not allowed to do this (%1). It needs the role: %2.</source>
        <translation>您无权执行此操作（%1）。需要以下角色：%2。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>sd::core::PrivateFiles</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>the folder cannot be created</source>
        <translation>无法创建文件夹</translation>
    </message>
</context>
<context>
    <name>sd::core::ProblemBaseRepository</name>
    <message>
        <source>The phenomenon (what the customer sees) is required.</source>
        <translation>必须填写问题现象（客户看到的情况）。</translation>
    </message>
    <message>
        <source>The solution is required.</source>
        <translation>必须填写解决方案。</translation>
    </message>
    <message>
        <source>Choose a problem class.</source>
        <translation>请选择问题分类。</translation>
    </message>
    <message>
        <source>add to the problem base</source>
        <translation>加入问题库</translation>
    </message>
    <message>
        <source>Problem-base entry %1 does not exist.</source>
        <translation>问题库条目 %1 不存在。</translation>
    </message>
    <message>
        <source>apply a problem-base entry</source>
        <translation>采用问题库条目</translation>
    </message>
    <message>
        <source>Entry %1 was merged into entry %2; apply that one.</source>
        <translation>条目 %1 已合并到条目 %2，请采用后者。</translation>
    </message>
    <message>
        <source>Call %1 does not exist.</source>
        <translation>来电 %1 不存在。</translation>
    </message>
    <message>
        <source>An entry cannot be merged into itself.</source>
        <translation>条目不能合并到自身。</translation>
    </message>
    <message>
        <source>Only active entries can be merged (one of them was merged already).</source>
        <translation>只能合并有效条目（其中一条已被合并）。</translation>
    </message>
    <message>
        <source>Phenomenon</source>
        <translation>问题现象</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>解决方案</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>已合并</translation>
    </message>
    <message>
        <source>Apply to a call</source>
        <translation>应用到来电</translation>
    </message>
    <message>
        <source>Take in a duplicate</source>
        <translation>并入重复条目</translation>
    </message>
    <message>
        <source>Merge into another entry</source>
        <translation>合并到另一条目</translation>
    </message>
    <message>
        <source>Edit the entry</source>
        <translation>编辑条目</translation>
    </message>
</context>
<context>
    <name>sd::core::ProblemClass</name>
    <message>
        <source>Software bug</source>
        <translation>软件缺陷</translation>
    </message>
    <message>
        <source>Data problem</source>
        <translation>数据问题</translation>
    </message>
    <message>
        <source>New requirement</source>
        <translation>新需求</translation>
    </message>
    <message>
        <source>Environment problem</source>
        <translation>环境问题</translation>
    </message>
    <message>
        <source>Operation problem</source>
        <translation>操作问题</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>1 – system down</source>
        <translation>1 – 系统瘫痪</translation>
    </message>
    <message>
        <source>2 – risk of going down</source>
        <translation>2 – 有瘫痪风险</translation>
    </message>
    <message>
        <source>3 – degraded or partial</source>
        <translation>3 – 性能下降或部分中断</translation>
    </message>
    <message>
        <source>4 – intermittent or indirect</source>
        <translation>4 – 间歇或间接影响</translation>
    </message>
</context>
<context>
    <name>sd::core::ProblemWorkflow</name>
    <message>
        <source>Problem class</source>
        <translation>问题分类</translation>
    </message>
    <message>
        <source>Hotline call (id or call no.)</source>
        <translation>热线来电（ID 或来电编号）</translation>
    </message>
    <message>
        <source>Entry that stays (id)</source>
        <translation>保留的条目（ID）</translation>
    </message>
    <message>
        <source>Problem-base entries</source>
        <translation>标准化问题库条目</translation>
    </message>
    <message>
        <source>Phenomenon</source>
        <translation>现象</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>解决方法</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Duplicate entry to take in (id)</source>
        <translation>要并入的重复条目（编号）</translation>
    </message>
</context>
<context>
    <name>sd::core::Projects</name>
    <message>
        <source>Need %1 is not an implementation need of this customer.</source>
        <translation>需求 %1 不是该客户的实施需求。</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>尚未指定</translation>
    </message>
    <message>
        <source>You already approved this request: the second approval must come from the other approver.</source>
        <translation>您已批准过此申请：第二次审批须由另一位审批人完成。</translation>
    </message>
    <message>
        <source>Only the project manager of this project (%1) can do this.</source>
        <translation>只有本项目的项目经理（%1）才能执行此操作。</translation>
    </message>
    <message>
        <source>Only a consultant assigned to this project can do this.</source>
        <translation>只有分配到本项目的实施顾问才能执行此操作。</translation>
    </message>
    <message>
        <source>Only this project&apos;s project manager or an implementation manager can do this.</source>
        <translation>只有本项目的项目经理或实施部门经理才能执行此操作。</translation>
    </message>
    <message>
        <source>Only the project&apos;s consultants, its project manager or an implementation manager can do this.</source>
        <translation>只有本项目的实施顾问、项目经理或实施部门经理才能执行此操作。</translation>
    </message>
    <message>
        <source>Staff member %1 is not an active project manager.</source>
        <translation>员工 %1 不是在职的项目经理。</translation>
    </message>
    <message>
        <source>Name at least one implementation consultant.</source>
        <translation>请至少指定一名实施顾问。</translation>
    </message>
    <message>
        <source>Staff member %1 is not an active implementation consultant.</source>
        <translation>员工 %1 不是在职的实施顾问。</translation>
    </message>
    <message>
        <source>There is no plan template %1.</source>
        <translation>没有编号为 %1 的计划模板。</translation>
    </message>
    <message>
        <source>The project&apos;s product has no plan template: name one, or add the stages one by one.</source>
        <translation>项目所属产品没有计划模板：请指定模板，或逐个新增阶段。</translation>
    </message>
    <message>
        <source>The business calendar has no working days for this plan.</source>
        <translation>工作日历中没有可用于此计划的工作日。</translation>
    </message>
    <message>
        <source>The plan has no stages yet: add stages or plan from the product&apos;s template.</source>
        <translation>计划中还没有阶段：请新增阶段或按产品模板制定计划。</translation>
    </message>
    <message>
        <source>Final inspection needs every stage accepted: %1 of %2 are.</source>
        <translation>终检要求所有阶段均已验收：目前 %2 个阶段中已验收 %1 个。</translation>
    </message>
    <message>
        <source>“%1” takes a date as YYYY-MM-DD, not “%2”.</source>
        <translation>“%1”应填写 YYYY-MM-DD 格式的日期，而不是“%2”。</translation>
    </message>
    <message>
        <source>“%1” is before “%2”.</source>
        <translation>“%1”早于“%2”。</translation>
    </message>
    <message>
        <source>The project is “%1”: its stages cannot be worked on now.</source>
        <translation>项目处于“%1”状态：目前不能进行阶段工作。</translation>
    </message>
    <message>
        <source>Budgeted days must be a whole number from 1 to 10,000.</source>
        <translation>预算人天必须是 1 至 10,000 之间的整数。</translation>
    </message>
    <message>
        <source>Choose the customer the project is for.</source>
        <translation>请选择项目所属客户。</translation>
    </message>
    <message>
        <source>The contract is not one of this customer&apos;s contracts.</source>
        <translation>该合同不属于此客户。</translation>
    </message>
    <message>
        <source>There is no product %1.</source>
        <translation>没有编号为 %1 的产品。</translation>
    </message>
    <message>
        <source>Open an implementation project</source>
        <translation>申请实施项目</translation>
    </message>
    <message>
        <source>Say which day the entry is for (YYYY-MM-DD).</source>
        <translation>请填写日志所属日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>%1 has not come yet: a day is confirmed when it is worked.</source>
        <translation>%1 尚未到来：实施日志应在当天工作后确认。</translation>
    </message>
    <message>
        <source>The stage started on %1; %2 is before it.</source>
        <translation>本阶段于 %1 开始，%2 早于开始日期。</translation>
    </message>
    <message>
        <source>Hours must be more than 0 and at most 24.</source>
        <translation>工时必须大于 0 且不超过 24。</translation>
    </message>
    <message>
        <source>Add a plan template</source>
        <translation>新增计划模板</translation>
    </message>
    <message>
        <source>A plan template needs at least one stage.</source>
        <translation>计划模板至少需要一个阶段。</translation>
    </message>
    <message>
        <source>A stage of a template lasts 1 to 250 working days.</source>
        <translation>模板中的阶段工期应为 1 至 250 个工作日。</translation>
    </message>
    <message>
        <source>The request was not made while the project was “%1”.</source>
        <translation>该申请并非在项目处于“%1”时提出。</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>已申请</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>已分配</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>计划制定中</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>实施中</translation>
    </message>
    <message>
        <source>Suspension requested</source>
        <translation>已申请暂停</translation>
    </message>
    <message>
        <source>Suspension approved by the project manager</source>
        <translation>暂停申请：项目经理已批准</translation>
    </message>
    <message>
        <source>Suspension approved by the implementation manager</source>
        <translation>暂停申请：实施部门经理已批准</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Termination requested</source>
        <translation>已申请终止</translation>
    </message>
    <message>
        <source>Termination approved by the project manager</source>
        <translation>终止申请：项目经理已批准</translation>
    </message>
    <message>
        <source>Termination approved by the implementation manager</source>
        <translation>终止申请：实施部门经理已批准</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>已终止</translation>
    </message>
    <message>
        <source>Final inspection</source>
        <translation>终检</translation>
    </message>
    <message>
        <source>Submitted for filing</source>
        <translation>已提交备案</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Assign project manager and consultants</source>
        <translation>分配项目经理和实施顾问</translation>
    </message>
    <message>
        <source>Change project manager or consultants</source>
        <translation>调整项目经理或实施顾问</translation>
    </message>
    <message>
        <source>Start planning</source>
        <translation>开始制定计划</translation>
    </message>
    <message>
        <source>Add a stage</source>
        <translation>新增阶段</translation>
    </message>
    <message>
        <source>Plan from the product&apos;s template</source>
        <translation>按产品模板制定计划</translation>
    </message>
    <message>
        <source>Start implementation</source>
        <translation>开始实施</translation>
    </message>
    <message>
        <source>Apply to suspend</source>
        <translation>申请暂停</translation>
    </message>
    <message>
        <source>Approve suspension (project manager)</source>
        <translation>批准暂停（项目经理）</translation>
    </message>
    <message>
        <source>Approve suspension (implementation manager)</source>
        <translation>批准暂停（实施部门经理）</translation>
    </message>
    <message>
        <source>Reject suspension</source>
        <translation>驳回暂停申请</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Apply to terminate</source>
        <translation>申请终止</translation>
    </message>
    <message>
        <source>Approve termination (project manager)</source>
        <translation>批准终止（项目经理）</translation>
    </message>
    <message>
        <source>Approve termination (implementation manager)</source>
        <translation>批准终止（实施部门经理）</translation>
    </message>
    <message>
        <source>Reject termination</source>
        <translation>驳回终止申请</translation>
    </message>
    <message>
        <source>Begin final inspection</source>
        <translation>开始终检</translation>
    </message>
    <message>
        <source>Submit for review and filing</source>
        <translation>提交审核备案</translation>
    </message>
    <message>
        <source>Return to final inspection</source>
        <translation>退回终检</translation>
    </message>
    <message>
        <source>Review and file</source>
        <translation>审核备案</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Implementation need from the first visit</source>
        <translation>首访实施需求</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>项目目标</translation>
    </message>
    <message>
        <source>Budgeted days</source>
        <translation>预算人天</translation>
    </message>
    <message>
        <source>Project manager</source>
        <translation>项目经理</translation>
    </message>
    <message>
        <source>Consultants</source>
        <translation>实施顾问</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>计划开始</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>计划结束</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Stage goals</source>
        <translation>阶段目标</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Customer expectations</source>
        <translation>客户期望</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>交付物</translation>
    </message>
    <message>
        <source>Plan template</source>
        <translation>计划模板</translation>
    </message>
    <message>
        <source>First day of the plan</source>
        <translation>计划开始日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Expected until</source>
        <translation>预计截止</translation>
    </message>
    <message>
        <source>Why it is rejected</source>
        <translation>驳回理由</translation>
    </message>
    <message>
        <source>Approval note</source>
        <translation>审批意见</translation>
    </message>
    <message>
        <source>How the cause was solved</source>
        <translation>问题解决情况</translation>
    </message>
    <message>
        <source>Documents reviewed</source>
        <translation>文件审核意见</translation>
    </message>
    <message>
        <source>What is to be reworked</source>
        <translation>需整改内容</translation>
    </message>
    <message>
        <source>Filing note</source>
        <translation>备案说明</translation>
    </message>
    <message>
        <source>Stage (id)</source>
        <translation>阶段（编号）</translation>
    </message>
    <message>
        <source>Results delivered</source>
        <translation>交付成果说明</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>评估意见</translation>
    </message>
    <message>
        <source>Work date</source>
        <translation>工作日期</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>工作内容</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>工时</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Confirmed by (customer)</source>
        <translation>客户确认人</translation>
    </message>
    <message>
        <source>Implementation projects</source>
        <translation>实施项目</translation>
    </message>
    <message>
        <source>Stage %1 is not a stage of this project.</source>
        <translation>阶段 %1 不属于本项目。</translation>
    </message>
    <message>
        <source>Stage “%1” failed its acceptance evaluation: %2</source>
        <translation>阶段“%1”验收评估未通过：%2</translation>
    </message>
    <message>
        <source>The stage “%1” was accepted: its daily log is read-only now.</source>
        <translation>阶段“%1”已验收：其实施日志现为只读。</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <source>Being implemented</source>
        <translation>实施中</translation>
    </message>
    <message>
        <source>Delivered, waiting for evaluation</source>
        <translation>已交付，待验收评估</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已验收</translation>
    </message>
    <message>
        <source>Failed: to be re-implemented</source>
        <translation>未通过：待重新实施</translation>
    </message>
    <message>
        <source>Failed: presales commitment or product gap</source>
        <translation>未通过：售前承诺或产品需求</translation>
    </message>
    <message>
        <source>Start the stage</source>
        <translation>开始本阶段</translation>
    </message>
    <message>
        <source>Deliver the stage&apos;s results</source>
        <translation>交付阶段成果</translation>
    </message>
    <message>
        <source>Acceptance evaluation: passed</source>
        <translation>验收评估：通过</translation>
    </message>
    <message>
        <source>Acceptance evaluation: failed, work incomplete</source>
        <translation>验收评估：未通过（阶段工作未完成）</translation>
    </message>
    <message>
        <source>Acceptance evaluation: failed, presales commitment or product gap</source>
        <translation>验收评估：未通过（售前承诺或产品需求）</translation>
    </message>
    <message>
        <source>Re-implement the stage</source>
        <translation>重新实施本阶段</translation>
    </message>
    <message>
        <source>Confirm a day of the implementation log</source>
        <translation>确认当日实施日志</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Search for at most 200 characters.</source>
        <translation>搜索内容最多 200 个字符。</translation>
    </message>
    <message>
        <source>Only project managers and consultants are assigned to projects.</source>
        <translation>只有项目经理和实施顾问可以被指派到项目。</translation>
    </message>
    <message>
        <source>Only the project&apos;s team (its project manager, its consultants) and the implementation manager add documents to a project.</source>
        <translation>只有项目组成员（项目经理、实施顾问）和实施部门经理可以为项目添加文档。</translation>
    </message>
    <message>
        <source>The project is “%1”: its documents are filed and cannot change.</source>
        <translation>项目状态为“%1”：文档已归档，不能再更改。</translation>
    </message>
    <message>
        <source>Choose the file to add.</source>
        <translation>请选择要添加的文件。</translation>
    </message>
    <message>
        <source>The file name is too long: at most 200 characters.</source>
        <translation>文件名太长：最多 200 个字符。</translation>
    </message>
    <message>
        <source>“%1” is not a document type the project keeps. Allowed: %2.</source>
        <translation>“%1”不是项目可保存的文档类型。允许的类型：%2。</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>“%1”是空文件。</translation>
    </message>
    <message>
        <source>“%1” is %2 MB: a project document may be at most %3 MB.</source>
        <translation>“%1”大小为 %2 MB：项目文档最大 %3 MB。</translation>
    </message>
    <message>
        <source>The stage is not one of this project&apos;s stages.</source>
        <translation>该阶段不属于此项目。</translation>
    </message>
    <message>
        <source>The document no longer exists.</source>
        <translation>该文档已不存在。</translation>
    </message>
    <message>
        <source>There is no project %1.</source>
        <translation>没有项目 %1。</translation>
    </message>
    <message>
        <source>The acceptance report is printed once every stage is accepted (final inspection, submitted or closed); the project is “%1”.</source>
        <translation>所有阶段验收通过后（终验、已提交归档或已关闭）才能打印验收报告；项目当前为“%1”。</translation>
    </message>
</context>
<context>
    <name>sd::core::RecordStore</name>
    <message>
        <source>The record no longer exists (it may have been deleted).</source>
        <translation>该记录已不存在（可能已被删除）。</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>其他用户</translation>
    </message>
    <message>
        <source>%1 changed this record at %2 after you opened it. Your changes were not saved; compare and choose which values to keep.</source>
        <translation>您打开此记录后，%1 于 %2 修改了它。您的修改未保存；请比较并选择要保留的值。</translation>
    </message>
    <message>
        <source>“%1” is too long: %2 characters, at most %3.</source>
        <translation>“%1”太长：%2 个字符，最多 %3 个。</translation>
    </message>
    <message>
        <source>“%1” contains a NUL character.</source>
        <translation>“%1”含有 NUL 字符。</translation>
    </message>
</context>
<context>
    <name>sd::core::Region</name>
    <message>
        <source>Same city</source>
        <translation>同城</translation>
    </message>
    <message>
        <source>Nearby</source>
        <translation>周边</translation>
    </message>
    <message>
        <source>Other province</source>
        <translation>外省</translation>
    </message>
</context>
<context>
    <name>sd::core::ReturnVisit</name>
    <message>
        <source>Scheduled</source>
        <translation>待回访</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已回访</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Record return visit</source>
        <translation>登记回访</translation>
    </message>
    <message>
        <source>Cancel return visit</source>
        <translation>取消回访</translation>
    </message>
    <message>
        <source>Open a complaint</source>
        <translation>登记投诉</translation>
    </message>
    <message>
        <source>Phone or visit</source>
        <translation>电话或上门</translation>
    </message>
    <message>
        <source>Service attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <source>Service quality</source>
        <translation>服务质量</translation>
    </message>
    <message>
        <source>Problem resolution</source>
        <translation>问题解决程度</translation>
    </message>
    <message>
        <source>Satisfaction score</source>
        <translation>满意度评分</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>After an on-site job</source>
        <translation>现场服务后回访</translation>
    </message>
    <message>
        <source>After a closed case</source>
        <translation>结案后回访</translation>
    </message>
    <message>
        <source>Quarterly visit</source>
        <translation>季度定期回访</translation>
    </message>
    <message>
        <source>Give a year and a quarter from 1 to 4.</source>
        <translation>请填写年份和季度（1 到 4）。</translation>
    </message>
    <message>
        <source>Schedule quarterly return visits</source>
        <translation>安排季度回访</translation>
    </message>
    <message>
        <source>Say whether the return visit was by phone or on site.</source>
        <translation>请说明回访是电话回访还是上门回访。</translation>
    </message>
    <message>
        <source>“%1” is a score from 1 to 5.</source>
        <translation>“%1”为 1 到 5 分。</translation>
    </message>
    <message>
        <source>A complaint is already linked to this return visit.</source>
        <translation>此回访已关联投诉。</translation>
    </message>
    <message>
        <source>The return visit no longer exists.</source>
        <translation>该回访已不存在。</translation>
    </message>
    <message>
        <source>Choose a score for “%1”: ask the customer.</source>
        <translation>请询问客户后为“%1”选择评分。</translation>
    </message>
    <message>
        <source>Link a complaint</source>
        <translation>关联投诉</translation>
    </message>
</context>
<context>
    <name>sd::core::ReturnVisitWorkflow</name>
    <message>
        <source>What the customer said</source>
        <translation>客户意见</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <source>The complaint (empty: the visit&apos;s comment)</source>
        <translation>投诉内容（不填：用回访记录的客户意见）</translation>
    </message>
    <message>
        <source>Return visits</source>
        <translation>回访</translation>
    </message>
</context>
<context>
    <name>sd::core::Role</name>
    <message>
        <source>Sales staff</source>
        <translation>业务人员</translation>
    </message>
    <message>
        <source>First-visit agent</source>
        <translation>首访专员</translation>
    </message>
    <message>
        <source>Hotline operator</source>
        <translation>热线值班人员</translation>
    </message>
    <message>
        <source>Service manager</source>
        <translation>服务经理</translation>
    </message>
    <message>
        <source>Service engineer</source>
        <translation>服务工程师</translation>
    </message>
    <message>
        <source>Implementation manager</source>
        <translation>实施部门经理</translation>
    </message>
    <message>
        <source>Project manager</source>
        <translation>项目经理</translation>
    </message>
    <message>
        <source>Implementation consultant</source>
        <translation>实施顾问</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>商务经理</translation>
    </message>
    <message>
        <source>Quality supervisor</source>
        <translation>质量主管</translation>
    </message>
    <message>
        <source>Training teacher</source>
        <translation>培训老师</translation>
    </message>
    <message>
        <source>Department head / general manager</source>
        <translation>部门经理 / 总经理</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
</context>
<context>
    <name>sd::core::SlaClockService</name>
    <message>
        <source>No active service-level policy covers the target “%1” of “%2”; ask the administrator to add one.</source>
        <translation>没有适用于“%2”的目标“%1”的启用中服务时限策略；请联系系统管理员添加。</translation>
    </message>
    <message>
        <source>The business calendar has no working time left to count this deadline in.</source>
        <translation>工作日历中已没有可用于计算此时限的工作时间。</translation>
    </message>
    <message>
        <source>The deadline “%1” of this record is already running.</source>
        <translation>此记录的时限“%1”已在计时中。</translation>
    </message>
    <message>
        <source>Someone else changed this deadline at the same moment; reload and try again.</source>
        <translation>其他人同时修改了此时限；请重新加载后再试。</translation>
    </message>
    <message>
        <source>Only a running deadline can be paused.</source>
        <translation>只有计时中的时限才能暂停。</translation>
    </message>
    <message>
        <source>Only a paused deadline can be resumed.</source>
        <translation>只有已暂停的时限才能恢复计时。</translation>
    </message>
    <message>
        <source>The deadline has already been stopped.</source>
        <translation>该时限已停止计时。</translation>
    </message>
    <message>
        <source>The deadline no longer exists.</source>
        <translation>该时限已不存在。</translation>
    </message>
</context>
<context>
    <name>sd::core::SlaPolicy</name>
    <message>
        <source>Choose the kind of record the target applies to.</source>
        <translation>请选择该目标适用的记录类型。</translation>
    </message>
    <message>
        <source>Choose the target (for example first response or resolution).</source>
        <translation>请选择目标（例如首次响应或问题解决）。</translation>
    </message>
    <message>
        <source>The fault level must be between 1 and 4.</source>
        <translation>故障级别必须在 1 到 4 之间。</translation>
    </message>
    <message>
        <source>The customer class must be key, vip or empty.</source>
        <translation>客户类别只能是重点客户（key）、VIP通道（vip）或留空。</translation>
    </message>
    <message>
        <source>The region must be same city, nearby or other province.</source>
        <translation>区域必须是同城、周边或外省。</translation>
    </message>
    <message>
        <source>The time allowed must be at least one minute.</source>
        <translation>允许时间至少为 1 分钟。</translation>
    </message>
    <message>
        <source>The warning threshold must be between 1 % and 100 %.</source>
        <translation>预警阈值必须在 1% 到 100% 之间。</translation>
    </message>
</context>
<context>
    <name>sd::core::SlaRepository</name>
    <message>
        <source>The service-level policy no longer exists.</source>
        <translation>该服务时限策略已不存在。</translation>
    </message>
    <message>
        <source>Deadlines already computed with this policy refer to it; deactivate the policy instead of deleting it.</source>
        <translation>已有按此策略计算的时限引用了它；请停用该策略，而不要删除。</translation>
    </message>
</context>
<context>
    <name>sd::core::SlaState</name>
    <message>
        <source>On time</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>Waiting for customer</source>
        <translation>等待客户</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>已达标</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>未达标</translation>
    </message>
</context>
<context>
    <name>sd::core::StaffRepository</name>
    <message>
        <source>A login is 2–32 letters, digits, dots, dashes or underscores.</source>
        <translation>登录名须由 2–32 个字母、数字、点、连字符或下划线组成。</translation>
    </message>
    <message>
        <source>The display name is required.</source>
        <translation>姓名为必填项。</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; is already taken.</source>
        <translation>登录名“%1”已被占用。</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>不能停用自己的账号。</translation>
    </message>
    <message>
        <source>The current password is not correct.</source>
        <translation>当前密码不正确。</translation>
    </message>
    <message>
        <source>No staff member with id %1.</source>
        <translation>不存在 ID 为 %1 的员工。</translation>
    </message>
    <message>
        <source>No staff member with the login &quot;%1&quot;.</source>
        <translation>不存在登录名为“%1”的员工。</translation>
    </message>
    <message>
        <source>The department needs a name.</source>
        <translation>部门必须填写名称。</translation>
    </message>
    <message>
        <source>The database already has staff accounts; the administrator creates further accounts.</source>
        <translation>数据库中已有员工账号；其他账号由系统管理员创建。</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is disabled.</source>
        <translation>账号“%1”已停用。</translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation>登录名或密码错误。</translation>
    </message>
    <message>
        <source>This account is disabled. Ask the administrator.</source>
        <translation>此账号已停用，请联系系统管理员。</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords: this account is locked for %n more minute(s). Wait, or ask the administrator to reset the password.</source>
        <translation>
            <numerusform>密码错误次数过多：此账号已锁定，还需 %n 分钟解锁。请稍候，或请管理员重置密码。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::core::Training</name>
    <message>
        <source>Only the session&apos;s teacher (%1) can do this.</source>
        <translation>只有本期培训的讲师（%1）可以执行此操作。</translation>
    </message>
    <message>
        <source>Seats are still free (%1 of %2 taken).</source>
        <translation>仍有空余名额（已报 %1 / 共 %2）。</translation>
    </message>
    <message>
        <source>Every seat is taken (%1 of %2).</source>
        <translation>名额已满（%1 / %2）。</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <source>Open for registration</source>
        <translation>报名中</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>已满员</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>已举办</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>已评分</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Open registration</source>
        <translation>开放报名</translation>
    </message>
    <message>
        <source>Change the plan</source>
        <translation>修改计划</translation>
    </message>
    <message>
        <source>Register a student</source>
        <translation>学员报名</translation>
    </message>
    <message>
        <source>Cancel a registration</source>
        <translation>取消报名</translation>
    </message>
    <message>
        <source>Mark as full</source>
        <translation>标记满员</translation>
    </message>
    <message>
        <source>Reopen registration</source>
        <translation>重新开放报名</translation>
    </message>
    <message>
        <source>Mark as held</source>
        <translation>标记已举办</translation>
    </message>
    <message>
        <source>Record attendance</source>
        <translation>登记考勤</translation>
    </message>
    <message>
        <source>Record an exam score</source>
        <translation>登记考试成绩</translation>
    </message>
    <message>
        <source>Finish scoring</source>
        <translation>完成评分</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Cancel the session</source>
        <translation>取消培训班</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>培训课程</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>培训老师</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开课时间</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>培训教室</translation>
    </message>
    <message>
        <source>Online link</source>
        <translation>线上会议链接</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量（名额）</translation>
    </message>
    <message>
        <source>Held outside working hours (confirmed)</source>
        <translation>非工作时间开课（已确认）</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>取消原因</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学员</translation>
    </message>
    <message>
        <source>Student&apos;s name</source>
        <translation>学员姓名</translation>
    </message>
    <message>
        <source>Student&apos;s phone</source>
        <translation>学员电话</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Registered from</source>
        <translation>报名来源</translation>
    </message>
    <message>
        <source>First-visit need</source>
        <translation>首访需求</translation>
    </message>
    <message>
        <source>Hotline call</source>
        <translation>热线来电</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>报名记录</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>出勤</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>成绩</translation>
    </message>
    <message>
        <source>Course title</source>
        <translation>课程名称</translation>
    </message>
    <message>
        <source>Kind of course</source>
        <translation>课程类型</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>课程大纲</translation>
    </message>
    <message>
        <source>Duration (hours)</source>
        <translation>课时（小时）</translation>
    </message>
    <message>
        <source>Pass mark</source>
        <translation>及格线</translation>
    </message>
    <message>
        <source>Software operation</source>
        <translation>软件操作培训</translation>
    </message>
    <message>
        <source>Software upgrade</source>
        <translation>软件升级培训</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>业务培训</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>已报名</translation>
    </message>
    <message>
        <source>On the waiting list</source>
        <translation>候补中</translation>
    </message>
    <message>
        <source>Registered from the waiting list</source>
        <translation>候补转正</translation>
    </message>
</context>
<context>
    <name>sd::core::TrainingNotice</name>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>场次</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>培训课程</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学员</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Waiting position</source>
        <translation>候补顺位</translation>
    </message>
    <message>
        <source>Days present</source>
        <translation>出勤天数</translation>
    </message>
    <message>
        <source>Exam attempts</source>
        <translation>考试次数</translation>
    </message>
    <message>
        <source>Last score</source>
        <translation>最近成绩</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>sd::core::TrainingService</name>
    <message>
        <source>Give the room, or the online link for a session held online.</source>
        <translation>请填写培训教室，线上培训请填写会议链接。</translation>
    </message>
    <message>
        <source>The capacity is a number of seats from 1 to %1.</source>
        <translation>容量须为 1 到 %1 个名额。</translation>
    </message>
    <message>
        <source>Choose the course the session teaches.</source>
        <translation>请选择本期培训的课程。</translation>
    </message>
    <message>
        <source>The course is retired: no new sessions are planned from it.</source>
        <translation>该课程已停用，不能再计划新的培训班。</translation>
    </message>
    <message>
        <source>The teacher must be an active member of staff with the training teacher role.</source>
        <translation>讲师须为在职且具有培训老师角色的员工。</translation>
    </message>
    <message>
        <source>Say when the session starts.</source>
        <translation>请填写开课时间。</translation>
    </message>
    <message>
        <source>The session must end after it starts.</source>
        <translation>结束时间须晚于开课时间。</translation>
    </message>
    <message>
        <source>A session lasts at most 31 days; plan several sessions instead.</source>
        <translation>一期培训最长 31 天，请拆分为多期。</translation>
    </message>
    <message>
        <source>The start lies in the past: plan sessions ahead.</source>
        <translation>开课时间已过，请提前计划培训。</translation>
    </message>
    <message>
        <source>The room %1 is taken at that time by session %2.</source>
        <translation>教室 %1 在该时段已被培训班 %2 占用。</translation>
    </message>
    <message>
        <source>The teacher already teaches session %1 at that time.</source>
        <translation>讲师在该时段已有培训班 %1。</translation>
    </message>
    <message>
        <source>%1 is a holiday (%2).</source>
        <translation>%1 是节假日（%2）。</translation>
    </message>
    <message>
        <source>%1 is not a working day.</source>
        <translation>%1 不是工作日。</translation>
    </message>
    <message>
        <source>%1–%2 is outside working hours (%3).</source>
        <translation>%1–%2 不在工作时间内（%3）。</translation>
    </message>
    <message>
        <source>%1 Confirm that the session is held outside working hours (confirm_off_hours) to plan it anyway.</source>
        <translation>%1 如确需在非工作时间开课，请确认“非工作时间开课”（confirm_off_hours）。</translation>
    </message>
    <message>
        <source>The kind of course is one of: %1.</source>
        <translation>课程类型须为以下之一：%1。</translation>
    </message>
    <message>
        <source>The duration is 1 to 200 hours.</source>
        <translation>课时须为 1 到 200 小时。</translation>
    </message>
    <message>
        <source>The pass mark is a score from 0 to 100.</source>
        <translation>及格线须为 0 到 100 之间的分数。</translation>
    </message>
    <message>
        <source>Set up training courses</source>
        <translation>设置培训课程</translation>
    </message>
    <message>
        <source>The course has sessions and stays in their records: retire it instead.</source>
        <translation>该课程已有培训班使用，须保留在记录中，请改为停用。</translation>
    </message>
    <message>
        <source>Plan a training session</source>
        <translation>计划培训班</translation>
    </message>
    <message>
        <source>The training session does not exist.</source>
        <translation>该培训班不存在。</translation>
    </message>
    <message>
        <source>There is no such registration on this session.</source>
        <translation>本期培训没有这条报名记录。</translation>
    </message>
    <message>
        <source>The student holds no seat on this session.</source>
        <translation>该学员在本期培训中没有正式名额。</translation>
    </message>
    <message>
        <source>A seat on session %1 (%2) is yours: you are moved up from the waiting list.</source>
        <translation>您已从候补名单递补为培训班 %1（%2）的正式学员。</translation>
    </message>
    <message>
        <source>%1 students already hold a seat: the capacity cannot be less.</source>
        <translation>已有 %1 名学员占用名额，容量不能少于此数。</translation>
    </message>
    <message>
        <source>There is no such student.</source>
        <translation>没有这名学员。</translation>
    </message>
    <message>
        <source>Give the student (student_id), or the new student&apos;s name and customer.</source>
        <translation>请指定学员（student_id），或填写新学员的姓名和所属客户。</translation>
    </message>
    <message>
        <source>Choose the customer whose staff member the student is.</source>
        <translation>请选择学员所在的客户单位。</translation>
    </message>
    <message>
        <source>The contact does not belong to this customer.</source>
        <translation>该联系人不属于此客户。</translation>
    </message>
    <message>
        <source>Registered from is one of: %1.</source>
        <translation>报名来源须为以下之一：%1。</translation>
    </message>
    <message>
        <source>Choose the first-visit need the student registers for.</source>
        <translation>请选择学员报名所依据的首访需求。</translation>
    </message>
    <message>
        <source>Choose the hotline call the student registers for.</source>
        <translation>请选择学员报名所依据的热线来电。</translation>
    </message>
    <message>
        <source>The need or call is another customer&apos;s.</source>
        <translation>该需求或来电属于其他客户。</translation>
    </message>
    <message>
        <source>The need is not an open training need.</source>
        <translation>该需求不是未处理的培训需求。</translation>
    </message>
    <message>
        <source>The student is already on this session&apos;s list.</source>
        <translation>该学员已在本期培训名单中。</translation>
    </message>
    <message>
        <source>The registration is already cancelled.</source>
        <translation>该报名已取消。</translation>
    </message>
    <message>
        <source>The session starts at %1; it is marked held from then on.</source>
        <translation>本期培训 %1 开课，开课后才能标记为已举办。</translation>
    </message>
    <message>
        <source>Nobody is registered: cancel the session instead.</source>
        <translation>没有学员报名，请改为取消本期培训。</translation>
    </message>
    <message>
        <source>The day is one of the session&apos;s days, %1 to %2 (YYYY-MM-DD).</source>
        <translation>日期须为本期培训的上课日，%1 至 %2（格式 YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Attendance is recorded on the day or after it, not ahead.</source>
        <translation>考勤只能在当天或之后登记，不能提前登记。</translation>
    </message>
    <message>
        <source>The score is a whole number from 0 to 100.</source>
        <translation>成绩须为 0 到 100 之间的整数。</translation>
    </message>
    <message>
        <source>The student has passed this exam: no re-sit is needed.</source>
        <translation>该学员已通过考试，无需补考。</translation>
    </message>
    <message>
        <source>No exam score is recorded yet.</source>
        <translation>尚未登记任何考试成绩。</translation>
    </message>
    <message>
        <source>These students attended but have no score yet: %1.</source>
        <translation>以下学员已出勤但尚无成绩：%1。</translation>
    </message>
    <message>
        <source>Session %1 (%2) is cancelled: %3</source>
        <translation>培训班 %1（%2）已取消：%3</translation>
    </message>
</context>
<context>
    <name>sd::core::TrainingWorkflow</name>
    <message>
        <source>Training sessions</source>
        <translation>培训班</translation>
    </message>
</context>
<context>
    <name>sd::core::Workflow</name>
    <message>
        <source>Unknown action “%1”.</source>
        <translation>未知操作“%1”。</translation>
    </message>
    <message>
        <source>nothing (the record is closed)</source>
        <translation>无（记录已结束）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>“%1” is not possible while the record is “%2”. Possible now: %3.</source>
        <translation>记录处于“%2”状态时不能“%1”。当前可执行：%3。</translation>
    </message>
    <message>
        <source>“%1” must be filled in for “%2”.</source>
        <translation>“%2”需要填写“%1”。</translation>
    </message>
    <message>
        <source>You may not do this on this record.</source>
        <translation>您不能对此记录执行该操作。</translation>
    </message>
    <message>
        <source>“%1” is recorded on its own form, not taken as an action.</source>
        <translation>“%1”在其专用表单中登记，不能作为操作执行。</translation>
    </message>
    <message>
        <source>“%1” is not possible on this record now.</source>
        <translation>此记录当前不能执行“%1”。</translation>
    </message>
</context>
<context>
    <name>sd::core::WorkflowRegistry</name>
    <message>
        <source>“%1” (%2) takes a whole number, not “%3”.</source>
        <translation>“%1”（%2）须为整数，而不是“%3”。</translation>
    </message>
    <message>
        <source>“%1” (%2) is one of: %3.</source>
        <translation>“%1”（%2）须为以下之一：%3。</translation>
    </message>
    <message>
        <source>“%1” (%2) takes a number, not “%3”.</source>
        <translation>“%1”（%2）须为数字，而不是“%3”。</translation>
    </message>
    <message>
        <source>“%1” (%2) takes a date as YYYY-MM-DD, not “%3”.</source>
        <translation>“%1”（%2）须为 YYYY-MM-DD 格式的日期，而不是“%3”。</translation>
    </message>
    <message>
        <source>“%1” (%2) takes a date and time as YYYY-MM-DDTHH:MM, not “%3”.</source>
        <translation>“%1”（%2）须为 YYYY-MM-DDTHH:MM 格式的日期时间，而不是“%3”。</translation>
    </message>
    <message>
        <source>“%1” (%2) is yes or no, not “%3”.</source>
        <translation>“%1”（%2）须为 yes 或 no，而不是“%3”。</translation>
    </message>
    <message>
        <source>“%1” (%2) takes keys of: %3 (comma-separated).</source>
        <translation>“%1”（%2）须为以下取值（逗号分隔）：%3。</translation>
    </message>
    <message>
        <source>%1 are not created one by one: the workflows that need them create them.</source>
        <translation>%1不逐条新建：由需要它们的流程自动创建。</translation>
    </message>
    <message>
        <source>a new record</source>
        <translation>新建记录</translation>
    </message>
    <message>
        <source>“%1” is not a field of %2; its fields: %3.</source>
        <translation>“%1”不是%2的字段；可用字段：%3。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>There is no record with the id “%1”.</source>
        <translation>没有 ID 为“%1”的记录。</translation>
    </message>
    <message>
        <source>There is no record with the id or number “%1”.</source>
        <translation>没有 ID 或编号为“%1”的记录。</translation>
    </message>
</context>
<context>
    <name>sd::core::search</name>
    <message>
        <source>The search text is longer than %1 characters; search for a shorter part of it.</source>
        <translation>搜索内容超过 %1 个字符，请搜索其中较短的一部分。</translation>
    </message>
</context>
<context>
    <name>sd::render::ComplaintReport</name>
    <message>
        <source>Complaints in the last 13 months</source>
        <translation>近 13 个月投诉</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>No complaints</source>
        <translation>无投诉</translation>
    </message>
    <message>
        <source>Timeliness against the deadlines</source>
        <translation>时限达成情况</translation>
    </message>
    <message>
        <source>Reply (3 h)</source>
        <translation>答复（3 小时）</translation>
    </message>
    <message>
        <source>Follow-up (1 working day)</source>
        <translation>回访（1 个工作日）</translation>
    </message>
    <message>
        <source>Feedback to HQ (1 working day)</source>
        <translation>反馈总部（1 个工作日）</translation>
    </message>
    <message>
        <source>nothing due</source>
        <translation>无应办事项</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按时</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>超时完成</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>超时未完成</translation>
    </message>
    <message>
        <source>Not due yet</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>Monthly complaint analysis report %1</source>
        <translation>%1 月度投诉分析报告</translation>
    </message>
    <message>
        <source>To all department managers and the general manager. Due by %1; %2. Figures as of %3.</source>
        <translation>报送各部门经理及总经理。应于 %1 前提交；%2。数据截至 %3。</translation>
    </message>
    <message>
        <source>issued %1</source>
        <translation>已于 %1 发布</translation>
    </message>
    <message>
        <source>not issued yet</source>
        <translation>尚未发布</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Complaints received</source>
        <translation>受理投诉数</translation>
    </message>
    <message>
        <source>From key customers</source>
        <translation>来自重点客户</translation>
    </message>
    <message>
        <source>Replies on time (3 h)</source>
        <translation>按时答复（3 小时）</translation>
    </message>
    <message>
        <source>Follow-ups on time (1 working day)</source>
        <translation>按时回访（1 个工作日）</translation>
    </message>
    <message>
        <source>Feedback to HQ on time</source>
        <translation>按时反馈总部</translation>
    </message>
    <message>
        <source>Satisfied after follow-up</source>
        <translation>回访满意</translation>
    </message>
    <message>
        <source>Open at the time of the report</source>
        <translation>报告时未结</translation>
    </message>
    <message>
        <source>Escalated to HQ service development</source>
        <translation>已升级总部服务发展部</translation>
    </message>
    <message>
        <source>Trend against earlier months</source>
        <translation>与前期对比趋势</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Replies on time</source>
        <translation>按时答复</translation>
    </message>
    <message>
        <source>Satisfied / followed up</source>
        <translation>满意 / 回访</translation>
    </message>
    <message>
        <source>Open and escalated complaints (%1)</source>
        <translation>未结及升级投诉（%1）</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>By source</source>
        <translation>按来源</translation>
    </message>
    <message>
        <source>By complaint class</source>
        <translation>按投诉类别</translation>
    </message>
    <message>
        <source>Valid complaints by department</source>
        <translation>有效投诉（按部门）</translation>
    </message>
    <message>
        <source>Valid complaints by responsible person</source>
        <translation>有效投诉（按责任人）</translation>
    </message>
    <message>
        <source>Complaint registration form</source>
        <translation>投诉登记表</translation>
    </message>
    <message>
        <source>No. %1 · state: %2</source>
        <translation>编号 %1 · 状态：%2</translation>
    </message>
    <message>
        <source>1. Acceptance</source>
        <translation>一、受理</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>受理人</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>HQ ref. / deadline</source>
        <translation>总部编号 / 时限</translation>
    </message>
    <message>
        <source> (key customer)</source>
        <translation>（重点客户）</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <source>Complaint class</source>
        <translation>投诉类别</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <source>Customer wants</source>
        <translation>客户要求</translation>
    </message>
    <message>
        <source>Contract scope</source>
        <translation>合同服务范围</translation>
    </message>
    <message>
        <source>2. Confirmation</source>
        <translation>二、确认</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>确认时间</translation>
    </message>
    <message>
        <source>Quality supervisor</source>
        <translation>质量主管</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>有效性</translation>
    </message>
    <message>
        <source>Responsible department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>Confirmation note</source>
        <translation>确认说明</translation>
    </message>
    <message>
        <source>3. Handling</source>
        <translation>三、处理</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Accountability</source>
        <translation>责任追究</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>处理措施</translation>
    </message>
    <message>
        <source>Reply due / replied</source>
        <translation>答复时限 / 答复时间</translation>
    </message>
    <message>
        <source>Reply to the customer</source>
        <translation>答复客户</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>4. Follow-up and monitoring</source>
        <translation>四、回访与监督</translation>
    </message>
    <message>
        <source>Follow-up due / done</source>
        <translation>回访时限 / 回访时间</translation>
    </message>
    <message>
        <source>Customer satisfied</source>
        <translation>客户是否满意</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>核实情况</translation>
    </message>
    <message>
        <source>Customer&apos;s opinion</source>
        <translation>客户意见</translation>
    </message>
    <message>
        <source>Escalated to HQ</source>
        <translation>已升级总部</translation>
    </message>
    <message>
        <source>HQ reference</source>
        <translation>总部编号</translation>
    </message>
    <message>
        <source>Escalation and progress</source>
        <translation>升级及进展</translation>
    </message>
    <message>
        <source>HQ&apos;s resolution</source>
        <translation>总部处理结果</translation>
    </message>
    <message>
        <source>5. Filing</source>
        <translation>五、归档</translation>
    </message>
    <message>
        <source>Corrective measures</source>
        <translation>纠正措施</translation>
    </message>
    <message>
        <source>Preventive measures</source>
        <translation>预防措施</translation>
    </message>
    <message>
        <source>Feedback to HQ due / done</source>
        <translation>反馈总部时限 / 时间</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈内容</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Filed by</source>
        <translation>归档人</translation>
    </message>
    <message>
        <source>Quality supervisor:</source>
        <translation>质量主管：</translation>
    </message>
    <message>
        <source>Department manager:</source>
        <translation>部门经理：</translation>
    </message>
</context>
<context>
    <name>sd::render::FirstVisitDigest</name>
    <message>
        <source>First-visit needs digest — %1</source>
        <translation>首访需求日报 — %1</translation>
    </message>
    <message>
        <source>No needs were recorded on this day.</source>
        <translation>当天没有记录需求。</translation>
    </message>
    <message>
        <source>To: %1 · %2</source>
        <translation>致：%1 · %2</translation>
    </message>
    <message>
        <source>(no head set)</source>
        <translation>（未设置负责人）</translation>
    </message>
    <message>
        <source> · handed off %1 by %2</source>
        <translation> · 已于 %1 由 %2 确认移交</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Contact / phone</source>
        <translation>联系人 / 电话</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>记录时间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>First-visit needs digest %1</source>
        <translation>首访需求日报 %1</translation>
    </message>
    <message>
        <source>Recorded that working day: %1.</source>
        <translation>该工作日记录：%1。</translation>
    </message>
</context>
<context>
    <name>sd::render::HotlineRecord</name>
    <message>
        <source>Record of hotline service</source>
        <translation>热线服务记录</translation>
    </message>
    <message>
        <source>service code %1</source>
        <translation>服务编码 %1</translation>
    </message>
    <message>
        <source>contract %1</source>
        <translation>合同 %1</translation>
    </message>
    <message>
        <source>Period %1 to %2 · %3 calls · %4 solved · %5 handed on · %6 in hand</source>
        <translation>期间 %1 至 %2 · 来电 %3 次 · 已解决 %4 · 已转交 %5 · 处理中 %6</translation>
    </message>
    <message>
        <source>By problem class:</source>
        <translation>按问题分类：</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Call no.</source>
        <translation>来电编号</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>来电人</translation>
    </message>
    <message>
        <source>Product / module</source>
        <translation>产品 / 模块</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Outcome and solution</source>
        <translation>处理结果与解决方案</translation>
    </message>
    <message>
        <source>No calls in this period.</source>
        <translation>本期间没有来电。</translation>
    </message>
    <message>
        <source>Generated %1 by Service Center Desk.</source>
        <translation>由服务中心工作台于 %1 生成。</translation>
    </message>
    <message>
        <source>Record of hotline service – %1</source>
        <translation>热线服务记录 – %1</translation>
    </message>
    <message>
        <source>%1 · record of hotline service %2 – %3</source>
        <translation>%1 · 热线服务记录 %2 – %3</translation>
    </message>
</context>
<context>
    <name>sd::render::Pdf</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>sd::ui::ActionDialog</name>
    <message numerus="yes">
        <source>%1 — %n open job(s)</source>
        <translation>
            <numerusform>%1 — %n 单未完成</numerusform>
        </translation>
    </message>
    <message>
        <source>Knows %1</source>
        <translation>熟悉 %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Covered by the contract</source>
        <translation>合同内服务</translation>
    </message>
    <message>
        <source>Billable service</source>
        <translation>收费服务</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Dispatch later</source>
        <translation>稍后派工</translation>
    </message>
    <message>
        <source>Note for the engineer</source>
        <translation>给工程师的说明</translation>
    </message>
    <message>
        <source>Agreed with</source>
        <translation>约定人</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Patches / parts</source>
        <translation>补丁 / 配件</translation>
    </message>
    <message>
        <source>5 — very satisfied</source>
        <translation>5 — 非常满意</translation>
    </message>
    <message>
        <source>4 — satisfied</source>
        <translation>4 — 满意</translation>
    </message>
    <message>
        <source>3 — neutral</source>
        <translation>3 — 一般</translation>
    </message>
    <message>
        <source>2 — dissatisfied</source>
        <translation>2 — 不满意</translation>
    </message>
    <message>
        <source>1 — very dissatisfied</source>
        <translation>1 — 很不满意</translation>
    </message>
    <message>
        <source>Customer&apos;s comments</source>
        <translation>客户意见</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Customer&apos;s signature</source>
        <translation>客户签字</translation>
    </message>
    <message>
        <source>Take this step now?</source>
        <translation>现在执行此步骤吗？</translation>
    </message>
    <message>
        <source>Add the solution to the problem base</source>
        <translation>将解决方法加入标准化问题库</translation>
    </message>
    <message>
        <source>Problem class</source>
        <translation>问题分类</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>knows %1</source>
        <translation>熟悉 %1</translation>
    </message>
    <message>
        <source>knows part of %1</source>
        <translation>部分熟悉 %1</translation>
    </message>
    <message>
        <source>does not list %1</source>
        <translation>技能中没有 %1</translation>
    </message>
    <message>
        <source>, near the site</source>
        <translation>，离现场近</translation>
    </message>
    <message>
        <source>Skills: %1</source>
        <translation>技能：%1</translation>
    </message>
    <message>
        <source>none listed</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>区域：%1</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>On site by %1 (the deadline already running; %2).</source>
        <translation>须于 %1 前到场（时限已在计时；%2）。</translation>
    </message>
    <message>
        <source>On site by %1 if dispatched now: %2 for fault level %3 (%4).</source>
        <translation>现在派工须于 %1 前到场：故障级别 %3 的时限为 %2（%4）。</translation>
    </message>
    <message>
        <source>Response target</source>
        <translation>响应时限</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
</context>
<context>
    <name>sd::ui::AdminPage</name>
    <message>
        <source>Staff accounts</source>
        <translation>员工账号</translation>
    </message>
    <message>
        <source>Business calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <source>SLA policies</source>
        <translation>服务时限策略</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <source>Service center</source>
        <translation>服务中心</translation>
    </message>
</context>
<context>
    <name>sd::ui::ApplyProjectDialog</name>
    <message>
        <source>Open an implementation project</source>
        <translation>实施项目立项</translation>
    </message>
    <message>
        <source>Customer name, service code or phone</source>
        <translation>客户名称、服务编码或电话</translation>
    </message>
    <message>
        <source>Open the project</source>
        <translation>立项</translation>
    </message>
    <message>
        <source>%1 %2 implementation</source>
        <translation>%1 %2 实施项目</translation>
    </message>
    <message>
        <source>From the first visit&apos;s need</source>
        <translation>来自首访需求</translation>
    </message>
    <message>
        <source>None: opened by hand</source>
        <translation>无：手工立项</translation>
    </message>
    <message>
        <source>None: opened by hand (%1 waiting)</source>
        <translation>无：手工立项（%1 项需求待接手）</translation>
    </message>
</context>
<context>
    <name>sd::ui::ApprovalsInbox</name>
    <message>
        <source>both approvals</source>
        <translation>项目经理和实施部门经理审批</translation>
    </message>
    <message>
        <source>the project manager</source>
        <translation>项目经理审批</translation>
    </message>
    <message>
        <source>the implementation manager</source>
        <translation>实施部门经理审批</translation>
    </message>
    <message>
        <source>Suspend and terminate requests waiting for your decision, oldest first. Enter or a double click opens the project, where you approve or reject.</source>
        <translation>等待您审批的暂停和终止申请，最早的在前。按回车或双击打开项目，在项目中批准或驳回。</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation>等待</translation>
    </message>
</context>
<context>
    <name>sd::ui::AttendanceDialog</name>
    <message>
        <source>Attendance</source>
        <translation>考勤</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学员</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Tick who was present:</source>
        <translation>勾选出勤的学员：</translation>
    </message>
    <message>
        <source>Record attendance</source>
        <translation>记录考勤</translation>
    </message>
</context>
<context>
    <name>sd::ui::AuditTab</name>
    <message>
        <source>Reload</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>新值</translation>
    </message>
</context>
<context>
    <name>sd::ui::CalendarTab</name>
    <message>
        <source>Working hours (e.g. 08:30-12:00,13:30-17:30):</source>
        <translation>工作时间（如 08:30-12:00,13:30-17:30）：</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年份：</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>导入 CSV…</translation>
    </message>
    <message>
        <source>Add day…</source>
        <translation>添加日期…</translation>
    </message>
    <message>
        <source>Remove day</source>
        <translation>删除日期</translation>
    </message>
    <message>
        <source>Deadline calculator: from</source>
        <translation>时限计算器：从</translation>
    </message>
    <message>
        <source> working min</source>
        <translation> 工作分钟</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>节假日</translation>
    </message>
    <message>
        <source>Make-up working day</source>
        <translation>调休上班日</translation>
    </message>
    <message>
        <source>→ due %1</source>
        <translation>→ 到期时间 %1</translation>
    </message>
    <message>
        <source>Import holidays</source>
        <translation>导入节假日</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 days added, %2 changed, %3 unchanged.</source>
        <translation>新增 %1 天，修改 %2 天，未变 %3 天。</translation>
    </message>
    <message>
        <source>Add day</source>
        <translation>添加日期</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>→ due %1 (%2)</source>
        <translation>→ 到期时间 %1（%2）</translation>
    </message>
</context>
<context>
    <name>sd::ui::CenterTab</name>
    <message>
        <source>Choose the center&apos;s logo</source>
        <translation>选择服务中心标志</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>无标志</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a PNG image.</source>
        <translation>%1 不是 PNG 图片。</translation>
    </message>
    <message>
        <source>Center name (Chinese)</source>
        <translation>服务中心名称（中文）</translation>
    </message>
    <message>
        <source>Center name (English)</source>
        <translation>服务中心名称（英文）</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Service hotline</source>
        <translation>服务热线</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>标志</translation>
    </message>
    <message>
        <source>Choose PNG…</source>
        <translation>选择 PNG…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>The name, address, hotline and logo are printed on the forms the center hands to customers, such as the Service Dispatch Form.</source>
        <translation>名称、地址、服务热线和标志会印在交给客户的单据上，例如服务派工单。</translation>
    </message>
    <message>
        <source>Due soon within</source>
        <translation>即将到期提前</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Due soon within (minutes)</source>
        <translation>即将到期提前（分钟）</translation>
    </message>
    <message>
        <source>Deadlines and promised call-backs this close are shown as due soon on every desk.</source>
        <translation>期限和约定回电在这段时间以内时，各工作台都显示为即将到期。</translation>
    </message>
</context>
<context>
    <name>sd::ui::ComplaintAcceptDialog</name>
    <message>
        <source>Accept a complaint</source>
        <translation>受理投诉</translation>
    </message>
    <message>
        <source>Name, phone or service code, then Enter</source>
        <translation>名称、电话或服务编码，回车查找</translation>
    </message>
    <message>
        <source>HQ set one</source>
        <translation>总部规定了时限</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>No customer matches “%1”</source>
        <translation>没有与“%1”匹配的客户</translation>
    </message>
    <message>
        <source>%1 *:</source>
        <translation>%1 *：</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>Find &amp;customer</source>
        <translation>查找客户(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;ustomer</source>
        <translation>客户(&amp;U)</translation>
    </message>
    <message>
        <source>Sou&amp;rce</source>
        <translation>来源(&amp;R)</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>渠道(&amp;H)</translation>
    </message>
    <message>
        <source>HQ re&amp;ference</source>
        <translation>总部编号(&amp;F)</translation>
    </message>
    <message>
        <source>HQ &amp;deadline</source>
        <translation>总部时限(&amp;D)</translation>
    </message>
    <message>
        <source>Co&amp;mplainant</source>
        <translation>投诉人(&amp;M)</translation>
    </message>
    <message>
        <source>Complainant&apos;s &amp;phone</source>
        <translation>投诉人电话(&amp;P)</translation>
    </message>
    <message>
        <source>Complaint c&amp;lass</source>
        <translation>投诉类别(&amp;L)</translation>
    </message>
    <message>
        <source>What happ&amp;ened</source>
        <translation>投诉内容(&amp;E)</translation>
    </message>
    <message>
        <source>What the customer &amp;wants</source>
        <translation>客户诉求(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Save the complaint (Alt+S)</source>
        <translation>保存投诉（Alt+S）</translation>
    </message>
    <message>
        <source>Only for complaints forwarded by HQ</source>
        <translation>仅用于总部转来的投诉</translation>
    </message>
</context>
<context>
    <name>sd::ui::ComplaintActionDialog</name>
    <message>
        <source>Service commitment (contract):</source>
        <translation>服务承诺（合同）：</translation>
    </message>
</context>
<context>
    <name>sd::ui::ComplaintListModel</name>
    <message>
        <source>Reply</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>HQ feedback</source>
        <translation>反馈总部</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>时限 %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>%1 (key customer)</source>
        <translation>%1（重点客户）</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>投诉内容</translation>
    </message>
</context>
<context>
    <name>sd::ui::ComplaintRegisterWidget</name>
    <message>
        <source>Save the registration form</source>
        <translation>保存投诉登记表</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n 条投诉</numerusform>
        </translation>
    </message>
    <message>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <source>Search number, customer, complainant, what happened (Ctrl+F)</source>
        <translation>搜索编号、客户、投诉人、投诉内容（Ctrl+F）</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未结</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>全部来源</translation>
    </message>
    <message>
        <source>Any validity</source>
        <translation>全部有效性</translation>
    </message>
    <message>
        <source>Key customers</source>
        <translation>重点客户</translation>
    </message>
    <message>
        <source>&amp;New complaint…</source>
        <translation>新建投诉(&amp;N)…</translation>
    </message>
    <message>
        <source>Registration form as &amp;PDF…</source>
        <translation>登记表导出 &amp;PDF…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Next step:</source>
        <translation>下一步：</translation>
    </message>
</context>
<context>
    <name>sd::ui::ComplaintReportWidget</name>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Due by %1 · issued %2</source>
        <translation>应于 %1 前提交 · 已于 %2 发布</translation>
    </message>
    <message>
        <source>Due by %1 · &lt;b style=&apos;color:#b42318&apos;&gt;overdue, not issued&lt;/b&gt;</source>
        <translation>应于 %1 前提交 · &lt;b style=&apos;color:#b42318&apos;&gt;已超时，尚未发布&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Due by %1 · not issued yet</source>
        <translation>应于 %1 前提交 · 尚未发布</translation>
    </message>
    <message>
        <source>Complaints in %1</source>
        <translation>%1 投诉情况</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>From key customers</source>
        <translation>来自重点客户</translation>
    </message>
    <message>
        <source>Replies on time (3 h)</source>
        <translation>按时答复（3 小时）</translation>
    </message>
    <message>
        <source>Follow-ups on time</source>
        <translation>按时回访</translation>
    </message>
    <message>
        <source>Feedback to HQ on time</source>
        <translation>按时反馈总部</translation>
    </message>
    <message>
        <source>Satisfied after follow-up</source>
        <translation>回访满意</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未结</translation>
    </message>
    <message>
        <source>Escalated to HQ</source>
        <translation>已升级总部</translation>
    </message>
    <message>
        <source>Complaints in the last 13 months</source>
        <translation>近 13 个月投诉</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Timeliness against the deadlines</source>
        <translation>时限达成情况</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按时</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>超时完成</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>超时未完成</translation>
    </message>
    <message>
        <source>Not due yet</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>HQ feedback</source>
        <translation>反馈总部</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>By source</source>
        <translation>按来源</translation>
    </message>
    <message>
        <source>By complaint class</source>
        <translation>按投诉类别</translation>
    </message>
    <message>
        <source>Valid complaints by department</source>
        <translation>有效投诉（按部门）</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>导出 &amp;PDF…</translation>
    </message>
    <message>
        <source>Export C&amp;SV…</source>
        <translation>导出 C&amp;SV…</translation>
    </message>
    <message>
        <source>Mark as &amp;issued</source>
        <translation>标记为已发布(&amp;I)</translation>
    </message>
    <message>
        <source>Sent to all department managers and the general manager: stops the reminder.</source>
        <translation>已发送各部门经理及总经理：停止提醒。</translation>
    </message>
</context>
<context>
    <name>sd::ui::ComplaintsPage</name>
    <message>
        <source>Complaint register</source>
        <translation>投诉登记</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>月度报告</translation>
    </message>
</context>
<context>
    <name>sd::ui::CourseDialog</name>
    <message>
        <source>Edit course</source>
        <translation>编辑培训课程</translation>
    </message>
    <message>
        <source>New course</source>
        <translation>新建培训课程</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>课程名称(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>培训类别(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>产品(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Modules:</source>
        <translation>模块(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Outline:</source>
        <translation>课程大纲(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Duration (hours):</source>
        <translation>课时（小时）(&amp;D)：</translation>
    </message>
    <message>
        <source>Exam &amp;pass mark:</source>
        <translation>考试及格分(&amp;P)：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Create course</source>
        <translation>创建课程</translation>
    </message>
</context>
<context>
    <name>sd::ui::CustomerCardWidget</name>
    <message>
        <source>Region:</source>
        <translation>区域：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Service code:</source>
        <translation>服务编码：</translation>
    </message>
    <message>
        <source>Dongle no.:</source>
        <translation>加密狗号：</translation>
    </message>
    <message>
        <source>Contract:</source>
        <translation>服务合同：</translation>
    </message>
    <message>
        <source>Entitlements:</source>
        <translation>服务权益：</translation>
    </message>
    <message>
        <source>Products:</source>
        <translation>产品：</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>★ Key customer</source>
        <translation>★ 重点客户</translation>
    </message>
    <message>
        <source>VIP channel</source>
        <translation>VIP通道</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>QQ / WeChat</source>
        <translation>QQ / 微信</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation>未选择客户</translation>
    </message>
    <message>
        <source>1 licence</source>
        <translation>1 个许可</translation>
    </message>
    <message>
        <source>%1 licences</source>
        <translation>%1 个许可</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>无记录</translation>
    </message>
    <message>
        <source>✓ system admin</source>
        <translation>✓ 系统管理员</translation>
    </message>
    <message>
        <source>No service contract</source>
        <translation>无服务合同</translation>
    </message>
    <message>
        <source>%1 contract starts on %2 — not in force yet</source>
        <translation>%1 合同自 %2 起生效，目前尚未生效</translation>
    </message>
    <message>
        <source>Contract expired on %2 (%1) — service is billable</source>
        <translation>合同已于 %2 到期（%1）——服务需收费</translation>
    </message>
    <message>
        <source>Paid service only</source>
        <translation>仅提供收费服务</translation>
    </message>
    <message>
        <source>%1, valid until %2</source>
        <translation>%1，有效期至 %2</translation>
    </message>
    <message>
        <source>(expires today)</source>
        <translation>（今天到期）</translation>
    </message>
    <message>
        <source>(expires tomorrow)</source>
        <translation>（明天到期）</translation>
    </message>
    <message>
        <source>(expires in %1 days)</source>
        <translation>（%1 天后到期）</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>合同号 %1</translation>
    </message>
    <message>
        <source>Free maintenance until %1</source>
        <translation>免费维护至 %1</translation>
    </message>
    <message>
        <source>Paid maintenance (warranty ended)</source>
        <translation>收费维护（保修期已过）</translation>
    </message>
    <message>
        <source>Free upgrade to the latest version</source>
        <translation>免费升级到最新版本</translation>
    </message>
    <message>
        <source>Upgrades billable</source>
        <translation>升级需收费</translation>
    </message>
    <message>
        <source>On-site visits included</source>
        <translation>含现场服务</translation>
    </message>
    <message>
        <source>On-site visits billable</source>
        <translation>现场服务需收费</translation>
    </message>
    <message>
        <source>Recent records</source>
        <translation>近期记录</translation>
    </message>
    <message>
        <source>QQ/WeChat %1</source>
        <translation>QQ/微信 %1</translation>
    </message>
    <message>
        <source>Training record</source>
        <translation>培训记录</translation>
    </message>
    <message>
        <source>Implementation projects</source>
        <translation>实施项目</translation>
    </message>
</context>
<context>
    <name>sd::ui::CustomerDialog</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Customer — %1</source>
        <translation>客户 — %1</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>服务合同</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation>公司名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>区域(&amp;R)：</translation>
    </message>
    <message>
        <source>Drives the on-site response target: same city 2 h, nearby 12 h, other provinces 48 h.</source>
        <translation>决定现场响应时限：同城 2 小时，周边 12 小时，外省 48 小时。</translation>
    </message>
    <message>
        <source>&amp;Key customer</source>
        <translation>重点客户(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;VIP channel</source>
        <translation>VIP通道(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Dongle no.:</source>
        <translation>加密狗号(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>行业(&amp;I)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>QQ / WeChat</source>
        <translation>QQ / 微信</translation>
    </message>
    <message>
        <source>System admin</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <source>Several phones in one cell, separated by semicolons: 010-1234 5678; 139 1234 5678. Any of them may be the caller ID.</source>
        <translation>一个单元格可填写多个电话，以分号分隔：010-1234 5678; 139 1234 5678。其中任一号码都可作为来电号码识别。</translation>
    </message>
    <message>
        <source>Contract no.</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Warranty (months)</source>
        <translation>保修期（月）</translation>
    </message>
    <message>
        <source>On-site included</source>
        <translation>含现场服务</translation>
    </message>
    <message>
        <source>Free upgrade</source>
        <translation>免费升级</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>许可数</translation>
    </message>
    <message>
        <source>Purchased on</source>
        <translation>购买日期</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>A colleague saved this customer while you were editing. Nothing is lost: for each field that differs, choose which value to keep, then save.</source>
        <translation>您编辑期间，同事保存了此客户。数据不会丢失：请为每个不同的字段选择要保留的值，然后保存。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Their version (saved)</source>
        <translation>对方版本（已保存）</translation>
    </message>
    <message>
        <source>My version</source>
        <translation>我的版本</translation>
    </message>
    <message>
        <source>both changed — choose one</source>
        <translation>双方均有修改——请选择其一</translation>
    </message>
    <message>
        <source>changed by them</source>
        <translation>对方已修改</translation>
    </message>
    <message>
        <source>changed by me</source>
        <translation>我已修改</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Edit this customer (F2)</source>
        <translation>编辑此客户（F2）</translation>
    </message>
    <message>
        <source>Your role cannot edit customers.</source>
        <translation>您的角色无权编辑客户。</translation>
    </message>
    <message>
        <source>Save merged</source>
        <translation>保存合并结果</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <source>Back to my edit</source>
        <translation>返回我的编辑</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>放弃修改？</translation>
    </message>
    <message>
        <source>Your changes to this customer are not saved. Discard them?</source>
        <translation>您对此客户的修改尚未保存。是否放弃？</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>公司名称</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Key customer</source>
        <translation>重点客户</translation>
    </message>
    <message>
        <source>VIP channel</source>
        <translation>VIP通道</translation>
    </message>
    <message>
        <source>Service code</source>
        <translation>服务编码</translation>
    </message>
    <message>
        <source>Dongle no.</source>
        <translation>加密狗号</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>system admin</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <source>warranty %1 months</source>
        <translation>保修 %1 个月</translation>
    </message>
    <message>
        <source>on-site included</source>
        <translation>含现场服务</translation>
    </message>
    <message>
        <source>free upgrade</source>
        <translation>免费升级</translation>
    </message>
    <message>
        <source>%1 licences</source>
        <translation>%1 个许可</translation>
    </message>
    <message>
        <source>service code %1</source>
        <translation>服务编码 %1</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>…另有 %1 个</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>可能重复</translation>
    </message>
    <message>
        <source>This customer may already exist (same name, phone or service code):

%1

Save it as a new customer anyway?</source>
        <translation>此客户可能已存在（名称、电话或服务编码相同）：

%1

仍要保存为新客户吗？</translation>
    </message>
    <message>
        <source>Save as new</source>
        <translation>保存为新客户</translation>
    </message>
    <message>
        <source>Open the existing one</source>
        <translation>打开已有客户</translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation>已于 %1 保存。</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Choose their value or yours for &quot;%1&quot; first.</source>
        <translation>请先为“%1”选择对方的值或您的值。</translation>
    </message>
    <message>
        <source>Service &amp;code:</source>
        <translation>服务编码(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>sd::ui::CustomerListModel</name>
    <message>
        <source>%1 until %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>The service contract has expired</source>
        <translation>服务合同已到期</translation>
    </message>
    <message>
        <source>Key customer</source>
        <translation>重点客户</translation>
    </message>
    <message>
        <source>VIP channel</source>
        <translation>VIP通道</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Service code</source>
        <translation>服务编码</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>服务合同</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>标记</translation>
    </message>
</context>
<context>
    <name>sd::ui::CustomerListPage</name>
    <message>
        <source>Search name, phone, contact, service code…</source>
        <translation>搜索名称、电话、联系人、服务编码…</translation>
    </message>
    <message>
        <source>Type any part of a name, phone number, contact or code. Esc clears.</source>
        <translation>输入名称、电话号码、联系人或编码的任意部分。按 Esc 清除。</translation>
    </message>
    <message>
        <source>&amp;New customer</source>
        <translation>新建客户(&amp;N)</translation>
    </message>
    <message>
        <source>Your role cannot create customers.</source>
        <translation>您的角色无权新建客户。</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>List not loaded</source>
        <translation>列表未加载</translation>
    </message>
    <message>
        <source>1 customer</source>
        <translation>1 个客户</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 个客户</translation>
    </message>
</context>
<context>
    <name>sd::ui::CustomerTraining</name>
    <message>
        <source>passed (%1)</source>
        <translation>通过（%1 分）</translation>
    </message>
    <message>
        <source>not passed (%1)</source>
        <translation>未通过（%1 分）</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>候补中</translation>
    </message>
</context>
<context>
    <name>sd::ui::DispatchBoardPage</name>
    <message>
        <source>Waiting for verification</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>Waiting for dispatch</source>
        <translation>待派工</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>已派工</translation>
    </message>
    <message>
        <source>Appointment booked</source>
        <translation>已预约</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>现场服务中</translation>
    </message>
    <message>
        <source>Form returned</source>
        <translation>派工单已返回</translation>
    </message>
    <message>
        <source>Not solved / HQ</source>
        <translation>未解决 / 总部</translation>
    </message>
    <message>
        <source>Verified and archived</source>
        <translation>已审核归档</translation>
    </message>
    <message numerus="yes">
        <source>%n quarterly return visit(s) scheduled.</source>
        <translation>
            <numerusform>已安排 %n 个季度回访。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 open on-site jobs, %2 overdue</source>
        <translation>未完成现场派工 %1 单，超时 %2 单</translation>
    </message>
    <message>
        <source>All engineers</source>
        <translation>全部工程师</translation>
    </message>
    <message>
        <source>Not yet dispatched</source>
        <translation>尚未派工</translation>
    </message>
    <message>
        <source>%1 return visits due in the next two weeks, %2 overdue</source>
        <translation>两周内待回访 %1 个，已逾期 %2 个</translation>
    </message>
    <message>
        <source>Choose a job on the board (arrow keys, Enter).</source>
        <translation>在看板上选择一张派工单（方向键、回车）。</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>Fault level</source>
        <translation>故障级别</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>服务地址</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <source>Charging</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Covered by the contract</source>
        <translation>合同内服务</translation>
    </message>
    <message>
        <source>Billable service</source>
        <translation>收费服务</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>工程师</translation>
    </message>
    <message>
        <source>Response due</source>
        <translation>响应时限</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>预约时间</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>到达时间</translation>
    </message>
    <message>
        <source>Sent back</source>
        <translation>退回原因</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>工作内容</translation>
    </message>
    <message>
        <source>Time on site</source>
        <translation>现场用时</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Form returned for completion</source>
        <translation>派工单退回补充</translation>
    </message>
    <message>
        <source>Not solved because</source>
        <translation>未解决原因</translation>
    </message>
    <message>
        <source>HQ reference</source>
        <translation>总部受理编号</translation>
    </message>
    <message>
        <source>HQ&apos;s answer</source>
        <translation>总部答复</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>解决情况</translation>
    </message>
    <message>
        <source>Closed because</source>
        <translation>关闭原因</translation>
    </message>
    <message>
        <source>Dispatch history</source>
        <translation>派工历史</translation>
    </message>
    <message>
        <source>Save the Service Dispatch Form</source>
        <translation>保存服务派工单</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Dissatisfied customer</source>
        <translation>客户不满意</translation>
    </message>
    <message>
        <source>Dispatch board</source>
        <translation>派工看板</translation>
    </message>
    <message>
        <source>Return visits</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Reload the board (F5)</source>
        <translation>重新加载看板（F5）</translation>
    </message>
    <message>
        <source>New on-site request…</source>
        <translation>新建现场服务申请…</translation>
    </message>
    <message>
        <source>Engineers (drop a job to dispatch)</source>
        <translation>工程师（拖放派工单即可派工）</translation>
    </message>
    <message>
        <source>Print form…</source>
        <translation>打印派工单…</translation>
    </message>
    <message>
        <source>Print the Service Dispatch Form (Ctrl+P)</source>
        <translation>打印服务派工单（Ctrl+P）</translation>
    </message>
    <message>
        <source>Save form as PDF…</source>
        <translation>派工单另存为 PDF…</translation>
    </message>
    <message>
        <source>Language of the printed form</source>
        <translation>打印派工单的语言</translation>
    </message>
    <message>
        <source>Record visit…</source>
        <translation>登记回访…</translation>
    </message>
    <message>
        <source>Schedule this quarter&apos;s visits</source>
        <translation>安排本季度回访</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>应回访日期</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>回访原因</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>%1 gave a score of %2. Open a complaint in the complaint register now?</source>
        <translation>%1 的评分为 %2 分。现在就在投诉登记中登记投诉吗？</translation>
    </message>
    <message>
        <source>Complaint opened</source>
        <translation>投诉已登记</translation>
    </message>
    <message>
        <source>Complaint %1 is registered for %2; the complaint desk takes it from here.</source>
        <translation>已为 %2 登记投诉 %1，后续由投诉受理处理。</translation>
    </message>
</context>
<context>
    <name>sd::ui::DutyRosterPage</name>
    <message numerus="yes">
        <source>%n shifts copied to the next week.</source>
        <translation>
            <numerusform>已复制 %n 个班次到下周。</numerusform>
        </translation>
    </message>
    <message>
        <source>◀ Previous week (Alt+←)</source>
        <translation>◀ 上一周（Alt+←）</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>Next week (Alt+→) ▶</source>
        <translation>下一周（Alt+→）▶</translation>
    </message>
    <message>
        <source>Copy this week to the next</source>
        <translation>复制本周到下周</translation>
    </message>
    <message>
        <source>Only staff on duty (or a manager) take calls</source>
        <translation>仅值班人员（或服务经理）可受理来电</translation>
    </message>
    <message>
        <source>Enter or double-click on a cell adds a shift; Delete removes the cell&apos;s last shift. ☎ marks after-hours on-call duty.</source>
        <translation>在单元格上按回车或双击添加班次；按 Delete 删除该格最后一个班次。☎ 表示非工作时间值守。</translation>
    </message>
    <message>
        <source>Your shifts are marked. ☎ marks after-hours on-call duty; the service manager arranges the roster.</source>
        <translation>您的班次已标出。☎ 表示非工作时间值守；值班表由服务经理安排。</translation>
    </message>
    <message>
        <source>Week of %1 – %2</source>
        <translation>%1 – %2 周</translation>
    </message>
    <message>
        <source> (me)</source>
        <translation>（我）</translation>
    </message>
    <message>
        <source>Shift for %1 on %2</source>
        <translation>%1 在 %2 的班次</translation>
    </message>
    <message>
        <source>After-hours on-call</source>
        <translation>非工作时间值守</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>从：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>到：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>From / To</source>
        <translation>起止时间</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>sd::ui::Errors</name>
    <message>
        <source>Someone else saved first</source>
        <translation>他人已先保存</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>无权操作</translation>
    </message>
    <message>
        <source>Please check the input</source>
        <translation>请检查输入</translation>
    </message>
    <message>
        <source>Record not found</source>
        <translation>找不到记录</translation>
    </message>
    <message>
        <source>Not possible now</source>
        <translation>当前无法执行</translation>
    </message>
    <message>
        <source>Database problem</source>
        <translation>数据库错误</translation>
    </message>
    <message>
        <source>Program too old</source>
        <translation>程序版本过旧</translation>
    </message>
    <message>
        <source>File problem</source>
        <translation>文件错误</translation>
    </message>
    <message>
        <source>Login failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Your changes are kept; compare them with the saved version before saving again.</source>
        <translation>您的修改已保留；请先与已保存的版本比较，再重新保存。</translation>
    </message>
    <message>
        <source>Your account does not have the role for this. Ask your service manager or the administrator if you need it.</source>
        <translation>您的账号没有执行此操作所需的角色。如有需要，请联系服务经理或系统管理员。</translation>
    </message>
    <message>
        <source>Nothing was saved; correct the field and save again.</source>
        <translation>未保存任何内容；请更正该字段后重新保存。</translation>
    </message>
    <message>
        <source>It may have been deleted by a colleague. Refresh the list.</source>
        <translation>可能已被同事删除。请刷新列表。</translation>
    </message>
    <message>
        <source>Nothing was saved. Try again; if it keeps happening, call the administrator.</source>
        <translation>未保存任何内容。请重试；如果问题仍然出现，请联系系统管理员。</translation>
    </message>
</context>
<context>
    <name>sd::ui::FirstVisitDigestsWidget</name>
    <message>
        <source>Export digest as CSV</source>
        <translation>导出日报为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export digest as PDF</source>
        <translation>导出日报为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>so far</source>
        <translation>截至目前</translation>
    </message>
    <message>
        <source> · not a working day</source>
        <translation> · 非工作日</translation>
    </message>
    <message>
        <source> · closes at %1</source>
        <translation> · %1 下班汇总</translation>
    </message>
    <message>
        <source>No needs were recorded on this day.</source>
        <translation>当天没有记录需求。</translation>
    </message>
    <message>
        <source>&amp;Working day</source>
        <translation>工作日(&amp;W)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Previous working day (Alt+←)</source>
        <translation>上一个工作日 (Alt+←)</translation>
    </message>
    <message>
        <source>Hand off (Ctrl+H)</source>
        <translation>确认移交 (Ctrl+H)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>To</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>需求数</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>sd::ui::FirstVisitPage</name>
    <message>
        <source>%1 due now · %2 scheduled later</source>
        <translation>%1 条待办 · %2 条稍后联系</translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) · %1 unreachable: call the customer or retry</source>
        <translation>
            <numerusform>共 %n 条提交 · %1 条联系不上：请联系客户或重新联系</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s)</source>
        <translation>
            <numerusform>共 %n 条提交</numerusform>
        </translation>
    </message>
    <message>
        <source>Import submissions</source>
        <translation>导入提交</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV 文件 (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) submitted to the first-visit queue.</source>
        <translation>
            <numerusform>已向首访队列提交 %n 个客户。</numerusform>
        </translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>首访队列</translation>
    </message>
    <message>
        <source>Who is due now, then the calls scheduled later (Alt+Q)</source>
        <translation>现在待办的，然后是稍后安排的回拨 (Alt+Q)</translation>
    </message>
    <message>
        <source>My submissions</source>
        <translation>我的提交</translation>
    </message>
    <message>
        <source>The customers I submitted and where they are (Alt+M)</source>
        <translation>我提交的客户及其进度 (Alt+M)</translation>
    </message>
    <message>
        <source>Needs digests</source>
        <translation>需求日报</translation>
    </message>
    <message>
        <source>The daily hand-off to the department heads (Alt+G)</source>
        <translation>每日移交给各部门负责人 (Alt+G)</translation>
    </message>
    <message>
        <source>Open (Enter)</source>
        <translation>打开 (Enter)</translation>
    </message>
    <message>
        <source>New submission (Ctrl+Shift+N)</source>
        <translation>新提交 (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>导入 CSV…</translation>
    </message>
</context>
<context>
    <name>sd::ui::FirstVisitQueueModel</name>
    <message>
        <source>now</source>
        <translation>现在</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>%1 (possible duplicate)</source>
        <translation>%1（可能重复）</translation>
    </message>
    <message>
        <source>New submission</source>
        <translation>新提交</translation>
    </message>
    <message>
        <source>Verified, needs to record</source>
        <translation>已核实，待记录需求</translation>
    </message>
    <message>
        <source>Customer reached, verifying</source>
        <translation>已接通，核实中</translation>
    </message>
    <message>
        <source>Retry (%1)</source>
        <translation>重新联系（%1）</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重新联系</translation>
    </message>
    <message>
        <source>waits %1</source>
        <translation>已等 %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>%1后</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待</translation>
    </message>
    <message>
        <source>Next call</source>
        <translation>下次联系</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Due / submitted</source>
        <translation>到期 / 提交时间</translation>
    </message>
    <message>
        <source>Failed calls</source>
        <translation>未接通次数</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>提交人</translation>
    </message>
</context>
<context>
    <name>sd::ui::FirstVisitWorkWidget</name>
    <message>
        <source>State: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>submitted %1 by %2</source>
        <translation>%2 于 %1 提交</translation>
    </message>
    <message numerus="yes">
        <source>%n call attempt(s), %1 failed</source>
        <translation>
            <numerusform>通话 %n 次，未接通 %1 次</numerusform>
        </translation>
    </message>
    <message>
        <source>next call %1</source>
        <translation>下次联系 %1</translation>
    </message>
    <message>
        <source>Possible duplicate of %1 — check with the customer.</source>
        <translation>可能与 %1 重复 — 请与客户核实。</translation>
    </message>
    <message>
        <source>✓ verified</source>
        <translation>✓ 已核实</translation>
    </message>
    <message>
        <source>✎ corrected</source>
        <translation>✎ 已更正</translation>
    </message>
    <message>
        <source>to check</source>
        <translation>待核对</translation>
    </message>
    <message>
        <source>next %1</source>
        <translation>下次 %1</translation>
    </message>
    <message>
        <source> · digest %1</source>
        <translation> · %1 日报</translation>
    </message>
    <message>
        <source>Suggested: %1 (another half-day, in working hours). You may change it.</source>
        <translation>建议：%1（换一个时段，在工作时间内）。可以修改。</translation>
    </message>
    <message>
        <source>Submitted fields</source>
        <translation>提交的信息</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交值</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前值</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>核对</translation>
    </message>
    <message>
        <source>Space: verified · F2 or type: correct, Enter saves</source>
        <translation>空格：已核实 · F2 或直接输入：更正，Enter 保存</translation>
    </message>
    <message>
        <source>Verified (Space)</source>
        <translation>已核实（空格）</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Next call</source>
        <translation>下次联系</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下次</translation>
    </message>
    <message>
        <source>By / note</source>
        <translation>人员 / 备注</translation>
    </message>
    <message>
        <source>Informing checklist (Alt+1 … Alt+4)</source>
        <translation>告知清单 (Alt+1 … Alt+4)</translation>
    </message>
    <message>
        <source>Note when not ticked</source>
        <translation>未勾选时请写明原因</translation>
    </message>
    <message>
        <source>Service needs (Ctrl+D)</source>
        <translation>服务需求 (Ctrl+D)</translation>
    </message>
    <message>
        <source>What the customer needs — Enter adds it</source>
        <translation>客户需要什么 — Enter 添加</translation>
    </message>
    <message>
        <source>Add need</source>
        <translation>添加需求</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Back to the list (Esc)</source>
        <translation>返回列表 (Esc)</translation>
    </message>
    <message>
        <source>Finish verification (Ctrl+Enter)</source>
        <translation>完成核实 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Record needs (Ctrl+Enter)</source>
        <translation>记录需求 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Retry (Ctrl+Enter)</source>
        <translation>重新联系 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>&amp;Why is the submission withdrawn? *</source>
        <translation>撤回原因(&amp;W) *</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Call attempt (%1)</source>
        <translation>联系记录（%1）</translation>
    </message>
    <message>
        <source>Alt+O</source>
        <translation>Alt+O</translation>
    </message>
    <message>
        <source>Log attempt (%1)</source>
        <translation>记录本次联系（%1）</translation>
    </message>
    <message>
        <source>Log this call attempt: %1</source>
        <translation>记录本次联系：%1</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open %1.</source>
        <translation>双击或按 Enter 打开%1。</translation>
    </message>
</context>
<context>
    <name>sd::ui::HomePage</name>
    <message>
        <source>Hotline call</source>
        <translation>热线来电</translation>
    </message>
    <message>
        <source>Remote session</source>
        <translation>远程协助</translation>
    </message>
    <message>
        <source>On-site dispatch</source>
        <translation>现场派工</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Monthly complaint report</source>
        <translation>月度投诉报告</translation>
    </message>
    <message>
        <source>Good morning, %1</source>
        <translation>%1，上午好</translation>
    </message>
    <message>
        <source>Good afternoon, %1</source>
        <translation>%1，下午好</translation>
    </message>
    <message>
        <source>Good evening, %1</source>
        <translation>%1，晚上好</translation>
    </message>
    <message>
        <source>You hold no role yet; ask the administrator.</source>
        <translation>您尚未被分配任何角色；请联系系统管理员。</translation>
    </message>
    <message>
        <source>Your roles: %1</source>
        <translation>您的角色：%1</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>The customer count is not available.</source>
        <translation>无法获取客户数量。</translation>
    </message>
    <message>
        <source>%1 customers on file</source>
        <translation>客户档案共 %1 个</translation>
    </message>
    <message>
        <source>Open the customer list</source>
        <translation>打开客户列表</translation>
    </message>
    <message>
        <source>A customer is calling? Type any part of the phone number or the company name into the caller lookup (Ctrl+L).</source>
        <translation>客户来电？在来电查询中输入电话号码或公司名称的任意部分（Ctrl+L）。</translation>
    </message>
    <message>
        <source>Caller lookup</source>
        <translation>来电查询</translation>
    </message>
    <message>
        <source>Alerts for you</source>
        <translation>给您的提醒</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>标为已读</translation>
    </message>
    <message>
        <source>First visit</source>
        <translation>首访</translation>
    </message>
    <message>
        <source>Return visit</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>现在到期</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Deadlines that need attention — mine, and my team&apos;s</source>
        <translation>需要关注的时限 — 我的和我团队的</translation>
    </message>
    <message>
        <source>Nothing due — no deadline of yours or your team&apos;s is overdue, due now or due within the hour.</source>
        <translation>暂无到期事项 — 您和您团队的时限均未超时、未到期，一小时内也无到期。</translation>
    </message>
    <message>
        <source>Whose</source>
        <translation>归属</translation>
    </message>
    <message>
        <source>Double-click to open the record.</source>
        <translation>双击打开该记录。</translation>
    </message>
</context>
<context>
    <name>sd::ui::HotlineActionDialog</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>暂不确定</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>解决方案</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Add to the problem base</source>
        <translation>加入问题库</translation>
    </message>
    <message>
        <source>Phenomenon for the base</source>
        <translation>入库问题现象</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>What is being consulted</source>
        <translation>待咨询的问题</translation>
    </message>
    <message>
        <source>Call back by</source>
        <translation>回电时限</translation>
    </message>
    <message>
        <source>Remote session (tool, ID)</source>
        <translation>远程会话（工具、编号）</translation>
    </message>
    <message>
        <source>Why on-site</source>
        <translation>现场支持原因</translation>
    </message>
    <message>
        <source>Wanted by</source>
        <translation>期望完成日期</translation>
    </message>
    <message>
        <source>Possible another way</source>
        <translation>能否用其他方式实现</translation>
    </message>
    <message>
        <source>Customer agrees to custom development</source>
        <translation>客户同意定制开发</translation>
    </message>
    <message>
        <source>Feasible</source>
        <translation>是否可行</translation>
    </message>
    <message>
        <source>Can be done by the wanted date</source>
        <translation>能否按期完成</translation>
    </message>
    <message>
        <source>Man-days</source>
        <translation>人天</translation>
    </message>
    <message>
        <source>Fee (CNY)</source>
        <translation>费用（元）</translation>
    </message>
    <message>
        <source>Customer accepts</source>
        <translation>客户接受</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <source>Submitted as</source>
        <translation>提交类型</translation>
    </message>
    <message>
        <source>Software bug</source>
        <translation>软件缺陷</translation>
    </message>
    <message>
        <source>Optimisation request</source>
        <translation>优化建议</translation>
    </message>
    <message>
        <source>HQ reference</source>
        <translation>总部编号</translation>
    </message>
    <message>
        <source>HQ answer or patch</source>
        <translation>总部答复或补丁</translation>
    </message>
    <message>
        <source>The complaint</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <source>Re-training note</source>
        <translation>培训建议</translation>
    </message>
    <message>
        <source>Closing note</source>
        <translation>关闭说明</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation>（未回答）</translation>
    </message>
</context>
<context>
    <name>sd::ui::HotlineDeskPage</name>
    <message>
        <source>to remote</source>
        <translation>转远程</translation>
    </message>
    <message>
        <source>to on-site</source>
        <translation>转现场</translation>
    </message>
    <message>
        <source>feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>solve</source>
        <translation>解决</translation>
    </message>
    <message>
        <source>call back</source>
        <translation>回电</translation>
    </message>
    <message>
        <source>&lt;b&gt;Open calls&lt;/b&gt; (Enter opens)</source>
        <translation>&lt;b&gt;未结来电&lt;/b&gt;（回车打开）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Due soon&lt;/b&gt;</source>
        <translation>&lt;b&gt;即将到期&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>来电</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>&amp;Caller:</source>
        <translation>来电(&amp;C)：</translation>
    </message>
    <message>
        <source>Phone (any part) or company, then Enter</source>
        <translation>电话（任意部分）或公司名称，回车查询</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>联系人：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>渠道(&amp;H)：</translation>
    </message>
    <message>
        <source>Problem c&amp;lass:</source>
        <translation>问题分类(&amp;L)：</translation>
    </message>
    <message>
        <source>Fault le&amp;vel:</source>
        <translation>故障级别(&amp;V)：</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>产品：</translation>
    </message>
    <message>
        <source>Module:</source>
        <translation>模块：</translation>
    </message>
    <message>
        <source>Billing:</source>
        <translation>计费：</translation>
    </message>
    <message>
        <source>Complex problem</source>
        <translation>复杂问题</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>问题描述(&amp;D)：</translation>
    </message>
    <message>
        <source>&lt;b&gt;Problem base&lt;/b&gt; – matching entries (Enter applies)</source>
        <translation>&lt;b&gt;标准化问题库&lt;/b&gt; – 匹配条目（回车采用）</translation>
    </message>
    <message>
        <source>Phenomenon</source>
        <translation>问题现象</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>解决方案</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>使用次数</translation>
    </message>
    <message>
        <source>New call (Ctrl+N)</source>
        <translation>新来电（Ctrl+N）</translation>
    </message>
    <message>
        <source>Log call (Ctrl+S)</source>
        <translation>登记来电（Ctrl+S）</translation>
    </message>
    <message>
        <source>&lt;b&gt;The caller&apos;s calls&lt;/b&gt;</source>
        <translation>&lt;b&gt;该客户的来电&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Record of hotline service…</source>
        <translation>热线服务记录…</translation>
    </message>
    <message>
        <source>Call %1 – %2</source>
        <translation>来电 %1 – %2</translation>
    </message>
    <message>
        <source>New call</source>
        <translation>新来电</translation>
    </message>
    <message>
        <source>Nobody found for “%1”: log the call as consultation or paid service.</source>
        <translation>未找到“%1”：请按咨询或有偿服务登记。</translation>
    </message>
    <message>
        <source>One match: Enter takes it.</source>
        <translation>找到一个匹配：回车选用。</translation>
    </message>
    <message>
        <source>%1 matches: choose with the arrow keys and Enter.</source>
        <translation>找到 %1 个匹配：用方向键选择后回车。</translation>
    </message>
    <message>
        <source>Contract %1 valid until %2.</source>
        <translation>%1 合同有效期至 %2。</translation>
    </message>
    <message>
        <source>No valid contract: it expired on %1. Log the call as paid service or consultation.</source>
        <translation>无有效合同：已于 %1 到期。请按有偿服务或咨询登记。</translation>
    </message>
    <message>
        <source>No service contract. Log the call as paid service or consultation.</source>
        <translation>无服务合同。请按有偿服务或咨询登记。</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>已采用</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>采用</translation>
    </message>
    <message>
        <source>Standard solution applied: %1</source>
        <translation>已采用标准解决方案：%1</translation>
    </message>
    <message>
        <source>Call %1 logged. F2 solved · F3 on hold · F4 remote · F6 on-site.</source>
        <translation>来电 %1 已登记。F2 已解决 · F3 挂起 · F4 远程 · F6 现场。</translation>
    </message>
    <message>
        <source>Solution: %1</source>
        <translation>解决方案：%1</translation>
    </message>
    <message>
        <source>On hold: %1, call back by %2</source>
        <translation>挂起：%1，%2 前回电</translation>
    </message>
    <message>
        <source>HQ reference %1</source>
        <translation>总部编号 %1</translation>
    </message>
    <message>
        <source>On-site: %1</source>
        <translation>现场：%1</translation>
    </message>
    <message>
        <source>Re-training suggested: %1</source>
        <translation>建议重新培训：%1</translation>
    </message>
    <message>
        <source>In the problem base as entry %1</source>
        <translation>已作为问题库条目 %1 入库</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <source>Suggested: consultation (unknown caller). Paid service is the other choice.</source>
        <translation>建议：按咨询登记（未识别来电人），也可选有偿服务。</translation>
    </message>
    <message>
        <source>Suggested from the caller&apos;s contract %1.</source>
        <translation>按来电客户的 %1 合同建议。</translation>
    </message>
    <message>
        <source>Suggested: paid service (no valid contract). Consultation is the other choice.</source>
        <translation>建议：按有偿服务登记（无有效合同），也可选咨询。</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>On-site job</source>
        <translation>派工单</translation>
    </message>
    <message>
        <source>The hotline service is not available.</source>
        <translation>热线服务不可用。</translation>
    </message>
</context>
<context>
    <name>sd::ui::HotlineRecordDialog</name>
    <message>
        <source>Record of hotline service</source>
        <translation>热线服务记录</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>从：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>到：</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>另存为 CSV…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>hotline-record.pdf</source>
        <translation>热线服务记录.pdf</translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <translation>另存为 CSV</translation>
    </message>
    <message>
        <source>hotline-record.csv</source>
        <translation>热线服务记录.csv</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n calls</source>
        <translation>
            <numerusform>%1：来电 %n 次</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::ui::JobCard</name>
    <message>
        <source>waiting %1 d %2 h</source>
        <translation>已等待 %1 天 %2 小时</translation>
    </message>
    <message>
        <source>waiting %1 h %2 min</source>
        <translation>已等待 %1 小时 %2 分</translation>
    </message>
    <message>
        <source>waiting %1 min</source>
        <translation>已等待 %1 分钟</translation>
    </message>
    <message>
        <source>L%1</source>
        <translation>%1级</translation>
    </message>
</context>
<context>
    <name>sd::ui::LogDayDialog</name>
    <message>
        <source>Confirm a day of the implementation log</source>
        <translation>确认实施日志</translation>
    </message>
    <message>
        <source>A second confirmation of the same day replaces the entry.</source>
        <translation>同一天再次确认将替换原日志。</translation>
    </message>
    <message>
        <source>Confirm the day</source>
        <translation>确认日志</translation>
    </message>
</context>
<context>
    <name>sd::ui::LoginDialog</name>
    <message>
        <source>Enter your login.</source>
        <translation>请输入登录名。</translation>
    </message>
    <message>
        <source>Service Center Desk — Log in</source>
        <translation>服务中心工作台 — 登录</translation>
    </message>
    <message>
        <source>Service Center Desk</source>
        <translation>服务中心工作台</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>语言(&amp;G)：</translation>
    </message>
    <message>
        <source>Your login, e.g. hotline1</source>
        <translation>您的登录名，如 hotline1</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Demo accounts</source>
        <translation>演示账号</translation>
    </message>
    <message>
        <source>This is a demo database. Click an account to fill in the fields, double-click to log in at once.</source>
        <translation>这是演示数据库。单击账号可自动填写，双击可直接登录。</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
</context>
<context>
    <name>sd::ui::MainWindow</name>
    <message>
        <source>Desk overview</source>
        <translation>工作台概览</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>service code %1</source>
        <translation>服务编码 %1</translation>
    </message>
    <message>
        <source>No customer matches “%1”</source>
        <translation>没有与“%1”匹配的客户</translation>
    </message>
    <message>
        <source>The deadlines could not be read</source>
        <translation>无法读取时限</translation>
    </message>
    <message>
        <source>Nothing due</source>
        <translation>暂无到期事项</translation>
    </message>
    <message>
        <source>Show on the desk overview</source>
        <translation>在工作台概览中查看</translation>
    </message>
    <message>
        <source>Check again now</source>
        <translation>立即重新检查</translation>
    </message>
    <message>
        <source>About Service Center Desk</source>
        <translation>关于服务中心工作台</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Service Center Desk %1&lt;/h3&gt;&lt;p&gt;Customers, hotline, on-site dispatch, projects, training and complaints of an after-sales service center.&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;Schema version: %3&lt;br&gt;Logged in as: %4&lt;/p&gt;&lt;p&gt;Built with Qt %5.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;服务中心工作台 %1&lt;/h3&gt;&lt;p&gt;售后服务中心的客户、热线、现场派工、项目、培训和投诉管理。&lt;/p&gt;&lt;p&gt;数据库：%2&lt;br&gt;结构版本：%3&lt;br&gt;当前登录：%4&lt;/p&gt;&lt;p&gt;基于 Qt %5 构建。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Service Center Desk — %1</source>
        <translation>服务中心工作台 — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Caller &amp;lookup</source>
        <translation>来电查询(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Service Center Desk</source>
        <translation>关于服务中心工作台(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Caller lookup</source>
        <translation>来电查询</translation>
    </message>
    <message>
        <source>Caller:</source>
        <translation>来电：</translation>
    </message>
    <message>
        <source>Phone number (any part) or company name — Ctrl+L</source>
        <translation>电话号码（任意部分）或公司名称 — Ctrl+L</translation>
    </message>
    <message>
        <source>Type any part of the caller&apos;s phone number or the company name, pick a match and press Enter to see the customer&apos;s card; Enter again opens the customer.</source>
        <translation>输入来电号码或公司名称的任意部分，选择匹配项后按 Enter 查看客户卡片；再按 Enter 打开该客户。</translation>
    </message>
    <message>
        <source>Caller card</source>
        <translation>来电客户卡片</translation>
    </message>
    <message>
        <source>Press Enter in the caller box or click the button below to open the customer.</source>
        <translation>在来电输入框中按 Enter 或单击下方按钮打开该客户。</translation>
    </message>
    <message>
        <source>Open records</source>
        <translation>未结记录</translation>
    </message>
    <message>
        <source>No open records</source>
        <translation>无未结记录</translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation>打开客户</translation>
    </message>
    <message>
        <source>Logged in: %1 (%2)</source>
        <translation>已登录：%1（%2）</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n 项已超时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due soon</source>
        <translation>
            <numerusform>%n 项即将到期</numerusform>
        </translation>
    </message>
    <message>
        <source>Deadlines unavailable</source>
        <translation>时限不可用</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>系统管理</translation>
    </message>
    <message>
        <source>On-site dispatch</source>
        <translation>现场派工</translation>
    </message>
    <message>
        <source>First visit</source>
        <translation>首访</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉登记</translation>
    </message>
    <message>
        <source>Hotline desk</source>
        <translation>热线</translation>
    </message>
    <message>
        <source>Duty roster</source>
        <translation>值班表</translation>
    </message>
    <message>
        <source>Problem base</source>
        <translation>标准化问题库</translation>
    </message>
    <message>
        <source>mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Log &amp;out / switch user</source>
        <translation>注销 / 切换用户(&amp;O)</translation>
    </message>
    <message>
        <source>Log out and let another person log in at this desk (%1)</source>
        <translation>注销，让其他人在本工作台登录（%1）</translation>
    </message>
    <message numerus="yes">
        <source>%n due now</source>
        <translation>
            <numerusform>%n 项现在到期</numerusform>
        </translation>
    </message>
    <message>
        <source>Mine: %1</source>
        <translation>我的：%1</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>团队：%1</translation>
    </message>
    <message>
        <source>Deadlines that need attention, checked every minute: mine (assigned to me) and my team&apos;s (the desks my roles oversee). Overdue: past the deadline; due now: a scheduled call whose time has come; due soon: past the warning or within the hour, in the clock&apos;s own working or calendar time. Click to list them.</source>
        <translation>需要关注的时限，每分钟检查一次：我的（分配给我的）和我团队的（我的角色所负责的工作台）。已超时：已过时限；现在到期：预约的电话时间已到；即将到期：已过预警点或一小时内到期，按各时钟自身的工作时间或日历时间计算。单击可列出。</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>实施项目</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>用户培训</translation>
    </message>
    <message>
        <source>The project tracker is not among your desks.</source>
        <translation>您的工作台中没有实施项目。</translation>
    </message>
</context>
<context>
    <name>sd::ui::NewRequestDialog</name>
    <message>
        <source>New on-site request</source>
        <translation>新建现场服务申请</translation>
    </message>
    <message>
        <source>Phone digits or company name</source>
        <translation>电话号码或公司名称</translation>
    </message>
    <message>
        <source>1 — system down / service interrupted</source>
        <translation>1 — 系统瘫痪 / 服务中断</translation>
    </message>
    <message>
        <source>2 — risk of going down</source>
        <translation>2 — 有瘫痪风险</translation>
    </message>
    <message>
        <source>3 — degraded or partial service</source>
        <translation>3 — 性能下降或部分服务受影响</translation>
    </message>
    <message>
        <source>4 — intermittent or indirect</source>
        <translation>4 — 间歇或间接影响</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Fault level</source>
        <translation>故障级别</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>Send to the dispatch board</source>
        <translation>提交到派工看板</translation>
    </message>
</context>
<context>
    <name>sd::ui::PlanSessionDialog</name>
    <message>
        <source>Change the plan of %1</source>
        <translation>修改场次 %1 的安排</translation>
    </message>
    <message>
        <source>Plan a training session</source>
        <translation>安排培训场次</translation>
    </message>
    <message>
        <source>For a session held online: the meeting link</source>
        <translation>线上培训：填写会议链接</translation>
    </message>
    <message>
        <source>Hold it at that time anyway (confirmed)</source>
        <translation>确认仍在该时间举办</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>each day</source>
        <translation>（每天）</translation>
    </message>
    <message>
        <source>&amp;Course:</source>
        <translation>培训课程(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Teacher:</source>
        <translation>培训老师(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>时间(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>培训教室(&amp;R)：</translation>
    </message>
    <message>
        <source>Online &amp;link:</source>
        <translation>线上链接(&amp;L)：</translation>
    </message>
    <message>
        <source>C&amp;apacity (seats):</source>
        <translation>名额（人）(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Save the plan</source>
        <translation>保存安排</translation>
    </message>
    <message>
        <source>Plan session</source>
        <translation>安排场次</translation>
    </message>
    <message>
        <source>The session falls outside working hours: tick “Hold it at that time anyway” to plan it so.</source>
        <translation>该场次不在工作时间内：如确需在该时间举办，请勾选“确认仍在该时间举办”。</translation>
    </message>
</context>
<context>
    <name>sd::ui::ProblemBasePage</name>
    <message>
        <source>Search phenomenon, cause, solution, product, tags (Chinese or English) – Ctrl+F</source>
        <translation>搜索现象、原因、解决方案、产品、标签（中英文均可）– Ctrl+F</translation>
    </message>
    <message>
        <source>Phenomenon</source>
        <translation>问题现象</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>使用次数</translation>
    </message>
    <message>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <source>Phenomenon:</source>
        <translation>问题现象：</translation>
    </message>
    <message>
        <source>Cause:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Solution:</source>
        <translation>解决方案：</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>产品：</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <source>Module:</source>
        <translation>模块：</translation>
    </message>
    <message>
        <source>Problem class:</source>
        <translation>问题分类：</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>New (Ins)</source>
        <translation>新建（Ins）</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <source>History (Ctrl+H)</source>
        <translation>修改历史（Ctrl+H）</translation>
    </message>
    <message>
        <source>Merge duplicates (Ctrl+M)</source>
        <translation>合并重复（Ctrl+M）</translation>
    </message>
    <message>
        <source>All entries (%1)</source>
        <translation>全部条目（%1）</translation>
    </message>
    <message>
        <source>(no product)</source>
        <translation>（无产品）</translation>
    </message>
    <message>
        <source>(no module)</source>
        <translation>（无模块）</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 条</translation>
    </message>
    <message>
        <source>Entry %1</source>
        <translation>条目 %1</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>新条目</translation>
    </message>
    <message>
        <source>Used %1 times · by %2 · %3 · changed %4</source>
        <translation>使用 %1 次 · 作者 %2 · %3 · 修改于 %4</translation>
    </message>
    <message>
        <source>from a hotline call</source>
        <translation>来自热线来电</translation>
    </message>
    <message>
        <source>from an on-site job</source>
        <translation>来自现场服务</translation>
    </message>
    <message>
        <source>entered by hand</source>
        <translation>手工录入</translation>
    </message>
    <message>
        <source>A new entry: fill in phenomenon, solution and class, then Ctrl+S.</source>
        <translation>新条目：填写现象、解决方案和分类后按 Ctrl+S。</translation>
    </message>
    <message>
        <source>Merge duplicates</source>
        <translation>合并重复条目</translation>
    </message>
    <message>
        <source>Select the duplicates together with the entry to keep (Ctrl+click or Shift+arrows); the current entry keeps its text and gets their uses.</source>
        <translation>请同时选中重复条目和要保留的条目（Ctrl+单击或 Shift+方向键）；当前条目保留其内容并累计它们的使用次数。</translation>
    </message>
    <message numerus="yes">
        <source>Merge %n entries into entry %1? Their uses and call links move to it.</source>
        <translation>
            <numerusform>把 %n 个条目合并到条目 %1？它们的使用次数和来电关联将转到该条目。</numerusform>
        </translation>
    </message>
    <message>
        <source>History of entry %1</source>
        <translation>条目 %1 的修改历史</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
</context>
<context>
    <name>sd::ui::ProjectActionDialog</name>
    <message numerus="yes">
        <source>%1 — %n active project(s)</source>
        <translation>
            <numerusform>%1 — 在建项目 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n planned day(s) this month</source>
        <translation>
            <numerusform>本月计划 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Take this step now?</source>
        <translation>现在执行这一步吗？</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Choose the project manager</source>
        <translation>请选择项目经理</translation>
    </message>
    <message>
        <source>Each person&apos;s load: projects not yet closed, and the working days their projects&apos; stages plan for this month.</source>
        <translation>每人的工作负荷：尚未关闭的项目数，以及其项目各阶段本月计划的工作日数。</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n working day(s))</source>
        <translation>
            <numerusform>%1（%n 个工作日）</numerusform>
        </translation>
    </message>
    <message>
        <source>The project&apos;s product has no plan template: add the stages one by one.</source>
        <translation>该项目的产品没有计划模板：请逐个添加阶段。</translation>
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
        <translation>通过</translation>
    </message>
    <message>
        <source>failed, work incomplete</source>
        <translation>未通过，工作未完成</translation>
    </message>
    <message>
        <source>failed, presales commitment or product gap</source>
        <translation>未通过，售前承诺或产品缺陷</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Terminate</source>
        <translation>终止</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Choose a project in the list.</source>
        <translation>请在列表中选择一个项目。</translation>
    </message>
    <message>
        <source>not yet assigned</source>
        <translation>尚未指派</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Project manager</source>
        <translation>项目经理</translation>
    </message>
    <message>
        <source>Consultants</source>
        <translation>实施顾问</translation>
    </message>
    <message>
        <source>Budgeted days</source>
        <translation>预算人天</translation>
    </message>
    <message>
        <source>The acceptance report, to print or send to the customer</source>
        <translation>项目验收报告，可打印或发给客户</translation>
    </message>
    <message>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <source>No step for you on this project now.</source>
        <translation>目前此项目没有需要您处理的步骤。</translation>
    </message>
    <message>
        <source>%1 (late)</source>
        <translation>%1（已逾期）</translation>
    </message>
    <message>
        <source>Stage “%1”:</source>
        <translation>阶段“%1”：</translation>
    </message>
    <message>
        <source>Attempt %1: &lt;b&gt;%2&lt;/b&gt; %3 (%4)</source>
        <translation>第 %1 次实施：&lt;b&gt;%2&lt;/b&gt; %3（%4）</translation>
    </message>
    <message>
        <source>Deliverables: %1</source>
        <translation>交付物：%1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>另有 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) without a log entry:</source>
        <translation>
            <numerusform>%n 个工作日缺少实施日志：</numerusform>
        </translation>
    </message>
    <message>
        <source>No working day is missing from the log.</source>
        <translation>实施日志没有缺漏的工作日。</translation>
    </message>
    <message>
        <source>Consultants of the project log the days of a stage being worked on.</source>
        <translation>由项目的实施顾问填写正在实施阶段的日志。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Stages and timeline</source>
        <translation>阶段与进度图</translation>
    </message>
    <message>
        <source>Log book</source>
        <translation>实施日志</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>项目文档</translation>
    </message>
    <message>
        <source>Suspend / terminate requests</source>
        <translation>暂停 / 终止申请</translation>
    </message>
    <message>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>实施次数</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>实施顾问</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>工时</translation>
    </message>
    <message>
        <source>Confirmed by</source>
        <translation>客户确认人</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>工作内容</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>添加人</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Implementation manager</source>
        <translation>实施部门经理</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Confirm a &amp;day…</source>
        <translation>确认日志(&amp;D)…</translation>
    </message>
    <message>
        <source>Add a document…</source>
        <translation>添加文档…</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>另存副本…</translation>
    </message>
    <message>
        <source>Kept in the database: at most %1 MB a file; %2.</source>
        <translation>文档保存在数据库中：每个文件最大 %1 MB；允许类型：%2。</translation>
    </message>
    <message>
        <source>Acceptance report</source>
        <translation>验收报告</translation>
    </message>
</context>
<context>
    <name>sd::ui::ProjectListModel</name>
    <message numerus="yes">
        <source>%n late stage(s)</source>
        <translation>
            <numerusform>%n 个阶段逾期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing log day(s)</source>
        <translation>
            <numerusform>缺日志 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n approval(s) pending</source>
        <translation>
            <numerusform>%n 项待审批</numerusform>
        </translation>
    </message>
    <message>
        <source>On track</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Project manager</source>
        <translation>项目经理</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>阶段进度</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康状况</translation>
    </message>
</context>
<context>
    <name>sd::ui::ProjectsPage</name>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>共 %n 个项目</numerusform>
        </translation>
    </message>
    <message>
        <source>Approvals (%1)</source>
        <translation>待审批（%1）</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目列表</translation>
    </message>
    <message>
        <source>Search number, project or customer (Ctrl+F)</source>
        <translation>搜索编号、项目名称或客户（Ctrl+F）</translation>
    </message>
    <message>
        <source>Open projects</source>
        <translation>未关闭的项目</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Last changed first</source>
        <translation>最近更新在前</translation>
    </message>
    <message>
        <source>Late stages first</source>
        <translation>逾期阶段在前</translation>
    </message>
    <message>
        <source>By number</source>
        <translation>按编号</translation>
    </message>
    <message>
        <source>By customer</source>
        <translation>按客户</translation>
    </message>
    <message>
        <source>My projects</source>
        <translation>我的项目</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
</context>
<context>
    <name>sd::ui::RegisterStudentDialog</name>
    <message>
        <source>Register a student — %1</source>
        <translation>学员报名 — %1</translation>
    </message>
    <message>
        <source>Every seat of “%1” is taken: the student goes onto the waiting list.</source>
        <translation>“%1”名额已满：该学员将进入候补名单。</translation>
    </message>
    <message>
        <source>“%1”: %2 of %3 seats taken.</source>
        <translation>“%1”：已报名 %2 人，共 %3 个名额。</translation>
    </message>
    <message>
        <source>Company name, service code or phone — Enter to search</source>
        <translation>单位名称、服务编码或电话 — 按回车查找</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>客户(&amp;C)：</translation>
    </message>
    <message>
        <source>S&amp;tudent:</source>
        <translation>学员(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>Put on the waiting list</source>
        <translation>加入候补</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>报名</translation>
    </message>
    <message>
        <source>No customer matches “%1”.</source>
        <translation>没有与“%1”匹配的客户。</translation>
    </message>
    <message>
        <source>A new student of this customer…</source>
        <translation>该客户的新学员…</translation>
    </message>
</context>
<context>
    <name>sd::ui::ScoreDialog</name>
    <message>
        <source>Re-sit score — %1</source>
        <translation>补考成绩 — %1</translation>
    </message>
    <message>
        <source>Exam score — %1</source>
        <translation>考试成绩 — %1</translation>
    </message>
    <message>
        <source>“%1”: %2 points pass.</source>
        <translation>“%1”：%2 分及格。</translation>
    </message>
    <message>
        <source>Attempt %1; last score %2.</source>
        <translation>第 %1 次考试；上次成绩 %2 分。</translation>
    </message>
    <message>
        <source>&amp;Score (0–100):</source>
        <translation>成绩（0–100）(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Record score</source>
        <translation>记录成绩</translation>
    </message>
</context>
<context>
    <name>sd::ui::SlaTab</name>
    <message>
        <source>&amp;Edit target…</source>
        <translation>编辑目标(&amp;E)…</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>适用范围</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Measured in</source>
        <translation>计时方式</translation>
    </message>
    <message>
        <source>Warn at</source>
        <translation>预警点</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>fault level %1</source>
        <translation>故障级别 %1</translation>
    </message>
    <message>
        <source>key customers</source>
        <translation>重点客户</translation>
    </message>
    <message>
        <source>VIP channel</source>
        <translation>VIP通道</translation>
    </message>
    <message>
        <source>contract %1</source>
        <translation>合同 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>working time</source>
        <translation>工作时间</translation>
    </message>
    <message>
        <source>wall-clock time</source>
        <translation>自然时间</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>SLA target: %1</source>
        <translation>服务时限目标：%1</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Target time:</source>
        <translation>目标时间：</translation>
    </message>
    <message>
        <source>Measured in:</source>
        <translation>计时方式：</translation>
    </message>
    <message>
        <source>Warn at:</source>
        <translation>预警点：</translation>
    </message>
</context>
<context>
    <name>sd::ui::StageTimeline</name>
    <message>
        <source>No stages planned yet.</source>
        <translation>尚未计划阶段。</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已验收</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
</context>
<context>
    <name>sd::ui::SubmissionDialog</name>
    <message>
        <source>Possible duplicate</source>
        <translation>可能重复</translation>
    </message>
    <message>
        <source>Submit it anyway (flagged as a possible duplicate)?</source>
        <translation>仍然提交（标记为可能重复）？</translation>
    </message>
    <message>
        <source>Submit a new customer for the first visit</source>
        <translation>提交新客户，进入首访</translation>
    </message>
    <message>
        <source>C&amp;ontact</source>
        <translation>联系人(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Phones</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>电子邮箱(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Modules</source>
        <translation>模块(&amp;M)</translation>
    </message>
    <message>
        <source>Service co&amp;de</source>
        <translation>服务编码(&amp;D)</translation>
    </message>
    <message>
        <source>Do&amp;ngle number</source>
        <translation>加密狗号(&amp;N)</translation>
    </message>
    <message>
        <source>Contract &amp;type</source>
        <translation>合同类型(&amp;T)</translation>
    </message>
    <message>
        <source>Sa&amp;le date</source>
        <translation>销售日期(&amp;L)</translation>
    </message>
    <message>
        <source>Sale deta&amp;ils</source>
        <translation>销售详情(&amp;I)</translation>
    </message>
    <message>
        <source>several: separate with ;</source>
        <translation>多个号码用 ; 分隔</translation>
    </message>
    <message>
        <source>e.g. 用友U8+ 16.0; 畅捷通T+Cloud 18.0</source>
        <translation>例如：用友U8+ 16.0; 畅捷通T+Cloud 18.0</translation>
    </message>
    <message>
        <source>e.g. 总账,UFO报表,应收应付</source>
        <translation>例如：总账,UFO报表,应收应付</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>&amp;Company *</source>
        <translation>公司(&amp;C) *</translation>
    </message>
    <message>
        <source>Soft&amp;ware</source>
        <translation>软件(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>提交(&amp;S)</translation>
    </message>
    <message>
        <source>Contract &amp;from</source>
        <translation>合同开始(&amp;F)</translation>
    </message>
    <message>
        <source>Contract &amp;until</source>
        <translation>合同结束(&amp;U)</translation>
    </message>
</context>
<context>
    <name>sd::ui::TrainingCourseCatalog</name>
    <message>
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>培训课程</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>课时</translation>
    </message>
    <message>
        <source>Pass mark</source>
        <translation>及格分</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>课程大纲</translation>
    </message>
    <message>
        <source>Show retired courses</source>
        <translation>显示已停用课程</translation>
    </message>
    <message>
        <source>&amp;New course…</source>
        <translation>新建课程(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>停用(&amp;R)</translation>
    </message>
    <message>
        <source>No new sessions from it; its sessions and scores stay</source>
        <translation>不再据此安排新场次；已有场次和成绩保留</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Only a course no session uses can be deleted</source>
        <translation>只有未安排过场次的课程可以删除</translation>
    </message>
    <message>
        <source>A course with sessions is retired, not deleted: its sessions and scores stay in the record.</source>
        <translation>已安排过场次的课程只能停用、不能删除：其场次和成绩保留在记录中。</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 学时</translation>
    </message>
</context>
<context>
    <name>sd::ui::TrainingPage</name>
    <message>
        <source>%1 of %2 sessions shown (latest first)</source>
        <translation>显示 %1 / 共 %2 个场次（最新的在前）</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Running between</source>
        <translation>举办时间在</translation>
    </message>
    <message>
        <source>&amp;Plan a session…</source>
        <translation>安排场次(&amp;P)…</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>培训场次</translation>
    </message>
    <message>
        <source>Course catalogue</source>
        <translation>课程目录</translation>
    </message>
    <message>
        <source>Sessions: %1</source>
        <translation>场次：%1 个</translation>
    </message>
</context>
<context>
    <name>sd::ui::TrainingSessionDetail</name>
    <message>
        <source>First-visit need</source>
        <translation>首访需求</translation>
    </message>
    <message>
        <source>Hotline call</source>
        <translation>热线来电</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>直接报名</translation>
    </message>
    <message>
        <source>Cancel a registration</source>
        <translation>取消报名</translation>
    </message>
    <message>
        <source>Why does the student not come? (optional)</source>
        <translation>学员不能参加的原因（可不填）：</translation>
    </message>
    <message>
        <source>Save the student list</source>
        <translation>保存学员名单</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Student list saved to %1.</source>
        <translation>学员名单已保存到 %1。</translation>
    </message>
    <message>
        <source>Save the notice</source>
        <translation>保存培训通知</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Notice saved to %1.</source>
        <translation>培训通知已保存到 %1。</translation>
    </message>
    <message>
        <source>Room %1</source>
        <translation>教室：%1</translation>
    </message>
    <message>
        <source>Online: %1</source>
        <translation>线上：%1</translation>
    </message>
    <message>
        <source>%1 · teacher %2</source>
        <translation>%1 · 培训老师 %2</translation>
    </message>
    <message>
        <source>%1 of %2 seats taken · %3 waiting · exam pass mark %4</source>
        <translation>已报名 %1 / 共 %2 名 · 候补 %3 人 · 考试 %4 分及格</translation>
    </message>
    <message>
        <source>Held outside working hours (confirmed)</source>
        <translation>在工作时间外举办（已确认）</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>已取消：%1</translation>
    </message>
    <message>
        <source>Choose a session in the list.</source>
        <translation>请在列表中选择一个场次。</translation>
    </message>
    <message>
        <source>Waiting, no. %1</source>
        <translation>候补第 %1 位</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Students (%1)</source>
        <translation>学员（%1）</translation>
    </message>
    <message>
        <source>Asking for training (%1)</source>
        <translation>培训需求（%1）</translation>
    </message>
    <message>
        <source>Notices sent (%1)</source>
        <translation>已发通知（%1）</translation>
    </message>
    <message>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <source>Record a re-sit score…</source>
        <translation>记录补考成绩…</translation>
    </message>
    <message>
        <source>Record exam score…</source>
        <translation>记录考试成绩…</translation>
    </message>
    <message>
        <source>The plan is changed.</source>
        <translation>场次安排已修改。</translation>
    </message>
    <message>
        <source>Why is the session cancelled? Everyone registered or waiting is notified.</source>
        <translation>取消场次的原因？已报名和候补的学员都会收到通知。</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>已完成：%1。</translation>
    </message>
    <message>
        <source>%1 is on the waiting list, no. %2.</source>
        <translation>%1 已进入候补名单，第 %2 位。</translation>
    </message>
    <message>
        <source>%1 is registered.</source>
        <translation>%1 已报名。</translation>
    </message>
    <message>
        <source>%1&apos;s registration is cancelled.</source>
        <translation>%1 的报名已取消。</translation>
    </message>
    <message>
        <source>%1&apos;s registration is cancelled; %2 moves up from the waiting list and is notified.</source>
        <translation>%1 的报名已取消；候补学员 %2 转为正式报名，并已通知。</translation>
    </message>
    <message>
        <source>%1 (%2) is registered from the %3.</source>
        <translation>%1（%2）已根据%3报名。</translation>
    </message>
    <message>
        <source>first-visit need, which is now taken up</source>
        <translation>首访培训需求（该需求已标记为已承接）</translation>
    </message>
    <message>
        <source>hotline call</source>
        <translation>热线来电</translation>
    </message>
    <message>
        <source>Attendance recorded.</source>
        <translation>考勤已记录。</translation>
    </message>
    <message>
        <source>%1: %2 points — %3.</source>
        <translation>%1：%2 分 — %3。</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>not passed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学员</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Days present</source>
        <translation>出勤天数</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>成绩</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>记录日期</translation>
    </message>
    <message>
        <source>What they need</source>
        <translation>需求内容</translation>
    </message>
    <message>
        <source>Register a student…</source>
        <translation>学员报名…</translation>
    </message>
    <message>
        <source>Cancel registration…</source>
        <translation>取消报名…</translation>
    </message>
    <message>
        <source>Attendance…</source>
        <translation>考勤…</translation>
    </message>
    <message>
        <source>Register the selected one</source>
        <translation>为选中的需求报名</translation>
    </message>
    <message>
        <source>Registers the person and marks the first-visit need taken up</source>
        <translation>为此人报名，并将首访需求标记为已承接</translation>
    </message>
    <message>
        <source>Notice as PDF</source>
        <translation>培训通知 PDF</translation>
    </message>
    <message>
        <source>Student list as CSV…</source>
        <translation>学员名单 CSV…</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>学员</translation>
    </message>
    <message>
        <source>Asking for training</source>
        <translation>培训需求</translation>
    </message>
    <message>
        <source>Notices sent</source>
        <translation>已发通知</translation>
    </message>
    <message>
        <source>(%1 attempts)</source>
        <translation>（共考 %1 次）</translation>
    </message>
    <message>
        <source>The session is cancelled; students notified: %1.</source>
        <translation>场次已取消，已通知学员 %1 名。</translation>
    </message>
</context>
<context>
    <name>sd::ui::TrainingSessionModel</name>
    <message>
        <source>online</source>
        <translation>线上</translation>
    </message>
    <message>
        <source>Online: %1</source>
        <translation>线上：%1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>场次编号</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>培训课程</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>培训时间</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>培训老师</translation>
    </message>
    <message>
        <source>Room / link</source>
        <translation>教室 / 链接</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>报名 / 名额</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>候补</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>sd::ui::UsersTab</name>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Edit staff account</source>
        <translation>编辑员工账号</translation>
    </message>
    <message>
        <source>New staff account</source>
        <translation>新建员工账号</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Products and modules, comma-separated</source>
        <translation>产品和模块，以逗号分隔</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>登录名：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>部门：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>邮箱：</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>区域：</translation>
    </message>
    <message>
        <source>Skills:</source>
        <translation>技能：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>确认密码：</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>新建账号(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Disable / enable</source>
        <translation>停用 / 启用</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Region / skills</source>
        <translation>区域 / 技能</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation>停用账号</translation>
    </message>
    <message>
        <source>Disable the account of %1? They can no longer log in; their records stay.</source>
        <translation>停用 %1 的账号？停用后将无法登录，其记录仍会保留。</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>New password (at least 8 characters):</source>
        <translation>新密码（至少 8 个字符）：</translation>
    </message>
    <message>
        <source>The password was changed.</source>
        <translation>密码已修改。</translation>
    </message>
    <message>
        <source>Search login, name or department</source>
        <translation>搜索登录名、姓名或部门</translation>
    </message>
    <message numerus="yes">
        <source>%n department(s)</source>
        <translation>
            <numerusform>%n 个部门</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1，分属 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n 个账户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 accounts shown</source>
        <translation>
            <numerusform>显示 %n 个账户（共 %1 个）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::ui::VisitDialog</name>
    <message>
        <source>Return visit — %1</source>
        <translation>回访 — %1</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>电话回访</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>上门回访</translation>
    </message>
    <message>
        <source>5 — very good</source>
        <translation>5 — 很好</translation>
    </message>
    <message>
        <source>4 — good</source>
        <translation>4 — 好</translation>
    </message>
    <message>
        <source>3 — fair</source>
        <translation>3 — 一般</translation>
    </message>
    <message>
        <source>2 — poor</source>
        <translation>2 — 差</translation>
    </message>
    <message>
        <source>1 — very poor</source>
        <translation>1 — 很差</translation>
    </message>
    <message>
        <source>What the customer said</source>
        <translation>客户反馈</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>应回访日 %1</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>no phone on file</source>
        <translation>没有登记电话</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>派工单</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>工程师</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <source>Earlier return visits of this customer</source>
        <translation>该客户以往的回访</translation>
    </message>
    <message>
        <source>satisfaction %1/5 (attitude %2, quality %3, resolution %4)</source>
        <translation>满意度 %1/5（态度 %2，质量 %3，解决 %4）</translation>
    </message>
    <message>
        <source>complaint %1</source>
        <translation>投诉 %1</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>暂无。</translation>
    </message>
</context>
<context>
    <name>servicedeskctl</name>
    <message>
        <source>The database: a SQLite file, or postgresql://user@host[:port]/dbname[?sslmode=…] (password from PGPASSWORD, or asked on a terminal). Default: the desk client&apos;s SQLite file in the user&apos;s data folder.</source>
        <translation>数据库：SQLite 文件，或 postgresql://user@host[:port]/dbname[?sslmode=…]（密码取自 PGPASSWORD，或在终端中询问）。默认：用户数据文件夹中工作台客户端的 SQLite 文件。</translation>
    </message>
    <message>
        <source>path-or-url</source>
        <translation>路径或URL</translation>
    </message>
    <message>
        <source>Print the result (and errors) as JSON on standard output.</source>
        <translation>以 JSON 格式在标准输出上打印结果（及错误）。</translation>
    </message>
    <message>
        <source>The staff member acting (password from SD_PASSWORD, or asked on a terminal). Every command that reads or changes records needs it; its permissions are checked.</source>
        <translation>执行操作的员工（密码取自 SD_PASSWORD，或在终端中询问）。所有读取或修改记录的命令都需要此选项，并检查其权限。</translation>
    </message>
    <message>
        <source>login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Show the help (of a command, after its name).</source>
        <translation>显示帮助（放在命令名之后则显示该命令的帮助）。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>显示版本。</translation>
    </message>
    <message>
        <source>No command given; see servicedeskctl --help.</source>
        <translation>未指定命令；请参阅 servicedeskctl --help。</translation>
    </message>
    <message>
        <source>%1: name a subcommand: %2.</source>
        <translation>%1：请指定子命令：%2。</translation>
    </message>
    <message>
        <source>%1: unknown subcommand &quot;%2&quot;; use one of: %3.</source>
        <translation>%1：未知子命令“%2”；请使用以下之一：%3。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; see servicedeskctl --help.</source>
        <translation>未知命令“%1”；请参阅 servicedeskctl --help。</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>命令。</translation>
    </message>
    <message>
        <source>%1: missing argument (see servicedeskctl %1 --help).</source>
        <translation>%1：缺少参数（请参阅 servicedeskctl %1 --help）。</translation>
    </message>
    <message>
        <source>%1: unexpected argument &quot;%2&quot;.</source>
        <translation>%1：多余的参数“%2”。</translation>
    </message>
    <message>
        <source>There is no database at %1 (create one with: servicedeskctl init).</source>
        <translation>%1 处没有数据库（可用 servicedeskctl init 创建）。</translation>
    </message>
    <message>
        <source>PostgreSQL password for %1@%2: </source>
        <translation>%1@%2 的 PostgreSQL 密码： </translation>
    </message>
    <message>
        <source>%1 needs --as LOGIN (the staff member acting).</source>
        <translation>%1 需要 --as LOGIN（执行操作的员工）。</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码： </translation>
    </message>
    <message>
        <source>--as %1 needs a password: set SD_PASSWORD or run on a terminal.</source>
        <translation>--as %1 需要密码：请设置 SD_PASSWORD 或在终端中运行。</translation>
    </message>
    <message>
        <source>--as %1: %2</source>
        <translation>--as %1：%2</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>%1 的新密码： </translation>
    </message>
    <message>
        <source>No password for %1: use --password, set SD_NEW_PASSWORD, or run on a terminal.</source>
        <translation>未提供 %1 的密码：请使用 --password、设置 SD_NEW_PASSWORD 或在终端中运行。</translation>
    </message>
    <message>
        <source>Imports holidays and make-up working days (调休) from a CSV file of date,kind,name (kind: holiday or workday); all or nothing. Needs --as.</source>
        <translation>从 date,kind,name 格式的 CSV 文件导入节假日和调休上班日（kind：holiday 或 workday）；要么全部导入，要么全不导入。需要 --as。</translation>
    </message>
    <message>
        <source>The CSV file (UTF-8).</source>
        <translation>CSV 文件（UTF-8）。</translation>
    </message>
    <message>
        <source>Imported %1 days from %2: %3 new, %4 changed, %5 unchanged.</source>
        <translation>已从 %2 导入 %1 天：新增 %3，修改 %4，未变 %5。</translation>
    </message>
    <message>
        <source>Sets the working hours of a working day, e.g. 08:30-12:00,13:30-17:30. Needs --as.</source>
        <translation>设置工作日的工作时间，如 08:30-12:00,13:30-17:30。需要 --as。</translation>
    </message>
    <message>
        <source>Intervals HH:MM-HH:MM, comma-separated.</source>
        <translation>HH:MM-HH:MM 格式的时间段，以逗号分隔。</translation>
    </message>
    <message>
        <source>Working hours: %1 (%2 working minutes a day).</source>
        <translation>工作时间：%1（每天 %2 个工作分钟）。</translation>
    </message>
    <message>
        <source>The start, ISO 8601 (2025-09-30T16:00:00+08:00; without an offset, the calendar&apos;s time zone).</source>
        <translation>开始时间，ISO 8601 格式（2025-09-30T16:00:00+08:00；不带时区偏移时按日历的时区）。</translation>
    </message>
    <message>
        <source>time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Working minutes to add (negative: back).</source>
        <translation>要增加的工作分钟数（负数表示向前倒推）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Prints when N working minutes after a moment end, by the business calendar stored in the database (hours, weekends, holidays, 调休).</source>
        <translation>按数据库中的工作日历（工作时间、周末、节假日、调休）计算并打印某一时刻之后 N 个工作分钟的结束时间。</translation>
    </message>
    <message>
        <source>calendar due needs --from TIME and --working-minutes N.</source>
        <translation>calendar due 需要 --from TIME 和 --working-minutes N。</translation>
    </message>
    <message>
        <source>--working-minutes takes a whole number, not &quot;%1&quot;.</source>
        <translation>--working-minutes 需要整数，而不是“%1”。</translation>
    </message>
    <message>
        <source>--from takes an ISO 8601 time such as 2025-09-30T16:00:00+08:00, not &quot;%1&quot;.</source>
        <translation>--from 需要 ISO 8601 格式的时间（如 2025-09-30T16:00:00+08:00），而不是“%1”。</translation>
    </message>
    <message>
        <source>The calendar has no working time after %1.</source>
        <translation>日历中 %1 之后没有工作时间。</translation>
    </message>
    <message>
        <source>Only the exception days of this year.</source>
        <translation>仅显示该年的例外日期。</translation>
    </message>
    <message>
        <source>Y</source>
        <translation>Y</translation>
    </message>
    <message>
        <source>Shows the working hours, week, time zone and the holidays and make-up working days.</source>
        <translation>显示工作时间、工作周、时区以及节假日和调休上班日。</translation>
    </message>
    <message>
        <source>--year takes a year such as 2026, not &quot;%1&quot;.</source>
        <translation>--year 需要年份（如 2026），而不是“%1”。</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>工作时间</translation>
    </message>
    <message>
        <source>Minutes a day</source>
        <translation>每天分钟数</translation>
    </message>
    <message>
        <source>Working week</source>
        <translation>工作周</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>No holidays or make-up working days.
</source>
        <translation>没有节假日或调休上班日。
</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>DAY</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>The CSV file.</source>
        <translation>CSV 文件。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Imported %1 customers from %2 (encoding: %3).</source>
        <translation>已从 %2 导入 %1 个客户（编码：%3）。</translation>
    </message>
    <message>
        <source>Write the header row in Chinese (公司名称, 联系人 …).</source>
        <translation>用中文写标题行（公司名称、联系人 …）。</translation>
    </message>
    <message>
        <source>utf-8-bom (default, what Excel opens correctly) or gb18030.</source>
        <translation>utf-8-bom（默认，Excel 可正确打开）或 gb18030。</translation>
    </message>
    <message>
        <source>encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Exports every customer as CSV in the import format. Needs --as.</source>
        <translation>将所有客户按导入格式导出为 CSV。需要 --as。</translation>
    </message>
    <message>
        <source>The CSV file to write (replaced if it exists).</source>
        <translation>要写入的 CSV 文件（如已存在则替换）。</translation>
    </message>
    <message>
        <source>--encoding takes utf-8-bom or gb18030, not &quot;%1&quot;.</source>
        <translation>--encoding 只能是 utf-8-bom 或 gb18030，而不是“%1”。</translation>
    </message>
    <message>
        <source>Exported %1 customers to %2.</source>
        <translation>已将 %1 个客户导出到 %2。</translation>
    </message>
    <message>
        <source>%1 (already current)</source>
        <translation>%1（已是最新）</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>结构版本</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>工具</translation>
    </message>
    <message>
        <source>Login of the first administrator (default: admin).</source>
        <translation>首个系统管理员的登录名（默认：admin）。</translation>
    </message>
    <message>
        <source>Password of the first administrator (else SD_NEW_PASSWORD, or asked on a terminal).</source>
        <translation>首个系统管理员的密码（否则取自 SD_NEW_PASSWORD，或在终端中询问）。</translation>
    </message>
    <message>
        <source>password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Display name of the first administrator.</source>
        <translation>首个系统管理员的姓名。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Creates or migrates the schema, seeds the business calendar and the SLA defaults, and creates the first administrator when the database has no staff account. Safe to run again.</source>
        <translation>创建或迁移数据库结构，写入工作日历和服务时限的默认设置，并在数据库中没有员工账号时创建首个系统管理员。可安全地重复运行。</translation>
    </message>
    <message>
        <source>The first administrator needs a password: use --admin-password, set SD_NEW_PASSWORD, or run on a terminal.</source>
        <translation>首个系统管理员需要密码：请使用 --admin-password、设置 SD_NEW_PASSWORD 或在终端中运行。</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <source>note: the database already has staff accounts; no administrator was created (add accounts with: servicedeskctl user add).</source>
        <translation>注意：数据库中已有员工账号；未创建系统管理员（可用 servicedeskctl user add 添加账号）。</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>SLA policies seeded</source>
        <translation>已写入的服务时限策略</translation>
    </message>
    <message>
        <source>%1 (created)</source>
        <translation>%1（已创建）</translation>
    </message>
    <message>
        <source>staff accounts exist; none created</source>
        <translation>已有员工账号；未创建</translation>
    </message>
    <message>
        <source>Brings the database schema to this program&apos;s version. A database of a newer version is refused and left untouched (exit code 3).</source>
        <translation>将数据库结构升级到本程序的版本。更新版本的数据库将被拒绝，且不作任何修改（退出码 3）。</translation>
    </message>
    <message>
        <source>Writes a consistent backup of the whole database while the desks keep working: SQLite via VACUUM INTO, PostgreSQL via pg_dump -Fc. An existing file is never overwritten.</source>
        <translation>在各工作台照常使用的同时，写入整个数据库的一致性备份：SQLite 使用 VACUUM INTO，PostgreSQL 使用 pg_dump -Fc。不会覆盖已有文件。</translation>
    </message>
    <message>
        <source>The backup file to create.</source>
        <translation>要创建的备份文件。</translation>
    </message>
    <message>
        <source>Backup written.
</source>
        <translation>备份已写入。
</translation>
    </message>
    <message>
        <source>Replaces the database&apos;s content with a backup, all or nothing, after checking that the file is a Service Center Desk backup this program can read. Needs --as an administrator unless the database has no staff account yet.</source>
        <translation>先检查文件是否为本程序可读取的服务中心工作台备份，然后用该备份替换数据库内容，要么全部替换，要么不做任何修改。除非数据库中尚无员工账号，否则需要 --as 系统管理员。</translation>
    </message>
    <message>
        <source>The backup file.</source>
        <translation>备份文件。</translation>
    </message>
    <message>
        <source>Restored.
</source>
        <translation>已恢复。
</translation>
    </message>
    <message>
        <source>How many customers (default 2000).</source>
        <translation>客户数量（默认 2000）。</translation>
    </message>
    <message>
        <source>Seed of the generator: the same seed gives the same data.</source>
        <translation>生成器的种子：相同的种子生成相同的数据。</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>--customers takes a number of customers, not &quot;%1&quot;.</source>
        <translation>--customers 需要客户数量，而不是“%1”。</translation>
    </message>
    <message>
        <source>--seed takes a whole number, not &quot;%1&quot;.</source>
        <translation>--seed 需要整数，而不是“%1”。</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>服务合同</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Purchased products</source>
        <translation>已购产品</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>用时</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>Demo logins:
</source>
        <translation>演示账号：
</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>PASSWORD</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Display name (required).</source>
        <translation>姓名（必填）。</translation>
    </message>
    <message>
        <source>Roles, comma-separated: %1.</source>
        <translation>角色，以逗号分隔：%1。</translation>
    </message>
    <message>
        <source>r1,r2</source>
        <translation>r1,r2</translation>
    </message>
    <message>
        <source>Department name (Chinese or English).</source>
        <translation>部门名称（中文或英文）。</translation>
    </message>
    <message>
        <source>Initial password (else SD_NEW_PASSWORD, or asked on a terminal).</source>
        <translation>初始密码（否则取自 SD_NEW_PASSWORD，或在终端中询问）。</translation>
    </message>
    <message>
        <source>Phone number.</source>
        <translation>电话号码。</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail address.</source>
        <translation>邮箱地址。</translation>
    </message>
    <message>
        <source>email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Creates a staff account (needs --as an administrator).</source>
        <translation>创建员工账号（需要 --as 系统管理员）。</translation>
    </message>
    <message>
        <source>The new account&apos;s login.</source>
        <translation>新账号的登录名。</translation>
    </message>
    <message>
        <source>user add needs --name NAME.</source>
        <translation>user add 需要 --name NAME。</translation>
    </message>
    <message>
        <source>user add needs --roles (one or more of: %1).</source>
        <translation>user add 需要 --roles（以下一个或多个：%1）。</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;; the roles are: %2.</source>
        <translation>未知角色“%1”；可用角色：%2。</translation>
    </message>
    <message>
        <source>user add needs at least one role.</source>
        <translation>user add 至少需要一个角色。</translation>
    </message>
    <message>
        <source>There is no department &quot;%1&quot;.</source>
        <translation>不存在部门“%1”。</translation>
    </message>
    <message>
        <source>Created %1 (%2), roles: %3.</source>
        <translation>已创建 %1（%2），角色：%3。</translation>
    </message>
    <message>
        <source>The new password (else SD_NEW_PASSWORD, or asked on a terminal).</source>
        <translation>新密码（否则取自 SD_NEW_PASSWORD，或在终端中询问）。</translation>
    </message>
    <message>
        <source>Sets a new password. An administrator may reset anyone&apos;s; other staff may change their own (the --as password is the current one).</source>
        <translation>设置新密码。系统管理员可重置任何人的密码；其他员工只能修改自己的密码（--as 的密码即当前密码）。</translation>
    </message>
    <message>
        <source>Whose password.</source>
        <translation>要修改密码的账号。</translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation>%1 的密码已修改。</translation>
    </message>
    <message>
        <source>Enables a disabled staff account (needs --as an administrator).</source>
        <translation>启用已停用的员工账号（需要 --as 系统管理员）。</translation>
    </message>
    <message>
        <source>Disables a staff account: it can no longer log in; its records and history stay (needs --as an administrator).</source>
        <translation>停用员工账号：停用后无法登录，其记录和历史仍会保留（需要 --as 系统管理员）。</translation>
    </message>
    <message>
        <source>The account.</source>
        <translation>账号。</translation>
    </message>
    <message>
        <source>%1 is enabled.</source>
        <translation>%1 已启用。</translation>
    </message>
    <message>
        <source>%1 is disabled.</source>
        <translation>%1 已停用。</translation>
    </message>
    <message>
        <source>Leave out disabled accounts.</source>
        <translation>不列出已停用的账号。</translation>
    </message>
    <message>
        <source>Lists the staff accounts (needs --as an administrator).</source>
        <translation>列出员工账号（需要 --as 系统管理员）。</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>DEPARTMENT</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>ROLES</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Repeat it: </source>
        <translation>再输入一次： </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>The working day (YYYY-MM-DD; default: today).</source>
        <translation>工作日（YYYY-MM-DD；默认：今天）。</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Only this department (its id or name).</source>
        <translation>只看该部门（编号或名称）。</translation>
    </message>
    <message>
        <source>department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Write the digest as CSV to this file.</source>
        <translation>将日报写成 CSV 文件。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Write the digest as PDF to this file.</source>
        <translation>将日报写成 PDF 文件。</translation>
    </message>
    <message>
        <source>--date takes YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--date 的格式是 YYYY-MM-DD，不是“%1”。</translation>
    </message>
    <message>
        <source>No department &quot;%1&quot;.</source>
        <translation>没有部门“%1”。</translation>
    </message>
    <message>
        <source>Digest of %1: %2 needs in %3 departments, written to %4.</source>
        <translation>%1 的日报：%3 个部门共 %2 项需求，已写入 %4。</translation>
    </message>
    <message>
        <source>First-visit needs digest of %1: %2 needs in %3 departments.
</source>
        <translation>%1 的首访需求日报：%3 个部门共 %2 项需求。
</translation>
    </message>
    <message>
        <source>%1 — to %2 (%3)</source>
        <translation>%1 — 致 %2（%3）</translation>
    </message>
    <message>
        <source>, handed off %1 by %2</source>
        <translation>，已于 %1 由 %2 确认移交</translation>
    </message>
    <message>
        <source>NEED</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>CUSTOMER</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>CONTACT</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>PHONE</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>RECORDED BY</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>No needs were recorded on this day.
</source>
        <translation>当天没有记录需求。
</translation>
    </message>
    <message>
        <source>The month, YYYY-MM.</source>
        <translation>月份，YYYY-MM。</translation>
    </message>
    <message>
        <source>Write the report with its charts as a PDF.</source>
        <translation>将报告（含图表）写为 PDF。</translation>
    </message>
    <message>
        <source>Write the report&apos;s figures as CSV (UTF-8 with BOM).</source>
        <translation>将报告数据写为 CSV（带 BOM 的 UTF-8）。</translation>
    </message>
    <message>
        <source>The monthly complaint analysis report: counts by source, validity, class, department and person; reply, follow-up and HQ feedback timeliness; satisfaction; the trend over 13 months; open and escalated complaints. Without a file the summary is printed (JSON with --json). Needs --as (quality supervisor or a department manager).</source>
        <translation>月度投诉分析报告：按来源、有效性、类别、部门和责任人统计；答复、回访和反馈总部的及时率；满意度；13 个月趋势；未结及升级的投诉。不指定文件时打印汇总（--json 时为 JSON）。需要 --as（质量主管或部门经理）。</translation>
    </message>
    <message>
        <source>--month YYYY-MM is required.</source>
        <translation>必须指定 --month YYYY-MM。</translation>
    </message>
    <message>
        <source>Read the monthly complaint report</source>
        <translation>查看月度投诉报告</translation>
    </message>
    <message>
        <source>Wrote the CSV to %1.</source>
        <translation>已将 CSV 写入 %1。</translation>
    </message>
    <message>
        <source>Wrote the PDF to %1.</source>
        <translation>已将 PDF 写入 %1。</translation>
    </message>
    <message>
        <source>First day of the period (YYYY-MM-DD).</source>
        <translation>期间第一天（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Last day of the period (YYYY-MM-DD).</source>
        <translation>期间最后一天（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Also write the record as CSV to FILE.</source>
        <translation>同时把记录写成 CSV 文件 FILE。</translation>
    </message>
    <message>
        <source>Also write the record as PDF to FILE.</source>
        <translation>同时把记录写成 PDF 文件 FILE。</translation>
    </message>
    <message>
        <source>--from and --to are required as YYYY-MM-DD.</source>
        <translation>必须按 YYYY-MM-DD 指定 --from 和 --to。</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>来电</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Handed on</source>
        <translation>已转交</translation>
    </message>
    <message>
        <source>In hand</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Call no.</source>
        <translation>来电编号</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>来电时间</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>CSV written to %1</source>
        <translation>CSV 已写入 %1</translation>
    </message>
    <message>
        <source>PDF written to %1</source>
        <translation>PDF 已写入 %1</translation>
    </message>
    <message>
        <source>Usage: servicedeskctl [--database DB] [--json] [--as LOGIN] %1 SUBCOMMAND [options]</source>
        <translation>用法：servicedeskctl [--database DB] [--json] [--as LOGIN] %1 SUBCOMMAND [options]</translation>
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
        <translation>员工账户。每个子命令都需要 --as（管理员；passwd 也可由账户本人执行）。

子命令：
  add LOGIN --name NAME --roles R1,R2 [--department D] [--password PW]
      [--phone P] [--email E]
                                  创建账户
  passwd LOGIN [--password PW]    设置新密码
  disable LOGIN                   停用账户
  enable LOGIN                    启用已停用的账户
  list [--active-only]            列出账户</translation>
    </message>
    <message>
        <source>Customer files (CSV). Every subcommand needs --as.

Subcommands:
  import FILE                     import customers from a CSV file
  export FILE [--chinese-header] [--encoding E]
                                  export every customer as CSV</source>
        <translation>客户文件（CSV）。每个子命令都需要 --as。

子命令：
  import FILE                     从 CSV 文件导入客户
  export FILE [--chinese-header] [--encoding E]
                                  将全部客户导出为 CSV</translation>
    </message>
    <message>
        <source>The business calendar (working hours, holidays, make-up working days).

Subcommands:
  import FILE                     import holidays and make-up days (--as an administrator)
  hours HH:MM-HH:MM[,...]         set the working hours (--as an administrator)
  due --from MOMENT --working-minutes N
                                  when N working minutes after a moment end
  show [--year Y]                 the calendar and its exception days</source>
        <translation>工作日历（工作时间、节假日、调休工作日）。

子命令：
  import FILE                     导入节假日和调休日（--as 管理员）
  hours HH:MM-HH:MM[,...]         设置工作时间（--as 管理员）
  due --from MOMENT --working-minutes N
                                  计算某时刻之后 N 个工作分钟的截止时间
  show [--year Y]                 显示日历及其例外日期</translation>
    </message>
    <message>
        <source>Reports. Every subcommand needs --as; the acting person&apos;s permission is checked.

Subcommands:
  hotline --customer CODE-OR-NAME --from YYYY-MM-DD --to YYYY-MM-DD [--csv F] [--pdf F]
                                  a customer&apos;s record of hotline service
  complaints --month YYYY-MM [--csv F] [--pdf F]
                                  the monthly complaint analysis report</source>
        <translation>报表。每个子命令都需要 --as，并检查执行人的权限。

子命令：
  hotline --customer CODE-OR-NAME --from YYYY-MM-DD --to YYYY-MM-DD [--csv F] [--pdf F]
                                  客户的热线服务记录
  complaints --month YYYY-MM [--csv F] [--pdf F]
                                  月度投诉分析报告</translation>
    </message>
    <message>
        <source>Run &apos;servicedeskctl %1 SUBCOMMAND --help&apos; for a subcommand&apos;s options.</source>
        <translation>运行 &apos;servicedeskctl %1 SUBCOMMAND --help&apos; 查看子命令的选项。</translation>
    </message>
    <message>
        <source>The first-visit needs recorded on a working day, one digest per department head. Days whose closing time has passed are stored on the way (as at closing time); a day not closed yet shows what is recorded so far. Prints the digest (text, or --json) unless --csv or --pdf is given. Needs --as (sales, first-visit agent, a department head or an administrator).</source>
        <translation>某工作日记录的首访需求，每个部门负责人一份日报。已过下班时间的日期会顺便保存日报（视同下班时汇总）；尚未下班的日期显示目前已记录的需求。未给出 --csv 或 --pdf 时打印日报（文本或 --json）。需要 --as（销售、首访专员、部门经理或管理员）。</translation>
    </message>
    <message>
        <source>Read the first-visit needs digest</source>
        <translation>查看首访需求日报</translation>
    </message>
    <message>
        <source>--customer &quot;%1&quot; matches more than one customer; give the service code or the full name of one of: %2</source>
        <translation>--customer “%1”匹配到多个客户；请给出以下客户之一的服务编码或完整名称：%2</translation>
    </message>
    <message>
        <source>No customer has the service code or name &quot;%1&quot;.</source>
        <translation>没有服务编码或名称为“%1”的客户。</translation>
    </message>
    <message>
        <source>The customer: the service code, or the name (the full name, or a part that only one customer&apos;s name contains).</source>
        <translation>客户：服务编码，或客户名称（完整名称，或只有一个客户名称包含的部分）。</translation>
    </message>
    <message>
        <source>A customer&apos;s record of hotline service: every call of the period with its problem, outcome and solution. Needs --as (hotline operator, service manager, service engineer or account manager).</source>
        <translation>客户的热线服务记录：期间内每次来电的问题、处理结果和解决方案。需要 --as（热线坐席、服务经理、服务工程师或客户经理）。</translation>
    </message>
    <message>
        <source>--customer is required (the customer&apos;s service code or name).</source>
        <translation>必须指定 --customer（客户的服务编码或名称）。</translation>
    </message>
    <message>
        <source>Read a customer&apos;s record of hotline service</source>
        <translation>查看客户的热线服务记录</translation>
    </message>
    <message>
        <source>%1 (field: %2)</source>
        <translation>%1（字段：%2）</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1（编号 %2）</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Fields:</source>
        <translation>字段：</translation>
    </message>
    <message>
        <source>(paused)</source>
        <translation>（已暂停）</translation>
    </message>
    <message>
        <source>Deadlines:</source>
        <translation>时限：</translation>
    </message>
    <message>
        <source>CLOCK</source>
        <translation>计时</translation>
    </message>
    <message>
        <source>DUE</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>--field takes NAME=VALUE, not &quot;%1&quot;.</source>
        <translation>--field 的格式是 名称=值，而不是“%1”。</translation>
    </message>
    <message>
        <source>--field %1 is given twice.</source>
        <translation>--field %1 给了两次。</translation>
    </message>
    <message>
        <source>A field, as NAME=VALUE (repeat for more; see the fields subcommand).</source>
        <translation>一个字段，格式为 名称=值（可重复；见 fields 子命令）。</translation>
    </message>
    <message>
        <source>NAME=VALUE</source>
        <translation>名称=值</translation>
    </message>
    <message>
        <source>The record&apos;s id, or its number (call no., job no., complaint no.).</source>
        <translation>记录的 ID 或编号（来电编号、派工单号、投诉编号）。</translation>
    </message>
    <message>
        <source>Lists the fields new and the actions take: name, type, allowed values, which actions use each (* where it is required). Needs no database.</source>
        <translation>列出新建和各操作所用的字段：名称、类型、允许的取值，以及哪些操作使用它（* 表示必填）。无需数据库。</translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>USED BY (* required)</source>
        <translation>使用者（* 必填）</translation>
    </message>
    <message>
        <source>ALLOWED</source>
        <translation>允许值</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Only records in this state (see the fields subcommand).</source>
        <translation>只列出处于此状态的记录（见 fields 子命令）。</translation>
    </message>
    <message>
        <source>state</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>At most this many records (default 50).</source>
        <translation>最多列出这么多条记录（默认 50）。</translation>
    </message>
    <message>
        <source>Lists records, newest first. Needs --as.</source>
        <translation>列出记录，最新的在前。需要 --as。</translation>
    </message>
    <message>
        <source>%1: unknown state &quot;%2&quot;; use one of: %3.</source>
        <translation>%1：未知状态“%2”；可用：%3。</translation>
    </message>
    <message>
        <source>--limit takes a number of 1 or more.</source>
        <translation>--limit 须为 1 或更大的数字。</translation>
    </message>
    <message>
        <source>No records.</source>
        <translation>没有记录。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>SUMMARY</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Lists the actions you may take on the record now, each with the fields it must record. Needs --as.</source>
        <translation>列出你现在可以对该记录执行的操作，以及每个操作必须填写的字段。需要 --as。</translation>
    </message>
    <message>
        <source>Shows a record: its state, version, fields and deadlines. Needs --as.</source>
        <translation>显示一条记录：状态、版本、字段和时限。需要 --as。</translation>
    </message>
    <message>
        <source>No action is open to %1 on this record now (%2).</source>
        <translation>%1 现在不能对这条记录执行任何操作（%2）。</translation>
    </message>
    <message>
        <source>LEADS TO</source>
        <translation>之后状态</translation>
    </message>
    <message>
        <source>REQUIRED FIELDS</source>
        <translation>必填字段</translation>
    </message>
    <message>
        <source>Creates a record from its fields. Needs --as.</source>
        <translation>用给定字段新建一条记录。需要 --as。</translation>
    </message>
    <message>
        <source>%1: records are not created one by one here; the workflows that need them create them.</source>
        <translation>%1：这里不逐条新建记录，由需要它们的流程自动创建。</translation>
    </message>
    <message>
        <source>The version you saw (show prints it); a newer one is refused with exit 5. Default: the record&apos;s current version.</source>
        <translation>你看到的版本（show 会显示）；记录已有更新版本时拒绝执行，退出码 5。默认：记录的当前版本。</translation>
    </message>
    <message>
        <source>Takes an action on a record. Needs --as.</source>
        <translation>对一条记录执行操作。需要 --as。</translation>
    </message>
    <message>
        <source>The action (see the actions subcommand).</source>
        <translation>操作（见 actions 子命令）。</translation>
    </message>
    <message>
        <source>%1: unknown action &quot;%2&quot;; use one of: %3.</source>
        <translation>%1：未知操作“%2”；可用：%3。</translation>
    </message>
    <message>
        <source>--version takes the record&apos;s version, a number of 1 or more.</source>
        <translation>--version 须为记录的版本号，1 或更大的数字。</translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation>%1：已完成。</translation>
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
        <translation>%1。除 fields 外，每个子命令都需要 --as；按该员工的角色检查权限，与工作台相同，每次修改都经过同样的规则、审计记录和时限。

子命令：
  list [--state S] [--limit N]    列出记录，最新的在前
  show ID                         一条记录：状态、版本、字段、时限
                                  （ID：记录 ID，或来电/派工单/投诉编号）
  actions ID                      你现在可执行的操作及其必填字段
  new [--field NAME=VALUE ...]    新建一条记录
  act ID ACTION [--field NAME=VALUE ...] [--version N]
                                  执行操作（不给 --version：按当前版本）
  fields                          字段名称、类型和允许的取值

退出码：0 成功；1 字段无效（消息中指明字段）或记录不存在；2 用法错误；
4 你的角色无权执行；5 版本已过期（说明由谁在何时保存）；
6 记录当前状态下不可执行（说明现在可执行什么）。凡退出码非 0，
记录均保持不变（因角色被拒绝的操作会写入审计记录）。</translation>
    </message>
    <message>
        <source>%1 are not created here: the workflows that need them create them.</source>
        <translation>%1不在这里新建：由需要它们的流程自动创建。</translation>
    </message>
    <message>
        <source>Unknown workflow &quot;%1&quot;.</source>
        <translation>未知流程“%1”。</translation>
    </message>
    <message>
        <source>Initialises the database if needed and loads a demo service center (departments, staff in every role, products, customers). Refused when the database already has customers, and in a database that already has staff accounts unless an administrator runs it (--as); there the demo accounts get a random password, shown once.</source>
        <translation>必要时初始化数据库并载入一个演示服务中心（部门、各角色员工、产品、客户）。数据库已有客户时拒绝；数据库已有员工账号时，只有管理员（--as）可以运行，此时演示账号使用随机密码，仅显示一次。</translation>
    </message>
    <message>
        <source>Log what the program does on standard error (statements and their time, actions, logins; never values or passwords). Finer: QT_LOGGING_RULES=&quot;sd.db.debug=true&quot;.</source>
        <translation>在标准错误输出上记录程序的操作（语句及耗时、操作、登录；从不记录数据值或密码）。更细的控制：QT_LOGGING_RULES=&quot;sd.db.debug=true&quot;。</translation>
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
        <translation>服务中心工作台管理工具。

命令：
  init [--admin LOGIN --admin-password PW]   创建或迁移数据库结构、写入默认设置、
                                             创建第一个管理员
  migrate                                    将数据库结构升级到本版本
  backup FILE                                在线一致性备份（--as）
  restore FILE                               用备份替换数据
  check                                      完整性检查及程序自身的一致性检查（--as）
  demo --customers N [--seed S]              向空数据库载入演示数据
  user add|passwd|disable|enable|list        员工账户（--as 管理员）
  customer import|export FILE                客户文件，CSV（--as）
  calendar import|hours|due|show             工作日历
  digest --date YYYY-MM-DD [--csv F --pdf F] 某天的首访需求日报（--as）
  report hotline|complaints                  报表（--as）
  WORKFLOW list|show|actions|new|act|fields  某个流程的记录（--as；fields 无需）：
                                             firstvisit、call、dispatch、returnvisit、
                                             complaint、problem、project、training

读取或修改记录的命令以 --as 指定的员工身份执行，并按其权限检查。
运行 &apos;servicedeskctl 命令 --help&apos; 查看该命令的选项，
运行 &apos;servicedeskctl 命令组 --help&apos; 查看 user、customer、calendar、report
以及各流程的子命令。
退出码：0 成功，1 错误（字段无效、记录不存在等），2 用法错误，3 数据库结构版本过新，
4 无权限，5 版本已过期（他人已保存），6 记录当前状态下不可执行。</translation>
    </message>
    <message>
        <source>Imports a customer CSV file (UTF-8, UTF-8 with BOM, UTF-16 or GBK/GB18030, detected). Every row is checked first: one bad row and nothing is imported. Rows already in the registry (same service code, or same company name) are skipped, so the same file can be run again safely, also to finish an import that stopped. Written in batches of 500 rows, so other desks keep working. Needs --as.</source>
        <translation>导入客户 CSV 文件（自动识别 UTF-8、带 BOM 的 UTF-8、UTF-16 或 GBK/GB18030）。先检查每一行：只要有一行有误就什么也不导入。客户档案中已有的行（服务编码相同，或公司名称相同）会被跳过，因此同一文件可以放心再次导入，也可用来完成中途停止的导入。每 500 行一批写入，其他工作台不受影响。需要 --as。</translation>
    </message>
    <message>
        <source>%1 rows were in the registry already and were skipped.</source>
        <translation>%1 行已在客户档案中，已跳过。</translation>
    </message>
    <message>
        <source>Checks the database: the engine&apos;s integrity check, references, schema version, the audit trail&apos;s protection, number sequences and customers&apos; sort keys. Reads only. Exit 0 when everything holds, 1 when something does not. Needs --as an administrator.</source>
        <translation>检查数据库：数据库引擎的完整性检查、引用、结构版本、审计记录的保护、编号序列和客户排序键。只读。全部正常时退出码 0，否则 1。需要以管理员身份（--as）运行。</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>CHECK</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>DETAIL</source>
        <translation>详情</translation>
    </message>
</context>
</TS>
