#include "ReconnectPolicy.h"

#include <QRandomGenerator>
#include <QtGlobal>

#include <algorithm>
#include <cmath>

namespace tg {

namespace {
ReconnectPolicy::Settings sanitized(ReconnectPolicy::Settings s)
{
    s.minDelayMs = std::max(0, s.minDelayMs);
    s.maxDelayMs = std::max(s.minDelayMs, s.maxDelayMs);
    s.factor = std::max(1.0, s.factor);
    s.jitter = std::clamp(s.jitter, 0.0, 1.0);
    return s;
}
} // namespace

ReconnectPolicy::ReconnectPolicy() : ReconnectPolicy(Settings()) {}

ReconnectPolicy::ReconnectPolicy(Settings settings, RandomSource random)
    : m_settings(sanitized(settings)), m_random(std::move(random))
{
    if (!m_random)
        m_random = [] { return QRandomGenerator::global()->generateDouble(); };
}

void ReconnectPolicy::setSettings(const Settings &settings)
{
    m_settings = sanitized(settings);
}

int ReconnectPolicy::upperBoundMs(int attempt) const
{
    // Computed in floating point and clamped before it can overflow an int.
    const double base = m_settings.minDelayMs * std::pow(m_settings.factor, std::max(0, attempt));
    return int(std::min<double>(base, m_settings.maxDelayMs));
}

int ReconnectPolicy::nextDelayMs()
{
    const int base = upperBoundMs(m_attempt);
    if (m_attempt < 1000)
        ++m_attempt;
    const double r = std::clamp(m_random(), 0.0, 1.0);
    // Jitter only shortens the delay, so the maximum stays a hard bound.
    const int delay = int(std::lround(base * (1.0 - m_settings.jitter * r)));
    return std::max(0, delay);
}

} // namespace tg
