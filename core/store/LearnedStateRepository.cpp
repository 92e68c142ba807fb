#include "LearnedStateRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

namespace tg {

namespace {

const QString kCallBaseline = QStringLiteral("call_baseline");
const QString kDailySpend = QStringLiteral("daily_spend");
const QString kPbxFirstSeen = QStringLiteral("pbx_first_seen");
const QString kAccountSources = QStringLiteral("account_sources");
constexpr int kHoursPerWeek = 168;

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

bool finite(double v)
{
    return std::isfinite(v) && v >= 0;
}

bool readBaseline(const QJsonObject &o, LearnedState::CallBaseline *b)
{
    const QJsonArray ewma = o.value(QLatin1String("ewma")).toArray();
    const QJsonArray weeks = o.value(QLatin1String("weeks")).toArray();
    if (ewma.size() != kHoursPerWeek || weeks.size() != kHoursPerWeek)
        return false;
    for (int i = 0; i < kHoursPerWeek; ++i) {
        const double v = ewma.at(i).toDouble(-1);
        const int w = weeks.at(i).toInt(-1);
        if (!finite(v) || w < 0)
            return false;
        b->ewma.append(v);
        b->weeks.append(w);
    }
    return true;
}

bool readSources(const QJsonObject &o, LearnedState::AccountSources *a)
{
    for (const QJsonValue &v : o.value(QLatin1String("sources")).toArray()) {
        const QJsonObject s = v.toObject();
        LearnedState::Source src{s.value(QLatin1String("network")).toString(),
                                 s.value(QLatin1String("ip")).toString(),
                                 qint64(s.value(QLatin1String("last_ms")).toDouble())};
        if (src.network.isEmpty() || src.network.size() > 64 || src.lastIp.size() > 64)
            return false;
        a->sources.append(src);
    }
    for (const QJsonValue &v : o.value(QLatin1String("countries")).toArray()) {
        const QString country = v.toString();
        if (country.size() < 2 || country.size() > 3)
            return false;
        a->countries.append(country);
    }
    return !a->sources.isEmpty();
}

} // namespace

LearnedStateRepository::LearnedStateRepository(const QString &connectionName) : m_connection(connectionName) {}

bool LearnedStateRepository::save(const LearnedState &state, qint64 nowMs, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    auto fail = [&](const QSqlQuery &q) {
        if (error)
            *error = q.lastError().text();
        db.rollback();
        return false;
    };
    if (!db.transaction()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    QSqlQuery clear(db);
    if (!clear.exec(QStringLiteral("DELETE FROM learned_state")))
        return fail(clear);
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral("INSERT OR REPLACE INTO learned_state (kind, pbx, subject, state, saved_ms)"
                                  " VALUES (?, ?, ?, ?, ?)")))
        return fail(q);
    int rows = 0;
    auto put = [&](const QString &kind, const QString &pbx, const QString &subject, const QJsonObject &o) {
        if (++rows > kMaxRows)
            return true; // the bound: the rest is relearned
        q.bindValue(0, kind);
        q.bindValue(1, pbx);
        q.bindValue(2, subject.isNull() ? QStringLiteral("") : subject);
        q.bindValue(3, QString::fromUtf8(json(o)));
        q.bindValue(4, nowMs);
        return q.exec();
    };
    for (const LearnedState::CallBaseline &b : state.callBaselines) {
        QJsonArray ewma, weeks;
        for (double v : b.ewma)
            ewma.append(v);
        for (int w : b.weeks)
            weeks.append(w);
        if (!put(kCallBaseline, b.pbx, QString(), {{QStringLiteral("ewma"), ewma}, {QStringLiteral("weeks"), weeks}}))
            return fail(q);
    }
    for (const LearnedState::DailySpend &s : state.dailySpend)
        if (!put(kDailySpend, s.pbx, QString(),
                 {{QStringLiteral("day"), double(s.day)}, {QStringLiteral("day_total"), s.dayTotal},
                  {QStringLiteral("day_ewma"), s.dayEwma}, {QStringLiteral("days"), s.days}}))
            return fail(q);
    for (const LearnedState::PbxFirstSeen &p : state.pbxFirstSeen)
        if (!put(kPbxFirstSeen, p.pbx, QString(), {{QStringLiteral("first_ms"), double(p.firstMs)}}))
            return fail(q);
    for (const LearnedState::AccountSources &a : state.accountSources) {
        QJsonArray sources;
        for (const LearnedState::Source &s : a.sources)
            sources.append(QJsonObject{{QStringLiteral("network"), s.network}, {QStringLiteral("ip"), s.lastIp},
                                       {QStringLiteral("last_ms"), double(s.lastMs)}});
        QJsonObject o{{QStringLiteral("sources"), sources}};
        if (!a.countries.isEmpty())
            o.insert(QStringLiteral("countries"), QJsonArray::fromStringList(a.countries));
        if (!put(kAccountSources, a.pbx, a.account, o))
            return fail(q);
    }
    if (!db.commit()) {
        if (error)
            *error = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

LearnedState LearnedStateRepository::load(QString *error)
{
    LearnedState state;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT kind, pbx, subject, state FROM learned_state LIMIT ?"))) {
        if (error)
            *error = q.lastError().text();
        return state;
    }
    q.addBindValue(kMaxRows);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return state;
    }
    while (q.next()) {
        const QString kind = q.value(0).toString();
        const QString pbx = q.value(1).toString();
        const QJsonObject o = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
        if (o.isEmpty())
            continue;
        if (kind == kCallBaseline) {
            LearnedState::CallBaseline b{pbx, {}, {}};
            if (readBaseline(o, &b))
                state.callBaselines.append(b);
        } else if (kind == kDailySpend) {
            const LearnedState::DailySpend s{pbx, qint64(o.value(QLatin1String("day")).toDouble(-1)),
                                             o.value(QLatin1String("day_total")).toDouble(-1),
                                             o.value(QLatin1String("day_ewma")).toDouble(-1),
                                             o.value(QLatin1String("days")).toInt(-1)};
            if (s.day >= 0 && finite(s.dayTotal) && finite(s.dayEwma) && s.days >= 0)
                state.dailySpend.append(s);
        } else if (kind == kPbxFirstSeen) {
            const qint64 first = qint64(o.value(QLatin1String("first_ms")).toDouble());
            if (first > 0)
                state.pbxFirstSeen.append({pbx, first});
        } else if (kind == kAccountSources) {
            LearnedState::AccountSources a{pbx, q.value(2).toString(), {}, {}};
            if (!a.account.isEmpty() && readSources(o, &a))
                state.accountSources.append(a);
        }
    }
    return state;
}

} // namespace tg
