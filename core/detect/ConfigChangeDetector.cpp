#include "ConfigChangeDetector.h"

namespace tg {

void ConfigChangeDetector::process(const Event &e)
{
    const DetectionSettings &s = m_ctx.settings();
    if (e.kind != EventKind::ConfigReload || !s.configReloadAlert
        || s.configReloadIgnoreTypes.contains(e.type, Qt::CaseInsensitive))
        return;
    AlertDraft d;
    d.pbx = e.pbx;
    d.rule = id();
    d.subject = e.pbx;
    d.severity = Severity::Low;
    d.timeMs = e.timeMs;
    d.evidence = {e.id};
    d.title = tr("Configuration reloaded on %1").arg(e.pbx);
    d.explanation = tr("%1 reported %2%3. If nobody on your team changed the configuration, someone with shell or "
                       "AMI access did.")
                        .arg(e.pbx, e.type.isEmpty() ? tr("a reload") : e.type,
                             e.detail.isEmpty() ? QString() : QStringLiteral(" (") + e.detail.left(200) + QLatin1Char(')'));
    d.suggestedAction = tr("Confirm the change with your team, then compare the configuration with the approved "
                           "baseline.");
    m_ctx.raise(std::move(d));
}

QStringList ConfigChangeDetector::status() const
{
    const DetectionSettings &s = m_ctx.settings();
    return {s.configReloadAlert ? tr("config reload: on (ignoring %1)").arg(s.configReloadIgnoreTypes.join(QStringLiteral(", ")))
                                : tr("config reload: off (turned off in the settings)")};
}

} // namespace tg
