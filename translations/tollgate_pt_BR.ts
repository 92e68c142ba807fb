<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>tg</name>
    <message>
        <source>Could not record the block in the database: %1.</source>
        <translation>Não foi possível registrar o bloqueio no banco de dados: %1.</translation>
    </message>
    <message>
        <source>The database %1 is damaged or is not a Tollgate database; it was left untouched. Move it aside or restore a backup, or start Tollgate with --data-dir pointing to another folder.</source>
        <translation>O banco de dados %1 está danificado ou não é um banco de dados do Tollgate; ele não foi alterado. Mova-o para outro lugar ou restaure um backup, ou inicie o Tollgate com --data-dir apontando para outra pasta.</translation>
    </message>
    <message>
        <source>The database %1 does not exist; check the path or the --data-dir option.</source>
        <translation>O banco de dados %1 não existe; verifique o caminho ou a opção --data-dir.</translation>
    </message>
    <message>
        <source>The database %1 cannot be read; check its permissions.</source>
        <translation>O banco de dados %1 não pode ser lido; verifique as permissões.</translation>
    </message>
    <message>
        <source>The file %1 is not an SQLite database or its header is damaged.</source>
        <translation>O arquivo %1 não é um banco de dados SQLite ou seu cabeçalho está danificado.</translation>
    </message>
    <message>
        <source>Could not open the database %1 read-only: %2.</source>
        <translation>Não foi possível abrir o banco de dados %1 somente para leitura: %2.</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). Restore a backup, or move the file aside to start with an empty one.</source>
        <translation>O banco de dados %1 está danificado (%2). Restaure um backup ou mova o arquivo para outro lugar para começar com um banco vazio.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Tollgate (schema %2); update Tollgate to use it.</source>
        <translation>O banco de dados %1 foi gravado por uma versão mais nova do Tollgate (esquema %2); atualize o Tollgate para usá-lo.</translation>
    </message>
    <message>
        <source>On PBX %1, a command ended without an exit code (the connection or the command was cut); its effect is unknown until the next listing.</source>
        <translation>No PABX %1, um comando terminou sem código de saída (a conexão ou o comando foi interrompido); seu efeito é desconhecido até a próxima listagem.</translation>
    </message>
    <message>
        <source>PBX %1 cannot be blocked on: it is not configured, or has no SSH access set up.</source>
        <translation>Não é possível bloquear no PABX %1: ele não está configurado ou não tem acesso SSH configurado.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a destination address; write it as udp://, tcp://, tls://, relp:// or relp-tls:// followed by the host and an optional port, e.g. relp://siem.example.com:2514.</source>
        <translation>&apos;%1&apos; não é um endereço de destino; escreva udp://, tcp://, tls://, relp:// ou relp-tls:// seguido do host e de uma porta opcional, por exemplo relp://siem.example.com:2514.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name or IP address.</source>
        <translation>&apos;%1&apos; não é um nome de host nem um endereço IP.</translation>
    </message>
    <message>
        <source>The port in &apos;%1&apos; must be between 1 and 65535.</source>
        <translation>A porta em &apos;%1&apos; deve estar entre 1 e 65535.</translation>
    </message>
    <message>
        <source>[… %1 more characters not shown]</source>
        <translation>[… mais %1 caracteres não mostrados]</translation>
    </message>
    <message>
        <source>%1 to %2 (UTC)</source>
        <translation>%1 a %2 (UTC)</translation>
    </message>
    <message>
        <source>all PBXes</source>
        <translation>todos os PABX</translation>
    </message>
    <message>
        <source>Incident report</source>
        <translation>Relatório de incidente</translation>
    </message>
    <message>
        <source>Confidential: for incident response</source>
        <translation>Confidencial: para a resposta a incidentes</translation>
    </message>
    <message>
        <source>highest severity among the alerts</source>
        <translation>maior gravidade entre os alertas</translation>
    </message>
    <message>
        <source>Selected alerts (%1)</source>
        <translation>Alertas selecionados (%1)</translation>
    </message>
    <message>
        <source>Time range, all PBXes</source>
        <translation>Intervalo de tempo, todos os PBX</translation>
    </message>
    <message>
        <source>Time range on %1</source>
        <translation>Intervalo de tempo em %1</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Escopo</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>PBX</source>
        <translation>PBX</translation>
    </message>
    <message>
        <source>Report generated</source>
        <translation>Relatório gerado</translation>
    </message>
    <message>
        <source>%1 (UTC)</source>
        <translation>%1 (UTC)</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Preparado por</translation>
    </message>
    <message>
        <source>alerts</source>
        <translation>alertas</translation>
    </message>
    <message>
        <source>source addresses</source>
        <translation>endereços de origem</translation>
    </message>
    <message>
        <source>accounts involved</source>
        <translation>contas envolvidas</translation>
    </message>
    <message>
        <source>estimated cost</source>
        <translation>custo estimado</translation>
    </message>
    <message>
        <source>No alert was active on %1 from %2.</source>
        <translation>Nenhum alerta esteve ativo em %1 de %2.</translation>
    </message>
    <message>
        <source>Tollgate raised one alert on %1 between %2; its severity is %3.</source>
        <translation>O Tollgate gerou um alerta em %1 entre %2; sua gravidade é %3.</translation>
    </message>
    <message>
        <source>Tollgate raised %1 alerts on %2 between %3; the highest severity is %4.</source>
        <translation>O Tollgate gerou %1 alertas em %2 entre %3; a maior gravidade é %4.</translation>
    </message>
    <message>
        <source>Rules that fired: %1.</source>
        <translation>Regras disparadas: %1.</translation>
    </message>
    <message>
        <source>Stored in this period on these PBXes: failed authentications %1, calls %2.</source>
        <translation>Armazenado neste período nestes PBX: autenticações com falha %1, chamadas %2.</translation>
    </message>
    <message>
        <source>Estimated cost of the calls involved: %1.</source>
        <translation>Custo estimado das chamadas envolvidas: %1.</translation>
    </message>
    <message>
        <source>No call cost was recorded for this incident.</source>
        <translation>Nenhum custo de chamadas foi registrado para este incidente.</translation>
    </message>
    <message>
        <source>Alert status now: %1.</source>
        <translation>Status atual dos alertas: %1.</translation>
    </message>
    <message>
        <source>Actions recorded: blocks %1 (in force %2), audit fixes %3, triage steps %4.</source>
        <translation>Ações registradas: bloqueios %1 (em vigor %2), correções de auditoria %3, passos de triagem %4.</translation>
    </message>
    <message>
        <source>Nothing recorded.</source>
        <translation>Nada registrado.</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Hora (UTC)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Tollgate</source>
        <translation>Tollgate</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severidade</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Contagem</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Primeira ocorrência</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Última ocorrência</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Est. cost</source>
        <translation>Custo est.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <source>Failed logins</source>
        <translation>Logins com falha</translation>
    </message>
    <message>
        <source>Successful logins</source>
        <translation>Logins bem-sucedidos</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Chamadas</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Custo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>%1 more accounts with fewer events are not listed.</source>
        <translation>Mais %1 contas com menos eventos não estão listadas.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidência</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Todos os eventos</translation>
    </message>
    <message>
        <source>Active (UTC)</source>
        <translation>Ativo (UTC)</translation>
    </message>
    <message>
        <source>Accounts tried</source>
        <translation>Contas tentadas</translation>
    </message>
    <message>
        <source>User agent</source>
        <translation>User agent</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloqueio</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>not blocked</source>
        <translation>não bloqueado</translation>
    </message>
    <message>
        <source>Evidence: events among the alerts&apos; evidence. All events: every stored event from the address in the period.</source>
        <translation>Evidências: eventos entre as evidências dos alertas. Todos os eventos: cada evento armazenado do endereço no período.</translation>
    </message>
    <message>
        <source>%1 more addresses are not listed.</source>
        <translation>Mais %1 endereços não estão listados.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Chamador</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>Faturado</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Bloqueios</translation>
    </message>
    <message>
        <source>No source address of this incident was blocked.</source>
        <translation>Nenhum endereço de origem deste incidente foi bloqueado.</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Quando (UTC)</translation>
    </message>
    <message>
        <source>PBX and backend</source>
        <translation>PBX e backend</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Encerrado</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <source>until unblocked</source>
        <translation>até ser desbloqueado</translation>
    </message>
    <message>
        <source>Audit fixes</source>
        <translation>Correções de auditoria</translation>
    </message>
    <message>
        <source>No guided fix was applied to these PBXes since the incident began.</source>
        <translation>Nenhuma correção guiada foi aplicada a estes PBX desde o início do incidente.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Verificação</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Alert triage</source>
        <translation>Triagem de alertas</translation>
    </message>
    <message>
        <source>No alert of this incident has been triaged yet.</source>
        <translation>Nenhum alerta deste incidente foi triado ainda.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <source>account %1</source>
        <translation>conta %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>para %1</translation>
    </message>
    <message>
        <source>agent %1</source>
        <translation>agente %1</translation>
    </message>
    <message>
        <source>Alert #%1 · %2 · %3 · %4</source>
        <translation>Alerta #%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Por quê:</translation>
    </message>
    <message>
        <source>Suggested action:</source>
        <translation>Ação sugerida:</translation>
    </message>
    <message>
        <source>Analyst&apos;s note:</source>
        <translation>Nota do analista:</translation>
    </message>
    <message>
        <source>No evidence events are stored for this alert.</source>
        <translation>Não há eventos de evidência armazenados para este alerta.</translation>
    </message>
    <message>
        <source>%1 of its %2 evidence events, the first and the newest:</source>
        <translation>%1 de seus %2 eventos de evidência, os primeiros e os mais recentes:</translation>
    </message>
    <message>
        <source>Its %1 evidence events:</source>
        <translation>Seus %1 eventos de evidência:</translation>
    </message>
    <message>
        <source>Could not write the report to %1: %2. Choose another folder.</source>
        <translation>Não foi possível gravar o relatório em %1: %2. Escolha outra pasta.</translation>
    </message>
    <message>
        <source>Calls to %1 in context %2 are forwarded to the external number %3</source>
        <translation>Chamadas para %1 no contexto %2 são encaminhadas para o número externo %3</translation>
    </message>
    <message>
        <source>Every call that reaches %1 is sent on to %2, outside the PBX, and you pay for that outgoing leg. Intruders who get into a PBX set up exactly such forwards to premium or international numbers they profit from, then call the extension from a cheap line (or let callers do it) so the PBX keeps dialling out for them.</source>
        <translation>Cada chamada que chega a %1 é reenviada para %2, fora do PBX, e você paga esse trecho de saída. Invasores que entram em um PBX configuram exatamente esses encaminhamentos para números premium ou internacionais dos quais lucram e depois ligam para o ramal de uma linha barata (ou deixam outros ligarem) para que o PBX continue discando para fora por eles.</translation>
    </message>
    <message>
        <source>Check that somebody in your organisation asked for this forward and that %1 is their number. If not, remove the line from extensions.conf, run &quot;dialplan reload&quot;, and look at the Config tab&apos;s history of the file to see when it appeared.</source>
        <translation>Verifique se alguém da sua organização pediu este encaminhamento e se %1 é o número dessa pessoa. Se não, remova a linha do extensions.conf, execute &quot;dialplan reload&quot; e veja no histórico do arquivo na aba Configuração quando ela apareceu.</translation>
    </message>
    <message>
        <source>Calls to user %1 are forwarded to %2</source>
        <translation>Chamadas para o usuário %1 são encaminhadas para %2</translation>
    </message>
    <message>
        <source>Calls for user %1 are sent on to %2, outside the PBX, and you pay for that outgoing leg. Intruders who get into a PBX set up exactly such forwards to premium or international numbers they profit from.</source>
        <translation>Chamadas para o usuário %1 são reenviadas para %2, fora do PBX, e você paga esse trecho de saída. Invasores que entram em um PBX configuram exatamente esses encaminhamentos para números premium ou internacionais dos quais lucram.</translation>
    </message>
    <message>
        <source>Check that the user asked for this forward and that the number is theirs; if not, remove the variable from the user&apos;s directory file and run &quot;reloadxml&quot;.</source>
        <translation>Verifique se o usuário pediu este encaminhamento e se o número é dele; se não, remova a variável do arquivo de diretório do usuário e execute &quot;reloadxml&quot;.</translation>
    </message>
    <message>
        <source>Calls to extension %1 in context %2 are forwarded to the external number %3</source>
        <translation>Chamadas para o ramal %1 no contexto %2 são encaminhadas para o número externo %3</translation>
    </message>
    <message>
        <source>Every call that reaches this extension is sent on to %1, outside the PBX, and you pay for that outgoing leg. Intruders who get into a PBX set up exactly such forwards to premium or international numbers they profit from.</source>
        <translation>Cada chamada que chega a este ramal é reenviada para %1, fora do PBX, e você paga esse trecho de saída. Invasores que entram em um PBX configuram exatamente esses encaminhamentos para números premium ou internacionais dos quais lucram.</translation>
    </message>
    <message>
        <source>Check that somebody asked for this forward and that %1 is their number. If not, remove the action from the dialplan and run &quot;reloadxml&quot;.</source>
        <translation>Verifique se alguém pediu este encaminhamento e se %1 é o número dessa pessoa. Se não, remova a ação do plano de discagem e execute &quot;reloadxml&quot;.</translation>
    </message>
</context>
<context>
    <name>tg::AccessReview</name>
    <message>
        <source>No approved list of AMI/ESL users for this PBX (%1 defined: %2)</source>
        <translation>Nenhuma lista de usuários AMI/ESL aprovados para este PBX (%1 definidos: %2)</translation>
    </message>
    <message>
        <source>AMI and ESL users can control the PBX: place calls, read its configuration, and sometimes run commands. An account an intruder added, or one a former contractor still knows, is easy to miss among legitimate ones. With an approved list, Tollgate reports every user that is not on it.</source>
        <translation>Usuários AMI e ESL podem controlar o PBX: fazer chamadas, ler sua configuração e às vezes executar comandos. Uma conta que um invasor criou, ou que um antigo prestador de serviços ainda conhece, passa facilmente despercebida entre as legítimas. Com uma lista de aprovados, o Tollgate informa cada usuário que não está nela.</translation>
    </message>
    <message>
        <source>Edit the PBX (PBX → Edit selected PBX…) and list the AMI/ESL users you know and need under &quot;Approved AMI/ESL users&quot;; remove the others from the PBX.</source>
        <translation>Edite o PBX (PBX → Editar PBX selecionado…) e liste em &quot;Usuários AMI/ESL aprovados&quot; os usuários que você conhece e de que precisa; remova os demais do PBX.</translation>
    </message>
    <message>
        <source>%1 user %2 is not on the approved list</source>
        <translation>O usuário %1 %2 não está na lista de aprovados</translation>
    </message>
    <message>
        <source>[%1] (%2); approved: %3</source>
        <translation>[%1] (%2); aprovados: %3</translation>
    </message>
    <message>
        <source>Nobody approved this %1 user for this PBX. It may be an account an intruder added to keep control of the PBX, or an old one nobody needs any more; either way it is a door into the PBX%2.</source>
        <translation>Ninguém aprovou este usuário %1 para este PBX. Pode ser uma conta que um invasor criou para manter o controle do PBX, ou uma antiga de que ninguém mais precisa; em ambos os casos é uma porta de entrada para o PBX%2.</translation>
    </message>
    <message>
        <source> that can place calls or run commands</source>
        <translation> que pode fazer chamadas ou executar comandos</translation>
    </message>
    <message>
        <source>Find out who uses %1. If nobody does, remove it from the PBX&apos;s configuration and reload; if it is needed, add it to &quot;Approved AMI/ESL users&quot; in the PBX&apos;s settings.</source>
        <translation>Descubra quem usa %1. Se ninguém usa, remova-o da configuração do PBX e recarregue; se for necessário, adicione-o a &quot;Usuários AMI/ESL aprovados&quot; nas configurações do PBX.</translation>
    </message>
    <message>
        <source>%1 account %2: no registration or call in %3 days (inactive, disable?)</source>
        <translation>Conta %1 %2: nenhum registro ou chamada em %3 dias (inativa, desativar?)</translation>
    </message>
    <message>
        <source>last activity %1</source>
        <translation>última atividade %1</translation>
    </message>
    <message>
        <source>no activity stored since %1</source>
        <translation>nenhuma atividade armazenada desde %1</translation>
    </message>
    <message>
        <source>An account nobody uses still has a password that attackers can guess, and its misuse stands out to nobody because nobody expects calls from it. Unused accounts are a common way in for toll fraud.</source>
        <translation>Uma conta que ninguém usa ainda tem uma senha que atacantes podem adivinhar, e seu abuso não chama a atenção de ninguém porque ninguém espera chamadas dela. Contas sem uso são uma porta de entrada comum para fraude de tarifação.</translation>
    </message>
    <message>
        <source>Ask whether %1 is still needed. If not, disable it (remove it or comment it out) and reload; if it is, check that its password is strong.</source>
        <translation>Pergunte se %1 ainda é necessária. Se não, desative-a (remova ou comente) e recarregue; se for, verifique se a senha é forte.</translation>
    </message>
    <message>
        <source>%1 accounts had no registration or call in %2 days (inactive, disable?)</source>
        <translation>%1 contas sem registro ou chamada em %2 dias (inativas, desativar?)</translation>
    </message>
    <message>
        <source>Ask whether these accounts are still needed. Disable (remove or comment out) the ones that are not and reload; check that the others have strong passwords.</source>
        <translation>Pergunte se estas contas ainda são necessárias. Desative (remova ou comente) as que não são e recarregue; verifique se as demais têm senhas fortes.</translation>
    </message>
</context>
<context>
    <name>tg::AdvisoryTable</name>
    <message>
        <source>The advisory table %1 could not be read: %2.</source>
        <translation>A tabela de avisos de segurança %1 não pôde ser lida: %2.</translation>
    </message>
    <message>
        <source>The advisory table has a malformed line %1.</source>
        <translation>A linha %1 da tabela de avisos de segurança está malformada.</translation>
    </message>
    <message>
        <source>Asterisk %1 is affected by %2: %3</source>
        <translation>O Asterisk %1 é afetado por %2: %3</translation>
    </message>
    <message>
        <source>running %1; fixed in %2 (%3)</source>
        <translation>executando %1; corrigido em %2 (%3)</translation>
    </message>
    <message>
        <source>The Asterisk project published this flaw and its fix. Published flaws are the ones attackers automate first, and this version does not have the fix.</source>
        <translation>O projeto Asterisk publicou esta falha e sua correção. Falhas publicadas são as primeiras que os atacantes automatizam, e esta versão não tem a correção.</translation>
    </message>
    <message>
        <source>Update Asterisk to %1 or a later release of the %2 branch (or a supported newer branch).</source>
        <translation>Atualize o Asterisk para %1 ou uma versão posterior do ramo %2 (ou um ramo mais novo com suporte).</translation>
    </message>
</context>
<context>
    <name>tg::AlertFormatter</name>
    <message numerus="yes">
        <source>No alerts in %n event(s).</source>
        <translation>
            <numerusform>Nenhum alerta em %n evento.</numerusform>
            <numerusform>Nenhum alerta em %n eventos.</numerusform>
        </translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>SEVERIDADE</translation>
    </message>
    <message>
        <source>RULE</source>
        <translation>REGRA</translation>
    </message>
    <message>
        <source>SUBJECT</source>
        <translation>ASSUNTO</translation>
    </message>
    <message>
        <source>COUNT</source>
        <translation>CONTAGEM</translation>
    </message>
    <message>
        <source>FIRST SEEN (UTC)</source>
        <translation>PRIMEIRA OCORRÊNCIA (UTC)</translation>
    </message>
    <message>
        <source>LAST SEEN (UTC)</source>
        <translation>ÚLTIMA OCORRÊNCIA (UTC)</translation>
    </message>
    <message>
        <source>COST</source>
        <translation>CUSTO</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TÍTULO</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>Ação: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) in %1 event(s).</source>
        <translation>
            <numerusform>%n alerta em %1 evento(s).</numerusform>
            <numerusform>%n alertas em %1 evento(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Origens: %1</translation>
    </message>
</context>
<context>
    <name>tg::AlertNotifier</name>
    <message>
        <source>%1 alert on %2</source>
        <translation>Alerta %1 em %2</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… e mais %1</translation>
    </message>
    <message>
        <source>%1 new alerts on %2</source>
        <translation>%1 novos alertas em %2</translation>
    </message>
</context>
<context>
    <name>tg::AlertRepository</name>
    <message>
        <source>Could not read or update alerts: %1.</source>
        <translation>Não foi possível ler ou atualizar os alertas: %1.</translation>
    </message>
    <message>
        <source>Could not update alert %1 (the database is busy or read-only): %2.</source>
        <translation>Não foi possível atualizar o alerta %1 (o banco de dados está ocupado ou somente leitura): %2.</translation>
    </message>
    <message>
        <source>Alert %1 no longer exists; refresh the alert list.</source>
        <translation>O alerta %1 não existe mais; atualize a lista de alertas.</translation>
    </message>
    <message>
        <source>Could not update alert %1: %2.</source>
        <translation>Não foi possível atualizar o alerta %1: %2.</translation>
    </message>
</context>
<context>
    <name>tg::AlertTableModel</name>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severidade</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>PBX</source>
        <translation>PBX</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Assunto</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Contagem</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Última ocorrência</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Primeira ocorrência</translation>
    </message>
    <message>
        <source>Est. cost</source>
        <translation>Custo est.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regra</translation>
    </message>
</context>
<context>
    <name>tg::AlertsView</name>
    <message>
        <source>Any severity</source>
        <translation>Qualquer severidade</translation>
    </message>
    <message>
        <source>Low and above</source>
        <translation>Baixa ou maior</translation>
    </message>
    <message>
        <source>Medium and above</source>
        <translation>Média ou maior</translation>
    </message>
    <message>
        <source>High and above</source>
        <translation>Alta ou maior</translation>
    </message>
    <message>
        <source>Critical only</source>
        <translation>Somente crítica</translation>
    </message>
    <message>
        <source>Open and acknowledged</source>
        <translation>Abertos e reconhecidos</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos os status</translation>
    </message>
    <message>
        <source>All rules</source>
        <translation>Todas as regras</translation>
    </message>
    <message>
        <source>Search title, subject, rule, note… (Ctrl+F)</source>
        <translation>Pesquisar título, assunto, regra, nota… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítica</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Reconhecido</translation>
    </message>
    <message>
        <source>Est. cost</source>
        <translation>Custo est.</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Reconhecer</translation>
    </message>
    <message>
        <source>I have seen it and am on it</source>
        <translation>Já vi e estou cuidando disso</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Resolver</translation>
    </message>
    <message>
        <source>The cause is dealt with</source>
        <translation>A causa foi tratada</translation>
    </message>
    <message>
        <source>False positive</source>
        <translation>Falso positivo</translation>
    </message>
    <message>
        <source>Not an attack or a fault</source>
        <translation>Não é um ataque nem uma falha</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Adiar</translation>
    </message>
    <message>
        <source>Hide it from the open list</source>
        <translation>Ocultar da lista de abertos</translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation>Adicionar nota…</translation>
    </message>
    <message>
        <source>Record a note with the alert</source>
        <translation>Registrar uma nota junto com o alerta</translation>
    </message>
    <message>
        <source>Select an alert to see why it fired, what to do, and its evidence.</source>
        <translation>Selecione um alerta para ver por que ele foi disparado, o que fazer e suas evidências.</translation>
    </message>
    <message>
        <source>%1 of %2 alerts shown, %3 open or acknowledged</source>
        <translation>%1 de %2 alertas exibidos, %3 abertos ou reconhecidos</translation>
    </message>
    <message>
        <source>Marking %1 selected as %2…</source>
        <translation>Marcando %1 selecionado(s) como %2…</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Note for the %1 selected:</source>
        <translation>Nota para os %1 selecionados:</translation>
    </message>
    <message>
        <source>Alerts updated: %1.</source>
        <translation>Alertas atualizados: %1.</translation>
    </message>
    <message>
        <source>Could not update the alert: %1</source>
        <translation>Não foi possível atualizar o alerta: %1</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Assunto</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regra</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Contagem</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Primeira ocorrência</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Última ocorrência</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Custo estimado</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Suggested action</source>
        <translation>Ação sugerida</translation>
    </message>
    <message>
        <source>Evidence: %1 events</source>
        <translation>Evidências: %1 eventos</translation>
    </message>
    <message>
        <source>No evidence events recorded.</source>
        <translation>Nenhum evento de evidência registrado.</translation>
    </message>
    <message>
        <source>Loading evidence…</source>
        <translation>Carregando evidências…</translation>
    </message>
    <message>
        <source>The evidence events are no longer stored (retention).</source>
        <translation>Os eventos de evidência não estão mais armazenados (retenção).</translation>
    </message>
    <message>
        <source>from %1:%2</source>
        <translation>de %1:%2</translation>
    </message>
    <message>
        <source>account %1</source>
        <translation>conta %1</translation>
    </message>
    <message>
        <source>agent %1</source>
        <translation>agente %1</translation>
    </message>
    <message>
        <source>Show events from %1</source>
        <translation>Mostrar eventos de %1</translation>
    </message>
    <message>
        <source>Copy IP address</source>
        <translation>Copiar endereço IP</translation>
    </message>
    <message>
        <source>Block source IP %1…</source>
        <translation>Bloquear IP de origem %1…</translation>
    </message>
    <message>
        <source>Block the source IPs of the selected alerts…</source>
        <translation>Bloquear os IPs de origem dos alertas selecionados…</translation>
    </message>
    <message>
        <source>Show events of %1</source>
        <translation>Mostrar eventos de %1</translation>
    </message>
    <message>
        <source>Copy subject</source>
        <translation>Copiar assunto</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Hang up the live call %1…</source>
        <translation>Desligar a chamada em andamento %1…</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Desligar</translation>
    </message>
    <message>
        <source>Hang up the call %1 on %2 now? The PBX ends it at once; the caller is cut off.</source>
        <translation>Desligar agora a chamada %1 em %2? O PABX a encerra imediatamente; quem ligou é desconectado.</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Qualquer momento</translation>
    </message>
    <message>
        <source>Seen in the last hour</source>
        <translation>Vistos na última hora</translation>
    </message>
    <message>
        <source>Seen in the last 24 hours</source>
        <translation>Vistos nas últimas 24 horas</translation>
    </message>
    <message>
        <source>Seen in the last 7 days</source>
        <translation>Vistos nos últimos 7 dias</translation>
    </message>
    <message>
        <source>No country for %1: %2 Choose a country database in Settings → GeoIP.</source>
        <translation>Sem país para %1: %2 Escolha um banco de dados de países em Configurações → GeoIP.</translation>
    </message>
    <message>
        <source>%1 is not in the GeoIP database (a private, reserved or unlisted address).</source>
        <translation>%1 não está no banco de dados GeoIP (um endereço privado, reservado ou não listado).</translation>
    </message>
    <message>
        <source>%1 is in %2, according to the GeoIP database (%3).</source>
        <translation>%1 fica em %2, segundo o banco de dados GeoIP (%3).</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Look up the country of %1</source>
        <translation>Consultar o país de %1</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Bloqueios</translation>
    </message>
    <message>
        <source>%1 on %2: %3, by %4</source>
        <translation>%1 em %2: %3, por %4</translation>
    </message>
    <message>
        <source>Incident report…</source>
        <translation>Relatório de incidente…</translation>
    </message>
    <message>
        <source>Write a PDF or HTML incident report of the selected alerts: timeline, evidence, accounts, addresses, cost and the actions taken</source>
        <translation>Gravar um relatório de incidente em PDF ou HTML dos alertas selecionados: linha do tempo, evidências, contas, endereços, custo e ações tomadas</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>HTML page (*.html)</source>
        <translation>Página HTML (*.html)</translation>
    </message>
    <message>
        <source>Save incident report</source>
        <translation>Salvar relatório de incidente</translation>
    </message>
    <message>
        <source>Writing the incident report of %1 alerts to %2…</source>
        <translation>Gravando o relatório de incidente de %1 alertas em %2…</translation>
    </message>
    <message>
        <source>Incident report written to %1.</source>
        <translation>Relatório de incidente gravado em %1.</translation>
    </message>
    <message>
        <source>The incident report was not written: %1</source>
        <translation>O relatório de incidente não foi gravado: %1</translation>
    </message>
    <message>
        <source>Incident report for a period…</source>
        <translation>Relatório de incidente de um período…</translation>
    </message>
    <message>
        <source>Write a PDF or HTML incident report of every alert active between two times</source>
        <translation>Gravar um relatório de incidente em PDF ou HTML de todos os alertas ativos entre dois momentos</translation>
    </message>
    <message>
        <source>all PBXes</source>
        <translation>todos os PBXs</translation>
    </message>
    <message>
        <source>Writing the incident report of %1 from %2 to %3 to %4…</source>
        <translation>Gravando o relatório de incidente de %1 de %2 até %3 em %4…</translation>
    </message>
</context>
<context>
    <name>tg::AllowlistSettingsPage</name>
    <message>
        <source>One address or network per line, e.g. 192.0.2.10 or 10.0.0.0/8</source>
        <translation>Um endereço ou rede por linha, p. ex. 192.0.2.10 ou 10.0.0.0/8</translation>
    </message>
    <message>
        <source>One account per line, e.g. 1001</source>
        <translation>Uma conta por linha, p. ex. 1001</translation>
    </message>
    <message>
        <source>One number prefix per line, e.g. +4420 or 0044</source>
        <translation>Um prefixo numérico por linha, p. ex. +4420 ou 0044</translation>
    </message>
    <message>
        <source>Alerts about these sources, accounts and destinations are not raised. Keep the list short: an allowlisted address that is compromised goes unnoticed. Text after # is a comment.</source>
        <translation>Não são gerados alertas sobre estas origens, contas e destinos. Mantenha a lista curta: um endereço permitido que seja comprometido passa despercebido. O texto após # é um comentário.</translation>
    </message>
    <message>
        <source>Trusted addresses</source>
        <translation>Endereços confiáveis</translation>
    </message>
    <message>
        <source>Trusted accounts</source>
        <translation>Contas confiáveis</translation>
    </message>
    <message>
        <source>Allowed destinations</source>
        <translation>Destinos permitidos</translation>
    </message>
    <message>
        <source>Allowlist</source>
        <translation>Lista de permissões</translation>
    </message>
    <message>
        <source>%1 addresses or networks, %2 accounts, %3 destination prefixes.</source>
        <translation>%1 endereços ou redes, %2 contas, %3 prefixos de destino.</translation>
    </message>
    <message>
        <source>Not an IP address or network: %1</source>
        <translation>Não é um endereço IP nem uma rede: %1</translation>
    </message>
    <message>
        <source>Not a number prefix (digits, optionally starting with +): %1</source>
        <translation>Não é um prefixo numérico (dígitos, opcionalmente começando com +): %1</translation>
    </message>
</context>
<context>
    <name>tg::AmiClient</name>
    <message>
        <source>PBX %1 (%2) did not complete the AMI login within %3 s; Tollgate will retry.</source>
        <translation>O PABX %1 (%2) não concluiu o login AMI em %3 s; o Tollgate tentará novamente.</translation>
    </message>
    <message>
        <source>The trusted certificate fingerprint of PBX %1 is not a SHA-256 fingerprint (64 hex digits); correct it in the PBX settings.</source>
        <translation>A impressão digital de certificado confiável do PABX %1 não é uma impressão digital SHA-256 (64 dígitos hexadecimais); corrija-a nas configurações do PABX.</translation>
    </message>
    <message>
        <source>PBX %1 is set to use TLS, but this system has no TLS library; install OpenSSL or turn TLS off for this PBX.</source>
        <translation>O PABX %1 está configurado para usar TLS, mas este sistema não tem biblioteca TLS; instale o OpenSSL ou desative o TLS para este PABX.</translation>
    </message>
    <message>
        <source>Monitoring of PBX %1 was stopped before the action completed.</source>
        <translation>O monitoramento do PABX %1 foi parado antes de a ação ser concluída.</translation>
    </message>
    <message>
        <source>Monitoring of PBX %1 is stopped.</source>
        <translation>O monitoramento do PABX %1 está parado.</translation>
    </message>
    <message>
        <source>Connecting to PBX %1 (%2).</source>
        <translation>Conectando ao PABX %1 (%2).</translation>
    </message>
    <message>
        <source>PBX %1 (%2) is shutting down or restarting; Tollgate reconnects when it is back.</source>
        <translation>O PABX %1 (%2) está desligando ou reiniciando; o Tollgate se reconecta quando ele voltar.</translation>
    </message>
    <message>
        <source>The AMI connection to PBX %1 (%2) was closed by the PBX; Tollgate is reconnecting.</source>
        <translation>A conexão AMI com o PABX %1 (%2) foi fechada pelo PABX; o Tollgate está se reconectando.</translation>
    </message>
    <message>
        <source>PBX %1 (%2) closed the AMI connection before the login completed; Tollgate will retry.</source>
        <translation>O PABX %1 (%2) fechou a conexão AMI antes de o login ser concluído; o Tollgate tentará novamente.</translation>
    </message>
    <message>
        <source>The AMI connection to PBX %1 (%2) failed: %3. Tollgate is reconnecting.</source>
        <translation>A conexão AMI com o PABX %1 (%2) falhou: %3. O Tollgate está se reconectando.</translation>
    </message>
    <message>
        <source>Cannot connect to PBX %1 (%2): %3. Check that Asterisk runs and that its AMI port is reachable from this computer; Tollgate will retry.</source>
        <translation>Não é possível conectar ao PABX %1 (%2): %3. Verifique se o Asterisk está em execução e se a porta AMI dele é acessível a partir deste computador; o Tollgate tentará novamente.</translation>
    </message>
    <message>
        <source>The TLS certificate of PBX %1 (%2) has changed: Tollgate trusts SHA-256 %3, the PBX presented %4. The connection was refused and no password was sent. If the certificate was replaced on purpose, check the new fingerprint on the PBX and trust it in the PBX settings; otherwise someone may be intercepting the connection.</source>
        <translation>O certificado TLS do PABX %1 (%2) mudou: o Tollgate confia no SHA-256 %3, o PABX apresentou %4. A conexão foi recusada e nenhuma senha foi enviada. Se o certificado foi substituído de propósito, verifique a nova impressão digital no PABX e confie nela nas configurações do PABX; caso contrário, alguém pode estar interceptando a conexão.</translation>
    </message>
    <message>
        <source>no certificate</source>
        <translation>nenhum certificado</translation>
    </message>
    <message>
        <source>The TLS certificate of PBX %1 (%2) could not be verified: %3. No password was sent. If the PBX uses a self-signed certificate, compare its SHA-256 fingerprint %4 with the one on the PBX and, if they match, trust it in the PBX settings.</source>
        <translation>O certificado TLS do PABX %1 (%2) não pôde ser verificado: %3. Nenhuma senha foi enviada. Se o PABX usa um certificado autoassinado, compare a impressão digital SHA-256 %4 com a do PABX e, se forem iguais, confie nela nas configurações do PABX.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>%1 (PBX %2) is not an Asterisk Manager Interface: it greeted with &quot;%3&quot;. Check the host and port (AMI is usually 5038, or 5039 with TLS).</source>
        <translation>%1 (PABX %2) não é uma Asterisk Manager Interface: a saudação foi &quot;%3&quot;. Verifique o host e a porta (a AMI geralmente usa 5038, ou 5039 com TLS).</translation>
    </message>
    <message>
        <source>The answer of PBX %1 to %2 was too large and was cut off.</source>
        <translation>A resposta do PABX %1 a %2 era grande demais e foi truncada.</translation>
    </message>
    <message>
        <source>PBX %1 refused %2: %3</source>
        <translation>O PABX %1 recusou %2: %3</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>nenhum motivo informado</translation>
    </message>
    <message>
        <source>The AMI action name &quot;%1&quot; is not valid.</source>
        <translation>O nome de ação AMI &quot;%1&quot; não é válido.</translation>
    </message>
    <message>
        <source>The AMI action %1 was not sent: a header name or value contains a line break or is not valid.</source>
        <translation>A ação AMI %1 não foi enviada: um nome ou valor de cabeçalho contém uma quebra de linha ou não é válido.</translation>
    </message>
    <message>
        <source>PBX %1 is not connected; the action %2 was not sent.</source>
        <translation>O PABX %1 não está conectado; a ação %2 não foi enviada.</translation>
    </message>
    <message>
        <source>Too many actions are waiting for PBX %1; %2 was not sent.</source>
        <translation>Há ações demais aguardando o PABX %1; %2 não foi enviada.</translation>
    </message>
    <message>
        <source>PBX %1 did not answer %2 in time.</source>
        <translation>O PABX %1 não respondeu a %2 a tempo.</translation>
    </message>
    <message>
        <source>PBX %1 (%2) refused the MD5 login challenge (%3). Allow it on the PBX or switch this PBX to plain login over TLS.</source>
        <translation>O PABX %1 (%2) recusou o desafio de login MD5 (%3). Permita-o no PABX ou mude este PABX para login em texto simples sobre TLS.</translation>
    </message>
    <message>
        <source>no challenge</source>
        <translation>nenhum desafio</translation>
    </message>
    <message>
        <source>Connected to PBX %1 (%2) as %3.</source>
        <translation>Conectado ao PABX %1 (%2) como %3.</translation>
    </message>
    <message>
        <source>PBX %1 (%2) rejected the AMI login of user &quot;%3&quot;: authentication failed. Check the user name and secret in the PBX settings and that manager.conf allows this address. Tollgate will not retry until you reconnect or change the secret.</source>
        <translation>O PABX %1 (%2) rejeitou o login AMI do usuário &quot;%3&quot;: falha na autenticação. Verifique o nome de usuário e o segredo nas configurações do PABX e se o manager.conf permite este endereço. O Tollgate não tentará novamente até que você reconecte ou altere o segredo.</translation>
    </message>
    <message>
        <source>PBX %1 (%2) did not accept the AMI login: %3. Tollgate will retry.</source>
        <translation>O PABX %1 (%2) não aceitou o login AMI: %3. O Tollgate tentará novamente.</translation>
    </message>
    <message>
        <source>PBX %1 (%2) stopped answering (no reply to the keepalive within %3 s); Tollgate is reconnecting.</source>
        <translation>O PABX %1 (%2) parou de responder (nenhuma resposta ao keepalive em %3 s); o Tollgate está se reconectando.</translation>
    </message>
</context>
<context>
    <name>tg::AmiParser</name>
    <message>
        <source>An AMI line longer than %1 bytes was dropped.</source>
        <translation>Uma linha AMI com mais de %1 bytes foi descartada.</translation>
    </message>
    <message>
        <source>An AMI message larger than %1 bytes was dropped.</source>
        <translation>Uma mensagem AMI com mais de %1 bytes foi descartada.</translation>
    </message>
    <message>
        <source>An AMI message with more than %1 lines was dropped.</source>
        <translation>Uma mensagem AMI com mais de %1 linhas foi descartada.</translation>
    </message>
</context>
<context>
    <name>tg::AmiReplayServer</name>
    <message>
        <source>Cannot read the capture %1: %2.</source>
        <translation>Não é possível ler a captura %1: %2.</translation>
    </message>
    <message>
        <source>The capture holds no AMI message.</source>
        <translation>A captura não contém nenhuma mensagem AMI.</translation>
    </message>
    <message>
        <source>The replay server cannot listen on %1:%2: %3.</source>
        <translation>O servidor de reprodução não consegue escutar em %1:%2: %3.</translation>
    </message>
</context>
<context>
    <name>tg::AppController</name>
    <message>
        <source>Tollgate</source>
        <translation>Tollgate</translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation>Sem chaveiro</translation>
    </message>
    <message>
        <source>Keep the secret of %1 for this run only?</source>
        <translation>Guardar o segredo de %1 somente nesta execução?</translation>
    </message>
</context>
<context>
    <name>tg::AsteriskConfig</name>
    <message>
        <source>%1 contains binary data and was not read as a configuration file.</source>
        <translation>%1 contém dados binários e não foi lido como arquivo de configuração.</translation>
    </message>
    <message>
        <source>%1: more than %2 lines in total; the rest was not read.</source>
        <translation>%1: mais de %2 linhas no total; o restante não foi lido.</translation>
    </message>
    <message>
        <source>%1:%2: the included file %3 was not found.</source>
        <translation>%1:%2: o arquivo incluído %3 não foi encontrado.</translation>
    </message>
    <message>
        <source>%1:%2: #include %3 would include itself again; the loop was not followed.</source>
        <translation>%1:%2: #include %3 incluiria a si mesmo novamente; o laço não foi seguido.</translation>
    </message>
    <message>
        <source>%1:%2: includes nested deeper than %3; %4 was not read.</source>
        <translation>%1:%2: inclusões aninhadas com mais de %3 níveis; %4 não foi lido.</translation>
    </message>
    <message>
        <source>%1:%2: more than %3 includes; %4 and later includes were not read.</source>
        <translation>%1:%2: mais de %3 inclusões; %4 e as inclusões seguintes não foram lidos.</translation>
    </message>
    <message>
        <source>%1:%2: #exec runs a program when Asterisk loads this file; Tollgate does not run it, so its output was not audited.</source>
        <translation>%1:%2: #exec executa um programa quando o Asterisk carrega este arquivo; o Tollgate não o executa, portanto a saída dele não foi auditada.</translation>
    </message>
    <message>
        <source>%1:%2: a section header without &quot;]&quot;.</source>
        <translation>%1:%2: um cabeçalho de seção sem &quot;]&quot;.</translation>
    </message>
    <message>
        <source>%1:%2: a line that is neither a section nor &quot;key = value&quot;.</source>
        <translation>%1:%2: uma linha que não é nem uma seção nem &quot;chave = valor&quot;.</translation>
    </message>
    <message>
        <source>%1:%2: &quot;%3&quot; outside any section is ignored by Asterisk.</source>
        <translation>%1:%2: &quot;%3&quot; fora de qualquer seção é ignorado pelo Asterisk.</translation>
    </message>
    <message>
        <source>More problems were found and not listed.</source>
        <translation>Outros problemas foram encontrados e não listados.</translation>
    </message>
</context>
<context>
    <name>tg::Audit</name>
    <message>
        <source>Weak %1 for %2: it %3</source>
        <translation>%1 fraca para %2: ela %3</translation>
    </message>
    <message>
        <source>Attackers scan the internet for PBXes and try common and simple passwords against every account, thousands per minute. An account with a guessable password lets them register as that phone and make calls on your bill, often to expensive international numbers, within hours of finding it.</source>
        <translation>Atacantes varrem a internet em busca de PABX e testam senhas comuns e simples contra todas as contas, milhares por minuto. Uma conta com senha fácil de adivinhar permite que eles se registrem como aquele telefone e façam chamadas na sua conta, muitas vezes para números internacionais caros, poucas horas depois de encontrá-la.</translation>
    </message>
    <message>
        <source>Set a random secret of at least %1 characters (letters and digits), then update the phone or client that uses this account.</source>
        <translation>Defina um segredo aleatório de pelo menos %1 caracteres (letras e dígitos) e depois atualize o telefone ou cliente que usa esta conta.</translation>
    </message>
    <message>
        <source>chan_sip accepts calls from anyone (allowguest)</source>
        <translation>O chan_sip aceita chamadas de qualquer um (allowguest)</translation>
    </message>
    <message>
        <source>allowguest is not set; chan_sip&apos;s default is yes</source>
        <translation>allowguest não está definido; o padrão do chan_sip é yes</translation>
    </message>
    <message>
        <source>With allowguest on, a SIP call from an unknown caller is not rejected: it is sent into the &quot;%1&quot; context without any password. If that context, or one it includes, can reach an outside line, strangers can call through your PBX.</source>
        <translation>Com allowguest ativado, uma chamada SIP de um chamador desconhecido não é rejeitada: ela é enviada para o contexto &quot;%1&quot; sem nenhuma senha. Se esse contexto, ou algum que ele inclua, puder alcançar uma linha externa, estranhos podem fazer chamadas pelo seu PABX.</translation>
    </message>
    <message>
        <source>Set allowguest=no in the [general] section of sip.conf and reload chan_sip. Calls from your own phones and trunks with credentials are not affected.</source>
        <translation>Defina allowguest=no na seção [general] do sip.conf e recarregue o chan_sip. Chamadas dos seus próprios telefones e troncos com credenciais não são afetadas.</translation>
    </message>
    <message>
        <source>chan_sip tells attackers which account names exist (alwaysauthreject=no)</source>
        <translation>O chan_sip revela aos atacantes quais nomes de conta existem (alwaysauthreject=no)</translation>
    </message>
    <message>
        <source>When alwaysauthreject is off, Asterisk answers differently for an unknown account and for a wrong password. Scanners use that difference to list your extensions first and then guess only their passwords, which makes a brute-force attack much faster.</source>
        <translation>Quando alwaysauthreject está desativado, o Asterisk responde de forma diferente para uma conta desconhecida e para uma senha errada. Scanners usam essa diferença para listar primeiro seus ramais e depois adivinhar apenas as senhas, o que torna um ataque de força bruta muito mais rápido.</translation>
    </message>
    <message>
        <source>Set alwaysauthreject=yes in the [general] section of sip.conf and reload chan_sip.</source>
        <translation>Defina alwaysauthreject=yes na seção [general] do sip.conf e recarregue o chan_sip.</translation>
    </message>
    <message>
        <source>SIP signalling is not encrypted (no TLS transport)</source>
        <translation>A sinalização SIP não é criptografada (sem transporte TLS)</translation>
    </message>
    <message>
        <source>tlsenable is not set (default no)</source>
        <translation>tlsenable não está definido (padrão no)</translation>
    </message>
    <message>
        <source>Without TLS, SIP messages cross the network in clear text: anyone on the path sees who calls whom, and the digest exchange can be captured and the password cracked offline.</source>
        <translation>Sem TLS, as mensagens SIP atravessam a rede em texto claro: qualquer um no caminho vê quem liga para quem, e a troca de digest pode ser capturada e a senha quebrada offline.</translation>
    </message>
    <message>
        <source>Enable a TLS transport (tlsenable=yes with a certificate) and move phones to it; keep UDP only on networks you control.</source>
        <translation>Ative um transporte TLS (tlsenable=yes com um certificado) e migre os telefones para ele; mantenha UDP apenas em redes que você controla.</translation>
    </message>
    <message>
        <source>SIP secret</source>
        <translation>senha SIP</translation>
    </message>
    <message>
        <source>%1 accepts calls without a password (insecure=%2)</source>
        <translation>%1 aceita chamadas sem senha (insecure=%2)</translation>
    </message>
    <message>
        <source>insecure=invite tells Asterisk not to challenge calls that match this peer, and insecure=port matches it by address alone. Anyone who can send from a matching address, or any address when the peer is dynamic, can place calls as this account.</source>
        <translation>insecure=invite faz o Asterisk não desafiar chamadas que correspondem a este peer, e insecure=port faz a correspondência apenas pelo endereço. Qualquer um que consiga enviar de um endereço correspondente, ou de qualquer endereço quando o peer é dinâmico, pode fazer chamadas como esta conta.</translation>
    </message>
    <message>
        <source>Remove insecure= unless this is a provider trunk with a fixed address (host=IP), and then also restrict it with permit/deny to the provider&apos;s addresses.</source>
        <translation>Remova insecure=, a menos que seja um tronco de operadora com endereço fixo (host=IP), e nesse caso restrinja-o também com permit/deny aos endereços da operadora.</translation>
    </message>
    <message>
        <source>SIP accounts can register from any address (no permit/deny): %1</source>
        <translation>Contas SIP podem se registrar de qualquer endereço (sem permit/deny): %1</translation>
    </message>
    <message>
        <source>Without permit/deny, a stolen or guessed password works from anywhere in the world. Limiting each account to the networks its phone really uses makes a leaked password useless to a remote attacker.</source>
        <translation>Sem permit/deny, uma senha roubada ou adivinhada funciona de qualquer lugar do mundo. Limitar cada conta às redes que seu telefone realmente usa torna uma senha vazada inútil para um atacante remoto.</translation>
    </message>
    <message>
        <source>Add deny=0.0.0.0/0.0.0.0 and permit=&lt;your office network&gt;/&lt;mask&gt; to each account (or a template), then reload chan_sip.</source>
        <translation>Adicione deny=0.0.0.0/0.0.0.0 e permit=&lt;rede do seu escritório&gt;/&lt;máscara&gt; a cada conta (ou a um template) e recarregue o chan_sip.</translation>
    </message>
    <message>
        <source>SIP accounts send calls unencrypted (no SRTP): %1</source>
        <translation>Contas SIP enviam chamadas sem criptografia (sem SRTP): %1</translation>
    </message>
    <message>
        <source>Without SRTP, the audio of calls crosses the network as plain RTP: anyone on the path can record and replay conversations.</source>
        <translation>Sem SRTP, o áudio das chamadas atravessa a rede como RTP puro: qualquer um no caminho pode gravar e reproduzir as conversas.</translation>
    </message>
    <message>
        <source>Set encryption=yes on accounts whose phones support SRTP (together with a TLS transport, so the keys are not sent in clear).</source>
        <translation>Defina encryption=yes nas contas cujos telefones suportam SRTP (junto com um transporte TLS, para que as chaves não sejam enviadas em texto claro).</translation>
    </message>
    <message>
        <source>PJSIP password</source>
        <translation>senha PJSIP</translation>
    </message>
    <message>
        <source>PJSIP accepts calls from anyone (anonymous endpoint)</source>
        <translation>O PJSIP aceita chamadas de qualquer um (endpoint anonymous)</translation>
    </message>
    <message>
        <source>An endpoint named &quot;anonymous&quot; receives every call that matches no other endpoint, without a password. Whatever its context &quot;%1&quot; can dial, any stranger on the internet can dial too.</source>
        <translation>Um endpoint chamado &quot;anonymous&quot; recebe toda chamada que não corresponde a nenhum outro endpoint, sem senha. Tudo o que o contexto &quot;%1&quot; dele pode discar, qualquer estranho na internet também pode.</translation>
    </message>
    <message>
        <source>Remove the anonymous endpoint unless you must take calls from unknown SIP addresses; if you must, give it a context that only reaches your own extensions.</source>
        <translation>Remova o endpoint anonymous, a menos que você precise receber chamadas de endereços SIP desconhecidos; se precisar, dê a ele um contexto que alcance apenas seus próprios ramais.</translation>
    </message>
    <message>
        <source>PJSIP endpoint %1 has no authentication</source>
        <translation>O endpoint PJSIP %1 não tem autenticação</translation>
    </message>
    <message>
        <source>[%1] type = endpoint, no auth= and no identify section</source>
        <translation>[%1] type = endpoint, sem auth= e sem seção identify</translation>
    </message>
    <message>
        <source>An endpoint without auth= is not challenged for a password, and without an identify section it is matched by the user name in the request alone. Anyone who knows or guesses the name can call as this endpoint.</source>
        <translation>Um endpoint sem auth= não é desafiado por senha e, sem uma seção identify, é identificado apenas pelo nome de usuário na requisição. Qualquer um que saiba ou adivinhe o nome pode fazer chamadas como este endpoint.</translation>
    </message>
    <message>
        <source>Add an auth section with a strong password and reference it with auth=, or, for a provider trunk, add an identify section matching only the provider&apos;s addresses.</source>
        <translation>Adicione uma seção auth com uma senha forte e referencie-a com auth= ou, para um tronco de operadora, adicione uma seção identify que corresponda apenas aos endereços da operadora.</translation>
    </message>
    <message>
        <source>No PJSIP transport uses TLS</source>
        <translation>Nenhum transporte PJSIP usa TLS</translation>
    </message>
    <message>
        <source>no transport with protocol=tls or wss</source>
        <translation>nenhum transporte com protocol=tls ou wss</translation>
    </message>
    <message>
        <source>Add a transport with protocol=tls and a certificate, and move phones to it.</source>
        <translation>Adicione um transporte com protocol=tls e um certificado, e migre os telefones para ele.</translation>
    </message>
    <message>
        <source>PJSIP endpoints accept requests from any address (no permit/deny or acl): %1</source>
        <translation>Endpoints PJSIP aceitam requisições de qualquer endereço (sem permit/deny ou acl): %1</translation>
    </message>
    <message>
        <source>Without an ACL, a stolen or guessed password works from anywhere in the world. Limiting each endpoint to the networks its phone really uses makes a leaked password useless to a remote attacker.</source>
        <translation>Sem uma ACL, uma senha roubada ou adivinhada funciona de qualquer lugar do mundo. Limitar cada endpoint às redes que seu telefone realmente usa torna uma senha vazada inútil para um atacante remoto.</translation>
    </message>
    <message>
        <source>Add deny=0.0.0.0/0 and permit=&lt;your office network&gt; to the endpoints (or an acl= section), then reload res_pjsip.</source>
        <translation>Adicione deny=0.0.0.0/0 e permit=&lt;rede do seu escritório&gt; aos endpoints (ou uma seção acl=) e recarregue o res_pjsip.</translation>
    </message>
    <message>
        <source>PJSIP endpoints send calls unencrypted (no media_encryption): %1</source>
        <translation>Endpoints PJSIP enviam chamadas sem criptografia (sem media_encryption): %1</translation>
    </message>
    <message>
        <source>Set media_encryption=sdes (with a TLS transport) or dtls on endpoints whose phones support it.</source>
        <translation>Defina media_encryption=sdes (com um transporte TLS) ou dtls nos endpoints cujos telefones suportam.</translation>
    </message>
    <message>
        <source>IAX2 secret</source>
        <translation>senha IAX2</translation>
    </message>
    <message>
        <source>AMI secret</source>
        <translation>senha AMI</translation>
    </message>
    <message>
        <source>AMI user %1 may log in from any address (no permit)</source>
        <translation>O usuário AMI %1 pode fazer login de qualquer endereço (sem permit)</translation>
    </message>
    <message>
        <source>The Asterisk Manager Interface can originate calls, read configuration and, with enough rights, run commands. Without permit/deny, anyone who learns this user&apos;s secret can use it from any address that reaches the AMI port.</source>
        <translation>A Asterisk Manager Interface pode originar chamadas, ler a configuração e, com direitos suficientes, executar comandos. Sem permit/deny, qualquer um que descubra o segredo deste usuário pode usá-lo de qualquer endereço que alcance a porta AMI.</translation>
    </message>
    <message>
        <source>Add deny=0.0.0.0/0.0.0.0 and permit=127.0.0.1/255.255.255.255 (or the address of your management host) to this user, then run &quot;manager reload&quot;.</source>
        <translation>Adicione deny=0.0.0.0/0.0.0.0 e permit=127.0.0.1/255.255.255.255 (ou o endereço do seu host de gerenciamento) a este usuário e execute &quot;manager reload&quot;.</translation>
    </message>
    <message>
        <source>AMI user %1 has powerful write rights (%2)</source>
        <translation>O usuário AMI %1 tem direitos de escrita poderosos (%2)</translation>
    </message>
    <message>
        <source>With system or command rights an AMI user can run Asterisk CLI commands and restart or reconfigure the PBX; with originate (or all) it can place calls anywhere, including to premium numbers. If this account&apos;s secret leaks, the attacker gets exactly these rights.</source>
        <translation>Com direitos system ou command, um usuário AMI pode executar comandos da CLI do Asterisk e reiniciar ou reconfigurar o PABX; com originate (ou all), pode fazer chamadas para qualquer lugar, inclusive números de tarifa premium. Se o segredo desta conta vazar, o atacante obtém exatamente esses direitos.</translation>
    </message>
    <message>
        <source>Give each AMI user only the rights its program needs (a monitoring tool needs read rights and perhaps call; rarely system or command), then run &quot;manager reload&quot;.</source>
        <translation>Dê a cada usuário AMI apenas os direitos de que seu programa precisa (uma ferramenta de monitoramento precisa de direitos de leitura e talvez call; raramente system ou command) e execute &quot;manager reload&quot;.</translation>
    </message>
    <message>
        <source>The AMI listens on all addresses and accepts users without permit</source>
        <translation>A AMI escuta em todos os endereços e aceita usuários sem permit</translation>
    </message>
    <message>
        <source>bindaddr is not set; the default is 0.0.0.0 (all addresses)</source>
        <translation>bindaddr não está definido; o padrão é 0.0.0.0 (todos os endereços)</translation>
    </message>
    <message>
        <source>The AMI port (5038) is open on every network interface, and these users may log in from any address: %1. Attackers scan for this port and try common AMI passwords; a successful login can place calls and change the configuration.</source>
        <translation>A porta AMI (5038) está aberta em todas as interfaces de rede, e estes usuários podem fazer login de qualquer endereço: %1. Atacantes procuram esta porta e testam senhas AMI comuns; um login bem-sucedido pode fazer chamadas e alterar a configuração.</translation>
    </message>
    <message>
        <source>Set bindaddr=127.0.0.1 in [general] of manager.conf when the programs using the AMI run on the PBX itself (Tollgate can reach it through an SSH tunnel), and add permit lines to each user.</source>
        <translation>Defina bindaddr=127.0.0.1 em [general] do manager.conf quando os programas que usam a AMI rodarem no próprio PABX (o Tollgate pode alcançá-la por um túnel SSH) e adicione linhas permit a cada usuário.</translation>
    </message>
    <message>
        <source>AMI logins are not shown (displayconnects=no)</source>
        <translation>Os logins AMI não são exibidos (displayconnects=no)</translation>
    </message>
    <message>
        <source>With displayconnects off, Asterisk does not report AMI logins and logouts on its console and in its logs, so an intruder using a stolen AMI account leaves fewer traces.</source>
        <translation>Com displayconnects desativado, o Asterisk não informa logins e logouts AMI no console e nos logs, então um invasor usando uma conta AMI roubada deixa menos rastros.</translation>
    </message>
    <message>
        <source>Set displayconnects=yes in [general] of manager.conf and run &quot;manager reload&quot;.</source>
        <translation>Defina displayconnects=yes em [general] do manager.conf e execute &quot;manager reload&quot;.</translation>
    </message>
    <message>
        <source>Unauthenticated callers can dial out through %1 in context %2</source>
        <translation>Chamadores não autenticados podem fazer chamadas externas por %1 no contexto %2</translation>
    </message>
    <message>
        <source>Phones can dial any international number through %1 in context %2</source>
        <translation>Telefones podem discar para qualquer número internacional por %1 no contexto %2</translation>
    </message>
    <message>
        <source>This pattern matches international or premium-rate numbers and dials them without any check, and the context is reached by calls that were never authenticated. Toll fraud rings look for exactly this and can run up thousands in charges over one night.</source>
        <translation>Este padrão corresponde a números internacionais ou de tarifa premium e os disca sem nenhuma verificação, e o contexto é alcançado por chamadas que nunca foram autenticadas. Quadrilhas de fraude tarifária procuram exatamente isso e podem gerar milhares em cobranças em uma única noite.</translation>
    </message>
    <message>
        <source>This pattern matches international or premium-rate numbers and dials them without a PIN, time or caller check. One phone account with a guessed password is then enough to call premium numbers around the clock at your expense.</source>
        <translation>Este padrão corresponde a números internacionais ou de tarifa premium e os disca sem verificação de PIN, horário ou chamador. Uma única conta de telefone com senha adivinhada basta então para ligar para números premium 24 horas por dia à sua custa.</translation>
    </message>
    <message>
        <source>Route international calls through a separate context that only trusted phones include, protect it with a PIN (Authenticate) or a caller check (GotoIf), and block premium destinations you do not call.</source>
        <translation>Encaminhe chamadas internacionais por um contexto separado que apenas telefones confiáveis incluem, proteja-o com um PIN (Authenticate) ou uma verificação do chamador (GotoIf) e bloqueie destinos premium para os quais você não liga.</translation>
    </message>
    <message>
        <source>Dialled digits reach %1 unfiltered in %2 (dialplan injection)</source>
        <translation>Dígitos discados chegam a %1 sem filtro em %2 (injeção no dialplan)</translation>
    </message>
    <message>
        <source>The pattern %1 matches any characters after its prefix, not just digits, and ${EXTEN} is put into %2 as it is. A caller can dial a string like &quot;123&amp;Local/...&quot; to make Asterisk dial an extra destination of the caller&apos;s choice.</source>
        <translation>O padrão %1 corresponde a quaisquer caracteres após o prefixo, não apenas dígitos, e ${EXTEN} é passado para %2 como está. Um chamador pode discar uma sequência como &quot;123&amp;Local/...&quot; para fazer o Asterisk discar um destino extra à escolha dele.</translation>
    </message>
    <message>
        <source>Use a pattern that matches digits only (X, N, Z, [0-9]) or wrap the number in ${FILTER(0-9,${EXTEN})} before dialling.</source>
        <translation>Use um padrão que corresponda apenas a dígitos (X, N, Z, [0-9]) ou envolva o número em ${FILTER(0-9,${EXTEN})} antes de discar.</translation>
    </message>
    <message>
        <source>Security events are not logged (no security channel)</source>
        <translation>Eventos de segurança não são registrados (sem canal security)</translation>
    </message>
    <message>
        <source>no [logfiles] channel with the security level</source>
        <translation>nenhum canal em [logfiles] com o nível security</translation>
    </message>
    <message>
        <source>Asterisk reports failed logins, unknown accounts and ACL rejections on its &quot;security&quot; log level. Without a channel for it, brute-force attacks leave no trace in the logs, and fail2ban and Tollgate cannot see them.</source>
        <translation>O Asterisk informa logins com falha, contas desconhecidas e rejeições de ACL no nível de log &quot;security&quot;. Sem um canal para ele, ataques de força bruta não deixam rastro nos logs, e o fail2ban e o Tollgate não conseguem vê-los.</translation>
    </message>
    <message>
        <source>Add &quot;security =&gt; security&quot; to the [logfiles] section of logger.conf and run &quot;logger reload&quot;.</source>
        <translation>Adicione &quot;security =&gt; security&quot; à seção [logfiles] do logger.conf e execute &quot;logger reload&quot;.</translation>
    </message>
    <message>
        <source>Call detail records are disabled</source>
        <translation>Os registros de detalhes de chamadas (CDR) estão desativados</translation>
    </message>
    <message>
        <source>Without call detail records there is no list of who called which number, when and for how long. After a fraud you cannot tell which account was abused or how much it cost, and Tollgate cannot spot unusual call patterns.</source>
        <translation>Sem registros de detalhes de chamadas não há lista de quem ligou para qual número, quando e por quanto tempo. Após uma fraude, você não consegue dizer qual conta foi abusada nem quanto custou, e o Tollgate não consegue identificar padrões de chamada incomuns.</translation>
    </message>
    <message>
        <source>Set enable=yes in [general] of cdr.conf and reload the CDR module.</source>
        <translation>Defina enable=yes em [general] do cdr.conf e recarregue o módulo CDR.</translation>
    </message>
    <message>
        <source>Asterisk is configured to run as root</source>
        <translation>O Asterisk está configurado para rodar como root</translation>
    </message>
    <message>
        <source>A PBX parses data from the internet all day. If a flaw in Asterisk, a module or the dialplan (System(), shell commands through AMI) is exploited, the attacker gets the rights of the Asterisk process; as root, that is the whole server.</source>
        <translation>Um PABX processa dados da internet o dia todo. Se uma falha no Asterisk, em um módulo ou no dialplan (System(), comandos de shell via AMI) for explorada, o atacante obtém os direitos do processo do Asterisk; como root, isso é o servidor inteiro.</translation>
    </message>
    <message>
        <source>Create an unprivileged &quot;asterisk&quot; user, give it the Asterisk folders, set runuser and rungroup to it in asterisk.conf and restart Asterisk.</source>
        <translation>Crie um usuário sem privilégios &quot;asterisk&quot;, dê a ele as pastas do Asterisk, defina runuser e rungroup para ele no asterisk.conf e reinicie o Asterisk.</translation>
    </message>
    <message>
        <source>The default password for all users %1</source>
        <translation>A senha padrão de todos os usuários %1</translation>
    </message>
    <message>
        <source>default_password in vars.xml is the password of every directory user that does not set its own (FreeSWITCH ships with a well-known value, and its sample users 1000-1019 use it). Scanners try it first; a match lets them register as your extensions and call out at your expense.</source>
        <translation>default_password no vars.xml é a senha de todo usuário do diretório que não define a sua própria (o FreeSWITCH vem com um valor bem conhecido, e seus usuários de exemplo 1000-1019 o usam). Scanners testam essa senha primeiro; um acerto permite que eles se registrem como seus ramais e façam chamadas externas à sua custa.</translation>
    </message>
    <message>
        <source>Set default_password to a long random value in vars.xml, give every user its own strong password, then run &quot;reloadxml&quot; and update the phones.</source>
        <translation>Defina default_password com um valor aleatório longo no vars.xml, dê a cada usuário sua própria senha forte, execute &quot;reloadxml&quot; e atualize os telefones.</translation>
    </message>
    <message>
        <source>The event socket password is FreeSWITCH&apos;s well-known default</source>
        <translation>A senha do event socket é o padrão bem conhecido do FreeSWITCH</translation>
    </message>
    <message>
        <source>The event socket password %1</source>
        <translation>A senha do event socket %1</translation>
    </message>
    <message>
        <source>The event socket (port 8021) gives full control of FreeSWITCH: it can originate calls to any number and run system commands on the server. Its password is the only protection, and FreeSWITCH&apos;s default password is printed in every guide, so it is the first thing attackers try%1.</source>
        <translation>O event socket (porta 8021) dá controle total do FreeSWITCH: ele pode originar chamadas para qualquer número e executar comandos de sistema no servidor. A senha é a única proteção, e a senha padrão do FreeSWITCH aparece em todos os guias, então é a primeira coisa que os atacantes testam%1.</translation>
    </message>
    <message>
        <source>, and this socket listens on %1, reachable from the network</source>
        <translation>, e este socket escuta em %1, acessível pela rede</translation>
    </message>
    <message>
        <source>Set a long random password in event_socket.conf.xml, store it where your ESL clients read it (Tollgate keeps it in the keychain), then reload mod_event_socket.</source>
        <translation>Defina uma senha aleatória longa no event_socket.conf.xml, guarde-a onde seus clientes ESL a leem (o Tollgate a mantém no chaveiro) e recarregue o mod_event_socket.</translation>
    </message>
    <message>
        <source>The event socket listens on %1 without an inbound ACL</source>
        <translation>O event socket escuta em %1 sem uma ACL de entrada</translation>
    </message>
    <message>
        <source>listen-ip is not set</source>
        <translation>listen-ip não está definido</translation>
    </message>
    <message>
        <source>mod_event_socket accepts connections on every address of this server and no apply-inbound-acl limits who may connect, so anyone on the internet who reaches port 8021 can try passwords.</source>
        <translation>O mod_event_socket aceita conexões em todos os endereços deste servidor e nenhum apply-inbound-acl limita quem pode se conectar, então qualquer um na internet que alcance a porta 8021 pode testar senhas.</translation>
    </message>
    <message>
        <source>Set listen-ip to 127.0.0.1 when ESL clients run on the server (Tollgate can use an SSH tunnel), or add &lt;param name=&quot;apply-inbound-acl&quot; value=&quot;loopback.auto&quot;/&gt; (or an ACL listing your management hosts), then reload mod_event_socket.</source>
        <translation>Defina listen-ip como 127.0.0.1 quando os clientes ESL rodarem no servidor (o Tollgate pode usar um túnel SSH) ou adicione &lt;param name=&quot;apply-inbound-acl&quot; value=&quot;loopback.auto&quot;/&gt; (ou uma ACL listando seus hosts de gerenciamento) e recarregue o mod_event_socket.</translation>
    </message>
    <message>
        <source>Sofia profile %1 does not authenticate calls (auth-calls false)</source>
        <translation>O perfil Sofia %1 não autentica chamadas (auth-calls false)</translation>
    </message>
    <message>
        <source>Calls arriving on this profile are not challenged for a password and go to the &quot;%1&quot; context. That is only safe when that context reaches nothing but your own numbers; any route out from there can be used by anyone who can send SIP to this port.</source>
        <translation>Chamadas que chegam por este perfil não são desafiadas por senha e vão para o contexto &quot;%1&quot;. Isso só é seguro quando esse contexto não alcança nada além dos seus próprios números; qualquer rota de saída a partir dele pode ser usada por qualquer um que consiga enviar SIP para esta porta.</translation>
    </message>
    <message>
        <source>Set auth-calls to true, or keep it off only on a profile for provider trunks whose context routes inbound numbers to your extensions and nowhere else.</source>
        <translation>Defina auth-calls como true, ou deixe-o desativado apenas em um perfil para troncos de operadora cujo contexto encaminha números de entrada para seus ramais e para nenhum outro lugar.</translation>
    </message>
    <message>
        <source>Sofia profile %1 accepts any password (accept-blind-auth)</source>
        <translation>O perfil Sofia %1 aceita qualquer senha (accept-blind-auth)</translation>
    </message>
    <message>
        <source>Sofia profile %1 accepts any registration (accept-blind-reg)</source>
        <translation>O perfil Sofia %1 aceita qualquer registro (accept-blind-reg)</translation>
    </message>
    <message>
        <source>With accept-blind-auth, FreeSWITCH challenges for a password but accepts whatever is answered, so every account is open to anyone.</source>
        <translation>Com accept-blind-auth, o FreeSWITCH pede uma senha, mas aceita qualquer resposta, então todas as contas ficam abertas a qualquer um.</translation>
    </message>
    <message>
        <source>With accept-blind-reg, FreeSWITCH lets any device register as any user, without a password, and then routes that user&apos;s calls to it.</source>
        <translation>Com accept-blind-reg, o FreeSWITCH permite que qualquer dispositivo se registre como qualquer usuário, sem senha, e então encaminha as chamadas desse usuário para ele.</translation>
    </message>
    <message>
        <source>Remove the parameter (or set it to false) and run &quot;reload mod_sofia&quot;.</source>
        <translation>Remova o parâmetro (ou defina-o como false) e execute &quot;reload mod_sofia&quot;.</translation>
    </message>
    <message>
        <source>No Sofia profile offers TLS</source>
        <translation>Nenhum perfil Sofia oferece TLS</translation>
    </message>
    <message>
        <source>no profile with tls=true</source>
        <translation>nenhum perfil com tls=true</translation>
    </message>
    <message>
        <source>Enable TLS on the internal profile (tls=true with a certificate in the tls folder) and move phones to it.</source>
        <translation>Ative o TLS no perfil internal (tls=true com um certificado na pasta tls) e migre os telefones para ele.</translation>
    </message>
    <message>
        <source>Weak password for user %1: it %2</source>
        <translation>Senha fraca para o usuário %1: ela %2</translation>
    </message>
    <message>
        <source>Give this user a random password of at least %1 characters in its directory file, run &quot;reloadxml&quot; and update the phone.</source>
        <translation>Dê a este usuário uma senha aleatória de pelo menos %1 caracteres no arquivo de diretório dele, execute &quot;reloadxml&quot; e atualize o telefone.</translation>
    </message>
    <message>
        <source>Extension %1 in context %2 bridges international numbers without a check</source>
        <translation>O ramal %1 no contexto %2 encaminha números internacionais sem verificação</translation>
    </message>
    <message>
        <source>This extension sends numbers matching %1 out through a gateway with no toll_allow, caller or time condition. One account with a guessed password%2 is then enough to call premium numbers around the clock at your expense.</source>
        <translation>Este ramal envia números que correspondem a %1 para fora por um gateway sem condição de toll_allow, chamador ou horário. Uma única conta com senha adivinhada%2 basta então para ligar para números premium 24 horas por dia à sua custa.</translation>
    </message>
    <message>
        <source> (or, here, no account at all)</source>
        <translation> (ou, aqui, nenhuma conta)</translation>
    </message>
    <message>
        <source>Add a condition on ${toll_allow} (as FreeSWITCH&apos;s sample dialplan does) so only users allowed international calls can use this route, and block premium destinations you do not call.</source>
        <translation>Adicione uma condição em ${toll_allow} (como faz o dialplan de exemplo do FreeSWITCH) para que apenas usuários com permissão para chamadas internacionais possam usar esta rota, e bloqueie destinos premium para os quais você não liga.</translation>
    </message>
</context>
<context>
    <name>tg::AuditCollector</name>
    <message>
        <source>%1: neither SSH nor AMI is configured, so nothing could be read.</source>
        <translation>%1: nem SSH nem AMI estão configurados, então nada pôde ser lido.</translation>
    </message>
    <message>
        <source>%1: the configuration folder &quot;%2&quot; is not a plain absolute path; nothing was read.</source>
        <translation>%1: a pasta de configuração &quot;%2&quot; não é um caminho absoluto simples; nada foi lido.</translation>
    </message>
    <message>
        <source>Listing configuration files in %1</source>
        <translation>Listando arquivos de configuração em %1</translation>
    </message>
    <message>
        <source>%1: skipped the file &quot;%2&quot;: its name has characters Tollgate does not put in a command.</source>
        <translation>%1: o arquivo &quot;%2&quot; foi ignorado: o nome dele tem caracteres que o Tollgate não coloca em um comando.</translation>
    </message>
    <message>
        <source>%1: no configuration files were found in %2; check the folder in the PBX settings, or enable sudo if only root can read it.</source>
        <translation>%1: nenhum arquivo de configuração encontrado em %2; verifique a pasta nas configurações do PABX ou ative o sudo se apenas o root puder lê-la.</translation>
    </message>
    <message>
        <source>%1: %2 is larger than 4 MiB and was not audited.</source>
        <translation>%1: %2 é maior que 4 MiB e não foi auditado.</translation>
    </message>
    <message>
        <source>Reading listening ports, firewall and fail2ban state</source>
        <translation>Lendo portas em escuta, firewall e estado do fail2ban</translation>
    </message>
    <message>
        <source>%1: the firewall rules could not be read (enable sudo for the audit so nft or iptables can run).</source>
        <translation>%1: as regras de firewall não puderam ser lidas (ative o sudo para a auditoria, para que nft ou iptables possam ser executados).</translation>
    </message>
    <message>
        <source>%1: fail2ban is installed but its status could not be read (it may need sudo, or the service is stopped).</source>
        <translation>%1: o fail2ban está instalado, mas seu status não pôde ser lido (pode precisar de sudo, ou o serviço está parado).</translation>
    </message>
    <message>
        <source>%1: read through AMI GetConfig (no SSH): line numbers are those of Asterisk&apos;s view of each file, includes are already merged, and host checks were skipped.</source>
        <translation>%1: lido via AMI GetConfig (sem SSH): os números de linha são os da visão do Asterisk de cada arquivo, as inclusões já estão mescladas e as verificações do host foram ignoradas.</translation>
    </message>
    <message>
        <source>Running the checks</source>
        <translation>Executando as verificações</translation>
    </message>
</context>
<context>
    <name>tg::AuditFindingsModel</name>
    <message>
        <source>Can be fixed</source>
        <translation>Pode ser corrigido</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severidade</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Achado</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Onde</translation>
    </message>
    <message>
        <source>Remediation</source>
        <translation>Correção</translation>
    </message>
</context>
<context>
    <name>tg::AuditFixDialog</name>
    <message>
        <source>Fix on %1</source>
        <translation>Corrigir em %1</translation>
    </message>
    <message>
        <source>File: %1. A timestamped backup is made before writing, and you can roll back to it afterwards.</source>
        <translation>Arquivo: %1. Um backup com data e hora é feito antes da gravação, e você pode revertê-lo depois.</translation>
    </message>
    <message>
        <source>Then Tollgate runs &quot;%1&quot; on the PBX and checks the finding again.</source>
        <translation>Em seguida o Tollgate executa &quot;%1&quot; no PABX e verifica o achado novamente.</translation>
    </message>
    <message>
        <source>Apply fix</source>
        <translation>Aplicar correção</translation>
    </message>
    <message>
        <source>Revert on %1</source>
        <translation>Reverter em %1</translation>
    </message>
    <message>
        <source>Then Tollgate runs &quot;%1&quot; on the PBX and reads the file back.</source>
        <translation>Depois o Tollgate executa &quot;%1&quot; no PBX e lê o arquivo de volta.</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Reverter</translation>
    </message>
</context>
<context>
    <name>tg::AuditReport</name>
    <message>
        <source>Critical</source>
        <translation>Crítica</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baixa</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Security audit of %1</source>
        <translation>Auditoria de segurança de %1</translation>
    </message>
    <message>
        <source>PBX</source>
        <translation>PBX</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origem</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Pontuação</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Achados</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>Why it matters:</source>
        <translation>Por que importa:</translation>
    </message>
    <message>
        <source>How to fix:</source>
        <translation>Como corrigir:</translation>
    </message>
    <message>
        <source>Remediation:</source>
        <translation>Correção:</translation>
    </message>
    <message>
        <source>Tollgate can fix this for you.</source>
        <translation>O Tollgate pode corrigir isso para você.</translation>
    </message>
    <message>
        <source>Not audited</source>
        <translation>Não auditado</translation>
    </message>
    <message>
        <source>Generated by Tollgate %1. Secrets are never shown in this report.</source>
        <translation>Gerado pelo Tollgate %1. Segredos nunca são exibidos neste relatório.</translation>
    </message>
</context>
<context>
    <name>tg::AuditRunner</name>
    <message>
        <source>No Asterisk (*.conf) or FreeSWITCH (freeswitch.xml, vars.xml, autoload_configs/) configuration files were found.</source>
        <translation>Nenhum arquivo de configuração do Asterisk (*.conf) ou do FreeSWITCH (freeswitch.xml, vars.xml, autoload_configs/) foi encontrado.</translation>
    </message>
</context>
<context>
    <name>tg::AuditView</name>
    <message>
        <source>Run audit</source>
        <translation>Executar auditoria</translation>
    </message>
    <message>
        <source>Fix…</source>
        <translation>Corrigir…</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Reverter</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Exportar relatório…</translation>
    </message>
    <message>
        <source>Security audit</source>
        <translation>Auditoria de segurança</translation>
    </message>
    <message>
        <source>Security audit of %1</source>
        <translation>Auditoria de segurança de %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a PBX in the sidebar, then run an audit. Tollgate reads its configuration over SSH (read-only) and lists weak secrets, open guest access, exposed management ports and risky dialplan, each with why it matters and how to fix it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Selecione um PBX na barra lateral e execute uma auditoria. O Tollgate lê a configuração dele via SSH (somente leitura) e lista segredos fracos, acesso de convidado aberto, portas de gerenciamento expostas e dialplan arriscado, cada um com o motivo de importância e como corrigir.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No audit of %1 yet. &quot;Run audit&quot; reads its configuration over SSH; nothing is changed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nenhuma auditoria de %1 ainda. &quot;Executar auditoria&quot; lê a configuração dele via SSH; nada é alterado.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Audited %1</source>
        <translation>Auditado em %1</translation>
    </message>
    <message>
        <source>Score %1/100 · %2 critical, %3 high, %4 medium, %5 low</source>
        <translation>Pontuação %1/100 · %2 crítico(s), %3 alto(s), %4 médio(s), %5 baixo(s)</translation>
    </message>
    <message>
        <source>&lt;p&gt;No findings. %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nenhum achado. %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Some parts could not be audited: %1</source>
        <translation>Algumas partes não puderam ser auditadas: %1</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidência</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Por que importa</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>Como corrigir</translation>
    </message>
    <message>
        <source>Remediation</source>
        <translation>Correção</translation>
    </message>
    <message>
        <source>Tollgate can make this change for you: &quot;Fix…&quot; shows the exact diff first.</source>
        <translation>O Tollgate pode fazer esta alteração para você: &quot;Corrigir…&quot; mostra primeiro o diff exato.</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Corrigir</translation>
    </message>
    <message>
        <source>Applying the fix…</source>
        <translation>Aplicando a correção…</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Aplicando…</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Corrigido</translation>
    </message>
    <message>
        <source>Fixed on %1 (%2); backup %3. %4</source>
        <translation>Corrigido em %1 (%2); backup %3. %4</translation>
    </message>
    <message>
        <source>Fix applied</source>
        <translation>Correção aplicada</translation>
    </message>
    <message>
        <source>Fix failed</source>
        <translation>Falha na correção</translation>
    </message>
    <message>
        <source>Fix attempted on %1 and failed: %2</source>
        <translation>Correção tentada em %1 e falhou: %2</translation>
    </message>
    <message>
        <source>The fix failed</source>
        <translation>A correção falhou</translation>
    </message>
    <message>
        <source>Fix on %1</source>
        <translation>Corrigir em %1</translation>
    </message>
    <message>
        <source>Rolling back…</source>
        <translation>Revertendo…</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>Revertido</translation>
    </message>
    <message>
        <source>Fixed, then rolled back on %1 to the backup %2.</source>
        <translation>Corrigido e depois revertido em %1 para o backup %2.</translation>
    </message>
    <message>
        <source>The rollback failed</source>
        <translation>A reversão falhou</translation>
    </message>
    <message>
        <source>Roll back on %1</source>
        <translation>Reverter em %1</translation>
    </message>
    <message>
        <source>The PDF %1 could not be written; check the folder&apos;s permissions.</source>
        <translation>O PDF %1 não pôde ser gravado; verifique as permissões da pasta.</translation>
    </message>
    <message>
        <source>This build of Tollgate has no PDF support; export as HTML and print it from a browser.</source>
        <translation>Esta compilação do Tollgate não tem suporte a PDF; exporte como HTML e imprima pelo navegador.</translation>
    </message>
    <message>
        <source>The report %1 could not be written: %2.</source>
        <translation>O relatório %1 não pôde ser gravado: %2.</translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation>Relatório HTML (*.html)</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>Relatório PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export audit report</source>
        <translation>Exportar relatório de auditoria</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>Relatório salvo em %1</translation>
    </message>
</context>
<context>
    <name>tg::AutoBlockPolicy</name>
    <message>
        <source>Automatic block: rule %1, alert #%2 (%3)</source>
        <translation>Bloqueio automático: regra %1, alerta #%2 (%3)</translation>
    </message>
    <message>
        <source>%1 was not blocked automatically: PBX %2 has no SSH access set up, and blocking runs over SSH.</source>
        <translation>%1 não foi bloqueado automaticamente: o PBX %2 não tem acesso SSH configurado, e os bloqueios são feitos por SSH.</translation>
    </message>
    <message>
        <source>%1 was not blocked automatically: the limit of %2 automatic blocks per hour was reached. Block it by hand if it should be.</source>
        <translation>%1 não foi bloqueado automaticamente: o limite de %2 bloqueios automáticos por hora foi atingido. Bloqueie-o manualmente se for preciso.</translation>
    </message>
    <message>
        <source>%1 was not blocked automatically: the limit of %2 automatic blocks per hour on PBX %3 was reached. Block it by hand if it should be.</source>
        <translation>%1 não foi bloqueado automaticamente: o limite de %2 bloqueios automáticos por hora no PBX %3 foi atingido. Bloqueie-o manualmente se for preciso.</translation>
    </message>
    <message>
        <source>%1 was not blocked automatically on %2: the limit of %3 automatic blocks per hour there was reached.</source>
        <translation>%1 não foi bloqueado automaticamente em %2: o limite de %3 bloqueios automáticos por hora foi atingido lá.</translation>
    </message>
</context>
<context>
    <name>tg::AutoBlockSettings</name>
    <message>
        <source>The rule &quot;%1&quot; cannot block automatically: its alerts are not about one source address.</source>
        <translation>A regra “%1” não pode bloquear automaticamente: seus alertas não tratam de um único endereço de origem.</translation>
    </message>
    <message>
        <source>The duration of automatic blocks must be between one second and a year, or until unblocked.</source>
        <translation>A duração dos bloqueios automáticos deve ficar entre um segundo e um ano, ou até desbloquear.</translation>
    </message>
    <message>
        <source>The limits of automatic blocks per hour must be between 1 and %1.</source>
        <translation>Os limites de bloqueios automáticos por hora devem ficar entre 1 e %1.</translation>
    </message>
</context>
<context>
    <name>tg::BlockAddress</name>
    <message>
        <source>No address was given.</source>
        <translation>Nenhum endereço foi informado.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 or IPv6 address or network: only digits, a-f, &quot;:&quot;, &quot;.&quot; and one &quot;/prefix&quot; are allowed, with no spaces.</source>
        <translation>&quot;%1&quot; não é um endereço ou rede IPv4 ou IPv6: apenas dígitos, a-f, &quot;:&quot;, &quot;.&quot; e um &quot;/prefixo&quot; são permitidos, sem espaços.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IPv4 address: it needs four decimal numbers 0-255 without leading zeros.</source>
        <translation>&quot;%1&quot; não é um endereço IPv4 válido: são necessários quatro números decimais de 0 a 255 sem zeros à esquerda.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IPv6 address.</source>
        <translation>&quot;%1&quot; não é um endereço IPv6 válido.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IPv4 address.</source>
        <translation>&quot;%1&quot; não é um endereço IPv4 válido.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an IPv4-mapped IPv6 network; write it as an IPv4 network instead.</source>
        <translation>&quot;%1&quot; é uma rede IPv6 mapeada para IPv4; escreva-a como uma rede IPv4.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an invalid prefix length: use /0 to /%2 without leading zeros.</source>
        <translation>&quot;%1&quot; tem um tamanho de prefixo inválido: use de /0 a /%2 sem zeros à esquerda.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has address bits set after the /%2 prefix; did you mean %3/%2?</source>
        <translation>&quot;%1&quot; tem bits de endereço definidos após o prefixo /%2; você quis dizer %3/%2?</translation>
    </message>
</context>
<context>
    <name>tg::BlockGuard</name>
    <message>
        <source>the unspecified (&quot;this network&quot;) range</source>
        <translation>a faixa não especificada (&quot;esta rede&quot;)</translation>
    </message>
    <message>
        <source>the loopback range</source>
        <translation>a faixa de loopback</translation>
    </message>
    <message>
        <source>the link-local range</source>
        <translation>a faixa link-local</translation>
    </message>
    <message>
        <source>the multicast range</source>
        <translation>a faixa de multicast</translation>
    </message>
    <message>
        <source>the reserved and broadcast range</source>
        <translation>a faixa reservada e de broadcast</translation>
    </message>
    <message>
        <source>the unspecified address</source>
        <translation>o endereço não especificado</translation>
    </message>
    <message>
        <source>the loopback address</source>
        <translation>o endereço de loopback</translation>
    </message>
    <message>
        <source>No valid address was given.</source>
        <translation>Nenhum endereço válido foi informado.</translation>
    </message>
    <message>
        <source>%1 is or contains %2 (%3/%4), which is never blocked: it is not an attacker&apos;s address and blocking it can break the PBX.</source>
        <translation>%1 é ou contém %2 (%3/%4), que nunca é bloqueado: não é endereço de um atacante e bloqueá-lo pode quebrar o PABX.</translation>
    </message>
    <message>
        <source>%1 is too broad a network to block (/%2; the broadest allowed is /%3). Block smaller networks, or change the limit in the blocking settings.</source>
        <translation>%1 é uma rede ampla demais para bloquear (/%2; a mais ampla permitida é /%3). Bloqueie redes menores ou altere o limite nas configurações de bloqueio.</translation>
    </message>
    <message>
        <source>%1 overlaps the allowlisted range %2. Remove it from the allowlist first if it really must be blocked.</source>
        <translation>%1 se sobrepõe à faixa da lista de permissões %2. Remova-a da lista de permissões primeiro se ela realmente precisar ser bloqueada.</translation>
    </message>
    <message>
        <source>%1 contains %2, the address PBX %3 sees your SSH connection from; blocking it could lock you out of the PBX.</source>
        <translation>%1 contém %2, o endereço de onde o PABX %3 vê sua conexão SSH; bloqueá-lo poderia impedir seu acesso ao PABX.</translation>
    </message>
    <message>
        <source>%1 contains %2, an address of PBX %3 itself.</source>
        <translation>%1 contém %2, um endereço do próprio PABX %3.</translation>
    </message>
    <message>
        <source>%1 overlaps %2, the SIP trunk peer &quot;%3&quot; in %4 on PBX %5; blocking it would cut the calls through that trunk.</source>
        <translation>%1 se sobrepõe a %2, o peer de tronco SIP &quot;%3&quot; em %4 no PABX %5; bloqueá-lo cortaria as chamadas por esse tronco.</translation>
    </message>
    <message>
        <source>PBX %1 blocks with fail2ban, which bans single addresses only; block the addresses of %2 one by one, or use nftables on that PBX.</source>
        <translation>O PABX %1 bloqueia com fail2ban, que bane apenas endereços individuais; bloqueie os endereços de %2 um a um ou use nftables nesse PABX.</translation>
    </message>
</context>
<context>
    <name>tg::BlockOutputParser</name>
    <message>
        <source>nft did not print the JSON listing Tollgate expects (%1).</source>
        <translation>O nft não imprimiu a listagem JSON que o Tollgate espera (%1).</translation>
    </message>
</context>
<context>
    <name>tg::BlockPlan</name>
    <message>
        <source>Block %1</source>
        <translation>Bloquear %1</translation>
    </message>
    <message>
        <source>Unblock %1</source>
        <translation>Desbloquear %1</translation>
    </message>
    <message>
        <source> for %1 s</source>
        <translation> por %1 s</translation>
    </message>
    <message>
        <source> until unblocked</source>
        <translation> até ser desbloqueado</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Recusado: %1</translation>
    </message>
    <message>
        <source>PBX %1 (%2):</source>
        <translation>PABX %1 (%2):</translation>
    </message>
    <message>
        <source>%1 is already covered by %2.</source>
        <translation>%1 já está coberto por %2.</translation>
    </message>
    <message>
        <source>%1 is not blocked here.</source>
        <translation>%1 não está bloqueado aqui.</translation>
    </message>
    <message>
        <source>then verify with: %1</source>
        <translation>depois verificar com: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Observação: %1</translation>
    </message>
</context>
<context>
    <name>tg::BlockPlanDialog</name>
    <message>
        <source>Block source addresses</source>
        <translation>Bloquear endereços de origem</translation>
    </message>
    <message>
        <source>Unblock addresses</source>
        <translation>Desbloquear endereços</translation>
    </message>
    <message>
        <source>One IPv4 or IPv6 address or network per line, e.g. 203.0.113.5 or 198.51.100.0/24</source>
        <translation>Um endereço ou rede IPv4 ou IPv6 por linha, ex.: 203.0.113.5 ou 198.51.100.0/24</translation>
    </message>
    <message>
        <source>&amp;Addresses:</source>
        <translation>&amp;Endereços:</translation>
    </message>
    <message>
        <source>On &amp;PBXes:</source>
        <translation>Nos &amp;PBXs:</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 dia</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 dias</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 dias</translation>
    </message>
    <message>
        <source>Until unblocked</source>
        <translation>Até ser desbloqueado</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Outro…</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>D&amp;uração:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Show &amp;plan…</source>
        <translation>Mostrar p&amp;lano…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Voltar</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>&amp;Unblock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Asking the PBXes who must never be blocked there and what they block now…</source>
        <translation>Perguntando aos PABX quem nunca deve ser bloqueado neles e o que bloqueiam agora…</translation>
    </message>
    <message>
        <source>No PBX has SSH access set up; add it in the PBX&apos;s settings to block there.</source>
        <translation>Nenhum PABX tem acesso SSH configurado; adicione-o nas configurações do PABX para bloquear nele.</translation>
    </message>
    <message>
        <source>Choose at least one PBX.</source>
        <translation>Escolha pelo menos um PABX.</translation>
    </message>
    <message>
        <source>Nothing would run on any PBX: see below why.</source>
        <translation>Nada seria executado em nenhum PABX: veja abaixo o motivo.</translation>
    </message>
    <message>
        <source>These commands will run on the PBXes below, then each PBX&apos;s listing is read back to verify.</source>
        <translation>Estes comandos serão executados nos PABX abaixo; em seguida a listagem de cada PABX é lida novamente para verificação.</translation>
    </message>
    <message>
        <source>Some addresses are refused; each refusal says why.</source>
        <translation>Alguns endereços foram recusados; cada recusa informa o motivo.</translation>
    </message>
    <message>
        <source>Some PBXes cannot be changed; the plan says why.</source>
        <translation>Alguns PABX não podem ser alterados; o plano informa o motivo.</translation>
    </message>
    <message>
        <source>All PBXes (%1)</source>
        <translation>Todos os PBXs (%1)</translation>
    </message>
</context>
<context>
    <name>tg::BlockPlanner</name>
    <message>
        <source>%1 addresses are more than Tollgate handles at once (%2); split the request.</source>
        <translation>%1 endereços são mais do que o Tollgate processa de uma vez (%2); divida a solicitação.</translation>
    </message>
    <message>
        <source>The block duration must be between 1 second and 365 days, or none (until unblocked).</source>
        <translation>A duração do bloqueio deve estar entre 1 segundo e 365 dias, ou nenhuma (até ser desbloqueado).</translation>
    </message>
    <message>
        <source>The blocking settings of PBX %1 are not usable: %2</source>
        <translation>As configurações de bloqueio do PABX %1 não são utilizáveis: %2</translation>
    </message>
    <message>
        <source>PBX %1 has none of nftables (nft), iptables with ipset, or fail2ban-client; install nftables there, then try again.</source>
        <translation>O PABX %1 não tem nftables (nft), iptables com ipset nem fail2ban-client; instale o nftables nele e tente novamente.</translation>
    </message>
    <message>
        <source>PBX %1 is set to block with %2, which is not installed there; install it or choose another backend in the PBX&apos;s blocking settings.</source>
        <translation>O PABX %1 está configurado para bloquear com %2, que não está instalado nele; instale-o ou escolha outro backend nas configurações de bloqueio do PABX.</translation>
    </message>
    <message>
        <source>%1 is inside %2, which is blocked on PBX %3 as a whole; unblock %2 to lift it.</source>
        <translation>%1 está dentro de %2, que está bloqueado por inteiro no PABX %3; desbloqueie %2 para liberá-lo.</translation>
    </message>
    <message>
        <source>fail2ban bans for its jail&apos;s bantime; Tollgate unbans when the %1 s duration ends.</source>
        <translation>O fail2ban bane pelo bantime da jail; o Tollgate remove o banimento quando a duração de %1 s termina.</translation>
    </message>
    <message>
        <source>The new networks take the place of these entries on PBX %1: %2.</source>
        <translation>As novas redes substituem estas entradas no PABX %1: %2.</translation>
    </message>
    <message>
        <source>Tollgate could not build a safe command for PBX %1; nothing will run there.</source>
        <translation>O Tollgate não conseguiu montar um comando seguro para o PABX %1; nada será executado nele.</translation>
    </message>
</context>
<context>
    <name>tg::BlockProcedure</name>
    <message>
        <source>Tollgate refused to build a command for PBX %1 from an unsafe value; nothing ran.</source>
        <translation>O Tollgate se recusou a montar um comando para o PABX %1 a partir de um valor inseguro; nada foi executado.</translation>
    </message>
    <message>
        <source>On PBX %1, the %2 command failed (exit code %3): %4</source>
        <translation>No PABX %1, o comando %2 falhou (código de saída %3): %4</translation>
    </message>
    <message>
        <source>fail2ban on PBX %1 printed no list of banned addresses.</source>
        <translation>O fail2ban no PABX %1 não imprimiu nenhuma lista de endereços banidos.</translation>
    </message>
    <message>
        <source>PBX %1 did not say where it sees the SSH connection from ($SSH_CONNECTION is empty), so your own address could not be protected there; SSH stays reachable when blocking on the PBX&apos;s ports only.</source>
        <translation>O PABX %1 não informou de onde vê a conexão SSH ($SSH_CONNECTION está vazio), então seu próprio endereço não pôde ser protegido nele; o SSH continua acessível quando o bloqueio é feito apenas nas portas do PABX.</translation>
    </message>
    <message>
        <source>Could not read %1 on PBX %2, so its SIP trunk peers were not checked: %3</source>
        <translation>Não foi possível ler %1 no PABX %2, então os peers de tronco SIP não foram verificados: %3</translation>
    </message>
    <message>
        <source>No sip.conf or pjsip.conf in %1 on PBX %2: no SIP trunk peers were checked.</source>
        <translation>Nenhum sip.conf ou pjsip.conf em %1 no PABX %2: nenhum peer de tronco SIP foi verificado.</translation>
    </message>
    <message>
        <source>The SIP trunk peer &quot;%1&quot; in %2 on PBX %3 has a host Tollgate cannot read (&quot;%4&quot;).</source>
        <translation>O peer de tronco SIP &quot;%1&quot; em %2 no PABX %3 tem um host que o Tollgate não consegue ler (&quot;%4&quot;).</translation>
    </message>
    <message>
        <source>PBX %1 could not resolve %2 (SIP trunk peer &quot;%3&quot; in %4); it is not protected from blocking by address.</source>
        <translation>O PABX %1 não conseguiu resolver %2 (peer de tronco SIP &quot;%3&quot; em %4); ele não está protegido contra bloqueio por endereço.</translation>
    </message>
    <message>
        <source>already covered by %1</source>
        <translation>já coberto por %1</translation>
    </message>
    <message>
        <source>inside %1, which stays blocked</source>
        <translation>dentro de %1, que continua bloqueado</translation>
    </message>
    <message>
        <source>was not blocked</source>
        <translation>não estava bloqueado</translation>
    </message>
    <message>
        <source>not listed after blocking</source>
        <translation>não listado após o bloqueio</translation>
    </message>
    <message>
        <source>still listed after unblocking</source>
        <translation>ainda listado após o desbloqueio</translation>
    </message>
    <message>
        <source>The change on PBX %1 could not be verified: %2</source>
        <translation>A alteração no PABX %1 não pôde ser verificada: %2</translation>
    </message>
    <message>
        <source>On PBX %1, the listing does not show every blocked address; see each address&apos;s detail.</source>
        <translation>No PABX %1, a listagem não mostra todos os endereços bloqueados; veja o detalhe de cada endereço.</translation>
    </message>
    <message>
        <source>On PBX %1, the listing still shows an unblocked address; see each address&apos;s detail.</source>
        <translation>No PABX %1, a listagem ainda mostra um endereço desbloqueado; veja o detalhe de cada endereço.</translation>
    </message>
</context>
<context>
    <name>tg::BlockRunner</name>
    <message>
        <source>PBX %1 has no blocking backend (nftables, iptables with ipset, fail2ban).</source>
        <translation>O PABX %1 não tem backend de bloqueio (nftables, iptables com ipset, fail2ban).</translation>
    </message>
    <message>
        <source>lifted by Tollgate when its duration ended</source>
        <translation>removido pelo Tollgate quando a duração terminou</translation>
    </message>
</context>
<context>
    <name>tg::BlockSettings</name>
    <message>
        <source>&quot;%1&quot; is not a port or a range of ports (1-65535, like 5060 or 10000-20000).</source>
        <translation>&quot;%1&quot; não é uma porta nem um intervalo de portas (1-65535, como 5060 ou 10000-20000).</translation>
    </message>
    <message>
        <source>Give between 1 and 64 ports or port ranges.</source>
        <translation>Informe entre 1 e 64 portas ou intervalos de portas.</translation>
    </message>
    <message>
        <source>Blocking on the PBX&apos;s ports needs between 1 and 64 ports or port ranges.</source>
        <translation>O bloqueio nas portas do PABX precisa de entre 1 e 64 portas ou intervalos de portas.</translation>
    </message>
    <message>
        <source>The port range %1-%2 is not valid.</source>
        <translation>O intervalo de portas %1-%2 não é válido.</translation>
    </message>
    <message>
        <source>The fail2ban jail name &quot;%1&quot; may only contain letters, digits, &quot;_&quot; and &quot;-&quot;.</source>
        <translation>O nome da jail do fail2ban &quot;%1&quot; só pode conter letras, dígitos, &quot;_&quot; e &quot;-&quot;.</translation>
    </message>
    <message>
        <source>The configuration folder &quot;%1&quot; is not a plain absolute path.</source>
        <translation>A pasta de configuração &quot;%1&quot; não é um caminho absoluto simples.</translation>
    </message>
    <message>
        <source>The smallest allowed network prefix is out of range.</source>
        <translation>O menor prefixo de rede permitido está fora do intervalo.</translation>
    </message>
    <message>
        <source>The fail2ban socket &quot;%1&quot; is not a plain absolute path.</source>
        <translation>O socket do fail2ban “%1” não é um caminho absoluto simples.</translation>
    </message>
</context>
<context>
    <name>tg::BlockStore</name>
    <message>
        <source>Could not record the block in the database: %1.</source>
        <translation>Não foi possível registrar o bloqueio no banco de dados: %1.</translation>
    </message>
    <message>
        <source>Could not record the unblock in the database: %1.</source>
        <translation>Não foi possível registrar o desbloqueio no banco de dados: %1.</translation>
    </message>
    <message>
        <source>no longer listed on the PBX: removed outside Tollgate?</source>
        <translation>não está mais listado no PABX: removido fora do Tollgate?</translation>
    </message>
    <message>
        <source>The blocking settings of %1 could not be saved: %2</source>
        <translation>Não foi possível salvar as configurações de bloqueio de %1: %2</translation>
    </message>
</context>
<context>
    <name>tg::BlockTableModel</name>
    <message>
        <source>made outside Tollgate</source>
        <translation>feito fora do Tollgate</translation>
    </message>
    <message>
        <source>outside Tollgate</source>
        <translation>fora do Tollgate</translation>
    </message>
    <message>
        <source>%1: %2 with %3%4</source>
        <translation>%1: %2 com %3%4</translation>
    </message>
    <message>
        <source>blocked (outside Tollgate)</source>
        <translation>bloqueado (fora do Tollgate)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>until unblocked</source>
        <translation>até ser desbloqueado</translation>
    </message>
    <message>
        <source>%1 (alert %2)</source>
        <translation>%1 (alerta %2)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>On PBXes</source>
        <translation>Nos PBXs</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expira</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Blocked at</source>
        <translation>Bloqueado em</translation>
    </message>
    <message>
        <source>Tollgate (automatic)</source>
        <translation>Tollgate (automático)</translation>
    </message>
</context>
<context>
    <name>tg::BlockingSettingsPage</name>
    <message>
        <source>Tollgate can block the source address of a new alert by itself. It goes through the same plan and safety checks as a block made by hand: it never blocks loopback, allowlisted ranges, the address you reach the PBX from, the PBX&apos;s own addresses or its SIP trunk peers. Off until you choose a rule.</source>
        <translation>O Tollgate pode bloquear sozinho o endereço de origem de um alerta novo. Ele passa pelo mesmo plano e pelas mesmas verificações de segurança de um bloqueio manual: nunca bloqueia loopback, faixas da lista de permissões, o endereço de onde você acessa o PBX, os endereços do próprio PBX nem seus troncos SIP. Desligado até você escolher uma regra.</translation>
    </message>
    <message>
        <source>Rules that block automatically</source>
        <translation>Regras que bloqueiam automaticamente</translation>
    </message>
    <message>
        <source>Detector rule %1</source>
        <translation>Regra de detecção %1</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 dia</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 dias</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 dias</translation>
    </message>
    <message>
        <source>Until unblocked</source>
        <translation>Até ser desbloqueado</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 segundos</translation>
    </message>
    <message>
        <source>The PBX that raised the alert</source>
        <translation>O PBX que gerou o alerta</translation>
    </message>
    <message>
        <source>Every PBX with SSH access</source>
        <translation>Todo PBX com acesso SSH</translation>
    </message>
    <message>
        <source> per hour</source>
        <translation> por hora</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Como</translation>
    </message>
    <message>
        <source>Block for</source>
        <translation>Bloquear por</translation>
    </message>
    <message>
        <source>Block on</source>
        <translation>Bloquear em</translation>
    </message>
    <message>
        <source>At most, on all PBXes</source>
        <translation>No máximo, em todos os PBXs</translation>
    </message>
    <message>
        <source>At most, on one PBX</source>
        <translation>No máximo, em um PBX</translation>
    </message>
    <message>
        <source>Each PBX blocks with its own backend, detected over SSH: nftables, iptables with ipset, or fail2ban. Every automatic block is recorded as &quot;automatic&quot; in the Blocks tab and listed on its alert. When a limit is reached nothing is blocked, and the alert and the Blocks tab say so.</source>
        <translation>Cada PBX bloqueia com seu próprio mecanismo, detectado por SSH: nftables, iptables com ipset ou fail2ban. Cada bloqueio automático é registrado como “automático” na aba Bloqueios e aparece no seu alerta. Quando um limite é atingido, nada é bloqueado, e o alerta e a aba Bloqueios informam isso.</translation>
    </message>
    <message>
        <source>Blocking</source>
        <translation>Bloqueio</translation>
    </message>
    <message>
        <source>Brute force from one address</source>
        <translation>Força bruta de um endereço</translation>
    </message>
    <message>
        <source>Account enumeration from one address</source>
        <translation>Enumeração de contas a partir de um endereço</translation>
    </message>
    <message>
        <source>SIP scanner</source>
        <translation>Scanner SIP</translation>
    </message>
    <message>
        <source>Login success after failures (when the alert names the address)</source>
        <translation>Login bem-sucedido após falhas (quando o alerta indica o endereço)</translation>
    </message>
    <message>
        <source>Flood from one address</source>
        <translation>Inundação a partir de um endereço</translation>
    </message>
    <message>
        <source>Automatic blocking is on: %1 of %2 rules block by themselves.</source>
        <translation>O bloqueio automático está ligado: %1 de %2 regras bloqueiam sozinhas.</translation>
    </message>
    <message>
        <source>Automatic blocking is off.</source>
        <translation>O bloqueio automático está desligado.</translation>
    </message>
</context>
<context>
    <name>tg::BlocksView</name>
    <message>
        <source>&amp;Block address…</source>
        <translation>&amp;Bloquear endereço…</translation>
    </message>
    <message>
        <source>&amp;Unblock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>&amp;Check PBXes</source>
        <translation>&amp;Verificar PBXs</translation>
    </message>
    <message>
        <source>Read what each PBX blocks now, including blocks made outside Tollgate</source>
        <translation>Ler o que cada PABX bloqueia agora, inclusive bloqueios feitos fora do Tollgate</translation>
    </message>
    <message>
        <source>Show &amp;ended blocks</source>
        <translation>Mostrar bloqueios &amp;encerrados</translation>
    </message>
    <message>
        <source>No PBX has SSH access set up; blocking needs it.</source>
        <translation>Nenhum PABX tem acesso SSH configurado; o bloqueio precisa dele.</translation>
    </message>
    <message>
        <source>Running the plan on the PBXes…</source>
        <translation>Executando o plano nos PABX…</translation>
    </message>
    <message>
        <source>Done, and verified on every PBX.</source>
        <translation>Concluído e verificado em todos os PABX.</translation>
    </message>
    <message>
        <source>Blocking did not complete everywhere; see the Blocks tab.</source>
        <translation>O bloqueio não foi concluído em todos os lugares; veja a aba Bloqueios.</translation>
    </message>
</context>
<context>
    <name>tg::BruteForceDetector</name>
    <message>
        <source>Brute force from %1</source>
        <translation>Força bruta de %1</translation>
    </message>
    <message>
        <source>%1 authentication failures from %2 within %3 (threshold: %4 in %5), %6 so far. Accounts tried: %7. Service: %8.</source>
        <translation>%1 falhas de autenticação de %2 em %3 (limite: %4 em %5), %6 até agora. Contas testadas: %7. Serviço: %8.</translation>
    </message>
    <message>
        <source>Block %1 at the firewall (or let fail2ban do it), and make sure no account it tried has a weak password.</source>
        <translation>Bloqueie %1 no firewall (ou deixe o fail2ban fazer isso) e certifique-se de que nenhuma conta testada tenha senha fraca.</translation>
    </message>
    <message>
        <source>brute force per IP: on (%1 failures in %2, %3 of %4 sources tracked)</source>
        <translation>força bruta por IP: ativada (%1 falhas em %2, %3 de %4 origens monitoradas)</translation>
    </message>
</context>
<context>
    <name>tg::CallPatternDetector</name>
    <message>
        <source>Call volume spike on %1</source>
        <translation>Pico de volume de chamadas em %1</translation>
    </message>
    <message>
        <source>%1 calls so far in this hour, against about %2 learned for this hour of the week over %3 weeks (threshold: %4 times the baseline and at least %5 calls).</source>
        <translation>%1 chamadas até agora nesta hora, contra cerca de %2 aprendidas para esta hora da semana ao longo de %3 semanas (limite: %4 vezes a linha de base e pelo menos %5 chamadas).</translation>
    </message>
    <message>
        <source>Look at the live calls of %1: who is calling, and where. A sudden burst at an unusual hour is how toll fraud starts.</source>
        <translation>Veja as chamadas ativas de %1: quem está ligando e para onde. Uma rajada repentina em um horário incomum é como começa a fraude tarifária.</translation>
    </message>
    <message>
        <source>Too many simultaneous calls from %1</source>
        <translation>Chamadas simultâneas demais de %1</translation>
    </message>
    <message>
        <source>%1 has %2 calls in progress (limit %3). A phone rarely holds more than two; many parallel calls from one account is how stolen credentials are used.</source>
        <translation>%1 tem %2 chamadas em andamento (limite %3). Um telefone raramente mantém mais de duas; muitas chamadas paralelas de uma conta é como credenciais roubadas são usadas.</translation>
    </message>
    <message>
        <source>Check the live calls of %1 and hang them up if they are not expected; limit the account&apos;s call-limit in the PBX.</source>
        <translation>Verifique as chamadas ativas de %1 e desligue-as se não forem esperadas; limite o call-limit da conta no PABX.</translation>
    </message>
    <message>
        <source>Too many simultaneous calls on %1</source>
        <translation>Chamadas simultâneas demais em %1</translation>
    </message>
    <message>
        <source>%1 calls in progress on %2 (limit %3).</source>
        <translation>%1 chamadas em andamento em %2 (limite %3).</translation>
    </message>
    <message>
        <source>Check the live calls for unexpected destinations; raise the limit in the PBX&apos;s detection settings if this volume is normal.</source>
        <translation>Verifique as chamadas ativas em busca de destinos inesperados; aumente o limite nas configurações de detecção do PABX se esse volume for normal.</translation>
    </message>
    <message>
        <source>Sequential dialing from %1</source>
        <translation>Discagem sequencial de %1</translation>
    </message>
    <message>
        <source>%1 called %2 different numbers in the range +%3%4 within %5 (threshold: %6). Walking through a number range is how fraudsters test revenue-share numbers.</source>
        <translation>%1 ligou para %2 números diferentes na faixa +%3%4 em %5 (limite: %6). Percorrer uma faixa de números é como fraudadores testam números de compartilhamento de receita.</translation>
    </message>
    <message>
        <source>Hang up the calls of %1, change its password and block the range +%2 in the dial plan.</source>
        <translation>Desligue as chamadas de %1, altere a senha dele e bloqueie a faixa +%2 no dialplan.</translation>
    </message>
    <message>
        <source>call spikes: on (%1 times the hour-of-week baseline, at least %2 calls, after %3 weeks of history)</source>
        <translation>picos de chamadas: ativado (%1 vezes a linha de base da hora da semana, pelo menos %2 chamadas, após %3 semanas de histórico)</translation>
    </message>
    <message>
        <source>concurrent calls: on (%1 per account; per PBX as configured)</source>
        <translation>chamadas simultâneas: ativado (%1 por conta; por PABX conforme configurado)</translation>
    </message>
    <message>
        <source>sequential dialing: on (%1 numbers of one range in %2)</source>
        <translation>discagem sequencial: ativado (%1 números de uma faixa em %2)</translation>
    </message>
</context>
<context>
    <name>tg::CallsView</name>
    <message>
        <source>Answered</source>
        <translation>Atendida</translation>
    </message>
    <message>
        <source>Hang up…</source>
        <translation>Desligar…</translation>
    </message>
    <message>
        <source>End the selected call on its PBX (AMI Hangup / ESL uuid_kill)</source>
        <translation>Encerrar a chamada selecionada no PABX dela (AMI Hangup / ESL uuid_kill)</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
    <message>
        <source>Calls in progress</source>
        <translation>Chamadas em andamento</translation>
    </message>
    <message>
        <source>Call history</source>
        <translation>Histórico de chamadas</translation>
    </message>
    <message>
        <source>%1 ended calls</source>
        <translation>%1 chamadas encerradas</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Hang up call</source>
        <translation>Desligar chamada</translation>
    </message>
    <message>
        <source>Hang up the call from %1 to %2 on %3? The caller is disconnected at once.</source>
        <translation>Desligar a chamada de %1 para %2 em %3? O chamador é desconectado imediatamente.</translation>
    </message>
</context>
<context>
    <name>tg::CaptureReader</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Não é possível ler %1: %2.</translation>
    </message>
    <message>
        <source>The ESL capture ends inside a message.</source>
        <translation>A captura ESL termina no meio de uma mensagem.</translation>
    </message>
    <message>
        <source>%1 is not in a format Tollgate can read (an AMI or ESL capture, an Asterisk security or messages log, a FreeSWITCH log or a fail2ban log); name it with --format.</source>
        <translation>%1 não está em um formato que o Tollgate consiga ler (uma captura AMI ou ESL, um log security ou messages do Asterisk, um log do FreeSWITCH ou um log do fail2ban); informe-o com --format.</translation>
    </message>
</context>
<context>
    <name>tg::ChangeClassifier</name>
    <message>
        <source>A #exec line runs a shell command on the PBX at every reload: %1</source>
        <translation>Uma linha #exec executa um comando de shell no PABX a cada reload: %1</translation>
    </message>
    <message>
        <source>Another file is read into this one: %1</source>
        <translation>Outro arquivo é lido dentro deste: %1</translation>
    </message>
    <message>
        <source>A new AMI user [%1] was added: it can log in to the Asterisk Manager Interface.</source>
        <translation>Um novo usuário AMI [%1] foi adicionado: ele pode fazer login na Asterisk Manager Interface.</translation>
    </message>
    <message>
        <source>The AMI user [%1] was removed.</source>
        <translation>O usuário AMI [%1] foi removido.</translation>
    </message>
    <message>
        <source>A new account or endpoint [%1] was added.</source>
        <translation>Uma nova conta ou endpoint [%1] foi adicionado.</translation>
    </message>
    <message>
        <source>A new dialplan context [%1] was added.</source>
        <translation>Um novo contexto de dialplan [%1] foi adicionado.</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removido</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>alterado</translation>
    </message>
    <message>
        <source>added</source>
        <translation>adicionado</translation>
    </message>
    <message>
        <source>The secret of [%1] was %2.</source>
        <translation>O segredo de [%1] foi %2.</translation>
    </message>
    <message>
        <source>The secret of [%1] was removed.</source>
        <translation>O segredo de [%1] foi removido.</translation>
    </message>
    <message>
        <source>The AMI address rule %1 = %2 of [%3] was %4.</source>
        <translation>O parâmetro de endereço AMI %1 = %2 de [%3] foi %4.</translation>
    </message>
    <message>
        <source>AMI permissions of [%1] %2: %3 = %4.</source>
        <translation>Permissões AMI de [%1] (item %2): %3 = %4.</translation>
    </message>
    <message>
        <source>How the AMI listens changed: %1 = %2.</source>
        <translation>A forma como a AMI escuta mudou: %1 = %2.</translation>
    </message>
    <message>
        <source>The address rule %1 = %2 of [%3] was %4.</source>
        <translation>O parâmetro de endereço %1 = %2 de [%3] foi %4.</translation>
    </message>
    <message>
        <source>%1 = %2 in [%3] weakens authentication of calls.</source>
        <translation>%1 = %2 em [%3] enfraquece a autenticação de chamadas.</translation>
    </message>
    <message>
        <source>%1 of [%2] was %3: %4.</source>
        <translation>O parâmetro %1 de [%2] foi %3: %4.</translation>
    </message>
    <message>
        <source>The dialplan in [%1] runs a shell command: %2</source>
        <translation>O dialplan em [%1] executa um comando de shell: %2</translation>
    </message>
    <message>
        <source>A switch in [%1] hands calls to another server: %2.</source>
        <translation>Um switch em [%1] repassa chamadas para outro servidor: %2.</translation>
    </message>
    <message>
        <source>Context [%1] %2 an include of [%3].</source>
        <translation>No contexto [%1], um include de [%3] foi %2.</translation>
    </message>
    <message>
        <source>Calls in [%1] are sent to the external number %2.</source>
        <translation>Chamadas em [%1] são enviadas para o número externo %2.</translation>
    </message>
    <message>
        <source>A new route %1 in context [%2] reaches international or premium numbers.</source>
        <translation>Uma nova rota %1 no contexto [%2] alcança números internacionais ou premium.</translation>
    </message>
    <message>
        <source>The route %1 in context [%2], which reaches international or premium numbers, was changed.</source>
        <translation>A rota %1 no contexto [%2], que alcança números internacionais ou premium, foi alterada.</translation>
    </message>
    <message>
        <source>The security log channel was %1 (%2 =&gt; %3): attacks may go unrecorded.</source>
        <translation>O canal de log security foi %1 (%2 =&gt; %3): ataques podem não ser registrados.</translation>
    </message>
    <message>
        <source>A module may now load: %1 %2.</source>
        <translation>Um módulo agora pode ser carregado: %1 %2.</translation>
    </message>
    <message>
        <source>Call records were turned off (%1 = %2 in [%3]).</source>
        <translation>Os registros de chamadas foram desativados (%1 = %2 em [%3]).</translation>
    </message>
    <message>
        <source>A password at %1 was %2.</source>
        <translation>Um parâmetro de senha em %1 foi %2.</translation>
    </message>
    <message>
        <source>The event socket setting %1 was %2: %3.</source>
        <translation>O parâmetro do event socket %1 foi %2: %3.</translation>
    </message>
    <message>
        <source>The FreeSWITCH access lists changed at %1.</source>
        <translation>As listas de acesso do FreeSWITCH mudaram em %1.</translation>
    </message>
    <message>
        <source>The access list setting %1 was %2: %3.</source>
        <translation>O parâmetro de lista de acesso %1 foi %2: %3.</translation>
    </message>
    <message>
        <source>%1 = %2 weakens authentication of calls.</source>
        <translation>%1 = %2 enfraquece a autenticação de chamadas.</translation>
    </message>
    <message>
        <source>A new gateway %1 was added.</source>
        <translation>Um novo gateway %1 foi adicionado.</translation>
    </message>
    <message>
        <source>A new directory user %1 was added.</source>
        <translation>Um novo usuário de diretório %1 foi adicionado.</translation>
    </message>
    <message>
        <source>The dialplan at %1 runs a shell command: %2</source>
        <translation>O dialplan em %1 executa um comando de shell: %2</translation>
    </message>
    <message>
        <source>Calls at %1 are sent out: %2 %3.</source>
        <translation>Chamadas em %1 são enviadas para fora: %2 %3.</translation>
    </message>
    <message>
        <source>The route %1 at %2, which reaches international or premium numbers, was %3.</source>
        <translation>O roteamento %1 em %2, que alcança números internacionais ou premium, foi %3.</translation>
    </message>
    <message>
        <source>A binary file changed (%1 bytes before, %2 bytes now).</source>
        <translation>Um arquivo binário mudou (%1 bytes antes, %2 bytes agora).</translation>
    </message>
    <message>
        <source>Only line endings or the final newline changed.</source>
        <translation>Apenas as quebras de linha ou a nova linha final mudaram.</translation>
    </message>
    <message numerus="yes">
        <source>%n other changed line(s).</source>
        <translation>
            <numerusform>%n outra linha alterada.</numerusform>
            <numerusform>%n outras linhas alteradas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tg::ConfigChangeDetector</name>
    <message>
        <source>Configuration reloaded on %1</source>
        <translation>Configuração recarregada em %1</translation>
    </message>
    <message>
        <source>%1 reported %2%3. If nobody on your team changed the configuration, someone with shell or AMI access did.</source>
        <translation>%1 informou %2%3. Se ninguém da sua equipe alterou a configuração, alguém com acesso ao shell ou à AMI alterou.</translation>
    </message>
    <message>
        <source>a reload</source>
        <translation>um reload</translation>
    </message>
    <message>
        <source>Confirm the change with your team, then compare the configuration with the approved baseline.</source>
        <translation>Confirme a alteração com sua equipe e depois compare a configuração com a linha de base aprovada.</translation>
    </message>
    <message>
        <source>config reload: on (ignoring %1)</source>
        <translation>reload de configuração: ativado (ignorando %1)</translation>
    </message>
    <message>
        <source>config reload: off (turned off in the settings)</source>
        <translation>reload de configuração: desativado (desligado nas configurações)</translation>
    </message>
</context>
<context>
    <name>tg::ConfigDiffView</name>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>The baseline could not be approved: %1</source>
        <translation>A linha de base não pôde ser aprovada: %1</translation>
    </message>
    <message>
        <source>The snapshot of %1 from %2 is now the approved baseline.</source>
        <translation>O snapshot de %1 de %2 agora é a linha de base aprovada.</translation>
    </message>
    <message>
        <source>Watched files of %1</source>
        <translation>Arquivos monitorados de %1</translation>
    </message>
    <message>
        <source>The defaults for this PBX are shown. </source>
        <translation>Os padrões para este PABX são exibidos. </translation>
    </message>
    <message>
        <source>One absolute path per line; a * in the file name matches several files (e.g. /etc/freeswitch/sip_profiles/*.xml).</source>
        <translation>Um caminho absoluto por linha; um * no nome do arquivo corresponde a vários arquivos (ex.: /etc/freeswitch/sip_profiles/*.xml).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an absolute path of plain characters; the watch list was not changed.</source>
        <translation>&quot;%1&quot; não é um caminho absoluto com caracteres simples; a lista de monitoramento não foi alterada.</translation>
    </message>
    <message>
        <source>The watch list was saved; it is used from the next snapshot round.</source>
        <translation>A lista de monitoramento foi salva; ela é usada a partir da próxima rodada de snapshots.</translation>
    </message>
    <message>
        <source>The watch list could not be saved: %1</source>
        <translation>A lista de monitoramento não pôde ser salva: %1</translation>
    </message>
    <message>
        <source>no changes</source>
        <translation>sem alterações</translation>
    </message>
    <message>
        <source>change %1 of %2</source>
        <translation>alteração %1 de %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Gatilho</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Select one snapshot to compare it with the baseline (or the one before), or two to compare them with each other.</source>
        <translation>Selecione um snapshot para compará-lo com a linha de base (ou com o anterior), ou dois para compará-los entre si.</translation>
    </message>
    <message>
        <source>Snapshot now</source>
        <translation>Snapshot agora</translation>
    </message>
    <message>
        <source>Watched files…</source>
        <translation>Arquivos monitorados…</translation>
    </message>
    <message>
        <source>PBX:</source>
        <translation>PBX:</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Arquivos</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>Snapshots</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Lado a lado</translation>
    </message>
    <message>
        <source>Old version left, new version right</source>
        <translation>Versão antiga à esquerda, nova à direita</translation>
    </message>
    <message>
        <source>Unified</source>
        <translation>Unificado</translation>
    </message>
    <message>
        <source>One column, removed lines above added ones</source>
        <translation>Uma coluna, linhas removidas acima das adicionadas</translation>
    </message>
    <message>
        <source>↑ Previous</source>
        <translation>↑ Anterior</translation>
    </message>
    <message>
        <source>Previous change (Alt+Up)</source>
        <translation>Alteração anterior (Alt+Up)</translation>
    </message>
    <message>
        <source>↓ Next</source>
        <translation>↓ Próxima</translation>
    </message>
    <message>
        <source>Next change (Alt+Down)</source>
        <translation>Próxima alteração (Alt+Down)</translation>
    </message>
    <message>
        <source>Show secrets</source>
        <translation>Mostrar segredos</translation>
    </message>
    <message>
        <source>Secret values (secret=, password=, ...) are masked; show them only when nobody is watching your screen.</source>
        <translation>Valores secretos (secret=, password=, ...) são mascarados; mostre-os apenas quando ninguém estiver olhando sua tela.</translation>
    </message>
    <message>
        <source>Approve as baseline</source>
        <translation>Aprovar como linha de base</translation>
    </message>
    <message>
        <source>Accept the newer version of this comparison as the file&apos;s approved content.</source>
        <translation>Aceitar a versão mais nova desta comparação como o conteúdo aprovado do arquivo.</translation>
    </message>
    <message>
        <source>Revert to baseline…</source>
        <translation>Reverter para a linha de base…</translation>
    </message>
    <message>
        <source>Restore the approved content on the PBX through the guided fix flow (preview, backup, write, reload, roll back).</source>
        <translation>Restaurar o conteúdo aprovado no PABX pelo fluxo de correção guiado (prévia, backup, gravação, reload, reversão).</translation>
    </message>
    <message>
        <source>Security-relevant changes; click one to go to its line.</source>
        <translation>Alterações relevantes para a segurança; clique em uma para ir até a linha dela.</translation>
    </message>
    <message>
        <source>Fetching the watched files of %1…</source>
        <translation>Buscando os arquivos monitorados de %1…</translation>
    </message>
    <message>
        <source>No PBX has configuration snapshots yet. Add a PBX with SSH access; Tollgate then keeps a history of its configuration files.</source>
        <translation>Nenhum PABX tem snapshots de configuração ainda. Adicione um PABX com acesso SSH; o Tollgate então mantém um histórico dos arquivos de configuração dele.</translation>
    </message>
    <message>
        <source>No snapshots of %1 yet. Use &quot;Snapshot now&quot; to fetch its watched files.</source>
        <translation>Nenhum snapshot de %1 ainda. Use &quot;Snapshot agora&quot; para buscar os arquivos monitorados dele.</translation>
    </message>
    <message>
        <source>%1, %2
SHA-256 %3</source>
        <translation>%1, %2
SHA-256 %3</translation>
    </message>
    <message>
        <source>Read over AMI GetConfig: comments and layout are not kept.</source>
        <translation>Lido via AMI GetConfig: comentários e layout não são mantidos.</translation>
    </message>
    <message>
        <source>★ baseline</source>
        <translation>★ linha de base</translation>
    </message>
    <message>
        <source>Approved by %1 on %2</source>
        <translation>Aprovado por %1 em %2</translation>
    </message>
    <message>
        <source>same as baseline</source>
        <translation>igual à linha de base</translation>
    </message>
    <message>
        <source>not approved</source>
        <translation>não aprovado</translation>
    </message>
    <message>
        <source>baseline of %1</source>
        <translation>linha de base de %1</translation>
    </message>
    <message>
        <source>snapshot of %1</source>
        <translation>snapshot de %1</translation>
    </message>
    <message>
        <source>%1 — only one snapshot (%2)</source>
        <translation>%1 — apenas um snapshot (%2)</translation>
    </message>
    <message>
        <source>%1 — %2 → %3</source>
        <translation>%1 — %2 → %3</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Comparando…</translation>
    </message>
    <message>
        <source>No difference.</source>
        <translation>Nenhuma diferença.</translation>
    </message>
    <message>
        <source>Binary file changed: %1 bytes → %2 bytes.</source>
        <translation>Arquivo binário alterado: %1 bytes → %2 bytes.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&apos;color:#2e7d32&apos;&gt;+%1&lt;/span&gt; &lt;span style=&apos;color:#c62828&apos;&gt;−%2&lt;/span&gt; lines, %n change(s)</source>
        <translation>
            <numerusform>&lt;span style=&apos;color:#2e7d32&apos;&gt;+%1&lt;/span&gt; &lt;span style=&apos;color:#c62828&apos;&gt;−%2&lt;/span&gt; linhas, %n alteração</numerusform>
            <numerusform>&lt;span style=&apos;color:#2e7d32&apos;&gt;+%1&lt;/span&gt; &lt;span style=&apos;color:#c62828&apos;&gt;−%2&lt;/span&gt; linhas, %n alterações</numerusform>
        </translation>
    </message>
    <message>
        <source> — highest risk: &lt;b style=&apos;color:%1&apos;&gt;%2&lt;/b&gt;</source>
        <translation> — risco mais alto: &lt;b style=&apos;color:%1&apos;&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source> — the versions differ too much to align line by line; shown as one replacement</source>
        <translation> — as versões diferem demais para alinhar linha a linha; exibidas como uma única substituição</translation>
    </message>
    <message>
        <source> — only the first %1 MB are compared</source>
        <translation> — apenas os primeiros %1 MB são comparados</translation>
    </message>
    <message>
        <source>Undo revert</source>
        <translation>Desfazer reversão</translation>
    </message>
    <message>
        <source>Put back the file the last revert replaced (from the backup it made) and reload.</source>
        <translation>Restaurar o arquivo que a última reversão substituiu (a partir do backup que ela fez) e recarregar.</translation>
    </message>
    <message>
        <source>Reading %1 on %2 to prepare the revert…</source>
        <translation>Lendo %1 em %2 para preparar a reversão…</translation>
    </message>
    <message>
        <source>Restoring %1 on %2 from %3…</source>
        <translation>Restaurando %1 em %2 a partir de %3…</translation>
    </message>
    <message numerus="yes">
        <source>%n watched file(s) of %1 could not be fetched: %2</source>
        <translation>
            <numerusform>Não foi possível obter %n arquivo monitorado de %1: %2</numerusform>
            <numerusform>Não foi possível obter %n arquivos monitorados de %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Reverting %1 on %2: backup, write, reload…</source>
        <translation>Revertendo %1 em %2: backup, gravação, recarga…</translation>
    </message>
    <message>
        <source>The revert was cancelled; nothing was changed.</source>
        <translation>A reversão foi cancelada; nada foi alterado.</translation>
    </message>
    <message>
        <source>Revert on %1</source>
        <translation>Reverter em %1</translation>
    </message>
</context>
<context>
    <name>tg::ConfigFileSet</name>
    <message>
        <source>%1 is not a readable folder.</source>
        <translation>%1 não é uma pasta legível.</translation>
    </message>
    <message>
        <source>More than %1 files below %2; the rest were not read.</source>
        <translation>Mais de %1 arquivos abaixo de %2; o restante não foi lido.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB and was not read.</source>
        <translation>%1 é maior que %2 MiB e não foi lido.</translation>
    </message>
    <message>
        <source>The files below %1 exceed %2 MiB together; the rest were not read.</source>
        <translation>Os arquivos abaixo de %1 excedem %2 MiB no total; o restante não foi lido.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2.</source>
        <translation>%1 não pôde ser lido: %2.</translation>
    </message>
</context>
<context>
    <name>tg::ConfigHistorySettingsPage</name>
    <message>
        <source> snapshots per file</source>
        <translation> snapshots por arquivo</translation>
    </message>
    <message>
        <source>No count limit</source>
        <translation>Sem limite de quantidade</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <source>No age limit</source>
        <translation>Sem limite de idade</translation>
    </message>
    <message>
        <source>Older config snapshots are deleted when a file gets a new one; its approved baseline and its newest snapshot are always kept.</source>
        <translation>Snapshots de configuração mais antigos são apagados quando um arquivo recebe um novo; sua linha de base aprovada e seu snapshot mais recente são sempre mantidos.</translation>
    </message>
    <message>
        <source>Keep the newest</source>
        <translation>Manter os mais recentes</translation>
    </message>
    <message>
        <source>Keep snapshots for</source>
        <translation>Manter snapshots por</translation>
    </message>
    <message>
        <source>Config history</source>
        <translation>Histórico de configuração</translation>
    </message>
    <message>
        <source>The settings could not be written to %1.</source>
        <translation>Não foi possível gravar as configurações em %1.</translation>
    </message>
</context>
<context>
    <name>tg::ConfigSnapshot</name>
    <message>
        <source>scheduled</source>
        <translation>agendado</translation>
    </message>
    <message>
        <source>after a reload</source>
        <translation>após um reload</translation>
    </message>
    <message>
        <source>on demand</source>
        <translation>sob demanda</translation>
    </message>
    <message>
        <source>after a revert</source>
        <translation>após uma reversão</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importado</translation>
    </message>
</context>
<context>
    <name>tg::ConfigWatcher</name>
    <message>
        <source>The watched path &quot;%1&quot; of %2 is not an absolute path of plain characters; correct it in the watch list.</source>
        <translation>O caminho monitorado &quot;%1&quot; de %2 não é um caminho absoluto com caracteres simples; corrija-o na lista de monitoramento.</translation>
    </message>
    <message>
        <source>no SSH access is configured</source>
        <translation>nenhum acesso SSH está configurado</translation>
    </message>
    <message>
        <source>%1 on %2 is larger than %3 MB and was not stored; raise the limit or remove it from the watch list.</source>
        <translation>%1 em %2 é maior que %3 MB e não foi armazenado; aumente o limite ou remova-o da lista de monitoramento.</translation>
    </message>
    <message>
        <source>Could not read %1 on %2: %3</source>
        <translation>Não foi possível ler %1 em %2: %3</translation>
    </message>
    <message>
        <source>Could not read %1 on %2 over SSH (%3) nor over AMI (%4).</source>
        <translation>Não foi possível ler %1 em %2 via SSH (%3) nem via AMI (%4).</translation>
    </message>
    <message>
        <source>Could not store the snapshot of %1 on %2: %3</source>
        <translation>Não foi possível armazenar o snapshot de %1 em %2: %3</translation>
    </message>
</context>
<context>
    <name>tg::ConnectionTest</name>
    <message>
        <source>SSH: logged in as %1.</source>
        <translation>SSH: conectado como %1.</translation>
    </message>
    <message>
        <source>SSH: %1</source>
        <translation>SSH: %1</translation>
    </message>
    <message>
        <source>ESL</source>
        <translation>ESL</translation>
    </message>
    <message>
        <source>AMI</source>
        <translation>AMI</translation>
    </message>
    <message>
        <source>%1: connected and logged in.</source>
        <translation>%1: conectado e autenticado.</translation>
    </message>
    <message>
        <source>%1: connected and logged in (%2).</source>
        <translation>%1: conectado e autenticado (%2).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: no answer from %2:%3 within %4 s.</source>
        <translation>%1: sem resposta de %2:%3 em %4 s.</translation>
    </message>
    <message>
        <source>SSH: no answer within %1 s.</source>
        <translation>SSH: sem resposta em %1 s.</translation>
    </message>
</context>
<context>
    <name>tg::ConsoleStyle</name>
    <message>
        <source>Critical</source>
        <translation>Crítica</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baixa</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>Auth failure</source>
        <translation>Falha de autenticação</translation>
    </message>
    <message>
        <source>Auth success</source>
        <translation>Autenticação bem-sucedida</translation>
    </message>
    <message>
        <source>Auth challenge</source>
        <translation>Desafio de autenticação</translation>
    </message>
    <message>
        <source>ACL reject</source>
        <translation>Rejeição por ACL</translation>
    </message>
    <message>
        <source>Protocol abuse</source>
        <translation>Abuso de protocolo</translation>
    </message>
    <message>
        <source>Resource limit</source>
        <translation>Limite de recurso</translation>
    </message>
    <message>
        <source>Call start</source>
        <translation>Início de chamada</translation>
    </message>
    <message>
        <source>Call answer</source>
        <translation>Atendimento de chamada</translation>
    </message>
    <message>
        <source>Call end</source>
        <translation>Fim de chamada</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Unregistration</source>
        <translation>Cancelamento de registro</translation>
    </message>
    <message>
        <source>Config reload</source>
        <translation>Reload de configuração</translation>
    </message>
    <message>
        <source>Connector state</source>
        <translation>Estado do conector</translation>
    </message>
    <message>
        <source>Protocol error</source>
        <translation>Erro de protocolo</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Bruto</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desativado</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Conectando</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>Reconectando</translation>
    </message>
    <message>
        <source>Login refused</source>
        <translation>Login recusado</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>há %n s</numerusform>
            <numerusform>há %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>há %n min</numerusform>
            <numerusform>há %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>há %n h</numerusform>
            <numerusform>há %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>há %n dia</numerusform>
            <numerusform>há %n dias</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tg::CostDetector</name>
    <message>
        <source>Expensive call from %1</source>
        <translation>Chamada cara de %1</translation>
    </message>
    <message>
        <source>A call to %1 lasting %2 cost about %3 (limit per call: %4).</source>
        <translation>Uma chamada para %1 com duração de %2 custou cerca de %3 (limite por chamada: %4).</translation>
    </message>
    <message>
        <source>Confirm the call with the user of %1; if nobody made it, treat the account as compromised.</source>
        <translation>Confirme a chamada com o usuário de %1; se ninguém a fez, trate a conta como comprometida.</translation>
    </message>
    <message>
        <source>Unusual daily spend on %1</source>
        <translation>Gasto diário incomum em %1</translation>
    </message>
    <message>
        <source>Estimated spend today is %1, against about %2 per day learned over %3 days (threshold: %4 times that, at least %5).</source>
        <translation>O gasto estimado hoje é de %1, contra cerca de %2 por dia aprendidos ao longo de %3 dias (limite: %4 vezes isso, no mínimo %5).</translation>
    </message>
    <message>
        <source>Estimated spend today is %1 (limit %2 until %3 days of history exist).</source>
        <translation>O gasto estimado hoje é de %1 (limite %2 até existirem %3 dias de histórico).</translation>
    </message>
    <message>
        <source>Review today&apos;s external calls of %1 by cost; set a spending limit at the carrier.</source>
        <translation>Revise as chamadas externas de hoje de %1 por custo; defina um limite de gastos na operadora.</translation>
    </message>
    <message>
        <source>Call costs burning fast on %1</source>
        <translation>Custos de chamadas subindo rápido em %1</translation>
    </message>
    <message>
        <source>About %1 spent in the last hour (%2 by ended calls, %3 by calls still running), limit %4 per hour. At this rate a day costs about %5.</source>
        <translation>Cerca de %1 gastos na última hora (%2 por chamadas encerradas, %3 por chamadas ainda em andamento), limite de %4 por hora. Nesse ritmo, um dia custa cerca de %5.</translation>
    </message>
    <message>
        <source>Open the live calls of %1 and hang up the expensive ones you do not recognise; block international dialing until it is explained.</source>
        <translation>Abra as chamadas ativas de %1 e desligue as caras que você não reconhece; bloqueie a discagem internacional até que isso seja explicado.</translation>
    </message>
    <message>
        <source>Long billable call from %1 to %2</source>
        <translation>Chamada tarifada longa de %1 para %2</translation>
    </message>
    <message>
        <source>The call has been answered for %1 (limit %2) at about %3 per minute: %4 so far.</source>
        <translation>A chamada está atendida há %1 (limite %2) a cerca de %3 por minuto: %4 até agora.</translation>
    </message>
    <message>
        <source>Check the call with the user of %1 and hang it up if it is not expected.</source>
        <translation>Verifique a chamada com o usuário de %1 e desligue-a se não for esperada.</translation>
    </message>
    <message>
        <source>cost: on (per call %1, per hour %2, daily %3 times the baseline after %4 days, else %5; long calls after %6 min)</source>
        <translation>custo: ativado (por chamada %1, por hora %2, diário %3 vezes a linha de base após %4 dias, senão %5; chamadas longas após %6 min)</translation>
    </message>
</context>
<context>
    <name>tg::DashboardView</name>
    <message>
        <source>No PBX is reporting yet.</source>
        <translation>Nenhum PABX está enviando dados ainda.</translation>
    </message>
    <message>
        <source>Failed logins per minute (last hour)</source>
        <translation>Logins com falha por minuto (última hora)</translation>
    </message>
    <message>
        <source>Calls per minute (last hour)</source>
        <translation>Chamadas por minuto (última hora)</translation>
    </message>
    <message>
        <source>Top attacking source IPs (failed logins, last hour)</source>
        <translation>Principais IPs de origem atacantes (logins com falha, última hora)</translation>
    </message>
    <message>
        <source>Failed logins</source>
        <translation>Logins com falha</translation>
    </message>
    <message>
        <source>Open alerts by severity</source>
        <translation>Alertas abertos por severidade</translation>
    </message>
    <message>
        <source>none in the last hour</source>
        <translation>nenhum na última hora</translation>
    </message>
    <message>
        <source>Open alerts by severity (%1 open or acknowledged)</source>
        <translation>Alertas abertos por severidade (%1 abertos ou reconhecidos)</translation>
    </message>
    <message>
        <source>Calls and estimated cost by destination country (today)</source>
        <translation>Chamadas e custo estimado por país de destino (hoje)</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Custo estimado</translation>
    </message>
    <message>
        <source>Estimated from the prefix table&apos;s rates (Settings, Rates). The burn rate counts calls ended in the last hour and calls still running; the baseline is the learned daily spend.</source>
        <translation>Estimado a partir das tarifas da tabela de prefixos (Configurações, Tarifas). A taxa de gasto conta as chamadas encerradas na última hora e as ainda em andamento; a referência é o gasto diário aprendido.</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Última hora</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último dia</translation>
    </message>
    <message>
        <source>Failed logins per 15 minutes (last day)</source>
        <translation>Logins com falha a cada 15 minutos (último dia)</translation>
    </message>
    <message>
        <source>Calls per 15 minutes (last day)</source>
        <translation>Chamadas a cada 15 minutos (último dia)</translation>
    </message>
    <message>
        <source>Top attacking source IPs (failed logins, last day)</source>
        <translation>IPs de origem que mais atacam (logins com falha, último dia)</translation>
    </message>
    <message>
        <source>none in the last day</source>
        <translation>nenhum no último dia</translation>
    </message>
    <message>
        <source>all PBXes</source>
        <translation>todos os PABX</translation>
    </message>
    <message>
        <source>Cost exposure (%1): spent today %2 · burn rate %3 per hour · baseline %4</source>
        <translation>Exposição de custos (%1): gasto hoje %2 · taxa de gasto %3 por hora · referência %4</translation>
    </message>
    <message>
        <source>%1 per day</source>
        <translation>%1 por dia</translation>
    </message>
    <message>
        <source>still learning</source>
        <translation>ainda aprendendo</translation>
    </message>
    <message>
        <source>no external calls today</source>
        <translation>nenhuma chamada externa hoje</translation>
    </message>
    <message>
        <source>%1 (calls: %2)</source>
        <translation>%1 (chamadas: %2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n failed login(s)</source>
        <translation>
            <numerusform>%1: %n login com falha</numerusform>
            <numerusform>%1: %n logins com falha</numerusform>
        </translation>
    </message>
    <message>
        <source>Country unknown</source>
        <translation>País desconhecido</translation>
    </message>
    <message>
        <source>Click a bar to block that address (the plan is shown first).</source>
        <translation>Clique em uma barra para bloquear esse endereço (o plano é mostrado antes).</translation>
    </message>
</context>
<context>
    <name>tg::Database</name>
    <message>
        <source>Could not create the folder %1 for the database; check its permissions or choose another folder with --data-dir.</source>
        <translation>Não foi possível criar a pasta %1 para o banco de dados; verifique as permissões ou escolha outra pasta com --data-dir.</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is missing; install the Qt SQLite plugin (libqt6sql6-sqlite) and start Tollgate again.</source>
        <translation>O driver SQLite do Qt não está presente; instale o plugin SQLite do Qt (libqt6sql6-sqlite) e inicie o Tollgate novamente.</translation>
    </message>
    <message>
        <source>Could not open the database %1: %2.</source>
        <translation>Não foi possível abrir o banco de dados %1: %2.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Tollgate (schema %2; this version understands up to %3); it was left untouched. Update Tollgate, or start it with --data-dir pointing to another folder.</source>
        <translation>O banco de dados %1 foi gravado por uma versão mais nova do Tollgate (esquema %2; esta versão entende até o %3); ele não foi alterado. Atualize o Tollgate ou inicie-o com --data-dir apontando para outra pasta.</translation>
    </message>
    <message>
        <source>Could not switch the database %1 to write-ahead logging; the folder may be read-only or on a network drive. Choose a local folder with --data-dir.</source>
        <translation>Não foi possível mudar o banco de dados %1 para write-ahead logging; a pasta pode ser somente leitura ou estar em uma unidade de rede. Escolha uma pasta local com --data-dir.</translation>
    </message>
    <message>
        <source>Could not upgrade the database %1 (it is busy or read-only): %2.</source>
        <translation>Não foi possível atualizar o banco de dados %1 (ele está ocupado ou somente leitura): %2.</translation>
    </message>
    <message>
        <source>Could not upgrade the database %1 to schema %2: %3. The file is unchanged; free some disk space or check permissions and start again.</source>
        <translation>Não foi possível atualizar o banco de dados %1 para o esquema %2: %3. O arquivo não foi alterado; libere espaço em disco ou verifique as permissões e inicie novamente.</translation>
    </message>
</context>
<context>
    <name>tg::DbCheckReport</name>
    <message>
        <source>Database: %1</source>
        <translation>Banco de dados: %1</translation>
    </message>
    <message>
        <source>Schema version: %1 (this version of Tollgate understands up to %2)</source>
        <translation>Versão do esquema: %1 (esta versão do Tollgate entende até a %2)</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>Integridade: %1</translation>
    </message>
    <message>
        <source>Rows in %1: %2</source>
        <translation>Linhas em %1: %2</translation>
    </message>
    <message>
        <source>Result: OK</source>
        <translation>Resultado: OK</translation>
    </message>
    <message>
        <source>Result: FAILED — %1</source>
        <translation>Resultado: FALHOU — %1</translation>
    </message>
</context>
<context>
    <name>tg::DemoCapture</name>
    <message>
        <source>The demo capture %1 is missing from this build.</source>
        <translation>A captura de demonstração %1 não está presente nesta compilação.</translation>
    </message>
</context>
<context>
    <name>tg::DetectFormat</name>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tg::DetectionEngine</name>
    <message>
        <source>Using the built-in prefix table instead.</source>
        <translation>Usando a tabela de prefixos embutida.</translation>
    </message>
    <message numerus="yes">
        <source>The prefix table has %n line(s) that do not parse; they were skipped.</source>
        <translation>
            <numerusform>A tabela de prefixos tem %n linha que não pôde ser interpretada; ela foi ignorada.</numerusform>
            <numerusform>A tabela de prefixos tem %n linhas que não puderam ser interpretadas; elas foram ignoradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Allowlist entries that are not addresses or networks were ignored: %1</source>
        <translation>Entradas da lista de permissões que não são endereços nem redes foram ignoradas: %1</translation>
    </message>
    <message>
        <source>Detector at its memory limit: %1</source>
        <translation>Detector no limite de memória: %1</translation>
    </message>
    <message>
        <source>The %1 detector keeps at most %2 addresses or accounts in memory; %3 older ones were dropped to stay within it, and their counting starts over. Traffic from this many sources means a large distributed attack or scan.</source>
        <translation>O detector %1 mantém no máximo %2 endereços ou contas na memória; %3 mais antigos foram descartados para permanecer dentro desse limite, e a contagem deles recomeça. Tráfego de tantas origens indica um grande ataque distribuído ou uma varredura.</translation>
    </message>
    <message>
        <source>Restrict SIP to known networks at the firewall; raise limits.maxTrackedKeys if the machine has memory to spare.</source>
        <translation>Restrinja o SIP a redes conhecidas no firewall; aumente limits.maxTrackedKeys se a máquina tiver memória sobrando.</translation>
    </message>
    <message numerus="yes">
        <source>prefix table: %n prefixes (%1)</source>
        <translation>
            <numerusform>tabela de prefixos: %n prefixo (%1)</numerusform>
            <numerusform>tabela de prefixos: %n prefixos (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>built in</source>
        <translation>embutida</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
</context>
<context>
    <name>tg::DetectionFilePage</name>
    <message>
        <source>The detection settings file cannot be read, so it is not overwritten: %1</source>
        <translation>O arquivo de configurações de detecção não pode ser lido, por isso não é sobrescrito: %1</translation>
    </message>
</context>
<context>
    <name>tg::DetectionSettingsPage</name>
    <message>
        <source>ISO 4217 code of the rates in the prefix table, e.g. USD or EUR.</source>
        <translation>Código ISO 4217 das tarifas da tabela de prefixos, p. ex. USD ou EUR.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moeda</translation>
    </message>
    <message>
        <source>Alert when a PBX reloads its configuration</source>
        <translation>Alertar quando um PABX recarrega sua configuração</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Restaurar padrões</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>Detecção</translation>
    </message>
    <message>
        <source>The currency must be a three-letter ISO 4217 code such as USD or EUR.</source>
        <translation>A moeda deve ser um código ISO 4217 de três letras como USD ou EUR.</translation>
    </message>
    <message>
        <source>Brute force and enumeration</source>
        <translation>Força bruta e enumeração</translation>
    </message>
    <message>
        <source>Failures from one address</source>
        <translation>Falhas de um endereço</translation>
    </message>
    <message>
        <source>Authentication failures from one source address that raise a brute-force alert (fail2ban&apos;s asterisk jail: 10).</source>
        <translation>Falhas de autenticação de um endereço de origem que geram um alerta de força bruta (jail asterisk do fail2ban: 10).</translation>
    </message>
    <message>
        <source>…within</source>
        <translation>…em</translation>
    </message>
    <message>
        <source>The window those failures must fall in.</source>
        <translation>A janela em que essas falhas devem cair.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Addresses against one account</source>
        <translation>Endereços contra uma conta</translation>
    </message>
    <message>
        <source>Distinct source addresses failing on one account that raise a distributed brute-force alert.</source>
        <translation>Endereços de origem distintos com falha em uma conta que geram um alerta de força bruta distribuída.</translation>
    </message>
    <message>
        <source>Failures on one account</source>
        <translation>Falhas em uma conta</translation>
    </message>
    <message>
        <source>Failures on one account, from all those addresses together.</source>
        <translation>Falhas em uma conta, de todos esses endereços juntos.</translation>
    </message>
    <message>
        <source>Slow sprays from fresh addresses add up over this window.</source>
        <translation>Ataques lentos de endereços novos se somam nesta janela.</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Accounts tried from one address</source>
        <translation>Contas testadas a partir de um endereço</translation>
    </message>
    <message>
        <source>Distinct accounts failing from one address that raise an enumeration alert.</source>
        <translation>Contas distintas com falha a partir de um endereço que geram um alerta de enumeração.</translation>
    </message>
    <message>
        <source>The window those accounts must fall in.</source>
        <translation>A janela em que essas contas devem cair.</translation>
    </message>
    <message>
        <source>Scanners and breach</source>
        <translation>Scanners e invasão</translation>
    </message>
    <message>
        <source>Accounts swept by challenges</source>
        <translation>Contas varridas por desafios</translation>
    </message>
    <message>
        <source>Accounts challenged from one address, almost none answered, that count as a scanner sweep.</source>
        <translation>Contas desafiadas a partir de um endereço, quase nenhuma respondida, que contam como varredura de scanner.</translation>
    </message>
    <message>
        <source>Failures before a success (address)</source>
        <translation>Falhas antes de um sucesso (endereço)</translation>
    </message>
    <message>
        <source>A successful login from an address after this many failures from it is the breach moment (critical).</source>
        <translation>Um login bem-sucedido de um endereço após tantas falhas dele é o momento da invasão (crítico).</translation>
    </message>
    <message>
        <source>Failures before a success (account)</source>
        <translation>Falhas antes de um sucesso (conta)</translation>
    </message>
    <message>
        <source>A successful login on an account after this many failures on it (critical).</source>
        <translation>Um login bem-sucedido em uma conta após tantas falhas nela (crítico).</translation>
    </message>
    <message>
        <source>New-source learning period</source>
        <translation>Período de aprendizado de novas origens</translation>
    </message>
    <message>
        <source>After a PBX&apos;s first event, sources are learned quietly for this long before new ones raise alerts.</source>
        <translation>Após o primeiro evento de um PABX, as origens são aprendidas em silêncio por este tempo antes que novas gerem alertas.</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Chamadas</translation>
    </message>
    <message>
        <source>Off-hours risk score</source>
        <translation>Pontuação de risco fora do horário</translation>
    </message>
    <message>
        <source>Outbound calls outside business hours raise an alert once their risk adds up to this (domestic 1, international 3, high-risk 5).</source>
        <translation>Chamadas de saída fora do horário comercial geram um alerta quando o risco soma este valor (nacional 1, internacional 3, alto risco 5).</translation>
    </message>
    <message>
        <source>Spike factor</source>
        <translation>Fator de pico</translation>
    </message>
    <message>
        <source>Calls in an hour against the learned average for that hour of the week.</source>
        <translation>Chamadas em uma hora em relação à média aprendida para essa hora da semana.</translation>
    </message>
    <message>
        <source> ×</source>
        <translation> ×</translation>
    </message>
    <message>
        <source>Never a spike below</source>
        <translation>Nunca um pico abaixo de</translation>
    </message>
    <message>
        <source>Calls per hour under which no spike is reported.</source>
        <translation>Chamadas por hora abaixo das quais nenhum pico é relatado.</translation>
    </message>
    <message>
        <source> calls</source>
        <translation> chamadas</translation>
    </message>
    <message>
        <source>Concurrent calls per account</source>
        <translation>Chamadas simultâneas por conta</translation>
    </message>
    <message>
        <source>More simultaneous calls on one account than this raise an alert (a desk phone rarely holds more than 2).</source>
        <translation>Mais chamadas simultâneas em uma conta geram um alerta (um telefone de mesa raramente mantém mais de 2).</translation>
    </message>
    <message>
        <source>Sequential numbers dialed</source>
        <translation>Números sequenciais discados</translation>
    </message>
    <message>
        <source>Distinct numbers differing only in their last digits that count as a range test.</source>
        <translation>Números distintos que diferem apenas nos últimos dígitos e contam como teste de faixa.</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Custo</translation>
    </message>
    <message>
        <source>Cost of one call</source>
        <translation>Custo de uma chamada</translation>
    </message>
    <message>
        <source>An alert when one call&apos;s estimated cost reaches this.</source>
        <translation>Um alerta quando o custo estimado de uma chamada atinge este valor.</translation>
    </message>
    <message>
        <source>Burn rate per hour</source>
        <translation>Taxa de gasto por hora</translation>
    </message>
    <message>
        <source>An alert when running calls cost this much per hour.</source>
        <translation>Um alerta quando as chamadas em andamento custam isto por hora.</translation>
    </message>
    <message>
        <source>Daily spend factor</source>
        <translation>Fator de gasto diário</translation>
    </message>
    <message>
        <source>Today&apos;s spend against the learned daily average.</source>
        <translation>Gasto de hoje em relação à média diária aprendida.</translation>
    </message>
    <message>
        <source>Daily spend limit</source>
        <translation>Limite de gasto diário</translation>
    </message>
    <message>
        <source>An alert at this daily spend, also before there is history to compare with.</source>
        <translation>Um alerta com este gasto diário, também antes de haver histórico para comparar.</translation>
    </message>
    <message>
        <source>Long call</source>
        <translation>Chamada longa</translation>
    </message>
    <message>
        <source>An answered billable call running this long raises an alert.</source>
        <translation>Uma chamada atendida e tarifada com esta duração gera um alerta.</translation>
    </message>
    <message>
        <source>Floods</source>
        <translation>Inundações</translation>
    </message>
    <message>
        <source>Events from one address</source>
        <translation>Eventos de um endereço</translation>
    </message>
    <message>
        <source>Security events from one address within the flood window that count as a flood.</source>
        <translation>Eventos de segurança de um endereço dentro da janela que contam como inundação.</translation>
    </message>
    <message>
        <source>Events on one PBX</source>
        <translation>Eventos em um PABX</translation>
    </message>
    <message>
        <source>Security events on one PBX within the flood window.</source>
        <translation>Eventos de segurança em um PABX dentro da janela de inundação.</translation>
    </message>
    <message>
        <source>Flood window</source>
        <translation>Janela de inundação</translation>
    </message>
    <message>
        <source>The window of both flood limits.</source>
        <translation>A janela dos dois limites de inundação.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Bad requests per minute</source>
        <translation>Requisições inválidas por minuto</translation>
    </message>
    <message>
        <source>Malformed or forbidden requests from one address per minute.</source>
        <translation>Requisições malformadas ou proibidas de um endereço por minuto.</translation>
    </message>
    <message>
        <source>Failed calls in a burst</source>
        <translation>Chamadas com falha em uma rajada</translation>
    </message>
    <message>
        <source>Failed calls on one PBX within five minutes.</source>
        <translation>Chamadas com falha em um PABX em cinco minutos.</translation>
    </message>
    <message>
        <source>Connection drops</source>
        <translation>Quedas de conexão</translation>
    </message>
    <message>
        <source>Drops of the connection to one PBX within ten minutes that count as flapping.</source>
        <translation>Quedas da conexão com um PABX em dez minutos que contam como instabilidade.</translation>
    </message>
</context>
<context>
    <name>tg::DiffTextPane</name>
    <message numerus="yes">
        <source>%n unchanged line(s)</source>
        <translation>
            <numerusform>%n linha inalterada</numerusform>
            <numerusform>%n linhas inalteradas</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a file and snapshots to compare.</source>
        <translation>Escolha um arquivo e snapshots para comparar.</translation>
    </message>
    <message>
        <source>Binary file changed: %1 bytes (SHA-256 %2) before, %3 bytes (SHA-256 %4) now. Binary content is not shown line by line.</source>
        <translation>Arquivo binário alterado: %1 bytes (SHA-256 %2) antes, %3 bytes (SHA-256 %4) agora. Conteúdo binário não é exibido linha a linha.</translation>
    </message>
    <message>
        <source>The two versions are identical.</source>
        <translation>As duas versões são idênticas.</translation>
    </message>
    <message>
        <source>Only line endings or the final newline differ.</source>
        <translation>Apenas as quebras de linha ou a nova linha final diferem.</translation>
    </message>
    <message numerus="yes">
        <source>⋯ %n unchanged line(s), click to show</source>
        <translation>
            <numerusform>⋯ %n linha inalterada, clique para mostrar</numerusform>
            <numerusform>⋯ %n linhas inalteradas, clique para mostrar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tg::DistributedBruteForceDetector</name>
    <message>
        <source>Distributed brute force on account %1</source>
        <translation>Força bruta distribuída na conta %1</translation>
    </message>
    <message>
        <source>the busiest address failed only %1 times, under the per-address limit of %2</source>
        <translation>o endereço mais ativo falhou apenas %1 vezes, abaixo do limite por endereço de %2</translation>
    </message>
    <message>
        <source>the busiest address failed %1 times</source>
        <translation>o endereço mais ativo falhou %1 vezes</translation>
    </message>
    <message>
        <source>%1 failed logins from %2 different addresses within %3 (threshold: %4 failures from %5 addresses); %6. Account: %7. Sources: %8.</source>
        <translation>%1 logins com falha de %2 endereços diferentes em %3 (limite: %4 falhas de %5 endereços); %6. Conta: %7. Origens: %8.</translation>
    </message>
    <message>
        <source>Give account %1 a long random password, allow it only from the networks it uses (permit/deny or an ACL), and consider blocking the listed sources.</source>
        <translation>Dê à conta %1 uma senha aleatória longa, permita-a apenas a partir das redes que ela usa (permit/deny ou uma ACL) e considere bloquear as origens listadas.</translation>
    </message>
    <message>
        <source>distributed brute force per account: on (%1 failures from %2 addresses in %3)</source>
        <translation>força bruta distribuída por conta: ativado (%1 falhas de %2 endereços em %3)</translation>
    </message>
</context>
<context>
    <name>tg::Engine</name>
    <message>
        <source>Demo PBX</source>
        <translation>PBX de demonstração</translation>
    </message>
    <message>
        <source>The Demo PBX could not start: %1</source>
        <translation>O PBX de demonstração não pôde iniciar: %1</translation>
    </message>
    <message>
        <source>Fixed on %1: %2 was written and reloaded, and the re-check no longer reports it.</source>
        <translation>Corrigido em %1: %2 foi gravado e recarregado, e a nova verificação não o aponta mais.</translation>
    </message>
    <message>
        <source>%2 was written on %1, but the re-check still reports the finding.</source>
        <translation>%2 foi gravado em %1, mas a nova verificação ainda aponta o achado.</translation>
    </message>
    <message>
        <source>%1 on %2 was restored from its backup.</source>
        <translation>%1 em %2 foi restaurado a partir do backup.</translation>
    </message>
    <message>
        <source>%1 is not connected in this session, so it cannot be audited; check its settings.</source>
        <translation>%1 não está conectado nesta sessão, então não pode ser auditado; verifique as configurações.</translation>
    </message>
    <message>
        <source>Auditing %1 over SSH…</source>
        <translation>Auditando %1 via SSH…</translation>
    </message>
    <message>
        <source>Auditing %1 over AMI (no SSH configured)…</source>
        <translation>Auditando %1 via AMI (sem SSH configurado)…</translation>
    </message>
    <message>
        <source>%1 is not connected; nothing was changed.</source>
        <translation>%1 não está conectado; nada foi alterado.</translation>
    </message>
    <message>
        <source>Fixes are written over SSH, and %1 has no SSH settings; add them in the PBX&apos;s settings. Nothing was changed.</source>
        <translation>As correções são gravadas via SSH, e %1 não tem configurações de SSH; adicione-as nas configurações do PBX. Nada foi alterado.</translation>
    </message>
    <message>
        <source>Another fix is running on %1; try again when it has finished.</source>
        <translation>Outra correção está em andamento em %1; tente novamente quando ela terminar.</translation>
    </message>
    <message>
        <source>%1 is not reachable over SSH, so the backup could not be restored.</source>
        <translation>%1 não está acessível via SSH, então o backup não pôde ser restaurado.</translation>
    </message>
    <message>
        <source>The detection settings could not be used, so the built-in defaults apply: %1</source>
        <translation>As configurações de detecção não puderam ser usadas, então valem os padrões embutidos: %1</translation>
    </message>
    <message>
        <source>%1 replaced the SSH host key of %2 port %3: %4 (was %5).</source>
        <translation>%1 substituiu a chave de host SSH de %2 porta %3: %4 (antes %5).</translation>
    </message>
    <message>
        <source>%1 trusted the SSH host key of %2 port %3: %4 %5.</source>
        <translation>%1 confiou na chave de host SSH de %2 porta %3: %4 %5.</translation>
    </message>
    <message>
        <source>%1 was blocked automatically on %2 (alert #%3).</source>
        <translation>%1 foi bloqueado automaticamente em %2 (alerta #%3).</translation>
    </message>
    <message>
        <source>The automatic block of %1 on %2 did not happen: %3</source>
        <translation>O bloqueio automático de %1 em %2 não aconteceu: %3</translation>
    </message>
    <message>
        <source>%1 on %2 is back to its approved baseline (backup of the replaced file: %3).</source>
        <translation>%1 em %2 voltou à sua linha de base aprovada (backup do arquivo substituído: %3).</translation>
    </message>
    <message>
        <source>The access review settings of %1 could not be saved: %2</source>
        <translation>Não foi possível salvar as configurações da revisão de acessos de %1: %2</translation>
    </message>
    <message>
        <source>%1 is not reachable over SSH in this session, so %2 cannot be reverted; check its SSH settings.</source>
        <translation>%1 não está acessível por SSH nesta sessão, então %2 não pode ser revertido; verifique as configurações SSH.</translation>
    </message>
    <message>
        <source>The baseline of %1 on %2 is no longer stored; approve a snapshot as baseline first.</source>
        <translation>A linha de base de %1 em %2 não está mais armazenada; aprove primeiro um snapshot como linha de base.</translation>
    </message>
    <message>
        <source>The stored baseline of %1 on %2 could not be read: %3</source>
        <translation>Não foi possível ler a linha de base armazenada de %1 em %2: %3</translation>
    </message>
    <message>
        <source>%1 on %2 is larger than 16 MB; revert it by hand.</source>
        <translation>%1 em %2 tem mais de 16 MB; reverta-o manualmente.</translation>
    </message>
    <message>
        <source>%1 could not be read on %2: %3</source>
        <translation>Não foi possível ler %1 em %2: %3</translation>
    </message>
    <message>
        <source>The settings on the PBX %1 could not be saved: %2</source>
        <translation>Não foi possível salvar as configurações no PABX %1: %2</translation>
    </message>
</context>
<context>
    <name>tg::EnumerationDetector</name>
    <message>
        <source>Account enumeration from %1</source>
        <translation>Enumeração de contas de %1</translation>
    </message>
    <message>
        <source>%1 tried %2 different account names within %3 (threshold: %4); %5 of them were reported as unknown (InvalidAccountID). With alwaysauthreject=yes Asterisk reports unknown names as wrong passwords, so the number of names tried is what shows the enumeration. Names: %6.</source>
        <translation>%1 testou %2 nomes de conta diferentes em %3 (limite: %4); %5 deles foram informados como desconhecidos (InvalidAccountID). Com alwaysauthreject=yes o Asterisk informa nomes desconhecidos como senhas erradas, então é o número de nomes testados que revela a enumeração. Nomes: %6.</translation>
    </message>
    <message>
        <source>Block %1; keep alwaysauthreject=yes and use extension names that are not simple numbers or words.</source>
        <translation>Bloqueie %1; mantenha alwaysauthreject=yes e use nomes de ramal que não sejam números ou palavras simples.</translation>
    </message>
    <message>
        <source>account enumeration: on (%1 account names from one address in %2)</source>
        <translation>enumeração de contas: ativado (%1 nomes de conta de um endereço em %2)</translation>
    </message>
</context>
<context>
    <name>tg::EslClient</name>
    <message>
        <source>PBX %1 (%2) did not complete the event socket login within %3 s; Tollgate will retry.</source>
        <translation>O PABX %1 (%2) não concluiu o login no event socket em %3 s; o Tollgate tentará novamente.</translation>
    </message>
    <message>
        <source>Monitoring of PBX %1 was stopped before the command completed.</source>
        <translation>O monitoramento do PABX %1 foi parado antes de o comando ser concluído.</translation>
    </message>
    <message>
        <source>Monitoring of PBX %1 is stopped.</source>
        <translation>O monitoramento do PABX %1 está parado.</translation>
    </message>
    <message>
        <source>Connecting to PBX %1 (%2).</source>
        <translation>Conectando ao PABX %1 (%2).</translation>
    </message>
    <message>
        <source>PBX %1 (%2) closed the event socket (&quot;%3&quot;); Tollgate is reconnecting.</source>
        <translation>O PABX %1 (%2) fechou o event socket (&quot;%3&quot;); o Tollgate está se reconectando.</translation>
    </message>
    <message>
        <source>The event socket connection to PBX %1 (%2) was closed by the PBX; Tollgate is reconnecting.</source>
        <translation>A conexão do event socket com o PABX %1 (%2) foi fechada pelo PABX; o Tollgate está se reconectando.</translation>
    </message>
    <message>
        <source>PBX %1 (%2) closed the event socket before the login completed; Tollgate will retry.</source>
        <translation>O PABX %1 (%2) fechou o event socket antes de o login ser concluído; o Tollgate tentará novamente.</translation>
    </message>
    <message>
        <source>The event socket connection to PBX %1 (%2) failed: %3. Tollgate is reconnecting.</source>
        <translation>A conexão do event socket com o PABX %1 (%2) falhou: %3. O Tollgate está se reconectando.</translation>
    </message>
    <message>
        <source>Cannot connect to PBX %1 (%2): %3. Check that FreeSWITCH runs, that mod_event_socket listens on this address (event_socket.conf.xml, usually port 8021) and that it is reachable from this computer, or use an SSH tunnel; Tollgate will retry.</source>
        <translation>Não é possível conectar ao PABX %1 (%2): %3. Verifique se o FreeSWITCH está em execução, se o mod_event_socket escuta neste endereço (event_socket.conf.xml, geralmente porta 8021) e se ele é acessível a partir deste computador, ou use um túnel SSH; o Tollgate tentará novamente.</translation>
    </message>
    <message>
        <source>The ESL password of PBX %1 contains a line break, which the event socket cannot carry; correct it in the PBX settings.</source>
        <translation>A senha ESL do PABX %1 contém uma quebra de linha, que o event socket não consegue transmitir; corrija-a nas configurações do PABX.</translation>
    </message>
    <message>
        <source>PBX %1 (%2) refused the connection: the FreeSWITCH ACL refused this address (apply-inbound-acl in event_socket.conf.xml). Allow this computer&apos;s address there, or reach the event socket through an SSH tunnel; Tollgate will try again in %3 s.</source>
        <translation>O PABX %1 (%2) recusou a conexão: a ACL do FreeSWITCH recusou este endereço (apply-inbound-acl no event_socket.conf.xml). Permita o endereço deste computador lá ou acesse o event socket por um túnel SSH; o Tollgate tentará novamente em %3 s.</translation>
    </message>
    <message>
        <source>PBX %1 refused %2: %3</source>
        <translation>O PABX %1 recusou %2: %3</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>nenhum motivo informado</translation>
    </message>
    <message>
        <source>PBX %1 is not connected; %2 was not sent.</source>
        <translation>O PABX %1 não está conectado; %2 não foi enviado.</translation>
    </message>
    <message>
        <source>Too many commands are waiting for PBX %1; %2 was not sent.</source>
        <translation>Há comandos demais aguardando o PABX %1; %2 não foi enviado.</translation>
    </message>
    <message>
        <source>The ESL command &quot;%1&quot; was not sent: it is empty or contains a line break.</source>
        <translation>O comando ESL &quot;%1&quot; não foi enviado: ele está vazio ou contém uma quebra de linha.</translation>
    </message>
    <message>
        <source>The call &quot;%1&quot; on PBX %2 was not hung up: that is not a FreeSWITCH call UUID or cause.</source>
        <translation>A chamada &quot;%1&quot; no PABX %2 não foi desligada: isso não é um UUID de chamada ou uma causa do FreeSWITCH.</translation>
    </message>
    <message>
        <source>The ESL filter on &quot;%1&quot; was not sent: the header name or value is not valid.</source>
        <translation>O filtro ESL em &quot;%1&quot; não foi enviado: o nome ou o valor do cabeçalho não é válido.</translation>
    </message>
    <message>
        <source>PBX %1 did not answer %2 in time.</source>
        <translation>O PABX %1 não respondeu a %2 a tempo.</translation>
    </message>
    <message>
        <source>PBX %1 (%2) rejected the event socket login: wrong ESL password. Check the password in the PBX settings against event_socket.conf.xml. Tollgate will not retry until you reconnect or change the password.</source>
        <translation>O PABX %1 (%2) rejeitou o login no event socket: senha ESL errada. Compare a senha nas configurações do PABX com o event_socket.conf.xml. O Tollgate não tentará novamente até que você reconecte ou altere a senha.</translation>
    </message>
    <message>
        <source>PBX %1 (%2) refused the event subscription (%3). Check that the ESL user may subscribe to events; Tollgate will try again later.</source>
        <translation>O PABX %1 (%2) recusou a assinatura de eventos (%3). Verifique se o usuário ESL pode assinar eventos; o Tollgate tentará novamente mais tarde.</translation>
    </message>
    <message>
        <source>Connected to PBX %1 (%2).</source>
        <translation>Conectado ao PABX %1 (%2).</translation>
    </message>
    <message>
        <source>PBX %1 (%2) stopped answering (no HEARTBEAT and no reply to the keepalive within %3 s); Tollgate is reconnecting.</source>
        <translation>O PABX %1 (%2) parou de responder (nenhum HEARTBEAT e nenhuma resposta ao keepalive em %3 s); o Tollgate está se reconectando.</translation>
    </message>
</context>
<context>
    <name>tg::EslMessage</name>
    <message>
        <source>An ESL JSON event could not be read: %1.</source>
        <translation>Um evento JSON do ESL não pôde ser lido: %1.</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>não é um objeto JSON</translation>
    </message>
    <message>
        <source>An ESL event with more than %1 headers was cut off.</source>
        <translation>Um evento ESL com mais de %1 cabeçalhos foi truncado.</translation>
    </message>
</context>
<context>
    <name>tg::EslParser</name>
    <message>
        <source>An ESL message with an unreadable Content-Length was read without a body.</source>
        <translation>Uma mensagem ESL com Content-Length ilegível foi lida sem corpo.</translation>
    </message>
    <message>
        <source>An ESL message with a body of %1 bytes (over the limit of %2) was dropped.</source>
        <translation>Uma mensagem ESL com corpo de %1 bytes (acima do limite de %2) foi descartada.</translation>
    </message>
    <message>
        <source>An ESL header line longer than %1 bytes was dropped.</source>
        <translation>Uma linha de cabeçalho ESL com mais de %1 bytes foi descartada.</translation>
    </message>
    <message>
        <source>An ESL message with more than %1 header lines was dropped.</source>
        <translation>Uma mensagem ESL com mais de %1 linhas de cabeçalho foi descartada.</translation>
    </message>
</context>
<context>
    <name>tg::EslReplayServer</name>
    <message>
        <source>The capture holds no FreeSWITCH event.</source>
        <translation>A captura não contém nenhum evento do FreeSWITCH.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Não é possível ler %1: %2.</translation>
    </message>
    <message>
        <source>The replay server cannot listen on %1:%2: %3.</source>
        <translation>O servidor de reprodução não consegue escutar em %1:%2: %3.</translation>
    </message>
</context>
<context>
    <name>tg::EventReader</name>
    <message>
        <source>Could not read events: %1.</source>
        <translation>Não foi possível ler os eventos: %1.</translation>
    </message>
    <message>
        <source>Some stored look-up data is damaged; run &quot;tollgate-cli db check&quot;.</source>
        <translation>Alguns dados de busca armazenados estão danificados; execute &quot;tollgate-cli db check&quot;.</translation>
    </message>
</context>
<context>
    <name>tg::EventTableModel</name>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>%1, user agent: %2</source>
        <translation>%1, user agent: %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>PBX</source>
        <translation>PBX</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origem</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalhe</translation>
    </message>
</context>
<context>
    <name>tg::EventsView</name>
    <message>
        <source>All PBXes</source>
        <translation>Todos os PBXs</translation>
    </message>
    <message>
        <source>Choose a PBX in the sidebar to show only its events.</source>
        <translation>Escolha um PBX na barra lateral para mostrar apenas os eventos dele.</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos os tipos</translation>
    </message>
    <message>
        <source>Security (auth, ACL, abuse)</source>
        <translation>Segurança (autenticação, ACL, abuso)</translation>
    </message>
    <message>
        <source>Source IP</source>
        <translation>IP de origem</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <source>Search type, account, IP, user agent, destination, detail… (Ctrl+F)</source>
        <translation>Pesquisar tipo, conta, IP, user agent, destino, detalhe… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Write the rows matching the current filter to a CSV file</source>
        <translation>Gravar as linhas que correspondem ao filtro atual em um arquivo CSV</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Cancelar exportação</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
    <message>
        <source>Select an event to see its fields and the exact text the PBX sent.</source>
        <translation>Selecione um evento para ver seus campos e o texto exato que o PABX enviou.</translation>
    </message>
    <message>
        <source>PBX: %1</source>
        <translation>PBX: %1</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 eventos</translation>
    </message>
    <message>
        <source> (counting…)</source>
        <translation> (contando…)</translation>
    </message>
    <message>
        <source>The event store could not be opened: %1</source>
        <translation>O armazenamento de eventos não pôde ser aberto: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>%1 (%2 UTC)</source>
        <translation>%1 (%2 UTC)</translation>
    </message>
    <message>
        <source>PBX</source>
        <translation>PBX</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Serviço</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origem</translation>
    </message>
    <message>
        <source>User agent</source>
        <translation>User agent</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Call id</source>
        <translation>Call ID</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalhe</translation>
    </message>
    <message>
        <source>Raw text:</source>
        <translation>Texto bruto:</translation>
    </message>
    <message>
        <source>(not stored)</source>
        <translation>(não armazenado)</translation>
    </message>
    <message>
        <source>(none recorded)</source>
        <translation>(nenhum registrado)</translation>
    </message>
    <message>
        <source>Show events from %1</source>
        <translation>Mostrar eventos de %1</translation>
    </message>
    <message>
        <source>Copy IP address</source>
        <translation>Copiar endereço IP</translation>
    </message>
    <message>
        <source>Show events of account %1</source>
        <translation>Mostrar eventos da conta %1</translation>
    </message>
    <message>
        <source>Copy summary</source>
        <translation>Copiar resumo</translation>
    </message>
    <message>
        <source>Export events</source>
        <translation>Exportar eventos</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportando para %1…</translation>
    </message>
    <message>
        <source>Exporting… %1 of %2 rows</source>
        <translation>Exportando… %1 de %2 linhas</translation>
    </message>
    <message>
        <source>Exported %1 events.</source>
        <translation>%1 eventos exportados.</translation>
    </message>
    <message>
        <source>Block source IP %1…</source>
        <translation>Bloquear IP de origem %1…</translation>
    </message>
    <message>
        <source>%1 event from %2</source>
        <translation>Evento %1 de %2</translation>
    </message>
</context>
<context>
    <name>tg::FixPlanner</name>
    <message>
        <source>Set allowguest=no in sip.conf and reload chan_sip.</source>
        <translation>Defina allowguest=no no sip.conf e recarregue o chan_sip.</translation>
    </message>
    <message>
        <source>Set alwaysauthreject=yes in sip.conf and reload chan_sip.</source>
        <translation>Defina alwaysauthreject=yes no sip.conf e recarregue o chan_sip.</translation>
    </message>
    <message>
        <source>Bind the AMI to 127.0.0.1 in manager.conf and run &quot;manager reload&quot;. Programs that reach the AMI over the network must then use an SSH tunnel.</source>
        <translation>Vincule a AMI a 127.0.0.1 no manager.conf e execute &quot;manager reload&quot;. Programas que acessam a AMI pela rede precisarão então usar um túnel SSH.</translation>
    </message>
    <message>
        <source>Allow AMI user %1 only from 127.0.0.1 and run &quot;manager reload&quot;.</source>
        <translation>Permita o usuário AMI %1 apenas a partir de 127.0.0.1 e execute &quot;manager reload&quot;.</translation>
    </message>
    <message>
        <source>Replace the event socket password with a generated one (kept in the keychain) and reload mod_event_socket. fs_cli and other ESL clients must then use the new password.</source>
        <translation>Substitua a senha do event socket por uma gerada (guardada no chaveiro) e recarregue o mod_event_socket. O fs_cli e outros clientes ESL precisarão então usar a nova senha.</translation>
    </message>
    <message>
        <source>Tollgate cannot fix this finding; follow &quot;How to fix&quot;.</source>
        <translation>O Tollgate não consegue corrigir este achado; siga &quot;Como corrigir&quot;.</translation>
    </message>
    <message>
        <source>Unknown fix &quot;%1&quot;.</source>
        <translation>Correção desconhecida &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>tg::FloodDetector</name>
    <message>
        <source>Request flood from %1</source>
        <translation>Inundação de requisições de %1</translation>
    </message>
    <message>
        <source>About %1 security events from %2 in the last %3 (limit %4), latest %5. A flood like this loads the PBX and can crowd out real phones.</source>
        <translation>Cerca de %1 eventos de segurança de %2 nos últimos %3 (limite %4), o mais recente %5. Uma inundação como esta sobrecarrega o PABX e pode atrapalhar os telefones reais.</translation>
    </message>
    <message>
        <source>Block %1 or rate-limit SIP at the firewall.</source>
        <translation>Bloqueie %1 ou limite a taxa de SIP no firewall.</translation>
    </message>
    <message>
        <source>Request flood on %1</source>
        <translation>Inundação de requisições em %1</translation>
    </message>
    <message>
        <source>About %1 security events on %2 in the last %3 (limit %4), from many sources.</source>
        <translation>Cerca de %1 eventos de segurança em %2 nos últimos %3 (limite %4), de muitas origens.</translation>
    </message>
    <message>
        <source>Rate-limit SIP at the firewall and look at the top sources in the event list.</source>
        <translation>Limite a taxa de SIP no firewall e veja as principais origens na lista de eventos.</translation>
    </message>
    <message>
        <source>Malformed or forbidden requests from %1</source>
        <translation>Requisições malformadas ou proibidas de %1</translation>
    </message>
    <message>
        <source>About %1 rejected requests (%2) from %3 in the last %4 (limit %5): fuzzing or a broken client.</source>
        <translation>Cerca de %1 requisições rejeitadas (%2) de %3 nos últimos %4 (limite %5): fuzzing ou um cliente com defeito.</translation>
    </message>
    <message>
        <source>Block %1 unless it is one of your devices.</source>
        <translation>Bloqueie %1, a menos que seja um dos seus dispositivos.</translation>
    </message>
    <message>
        <source>Burst of failed calls on %1</source>
        <translation>Rajada de chamadas com falha em %1</translation>
    </message>
    <message>
        <source>About %1 calls failed on %2 in the last %3 (limit %4), latest cause: %5. A trunk may be down, or someone is probing destinations.</source>
        <translation>Cerca de %1 chamadas falharam em %2 nos últimos %3 (limite %4), causa mais recente: %5. Um tronco pode estar fora do ar, ou alguém está sondando destinos.</translation>
    </message>
    <message>
        <source>Check the trunk&apos;s registration and the destinations of the failed calls.</source>
        <translation>Verifique o registro do tronco e os destinos das chamadas com falha.</translation>
    </message>
    <message>
        <source>Connection to %1 keeps dropping</source>
        <translation>A conexão com %1 continua caindo</translation>
    </message>
    <message>
        <source>The connection to %1 dropped %2 times within %3 (limit %4); events are lost while it is down. Latest: %5.</source>
        <translation>A conexão com %1 caiu %2 vezes em %3 (limite %4); eventos são perdidos enquanto ela está fora. Mais recente: %5.</translation>
    </message>
    <message>
        <source>Check the network path to %1 and whether the PBX is overloaded or restarting.</source>
        <translation>Verifique o caminho de rede até %1 e se o PABX está sobrecarregado ou reiniciando.</translation>
    </message>
    <message>
        <source>floods: on (%1 events per source and %2 per PBX in %3; %4 bad requests per source a minute; %5 failed calls in %6; %7 connector drops in %8)</source>
        <translation>inundações: ativado (%1 eventos por origem e %2 por PABX em %3; %4 requisições inválidas por origem por minuto; %5 chamadas com falha em %6; %7 quedas de conector em %8)</translation>
    </message>
</context>
<context>
    <name>tg::ForwardDestination</name>
    <message>
        <source>Give the destination a name.</source>
        <translation>Dê um nome ao destino.</translation>
    </message>
    <message>
        <source>The destination name is too long (64 characters at most).</source>
        <translation>O nome do destino é longo demais (no máximo 64 caracteres).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name or IP address.</source>
        <translation>&apos;%1&apos; não é um nome de host nem um endereço IP.</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>A porta deve estar entre 1 e 65535.</translation>
    </message>
    <message>
        <source>The trusted certificate fingerprint is not a SHA-256 fingerprint (64 hex digits, colons allowed).</source>
        <translation>A impressão digital do certificado confiável não é uma impressão SHA-256 (64 dígitos hexadecimais, dois-pontos permitidos).</translation>
    </message>
</context>
<context>
    <name>tg::ForwardDestinationDialog</name>
    <message>
        <source>Add forwarding destination</source>
        <translation>Adicionar destino de encaminhamento</translation>
    </message>
    <message>
        <source>Edit forwarding destination</source>
        <translation>Editar destino de encaminhamento</translation>
    </message>
    <message>
        <source>e.g. SOC rsyslog</source>
        <translation>por exemplo rsyslog do SOC</translation>
    </message>
    <message>
        <source>Send to this destination</source>
        <translation>Enviar para este destino</translation>
    </message>
    <message>
        <source>RELP (acknowledged, recommended)</source>
        <translation>RELP (com confirmação, recomendado)</translation>
    </message>
    <message>
        <source>RELP over TLS</source>
        <translation>RELP sobre TLS</translation>
    </message>
    <message>
        <source>TLS syslog (RFC 5425)</source>
        <translation>Syslog TLS (RFC 5425)</translation>
    </message>
    <message>
        <source>TCP syslog (RFC 6587)</source>
        <translation>Syslog TCP (RFC 6587)</translation>
    </message>
    <message>
        <source>UDP syslog (no delivery guarantee)</source>
        <translation>Syslog UDP (sem garantia de entrega)</translation>
    </message>
    <message>
        <source>siem.example.com or 192.0.2.20</source>
        <translation>siem.example.com ou 192.0.2.20</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>CEF (ArcSight Common Event Format)</source>
        <translation>CEF (ArcSight Common Event Format)</translation>
    </message>
    <message>
        <source>Also send raw security events (failed and successful logins, ACL rejects, …)</source>
        <translation>Enviar também os eventos de segurança brutos (logins com falha e bem-sucedidos, rejeições de ACL, …)</translation>
    </message>
    <message>
        <source>PEM file of the CA that signed the receiver (optional)</source>
        <translation>Arquivo PEM da CA que assinou o receptor (opcional)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Certificado da CA</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>or trust exactly this certificate: SHA-256 fingerprint</source>
        <translation>ou confiar exatamente neste certificado: impressão digital SHA-256</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Minimum alert severity</source>
        <translation>Gravidade mínima dos alertas</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>Arquivo da CA</translation>
    </message>
    <message>
        <source>Trusted certificate</source>
        <translation>Certificado confiável</translation>
    </message>
    <message>
        <source>The receiver confirms every message; Tollgate keeps it queued until then. Needs rsyslog&apos;s imrelp (package rsyslog-relp) or another RELP receiver.</source>
        <translation>O receptor confirma cada mensagem; o Tollgate a mantém na fila até lá. Requer o imrelp do rsyslog (pacote rsyslog-relp) ou outro receptor RELP.</translation>
    </message>
    <message>
        <source>Plain syslog has no confirmation: a message is resent if the connection breaks within a second of sending it, so a receiver that restarts may get some twice.</source>
        <translation>O syslog simples não tem confirmação: uma mensagem é reenviada se a conexão cair no segundo seguinte ao envio, então um receptor que reinicia pode receber algumas duas vezes.</translation>
    </message>
    <message>
        <source>UDP can lose messages without anyone noticing; use it only where nothing else is accepted.</source>
        <translation>O UDP pode perder mensagens sem que ninguém perceba; use-o apenas onde nada mais for aceito.</translation>
    </message>
    <message>
        <source>Another destination is already called &apos;%1&apos;.</source>
        <translation>Outro destino já se chama &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>tg::ForwardQueue</name>
    <message>
        <source>Cannot open the forwarding queue %1: %2. Check that the data folder is writable.</source>
        <translation>Não é possível abrir a fila de encaminhamento %1: %2. Verifique se a pasta de dados permite gravação.</translation>
    </message>
</context>
<context>
    <name>tg::ForwardService</name>
    <message>
        <source>The test message reached %1 (%2) and the receiver confirmed it.</source>
        <translation>A mensagem de teste chegou a %1 (%2) e o receptor a confirmou.</translation>
    </message>
    <message>
        <source>The test message was sent to %1 (%2). UDP has no confirmation: check that it arrived.</source>
        <translation>A mensagem de teste foi enviada para %1 (%2). UDP não tem confirmação: verifique se ela chegou.</translation>
    </message>
    <message>
        <source>The test message was sent to %1 (%2) and the connection stayed up.</source>
        <translation>A mensagem de teste foi enviada para %1 (%2) e a conexão permaneceu ativa.</translation>
    </message>
    <message>
        <source>The test message to %1 (%2) got no answer within %3 s.</source>
        <translation>A mensagem de teste para %1 (%2) não obteve resposta em %3 s.</translation>
    </message>
</context>
<context>
    <name>tg::ForwardingSettingsPage</name>
    <message>
        <source>Alerts are sent to these SIEM or syslog receivers as RFC 5424 syslog (CEF or JSON): when an alert opens and when its status changes. Each destination has its own queue on disk, so nothing is lost while a receiver is down.</source>
        <translation>Os alertas são enviados a estes receptores SIEM ou syslog como syslog RFC 5424 (CEF ou JSON): quando um alerta é aberto e quando seu status muda. Cada destino tem sua própria fila em disco, então nada se perde enquanto um receptor está fora do ar.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Alerts from</source>
        <translation>Alertas a partir de</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Adicionar…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Send test message</source>
        <translation>Enviar mensagem de teste</translation>
    </message>
    <message>
        <source>Forwarding</source>
        <translation>Encaminhamento</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desativado</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Conectando</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Tentando novamente</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>%1, %2 queued, %3 sent</source>
        <translation>%1, %2 na fila, %3 enviados</translation>
    </message>
    <message>
        <source>, %1 dropped (queue full)</source>
        <translation>, %1 descartados (fila cheia)</translation>
    </message>
    <message>
        <source>Not started yet (press OK)</source>
        <translation>Ainda não iniciado (pressione OK)</translation>
    </message>
    <message>
        <source>%1, + events</source>
        <translation>%1, + eventos</translation>
    </message>
    <message>
        <source>Sending a test message to %1 (%2)…</source>
        <translation>Enviando uma mensagem de teste para %1 (%2)…</translation>
    </message>
    <message>
        <source>Test passed: %1</source>
        <translation>Teste aprovado: %1</translation>
    </message>
    <message>
        <source>Test failed: %1</source>
        <translation>Teste falhou: %1</translation>
    </message>
</context>
<context>
    <name>tg::FreeSwitchConfig</name>
    <message>
        <source>%1:%2: the included file %3 was not found.</source>
        <translation>%1:%2: o arquivo incluído %3 não foi encontrado.</translation>
    </message>
    <message>
        <source>%1:%2: including %3 would include it again; the loop was not followed.</source>
        <translation>%1:%2: incluir %3 o incluiria novamente; o laço não foi seguido.</translation>
    </message>
    <message>
        <source>%1:%2: includes nested deeper than %3; %4 was not read.</source>
        <translation>%1:%2: inclusões aninhadas com mais de %3 níveis; %4 não foi lido.</translation>
    </message>
    <message>
        <source>%1:%2: more than %3 includes; %4 and later includes were not read.</source>
        <translation>%1:%2: mais de %3 inclusões; %4 e as inclusões seguintes não foram lidos.</translation>
    </message>
    <message>
        <source>%1 contains binary data and was not read as XML.</source>
        <translation>%1 contém dados binários e não foi lido como XML.</translation>
    </message>
    <message>
        <source>%1:%2: elements nested deeper than %3; the rest of the file was not read.</source>
        <translation>%1:%2: elementos aninhados com mais de %3 níveis; o restante do arquivo não foi lido.</translation>
    </message>
    <message>
        <source>%1:%2: X-PRE-PROCESS %3 runs a program when FreeSWITCH loads its configuration; Tollgate does not run it, so its output was not audited.</source>
        <translation>%1:%2: X-PRE-PROCESS %3 executa um programa quando o FreeSWITCH carrega a configuração; o Tollgate não o executa, portanto a saída dele não foi auditada.</translation>
    </message>
    <message>
        <source>%1: more than %2 XML elements in total; the rest was not read.</source>
        <translation>%1: mais de %2 elementos XML no total; o restante não foi lido.</translation>
    </message>
    <message>
        <source>%1:%2: not valid XML (%3); the rest of the file was not read.</source>
        <translation>%1:%2: XML inválido (%3); o restante do arquivo não foi lido.</translation>
    </message>
    <message>
        <source>%1: the XML ends before its elements are closed.</source>
        <translation>%1: o XML termina antes de seus elementos serem fechados.</translation>
    </message>
    <message>
        <source>More problems were found and not listed.</source>
        <translation>Outros problemas foram encontrados e não listados.</translation>
    </message>
</context>
<context>
    <name>tg::GeneralSettingsPage</name>
    <message>
        <source>Open folder</source>
        <translation>Abrir pasta</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <source>Keep forever</source>
        <translation>Manter para sempre</translation>
    </message>
    <message>
        <source>Events older than this are deleted; open alerts are kept.</source>
        <translation>Eventos mais antigos que isso são excluídos; alertas abertos são mantidos.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma do sistema</translation>
    </message>
    <message>
        <source>A new language takes effect the next time Tollgate starts.</source>
        <translation>Um novo idioma entra em vigor na próxima vez que o Tollgate for iniciado.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Pasta de dados</translation>
    </message>
    <message>
        <source>Keep events for</source>
        <translation>Manter eventos por</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Geral</translation>
    </message>
    <message>
        <source>The settings could not be written to %1.</source>
        <translation>Não foi possível gravar as configurações em %1.</translation>
    </message>
</context>
<context>
    <name>tg::GeoIpDatabase</name>
    <message>
        <source>no file was given</source>
        <translation>nenhum arquivo foi informado</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>o arquivo não existe</translation>
    </message>
    <message>
        <source>it is not a file</source>
        <translation>não é um arquivo</translation>
    </message>
    <message>
        <source>the file cannot be read (permissions)</source>
        <translation>o arquivo não pode ser lido (permissões)</translation>
    </message>
    <message>
        <source>The GeoIP database %1 cannot be opened: %2.</source>
        <translation>Não é possível abrir o banco de dados GeoIP %1: %2.</translation>
    </message>
    <message>
        <source>The GeoIP database %1 is not a valid MaxMind DB (.mmdb) file: %2.</source>
        <translation>O banco de dados GeoIP %1 não é um arquivo MaxMind DB (.mmdb) válido: %2.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecida</translation>
    </message>
    <message>
        <source>%1 nodes, built %2 (%3)</source>
        <translation>%1 nós, gerado em %2 (%3)</translation>
    </message>
</context>
<context>
    <name>tg::GeoIpLookup</name>
    <message>
        <source>No GeoIP database is set.</source>
        <translation>Nenhum banco de dados GeoIP definido.</translation>
    </message>
</context>
<context>
    <name>tg::GeoIpSettingsPage</name>
    <message>
        <source>With a country database, an account that registers from a country never seen for it raises a high alert (new_country), and the console shows the country of source addresses. Tollgate ships none: download a country database in MaxMind DB format (.mmdb), such as MaxMind&apos;s free GeoLite2-Country or DB-IP&apos;s IP to Country Lite, and choose it here. The file is used where it is, so its regular updates are picked up when the settings are saved or Tollgate starts.</source>
        <translation>Com um banco de dados de países, uma conta que se registra a partir de um país nunca visto para ela gera um alerta alto (new_country), e o console mostra o país dos endereços de origem. O Tollgate não inclui nenhum: baixe um banco de dados de países no formato MaxMind DB (.mmdb), como o GeoLite2-Country gratuito da MaxMind ou o IP to Country Lite da DB-IP, e escolha-o aqui. O arquivo é usado onde está, então suas atualizações periódicas são aplicadas quando as configurações são salvas ou o Tollgate inicia.</translation>
    </message>
    <message>
        <source>No database: country tracking is off</source>
        <translation>Sem banco de dados: o acompanhamento de países está desativado</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>Country database (.mmdb)</source>
        <translation>Banco de dados de países (.mmdb)</translation>
    </message>
    <message>
        <source>GeoIP</source>
        <translation>GeoIP</translation>
    </message>
    <message>
        <source>Choose a country database</source>
        <translation>Escolher um banco de dados de países</translation>
    </message>
    <message>
        <source>MaxMind DB files (*.mmdb);;All files (*)</source>
        <translation>Arquivos MaxMind DB (*.mmdb);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>No database: country tracking is off; new networks of an account are still reported.</source>
        <translation>Sem banco de dados: o acompanhamento de países está desativado; redes novas de uma conta continuam sendo relatadas.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>Loaded: %1.</source>
        <translation>Carregado: %1.</translation>
    </message>
</context>
<context>
    <name>tg::HostAudit</name>
    <message>
        <source>No firewall filters inbound traffic</source>
        <translation>Nenhum firewall filtra o tráfego de entrada</translation>
    </message>
    <message>
        <source>the ruleset is empty</source>
        <translation>o conjunto de regras está vazio</translation>
    </message>
    <message>
        <source>Neither nftables nor iptables drops any inbound traffic on this server, so every port a service opens is reachable by anyone who can reach the server. A firewall that only admits your phones, providers and management hosts stops most scans before they start.</source>
        <translation>Nem o nftables nem o iptables descartam tráfego de entrada neste servidor, então toda porta que um serviço abre é acessível a qualquer um que alcance o servidor. Um firewall que só admite seus telefones, operadoras e hosts de gerenciamento impede a maioria das varreduras antes que comecem.</translation>
    </message>
    <message>
        <source>Add an nftables (or iptables) input chain with policy drop that accepts established traffic, SSH from your management network, SIP and RTP from your phones and providers.</source>
        <translation>Adicione uma chain de entrada do nftables (ou iptables) com política drop que aceite tráfego estabelecido, SSH da sua rede de gerenciamento, e SIP e RTP dos seus telefones e operadoras.</translation>
    </message>
    <message>
        <source>all addresses</source>
        <translation>todos os endereços</translation>
    </message>
    <message>
        <source>%1 (%2 port %3) listens on %4</source>
        <translation>%1 (%2 porta %3) escuta em %4</translation>
    </message>
    <message>
        <source>%1 is a control interface: whoever logs in can place calls and change the PBX. It should only be reachable from the server itself or a management network, not from every network this server is on%2.</source>
        <translation>%1 é uma interface de controle: quem fizer login pode fazer chamadas e alterar o PABX. Ela só deveria ser acessível a partir do próprio servidor ou de uma rede de gerenciamento, não de todas as redes em que este servidor está%2.</translation>
    </message>
    <message>
        <source>, and no firewall stands in front of it</source>
        <translation>, e nenhum firewall a protege</translation>
    </message>
    <message>
        <source>Bind it to 127.0.0.1 (manager.conf bindaddr, event_socket listen-ip) and reach it through an SSH tunnel, or allow only your management hosts in the firewall.</source>
        <translation>Vincule-a a 127.0.0.1 (bindaddr do manager.conf, listen-ip do event_socket) e acesse-a por um túnel SSH, ou permita apenas seus hosts de gerenciamento no firewall.</translation>
    </message>
    <message>
        <source>%1 (%2 port %3) is open to any address with no firewall</source>
        <translation>%1 (%2 porta %3) está aberto a qualquer endereço sem firewall</translation>
    </message>
    <message>
        <source>SIP scanners sweep the whole internet every day. With the SIP port open to all and no firewall, every one of them can try passwords on your accounts.</source>
        <translation>Scanners SIP varrem a internet inteira todos os dias. Com a porta SIP aberta a todos e sem firewall, qualquer um deles pode testar senhas nas suas contas.</translation>
    </message>
    <message>
        <source>Allow SIP only from your phones&apos; networks and your providers in the firewall, and run fail2ban on the PBX&apos;s security log.</source>
        <translation>Permita SIP apenas das redes dos seus telefones e das suas operadoras no firewall, e execute o fail2ban no log de segurança do PABX.</translation>
    </message>
    <message>
        <source>fail2ban is not installed</source>
        <translation>O fail2ban não está instalado</translation>
    </message>
    <message>
        <source>fail2ban-client: command not found</source>
        <translation>fail2ban-client: comando não encontrado</translation>
    </message>
    <message>
        <source>fail2ban reads the PBX&apos;s log and blocks an address after a few failed logins. Without it, or a similar tool, an attacker can try passwords for as long as they like.</source>
        <translation>O fail2ban lê o log do PABX e bloqueia um endereço após alguns logins com falha. Sem ele, ou uma ferramenta semelhante, um atacante pode testar senhas pelo tempo que quiser.</translation>
    </message>
    <message>
        <source>Install fail2ban and enable its %1 jail (Debian ships one), pointed at the PBX&apos;s security log.</source>
        <translation>Instale o fail2ban e ative a jail %1 dele (o Debian fornece uma), apontada para o log de segurança do PABX.</translation>
    </message>
    <message>
        <source>fail2ban has no %1 jail</source>
        <translation>O fail2ban não tem a jail %1</translation>
    </message>
    <message>
        <source>Jail list: %1</source>
        <translation>Lista de jails: %1</translation>
    </message>
    <message>
        <source>fail2ban runs, but no jail watches the PBX&apos;s log, so failed SIP logins are never blocked and an attacker can keep guessing passwords.</source>
        <translation>O fail2ban está em execução, mas nenhuma jail monitora o log do PABX, então logins SIP com falha nunca são bloqueados e um atacante pode continuar adivinhando senhas.</translation>
    </message>
    <message>
        <source>Enable the %1 jail in /etc/fail2ban/jail.d/ and run &quot;fail2ban-client reload&quot;.</source>
        <translation>Ative a jail %1 em /etc/fail2ban/jail.d/ e execute &quot;fail2ban-client reload&quot;.</translation>
    </message>
    <message>
        <source>The %1 process runs as root</source>
        <translation>O processo %1 roda como root</translation>
    </message>
    <message>
        <source>A PBX parses data from the internet all day. If a flaw in it is exploited, the attacker gets the rights of its process; as root, that is the whole server.</source>
        <translation>Um PABX processa dados da internet o dia todo. Se uma falha nele for explorada, o atacante obtém os direitos do processo; como root, isso é o servidor inteiro.</translation>
    </message>
    <message>
        <source>Run the PBX as its own unprivileged user (Debian&apos;s packages do: check the service&apos;s User= and the runuser option).</source>
        <translation>Execute o PABX com um usuário próprio sem privilégios (os pacotes do Debian fazem isso: verifique o User= do serviço e a opção runuser).</translation>
    </message>
</context>
<context>
    <name>tg::HostKeyDialog</name>
    <message>
        <source>SSH host key CHANGED: %1</source>
        <translation>Chave de host SSH MUDOU: %1</translation>
    </message>
    <message>
        <source>Unknown SSH host key: %1</source>
        <translation>Chave de host SSH desconhecida: %1</translation>
    </message>
    <message>
        <source>WARNING: the SSH host key of PBX %1 has CHANGED, and Tollgate refused to connect.

Either someone is intercepting the connection (a man-in-the-middle attack), or the PBX was reinstalled or its SSH keys were regenerated. Replace the stored key only after checking the new fingerprint on the PBX&apos;s own console (ssh-keygen -lf %2) or with its administrator.</source>
        <translation>ATENÇÃO: a chave de host SSH do PABX %1 MUDOU, e o Tollgate se recusou a conectar.

Ou alguém está interceptando a conexão (um ataque man-in-the-middle), ou o PABX foi reinstalado ou suas chaves SSH foram regeneradas. Substitua a chave armazenada somente depois de conferir a nova impressão digital no console do próprio PABX (ssh-keygen -lf %2) ou com o administrador.</translation>
    </message>
    <message>
        <source>Tollgate has not connected to PBX %1 over SSH before and does not know its host key. Trust it only if the fingerprint below is the one the PBX shows on its own console (ssh-keygen -lf %2).</source>
        <translation>O Tollgate nunca se conectou ao PABX %1 via SSH e não conhece a chave de host dele. Confie nela apenas se a impressão digital abaixo for a que o PABX mostra no próprio console (ssh-keygen -lf %2).</translation>
    </message>
    <message>
        <source>Keep refusing</source>
        <translation>Continuar recusando</translation>
    </message>
    <message>
        <source>Don&apos;t trust</source>
        <translation>Não confiar</translation>
    </message>
    <message>
        <source>Replace key and connect</source>
        <translation>Substituir a chave e conectar</translation>
    </message>
    <message>
        <source>Trust and connect</source>
        <translation>Confiar e conectar</translation>
    </message>
    <message>
        <source>I verified the new fingerprint on the PBX itself; replace the stored key</source>
        <translation>Conferi a nova impressão digital no próprio PABX; substituir a chave armazenada</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>ex.: %1</translation>
    </message>
    <message>
        <source>First %1 characters after &quot;SHA256:&quot; of the new fingerprint:</source>
        <translation>Primeiros %1 caracteres após &quot;SHA256:&quot; da nova impressão digital:</translation>
    </message>
    <message>
        <source>PBX:</source>
        <translation>PABX:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <source>%1 port %2</source>
        <translation>%1 porta %2</translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation>Tipo de chave:</translation>
    </message>
    <message>
        <source>Trusted before:</source>
        <translation>Confiável antes:</translation>
    </message>
    <message>
        <source>Presented now (SHA-256):</source>
        <translation>Apresentada agora (SHA-256):</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256):</source>
        <translation>Impressão digital (SHA-256):</translation>
    </message>
</context>
<context>
    <name>tg::HostKeyPrompter</name>
    <message>
        <source>You chose not to trust the SSH host key %1 of PBX %2 (%3 port %4), so Tollgate did not connect and stored nothing. To be asked again, use Test connection in the PBX&apos;s settings.</source>
        <translation>Você optou por não confiar na chave de host SSH %1 do PABX %2 (%3 porta %4), então o Tollgate não conectou e não armazenou nada. Para ser perguntado de novo, use Testar conexão nas configurações do PABX.</translation>
    </message>
    <message>
        <source>SSH to PBX %1 was cancelled while Tollgate waited for your decision about its host key.</source>
        <translation>O SSH para o PABX %1 foi cancelado enquanto o Tollgate aguardava sua decisão sobre a chave de host dele.</translation>
    </message>
    <message>
        <source>Nobody answered within %1 s whether to trust the SSH host key %2 of PBX %3; Tollgate did not connect and stored nothing.</source>
        <translation>Ninguém respondeu em %1 s se deve confiar na chave de host SSH %2 do PABX %3; o Tollgate não conectou e não armazenou nada.</translation>
    </message>
    <message>
        <source>That host key question was already answered.</source>
        <translation>Essa pergunta sobre a chave de host já foi respondida.</translation>
    </message>
    <message>
        <source>The host key of %1 changed: it can only be replaced deliberately, not trusted like a new one.</source>
        <translation>A chave de host de %1 mudou: ela só pode ser substituída deliberadamente, não aceita como uma nova.</translation>
    </message>
    <message>
        <source>There is no trusted key of %1 to replace.</source>
        <translation>Não há chave confiável de %1 para substituir.</translation>
    </message>
    <message>
        <source>The characters typed do not match the start of the new fingerprint %1; the stored key was kept.</source>
        <translation>Os caracteres digitados não correspondem ao início da nova impressão digital %1; a chave armazenada foi mantida.</translation>
    </message>
</context>
<context>
    <name>tg::IncidentLabels</name>
    <message>
        <source>Open</source>
        <translation>Aberto</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Reconhecido</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolvido</translation>
    </message>
    <message>
        <source>False positive</source>
        <translation>Falso positivo</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Adiado</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendente</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>bloqueado</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falhou</translation>
    </message>
    <message>
        <source>unblocked</source>
        <translation>desbloqueado</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expirado</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>recusado</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>aplicada</translation>
    </message>
    <message>
        <source>applied and verified</source>
        <translation>aplicada e verificada</translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>revertida</translation>
    </message>
    <message>
        <source>Alert raised</source>
        <translation>Alerta gerado</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Última ocorrência</translation>
    </message>
    <message>
        <source>Triage</source>
        <translation>Triagem</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Block ended</source>
        <translation>Bloqueio encerrado</translation>
    </message>
    <message>
        <source>Audit fix</source>
        <translation>Correção de auditoria</translation>
    </message>
</context>
<context>
    <name>tg::IncidentPeriodDialog</name>
    <message>
        <source>Incident report for a period</source>
        <translation>Relatório de incidente de um período</translation>
    </message>
    <message>
        <source>All PBXes</source>
        <translation>Todos os PBXs</translation>
    </message>
    <message>
        <source>Every alert active during the period goes into the report, with its evidence, the accounts and addresses involved, the estimated cost and the actions taken.</source>
        <translation>Cada alerta ativo durante o período entra no relatório, com suas evidências, as contas e endereços envolvidos, o custo estimado e as ações tomadas.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Até:</translation>
    </message>
    <message>
        <source>&amp;PBX:</source>
        <translation>&amp;PBX:</translation>
    </message>
    <message>
        <source>&amp;Save report as…</source>
        <translation>&amp;Salvar relatório como…</translation>
    </message>
    <message>
        <source>The end of the period must come after its start.</source>
        <translation>O fim do período deve vir depois do início.</translation>
    </message>
</context>
<context>
    <name>tg::IncidentReportBuilder</name>
    <message>
        <source>There is no Tollgate store at %1; check --data-dir.</source>
        <translation>Não há um armazenamento do Tollgate em %1; verifique --data-dir.</translation>
    </message>
    <message>
        <source>The report&apos;s time range is empty: its end must come after its start.</source>
        <translation>O intervalo de tempo do relatório está vazio: seu fim deve vir depois do início.</translation>
    </message>
    <message>
        <source>More than %1 alerts were active in this time range; the report covers the %1 seen most recently. Narrow the range or choose a PBX for the rest.</source>
        <translation>Mais de %1 alertas estiveram ativos neste intervalo; o relatório cobre os %1 vistos mais recentemente. Restrinja o intervalo ou escolha um PBX para o restante.</translation>
    </message>
    <message>
        <source>Alert %1 is no longer stored; it is left out.</source>
        <translation>O alerta %1 não está mais armazenado; ele foi omitido.</translation>
    </message>
    <message>
        <source>None of the chosen alerts is stored; nothing to report.</source>
        <translation>Nenhum dos alertas escolhidos está armazenado; nada a relatar.</translation>
    </message>
    <message>
        <source>%1 evidence events are no longer stored (retention); the tables count the rest.</source>
        <translation>%1 eventos de evidência não estão mais armazenados (retenção); as tabelas contam o restante.</translation>
    </message>
    <message>
        <source>The tables and the cost are based on %1 of the %2 evidence events.</source>
        <translation>As tabelas e o custo se baseiam em %1 dos %2 eventos de evidência.</translation>
    </message>
    <message>
        <source>The countries of the source addresses are not shown: %1</source>
        <translation>Os países dos endereços de origem não são mostrados: %1</translation>
    </message>
    <message>
        <source>%1 (on %2)</source>
        <translation>%1 (em %2)</translation>
    </message>
    <message>
        <source>%1: %2 occurrences in all</source>
        <translation>%1: %2 ocorrências no total</translation>
    </message>
    <message>
        <source>%1 marked %2</source>
        <translation>%1 marcado como %2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Observação: %1</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>por %1</translation>
    </message>
    <message>
        <source>until unblocked</source>
        <translation>até ser desbloqueado</translation>
    </message>
    <message>
        <source>%1 on %2, %3</source>
        <translation>%1 em %2, %3</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 in %2 on %3: %4</source>
        <translation>%1 em %2 no %3: %4</translation>
    </message>
</context>
<context>
    <name>tg::IncidentReportHtml</name>
    <message>
        <source>%1 alerts on %2</source>
        <translation>%1 alertas em %2</translation>
    </message>
    <message>
        <source>Security activity on %1</source>
        <translation>Atividade de segurança em %1</translation>
    </message>
    <message>
        <source>Incident report: %1</source>
        <translation>Relatório de incidente: %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Linha do tempo</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Affected accounts</source>
        <translation>Contas afetadas</translation>
    </message>
    <message>
        <source>Source addresses</source>
        <translation>Endereços de origem</translation>
    </message>
    <message>
        <source>Called destinations</source>
        <translation>Destinos chamados</translation>
    </message>
    <message>
        <source>Actions taken</source>
        <translation>Ações tomadas</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidência</translation>
    </message>
    <message>
        <source>The raw text is what the PBX sent over AMI or the Event Socket, unchanged except that long messages are cut and control characters are shown as %1.</source>
        <translation>O texto bruto é o que o PBX enviou pelo AMI ou pelo Event Socket, sem alterações, exceto que mensagens longas são cortadas e caracteres de controle aparecem como %1.</translation>
    </message>
    <message>
        <source>Generated by Tollgate %1 on %2 (UTC). All times are UTC. Secrets are never part of this report.</source>
        <translation>Gerado pelo Tollgate %1 em %2 (UTC). Todos os horários estão em UTC. Segredos nunca fazem parte deste relatório.</translation>
    </message>
</context>
<context>
    <name>tg::IncidentReportWriter</name>
    <message>
        <source>PDF reports need Qt&apos;s graphical support in this process; write HTML instead.</source>
        <translation>Relatórios PDF precisam do suporte gráfico do Qt neste processo; grave HTML em vez disso.</translation>
    </message>
    <message>
        <source>Incident report: %1</source>
        <translation>Relatório de incidente: %1</translation>
    </message>
</context>
<context>
    <name>tg::KnownHostsStore</name>
    <message>
        <source>Cannot write the known hosts file %1: %2.</source>
        <translation>Não é possível gravar o arquivo de hosts conhecidos %1: %2.</translation>
    </message>
    <message>
        <source>%1 already has another trusted host key; remove it first, after verifying the new one.</source>
        <translation>%1 já tem outra chave de host confiável; remova-a primeiro, depois de verificar a nova.</translation>
    </message>
    <message>
        <source>Not a valid host key.</source>
        <translation>Não é uma chave de host válida.</translation>
    </message>
    <message>
        <source>The trusted key of %1 is no longer %2 (it was changed meanwhile); nothing was replaced.</source>
        <translation>A chave confiável de %1 não é mais %2 (foi alterada nesse meio-tempo); nada foi substituído.</translation>
    </message>
    <message>
        <source>Tollgate has not connected to PBX %1 (%2 port %3) over SSH before. Its host key is %4 %5. Compare this fingerprint with the one on the PBX (run: ssh-keygen -lf %6 on its console) and trust it only if they match.</source>
        <translation>O Tollgate nunca se conectou ao PABX %1 (%2 porta %3) via SSH antes. A chave de host dele é %4 %5. Compare esta impressão digital com a do PABX (execute: ssh-keygen -lf %6 no console dele) e confie nela apenas se forem iguais.</translation>
    </message>
    <message>
        <source>WARNING: the SSH host key of PBX %1 (%2 port %3) has CHANGED. Tollgate refused to connect. Trusted before: %4. Presented now: %5 %6. Either someone is intercepting the connection (a man-in-the-middle attack), or the PBX was reinstalled or its SSH keys were regenerated. Verify the new fingerprint on the PBX&apos;s own console (ssh-keygen -lf on its host key files) or with its administrator. Only if it matches, replace the stored key: the console offers this with the warning; otherwise remove the host&apos;s line from Tollgate&apos;s known_hosts file. Then connect again.</source>
        <translation>ATENÇÃO: a chave de host SSH do PABX %1 (%2 porta %3) MUDOU. O Tollgate se recusou a conectar. Confiável antes: %4. Apresentada agora: %5 %6. Ou alguém está interceptando a conexão (um ataque man-in-the-middle), ou o PABX foi reinstalado ou suas chaves SSH foram regeneradas. Verifique a nova impressão digital no console do próprio PABX (ssh-keygen -lf nos arquivos de chave de host dele) ou com o administrador. Somente se ela for igual, substitua a chave armazenada: o console oferece isso junto com o aviso; caso contrário, remova a linha do host do arquivo known_hosts do Tollgate. Depois conecte novamente.</translation>
    </message>
</context>
<context>
    <name>tg::LiveCallsModel</name>
    <message>
        <source>Answered</source>
        <translation>Atendida</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>Tocando</translation>
    </message>
    <message>
        <source>PBX</source>
        <translation>PBX</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Chamador</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Source IP</source>
        <translation>IP de origem</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
</context>
<context>
    <name>tg::LogReader</name>
    <message>
        <source>Cannot open the log file %1: %2.</source>
        <translation>Não é possível abrir o arquivo de log %1: %2.</translation>
    </message>
</context>
<context>
    <name>tg::MainWindow</name>
    <message>
        <source>Tollgate</source>
        <translation>Tollgate</translation>
    </message>
    <message>
        <source>PBXes</source>
        <translation>PBXs</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Painel</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Chamadas</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Auditoria</translation>
    </message>
    <message>
        <source>Config</source>
        <translation>Configuração</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Bloqueios</translation>
    </message>
    <message>
        <source>The event store could not be opened: %1</source>
        <translation>O armazenamento de eventos não pôde ser aberto: %1</translation>
    </message>
    <message>
        <source>No PBX configured</source>
        <translation>Nenhum PBX configurado</translation>
    </message>
    <message>
        <source>Tollgate watches Asterisk and FreeSWITCH systems for attacks and toll fraud. Start the Demo PBX to see it at work on recorded traffic, or add your own PBX.</source>
        <translation>O Tollgate monitora sistemas Asterisk e FreeSWITCH em busca de ataques e fraude tarifária. Inicie o PBX de demonstração para vê-lo em ação com tráfego gravado, ou adicione seu próprio PABX.</translation>
    </message>
    <message>
        <source>Start the Demo PBX</source>
        <translation>Iniciar o PBX de demonstração</translation>
    </message>
    <message>
        <source>Add PBX…</source>
        <translation>Adicionar PBX…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Export events to CSV…</source>
        <translation>&amp;Exportar eventos para CSV…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Painel</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>&amp;Alertas</translation>
    </message>
    <message>
        <source>&amp;Calls</source>
        <translation>&amp;Chamadas</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Eventos</translation>
    </message>
    <message>
        <source>A&amp;udit</source>
        <translation>A&amp;uditoria</translation>
    </message>
    <message>
        <source>C&amp;onfig</source>
        <translation>C&amp;onfiguração</translation>
    </message>
    <message>
        <source>&amp;Blocks</source>
        <translation>&amp;Bloqueios</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>&amp;Filtrar…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;tualizar</translation>
    </message>
    <message>
        <source>Show &amp;all PBXes</source>
        <translation>&amp;Mostrar todos os PBXs</translation>
    </message>
    <message>
        <source>PBX &amp;sidebar</source>
        <translation>Barra &amp;lateral de PBX</translation>
    </message>
    <message>
        <source>&amp;PBX</source>
        <translation>&amp;PBX</translation>
    </message>
    <message>
        <source>Start the &amp;Demo PBX</source>
        <translation>Iniciar o PBX de &amp;demonstração</translation>
    </message>
    <message>
        <source>&amp;Add PBX…</source>
        <translation>&amp;Adicionar PBX…</translation>
    </message>
    <message>
        <source>&amp;Edit selected PBX…</source>
        <translation>&amp;Editar PBX selecionado…</translation>
    </message>
    <message>
        <source>&amp;Remove selected PBX…</source>
        <translation>&amp;Remover PBX selecionado…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Tollgate</source>
        <translation>&amp;Sobre o Tollgate</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Sobre o &amp;Qt</translation>
    </message>
    <message>
        <source>%1 events/s</source>
        <translation>%1 eventos/s</translation>
    </message>
    <message>
        <source>Open alerts: %1</source>
        <translation>Alertas abertos: %1</translation>
    </message>
    <message>
        <source>%1/%2 connected</source>
        <translation>%1/%2 conectados</translation>
    </message>
    <message>
        <source>PBXes with a live manager connection</source>
        <translation>PABX com conexão de gerenciamento ativa</translation>
    </message>
    <message>
        <source>Showing PBX %1</source>
        <translation>Exibindo PBX %1</translation>
    </message>
    <message>
        <source>Select a PBX in the sidebar to edit it.</source>
        <translation>Selecione um PBX na barra lateral para editá-lo.</translation>
    </message>
    <message>
        <source>%1 has no stored profile to edit.</source>
        <translation>%1 não tem perfil armazenado para editar.</translation>
    </message>
    <message>
        <source>Select a PBX in the sidebar to remove it.</source>
        <translation>Selecione um PBX na barra lateral para removê-lo.</translation>
    </message>
    <message>
        <source>Remove PBX</source>
        <translation>Remover PBX</translation>
    </message>
    <message>
        <source>Stop monitoring %1 and remove its profile? Its stored events and alerts are kept.</source>
        <translation>Parar de monitorar %1 e remover o perfil dele? Os eventos e alertas armazenados são mantidos.</translation>
    </message>
    <message>
        <source>Connection test: %1</source>
        <translation>Teste de conexão: %1</translation>
    </message>
    <message>
        <source>About Tollgate</source>
        <translation>Sobre o Tollgate</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tollgate %1&lt;/h3&gt;&lt;p&gt;A security operations console for Asterisk and FreeSWITCH PBXes: it watches logins, calls and configuration, raises alerts on attacks and toll fraud, and helps you act on them.&lt;/p&gt;&lt;p&gt;Event store: %2&lt;/p&gt;&lt;p&gt;Built with Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tollgate %1&lt;/h3&gt;&lt;p&gt;Um console de operações de segurança para PABX Asterisk e FreeSWITCH: monitora logins, chamadas e configuração, gera alertas sobre ataques e fraude tarifária e ajuda você a agir sobre eles.&lt;/p&gt;&lt;p&gt;Armazenamento de eventos: %2&lt;/p&gt;&lt;p&gt;Compilado com Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Reading the store again…</source>
        <translation>Lendo o armazenamento novamente…</translation>
    </message>
    <message>
        <source>Top attacking source on the dashboard</source>
        <translation>Principal origem atacante no painel</translation>
    </message>
    <message>
        <source>Tollgate is still monitoring</source>
        <translation>O Tollgate continua monitorando</translation>
    </message>
    <message>
        <source>It keeps watching your PBXes from the tray. Quit from the tray icon&apos;s menu.</source>
        <translation>Ele continua vigiando seus PBX pela bandeja do sistema. Saia pelo menu do ícone da bandeja.</translation>
    </message>
</context>
<context>
    <name>tg::NewSourceDetector</name>
    <message>
        <source>New source for account %1: %2</source>
        <translation>Nova origem para a conta %1: %2</translation>
    </message>
    <message>
        <source>%1 (%2) came from %3, a network (%4) never seen for this account; it was seen from %5 before.</source>
        <translation>%1 (%2) veio de %3, uma rede (%4) nunca vista para esta conta; antes ela era vista a partir de %5.</translation>
    </message>
    <message>
        <source>Ask the user of %1 whether they moved. If not, change the password of %1 and block %2.</source>
        <translation>Pergunte ao usuário de %1 se ele mudou de local. Se não, altere a senha de %1 e bloqueie %2.</translation>
    </message>
    <message>
        <source>new source (network): on (learning %1 per PBX, /%2 and /%3 count as one source)</source>
        <translation>nova origem (rede): ativado (aprendendo %1 por PABX, /%2 e /%3 contam como uma origem)</translation>
    </message>
    <message>
        <source>New country for account %1: %2 from %3</source>
        <translation>País novo para a conta %1: %2 a partir de %3</translation>
    </message>
    <message>
        <source>%1 (%2) came from %3 in %4; until now it was seen only from addresses without a country (private networks: %5).</source>
        <translation>%1 (%2) veio de %3 em %4; até agora só tinha sido vista a partir de endereços sem país (redes privadas: %5).</translation>
    </message>
    <message>
        <source>%1 (%2) came from %3 in %4, a country never seen for this account; it was seen from %5 (%6) before.</source>
        <translation>%1 (%2) veio de %3 em %4, um país nunca visto para esta conta; antes tinha sido vista a partir de %5 (%6).</translation>
    </message>
    <message>
        <source>Unless the user of %1 is travelling, treat the password of %1 as stolen: change it, block %2 and check the calls of %1.</source>
        <translation>A menos que o usuário de %1 esteja viajando, considere a senha de %1 roubada: troque-a, bloqueie %2 e verifique as chamadas de %1.</translation>
    </message>
    <message>
        <source>new-source country: on (GeoIP database %1: %2)</source>
        <translation>origem nova (país): ativada (banco de dados GeoIP %1: %2)</translation>
    </message>
    <message>
        <source>new-source country: off (%1)</source>
        <translation>origem nova (país): desativada (%1)</translation>
    </message>
    <message>
        <source>new-source country: off (no GeoIP database configured; set one in Settings → GeoIP or with --geoip, e.g. a GeoLite2-Country or DB-IP Country Lite .mmdb)</source>
        <translation>origem nova (país): desativada (nenhum banco de dados GeoIP configurado; defina um em Configurações → GeoIP ou com --geoip, p. ex. um .mmdb GeoLite2-Country ou DB-IP Country Lite)</translation>
    </message>
</context>
<context>
    <name>tg::NotificationsSettingsPage</name>
    <message>
        <source>None</source>
        <translation>Nenhuma</translation>
    </message>
    <message>
        <source>Critical alerts</source>
        <translation>Alertas críticos</translation>
    </message>
    <message>
        <source>High and critical alerts</source>
        <translation>Alertas altos e críticos</translation>
    </message>
    <message>
        <source>Each alert is announced once. During an attack, alerts that arrive within %1 seconds of the last notification are summed up in one.</source>
        <translation>Cada alerta é anunciado uma vez. Durante um ataque, os alertas que chegam em até %1 segundos após a última notificação são resumidos em uma só.</translation>
    </message>
    <message>
        <source>Keep monitoring in the tray when the window is closed</source>
        <translation>Continuar monitorando na bandeja do sistema ao fechar a janela</translation>
    </message>
    <message>
        <source>Quit from the tray icon&apos;s menu or with File → Quit to stop monitoring.</source>
        <translation>Para parar de monitorar, saia pelo menu do ícone da bandeja ou com Arquivo → Sair.</translation>
    </message>
    <message>
        <source>This desktop has no system tray: closing the window quits Tollgate, and notifications flash the taskbar entry instead.</source>
        <translation>Esta área de trabalho não tem bandeja do sistema: fechar a janela encerra o Tollgate, e as notificações fazem piscar a entrada na barra de tarefas.</translation>
    </message>
    <message>
        <source>Desktop notifications</source>
        <translation>Notificações na área de trabalho</translation>
    </message>
    <message>
        <source>Tray</source>
        <translation>Bandeja</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificações</translation>
    </message>
    <message>
        <source>The notification settings could not be saved (%1); check that the settings file is writable.</source>
        <translation>Não foi possível salvar as configurações de notificações (%1); verifique se o arquivo de configurações pode ser gravado.</translation>
    </message>
</context>
<context>
    <name>tg::OffHoursDetector</name>
    <message>
        <source>Calls outside business hours from %1</source>
        <translation>Chamadas fora do horário comercial de %1</translation>
    </message>
    <message>
        <source>%1 outbound calls within %2 outside business hours (%3, %4), risk score %5 (threshold %6; domestic 1, international 3, high-risk 5). Latest: %7 at %8 local time from %9.</source>
        <translation>%1 chamadas de saída em %2 fora do horário comercial (%3, %4), pontuação de risco %5 (limite %6; nacional 1, internacional 3, alto risco 5). Mais recente: %7 às %8, horário local, de %9.</translation>
    </message>
    <message>
        <source>Check with the user of %1 whether these calls were made by someone at work. If not, disable the account and block its outbound dialing until it is investigated.</source>
        <translation>Verifique com o usuário de %1 se essas chamadas foram feitas por alguém no trabalho. Se não, desative a conta e bloqueie a discagem de saída dela até que isso seja investigado.</translation>
    </message>
    <message>
        <source>off-hours calls: off (no business hours configured; set pbx.&lt;name&gt;.businessHours, e.g. &quot;Mon-Fri 08:00-18:00&quot;, and timeZone)%1</source>
        <translation>chamadas fora do horário: desativado (nenhum horário comercial configurado; defina pbx.&lt;name&gt;.businessHours, ex.: &quot;Mon-Fri 08:00-18:00&quot;, e timeZone)%1</translation>
    </message>
    <message>
        <source>off-hours calls: on for %1 (score %2 in %3)</source>
        <translation>chamadas fora do horário: ativado para %1 (pontuação %2 em %3)</translation>
    </message>
</context>
<context>
    <name>tg::PasswordPolicy</name>
    <message>
        <source>is empty</source>
        <translation>está vazia</translation>
    </message>
    <message>
        <source>is in the list of common passwords attackers try first</source>
        <translation>está na lista de senhas comuns que os atacantes testam primeiro</translation>
    </message>
    <message>
        <source>is the same as the account name</source>
        <translation>é igual ao nome da conta</translation>
    </message>
    <message>
        <source>is a short number (%1 digits)</source>
        <translation>é um número curto (%1 dígitos)</translation>
    </message>
    <message>
        <source>is close to the account name</source>
        <translation>é parecida com o nome da conta</translation>
    </message>
    <message>
        <source>is only digits</source>
        <translation>tem apenas dígitos</translation>
    </message>
    <message>
        <source>is shorter than %1 characters</source>
        <translation>tem menos de %1 caracteres</translation>
    </message>
</context>
<context>
    <name>tg::PbxBlockingBox</name>
    <message>
        <source>On the PBX (over SSH)</source>
        <translation>No PABX (via SSH)</translation>
    </message>
    <message>
        <source>The folder with the PBX&apos;s configuration files, read by the audit, the config history and the blocking safety check (SIP trunk peers).</source>
        <translation>A pasta com os arquivos de configuração do PABX, lida pela auditoria, pelo histórico de configuração e pela verificação de segurança do bloqueio (peers de troncos SIP).</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Detectar automaticamente</translation>
    </message>
    <message>
        <source>How blocks are made on this PBX. Detect uses nftables when present, else iptables with ipset, else fail2ban.</source>
        <translation>Como os bloqueios são feitos neste PABX. Detectar usa nftables quando presente, senão iptables com ipset, senão fail2ban.</translation>
    </message>
    <message>
        <source>jail, e.g. asterisk</source>
        <translation>jail, p. ex. asterisk</translation>
    </message>
    <message>
        <source>only the PBX&apos;s SIP, RTP and manager ports</source>
        <translation>apenas as portas SIP, RTP e de gerência do PABX</translation>
    </message>
    <message>
        <source>all traffic from the address</source>
        <translation>todo o tráfego do endereço</translation>
    </message>
    <message>
        <source>The ports keep SSH out of every block, so a wrong block cannot cut Tollgate&apos;s own access.</source>
        <translation>Com as portas, o SSH fica fora de todo bloqueio, então um bloqueio errado não corta o acesso do próprio Tollgate.</translation>
    </message>
    <message>
        <source>Jail</source>
        <translation>Jail</translation>
    </message>
    <message>
        <source>Configuration folder</source>
        <translation>Pasta de configuração</translation>
    </message>
    <message>
        <source>Block with</source>
        <translation>Bloquear com</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloqueio</translation>
    </message>
</context>
<context>
    <name>tg::PbxDialog</name>
    <message>
        <source>Add PBX</source>
        <translation>Adicionar PBX</translation>
    </message>
    <message>
        <source>Edit PBX %1</source>
        <translation>Editar PBX %1</translation>
    </message>
    <message>
        <source>e.g. office-pbx</source>
        <translation>ex.: pabx-escritorio</translation>
    </message>
    <message>
        <source>The name is kept: stored events and alerts refer to it.</source>
        <translation>O nome é mantido: os eventos e alertas armazenados se referem a ele.</translation>
    </message>
    <message>
        <source>Asterisk (AMI)</source>
        <translation>Asterisk (AMI)</translation>
    </message>
    <message>
        <source>FreeSWITCH (ESL)</source>
        <translation>FreeSWITCH (ESL)</translation>
    </message>
    <message>
        <source>host name or IP address</source>
        <translation>nome do host ou endereço IP</translation>
    </message>
    <message>
        <source>stored in the system keychain</source>
        <translation>armazenado no chaveiro do sistema</translation>
    </message>
    <message>
        <source>leave empty to keep the stored secret</source>
        <translation>deixe vazio para manter o segredo armazenado</translation>
    </message>
    <message>
        <source>Use TLS</source>
        <translation>Usar TLS</translation>
    </message>
    <message>
        <source>optional SHA-256 of a self-signed certificate</source>
        <translation>SHA-256 opcional de um certificado autoassinado</translation>
    </message>
    <message>
        <source>Monitor this PBX</source>
        <translation>Monitorar este PBX</translation>
    </message>
    <message>
        <source>Manager connection</source>
        <translation>Conexão de gerenciamento</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuário</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Segredo</translation>
    </message>
    <message>
        <source>TLS fingerprint</source>
        <translation>Impressão digital TLS</translation>
    </message>
    <message>
        <source>Reach the manager port through an SSH tunnel</source>
        <translation>Acessar a porta de gerenciamento por um túnel SSH</translation>
    </message>
    <message>
        <source>same as the PBX host</source>
        <translation>igual ao host do PBX</translation>
    </message>
    <message>
        <source>private key file (optional)</source>
        <translation>arquivo de chave privada (opcional)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <source>SSH (audits, blocking, tunnel)</source>
        <translation>SSH (auditorias, bloqueio, túnel)</translation>
    </message>
    <message>
        <source>SSH host</source>
        <translation>Host SSH</translation>
    </message>
    <message>
        <source>SSH user</source>
        <translation>Usuário SSH</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Arquivo de chave</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Testar conexão</translation>
    </message>
    <message>
        <source>Test connection tries the manager port and SSH and says what worked.</source>
        <translation>&quot;Testar conexão&quot; testa a porta de gerenciamento e o SSH e informa o que funcionou.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>SSH private key</source>
        <translation>Chave privada SSH</translation>
    </message>
    <message>
        <source>AMI user from manager.conf</source>
        <translation>Usuário AMI do manager.conf</translation>
    </message>
    <message>
        <source>ESL has no user</source>
        <translation>O ESL não tem usuário</translation>
    </message>
    <message>
        <source>Enter a name for this PBX.</source>
        <translation>Digite um nome para este PBX.</translation>
    </message>
    <message>
        <source>Use up to 64 letters, digits, spaces, dots, dashes or underscores for the name.</source>
        <translation>Use até 64 letras, dígitos, espaços, pontos, hífens ou sublinhados no nome.</translation>
    </message>
    <message>
        <source>A PBX named %1 already exists; choose another name.</source>
        <translation>Já existe um PBX chamado %1; escolha outro nome.</translation>
    </message>
    <message>
        <source>Enter the host name or IP address of the PBX.</source>
        <translation>Digite o nome do host ou o endereço IP do PABX.</translation>
    </message>
    <message>
        <source>%1 is not a valid host name or IP address.</source>
        <translation>%1 não é um nome de host ou endereço IP válido.</translation>
    </message>
    <message>
        <source>Enter the AMI user from the PBX&apos;s manager.conf.</source>
        <translation>Digite o usuário AMI do manager.conf do PABX.</translation>
    </message>
    <message>
        <source>The AMI user may contain only letters, digits and . _ @ + -.</source>
        <translation>O usuário AMI pode conter apenas letras, dígitos e . _ @ + -.</translation>
    </message>
    <message>
        <source>The secret must not contain line breaks.</source>
        <translation>O segredo não pode conter quebras de linha.</translation>
    </message>
    <message>
        <source>Enter the AMI secret for user %1.</source>
        <translation>Digite o segredo AMI do usuário %1.</translation>
    </message>
    <message>
        <source>Enter the ESL password.</source>
        <translation>Digite a senha ESL.</translation>
    </message>
    <message>
        <source>The TLS fingerprint must be a SHA-256: 64 hexadecimal digits, colons allowed.</source>
        <translation>A impressão digital TLS deve ser um SHA-256: 64 dígitos hexadecimais, dois-pontos permitidos.</translation>
    </message>
    <message>
        <source>%1 is not a valid SSH host name or IP address.</source>
        <translation>%1 não é um nome de host SSH ou endereço IP válido.</translation>
    </message>
    <message>
        <source>Enter the SSH user to reach the manager port through SSH.</source>
        <translation>Digite o usuário SSH para acessar a porta de gerenciamento via SSH.</translation>
    </message>
    <message>
        <source>The SSH user may contain only letters, digits, dots, dashes and underscores.</source>
        <translation>O usuário SSH pode conter apenas letras, dígitos, pontos, hífens e sublinhados.</translation>
    </message>
    <message>
        <source>The key file %1 does not exist or cannot be read.</source>
        <translation>O arquivo de chave %1 não existe ou não pode ser lido.</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>Testando %1…</translation>
    </message>
    <message>
        <source>e.g. console, event_socket (empty: no list yet)</source>
        <translation>ex.: console, event_socket (vazio: ainda sem lista)</translation>
    </message>
    <message>
        <source>AMI users (manager.conf), ESL users (user@domain) and event_socket (the shared ESL password) that may control this PBX, separated by commas. The audit reports every other one.</source>
        <translation>Usuários AMI (manager.conf), usuários ESL (user@domain) e event_socket (a senha ESL compartilhada) que podem controlar este PBX, separados por vírgulas. A auditoria informa qualquer outro.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desativado</translation>
    </message>
    <message>
        <source>The audit reports accounts with no registration or call in this many days, from the events Tollgate stored.</source>
        <translation>A auditoria informa contas sem registro ou chamada nesta quantidade de dias, com base nos eventos que o Tollgate armazenou.</translation>
    </message>
    <message>
        <source>Access review (audit)</source>
        <translation>Revisão de acessos (auditoria)</translation>
    </message>
    <message>
        <source>Approved AMI/ESL users</source>
        <translation>Usuários AMI/ESL aprovados</translation>
    </message>
    <message>
        <source>Inactive after</source>
        <translation>Inativa após</translation>
    </message>
</context>
<context>
    <name>tg::PbxHealthTile</name>
    <message>
        <source>Click to show only this PBX in the console</source>
        <translation>Clique para mostrar apenas este PBX no console</translation>
    </message>
    <message>
        <source>%1 — Demo PBX</source>
        <translation>%1 — PBX de demonstração</translation>
    </message>
    <message>
        <source>%1 events/s</source>
        <translation>%1 eventos/s</translation>
    </message>
    <message>
        <source>Last event %1</source>
        <translation>Último evento %1</translation>
    </message>
    <message>
        <source>No events yet</source>
        <translation>Nenhum evento ainda</translation>
    </message>
    <message>
        <source>Active calls: %1</source>
        <translation>Chamadas ativas: %1</translation>
    </message>
    <message>
        <source>Critical alerts: %1</source>
        <translation>Alertas críticos: %1</translation>
    </message>
</context>
<context>
    <name>tg::PbxLink</name>
    <message>
        <source>Opening the SSH tunnel to %1.</source>
        <translation>Abrindo o túnel SSH para %1.</translation>
    </message>
    <message>
        <source>Waiting for you to check the SSH host key of %1: answer the question about its fingerprint to connect.</source>
        <translation>Aguardando você conferir a chave de host SSH de %1: responda à pergunta sobre a impressão digital dela para conectar.</translation>
    </message>
</context>
<context>
    <name>tg::PbxRepository</name>
    <message>
        <source>A PBX needs a name; enter one and save again.</source>
        <translation>Um PBX precisa de um nome; digite um e salve novamente.</translation>
    </message>
    <message>
        <source>A PBX named &quot;%1&quot; already exists; choose another name.</source>
        <translation>Já existe um PBX chamado &quot;%1&quot;; escolha outro nome.</translation>
    </message>
    <message>
        <source>Could not save the PBX &quot;%1&quot;: %2.</source>
        <translation>Não foi possível salvar o PBX &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <source>The PBX &quot;%1&quot; no longer exists; reload the list and try again.</source>
        <translation>O PBX &quot;%1&quot; não existe mais; recarregue a lista e tente novamente.</translation>
    </message>
    <message>
        <source>Could not remove the PBX &quot;%1&quot;: %2.</source>
        <translation>Não foi possível remover o PBX &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <source>There is no PBX named &quot;%1&quot;.</source>
        <translation>Não há nenhum PBX chamado &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>tg::PbxRulesSettingsPage</name>
    <message>
        <source>All PBXes (defaults)</source>
        <translation>Todos os PABX (padrões)</translation>
    </message>
    <message>
        <source>Own rules for this PBX (otherwise the defaults apply)</source>
        <translation>Regras próprias para este PABX (senão valem os padrões)</translation>
    </message>
    <message>
        <source>e.g. GB</source>
        <translation>p. ex. BR</translation>
    </message>
    <message>
        <source>ISO 3166 code of the country the PBX is in: its calls there are domestic.</source>
        <translation>Código ISO 3166 do país onde está o PABX: suas chamadas para lá são nacionais.</translation>
    </message>
    <message>
        <source>e.g. IE, FR, DE</source>
        <translation>p. ex. AR, PT, US</translation>
    </message>
    <message>
        <source>Countries this PBX may call without an alert. High-risk and premium ranges alert anyway.</source>
        <translation>Países que este PABX pode chamar sem alerta. Faixas de alto risco e premium alertam mesmo assim.</translation>
    </message>
    <message>
        <source>e.g. Mon-Fri 08:00-18:00 (empty: off-hours detection off)</source>
        <translation>p. ex. Mon-Fri 08:00-18:00 (vazio: sem detecção fora do horário)</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sem limite</translation>
    </message>
    <message>
        <source>More simultaneous calls on the whole PBX than this raise an alert.</source>
        <translation>Mais chamadas simultâneas em todo o PABX geram um alerta.</translation>
    </message>
    <message>
        <source>What the call detectors need to know about each PBX: calls to countries that are not allowed, and outbound calls outside business hours, raise alerts.</source>
        <translation>O que os detectores de chamadas precisam saber de cada PABX: chamadas para países não permitidos e chamadas de saída fora do horário comercial geram alertas.</translation>
    </message>
    <message>
        <source>PBX</source>
        <translation>PBX</translation>
    </message>
    <message>
        <source>Home country</source>
        <translation>País de origem</translation>
    </message>
    <message>
        <source>Allowed countries</source>
        <translation>Países permitidos</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuso horário</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>Horário comercial</translation>
    </message>
    <message>
        <source>Concurrent calls limit</source>
        <translation>Limite de chamadas simultâneas</translation>
    </message>
    <message>
        <source>PBX rules</source>
        <translation>Regras do PABX</translation>
    </message>
    <message>
        <source>the defaults</source>
        <translation>os padrões</translation>
    </message>
    <message>
        <source>Home country of %1: use a two-letter ISO code such as GB.</source>
        <translation>País de origem de %1: use um código ISO de duas letras como GB.</translation>
    </message>
    <message>
        <source>Allowed countries of %1: %2 is not a two-letter ISO code.</source>
        <translation>Países permitidos de %1: %2 não é um código ISO de duas letras.</translation>
    </message>
    <message>
        <source>Time zone of %1: %2 is not a known time zone.</source>
        <translation>Fuso horário de %1: %2 não é um fuso horário conhecido.</translation>
    </message>
    <message>
        <source>Business hours of %1: %2</source>
        <translation>Horário comercial de %1: %2</translation>
    </message>
</context>
<context>
    <name>tg::PbxSidebar</name>
    <message>
        <source>No PBX configured yet. Start the Demo PBX to see Tollgate at work, or add your own Asterisk or FreeSWITCH system.</source>
        <translation>Nenhum PBX configurado ainda. Inicie o PBX de demonstração para ver o Tollgate em ação ou adicione seu próprio sistema Asterisk ou FreeSWITCH.</translation>
    </message>
    <message>
        <source>Start the Demo PBX</source>
        <translation>Iniciar o PBX de demonstração</translation>
    </message>
    <message>
        <source>Add PBX…</source>
        <translation>Adicionar PBX…</translation>
    </message>
    <message>
        <source>%1 (Demo PBX)</source>
        <translation>%1 (PBX de demonstração)</translation>
    </message>
    <message>
        <source>All PBXes</source>
        <translation>Todos os PBXs</translation>
    </message>
    <message>
        <source>replayed Asterisk traffic</source>
        <translation>tráfego Asterisk reproduzido</translation>
    </message>
    <message>
        <source>Asterisk</source>
        <translation>Asterisk</translation>
    </message>
    <message>
        <source>FreeSWITCH</source>
        <translation>FreeSWITCH</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Aguardando</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Demo PBX: replays recorded Asterisk traffic inside Tollgate. Not a real system.</source>
        <translation>PBX de demonstração: reproduz tráfego Asterisk gravado dentro do Tollgate. Não é um sistema real.</translation>
    </message>
    <message>
        <source>%1:%2%3</source>
        <translation>%1:%2%3</translation>
    </message>
    <message>
        <source> through SSH</source>
        <translation> via SSH</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Version: %1</source>
        <translation>Versão: %1</translation>
    </message>
    <message>
        <source>Last event: %1</source>
        <translation>Último evento: %1</translation>
    </message>
    <message>
        <source>No status from the engine yet.</source>
        <translation>Nenhum status do mecanismo ainda.</translation>
    </message>
    <message>
        <source>Edit %1…</source>
        <translation>Editar %1…</translation>
    </message>
    <message>
        <source>Remove %1…</source>
        <translation>Remover %1…</translation>
    </message>
</context>
<context>
    <name>tg::Planner</name>
    <message>
        <source>%1 was not among the audited files; audit the PBX again.</source>
        <translation>%1 não estava entre os arquivos auditados; audite o PABX novamente.</translation>
    </message>
    <message>
        <source>%1 has no [%2] section to change; edit it by hand.</source>
        <translation>%1 não tem uma seção [%2] para alterar; edite-o manualmente.</translation>
    </message>
    <message>
        <source>manager.conf was not among the audited files; audit the PBX again.</source>
        <translation>O manager.conf não estava entre os arquivos auditados; audite o PABX novamente.</translation>
    </message>
    <message>
        <source>manager.conf has no user [%1] any more; audit the PBX again.</source>
        <translation>O manager.conf não tem mais o usuário [%1]; audite o PABX novamente.</translation>
    </message>
    <message>
        <source>The password parameter is not on one line of %1; change it by hand.</source>
        <translation>O parâmetro de senha não está em uma única linha de %1; altere-o manualmente.</translation>
    </message>
    <message>
        <source>%1 already has this setting; audit the PBX again.</source>
        <translation>%1 já tem esta configuração; audite o PABX novamente.</translation>
    </message>
</context>
<context>
    <name>tg::RatesSettingsPage</name>
    <message>
        <source>Tollgate classifies every dialed number by the longest matching E.164 prefix of this table: its country, its risk tier (standard, elevated, high, premium, satellite) and its rate per minute, used for toll-fraud alerts and cost estimates. The CSV columns are: prefix,country,tier,rate_per_minute,description.</source>
        <translation>O Tollgate classifica cada número discado pelo prefixo E.164 mais longo que corresponde nesta tabela: país, nível de risco (standard, elevated, high, premium, satellite) e tarifa por minuto, usados em alertas de fraude tarifária e estimativas de custo. As colunas do CSV são: prefix,country,tier,rate_per_minute,description.</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importar CSV…</translation>
    </message>
    <message>
        <source>Use the built-in table</source>
        <translation>Usar a tabela embutida</translation>
    </message>
    <message>
        <source>Export current table…</source>
        <translation>Exportar a tabela atual…</translation>
    </message>
    <message>
        <source>Save the table in use as a CSV to edit it, then import it again.</source>
        <translation>Salve a tabela em uso como CSV para editá-la e depois importe-a novamente.</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>Tarifas</translation>
    </message>
    <message>
        <source>In use: the built-in table.</source>
        <translation>Em uso: a tabela embutida.</translation>
    </message>
    <message>
        <source>In use: %1.</source>
        <translation>Em uso: %1.</translation>
    </message>
    <message>
        <source>%1 prefixes, %2 lines skipped.</source>
        <translation>%1 prefixos, %2 linhas ignoradas.</translation>
    </message>
    <message>
        <source>(applied when you press OK)</source>
        <translation>(aplicado ao pressionar OK)</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 não é um arquivo.</translation>
    </message>
    <message>
        <source>%1 is larger than 32 MB; that is not a prefix table.</source>
        <translation>%1 tem mais de 32 MB; isso não é uma tabela de prefixos.</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation>%1 não pode ser usado: %2</translation>
    </message>
    <message>
        <source>Import a prefix and rate table</source>
        <translation>Importar uma tabela de prefixos e tarifas</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Arquivos CSV (*.csv);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Export the prefix and rate table</source>
        <translation>Exportar a tabela de prefixos e tarifas</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Não foi possível gravar %1.</translation>
    </message>
    <message>
        <source>Could not copy %1 into the data folder.</source>
        <translation>Não foi possível copiar %1 para a pasta de dados.</translation>
    </message>
</context>
<context>
    <name>tg::RemediationRunner</name>
    <message>
        <source>The fix has no change to make.</source>
        <translation>A correção não tem nenhuma alteração a fazer.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a plain absolute path; nothing was changed.</source>
        <translation>%1: &quot;%2&quot; não é um caminho absoluto simples; nada foi alterado.</translation>
    </message>
    <message>
        <source>%1: there is no keychain to keep the new password in; nothing was changed.</source>
        <translation>%1: não há chaveiro para guardar a nova senha; nada foi alterado.</translation>
    </message>
    <message>
        <source>Storing the new password in the keychain</source>
        <translation>Armazenando a nova senha no chaveiro</translation>
    </message>
    <message>
        <source>%1: the new password could not be stored in the keychain (%2); nothing was changed.</source>
        <translation>%1: a nova senha não pôde ser armazenada no chaveiro (%2); nada foi alterado.</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Lendo %1</translation>
    </message>
    <message>
        <source>%1: %2 changed since the audit; nothing was written. Audit the PBX again and review the new diff.</source>
        <translation>%1: %2 mudou desde a auditoria; nada foi gravado. Audite o PABX novamente e revise o novo diff.</translation>
    </message>
    <message>
        <source>Writing %1 (the old file is kept as a backup)</source>
        <translation>Gravando %1 (o arquivo antigo é mantido como backup)</translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <translation>Backup: %1</translation>
    </message>
    <message>
        <source>Reloading: %1</source>
        <translation>Recarregando: %1</translation>
    </message>
    <message>
        <source>The reload did not succeed (%1); the new file is in place and takes effect at the next reload or restart.</source>
        <translation>O reload não teve sucesso (%1); o novo arquivo está no lugar e entra em vigor no próximo reload ou reinício.</translation>
    </message>
    <message>
        <source>Checking again</source>
        <translation>Verificando novamente</translation>
    </message>
    <message>
        <source>%1: the file was written but could not be read back: %2</source>
        <translation>%1: o arquivo foi gravado, mas não pôde ser lido de volta: %2</translation>
    </message>
    <message>
        <source>%1: %2 does not hold what was written; restore the backup %3.</source>
        <translation>%1: %2 não contém o que foi gravado; restaure o backup %3.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a Tollgate backup of %3; nothing was changed.</source>
        <translation>%1: &quot;%2&quot; não é um backup do Tollgate de %3; nada foi alterado.</translation>
    </message>
    <message>
        <source>Reading the backup %1</source>
        <translation>Lendo o backup %1</translation>
    </message>
    <message>
        <source>%1: the backup is larger than 4 MiB; restore it by hand.</source>
        <translation>%1: o backup é maior que 4 MiB; restaure-o manualmente.</translation>
    </message>
    <message>
        <source>Restoring %1</source>
        <translation>Restaurando %1</translation>
    </message>
    <message>
        <source>%1: %2 does not match the backup after the restore; check it by hand.</source>
        <translation>%1: %2 não corresponde ao backup após a restauração; verifique-o manualmente.</translation>
    </message>
    <message>
        <source>The previous password is back in the keychain.</source>
        <translation>A senha anterior está de volta no chaveiro.</translation>
    </message>
    <message>
        <source>The previous password could not be put back in the keychain (%1); enter it again in the PBX&apos;s settings.</source>
        <translation>Não foi possível devolver a senha anterior ao chaveiro (%1); digite-a novamente nas configurações do PBX.</translation>
    </message>
</context>
<context>
    <name>tg::RevertPlanner</name>
    <message>
        <source>Write the approved baseline of %1 back to the PBX, replacing what is there now, and run &quot;%2&quot;.</source>
        <translation>Gravar de volta no PBX a linha de base aprovada de %1, substituindo o que está lá agora, e executar &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 on the PBX already is its approved baseline; there is nothing to revert.</source>
        <translation>%1 no PBX já é sua linha de base aprovada; não há nada a reverter.</translation>
    </message>
    <message>
        <source>Binary file: %1 bytes now, %2 bytes in the baseline.</source>
        <translation>Arquivo binário: %1 bytes agora, %2 bytes na linha de base.</translation>
    </message>
    <message>
        <source> (on the PBX now)</source>
        <translation> (agora no PBX)</translation>
    </message>
    <message>
        <source> (baseline)</source>
        <translation> (linha de base)</translation>
    </message>
</context>
<context>
    <name>tg::ScannerDetector</name>
    <message>
        <source>SIP scanner %1 at %2</source>
        <translation>Scanner SIP %1 em %2</translation>
    </message>
    <message>
        <source>Requests from %1 carry the User-Agent of a known SIP scanner or attack tool (matches &quot;%2&quot;). Scanners look for open accounts and dial plans before brute force and toll fraud. User-Agent: %3</source>
        <translation>Requisições de %1 trazem o User-Agent de um scanner SIP ou ferramenta de ataque conhecida (corresponde a &quot;%2&quot;). Scanners procuram contas e dialplans abertos antes da força bruta e da fraude tarifária. User-Agent: %3</translation>
    </message>
    <message>
        <source>Block %1. Scanners rotate addresses, so also keep SIP closed to the internet where possible (firewall allowlist, non-default port, TLS).</source>
        <translation>Bloqueie %1. Scanners trocam de endereço, então mantenha também o SIP fechado para a internet sempre que possível (lista de permissões no firewall, porta não padrão, TLS).</translation>
    </message>
    <message>
        <source>SIP scanner sweep from %1</source>
        <translation>Varredura de scanner SIP de %1</translation>
    </message>
    <message>
        <source>%1 was challenged for %2 different accounts within %3 and answered %4 of %5 challenges (threshold: %6 accounts, at most %7% answered): a scanner collecting extension names, not a phone. Accounts: %8.</source>
        <translation>%1 foi desafiado para %2 contas diferentes em %3 e respondeu a %4 de %5 desafios (limite: %6 contas, no máximo %7% respondidos): um scanner coletando nomes de ramais, não um telefone. Contas: %8.</translation>
    </message>
    <message>
        <source>Block %1; keep alwaysauthreject=yes so the sweep learns nothing, and expect brute force on the accounts it found next.</source>
        <translation>Bloqueie %1; mantenha alwaysauthreject=yes para que a varredura não descubra nada, e espere força bruta em seguida nas contas encontradas.</translation>
    </message>
    <message>
        <source>scanner by User-Agent: %1</source>
        <translation>scanner por User-Agent: %1</translation>
    </message>
    <message numerus="yes">
        <source>on (%n patterns; needs a source that reports User-Agents: logs or ESL)</source>
        <translation>
            <numerusform>ativado (%n padrão; requer uma fonte que informe User-Agents: logs ou ESL)</numerusform>
            <numerusform>ativado (%n padrões; requer uma fonte que informe User-Agents: logs ou ESL)</numerusform>
        </translation>
    </message>
    <message>
        <source>off (no User-Agent list loaded)</source>
        <translation>desativado (nenhuma lista de User-Agents carregada)</translation>
    </message>
    <message>
        <source>scanner sweep: on (%1 accounts challenged from one address in %2, at most %3% answered)</source>
        <translation>varredura de scanner: ativado (%1 contas desafiadas de um endereço em %2, no máximo %3% respondidos)</translation>
    </message>
</context>
<context>
    <name>tg::SecretStore</name>
    <message>
        <source>Access to the keychain was refused, so the password for %1 could not be used. Allow Tollgate access when the keychain asks, or keep the password for this session only.</source>
        <translation>O acesso ao chaveiro foi recusado, então a senha de %1 não pôde ser usada. Permita o acesso do Tollgate quando o chaveiro solicitar ou guarde a senha somente para esta sessão.</translation>
    </message>
    <message>
        <source>The keychain could not delete the password for %1; remove it with your keychain manager.</source>
        <translation>O chaveiro não conseguiu excluir a senha de %1; remova-a com o gerenciador do seu chaveiro.</translation>
    </message>
    <message>
        <source>No keychain is reachable (such as GNOME Keyring, KWallet, macOS Keychain or the Windows Credential Manager), so Tollgate cannot save this password. You can keep it for this session only: it stays in memory until Tollgate quits and is never written to disk.</source>
        <translation>Nenhum chaveiro está acessível (como GNOME Keyring, KWallet, Keychain do macOS ou Gerenciador de Credenciais do Windows), então o Tollgate não pode salvar esta senha. Você pode guardá-la somente para esta sessão: ela fica na memória até o Tollgate ser encerrado e nunca é gravada em disco.</translation>
    </message>
    <message>
        <source>No password is saved in the keychain for %1; enter it again.</source>
        <translation>Nenhuma senha está salva no chaveiro para %1; digite-a novamente.</translation>
    </message>
</context>
<context>
    <name>tg::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
</context>
<context>
    <name>tg::SnapshotRecorder</name>
    <message>
        <source>%1 changed on %2 without approval</source>
        <translation>%1 alterado em %2 sem aprovação</translation>
    </message>
    <message numerus="yes">
        <source>%1 differs from its approved baseline: %n line(s) added</source>
        <translation>
            <numerusform>%1 difere da linha de base aprovada: %n linha adicionada</numerusform>
            <numerusform>%1 difere da linha de base aprovada: %n linhas adicionadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 changed since the previous snapshot (no baseline is approved yet): %n line(s) added</source>
        <translation>
            <numerusform>%1 mudou desde o snapshot anterior (nenhuma linha de base aprovada ainda): %n linha adicionada</numerusform>
            <numerusform>%1 mudou desde o snapshot anterior (nenhuma linha de base aprovada ainda): %n linhas adicionadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n removed.</source>
        <translation>
            <numerusform>, %n removida.</numerusform>
            <numerusform>, %n removidas.</numerusform>
        </translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>linha de base</translation>
    </message>
    <message>
        <source>previous</source>
        <translation>anterior</translation>
    </message>
    <message>
        <source>now</source>
        <translation>agora</translation>
    </message>
    <message>
        <source>Open the Config tab and review the change. If it was intended, approve it as the new baseline; if not, revert to the baseline and find out who changed the file (SSH logins and sudo logs on the PBX).</source>
        <translation>Abra a aba Configuração e revise a alteração. Se ela foi intencional, aprove-a como a nova linha de base; se não, reverta para a linha de base e descubra quem alterou o arquivo (logins SSH e logs do sudo no PABX).</translation>
    </message>
    <message>
        <source>%1: %2 line(s) added, %3 removed; %4</source>
        <translation>%1: %2 linha(s) adicionada(s), %3 removida(s); %4</translation>
    </message>
</context>
<context>
    <name>tg::SnapshotRepository</name>
    <message>
        <source>Could not read or store the configuration history: %1.</source>
        <translation>Não foi possível ler ou armazenar o histórico de configuração: %1.</translation>
    </message>
    <message>
        <source>snapshot %1 does not exist</source>
        <translation>o snapshot %1 não existe</translation>
    </message>
</context>
<context>
    <name>tg::SshLogFollower</name>
    <message>
        <source>Following %1 on PBX %2 ended: %3</source>
        <translation>O acompanhamento de %1 no PABX %2 terminou: %3</translation>
    </message>
</context>
<context>
    <name>tg::SshSession</name>
    <message>
        <source>SSH to PBX %1 (%2 port %3)</source>
        <translation>SSH para o PABX %1 (%2 porta %3)</translation>
    </message>
    <message>
        <source>%1: the host name could not be resolved (%2). Check the SSH host in the PBX settings.</source>
        <translation>%1: o nome do host não pôde ser resolvido (%2). Verifique o host SSH nas configurações do PABX.</translation>
    </message>
    <message>
        <source>%1: cancelled while connecting.</source>
        <translation>%1: cancelado durante a conexão.</translation>
    </message>
    <message>
        <source>%1: no answer within %2 s. Check that the PBX is up and that a firewall lets Tollgate reach its SSH port.</source>
        <translation>%1: nenhuma resposta em %2 s. Verifique se o PABX está ligado e se um firewall permite que o Tollgate alcance a porta SSH dele.</translation>
    </message>
    <message>
        <source>%1: cannot connect (%2). Check the host and SSH port in the PBX settings and that sshd runs on the PBX.</source>
        <translation>%1: não é possível conectar (%2). Verifique o host e a porta SSH nas configurações do PABX e se o sshd está em execução no PABX.</translation>
    </message>
    <message>
        <source>%1: cancelled.</source>
        <translation>%1: cancelado.</translation>
    </message>
    <message>
        <source>%1: cancelled during the SSH handshake.</source>
        <translation>%1: cancelado durante o handshake SSH.</translation>
    </message>
    <message>
        <source>%1: the SSH handshake failed (%2). Is this port an SSH server?</source>
        <translation>%1: o handshake SSH falhou (%2). Esta porta é de um servidor SSH?</translation>
    </message>
    <message>
        <source>%1: the server sent no host key.</source>
        <translation>%1: o servidor não enviou nenhuma chave de host.</translation>
    </message>
    <message>
        <source>%1: the connection was lost during login (%2).</source>
        <translation>%1: a conexão foi perdida durante o login (%2).</translation>
    </message>
    <message>
        <source>ssh-agent</source>
        <translation>ssh-agent</translation>
    </message>
    <message>
        <source>key file %1</source>
        <translation>arquivo de chave %1</translation>
    </message>
    <message>
        <source>%1: cannot read the private key file %2 (missing, unreadable, or protected by a passphrase that is not stored in the keychain).</source>
        <translation>%1: não é possível ler o arquivo de chave privada %2 (ausente, ilegível ou protegido por uma frase secreta que não está armazenada no chaveiro).</translation>
    </message>
    <message>
        <source>%1: cannot read the private key file %2: wrong passphrase or not a key file.</source>
        <translation>%1: não é possível ler o arquivo de chave privada %2: frase secreta errada ou não é um arquivo de chave.</translation>
    </message>
    <message>
        <source>password</source>
        <translation>senha</translation>
    </message>
    <message>
        <source>keyboard-interactive</source>
        <translation>keyboard-interactive</translation>
    </message>
    <message>
        <source>%1: the server accepts none of the login methods Tollgate has for user %2 (set a key file or password in the PBX settings).</source>
        <translation>%1: o servidor não aceita nenhum dos métodos de login que o Tollgate tem para o usuário %2 (defina um arquivo de chave ou uma senha nas configurações do PABX).</translation>
    </message>
    <message>
        <source>%1: login as user %2 was refused (tried: %3). Check the user name, key and password in the PBX settings.</source>
        <translation>%1: o login como usuário %2 foi recusado (tentados: %3). Verifique o nome de usuário, a chave e a senha nas configurações do PABX.</translation>
    </message>
    <message>
        <source>On PBX %1, sudo wants a password for user %2, and Tollgate runs sudo without prompting (sudo -n). Allow the needed commands for %2 with NOPASSWD in sudoers (visudo), or use an SSH user that may run them.</source>
        <translation>No PABX %1, o sudo pede uma senha para o usuário %2, e o Tollgate executa o sudo sem prompt (sudo -n). Permita os comandos necessários para %2 com NOPASSWD no sudoers (visudo) ou use um usuário SSH que possa executá-los.</translation>
    </message>
    <message>
        <source>On PBX %1, user %2 may not run this command with sudo. Allow it in sudoers (visudo) with NOPASSWD.</source>
        <translation>No PABX %1, o usuário %2 não tem permissão para executar este comando com sudo. Permita-o no sudoers (visudo) com NOPASSWD.</translation>
    </message>
    <message>
        <source>PBX %1 has no sudo. Install it, or log in as a user that can run the command directly.</source>
        <translation>O PABX %1 não tem sudo. Instale-o ou faça login como um usuário que possa executar o comando diretamente.</translation>
    </message>
    <message>
        <source>%1: the connection was lost %2 (%3). The server may have restarted or the network failed; Tollgate reconnects on the next request.</source>
        <translation>%1: a conexão foi perdida %2 (%3). O servidor pode ter reiniciado ou a rede falhou; o Tollgate se reconecta na próxima solicitação.</translation>
    </message>
    <message>
        <source>while opening a channel</source>
        <translation>ao abrir um canal</translation>
    </message>
    <message>
        <source>while starting the command</source>
        <translation>ao iniciar o comando</translation>
    </message>
    <message>
        <source>while sending data</source>
        <translation>ao enviar dados</translation>
    </message>
    <message>
        <source>during the command</source>
        <translation>durante o comando</translation>
    </message>
    <message>
        <source>%1: the command did not finish within %2 s and was abandoned.</source>
        <translation>%1: o comando não terminou em %2 s e foi abandonado.</translation>
    </message>
    <message>
        <source>at the end of the command</source>
        <translation>no fim do comando</translation>
    </message>
    <message>
        <source>%1: refused to follow &quot;%2&quot;: not a plain absolute file path.</source>
        <translation>%1: recusou-se a acompanhar &quot;%2&quot;: não é um caminho absoluto de arquivo simples.</translation>
    </message>
    <message>
        <source>%1: the connection was lost while starting SFTP (%2).</source>
        <translation>%1: a conexão foi perdida ao iniciar o SFTP (%2).</translation>
    </message>
    <message>
        <source>%1: the server offers no SFTP.</source>
        <translation>%1: o servidor não oferece SFTP.</translation>
    </message>
    <message>
        <source>%1: the file %2 does not exist.</source>
        <translation>%1: o arquivo %2 não existe.</translation>
    </message>
    <message>
        <source>%1: permission denied reading %2; read it with sudo, or give the SSH user read access.</source>
        <translation>%1: permissão negada ao ler %2; leia-o com sudo ou dê ao usuário SSH acesso de leitura.</translation>
    </message>
    <message>
        <source>%1: cannot open %2 (SFTP error %3).</source>
        <translation>%1: não é possível abrir %2 (erro SFTP %3).</translation>
    </message>
    <message>
        <source>%1: reading %2 failed (%3).</source>
        <translation>%1: a leitura de %2 falhou (%3).</translation>
    </message>
    <message>
        <source>%1: refused to read &quot;%2&quot;: not a plain absolute file path.</source>
        <translation>%1: recusou-se a ler &quot;%2&quot;: não é um caminho absoluto de arquivo simples.</translation>
    </message>
    <message>
        <source>%1: cannot read %2: %3</source>
        <translation>%1: não é possível ler %2: %3</translation>
    </message>
    <message>
        <source>%1: refused to write &quot;%2&quot;: not a plain absolute file path.</source>
        <translation>%1: recusou-se a gravar &quot;%2&quot;: não é um caminho absoluto de arquivo simples.</translation>
    </message>
    <message>
        <source>%1: writing %2 failed; the file is unchanged: %3</source>
        <translation>%1: a gravação de %2 falhou; o arquivo não foi alterado: %3</translation>
    </message>
    <message>
        <source>%1: %2 was written but its size on the PBX differs (%3 bytes instead of %4); check the disk space and the backup %5.</source>
        <translation>%1: %2 foi gravado, mas o tamanho dele no PABX é diferente (%3 bytes em vez de %4); verifique o espaço em disco e o backup %5.</translation>
    </message>
    <message>
        <source>%1: the server refused to forward to %2 port %3 (%4). Check AllowTcpForwarding in the PBX&apos;s sshd_config and that the service listens there.</source>
        <translation>%1: o servidor se recusou a encaminhar para %2 porta %3 (%4). Verifique AllowTcpForwarding no sshd_config do PABX e se o serviço escuta lá.</translation>
    </message>
</context>
<context>
    <name>tg::SshTunnel</name>
    <message>
        <source>Cannot open a local port for the SSH tunnel to PBX %1: %2.</source>
        <translation>Não é possível abrir uma porta local para o túnel SSH até o PABX %1: %2.</translation>
    </message>
    <message>
        <source>The SSH tunnel to PBX %1 was lost: %2</source>
        <translation>O túnel SSH até o PABX %1 foi perdido: %2</translation>
    </message>
</context>
<context>
    <name>tg::StoreQueryWorker</name>
    <message>
        <source>Could not write %1: %2. Choose another folder.</source>
        <translation>Não foi possível gravar %1: %2. Escolha outra pasta.</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Exportação cancelada.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Check the free disk space.</source>
        <translation>Não foi possível gravar %1: %2. Verifique o espaço livre em disco.</translation>
    </message>
</context>
<context>
    <name>tg::StoreWriter</name>
    <message>
        <source>Could not prepare the database statements: %1.</source>
        <translation>Não foi possível preparar as instruções do banco de dados: %1.</translation>
    </message>
    <message>
        <source>Could not save %1 events to the database (%2); retrying. Free some disk space if the disk is full.</source>
        <translation>Não foi possível salvar %1 eventos no banco de dados (%2); tentando novamente. Libere espaço em disco se ele estiver cheio.</translation>
    </message>
    <message>
        <source>Could not save %1 events and %2 alerts to the database (%3); they were dropped. Free some disk space and check the database with &quot;tollgate-cli db check&quot;.</source>
        <translation>Não foi possível salvar %1 eventos e %2 alertas no banco de dados (%3); eles foram descartados. Libere espaço em disco e verifique o banco de dados com &quot;tollgate-cli db check&quot;.</translation>
    </message>
    <message>
        <source>Could not save what the detectors learned (%1); it is saved again at the next interval.</source>
        <translation>Não foi possível salvar o que os detectores aprenderam (%1); será salvo novamente no próximo intervalo.</translation>
    </message>
</context>
<context>
    <name>tg::SuccessAfterFailureDetector</name>
    <message>
        <source>login</source>
        <translation>login</translation>
    </message>
    <message>
        <source>Successful login after failures: %1 from %2</source>
        <translation>Login bem-sucedido após falhas: %1 de %2</translation>
    </message>
    <message>
        <source>Account %1 logged in successfully (%2) from %3 after %4 failed attempts on it within %5 from %6 (threshold: %7, the successful address among them). The attacker may have found the password.</source>
        <translation>A conta %1 fez login com sucesso (%2) de %3 após %4 tentativas com falha nela em %5 a partir de %6 (limite: %7, incluindo o endereço bem-sucedido). O atacante pode ter descoberto a senha.</translation>
    </message>
    <message>
        <source>%1 logged in successfully (%2, account %3) after %4 failed attempts from the same address within %5 (threshold: %6). Accounts it tried: %7. The attacker may have found a password.</source>
        <translation>%1 fez login com sucesso (%2, conta %3) após %4 tentativas com falha do mesmo endereço em %5 (limite: %6). Contas testadas: %7. O atacante pode ter descoberto uma senha.</translation>
    </message>
    <message>
        <source>Treat account %1 as compromised: change its password now, block %2, hang up its calls and check every call it made since the first failure.</source>
        <translation>Trate a conta %1 como comprometida: altere a senha dela agora, bloqueie %2, desligue as chamadas dela e verifique todas as chamadas feitas desde a primeira falha.</translation>
    </message>
    <message>
        <source>success after failures: on (%1 failures from the address or %2 on the account within %3)</source>
        <translation>sucesso após falhas: ativado (%1 falhas do endereço ou %2 na conta em %3)</translation>
    </message>
</context>
<context>
    <name>tg::SyslogSender</name>
    <message>
        <source>The forwarding destination %1 (%2) did not answer within %3 s; Tollgate will retry.</source>
        <translation>O destino de encaminhamento %1 (%2) não respondeu em %3 s; o Tollgate tentará novamente.</translation>
    </message>
    <message>
        <source>The trusted certificate fingerprint of forwarding destination %1 is not a SHA-256 fingerprint (64 hex digits). Correct it in Settings → Forwarding.</source>
        <translation>A impressão digital do certificado confiável do destino de encaminhamento %1 não é uma impressão SHA-256 (64 dígitos hexadecimais). Corrija-a em Configurações → Encaminhamento.</translation>
    </message>
    <message>
        <source>The CA file %1 of forwarding destination %2 holds no PEM certificate. Choose the file with the certificate of the CA that signed the receiver&apos;s certificate.</source>
        <translation>O arquivo de CA %1 do destino de encaminhamento %2 não contém nenhum certificado PEM. Escolha o arquivo com o certificado da CA que assinou o certificado do receptor.</translation>
    </message>
    <message>
        <source>TLS is not available on this computer (OpenSSL is missing), so forwarding destination %1 cannot be reached. Install OpenSSL or choose another transport.</source>
        <translation>O TLS não está disponível neste computador (falta o OpenSSL), portanto o destino de encaminhamento %1 não pode ser alcançado. Instale o OpenSSL ou escolha outro transporte.</translation>
    </message>
    <message>
        <source>Forwarding to %1 is turned off.</source>
        <translation>O encaminhamento para %1 está desativado.</translation>
    </message>
    <message>
        <source>Forwarding to %1 is stopped.</source>
        <translation>O encaminhamento para %1 está parado.</translation>
    </message>
    <message>
        <source>The forwarding destination %1 (%2) closed the connection; Tollgate reconnects and sends what was not confirmed again.</source>
        <translation>O destino de encaminhamento %1 (%2) fechou a conexão; o Tollgate se reconecta e reenvia o que não foi confirmado.</translation>
    </message>
    <message>
        <source>Connecting to forwarding destination %1 (%2).</source>
        <translation>Conectando ao destino de encaminhamento %1 (%2).</translation>
    </message>
    <message>
        <source>The TLS certificate of forwarding destination %1 (%2) is not the trusted one: Tollgate trusts SHA-256 %3, the receiver presented %4. Nothing was sent. Check the receiver&apos;s certificate and the fingerprint in Settings → Forwarding.</source>
        <translation>O certificado TLS do destino de encaminhamento %1 (%2) não é o confiável: o Tollgate confia no SHA-256 %3 e o receptor apresentou %4. Nada foi enviado. Verifique o certificado do receptor e a impressão digital em Configurações → Encaminhamento.</translation>
    </message>
    <message>
        <source>The TLS certificate of forwarding destination %1 (%2) could not be verified: %3. Nothing was sent. Give the CA file that signed it, or trust its SHA-256 fingerprint %4 in Settings → Forwarding after checking it on the receiver.</source>
        <translation>Não foi possível verificar o certificado TLS do destino de encaminhamento %1 (%2): %3. Nada foi enviado. Informe o arquivo da CA que o assinou, ou confie na impressão digital SHA-256 %4 em Configurações → Encaminhamento após conferi-la no receptor.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>Connected to forwarding destination %1 (%2).</source>
        <translation>Conectado ao destino de encaminhamento %1 (%2).</translation>
    </message>
    <message>
        <source>The connection to forwarding destination %1 (%2) failed: %3. Tollgate reconnects; nothing queued is lost.</source>
        <translation>A conexão com o destino de encaminhamento %1 (%2) falhou: %3. O Tollgate se reconecta; nada da fila é perdido.</translation>
    </message>
    <message>
        <source>Cannot reach forwarding destination %1 (%2): %3. Check that the receiver runs and that its port is reachable from this computer; messages wait in the queue and Tollgate will retry.</source>
        <translation>Não é possível alcançar o destino de encaminhamento %1 (%2): %3. Verifique se o receptor está em execução e se a porta dele é acessível deste computador; as mensagens aguardam na fila e o Tollgate tentará novamente.</translation>
    </message>
    <message>
        <source>The forwarding destination %1 (%2) did not answer for %3 s; Tollgate reconnects and sends what it did not confirm again.</source>
        <translation>O destino de encaminhamento %1 (%2) não respondeu por %3 s; o Tollgate se reconecta e reenvia o que ele não confirmou.</translation>
    </message>
    <message>
        <source>The forwarding destination %1 (%2) closed the RELP session (the receiver is shutting down or restarting); Tollgate reconnects and sends what it did not confirm again.</source>
        <translation>O destino de encaminhamento %1 (%2) encerrou a sessão RELP (o receptor está desligando ou reiniciando); o Tollgate se reconecta e reenvia o que ele não confirmou.</translation>
    </message>
    <message>
        <source>The forwarding destination %1 (%2) refused the RELP session: %3</source>
        <translation>O destino de encaminhamento %1 (%2) recusou a sessão RELP: %3</translation>
    </message>
    <message>
        <source>The forwarding destination %1 (%2) did not accept a message: %3. Tollgate sends it again after reconnecting.</source>
        <translation>O destino de encaminhamento %1 (%2) não aceitou uma mensagem: %3. O Tollgate a reenvia após se reconectar.</translation>
    </message>
    <message>
        <source>The forwarding destination %1 (%2) does not speak RELP (%3). Check the port and transport.</source>
        <translation>O destino de encaminhamento %1 (%2) não fala RELP (%3). Verifique a porta e o transporte.</translation>
    </message>
</context>
<context>
    <name>tg::TollFraudDetector</name>
    <message>
        <source>unknown caller</source>
        <translation>chamador desconhecido</translation>
    </message>
    <message>
        <source>%1 is a %2 range, a usual target of toll fraud (International Revenue Share Fraud).</source>
        <translation>%1 é uma faixa de %2, alvo comum de fraude tarifária (International Revenue Share Fraud).</translation>
    </message>
    <message>
        <source>International calls to %1 are not allowed for PBX %2 (allowed: %3).</source>
        <translation>Chamadas internacionais para %1 não são permitidas para o PABX %2 (permitidos: %3).</translation>
    </message>
    <message>
        <source>none configured</source>
        <translation>nenhum configurado</translation>
    </message>
    <message>
        <source>The number matches no prefix in the rate table.</source>
        <translation>O número não corresponde a nenhum prefixo da tabela de tarifas.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>Call to a high-risk destination: %1 (%2)</source>
        <translation>Chamada para um destino de alto risco: %1 (%2)</translation>
    </message>
    <message>
        <source>International call to %1 from %2</source>
        <translation>Chamada internacional para %1 de %2</translation>
    </message>
    <message>
        <source>%1 dialed %2 (+%3, %4, tier %5, about %6 per minute; one hour costs about %7). %8</source>
        <translation>%1 discou %2 (+%3, %4, categoria %5, cerca de %6 por minuto; uma hora custa cerca de %7). %8</translation>
    </message>
    <message>
        <source>If nobody meant to call %1, hang up the calls of %2 now, change its password, and block international and premium dialing for it in the dial plan or at the carrier. If the calls are wanted, add %3 to the allowed countries of this PBX.</source>
        <translation>Se ninguém pretendia ligar para %1, desligue as chamadas de %2 agora, altere a senha dele e bloqueie a discagem internacional e premium para ele no dialplan ou na operadora. Se as chamadas forem desejadas, adicione %3 aos países permitidos deste PABX.</translation>
    </message>
    <message>
        <source>toll fraud by destination: on (international calls outside each PBX&apos;s allowed countries, and premium, satellite and high-risk ranges)</source>
        <translation>fraude tarifária por destino: ativado (chamadas internacionais fora dos países permitidos de cada PABX, e faixas premium, satélite e de alto risco)</translation>
    </message>
</context>
<context>
    <name>tg::TrayIcon</name>
    <message>
        <source>&amp;Show Tollgate</source>
        <translation>&amp;Mostrar o Tollgate</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
</context>
<context>
    <name>tg::TrayStatus</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Open critical alerts: %1</source>
        <translation>Alertas críticos abertos: %1</translation>
    </message>
    <message>
        <source>Not monitoring:</source>
        <translation>Sem monitoramento:</translation>
    </message>
    <message>
        <source>No PBX is being monitored.</source>
        <translation>Nenhum PBX está sendo monitorado.</translation>
    </message>
    <message>
        <source>PBXes connected: %1 of %2</source>
        <translation>PBX conectados: %1 de %2</translation>
    </message>
    <message>
        <source>All quiet.</source>
        <translation>Tudo tranquilo.</translation>
    </message>
</context>
<context>
    <name>tg::cli</name>
    <message>
        <source>--since and --until take an ISO 8601 time such as 2026-11-27T01:00:00Z.</source>
        <translation>--since e --until aceitam um horário ISO 8601 como 2026-11-27T01:00:00Z.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use one of: %2.</source>
        <translation>Formato desconhecido &quot;%1&quot;; use um destes: %2.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB; not audited.</source>
        <translation>%1 é maior que %2 MiB; não auditado.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2.</source>
        <translation>%1 não pôde ser lido: %2.</translation>
    </message>
    <message>
        <source>%1 is neither a folder nor a file.</source>
        <translation>%1 não é nem uma pasta nem um arquivo.</translation>
    </message>
    <message>
        <source>%1 holds no readable files.</source>
        <translation>%1 não contém arquivos legíveis.</translation>
    </message>
    <message>
        <source>--type must be asterisk or freeswitch.</source>
        <translation>--type deve ser asterisk ou freeswitch.</translation>
    </message>
    <message>
        <source>%1 holds no Asterisk (*.conf) or FreeSWITCH (freeswitch.xml, vars.xml, autoload_configs/) configuration; give --type if the layout is unusual.</source>
        <translation>%1 não contém configuração do Asterisk (*.conf) nem do FreeSWITCH (freeswitch.xml, vars.xml, autoload_configs/); informe --type se a estrutura for incomum.</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation>%1 não pôde ser lido.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <source>%1: %2, score %3/100, findings: %4 (%5 critical, %6 high, %7 medium, %8 low)</source>
        <translation>%1: %2, pontuação %3/100, achados: %4 (%5 críticos, %6 altos, %7 médios, %8 baixos)</translation>
    </message>
    <message>
        <source>Benchmarks (tollgate-cli bench NAME [--json] [--count N]):</source>
        <translation>Benchmarks (tollgate-cli bench NOME [--json] [--count N]):</translation>
    </message>
    <message>
        <source>No benchmark is called &quot;%1&quot;; run tollgate-cli bench to list them.</source>
        <translation>Nenhum benchmark se chama &quot;%1&quot;; execute tollgate-cli bench para listá-los.</translation>
    </message>
    <message>
        <source>Usage: tollgate-cli block ADDRESS... --pbx NAME[,NAME...]|all [--ttl SECONDS] [--reason TEXT]
                          [--alert ID] [--dry-run] [--json] [--trust-fingerprint SHA256:...] [--data-dir D]
Shows the plan (the exact commands on each PBX, and what is refused and why), then runs it,
verifies each PBX by listing its blocks, and records the block. --dry-run stops after the plan.
ADDRESS is an IPv4 or IPv6 address or network (203.0.113.5, 198.51.100.0/24, 2001:db8::/48).
Exit codes: 0 done everywhere, 1 refused or failed somewhere, 2 bad usage.</source>
        <translation>Uso: tollgate-cli block ENDEREÇO... --pbx NOME[,NOME...]|all [--ttl SEGUNDOS] [--reason TEXTO]
                          [--alert ID] [--dry-run] [--json] [--trust-fingerprint SHA256:...] [--data-dir D]
Mostra o plano (os comandos exatos em cada PABX e o que é recusado e por quê), depois o executa,
verifica cada PABX listando seus bloqueios e registra o bloqueio. --dry-run para após o plano.
ENDEREÇO é um endereço ou rede IPv4 ou IPv6 (203.0.113.5, 198.51.100.0/24, 2001:db8::/48).
Códigos de saída: 0 concluído em todos, 1 recusado ou falhou em algum, 2 uso incorreto.</translation>
    </message>
    <message>
        <source>Usage: tollgate-cli unblock ADDRESS... --pbx NAME[,NAME...]|all [--dry-run] [--json]
                            [--trust-fingerprint SHA256:...] [--data-dir D]
Exit codes: 0 done everywhere, 1 failed somewhere, 2 bad usage.</source>
        <translation>Uso: tollgate-cli unblock ENDEREÇO... --pbx NOME[,NOME...]|all [--dry-run] [--json]
                            [--trust-fingerprint SHA256:...] [--data-dir D]
Códigos de saída: 0 concluído em todos, 1 falhou em algum, 2 uso incorreto.</translation>
    </message>
    <message>
        <source>--ttl takes a number of seconds (0 or absent: until unblocked).</source>
        <translation>--ttl aceita um número de segundos (0 ou ausente: até ser desbloqueado).</translation>
    </message>
    <message>
        <source>No PBX with SSH access is configured; add its SSH settings in the console first.</source>
        <translation>Nenhum PABX com acesso SSH está configurado; adicione primeiro as configurações SSH dele no console.</translation>
    </message>
    <message>
        <source>Nothing to do: every address was refused.</source>
        <translation>Nada a fazer: todos os endereços foram recusados.</translation>
    </message>
    <message>
        <source>Nothing runs on any PBX.</source>
        <translation>Nada é executado em nenhum PABX.</translation>
    </message>
    <message>
        <source>Usage: tollgate-cli blocks [--all] [--json] [--data-dir D]
Lists the blocks Tollgate recorded, in force or failed (--all: also unblocked and expired),
with their state on each PBX.</source>
        <translation>Uso: tollgate-cli blocks [--all] [--json] [--data-dir D]
Lista os bloqueios que o Tollgate registrou, em vigor ou com falha (--all: também desbloqueados e expirados),
com o estado deles em cada PABX.</translation>
    </message>
    <message>
        <source>No blocks recorded.</source>
        <translation>Nenhum bloqueio registrado.</translation>
    </message>
    <message>
        <source>until unblocked</source>
        <translation>até ser desbloqueado</translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation>Não foi possível ler %1: %2.</translation>
    </message>
    <message>
        <source>Severity: %1</source>
        <translation>Severidade: %1</translation>
    </message>
    <message>
        <source>Usage: tollgate-cli db check [--data-dir D] [--json]</source>
        <translation>Uso: tollgate-cli db check [--data-dir D] [--json]</translation>
    </message>
    <message>
        <source>Usage: tollgate-cli events FILE... [--json] [--pbx NAME]</source>
        <translation>Uso: tollgate-cli events ARQUIVO... [--json] [--pbx NOME]</translation>
    </message>
    <message>
        <source>No saved PBX is called &quot;%1&quot;; see the PBX list in the console.</source>
        <translation>Nenhum PBX salvo se chama &quot;%1&quot;; veja a lista de PBXs no console.</translation>
    </message>
    <message>
        <source>Say which PBX to watch: an ami:// address or --pbx NAME.</source>
        <translation>Informe qual PABX monitorar: um endereço ami:// ou --pbx NOME.</translation>
    </message>
    <message>
        <source>No secret: set TOLLGATE_SECRET or use --pbx NAME for a PBX whose secret is in the keychain.</source>
        <translation>Sem segredo: defina TOLLGATE_SECRET ou use --pbx NOME para um PABX cujo segredo esteja no chaveiro.</translation>
    </message>
    <message>
        <source>Usage: tollgate-cli config diff OLD NEW [--as PATH] [--json]
         compare two local copies of a config file; secrets are masked; exit 0 same,
         1 different, 2 unreadable. --as names the file as on the PBX (e.g.
         /etc/asterisk/manager.conf) when the copies are named otherwise.</source>
        <translation>Uso: tollgate-cli config diff ANTIGO NOVO [--as CAMINHO] [--json]
         compara duas cópias locais de um arquivo de configuração; segredos são mascarados; saída 0 iguais,
         1 diferentes, 2 ilegível. --as dá ao arquivo o nome que ele tem no PBX (por exemplo,
         /etc/asterisk/manager.conf) quando as cópias têm outro nome.</translation>
    </message>
    <message>
        <source>Usage: tollgate-cli watch ami://USER@HOST[:PORT] | esl://HOST[:PORT] [--tls] [--seconds N] [--json] [--pbx NAME]</source>
        <translation>Uso: tollgate-cli watch ami://USER@HOST[:PORT] | esl://HOST[:PORT] [--tls] [--seconds N] [--json] [--pbx NOME]</translation>
    </message>
    <message>
        <source>Usage: tollgate-cli forward list [--json]
       tollgate-cli forward test (--dest NAME | --to URL) [--format cef|json] [--ca FILE]
                  [--fingerprint SHA256] [--count N] [--interval-ms MS] [--timeout S] [--tag T]
                  [--data-dir D]
       tollgate-cli forward flush (--dest NAME | --to URL) [--timeout S] [--data-dir D]
URL: udp://HOST[:PORT], tcp://, tls://, relp:// or relp-tls://</source>
        <translation>Uso: tollgate-cli forward list [--json]
     tollgate-cli forward test (--dest NAME | --to URL) [--format cef|json] [--ca FILE]
                  [--fingerprint SHA256] [--count N] [--interval-ms MS] [--timeout S] [--tag T]
                  [--data-dir D]
     tollgate-cli forward flush (--dest NAME | --to URL) [--timeout S] [--data-dir D]
URL: udp://HOST[:PORT], tcp://, tls://, relp:// ou relp-tls://</translation>
    </message>
    <message>
        <source>There is no forwarding destination called &apos;%1&apos; (see tollgate-cli forward list).</source>
        <translation>Não há nenhum destino de encaminhamento chamado &apos;%1&apos; (veja tollgate-cli forward list).</translation>
    </message>
    <message>
        <source>--format takes cef or json.</source>
        <translation>--format aceita cef ou json.</translation>
    </message>
    <message>
        <source>No forwarding destinations are configured (Settings → Forwarding in the console).</source>
        <translation>Nenhum destino de encaminhamento está configurado (Configurações → Encaminhamento no console).</translation>
    </message>
    <message>
        <source>%1: %2 test alerts queued, %3 delivered, %4 still queued.</source>
        <translation>%1: %2 alertas de teste enfileirados, %3 entregues, %4 ainda na fila.</translation>
    </message>
    <message>
        <source>tollgate-bench-gui was not found beside tollgate-cli; build the tools target.</source>
        <translation>tollgate-bench-gui não foi encontrado ao lado de tollgate-cli; compile o alvo tools.</translation>
    </message>
    <message>
        <source>The GUI storm benchmark failed (exit code %1).</source>
        <translation>O benchmark de tempestade da GUI falhou (código de saída %1).</translation>
    </message>
    <message>
        <source>Usage: tollgate-cli analyze FILE... [--format F] [--json] [--since T] [--until T]
                            [--rules FILE] [--geoip FILE] [--tz ZONE] [--verbose]
Replays AMI and ESL captures, Asterisk security/messages logs, FreeSWITCH logs
and fail2ban logs through the detectors and prints the alerts. Files are read
as they go and merged in time order: memory does not grow with their size.
  --format F   %1 (default: detected)
  --since T    only events at or after T (ISO 8601 UTC, or ms since the epoch)
  --until T    only events before T
  --rules FILE detector settings (JSON) instead of the defaults
  --geoip FILE country database (.mmdb: GeoLite2-Country, DB-IP Country Lite):
               new-country alerts and the countries of source addresses
  --tz ZONE    time zone the logs were written in (IANA name, default UTC)
Exit codes: 0 no alerts, 1 alerts found, 2 bad input.</source>
        <translation>Uso: tollgate-cli analyze FILE... [--format F] [--json] [--since T] [--until T]
                          [--rules FILE] [--geoip FILE] [--tz ZONE] [--verbose]
Reproduz capturas AMI e ESL, logs security/messages do Asterisk, logs do FreeSWITCH
e do fail2ban pelos detectores e imprime os alertas. Os arquivos são lidos
aos poucos e combinados em ordem cronológica: a memória não cresce com o
tamanho deles.
  --format F   %1 (padrão: detectado)
  --since T    apenas eventos em T ou depois (ISO 8601 UTC, ou ms desde a época)
  --until T    apenas eventos antes de T
  --rules FILE configurações dos detectores (JSON) em vez das padrão
  --geoip FILE banco de dados de países (.mmdb: GeoLite2-Country, DB-IP Country Lite):
               alertas de país novo e os países dos endereços de origem
  --tz ZONE    fuso horário em que os logs foram escritos (nome IANA, padrão UTC)
Códigos de saída: 0 nenhum alerta, 1 alertas encontrados, 2 entrada inválida.</translation>
    </message>
    <message>
        <source>Usage: tollgate-cli report (--alert ID... | --from TIME --to TIME) [--pbx NAME]
                           [--format html|pdf] -o FILE [--data-dir D]
Writes an incident report (summary, timeline, evidence with the raw PBX text, accounts,
source addresses, estimated cost, blocks, audit fixes and triage) for the given alerts,
or for every alert active between --from and --to (ISO 8601 UTC, e.g. 2026-11-27T01:00:00Z).
The format follows FILE&apos;s extension (.pdf or .html) unless --format says otherwise.
Exit codes: 0 written, 1 nothing to report or not written, 2 bad usage.</source>
        <translation>Uso: tollgate-cli report (--alert ID... | --from HORA --to HORA) [--pbx NOME]
                           [--format html|pdf] -o ARQUIVO [--data-dir D]
Grava um relatório de incidente (resumo, linha do tempo, evidências com o texto bruto do PBX, contas,
endereços de origem, custo estimado, bloqueios, correções de auditoria e triagem) dos alertas indicados,
ou de cada alerta ativo entre --from e --to (ISO 8601 UTC, p. ex. 2026-11-27T01:00:00Z).
O formato segue a extensão de ARQUIVO (.pdf ou .html), a menos que --format diga outra coisa.
Códigos de saída: 0 gravado, 1 nada a relatar ou não gravado, 2 uso incorreto.</translation>
    </message>
    <message>
        <source>--format takes html or pdf.</source>
        <translation>--format aceita html ou pdf.</translation>
    </message>
    <message>
        <source>--alert takes alert numbers, as shown by the console or tollgate-cli analyze.</source>
        <translation>--alert aceita números de alerta, como mostrados pelo console ou por tollgate-cli analyze.</translation>
    </message>
    <message>
        <source>Name the alerts (--alert ID...) or a time range (--from TIME --to TIME), not both.</source>
        <translation>Indique os alertas (--alert ID...) ou um intervalo de tempo (--from HORA --to HORA), não ambos.</translation>
    </message>
    <message>
        <source>--from and --to take ISO 8601 times such as 2026-11-27T01:00:00Z, --to after --from.</source>
        <translation>--from e --to aceitam horários ISO 8601 como 2026-11-27T01:00:00Z, --to depois de --from.</translation>
    </message>
    <message>
        <source>Incident report written to %1 (alerts: %2, source addresses: %3, blocks: %4).</source>
        <translation>Relatório de incidente gravado em %1 (alertas: %2, endereços de origem: %3, bloqueios: %4).</translation>
    </message>
    <message>
        <source>Usage: tollgate-cli COMMAND [OPTIONS]

Commands:
  --version                     print the version
  events FILE... [--json]       normalized Events of AMI captures and Asterisk logs, one per line
  analyze FILE... [--json] [--since T] [--until T] [--format F] [--rules FILE] [--tz ZONE]
                                replay captures and logs through the detectors; print alerts
                                (exit 0 none, 1 alerts found, 2 bad input)
  watch ami://USER@HOST[:PORT] | esl://HOST[:PORT] [--tls] [--seconds N] [--json] [--pbx NAME]
                                connect live and print Events; the secret comes from the
                                TOLLGATE_SECRET environment variable or the keychain entry of
                                a saved PBX (--pbx NAME), never from the command line
  db check [--data-dir D] [--json]
                                schema version, row counts and integrity of the store
  audit --offline DIR|FILE [--json] [--type T] [--pbx-version V]
                                security audit of a folder of Asterisk or FreeSWITCH config files
                                (exit 0 nothing of medium severity or above, 1 findings, 2 bad input)
  block ADDRESS... --pbx NAME[,NAME...]|all [--ttl S] [--reason TEXT] [--dry-run] [--json]
                                show the plan, block on the PBXes over SSH, verify, record
  unblock ADDRESS... --pbx NAME[,NAME...]|all [--dry-run] [--json]
  blocks [--all] [--json]       the recorded blocks and their state on each PBX
  config diff OLD NEW [--as PATH] [--json]
                                compare two copies of a config file: hunks with their section,
                                security findings and severity, secrets masked (exit 0 same, 1 differ)
  forward list | test | flush   SIEM/syslog forwarding: list the destinations, send a test
                                message or N test alerts (--dest NAME | --to URL), deliver
                                what is queued (see &apos;tollgate-cli forward&apos;)
  report (--alert ID... | --from T --to T) [--pbx NAME] [--format html|pdf] -o FILE
                                incident report of alerts or a time range: timeline, evidence,
                                accounts, addresses, cost, blocks, fixes and triage
  bench [NAME] [--json]         run a benchmark (no NAME: list them)

Options:
  --data-dir D                  use the store in D instead of the per-user location

Exit codes: 0 success, 1 findings or failure, 2 bad usage or unreadable input.
</source>
        <translation>Uso: tollgate-cli COMANDO [OPÇÕES]

Comandos:
  --version                     mostra a versão
  events ARQUIVO... [--json]    eventos normalizados de capturas AMI e logs do Asterisk, um por linha
  analyze ARQUIVO... [--json] [--since T] [--until T] [--format F] [--rules ARQUIVO] [--tz ZONA]
                                reproduz capturas e logs pelos detectores; mostra os alertas
                                (saída 0 nenhum, 1 alertas encontrados, 2 entrada inválida)
  watch ami://USER@HOST[:PORT] | esl://HOST[:PORT] [--tls] [--seconds N] [--json] [--pbx NOME]
                                conecta ao vivo e mostra os eventos; o segredo vem da variável
                                de ambiente TOLLGATE_SECRET ou da entrada no chaveiro de um
                                PBX salvo (--pbx NOME), nunca da linha de comando
  db check [--data-dir D] [--json]
                                versão do esquema, contagem de linhas e integridade do banco
  audit --offline DIR|ARQUIVO [--json] [--type T] [--pbx-version V]
                                auditoria de segurança de uma pasta de configuração do Asterisk ou FreeSWITCH
                                (saída 0 nada de gravidade média ou maior, 1 achados, 2 entrada inválida)
  block ENDEREÇO... --pbx NOME[,NOME...]|all [--ttl S] [--reason TEXTO] [--dry-run] [--json]
                                mostra o plano, bloqueia nos PBXs via SSH, verifica e registra
  unblock ENDEREÇO... --pbx NOME[,NOME...]|all [--dry-run] [--json]
  blocks [--all] [--json]       os bloqueios registrados e seu estado em cada PBX
  config diff ANTIGO NOVO [--as CAMINHO] [--json]
                                compara duas cópias de um arquivo de configuração: trechos com sua seção,
                                achados de segurança e gravidade, segredos mascarados (saída 0 iguais, 1 diferentes)
  forward list | test | flush   encaminhamento SIEM/syslog: listar os destinos, enviar uma mensagem
                                de teste ou N alertas de teste (--dest NOME | --to URL), entregar
                                o que está na fila (veja &apos;tollgate-cli forward&apos;)
  report (--alert ID... | --from T --to T) [--pbx NOME] [--format html|pdf] -o ARQUIVO
                                relatório de incidente de alertas ou de um intervalo: linha do tempo, evidências,
                                contas, endereços, custo, bloqueios, correções e triagem
  bench [NOME] [--json]         executa um benchmark (sem NOME: lista todos)

Opções:
  --data-dir D                  usa o banco em D em vez do local do usuário

Códigos de saída: 0 sucesso, 1 achados ou falha, 2 uso incorreto ou entrada ilegível.
</translation>
    </message>
    <message>
        <source>--approved-users takes the approved AMI/ESL user names, e.g. --approved-users console,ops (event_socket stands for the shared ESL password).</source>
        <translation>--approved-users recebe os nomes dos usuários AMI/ESL aprovados, p. ex. --approved-users console,ops (event_socket representa a senha ESL compartilhada).</translation>
    </message>
    <message>
        <source>--approved-users-file needs a readable file of approved AMI/ESL user names.</source>
        <translation>--approved-users-file precisa de um arquivo legível com os nomes dos usuários AMI/ESL aprovados.</translation>
    </message>
    <message>
        <source>%1 names no approved AMI/ESL user.</source>
        <translation>%1 não nomeia nenhum usuário AMI/ESL aprovado.</translation>
    </message>
    <message>
        <source>Usage: tollgate-cli audit --offline DIR|FILE [--json] [--type asterisk|freeswitch]
                          [--pbx-version TEXT] [--ss FILE] [--firewall FILE] [--fail2ban FILE]
                          [--ps FILE] [--name NAME] [--approved-users LIST]
                          [--approved-users-file FILE]
Runs the configuration checks on a folder of Asterisk (*.conf) or FreeSWITCH (freeswitch.xml,
vars.xml, autoload_configs/, sip_profiles/, directory/) files, or on one such file; the
layout is detected. --pbx-version checks the Asterisk version against the built-in advisory
table; --ss, --firewall, --fail2ban and --ps take saved output of `ss -lntup`,
`nft list ruleset` (or `iptables -S`), `fail2ban-client status` and `ps -o user= -C asterisk`.
--approved-users (names separated by commas or spaces) and --approved-users-file (names
on lines, # for comments) list the AMI users, ESL users and event_socket (the shared ESL
password) that may control the PBX: every other one is reported, as in the console.
--json prints one JSON object per finding and line.
Exit codes: 0 no finding of medium severity or above, 1 such findings, 2 bad input.
</source>
        <translation>Uso: tollgate-cli audit --offline DIR|ARQUIVO [--json] [--type asterisk|freeswitch]
                          [--pbx-version TEXTO] [--ss ARQUIVO] [--firewall ARQUIVO] [--fail2ban ARQUIVO]
                          [--ps ARQUIVO] [--name NOME] [--approved-users LISTA]
                          [--approved-users-file ARQUIVO]
Executa as verificações de configuração em uma pasta de arquivos do Asterisk (*.conf) ou do FreeSWITCH (freeswitch.xml,
vars.xml, autoload_configs/, sip_profiles/, directory/), ou em um único arquivo desses; a
estrutura é detectada. --pbx-version compara a versão do Asterisk com a tabela de avisos de segurança
embutida; --ss, --firewall, --fail2ban e --ps recebem a saída salva de `ss -lntup`,
`nft list ruleset` (ou `iptables -S`), `fail2ban-client status` e `ps -o user= -C asterisk`.
--approved-users (nomes separados por vírgulas ou espaços) e --approved-users-file (nomes em
linhas, # para comentários) listam os usuários AMI, os usuários ESL e event_socket (a senha ESL
compartilhada) que podem controlar o PBX: qualquer outro é relatado, como no console.
--json imprime um objeto JSON por achado e por linha.
Códigos de saída: 0 nenhum achado de severidade média ou acima, 1 achados desse tipo, 2 entrada inválida.
</translation>
    </message>
</context>
<context>
    <name>tg::main</name>
    <message>
        <source>Security operations console for Asterisk and FreeSWITCH PBXes</source>
        <translation>Console de operações de segurança para PABX Asterisk e FreeSWITCH</translation>
    </message>
    <message>
        <source>Start the built-in Demo PBX, which replays real Asterisk attack traffic.</source>
        <translation>Inicia o PBX de demonstração embutido, que reproduz tráfego real de ataques ao Asterisk.</translation>
    </message>
    <message>
        <source>Keep the store in DIR instead of the per-user location.</source>
        <translation>Mantém o armazenamento em DIR em vez do local por usuário.</translation>
    </message>
    <message>
        <source>Start the Demo PBX when no PBX is configured yet.</source>
        <translation>Inicia o PBX de demonstração quando nenhum PBX estiver configurado ainda.</translation>
    </message>
    <message>
        <source>Tollgate cannot start</source>
        <translation>O Tollgate não pode iniciar</translation>
    </message>
</context>
</TS>
