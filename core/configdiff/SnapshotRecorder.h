#pragma once

#include "Alert.h"
#include "ChangeClassifier.h"
#include "ConfigSnapshot.h"
#include "DiffResult.h"
#include "Event.h"

#include <QCoreApplication>

namespace tg {

class SnapshotRepository;

// What recording one fetched file came to.
struct RecordResult {
    bool ok = true;
    QString error;
    bool stored = false;          // the content differs from the last snapshot: a new one was stored
    ConfigSnapshot snapshot;      // the new snapshot, or the latest one when nothing changed
    ConfigSnapshot reference;     // what it was compared with (baseline, else the previous snapshot)
    bool againstBaseline = false;
    ChangeAssessment assessment;
    bool hasAlert = false;        // an unapproved change of severity Low or more
    Alert alert;                  // rule "config_change", subject = the file's path
    Event evidence;               // Raw "ConfigFileChanged" with the masked diff as raw text
};

// Turns one fetched file into history and, when it changed without approval, an alert. The new
// content is compared with the newest snapshot of the same source (SSH text and AMI GetConfig
// text differ in comments and layout, so they are never compared with each other); a changed
// file is stored and diffed against the approved baseline (or, before any approval, against
// the previous snapshot). A change back to the baseline, the first snapshot of a file and
// changes of comments only raise nothing. Runs wherever its repository's connection lives;
// large files make it slow, so callers keep it off the GUI and engine threads.
class SnapshotRecorder
{
    Q_DECLARE_TR_FUNCTIONS(tg::SnapshotRecorder)
public:
    explicit SnapshotRecorder(SnapshotRepository &repository) : m_repo(repository) {}

    static constexpr const char *kRule = "config_change";
    static constexpr int kMaxDiffLinesInAlert = 200;

    RecordResult record(const QString &pbx, const QString &path, const QByteArray &content,
                        SnapshotTrigger trigger, const QString &who, const QString &source, qint64 nowMs);

    // The alert for a change of `path` (exposed for tests and for diffs the analyst starts).
    static Alert buildAlert(const QString &pbx, const QString &path, const DiffResult &diff,
                            const ChangeAssessment &assessment, bool againstBaseline, qint64 nowMs);
    // The unified diff with every secret masked, at most maxLines lines.
    static QString maskedDiff(const QString &path, const DiffResult &diff, const QString &oldLabel,
                              const QString &newLabel, int maxLines);

private:
    SnapshotRepository &m_repo;
};

} // namespace tg
