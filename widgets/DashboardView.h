#pragma once

#include "Alert.h"
#include "LiveSnapshot.h"
#include "StoreQueryWorker.h"

#include <QHash>
#include <QMap>
#include <QWidget>

class QChart;
class QChartView;
class QLineSeries;
class QAreaSeries;
class QHorizontalBarSeries;
class QBarSet;
class QBarCategoryAxis;
class QValueAxis;
class QDateTimeAxis;
class QStackedBarSeries;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QTimer;

namespace tg {

class GeoIpLookup;
class PbxHealthTile;
class StoreClient;

// The dashboard: PBX health tiles, the cost exposure line, and charts over the last hour or day
// (failed logins and calls over time, top attacking source IPs, open alerts by severity, calls
// and estimated cost by destination country today). Seeded from the store on the query thread,
// then advanced from snapshots: counters change per snapshot, the charts are redrawn at most
// once a second and only when something changed.
class DashboardView : public QWidget
{
    Q_OBJECT
public:
    enum class Range { Hour, Day };

    explicit DashboardView(StoreClient *store, QWidget *parent = nullptr);
    void setRange(Range range);
    Range range() const { return m_range; }

    void applySnapshot(const LiveSnapshot &s);
    void setOpenAlertCounts(const QMap<Severity, int> &counts);
    void setSelectedPbx(const QString &pbx);
    // The top-addresses chart's tooltip names each address's country (may stay unset).
    void setGeoIp(const GeoIpLookup *geo) { m_geoIp = geo; }
    // The tooltip of the top-addresses bar at `index` (bars are drawn bottom-up).
    QString topIpToolTip(int index) const;
    void reseed();

    // For tests: what the charts show.
    int authFailuresInRange() const;
    int callsInRange() const;
    QVector<QPair<QString, int>> topSourceIps() const;
    QVector<CountryCost> countryCosts() const;   // of the selected PBX, or all PBXes
    QString costSummary() const;
    PbxHealthTile *tile(const QString &name) const { return m_tiles.value(name); }
    QHorizontalBarSeries *topIpSeries() const { return m_ipSeries; }
    bool seeded() const { return m_seeded; }
    void redrawNow() { redraw(); }

Q_SIGNALS:
    void pbxClicked(const QString &name);
    // A bar of the top attacking IPs chart was clicked: block that address (after a preview).
    void blockRequested(const QString &address);

private:
    void onSeed(int generation, const DashboardSeed &seed);
    void redraw();
    void redrawLine(QLineSeries *series, QValueAxis *y, const QMap<qint64, int> &buckets, qint64 nowMin);
    void redrawCosts();
    void updateTitles();
    qint64 windowMs() const;
    qint64 bucketMs() const;
    void prune(qint64 nowMs);
    QChartView *makeChartView(QChart *chart);

    StoreClient *m_store;
    int m_generation = 0;
    Range m_range = Range::Hour;
    bool m_seeded = false;
    bool m_dirty = true;
    QMap<qint64, int> m_auth;     // minute start (UTC ms) -> failed logins
    QMap<qint64, int> m_calls;    // minute start -> calls started
    QHash<QString, int> m_ipCounts;
    QVector<QPair<QString, int>> m_shownTop;
    const GeoIpLookup *m_geoIp = nullptr;
    QMap<Severity, int> m_alertCounts;
    bool m_alertsDirty = true;
    QVector<CostExposure> m_costs;
    QString m_currency;
    bool m_costsDirty = true;

    QHBoxLayout *m_tileRow;
    QLabel *m_noTiles;
    QHash<QString, PbxHealthTile *> m_tiles;
    QString m_selected;

    QChart *m_authChart;
    QLineSeries *m_authSeries;
    QDateTimeAxis *m_authX;
    QValueAxis *m_authY;
    QChart *m_callChart;
    QLineSeries *m_callSeries;
    QDateTimeAxis *m_callX;
    QValueAxis *m_callY;
    QChart *m_ipChart;
    QHorizontalBarSeries *m_ipSeries;
    QBarSet *m_ipSet;
    QBarCategoryAxis *m_ipAxis;
    QValueAxis *m_ipValues;
    QChart *m_alertChart;
    QStackedBarSeries *m_alertSeries;
    QBarCategoryAxis *m_alertAxis;
    QValueAxis *m_alertValues;
    QVector<QBarSet *> m_alertSets;
    QChart *m_countryChart;
    QHorizontalBarSeries *m_countrySeries;
    QBarSet *m_countrySet;
    QBarCategoryAxis *m_countryAxis;
    QValueAxis *m_countryValues;
    QVector<CountryCost> m_shownCountries;
    QLabel *m_costLine;
    QPushButton *m_hourButton;
    QPushButton *m_dayButton;
    QTimer *m_redrawTimer;
    QTimer *m_reseedTimer;
};

} // namespace tg
