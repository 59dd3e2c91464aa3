#include "ui/shell/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace sd::ui {

namespace {
const QString kSettingsKey = u"ui/language"_s;
} // namespace

LanguageManager::LanguageManager(QObject *parent) : QObject(parent) {}

LanguageManager::~LanguageManager()
{
    // Translators must leave the application before they are destroyed.
    removeTranslators();
}

QStringList LanguageManager::availableLanguages() { return {u"zh_CN"_s, u"en"_s}; }

QString LanguageManager::nativeName(const QString &code)
{
    if (code == u"zh_CN"_s)
        return u"中文"_s;
    if (code == u"en"_s)
        return u"English"_s;
    return code;
}

QString LanguageManager::systemLanguage()
{
    return QLocale::system().language() == QLocale::Chinese ? u"zh_CN"_s : u"en"_s;
}

QString LanguageManager::normalize(const QString &code)
{
    const QString c = code.trimmed().toLower().replace(u'-', u'_');
    if (c == u"zh"_s || c == u"cn"_s || c.startsWith(u"zh_"_s))
        return u"zh_CN"_s;
    if (c == u"en"_s || c.startsWith(u"en_"_s))
        return u"en"_s;
    return {};
}

QString LanguageManager::rememberedLanguage() const
{
    const QString saved = normalize(QSettings().value(kSettingsKey).toString());
    return saved.isEmpty() ? systemLanguage() : saved;
}

void LanguageManager::removeTranslators()
{
    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
    m_appTranslator.reset();
    m_qtTranslator.reset();
}

bool LanguageManager::setLanguage(const QString &requested, bool remember)
{
    const QString code = normalize(requested);
    if (code.isEmpty())
        return false;

    removeTranslators();

    // Ours: compiled into sd_ui by qt_add_translations. The English file holds no
    // translations (the sources are English) and may not load; that is fine.
    auto app = std::make_unique<QTranslator>();
    if (app->load(u":/i18n/servicedesk_"_s + code + u".qm"_s)) {
        QCoreApplication::installTranslator(app.get());
        m_appTranslator = std::move(app);
    }
    // Qt's own: the standard buttons, the file dialogs, the context menus of line edits.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(u"qtbase_"_s + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        m_qtTranslator = std::move(qt);
    }

    const QLocale locale(code == u"zh_CN"_s ? QLocale(QLocale::Chinese, QLocale::China)
                                            : QLocale(QLocale::English, QLocale::UnitedStates));
    QLocale::setDefault(locale);

    m_language = code;
    if (remember)
        QSettings().setValue(kSettingsKey, code);

    // Installing a translator posts LanguageChange to the windows; deliver them now so every
    // caller (and test) sees the new texts when this returns.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    emit languageChanged(code);
    return true;
}

} // namespace sd::ui
