#include "PbxProfile.h"

namespace tg {

QString pbxTypeName(PbxType t)
{
    return t == PbxType::FreeSwitch ? QStringLiteral("freeswitch") : QStringLiteral("asterisk");
}

PbxType pbxTypeFromName(const QString &name)
{
    return name.compare(QLatin1String("freeswitch"), Qt::CaseInsensitive) == 0 ? PbxType::FreeSwitch
                                                                               : PbxType::Asterisk;
}

} // namespace tg
