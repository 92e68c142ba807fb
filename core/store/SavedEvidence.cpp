#include "SavedEvidence.h"

#include <algorithm>
#include <iterator>

namespace tg {

SavedEvidence::Change SavedEvidence::change(qint64 alertId, const QList<qint64> &evidence)
{
    Rows next(evidence.cbegin(), evidence.cend());
    std::sort(next.begin(), next.end());
    next.erase(std::unique(next.begin(), next.end()), next.end());

    Change c;
    const Rows *before = nullptr;
    if (auto it = m_staged.find(alertId); it != m_staged.end())
        before = &it->second;
    else if (auto saved = m_saved.find(alertId); saved != m_saved.end())
        before = &saved->second;
    if (!before) {
        c.rewrite = true;
        c.add = next;
    } else {
        std::set_difference(before->cbegin(), before->cend(), next.cbegin(), next.cend(), std::back_inserter(c.remove));
        std::set_difference(next.cbegin(), next.cend(), before->cbegin(), before->cend(), std::back_inserter(c.add));
    }
    m_staged[alertId] = std::move(next);
    return c;
}

void SavedEvidence::commit()
{
    if (m_saved.size() + m_staged.size() > kMaxAlerts)
        m_saved.clear();
    for (auto &[id, rows] : m_staged)
        m_saved[id] = std::move(rows);
    m_staged.clear();
}

void SavedEvidence::rollback()
{
    m_staged.clear();
}

void SavedEvidence::clear()
{
    m_saved.clear();
    m_staged.clear();
}

} // namespace tg
