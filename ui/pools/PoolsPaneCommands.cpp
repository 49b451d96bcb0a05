// PoolsPane: what its commands do. Every libvirt call answers later; failures become a banner.
#include "PoolsPane.h"

#include "AddConnectionDialog.h"
#include "widgets/BannerMessages.h"
#include "ConnectionsController.h"
#include "pools/editor/PoolEditor.h"
#include "pools/editor/PoolEditorSeed.h"
#include "PoolsFeed.h"
#include "PoolsModel.h"
#include "libvirt/LibvirtConnection.h"
#include "pool/PoolXml.h"

#include <QAction>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace lunscope {

void PoolsPane::connectActions()
{
    connect(addConnectionAction, &QAction::triggered, this, &PoolsPane::openAddConnectionDialog);
    connect(removeConnectionAction, &QAction::triggered, this, [this] {
        if (const QString uri = currentUri(); !uri.isEmpty())
            m_connections->remove(uri);
    });
    connect(reconnectAction, &QAction::triggered, this, [this] { m_connections->reconnect(currentUri()); });
    connect(refreshAction, &QAction::triggered, this, [this] { m_feed->refresh(currentUri()); });
    connect(startAction, &QAction::triggered, this, [this] {
        const QString pool = currentPool();
        poolCommand(currentUri(), pool, tr("Started storage pool “%1” on %2.").arg(pool, currentUri()),
                    [pool](LibvirtConnection &c, auto done) { c.startPool(pool, std::move(done)); });
    });
    connect(stopAction, &QAction::triggered, this, [this] {
        const QString pool = currentPool();
        poolCommand(currentUri(), pool, tr("Stopped storage pool “%1” on %2.").arg(pool, currentUri()),
                    [pool](LibvirtConnection &c, auto done) { c.stopPool(pool, std::move(done)); });
    });
    connect(autostartAction, &QAction::triggered, this, [this](bool on) {
        const QString pool = currentPool();
        const QString done = on ? tr("Storage pool “%1” on %2 now starts with its host.").arg(pool, currentUri())
                                : tr("Storage pool “%1” on %2 no longer starts with its host.").arg(pool, currentUri());
        poolCommand(currentUri(), pool, done,
                    [pool, on](LibvirtConnection &c, auto callback) { c.setPoolAutostart(pool, on, std::move(callback)); });
    });
    connect(editAction, &QAction::triggered, this, [this] { editPool(currentUri(), currentPool()); });
    connect(undefineAction, &QAction::triggered, this, [this] { askToUndefine(currentUri(), currentPool()); });
}

void PoolsPane::poolCommand(const QString &uri, const QString &pool, const QString &doneMessage,
                            const std::function<void(LibvirtConnection &, std::function<void(const Error &)>)> &call)
{
    LibvirtConnection *connection = m_connections->connection(uri);
    if (!connection || pool.isEmpty())
        return;
    const QPointer<PoolsPane> self(this);
    call(*connection, [self, uri, doneMessage](const Error &error) {
        if (!self)
            return;
        if (!error) {
            self->m_banners->remove(u"pool:"_s + uri);
            Q_EMIT self->statusMessage(doneMessage);
            // Lifecycle changes come back as events too; autostart has none.
            self->m_feed->refresh(uri);
            return;
        }
        self->m_banners->show({u"pool:"_s + uri, BannerMessage::Severity::Error, error.message(), error.detail(), {}, true});
    });
}

PoolEditor *PoolsPane::createPoolFromTarget(const QString &uri, const TargetDragData &target)
{
    const std::optional<ChapCredentials> credentials = m_credentials ? m_credentials(target) : std::nullopt;
    return openEditor(PoolEditorSeed::fromTarget(uri, target, credentials, m_model->poolNames(uri)));
}

PoolEditor *PoolsPane::openEditor(PoolEditorSeed seed)
{
    auto *editor = new PoolEditor(std::move(seed), m_connections, m_model, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &PoolEditor::poolDefined, this, [this, editor](const QString &uri, const QString &pool) {
        // The pool arrives with its event; the editor's own connection is the one to show.
        if (uri == editor->seed().uri)
            selectPoolWhenListed(uri, pool);
        m_feed->refresh(uri);
        Q_EMIT statusMessage(tr("Storage pool “%1” is defined on %2.").arg(pool, uri));
    });
    m_editor = editor;
    editor->open();
    return editor;
}

void PoolsPane::editPool(const QString &uri, const QString &pool)
{
    LibvirtConnection *connection = m_connections->connection(uri);
    const PoolNode *node = m_model->poolNode(m_model->poolIndex(uri, pool));
    if (!connection || !node)
        return;
    PoolEditorSeed seed;
    seed.uri = uri;
    seed.existingPool = pool;
    seed.running = node->info.state == PoolState::Running;
    seed.autostart = node->info.autostart;
    seed.origin = seed.running ? tr("Storage pool “%1” on %2. It is running: libvirt uses the new definition from "
                                    "its next start.").arg(pool, uri)
                               : tr("Storage pool “%1” on %2.").arg(pool, uri);
    Q_EMIT statusMessage(tr("Reading the definition of “%1”…").arg(pool));
    const QPointer<PoolsPane> self(this);
    const QPointer<LibvirtConnection> guard(connection);
    const auto opened = [self, uri, pool, seed](const Result<QString> &xml) {
        if (!self)
            return;
        const Result<PoolDraft> draft = xml.ok() ? PoolXml::read(xml.value()) : Result<PoolDraft>(xml.error());
        if (!draft.ok()) {
            self->m_banners->show({u"pool:"_s + uri, BannerMessage::Severity::Error,
                                   tr("Cannot edit “%1”: %2").arg(pool, draft.error().message()), draft.error().detail(),
                                   {}, true});
            return;
        }
        PoolEditorSeed filled = seed;
        filled.draft = draft.value();
        self->openEditor(std::move(filled));
    };
    // The inactive definition is what libvirt starts the pool from next time, so that is what we
    // edit; a driver that cannot give it (libvirt's test driver) gets its live one edited.
    connection->poolXml(pool, LibvirtConnection::XmlFlavour::Inactive,
                        [guard, pool, opened](const Result<QString> &xml) {
        if (xml.ok() || !guard)
            opened(xml);
        else
            guard->poolXml(pool, LibvirtConnection::XmlFlavour::Live, opened);
    });
}

void PoolsPane::askToUndefine(const QString &uri, const QString &pool)
{
    const PoolNode *node = m_model->poolNode(m_model->poolIndex(uri, pool));
    if (!node)
        return;
    const bool running = node->info.state == PoolState::Running;
    BannerMessage message;
    message.id = u"undefine"_s;
    message.severity = BannerMessage::Severity::Warning;
    message.text = (running ? tr("Stop and undefine storage pool “%1” on %2?") : tr("Undefine storage pool “%1” on %2?"))
                       .arg(pool, uri)
                 + u' ' + tr("libvirt forgets the pool; the LUNs and their data stay on the target, and a CHAP secret "
                             "stays in libvirt.");
    message.actions.append({u"undefine"_s, running ? tr("Stop and &Undefine") : tr("&Undefine"),
                            [this, uri, pool, running] {
                                m_banners->remove(u"undefine"_s);
                                undefine(uri, pool, running);
                            }});
    message.actions.append({u"cancel"_s, tr("&Keep"), [this] { m_banners->remove(u"undefine"_s); }});
    m_banners->show(message);
}

void PoolsPane::undefine(const QString &uri, const QString &pool, bool running)
{
    LibvirtConnection *connection = m_connections->connection(uri);
    if (!connection)
        return;
    const auto undefineNow = [this, uri, pool] {
        poolCommand(uri, pool, tr("Storage pool “%1” is no longer defined on %2.").arg(pool, uri),
                    [pool](LibvirtConnection &c, auto done) { c.undefinePool(pool, std::move(done)); });
    };
    if (!running) {
        undefineNow();
        return;
    }
    // libvirt refuses to undefine a running pool: stop it first, and only go on if that worked.
    const QPointer<PoolsPane> self(this);
    connection->stopPool(pool, [self, uri, pool, undefineNow](const Error &error) {
        if (!self)
            return;
        if (error) {
            self->m_banners->show({u"pool:"_s + uri, BannerMessage::Severity::Error, error.message(), error.detail(), {}, true});
            return;
        }
        undefineNow();
    });
}

PoolEditor *PoolsPane::editor() const
{
    return m_editor;
}

AddConnectionDialog *PoolsPane::addConnectionDialog() const
{
    return m_addDialog;
}

void PoolsPane::openAddConnectionDialog()
{
    if (m_addDialog) {
        m_addDialog->raise();
        m_addDialog->activateWindow();
        return;
    }
    auto *dialog = new AddConnectionDialog(m_connections->uris(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_connections->add(dialog->uri(), dialog->remember());
        Q_EMIT statusMessage(tr("Connecting to %1…").arg(dialog->uri()));
    });
    m_addDialog = dialog;
    dialog->open();
}

} // namespace lunscope
