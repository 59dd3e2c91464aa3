#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <utility>

namespace sd::core::workflow {

/// The one way every workflow names its states, actions and fields for people: a list of
/// keys, each with its English text marked for translation in the workflow's context
/// (`QT_TRANSLATE_NOOP("sd::core::Dispatch", "Dispatched")`), translated when asked — so the
/// titles follow the language the desk or the command line runs in.
class TitleList final
{
public:
    TitleList(const char *context, std::initializer_list<std::pair<QString, const char *>> titles)
        : m_context(context), m_titles(titles)
    {
    }

    /// The translated title of `key`, or the key itself when the list does not name it.
    QString operator()(const QString &key) const
    {
        for (const auto &[k, text] : m_titles)
            if (k == key)
                return QCoreApplication::translate(m_context, text);
        return key;
    }
    /// The keys in the order given.
    QStringList keys() const
    {
        QStringList out;
        for (const auto &entry : m_titles)
            out << entry.first;
        return out;
    }

private:
    const char *m_context;
    QList<std::pair<QString, const char *>> m_titles;
};

} // namespace sd::core::workflow
