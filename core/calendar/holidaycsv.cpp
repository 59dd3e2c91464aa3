#include "core/calendar/holidaycsv.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace sd::core {

namespace {

std::unexpected<Error> lineError(int line, const QString &field, const QString &message)
{
    Error e = Error::invalid(field, message);
    e.line = line;
    return std::unexpected(e);
}

/// Splits one CSV line (RFC 4180 quoting, no embedded line breaks). nullopt: unbalanced quote.
std::optional<QStringList> splitCsvLine(const QString &line)
{
    QStringList fields;
    QString current;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < line.size() && line.at(i + 1) == u'"') {
                    current += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                current += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            fields.append(current);
            current.clear();
        } else {
            current += c;
        }
    }
    if (quoted)
        return std::nullopt;
    fields.append(current);
    return fields;
}

QString quoteIfNeeded(const QString &field)
{
    if (!field.contains(u',') && !field.contains(u'"'))
        return field;
    QString f = field;
    f.replace(u"\""_s, u"\"\""_s);
    return u'"' + f + u'"';
}

} // namespace

Result<QList<CalendarDay>> HolidayCsv::parse(const QByteArray &utf8)
{
    static const QRegularExpression isoDate(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    QByteArray data = utf8;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);

    QList<CalendarDay> days;
    QHash<QDate, int> firstLine;
    bool seenContent = false;
    const QList<QByteArray> lines = data.split('\n');
    for (qsizetype index = 0; index < lines.size(); ++index) {
        const int lineNo = int(index) + 1;
        QByteArray raw = lines.at(index);
        if (raw.endsWith('\r'))
            raw.chop(1);
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString line = decoder.decode(raw);
        if (decoder.hasError()) {
            return lineError(lineNo, {}, QCoreApplication::translate(
                "sd::core::HolidayCsv", "The line is not valid UTF-8 text."));
        }
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u'#'))
            continue;

        const auto fields = splitCsvLine(line);
        if (!fields) {
            return lineError(lineNo, {}, QCoreApplication::translate(
                "sd::core::HolidayCsv", "A quotation mark is not closed."));
        }
        const bool first = !seenContent;
        seenContent = true;
        if (first && fields->value(0).trimmed().compare(u"date"_s, Qt::CaseInsensitive) == 0)
            continue;   // the optional header row

        if (fields->size() < 2 || fields->size() > 3) {
            return lineError(lineNo, {}, QCoreApplication::translate(
                "sd::core::HolidayCsv", "Expected three columns date,kind,name but found %1.")
                    .arg(fields->size()));
        }
        const QString dateText = fields->at(0).trimmed();
        const QDate date = QDate::fromString(dateText, Qt::ISODate);
        if (!isoDate.match(dateText).hasMatch() || !date.isValid()) {
            return lineError(lineNo, u"date"_s, QCoreApplication::translate(
                "sd::core::HolidayCsv", "“%1” is not a date in the form YYYY-MM-DD.").arg(dateText));
        }
        const auto kind = dayKindFromKey(fields->at(1));
        if (!kind) {
            return lineError(lineNo, u"kind"_s, QCoreApplication::translate(
                "sd::core::HolidayCsv", "“%1” is not a kind of day; write holiday or workday.")
                    .arg(fields->at(1).trimmed()));
        }
        if (const auto it = firstLine.constFind(date); it != firstLine.cend()) {
            return lineError(lineNo, u"date"_s, QCoreApplication::translate(
                "sd::core::HolidayCsv", "%1 is already listed on line %2.").arg(dateText).arg(*it));
        }
        firstLine.insert(date, lineNo);
        days.append({date, *kind, fields->value(2).trimmed()});
    }
    return days;
}

Result<QList<CalendarDay>> HolidayCsv::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(ErrorCode::Io, QCoreApplication::translate(
            "sd::core::HolidayCsv", "Cannot read %1: %2").arg(path, file.errorString()));
    }
    return parse(file.readAll());
}

QByteArray HolidayCsv::format(const QList<CalendarDay> &days)
{
    QString text = u"date,kind,name\n"_s;
    for (const auto &d : days) {
        text += d.date.toString(Qt::ISODate) + u',' + dayKindKey(d.kind) + u','
            + quoteIfNeeded(d.name) + u'\n';
    }
    return text.toUtf8();
}

QString HolidayCsv::shippedChinaFile()
{
    return u":/sd/holidays/cn-2025-2026.csv"_s;
}

Result<QList<CalendarDay>> HolidayCsv::shippedChinaDays()
{
    return readFile(shippedChinaFile());
}

} // namespace sd::core
