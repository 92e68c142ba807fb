#pragma once

#include "DiffResult.h"

#include <QString>
#include <QVector>

namespace tg {

// Finds secret values in config lines and hides them. Asterisk: the value of secret=,
// md5secret=, remotesecret=, password=, passwd=, md5_cred=, and the password in
// "register => user:password@host". FreeSWITCH XML: the value= of a <param>/<variable> whose
// name contains "password", "passwd", "secret" or is "a1-hash", and the value of an
// X-PRE-PROCESS "set" of such a variable (vars.xml's default_password); this covers the ESL
// password in event_socket.conf.xml. The mask has a fixed length, so it does not tell the
// secret's length either.
class SecretMasker
{
public:
    explicit SecretMasker(ConfigFormat format = ConfigFormat::AsteriskConf) : m_format(format) {}

    static QString mask();                               // the text shown instead of a secret
    static bool isSecretKey(const QString &key);

    // Character ranges of secret values in a line.
    QVector<DiffSpan> secretSpans(const QString &line) const;
    bool containsSecret(const QString &line) const { return !secretSpans(line).isEmpty(); }
    QString maskLine(const QString &line) const;
    // Masks a line and moves `spans` (word highlights) onto the masked text: a span that
    // touches a secret covers its whole mask.
    QString maskLine(const QString &line, const QVector<DiffSpan> &spans, QVector<DiffSpan> *maskedSpans) const;
    // Masks every line of a text (for alert explanations and exports).
    QString maskText(const QString &text) const;

private:
    QVector<DiffSpan> confSpans(const QString &line) const;
    QVector<DiffSpan> xmlSpans(const QString &line) const;

    ConfigFormat m_format;
};

} // namespace tg
