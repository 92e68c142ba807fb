#pragma once

#include "HostKeyQuestion.h"
#include "PbxProfile.h"
#include "report/IncidentReport.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <memory>

namespace tg {

class Engine;
class ForwardingController;
class HostKeyDialog;
class MainWindow;
class SecretStore;

// Wires the GUI to the engine thread: profiles and secrets in, snapshots out.
// Everything slow (sockets, SQLite writes, SSH) happens on the engine thread: the Audit, Blocks
// and Config views' requests go there queued, and the answers come back queued.
class AppController : public QObject
{
    Q_OBJECT
public:
    struct Options {
        QString dataDir;
        bool demo = false;       // start the Demo PBX
        bool autoDemo = false;   // start the Demo PBX only when no PBX is configured
    };

    explicit AppController(Options options, QObject *parent = nullptr);
    ~AppController() override;

    // Opens the store and the window; false (with a sentence in *error) when the store is unusable.
    bool start(QString *error);
    MainWindow *window() const { return m_window.get(); }
    Engine *engine() const { return m_engine; }
    // Tests keep secrets for the session here when no keychain runs.
    SecretStore *secrets() const { return m_secrets.get(); }
    // Who the block records and config snapshots name: the local account.
    static QString localUser();

private:
    void wireActions();
    void connectSavedPbxes();
    void connectWithSecrets(const PbxProfile &profile);
    template<typename Work, typename Done> void viaEngine(Work work, Done done);
    void savePbx(PbxProfile profile, const QString &secret);
    void storeSecretAndConnect(const PbxProfile &profile, const QString &secret);
    void removePbx(const QString &name);
    void testConnection(const PbxProfile &profile, const QString &secret);
    // Host key questions from the engine, one dialog at a time; answers go back queued.
    void askHostKey(const HostKeyQuestion &question);
    void showNextHostKeyQuestion();
    // Builds and writes the report (chosen alerts or a period) on a thread of its own; the Alerts
    // pane hears the outcome.
    void writeIncidentReport(const IncidentScope &scope, const QString &path);

    Options m_options;
    QString m_dbPath;
    QThread m_engineThread;
    Engine *m_engine = nullptr;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<ForwardingController> m_forwarding;
    std::unique_ptr<SecretStore> m_secrets;
    QList<HostKeyQuestion> m_hostKeyQueue;
    QPointer<HostKeyDialog> m_hostKeyDialog;
};

} // namespace tg
