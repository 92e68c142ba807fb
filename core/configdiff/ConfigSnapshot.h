#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <QVector>

namespace tg {

// What made Tollgate take a snapshot.
enum class SnapshotTrigger : int { Schedule = 0, Reload, OnDemand, Revert, Import };

QString snapshotTriggerName(SnapshotTrigger t);        // "schedule", "reload", ... (stored)
SnapshotTrigger snapshotTriggerFromName(const QString &name);
QString snapshotTriggerLabel(SnapshotTrigger t);       // translated, for the timeline

// One fetched version of one config file of one PBX. The content lives once per SHA-256 in the
// blob table (SnapshotRepository::content).
struct ConfigSnapshot {
    qint64 id = 0;
    QString pbx;
    QString path;             // absolute path on the PBX, e.g. /etc/asterisk/manager.conf
    qint64 timeMs = 0;
    QByteArray sha256;        // lower-case hex
    qint64 size = 0;
    SnapshotTrigger trigger = SnapshotTrigger::OnDemand;
    QString who;              // the analyst, or "scheduler", "reload event"
    QString source;           // "ssh", "ami" (GetConfig: comments lost), "file"
    QString note;
    bool isNull() const { return id == 0; }
};

// How much history to keep per watched file (Settings -> Config history). The baseline and the
// newest snapshot of each source are always kept: change detection compares with them.
struct SnapshotRetention {
    static constexpr int kDefaultKeepLast = 100;
    int keepLast = kDefaultKeepLast;   // the newest N snapshots per file; 0: no count limit
    int maxAgeDays = 0;                // older ones go; 0: no age limit
    bool limits() const { return keepLast > 0 || maxAgeDays > 0; }

    // The application's setting (QSettings "configHistory/keepSnapshots" and "configHistory/keepDays").
    static SnapshotRetention fromSettings();
    void toSettings() const;
};

// The approved version of one file.
struct ConfigBaseline {
    QString pbx;
    QString path;
    qint64 snapshotId = 0;
    QByteArray sha256;
    qint64 approvedMs = 0;
    QString approvedBy;
    bool isNull() const { return snapshotId == 0; }
};

using ConfigSnapshotList = QVector<ConfigSnapshot>;

} // namespace tg

Q_DECLARE_METATYPE(tg::ConfigSnapshot)
Q_DECLARE_METATYPE(tg::ConfigBaseline)
Q_DECLARE_METATYPE(tg::ConfigSnapshotList)
