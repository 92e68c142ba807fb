#pragma once

#include "detect/DetectionSettings.h"
#include "report/IncidentReport.h"

#include <QString>

namespace tg {

class EventReader;

// Reads what an incident report shows from the store: the alerts in scope, their evidence,
// the addresses and accounts involved, the cost, the triage history, and the blocks and audit
// fixes that followed. GUI-free and self-contained: it opens its own SQLite connections, so it
// runs on any thread (never the GUI's: it reads the disk), one build at a time per builder.
class IncidentReportBuilder
{
public:
    struct Options {
        QString generatedBy;
        qint64 nowMs = 0;                 // 0: the wall clock
        int maxAlerts = 500;
        int maxEvidenceRead = 2000;       // evidence events read for the tables and the cost
        int evidencePerAlert = 6;         // shown per alert: its first and its newest events
        int maxEvidenceShown = 120;       // shown in all
        int maxRawChars = 2000;           // raw PBX text per shown event
        int maxSources = 200;
        int maxAccounts = 25;
        // Prefix table and home countries (destination countries), the currency, and the GeoIP
        // database (countries of source addresses, when one is set).
        DetectionSettings detection = DetectionSettings::defaults();
    };

    IncidentReportBuilder(const QString &dbPath, Options options);

    // False with a sentence in *error when the store cannot be read or nothing is in scope.
    bool build(const IncidentScope &scope, IncidentReport *report, QString *error);

private:
    bool readAlerts(const QString &connection, const IncidentScope &scope, IncidentReport &r, QString *error);
    void readEvidence(EventReader &reader, IncidentReport &r, QHash<qint64, Event> *events);
    void summarize(EventReader &reader, const QHash<qint64, Event> &events, IncidentReport &r);
    void readActions(const QString &connection, IncidentReport &r);
    void buildTimeline(IncidentReport &r) const;

    QString m_dbPath;
    Options m_options;
};

} // namespace tg
