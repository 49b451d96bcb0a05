#include "ProgressStatus.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace lunscope {

ProgressStatus::ProgressStatus(QAction *cancel, QWidget *parent)
    : QWidget(parent), m_status(new QLabel(this)), m_progress(new QProgressBar(this)), m_cancel(new QToolButton(this))
{
    m_status->setObjectName(u"statusLine"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_progress->setObjectName(u"scanProgress"_s);
    m_progress->setMaximumWidth(260);
    m_progress->setTextVisible(true);
    m_cancel->setDefaultAction(cancel);
    m_cancel->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_cancel->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    setRunning(false);
}

void ProgressStatus::setRunning(bool running)
{
    m_progress->setVisible(running);
    m_cancel->setVisible(running);
}

void ProgressStatus::setProgress(int finished, int total)
{
    if (total <= 0) {
        // Discovery: the number of targets is not known yet (a busy bar; the status line says what).
        m_progress->setRange(0, 0);
        return;
    }
    m_progress->setRange(0, total);
    m_progress->setValue(finished);
    // QProgressBar's format only knows %v and %m; say it in words, with plural forms.
    m_progress->setFormat(tr("%1 of %n target(s)", "progress: finished of total", total).arg(finished));
}

void ProgressStatus::setStatus(const QString &text)
{
    m_status->setText(text);
}

void ProgressStatus::beginOperation(const QString &key, const QString &text)
{
    m_operations.removeIf([&](const auto &operation) { return operation.first == key; });
    m_operations.append({key, text});
    m_status->setText(text);
}

void ProgressStatus::endOperation(const QString &key, const QString &outcome)
{
    QString ended;
    m_operations.removeIf([&](const auto &operation) {
        if (operation.first != key)
            return false;
        ended = operation.second;
        return true;
    });
    if (!outcome.isEmpty())
        m_status->setText(outcome);
    else if (!ended.isEmpty() && m_status->text() == ended)
        m_status->setText(m_operations.isEmpty() ? QString() : m_operations.constLast().second);
}

QString ProgressStatus::status() const
{
    return m_status->text();
}

QString ProgressStatus::progressText() const
{
    return m_progress->text();
}

bool ProgressStatus::isProgressVisible() const
{
    return !m_progress->isHidden();
}

} // namespace lunscope
