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
}

ScanLogDock::ScanLogDock(QWidget *parent) : QDockWidget(tr("Scan Log"), parent), m_text(new QPlainTextEdit(this))
{
    setObjectName(u"scanLogDock"_s); // saveState() needs it
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
    // Appending moves the view to the end of the new line; long lines would then hide the time
    // and portal at their start. The view keeps its horizontal place instead.
    QScrollBar *horizontal = m_text->horizontalScrollBar();
    const int left = horizontal->value();
    m_text->appendPlainText(time + u"  "_s + source + u": "_s + line);
    horizontal->setValue(left);
}

QString ScanLogDock::text() const
{
    return m_text->toPlainText();
}

void ScanLogDock::copyToClipboard()
{
    QApplication::clipboard()->setText(text());
}

void ScanLogDock::clear()
{
    m_text->clear();
}

} // namespace lunscope
