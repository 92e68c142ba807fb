#pragma once

#include "Alert.h"

#include <QString>
#include <QStringList>

namespace tg {

// Judges a PBX secret (SIP, AMI, ESL, directory password) against what attackers try first,
// and hides secrets in evidence.
class PasswordPolicy
{
public:
    static constexpr int kMinLength = 12;

    enum class Weakness { None, Empty, Common, SameAsUser, SimilarToUser, Numeric, Short };
    struct Verdict {
        Weakness weakness = Weakness::None;
        Severity severity = Severity::Info;
        QString reason;   // a sentence fragment: "is in the list of common passwords"
        bool weak() const { return weakness != Weakness::None; }
    };

    // user: the account, extension or login the secret belongs to (may be empty).
    static Verdict judge(const QString &secret, const QString &user);
    static bool isCommon(const QString &secret);
    // Fixed-width stars: evidence shows neither the secret nor its length.
    static QString mask() { return QStringLiteral("********"); }
    // A random secret of `length` characters from letters and digits (no shell or XML specials).
    static QString generate(int length = 24);
    // The built-in list (":/audit/common-passwords.txt" when the resources are linked, else a
    // short fallback), lower-cased.
    static const QStringList &commonPasswords();
};

} // namespace tg
