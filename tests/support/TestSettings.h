#pragma once

// Settings of a test run kept apart from the developer's own and from the other tests running at
// the same time: Qt's test mode puts QSettings under ~/.qttest, and the application name stays the
// test executable's, so each test has a file of its own. (The window's settings use the
// application's organisation and name, set here as in app/main.cpp.)

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>

namespace lunscope::test {

inline void useTestSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("LunScope"));
    QSettings().clear();
}

} // namespace lunscope::test
