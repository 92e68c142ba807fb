#pragma once

#include "Detector.h"

#include <QCoreApplication>

namespace tg {

// 12. Configuration reloads. FullyBooted is ignored by default: Asterisk sends it to every new AMI
// session, so it says nothing about a change. (Config diffs against the baseline come from the
// audit module, which can raise alerts through the same engine later.)
class ConfigChangeDetector : public Detector
{
    Q_DECLARE_TR_FUNCTIONS(tg::ConfigChangeDetector)
public:
    explicit ConfigChangeDetector(DetectorContext &ctx) : Detector(ctx) {}
    QString id() const override { return QStringLiteral("config_reload"); }
    bool wants(EventKind kind) const override { return kind == EventKind::ConfigReload; }
    void process(const Event &e) override;
    QStringList status() const override;
};

} // namespace tg
