#pragma once

#include <QMetaType>
#include <QString>
#include <QVector>

namespace tg {

// How one destination is doing, for the settings page and `tollgate-cli forward status`.
struct ForwardStatus {
    enum State : int { Disabled = 0, Connecting, Connected, Retrying, Failed };
    QString name;
    State state = Disabled;
    QString text;            // a sentence: what is happening, what failed and what to do
    qint64 queued = 0;       // waiting on disk
    qint64 delivered = 0;    // since Tollgate started
    qint64 droppedTotal = 0; // dropped oldest because the queue was full, over the queue's life
};

using ForwardStatusList = QVector<ForwardStatus>;

} // namespace tg

Q_DECLARE_METATYPE(tg::ForwardStatus)
Q_DECLARE_METATYPE(tg::ForwardStatusList)
