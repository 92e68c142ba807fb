#pragma once

#include <functional>

namespace tg {

// When to try a connection again after it failed or dropped: exponential backoff with jitter,
// bounded by a minimum and a maximum, back to the minimum after a success. Protocol-neutral
// (AMI and ESL share it). The jitter spreads a fleet of consoles (or a console watching a
// fleet of PBXes) so they do not all reconnect in the same instant after an outage.
class ReconnectPolicy
{
public:
    struct Settings {
        int minDelayMs = 1000;  // base of the first retry
        int maxDelayMs = 60000;
        double factor = 2.0;    // growth per failed attempt
        double jitter = 0.25;   // 0..1: a delay is drawn from [base * (1 - jitter), base]
    };
    // Returns a number in [0, 1). Tests inject a fixed sequence.
    using RandomSource = std::function<double()>;

    ReconnectPolicy();
    explicit ReconnectPolicy(Settings settings, RandomSource random = RandomSource());

    // The delay before the next attempt; each call counts one more failed attempt.
    int nextDelayMs();
    // A connection succeeded: the next failure starts again at the minimum.
    void reset() { m_attempt = 0; }

    int attempts() const { return m_attempt; }
    const Settings &settings() const { return m_settings; }
    void setSettings(const Settings &settings);
    // The largest delay nextDelayMs() can return after `attempt` earlier failures (no jitter).
    int upperBoundMs(int attempt) const;

private:
    Settings m_settings;
    RandomSource m_random;
    int m_attempt = 0;
};

} // namespace tg
