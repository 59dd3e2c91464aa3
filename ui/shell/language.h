#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QTranslator;

namespace sd::ui {

/// Switches the UI language at run time (no restart): our own translations from the
/// resources, Qt's own (qtbase) from the Qt installation, the default QLocale, and the
/// remembered choice in QSettings ("ui/language"). Installing a translator makes Qt send
/// QEvent::LanguageChange to every widget, which then retranslates itself.
class LanguageManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageManager)
public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    /// The languages the UI offers, as codes: "zh_CN", "en".
    static QStringList availableLanguages();
    /// The language's own name ("中文", "English"): shown untranslated, so anyone finds theirs.
    static QString nativeName(const QString &code);
    /// "zh_CN" when the system locale is Chinese, else "en".
    static QString systemLanguage();
    /// The code for a user's spelling ("zh", "zh-CN", "zh_CN", "cn" → "zh_CN"; "en_US" → "en");
    /// empty when not offered.
    static QString normalize(const QString &code);

    /// The remembered choice, else systemLanguage().
    QString rememberedLanguage() const;
    /// The language in force (empty before the first setLanguage()).
    QString language() const { return m_language; }

    /// Installs `code`'s translators and locale; remembers the choice when `remember`.
    /// Returns false for a language not offered (nothing changes then). Widgets have
    /// retranslated when this returns.
    bool setLanguage(const QString &code, bool remember = true);

signals:
    void languageChanged(const QString &code);

private:
    void removeTranslators();

    QString m_language;
    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
};

} // namespace sd::ui
