#pragma once

#include <QByteArray>

namespace tg {

class AmiMessage;

// Rebuilds a config file's text from an AMI GetConfig response (the fallback when SSH is not
// available): "[category]" (with "(!)" for a template and "(a,b)" for the templates it
// inherits) followed by its "key=value" lines, categories separated by a blank line. Comments,
// blank lines and spacing are lost, so this text is only compared with other GetConfig texts.
class AmiConfigText
{
public:
    static QByteArray fromGetConfig(const AmiMessage &response);
};

} // namespace tg
