#include "core/search/searchtables.h"

using namespace Qt::StringLiterals;

namespace sd::core::search::tables {

const SearchedTable &customers()
{
    static const SearchedTable t{.table = u"customers"_s,
                                 .alias = u"c"_s,
                                 .ftsTable = u"customer_fts"_s,
                                 .pgTrigramIndex = u"customers_search_trgm"_s,
                                 .shortWords = ShortWords::IdSet};
    return t;
}

const SearchedTable &contactPhones()
{
    static const SearchedTable t{.table = u"contact_phones"_s,
                                 .alias = u"p"_s,
                                 .column = u"digits"_s,
                                 .pgTrigramIndex = u"contact_phones_digits_trgm"_s};
    return t;
}

const SearchedTable &hotlineCalls()
{
    static const SearchedTable t{.table = u"hotline_calls"_s,
                                 .alias = u"c"_s,
                                 .ftsTable = u"hotline_call_fts"_s,
                                 .pgTrigramIndex = u"hotline_calls_trgm"_s,
                                 .commonFrom = 3000};
    return t;
}

const SearchedTable &problemEntries()
{
    static const SearchedTable t{.table = u"problem_entries"_s,
                                 .alias = u"e"_s,
                                 .ftsTable = u"problem_fts"_s,
                                 .pgTrigramIndex = u"problem_entries_trgm"_s};
    return t;
}

const SearchedTable &complaints()
{
    static const SearchedTable t{.table = u"complaints"_s,
                                 .alias = u"c"_s,
                                 .ftsTable = u"complaint_fts"_s,
                                 .pgTrigramIndex = u"complaints_search_trgm"_s};
    return t;
}

QList<SearchedTable> all()
{
    return {customers(), contactPhones(), hotlineCalls(), problemEntries(), complaints()};
}

} // namespace sd::core::search::tables
