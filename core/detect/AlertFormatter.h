#pragma once

#include "AnalysisResult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace tg {

// Prints analysis results: a text table for people, JSON (one object per alert) for scripts.
class AlertFormatter
{
    Q_DECLARE_TR_FUNCTIONS(tg::AlertFormatter)
public:
    // Table: severity, rule, subject, count, first/last seen (UTC), cost, title; explanations below
    // when verbose.
    static QString toText(const AnalysisResult &r, bool verbose = false);
    // {"alerts":[{rule, severity, subject, pbx, title, explanation, suggested_action, source_ips,
    //   accounts, count, first_seen, last_seen, estimated_cost, currency, evidence[, source_countries]}],
    //  "events": n}; source_countries ({"ip": "DE"}) only when a GeoIP database was used.
    static QByteArray toJson(const AnalysisResult &r);
    static QJsonObject alertToJson(const Alert &a, const QStringList &ips, const QStringList &accounts,
                                   const QString &currency);
};

} // namespace tg
