// A platform theme for tests only: the offscreen platform answers with Qt's default key scheme,
// so the KDE and GNOME key bindings (QKeySequence::Refresh is F5 under one and Ctrl+R under the
// other) could never be tried without a desktop. Loaded with QT_QPA_PLATFORMTHEME=lunscope-kde
// or lunscope-gnome and QT_PLUGIN_PATH pointing at this plugin's directory.
#include <QStringList>
#include <QVariant>
#include <qpa/qplatformtheme.h>
#include <qpa/qplatformthemeplugin.h>

namespace {

class KeySchemeTheme : public QPlatformTheme
{
public:
    explicit KeySchemeTheme(KeyboardSchemes scheme) : m_scheme(scheme) {}

    QVariant themeHint(ThemeHint hint) const override
    {
        switch (hint) {
        case KeyboardScheme:
            return int(m_scheme);
        case StyleNames:
            // As the offscreen platform's own theme: no native style that needs a window system.
            return QStringList{QStringLiteral("Fusion")};
        default:
            return QPlatformTheme::themeHint(hint);
        }
    }

private:
    KeyboardSchemes m_scheme;
};

} // namespace

class KeyThemePlugin : public QPlatformThemePlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID QPlatformThemeFactoryInterface_iid FILE "keytheme.json")
public:
    QPlatformTheme *create(const QString &key, const QStringList &) override
    {
        if (key.compare(QLatin1String("lunscope-kde"), Qt::CaseInsensitive) == 0)
            return new KeySchemeTheme(QPlatformTheme::KdeKeyboardScheme);
        if (key.compare(QLatin1String("lunscope-gnome"), Qt::CaseInsensitive) == 0)
            return new KeySchemeTheme(QPlatformTheme::GnomeKeyboardScheme);
        return nullptr;
    }
};

#include "KeyThemePlugin.moc"
