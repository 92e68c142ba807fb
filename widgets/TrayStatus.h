#pragma once

#include "LiveSnapshot.h"

#include <QCoreApplication>
#include <QIcon>
#include <QString>
#include <QVector>

namespace tg {

// The console's overall state in one word, for the tray icon and its tooltip: calm (every PBX
// connected, no open critical alert), a PBX down, or open critical alerts (which win: they need
// someone now). Pure logic over the engine's snapshot, so it is tested without a tray.
class TrayStatus
{
    Q_DECLARE_TR_FUNCTIONS(tg::TrayStatus)
public:
    enum class Level { NoPbx, Calm, PbxDown, Critical };

    // openCritical: critical alerts still open (not acknowledged, resolved or snoozed).
    static TrayStatus from(const QVector<PbxStatus> &pbxes, int openCritical);

    Level level() const { return m_level; }
    QString tooltip() const { return m_tooltip; }
    QStringList downPbxes() const { return m_down; }
    // The application icon with a coloured badge for the level.
    QIcon icon() const;

private:
    Level m_level = Level::NoPbx;
    QString m_tooltip;
    QStringList m_down;
};

} // namespace tg
