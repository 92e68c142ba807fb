#pragma once

#include "Finding.h"
#include "PbxProfile.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QStringList>

namespace tg {

// One audit of one PBX: its findings, the score, and what could not be read.
struct AuditResult {
    QString pbx;
    PbxType type = PbxType::Asterisk;
    QDateTime finishedUtc;
    QString version;             // the PBX's version string, when known
    QString source;              // "offline /path" or "ssh user@host" (no secrets)
    FindingList findings;        // sorted: most severe first
    QStringList errors;          // files that could not be read or parsed, commands that failed
    QStringList files;           // config files read

    // 100 minus a penalty per finding (critical 25, high 10, medium 4, low 1), at least 0; any
    // critical finding caps it at 49, so a PBX with one never looks "mostly fine".
    int score() const { return scoreOf(findings); }
    static int scoreOf(const FindingList &findings);
    int count(Severity s) const;
    bool hasAtLeast(Severity s) const;

    QJsonObject toJson() const;
    static AuditResult fromJson(const QJsonObject &o);
};

} // namespace tg

Q_DECLARE_METATYPE(tg::AuditResult)
