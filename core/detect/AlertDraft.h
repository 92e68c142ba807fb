#pragma once

#include "Alert.h"
#include "KeyHash.h"

#include <QString>
#include <QVarLengthArray>
#include <QVector>

namespace tg {

// What a detector hands to the engine: the engine aggregates drafts into alerts
// (one open alert per pbx + rule + subject) and applies the allowlist.
struct AlertDraft {
    QString pbx;
    QString rule;
    QString subject;
    Severity severity = Severity::Medium;
    qint64 timeMs = 0;
    QString title;
    QString explanation;
    QString suggestedAction;
    double estimatedCost = 0.0;   // > 0 replaces the alert's figure (or adds to it with addCost)
    bool addCost = false;
    int count = 1;                // events this draft accounts for
    QVarLengthArray<qint64, 4> evidence;   // event ids (most drafts bring one: no allocation)
    // What the allowlist is checked against (empty = not checked).
    QString srcIp;
    QString account;
    QString destination;
    QString e164;
    Key key = 0;                  // AlertBook::hashOf(pbx, rule, subject) once computed, else 0
};

} // namespace tg
