#include "ScanLogDock.h"

#include "widgets/Icons.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTime>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lunscope {

namespace {
constexpr int MaxLines = 20000; // a 500-LUN scan writes a few thousand; older lines go first
// A scan writes several lines per LUN: laid out one by one, they cost the GUI thread more than
// the scan's own decoding. Gathered and appended a few times a second, they read the same.
constexpr int FlushDelayMs = 150;
}

ScanLogDock::ScanLogDock(QWidget *parent) : QDockWidget(tr("Scan Log"), parent), m_text(new QPlainTextEdit(this))
{
    setObjectName(u"scanLogDock"_s); // saveState() needs it
    m_flush.setSingleShot(true);
    m_flush.setInterval(FlushDelayMs);
    connect(&m_flush, &QTimer::timeout, this, &ScanLogDock::flush);
    m_text->setObjectName(u"scanLogText"_s);
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setMaximumBlockCount(MaxLines);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setPlaceholderText(tr("What the scans do (log in, commands, errors) appears here."));

    auto *toolBar = new QToolBar(this);
    toolBar->setIconSize(QSize(16, 16));
    QAction *copy = toolBar->addAction(Icons::icon(Icons::Id::Copy), tr("Copy Log"), this, &ScanLogDock::copyToClipboard);
    copy->setObjectName(u"copyLog"_s);
    copy->setToolTip(tr("Copy the whole log to the clipboard"));
    QAction *clearAction = toolBar->addAction(Icons::icon(Icons::Id::Remove), tr("Clear"), this, &ScanLogDock::clear);
    clearAction->setObjectName(u"clearLog"_s);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolBar);
    layout->addWidget(m_text);
    setWidget(content);
}

void ScanLogDock::appendLine(const QString &portal, const QString &targetIqn, const QString &line)
{
    const QString time = QTime::currentTime().toString(u"HH:mm:ss.zzz"_s);
    const QString source = targetIqn.isEmpty() ? portal : portal + u' ' + targetIqn;
    m_pending.append(time + u"  "_s + source + u": "_s + line);
    if (!m_flush.isActive())
        m_flush.start();
}

void ScanLogDock::flush()
{
    m_flush.stop();
    if (m_pending.isEmpty())
        return;
    // Appending moves the view to the end of the new line; long lines would then hide the time
    // and portal at their start. The view keeps its horizontal place instead.
    QScrollBar *horizontal = m_text->horizontalScrollBar();
    const int left = horizontal->value();
    m_text->appendPlainText(m_pending.join(u'\n'));
    m_pending.clear();
    horizontal->setValue(left);
}

QString ScanLogDock::text() const
{
    const QString shown = m_text->toPlainText();
    if (m_pending.isEmpty())
        return shown;
    return shown.isEmpty() ? m_pending.join(u'\n') : shown + u'\n' + m_pending.join(u'\n');
}

void ScanLogDock::copyToClipboard()
{
    QApplication::clipboard()->setText(text());
}

void ScanLogDock::clear()
{
    m_pending.clear();
    m_flush.stop();
    m_text->clear();
}

} // namespace lunscope
