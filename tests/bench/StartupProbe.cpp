// Linked into bench_startup together with the application's own app/main.cpp and app/GuiMain.cpp,
// so that what is measured is the real start-up path, unchanged. It notes the time before main()
// (static initialisation) and, from inside the QApplication constructor
// (Q_COREAPP_STARTUP_FUNCTION), watches for the main window's first expose and the first paint of
// its widgets after it; once that paint pass has run, it prints both times (CLOCK_MONOTONIC, shared with the parent that started
// the process) and ends the event loop:
//   PRE_MAIN_NS=<ns> FIRST_FRAME_NS=<ns>
#include "BenchCommon.h"

#include <QApplication>
#include <QMainWindow>
#include <QWindow>

namespace {

const qint64 preMainNs = lunscope::bench::monotonicNs();

class FirstFrameProbe : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_exposed && !m_painted) {
            const auto *widget = qobject_cast<QWidget *>(watched);
            if (widget && qobject_cast<const QMainWindow *>(widget->window())) {
                m_painted = true;
                // The rest of this paint pass runs before a queued call does.
                QMetaObject::invokeMethod(this, &FirstFrameProbe::report, Qt::QueuedConnection);
            }
            return false;
        }
        if (m_exposed || event->type() != QEvent::Expose)
            return false;
        auto *window = qobject_cast<QWindow *>(watched);
        if (!window || !window->isExposed() || !isMainWindow(window))
            return false;
        m_exposed = true; // the first paint of the window's widgets after this is the first frame
        return false;
    }

private:
    static bool isMainWindow(const QWindow *window)
    {
        const QWidgetList widgets = QApplication::topLevelWidgets();
        return std::any_of(widgets.cbegin(), widgets.cend(), [window](const QWidget *widget) {
            return widget->windowHandle() == window && qobject_cast<const QMainWindow *>(widget);
        });
    }

    void report()
    {
        const qint64 frameNs = lunscope::bench::monotonicNs();
        std::printf("PRE_MAIN_NS=%lld FIRST_FRAME_NS=%lld\n", static_cast<long long>(preMainNs),
                    static_cast<long long>(frameNs));
        std::fflush(stdout);
        QCoreApplication::exit(0);
    }

    bool m_exposed = false;
    bool m_painted = false;
};

void installFirstFrameProbe()
{
    QCoreApplication::instance()->installEventFilter(new FirstFrameProbe(QCoreApplication::instance()));
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(installFirstFrameProbe)
