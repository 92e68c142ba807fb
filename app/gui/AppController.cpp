#include "AppController.h"

#include "AlertsView.h"
#include "AuditView.h"
#include "BlocksView.h"
#include "ConfigDiffView.h"
#include "ForwardingController.h"
#include "HostKeyDialog.h"
#include "MainWindow.h"
#include "blocking/AutoBlockSettings.h"
#include "detect/DetectionSettingsFile.h"
#include "engine/Engine.h"
#include "report/IncidentReportWriter.h"
#include "secrets/SecretStore.h"
#include "store/Database.h"
#include "store/PbxRepository.h"
#include "settings/GeneralSettingsPage.h"

#include <QFileInfo>
#include <QPointer>
#include <QThread>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>

namespace tg {

namespace {
const QString kGuiConnection = QStringLiteral("gui-main");
}

AppController::AppController(Options options, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_secrets(std::make_unique<SecretStore>())
{
    qRegisterMetaType<tg::LiveSnapshot>();
    qRegisterMetaType<tg::PbxProfile>();
    // Everything that crosses to and from the engine thread in a queued connection.
    qRegisterMetaType<tg::AuditResult>();
    qRegisterMetaType<tg::ConfigFileSet>();
    qRegisterMetaType<tg::FixPlan>();
    qRegisterMetaType<tg::ReloadAction>();
    qRegisterMetaType<tg::BlockRequest>();
    qRegisterMetaType<tg::BlockPlan>();
    qRegisterMetaType<tg::BlockRecordList>();
    qRegisterMetaType<tg::PbxOutcome>();
    qRegisterMetaType<QVector<tg::PbxOutcome>>();
    qRegisterMetaType<tg::HostKeyQuestion>();
    qRegisterMetaType<tg::HostKeyDecision>();
    qRegisterMetaType<tg::AutoBlockSettings>();
    qRegisterMetaType<tg::AccessPolicy>();
    qRegisterMetaType<tg::AccessPolicyMap>();
    qRegisterMetaType<tg::BlockSettings>();
    qRegisterMetaType<QHash<QString, tg::BlockSettings>>();
}

QString AppController::localUser()
{
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? qEnvironmentVariable("USERNAME") : user;
}

AppController::~AppController()
{
    if (m_engine) {
        QMetaObject::invokeMethod(m_engine, &Engine::shutdown, Qt::BlockingQueuedConnection);
        m_engineThread.quit();
        m_engineThread.wait();
        delete m_engine;   // its thread has stopped, so nothing else touches it now
    }
    m_forwarding.reset();   // after the engine: its last alerts are queued to the forwarder first
    Database::close(kGuiConnection);
}

bool AppController::start(QString *error)
{
    m_dbPath = Database::dbPath(m_options.dataDir);
    // Open (and migrate) once up front: a corrupt or newer store must stop us before any window.
    const DbOpenResult opened = Database::open(m_dbPath, kGuiConnection);
    if (!opened.ok) {
        *error = opened.error;
        return false;
    }

    Engine::Options eo;
    eo.dbPath = m_dbPath;
    eo.retentionDays = GeneralSettingsPage::retentionDays();
    eo.detectionSettingsPath = DetectionSettingsFile::pathIn(m_options.dataDir);
    m_engine = new Engine(eo);
    m_engine->setSecretStore(m_secrets.get());   // before the thread starts
    m_engine->setSnapshotRetention(SnapshotRetention::fromSettings());
    m_engine->moveToThread(&m_engineThread);
    m_engineThread.setObjectName(QStringLiteral("engine"));
    m_engineThread.start();

    m_window = std::make_unique<MainWindow>(m_dbPath);
    connect(m_engine, &Engine::snapshotReady, m_window.get(), &MainWindow::applySnapshot, Qt::QueuedConnection);
    connect(m_engine, &Engine::failed, m_window.get(), [this](const QString &message) {
        QMessageBox::warning(m_window.get(), tr("Tollgate"), message);
    });
    connect(m_window.get(), &MainWindow::demoRequested, m_engine, &Engine::startDemo, Qt::QueuedConnection);
    connect(m_window.get(), &MainWindow::hangupRequested, m_engine, &Engine::hangup, Qt::QueuedConnection);
    connect(m_window.get(), &MainWindow::pbxSaveRequested, this, &AppController::savePbx);
    connect(m_window.get(), &MainWindow::pbxRemoveRequested, this, &AppController::removePbx);
    connect(m_window.get(), &MainWindow::testConnectionRequested, this, &AppController::testConnection);
    connect(m_window->alertsView(), &AlertsView::alertsClosed, m_engine, [engine = m_engine](const QVector<qint64> &ids) {
        for (qint64 id : ids)
            engine->forgetAlert(id);
    }, Qt::QueuedConnection);
    connect(m_engine, &Engine::testConnectionResult, m_window.get(), &MainWindow::showTestConnectionResult,
            Qt::QueuedConnection);
    connect(m_window.get(), &MainWindow::settingsChanged, m_engine, [engine = m_engine] {
        engine->setRetentionDays(GeneralSettingsPage::retentionDays());
        engine->reloadDetectionSettings();
        engine->setSnapshotRetention(SnapshotRetention::fromSettings());
    }, Qt::QueuedConnection);
    connect(m_engine, &Engine::hostKeyQuestion, this, &AppController::askHostKey, Qt::QueuedConnection);
    connect(m_window->alertsView(), &AlertsView::incidentReportRequested, this, &AppController::writeIncidentReport);
    wireActions();
    m_forwarding = std::make_unique<ForwardingController>(QFileInfo(m_dbPath).absolutePath(), m_engine, m_window.get());

    bool engineOk = false;
    QMetaObject::invokeMethod(m_engine, [this] { return m_engine->start(); }, Qt::BlockingQueuedConnection, &engineOk);
    if (!engineOk) {
        *error = m_engine->lastError();
        return false;
    }
    QMetaObject::invokeMethod(m_engine, &Engine::publishAlertBlocks, Qt::QueuedConnection);

    QMetaObject::invokeMethod(m_engine, &Engine::loadAccessPolicies, Qt::QueuedConnection);
    QMetaObject::invokeMethod(m_engine, &Engine::loadBlockSettings, Qt::QueuedConnection);
    const PbxProfileList saved = PbxRepository(kGuiConnection).list();
    m_window->setPbxProfiles(saved);
    if (m_options.demo || (m_options.autoDemo && saved.isEmpty()))
        QMetaObject::invokeMethod(m_engine, &Engine::startDemo, Qt::QueuedConnection);
    connectSavedPbxes();
    return true;
}

void AppController::wireActions()
{
    Engine *engine = m_engine;
    AuditView *audit = m_window->auditView();
    connect(audit, &AuditView::auditRequested, engine, &Engine::runAudit, Qt::QueuedConnection);
    connect(audit, &AuditView::fixConfirmed, engine, &Engine::applyFix, Qt::QueuedConnection);
    connect(audit, &AuditView::rollbackRequested, engine, &Engine::rollbackFix, Qt::QueuedConnection);
    connect(engine, &Engine::auditProgress, audit, &AuditView::setRunning, Qt::QueuedConnection);
    connect(engine, &Engine::auditFinished, audit, &AuditView::setResult, Qt::QueuedConnection);
    connect(engine, &Engine::fixFinished, audit, &AuditView::showFixOutcome, Qt::QueuedConnection);
    connect(engine, &Engine::rollbackFinished, audit, &AuditView::showRollbackOutcome, Qt::QueuedConnection);
    // The access review's approved users, edited in the PBX dialog, stored by the engine.
    connect(m_window.get(), &MainWindow::accessPolicySaveRequested, engine, &Engine::saveAccessPolicy,
            Qt::QueuedConnection);
    connect(engine, &Engine::accessPoliciesLoaded, m_window.get(), &MainWindow::setAccessPolicies,
            Qt::QueuedConnection);
    // The configuration folder and blocking of each PBX, edited in the same dialog.
    connect(m_window.get(), &MainWindow::blockSettingsSaveRequested, engine, &Engine::saveBlockSettings,
            Qt::QueuedConnection);
    connect(engine, &Engine::blockSettingsLoaded, m_window.get(), &MainWindow::setBlockSettings,
            Qt::QueuedConnection);

    // AlertsView::blockRequested already opens the Blocks tab's dialog (MainWindow).
    BlocksView *blocks = m_window->blocksView();
    connect(blocks, &BlocksView::planRequested, engine, [engine](BlockRequest request) {
        request.who = localUser();
        QMetaObject::invokeMethod(engine, [engine, request] { engine->prepareBlock(request); }, Qt::QueuedConnection);
    });
    connect(blocks, &BlocksView::executeRequested, engine, &Engine::executeBlock, Qt::QueuedConnection);
    connect(blocks, &BlocksView::refreshRequested, engine, &Engine::refreshBlocks, Qt::QueuedConnection);
    connect(engine, &Engine::blockPlanReady, blocks, &BlocksView::showPlan, Qt::QueuedConnection);
    connect(engine, &Engine::blockOutcome, blocks, &BlocksView::showOutcome, Qt::QueuedConnection);
    connect(engine, &Engine::blockRecordsReady, blocks, &BlocksView::setRecords, Qt::QueuedConnection);
    connect(engine, &Engine::blockListingsReady, blocks, &BlocksView::setListings, Qt::QueuedConnection);
    // Blocks made from alerts (by hand or automatically) are shown on their alert too.
    connect(engine, &Engine::alertBlocksReady, m_window->alertsView(), &AlertsView::setBlockRecords, Qt::QueuedConnection);
    connect(engine, &Engine::automaticBlockNote, m_window.get(),
            [w = m_window.get()](const QString &text) { w->statusBar()->showMessage(text, 15000); }, Qt::QueuedConnection);
    // Automatic blocking follows the settings: now, and whenever the settings dialog saves.
    const auto pushAutoBlock = [engine] {
        const AutoBlockSettings settings = AutoBlockSettings::load();
        QMetaObject::invokeMethod(engine, [engine, settings] { engine->setAutoBlockSettings(settings); },
                                  Qt::QueuedConnection);
    };
    pushAutoBlock();
    connect(m_window.get(), &MainWindow::settingsChanged, this, pushAutoBlock);

    ConfigDiffView *config = m_window->configView();
    connect(config, &ConfigDiffView::snapshotRequested, engine, [engine](const QString &pbx) {
        const QString who = localUser();
        QMetaObject::invokeMethod(engine, [engine, pbx, who] { engine->snapshotConfig(pbx, who); },
                                  Qt::QueuedConnection);
    });
    connect(engine, &Engine::configRoundFinished, config, &ConfigDiffView::roundFinished, Qt::QueuedConnection);
    connect(engine, &Engine::configFetchFailed, config, &ConfigDiffView::showFetchFailure, Qt::QueuedConnection);
    // "Revert to baseline" through the guided fix flow: plan (diff) -> confirm -> backup, write,
    // reload -> outcome, with the backup for "Undo revert".
    connect(config, &ConfigDiffView::revertRequested, engine, &Engine::prepareRevert, Qt::QueuedConnection);
    connect(engine, &Engine::revertPlanReady, config, &ConfigDiffView::showRevertPlan, Qt::QueuedConnection);
    connect(config, &ConfigDiffView::revertConfirmed, engine, &Engine::applyFix, Qt::QueuedConnection);
    connect(engine, &Engine::revertFinished, config, &ConfigDiffView::showRevertOutcome, Qt::QueuedConnection);
    connect(config, &ConfigDiffView::revertRollbackRequested, engine, &Engine::rollbackRevert, Qt::QueuedConnection);
    connect(engine, &Engine::revertRolledBack, config, &ConfigDiffView::showRevertRollback, Qt::QueuedConnection);
}

void AppController::connectSavedPbxes()
{
    for (const PbxProfile &p : PbxRepository(kGuiConnection).list()) {
        if (p.enabled)
            connectWithSecrets(p);
    }
}

void AppController::connectWithSecrets(const PbxProfile &p)
{
    // Keychain reads are asynchronous; the PBX connects when its secrets have arrived.
    m_secrets->read(p.secretKey(), [this, p](bool ok, const QString &secret, const QString &error) {
        if (!ok) {
            m_window->showTestConnectionResult(p.name, {error});
            return;
        }
        // SSH serves the tunnel, and also audits, fixes, blocks and config snapshots.
        const bool needsSsh = !p.sshUser.isEmpty();
        const auto connectNow = [this, p, secret](const QString &sshSecret) {
            QMetaObject::invokeMethod(
                m_engine, [engine = m_engine, p, secret, sshSecret] { engine->connectPbx(p, secret, sshSecret); },
                Qt::QueuedConnection);
        };
        if (!needsSsh) {
            connectNow(QString());
            return;
        }
        // No SSH secret is fine: the key may have no passphrase, or ssh-agent holds it.
        m_secrets->read(p.sshSecretKey(), [connectNow](bool, const QString &sshSecret, const QString &) {
            connectNow(sshSecret);
        });
    });
}

// Runs work on the engine thread and hands its result to done on the GUI thread.
template<typename Work, typename Done>
void AppController::viaEngine(Work work, Done done)
{
    QMetaObject::invokeMethod(m_engine, [this, work, done]() mutable {
        auto result = work(m_engine);
        QMetaObject::invokeMethod(this, [done, result] { done(result); }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void AppController::savePbx(PbxProfile profile, const QString &secret)
{
    struct Saved {
        bool ok = false;
        QString error;
        PbxProfile profile;
        PbxProfileList all;
    };
    viaEngine([profile](Engine *engine) mutable {
        Saved r;
        r.ok = engine->savePbxProfile(profile, &r.error);
        r.profile = profile;
        r.all = engine->pbxProfiles();
        return r;
    }, [this, secret](const Saved &r) {
        m_window->setPbxProfiles(r.all);
        if (!r.ok)
            QMessageBox::warning(m_window.get(), tr("Tollgate"), r.error);
        else
            storeSecretAndConnect(r.profile, secret);
    });
}

void AppController::storeSecretAndConnect(const PbxProfile &profile, const QString &secret)
{
    if (secret.isEmpty()) {
        connectWithSecrets(profile);
        return;
    }
    m_secrets->write(profile.secretKey(), secret, [this, profile, secret](bool ok, const QString &) {
        if (!ok) {
            // Never plaintext: offer to keep the secret in memory for this run only.
            const auto answer = QMessageBox::question(
                m_window.get(), tr("No keychain"),
                SecretStore::unreachableMessage() + QStringLiteral("\n\n")
                    + tr("Keep the secret of %1 for this run only?").arg(profile.name));
            if (answer != QMessageBox::Yes)
                return;
            m_secrets->keepForSession(profile.secretKey(), secret);
        }
        connectWithSecrets(profile);
    });
}

void AppController::testConnection(const PbxProfile &profile, const QString &secret)
{
    // The dialog hands over a secret only when one was typed; otherwise the saved one is used.
    const auto run = [this, profile](const QString &managerSecret) {
        m_secrets->read(profile.sshSecretKey(), [this, profile, managerSecret](bool, const QString &ssh, const QString &) {
            QMetaObject::invokeMethod(
                m_engine, [engine = m_engine, profile, managerSecret, ssh] { engine->testConnection(profile, managerSecret, ssh); },
                Qt::QueuedConnection);
        });
    };
    if (!secret.isEmpty()) {
        run(secret);
        return;
    }
    m_secrets->read(profile.secretKey(), [run](bool, const QString &saved, const QString &) { run(saved); });
}

void AppController::askHostKey(const HostKeyQuestion &question)
{
    m_hostKeyQueue.append(question);
    if (!m_hostKeyDialog)
        showNextHostKeyQuestion();
}

void AppController::showNextHostKeyQuestion()
{
    if (m_hostKeyQueue.isEmpty() || !m_window)
        return;
    auto *dialog = new HostKeyDialog(m_hostKeyQueue.takeFirst(), m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_hostKeyDialog = dialog;
    connect(dialog, &QDialog::finished, this, [this, dialog] {
        const quint64 id = dialog->question().id;
        const HostKeyDecision decision = dialog->decision();
        const QString confirmation = dialog->confirmation();
        // The SSH worker that asked waits on the engine side; the answer goes there, queued.
        QMetaObject::invokeMethod(
            m_engine, [engine = m_engine, id, decision, confirmation] { engine->answerHostKey(id, decision, confirmation); },
            Qt::QueuedConnection);
        m_hostKeyDialog = nullptr;
        QMetaObject::invokeMethod(this, &AppController::showNextHostKeyQuestion, Qt::QueuedConnection);
    });
    dialog->open();   // window-modal, without a nested event loop
}

void AppController::writeIncidentReport(const IncidentScope &scope, const QString &path)
{
    struct Outcome {
        bool ok = false;
        QString error;
    };
    IncidentReportBuilder::Options options;
    options.generatedBy = localUser();
    const QString dbPath = m_dbPath;
    const QString detectionPath = DetectionSettingsFile::pathIn(m_options.dataDir);
    const auto format = IncidentReportWriter::formatForPath(path);
    // A thread of its own per report (a report is rare and may take seconds): it never waits behind
    // other pool work, and it hands its outcome back to the GUI thread itself. It starts once the
    // engine has committed what it queued, so an alert that just arrived is in the store.
    QPointer<AppController> self(this);
    QThread *worker = QThread::create([=]() mutable {
        Outcome o;
        QString ignored;   // a broken file means the defaults, as for the engine (which says so)
        DetectionSettingsFile::read(detectionPath, &options.detection, &ignored);
        o.ok = IncidentReportWriter::write(dbPath, scope, path, format, options, &o.error);
        QMetaObject::invokeMethod(qApp, [self, o, path] {
            if (self && self->m_window)
                self->m_window->alertsView()->showIncidentReportResult(o.ok, path, o.error);
        }, Qt::QueuedConnection);
    });
    worker->setObjectName(QStringLiteral("incident-report"));
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    QMetaObject::invokeMethod(m_engine, [engine = m_engine, worker] {
        engine->flushStore();
        worker->start();
    }, Qt::QueuedConnection);
}

void AppController::removePbx(const QString &name)
{
    struct Removed {
        QString error;
        PbxProfileList all;
    };
    viaEngine([name](Engine *engine) {
        Removed r;
        engine->disconnectPbx(name);
        engine->removePbxProfile(name, &r.error);
        r.all = engine->pbxProfiles();
        return r;
    }, [this](const Removed &r) {
        m_window->setPbxProfiles(r.all);
        if (!r.error.isEmpty())
            QMessageBox::warning(m_window.get(), tr("Tollgate"), r.error);
    });
    // A removed PBX leaves no secret behind in the keychain, neither its manager nor its SSH one.
    PbxProfile p;
    p.name = name;
    m_secrets->remove(p.secretKey(), [](bool, const QString &) {});
    m_secrets->remove(p.sshSecretKey(), [](bool, const QString &) {});
}

} // namespace tg
