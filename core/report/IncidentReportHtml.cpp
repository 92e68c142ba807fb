#include "IncidentReportHtml.h"

#include "Translations.h"
#include "audit/AuditReport.h"
#include "blocking/BlockTypes.h"
#include "detect/DetectFormat.h"
#include "report/IncidentLabels.h"

#include <QDateTime>
#include <QHash>
#include <QSet>

namespace tg {

namespace {

QString tr(const char *text)
{
    return Translations::lookup({"tg::IncidentReportHtml", "tg"}, text);
}

// QTextDocument understands this subset; browsers take all of it.
const char kStyle[] =
    "body { font-family: 'DejaVu Sans', 'Segoe UI', Arial, sans-serif; font-size: 9pt; color: #1c2833; }"
    "h1 { font-size: 17pt; color: #1f2d3d; margin-top: 10px; margin-bottom: 4px; }"
    "h2 { font-size: 12pt; color: #1f4e79; margin-top: 18px; margin-bottom: 6px; }"
    "h3 { font-size: 10pt; color: #1c2833; margin-top: 12px; margin-bottom: 3px; }"
    "p { margin-top: 3px; margin-bottom: 3px; }"
    "table.grid { border-collapse: collapse; margin-top: 2px; margin-bottom: 4px; }"
    "table.grid th { background-color: #e4eaf1; color: #1f2d3d; font-weight: bold; text-align: left;"
    " padding: 3px 5px; border-bottom: 1px solid #aab7c4; }"
    "table.grid td { padding: 3px 5px; border-bottom: 1px solid #dde3ea; vertical-align: top; }"
    "table.meta td { padding: 2px 8px 2px 0px; vertical-align: top; }"
    "td.key { color: #5d6d7e; }"
    ".num { text-align: right; }"
    ".nw { white-space: nowrap; }"
    "pre { font-family: 'DejaVu Sans Mono', Consolas, 'Courier New', monospace; font-size: 7pt;"
    " background-color: #f3f5f7; color: #1c2833; white-space: pre-wrap; margin-top: 0px; margin-bottom: 6px; }"
    ".muted { color: #5d6d7e; }"
    ".small { font-size: 8pt; }"
    ".warn { color: #8a4b08; }";

QString esc(const QString &s)
{
    return IncidentReportHtml::escape(s);
}

QString money(double amount, const QString &currency)
{
    return DetectFormat::money(amount, currency);
}

QString number(qint64 n)
{
    return n < 0 ? QStringLiteral("–") : QString::number(n);
}

QString severityBadge(Severity s)
{
    return QStringLiteral("<span style=\"background-color:%1; color:#ffffff; font-weight:bold;\">&nbsp;%2&nbsp;</span>")
        .arg(AuditReport::severityColor(s), esc(IncidentLabels::severity(s).toUpper()));
}

QString severityText(Severity s)
{
    return QStringLiteral("<span style=\"color:%1; font-weight:bold;\">%2</span>")
        .arg(AuditReport::severityColor(s), esc(IncidentLabels::severity(s)));
}

// A table of already escaped cells; `numeric` columns are right-aligned, `nowrap` ones (times,
// addresses) are kept on one line so the free text columns take the wrapping.
class Grid
{
public:
    Grid(const QStringList &headers, const QSet<int> &numeric = {}, const QSet<int> &nowrap = {})
        : m_numeric(numeric), m_nowrap(nowrap)
    {
        m_html = QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\"><thead><tr>");
        for (int i = 0; i < headers.size(); ++i)
            m_html += QStringLiteral("<th%1>%2</th>").arg(attributes(i, true), esc(headers.at(i)));
        m_html += QStringLiteral("</tr></thead><tbody>");
    }
    void row(const QStringList &cells)
    {
        m_html += QStringLiteral("<tr>");
        for (int i = 0; i < cells.size(); ++i)
            m_html += QStringLiteral("<td%1>%2</td>").arg(attributes(i, false), cells.at(i));
        m_html += QStringLiteral("</tr>");
    }
    QString html() const { return m_html + QStringLiteral("</tbody></table>"); }

private:
    // Classes, not inline styles: QTextDocument drops the stylesheet's borders of a cell with a style.
    QString attributes(int column, bool header) const
    {
        QStringList classes;
        if (m_numeric.contains(column))
            classes << QStringLiteral("num");
        if (m_nowrap.contains(column) || (header && m_numeric.contains(column)))
            classes << QStringLiteral("nw");
        if (classes.isEmpty())
            return QString();
        return QStringLiteral(" class=\"%1\"%2")
            .arg(classes.join(QLatin1Char(' ')), m_numeric.contains(column) ? QStringLiteral(" align=\"right\"") : QString());
    }

    QString m_html;
    QSet<int> m_numeric;
    QSet<int> m_nowrap;
};

// Times in tables: the time of day alone when the whole report lies within one UTC day (the
// period above gives the date), else date and time.
class CellTime
{
public:
    explicit CellTime(const IncidentReport &r)
    {
        m_day = QDateTime::fromMSecsSinceEpoch(r.periodFromMs, Qt::UTC).date();
        m_oneDay = m_day == QDateTime::fromMSecsSinceEpoch(r.periodToMs, Qt::UTC).date();
    }
    QString operator()(qint64 ms) const
    {
        if (ms <= 0)
            return QString();
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
        return m_oneDay && t.date() == m_day ? t.toString(QStringLiteral("HH:mm:ss")) : IncidentReportHtml::time(ms);
    }

private:
    bool m_oneDay = false;
    QDate m_day;
};

// Numbered section headings; optional sections leave no gaps.
class Sections
{
public:
    QString heading(const QString &title) { return QStringLiteral("<h2>%1.&nbsp;%2</h2>").arg(++m_n).arg(esc(title)); }

private:
    int m_n = 0;
};

QString period(const IncidentReport &r)
{
    if (r.periodFromMs <= 0 && r.periodToMs <= 0)
        return QString();
    return tr("%1 to %2 (UTC)").arg(IncidentReportHtml::time(r.periodFromMs), IncidentReportHtml::time(r.periodToMs));
}

QString pbxList(const IncidentReport &r)
{
    return r.pbxes.isEmpty() ? tr("all PBXes") : r.pbxes.join(QStringLiteral(", "));
}

QString header(const IncidentReport &r)
{
    QString h;
    h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"8\" bgcolor=\"#1f2d3d\"><tr>"
                        "<td><span style=\"color:#ffffff; font-size:13pt; font-weight:bold;\">TOLLGATE</span>"
                        "<span style=\"color:#aab7c4; font-size:11pt;\">&nbsp;&nbsp;%1</span></td>"
                        "<td align=\"right\"><span style=\"color:#aab7c4;\">%2</span></td></tr></table>")
             .arg(esc(tr("Incident report")), esc(tr("Confidential: for incident response")));
    h += QStringLiteral("<h1>%1</h1>").arg(esc(IncidentReportHtml::title(r)));
    h += QStringLiteral("<p>%1&nbsp;&nbsp;<span class=\"muted\">%2</span></p>")
             .arg(severityBadge(r.highestSeverity()), esc(tr("highest severity among the alerts")));

    h += QStringLiteral("<table class=\"meta\" cellspacing=\"0\" cellpadding=\"2\">");
    auto row = [&h](const QString &k, const QString &v) {
        if (!v.isEmpty())
            h += QStringLiteral("<tr><td class=\"key\">%1</td><td>%2</td></tr>").arg(esc(k), v);
    };
    QString scope = tr("Selected alerts (%1)").arg(r.alerts.size());
    if (r.scope.isTimeRange())
        scope = r.scope.pbx.isEmpty() ? tr("Time range, all PBXes") : tr("Time range on %1").arg(r.scope.pbx);
    row(tr("Scope"), esc(scope));
    row(tr("Period"), esc(period(r)));
    row(tr("PBX"), esc(pbxList(r)));
    row(tr("Report generated"), esc(tr("%1 (UTC)").arg(IncidentReportHtml::time(r.generatedMs))));
    row(tr("Prepared by"), esc(r.generatedBy));
    h += QStringLiteral("</table>");
    return h;
}

QString keyFigures(const IncidentReport &r)
{
    auto cell = [](const QString &value, const QString &label) {
        return QStringLiteral("<td width=\"25%\" bgcolor=\"#f3f5f7\" style=\"padding:6px;\">"
                              "<span style=\"font-size:15pt; font-weight:bold; color:#1f2d3d;\">%1</span><br>"
                              "<span class=\"muted small\">%2</span></td>")
            .arg(esc(value), esc(label));
    };
    QString h = QStringLiteral("<table width=\"100%\" cellspacing=\"6\" cellpadding=\"6\"><tr>");
    h += cell(QString::number(r.alerts.size()), tr("alerts"));
    h += cell(QString::number(r.sourcesTotal), tr("source addresses"));
    h += cell(QString::number(r.accountsTotal), tr("accounts involved"));
    h += cell(money(r.estimatedCost, r.currency), tr("estimated cost"));
    h += QStringLiteral("</tr></table>");
    return h;
}

QString summary(const IncidentReport &r)
{
    QStringList s;
    const QString when = period(r);
    const QString severity = IncidentLabels::severity(r.highestSeverity()).toLower();
    if (r.alerts.isEmpty())
        s << tr("No alert was active on %1 from %2.").arg(pbxList(r), when);
    else if (r.alerts.size() == 1)
        s << tr("Tollgate raised one alert on %1 between %2; its severity is %3.").arg(pbxList(r), when, severity);
    else
        s << tr("Tollgate raised %1 alerts on %2 between %3; the highest severity is %4.")
                 .arg(r.alerts.size())
                 .arg(pbxList(r), when, severity);
    QStringList rules;
    for (const Alert &a : r.alerts)
        if (!rules.contains(a.rule))
            rules << a.rule;
    if (!rules.isEmpty())
        s << tr("Rules that fired: %1.").arg(DetectFormat::list(rules, 8));
    if (r.authFailuresInPeriod >= 0 && r.callsInPeriod >= 0)
        s << tr("Stored in this period on these PBXes: failed authentications %1, calls %2.")
                 .arg(r.authFailuresInPeriod)
                 .arg(r.callsInPeriod);
    s << (r.estimatedCost > 0 ? tr("Estimated cost of the calls involved: %1.").arg(money(r.estimatedCost, r.currency))
                              : tr("No call cost was recorded for this incident."));
    QStringList states;
    for (AlertStatus st : {AlertStatus::Open, AlertStatus::Acknowledged, AlertStatus::Snoozed, AlertStatus::Resolved,
                           AlertStatus::FalsePositive})
        if (const int n = r.countWithStatus(st))
            states << QStringLiteral("%1 %2").arg(IncidentLabels::status(st).toLower()).arg(n);
    if (!states.isEmpty())
        s << tr("Alert status now: %1.").arg(states.join(QStringLiteral(", ")));
    int blocked = 0;
    for (const BlockRecord &b : r.blocks)
        blocked += b.overall() == BlockState::Active;
    s << tr("Actions recorded: blocks %1 (in force %2), audit fixes %3, triage steps %4.")
             .arg(r.blocks.size())
             .arg(blocked)
             .arg(r.fixes.size())
             .arg(r.history.size());
    return QStringLiteral("<p>%1</p>").arg(esc(s.join(QLatin1Char(' '))));
}

QString timeline(const IncidentReport &r)
{
    if (r.timeline.isEmpty())
        return QStringLiteral("<p class=\"muted\">%1</p>").arg(esc(tr("Nothing recorded.")));
    const CellTime cellTime(r);
    Grid g({tr("Time (UTC)"), tr("What"), tr("Details"), tr("By")}, {}, {0, 1});
    for (const IncidentTimelineEntry &t : r.timeline) {
        using Kind = IncidentTimelineEntry::Kind;
        const bool alertEntry = t.kind == Kind::AlertOpened || t.kind == Kind::AlertLastSeen;
        const QString what = alertEntry ? QStringLiteral("<span style=\"color:%1; font-weight:bold;\">%2</span>")
                                              .arg(AuditReport::severityColor(t.severity), esc(IncidentLabels::timelineKind(t.kind)))
                                        : QStringLiteral("<b>%1</b>").arg(esc(IncidentLabels::timelineKind(t.kind)));
        g.row({esc(cellTime(t.timeMs)), what, esc(t.text), esc(t.who.isEmpty() ? tr("Tollgate") : t.who)});
    }
    return g.html();
}

QString alertsTable(const IncidentReport &r)
{
    // The PBX is in the header when there is only one.
    const bool manyPbxes = r.pbxes.size() > 1;
    const CellTime cellTime(r);
    QStringList headers{tr("#"), tr("Severity"), tr("Alert"), tr("Count"), tr("First seen"), tr("Last seen"),
                        tr("Status"), tr("Est. cost")};
    if (manyPbxes)
        headers.insert(3, tr("PBX"));
    const int shift = manyPbxes ? 1 : 0;
    Grid g(headers, {0, 3 + shift, 7 + shift}, {0, 1, 4 + shift, 5 + shift, 6 + shift, 7 + shift});
    for (const Alert &a : r.alerts) {
        QStringList cells{QString::number(a.id), severityText(a.severity),
                          QStringLiteral("%1<br><span class=\"muted small\">%2 · %3</span>").arg(esc(a.title), esc(a.rule), esc(a.subject)),
                          QString::number(a.count), esc(cellTime(a.firstSeenMs)), esc(cellTime(a.lastSeenMs)),
                          esc(IncidentLabels::status(a.status)),
                          a.estimatedCost > 0 ? esc(money(a.estimatedCost, r.currency)) : QStringLiteral("–")};
        if (manyPbxes)
            cells.insert(3, esc(a.pbx));
        g.row(cells);
    }
    return g.html();
}

QString accountsTable(const IncidentReport &r)
{
    Grid g({tr("Account"), tr("PBX"), tr("Failed logins"), tr("Successful logins"), tr("Calls"), tr("Cost"), tr("From")},
           {2, 3, 4, 5}, {0, 5});
    for (const IncidentAccount &a : r.accounts)
        g.row({QStringLiteral("<b>%1</b>").arg(esc(a.account)), esc(a.pbx), QString::number(a.failures),
               a.successes > 0 ? QStringLiteral("<span style=\"color:#b00020; font-weight:bold;\">%1</span>").arg(a.successes)
                               : QStringLiteral("0"),
               QString::number(a.calls), a.cost > 0 ? esc(money(a.cost, r.currency)) : QStringLiteral("–"),
               esc(DetectFormat::list(a.sources, 4, a.sourceCount))});
    QString h = g.html();
    if (r.accountsTotal > r.accounts.size())
        h += QStringLiteral("<p class=\"muted small\">%1</p>")
                 .arg(esc(tr("%1 more accounts with fewer events are not listed.").arg(r.accountsTotal - r.accounts.size())));
    return h;
}

QString sourcesTable(const IncidentReport &r)
{
    // The country column only once something can tell countries (a GeoIP database).
    bool countries = false;
    for (const IncidentSource &s : r.sources)
        countries = countries || !s.country.isEmpty();
    const CellTime cellTime(r);
    QStringList headers{tr("Address"), tr("Evidence"), tr("All events"), tr("Active (UTC)"), tr("Accounts tried"),
                        tr("User agent"), tr("Block")};
    if (countries)
        headers.insert(1, tr("Country"));
    const int shift = countries ? 1 : 0;
    Grid g(headers, {1 + shift, 2 + shift}, {0, 3 + shift, 6 + shift});
    for (const IncidentSource &s : r.sources) {
        QStringList cells{QStringLiteral("<b>%1</b>").arg(esc(s.address)), QString::number(s.evidenceEvents),
                          number(s.eventsInPeriod),
                          s.firstMs ? esc(QStringLiteral("%1 – %2").arg(cellTime(s.firstMs), cellTime(s.lastMs))) : QString(),
                          esc(DetectFormat::list(s.accounts, 4)), esc(s.userAgents.join(QStringLiteral(", "))),
                          s.blockState.isEmpty() ? QStringLiteral("<span class=\"muted\">%1</span>").arg(esc(tr("not blocked")))
                                                 : esc(IncidentLabels::blockState(blockStateFromName(s.blockState)))};
        if (countries)
            cells.insert(1, esc(s.country.isEmpty() ? QStringLiteral("–") : s.country));
        g.row(cells);
    }
    QString h = g.html();
    h += QStringLiteral("<p class=\"muted small\">%1</p>")
             .arg(esc(tr("Evidence: events among the alerts' evidence. All events: every stored event from the address in the period.")));
    if (r.sourcesTotal > r.sources.size())
        h += QStringLiteral("<p class=\"muted small\">%1</p>")
                 .arg(esc(tr("%1 more addresses are not listed.").arg(r.sourcesTotal - r.sources.size())));
    return h;
}

QString destinationsTable(const IncidentReport &r)
{
    Grid g({tr("Number"), tr("Country"), tr("PBX"), tr("Caller"), tr("Calls"), tr("Billed"), tr("Cost")}, {4, 5, 6}, {0, 6});
    for (const IncidentDestination &d : r.destinations)
        g.row({QStringLiteral("<b>%1</b>").arg(esc(d.number)), esc(d.country.isEmpty() ? QStringLiteral("–") : d.country),
               esc(d.pbx), esc(d.account), QString::number(d.calls), esc(DetectFormat::duration(d.billSec)),
               d.cost > 0 ? esc(money(d.cost, r.currency)) : QStringLiteral("–")});
    return g.html();
}

QString actions(const IncidentReport &r)
{
    const CellTime cellTime(r);
    QString h;
    h += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Blocks")));
    if (r.blocks.isEmpty()) {
        h += QStringLiteral("<p class=\"muted\">%1</p>").arg(esc(tr("No source address of this incident was blocked.")));
    } else {
        Grid g({tr("Address"), tr("When (UTC)"), tr("By"), tr("PBX and backend"), tr("Duration"), tr("Reason"), tr("State"),
                tr("Ended")},
               {}, {0, 1});
        for (const BlockRecord &b : r.blocks) {
            QStringList targets;
            for (const BlockRecord::Target &t : b.targets)
                targets << QStringLiteral("%1 (%2): %3").arg(t.pbx, blockBackendName(t.backend), IncidentLabels::blockState(t.state));
            const QString ended = b.endedMs > 0
                ? tr("%1 by %2").arg(cellTime(b.endedMs), b.endedBy.isEmpty() ? tr("Tollgate") : b.endedBy)
                : QString();
            g.row({QStringLiteral("<b>%1</b>").arg(esc(b.address)), esc(cellTime(b.createdMs)), esc(b.who),
                   esc(targets.join(QStringLiteral("; "))),
                   esc(b.ttlS > 0 ? DetectFormat::duration(b.ttlS) : tr("until unblocked")), esc(b.reason),
                   esc(IncidentLabels::blockState(b.overall())), esc(ended)});
        }
        h += g.html();
    }
    h += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Audit fixes")));
    if (r.fixes.isEmpty()) {
        h += QStringLiteral("<p class=\"muted\">%1</p>").arg(esc(tr("No guided fix was applied to these PBXes since the incident began.")));
    } else {
        Grid g({tr("When (UTC)"), tr("By"), tr("PBX"), tr("Check"), tr("File"), tr("Status"), tr("Backup")}, {}, {0, 3});
        for (const AuditHistory::Fix &f : r.fixes)
            g.row({esc(cellTime(f.timeMs)), esc(f.who), esc(f.pbx),
                   QStringLiteral("%1%2").arg(esc(f.check), f.subject.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(esc(f.subject))),
                   esc(f.file), esc(IncidentLabels::fixStatus(f.status)), esc(f.backupPath)});
        h += g.html();
    }
    h += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Alert triage")));
    if (r.history.isEmpty()) {
        h += QStringLiteral("<p class=\"muted\">%1</p>").arg(esc(tr("No alert of this incident has been triaged yet.")));
    } else {
        QHash<qint64, QString> titles;
        for (const Alert &a : r.alerts)
            titles.insert(a.id, a.title);
        Grid g({tr("When (UTC)"), tr("By"), tr("Alert"), tr("Status"), tr("Note")}, {}, {0});
        for (const AlertHistoryEntry &e : r.history)
            g.row({esc(cellTime(e.timeMs)), esc(e.who),
                   QStringLiteral("%1 <span class=\"muted\">#%2</span>").arg(esc(titles.value(e.alertId))).arg(e.alertId),
                   esc(IncidentLabels::status(e.status)), esc(e.note)});
        h += g.html();
    }
    return h;
}

QString eventLine(const Event &e)
{
    QStringList what{eventKindName(e.kind)};
    if (!e.type.isEmpty())
        what << e.type;
    if (!e.service.isEmpty())
        what << e.service;
    QStringList facts;
    if (!e.srcIp.isEmpty())
        facts << tr("from %1").arg(e.srcPort ? QStringLiteral("%1:%2").arg(e.srcIp).arg(e.srcPort) : e.srcIp);
    if (!e.account.isEmpty())
        facts << tr("account %1").arg(e.account);
    if (!e.destination.isEmpty())
        facts << tr("to %1").arg(e.destination);
    if (!e.userAgent.isEmpty())
        facts << tr("agent %1").arg(e.userAgent);
    if (!e.detail.isEmpty())
        facts << e.detail;
    return QStringLiteral("<p style=\"margin-bottom:1px;\"><b>%1</b>&nbsp;&nbsp;%2&nbsp;&nbsp;<span class=\"muted\">%3</span></p>")
        .arg(esc(IncidentReportHtml::time(e.timeMs)), esc(what.join(QStringLiteral(" · "))), esc(facts.join(QStringLiteral(", "))));
}

QString evidence(const IncidentReport &r)
{
    QHash<qint64, const IncidentEvidence *> byAlert;
    for (const IncidentEvidence &e : r.evidence)
        byAlert.insert(e.alertId, &e);
    QString h;
    for (const Alert &a : r.alerts) {
        h += QStringLiteral("<h3>%1 &nbsp;<span style=\"color:%2; font-size:8pt;\">%3</span></h3>")
                 .arg(esc(a.title), AuditReport::severityColor(a.severity), esc(IncidentLabels::severity(a.severity).toUpper()));
        h += QStringLiteral("<p class=\"muted small\">%1</p>")
                 .arg(esc(tr("Alert #%1 · %2 · %3 · %4").arg(a.id).arg(a.rule, a.subject, a.pbx)));
        if (!a.explanation.isEmpty())
            h += QStringLiteral("<p><b>%1</b> %2</p>").arg(esc(tr("Why:")), esc(a.explanation));
        if (!a.suggestedAction.isEmpty())
            h += QStringLiteral("<p><b>%1</b> %2</p>").arg(esc(tr("Suggested action:")), esc(a.suggestedAction));
        if (!a.note.isEmpty())
            h += QStringLiteral("<p><b>%1</b> %2</p>").arg(esc(tr("Analyst's note:")), esc(a.note));
        const IncidentEvidence *ev = byAlert.value(a.id);
        if (!ev || ev->events.isEmpty()) {
            h += QStringLiteral("<p class=\"muted\">%1</p>").arg(esc(tr("No evidence events are stored for this alert.")));
            continue;
        }
        h += QStringLiteral("<p class=\"muted small\">%1</p>")
                 .arg(esc(ev->events.size() < ev->total
                              ? tr("%1 of its %2 evidence events, the first and the newest:").arg(ev->events.size()).arg(ev->total)
                              : tr("Its %1 evidence events:").arg(ev->total)));
        for (const Event &e : ev->events) {
            h += eventLine(e);
            if (!e.raw.isEmpty())
                h += QStringLiteral("<pre>%1</pre>").arg(esc(QString::fromUtf8(e.raw).trimmed()));
        }
    }
    return h;
}

} // namespace

QString IncidentReportHtml::time(qint64 utcMs)
{
    return QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString IncidentReportHtml::escape(const QString &text)
{
    // AMI and ESL lines end in CRLF: line breaks, not controls.
    QString clean = text;
    clean.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    clean.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    for (QChar &c : clean) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != '\n' && u != '\t') || u == 0x7f || (u >= 0x80 && u < 0xa0)
            || c.category() == QChar::Other_Format)
            c = QChar(0xfffd);   // bidi overrides and other invisible controls become visible
    }
    return clean.toHtmlEscaped();
}

QString IncidentReportHtml::title(const IncidentReport &r)
{
    if (!r.scope.isTimeRange() && r.alerts.size() == 1)
        return r.alerts.first().title;
    if (!r.scope.isTimeRange())
        return tr("%1 alerts on %2").arg(r.alerts.size()).arg(pbxList(r));
    return tr("Security activity on %1").arg(pbxList(r));
}

QString IncidentReportHtml::html(const IncidentReport &r)
{
    Sections sec;
    QString h;
    h += QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title><style>%2</style></head><body>")
             .arg(esc(tr("Incident report: %1").arg(title(r))), QLatin1String(kStyle));
    h += header(r);
    h += sec.heading(tr("Summary"));
    h += keyFigures(r);
    h += summary(r);
    if (!r.warnings.isEmpty()) {
        h += QStringLiteral("<ul>");
        for (const QString &w : r.warnings)
            h += QStringLiteral("<li class=\"warn\">%1</li>").arg(esc(w));
        h += QStringLiteral("</ul>");
    }
    h += sec.heading(tr("Timeline"));
    h += timeline(r);
    if (!r.alerts.isEmpty()) {
        h += sec.heading(tr("Alerts"));
        h += alertsTable(r);
    }
    if (!r.accounts.isEmpty()) {
        h += sec.heading(tr("Affected accounts"));
        h += accountsTable(r);
    }
    if (!r.sources.isEmpty()) {
        h += sec.heading(tr("Source addresses"));
        h += sourcesTable(r);
    }
    if (!r.destinations.isEmpty()) {
        h += sec.heading(tr("Called destinations"));
        h += destinationsTable(r);
    }
    h += sec.heading(tr("Actions taken"));
    h += actions(r);
    if (!r.alerts.isEmpty()) {
        h += sec.heading(tr("Evidence"));
        h += QStringLiteral("<p class=\"muted small\">%1</p>")
                 .arg(esc(tr("The raw text is what the PBX sent over AMI or the Event Socket, unchanged except that "
                             "long messages are cut and control characters are shown as %1.")
                          .arg(QChar(0xfffd))));
        h += evidence(r);
    }
    h += QStringLiteral("<hr><p class=\"muted small\">%1</p></body></html>")
             .arg(esc(tr("Generated by Tollgate %1 on %2 (UTC). All times are UTC. Secrets are never part of this report.")
                          .arg(QStringLiteral(TOLLGATE_VERSION), time(r.generatedMs))));
    return h;
}

} // namespace tg
