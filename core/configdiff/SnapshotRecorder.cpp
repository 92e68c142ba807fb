#include "SnapshotRecorder.h"

#include "ConfigDiff.h"
#include "SecretMasker.h"
#include "SnapshotRepository.h"

#include <QDateTime>
#include <QFileInfo>

namespace tg {

QString SnapshotRecorder::maskedDiff(const QString &path, const DiffResult &diff, const QString &oldLabel,
                                     const QString &newLabel, int maxLines)
{
    const SecretMasker masker(ConfigDiff::formatFor(path));
    return diff.unifiedText(oldLabel, newLabel, maxLines,
                            [&masker](const QString &line) { return masker.maskLine(line); });
}

Alert SnapshotRecorder::buildAlert(const QString &pbx, const QString &path, const DiffResult &diff,
                                   const ChangeAssessment &assessment, bool againstBaseline, qint64 nowMs)
{
    Alert a;
    a.pbx = pbx;
    a.rule = QString::fromLatin1(kRule);
    a.subject = path;
    a.severity = assessment.severity;
    a.firstSeenMs = a.lastSeenMs = nowMs;
    a.count = 1;
    a.title = tr("%1 changed on %2 without approval").arg(QFileInfo(path).fileName(), pbx);
    QStringList lines;
    lines << (againstBaseline ? tr("%1 differs from its approved baseline: %n line(s) added", nullptr, diff.added)
                              : tr("%1 changed since the previous snapshot (no baseline is approved yet): "
                                   "%n line(s) added", nullptr, diff.added))
                     .arg(path)
                  + tr(", %n removed.", nullptr, diff.removed);
    lines << assessment.messages();
    lines << QString() << maskedDiff(path, diff, againstBaseline ? tr("baseline") : tr("previous"), tr("now"),
                                     kMaxDiffLinesInAlert);
    a.explanation = lines.join(QLatin1Char('\n'));
    a.suggestedAction = tr("Open the Config tab and review the change. If it was intended, approve it as the new "
                           "baseline; if not, revert to the baseline and find out who changed the file "
                           "(SSH logins and sudo logs on the PBX).");
    return a;
}

RecordResult SnapshotRecorder::record(const QString &pbx, const QString &path, const QByteArray &content,
                                      SnapshotTrigger trigger, const QString &who, const QString &source, qint64 nowMs)
{
    RecordResult r;
    const QByteArray hash = ConfigDiff::sha256Hex(content);
    const ConfigSnapshot previous = m_repo.latest(pbx, path, source);
    if (!previous.isNull() && previous.sha256 == hash) {
        r.snapshot = previous;
        return r;
    }
    r.snapshot.pbx = pbx;
    r.snapshot.path = path;
    r.snapshot.timeMs = nowMs;
    r.snapshot.trigger = trigger;
    r.snapshot.who = who;
    r.snapshot.source = source;
    if (!m_repo.add(r.snapshot, content)) {
        r.ok = false;
        r.error = m_repo.error();
        return r;
    }
    r.stored = true;
    if (previous.isNull())
        return r; // first snapshot from this source: nothing to compare with

    const ConfigBaseline baseline = m_repo.baseline(pbx, path);
    ConfigSnapshot base;
    if (!baseline.isNull())
        base = m_repo.byId(baseline.snapshotId);
    r.againstBaseline = !base.isNull() && base.source == source;
    r.reference = r.againstBaseline ? base : previous;
    if (r.reference.sha256 == hash)
        return r; // back to the approved content

    DiffResult diff = ConfigDiff::compute(m_repo.content(r.reference.sha256), content);
    ConfigDiff::annotate(diff, ConfigDiff::formatFor(path));
    r.assessment = ChangeClassifier::classify(path, diff);
    if (r.assessment.severity < Severity::Low)
        return r;

    r.hasAlert = true;
    r.alert = buildAlert(pbx, path, diff, r.assessment, r.againstBaseline, nowMs);
    r.evidence.timeMs = nowMs;
    r.evidence.pbx = pbx;
    r.evidence.kind = EventKind::Raw;
    r.evidence.type = QStringLiteral("ConfigFileChanged");
    r.evidence.service = source.toUpper();
    r.evidence.account = path;
    r.evidence.detail = tr("%1: %2 line(s) added, %3 removed; %4")
                            .arg(path)
                            .arg(diff.added)
                            .arg(diff.removed)
                            .arg(severityName(r.assessment.severity));
    r.evidence.raw = maskedDiff(path, diff, r.reference.sha256.left(12), hash.left(12), 2000).toUtf8();
    return r;
}

} // namespace tg
