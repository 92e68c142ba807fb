#pragma once

#include <QHash>
#include <QJsonObject>
#include <QMetaType>
#include <QStringList>

namespace tg {

// The access review settings of one PBX, kept with its other per-PBX settings (the JSON of its
// block_settings row, under "access_review"; see AccessPolicyStore).
struct AccessPolicy {
    static constexpr int kDefaultInactiveDays = 60;   // within the default event retention (90)

    // AMI users (manager.conf), ESL users (directory users with esl-password) and "event_socket"
    // (the shared ESL password) the admin approved. Empty: no list yet.
    QStringList approved;
    int inactiveDays = kDefaultInactiveDays;        // 0: no inactivity review

    bool isApproved(const QString &name) const;
    // "console, backup; ops" -> {"console", "backup", "ops"}: commas, semicolons or white space.
    static QStringList parseList(const QString &text);
    QString listText() const;                       // "console, ops"

    QJsonObject toJson() const;
    static AccessPolicy fromJson(const QJsonObject &o);
    bool operator==(const AccessPolicy &o) const { return approved == o.approved && inactiveDays == o.inactiveDays; }
};

using AccessPolicyMap = QHash<QString, AccessPolicy>;   // by PBX name

// When each account of one PBX was last seen registering, authenticating or calling, from the
// event store (AccountActivityReader). Without it (known == false) there is no inactivity review.
struct AccountActivity {
    bool known = false;
    qint64 nowMs = 0;
    qint64 historySinceMs = 0;            // the PBX's oldest stored event; 0: none
    QHash<QString, qint64> lastSeenMs;    // account -> newest activity; absent: none stored
};

} // namespace tg

Q_DECLARE_METATYPE(tg::AccessPolicy)
Q_DECLARE_METATYPE(tg::AccessPolicyMap)
