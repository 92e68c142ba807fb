#include "PbxSidebar.h"

#include "ConsoleStyle.h"

#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <algorithm>

namespace tg {

namespace {
constexpr int kNameRole = Qt::UserRole + 1;
}

PbxSidebar::PbxSidebar(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_empty(new QLabel(tr("No PBX configured yet. Start the Demo PBX to see Tollgate at work, "
                            "or add your own Asterisk or FreeSWITCH system."), this))
    , m_demo(new QPushButton(tr("Start the Demo PBX"), this))
    , m_add(new QPushButton(tr("Add PBX…"), this))
{
    m_list->setIconSize(QSize(12, 12));
    m_list->setSpacing(2);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->setUniformItemSizes(false);
    m_empty->setWordWrap(true);
    m_empty->setMargin(4);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty);
    layout->addWidget(m_demo);
    layout->addWidget(m_add);

    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        Q_EMIT pbxSelected(item ? item->data(kNameRole).toString() : QString());
    });
    connect(m_list, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem *item) {
        const QString name = item->data(kNameRole).toString();
        if (!name.isEmpty() && m_profiles.contains(name))
            Q_EMIT editRequested(name);
    });
    connect(m_list, &QWidget::customContextMenuRequested, this, &PbxSidebar::showContextMenu);
    connect(m_add, &QPushButton::clicked, this, &PbxSidebar::addRequested);
    connect(m_demo, &QPushButton::clicked, this, &PbxSidebar::demoRequested);
    rebuild();
}

QString PbxSidebar::displayName(const QString &name, bool demo)
{
    return demo ? tr("%1 (Demo PBX)").arg(name) : name;
}

void PbxSidebar::setProfiles(const PbxProfileList &profiles)
{
    m_profiles.clear();
    for (const PbxProfile &p : profiles)
        m_profiles.insert(p.name, p);
    rebuild();
}

void PbxSidebar::setStatuses(const QVector<PbxStatus> &statuses)
{
    bool namesChanged = false;
    QHash<QString, PbxStatus> next;
    for (const PbxStatus &s : statuses) {
        next.insert(s.name, s);
        if (!m_statuses.contains(s.name) && !m_profiles.contains(s.name))
            namesChanged = true;
    }
    for (auto it = m_statuses.cbegin(); it != m_statuses.cend(); ++it)
        if (!next.contains(it.key()) && !m_profiles.contains(it.key()))
            namesChanged = true;
    m_statuses = next;
    if (namesChanged) {
        rebuild();
        return;
    }
    // Same PBXes: update in place, so selection and scrolling stay put.
    for (int i = 1; i < m_list->count(); ++i)
        updateItem(m_list->item(i));
}

QStringList PbxSidebar::pbxNames() const
{
    QStringList names = m_profiles.keys();
    for (auto it = m_statuses.cbegin(); it != m_statuses.cend(); ++it)
        if (!names.contains(it.key()))
            names << it.key();
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        return a.compare(b, Qt::CaseInsensitive) < 0;
    });
    return names;
}

void PbxSidebar::rebuild()
{
    const QString selected = selectedPbx();
    const QSignalBlocker block(m_list);
    m_list->clear();
    auto *all = new QListWidgetItem(tr("All PBXes"), m_list);
    all->setData(kNameRole, QString());
    QFont bold = all->font();
    bold.setBold(true);
    all->setFont(bold);
    for (const QString &name : pbxNames()) {
        auto *item = new QListWidgetItem(m_list);
        item->setData(kNameRole, name);
        updateItem(item);
    }
    const bool none = m_list->count() == 1;
    m_empty->setVisible(none);
    m_demo->setVisible(none);
    selectPbx(selected);
}

QString PbxSidebar::entryText(const QString &name) const
{
    const auto st = m_statuses.constFind(name);
    const auto pr = m_profiles.constFind(name);
    const bool demo = (st != m_statuses.constEnd() && st->demo) || (pr != m_profiles.constEnd() && pr->demo);
    QString kind;
    if (demo)
        kind = tr("replayed Asterisk traffic");   // the name already says "Demo PBX"
    else if (pr != m_profiles.constEnd())
        kind = pr->type == PbxType::Asterisk ? tr("Asterisk") : tr("FreeSWITCH");
    QString state;
    if (st != m_statuses.constEnd())
        state = ConsoleStyle::linkStateText(st->state);
    else if (pr != m_profiles.constEnd() && !pr->enabled)
        state = ConsoleStyle::linkStateText(LinkState::Disabled);
    else
        state = tr("Waiting");
    const QString second = kind.isEmpty() ? state : tr("%1 · %2").arg(kind, state);
    return name + QLatin1Char('\n') + second;
}

QString PbxSidebar::entryToolTip(const QString &name) const
{
    QStringList lines;
    const auto st = m_statuses.constFind(name);
    const auto pr = m_profiles.constFind(name);
    if ((st != m_statuses.constEnd() && st->demo) || (pr != m_profiles.constEnd() && pr->demo))
        lines << tr("Demo PBX: replays recorded Asterisk traffic inside Tollgate. Not a real system.");
    if (pr != m_profiles.constEnd() && !pr->demo)
        lines << tr("%1:%2%3").arg(pr->host).arg(pr->port).arg(pr->viaSsh ? tr(" through SSH") : QString());
    if (st != m_statuses.constEnd()) {
        lines << tr("State: %1").arg(ConsoleStyle::linkStateText(st->state));
        if (!st->reason.isEmpty())
            lines << st->reason;
        if (!st->version.isEmpty())
            lines << tr("Version: %1").arg(st->version);
        if (st->lastEventMs > 0)
            lines << tr("Last event: %1").arg(ConsoleStyle::formatTime(st->lastEventMs));
    } else {
        lines << tr("No status from the engine yet.");
    }
    return lines.join(QLatin1Char('\n'));
}

void PbxSidebar::updateItem(QListWidgetItem *item)
{
    const QString name = item->data(kNameRole).toString();
    const QString text = entryText(name);
    if (item->text() != text)
        item->setText(text);
    const QString tip = entryToolTip(name);
    if (item->toolTip() != tip)
        item->setToolTip(tip);
    const auto st = m_statuses.constFind(name);
    const LinkState state = st != m_statuses.constEnd() ? st->state : LinkState::Disabled;
    const int key = int(state) + 1;
    if (item->data(kNameRole + 1).toInt() != key) {
        item->setIcon(ConsoleStyle::dotIcon(ConsoleStyle::linkStateColor(state)));
        item->setData(kNameRole + 1, key);
    }
}

QString PbxSidebar::selectedPbx() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(kNameRole).toString() : QString();
}

void PbxSidebar::selectPbx(const QString &name)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(kNameRole).toString() == name) {
            m_list->setCurrentRow(i);
            return;
        }
    }
    m_list->setCurrentRow(0);
}

void PbxSidebar::showContextMenu(const QPoint &pos)
{
    QListWidgetItem *item = m_list->itemAt(pos);
    const QString name = item ? item->data(kNameRole).toString() : QString();
    QMenu menu(this);
    if (!name.isEmpty() && m_profiles.contains(name)) {
        menu.addAction(tr("Edit %1…").arg(name), this, [this, name] { Q_EMIT editRequested(name); });
        menu.addAction(tr("Remove %1…").arg(name), this, [this, name] { Q_EMIT removeRequested(name); });
        menu.addSeparator();
    }
    menu.addAction(tr("Add PBX…"), this, &PbxSidebar::addRequested);
    menu.exec(m_list->viewport()->mapToGlobal(pos));
}

} // namespace tg
