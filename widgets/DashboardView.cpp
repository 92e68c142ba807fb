#include "DashboardView.h"

#include "ConsoleStyle.h"
#include "PbxHealthTile.h"
#include "StoreClient.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGridLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QScrollArea>
#include <QStackedBarSeries>
#include <QTimer>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace tg {

namespace {
constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kWindow = 60 * kMinute;
constexpr int kTopIps = 10;

qint64 minuteOf(qint64 ms)
{
    return ms - (ms % kMinute);
}

// Integer ticks at a fifth of the (nice) maximum, so labels match the grid lines.
void setCountRange(QValueAxis *axis, int top)
{
    if (axis->max() == top && axis->tickType() == QValueAxis::TicksDynamic)
        return;
    axis->setRange(0, top);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(qMax(1, top / 5));
}

// A y-axis maximum that reads well: 5, 10, 20, 50, 100, ...
int niceMax(int v)
{
    if (v <= 5)
        return 5;
    const double p = std::pow(10.0, std::floor(std::log10(double(v))));
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (m * p >= v)
            return int(m * p);
    return v;
}

QChart *makeChart(const QString &title)
{
    auto *c = new QChart;
    c->setTitle(title);
    c->legend()->hide();
    c->setMargins(QMargins(4, 4, 4, 4));
    c->setBackgroundRoundness(4);
    c->setAnimationOptions(QChart::NoAnimation);   // animations cost frames under attack
    return c;
}
} // namespace

DashboardView::DashboardView(StoreClient *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    // Health tiles.
    auto *tiles = new QWidget(this);
    m_tileRow = new QHBoxLayout(tiles);
    m_tileRow->setContentsMargins(0, 0, 0, 0);
    m_noTiles = new QLabel(tr("No PBX is reporting yet."), tiles);
    m_tileRow->addWidget(m_noTiles);
    m_tileRow->addStretch();
    auto *tileScroll = new QScrollArea(this);
    tileScroll->setWidget(tiles);
    tileScroll->setWidgetResizable(true);
    tileScroll->setFrameShape(QFrame::NoFrame);
    tileScroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    tileScroll->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    tileScroll->setMinimumHeight(130);
    tileScroll->setMaximumHeight(150);

    auto lineChart = [](const QString &title, const QColor &color, QChart **chart, QLineSeries **series,
                        QDateTimeAxis **x, QValueAxis **y) {
        *chart = makeChart(title);
        *series = new QLineSeries;
        QPen pen(color);
        pen.setWidth(2);
        (*series)->setPen(pen);
        (*chart)->addSeries(*series);
        *x = new QDateTimeAxis;
        (*x)->setFormat(QStringLiteral("HH:mm"));
        (*x)->setTickCount(7);
        *y = new QValueAxis;
        (*y)->setLabelFormat(QStringLiteral("%d"));
        (*y)->setRange(0, 5);
        (*chart)->addAxis(*x, Qt::AlignBottom);
        (*chart)->addAxis(*y, Qt::AlignLeft);
        (*series)->attachAxis(*x);
        (*series)->attachAxis(*y);
    };
    lineChart(tr("Failed logins per minute (last hour)"), QColor(0xc6, 0x28, 0x28), &m_authChart, &m_authSeries,
              &m_authX, &m_authY);
    lineChart(tr("Calls per minute (last hour)"), QColor(0x15, 0x65, 0xc0), &m_callChart, &m_callSeries,
              &m_callX, &m_callY);

    m_ipChart = makeChart(tr("Top attacking source IPs (failed logins, last hour)"));
    m_ipSeries = new QHorizontalBarSeries;
    m_ipSet = new QBarSet(tr("Failed logins"));
    m_ipSet->setColor(QColor(0xe6, 0x5c, 0x00));
    m_ipSeries->append(m_ipSet);
    m_ipSeries->setBarWidth(0.7);
    m_ipSeries->setLabelsVisible(true);
    m_ipSeries->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    m_ipChart->addSeries(m_ipSeries);
    m_ipAxis = new QBarCategoryAxis;
    m_ipAxis->setTruncateLabels(false);   // an address cut to "..." is useless to an admin
    m_ipValues = new QValueAxis;
    m_ipValues->setLabelFormat(QStringLiteral("%d"));
    m_ipValues->setRange(0, 5);
    m_ipChart->addAxis(m_ipAxis, Qt::AlignLeft);
    m_ipChart->addAxis(m_ipValues, Qt::AlignBottom);
    m_ipSeries->attachAxis(m_ipAxis);
    m_ipSeries->attachAxis(m_ipValues);

    // One stacked set per severity with a value only in its own column: one colour per bar.
    m_alertChart = makeChart(tr("Open alerts by severity"));
    m_alertSeries = new QStackedBarSeries;
    m_alertSeries->setBarWidth(0.6);
    for (int s = int(Severity::Critical); s >= int(Severity::Info); --s) {
        auto *set = new QBarSet(ConsoleStyle::severityText(Severity(s)));
        set->setColor(ConsoleStyle::severityColor(Severity(s)));
        set->setBorderColor(ConsoleStyle::severityColor(Severity(s)));
        for (int i = 0; i < 5; ++i)
            set->append(0);
        m_alertSeries->append(set);
        m_alertSets.append(set);
    }
    m_alertChart->addSeries(m_alertSeries);
    m_alertAxis = new QBarCategoryAxis;
    m_alertValues = new QValueAxis;
    m_alertValues->setLabelFormat(QStringLiteral("%d"));
    m_alertValues->setRange(0, 5);
    m_alertChart->addAxis(m_alertAxis, Qt::AlignBottom);
    m_alertChart->addAxis(m_alertValues, Qt::AlignLeft);
    m_alertSeries->attachAxis(m_alertAxis);
    m_alertSeries->attachAxis(m_alertValues);

    auto *grid = new QGridLayout;
    grid->addWidget(makeChartView(m_authChart), 0, 0);
    grid->addWidget(makeChartView(m_callChart), 0, 1);
    grid->addWidget(makeChartView(m_ipChart), 1, 0);
    grid->addWidget(makeChartView(m_alertChart), 1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tileScroll);
    layout->addLayout(grid, 1);

    m_redrawTimer = new QTimer(this);
    m_redrawTimer->setInterval(1000);
    connect(m_redrawTimer, &QTimer::timeout, this, [this] {
        if (m_dirty || m_alertsDirty)
            redraw();
    });
    m_redrawTimer->start();
    // Live counting misses what snapshots dropped; re-read the hour from the store now and then.
    m_reseedTimer = new QTimer(this);
    m_reseedTimer->setInterval(5 * 60 * 1000);
    connect(m_reseedTimer, &QTimer::timeout, this, &DashboardView::reseed);
    m_reseedTimer->start();
    connect(store->worker(), &StoreQueryWorker::dashboardLoaded, this, &DashboardView::onSeed);
    reseed();
    redraw();
}

QChartView *DashboardView::makeChartView(QChart *chart)
{
    auto *v = new QChartView(chart, this);
    v->setRenderHint(QPainter::Antialiasing);
    v->setMinimumSize(280, 200);
    return v;
}

void DashboardView::reseed()
{
    m_store->loadDashboard(++m_generation, QDateTime::currentMSecsSinceEpoch() - kWindow);
}

void DashboardView::onSeed(int generation, const DashboardSeed &seed)
{
    if (generation != m_generation)
        return;
    m_auth.clear();
    m_calls.clear();
    m_ipCounts.clear();
    for (const auto &p : seed.authFailuresPerMinute)
        m_auth[minuteOf(p.first)] += p.second;
    for (const auto &p : seed.callsPerMinute)
        m_calls[minuteOf(p.first)] += p.second;
    for (const auto &p : seed.topSourceIps)
        m_ipCounts.insert(p.first, p.second);
    m_seeded = true;
    m_dirty = true;
    redraw();
}

void DashboardView::applySnapshot(const LiveSnapshot &s)
{
    for (const Event &e : s.newEvents) {
        if (e.kind == EventKind::AuthFailure) {
            ++m_auth[minuteOf(e.timeMs)];
            if (!e.srcIp.isEmpty())
                ++m_ipCounts[e.srcIp];
            m_dirty = true;
        } else if (e.kind == EventKind::CallStart) {
            ++m_calls[minuteOf(e.timeMs)];
            m_dirty = true;
        }
    }
    const qint64 now = s.timeMs > 0 ? s.timeMs : QDateTime::currentMSecsSinceEpoch();
    QStringList seen;
    for (const PbxStatus &st : s.pbxes) {
        seen << st.name;
        PbxHealthTile *t = m_tiles.value(st.name);
        if (!t) {
            t = new PbxHealthTile(st.name, this);
            m_tileRow->insertWidget(m_tileRow->count() - 1, t);
            m_tiles.insert(st.name, t);
            connect(t, &PbxHealthTile::clicked, this, &DashboardView::pbxClicked);
            t->setSelected(st.name == m_selected);
        }
        t->setStatus(st, now);
    }
    for (auto it = m_tiles.begin(); it != m_tiles.end();) {
        if (!seen.contains(it.key())) {
            it.value()->deleteLater();
            it = m_tiles.erase(it);
        } else {
            ++it;
        }
    }
    m_noTiles->setVisible(m_tiles.isEmpty());
}

void DashboardView::setOpenAlertCounts(const QMap<Severity, int> &counts)
{
    if (counts == m_alertCounts)
        return;
    m_alertCounts = counts;
    m_alertsDirty = true;
}

void DashboardView::setSelectedPbx(const QString &pbx)
{
    m_selected = pbx;
    for (auto it = m_tiles.cbegin(); it != m_tiles.cend(); ++it)
        it.value()->setSelected(it.key() == pbx);
}

void DashboardView::prune(qint64 nowMs)
{
    const qint64 oldest = minuteOf(nowMs) - kWindow;
    while (!m_auth.isEmpty() && m_auth.firstKey() < oldest)
        m_auth.erase(m_auth.begin());
    while (!m_calls.isEmpty() && m_calls.firstKey() < oldest)
        m_calls.erase(m_calls.begin());
}

void DashboardView::redrawLine(QLineSeries *series, QValueAxis *y, const QMap<qint64, int> &buckets, qint64 nowMin)
{
    QList<QPointF> points;
    points.reserve(61);
    int max = 0;
    for (qint64 m = nowMin - kWindow + kMinute; m <= nowMin; m += kMinute) {
        const int v = buckets.value(m, 0);
        max = qMax(max, v);
        points.append(QPointF(double(m), v));
    }
    series->replace(points);   // one repaint for the whole series
    setCountRange(y, niceMax(max));
}

void DashboardView::redraw()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 nowMin = minuteOf(now);
    prune(now);
    if (m_dirty) {
        const QDateTime from = QDateTime::fromMSecsSinceEpoch(nowMin - kWindow + kMinute);
        const QDateTime to = QDateTime::fromMSecsSinceEpoch(nowMin);
        m_authX->setRange(from, to);
        m_callX->setRange(from, to);
        redrawLine(m_authSeries, m_authY, m_auth, nowMin);
        redrawLine(m_callSeries, m_callY, m_calls, nowMin);

        const QVector<QPair<QString, int>> top = topSourceIps();
        if (top != m_shownTop) {
            m_shownTop = top;
            // Largest at the top: horizontal bars are drawn bottom-up.
            QStringList cats;
            QList<qreal> values;
            int max = 0;
            for (int i = top.size() - 1; i >= 0; --i) {
                cats << top.at(i).first;
                values << top.at(i).second;
                max = qMax(max, top.at(i).second);
            }
            if (cats.isEmpty())
                cats << tr("none in the last hour");
            m_ipSet->remove(0, m_ipSet->count());
            m_ipSet->append(values.isEmpty() ? QList<qreal>{0} : values);
            m_ipAxis->setCategories(cats);
            setCountRange(m_ipValues, niceMax(max));
        }
        m_dirty = false;
    }
    if (m_alertsDirty) {
        QStringList cats;
        int max = 0, total = 0;
        for (int i = 0; i < m_alertSets.size(); ++i) {
            const Severity sev = Severity(int(Severity::Critical) - i);
            const int n = m_alertCounts.value(sev, 0);
            total += n;
            cats << ConsoleStyle::severityText(sev);
            max = qMax(max, n);
            for (int j = 0; j < m_alertSets.size(); ++j)
                if (m_alertSets.at(i)->at(j) != (i == j ? n : 0))
                    m_alertSets.at(i)->replace(j, i == j ? n : 0);
        }
        if (m_alertAxis->categories() != cats)
            m_alertAxis->setCategories(cats);
        m_alertChart->setTitle(tr("Open alerts by severity (%1 open or acknowledged)").arg(total));
        setCountRange(m_alertValues, niceMax(max));
        m_alertsDirty = false;
    }
}

int DashboardView::authFailuresLastHour() const
{
    int n = 0;
    for (int v : m_auth)
        n += v;
    return n;
}

int DashboardView::callsLastHour() const
{
    int n = 0;
    for (int v : m_calls)
        n += v;
    return n;
}

QVector<QPair<QString, int>> DashboardView::topSourceIps() const
{
    QVector<QPair<QString, int>> all;
    all.reserve(m_ipCounts.size());
    for (auto it = m_ipCounts.cbegin(); it != m_ipCounts.cend(); ++it)
        all.append({it.key(), it.value()});
    const int n = qMin(kTopIps, int(all.size()));
    std::partial_sort(all.begin(), all.begin() + n, all.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    all.resize(n);
    return all;
}

} // namespace tg
