#include "DashboardView.h"

#include "ConsoleStyle.h"
#include "GeoIpLookup.h"
#include "PbxHealthTile.h"
#include "StoreClient.h"
#include "detect/DetectFormat.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGridLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedBarSeries>
#include <QTimer>
#include <QToolTip>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace tg {

namespace {
constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
constexpr int kTopIps = 10;
constexpr int kTopCountries = 10;

qint64 minuteOf(qint64 ms)
{
    return ms - (ms % kMinute);
}

// Integer ticks at a fifth of the (nice) maximum, so labels match the grid lines.
// Each setter lays the axis out at once, a label item per tick: a growing range takes its new
// interval first and a shrinking one its new range first, so no step in between has more than
// six ticks (range 0..1000 at the old interval of 1 built a thousand labels, a 0.3 s pause).
void setCountRange(QValueAxis *axis, int top)
{
    const int interval = qMax(1, top / 5);
    if (axis->max() == top && axis->tickType() == QValueAxis::TicksDynamic && axis->tickInterval() == interval)
        return;
    if (top >= axis->max()) {
        axis->setTickInterval(interval);
        axis->setRange(0, top);
    } else {
        axis->setRange(0, top);
        axis->setTickInterval(interval);
    }
    axis->setTickAnchor(0);
    axis->setTickType(QValueAxis::TicksDynamic);
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
    lineChart(QString(), QColor(0xc6, 0x28, 0x28), &m_authChart, &m_authSeries, &m_authX, &m_authY);
    lineChart(QString(), QColor(0x15, 0x65, 0xc0), &m_callChart, &m_callSeries, &m_callX, &m_callY);

    m_ipChart = makeChart(QString());
    m_ipSeries = new QHorizontalBarSeries;
    m_ipSet = new QBarSet(tr("Failed logins"));
    m_ipSet->setColor(QColor(0xe6, 0x5c, 0x00));
    m_ipSeries->append(m_ipSet);
    connect(m_ipSet, &QBarSet::hovered, this, [this](bool on, int index) {
        if (!on)
            QToolTip::hideText();
        else if (const QString tip = topIpToolTip(index); !tip.isEmpty())
            QToolTip::showText(QCursor::pos(), tip);
    });
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
    // Bars are drawn bottom-up, largest on top (see redraw): bar i is the (n-1-i)th address.
    connect(m_ipSeries, &QHorizontalBarSeries::clicked, this, [this](int index, QBarSet *) {
        const int i = int(m_shownTop.size()) - 1 - index;
        if (i >= 0 && i < m_shownTop.size())
            Q_EMIT blockRequested(m_shownTop.at(i).first);
    });

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
    m_alertAxis->setTruncateLabels(false);
    m_alertValues = new QValueAxis;
    m_alertValues->setLabelFormat(QStringLiteral("%d"));
    m_alertValues->setRange(0, 5);
    m_alertChart->addAxis(m_alertAxis, Qt::AlignBottom);
    m_alertChart->addAxis(m_alertValues, Qt::AlignLeft);
    m_alertSeries->attachAxis(m_alertAxis);
    m_alertSeries->attachAxis(m_alertValues);

    m_countryChart = makeChart(tr("Calls and estimated cost by destination country (today)"));
    m_countrySeries = new QHorizontalBarSeries;
    m_countrySet = new QBarSet(tr("Estimated cost"));
    m_countrySet->setColor(QColor(0x6a, 0x1b, 0x9a));
    m_countrySeries->append(m_countrySet);
    m_countrySeries->setBarWidth(0.7);
    m_countrySeries->setLabelsVisible(true);
    m_countrySeries->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    m_countrySeries->setLabelsPrecision(6);
    m_countryChart->addSeries(m_countrySeries);
    m_countryAxis = new QBarCategoryAxis;
    m_countryAxis->setTruncateLabels(false);
    m_countryValues = new QValueAxis;
    m_countryValues->setRange(0, 5);
    m_countryChart->addAxis(m_countryAxis, Qt::AlignLeft);
    m_countryChart->addAxis(m_countryValues, Qt::AlignBottom);
    m_countrySeries->attachAxis(m_countryAxis);
    m_countrySeries->attachAxis(m_countryValues);

    // Cost exposure and the time range, one line above the charts.
    m_costLine = new QLabel(this);
    m_costLine->setTextFormat(Qt::RichText);
    m_costLine->setToolTip(tr("Estimated from the prefix table's rates (Settings, Rates). The burn rate counts "
                              "calls ended in the last hour and calls still running; the baseline is the learned "
                              "daily spend."));
    m_hourButton = new QPushButton(tr("Last hour"), this);
    m_dayButton = new QPushButton(tr("Last day"), this);
    for (QPushButton *b : {m_hourButton, m_dayButton}) {
        b->setCheckable(true);
        b->setAutoExclusive(true);
        b->setFocusPolicy(Qt::TabFocus);
    }
    m_hourButton->setChecked(true);
    connect(m_hourButton, &QPushButton::clicked, this, [this] { setRange(Range::Hour); });
    connect(m_dayButton, &QPushButton::clicked, this, [this] { setRange(Range::Day); });
    auto *header = new QHBoxLayout;
    header->addWidget(m_costLine, 1);
    header->addWidget(m_hourButton);
    header->addWidget(m_dayButton);

    // Six columns: three charts over two.
    auto *grid = new QGridLayout;
    grid->addWidget(makeChartView(m_authChart), 0, 0, 1, 2);
    grid->addWidget(makeChartView(m_callChart), 0, 2, 1, 2);
    grid->addWidget(makeChartView(m_alertChart), 0, 4, 1, 2);
    QChartView *ipView = makeChartView(m_ipChart);
    ipView->setToolTip(tr("Click a bar to block that address (the plan is shown first)."));
    connect(m_ipSeries, &QHorizontalBarSeries::hovered, ipView, [ipView](bool on, int, QBarSet *) {
        ipView->setCursor(on ? Qt::PointingHandCursor : Qt::ArrowCursor);
    });
    grid->addWidget(ipView, 1, 0, 1, 3);
    grid->addWidget(makeChartView(m_countryChart), 1, 3, 1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tileScroll);
    layout->addLayout(header);
    layout->addLayout(grid, 1);
    updateTitles();

    m_redrawTimer = new QTimer(this);
    m_redrawTimer->setInterval(1000);
    connect(m_redrawTimer, &QTimer::timeout, this, [this] {
        if (m_dirty || m_alertsDirty || m_costsDirty)
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
    m_store->loadDashboard(++m_generation, QDateTime::currentMSecsSinceEpoch() - windowMs());
}

qint64 DashboardView::windowMs() const
{
    return m_range == Range::Hour ? kHour : kDay;
}

qint64 DashboardView::bucketMs() const
{
    return m_range == Range::Hour ? kMinute : 15 * kMinute;
}

void DashboardView::setRange(Range range)
{
    (range == Range::Hour ? m_hourButton : m_dayButton)->setChecked(true);
    if (range == m_range)
        return;
    m_range = range;
    m_seeded = false;
    m_ipCounts.clear();         // per-address counts cannot be cut to a window: re-read them
    m_shownTop.clear();
    updateTitles();
    m_dirty = true;
    reseed();
    redraw();
}

void DashboardView::updateTitles()
{
    const bool hour = m_range == Range::Hour;
    m_authChart->setTitle(hour ? tr("Failed logins per minute (last hour)")
                               : tr("Failed logins per 15 minutes (last day)"));
    m_callChart->setTitle(hour ? tr("Calls per minute (last hour)") : tr("Calls per 15 minutes (last day)"));
    m_ipChart->setTitle(hour ? tr("Top attacking source IPs (failed logins, last hour)")
                             : tr("Top attacking source IPs (failed logins, last day)"));
    const QString format = hour ? QStringLiteral("HH:mm") : QStringLiteral("ddd HH:mm");
    m_authX->setFormat(format);
    m_callX->setFormat(format);
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
    if (s.costs != m_costs || s.currency != m_currency) {
        m_costs = s.costs;
        m_currency = s.currency;
        m_costsDirty = true;
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
    m_costsDirty = true;
    for (auto it = m_tiles.cbegin(); it != m_tiles.cend(); ++it)
        it.value()->setSelected(it.key() == pbx);
}

void DashboardView::prune(qint64 nowMs)
{
    const qint64 oldest = minuteOf(nowMs) - windowMs();
    while (!m_auth.isEmpty() && m_auth.firstKey() < oldest)
        m_auth.erase(m_auth.begin());
    while (!m_calls.isEmpty() && m_calls.firstKey() < oldest)
        m_calls.erase(m_calls.begin());
}

void DashboardView::redrawLine(QLineSeries *series, QValueAxis *y, const QMap<qint64, int> &buckets, qint64 nowMin)
{
    // Minute buckets, summed into the range's bucket size (1 min for the hour, 15 min for the day).
    const qint64 step = bucketMs();
    const qint64 last = nowMin - (nowMin % step);
    const qint64 first = last - windowMs() + step;
    QList<QPointF> points;
    points.reserve(int(windowMs() / step) + 1);
    int max = 0;
    auto it = buckets.lowerBound(first);
    for (qint64 b = first; b <= last; b += step) {
        int v = 0;
        for (; it != buckets.cend() && it.key() < b + step; ++it)
            v += it.value();
        max = qMax(max, v);
        points.append(QPointF(double(b), v));
    }
    series->replace(points);   // one repaint for the whole series
    setCountRange(y, niceMax(max));
}

void DashboardView::redraw()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 nowMin = minuteOf(now);
    prune(now);
    if (m_costsDirty)
        redrawCosts();
    if (m_dirty) {
        const qint64 last = nowMin - (nowMin % bucketMs());
        const QDateTime from = QDateTime::fromMSecsSinceEpoch(last - windowMs() + bucketMs());
        const QDateTime to = QDateTime::fromMSecsSinceEpoch(last);
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
                cats << (m_range == Range::Hour ? tr("none in the last hour") : tr("none in the last day"));
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

int DashboardView::authFailuresInRange() const
{
    int n = 0;
    for (int v : m_auth)
        n += v;
    return n;
}

int DashboardView::callsInRange() const
{
    int n = 0;
    for (int v : m_calls)
        n += v;
    return n;
}

QString DashboardView::topIpToolTip(int index) const
{
    const int i = int(m_shownTop.size()) - 1 - index;
    if (i < 0 || i >= m_shownTop.size())
        return QString();
    const auto &[ip, failures] = m_shownTop.at(i);
    QString tip = tr("%1: %n failed login(s)", nullptr, failures).arg(ip);
    if (m_geoIp) {
        const QString country = m_geoIp->label(ip);
        tip += QLatin1Char('\n') + (country.isEmpty() ? tr("Country unknown") : country);
    }
    return tip;
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

QVector<CountryCost> DashboardView::countryCosts() const
{
    QHash<QString, CountryCost> merged;
    for (const CostExposure &x : m_costs) {
        if (!m_selected.isEmpty() && x.pbx != m_selected)
            continue;
        for (const CountryCost &c : x.byCountry) {
            CountryCost &m = merged[c.country];
            m.country = c.country;
            m.calls += c.calls;
            m.cost += c.cost;
        }
    }
    QVector<CountryCost> out(merged.cbegin(), merged.cend());
    std::sort(out.begin(), out.end(), [](const CountryCost &a, const CountryCost &b) {
        return a.cost != b.cost ? a.cost > b.cost : (a.calls != b.calls ? a.calls > b.calls : a.country < b.country);
    });
    if (out.size() > kTopCountries)
        out.resize(kTopCountries);
    return out;
}

QString DashboardView::costSummary() const
{
    double spent = 0, burn = 0, baseline = 0;
    bool learned = false;
    for (const CostExposure &x : m_costs) {
        if (!m_selected.isEmpty() && x.pbx != m_selected)
            continue;
        spent += x.spentToday;
        burn += x.burnPerHour;
        baseline += x.dailyBaseline;
        learned = learned || x.baselineDays > 0;
    }
    const QString currency = m_currency.isEmpty() ? QStringLiteral("USD") : m_currency;
    auto money = [&](double v) { return DetectFormat::money(v, currency); };
    const QString scope = m_selected.isEmpty() ? tr("all PBXes") : m_selected;
    // Red when today already runs above the learned day, or the hour burns more than a learned day.
    const bool hot = learned && baseline > 0 && (spent > baseline || burn > baseline);
    const QString spentText = hot ? QStringLiteral("<b style=\"color:#b3261e\">%1</b>").arg(money(spent))
                                  : QStringLiteral("<b>%1</b>").arg(money(spent));
    return tr("Cost exposure (%1): spent today %2 · burn rate %3 per hour · baseline %4")
        .arg(scope.toHtmlEscaped(), spentText, money(burn),
             learned ? tr("%1 per day").arg(money(baseline)) : tr("still learning"));
}

void DashboardView::redrawCosts()
{
    m_costLine->setText(costSummary());
    const QVector<CountryCost> top = countryCosts();
    if (top != m_shownCountries || m_countryAxis->categories().isEmpty()) {
        m_shownCountries = top;
        QStringList cats;
        QList<qreal> values;
        double max = 0;
        for (int i = top.size() - 1; i >= 0; --i) {
            cats << tr("%1 (calls: %2)").arg(top.at(i).country).arg(top.at(i).calls);
            values << qRound64(top.at(i).cost * 100) / 100.0;
            max = qMax(max, top.at(i).cost);
        }
        if (cats.isEmpty())
            cats << tr("no external calls today");
        m_countrySet->remove(0, m_countrySet->count());
        m_countrySet->append(values.isEmpty() ? QList<qreal>{0} : values);
        m_countryAxis->setCategories(cats);
        const double top5 = max <= 5 ? 5 : niceMax(int(std::ceil(max)));
        m_countryValues->setRange(0, top5);
        m_countryValues->setTickCount(6);
        m_countryValues->setLabelFormat(top5 < 50 ? QStringLiteral("%.1f") : QStringLiteral("%d"));
        m_countryValues->setTitleText(m_currency);
    }
    m_costsDirty = false;
}

} // namespace tg
