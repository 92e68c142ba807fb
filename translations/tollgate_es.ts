<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>tg</name>
    <message>
        <source>Could not record the block in the database: %1.</source>
        <translation>No se pudo registrar el bloqueo en la base de datos: %1.</translation>
    </message>
    <message>
        <source>The database %1 is damaged or is not a Tollgate database; it was left untouched. Move it aside or restore a backup, or start Tollgate with --data-dir pointing to another folder.</source>
        <translation>La base de datos %1 está dañada o no es una base de datos de Tollgate; no se ha modificado. Muévala a otro lugar o restaure una copia de seguridad, o inicie Tollgate con --data-dir apuntando a otra carpeta.</translation>
    </message>
    <message>
        <source>The database %1 does not exist; check the path or the --data-dir option.</source>
        <translation>La base de datos %1 no existe; compruebe la ruta o la opción --data-dir.</translation>
    </message>
    <message>
        <source>The database %1 cannot be read; check its permissions.</source>
        <translation>No se puede leer la base de datos %1; compruebe sus permisos.</translation>
    </message>
    <message>
        <source>The file %1 is not an SQLite database or its header is damaged.</source>
        <translation>El archivo %1 no es una base de datos SQLite o su cabecera está dañada.</translation>
    </message>
    <message>
        <source>Could not open the database %1 read-only: %2.</source>
        <translation>No se pudo abrir la base de datos %1 en modo de solo lectura: %2.</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). Restore a backup, or move the file aside to start with an empty one.</source>
        <translation>La base de datos %1 está dañada (%2). Restaure una copia de seguridad, o mueva el archivo a otro lugar para empezar con una vacía.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Tollgate (schema %2); update Tollgate to use it.</source>
        <translation>La base de datos %1 fue escrita por una versión más reciente de Tollgate (esquema %2); actualice Tollgate para usarla.</translation>
    </message>
    <message>
        <source>On PBX %1, a command ended without an exit code (the connection or the command was cut); its effect is unknown until the next listing.</source>
        <translation>En la centralita %1, un comando terminó sin código de salida (se cortó la conexión o el comando); su efecto se desconoce hasta el siguiente listado.</translation>
    </message>
    <message>
        <source>PBX %1 cannot be blocked on: it is not configured, or has no SSH access set up.</source>
        <translation>No se puede bloquear en la centralita %1: no está configurada o no tiene acceso SSH.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a destination address; write it as udp://, tcp://, tls://, relp:// or relp-tls:// followed by the host and an optional port, e.g. relp://siem.example.com:2514.</source>
        <translation>&apos;%1&apos; no es una dirección de destino; escríbala como udp://, tcp://, tls://, relp:// o relp-tls:// seguido del host y un puerto opcional, p. ej. relp://siem.example.com:2514.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name or IP address.</source>
        <translation>&apos;%1&apos; no es un nombre de host ni una dirección IP.</translation>
    </message>
    <message>
        <source>The port in &apos;%1&apos; must be between 1 and 65535.</source>
        <translation>El puerto en &apos;%1&apos; debe estar entre 1 y 65535.</translation>
    </message>
    <message>
        <source>[… %1 more characters not shown]</source>
        <translation>[… %1 caracteres más no mostrados]</translation>
    </message>
    <message>
        <source>%1 to %2 (UTC)</source>
        <translation>%1 a %2 (UTC)</translation>
    </message>
    <message>
        <source>all PBXes</source>
        <translation>todas las PBX</translation>
    </message>
    <message>
        <source>Incident report</source>
        <translation>Informe de incidente</translation>
    </message>
    <message>
        <source>Confidential: for incident response</source>
        <translation>Confidencial: para la respuesta a incidentes</translation>
    </message>
    <message>
        <source>highest severity among the alerts</source>
        <translation>gravedad más alta entre las alertas</translation>
    </message>
    <message>
        <source>Selected alerts (%1)</source>
        <translation>Alertas seleccionadas (%1)</translation>
    </message>
    <message>
        <source>Time range, all PBXes</source>
        <translation>Intervalo de tiempo, todas las PBX</translation>
    </message>
    <message>
        <source>Time range on %1</source>
        <translation>Intervalo de tiempo en %1</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Alcance</translation>
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
        <translation>Informe generado</translation>
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
        <translation>direcciones de origen</translation>
    </message>
    <message>
        <source>accounts involved</source>
        <translation>cuentas implicadas</translation>
    </message>
    <message>
        <source>estimated cost</source>
        <translation>coste estimado</translation>
    </message>
    <message>
        <source>No alert was active on %1 from %2.</source>
        <translation>Ninguna alerta estuvo activa en %1 de %2.</translation>
    </message>
    <message>
        <source>Tollgate raised one alert on %1 between %2; its severity is %3.</source>
        <translation>Tollgate generó una alerta en %1 entre %2; su gravedad es %3.</translation>
    </message>
    <message>
        <source>Tollgate raised %1 alerts on %2 between %3; the highest severity is %4.</source>
        <translation>Tollgate generó %1 alertas en %2 entre %3; la gravedad más alta es %4.</translation>
    </message>
    <message>
        <source>Rules that fired: %1.</source>
        <translation>Reglas que se dispararon: %1.</translation>
    </message>
    <message>
        <source>Stored in this period on these PBXes: failed authentications %1, calls %2.</source>
        <translation>Almacenado en este período en estas PBX: autenticaciones fallidas %1, llamadas %2.</translation>
    </message>
    <message>
        <source>Estimated cost of the calls involved: %1.</source>
        <translation>Coste estimado de las llamadas implicadas: %1.</translation>
    </message>
    <message>
        <source>No call cost was recorded for this incident.</source>
        <translation>No se registró ningún coste de llamadas para este incidente.</translation>
    </message>
    <message>
        <source>Alert status now: %1.</source>
        <translation>Estado actual de las alertas: %1.</translation>
    </message>
    <message>
        <source>Actions recorded: blocks %1 (in force %2), audit fixes %3, triage steps %4.</source>
        <translation>Acciones registradas: bloqueos %1 (en vigor %2), correcciones de auditoría %3, pasos de triaje %4.</translation>
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
        <translation>Qué</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
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
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Visto por primera vez</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Visto por última vez</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Est. cost</source>
        <translation>Coste est.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Failed logins</source>
        <translation>Inicios de sesión fallidos</translation>
    </message>
    <message>
        <source>Successful logins</source>
        <translation>Inicios de sesión correctos</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>%1 more accounts with fewer events are not listed.</source>
        <translation>No se listan %1 cuentas más con menos eventos.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Todos los eventos</translation>
    </message>
    <message>
        <source>Active (UTC)</source>
        <translation>Activa (UTC)</translation>
    </message>
    <message>
        <source>Accounts tried</source>
        <translation>Cuentas probadas</translation>
    </message>
    <message>
        <source>User agent</source>
        <translation>Agente de usuario</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloqueo</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>not blocked</source>
        <translation>no bloqueada</translation>
    </message>
    <message>
        <source>Evidence: events among the alerts&apos; evidence. All events: every stored event from the address in the period.</source>
        <translation>Evidencias: eventos entre las evidencias de las alertas. Todos los eventos: cada evento almacenado de la dirección en el período.</translation>
    </message>
    <message>
        <source>%1 more addresses are not listed.</source>
        <translation>No se listan %1 direcciones más.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Llamante</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>Facturado</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Bloqueos</translation>
    </message>
    <message>
        <source>No source address of this incident was blocked.</source>
        <translation>No se bloqueó ninguna dirección de origen de este incidente.</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Cuándo (UTC)</translation>
    </message>
    <message>
        <source>PBX and backend</source>
        <translation>PBX y backend</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
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
        <translation>Finalizado</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <source>until unblocked</source>
        <translation>hasta que se desbloquee</translation>
    </message>
    <message>
        <source>Audit fixes</source>
        <translation>Correcciones de auditoría</translation>
    </message>
    <message>
        <source>No guided fix was applied to these PBXes since the incident began.</source>
        <translation>No se aplicó ninguna corrección guiada a estas PBX desde el inicio del incidente.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <source>Alert triage</source>
        <translation>Triaje de alertas</translation>
    </message>
    <message>
        <source>No alert of this incident has been triaged yet.</source>
        <translation>Todavía no se ha clasificado ninguna alerta de este incidente.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <source>account %1</source>
        <translation>cuenta %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>a %1</translation>
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
        <translation>Por qué:</translation>
    </message>
    <message>
        <source>Suggested action:</source>
        <translation>Acción sugerida:</translation>
    </message>
    <message>
        <source>Analyst&apos;s note:</source>
        <translation>Nota del analista:</translation>
    </message>
    <message>
        <source>No evidence events are stored for this alert.</source>
        <translation>No hay eventos de evidencia almacenados para esta alerta.</translation>
    </message>
    <message>
        <source>%1 of its %2 evidence events, the first and the newest:</source>
        <translation>%1 de sus %2 eventos de evidencia, los primeros y los más recientes:</translation>
    </message>
    <message>
        <source>Its %1 evidence events:</source>
        <translation>Sus %1 eventos de evidencia:</translation>
    </message>
    <message>
        <source>Could not write the report to %1: %2. Choose another folder.</source>
        <translation>No se pudo escribir el informe en %1: %2. Elija otra carpeta.</translation>
    </message>
    <message>
        <source>Calls to %1 in context %2 are forwarded to the external number %3</source>
        <translation>Las llamadas a %1 en el contexto %2 se desvían al número externo %3</translation>
    </message>
    <message>
        <source>Every call that reaches %1 is sent on to %2, outside the PBX, and you pay for that outgoing leg. Intruders who get into a PBX set up exactly such forwards to premium or international numbers they profit from, then call the extension from a cheap line (or let callers do it) so the PBX keeps dialling out for them.</source>
        <translation>Cada llamada que llega a %1 se reenvía a %2, fuera de la PBX, y usted paga ese tramo saliente. Los intrusos que entran en una PBX configuran justamente desvíos así a números premium o internacionales de los que se benefician, y luego llaman a la extensión desde una línea barata (o dejan que otros lo hagan) para que la PBX siga marcando hacia fuera por ellos.</translation>
    </message>
    <message>
        <source>Check that somebody in your organisation asked for this forward and that %1 is their number. If not, remove the line from extensions.conf, run &quot;dialplan reload&quot;, and look at the Config tab&apos;s history of the file to see when it appeared.</source>
        <translation>Compruebe que alguien de su organización pidió este desvío y que %1 es su número. Si no, elimine la línea de extensions.conf, ejecute &quot;dialplan reload&quot; y mire en el historial del archivo en la pestaña Configuración cuándo apareció.</translation>
    </message>
    <message>
        <source>Calls to user %1 are forwarded to %2</source>
        <translation>Las llamadas al usuario %1 se desvían a %2</translation>
    </message>
    <message>
        <source>Calls for user %1 are sent on to %2, outside the PBX, and you pay for that outgoing leg. Intruders who get into a PBX set up exactly such forwards to premium or international numbers they profit from.</source>
        <translation>Las llamadas para el usuario %1 se reenvían a %2, fuera de la PBX, y usted paga ese tramo saliente. Los intrusos que entran en una PBX configuran justamente desvíos así a números premium o internacionales de los que se benefician.</translation>
    </message>
    <message>
        <source>Check that the user asked for this forward and that the number is theirs; if not, remove the variable from the user&apos;s directory file and run &quot;reloadxml&quot;.</source>
        <translation>Compruebe que el usuario pidió este desvío y que el número es suyo; si no, elimine la variable del archivo de directorio del usuario y ejecute &quot;reloadxml&quot;.</translation>
    </message>
    <message>
        <source>Calls to extension %1 in context %2 are forwarded to the external number %3</source>
        <translation>Las llamadas a la extensión %1 en el contexto %2 se desvían al número externo %3</translation>
    </message>
    <message>
        <source>Every call that reaches this extension is sent on to %1, outside the PBX, and you pay for that outgoing leg. Intruders who get into a PBX set up exactly such forwards to premium or international numbers they profit from.</source>
        <translation>Cada llamada que llega a esta extensión se reenvía a %1, fuera de la PBX, y usted paga ese tramo saliente. Los intrusos que entran en una PBX configuran justamente desvíos así a números premium o internacionales de los que se benefician.</translation>
    </message>
    <message>
        <source>Check that somebody asked for this forward and that %1 is their number. If not, remove the action from the dialplan and run &quot;reloadxml&quot;.</source>
        <translation>Compruebe que alguien pidió este desvío y que %1 es su número. Si no, elimine la acción del plan de marcación y ejecute &quot;reloadxml&quot;.</translation>
    </message>
</context>
<context>
    <name>tg::AccessReview</name>
    <message>
        <source>No approved list of AMI/ESL users for this PBX (%1 defined: %2)</source>
        <translation>No hay lista de usuarios AMI/ESL aprobados para esta PBX (%1 definidos: %2)</translation>
    </message>
    <message>
        <source>AMI and ESL users can control the PBX: place calls, read its configuration, and sometimes run commands. An account an intruder added, or one a former contractor still knows, is easy to miss among legitimate ones. With an approved list, Tollgate reports every user that is not on it.</source>
        <translation>Los usuarios AMI y ESL pueden controlar la PBX: hacer llamadas, leer su configuración y a veces ejecutar comandos. Una cuenta que añadió un intruso, o que un antiguo contratista todavía conoce, pasa fácilmente desapercibida entre las legítimas. Con una lista de aprobados, Tollgate informa de cada usuario que no esté en ella.</translation>
    </message>
    <message>
        <source>Edit the PBX (PBX → Edit selected PBX…) and list the AMI/ESL users you know and need under &quot;Approved AMI/ESL users&quot;; remove the others from the PBX.</source>
        <translation>Edite la PBX (PBX → Editar la PBX seleccionada…) y anote en &quot;Usuarios AMI/ESL aprobados&quot; los usuarios que conoce y necesita; elimine los demás de la PBX.</translation>
    </message>
    <message>
        <source>%1 user %2 is not on the approved list</source>
        <translation>El usuario %1 %2 no está en la lista de aprobados</translation>
    </message>
    <message>
        <source>[%1] (%2); approved: %3</source>
        <translation>[%1] (%2); aprobados: %3</translation>
    </message>
    <message>
        <source>Nobody approved this %1 user for this PBX. It may be an account an intruder added to keep control of the PBX, or an old one nobody needs any more; either way it is a door into the PBX%2.</source>
        <translation>Nadie aprobó este usuario %1 para esta PBX. Puede ser una cuenta que añadió un intruso para mantener el control de la PBX, o una antigua que ya nadie necesita; en ambos casos es una puerta de entrada a la PBX%2.</translation>
    </message>
    <message>
        <source> that can place calls or run commands</source>
        <translation> que puede hacer llamadas o ejecutar comandos</translation>
    </message>
    <message>
        <source>Find out who uses %1. If nobody does, remove it from the PBX&apos;s configuration and reload; if it is needed, add it to &quot;Approved AMI/ESL users&quot; in the PBX&apos;s settings.</source>
        <translation>Averigüe quién usa %1. Si nadie lo usa, elimínelo de la configuración de la PBX y recárguela; si se necesita, añádalo a &quot;Usuarios AMI/ESL aprobados&quot; en los ajustes de la PBX.</translation>
    </message>
    <message>
        <source>%1 account %2: no registration or call in %3 days (inactive, disable?)</source>
        <translation>Cuenta %1 %2: sin registro ni llamada en %3 días (inactiva, ¿desactivar?)</translation>
    </message>
    <message>
        <source>last activity %1</source>
        <translation>última actividad %1</translation>
    </message>
    <message>
        <source>no activity stored since %1</source>
        <translation>sin actividad guardada desde %1</translation>
    </message>
    <message>
        <source>An account nobody uses still has a password that attackers can guess, and its misuse stands out to nobody because nobody expects calls from it. Unused accounts are a common way in for toll fraud.</source>
        <translation>Una cuenta que nadie usa sigue teniendo una contraseña que los atacantes pueden adivinar, y su abuso no llama la atención de nadie porque nadie espera llamadas desde ella. Las cuentas sin uso son una vía de entrada habitual para el fraude telefónico.</translation>
    </message>
    <message>
        <source>Ask whether %1 is still needed. If not, disable it (remove it or comment it out) and reload; if it is, check that its password is strong.</source>
        <translation>Pregunte si %1 todavía se necesita. Si no, desactívela (elimínela o coméntela) y recargue; si se necesita, compruebe que su contraseña es fuerte.</translation>
    </message>
    <message>
        <source>%1 accounts had no registration or call in %2 days (inactive, disable?)</source>
        <translation>%1 cuentas sin registro ni llamada en %2 días (inactivas, ¿desactivar?)</translation>
    </message>
    <message>
        <source>Ask whether these accounts are still needed. Disable (remove or comment out) the ones that are not and reload; check that the others have strong passwords.</source>
        <translation>Pregunte si estas cuentas todavía se necesitan. Desactive (elimine o comente) las que no y recargue; compruebe que las demás tienen contraseñas fuertes.</translation>
    </message>
</context>
<context>
    <name>tg::AdvisoryTable</name>
    <message>
        <source>The advisory table %1 could not be read: %2.</source>
        <translation>No se pudo leer la tabla de avisos de seguridad %1: %2.</translation>
    </message>
    <message>
        <source>The advisory table has a malformed line %1.</source>
        <translation>La tabla de avisos de seguridad tiene una línea mal formada: %1.</translation>
    </message>
    <message>
        <source>Asterisk %1 is affected by %2: %3</source>
        <translation>Asterisk %1 está afectado por %2: %3</translation>
    </message>
    <message>
        <source>running %1; fixed in %2 (%3)</source>
        <translation>ejecuta %1; corregido en %2 (%3)</translation>
    </message>
    <message>
        <source>The Asterisk project published this flaw and its fix. Published flaws are the ones attackers automate first, and this version does not have the fix.</source>
        <translation>El proyecto Asterisk publicó esta vulnerabilidad y su corrección. Las vulnerabilidades publicadas son las primeras que los atacantes automatizan, y esta versión no tiene la corrección.</translation>
    </message>
    <message>
        <source>Update Asterisk to %1 or a later release of the %2 branch (or a supported newer branch).</source>
        <translation>Actualice Asterisk a %1 o a una versión posterior de la rama %2 (o a una rama más reciente con soporte).</translation>
    </message>
</context>
<context>
    <name>tg::AlertFormatter</name>
    <message numerus="yes">
        <source>No alerts in %n event(s).</source>
        <translation>
            <numerusform>Ninguna alerta en %n evento.</numerusform>
            <numerusform>Ninguna alerta en %n eventos.</numerusform>
        </translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>GRAVEDAD</translation>
    </message>
    <message>
        <source>RULE</source>
        <translation>REGLA</translation>
    </message>
    <message>
        <source>SUBJECT</source>
        <translation>ASUNTO</translation>
    </message>
    <message>
        <source>COUNT</source>
        <translation>CANTIDAD</translation>
    </message>
    <message>
        <source>FIRST SEEN (UTC)</source>
        <translation>VISTO POR PRIMERA VEZ (UTC)</translation>
    </message>
    <message>
        <source>LAST SEEN (UTC)</source>
        <translation>VISTO POR ÚLTIMA VEZ (UTC)</translation>
    </message>
    <message>
        <source>COST</source>
        <translation>COSTE</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TÍTULO</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>Acción: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) in %1 event(s).</source>
        <translation>
            <numerusform>%n alerta en %1 evento(s).</numerusform>
            <numerusform>%n alertas en %1 evento(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Orígenes: %1</translation>
    </message>
</context>
<context>
    <name>tg::AlertNotifier</name>
    <message>
        <source>%1 alert on %2</source>
        <translation>Alerta %1 en %2</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… y %1 más</translation>
    </message>
    <message>
        <source>%1 new alerts on %2</source>
        <translation>%1 alertas nuevas en %2</translation>
    </message>
</context>
<context>
    <name>tg::AlertRepository</name>
    <message>
        <source>Could not read or update alerts: %1.</source>
        <translation>No se pudieron leer ni actualizar las alertas: %1.</translation>
    </message>
    <message>
        <source>Could not update alert %1 (the database is busy or read-only): %2.</source>
        <translation>No se pudo actualizar la alerta %1 (la base de datos está ocupada o es de solo lectura): %2.</translation>
    </message>
    <message>
        <source>Alert %1 no longer exists; refresh the alert list.</source>
        <translation>La alerta %1 ya no existe; actualice la lista de alertas.</translation>
    </message>
    <message>
        <source>Could not update alert %1: %2.</source>
        <translation>No se pudo actualizar la alerta %1: %2.</translation>
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
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
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
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Visto por última vez</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Visto por primera vez</translation>
    </message>
    <message>
        <source>Est. cost</source>
        <translation>Coste est.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
</context>
<context>
    <name>tg::AlertsView</name>
    <message>
        <source>Any severity</source>
        <translation>Cualquier gravedad</translation>
    </message>
    <message>
        <source>Low and above</source>
        <translation>Baja o superior</translation>
    </message>
    <message>
        <source>Medium and above</source>
        <translation>Media o superior</translation>
    </message>
    <message>
        <source>High and above</source>
        <translation>Alta o superior</translation>
    </message>
    <message>
        <source>Critical only</source>
        <translation>Solo críticas</translation>
    </message>
    <message>
        <source>Open and acknowledged</source>
        <translation>Abiertas y reconocidas</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>All rules</source>
        <translation>Todas las reglas</translation>
    </message>
    <message>
        <source>Search title, subject, rule, note… (Ctrl+F)</source>
        <translation>Buscar título, asunto, regla, nota… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítica</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Reconocida</translation>
    </message>
    <message>
        <source>Est. cost</source>
        <translation>Coste est.</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Reconocer</translation>
    </message>
    <message>
        <source>I have seen it and am on it</source>
        <translation>La he visto y me estoy ocupando</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Resolver</translation>
    </message>
    <message>
        <source>The cause is dealt with</source>
        <translation>La causa está solucionada</translation>
    </message>
    <message>
        <source>False positive</source>
        <translation>Falso positivo</translation>
    </message>
    <message>
        <source>Not an attack or a fault</source>
        <translation>No es un ataque ni un fallo</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Posponer</translation>
    </message>
    <message>
        <source>Hide it from the open list</source>
        <translation>Ocultarla de la lista de abiertas</translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation>Añadir nota…</translation>
    </message>
    <message>
        <source>Record a note with the alert</source>
        <translation>Guardar una nota con la alerta</translation>
    </message>
    <message>
        <source>Select an alert to see why it fired, what to do, and its evidence.</source>
        <translation>Seleccione una alerta para ver por qué se activó, qué hacer y sus pruebas.</translation>
    </message>
    <message>
        <source>%1 of %2 alerts shown, %3 open or acknowledged</source>
        <translation>Se muestran %1 de %2 alertas, %3 abiertas o reconocidas</translation>
    </message>
    <message>
        <source>Marking %1 selected as %2…</source>
        <translation>Marcando %1 seleccionadas como %2…</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Note for the %1 selected:</source>
        <translation>Nota para las %1 seleccionadas:</translation>
    </message>
    <message>
        <source>Alerts updated: %1.</source>
        <translation>Alertas actualizadas: %1.</translation>
    </message>
    <message>
        <source>Could not update the alert: %1</source>
        <translation>No se pudo actualizar la alerta: %1</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Visto por primera vez</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Visto por última vez</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Coste estimado</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Suggested action</source>
        <translation>Acción sugerida</translation>
    </message>
    <message>
        <source>Evidence: %1 events</source>
        <translation>Pruebas: %1 eventos</translation>
    </message>
    <message>
        <source>No evidence events recorded.</source>
        <translation>No hay eventos registrados como prueba.</translation>
    </message>
    <message>
        <source>Loading evidence…</source>
        <translation>Cargando pruebas…</translation>
    </message>
    <message>
        <source>The evidence events are no longer stored (retention).</source>
        <translation>Los eventos de prueba ya no se conservan (retención).</translation>
    </message>
    <message>
        <source>from %1:%2</source>
        <translation>desde %1:%2</translation>
    </message>
    <message>
        <source>account %1</source>
        <translation>cuenta %1</translation>
    </message>
    <message>
        <source>agent %1</source>
        <translation>agente %1</translation>
    </message>
    <message>
        <source>Show events from %1</source>
        <translation>Mostrar eventos desde %1</translation>
    </message>
    <message>
        <source>Copy IP address</source>
        <translation>Copiar dirección IP</translation>
    </message>
    <message>
        <source>Block source IP %1…</source>
        <translation>Bloquear la IP de origen %1…</translation>
    </message>
    <message>
        <source>Block the source IPs of the selected alerts…</source>
        <translation>Bloquear las IP de origen de las alertas seleccionadas…</translation>
    </message>
    <message>
        <source>Show events of %1</source>
        <translation>Mostrar eventos de %1</translation>
    </message>
    <message>
        <source>Copy subject</source>
        <translation>Copiar asunto</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Hang up the live call %1…</source>
        <translation>Colgar la llamada en curso %1…</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Colgar</translation>
    </message>
    <message>
        <source>Hang up the call %1 on %2 now? The PBX ends it at once; the caller is cut off.</source>
        <translation>¿Colgar ahora la llamada %1 en %2? La PBX la termina de inmediato; el llamante queda cortado.</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Cualquier momento</translation>
    </message>
    <message>
        <source>Seen in the last hour</source>
        <translation>Vistas en la última hora</translation>
    </message>
    <message>
        <source>Seen in the last 24 hours</source>
        <translation>Vistas en las últimas 24 horas</translation>
    </message>
    <message>
        <source>Seen in the last 7 days</source>
        <translation>Vistas en los últimos 7 días</translation>
    </message>
    <message>
        <source>No country for %1: %2 Choose a country database in Settings → GeoIP.</source>
        <translation>Sin país para %1: %2 Elija una base de datos de países en Configuración → GeoIP.</translation>
    </message>
    <message>
        <source>%1 is not in the GeoIP database (a private, reserved or unlisted address).</source>
        <translation>%1 no está en la base de datos GeoIP (una dirección privada, reservada o no registrada).</translation>
    </message>
    <message>
        <source>%1 is in %2, according to the GeoIP database (%3).</source>
        <translation>%1 está en %2, según la base de datos GeoIP (%3).</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Look up the country of %1</source>
        <translation>Consultar el país de %1</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Bloqueos</translation>
    </message>
    <message>
        <source>%1 on %2: %3, by %4</source>
        <translation>%1 en %2: %3, por %4</translation>
    </message>
    <message>
        <source>Incident report…</source>
        <translation>Informe de incidente…</translation>
    </message>
    <message>
        <source>Write a PDF or HTML incident report of the selected alerts: timeline, evidence, accounts, addresses, cost and the actions taken</source>
        <translation>Escribir un informe de incidente en PDF o HTML de las alertas seleccionadas: cronología, evidencias, cuentas, direcciones, coste y acciones tomadas</translation>
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
        <translation>Guardar informe de incidente</translation>
    </message>
    <message>
        <source>Writing the incident report of %1 alerts to %2…</source>
        <translation>Escribiendo el informe de incidente de %1 alertas en %2…</translation>
    </message>
    <message>
        <source>Incident report written to %1.</source>
        <translation>Informe de incidente escrito en %1.</translation>
    </message>
    <message>
        <source>The incident report was not written: %1</source>
        <translation>No se escribió el informe de incidente: %1</translation>
    </message>
    <message>
        <source>Incident report for a period…</source>
        <translation>Informe de incidente de un periodo…</translation>
    </message>
    <message>
        <source>Write a PDF or HTML incident report of every alert active between two times</source>
        <translation>Escribir un informe de incidente en PDF o HTML de todas las alertas activas entre dos momentos</translation>
    </message>
    <message>
        <source>all PBXes</source>
        <translation>todas las PBX</translation>
    </message>
    <message>
        <source>Writing the incident report of %1 from %2 to %3 to %4…</source>
        <translation>Escribiendo el informe de incidente de %1 desde %2 hasta %3 en %4…</translation>
    </message>
</context>
<context>
    <name>tg::AllowlistSettingsPage</name>
    <message>
        <source>One address or network per line, e.g. 192.0.2.10 or 10.0.0.0/8</source>
        <translation>Una dirección o red por línea, p. ej. 192.0.2.10 o 10.0.0.0/8</translation>
    </message>
    <message>
        <source>One account per line, e.g. 1001</source>
        <translation>Una cuenta por línea, p. ej. 1001</translation>
    </message>
    <message>
        <source>One number prefix per line, e.g. +4420 or 0044</source>
        <translation>Un prefijo numérico por línea, p. ej. +4420 o 0044</translation>
    </message>
    <message>
        <source>Alerts about these sources, accounts and destinations are not raised. Keep the list short: an allowlisted address that is compromised goes unnoticed. Text after # is a comment.</source>
        <translation>No se generan alertas sobre estos orígenes, cuentas y destinos. Mantenga la lista corta: una dirección permitida que esté comprometida pasa desapercibida. El texto tras # es un comentario.</translation>
    </message>
    <message>
        <source>Trusted addresses</source>
        <translation>Direcciones de confianza</translation>
    </message>
    <message>
        <source>Trusted accounts</source>
        <translation>Cuentas de confianza</translation>
    </message>
    <message>
        <source>Allowed destinations</source>
        <translation>Destinos permitidos</translation>
    </message>
    <message>
        <source>Allowlist</source>
        <translation>Lista de permitidos</translation>
    </message>
    <message>
        <source>%1 addresses or networks, %2 accounts, %3 destination prefixes.</source>
        <translation>%1 direcciones o redes, %2 cuentas, %3 prefijos de destino.</translation>
    </message>
    <message>
        <source>Not an IP address or network: %1</source>
        <translation>No es una dirección IP ni una red: %1</translation>
    </message>
    <message>
        <source>Not a number prefix (digits, optionally starting with +): %1</source>
        <translation>No es un prefijo numérico (dígitos, opcionalmente empezando por +): %1</translation>
    </message>
</context>
<context>
    <name>tg::AmiClient</name>
    <message>
        <source>PBX %1 (%2) did not complete the AMI login within %3 s; Tollgate will retry.</source>
        <translation>La centralita %1 (%2) no completó el inicio de sesión AMI en %3 s; Tollgate lo reintentará.</translation>
    </message>
    <message>
        <source>The trusted certificate fingerprint of PBX %1 is not a SHA-256 fingerprint (64 hex digits); correct it in the PBX settings.</source>
        <translation>La huella de certificado de confianza de la centralita %1 no es una huella SHA-256 (64 dígitos hexadecimales); corríjala en la configuración de la centralita.</translation>
    </message>
    <message>
        <source>PBX %1 is set to use TLS, but this system has no TLS library; install OpenSSL or turn TLS off for this PBX.</source>
        <translation>La centralita %1 está configurada para usar TLS, pero este sistema no tiene biblioteca TLS; instale OpenSSL o desactive TLS para esta centralita.</translation>
    </message>
    <message>
        <source>Monitoring of PBX %1 was stopped before the action completed.</source>
        <translation>La supervisión de la centralita %1 se detuvo antes de que terminara la acción.</translation>
    </message>
    <message>
        <source>Monitoring of PBX %1 is stopped.</source>
        <translation>La supervisión de la centralita %1 está detenida.</translation>
    </message>
    <message>
        <source>Connecting to PBX %1 (%2).</source>
        <translation>Conectando con la centralita %1 (%2).</translation>
    </message>
    <message>
        <source>PBX %1 (%2) is shutting down or restarting; Tollgate reconnects when it is back.</source>
        <translation>La centralita %1 (%2) se está apagando o reiniciando; Tollgate se reconectará cuando vuelva a estar disponible.</translation>
    </message>
    <message>
        <source>The AMI connection to PBX %1 (%2) was closed by the PBX; Tollgate is reconnecting.</source>
        <translation>La centralita %1 (%2) cerró la conexión AMI; Tollgate se está reconectando.</translation>
    </message>
    <message>
        <source>PBX %1 (%2) closed the AMI connection before the login completed; Tollgate will retry.</source>
        <translation>La centralita %1 (%2) cerró la conexión AMI antes de completar el inicio de sesión; Tollgate lo reintentará.</translation>
    </message>
    <message>
        <source>The AMI connection to PBX %1 (%2) failed: %3. Tollgate is reconnecting.</source>
        <translation>Falló la conexión AMI con la centralita %1 (%2): %3. Tollgate se está reconectando.</translation>
    </message>
    <message>
        <source>Cannot connect to PBX %1 (%2): %3. Check that Asterisk runs and that its AMI port is reachable from this computer; Tollgate will retry.</source>
        <translation>No se puede conectar con la centralita %1 (%2): %3. Compruebe que Asterisk está en ejecución y que su puerto AMI es accesible desde este equipo; Tollgate lo reintentará.</translation>
    </message>
    <message>
        <source>The TLS certificate of PBX %1 (%2) has changed: Tollgate trusts SHA-256 %3, the PBX presented %4. The connection was refused and no password was sent. If the certificate was replaced on purpose, check the new fingerprint on the PBX and trust it in the PBX settings; otherwise someone may be intercepting the connection.</source>
        <translation>El certificado TLS de la centralita %1 (%2) ha cambiado: Tollgate confía en SHA-256 %3 y la centralita presentó %4. Se rechazó la conexión y no se envió ninguna contraseña. Si el certificado se sustituyó a propósito, verifique la nueva huella en la centralita y márquela como de confianza en la configuración de la centralita; de lo contrario, alguien podría estar interceptando la conexión.</translation>
    </message>
    <message>
        <source>no certificate</source>
        <translation>sin certificado</translation>
    </message>
    <message>
        <source>The TLS certificate of PBX %1 (%2) could not be verified: %3. No password was sent. If the PBX uses a self-signed certificate, compare its SHA-256 fingerprint %4 with the one on the PBX and, if they match, trust it in the PBX settings.</source>
        <translation>No se pudo verificar el certificado TLS de la centralita %1 (%2): %3. No se envió ninguna contraseña. Si la centralita usa un certificado autofirmado, compare su huella SHA-256 %4 con la de la centralita y, si coinciden, márquela como de confianza en la configuración de la centralita.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>%1 (PBX %2) is not an Asterisk Manager Interface: it greeted with &quot;%3&quot;. Check the host and port (AMI is usually 5038, or 5039 with TLS).</source>
        <translation>%1 (PBX %2) no es una interfaz Asterisk Manager Interface: saludó con &quot;%3&quot;. Compruebe el host y el puerto (AMI suele usar el 5038, o el 5039 con TLS).</translation>
    </message>
    <message>
        <source>The answer of PBX %1 to %2 was too large and was cut off.</source>
        <translation>La respuesta de la centralita %1 a %2 era demasiado grande y se truncó.</translation>
    </message>
    <message>
        <source>PBX %1 refused %2: %3</source>
        <translation>La centralita %1 rechazó %2: %3</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>no se indicó el motivo</translation>
    </message>
    <message>
        <source>The AMI action name &quot;%1&quot; is not valid.</source>
        <translation>El nombre de acción AMI &quot;%1&quot; no es válido.</translation>
    </message>
    <message>
        <source>The AMI action %1 was not sent: a header name or value contains a line break or is not valid.</source>
        <translation>No se envió la acción AMI %1: un nombre o valor de cabecera contiene un salto de línea o no es válido.</translation>
    </message>
    <message>
        <source>PBX %1 is not connected; the action %2 was not sent.</source>
        <translation>La centralita %1 no está conectada; no se envió la acción %2.</translation>
    </message>
    <message>
        <source>Too many actions are waiting for PBX %1; %2 was not sent.</source>
        <translation>Hay demasiadas acciones en espera para la centralita %1; no se envió %2.</translation>
    </message>
    <message>
        <source>PBX %1 did not answer %2 in time.</source>
        <translation>La centralita %1 no respondió a %2 a tiempo.</translation>
    </message>
    <message>
        <source>PBX %1 (%2) refused the MD5 login challenge (%3). Allow it on the PBX or switch this PBX to plain login over TLS.</source>
        <translation>La centralita %1 (%2) rechazó el desafío de inicio de sesión MD5 (%3). Permítalo en la centralita o cambie esta centralita a inicio de sesión en texto plano sobre TLS.</translation>
    </message>
    <message>
        <source>no challenge</source>
        <translation>sin desafío</translation>
    </message>
    <message>
        <source>Connected to PBX %1 (%2) as %3.</source>
        <translation>Conectado a la centralita %1 (%2) como %3.</translation>
    </message>
    <message>
        <source>PBX %1 (%2) rejected the AMI login of user &quot;%3&quot;: authentication failed. Check the user name and secret in the PBX settings and that manager.conf allows this address. Tollgate will not retry until you reconnect or change the secret.</source>
        <translation>La centralita %1 (%2) rechazó el inicio de sesión AMI del usuario &quot;%3&quot;: falló la autenticación. Compruebe el nombre de usuario y el secreto en la configuración de la centralita, y que manager.conf permite esta dirección. Tollgate no lo reintentará hasta que vuelva a conectar o cambie el secreto.</translation>
    </message>
    <message>
        <source>PBX %1 (%2) did not accept the AMI login: %3. Tollgate will retry.</source>
        <translation>La centralita %1 (%2) no aceptó el inicio de sesión AMI: %3. Tollgate lo reintentará.</translation>
    </message>
    <message>
        <source>PBX %1 (%2) stopped answering (no reply to the keepalive within %3 s); Tollgate is reconnecting.</source>
        <translation>La centralita %1 (%2) dejó de responder (sin respuesta al keepalive en %3 s); Tollgate se está reconectando.</translation>
    </message>
</context>
<context>
    <name>tg::AmiParser</name>
    <message>
        <source>An AMI line longer than %1 bytes was dropped.</source>
        <translation>Se descartó una línea AMI de más de %1 bytes.</translation>
    </message>
    <message>
        <source>An AMI message larger than %1 bytes was dropped.</source>
        <translation>Se descartó un mensaje AMI de más de %1 bytes.</translation>
    </message>
    <message>
        <source>An AMI message with more than %1 lines was dropped.</source>
        <translation>Se descartó un mensaje AMI de más de %1 líneas.</translation>
    </message>
</context>
<context>
    <name>tg::AmiReplayServer</name>
    <message>
        <source>Cannot read the capture %1: %2.</source>
        <translation>No se puede leer la captura %1: %2.</translation>
    </message>
    <message>
        <source>The capture holds no AMI message.</source>
        <translation>La captura no contiene ningún mensaje AMI.</translation>
    </message>
    <message>
        <source>The replay server cannot listen on %1:%2: %3.</source>
        <translation>El servidor de reproducción no puede escuchar en %1:%2: %3.</translation>
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
        <translation>Sin llavero</translation>
    </message>
    <message>
        <source>Keep the secret of %1 for this run only?</source>
        <translation>¿Conservar el secreto de %1 solo durante esta ejecución?</translation>
    </message>
</context>
<context>
    <name>tg::AsteriskConfig</name>
    <message>
        <source>%1 contains binary data and was not read as a configuration file.</source>
        <translation>%1 contiene datos binarios y no se leyó como archivo de configuración.</translation>
    </message>
    <message>
        <source>%1: more than %2 lines in total; the rest was not read.</source>
        <translation>%1: más de %2 líneas en total; el resto no se leyó.</translation>
    </message>
    <message>
        <source>%1:%2: the included file %3 was not found.</source>
        <translation>%1:%2: no se encontró el archivo incluido %3.</translation>
    </message>
    <message>
        <source>%1:%2: #include %3 would include itself again; the loop was not followed.</source>
        <translation>%1:%2: #include %3 se incluiría a sí mismo de nuevo; no se siguió el bucle.</translation>
    </message>
    <message>
        <source>%1:%2: includes nested deeper than %3; %4 was not read.</source>
        <translation>%1:%2: inclusiones anidadas a más de %3 niveles; no se leyó %4.</translation>
    </message>
    <message>
        <source>%1:%2: more than %3 includes; %4 and later includes were not read.</source>
        <translation>%1:%2: más de %3 inclusiones; no se leyeron %4 ni las inclusiones posteriores.</translation>
    </message>
    <message>
        <source>%1:%2: #exec runs a program when Asterisk loads this file; Tollgate does not run it, so its output was not audited.</source>
        <translation>%1:%2: #exec ejecuta un programa cuando Asterisk carga este archivo; Tollgate no lo ejecuta, así que su salida no se auditó.</translation>
    </message>
    <message>
        <source>%1:%2: a section header without &quot;]&quot;.</source>
        <translation>%1:%2: un encabezado de sección sin &quot;]&quot;.</translation>
    </message>
    <message>
        <source>%1:%2: a line that is neither a section nor &quot;key = value&quot;.</source>
        <translation>%1:%2: una línea que no es ni una sección ni &quot;clave = valor&quot;.</translation>
    </message>
    <message>
        <source>%1:%2: &quot;%3&quot; outside any section is ignored by Asterisk.</source>
        <translation>%1:%2: Asterisk ignora &quot;%3&quot; fuera de cualquier sección.</translation>
    </message>
    <message>
        <source>More problems were found and not listed.</source>
        <translation>Se encontraron más problemas que no se muestran.</translation>
    </message>
</context>
<context>
    <name>tg::Audit</name>
    <message>
        <source>Weak %1 for %2: it %3</source>
        <translation>%1 débil para %2: %3</translation>
    </message>
    <message>
        <source>Attackers scan the internet for PBXes and try common and simple passwords against every account, thousands per minute. An account with a guessable password lets them register as that phone and make calls on your bill, often to expensive international numbers, within hours of finding it.</source>
        <translation>Los atacantes rastrean internet en busca de centralitas y prueban contraseñas comunes y sencillas contra todas las cuentas, miles por minuto. Una cuenta con una contraseña fácil de adivinar les permite registrarse como ese teléfono y hacer llamadas a su cargo, a menudo a números internacionales caros, a las pocas horas de encontrarla.</translation>
    </message>
    <message>
        <source>Set a random secret of at least %1 characters (letters and digits), then update the phone or client that uses this account.</source>
        <translation>Establezca un secreto aleatorio de al menos %1 caracteres (letras y dígitos) y actualice el teléfono o cliente que usa esta cuenta.</translation>
    </message>
    <message>
        <source>chan_sip accepts calls from anyone (allowguest)</source>
        <translation>chan_sip acepta llamadas de cualquiera (allowguest)</translation>
    </message>
    <message>
        <source>allowguest is not set; chan_sip&apos;s default is yes</source>
        <translation>allowguest no está definido; el valor predeterminado de chan_sip es yes</translation>
    </message>
    <message>
        <source>With allowguest on, a SIP call from an unknown caller is not rejected: it is sent into the &quot;%1&quot; context without any password. If that context, or one it includes, can reach an outside line, strangers can call through your PBX.</source>
        <translation>Con allowguest activado, una llamada SIP de un llamante desconocido no se rechaza: se envía al contexto &quot;%1&quot; sin ninguna contraseña. Si ese contexto, o uno que incluya, puede alcanzar una línea externa, cualquier desconocido puede llamar a través de su centralita.</translation>
    </message>
    <message>
        <source>Set allowguest=no in the [general] section of sip.conf and reload chan_sip. Calls from your own phones and trunks with credentials are not affected.</source>
        <translation>Establezca allowguest=no en la sección [general] de sip.conf y recargue chan_sip. Las llamadas de sus propios teléfonos y troncales con credenciales no se ven afectadas.</translation>
    </message>
    <message>
        <source>chan_sip tells attackers which account names exist (alwaysauthreject=no)</source>
        <translation>chan_sip revela a los atacantes qué nombres de cuenta existen (alwaysauthreject=no)</translation>
    </message>
    <message>
        <source>When alwaysauthreject is off, Asterisk answers differently for an unknown account and for a wrong password. Scanners use that difference to list your extensions first and then guess only their passwords, which makes a brute-force attack much faster.</source>
        <translation>Con alwaysauthreject desactivado, Asterisk responde de forma distinta a una cuenta desconocida y a una contraseña incorrecta. Los escáneres aprovechan esa diferencia para listar primero sus extensiones y después adivinar solo sus contraseñas, lo que acelera mucho un ataque de fuerza bruta.</translation>
    </message>
    <message>
        <source>Set alwaysauthreject=yes in the [general] section of sip.conf and reload chan_sip.</source>
        <translation>Establezca alwaysauthreject=yes en la sección [general] de sip.conf y recargue chan_sip.</translation>
    </message>
    <message>
        <source>SIP signalling is not encrypted (no TLS transport)</source>
        <translation>La señalización SIP no está cifrada (sin transporte TLS)</translation>
    </message>
    <message>
        <source>tlsenable is not set (default no)</source>
        <translation>tlsenable no está definido (valor predeterminado: no)</translation>
    </message>
    <message>
        <source>Without TLS, SIP messages cross the network in clear text: anyone on the path sees who calls whom, and the digest exchange can be captured and the password cracked offline.</source>
        <translation>Sin TLS, los mensajes SIP cruzan la red en texto claro: cualquiera en el camino ve quién llama a quién, y el intercambio digest puede capturarse y la contraseña descifrarse sin conexión.</translation>
    </message>
    <message>
        <source>Enable a TLS transport (tlsenable=yes with a certificate) and move phones to it; keep UDP only on networks you control.</source>
        <translation>Active un transporte TLS (tlsenable=yes con un certificado) y pase los teléfonos a él; mantenga UDP solo en redes que usted controle.</translation>
    </message>
    <message>
        <source>SIP secret</source>
        <translation>Secreto SIP</translation>
    </message>
    <message>
        <source>%1 accepts calls without a password (insecure=%2)</source>
        <translation>%1 acepta llamadas sin contraseña (insecure=%2)</translation>
    </message>
    <message>
        <source>insecure=invite tells Asterisk not to challenge calls that match this peer, and insecure=port matches it by address alone. Anyone who can send from a matching address, or any address when the peer is dynamic, can place calls as this account.</source>
        <translation>insecure=invite indica a Asterisk que no pida autenticación a las llamadas que coinciden con este peer, e insecure=port lo identifica solo por la dirección. Cualquiera que pueda enviar desde una dirección coincidente, o desde cualquier dirección si el peer es dinámico, puede hacer llamadas como esta cuenta.</translation>
    </message>
    <message>
        <source>Remove insecure= unless this is a provider trunk with a fixed address (host=IP), and then also restrict it with permit/deny to the provider&apos;s addresses.</source>
        <translation>Elimine insecure= salvo que se trate de una troncal de proveedor con dirección fija (host=IP), y en ese caso restrínjala además con permit/deny a las direcciones del proveedor.</translation>
    </message>
    <message>
        <source>SIP accounts can register from any address (no permit/deny): %1</source>
        <translation>Las cuentas SIP pueden registrarse desde cualquier dirección (sin permit/deny): %1</translation>
    </message>
    <message>
        <source>Without permit/deny, a stolen or guessed password works from anywhere in the world. Limiting each account to the networks its phone really uses makes a leaked password useless to a remote attacker.</source>
        <translation>Sin permit/deny, una contraseña robada o adivinada funciona desde cualquier parte del mundo. Limitar cada cuenta a las redes que realmente usa su teléfono hace que una contraseña filtrada no le sirva a un atacante remoto.</translation>
    </message>
    <message>
        <source>Add deny=0.0.0.0/0.0.0.0 and permit=&lt;your office network&gt;/&lt;mask&gt; to each account (or a template), then reload chan_sip.</source>
        <translation>Añada deny=0.0.0.0/0.0.0.0 y permit=&lt;red de su oficina&gt;/&lt;máscara&gt; a cada cuenta (o a una plantilla) y recargue chan_sip.</translation>
    </message>
    <message>
        <source>SIP accounts send calls unencrypted (no SRTP): %1</source>
        <translation>Las cuentas SIP envían las llamadas sin cifrar (sin SRTP): %1</translation>
    </message>
    <message>
        <source>Without SRTP, the audio of calls crosses the network as plain RTP: anyone on the path can record and replay conversations.</source>
        <translation>Sin SRTP, el audio de las llamadas cruza la red como RTP sin cifrar: cualquiera en el camino puede grabar y reproducir las conversaciones.</translation>
    </message>
    <message>
        <source>Set encryption=yes on accounts whose phones support SRTP (together with a TLS transport, so the keys are not sent in clear).</source>
        <translation>Establezca encryption=yes en las cuentas cuyos teléfonos admitan SRTP (junto con un transporte TLS, para que las claves no se envíen en claro).</translation>
    </message>
    <message>
        <source>PJSIP password</source>
        <translation>Contraseña PJSIP</translation>
    </message>
    <message>
        <source>PJSIP accepts calls from anyone (anonymous endpoint)</source>
        <translation>PJSIP acepta llamadas de cualquiera (endpoint anonymous)</translation>
    </message>
    <message>
        <source>An endpoint named &quot;anonymous&quot; receives every call that matches no other endpoint, without a password. Whatever its context &quot;%1&quot; can dial, any stranger on the internet can dial too.</source>
        <translation>Un endpoint llamado &quot;anonymous&quot; recibe todas las llamadas que no coinciden con ningún otro endpoint, sin contraseña. Todo lo que pueda marcar su contexto &quot;%1&quot; puede marcarlo también cualquier desconocido en internet.</translation>
    </message>
    <message>
        <source>Remove the anonymous endpoint unless you must take calls from unknown SIP addresses; if you must, give it a context that only reaches your own extensions.</source>
        <translation>Elimine el endpoint anonymous salvo que necesite recibir llamadas de direcciones SIP desconocidas; en ese caso, asígnele un contexto que solo llegue a sus propias extensiones.</translation>
    </message>
    <message>
        <source>PJSIP endpoint %1 has no authentication</source>
        <translation>El endpoint PJSIP %1 no tiene autenticación</translation>
    </message>
    <message>
        <source>[%1] type = endpoint, no auth= and no identify section</source>
        <translation>[%1] type = endpoint, sin auth= y sin sección identify</translation>
    </message>
    <message>
        <source>An endpoint without auth= is not challenged for a password, and without an identify section it is matched by the user name in the request alone. Anyone who knows or guesses the name can call as this endpoint.</source>
        <translation>A un endpoint sin auth= no se le pide contraseña y, sin una sección identify, se identifica solo por el nombre de usuario de la petición. Cualquiera que conozca o adivine el nombre puede llamar como este endpoint.</translation>
    </message>
    <message>
        <source>Add an auth section with a strong password and reference it with auth=, or, for a provider trunk, add an identify section matching only the provider&apos;s addresses.</source>
        <translation>Añada una sección auth con una contraseña robusta y haga referencia a ella con auth=, o, para una troncal de proveedor, añada una sección identify que coincida solo con las direcciones del proveedor.</translation>
    </message>
    <message>
        <source>No PJSIP transport uses TLS</source>
        <translation>Ningún transporte PJSIP usa TLS</translation>
    </message>
    <message>
        <source>no transport with protocol=tls or wss</source>
        <translation>ningún transporte con protocol=tls o wss</translation>
    </message>
    <message>
        <source>Add a transport with protocol=tls and a certificate, and move phones to it.</source>
        <translation>Añada un transporte con protocol=tls y un certificado, y pase los teléfonos a él.</translation>
    </message>
    <message>
        <source>PJSIP endpoints accept requests from any address (no permit/deny or acl): %1</source>
        <translation>Los endpoints PJSIP aceptan peticiones desde cualquier dirección (sin permit/deny ni acl): %1</translation>
    </message>
    <message>
        <source>Without an ACL, a stolen or guessed password works from anywhere in the world. Limiting each endpoint to the networks its phone really uses makes a leaked password useless to a remote attacker.</source>
        <translation>Sin una ACL, una contraseña robada o adivinada funciona desde cualquier parte del mundo. Limitar cada endpoint a las redes que realmente usa su teléfono hace que una contraseña filtrada no le sirva a un atacante remoto.</translation>
    </message>
    <message>
        <source>Add deny=0.0.0.0/0 and permit=&lt;your office network&gt; to the endpoints (or an acl= section), then reload res_pjsip.</source>
        <translation>Añada deny=0.0.0.0/0 y permit=&lt;red de su oficina&gt; a los endpoints (o una sección acl=) y recargue res_pjsip.</translation>
    </message>
    <message>
        <source>PJSIP endpoints send calls unencrypted (no media_encryption): %1</source>
        <translation>Los endpoints PJSIP envían las llamadas sin cifrar (sin media_encryption): %1</translation>
    </message>
    <message>
        <source>Set media_encryption=sdes (with a TLS transport) or dtls on endpoints whose phones support it.</source>
        <translation>Establezca media_encryption=sdes (con un transporte TLS) o dtls en los endpoints cuyos teléfonos lo admitan.</translation>
    </message>
    <message>
        <source>IAX2 secret</source>
        <translation>Secreto IAX2</translation>
    </message>
    <message>
        <source>AMI secret</source>
        <translation>Secreto AMI</translation>
    </message>
    <message>
        <source>AMI user %1 may log in from any address (no permit)</source>
        <translation>El usuario AMI %1 puede iniciar sesión desde cualquier dirección (sin permit)</translation>
    </message>
    <message>
        <source>The Asterisk Manager Interface can originate calls, read configuration and, with enough rights, run commands. Without permit/deny, anyone who learns this user&apos;s secret can use it from any address that reaches the AMI port.</source>
        <translation>La Asterisk Manager Interface puede originar llamadas, leer la configuración y, con permisos suficientes, ejecutar comandos. Sin permit/deny, cualquiera que conozca el secreto de este usuario puede usarlo desde cualquier dirección que alcance el puerto AMI.</translation>
    </message>
    <message>
        <source>Add deny=0.0.0.0/0.0.0.0 and permit=127.0.0.1/255.255.255.255 (or the address of your management host) to this user, then run &quot;manager reload&quot;.</source>
        <translation>Añada deny=0.0.0.0/0.0.0.0 y permit=127.0.0.1/255.255.255.255 (o la dirección de su equipo de administración) a este usuario y ejecute &quot;manager reload&quot;.</translation>
    </message>
    <message>
        <source>AMI user %1 has powerful write rights (%2)</source>
        <translation>El usuario AMI %1 tiene permisos de escritura peligrosos (%2)</translation>
    </message>
    <message>
        <source>With system or command rights an AMI user can run Asterisk CLI commands and restart or reconfigure the PBX; with originate (or all) it can place calls anywhere, including to premium numbers. If this account&apos;s secret leaks, the attacker gets exactly these rights.</source>
        <translation>Con permisos system o command, un usuario AMI puede ejecutar comandos de la CLI de Asterisk y reiniciar o reconfigurar la centralita; con originate (o all) puede hacer llamadas a cualquier destino, incluidos números de tarificación especial. Si el secreto de esta cuenta se filtra, el atacante obtiene exactamente estos permisos.</translation>
    </message>
    <message>
        <source>Give each AMI user only the rights its program needs (a monitoring tool needs read rights and perhaps call; rarely system or command), then run &quot;manager reload&quot;.</source>
        <translation>Conceda a cada usuario AMI solo los permisos que necesita su programa (una herramienta de monitorización necesita permisos de lectura y quizá call; rara vez system o command) y ejecute &quot;manager reload&quot;.</translation>
    </message>
    <message>
        <source>The AMI listens on all addresses and accepts users without permit</source>
        <translation>La AMI escucha en todas las direcciones y acepta usuarios sin permit</translation>
    </message>
    <message>
        <source>bindaddr is not set; the default is 0.0.0.0 (all addresses)</source>
        <translation>bindaddr no está definido; el valor predeterminado es 0.0.0.0 (todas las direcciones)</translation>
    </message>
    <message>
        <source>The AMI port (5038) is open on every network interface, and these users may log in from any address: %1. Attackers scan for this port and try common AMI passwords; a successful login can place calls and change the configuration.</source>
        <translation>El puerto AMI (5038) está abierto en todas las interfaces de red, y estos usuarios pueden iniciar sesión desde cualquier dirección: %1. Los atacantes buscan este puerto y prueban contraseñas AMI comunes; un inicio de sesión correcto puede hacer llamadas y cambiar la configuración.</translation>
    </message>
    <message>
        <source>Set bindaddr=127.0.0.1 in [general] of manager.conf when the programs using the AMI run on the PBX itself (Tollgate can reach it through an SSH tunnel), and add permit lines to each user.</source>
        <translation>Establezca bindaddr=127.0.0.1 en [general] de manager.conf cuando los programas que usan la AMI se ejecuten en la propia centralita (Tollgate puede llegar a ella mediante un túnel SSH), y añada líneas permit a cada usuario.</translation>
    </message>
    <message>
        <source>AMI logins are not shown (displayconnects=no)</source>
        <translation>Los inicios de sesión AMI no se muestran (displayconnects=no)</translation>
    </message>
    <message>
        <source>With displayconnects off, Asterisk does not report AMI logins and logouts on its console and in its logs, so an intruder using a stolen AMI account leaves fewer traces.</source>
        <translation>Con displayconnects desactivado, Asterisk no informa de los inicios y cierres de sesión AMI en su consola ni en sus registros, así que un intruso que use una cuenta AMI robada deja menos rastro.</translation>
    </message>
    <message>
        <source>Set displayconnects=yes in [general] of manager.conf and run &quot;manager reload&quot;.</source>
        <translation>Establezca displayconnects=yes en [general] de manager.conf y ejecute &quot;manager reload&quot;.</translation>
    </message>
    <message>
        <source>Unauthenticated callers can dial out through %1 in context %2</source>
        <translation>Llamantes no autenticados pueden llamar al exterior a través de %1 en el contexto %2</translation>
    </message>
    <message>
        <source>Phones can dial any international number through %1 in context %2</source>
        <translation>Los teléfonos pueden marcar cualquier número internacional a través de %1 en el contexto %2</translation>
    </message>
    <message>
        <source>This pattern matches international or premium-rate numbers and dials them without any check, and the context is reached by calls that were never authenticated. Toll fraud rings look for exactly this and can run up thousands in charges over one night.</source>
        <translation>Este patrón coincide con números internacionales o de tarificación especial y los marca sin ninguna comprobación, y al contexto llegan llamadas que nunca se autenticaron. Las redes de fraude telefónico buscan exactamente esto y pueden generar miles en cargos en una sola noche.</translation>
    </message>
    <message>
        <source>This pattern matches international or premium-rate numbers and dials them without a PIN, time or caller check. One phone account with a guessed password is then enough to call premium numbers around the clock at your expense.</source>
        <translation>Este patrón coincide con números internacionales o de tarificación especial y los marca sin comprobar PIN, horario ni llamante. Basta entonces con una cuenta de teléfono con una contraseña adivinada para llamar a números de tarificación especial a todas horas a su cargo.</translation>
    </message>
    <message>
        <source>Route international calls through a separate context that only trusted phones include, protect it with a PIN (Authenticate) or a caller check (GotoIf), and block premium destinations you do not call.</source>
        <translation>Encamine las llamadas internacionales por un contexto aparte que solo incluyan los teléfonos de confianza, protéjalo con un PIN (Authenticate) o una comprobación del llamante (GotoIf) y bloquee los destinos de tarificación especial a los que no llame.</translation>
    </message>
    <message>
        <source>Dialled digits reach %1 unfiltered in %2 (dialplan injection)</source>
        <translation>Los dígitos marcados llegan sin filtrar a %1 en %2 (inyección en el plan de marcación)</translation>
    </message>
    <message>
        <source>The pattern %1 matches any characters after its prefix, not just digits, and ${EXTEN} is put into %2 as it is. A caller can dial a string like &quot;123&amp;Local/...&quot; to make Asterisk dial an extra destination of the caller&apos;s choice.</source>
        <translation>El patrón %1 coincide con cualquier carácter después de su prefijo, no solo con dígitos, y ${EXTEN} se pasa tal cual a %2. Un llamante puede marcar una cadena como &quot;123&amp;Local/...&quot; para que Asterisk marque un destino adicional elegido por él.</translation>
    </message>
    <message>
        <source>Use a pattern that matches digits only (X, N, Z, [0-9]) or wrap the number in ${FILTER(0-9,${EXTEN})} before dialling.</source>
        <translation>Use un patrón que solo coincida con dígitos (X, N, Z, [0-9]) o envuelva el número en ${FILTER(0-9,${EXTEN})} antes de marcar.</translation>
    </message>
    <message>
        <source>Security events are not logged (no security channel)</source>
        <translation>Los eventos de seguridad no se registran (sin canal security)</translation>
    </message>
    <message>
        <source>no [logfiles] channel with the security level</source>
        <translation>ningún canal en [logfiles] con el nivel security</translation>
    </message>
    <message>
        <source>Asterisk reports failed logins, unknown accounts and ACL rejections on its &quot;security&quot; log level. Without a channel for it, brute-force attacks leave no trace in the logs, and fail2ban and Tollgate cannot see them.</source>
        <translation>Asterisk informa de los inicios de sesión fallidos, las cuentas desconocidas y los rechazos de ACL en su nivel de registro &quot;security&quot;. Sin un canal para él, los ataques de fuerza bruta no dejan rastro en los registros, y ni fail2ban ni Tollgate pueden verlos.</translation>
    </message>
    <message>
        <source>Add &quot;security =&gt; security&quot; to the [logfiles] section of logger.conf and run &quot;logger reload&quot;.</source>
        <translation>Añada &quot;security =&gt; security&quot; a la sección [logfiles] de logger.conf y ejecute &quot;logger reload&quot;.</translation>
    </message>
    <message>
        <source>Call detail records are disabled</source>
        <translation>Los registros detallados de llamadas (CDR) están desactivados</translation>
    </message>
    <message>
        <source>Without call detail records there is no list of who called which number, when and for how long. After a fraud you cannot tell which account was abused or how much it cost, and Tollgate cannot spot unusual call patterns.</source>
        <translation>Sin registros detallados de llamadas no hay una lista de quién llamó a qué número, cuándo y durante cuánto tiempo. Tras un fraude no se puede saber qué cuenta se usó indebidamente ni cuánto costó, y Tollgate no puede detectar patrones de llamadas inusuales.</translation>
    </message>
    <message>
        <source>Set enable=yes in [general] of cdr.conf and reload the CDR module.</source>
        <translation>Establezca enable=yes en [general] de cdr.conf y recargue el módulo CDR.</translation>
    </message>
    <message>
        <source>Asterisk is configured to run as root</source>
        <translation>Asterisk está configurado para ejecutarse como root</translation>
    </message>
    <message>
        <source>A PBX parses data from the internet all day. If a flaw in Asterisk, a module or the dialplan (System(), shell commands through AMI) is exploited, the attacker gets the rights of the Asterisk process; as root, that is the whole server.</source>
        <translation>Una centralita analiza datos procedentes de internet todo el día. Si se explota una vulnerabilidad en Asterisk, en un módulo o en el plan de marcación (System(), comandos de shell a través de la AMI), el atacante obtiene los permisos del proceso de Asterisk; como root, eso es el servidor entero.</translation>
    </message>
    <message>
        <source>Create an unprivileged &quot;asterisk&quot; user, give it the Asterisk folders, set runuser and rungroup to it in asterisk.conf and restart Asterisk.</source>
        <translation>Cree un usuario sin privilegios &quot;asterisk&quot;, asígnele las carpetas de Asterisk, configure runuser y rungroup con él en asterisk.conf y reinicie Asterisk.</translation>
    </message>
    <message>
        <source>The default password for all users %1</source>
        <translation>La contraseña predeterminada de todos los usuarios %1</translation>
    </message>
    <message>
        <source>default_password in vars.xml is the password of every directory user that does not set its own (FreeSWITCH ships with a well-known value, and its sample users 1000-1019 use it). Scanners try it first; a match lets them register as your extensions and call out at your expense.</source>
        <translation>default_password en vars.xml es la contraseña de todos los usuarios del directorio que no definen la suya propia (FreeSWITCH se distribuye con un valor muy conocido, y sus usuarios de ejemplo 1000-1019 lo usan). Los escáneres la prueban primero; si coincide, pueden registrarse como sus extensiones y llamar al exterior a su cargo.</translation>
    </message>
    <message>
        <source>Set default_password to a long random value in vars.xml, give every user its own strong password, then run &quot;reloadxml&quot; and update the phones.</source>
        <translation>Establezca default_password con un valor aleatorio largo en vars.xml, asigne a cada usuario su propia contraseña robusta, ejecute &quot;reloadxml&quot; y actualice los teléfonos.</translation>
    </message>
    <message>
        <source>The event socket password is FreeSWITCH&apos;s well-known default</source>
        <translation>La contraseña del event socket es la predeterminada y muy conocida de FreeSWITCH</translation>
    </message>
    <message>
        <source>The event socket password %1</source>
        <translation>La contraseña del event socket %1</translation>
    </message>
    <message>
        <source>The event socket (port 8021) gives full control of FreeSWITCH: it can originate calls to any number and run system commands on the server. Its password is the only protection, and FreeSWITCH&apos;s default password is printed in every guide, so it is the first thing attackers try%1.</source>
        <translation>El event socket (puerto 8021) da control total sobre FreeSWITCH: puede originar llamadas a cualquier número y ejecutar comandos del sistema en el servidor. Su contraseña es la única protección, y la contraseña predeterminada de FreeSWITCH aparece en todas las guías, así que es lo primero que prueban los atacantes%1.</translation>
    </message>
    <message>
        <source>, and this socket listens on %1, reachable from the network</source>
        <translation>, y este socket escucha en %1, accesible desde la red</translation>
    </message>
    <message>
        <source>Set a long random password in event_socket.conf.xml, store it where your ESL clients read it (Tollgate keeps it in the keychain), then reload mod_event_socket.</source>
        <translation>Establezca una contraseña aleatoria larga en event_socket.conf.xml, guárdela donde la lean sus clientes ESL (Tollgate la guarda en el llavero) y recargue mod_event_socket.</translation>
    </message>
    <message>
        <source>The event socket listens on %1 without an inbound ACL</source>
        <translation>El event socket escucha en %1 sin ACL de entrada</translation>
    </message>
    <message>
        <source>listen-ip is not set</source>
        <translation>listen-ip no está definido</translation>
    </message>
    <message>
        <source>mod_event_socket accepts connections on every address of this server and no apply-inbound-acl limits who may connect, so anyone on the internet who reaches port 8021 can try passwords.</source>
        <translation>mod_event_socket acepta conexiones en todas las direcciones de este servidor y ningún apply-inbound-acl limita quién puede conectarse, así que cualquiera en internet que alcance el puerto 8021 puede probar contraseñas.</translation>
    </message>
    <message>
        <source>Set listen-ip to 127.0.0.1 when ESL clients run on the server (Tollgate can use an SSH tunnel), or add &lt;param name=&quot;apply-inbound-acl&quot; value=&quot;loopback.auto&quot;/&gt; (or an ACL listing your management hosts), then reload mod_event_socket.</source>
        <translation>Establezca listen-ip en 127.0.0.1 cuando los clientes ESL se ejecuten en el servidor (Tollgate puede usar un túnel SSH), o añada &lt;param name=&quot;apply-inbound-acl&quot; value=&quot;loopback.auto&quot;/&gt; (o una ACL con sus equipos de administración) y recargue mod_event_socket.</translation>
    </message>
    <message>
        <source>Sofia profile %1 does not authenticate calls (auth-calls false)</source>
        <translation>El perfil Sofia %1 no autentica las llamadas (auth-calls false)</translation>
    </message>
    <message>
        <source>Calls arriving on this profile are not challenged for a password and go to the &quot;%1&quot; context. That is only safe when that context reaches nothing but your own numbers; any route out from there can be used by anyone who can send SIP to this port.</source>
        <translation>A las llamadas que llegan por este perfil no se les pide contraseña y van al contexto &quot;%1&quot;. Eso solo es seguro si ese contexto no llega a nada más que a sus propios números; cualquier ruta al exterior desde ahí puede usarla cualquiera que pueda enviar SIP a este puerto.</translation>
    </message>
    <message>
        <source>Set auth-calls to true, or keep it off only on a profile for provider trunks whose context routes inbound numbers to your extensions and nowhere else.</source>
        <translation>Establezca auth-calls en true, o manténgalo desactivado solo en un perfil para troncales de proveedor cuyo contexto encamine los números entrantes a sus extensiones y a ningún otro sitio.</translation>
    </message>
    <message>
        <source>Sofia profile %1 accepts any password (accept-blind-auth)</source>
        <translation>El perfil Sofia %1 acepta cualquier contraseña (accept-blind-auth)</translation>
    </message>
    <message>
        <source>Sofia profile %1 accepts any registration (accept-blind-reg)</source>
        <translation>El perfil Sofia %1 acepta cualquier registro (accept-blind-reg)</translation>
    </message>
    <message>
        <source>With accept-blind-auth, FreeSWITCH challenges for a password but accepts whatever is answered, so every account is open to anyone.</source>
        <translation>Con accept-blind-auth, FreeSWITCH pide una contraseña pero acepta cualquier respuesta, así que todas las cuentas están abiertas a cualquiera.</translation>
    </message>
    <message>
        <source>With accept-blind-reg, FreeSWITCH lets any device register as any user, without a password, and then routes that user&apos;s calls to it.</source>
        <translation>Con accept-blind-reg, FreeSWITCH permite que cualquier dispositivo se registre como cualquier usuario, sin contraseña, y luego le encamina las llamadas de ese usuario.</translation>
    </message>
    <message>
        <source>Remove the parameter (or set it to false) and run &quot;reload mod_sofia&quot;.</source>
        <translation>Elimine el parámetro (o establézcalo en false) y ejecute &quot;reload mod_sofia&quot;.</translation>
    </message>
    <message>
        <source>No Sofia profile offers TLS</source>
        <translation>Ningún perfil Sofia ofrece TLS</translation>
    </message>
    <message>
        <source>no profile with tls=true</source>
        <translation>ningún perfil con tls=true</translation>
    </message>
    <message>
        <source>Enable TLS on the internal profile (tls=true with a certificate in the tls folder) and move phones to it.</source>
        <translation>Active TLS en el perfil internal (tls=true con un certificado en la carpeta tls) y pase los teléfonos a él.</translation>
    </message>
    <message>
        <source>Weak password for user %1: it %2</source>
        <translation>Contraseña débil del usuario %1: %2</translation>
    </message>
    <message>
        <source>Give this user a random password of at least %1 characters in its directory file, run &quot;reloadxml&quot; and update the phone.</source>
        <translation>Asigne a este usuario una contraseña aleatoria de al menos %1 caracteres en su archivo de directorio, ejecute &quot;reloadxml&quot; y actualice el teléfono.</translation>
    </message>
    <message>
        <source>Extension %1 in context %2 bridges international numbers without a check</source>
        <translation>La extensión %1 del contexto %2 conecta con números internacionales sin ninguna comprobación</translation>
    </message>
    <message>
        <source>This extension sends numbers matching %1 out through a gateway with no toll_allow, caller or time condition. One account with a guessed password%2 is then enough to call premium numbers around the clock at your expense.</source>
        <translation>Esta extensión envía los números que coinciden con %1 a través de una pasarela sin toll_allow ni condición de llamante u horario. Basta entonces con una cuenta con una contraseña adivinada%2 para llamar a números de tarificación especial a todas horas a su cargo.</translation>
    </message>
    <message>
        <source> (or, here, no account at all)</source>
        <translation> (o, en este caso, sin cuenta alguna)</translation>
    </message>
    <message>
        <source>Add a condition on ${toll_allow} (as FreeSWITCH&apos;s sample dialplan does) so only users allowed international calls can use this route, and block premium destinations you do not call.</source>
        <translation>Añada una condición sobre ${toll_allow} (como hace el plan de marcación de ejemplo de FreeSWITCH) para que solo los usuarios autorizados a llamadas internacionales puedan usar esta ruta, y bloquee los destinos de tarificación especial a los que no llame.</translation>
    </message>
</context>
<context>
    <name>tg::AuditCollector</name>
    <message>
        <source>%1: neither SSH nor AMI is configured, so nothing could be read.</source>
        <translation>%1: no hay SSH ni AMI configurados, así que no se pudo leer nada.</translation>
    </message>
    <message>
        <source>%1: the configuration folder &quot;%2&quot; is not a plain absolute path; nothing was read.</source>
        <translation>%1: la carpeta de configuración &quot;%2&quot; no es una ruta absoluta simple; no se leyó nada.</translation>
    </message>
    <message>
        <source>Listing configuration files in %1</source>
        <translation>Listando los archivos de configuración en %1</translation>
    </message>
    <message>
        <source>%1: skipped the file &quot;%2&quot;: its name has characters Tollgate does not put in a command.</source>
        <translation>%1: se omitió el archivo &quot;%2&quot;: su nombre tiene caracteres que Tollgate no pone en un comando.</translation>
    </message>
    <message>
        <source>%1: no configuration files were found in %2; check the folder in the PBX settings, or enable sudo if only root can read it.</source>
        <translation>%1: no se encontraron archivos de configuración en %2; compruebe la carpeta en la configuración de la centralita, o active sudo si solo root puede leerla.</translation>
    </message>
    <message>
        <source>%1: %2 is larger than 4 MiB and was not audited.</source>
        <translation>%1: %2 ocupa más de 4 MiB y no se auditó.</translation>
    </message>
    <message>
        <source>Reading listening ports, firewall and fail2ban state</source>
        <translation>Leyendo los puertos en escucha, el cortafuegos y el estado de fail2ban</translation>
    </message>
    <message>
        <source>%1: the firewall rules could not be read (enable sudo for the audit so nft or iptables can run).</source>
        <translation>%1: no se pudieron leer las reglas del cortafuegos (active sudo para la auditoría para que nft o iptables puedan ejecutarse).</translation>
    </message>
    <message>
        <source>%1: fail2ban is installed but its status could not be read (it may need sudo, or the service is stopped).</source>
        <translation>%1: fail2ban está instalado pero no se pudo leer su estado (puede necesitar sudo, o el servicio está detenido).</translation>
    </message>
    <message>
        <source>%1: read through AMI GetConfig (no SSH): line numbers are those of Asterisk&apos;s view of each file, includes are already merged, and host checks were skipped.</source>
        <translation>%1: leído mediante AMI GetConfig (sin SSH): los números de línea son los de la vista de Asterisk de cada archivo, las inclusiones ya están combinadas y se omitieron las comprobaciones del host.</translation>
    </message>
    <message>
        <source>Running the checks</source>
        <translation>Ejecutando las comprobaciones</translation>
    </message>
</context>
<context>
    <name>tg::AuditFindingsModel</name>
    <message>
        <source>Can be fixed</source>
        <translation>Se puede corregir</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Remediation</source>
        <translation>Corrección</translation>
    </message>
</context>
<context>
    <name>tg::AuditFixDialog</name>
    <message>
        <source>Fix on %1</source>
        <translation>Corregir en %1</translation>
    </message>
    <message>
        <source>File: %1. A timestamped backup is made before writing, and you can roll back to it afterwards.</source>
        <translation>Archivo: %1. Antes de escribir se hace una copia de seguridad con marca de tiempo, y después puede volver a ella.</translation>
    </message>
    <message>
        <source>Then Tollgate runs &quot;%1&quot; on the PBX and checks the finding again.</source>
        <translation>A continuación, Tollgate ejecuta &quot;%1&quot; en la centralita y vuelve a comprobar el hallazgo.</translation>
    </message>
    <message>
        <source>Apply fix</source>
        <translation>Aplicar corrección</translation>
    </message>
    <message>
        <source>Revert on %1</source>
        <translation>Revertir en %1</translation>
    </message>
    <message>
        <source>Then Tollgate runs &quot;%1&quot; on the PBX and reads the file back.</source>
        <translation>Después Tollgate ejecuta &quot;%1&quot; en la PBX y vuelve a leer el archivo.</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revertir</translation>
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
        <translation>Media</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Security audit of %1</source>
        <translation>Auditoría de seguridad de %1</translation>
    </message>
    <message>
        <source>PBX</source>
        <translation>PBX</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Why it matters:</source>
        <translation>Por qué importa:</translation>
    </message>
    <message>
        <source>How to fix:</source>
        <translation>Cómo corregirlo:</translation>
    </message>
    <message>
        <source>Remediation:</source>
        <translation>Corrección:</translation>
    </message>
    <message>
        <source>Tollgate can fix this for you.</source>
        <translation>Tollgate puede corregir esto por usted.</translation>
    </message>
    <message>
        <source>Not audited</source>
        <translation>No auditado</translation>
    </message>
    <message>
        <source>Generated by Tollgate %1. Secrets are never shown in this report.</source>
        <translation>Generado por Tollgate %1. Los secretos nunca se muestran en este informe.</translation>
    </message>
</context>
<context>
    <name>tg::AuditRunner</name>
    <message>
        <source>No Asterisk (*.conf) or FreeSWITCH (freeswitch.xml, vars.xml, autoload_configs/) configuration files were found.</source>
        <translation>No se encontraron archivos de configuración de Asterisk (*.conf) ni de FreeSWITCH (freeswitch.xml, vars.xml, autoload_configs/).</translation>
    </message>
</context>
<context>
    <name>tg::AuditView</name>
    <message>
        <source>Run audit</source>
        <translation>Ejecutar auditoría</translation>
    </message>
    <message>
        <source>Fix…</source>
        <translation>Corregir…</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Exportar informe…</translation>
    </message>
    <message>
        <source>Security audit</source>
        <translation>Auditoría de seguridad</translation>
    </message>
    <message>
        <source>Security audit of %1</source>
        <translation>Auditoría de seguridad de %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a PBX in the sidebar, then run an audit. Tollgate reads its configuration over SSH (read-only) and lists weak secrets, open guest access, exposed management ports and risky dialplan, each with why it matters and how to fix it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Seleccione una centralita en la barra lateral y ejecute una auditoría. Tollgate lee su configuración por SSH (solo lectura) y enumera secretos débiles, acceso de invitados abierto, puertos de administración expuestos y planes de marcación arriesgados, cada uno con por qué importa y cómo corregirlo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No audit of %1 yet. &quot;Run audit&quot; reads its configuration over SSH; nothing is changed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aún no hay ninguna auditoría de %1. &quot;Ejecutar auditoría&quot; lee su configuración por SSH; no se cambia nada.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Audited %1</source>
        <translation>Auditado %1</translation>
    </message>
    <message>
        <source>Score %1/100 · %2 critical, %3 high, %4 medium, %5 low</source>
        <translation>Puntuación %1/100 · %2 críticos, %3 altos, %4 medios, %5 bajos</translation>
    </message>
    <message>
        <source>&lt;p&gt;No findings. %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;No hay hallazgos. %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Some parts could not be audited: %1</source>
        <translation>Algunas partes no se pudieron auditar: %1</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Por qué importa</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>Cómo corregirlo</translation>
    </message>
    <message>
        <source>Remediation</source>
        <translation>Corrección</translation>
    </message>
    <message>
        <source>Tollgate can make this change for you: &quot;Fix…&quot; shows the exact diff first.</source>
        <translation>Tollgate puede hacer este cambio por usted: &quot;Corregir…&quot; muestra antes el diff exacto.</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Corregir</translation>
    </message>
    <message>
        <source>Applying the fix…</source>
        <translation>Aplicando la corrección…</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Aplicando…</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Corregido</translation>
    </message>
    <message>
        <source>Fixed on %1 (%2); backup %3. %4</source>
        <translation>Corregido en %1 (%2); copia de seguridad %3. %4</translation>
    </message>
    <message>
        <source>Fix applied</source>
        <translation>Corrección aplicada</translation>
    </message>
    <message>
        <source>Fix failed</source>
        <translation>Corrección fallida</translation>
    </message>
    <message>
        <source>Fix attempted on %1 and failed: %2</source>
        <translation>Se intentó la corrección en %1 y falló: %2</translation>
    </message>
    <message>
        <source>The fix failed</source>
        <translation>La corrección falló</translation>
    </message>
    <message>
        <source>Fix on %1</source>
        <translation>Corregir en %1</translation>
    </message>
    <message>
        <source>Rolling back…</source>
        <translation>Revirtiendo…</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>Revertido</translation>
    </message>
    <message>
        <source>Fixed, then rolled back on %1 to the backup %2.</source>
        <translation>Corregido y después revertido en %1 a la copia de seguridad %2.</translation>
    </message>
    <message>
        <source>The rollback failed</source>
        <translation>La reversión falló</translation>
    </message>
    <message>
        <source>Roll back on %1</source>
        <translation>Revertir en %1</translation>
    </message>
    <message>
        <source>The PDF %1 could not be written; check the folder&apos;s permissions.</source>
        <translation>No se pudo escribir el PDF %1; compruebe los permisos de la carpeta.</translation>
    </message>
    <message>
        <source>This build of Tollgate has no PDF support; export as HTML and print it from a browser.</source>
        <translation>Esta compilación de Tollgate no admite PDF; exporte en HTML e imprímalo desde un navegador.</translation>
    </message>
    <message>
        <source>The report %1 could not be written: %2.</source>
        <translation>No se pudo escribir el informe %1: %2.</translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation>Informe HTML (*.html)</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>Informe PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export audit report</source>
        <translation>Exportar informe de auditoría</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>Informe guardado en %1</translation>
    </message>
</context>
<context>
    <name>tg::AutoBlockPolicy</name>
    <message>
        <source>Automatic block: rule %1, alert #%2 (%3)</source>
        <translation>Bloqueo automático: regla %1, alerta #%2 (%3)</translation>
    </message>
    <message>
        <source>%1 was not blocked automatically: PBX %2 has no SSH access set up, and blocking runs over SSH.</source>
        <translation>%1 no se bloqueó automáticamente: la centralita %2 no tiene acceso SSH configurado, y los bloqueos se hacen por SSH.</translation>
    </message>
    <message>
        <source>%1 was not blocked automatically: the limit of %2 automatic blocks per hour was reached. Block it by hand if it should be.</source>
        <translation>%1 no se bloqueó automáticamente: se alcanzó el límite de %2 bloqueos automáticos por hora. Bloquéela a mano si hace falta.</translation>
    </message>
    <message>
        <source>%1 was not blocked automatically: the limit of %2 automatic blocks per hour on PBX %3 was reached. Block it by hand if it should be.</source>
        <translation>%1 no se bloqueó automáticamente: se alcanzó el límite de %2 bloqueos automáticos por hora en la centralita %3. Bloquéela a mano si hace falta.</translation>
    </message>
    <message>
        <source>%1 was not blocked automatically on %2: the limit of %3 automatic blocks per hour there was reached.</source>
        <translation>%1 no se bloqueó automáticamente en %2: allí se alcanzó el límite de %3 bloqueos automáticos por hora.</translation>
    </message>
</context>
<context>
    <name>tg::AutoBlockSettings</name>
    <message>
        <source>The rule &quot;%1&quot; cannot block automatically: its alerts are not about one source address.</source>
        <translation>La regla «%1» no puede bloquear automáticamente: sus alertas no tratan de una sola dirección de origen.</translation>
    </message>
    <message>
        <source>The duration of automatic blocks must be between one second and a year, or until unblocked.</source>
        <translation>La duración de los bloqueos automáticos debe estar entre un segundo y un año, o hasta desbloquear.</translation>
    </message>
    <message>
        <source>The limits of automatic blocks per hour must be between 1 and %1.</source>
        <translation>Los límites de bloqueos automáticos por hora deben estar entre 1 y %1.</translation>
    </message>
</context>
<context>
    <name>tg::BlockAddress</name>
    <message>
        <source>No address was given.</source>
        <translation>No se indicó ninguna dirección.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 or IPv6 address or network: only digits, a-f, &quot;:&quot;, &quot;.&quot; and one &quot;/prefix&quot; are allowed, with no spaces.</source>
        <translation>&quot;%1&quot; no es una dirección o red IPv4 o IPv6: solo se permiten dígitos, a-f, &quot;:&quot;, &quot;.&quot; y un &quot;/prefijo&quot;, sin espacios.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IPv4 address: it needs four decimal numbers 0-255 without leading zeros.</source>
        <translation>&quot;%1&quot; no es una dirección IPv4 válida: necesita cuatro números decimales de 0 a 255 sin ceros a la izquierda.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IPv6 address.</source>
        <translation>&quot;%1&quot; no es una dirección IPv6 válida.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IPv4 address.</source>
        <translation>&quot;%1&quot; no es una dirección IPv4 válida.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an IPv4-mapped IPv6 network; write it as an IPv4 network instead.</source>
        <translation>&quot;%1&quot; es una red IPv6 con IPv4 mapeada; escríbala como red IPv4.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an invalid prefix length: use /0 to /%2 without leading zeros.</source>
        <translation>&quot;%1&quot; tiene una longitud de prefijo no válida: use de /0 a /%2 sin ceros a la izquierda.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has address bits set after the /%2 prefix; did you mean %3/%2?</source>
        <translation>&quot;%1&quot; tiene bits de dirección activos después del prefijo /%2; ¿quiso decir %3/%2?</translation>
    </message>
</context>
<context>
    <name>tg::BlockGuard</name>
    <message>
        <source>the unspecified (&quot;this network&quot;) range</source>
        <translation>el rango no especificado (&quot;esta red&quot;)</translation>
    </message>
    <message>
        <source>the loopback range</source>
        <translation>el rango de loopback</translation>
    </message>
    <message>
        <source>the link-local range</source>
        <translation>el rango de enlace local</translation>
    </message>
    <message>
        <source>the multicast range</source>
        <translation>el rango de multidifusión</translation>
    </message>
    <message>
        <source>the reserved and broadcast range</source>
        <translation>el rango reservado y de difusión</translation>
    </message>
    <message>
        <source>the unspecified address</source>
        <translation>la dirección no especificada</translation>
    </message>
    <message>
        <source>the loopback address</source>
        <translation>la dirección de loopback</translation>
    </message>
    <message>
        <source>No valid address was given.</source>
        <translation>No se indicó ninguna dirección válida.</translation>
    </message>
    <message>
        <source>%1 is or contains %2 (%3/%4), which is never blocked: it is not an attacker&apos;s address and blocking it can break the PBX.</source>
        <translation>%1 es o contiene %2 (%3/%4), que nunca se bloquea: no es la dirección de un atacante y bloquearla puede dejar la centralita inoperativa.</translation>
    </message>
    <message>
        <source>%1 is too broad a network to block (/%2; the broadest allowed is /%3). Block smaller networks, or change the limit in the blocking settings.</source>
        <translation>%1 es una red demasiado amplia para bloquearla (/%2; la más amplia permitida es /%3). Bloquee redes más pequeñas o cambie el límite en la configuración de bloqueo.</translation>
    </message>
    <message>
        <source>%1 overlaps the allowlisted range %2. Remove it from the allowlist first if it really must be blocked.</source>
        <translation>%1 se solapa con el rango de la lista de permitidos %2. Quítelo primero de la lista de permitidos si de verdad hay que bloquearlo.</translation>
    </message>
    <message>
        <source>%1 contains %2, the address PBX %3 sees your SSH connection from; blocking it could lock you out of the PBX.</source>
        <translation>%1 contiene %2, la dirección desde la que la centralita %3 ve su conexión SSH; bloquearla podría dejarle sin acceso a la centralita.</translation>
    </message>
    <message>
        <source>%1 contains %2, an address of PBX %3 itself.</source>
        <translation>%1 contiene %2, una dirección de la propia centralita %3.</translation>
    </message>
    <message>
        <source>%1 overlaps %2, the SIP trunk peer &quot;%3&quot; in %4 on PBX %5; blocking it would cut the calls through that trunk.</source>
        <translation>%1 se solapa con %2, el peer de troncal SIP &quot;%3&quot; en %4 de la centralita %5; bloquearlo cortaría las llamadas por esa troncal.</translation>
    </message>
    <message>
        <source>PBX %1 blocks with fail2ban, which bans single addresses only; block the addresses of %2 one by one, or use nftables on that PBX.</source>
        <translation>La centralita %1 bloquea con fail2ban, que solo banea direcciones individuales; bloquee las direcciones de %2 una a una, o use nftables en esa centralita.</translation>
    </message>
</context>
<context>
    <name>tg::BlockOutputParser</name>
    <message>
        <source>nft did not print the JSON listing Tollgate expects (%1).</source>
        <translation>nft no mostró el listado JSON que Tollgate espera (%1).</translation>
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
        <translation> durante %1 s</translation>
    </message>
    <message>
        <source> until unblocked</source>
        <translation> hasta que se desbloquee</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Rechazado: %1</translation>
    </message>
    <message>
        <source>PBX %1 (%2):</source>
        <translation>PBX %1 (%2):</translation>
    </message>
    <message>
        <source>%1 is already covered by %2.</source>
        <translation>%1 ya está cubierto por %2.</translation>
    </message>
    <message>
        <source>%1 is not blocked here.</source>
        <translation>%1 no está bloqueado aquí.</translation>
    </message>
    <message>
        <source>then verify with: %1</source>
        <translation>después, verificar con: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
</context>
<context>
    <name>tg::BlockPlanDialog</name>
    <message>
        <source>Block source addresses</source>
        <translation>Bloquear direcciones de origen</translation>
    </message>
    <message>
        <source>Unblock addresses</source>
        <translation>Desbloquear direcciones</translation>
    </message>
    <message>
        <source>One IPv4 or IPv6 address or network per line, e.g. 203.0.113.5 or 198.51.100.0/24</source>
        <translation>Una dirección o red IPv4 o IPv6 por línea, p. ej. 203.0.113.5 o 198.51.100.0/24</translation>
    </message>
    <message>
        <source>&amp;Addresses:</source>
        <translation>&amp;Direcciones:</translation>
    </message>
    <message>
        <source>On &amp;PBXes:</source>
        <translation>En las PB&amp;X:</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 días</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 días</translation>
    </message>
    <message>
        <source>Until unblocked</source>
        <translation>Hasta que se desbloquee</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Otra…</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>D&amp;uración:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Show &amp;plan…</source>
        <translation>Mostrar &amp;plan…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>&amp;Unblock</source>
        <translation>Des&amp;bloquear</translation>
    </message>
    <message>
        <source>Asking the PBXes who must never be blocked there and what they block now…</source>
        <translation>Preguntando a las centralitas qué no se debe bloquear nunca en ellas y qué bloquean ahora…</translation>
    </message>
    <message>
        <source>No PBX has SSH access set up; add it in the PBX&apos;s settings to block there.</source>
        <translation>Ninguna centralita tiene acceso SSH configurado; añádalo en la configuración de la centralita para bloquear en ella.</translation>
    </message>
    <message>
        <source>Choose at least one PBX.</source>
        <translation>Elija al menos una PBX.</translation>
    </message>
    <message>
        <source>Nothing would run on any PBX: see below why.</source>
        <translation>No se ejecutaría nada en ninguna centralita: vea abajo el motivo.</translation>
    </message>
    <message>
        <source>These commands will run on the PBXes below, then each PBX&apos;s listing is read back to verify.</source>
        <translation>Estos comandos se ejecutarán en las centralitas siguientes y después se volverá a leer el listado de cada una para verificarlo.</translation>
    </message>
    <message>
        <source>Some addresses are refused; each refusal says why.</source>
        <translation>Algunas direcciones se han rechazado; cada rechazo indica el motivo.</translation>
    </message>
    <message>
        <source>Some PBXes cannot be changed; the plan says why.</source>
        <translation>Algunas centralitas no se pueden modificar; el plan indica el motivo.</translation>
    </message>
    <message>
        <source>All PBXes (%1)</source>
        <translation>Todas las centralitas (%1)</translation>
    </message>
</context>
<context>
    <name>tg::BlockPlanner</name>
    <message>
        <source>%1 addresses are more than Tollgate handles at once (%2); split the request.</source>
        <translation>%1 direcciones son más de las que Tollgate maneja a la vez (%2); divida la solicitud.</translation>
    </message>
    <message>
        <source>The block duration must be between 1 second and 365 days, or none (until unblocked).</source>
        <translation>La duración del bloqueo debe estar entre 1 segundo y 365 días, o ninguna (hasta que se desbloquee).</translation>
    </message>
    <message>
        <source>The blocking settings of PBX %1 are not usable: %2</source>
        <translation>La configuración de bloqueo de la centralita %1 no es utilizable: %2</translation>
    </message>
    <message>
        <source>PBX %1 has none of nftables (nft), iptables with ipset, or fail2ban-client; install nftables there, then try again.</source>
        <translation>La centralita %1 no tiene nftables (nft), ni iptables con ipset, ni fail2ban-client; instale nftables en ella y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>PBX %1 is set to block with %2, which is not installed there; install it or choose another backend in the PBX&apos;s blocking settings.</source>
        <translation>La centralita %1 está configurada para bloquear con %2, que no está instalado en ella; instálelo o elija otro mecanismo en la configuración de bloqueo de la centralita.</translation>
    </message>
    <message>
        <source>%1 is inside %2, which is blocked on PBX %3 as a whole; unblock %2 to lift it.</source>
        <translation>%1 está dentro de %2, que está bloqueado por completo en la centralita %3; desbloquee %2 para levantarlo.</translation>
    </message>
    <message>
        <source>fail2ban bans for its jail&apos;s bantime; Tollgate unbans when the %1 s duration ends.</source>
        <translation>fail2ban banea durante el bantime de su jail; Tollgate quita el baneo cuando termina la duración de %1 s.</translation>
    </message>
    <message>
        <source>The new networks take the place of these entries on PBX %1: %2.</source>
        <translation>Las nuevas redes sustituyen a estas entradas en la centralita %1: %2.</translation>
    </message>
    <message>
        <source>Tollgate could not build a safe command for PBX %1; nothing will run there.</source>
        <translation>Tollgate no pudo construir un comando seguro para la centralita %1; no se ejecutará nada en ella.</translation>
    </message>
</context>
<context>
    <name>tg::BlockProcedure</name>
    <message>
        <source>Tollgate refused to build a command for PBX %1 from an unsafe value; nothing ran.</source>
        <translation>Tollgate se negó a construir un comando para la centralita %1 a partir de un valor no seguro; no se ejecutó nada.</translation>
    </message>
    <message>
        <source>On PBX %1, the %2 command failed (exit code %3): %4</source>
        <translation>En la centralita %1, el comando %2 falló (código de salida %3): %4</translation>
    </message>
    <message>
        <source>fail2ban on PBX %1 printed no list of banned addresses.</source>
        <translation>fail2ban en la centralita %1 no mostró ninguna lista de direcciones baneadas.</translation>
    </message>
    <message>
        <source>PBX %1 did not say where it sees the SSH connection from ($SSH_CONNECTION is empty), so your own address could not be protected there; SSH stays reachable when blocking on the PBX&apos;s ports only.</source>
        <translation>La centralita %1 no indicó desde dónde ve la conexión SSH ($SSH_CONNECTION está vacío), así que no se pudo proteger allí su propia dirección; SSH sigue siendo accesible si solo se bloquea en los puertos de la centralita.</translation>
    </message>
    <message>
        <source>Could not read %1 on PBX %2, so its SIP trunk peers were not checked: %3</source>
        <translation>No se pudo leer %1 en la centralita %2, así que no se comprobaron sus peers de troncal SIP: %3</translation>
    </message>
    <message>
        <source>No sip.conf or pjsip.conf in %1 on PBX %2: no SIP trunk peers were checked.</source>
        <translation>No hay sip.conf ni pjsip.conf en %1 de la centralita %2: no se comprobó ningún peer de troncal SIP.</translation>
    </message>
    <message>
        <source>The SIP trunk peer &quot;%1&quot; in %2 on PBX %3 has a host Tollgate cannot read (&quot;%4&quot;).</source>
        <translation>El peer de troncal SIP &quot;%1&quot; en %2 de la centralita %3 tiene un host que Tollgate no puede leer (&quot;%4&quot;).</translation>
    </message>
    <message>
        <source>PBX %1 could not resolve %2 (SIP trunk peer &quot;%3&quot; in %4); it is not protected from blocking by address.</source>
        <translation>La centralita %1 no pudo resolver %2 (peer de troncal SIP &quot;%3&quot; en %4); no está protegido contra el bloqueo por dirección.</translation>
    </message>
    <message>
        <source>already covered by %1</source>
        <translation>ya cubierto por %1</translation>
    </message>
    <message>
        <source>inside %1, which stays blocked</source>
        <translation>dentro de %1, que sigue bloqueado</translation>
    </message>
    <message>
        <source>was not blocked</source>
        <translation>no estaba bloqueado</translation>
    </message>
    <message>
        <source>not listed after blocking</source>
        <translation>no aparece en el listado tras el bloqueo</translation>
    </message>
    <message>
        <source>still listed after unblocking</source>
        <translation>sigue apareciendo en el listado tras el desbloqueo</translation>
    </message>
    <message>
        <source>The change on PBX %1 could not be verified: %2</source>
        <translation>No se pudo verificar el cambio en la centralita %1: %2</translation>
    </message>
    <message>
        <source>On PBX %1, the listing does not show every blocked address; see each address&apos;s detail.</source>
        <translation>En la centralita %1, el listado no muestra todas las direcciones bloqueadas; vea el detalle de cada dirección.</translation>
    </message>
    <message>
        <source>On PBX %1, the listing still shows an unblocked address; see each address&apos;s detail.</source>
        <translation>En la centralita %1, el listado sigue mostrando una dirección desbloqueada; vea el detalle de cada dirección.</translation>
    </message>
</context>
<context>
    <name>tg::BlockRunner</name>
    <message>
        <source>PBX %1 has no blocking backend (nftables, iptables with ipset, fail2ban).</source>
        <translation>La centralita %1 no tiene ningún mecanismo de bloqueo (nftables, iptables con ipset, fail2ban).</translation>
    </message>
    <message>
        <source>lifted by Tollgate when its duration ended</source>
        <translation>levantado por Tollgate al terminar su duración</translation>
    </message>
</context>
<context>
    <name>tg::BlockSettings</name>
    <message>
        <source>&quot;%1&quot; is not a port or a range of ports (1-65535, like 5060 or 10000-20000).</source>
        <translation>&quot;%1&quot; no es un puerto ni un rango de puertos (1-65535, como 5060 o 10000-20000).</translation>
    </message>
    <message>
        <source>Give between 1 and 64 ports or port ranges.</source>
        <translation>Indique entre 1 y 64 puertos o rangos de puertos.</translation>
    </message>
    <message>
        <source>Blocking on the PBX&apos;s ports needs between 1 and 64 ports or port ranges.</source>
        <translation>El bloqueo en los puertos de la centralita necesita entre 1 y 64 puertos o rangos de puertos.</translation>
    </message>
    <message>
        <source>The port range %1-%2 is not valid.</source>
        <translation>El rango de puertos %1-%2 no es válido.</translation>
    </message>
    <message>
        <source>The fail2ban jail name &quot;%1&quot; may only contain letters, digits, &quot;_&quot; and &quot;-&quot;.</source>
        <translation>El nombre de jail de fail2ban &quot;%1&quot; solo puede contener letras, dígitos, &quot;_&quot; y &quot;-&quot;.</translation>
    </message>
    <message>
        <source>The configuration folder &quot;%1&quot; is not a plain absolute path.</source>
        <translation>La carpeta de configuración &quot;%1&quot; no es una ruta absoluta simple.</translation>
    </message>
    <message>
        <source>The smallest allowed network prefix is out of range.</source>
        <translation>El prefijo de red mínimo permitido está fuera de rango.</translation>
    </message>
    <message>
        <source>The fail2ban socket &quot;%1&quot; is not a plain absolute path.</source>
        <translation>El socket de fail2ban «%1» no es una ruta absoluta simple.</translation>
    </message>
</context>
<context>
    <name>tg::BlockStore</name>
    <message>
        <source>Could not record the block in the database: %1.</source>
        <translation>No se pudo registrar el bloqueo en la base de datos: %1.</translation>
    </message>
    <message>
        <source>Could not record the unblock in the database: %1.</source>
        <translation>No se pudo registrar el desbloqueo en la base de datos: %1.</translation>
    </message>
    <message>
        <source>no longer listed on the PBX: removed outside Tollgate?</source>
        <translation>ya no aparece en el listado de la centralita: ¿se quitó fuera de Tollgate?</translation>
    </message>
    <message>
        <source>The blocking settings of %1 could not be saved: %2</source>
        <translation>No se pudieron guardar los ajustes de bloqueo de %1: %2</translation>
    </message>
</context>
<context>
    <name>tg::BlockTableModel</name>
    <message>
        <source>made outside Tollgate</source>
        <translation>hecha fuera de Tollgate</translation>
    </message>
    <message>
        <source>outside Tollgate</source>
        <translation>fuera de Tollgate</translation>
    </message>
    <message>
        <source>%1: %2 with %3%4</source>
        <translation>%1: %2 con %3%4</translation>
    </message>
    <message>
        <source>blocked (outside Tollgate)</source>
        <translation>bloqueada (fuera de Tollgate)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>until unblocked</source>
        <translation>hasta que se desbloquee</translation>
    </message>
    <message>
        <source>%1 (alert %2)</source>
        <translation>%1 (alerta %2)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>On PBXes</source>
        <translation>En las PBX</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
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
        <translation>Bloqueada el</translation>
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
        <translation>Tollgate puede bloquear por sí mismo la dirección de origen de una alerta nueva. Pasa por el mismo plan y las mismas comprobaciones de seguridad que un bloqueo manual: nunca bloquea loopback, rangos de la lista de permitidos, la dirección desde la que usted llega a la centralita, las direcciones propias de la centralita ni sus troncales SIP. Desactivado hasta que elija una regla.</translation>
    </message>
    <message>
        <source>Rules that block automatically</source>
        <translation>Reglas que bloquean automáticamente</translation>
    </message>
    <message>
        <source>Detector rule %1</source>
        <translation>Regla de detección %1</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 días</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 días</translation>
    </message>
    <message>
        <source>Until unblocked</source>
        <translation>Hasta que se desbloquee</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 segundos</translation>
    </message>
    <message>
        <source>The PBX that raised the alert</source>
        <translation>La centralita que generó la alerta</translation>
    </message>
    <message>
        <source>Every PBX with SSH access</source>
        <translation>Cada centralita con acceso SSH</translation>
    </message>
    <message>
        <source> per hour</source>
        <translation> por hora</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <source>Block for</source>
        <translation>Bloquear durante</translation>
    </message>
    <message>
        <source>Block on</source>
        <translation>Bloquear en</translation>
    </message>
    <message>
        <source>At most, on all PBXes</source>
        <translation>Como máximo, en todas las centralitas</translation>
    </message>
    <message>
        <source>At most, on one PBX</source>
        <translation>Como máximo, en una centralita</translation>
    </message>
    <message>
        <source>Each PBX blocks with its own backend, detected over SSH: nftables, iptables with ipset, or fail2ban. Every automatic block is recorded as &quot;automatic&quot; in the Blocks tab and listed on its alert. When a limit is reached nothing is blocked, and the alert and the Blocks tab say so.</source>
        <translation>Cada centralita bloquea con su propio mecanismo, detectado por SSH: nftables, iptables con ipset o fail2ban. Cada bloqueo automático queda registrado como «automático» en la pestaña Bloqueos y aparece en su alerta. Cuando se alcanza un límite no se bloquea nada, y la alerta y la pestaña Bloqueos lo indican.</translation>
    </message>
    <message>
        <source>Blocking</source>
        <translation>Bloqueo</translation>
    </message>
    <message>
        <source>Brute force from one address</source>
        <translation>Fuerza bruta desde una dirección</translation>
    </message>
    <message>
        <source>Account enumeration from one address</source>
        <translation>Enumeración de cuentas desde una dirección</translation>
    </message>
    <message>
        <source>SIP scanner</source>
        <translation>Escáner SIP</translation>
    </message>
    <message>
        <source>Login success after failures (when the alert names the address)</source>
        <translation>Inicio de sesión correcto tras fallos (cuando la alerta indica la dirección)</translation>
    </message>
    <message>
        <source>Flood from one address</source>
        <translation>Inundación desde una dirección</translation>
    </message>
    <message>
        <source>Automatic blocking is on: %1 of %2 rules block by themselves.</source>
        <translation>El bloqueo automático está activado: %1 de %2 reglas bloquean por sí mismas.</translation>
    </message>
    <message>
        <source>Automatic blocking is off.</source>
        <translation>El bloqueo automático está desactivado.</translation>
    </message>
</context>
<context>
    <name>tg::BlocksView</name>
    <message>
        <source>&amp;Block address…</source>
        <translation>&amp;Bloquear dirección…</translation>
    </message>
    <message>
        <source>&amp;Unblock</source>
        <translation>Des&amp;bloquear</translation>
    </message>
    <message>
        <source>&amp;Check PBXes</source>
        <translation>&amp;Comprobar PBX</translation>
    </message>
    <message>
        <source>Read what each PBX blocks now, including blocks made outside Tollgate</source>
        <translation>Leer qué bloquea ahora cada centralita, incluidos los bloqueos hechos fuera de Tollgate</translation>
    </message>
    <message>
        <source>Show &amp;ended blocks</source>
        <translation>Mostrar bloqueos &amp;finalizados</translation>
    </message>
    <message>
        <source>No PBX has SSH access set up; blocking needs it.</source>
        <translation>Ninguna centralita tiene acceso SSH configurado; el bloqueo lo necesita.</translation>
    </message>
    <message>
        <source>Running the plan on the PBXes…</source>
        <translation>Ejecutando el plan en las centralitas…</translation>
    </message>
    <message>
        <source>Done, and verified on every PBX.</source>
        <translation>Hecho y verificado en todas las centralitas.</translation>
    </message>
    <message>
        <source>Blocking did not complete everywhere; see the Blocks tab.</source>
        <translation>El bloqueo no se completó en todas partes; vea la pestaña Bloqueos.</translation>
    </message>
</context>
<context>
    <name>tg::BruteForceDetector</name>
    <message>
        <source>Brute force from %1</source>
        <translation>Fuerza bruta desde %1</translation>
    </message>
    <message>
        <source>%1 authentication failures from %2 within %3 (threshold: %4 in %5), %6 so far. Accounts tried: %7. Service: %8.</source>
        <translation>%1 fallos de autenticación desde %2 en %3 (umbral: %4 en %5), %6 hasta ahora. Cuentas probadas: %7. Servicio: %8.</translation>
    </message>
    <message>
        <source>Block %1 at the firewall (or let fail2ban do it), and make sure no account it tried has a weak password.</source>
        <translation>Bloquee %1 en el cortafuegos (o deje que lo haga fail2ban) y asegúrese de que ninguna de las cuentas que probó tiene una contraseña débil.</translation>
    </message>
    <message>
        <source>brute force per IP: on (%1 failures in %2, %3 of %4 sources tracked)</source>
        <translation>fuerza bruta por IP: activada (%1 fallos en %2, %3 de %4 orígenes con seguimiento)</translation>
    </message>
</context>
<context>
    <name>tg::CallPatternDetector</name>
    <message>
        <source>Call volume spike on %1</source>
        <translation>Pico de volumen de llamadas en %1</translation>
    </message>
    <message>
        <source>%1 calls so far in this hour, against about %2 learned for this hour of the week over %3 weeks (threshold: %4 times the baseline and at least %5 calls).</source>
        <translation>%1 llamadas en lo que va de hora, frente a unas %2 aprendidas para esta hora de la semana durante %3 semanas (umbral: %4 veces la referencia y al menos %5 llamadas).</translation>
    </message>
    <message>
        <source>Look at the live calls of %1: who is calling, and where. A sudden burst at an unusual hour is how toll fraud starts.</source>
        <translation>Revise las llamadas en curso de %1: quién llama y adónde. Una ráfaga repentina a una hora inusual es como empieza el fraude telefónico.</translation>
    </message>
    <message>
        <source>Too many simultaneous calls from %1</source>
        <translation>Demasiadas llamadas simultáneas desde %1</translation>
    </message>
    <message>
        <source>%1 has %2 calls in progress (limit %3). A phone rarely holds more than two; many parallel calls from one account is how stolen credentials are used.</source>
        <translation>%1 tiene %2 llamadas en curso (límite %3). Un teléfono rara vez mantiene más de dos; muchas llamadas en paralelo desde una cuenta es como se usan las credenciales robadas.</translation>
    </message>
    <message>
        <source>Check the live calls of %1 and hang them up if they are not expected; limit the account&apos;s call-limit in the PBX.</source>
        <translation>Revise las llamadas en curso de %1 y cuélguelas si no son esperadas; limite el call-limit de la cuenta en la centralita.</translation>
    </message>
    <message>
        <source>Too many simultaneous calls on %1</source>
        <translation>Demasiadas llamadas simultáneas en %1</translation>
    </message>
    <message>
        <source>%1 calls in progress on %2 (limit %3).</source>
        <translation>%1 llamadas en curso en %2 (límite %3).</translation>
    </message>
    <message>
        <source>Check the live calls for unexpected destinations; raise the limit in the PBX&apos;s detection settings if this volume is normal.</source>
        <translation>Revise las llamadas en curso en busca de destinos inesperados; aumente el límite en la configuración de detección de la centralita si este volumen es normal.</translation>
    </message>
    <message>
        <source>Sequential dialing from %1</source>
        <translation>Marcación secuencial desde %1</translation>
    </message>
    <message>
        <source>%1 called %2 different numbers in the range +%3%4 within %5 (threshold: %6). Walking through a number range is how fraudsters test revenue-share numbers.</source>
        <translation>%1 llamó a %2 números distintos del rango +%3%4 en %5 (umbral: %6). Recorrer un rango de números es como los estafadores prueban números de ingresos compartidos.</translation>
    </message>
    <message>
        <source>Hang up the calls of %1, change its password and block the range +%2 in the dial plan.</source>
        <translation>Cuelgue las llamadas de %1, cambie su contraseña y bloquee el rango +%2 en el plan de marcación.</translation>
    </message>
    <message>
        <source>call spikes: on (%1 times the hour-of-week baseline, at least %2 calls, after %3 weeks of history)</source>
        <translation>picos de llamadas: activado (%1 veces la referencia por hora de la semana, al menos %2 llamadas, tras %3 semanas de historial)</translation>
    </message>
    <message>
        <source>concurrent calls: on (%1 per account; per PBX as configured)</source>
        <translation>llamadas simultáneas: activado (%1 por cuenta; por centralita según la configuración)</translation>
    </message>
    <message>
        <source>sequential dialing: on (%1 numbers of one range in %2)</source>
        <translation>marcación secuencial: activado (%1 números de un rango en %2)</translation>
    </message>
</context>
<context>
    <name>tg::CallsView</name>
    <message>
        <source>Answered</source>
        <translation>Contestada</translation>
    </message>
    <message>
        <source>Hang up…</source>
        <translation>Colgar…</translation>
    </message>
    <message>
        <source>End the selected call on its PBX (AMI Hangup / ESL uuid_kill)</source>
        <translation>Finalizar la llamada seleccionada en su centralita (AMI Hangup / ESL uuid_kill)</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Calls in progress</source>
        <translation>Llamadas en curso</translation>
    </message>
    <message>
        <source>Call history</source>
        <translation>Historial de llamadas</translation>
    </message>
    <message>
        <source>%1 ended calls</source>
        <translation>%1 llamadas finalizadas</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Hang up call</source>
        <translation>Colgar llamada</translation>
    </message>
    <message>
        <source>Hang up the call from %1 to %2 on %3? The caller is disconnected at once.</source>
        <translation>¿Colgar la llamada de %1 a %2 en %3? El llamante se desconecta de inmediato.</translation>
    </message>
</context>
<context>
    <name>tg::CaptureReader</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <source>The ESL capture ends inside a message.</source>
        <translation>La captura ESL termina en mitad de un mensaje.</translation>
    </message>
    <message>
        <source>%1 is not in a format Tollgate can read (an AMI or ESL capture, an Asterisk security or messages log, a FreeSWITCH log or a fail2ban log); name it with --format.</source>
        <translation>%1 no está en un formato que Tollgate pueda leer (una captura AMI o ESL, un registro security o messages de Asterisk, un registro de FreeSWITCH o un registro de fail2ban); indíquelo con --format.</translation>
    </message>
</context>
<context>
    <name>tg::ChangeClassifier</name>
    <message>
        <source>A #exec line runs a shell command on the PBX at every reload: %1</source>
        <translation>Una línea #exec ejecuta un comando de shell en la centralita en cada recarga: %1</translation>
    </message>
    <message>
        <source>Another file is read into this one: %1</source>
        <translation>Se lee otro archivo dentro de este: %1</translation>
    </message>
    <message>
        <source>A new AMI user [%1] was added: it can log in to the Asterisk Manager Interface.</source>
        <translation>Se añadió un nuevo usuario AMI [%1]: puede iniciar sesión en la Asterisk Manager Interface.</translation>
    </message>
    <message>
        <source>The AMI user [%1] was removed.</source>
        <translation>Se eliminó el usuario AMI [%1].</translation>
    </message>
    <message>
        <source>A new account or endpoint [%1] was added.</source>
        <translation>Se añadió una nueva cuenta o endpoint [%1].</translation>
    </message>
    <message>
        <source>A new dialplan context [%1] was added.</source>
        <translation>Se añadió un nuevo contexto de plan de marcación [%1].</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>cambiado</translation>
    </message>
    <message>
        <source>added</source>
        <translation>añadido</translation>
    </message>
    <message>
        <source>The secret of [%1] was %2.</source>
        <translation>Se ha %2 el secreto de [%1].</translation>
    </message>
    <message>
        <source>The secret of [%1] was removed.</source>
        <translation>Se eliminó el secreto de [%1].</translation>
    </message>
    <message>
        <source>The AMI address rule %1 = %2 of [%3] was %4.</source>
        <translation>Se ha %4 la regla de dirección AMI %1 = %2 de [%3].</translation>
    </message>
    <message>
        <source>AMI permissions of [%1] %2: %3 = %4.</source>
        <translation>Permisos AMI de [%1]: se ha %2 %3 = %4.</translation>
    </message>
    <message>
        <source>How the AMI listens changed: %1 = %2.</source>
        <translation>Cambió cómo escucha la AMI: %1 = %2.</translation>
    </message>
    <message>
        <source>The address rule %1 = %2 of [%3] was %4.</source>
        <translation>Se ha %4 la regla de dirección %1 = %2 de [%3].</translation>
    </message>
    <message>
        <source>%1 = %2 in [%3] weakens authentication of calls.</source>
        <translation>%1 = %2 en [%3] debilita la autenticación de las llamadas.</translation>
    </message>
    <message>
        <source>%1 of [%2] was %3: %4.</source>
        <translation>Se ha %3 %1 de [%2]: %4.</translation>
    </message>
    <message>
        <source>The dialplan in [%1] runs a shell command: %2</source>
        <translation>El plan de marcación de [%1] ejecuta un comando de shell: %2</translation>
    </message>
    <message>
        <source>A switch in [%1] hands calls to another server: %2.</source>
        <translation>Un switch en [%1] pasa las llamadas a otro servidor: %2.</translation>
    </message>
    <message>
        <source>Context [%1] %2 an include of [%3].</source>
        <translation>En el contexto [%1] se ha %2 un include de [%3].</translation>
    </message>
    <message>
        <source>Calls in [%1] are sent to the external number %2.</source>
        <translation>Las llamadas de [%1] se envían al número externo %2.</translation>
    </message>
    <message>
        <source>A new route %1 in context [%2] reaches international or premium numbers.</source>
        <translation>Una nueva ruta %1 en el contexto [%2] llega a números internacionales o de tarificación especial.</translation>
    </message>
    <message>
        <source>The route %1 in context [%2], which reaches international or premium numbers, was changed.</source>
        <translation>Se cambió la ruta %1 del contexto [%2], que llega a números internacionales o de tarificación especial.</translation>
    </message>
    <message>
        <source>The security log channel was %1 (%2 =&gt; %3): attacks may go unrecorded.</source>
        <translation>Se ha %1 el canal de registro de seguridad (%2 =&gt; %3): los ataques pueden quedar sin registrar.</translation>
    </message>
    <message>
        <source>A module may now load: %1 %2.</source>
        <translation>Ahora puede cargarse un módulo: %1 %2.</translation>
    </message>
    <message>
        <source>Call records were turned off (%1 = %2 in [%3]).</source>
        <translation>Se desactivaron los registros de llamadas (%1 = %2 en [%3]).</translation>
    </message>
    <message>
        <source>A password at %1 was %2.</source>
        <translation>Se ha %2 una contraseña en %1.</translation>
    </message>
    <message>
        <source>The event socket setting %1 was %2: %3.</source>
        <translation>Se ha %2 el ajuste %1 del event socket: %3.</translation>
    </message>
    <message>
        <source>The FreeSWITCH access lists changed at %1.</source>
        <translation>Las listas de acceso de FreeSWITCH cambiaron en %1.</translation>
    </message>
    <message>
        <source>The access list setting %1 was %2: %3.</source>
        <translation>Se ha %2 el ajuste de lista de acceso %1: %3.</translation>
    </message>
    <message>
        <source>%1 = %2 weakens authentication of calls.</source>
        <translation>%1 = %2 debilita la autenticación de las llamadas.</translation>
    </message>
    <message>
        <source>A new gateway %1 was added.</source>
        <translation>Se añadió una nueva pasarela %1.</translation>
    </message>
    <message>
        <source>A new directory user %1 was added.</source>
        <translation>Se añadió un nuevo usuario de directorio %1.</translation>
    </message>
    <message>
        <source>The dialplan at %1 runs a shell command: %2</source>
        <translation>El plan de marcación en %1 ejecuta un comando de shell: %2</translation>
    </message>
    <message>
        <source>Calls at %1 are sent out: %2 %3.</source>
        <translation>Las llamadas en %1 se envían al exterior: %2 %3.</translation>
    </message>
    <message>
        <source>The route %1 at %2, which reaches international or premium numbers, was %3.</source>
        <translation>Se ha %3 la ruta %1 en %2, que llega a números internacionales o de tarificación especial.</translation>
    </message>
    <message>
        <source>A binary file changed (%1 bytes before, %2 bytes now).</source>
        <translation>Cambió un archivo binario (%1 bytes antes, %2 bytes ahora).</translation>
    </message>
    <message>
        <source>Only line endings or the final newline changed.</source>
        <translation>Solo cambiaron los finales de línea o el salto de línea final.</translation>
    </message>
    <message numerus="yes">
        <source>%n other changed line(s).</source>
        <translation>
            <numerusform>%n línea más cambiada.</numerusform>
            <numerusform>%n líneas más cambiadas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tg::ConfigChangeDetector</name>
    <message>
        <source>Configuration reloaded on %1</source>
        <translation>Configuración recargada en %1</translation>
    </message>
    <message>
        <source>%1 reported %2%3. If nobody on your team changed the configuration, someone with shell or AMI access did.</source>
        <translation>%1 informó de %2%3. Si nadie de su equipo cambió la configuración, lo hizo alguien con acceso a la shell o a la AMI.</translation>
    </message>
    <message>
        <source>a reload</source>
        <translation>una recarga</translation>
    </message>
    <message>
        <source>Confirm the change with your team, then compare the configuration with the approved baseline.</source>
        <translation>Confirme el cambio con su equipo y compare la configuración con la referencia aprobada.</translation>
    </message>
    <message>
        <source>config reload: on (ignoring %1)</source>
        <translation>recarga de configuración: activado (se ignora %1)</translation>
    </message>
    <message>
        <source>config reload: off (turned off in the settings)</source>
        <translation>recarga de configuración: desactivado (desactivado en la configuración)</translation>
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
        <translation>No se pudo aprobar la referencia: %1</translation>
    </message>
    <message>
        <source>The snapshot of %1 from %2 is now the approved baseline.</source>
        <translation>La instantánea de %1 de %2 es ahora la referencia aprobada.</translation>
    </message>
    <message>
        <source>Watched files of %1</source>
        <translation>Archivos vigilados de %1</translation>
    </message>
    <message>
        <source>The defaults for this PBX are shown. </source>
        <translation>Se muestran los valores predeterminados de esta centralita. </translation>
    </message>
    <message>
        <source>One absolute path per line; a * in the file name matches several files (e.g. /etc/freeswitch/sip_profiles/*.xml).</source>
        <translation>Una ruta absoluta por línea; un * en el nombre de archivo coincide con varios archivos (p. ej. /etc/freeswitch/sip_profiles/*.xml).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an absolute path of plain characters; the watch list was not changed.</source>
        <translation>&quot;%1&quot; no es una ruta absoluta de caracteres simples; no se cambió la lista de vigilancia.</translation>
    </message>
    <message>
        <source>The watch list was saved; it is used from the next snapshot round.</source>
        <translation>Se guardó la lista de vigilancia; se usará a partir de la siguiente ronda de instantáneas.</translation>
    </message>
    <message>
        <source>The watch list could not be saved: %1</source>
        <translation>No se pudo guardar la lista de vigilancia: %1</translation>
    </message>
    <message>
        <source>no changes</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>change %1 of %2</source>
        <translation>cambio %1 de %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Select one snapshot to compare it with the baseline (or the one before), or two to compare them with each other.</source>
        <translation>Seleccione una instantánea para compararla con la referencia (o con la anterior), o dos para compararlas entre sí.</translation>
    </message>
    <message>
        <source>Snapshot now</source>
        <translation>Instantánea ahora</translation>
    </message>
    <message>
        <source>Watched files…</source>
        <translation>Archivos vigilados…</translation>
    </message>
    <message>
        <source>PBX:</source>
        <translation>PBX:</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>Instantáneas</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>En paralelo</translation>
    </message>
    <message>
        <source>Old version left, new version right</source>
        <translation>Versión antigua a la izquierda, nueva a la derecha</translation>
    </message>
    <message>
        <source>Unified</source>
        <translation>Unificado</translation>
    </message>
    <message>
        <source>One column, removed lines above added ones</source>
        <translation>Una columna, las líneas eliminadas encima de las añadidas</translation>
    </message>
    <message>
        <source>↑ Previous</source>
        <translation>↑ Anterior</translation>
    </message>
    <message>
        <source>Previous change (Alt+Up)</source>
        <translation>Cambio anterior (Alt+Up)</translation>
    </message>
    <message>
        <source>↓ Next</source>
        <translation>↓ Siguiente</translation>
    </message>
    <message>
        <source>Next change (Alt+Down)</source>
        <translation>Cambio siguiente (Alt+Down)</translation>
    </message>
    <message>
        <source>Show secrets</source>
        <translation>Mostrar secretos</translation>
    </message>
    <message>
        <source>Secret values (secret=, password=, ...) are masked; show them only when nobody is watching your screen.</source>
        <translation>Los valores secretos (secret=, password=, ...) están enmascarados; muéstrelos solo cuando nadie esté viendo su pantalla.</translation>
    </message>
    <message>
        <source>Approve as baseline</source>
        <translation>Aprobar como referencia</translation>
    </message>
    <message>
        <source>Accept the newer version of this comparison as the file&apos;s approved content.</source>
        <translation>Aceptar la versión más reciente de esta comparación como contenido aprobado del archivo.</translation>
    </message>
    <message>
        <source>Revert to baseline…</source>
        <translation>Revertir a la referencia…</translation>
    </message>
    <message>
        <source>Restore the approved content on the PBX through the guided fix flow (preview, backup, write, reload, roll back).</source>
        <translation>Restaurar el contenido aprobado en la centralita mediante el proceso guiado de corrección (vista previa, copia de seguridad, escritura, recarga, reversión).</translation>
    </message>
    <message>
        <source>Security-relevant changes; click one to go to its line.</source>
        <translation>Cambios relevantes para la seguridad; haga clic en uno para ir a su línea.</translation>
    </message>
    <message>
        <source>Fetching the watched files of %1…</source>
        <translation>Obteniendo los archivos vigilados de %1…</translation>
    </message>
    <message>
        <source>No PBX has configuration snapshots yet. Add a PBX with SSH access; Tollgate then keeps a history of its configuration files.</source>
        <translation>Ninguna centralita tiene todavía instantáneas de configuración. Añada una centralita con acceso SSH; Tollgate guardará entonces un historial de sus archivos de configuración.</translation>
    </message>
    <message>
        <source>No snapshots of %1 yet. Use &quot;Snapshot now&quot; to fetch its watched files.</source>
        <translation>Aún no hay instantáneas de %1. Use &quot;Instantánea ahora&quot; para obtener sus archivos vigilados.</translation>
    </message>
    <message>
        <source>%1, %2
SHA-256 %3</source>
        <translation>%1, %2
SHA-256 %3</translation>
    </message>
    <message>
        <source>Read over AMI GetConfig: comments and layout are not kept.</source>
        <translation>Leído mediante AMI GetConfig: no se conservan los comentarios ni el formato.</translation>
    </message>
    <message>
        <source>★ baseline</source>
        <translation>★ referencia</translation>
    </message>
    <message>
        <source>Approved by %1 on %2</source>
        <translation>Aprobado por %1 el %2</translation>
    </message>
    <message>
        <source>same as baseline</source>
        <translation>igual que la referencia</translation>
    </message>
    <message>
        <source>not approved</source>
        <translation>no aprobado</translation>
    </message>
    <message>
        <source>baseline of %1</source>
        <translation>referencia de %1</translation>
    </message>
    <message>
        <source>snapshot of %1</source>
        <translation>instantánea de %1</translation>
    </message>
    <message>
        <source>%1 — only one snapshot (%2)</source>
        <translation>%1 — solo una instantánea (%2)</translation>
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
        <translation>No hay diferencias.</translation>
    </message>
    <message>
        <source>Binary file changed: %1 bytes → %2 bytes.</source>
        <translation>Cambió un archivo binario: %1 bytes → %2 bytes.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&apos;color:#2e7d32&apos;&gt;+%1&lt;/span&gt; &lt;span style=&apos;color:#c62828&apos;&gt;−%2&lt;/span&gt; lines, %n change(s)</source>
        <translation>
            <numerusform>&lt;span style=&apos;color:#2e7d32&apos;&gt;+%1&lt;/span&gt; &lt;span style=&apos;color:#c62828&apos;&gt;−%2&lt;/span&gt; líneas, %n cambio</numerusform>
            <numerusform>&lt;span style=&apos;color:#2e7d32&apos;&gt;+%1&lt;/span&gt; &lt;span style=&apos;color:#c62828&apos;&gt;−%2&lt;/span&gt; líneas, %n cambios</numerusform>
        </translation>
    </message>
    <message>
        <source> — highest risk: &lt;b style=&apos;color:%1&apos;&gt;%2&lt;/b&gt;</source>
        <translation> — mayor riesgo: &lt;b style=&apos;color:%1&apos;&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source> — the versions differ too much to align line by line; shown as one replacement</source>
        <translation> — las versiones difieren demasiado para alinearlas línea a línea; se muestran como un único reemplazo</translation>
    </message>
    <message>
        <source> — only the first %1 MB are compared</source>
        <translation> — solo se comparan los primeros %1 MB</translation>
    </message>
    <message>
        <source>Undo revert</source>
        <translation>Deshacer reversión</translation>
    </message>
    <message>
        <source>Put back the file the last revert replaced (from the backup it made) and reload.</source>
        <translation>Restaurar el archivo que reemplazó la última reversión (desde la copia de seguridad que hizo) y recargar.</translation>
    </message>
    <message>
        <source>Reading %1 on %2 to prepare the revert…</source>
        <translation>Leyendo %1 en %2 para preparar la reversión…</translation>
    </message>
    <message>
        <source>Restoring %1 on %2 from %3…</source>
        <translation>Restaurando %1 en %2 desde %3…</translation>
    </message>
    <message numerus="yes">
        <source>%n watched file(s) of %1 could not be fetched: %2</source>
        <translation>
            <numerusform>No se pudo obtener %n archivo vigilado de %1: %2</numerusform>
            <numerusform>No se pudieron obtener %n archivos vigilados de %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Reverting %1 on %2: backup, write, reload…</source>
        <translation>Revirtiendo %1 en %2: copia de seguridad, escritura, recarga…</translation>
    </message>
    <message>
        <source>The revert was cancelled; nothing was changed.</source>
        <translation>Se canceló la reversión; no se cambió nada.</translation>
    </message>
    <message>
        <source>Revert on %1</source>
        <translation>Revertir en %1</translation>
    </message>
</context>
<context>
    <name>tg::ConfigFileSet</name>
    <message>
        <source>%1 is not a readable folder.</source>
        <translation>%1 no es una carpeta legible.</translation>
    </message>
    <message>
        <source>More than %1 files below %2; the rest were not read.</source>
        <translation>Más de %1 archivos bajo %2; el resto no se leyó.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB and was not read.</source>
        <translation>%1 ocupa más de %2 MiB y no se leyó.</translation>
    </message>
    <message>
        <source>The files below %1 exceed %2 MiB together; the rest were not read.</source>
        <translation>Los archivos bajo %1 superan en conjunto %2 MiB; el resto no se leyó.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2.</source>
        <translation>No se pudo leer %1: %2.</translation>
    </message>
</context>
<context>
    <name>tg::ConfigHistorySettingsPage</name>
    <message>
        <source> snapshots per file</source>
        <translation> instantáneas por archivo</translation>
    </message>
    <message>
        <source>No count limit</source>
        <translation>Sin límite de cantidad</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>No age limit</source>
        <translation>Sin límite de antigüedad</translation>
    </message>
    <message>
        <source>Older config snapshots are deleted when a file gets a new one; its approved baseline and its newest snapshot are always kept.</source>
        <translation>Las instantáneas de configuración más antiguas se borran cuando un archivo recibe una nueva; su línea base aprobada y su instantánea más reciente se conservan siempre.</translation>
    </message>
    <message>
        <source>Keep the newest</source>
        <translation>Conservar las más recientes</translation>
    </message>
    <message>
        <source>Keep snapshots for</source>
        <translation>Conservar instantáneas durante</translation>
    </message>
    <message>
        <source>Config history</source>
        <translation>Historial de configuración</translation>
    </message>
    <message>
        <source>The settings could not be written to %1.</source>
        <translation>No se pudieron escribir los ajustes en %1.</translation>
    </message>
</context>
<context>
    <name>tg::ConfigSnapshot</name>
    <message>
        <source>scheduled</source>
        <translation>programada</translation>
    </message>
    <message>
        <source>after a reload</source>
        <translation>tras una recarga</translation>
    </message>
    <message>
        <source>on demand</source>
        <translation>a petición</translation>
    </message>
    <message>
        <source>after a revert</source>
        <translation>tras una reversión</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importada</translation>
    </message>
</context>
<context>
    <name>tg::ConfigWatcher</name>
    <message>
        <source>The watched path &quot;%1&quot; of %2 is not an absolute path of plain characters; correct it in the watch list.</source>
        <translation>La ruta vigilada &quot;%1&quot; de %2 no es una ruta absoluta de caracteres simples; corríjala en la lista de vigilancia.</translation>
    </message>
    <message>
        <source>no SSH access is configured</source>
        <translation>no hay acceso SSH configurado</translation>
    </message>
    <message>
        <source>%1 on %2 is larger than %3 MB and was not stored; raise the limit or remove it from the watch list.</source>
        <translation>%1 en %2 ocupa más de %3 MB y no se guardó; aumente el límite o quítelo de la lista de vigilancia.</translation>
    </message>
    <message>
        <source>Could not read %1 on %2: %3</source>
        <translation>No se pudo leer %1 en %2: %3</translation>
    </message>
    <message>
        <source>Could not read %1 on %2 over SSH (%3) nor over AMI (%4).</source>
        <translation>No se pudo leer %1 en %2 ni por SSH (%3) ni por AMI (%4).</translation>
    </message>
    <message>
        <source>Could not store the snapshot of %1 on %2: %3</source>
        <translation>No se pudo guardar la instantánea de %1 en %2: %3</translation>
    </message>
</context>
<context>
    <name>tg::ConnectionTest</name>
    <message>
        <source>SSH: logged in as %1.</source>
        <translation>SSH: sesión iniciada como %1.</translation>
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
        <translation>%1: conectado y con sesión iniciada.</translation>
    </message>
    <message>
        <source>%1: connected and logged in (%2).</source>
        <translation>%1: conectado y con sesión iniciada (%2).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: no answer from %2:%3 within %4 s.</source>
        <translation>%1: sin respuesta de %2:%3 en %4 s.</translation>
    </message>
    <message>
        <source>SSH: no answer within %1 s.</source>
        <translation>SSH: sin respuesta en %1 s.</translation>
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
        <translation>Media</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Auth failure</source>
        <translation>Fallo de autenticación</translation>
    </message>
    <message>
        <source>Auth success</source>
        <translation>Autenticación correcta</translation>
    </message>
    <message>
        <source>Auth challenge</source>
        <translation>Desafío de autenticación</translation>
    </message>
    <message>
        <source>ACL reject</source>
        <translation>Rechazo por ACL</translation>
    </message>
    <message>
        <source>Protocol abuse</source>
        <translation>Abuso de protocolo</translation>
    </message>
    <message>
        <source>Resource limit</source>
        <translation>Límite de recursos</translation>
    </message>
    <message>
        <source>Call start</source>
        <translation>Inicio de llamada</translation>
    </message>
    <message>
        <source>Call answer</source>
        <translation>Respuesta de llamada</translation>
    </message>
    <message>
        <source>Call end</source>
        <translation>Fin de llamada</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Unregistration</source>
        <translation>Baja de registro</translation>
    </message>
    <message>
        <source>Config reload</source>
        <translation>Recarga de configuración</translation>
    </message>
    <message>
        <source>Connector state</source>
        <translation>Estado del conector</translation>
    </message>
    <message>
        <source>Protocol error</source>
        <translation>Error de protocolo</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Sin procesar</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desactivado</translation>
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
        <translation>Inicio de sesión rechazado</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>hace %n s</numerusform>
            <numerusform>hace %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>hace %n min</numerusform>
            <numerusform>hace %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>hace %n h</numerusform>
            <numerusform>hace %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tg::CostDetector</name>
    <message>
        <source>Expensive call from %1</source>
        <translation>Llamada cara desde %1</translation>
    </message>
    <message>
        <source>A call to %1 lasting %2 cost about %3 (limit per call: %4).</source>
        <translation>Una llamada a %1 de %2 de duración costó unos %3 (límite por llamada: %4).</translation>
    </message>
    <message>
        <source>Confirm the call with the user of %1; if nobody made it, treat the account as compromised.</source>
        <translation>Confirme la llamada con el usuario de %1; si nadie la hizo, considere la cuenta comprometida.</translation>
    </message>
    <message>
        <source>Unusual daily spend on %1</source>
        <translation>Gasto diario inusual en %1</translation>
    </message>
    <message>
        <source>Estimated spend today is %1, against about %2 per day learned over %3 days (threshold: %4 times that, at least %5).</source>
        <translation>El gasto estimado de hoy es %1, frente a unos %2 diarios aprendidos durante %3 días (umbral: %4 veces esa cifra, al menos %5).</translation>
    </message>
    <message>
        <source>Estimated spend today is %1 (limit %2 until %3 days of history exist).</source>
        <translation>El gasto estimado de hoy es %1 (límite %2 hasta que haya %3 días de historial).</translation>
    </message>
    <message>
        <source>Review today&apos;s external calls of %1 by cost; set a spending limit at the carrier.</source>
        <translation>Revise las llamadas externas de hoy de %1 por coste; establezca un límite de gasto con el operador.</translation>
    </message>
    <message>
        <source>Call costs burning fast on %1</source>
        <translation>Los costes de llamadas se disparan en %1</translation>
    </message>
    <message>
        <source>About %1 spent in the last hour (%2 by ended calls, %3 by calls still running), limit %4 per hour. At this rate a day costs about %5.</source>
        <translation>Unos %1 gastados en la última hora (%2 por llamadas finalizadas, %3 por llamadas aún en curso), límite %4 por hora. A este ritmo, un día cuesta unos %5.</translation>
    </message>
    <message>
        <source>Open the live calls of %1 and hang up the expensive ones you do not recognise; block international dialing until it is explained.</source>
        <translation>Abra las llamadas en curso de %1 y cuelgue las caras que no reconozca; bloquee la marcación internacional hasta que se aclare.</translation>
    </message>
    <message>
        <source>Long billable call from %1 to %2</source>
        <translation>Llamada facturable larga de %1 a %2</translation>
    </message>
    <message>
        <source>The call has been answered for %1 (limit %2) at about %3 per minute: %4 so far.</source>
        <translation>La llamada lleva contestada %1 (límite %2) a unos %3 por minuto: %4 hasta ahora.</translation>
    </message>
    <message>
        <source>Check the call with the user of %1 and hang it up if it is not expected.</source>
        <translation>Compruebe la llamada con el usuario de %1 y cuélguela si no es esperada.</translation>
    </message>
    <message>
        <source>cost: on (per call %1, per hour %2, daily %3 times the baseline after %4 days, else %5; long calls after %6 min)</source>
        <translation>coste: activado (por llamada %1, por hora %2, diario %3 veces la referencia tras %4 días, si no %5; llamadas largas a partir de %6 min)</translation>
    </message>
</context>
<context>
    <name>tg::DashboardView</name>
    <message>
        <source>No PBX is reporting yet.</source>
        <translation>Ninguna centralita está enviando datos todavía.</translation>
    </message>
    <message>
        <source>Failed logins per minute (last hour)</source>
        <translation>Inicios de sesión fallidos por minuto (última hora)</translation>
    </message>
    <message>
        <source>Calls per minute (last hour)</source>
        <translation>Llamadas por minuto (última hora)</translation>
    </message>
    <message>
        <source>Top attacking source IPs (failed logins, last hour)</source>
        <translation>Principales IP de origen atacantes (inicios de sesión fallidos, última hora)</translation>
    </message>
    <message>
        <source>Failed logins</source>
        <translation>Inicios de sesión fallidos</translation>
    </message>
    <message>
        <source>Open alerts by severity</source>
        <translation>Alertas abiertas por gravedad</translation>
    </message>
    <message>
        <source>none in the last hour</source>
        <translation>ninguno en la última hora</translation>
    </message>
    <message>
        <source>Open alerts by severity (%1 open or acknowledged)</source>
        <translation>Alertas abiertas por gravedad (%1 abiertas o reconocidas)</translation>
    </message>
    <message>
        <source>Calls and estimated cost by destination country (today)</source>
        <translation>Llamadas y coste estimado por país de destino (hoy)</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Coste estimado</translation>
    </message>
    <message>
        <source>Estimated from the prefix table&apos;s rates (Settings, Rates). The burn rate counts calls ended in the last hour and calls still running; the baseline is the learned daily spend.</source>
        <translation>Estimado a partir de las tarifas de la tabla de prefijos (Ajustes, Tarifas). El ritmo de gasto cuenta las llamadas terminadas en la última hora y las que siguen en curso; la referencia es el gasto diario aprendido.</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Última hora</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>Failed logins per 15 minutes (last day)</source>
        <translation>Inicios de sesión fallidos cada 15 minutos (último día)</translation>
    </message>
    <message>
        <source>Calls per 15 minutes (last day)</source>
        <translation>Llamadas cada 15 minutos (último día)</translation>
    </message>
    <message>
        <source>Top attacking source IPs (failed logins, last day)</source>
        <translation>IP de origen con más ataques (inicios fallidos, último día)</translation>
    </message>
    <message>
        <source>none in the last day</source>
        <translation>ninguna en el último día</translation>
    </message>
    <message>
        <source>all PBXes</source>
        <translation>todas las PBX</translation>
    </message>
    <message>
        <source>Cost exposure (%1): spent today %2 · burn rate %3 per hour · baseline %4</source>
        <translation>Exposición de costes (%1): gastado hoy %2 · ritmo de gasto %3 por hora · referencia %4</translation>
    </message>
    <message>
        <source>%1 per day</source>
        <translation>%1 al día</translation>
    </message>
    <message>
        <source>still learning</source>
        <translation>aún aprendiendo</translation>
    </message>
    <message>
        <source>no external calls today</source>
        <translation>hoy no hay llamadas externas</translation>
    </message>
    <message>
        <source>%1 (calls: %2)</source>
        <translation>%1 (llamadas: %2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n failed login(s)</source>
        <translation>
            <numerusform>%1: %n inicio de sesión fallido</numerusform>
            <numerusform>%1: %n inicios de sesión fallidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Country unknown</source>
        <translation>País desconocido</translation>
    </message>
    <message>
        <source>Click a bar to block that address (the plan is shown first).</source>
        <translation>Haga clic en una barra para bloquear esa dirección (primero se muestra el plan).</translation>
    </message>
</context>
<context>
    <name>tg::Database</name>
    <message>
        <source>Could not create the folder %1 for the database; check its permissions or choose another folder with --data-dir.</source>
        <translation>No se pudo crear la carpeta %1 para la base de datos; compruebe sus permisos o elija otra carpeta con --data-dir.</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is missing; install the Qt SQLite plugin (libqt6sql6-sqlite) and start Tollgate again.</source>
        <translation>Falta el controlador SQLite de Qt; instale el complemento SQLite de Qt (libqt6sql6-sqlite) y vuelva a iniciar Tollgate.</translation>
    </message>
    <message>
        <source>Could not open the database %1: %2.</source>
        <translation>No se pudo abrir la base de datos %1: %2.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Tollgate (schema %2; this version understands up to %3); it was left untouched. Update Tollgate, or start it with --data-dir pointing to another folder.</source>
        <translation>La base de datos %1 fue escrita por una versión más reciente de Tollgate (esquema %2; esta versión admite hasta el %3); no se ha modificado. Actualice Tollgate, o inícielo con --data-dir apuntando a otra carpeta.</translation>
    </message>
    <message>
        <source>Could not switch the database %1 to write-ahead logging; the folder may be read-only or on a network drive. Choose a local folder with --data-dir.</source>
        <translation>No se pudo cambiar la base de datos %1 al registro de escritura anticipada (WAL); puede que la carpeta sea de solo lectura o esté en una unidad de red. Elija una carpeta local con --data-dir.</translation>
    </message>
    <message>
        <source>Could not upgrade the database %1 (it is busy or read-only): %2.</source>
        <translation>No se pudo actualizar la base de datos %1 (está ocupada o es de solo lectura): %2.</translation>
    </message>
    <message>
        <source>Could not upgrade the database %1 to schema %2: %3. The file is unchanged; free some disk space or check permissions and start again.</source>
        <translation>No se pudo actualizar la base de datos %1 al esquema %2: %3. El archivo no ha cambiado; libere espacio en disco o compruebe los permisos y vuelva a iniciar.</translation>
    </message>
</context>
<context>
    <name>tg::DbCheckReport</name>
    <message>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <source>Schema version: %1 (this version of Tollgate understands up to %2)</source>
        <translation>Versión del esquema: %1 (esta versión de Tollgate admite hasta la %2)</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>Integridad: %1</translation>
    </message>
    <message>
        <source>Rows in %1: %2</source>
        <translation>Filas en %1: %2</translation>
    </message>
    <message>
        <source>Result: OK</source>
        <translation>Resultado: OK</translation>
    </message>
    <message>
        <source>Result: FAILED — %1</source>
        <translation>Resultado: FALLIDO — %1</translation>
    </message>
</context>
<context>
    <name>tg::DemoCapture</name>
    <message>
        <source>The demo capture %1 is missing from this build.</source>
        <translation>Falta en esta compilación la captura de demostración %1.</translation>
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
        <translation>Se usa en su lugar la tabla de prefijos integrada.</translation>
    </message>
    <message numerus="yes">
        <source>The prefix table has %n line(s) that do not parse; they were skipped.</source>
        <translation>
            <numerusform>La tabla de prefijos tiene %n línea que no se puede interpretar; se omitió.</numerusform>
            <numerusform>La tabla de prefijos tiene %n líneas que no se pueden interpretar; se omitieron.</numerusform>
        </translation>
    </message>
    <message>
        <source>Allowlist entries that are not addresses or networks were ignored: %1</source>
        <translation>Se ignoraron entradas de la lista de permitidos que no son direcciones ni redes: %1</translation>
    </message>
    <message>
        <source>Detector at its memory limit: %1</source>
        <translation>Detector en su límite de memoria: %1</translation>
    </message>
    <message>
        <source>The %1 detector keeps at most %2 addresses or accounts in memory; %3 older ones were dropped to stay within it, and their counting starts over. Traffic from this many sources means a large distributed attack or scan.</source>
        <translation>El detector %1 mantiene en memoria como máximo %2 direcciones o cuentas; se descartaron %3 más antiguas para no superarlo, y su recuento vuelve a empezar. Tráfico desde tantos orígenes indica un ataque o escaneo distribuido a gran escala.</translation>
    </message>
    <message>
        <source>Restrict SIP to known networks at the firewall; raise limits.maxTrackedKeys if the machine has memory to spare.</source>
        <translation>Restrinja SIP a redes conocidas en el cortafuegos; aumente limits.maxTrackedKeys si el equipo tiene memoria de sobra.</translation>
    </message>
    <message numerus="yes">
        <source>prefix table: %n prefixes (%1)</source>
        <translation>
            <numerusform>tabla de prefijos: %n prefijo (%1)</numerusform>
            <numerusform>tabla de prefijos: %n prefijos (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>built in</source>
        <translation>integrada</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>advertencia: %1</translation>
    </message>
</context>
<context>
    <name>tg::DetectionFilePage</name>
    <message>
        <source>The detection settings file cannot be read, so it is not overwritten: %1</source>
        <translation>No se puede leer el archivo de ajustes de detección, así que no se sobrescribe: %1</translation>
    </message>
</context>
<context>
    <name>tg::DetectionSettingsPage</name>
    <message>
        <source>ISO 4217 code of the rates in the prefix table, e.g. USD or EUR.</source>
        <translation>Código ISO 4217 de las tarifas de la tabla de prefijos, p. ej. USD o EUR.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Alert when a PBX reloads its configuration</source>
        <translation>Alertar cuando una PBX recarga su configuración</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Restaurar valores predeterminados</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>Detección</translation>
    </message>
    <message>
        <source>The currency must be a three-letter ISO 4217 code such as USD or EUR.</source>
        <translation>La moneda debe ser un código ISO 4217 de tres letras como USD o EUR.</translation>
    </message>
    <message>
        <source>Brute force and enumeration</source>
        <translation>Fuerza bruta y enumeración</translation>
    </message>
    <message>
        <source>Failures from one address</source>
        <translation>Fallos desde una dirección</translation>
    </message>
    <message>
        <source>Authentication failures from one source address that raise a brute-force alert (fail2ban&apos;s asterisk jail: 10).</source>
        <translation>Fallos de autenticación desde una dirección de origen que generan una alerta de fuerza bruta (jail asterisk de fail2ban: 10).</translation>
    </message>
    <message>
        <source>…within</source>
        <translation>…en</translation>
    </message>
    <message>
        <source>The window those failures must fall in.</source>
        <translation>La ventana en la que deben caer esos fallos.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Addresses against one account</source>
        <translation>Direcciones contra una cuenta</translation>
    </message>
    <message>
        <source>Distinct source addresses failing on one account that raise a distributed brute-force alert.</source>
        <translation>Direcciones de origen distintas que fallan en una cuenta y generan una alerta de fuerza bruta distribuida.</translation>
    </message>
    <message>
        <source>Failures on one account</source>
        <translation>Fallos en una cuenta</translation>
    </message>
    <message>
        <source>Failures on one account, from all those addresses together.</source>
        <translation>Fallos en una cuenta, desde todas esas direcciones juntas.</translation>
    </message>
    <message>
        <source>Slow sprays from fresh addresses add up over this window.</source>
        <translation>Los ataques lentos desde direcciones nuevas se suman en esta ventana.</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Accounts tried from one address</source>
        <translation>Cuentas probadas desde una dirección</translation>
    </message>
    <message>
        <source>Distinct accounts failing from one address that raise an enumeration alert.</source>
        <translation>Cuentas distintas que fallan desde una dirección y generan una alerta de enumeración.</translation>
    </message>
    <message>
        <source>The window those accounts must fall in.</source>
        <translation>La ventana en la que deben caer esas cuentas.</translation>
    </message>
    <message>
        <source>Scanners and breach</source>
        <translation>Escáneres e intrusión</translation>
    </message>
    <message>
        <source>Accounts swept by challenges</source>
        <translation>Cuentas barridas con desafíos</translation>
    </message>
    <message>
        <source>Accounts challenged from one address, almost none answered, that count as a scanner sweep.</source>
        <translation>Cuentas desafiadas desde una dirección, casi ninguna respondida, que cuentan como barrido de escáner.</translation>
    </message>
    <message>
        <source>Failures before a success (address)</source>
        <translation>Fallos antes de un éxito (dirección)</translation>
    </message>
    <message>
        <source>A successful login from an address after this many failures from it is the breach moment (critical).</source>
        <translation>Un inicio de sesión correcto desde una dirección tras tantos fallos desde ella es el momento de la intrusión (crítico).</translation>
    </message>
    <message>
        <source>Failures before a success (account)</source>
        <translation>Fallos antes de un éxito (cuenta)</translation>
    </message>
    <message>
        <source>A successful login on an account after this many failures on it (critical).</source>
        <translation>Un inicio de sesión correcto en una cuenta tras tantos fallos en ella (crítico).</translation>
    </message>
    <message>
        <source>New-source learning period</source>
        <translation>Periodo de aprendizaje de orígenes nuevos</translation>
    </message>
    <message>
        <source>After a PBX&apos;s first event, sources are learned quietly for this long before new ones raise alerts.</source>
        <translation>Tras el primer evento de una PBX, los orígenes se aprenden en silencio durante este tiempo antes de que los nuevos generen alertas.</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>Off-hours risk score</source>
        <translation>Puntuación de riesgo fuera de horario</translation>
    </message>
    <message>
        <source>Outbound calls outside business hours raise an alert once their risk adds up to this (domestic 1, international 3, high-risk 5).</source>
        <translation>Las llamadas salientes fuera del horario laboral generan una alerta cuando su riesgo suma este valor (nacional 1, internacional 3, alto riesgo 5).</translation>
    </message>
    <message>
        <source>Spike factor</source>
        <translation>Factor de pico</translation>
    </message>
    <message>
        <source>Calls in an hour against the learned average for that hour of the week.</source>
        <translation>Llamadas en una hora frente a la media aprendida para esa hora de la semana.</translation>
    </message>
    <message>
        <source> ×</source>
        <translation> ×</translation>
    </message>
    <message>
        <source>Never a spike below</source>
        <translation>Nunca un pico por debajo de</translation>
    </message>
    <message>
        <source>Calls per hour under which no spike is reported.</source>
        <translation>Llamadas por hora por debajo de las cuales no se informa ningún pico.</translation>
    </message>
    <message>
        <source> calls</source>
        <translation> llamadas</translation>
    </message>
    <message>
        <source>Concurrent calls per account</source>
        <translation>Llamadas simultáneas por cuenta</translation>
    </message>
    <message>
        <source>More simultaneous calls on one account than this raise an alert (a desk phone rarely holds more than 2).</source>
        <translation>Más llamadas simultáneas en una cuenta generan una alerta (un teléfono de escritorio rara vez mantiene más de 2).</translation>
    </message>
    <message>
        <source>Sequential numbers dialed</source>
        <translation>Números secuenciales marcados</translation>
    </message>
    <message>
        <source>Distinct numbers differing only in their last digits that count as a range test.</source>
        <translation>Números distintos que solo difieren en sus últimos dígitos y cuentan como prueba de rango.</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>Cost of one call</source>
        <translation>Coste de una llamada</translation>
    </message>
    <message>
        <source>An alert when one call&apos;s estimated cost reaches this.</source>
        <translation>Una alerta cuando el coste estimado de una llamada alcanza este valor.</translation>
    </message>
    <message>
        <source>Burn rate per hour</source>
        <translation>Ritmo de gasto por hora</translation>
    </message>
    <message>
        <source>An alert when running calls cost this much per hour.</source>
        <translation>Una alerta cuando las llamadas en curso cuestan esto por hora.</translation>
    </message>
    <message>
        <source>Daily spend factor</source>
        <translation>Factor de gasto diario</translation>
    </message>
    <message>
        <source>Today&apos;s spend against the learned daily average.</source>
        <translation>Gasto de hoy frente a la media diaria aprendida.</translation>
    </message>
    <message>
        <source>Daily spend limit</source>
        <translation>Límite de gasto diario</translation>
    </message>
    <message>
        <source>An alert at this daily spend, also before there is history to compare with.</source>
        <translation>Una alerta con este gasto diario, también antes de que haya historial con el que comparar.</translation>
    </message>
    <message>
        <source>Long call</source>
        <translation>Llamada larga</translation>
    </message>
    <message>
        <source>An answered billable call running this long raises an alert.</source>
        <translation>Una llamada contestada y facturable de esta duración genera una alerta.</translation>
    </message>
    <message>
        <source>Floods</source>
        <translation>Inundaciones</translation>
    </message>
    <message>
        <source>Events from one address</source>
        <translation>Eventos desde una dirección</translation>
    </message>
    <message>
        <source>Security events from one address within the flood window that count as a flood.</source>
        <translation>Eventos de seguridad desde una dirección dentro de la ventana que cuentan como inundación.</translation>
    </message>
    <message>
        <source>Events on one PBX</source>
        <translation>Eventos en una PBX</translation>
    </message>
    <message>
        <source>Security events on one PBX within the flood window.</source>
        <translation>Eventos de seguridad en una PBX dentro de la ventana de inundación.</translation>
    </message>
    <message>
        <source>Flood window</source>
        <translation>Ventana de inundación</translation>
    </message>
    <message>
        <source>The window of both flood limits.</source>
        <translation>La ventana de ambos límites de inundación.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Bad requests per minute</source>
        <translation>Peticiones erróneas por minuto</translation>
    </message>
    <message>
        <source>Malformed or forbidden requests from one address per minute.</source>
        <translation>Peticiones mal formadas o prohibidas desde una dirección por minuto.</translation>
    </message>
    <message>
        <source>Failed calls in a burst</source>
        <translation>Llamadas fallidas en una ráfaga</translation>
    </message>
    <message>
        <source>Failed calls on one PBX within five minutes.</source>
        <translation>Llamadas fallidas en una PBX en cinco minutos.</translation>
    </message>
    <message>
        <source>Connection drops</source>
        <translation>Caídas de conexión</translation>
    </message>
    <message>
        <source>Drops of the connection to one PBX within ten minutes that count as flapping.</source>
        <translation>Caídas de la conexión a una PBX en diez minutos que cuentan como inestabilidad.</translation>
    </message>
</context>
<context>
    <name>tg::DiffTextPane</name>
    <message numerus="yes">
        <source>%n unchanged line(s)</source>
        <translation>
            <numerusform>%n línea sin cambios</numerusform>
            <numerusform>%n líneas sin cambios</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a file and snapshots to compare.</source>
        <translation>Elija un archivo e instantáneas para comparar.</translation>
    </message>
    <message>
        <source>Binary file changed: %1 bytes (SHA-256 %2) before, %3 bytes (SHA-256 %4) now. Binary content is not shown line by line.</source>
        <translation>Cambió un archivo binario: %1 bytes (SHA-256 %2) antes, %3 bytes (SHA-256 %4) ahora. El contenido binario no se muestra línea a línea.</translation>
    </message>
    <message>
        <source>The two versions are identical.</source>
        <translation>Las dos versiones son idénticas.</translation>
    </message>
    <message>
        <source>Only line endings or the final newline differ.</source>
        <translation>Solo difieren los finales de línea o el salto de línea final.</translation>
    </message>
    <message numerus="yes">
        <source>⋯ %n unchanged line(s), click to show</source>
        <translation>
            <numerusform>⋯ %n línea sin cambios, haga clic para mostrarla</numerusform>
            <numerusform>⋯ %n líneas sin cambios, haga clic para mostrarlas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tg::DistributedBruteForceDetector</name>
    <message>
        <source>Distributed brute force on account %1</source>
        <translation>Fuerza bruta distribuida contra la cuenta %1</translation>
    </message>
    <message>
        <source>the busiest address failed only %1 times, under the per-address limit of %2</source>
        <translation>la dirección más activa solo falló %1 veces, por debajo del límite por dirección de %2</translation>
    </message>
    <message>
        <source>the busiest address failed %1 times</source>
        <translation>la dirección más activa falló %1 veces</translation>
    </message>
    <message>
        <source>%1 failed logins from %2 different addresses within %3 (threshold: %4 failures from %5 addresses); %6. Account: %7. Sources: %8.</source>
        <translation>%1 inicios de sesión fallidos desde %2 direcciones distintas en %3 (umbral: %4 fallos desde %5 direcciones); %6. Cuenta: %7. Orígenes: %8.</translation>
    </message>
    <message>
        <source>Give account %1 a long random password, allow it only from the networks it uses (permit/deny or an ACL), and consider blocking the listed sources.</source>
        <translation>Asigne a la cuenta %1 una contraseña aleatoria larga, permítala solo desde las redes que usa (permit/deny o una ACL) y plantéese bloquear los orígenes indicados.</translation>
    </message>
    <message>
        <source>distributed brute force per account: on (%1 failures from %2 addresses in %3)</source>
        <translation>fuerza bruta distribuida por cuenta: activado (%1 fallos desde %2 direcciones en %3)</translation>
    </message>
</context>
<context>
    <name>tg::Engine</name>
    <message>
        <source>Demo PBX</source>
        <translation>PBX de demostración</translation>
    </message>
    <message>
        <source>The Demo PBX could not start: %1</source>
        <translation>No se pudo iniciar la PBX de demostración: %1</translation>
    </message>
    <message>
        <source>Fixed on %1: %2 was written and reloaded, and the re-check no longer reports it.</source>
        <translation>Corregido en %1: se escribió y recargó %2, y la nueva comprobación ya no lo notifica.</translation>
    </message>
    <message>
        <source>%2 was written on %1, but the re-check still reports the finding.</source>
        <translation>Se escribió %2 en %1, pero la nueva comprobación sigue notificando el hallazgo.</translation>
    </message>
    <message>
        <source>%1 on %2 was restored from its backup.</source>
        <translation>%1 en %2 se restauró desde su copia de seguridad.</translation>
    </message>
    <message>
        <source>%1 is not connected in this session, so it cannot be audited; check its settings.</source>
        <translation>%1 no está conectada en esta sesión, así que no se puede auditar; revise su configuración.</translation>
    </message>
    <message>
        <source>Auditing %1 over SSH…</source>
        <translation>Auditando %1 por SSH…</translation>
    </message>
    <message>
        <source>Auditing %1 over AMI (no SSH configured)…</source>
        <translation>Auditando %1 por AMI (sin SSH configurado)…</translation>
    </message>
    <message>
        <source>%1 is not connected; nothing was changed.</source>
        <translation>%1 no está conectada; no se cambió nada.</translation>
    </message>
    <message>
        <source>Fixes are written over SSH, and %1 has no SSH settings; add them in the PBX&apos;s settings. Nothing was changed.</source>
        <translation>Las correcciones se escriben por SSH y %1 no tiene configuración SSH; añádala en la configuración de la PBX. No se cambió nada.</translation>
    </message>
    <message>
        <source>Another fix is running on %1; try again when it has finished.</source>
        <translation>Ya hay otra corrección en curso en %1; inténtelo de nuevo cuando termine.</translation>
    </message>
    <message>
        <source>%1 is not reachable over SSH, so the backup could not be restored.</source>
        <translation>%1 no es accesible por SSH, así que no se pudo restaurar la copia de seguridad.</translation>
    </message>
    <message>
        <source>The detection settings could not be used, so the built-in defaults apply: %1</source>
        <translation>No se pudieron usar los ajustes de detección, así que se aplican los valores integrados: %1</translation>
    </message>
    <message>
        <source>%1 replaced the SSH host key of %2 port %3: %4 (was %5).</source>
        <translation>%1 reemplazó la clave de host SSH de %2 puerto %3: %4 (antes %5).</translation>
    </message>
    <message>
        <source>%1 trusted the SSH host key of %2 port %3: %4 %5.</source>
        <translation>%1 confió en la clave de host SSH de %2 puerto %3: %4 %5.</translation>
    </message>
    <message>
        <source>%1 was blocked automatically on %2 (alert #%3).</source>
        <translation>%1 se bloqueó automáticamente en %2 (alerta #%3).</translation>
    </message>
    <message>
        <source>The automatic block of %1 on %2 did not happen: %3</source>
        <translation>El bloqueo automático de %1 en %2 no se realizó: %3</translation>
    </message>
    <message>
        <source>%1 on %2 is back to its approved baseline (backup of the replaced file: %3).</source>
        <translation>%1 en %2 vuelve a ser su línea base aprobada (copia de seguridad del archivo reemplazado: %3).</translation>
    </message>
    <message>
        <source>The access review settings of %1 could not be saved: %2</source>
        <translation>No se pudieron guardar los ajustes de la revisión de accesos de %1: %2</translation>
    </message>
    <message>
        <source>%1 is not reachable over SSH in this session, so %2 cannot be reverted; check its SSH settings.</source>
        <translation>%1 no es accesible por SSH en esta sesión, así que %2 no se puede revertir; compruebe sus ajustes SSH.</translation>
    </message>
    <message>
        <source>The baseline of %1 on %2 is no longer stored; approve a snapshot as baseline first.</source>
        <translation>La línea base de %1 en %2 ya no está guardada; apruebe primero una instantánea como línea base.</translation>
    </message>
    <message>
        <source>The stored baseline of %1 on %2 could not be read: %3</source>
        <translation>No se pudo leer la línea base guardada de %1 en %2: %3</translation>
    </message>
    <message>
        <source>%1 on %2 is larger than 16 MB; revert it by hand.</source>
        <translation>%1 en %2 ocupa más de 16 MB; reviértalo a mano.</translation>
    </message>
    <message>
        <source>%1 could not be read on %2: %3</source>
        <translation>No se pudo leer %1 en %2: %3</translation>
    </message>
    <message>
        <source>The settings on the PBX %1 could not be saved: %2</source>
        <translation>No se pudieron guardar los ajustes en la PBX %1: %2</translation>
    </message>
</context>
<context>
    <name>tg::EnumerationDetector</name>
    <message>
        <source>Account enumeration from %1</source>
        <translation>Enumeración de cuentas desde %1</translation>
    </message>
    <message>
        <source>%1 tried %2 different account names within %3 (threshold: %4); %5 of them were reported as unknown (InvalidAccountID). With alwaysauthreject=yes Asterisk reports unknown names as wrong passwords, so the number of names tried is what shows the enumeration. Names: %6.</source>
        <translation>%1 probó %2 nombres de cuenta distintos en %3 (umbral: %4); %5 de ellos se notificaron como desconocidos (InvalidAccountID). Con alwaysauthreject=yes, Asterisk notifica los nombres desconocidos como contraseñas incorrectas, así que la enumeración se aprecia en el número de nombres probados. Nombres: %6.</translation>
    </message>
    <message>
        <source>Block %1; keep alwaysauthreject=yes and use extension names that are not simple numbers or words.</source>
        <translation>Bloquee %1; mantenga alwaysauthreject=yes y use nombres de extensión que no sean números ni palabras sencillas.</translation>
    </message>
    <message>
        <source>account enumeration: on (%1 account names from one address in %2)</source>
        <translation>enumeración de cuentas: activado (%1 nombres de cuenta desde una dirección en %2)</translation>
    </message>
</context>
<context>
    <name>tg::EslClient</name>
    <message>
        <source>PBX %1 (%2) did not complete the event socket login within %3 s; Tollgate will retry.</source>
        <translation>La centralita %1 (%2) no completó el inicio de sesión en el event socket en %3 s; Tollgate lo reintentará.</translation>
    </message>
    <message>
        <source>Monitoring of PBX %1 was stopped before the command completed.</source>
        <translation>La supervisión de la centralita %1 se detuvo antes de que terminara el comando.</translation>
    </message>
    <message>
        <source>Monitoring of PBX %1 is stopped.</source>
        <translation>La supervisión de la centralita %1 está detenida.</translation>
    </message>
    <message>
        <source>Connecting to PBX %1 (%2).</source>
        <translation>Conectando con la centralita %1 (%2).</translation>
    </message>
    <message>
        <source>PBX %1 (%2) closed the event socket (&quot;%3&quot;); Tollgate is reconnecting.</source>
        <translation>La centralita %1 (%2) cerró el event socket (&quot;%3&quot;); Tollgate se está reconectando.</translation>
    </message>
    <message>
        <source>The event socket connection to PBX %1 (%2) was closed by the PBX; Tollgate is reconnecting.</source>
        <translation>La centralita %1 (%2) cerró la conexión del event socket; Tollgate se está reconectando.</translation>
    </message>
    <message>
        <source>PBX %1 (%2) closed the event socket before the login completed; Tollgate will retry.</source>
        <translation>La centralita %1 (%2) cerró el event socket antes de completar el inicio de sesión; Tollgate lo reintentará.</translation>
    </message>
    <message>
        <source>The event socket connection to PBX %1 (%2) failed: %3. Tollgate is reconnecting.</source>
        <translation>Falló la conexión del event socket con la centralita %1 (%2): %3. Tollgate se está reconectando.</translation>
    </message>
    <message>
        <source>Cannot connect to PBX %1 (%2): %3. Check that FreeSWITCH runs, that mod_event_socket listens on this address (event_socket.conf.xml, usually port 8021) and that it is reachable from this computer, or use an SSH tunnel; Tollgate will retry.</source>
        <translation>No se puede conectar con la centralita %1 (%2): %3. Compruebe que FreeSWITCH está en ejecución, que mod_event_socket escucha en esta dirección (event_socket.conf.xml, normalmente en el puerto 8021) y que es accesible desde este equipo, o use un túnel SSH; Tollgate lo reintentará.</translation>
    </message>
    <message>
        <source>The ESL password of PBX %1 contains a line break, which the event socket cannot carry; correct it in the PBX settings.</source>
        <translation>La contraseña ESL de la centralita %1 contiene un salto de línea, que el event socket no puede transmitir; corríjala en la configuración de la centralita.</translation>
    </message>
    <message>
        <source>PBX %1 (%2) refused the connection: the FreeSWITCH ACL refused this address (apply-inbound-acl in event_socket.conf.xml). Allow this computer&apos;s address there, or reach the event socket through an SSH tunnel; Tollgate will try again in %3 s.</source>
        <translation>La centralita %1 (%2) rechazó la conexión: la ACL de FreeSWITCH rechazó esta dirección (apply-inbound-acl en event_socket.conf.xml). Permita allí la dirección de este equipo o acceda al event socket mediante un túnel SSH; Tollgate volverá a intentarlo en %3 s.</translation>
    </message>
    <message>
        <source>PBX %1 refused %2: %3</source>
        <translation>La centralita %1 rechazó %2: %3</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>no se indicó el motivo</translation>
    </message>
    <message>
        <source>PBX %1 is not connected; %2 was not sent.</source>
        <translation>La centralita %1 no está conectada; no se envió %2.</translation>
    </message>
    <message>
        <source>Too many commands are waiting for PBX %1; %2 was not sent.</source>
        <translation>Hay demasiados comandos en espera para la centralita %1; no se envió %2.</translation>
    </message>
    <message>
        <source>The ESL command &quot;%1&quot; was not sent: it is empty or contains a line break.</source>
        <translation>No se envió el comando ESL &quot;%1&quot;: está vacío o contiene un salto de línea.</translation>
    </message>
    <message>
        <source>The call &quot;%1&quot; on PBX %2 was not hung up: that is not a FreeSWITCH call UUID or cause.</source>
        <translation>No se colgó la llamada &quot;%1&quot; en la centralita %2: no es un UUID de llamada ni una causa de FreeSWITCH.</translation>
    </message>
    <message>
        <source>The ESL filter on &quot;%1&quot; was not sent: the header name or value is not valid.</source>
        <translation>No se envió el filtro ESL sobre &quot;%1&quot;: el nombre o el valor de la cabecera no es válido.</translation>
    </message>
    <message>
        <source>PBX %1 did not answer %2 in time.</source>
        <translation>La centralita %1 no respondió a %2 a tiempo.</translation>
    </message>
    <message>
        <source>PBX %1 (%2) rejected the event socket login: wrong ESL password. Check the password in the PBX settings against event_socket.conf.xml. Tollgate will not retry until you reconnect or change the password.</source>
        <translation>La centralita %1 (%2) rechazó el inicio de sesión en el event socket: contraseña ESL incorrecta. Compare la contraseña de la configuración de la centralita con event_socket.conf.xml. Tollgate no lo reintentará hasta que vuelva a conectar o cambie la contraseña.</translation>
    </message>
    <message>
        <source>PBX %1 (%2) refused the event subscription (%3). Check that the ESL user may subscribe to events; Tollgate will try again later.</source>
        <translation>La centralita %1 (%2) rechazó la suscripción a eventos (%3). Compruebe que el usuario ESL puede suscribirse a eventos; Tollgate lo volverá a intentar más tarde.</translation>
    </message>
    <message>
        <source>Connected to PBX %1 (%2).</source>
        <translation>Conectado a la centralita %1 (%2).</translation>
    </message>
    <message>
        <source>PBX %1 (%2) stopped answering (no HEARTBEAT and no reply to the keepalive within %3 s); Tollgate is reconnecting.</source>
        <translation>La centralita %1 (%2) dejó de responder (sin HEARTBEAT ni respuesta al keepalive en %3 s); Tollgate se está reconectando.</translation>
    </message>
</context>
<context>
    <name>tg::EslMessage</name>
    <message>
        <source>An ESL JSON event could not be read: %1.</source>
        <translation>No se pudo leer un evento JSON de ESL: %1.</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>An ESL event with more than %1 headers was cut off.</source>
        <translation>Se truncó un evento ESL con más de %1 cabeceras.</translation>
    </message>
</context>
<context>
    <name>tg::EslParser</name>
    <message>
        <source>An ESL message with an unreadable Content-Length was read without a body.</source>
        <translation>Se leyó sin cuerpo un mensaje ESL con un Content-Length ilegible.</translation>
    </message>
    <message>
        <source>An ESL message with a body of %1 bytes (over the limit of %2) was dropped.</source>
        <translation>Se descartó un mensaje ESL con un cuerpo de %1 bytes (por encima del límite de %2).</translation>
    </message>
    <message>
        <source>An ESL header line longer than %1 bytes was dropped.</source>
        <translation>Se descartó una línea de cabecera ESL de más de %1 bytes.</translation>
    </message>
    <message>
        <source>An ESL message with more than %1 header lines was dropped.</source>
        <translation>Se descartó un mensaje ESL con más de %1 líneas de cabecera.</translation>
    </message>
</context>
<context>
    <name>tg::EslReplayServer</name>
    <message>
        <source>The capture holds no FreeSWITCH event.</source>
        <translation>La captura no contiene ningún evento de FreeSWITCH.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <source>The replay server cannot listen on %1:%2: %3.</source>
        <translation>El servidor de reproducción no puede escuchar en %1:%2: %3.</translation>
    </message>
</context>
<context>
    <name>tg::EventReader</name>
    <message>
        <source>Could not read events: %1.</source>
        <translation>No se pudieron leer los eventos: %1.</translation>
    </message>
    <message>
        <source>Some stored look-up data is damaged; run &quot;tollgate-cli db check&quot;.</source>
        <translation>Algunos datos de búsqueda guardados están dañados; ejecute &quot;tollgate-cli db check&quot;.</translation>
    </message>
</context>
<context>
    <name>tg::EventTableModel</name>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>%1, user agent: %2</source>
        <translation>%1, agente de usuario: %2</translation>
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
        <translation>Origen</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
</context>
<context>
    <name>tg::EventsView</name>
    <message>
        <source>All PBXes</source>
        <translation>Todas las PBX</translation>
    </message>
    <message>
        <source>Choose a PBX in the sidebar to show only its events.</source>
        <translation>Elija una centralita en la barra lateral para mostrar solo sus eventos.</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Security (auth, ACL, abuse)</source>
        <translation>Seguridad (autenticación, ACL, abuso)</translation>
    </message>
    <message>
        <source>Source IP</source>
        <translation>IP de origen</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Search type, account, IP, user agent, destination, detail… (Ctrl+F)</source>
        <translation>Buscar tipo, cuenta, IP, agente de usuario, destino, detalle… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Write the rows matching the current filter to a CSV file</source>
        <translation>Escribir las filas que coinciden con el filtro actual en un archivo CSV</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Cancelar exportación</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Select an event to see its fields and the exact text the PBX sent.</source>
        <translation>Seleccione un evento para ver sus campos y el texto exacto que envió la centralita.</translation>
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
        <translation>No se pudo abrir el almacén de eventos: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
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
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>User agent</source>
        <translation>Agente de usuario</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Call id</source>
        <translation>ID de llamada</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Raw text:</source>
        <translation>Texto sin procesar:</translation>
    </message>
    <message>
        <source>(not stored)</source>
        <translation>(no almacenado)</translation>
    </message>
    <message>
        <source>(none recorded)</source>
        <translation>(no se registró ninguno)</translation>
    </message>
    <message>
        <source>Show events from %1</source>
        <translation>Mostrar eventos desde %1</translation>
    </message>
    <message>
        <source>Copy IP address</source>
        <translation>Copiar dirección IP</translation>
    </message>
    <message>
        <source>Show events of account %1</source>
        <translation>Mostrar eventos de la cuenta %1</translation>
    </message>
    <message>
        <source>Copy summary</source>
        <translation>Copiar resumen</translation>
    </message>
    <message>
        <source>Export events</source>
        <translation>Exportar eventos</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportando a %1…</translation>
    </message>
    <message>
        <source>Exporting… %1 of %2 rows</source>
        <translation>Exportando… %1 de %2 filas</translation>
    </message>
    <message>
        <source>Exported %1 events.</source>
        <translation>Se exportaron %1 eventos.</translation>
    </message>
    <message>
        <source>Block source IP %1…</source>
        <translation>Bloquear la IP de origen %1…</translation>
    </message>
    <message>
        <source>%1 event from %2</source>
        <translation>Evento %1 desde %2</translation>
    </message>
</context>
<context>
    <name>tg::FixPlanner</name>
    <message>
        <source>Set allowguest=no in sip.conf and reload chan_sip.</source>
        <translation>Establecer allowguest=no en sip.conf y recargar chan_sip.</translation>
    </message>
    <message>
        <source>Set alwaysauthreject=yes in sip.conf and reload chan_sip.</source>
        <translation>Establecer alwaysauthreject=yes en sip.conf y recargar chan_sip.</translation>
    </message>
    <message>
        <source>Bind the AMI to 127.0.0.1 in manager.conf and run &quot;manager reload&quot;. Programs that reach the AMI over the network must then use an SSH tunnel.</source>
        <translation>Vincular la AMI a 127.0.0.1 en manager.conf y ejecutar &quot;manager reload&quot;. Los programas que accedan a la AMI por la red tendrán que usar entonces un túnel SSH.</translation>
    </message>
    <message>
        <source>Allow AMI user %1 only from 127.0.0.1 and run &quot;manager reload&quot;.</source>
        <translation>Permitir el usuario AMI %1 solo desde 127.0.0.1 y ejecutar &quot;manager reload&quot;.</translation>
    </message>
    <message>
        <source>Replace the event socket password with a generated one (kept in the keychain) and reload mod_event_socket. fs_cli and other ESL clients must then use the new password.</source>
        <translation>Sustituir la contraseña del event socket por una generada (guardada en el llavero) y recargar mod_event_socket. fs_cli y los demás clientes ESL tendrán que usar entonces la nueva contraseña.</translation>
    </message>
    <message>
        <source>Tollgate cannot fix this finding; follow &quot;How to fix&quot;.</source>
        <translation>Tollgate no puede corregir este hallazgo; siga &quot;Cómo corregirlo&quot;.</translation>
    </message>
    <message>
        <source>Unknown fix &quot;%1&quot;.</source>
        <translation>Corrección desconocida &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>tg::FloodDetector</name>
    <message>
        <source>Request flood from %1</source>
        <translation>Inundación de peticiones desde %1</translation>
    </message>
    <message>
        <source>About %1 security events from %2 in the last %3 (limit %4), latest %5. A flood like this loads the PBX and can crowd out real phones.</source>
        <translation>Unos %1 eventos de seguridad desde %2 en los últimos %3 (límite %4), el último %5. Una inundación así sobrecarga la centralita y puede desplazar a los teléfonos reales.</translation>
    </message>
    <message>
        <source>Block %1 or rate-limit SIP at the firewall.</source>
        <translation>Bloquee %1 o limite la tasa de SIP en el cortafuegos.</translation>
    </message>
    <message>
        <source>Request flood on %1</source>
        <translation>Inundación de peticiones en %1</translation>
    </message>
    <message>
        <source>About %1 security events on %2 in the last %3 (limit %4), from many sources.</source>
        <translation>Unos %1 eventos de seguridad en %2 en los últimos %3 (límite %4), desde muchos orígenes.</translation>
    </message>
    <message>
        <source>Rate-limit SIP at the firewall and look at the top sources in the event list.</source>
        <translation>Limite la tasa de SIP en el cortafuegos y revise los principales orígenes en la lista de eventos.</translation>
    </message>
    <message>
        <source>Malformed or forbidden requests from %1</source>
        <translation>Peticiones mal formadas o prohibidas desde %1</translation>
    </message>
    <message>
        <source>About %1 rejected requests (%2) from %3 in the last %4 (limit %5): fuzzing or a broken client.</source>
        <translation>Unas %1 peticiones rechazadas (%2) desde %3 en los últimos %4 (límite %5): fuzzing o un cliente defectuoso.</translation>
    </message>
    <message>
        <source>Block %1 unless it is one of your devices.</source>
        <translation>Bloquee %1 salvo que sea uno de sus dispositivos.</translation>
    </message>
    <message>
        <source>Burst of failed calls on %1</source>
        <translation>Ráfaga de llamadas fallidas en %1</translation>
    </message>
    <message>
        <source>About %1 calls failed on %2 in the last %3 (limit %4), latest cause: %5. A trunk may be down, or someone is probing destinations.</source>
        <translation>Unas %1 llamadas fallaron en %2 en los últimos %3 (límite %4), última causa: %5. Puede que una troncal esté caída o que alguien esté sondeando destinos.</translation>
    </message>
    <message>
        <source>Check the trunk&apos;s registration and the destinations of the failed calls.</source>
        <translation>Compruebe el registro de la troncal y los destinos de las llamadas fallidas.</translation>
    </message>
    <message>
        <source>Connection to %1 keeps dropping</source>
        <translation>La conexión con %1 se corta repetidamente</translation>
    </message>
    <message>
        <source>The connection to %1 dropped %2 times within %3 (limit %4); events are lost while it is down. Latest: %5.</source>
        <translation>La conexión con %1 se cortó %2 veces en %3 (límite %4); se pierden eventos mientras está caída. Último: %5.</translation>
    </message>
    <message>
        <source>Check the network path to %1 and whether the PBX is overloaded or restarting.</source>
        <translation>Compruebe la ruta de red hasta %1 y si la centralita está sobrecargada o reiniciándose.</translation>
    </message>
    <message>
        <source>floods: on (%1 events per source and %2 per PBX in %3; %4 bad requests per source a minute; %5 failed calls in %6; %7 connector drops in %8)</source>
        <translation>inundaciones: activado (%1 eventos por origen y %2 por centralita en %3; %4 peticiones erróneas por origen y minuto; %5 llamadas fallidas en %6; %7 caídas del conector en %8)</translation>
    </message>
</context>
<context>
    <name>tg::ForwardDestination</name>
    <message>
        <source>Give the destination a name.</source>
        <translation>Dé un nombre al destino.</translation>
    </message>
    <message>
        <source>The destination name is too long (64 characters at most).</source>
        <translation>El nombre del destino es demasiado largo (64 caracteres como máximo).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name or IP address.</source>
        <translation>&apos;%1&apos; no es un nombre de host ni una dirección IP.</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>El puerto debe estar entre 1 y 65535.</translation>
    </message>
    <message>
        <source>The trusted certificate fingerprint is not a SHA-256 fingerprint (64 hex digits, colons allowed).</source>
        <translation>La huella del certificado de confianza no es una huella SHA-256 (64 dígitos hexadecimales, se permiten dos puntos).</translation>
    </message>
</context>
<context>
    <name>tg::ForwardDestinationDialog</name>
    <message>
        <source>Add forwarding destination</source>
        <translation>Añadir destino de reenvío</translation>
    </message>
    <message>
        <source>Edit forwarding destination</source>
        <translation>Editar destino de reenvío</translation>
    </message>
    <message>
        <source>e.g. SOC rsyslog</source>
        <translation>p. ej. rsyslog del SOC</translation>
    </message>
    <message>
        <source>Send to this destination</source>
        <translation>Enviar a este destino</translation>
    </message>
    <message>
        <source>RELP (acknowledged, recommended)</source>
        <translation>RELP (con confirmación, recomendado)</translation>
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
        <translation>Syslog UDP (sin garantía de entrega)</translation>
    </message>
    <message>
        <source>siem.example.com or 192.0.2.20</source>
        <translation>siem.example.com o 192.0.2.20</translation>
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
        <translation>Enviar también los eventos de seguridad en bruto (inicios de sesión fallidos y correctos, rechazos de ACL, …)</translation>
    </message>
    <message>
        <source>PEM file of the CA that signed the receiver (optional)</source>
        <translation>Archivo PEM de la CA que firmó al receptor (opcional)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Certificado de la CA</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>or trust exactly this certificate: SHA-256 fingerprint</source>
        <translation>o confiar exactamente en este certificado: huella SHA-256</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
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
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Minimum alert severity</source>
        <translation>Gravedad mínima de las alertas</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>Archivo de CA</translation>
    </message>
    <message>
        <source>Trusted certificate</source>
        <translation>Certificado de confianza</translation>
    </message>
    <message>
        <source>The receiver confirms every message; Tollgate keeps it queued until then. Needs rsyslog&apos;s imrelp (package rsyslog-relp) or another RELP receiver.</source>
        <translation>El receptor confirma cada mensaje; Tollgate lo mantiene en cola hasta entonces. Necesita imrelp de rsyslog (paquete rsyslog-relp) u otro receptor RELP.</translation>
    </message>
    <message>
        <source>Plain syslog has no confirmation: a message is resent if the connection breaks within a second of sending it, so a receiver that restarts may get some twice.</source>
        <translation>El syslog simple no tiene confirmación: un mensaje se reenvía si la conexión se corta en el segundo siguiente a su envío, así que un receptor que se reinicia puede recibir algunos dos veces.</translation>
    </message>
    <message>
        <source>UDP can lose messages without anyone noticing; use it only where nothing else is accepted.</source>
        <translation>UDP puede perder mensajes sin que nadie lo note; úselo solo donde no se acepte otra cosa.</translation>
    </message>
    <message>
        <source>Another destination is already called &apos;%1&apos;.</source>
        <translation>Otro destino ya se llama &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>tg::ForwardQueue</name>
    <message>
        <source>Cannot open the forwarding queue %1: %2. Check that the data folder is writable.</source>
        <translation>No se puede abrir la cola de reenvío %1: %2. Compruebe que la carpeta de datos admite escritura.</translation>
    </message>
</context>
<context>
    <name>tg::ForwardService</name>
    <message>
        <source>The test message reached %1 (%2) and the receiver confirmed it.</source>
        <translation>El mensaje de prueba llegó a %1 (%2) y el receptor lo confirmó.</translation>
    </message>
    <message>
        <source>The test message was sent to %1 (%2). UDP has no confirmation: check that it arrived.</source>
        <translation>El mensaje de prueba se envió a %1 (%2). UDP no tiene confirmación: compruebe que llegó.</translation>
    </message>
    <message>
        <source>The test message was sent to %1 (%2) and the connection stayed up.</source>
        <translation>El mensaje de prueba se envió a %1 (%2) y la conexión siguió abierta.</translation>
    </message>
    <message>
        <source>The test message to %1 (%2) got no answer within %3 s.</source>
        <translation>El mensaje de prueba a %1 (%2) no obtuvo respuesta en %3 s.</translation>
    </message>
</context>
<context>
    <name>tg::ForwardingSettingsPage</name>
    <message>
        <source>Alerts are sent to these SIEM or syslog receivers as RFC 5424 syslog (CEF or JSON): when an alert opens and when its status changes. Each destination has its own queue on disk, so nothing is lost while a receiver is down.</source>
        <translation>Las alertas se envían a estos receptores SIEM o syslog como syslog RFC 5424 (CEF o JSON): cuando se abre una alerta y cuando cambia su estado. Cada destino tiene su propia cola en disco, así que no se pierde nada mientras un receptor está caído.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Alerts from</source>
        <translation>Alertas desde</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Send test message</source>
        <translation>Enviar mensaje de prueba</translation>
    </message>
    <message>
        <source>Forwarding</source>
        <translation>Reenvío</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
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
        <translation>Reintentando</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>%1, %2 queued, %3 sent</source>
        <translation>%1, %2 en cola, %3 enviados</translation>
    </message>
    <message>
        <source>, %1 dropped (queue full)</source>
        <translation>, %1 descartados (cola llena)</translation>
    </message>
    <message>
        <source>Not started yet (press OK)</source>
        <translation>Aún no iniciado (pulse Aceptar)</translation>
    </message>
    <message>
        <source>%1, + events</source>
        <translation>%1, + eventos</translation>
    </message>
    <message>
        <source>Sending a test message to %1 (%2)…</source>
        <translation>Enviando un mensaje de prueba a %1 (%2)…</translation>
    </message>
    <message>
        <source>Test passed: %1</source>
        <translation>Prueba superada: %1</translation>
    </message>
    <message>
        <source>Test failed: %1</source>
        <translation>Prueba fallida: %1</translation>
    </message>
</context>
<context>
    <name>tg::FreeSwitchConfig</name>
    <message>
        <source>%1:%2: the included file %3 was not found.</source>
        <translation>%1:%2: no se encontró el archivo incluido %3.</translation>
    </message>
    <message>
        <source>%1:%2: including %3 would include it again; the loop was not followed.</source>
        <translation>%1:%2: incluir %3 lo incluiría de nuevo; no se siguió el bucle.</translation>
    </message>
    <message>
        <source>%1:%2: includes nested deeper than %3; %4 was not read.</source>
        <translation>%1:%2: inclusiones anidadas a más de %3 niveles; no se leyó %4.</translation>
    </message>
    <message>
        <source>%1:%2: more than %3 includes; %4 and later includes were not read.</source>
        <translation>%1:%2: más de %3 inclusiones; no se leyeron %4 ni las inclusiones posteriores.</translation>
    </message>
    <message>
        <source>%1 contains binary data and was not read as XML.</source>
        <translation>%1 contiene datos binarios y no se leyó como XML.</translation>
    </message>
    <message>
        <source>%1:%2: elements nested deeper than %3; the rest of the file was not read.</source>
        <translation>%1:%2: elementos anidados a más de %3 niveles; el resto del archivo no se leyó.</translation>
    </message>
    <message>
        <source>%1:%2: X-PRE-PROCESS %3 runs a program when FreeSWITCH loads its configuration; Tollgate does not run it, so its output was not audited.</source>
        <translation>%1:%2: X-PRE-PROCESS %3 ejecuta un programa cuando FreeSWITCH carga su configuración; Tollgate no lo ejecuta, así que su salida no se auditó.</translation>
    </message>
    <message>
        <source>%1: more than %2 XML elements in total; the rest was not read.</source>
        <translation>%1: más de %2 elementos XML en total; el resto no se leyó.</translation>
    </message>
    <message>
        <source>%1:%2: not valid XML (%3); the rest of the file was not read.</source>
        <translation>%1:%2: XML no válido (%3); el resto del archivo no se leyó.</translation>
    </message>
    <message>
        <source>%1: the XML ends before its elements are closed.</source>
        <translation>%1: el XML termina antes de que se cierren sus elementos.</translation>
    </message>
    <message>
        <source>More problems were found and not listed.</source>
        <translation>Se encontraron más problemas que no se muestran.</translation>
    </message>
</context>
<context>
    <name>tg::GeneralSettingsPage</name>
    <message>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Keep forever</source>
        <translation>Conservar siempre</translation>
    </message>
    <message>
        <source>Events older than this are deleted; open alerts are kept.</source>
        <translation>Los eventos más antiguos se eliminan; las alertas abiertas se conservan.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>A new language takes effect the next time Tollgate starts.</source>
        <translation>El nuevo idioma surte efecto la próxima vez que se inicie Tollgate.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>Keep events for</source>
        <translation>Conservar eventos durante</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>The settings could not be written to %1.</source>
        <translation>No se pudieron escribir los ajustes en %1.</translation>
    </message>
</context>
<context>
    <name>tg::GeoIpDatabase</name>
    <message>
        <source>no file was given</source>
        <translation>no se indicó ningún archivo</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <source>it is not a file</source>
        <translation>no es un archivo</translation>
    </message>
    <message>
        <source>the file cannot be read (permissions)</source>
        <translation>el archivo no se puede leer (permisos)</translation>
    </message>
    <message>
        <source>The GeoIP database %1 cannot be opened: %2.</source>
        <translation>No se puede abrir la base de datos GeoIP %1: %2.</translation>
    </message>
    <message>
        <source>The GeoIP database %1 is not a valid MaxMind DB (.mmdb) file: %2.</source>
        <translation>La base de datos GeoIP %1 no es un archivo MaxMind DB (.mmdb) válido: %2.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <source>%1 nodes, built %2 (%3)</source>
        <translation>%1 nodos, generada el %2 (%3)</translation>
    </message>
</context>
<context>
    <name>tg::GeoIpLookup</name>
    <message>
        <source>No GeoIP database is set.</source>
        <translation>No hay ninguna base de datos GeoIP configurada.</translation>
    </message>
</context>
<context>
    <name>tg::GeoIpSettingsPage</name>
    <message>
        <source>With a country database, an account that registers from a country never seen for it raises a high alert (new_country), and the console shows the country of source addresses. Tollgate ships none: download a country database in MaxMind DB format (.mmdb), such as MaxMind&apos;s free GeoLite2-Country or DB-IP&apos;s IP to Country Lite, and choose it here. The file is used where it is, so its regular updates are picked up when the settings are saved or Tollgate starts.</source>
        <translation>Con una base de datos de países, una cuenta que se registra desde un país nunca visto para ella genera una alerta alta (new_country), y la consola muestra el país de las direcciones de origen. Tollgate no incluye ninguna: descargue una base de datos de países en formato MaxMind DB (.mmdb), como la GeoLite2-Country gratuita de MaxMind o IP to Country Lite de DB-IP, y elíjala aquí. El archivo se usa donde está, así que sus actualizaciones periódicas se aplican al guardar la configuración o al iniciar Tollgate.</translation>
    </message>
    <message>
        <source>No database: country tracking is off</source>
        <translation>Sin base de datos: el seguimiento de países está desactivado</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Country database (.mmdb)</source>
        <translation>Base de datos de países (.mmdb)</translation>
    </message>
    <message>
        <source>GeoIP</source>
        <translation>GeoIP</translation>
    </message>
    <message>
        <source>Choose a country database</source>
        <translation>Elegir una base de datos de países</translation>
    </message>
    <message>
        <source>MaxMind DB files (*.mmdb);;All files (*)</source>
        <translation>Archivos MaxMind DB (*.mmdb);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>No database: country tracking is off; new networks of an account are still reported.</source>
        <translation>Sin base de datos: el seguimiento de países está desactivado; las redes nuevas de una cuenta se siguen notificando.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Loaded: %1.</source>
        <translation>Cargada: %1.</translation>
    </message>
</context>
<context>
    <name>tg::HostAudit</name>
    <message>
        <source>No firewall filters inbound traffic</source>
        <translation>Ningún cortafuegos filtra el tráfico entrante</translation>
    </message>
    <message>
        <source>the ruleset is empty</source>
        <translation>el conjunto de reglas está vacío</translation>
    </message>
    <message>
        <source>Neither nftables nor iptables drops any inbound traffic on this server, so every port a service opens is reachable by anyone who can reach the server. A firewall that only admits your phones, providers and management hosts stops most scans before they start.</source>
        <translation>Ni nftables ni iptables descartan tráfico entrante en este servidor, así que cualquier puerto que abra un servicio es accesible para cualquiera que llegue al servidor. Un cortafuegos que solo admita sus teléfonos, proveedores y equipos de administración detiene la mayoría de los escaneos antes de que empiecen.</translation>
    </message>
    <message>
        <source>Add an nftables (or iptables) input chain with policy drop that accepts established traffic, SSH from your management network, SIP and RTP from your phones and providers.</source>
        <translation>Añada una cadena de entrada de nftables (o iptables) con política drop que acepte el tráfico establecido, SSH desde su red de administración, y SIP y RTP desde sus teléfonos y proveedores.</translation>
    </message>
    <message>
        <source>all addresses</source>
        <translation>todas las direcciones</translation>
    </message>
    <message>
        <source>%1 (%2 port %3) listens on %4</source>
        <translation>%1 (%2 puerto %3) escucha en %4</translation>
    </message>
    <message>
        <source>%1 is a control interface: whoever logs in can place calls and change the PBX. It should only be reachable from the server itself or a management network, not from every network this server is on%2.</source>
        <translation>%1 es una interfaz de control: quien inicie sesión puede hacer llamadas y cambiar la centralita. Solo debería ser accesible desde el propio servidor o una red de administración, no desde todas las redes en las que está este servidor%2.</translation>
    </message>
    <message>
        <source>, and no firewall stands in front of it</source>
        <translation>, y no hay ningún cortafuegos delante</translation>
    </message>
    <message>
        <source>Bind it to 127.0.0.1 (manager.conf bindaddr, event_socket listen-ip) and reach it through an SSH tunnel, or allow only your management hosts in the firewall.</source>
        <translation>Vincúlela a 127.0.0.1 (bindaddr de manager.conf, listen-ip de event_socket) y acceda a ella mediante un túnel SSH, o permita solo sus equipos de administración en el cortafuegos.</translation>
    </message>
    <message>
        <source>%1 (%2 port %3) is open to any address with no firewall</source>
        <translation>%1 (%2 puerto %3) está abierto a cualquier dirección sin cortafuegos</translation>
    </message>
    <message>
        <source>SIP scanners sweep the whole internet every day. With the SIP port open to all and no firewall, every one of them can try passwords on your accounts.</source>
        <translation>Los escáneres SIP recorren todo internet a diario. Con el puerto SIP abierto a todos y sin cortafuegos, cualquiera de ellos puede probar contraseñas en sus cuentas.</translation>
    </message>
    <message>
        <source>Allow SIP only from your phones&apos; networks and your providers in the firewall, and run fail2ban on the PBX&apos;s security log.</source>
        <translation>Permita SIP en el cortafuegos solo desde las redes de sus teléfonos y sus proveedores, y ejecute fail2ban sobre el registro de seguridad de la centralita.</translation>
    </message>
    <message>
        <source>fail2ban is not installed</source>
        <translation>fail2ban no está instalado</translation>
    </message>
    <message>
        <source>fail2ban-client: command not found</source>
        <translation>fail2ban-client: orden no encontrada</translation>
    </message>
    <message>
        <source>fail2ban reads the PBX&apos;s log and blocks an address after a few failed logins. Without it, or a similar tool, an attacker can try passwords for as long as they like.</source>
        <translation>fail2ban lee el registro de la centralita y bloquea una dirección tras unos pocos inicios de sesión fallidos. Sin él, o una herramienta similar, un atacante puede probar contraseñas todo el tiempo que quiera.</translation>
    </message>
    <message>
        <source>Install fail2ban and enable its %1 jail (Debian ships one), pointed at the PBX&apos;s security log.</source>
        <translation>Instale fail2ban y active su jail %1 (Debian incluye uno), apuntando al registro de seguridad de la centralita.</translation>
    </message>
    <message>
        <source>fail2ban has no %1 jail</source>
        <translation>fail2ban no tiene ningún jail %1</translation>
    </message>
    <message>
        <source>Jail list: %1</source>
        <translation>Lista de jails: %1</translation>
    </message>
    <message>
        <source>fail2ban runs, but no jail watches the PBX&apos;s log, so failed SIP logins are never blocked and an attacker can keep guessing passwords.</source>
        <translation>fail2ban está en ejecución, pero ningún jail vigila el registro de la centralita, así que los inicios de sesión SIP fallidos nunca se bloquean y un atacante puede seguir adivinando contraseñas.</translation>
    </message>
    <message>
        <source>Enable the %1 jail in /etc/fail2ban/jail.d/ and run &quot;fail2ban-client reload&quot;.</source>
        <translation>Active el jail %1 en /etc/fail2ban/jail.d/ y ejecute &quot;fail2ban-client reload&quot;.</translation>
    </message>
    <message>
        <source>The %1 process runs as root</source>
        <translation>El proceso %1 se ejecuta como root</translation>
    </message>
    <message>
        <source>A PBX parses data from the internet all day. If a flaw in it is exploited, the attacker gets the rights of its process; as root, that is the whole server.</source>
        <translation>Una centralita analiza datos procedentes de internet todo el día. Si se explota una vulnerabilidad en ella, el atacante obtiene los permisos de su proceso; como root, eso es el servidor entero.</translation>
    </message>
    <message>
        <source>Run the PBX as its own unprivileged user (Debian&apos;s packages do: check the service&apos;s User= and the runuser option).</source>
        <translation>Ejecute la centralita con su propio usuario sin privilegios (los paquetes de Debian lo hacen: compruebe el User= del servicio y la opción runuser).</translation>
    </message>
</context>
<context>
    <name>tg::HostKeyDialog</name>
    <message>
        <source>SSH host key CHANGED: %1</source>
        <translation>Clave de host SSH CAMBIADA: %1</translation>
    </message>
    <message>
        <source>Unknown SSH host key: %1</source>
        <translation>Clave de host SSH desconocida: %1</translation>
    </message>
    <message>
        <source>WARNING: the SSH host key of PBX %1 has CHANGED, and Tollgate refused to connect.

Either someone is intercepting the connection (a man-in-the-middle attack), or the PBX was reinstalled or its SSH keys were regenerated. Replace the stored key only after checking the new fingerprint on the PBX&apos;s own console (ssh-keygen -lf %2) or with its administrator.</source>
        <translation>ADVERTENCIA: la clave de host SSH de la centralita %1 ha CAMBIADO y Tollgate se negó a conectarse.

O alguien está interceptando la conexión (un ataque de intermediario), o la centralita se reinstaló o se regeneraron sus claves SSH. Reemplace la clave guardada solo después de comprobar la nueva huella en la propia consola de la centralita (ssh-keygen -lf %2) o con su administrador.</translation>
    </message>
    <message>
        <source>Tollgate has not connected to PBX %1 over SSH before and does not know its host key. Trust it only if the fingerprint below is the one the PBX shows on its own console (ssh-keygen -lf %2).</source>
        <translation>Tollgate no se ha conectado antes por SSH a la centralita %1 y no conoce su clave de host. Confíe en ella solo si la huella de abajo es la que muestra la centralita en su propia consola (ssh-keygen -lf %2).</translation>
    </message>
    <message>
        <source>Keep refusing</source>
        <translation>Seguir rechazando</translation>
    </message>
    <message>
        <source>Don&apos;t trust</source>
        <translation>No confiar</translation>
    </message>
    <message>
        <source>Replace key and connect</source>
        <translation>Reemplazar la clave y conectar</translation>
    </message>
    <message>
        <source>Trust and connect</source>
        <translation>Confiar y conectar</translation>
    </message>
    <message>
        <source>I verified the new fingerprint on the PBX itself; replace the stored key</source>
        <translation>Verifiqué la nueva huella en la propia centralita; reemplazar la clave guardada</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>p. ej. %1</translation>
    </message>
    <message>
        <source>First %1 characters after &quot;SHA256:&quot; of the new fingerprint:</source>
        <translation>Primeros %1 caracteres tras &quot;SHA256:&quot; de la nueva huella:</translation>
    </message>
    <message>
        <source>PBX:</source>
        <translation>Centralita:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <source>%1 port %2</source>
        <translation>%1 puerto %2</translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation>Tipo de clave:</translation>
    </message>
    <message>
        <source>Trusted before:</source>
        <translation>De confianza hasta ahora:</translation>
    </message>
    <message>
        <source>Presented now (SHA-256):</source>
        <translation>Presentada ahora (SHA-256):</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256):</source>
        <translation>Huella (SHA-256):</translation>
    </message>
</context>
<context>
    <name>tg::HostKeyPrompter</name>
    <message>
        <source>You chose not to trust the SSH host key %1 of PBX %2 (%3 port %4), so Tollgate did not connect and stored nothing. To be asked again, use Test connection in the PBX&apos;s settings.</source>
        <translation>Decidió no confiar en la clave de host SSH %1 de la centralita %2 (%3 puerto %4), así que Tollgate no se conectó y no guardó nada. Para que se le vuelva a preguntar, use Probar conexión en los ajustes de la centralita.</translation>
    </message>
    <message>
        <source>SSH to PBX %1 was cancelled while Tollgate waited for your decision about its host key.</source>
        <translation>El SSH a la centralita %1 se canceló mientras Tollgate esperaba su decisión sobre su clave de host.</translation>
    </message>
    <message>
        <source>Nobody answered within %1 s whether to trust the SSH host key %2 of PBX %3; Tollgate did not connect and stored nothing.</source>
        <translation>Nadie respondió en %1 s si confiar en la clave de host SSH %2 de la centralita %3; Tollgate no se conectó y no guardó nada.</translation>
    </message>
    <message>
        <source>That host key question was already answered.</source>
        <translation>Esa pregunta sobre la clave de host ya se respondió.</translation>
    </message>
    <message>
        <source>The host key of %1 changed: it can only be replaced deliberately, not trusted like a new one.</source>
        <translation>La clave de host de %1 cambió: solo puede reemplazarse de forma deliberada, no aceptarse como una nueva.</translation>
    </message>
    <message>
        <source>There is no trusted key of %1 to replace.</source>
        <translation>No hay ninguna clave de confianza de %1 que reemplazar.</translation>
    </message>
    <message>
        <source>The characters typed do not match the start of the new fingerprint %1; the stored key was kept.</source>
        <translation>Los caracteres escritos no coinciden con el comienzo de la nueva huella %1; se mantuvo la clave guardada.</translation>
    </message>
</context>
<context>
    <name>tg::IncidentLabels</name>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Reconocida</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <source>False positive</source>
        <translation>Falso positivo</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Pospuesta</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>bloqueada</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <source>unblocked</source>
        <translation>desbloqueada</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>caducada</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>aplicada</translation>
    </message>
    <message>
        <source>applied and verified</source>
        <translation>aplicada y verificada</translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>revertida</translation>
    </message>
    <message>
        <source>Alert raised</source>
        <translation>Alerta generada</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Visto por última vez</translation>
    </message>
    <message>
        <source>Triage</source>
        <translation>Triaje</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqueada</translation>
    </message>
    <message>
        <source>Block ended</source>
        <translation>Bloqueo finalizado</translation>
    </message>
    <message>
        <source>Audit fix</source>
        <translation>Corrección de auditoría</translation>
    </message>
</context>
<context>
    <name>tg::IncidentPeriodDialog</name>
    <message>
        <source>Incident report for a period</source>
        <translation>Informe de incidente de un periodo</translation>
    </message>
    <message>
        <source>All PBXes</source>
        <translation>Todas las PBX</translation>
    </message>
    <message>
        <source>Every alert active during the period goes into the report, with its evidence, the accounts and addresses involved, the estimated cost and the actions taken.</source>
        <translation>Cada alerta activa durante el periodo entra en el informe, con su evidencia, las cuentas y direcciones implicadas, el coste estimado y las acciones tomadas.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>&amp;PBX:</source>
        <translation>&amp;Centralita:</translation>
    </message>
    <message>
        <source>&amp;Save report as…</source>
        <translation>&amp;Guardar informe como…</translation>
    </message>
    <message>
        <source>The end of the period must come after its start.</source>
        <translation>El final del periodo debe ser posterior a su inicio.</translation>
    </message>
</context>
<context>
    <name>tg::IncidentReportBuilder</name>
    <message>
        <source>There is no Tollgate store at %1; check --data-dir.</source>
        <translation>No hay un almacén de Tollgate en %1; compruebe --data-dir.</translation>
    </message>
    <message>
        <source>The report&apos;s time range is empty: its end must come after its start.</source>
        <translation>El intervalo de tiempo del informe está vacío: su fin debe ser posterior a su inicio.</translation>
    </message>
    <message>
        <source>More than %1 alerts were active in this time range; the report covers the %1 seen most recently. Narrow the range or choose a PBX for the rest.</source>
        <translation>Más de %1 alertas estuvieron activas en este intervalo; el informe cubre las %1 vistas más recientemente. Acote el intervalo o elija una PBX para el resto.</translation>
    </message>
    <message>
        <source>Alert %1 is no longer stored; it is left out.</source>
        <translation>La alerta %1 ya no está almacenada; se omite.</translation>
    </message>
    <message>
        <source>None of the chosen alerts is stored; nothing to report.</source>
        <translation>Ninguna de las alertas elegidas está almacenada; no hay nada que informar.</translation>
    </message>
    <message>
        <source>%1 evidence events are no longer stored (retention); the tables count the rest.</source>
        <translation>%1 eventos de evidencia ya no están almacenados (retención); las tablas cuentan el resto.</translation>
    </message>
    <message>
        <source>The tables and the cost are based on %1 of the %2 evidence events.</source>
        <translation>Las tablas y el coste se basan en %1 de los %2 eventos de evidencia.</translation>
    </message>
    <message>
        <source>The countries of the source addresses are not shown: %1</source>
        <translation>No se muestran los países de las direcciones de origen: %1</translation>
    </message>
    <message>
        <source>%1 (on %2)</source>
        <translation>%1 (en %2)</translation>
    </message>
    <message>
        <source>%1: %2 occurrences in all</source>
        <translation>%1: %2 apariciones en total</translation>
    </message>
    <message>
        <source>%1 marked %2</source>
        <translation>%1 marcada como %2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>durante %1</translation>
    </message>
    <message>
        <source>until unblocked</source>
        <translation>hasta que se desbloquee</translation>
    </message>
    <message>
        <source>%1 on %2, %3</source>
        <translation>%1 en %2, %3</translation>
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
        <translation>%1 en %2 en %3: %4</translation>
    </message>
</context>
<context>
    <name>tg::IncidentReportHtml</name>
    <message>
        <source>%1 alerts on %2</source>
        <translation>%1 alertas en %2</translation>
    </message>
    <message>
        <source>Security activity on %1</source>
        <translation>Actividad de seguridad en %1</translation>
    </message>
    <message>
        <source>Incident report: %1</source>
        <translation>Informe de incidente: %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Affected accounts</source>
        <translation>Cuentas afectadas</translation>
    </message>
    <message>
        <source>Source addresses</source>
        <translation>Direcciones de origen</translation>
    </message>
    <message>
        <source>Called destinations</source>
        <translation>Destinos llamados</translation>
    </message>
    <message>
        <source>Actions taken</source>
        <translation>Acciones tomadas</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>The raw text is what the PBX sent over AMI or the Event Socket, unchanged except that long messages are cut and control characters are shown as %1.</source>
        <translation>El texto en bruto es lo que la PBX envió por AMI o el Event Socket, sin cambios salvo que los mensajes largos se recortan y los caracteres de control se muestran como %1.</translation>
    </message>
    <message>
        <source>Generated by Tollgate %1 on %2 (UTC). All times are UTC. Secrets are never part of this report.</source>
        <translation>Generado por Tollgate %1 el %2 (UTC). Todas las horas están en UTC. Los secretos nunca forman parte de este informe.</translation>
    </message>
</context>
<context>
    <name>tg::IncidentReportWriter</name>
    <message>
        <source>PDF reports need Qt&apos;s graphical support in this process; write HTML instead.</source>
        <translation>Los informes PDF necesitan el soporte gráfico de Qt en este proceso; escriba HTML en su lugar.</translation>
    </message>
    <message>
        <source>Incident report: %1</source>
        <translation>Informe de incidente: %1</translation>
    </message>
</context>
<context>
    <name>tg::KnownHostsStore</name>
    <message>
        <source>Cannot write the known hosts file %1: %2.</source>
        <translation>No se puede escribir el archivo de hosts conocidos %1: %2.</translation>
    </message>
    <message>
        <source>%1 already has another trusted host key; remove it first, after verifying the new one.</source>
        <translation>%1 ya tiene otra clave de host de confianza; elimínela primero, después de verificar la nueva.</translation>
    </message>
    <message>
        <source>Not a valid host key.</source>
        <translation>No es una clave de host válida.</translation>
    </message>
    <message>
        <source>The trusted key of %1 is no longer %2 (it was changed meanwhile); nothing was replaced.</source>
        <translation>La clave de confianza de %1 ya no es %2 (se cambió mientras tanto); no se reemplazó nada.</translation>
    </message>
    <message>
        <source>Tollgate has not connected to PBX %1 (%2 port %3) over SSH before. Its host key is %4 %5. Compare this fingerprint with the one on the PBX (run: ssh-keygen -lf %6 on its console) and trust it only if they match.</source>
        <translation>Tollgate no se ha conectado antes por SSH a la centralita %1 (%2 puerto %3). Su clave de host es %4 %5. Compare esta huella con la de la centralita (ejecute en su consola: ssh-keygen -lf %6) y confíe en ella solo si coinciden.</translation>
    </message>
    <message>
        <source>WARNING: the SSH host key of PBX %1 (%2 port %3) has CHANGED. Tollgate refused to connect. Trusted before: %4. Presented now: %5 %6. Either someone is intercepting the connection (a man-in-the-middle attack), or the PBX was reinstalled or its SSH keys were regenerated. Verify the new fingerprint on the PBX&apos;s own console (ssh-keygen -lf on its host key files) or with its administrator. Only if it matches, replace the stored key: the console offers this with the warning; otherwise remove the host&apos;s line from Tollgate&apos;s known_hosts file. Then connect again.</source>
        <translation>ADVERTENCIA: la clave de host SSH de la centralita %1 (%2 puerto %3) ha CAMBIADO. Tollgate se negó a conectarse. De confianza hasta ahora: %4. Presentada ahora: %5 %6. O alguien está interceptando la conexión (un ataque de intermediario), o la centralita se reinstaló o se regeneraron sus claves SSH. Verifique la nueva huella en la propia consola de la centralita (ssh-keygen -lf sobre sus archivos de clave de host) o con su administrador. Solo si coincide, reemplace la clave guardada: la consola lo ofrece junto con la advertencia; si no, elimine la línea del host del archivo known_hosts de Tollgate. Después vuelva a conectar.</translation>
    </message>
</context>
<context>
    <name>tg::LiveCallsModel</name>
    <message>
        <source>Answered</source>
        <translation>Contestada</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>Sonando</translation>
    </message>
    <message>
        <source>PBX</source>
        <translation>PBX</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Llamante</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Source IP</source>
        <translation>IP de origen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
</context>
<context>
    <name>tg::LogReader</name>
    <message>
        <source>Cannot open the log file %1: %2.</source>
        <translation>No se puede abrir el archivo de registro %1: %2.</translation>
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
        <translation>Centralitas</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Auditoría</translation>
    </message>
    <message>
        <source>Config</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Bloqueos</translation>
    </message>
    <message>
        <source>The event store could not be opened: %1</source>
        <translation>No se pudo abrir el almacén de eventos: %1</translation>
    </message>
    <message>
        <source>No PBX configured</source>
        <translation>No hay ninguna PBX configurada</translation>
    </message>
    <message>
        <source>Tollgate watches Asterisk and FreeSWITCH systems for attacks and toll fraud. Start the Demo PBX to see it at work on recorded traffic, or add your own PBX.</source>
        <translation>Tollgate vigila sistemas Asterisk y FreeSWITCH en busca de ataques y fraude telefónico. Inicie la PBX de demostración para verlo en acción con tráfico grabado, o añada su propia centralita.</translation>
    </message>
    <message>
        <source>Start the Demo PBX</source>
        <translation>Iniciar la PBX de demostración</translation>
    </message>
    <message>
        <source>Add PBX…</source>
        <translation>Añadir PBX…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Export events to CSV…</source>
        <translation>&amp;Exportar eventos a CSV…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Panel</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>&amp;Alertas</translation>
    </message>
    <message>
        <source>&amp;Calls</source>
        <translation>&amp;Llamadas</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Eventos</translation>
    </message>
    <message>
        <source>A&amp;udit</source>
        <translation>A&amp;uditoría</translation>
    </message>
    <message>
        <source>C&amp;onfig</source>
        <translation>C&amp;onfiguración</translation>
    </message>
    <message>
        <source>&amp;Blocks</source>
        <translation>&amp;Bloqueos</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>&amp;Filtrar…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <source>Show &amp;all PBXes</source>
        <translation>&amp;Mostrar todas las PBX</translation>
    </message>
    <message>
        <source>PBX &amp;sidebar</source>
        <translation>Barra late&amp;ral de PBX</translation>
    </message>
    <message>
        <source>&amp;PBX</source>
        <translation>&amp;PBX</translation>
    </message>
    <message>
        <source>Start the &amp;Demo PBX</source>
        <translation>Iniciar la PBX de &amp;demostración</translation>
    </message>
    <message>
        <source>&amp;Add PBX…</source>
        <translation>&amp;Añadir PBX…</translation>
    </message>
    <message>
        <source>&amp;Edit selected PBX…</source>
        <translation>&amp;Editar la PBX seleccionada…</translation>
    </message>
    <message>
        <source>&amp;Remove selected PBX…</source>
        <translation>Eli&amp;minar la PBX seleccionada…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Tollgate</source>
        <translation>&amp;Acerca de Tollgate</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>%1 events/s</source>
        <translation>%1 eventos/s</translation>
    </message>
    <message>
        <source>Open alerts: %1</source>
        <translation>Alertas abiertas: %1</translation>
    </message>
    <message>
        <source>%1/%2 connected</source>
        <translation>%1/%2 conectadas</translation>
    </message>
    <message>
        <source>PBXes with a live manager connection</source>
        <translation>Centralitas con una conexión de gestión activa</translation>
    </message>
    <message>
        <source>Showing PBX %1</source>
        <translation>Mostrando la centralita %1</translation>
    </message>
    <message>
        <source>Select a PBX in the sidebar to edit it.</source>
        <translation>Seleccione una centralita en la barra lateral para editarla.</translation>
    </message>
    <message>
        <source>%1 has no stored profile to edit.</source>
        <translation>%1 no tiene ningún perfil guardado que editar.</translation>
    </message>
    <message>
        <source>Select a PBX in the sidebar to remove it.</source>
        <translation>Seleccione una centralita en la barra lateral para eliminarla.</translation>
    </message>
    <message>
        <source>Remove PBX</source>
        <translation>Eliminar PBX</translation>
    </message>
    <message>
        <source>Stop monitoring %1 and remove its profile? Its stored events and alerts are kept.</source>
        <translation>¿Dejar de supervisar %1 y eliminar su perfil? Sus eventos y alertas guardados se conservan.</translation>
    </message>
    <message>
        <source>Connection test: %1</source>
        <translation>Prueba de conexión: %1</translation>
    </message>
    <message>
        <source>About Tollgate</source>
        <translation>Acerca de Tollgate</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tollgate %1&lt;/h3&gt;&lt;p&gt;A security operations console for Asterisk and FreeSWITCH PBXes: it watches logins, calls and configuration, raises alerts on attacks and toll fraud, and helps you act on them.&lt;/p&gt;&lt;p&gt;Event store: %2&lt;/p&gt;&lt;p&gt;Built with Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tollgate %1&lt;/h3&gt;&lt;p&gt;Una consola de operaciones de seguridad para centralitas Asterisk y FreeSWITCH: vigila los inicios de sesión, las llamadas y la configuración, genera alertas ante ataques y fraude telefónico, y le ayuda a actuar sobre ellos.&lt;/p&gt;&lt;p&gt;Almacén de eventos: %2&lt;/p&gt;&lt;p&gt;Compilado con Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Reading the store again…</source>
        <translation>Volviendo a leer el almacén…</translation>
    </message>
    <message>
        <source>Top attacking source on the dashboard</source>
        <translation>Principal origen atacante en el panel</translation>
    </message>
    <message>
        <source>Tollgate is still monitoring</source>
        <translation>Tollgate sigue vigilando</translation>
    </message>
    <message>
        <source>It keeps watching your PBXes from the tray. Quit from the tray icon&apos;s menu.</source>
        <translation>Sigue vigilando sus PBX desde la bandeja del sistema. Salga desde el menú del icono de la bandeja.</translation>
    </message>
</context>
<context>
    <name>tg::NewSourceDetector</name>
    <message>
        <source>New source for account %1: %2</source>
        <translation>Nuevo origen para la cuenta %1: %2</translation>
    </message>
    <message>
        <source>%1 (%2) came from %3, a network (%4) never seen for this account; it was seen from %5 before.</source>
        <translation>%1 (%2) llegó desde %3, una red (%4) nunca vista para esta cuenta; antes se había visto desde %5.</translation>
    </message>
    <message>
        <source>Ask the user of %1 whether they moved. If not, change the password of %1 and block %2.</source>
        <translation>Pregunte al usuario de %1 si ha cambiado de ubicación. Si no, cambie la contraseña de %1 y bloquee %2.</translation>
    </message>
    <message>
        <source>new source (network): on (learning %1 per PBX, /%2 and /%3 count as one source)</source>
        <translation>origen nuevo (red): activado (aprendiendo %1 por centralita; /%2 y /%3 cuentan como un solo origen)</translation>
    </message>
    <message>
        <source>New country for account %1: %2 from %3</source>
        <translation>País nuevo para la cuenta %1: %2 desde %3</translation>
    </message>
    <message>
        <source>%1 (%2) came from %3 in %4; until now it was seen only from addresses without a country (private networks: %5).</source>
        <translation>%1 (%2) llegó desde %3 en %4; hasta ahora solo se había visto desde direcciones sin país (redes privadas: %5).</translation>
    </message>
    <message>
        <source>%1 (%2) came from %3 in %4, a country never seen for this account; it was seen from %5 (%6) before.</source>
        <translation>%1 (%2) llegó desde %3 en %4, un país nunca visto para esta cuenta; antes se había visto desde %5 (%6).</translation>
    </message>
    <message>
        <source>Unless the user of %1 is travelling, treat the password of %1 as stolen: change it, block %2 and check the calls of %1.</source>
        <translation>Salvo que el usuario de %1 esté de viaje, considere robada la contraseña de %1: cámbiela, bloquee %2 y revise las llamadas de %1.</translation>
    </message>
    <message>
        <source>new-source country: on (GeoIP database %1: %2)</source>
        <translation>origen nuevo (país): activado (base de datos GeoIP %1: %2)</translation>
    </message>
    <message>
        <source>new-source country: off (%1)</source>
        <translation>origen nuevo (país): desactivado (%1)</translation>
    </message>
    <message>
        <source>new-source country: off (no GeoIP database configured; set one in Settings → GeoIP or with --geoip, e.g. a GeoLite2-Country or DB-IP Country Lite .mmdb)</source>
        <translation>origen nuevo (país): desactivado (no hay base de datos GeoIP configurada; indique una en Configuración → GeoIP o con --geoip, p. ej. un .mmdb GeoLite2-Country o DB-IP Country Lite)</translation>
    </message>
</context>
<context>
    <name>tg::NotificationsSettingsPage</name>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Critical alerts</source>
        <translation>Alertas críticas</translation>
    </message>
    <message>
        <source>High and critical alerts</source>
        <translation>Alertas altas y críticas</translation>
    </message>
    <message>
        <source>Each alert is announced once. During an attack, alerts that arrive within %1 seconds of the last notification are summed up in one.</source>
        <translation>Cada alerta se anuncia una vez. Durante un ataque, las alertas que llegan dentro de los %1 segundos siguientes a la última notificación se resumen en una.</translation>
    </message>
    <message>
        <source>Keep monitoring in the tray when the window is closed</source>
        <translation>Seguir vigilando en la bandeja del sistema al cerrar la ventana</translation>
    </message>
    <message>
        <source>Quit from the tray icon&apos;s menu or with File → Quit to stop monitoring.</source>
        <translation>Para dejar de vigilar, salga desde el menú del icono de la bandeja o con Archivo → Salir.</translation>
    </message>
    <message>
        <source>This desktop has no system tray: closing the window quits Tollgate, and notifications flash the taskbar entry instead.</source>
        <translation>Este escritorio no tiene bandeja del sistema: cerrar la ventana cierra Tollgate, y las notificaciones hacen parpadear la entrada de la barra de tareas.</translation>
    </message>
    <message>
        <source>Desktop notifications</source>
        <translation>Notificaciones de escritorio</translation>
    </message>
    <message>
        <source>Tray</source>
        <translation>Bandeja</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>The notification settings could not be saved (%1); check that the settings file is writable.</source>
        <translation>No se pudieron guardar los ajustes de notificaciones (%1); compruebe que el archivo de ajustes se puede escribir.</translation>
    </message>
</context>
<context>
    <name>tg::OffHoursDetector</name>
    <message>
        <source>Calls outside business hours from %1</source>
        <translation>Llamadas fuera del horario laboral desde %1</translation>
    </message>
    <message>
        <source>%1 outbound calls within %2 outside business hours (%3, %4), risk score %5 (threshold %6; domestic 1, international 3, high-risk 5). Latest: %7 at %8 local time from %9.</source>
        <translation>%1 llamadas salientes en %2 fuera del horario laboral (%3, %4), puntuación de riesgo %5 (umbral %6; nacional 1, internacional 3, alto riesgo 5). Última: %7 a las %8 hora local desde %9.</translation>
    </message>
    <message>
        <source>Check with the user of %1 whether these calls were made by someone at work. If not, disable the account and block its outbound dialing until it is investigated.</source>
        <translation>Compruebe con el usuario de %1 si estas llamadas las hizo alguien en el trabajo. Si no, desactive la cuenta y bloquee sus llamadas salientes hasta que se investigue.</translation>
    </message>
    <message>
        <source>off-hours calls: off (no business hours configured; set pbx.&lt;name&gt;.businessHours, e.g. &quot;Mon-Fri 08:00-18:00&quot;, and timeZone)%1</source>
        <translation>llamadas fuera de horario: desactivado (no hay horario laboral configurado; defina pbx.&lt;name&gt;.businessHours, p. ej. &quot;Mon-Fri 08:00-18:00&quot;, y timeZone)%1</translation>
    </message>
    <message>
        <source>off-hours calls: on for %1 (score %2 in %3)</source>
        <translation>llamadas fuera de horario: activado para %1 (puntuación %2 en %3)</translation>
    </message>
</context>
<context>
    <name>tg::PasswordPolicy</name>
    <message>
        <source>is empty</source>
        <translation>está en blanco</translation>
    </message>
    <message>
        <source>is in the list of common passwords attackers try first</source>
        <translation>figura en la lista de contraseñas comunes que los atacantes prueban primero</translation>
    </message>
    <message>
        <source>is the same as the account name</source>
        <translation>coincide con el nombre de la cuenta</translation>
    </message>
    <message>
        <source>is a short number (%1 digits)</source>
        <translation>es un número corto (%1 dígitos)</translation>
    </message>
    <message>
        <source>is close to the account name</source>
        <translation>se parece al nombre de la cuenta</translation>
    </message>
    <message>
        <source>is only digits</source>
        <translation>solo contiene dígitos</translation>
    </message>
    <message>
        <source>is shorter than %1 characters</source>
        <translation>tiene menos de %1 caracteres</translation>
    </message>
</context>
<context>
    <name>tg::PbxBlockingBox</name>
    <message>
        <source>On the PBX (over SSH)</source>
        <translation>En la PBX (por SSH)</translation>
    </message>
    <message>
        <source>The folder with the PBX&apos;s configuration files, read by the audit, the config history and the blocking safety check (SIP trunk peers).</source>
        <translation>La carpeta con los archivos de configuración de la PBX, que leen la auditoría, el historial de configuración y la comprobación de seguridad del bloqueo (peers de troncales SIP).</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Detectar automáticamente</translation>
    </message>
    <message>
        <source>How blocks are made on this PBX. Detect uses nftables when present, else iptables with ipset, else fail2ban.</source>
        <translation>Cómo se bloquea en esta PBX. Detectar usa nftables si existe, si no iptables con ipset, si no fail2ban.</translation>
    </message>
    <message>
        <source>jail, e.g. asterisk</source>
        <translation>jail, p. ej. asterisk</translation>
    </message>
    <message>
        <source>only the PBX&apos;s SIP, RTP and manager ports</source>
        <translation>solo los puertos SIP, RTP y de gestión de la PBX</translation>
    </message>
    <message>
        <source>all traffic from the address</source>
        <translation>todo el tráfico de la dirección</translation>
    </message>
    <message>
        <source>The ports keep SSH out of every block, so a wrong block cannot cut Tollgate&apos;s own access.</source>
        <translation>Con los puertos, SSH queda fuera de todo bloqueo, así que un bloqueo erróneo no puede cortar el acceso del propio Tollgate.</translation>
    </message>
    <message>
        <source>Jail</source>
        <translation>Jail</translation>
    </message>
    <message>
        <source>Configuration folder</source>
        <translation>Carpeta de configuración</translation>
    </message>
    <message>
        <source>Block with</source>
        <translation>Bloquear con</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloqueo</translation>
    </message>
</context>
<context>
    <name>tg::PbxDialog</name>
    <message>
        <source>Add PBX</source>
        <translation>Añadir PBX</translation>
    </message>
    <message>
        <source>Edit PBX %1</source>
        <translation>Editar PBX %1</translation>
    </message>
    <message>
        <source>e.g. office-pbx</source>
        <translation>p. ej. centralita-oficina</translation>
    </message>
    <message>
        <source>The name is kept: stored events and alerts refer to it.</source>
        <translation>El nombre no se puede cambiar: los eventos y alertas guardados hacen referencia a él.</translation>
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
        <translation>nombre de host o dirección IP</translation>
    </message>
    <message>
        <source>stored in the system keychain</source>
        <translation>guardado en el llavero del sistema</translation>
    </message>
    <message>
        <source>leave empty to keep the stored secret</source>
        <translation>deje en blanco para conservar el secreto guardado</translation>
    </message>
    <message>
        <source>Use TLS</source>
        <translation>Usar TLS</translation>
    </message>
    <message>
        <source>optional SHA-256 of a self-signed certificate</source>
        <translation>SHA-256 opcional de un certificado autofirmado</translation>
    </message>
    <message>
        <source>Monitor this PBX</source>
        <translation>Supervisar esta PBX</translation>
    </message>
    <message>
        <source>Manager connection</source>
        <translation>Conexión de gestión</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secreto</translation>
    </message>
    <message>
        <source>TLS fingerprint</source>
        <translation>Huella TLS</translation>
    </message>
    <message>
        <source>Reach the manager port through an SSH tunnel</source>
        <translation>Acceder al puerto de gestión mediante un túnel SSH</translation>
    </message>
    <message>
        <source>same as the PBX host</source>
        <translation>igual que el host de la PBX</translation>
    </message>
    <message>
        <source>private key file (optional)</source>
        <translation>archivo de clave privada (opcional)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>SSH (audits, blocking, tunnel)</source>
        <translation>SSH (auditorías, bloqueo, túnel)</translation>
    </message>
    <message>
        <source>SSH host</source>
        <translation>Host SSH</translation>
    </message>
    <message>
        <source>SSH user</source>
        <translation>Usuario SSH</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Archivo de clave</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>Test connection tries the manager port and SSH and says what worked.</source>
        <translation>Probar conexión intenta acceder al puerto de gestión y a SSH e indica qué ha funcionado.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>SSH private key</source>
        <translation>Clave privada SSH</translation>
    </message>
    <message>
        <source>AMI user from manager.conf</source>
        <translation>Usuario AMI de manager.conf</translation>
    </message>
    <message>
        <source>ESL has no user</source>
        <translation>ESL no tiene usuario</translation>
    </message>
    <message>
        <source>Enter a name for this PBX.</source>
        <translation>Introduzca un nombre para esta centralita.</translation>
    </message>
    <message>
        <source>Use up to 64 letters, digits, spaces, dots, dashes or underscores for the name.</source>
        <translation>Use hasta 64 letras, dígitos, espacios, puntos, guiones o guiones bajos para el nombre.</translation>
    </message>
    <message>
        <source>A PBX named %1 already exists; choose another name.</source>
        <translation>Ya existe una PBX llamada %1; elija otro nombre.</translation>
    </message>
    <message>
        <source>Enter the host name or IP address of the PBX.</source>
        <translation>Introduzca el nombre de host o la dirección IP de la centralita.</translation>
    </message>
    <message>
        <source>%1 is not a valid host name or IP address.</source>
        <translation>%1 no es un nombre de host ni una dirección IP válidos.</translation>
    </message>
    <message>
        <source>Enter the AMI user from the PBX&apos;s manager.conf.</source>
        <translation>Introduzca el usuario AMI del manager.conf de la centralita.</translation>
    </message>
    <message>
        <source>The AMI user may contain only letters, digits and . _ @ + -.</source>
        <translation>El usuario AMI solo puede contener letras, dígitos y . _ @ + -.</translation>
    </message>
    <message>
        <source>The secret must not contain line breaks.</source>
        <translation>El secreto no debe contener saltos de línea.</translation>
    </message>
    <message>
        <source>Enter the AMI secret for user %1.</source>
        <translation>Introduzca el secreto AMI del usuario %1.</translation>
    </message>
    <message>
        <source>Enter the ESL password.</source>
        <translation>Introduzca la contraseña ESL.</translation>
    </message>
    <message>
        <source>The TLS fingerprint must be a SHA-256: 64 hexadecimal digits, colons allowed.</source>
        <translation>La huella TLS debe ser un SHA-256: 64 dígitos hexadecimales, se admiten dos puntos.</translation>
    </message>
    <message>
        <source>%1 is not a valid SSH host name or IP address.</source>
        <translation>%1 no es un nombre de host ni una dirección IP SSH válidos.</translation>
    </message>
    <message>
        <source>Enter the SSH user to reach the manager port through SSH.</source>
        <translation>Introduzca el usuario SSH para acceder al puerto de gestión por SSH.</translation>
    </message>
    <message>
        <source>The SSH user may contain only letters, digits, dots, dashes and underscores.</source>
        <translation>El usuario SSH solo puede contener letras, dígitos, puntos, guiones y guiones bajos.</translation>
    </message>
    <message>
        <source>The key file %1 does not exist or cannot be read.</source>
        <translation>El archivo de clave %1 no existe o no se puede leer.</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>Probando %1…</translation>
    </message>
    <message>
        <source>e.g. console, event_socket (empty: no list yet)</source>
        <translation>p. ej. console, event_socket (vacío: aún sin lista)</translation>
    </message>
    <message>
        <source>AMI users (manager.conf), ESL users (user@domain) and event_socket (the shared ESL password) that may control this PBX, separated by commas. The audit reports every other one.</source>
        <translation>Usuarios AMI (manager.conf), usuarios ESL (user@domain) y event_socket (la contraseña ESL compartida) que pueden controlar esta PBX, separados por comas. La auditoría informa de cualquier otro.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>The audit reports accounts with no registration or call in this many days, from the events Tollgate stored.</source>
        <translation>La auditoría informa de las cuentas sin registro ni llamada en esta cantidad de días, según los eventos que Tollgate guardó.</translation>
    </message>
    <message>
        <source>Access review (audit)</source>
        <translation>Revisión de accesos (auditoría)</translation>
    </message>
    <message>
        <source>Approved AMI/ESL users</source>
        <translation>Usuarios AMI/ESL aprobados</translation>
    </message>
    <message>
        <source>Inactive after</source>
        <translation>Inactiva tras</translation>
    </message>
</context>
<context>
    <name>tg::PbxHealthTile</name>
    <message>
        <source>Click to show only this PBX in the console</source>
        <translation>Haga clic para mostrar solo esta centralita en la consola</translation>
    </message>
    <message>
        <source>%1 — Demo PBX</source>
        <translation>%1 — PBX de demostración</translation>
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
        <translation>Aún no hay eventos</translation>
    </message>
    <message>
        <source>Active calls: %1</source>
        <translation>Llamadas activas: %1</translation>
    </message>
    <message>
        <source>Critical alerts: %1</source>
        <translation>Alertas críticas: %1</translation>
    </message>
</context>
<context>
    <name>tg::PbxLink</name>
    <message>
        <source>Opening the SSH tunnel to %1.</source>
        <translation>Abriendo el túnel SSH hacia %1.</translation>
    </message>
    <message>
        <source>Waiting for you to check the SSH host key of %1: answer the question about its fingerprint to connect.</source>
        <translation>Esperando a que compruebe la clave de host SSH de %1: responda a la pregunta sobre su huella para conectar.</translation>
    </message>
</context>
<context>
    <name>tg::PbxRepository</name>
    <message>
        <source>A PBX needs a name; enter one and save again.</source>
        <translation>Una PBX necesita un nombre; introduzca uno y vuelva a guardar.</translation>
    </message>
    <message>
        <source>A PBX named &quot;%1&quot; already exists; choose another name.</source>
        <translation>Ya existe una PBX llamada &quot;%1&quot;; elija otro nombre.</translation>
    </message>
    <message>
        <source>Could not save the PBX &quot;%1&quot;: %2.</source>
        <translation>No se pudo guardar la PBX &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <source>The PBX &quot;%1&quot; no longer exists; reload the list and try again.</source>
        <translation>La PBX &quot;%1&quot; ya no existe; vuelva a cargar la lista e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Could not remove the PBX &quot;%1&quot;: %2.</source>
        <translation>No se pudo eliminar la PBX &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <source>There is no PBX named &quot;%1&quot;.</source>
        <translation>No hay ninguna PBX llamada &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>tg::PbxRulesSettingsPage</name>
    <message>
        <source>All PBXes (defaults)</source>
        <translation>Todas las PBX (valores predeterminados)</translation>
    </message>
    <message>
        <source>Own rules for this PBX (otherwise the defaults apply)</source>
        <translation>Reglas propias para esta PBX (si no, se aplican los valores predeterminados)</translation>
    </message>
    <message>
        <source>e.g. GB</source>
        <translation>p. ej. ES</translation>
    </message>
    <message>
        <source>ISO 3166 code of the country the PBX is in: its calls there are domestic.</source>
        <translation>Código ISO 3166 del país donde está la PBX: sus llamadas allí son nacionales.</translation>
    </message>
    <message>
        <source>e.g. IE, FR, DE</source>
        <translation>p. ej. PT, FR, IT</translation>
    </message>
    <message>
        <source>Countries this PBX may call without an alert. High-risk and premium ranges alert anyway.</source>
        <translation>Países a los que esta PBX puede llamar sin alerta. Los rangos de alto riesgo y premium alertan de todos modos.</translation>
    </message>
    <message>
        <source>e.g. Mon-Fri 08:00-18:00 (empty: off-hours detection off)</source>
        <translation>p. ej. Mon-Fri 08:00-18:00 (vacío: sin detección fuera de horario)</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source>More simultaneous calls on the whole PBX than this raise an alert.</source>
        <translation>Más llamadas simultáneas en toda la PBX generan una alerta.</translation>
    </message>
    <message>
        <source>What the call detectors need to know about each PBX: calls to countries that are not allowed, and outbound calls outside business hours, raise alerts.</source>
        <translation>Lo que los detectores de llamadas necesitan saber de cada PBX: las llamadas a países no permitidos y las llamadas salientes fuera del horario laboral generan alertas.</translation>
    </message>
    <message>
        <source>PBX</source>
        <translation>PBX</translation>
    </message>
    <message>
        <source>Home country</source>
        <translation>País de origen</translation>
    </message>
    <message>
        <source>Allowed countries</source>
        <translation>Países permitidos</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>Horario laboral</translation>
    </message>
    <message>
        <source>Concurrent calls limit</source>
        <translation>Límite de llamadas simultáneas</translation>
    </message>
    <message>
        <source>PBX rules</source>
        <translation>Reglas de PBX</translation>
    </message>
    <message>
        <source>the defaults</source>
        <translation>los valores predeterminados</translation>
    </message>
    <message>
        <source>Home country of %1: use a two-letter ISO code such as GB.</source>
        <translation>País de origen de %1: use un código ISO de dos letras como GB.</translation>
    </message>
    <message>
        <source>Allowed countries of %1: %2 is not a two-letter ISO code.</source>
        <translation>Países permitidos de %1: %2 no es un código ISO de dos letras.</translation>
    </message>
    <message>
        <source>Time zone of %1: %2 is not a known time zone.</source>
        <translation>Zona horaria de %1: %2 no es una zona horaria conocida.</translation>
    </message>
    <message>
        <source>Business hours of %1: %2</source>
        <translation>Horario laboral de %1: %2</translation>
    </message>
</context>
<context>
    <name>tg::PbxSidebar</name>
    <message>
        <source>No PBX configured yet. Start the Demo PBX to see Tollgate at work, or add your own Asterisk or FreeSWITCH system.</source>
        <translation>Aún no hay ninguna PBX configurada. Inicie la PBX de demostración para ver Tollgate en acción, o añada su propio sistema Asterisk o FreeSWITCH.</translation>
    </message>
    <message>
        <source>Start the Demo PBX</source>
        <translation>Iniciar la PBX de demostración</translation>
    </message>
    <message>
        <source>Add PBX…</source>
        <translation>Añadir PBX…</translation>
    </message>
    <message>
        <source>%1 (Demo PBX)</source>
        <translation>%1 (PBX de demostración)</translation>
    </message>
    <message>
        <source>All PBXes</source>
        <translation>Todas las PBX</translation>
    </message>
    <message>
        <source>replayed Asterisk traffic</source>
        <translation>tráfico de Asterisk reproducido</translation>
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
        <translation>En espera</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Demo PBX: replays recorded Asterisk traffic inside Tollgate. Not a real system.</source>
        <translation>PBX de demostración: reproduce tráfico grabado de Asterisk dentro de Tollgate. No es un sistema real.</translation>
    </message>
    <message>
        <source>%1:%2%3</source>
        <translation>%1:%2%3</translation>
    </message>
    <message>
        <source> through SSH</source>
        <translation> mediante SSH</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Version: %1</source>
        <translation>Versión: %1</translation>
    </message>
    <message>
        <source>Last event: %1</source>
        <translation>Último evento: %1</translation>
    </message>
    <message>
        <source>No status from the engine yet.</source>
        <translation>Aún no hay estado del motor.</translation>
    </message>
    <message>
        <source>Edit %1…</source>
        <translation>Editar %1…</translation>
    </message>
    <message>
        <source>Remove %1…</source>
        <translation>Eliminar %1…</translation>
    </message>
</context>
<context>
    <name>tg::Planner</name>
    <message>
        <source>%1 was not among the audited files; audit the PBX again.</source>
        <translation>%1 no estaba entre los archivos auditados; vuelva a auditar la centralita.</translation>
    </message>
    <message>
        <source>%1 has no [%2] section to change; edit it by hand.</source>
        <translation>%1 no tiene ninguna sección [%2] que cambiar; edítelo a mano.</translation>
    </message>
    <message>
        <source>manager.conf was not among the audited files; audit the PBX again.</source>
        <translation>manager.conf no estaba entre los archivos auditados; vuelva a auditar la centralita.</translation>
    </message>
    <message>
        <source>manager.conf has no user [%1] any more; audit the PBX again.</source>
        <translation>manager.conf ya no tiene el usuario [%1]; vuelva a auditar la centralita.</translation>
    </message>
    <message>
        <source>The password parameter is not on one line of %1; change it by hand.</source>
        <translation>El parámetro de contraseña no está en una sola línea de %1; cámbielo a mano.</translation>
    </message>
    <message>
        <source>%1 already has this setting; audit the PBX again.</source>
        <translation>%1 ya tiene este ajuste; vuelva a auditar la centralita.</translation>
    </message>
</context>
<context>
    <name>tg::RatesSettingsPage</name>
    <message>
        <source>Tollgate classifies every dialed number by the longest matching E.164 prefix of this table: its country, its risk tier (standard, elevated, high, premium, satellite) and its rate per minute, used for toll-fraud alerts and cost estimates. The CSV columns are: prefix,country,tier,rate_per_minute,description.</source>
        <translation>Tollgate clasifica cada número marcado por el prefijo E.164 más largo que coincide en esta tabla: su país, su nivel de riesgo (standard, elevated, high, premium, satellite) y su tarifa por minuto, usados para alertas de fraude telefónico y estimaciones de coste. Las columnas del CSV son: prefix,country,tier,rate_per_minute,description.</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importar CSV…</translation>
    </message>
    <message>
        <source>Use the built-in table</source>
        <translation>Usar la tabla integrada</translation>
    </message>
    <message>
        <source>Export current table…</source>
        <translation>Exportar la tabla actual…</translation>
    </message>
    <message>
        <source>Save the table in use as a CSV to edit it, then import it again.</source>
        <translation>Guarde la tabla en uso como CSV para editarla y luego impórtela de nuevo.</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>Tarifas</translation>
    </message>
    <message>
        <source>In use: the built-in table.</source>
        <translation>En uso: la tabla integrada.</translation>
    </message>
    <message>
        <source>In use: %1.</source>
        <translation>En uso: %1.</translation>
    </message>
    <message>
        <source>%1 prefixes, %2 lines skipped.</source>
        <translation>%1 prefijos, %2 líneas omitidas.</translation>
    </message>
    <message>
        <source>(applied when you press OK)</source>
        <translation>(se aplica al pulsar Aceptar)</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 no es un archivo.</translation>
    </message>
    <message>
        <source>%1 is larger than 32 MB; that is not a prefix table.</source>
        <translation>%1 ocupa más de 32 MB; eso no es una tabla de prefijos.</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation>%1 no se puede usar: %2</translation>
    </message>
    <message>
        <source>Import a prefix and rate table</source>
        <translation>Importar una tabla de prefijos y tarifas</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export the prefix and rate table</source>
        <translation>Exportar la tabla de prefijos y tarifas</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
    <message>
        <source>Could not copy %1 into the data folder.</source>
        <translation>No se pudo copiar %1 a la carpeta de datos.</translation>
    </message>
</context>
<context>
    <name>tg::RemediationRunner</name>
    <message>
        <source>The fix has no change to make.</source>
        <translation>La corrección no tiene ningún cambio que hacer.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a plain absolute path; nothing was changed.</source>
        <translation>%1: &quot;%2&quot; no es una ruta absoluta simple; no se cambió nada.</translation>
    </message>
    <message>
        <source>%1: there is no keychain to keep the new password in; nothing was changed.</source>
        <translation>%1: no hay ningún llavero donde guardar la nueva contraseña; no se cambió nada.</translation>
    </message>
    <message>
        <source>Storing the new password in the keychain</source>
        <translation>Guardando la nueva contraseña en el llavero</translation>
    </message>
    <message>
        <source>%1: the new password could not be stored in the keychain (%2); nothing was changed.</source>
        <translation>%1: no se pudo guardar la nueva contraseña en el llavero (%2); no se cambió nada.</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Leyendo %1</translation>
    </message>
    <message>
        <source>%1: %2 changed since the audit; nothing was written. Audit the PBX again and review the new diff.</source>
        <translation>%1: %2 ha cambiado desde la auditoría; no se escribió nada. Vuelva a auditar la centralita y revise el nuevo diff.</translation>
    </message>
    <message>
        <source>Writing %1 (the old file is kept as a backup)</source>
        <translation>Escribiendo %1 (el archivo antiguo se conserva como copia de seguridad)</translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <translation>Copia de seguridad: %1</translation>
    </message>
    <message>
        <source>Reloading: %1</source>
        <translation>Recargando: %1</translation>
    </message>
    <message>
        <source>The reload did not succeed (%1); the new file is in place and takes effect at the next reload or restart.</source>
        <translation>La recarga no tuvo éxito (%1); el nuevo archivo ya está en su sitio y surtirá efecto en la próxima recarga o reinicio.</translation>
    </message>
    <message>
        <source>Checking again</source>
        <translation>Comprobando de nuevo</translation>
    </message>
    <message>
        <source>%1: the file was written but could not be read back: %2</source>
        <translation>%1: el archivo se escribió pero no se pudo volver a leer: %2</translation>
    </message>
    <message>
        <source>%1: %2 does not hold what was written; restore the backup %3.</source>
        <translation>%1: %2 no contiene lo que se escribió; restaure la copia de seguridad %3.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a Tollgate backup of %3; nothing was changed.</source>
        <translation>%1: &quot;%2&quot; no es una copia de seguridad de Tollgate de %3; no se cambió nada.</translation>
    </message>
    <message>
        <source>Reading the backup %1</source>
        <translation>Leyendo la copia de seguridad %1</translation>
    </message>
    <message>
        <source>%1: the backup is larger than 4 MiB; restore it by hand.</source>
        <translation>%1: la copia de seguridad ocupa más de 4 MiB; restáurela a mano.</translation>
    </message>
    <message>
        <source>Restoring %1</source>
        <translation>Restaurando %1</translation>
    </message>
    <message>
        <source>%1: %2 does not match the backup after the restore; check it by hand.</source>
        <translation>%1: %2 no coincide con la copia de seguridad tras la restauración; compruébelo a mano.</translation>
    </message>
    <message>
        <source>The previous password is back in the keychain.</source>
        <translation>La contraseña anterior vuelve a estar en el llavero.</translation>
    </message>
    <message>
        <source>The previous password could not be put back in the keychain (%1); enter it again in the PBX&apos;s settings.</source>
        <translation>No se pudo volver a guardar la contraseña anterior en el llavero (%1); introdúzcala de nuevo en los ajustes de la PBX.</translation>
    </message>
</context>
<context>
    <name>tg::RevertPlanner</name>
    <message>
        <source>Write the approved baseline of %1 back to the PBX, replacing what is there now, and run &quot;%2&quot;.</source>
        <translation>Escribir de nuevo en la PBX la línea base aprobada de %1, sustituyendo lo que hay ahora, y ejecutar &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 on the PBX already is its approved baseline; there is nothing to revert.</source>
        <translation>%1 en la PBX ya es su línea base aprobada; no hay nada que revertir.</translation>
    </message>
    <message>
        <source>Binary file: %1 bytes now, %2 bytes in the baseline.</source>
        <translation>Archivo binario: %1 bytes ahora, %2 bytes en la línea base.</translation>
    </message>
    <message>
        <source> (on the PBX now)</source>
        <translation> (ahora en la PBX)</translation>
    </message>
    <message>
        <source> (baseline)</source>
        <translation> (línea base)</translation>
    </message>
</context>
<context>
    <name>tg::ScannerDetector</name>
    <message>
        <source>SIP scanner %1 at %2</source>
        <translation>Escáner SIP %1 en %2</translation>
    </message>
    <message>
        <source>Requests from %1 carry the User-Agent of a known SIP scanner or attack tool (matches &quot;%2&quot;). Scanners look for open accounts and dial plans before brute force and toll fraud. User-Agent: %3</source>
        <translation>Las peticiones de %1 llevan el User-Agent de un escáner SIP o herramienta de ataque conocidos (coincide con &quot;%2&quot;). Los escáneres buscan cuentas y planes de marcación abiertos antes de la fuerza bruta y el fraude telefónico. User-Agent: %3</translation>
    </message>
    <message>
        <source>Block %1. Scanners rotate addresses, so also keep SIP closed to the internet where possible (firewall allowlist, non-default port, TLS).</source>
        <translation>Bloquee %1. Los escáneres van cambiando de dirección, así que mantenga además SIP cerrado a internet siempre que sea posible (lista de permitidos en el cortafuegos, puerto no predeterminado, TLS).</translation>
    </message>
    <message>
        <source>SIP scanner sweep from %1</source>
        <translation>Barrido de escáner SIP desde %1</translation>
    </message>
    <message>
        <source>%1 was challenged for %2 different accounts within %3 and answered %4 of %5 challenges (threshold: %6 accounts, at most %7% answered): a scanner collecting extension names, not a phone. Accounts: %8.</source>
        <translation>A %1 se le pidió autenticación para %2 cuentas distintas en %3 y respondió a %4 de %5 desafíos (umbral: %6 cuentas, como máximo un %7% respondido): un escáner que recopila nombres de extensión, no un teléfono. Cuentas: %8.</translation>
    </message>
    <message>
        <source>Block %1; keep alwaysauthreject=yes so the sweep learns nothing, and expect brute force on the accounts it found next.</source>
        <translation>Bloquee %1; mantenga alwaysauthreject=yes para que el barrido no averigüe nada, y espere a continuación ataques de fuerza bruta contra las cuentas que encontró.</translation>
    </message>
    <message>
        <source>scanner by User-Agent: %1</source>
        <translation>escáner por User-Agent: %1</translation>
    </message>
    <message numerus="yes">
        <source>on (%n patterns; needs a source that reports User-Agents: logs or ESL)</source>
        <translation>
            <numerusform>activado (%n patrón; necesita un origen que informe del User-Agent: registros o ESL)</numerusform>
            <numerusform>activado (%n patrones; necesita un origen que informe del User-Agent: registros o ESL)</numerusform>
        </translation>
    </message>
    <message>
        <source>off (no User-Agent list loaded)</source>
        <translation>desactivado (no hay ninguna lista de User-Agent cargada)</translation>
    </message>
    <message>
        <source>scanner sweep: on (%1 accounts challenged from one address in %2, at most %3% answered)</source>
        <translation>barrido de escáner: activado (%1 cuentas desafiadas desde una dirección en %2, como máximo un %3% respondido)</translation>
    </message>
</context>
<context>
    <name>tg::SecretStore</name>
    <message>
        <source>Access to the keychain was refused, so the password for %1 could not be used. Allow Tollgate access when the keychain asks, or keep the password for this session only.</source>
        <translation>Se denegó el acceso al llavero, así que no se pudo usar la contraseña de %1. Permita el acceso a Tollgate cuando el llavero lo pida, o conserve la contraseña solo para esta sesión.</translation>
    </message>
    <message>
        <source>The keychain could not delete the password for %1; remove it with your keychain manager.</source>
        <translation>El llavero no pudo eliminar la contraseña de %1; elimínela con su gestor de llavero.</translation>
    </message>
    <message>
        <source>No keychain is reachable (such as GNOME Keyring, KWallet, macOS Keychain or the Windows Credential Manager), so Tollgate cannot save this password. You can keep it for this session only: it stays in memory until Tollgate quits and is never written to disk.</source>
        <translation>No hay ningún llavero accesible (como GNOME Keyring, KWallet, el Llavero de macOS o el Administrador de credenciales de Windows), así que Tollgate no puede guardar esta contraseña. Puede conservarla solo para esta sesión: permanece en memoria hasta que Tollgate se cierre y nunca se escribe en disco.</translation>
    </message>
    <message>
        <source>No password is saved in the keychain for %1; enter it again.</source>
        <translation>No hay ninguna contraseña guardada en el llavero para %1; vuelva a introducirla.</translation>
    </message>
</context>
<context>
    <name>tg::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
</context>
<context>
    <name>tg::SnapshotRecorder</name>
    <message>
        <source>%1 changed on %2 without approval</source>
        <translation>%1 cambió en %2 sin aprobación</translation>
    </message>
    <message numerus="yes">
        <source>%1 differs from its approved baseline: %n line(s) added</source>
        <translation>
            <numerusform>%1 difiere de su referencia aprobada: %n línea añadida</numerusform>
            <numerusform>%1 difiere de su referencia aprobada: %n líneas añadidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 changed since the previous snapshot (no baseline is approved yet): %n line(s) added</source>
        <translation>
            <numerusform>%1 cambió desde la instantánea anterior (aún no hay ninguna referencia aprobada): %n línea añadida</numerusform>
            <numerusform>%1 cambió desde la instantánea anterior (aún no hay ninguna referencia aprobada): %n líneas añadidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n removed.</source>
        <translation>
            <numerusform>, %n eliminada.</numerusform>
            <numerusform>, %n eliminadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>referencia</translation>
    </message>
    <message>
        <source>previous</source>
        <translation>anterior</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <source>Open the Config tab and review the change. If it was intended, approve it as the new baseline; if not, revert to the baseline and find out who changed the file (SSH logins and sudo logs on the PBX).</source>
        <translation>Abra la pestaña Configuración y revise el cambio. Si era intencionado, apruébelo como nueva referencia; si no, revierta a la referencia y averigüe quién cambió el archivo (inicios de sesión SSH y registros de sudo en la centralita).</translation>
    </message>
    <message>
        <source>%1: %2 line(s) added, %3 removed; %4</source>
        <translation>%1: %2 línea(s) añadida(s), %3 eliminada(s); %4</translation>
    </message>
</context>
<context>
    <name>tg::SnapshotRepository</name>
    <message>
        <source>Could not read or store the configuration history: %1.</source>
        <translation>No se pudo leer ni guardar el historial de configuración: %1.</translation>
    </message>
    <message>
        <source>snapshot %1 does not exist</source>
        <translation>la instantánea %1 no existe</translation>
    </message>
</context>
<context>
    <name>tg::SshLogFollower</name>
    <message>
        <source>Following %1 on PBX %2 ended: %3</source>
        <translation>Terminó el seguimiento de %1 en la centralita %2: %3</translation>
    </message>
</context>
<context>
    <name>tg::SshSession</name>
    <message>
        <source>SSH to PBX %1 (%2 port %3)</source>
        <translation>SSH a la centralita %1 (%2 puerto %3)</translation>
    </message>
    <message>
        <source>%1: the host name could not be resolved (%2). Check the SSH host in the PBX settings.</source>
        <translation>%1: no se pudo resolver el nombre de host (%2). Compruebe el host SSH en la configuración de la centralita.</translation>
    </message>
    <message>
        <source>%1: cancelled while connecting.</source>
        <translation>%1: cancelado durante la conexión.</translation>
    </message>
    <message>
        <source>%1: no answer within %2 s. Check that the PBX is up and that a firewall lets Tollgate reach its SSH port.</source>
        <translation>%1: sin respuesta en %2 s. Compruebe que la centralita está en marcha y que ningún cortafuegos impide a Tollgate llegar a su puerto SSH.</translation>
    </message>
    <message>
        <source>%1: cannot connect (%2). Check the host and SSH port in the PBX settings and that sshd runs on the PBX.</source>
        <translation>%1: no se puede conectar (%2). Compruebe el host y el puerto SSH en la configuración de la centralita y que sshd se está ejecutando en ella.</translation>
    </message>
    <message>
        <source>%1: cancelled.</source>
        <translation>%1: cancelado.</translation>
    </message>
    <message>
        <source>%1: cancelled during the SSH handshake.</source>
        <translation>%1: cancelado durante la negociación SSH.</translation>
    </message>
    <message>
        <source>%1: the SSH handshake failed (%2). Is this port an SSH server?</source>
        <translation>%1: falló la negociación SSH (%2). ¿Es este puerto un servidor SSH?</translation>
    </message>
    <message>
        <source>%1: the server sent no host key.</source>
        <translation>%1: el servidor no envió ninguna clave de host.</translation>
    </message>
    <message>
        <source>%1: the connection was lost during login (%2).</source>
        <translation>%1: se perdió la conexión durante el inicio de sesión (%2).</translation>
    </message>
    <message>
        <source>ssh-agent</source>
        <translation>ssh-agent</translation>
    </message>
    <message>
        <source>key file %1</source>
        <translation>archivo de clave %1</translation>
    </message>
    <message>
        <source>%1: cannot read the private key file %2 (missing, unreadable, or protected by a passphrase that is not stored in the keychain).</source>
        <translation>%1: no se puede leer el archivo de clave privada %2 (no existe, no es legible o está protegido por una frase de contraseña que no está guardada en el llavero).</translation>
    </message>
    <message>
        <source>%1: cannot read the private key file %2: wrong passphrase or not a key file.</source>
        <translation>%1: no se puede leer el archivo de clave privada %2: frase de contraseña incorrecta o no es un archivo de clave.</translation>
    </message>
    <message>
        <source>password</source>
        <translation>contraseña</translation>
    </message>
    <message>
        <source>keyboard-interactive</source>
        <translation>keyboard-interactive</translation>
    </message>
    <message>
        <source>%1: the server accepts none of the login methods Tollgate has for user %2 (set a key file or password in the PBX settings).</source>
        <translation>%1: el servidor no acepta ninguno de los métodos de inicio de sesión que Tollgate tiene para el usuario %2 (configure un archivo de clave o una contraseña en la configuración de la centralita).</translation>
    </message>
    <message>
        <source>%1: login as user %2 was refused (tried: %3). Check the user name, key and password in the PBX settings.</source>
        <translation>%1: se rechazó el inicio de sesión como usuario %2 (probado: %3). Compruebe el nombre de usuario, la clave y la contraseña en la configuración de la centralita.</translation>
    </message>
    <message>
        <source>On PBX %1, sudo wants a password for user %2, and Tollgate runs sudo without prompting (sudo -n). Allow the needed commands for %2 with NOPASSWD in sudoers (visudo), or use an SSH user that may run them.</source>
        <translation>En la centralita %1, sudo pide una contraseña para el usuario %2, y Tollgate ejecuta sudo sin solicitudes interactivas (sudo -n). Permita los comandos necesarios para %2 con NOPASSWD en sudoers (visudo), o use un usuario SSH que pueda ejecutarlos.</translation>
    </message>
    <message>
        <source>On PBX %1, user %2 may not run this command with sudo. Allow it in sudoers (visudo) with NOPASSWD.</source>
        <translation>En la centralita %1, el usuario %2 no puede ejecutar este comando con sudo. Permítalo en sudoers (visudo) con NOPASSWD.</translation>
    </message>
    <message>
        <source>PBX %1 has no sudo. Install it, or log in as a user that can run the command directly.</source>
        <translation>La centralita %1 no tiene sudo. Instálelo, o inicie sesión como un usuario que pueda ejecutar el comando directamente.</translation>
    </message>
    <message>
        <source>%1: the connection was lost %2 (%3). The server may have restarted or the network failed; Tollgate reconnects on the next request.</source>
        <translation>%1: se perdió la conexión %2 (%3). Puede que el servidor se haya reiniciado o que haya fallado la red; Tollgate volverá a conectar en la siguiente petición.</translation>
    </message>
    <message>
        <source>while opening a channel</source>
        <translation>al abrir un canal</translation>
    </message>
    <message>
        <source>while starting the command</source>
        <translation>al iniciar el comando</translation>
    </message>
    <message>
        <source>while sending data</source>
        <translation>al enviar datos</translation>
    </message>
    <message>
        <source>during the command</source>
        <translation>durante el comando</translation>
    </message>
    <message>
        <source>%1: the command did not finish within %2 s and was abandoned.</source>
        <translation>%1: el comando no terminó en %2 s y se abandonó.</translation>
    </message>
    <message>
        <source>at the end of the command</source>
        <translation>al final del comando</translation>
    </message>
    <message>
        <source>%1: refused to follow &quot;%2&quot;: not a plain absolute file path.</source>
        <translation>%1: se rechazó seguir &quot;%2&quot;: no es una ruta de archivo absoluta simple.</translation>
    </message>
    <message>
        <source>%1: the connection was lost while starting SFTP (%2).</source>
        <translation>%1: se perdió la conexión al iniciar SFTP (%2).</translation>
    </message>
    <message>
        <source>%1: the server offers no SFTP.</source>
        <translation>%1: el servidor no ofrece SFTP.</translation>
    </message>
    <message>
        <source>%1: the file %2 does not exist.</source>
        <translation>%1: el archivo %2 no existe.</translation>
    </message>
    <message>
        <source>%1: permission denied reading %2; read it with sudo, or give the SSH user read access.</source>
        <translation>%1: permiso denegado al leer %2; léalo con sudo o dé al usuario SSH acceso de lectura.</translation>
    </message>
    <message>
        <source>%1: cannot open %2 (SFTP error %3).</source>
        <translation>%1: no se puede abrir %2 (error SFTP %3).</translation>
    </message>
    <message>
        <source>%1: reading %2 failed (%3).</source>
        <translation>%1: falló la lectura de %2 (%3).</translation>
    </message>
    <message>
        <source>%1: refused to read &quot;%2&quot;: not a plain absolute file path.</source>
        <translation>%1: se rechazó leer &quot;%2&quot;: no es una ruta de archivo absoluta simple.</translation>
    </message>
    <message>
        <source>%1: cannot read %2: %3</source>
        <translation>%1: no se puede leer %2: %3</translation>
    </message>
    <message>
        <source>%1: refused to write &quot;%2&quot;: not a plain absolute file path.</source>
        <translation>%1: se rechazó escribir &quot;%2&quot;: no es una ruta de archivo absoluta simple.</translation>
    </message>
    <message>
        <source>%1: writing %2 failed; the file is unchanged: %3</source>
        <translation>%1: falló la escritura de %2; el archivo no ha cambiado: %3</translation>
    </message>
    <message>
        <source>%1: %2 was written but its size on the PBX differs (%3 bytes instead of %4); check the disk space and the backup %5.</source>
        <translation>%1: se escribió %2 pero su tamaño en la centralita es distinto (%3 bytes en lugar de %4); compruebe el espacio en disco y la copia de seguridad %5.</translation>
    </message>
    <message>
        <source>%1: the server refused to forward to %2 port %3 (%4). Check AllowTcpForwarding in the PBX&apos;s sshd_config and that the service listens there.</source>
        <translation>%1: el servidor se negó a reenviar a %2 puerto %3 (%4). Compruebe AllowTcpForwarding en el sshd_config de la centralita y que el servicio escucha allí.</translation>
    </message>
</context>
<context>
    <name>tg::SshTunnel</name>
    <message>
        <source>Cannot open a local port for the SSH tunnel to PBX %1: %2.</source>
        <translation>No se puede abrir un puerto local para el túnel SSH a la centralita %1: %2.</translation>
    </message>
    <message>
        <source>The SSH tunnel to PBX %1 was lost: %2</source>
        <translation>Se perdió el túnel SSH a la centralita %1: %2</translation>
    </message>
</context>
<context>
    <name>tg::StoreQueryWorker</name>
    <message>
        <source>Could not write %1: %2. Choose another folder.</source>
        <translation>No se pudo escribir %1: %2. Elija otra carpeta.</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Exportación cancelada.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Check the free disk space.</source>
        <translation>No se pudo escribir %1: %2. Compruebe el espacio libre en disco.</translation>
    </message>
</context>
<context>
    <name>tg::StoreWriter</name>
    <message>
        <source>Could not prepare the database statements: %1.</source>
        <translation>No se pudieron preparar las sentencias de la base de datos: %1.</translation>
    </message>
    <message>
        <source>Could not save %1 events to the database (%2); retrying. Free some disk space if the disk is full.</source>
        <translation>No se pudieron guardar %1 eventos en la base de datos (%2); reintentando. Libere espacio si el disco está lleno.</translation>
    </message>
    <message>
        <source>Could not save %1 events and %2 alerts to the database (%3); they were dropped. Free some disk space and check the database with &quot;tollgate-cli db check&quot;.</source>
        <translation>No se pudieron guardar %1 eventos y %2 alertas en la base de datos (%3); se descartaron. Libere espacio en disco y compruebe la base de datos con &quot;tollgate-cli db check&quot;.</translation>
    </message>
    <message>
        <source>Could not save what the detectors learned (%1); it is saved again at the next interval.</source>
        <translation>No se pudo guardar lo que aprendieron los detectores (%1); se vuelve a guardar en el siguiente intervalo.</translation>
    </message>
</context>
<context>
    <name>tg::SuccessAfterFailureDetector</name>
    <message>
        <source>login</source>
        <translation>inicio de sesión</translation>
    </message>
    <message>
        <source>Successful login after failures: %1 from %2</source>
        <translation>Inicio de sesión correcto tras fallos: %1 desde %2</translation>
    </message>
    <message>
        <source>Account %1 logged in successfully (%2) from %3 after %4 failed attempts on it within %5 from %6 (threshold: %7, the successful address among them). The attacker may have found the password.</source>
        <translation>La cuenta %1 inició sesión correctamente (%2) desde %3 tras %4 intentos fallidos contra ella en %5 desde %6 (umbral: %7, incluida la dirección que tuvo éxito). Puede que el atacante haya encontrado la contraseña.</translation>
    </message>
    <message>
        <source>%1 logged in successfully (%2, account %3) after %4 failed attempts from the same address within %5 (threshold: %6). Accounts it tried: %7. The attacker may have found a password.</source>
        <translation>%1 inició sesión correctamente (%2, cuenta %3) tras %4 intentos fallidos desde la misma dirección en %5 (umbral: %6). Cuentas que probó: %7. Puede que el atacante haya encontrado una contraseña.</translation>
    </message>
    <message>
        <source>Treat account %1 as compromised: change its password now, block %2, hang up its calls and check every call it made since the first failure.</source>
        <translation>Considere comprometida la cuenta %1: cambie su contraseña ya, bloquee %2, cuelgue sus llamadas y revise todas las llamadas que haya hecho desde el primer fallo.</translation>
    </message>
    <message>
        <source>success after failures: on (%1 failures from the address or %2 on the account within %3)</source>
        <translation>éxito tras fallos: activado (%1 fallos desde la dirección o %2 en la cuenta en %3)</translation>
    </message>
</context>
<context>
    <name>tg::SyslogSender</name>
    <message>
        <source>The forwarding destination %1 (%2) did not answer within %3 s; Tollgate will retry.</source>
        <translation>El destino de reenvío %1 (%2) no respondió en %3 s; Tollgate lo volverá a intentar.</translation>
    </message>
    <message>
        <source>The trusted certificate fingerprint of forwarding destination %1 is not a SHA-256 fingerprint (64 hex digits). Correct it in Settings → Forwarding.</source>
        <translation>La huella del certificado de confianza del destino de reenvío %1 no es una huella SHA-256 (64 dígitos hexadecimales). Corríjala en Ajustes → Reenvío.</translation>
    </message>
    <message>
        <source>The CA file %1 of forwarding destination %2 holds no PEM certificate. Choose the file with the certificate of the CA that signed the receiver&apos;s certificate.</source>
        <translation>El archivo de CA %1 del destino de reenvío %2 no contiene ningún certificado PEM. Elija el archivo con el certificado de la CA que firmó el certificado del receptor.</translation>
    </message>
    <message>
        <source>TLS is not available on this computer (OpenSSL is missing), so forwarding destination %1 cannot be reached. Install OpenSSL or choose another transport.</source>
        <translation>TLS no está disponible en este equipo (falta OpenSSL), por lo que no se puede llegar al destino de reenvío %1. Instale OpenSSL o elija otro transporte.</translation>
    </message>
    <message>
        <source>Forwarding to %1 is turned off.</source>
        <translation>El reenvío a %1 está desactivado.</translation>
    </message>
    <message>
        <source>Forwarding to %1 is stopped.</source>
        <translation>El reenvío a %1 está detenido.</translation>
    </message>
    <message>
        <source>The forwarding destination %1 (%2) closed the connection; Tollgate reconnects and sends what was not confirmed again.</source>
        <translation>El destino de reenvío %1 (%2) cerró la conexión; Tollgate se vuelve a conectar y reenvía lo que no se confirmó.</translation>
    </message>
    <message>
        <source>Connecting to forwarding destination %1 (%2).</source>
        <translation>Conectando con el destino de reenvío %1 (%2).</translation>
    </message>
    <message>
        <source>The TLS certificate of forwarding destination %1 (%2) is not the trusted one: Tollgate trusts SHA-256 %3, the receiver presented %4. Nothing was sent. Check the receiver&apos;s certificate and the fingerprint in Settings → Forwarding.</source>
        <translation>El certificado TLS del destino de reenvío %1 (%2) no es el de confianza: Tollgate confía en SHA-256 %3 y el receptor presentó %4. No se envió nada. Revise el certificado del receptor y la huella en Ajustes → Reenvío.</translation>
    </message>
    <message>
        <source>The TLS certificate of forwarding destination %1 (%2) could not be verified: %3. Nothing was sent. Give the CA file that signed it, or trust its SHA-256 fingerprint %4 in Settings → Forwarding after checking it on the receiver.</source>
        <translation>No se pudo verificar el certificado TLS del destino de reenvío %1 (%2): %3. No se envió nada. Indique el archivo de la CA que lo firmó, o confíe en su huella SHA-256 %4 en Ajustes → Reenvío tras comprobarla en el receptor.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Connected to forwarding destination %1 (%2).</source>
        <translation>Conectado al destino de reenvío %1 (%2).</translation>
    </message>
    <message>
        <source>The connection to forwarding destination %1 (%2) failed: %3. Tollgate reconnects; nothing queued is lost.</source>
        <translation>La conexión con el destino de reenvío %1 (%2) falló: %3. Tollgate se vuelve a conectar; no se pierde nada de la cola.</translation>
    </message>
    <message>
        <source>Cannot reach forwarding destination %1 (%2): %3. Check that the receiver runs and that its port is reachable from this computer; messages wait in the queue and Tollgate will retry.</source>
        <translation>No se puede llegar al destino de reenvío %1 (%2): %3. Compruebe que el receptor está en marcha y que su puerto es accesible desde este equipo; los mensajes esperan en la cola y Tollgate lo volverá a intentar.</translation>
    </message>
    <message>
        <source>The forwarding destination %1 (%2) did not answer for %3 s; Tollgate reconnects and sends what it did not confirm again.</source>
        <translation>El destino de reenvío %1 (%2) no respondió durante %3 s; Tollgate se vuelve a conectar y reenvía lo que no confirmó.</translation>
    </message>
    <message>
        <source>The forwarding destination %1 (%2) closed the RELP session (the receiver is shutting down or restarting); Tollgate reconnects and sends what it did not confirm again.</source>
        <translation>El destino de reenvío %1 (%2) cerró la sesión RELP (el receptor se está apagando o reiniciando); Tollgate se vuelve a conectar y reenvía lo que no confirmó.</translation>
    </message>
    <message>
        <source>The forwarding destination %1 (%2) refused the RELP session: %3</source>
        <translation>El destino de reenvío %1 (%2) rechazó la sesión RELP: %3</translation>
    </message>
    <message>
        <source>The forwarding destination %1 (%2) did not accept a message: %3. Tollgate sends it again after reconnecting.</source>
        <translation>El destino de reenvío %1 (%2) no aceptó un mensaje: %3. Tollgate lo reenvía tras volver a conectarse.</translation>
    </message>
    <message>
        <source>The forwarding destination %1 (%2) does not speak RELP (%3). Check the port and transport.</source>
        <translation>El destino de reenvío %1 (%2) no habla RELP (%3). Revise el puerto y el transporte.</translation>
    </message>
</context>
<context>
    <name>tg::TollFraudDetector</name>
    <message>
        <source>unknown caller</source>
        <translation>llamante desconocido</translation>
    </message>
    <message>
        <source>%1 is a %2 range, a usual target of toll fraud (International Revenue Share Fraud).</source>
        <translation>%1 es un rango %2, un objetivo habitual del fraude telefónico (International Revenue Share Fraud).</translation>
    </message>
    <message>
        <source>International calls to %1 are not allowed for PBX %2 (allowed: %3).</source>
        <translation>Las llamadas internacionales a %1 no están permitidas para la centralita %2 (permitidos: %3).</translation>
    </message>
    <message>
        <source>none configured</source>
        <translation>ninguno configurado</translation>
    </message>
    <message>
        <source>The number matches no prefix in the rate table.</source>
        <translation>El número no coincide con ningún prefijo de la tabla de tarifas.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Call to a high-risk destination: %1 (%2)</source>
        <translation>Llamada a un destino de alto riesgo: %1 (%2)</translation>
    </message>
    <message>
        <source>International call to %1 from %2</source>
        <translation>Llamada internacional a %1 desde %2</translation>
    </message>
    <message>
        <source>%1 dialed %2 (+%3, %4, tier %5, about %6 per minute; one hour costs about %7). %8</source>
        <translation>%1 marcó %2 (+%3, %4, nivel %5, unos %6 por minuto; una hora cuesta unos %7). %8</translation>
    </message>
    <message>
        <source>If nobody meant to call %1, hang up the calls of %2 now, change its password, and block international and premium dialing for it in the dial plan or at the carrier. If the calls are wanted, add %3 to the allowed countries of this PBX.</source>
        <translation>Si nadie tenía intención de llamar a %1, cuelgue ya las llamadas de %2, cambie su contraseña y bloquee para ella la marcación internacional y de tarificación especial en el plan de marcación o con el operador. Si las llamadas son deseadas, añada %3 a los países permitidos de esta centralita.</translation>
    </message>
    <message>
        <source>toll fraud by destination: on (international calls outside each PBX&apos;s allowed countries, and premium, satellite and high-risk ranges)</source>
        <translation>fraude telefónico por destino: activado (llamadas internacionales fuera de los países permitidos de cada centralita, y rangos de tarificación especial, por satélite y de alto riesgo)</translation>
    </message>
</context>
<context>
    <name>tg::TrayIcon</name>
    <message>
        <source>&amp;Show Tollgate</source>
        <translation>&amp;Mostrar Tollgate</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
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
        <translation>Alertas críticas abiertas: %1</translation>
    </message>
    <message>
        <source>Not monitoring:</source>
        <translation>Sin vigilancia:</translation>
    </message>
    <message>
        <source>No PBX is being monitored.</source>
        <translation>No se está vigilando ninguna PBX.</translation>
    </message>
    <message>
        <source>PBXes connected: %1 of %2</source>
        <translation>PBX conectadas: %1 de %2</translation>
    </message>
    <message>
        <source>All quiet.</source>
        <translation>Todo tranquilo.</translation>
    </message>
</context>
<context>
    <name>tg::cli</name>
    <message>
        <source>--since and --until take an ISO 8601 time such as 2026-11-27T01:00:00Z.</source>
        <translation>--since y --until admiten una hora ISO 8601 como 2026-11-27T01:00:00Z.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use one of: %2.</source>
        <translation>Formato desconocido &quot;%1&quot;; use uno de estos: %2.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB; not audited.</source>
        <translation>%1 ocupa más de %2 MiB; no se auditó.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2.</source>
        <translation>No se pudo leer %1: %2.</translation>
    </message>
    <message>
        <source>%1 is neither a folder nor a file.</source>
        <translation>%1 no es ni una carpeta ni un archivo.</translation>
    </message>
    <message>
        <source>%1 holds no readable files.</source>
        <translation>%1 no contiene archivos legibles.</translation>
    </message>
    <message>
        <source>--type must be asterisk or freeswitch.</source>
        <translation>--type debe ser asterisk o freeswitch.</translation>
    </message>
    <message>
        <source>%1 holds no Asterisk (*.conf) or FreeSWITCH (freeswitch.xml, vars.xml, autoload_configs/) configuration; give --type if the layout is unusual.</source>
        <translation>%1 no contiene configuración de Asterisk (*.conf) ni de FreeSWITCH (freeswitch.xml, vars.xml, autoload_configs/); indique --type si la estructura es inusual.</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation>No se pudo leer %1.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>advertencia: %1</translation>
    </message>
    <message>
        <source>%1: %2, score %3/100, findings: %4 (%5 critical, %6 high, %7 medium, %8 low)</source>
        <translation>%1: %2, puntuación %3/100, hallazgos: %4 (%5 críticos, %6 altos, %7 medios, %8 bajos)</translation>
    </message>
    <message>
        <source>Benchmarks (tollgate-cli bench NAME [--json] [--count N]):</source>
        <translation>Pruebas de rendimiento (tollgate-cli bench NAME [--json] [--count N]):</translation>
    </message>
    <message>
        <source>No benchmark is called &quot;%1&quot;; run tollgate-cli bench to list them.</source>
        <translation>No hay ninguna prueba de rendimiento llamada &quot;%1&quot;; ejecute tollgate-cli bench para ver la lista.</translation>
    </message>
    <message>
        <source>Usage: tollgate-cli block ADDRESS... --pbx NAME[,NAME...]|all [--ttl SECONDS] [--reason TEXT]
                          [--alert ID] [--dry-run] [--json] [--trust-fingerprint SHA256:...] [--data-dir D]
Shows the plan (the exact commands on each PBX, and what is refused and why), then runs it,
verifies each PBX by listing its blocks, and records the block. --dry-run stops after the plan.
ADDRESS is an IPv4 or IPv6 address or network (203.0.113.5, 198.51.100.0/24, 2001:db8::/48).
Exit codes: 0 done everywhere, 1 refused or failed somewhere, 2 bad usage.</source>
        <translation>Uso: tollgate-cli block ADDRESS... --pbx NAME[,NAME...]|all [--ttl SECONDS] [--reason TEXT]
                        [--alert ID] [--dry-run] [--json] [--trust-fingerprint SHA256:...] [--data-dir D]
Muestra el plan (los comandos exactos en cada centralita, y qué se rechaza y por qué), lo
ejecuta, verifica cada centralita listando sus bloqueos y registra el bloqueo. --dry-run se
detiene tras el plan.
ADDRESS es una dirección o red IPv4 o IPv6 (203.0.113.5, 198.51.100.0/24, 2001:db8::/48).
Códigos de salida: 0 hecho en todas partes, 1 rechazado o fallido en alguna parte, 2 uso incorrecto.</translation>
    </message>
    <message>
        <source>Usage: tollgate-cli unblock ADDRESS... --pbx NAME[,NAME...]|all [--dry-run] [--json]
                            [--trust-fingerprint SHA256:...] [--data-dir D]
Exit codes: 0 done everywhere, 1 failed somewhere, 2 bad usage.</source>
        <translation>Uso: tollgate-cli unblock ADDRESS... --pbx NAME[,NAME...]|all [--dry-run] [--json]
                          [--trust-fingerprint SHA256:...] [--data-dir D]
Códigos de salida: 0 hecho en todas partes, 1 fallido en alguna parte, 2 uso incorrecto.</translation>
    </message>
    <message>
        <source>--ttl takes a number of seconds (0 or absent: until unblocked).</source>
        <translation>--ttl admite un número de segundos (0 o ausente: hasta que se desbloquee).</translation>
    </message>
    <message>
        <source>No PBX with SSH access is configured; add its SSH settings in the console first.</source>
        <translation>No hay ninguna centralita configurada con acceso SSH; añada primero su configuración SSH en la consola.</translation>
    </message>
    <message>
        <source>Nothing to do: every address was refused.</source>
        <translation>Nada que hacer: se rechazaron todas las direcciones.</translation>
    </message>
    <message>
        <source>Nothing runs on any PBX.</source>
        <translation>No se ejecuta nada en ninguna centralita.</translation>
    </message>
    <message>
        <source>Usage: tollgate-cli blocks [--all] [--json] [--data-dir D]
Lists the blocks Tollgate recorded, in force or failed (--all: also unblocked and expired),
with their state on each PBX.</source>
        <translation>Uso: tollgate-cli blocks [--all] [--json] [--data-dir D]
Lista los bloqueos que registró Tollgate, vigentes o fallidos (--all: también los
desbloqueados y caducados), con su estado en cada centralita.</translation>
    </message>
    <message>
        <source>No blocks recorded.</source>
        <translation>No hay bloqueos registrados.</translation>
    </message>
    <message>
        <source>until unblocked</source>
        <translation>hasta que se desbloquee</translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation>No se pudo leer %1: %2.</translation>
    </message>
    <message>
        <source>Severity: %1</source>
        <translation>Gravedad: %1</translation>
    </message>
    <message>
        <source>Usage: tollgate-cli db check [--data-dir D] [--json]</source>
        <translation>Uso: tollgate-cli db check [--data-dir D] [--json]</translation>
    </message>
    <message>
        <source>Usage: tollgate-cli events FILE... [--json] [--pbx NAME]</source>
        <translation>Uso: tollgate-cli events FILE... [--json] [--pbx NAME]</translation>
    </message>
    <message>
        <source>No saved PBX is called &quot;%1&quot;; see the PBX list in the console.</source>
        <translation>No hay ninguna PBX guardada llamada &quot;%1&quot;; consulte la lista de centralitas en la consola.</translation>
    </message>
    <message>
        <source>Say which PBX to watch: an ami:// address or --pbx NAME.</source>
        <translation>Indique qué centralita vigilar: una dirección ami:// o --pbx NAME.</translation>
    </message>
    <message>
        <source>No secret: set TOLLGATE_SECRET or use --pbx NAME for a PBX whose secret is in the keychain.</source>
        <translation>Sin secreto: defina TOLLGATE_SECRET o use --pbx NAME con una centralita cuyo secreto esté en el llavero.</translation>
    </message>
    <message>
        <source>Usage: tollgate-cli config diff OLD NEW [--as PATH] [--json]
         compare two local copies of a config file; secrets are masked; exit 0 same,
         1 different, 2 unreadable. --as names the file as on the PBX (e.g.
         /etc/asterisk/manager.conf) when the copies are named otherwise.</source>
        <translation>Uso: tollgate-cli config diff OLD NEW [--as PATH] [--json]
         compara dos copias locales de un archivo de configuración; los secretos se ocultan; salida 0 iguales,
         1 distintos, 2 ilegibles. --as da al archivo el nombre que tiene en la PBX (p. ej.
         /etc/asterisk/manager.conf) cuando las copias se llaman de otra forma.</translation>
    </message>
    <message>
        <source>Usage: tollgate-cli watch ami://USER@HOST[:PORT] | esl://HOST[:PORT] [--tls] [--seconds N] [--json] [--pbx NAME]</source>
        <translation>Uso: tollgate-cli watch ami://USER@HOST[:PORT] | esl://HOST[:PORT] [--tls] [--seconds N] [--json] [--pbx NAME]</translation>
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
URL: udp://HOST[:PORT], tcp://, tls://, relp:// o relp-tls://</translation>
    </message>
    <message>
        <source>There is no forwarding destination called &apos;%1&apos; (see tollgate-cli forward list).</source>
        <translation>No hay ningún destino de reenvío llamado &apos;%1&apos; (vea tollgate-cli forward list).</translation>
    </message>
    <message>
        <source>--format takes cef or json.</source>
        <translation>--format admite cef o json.</translation>
    </message>
    <message>
        <source>No forwarding destinations are configured (Settings → Forwarding in the console).</source>
        <translation>No hay destinos de reenvío configurados (Ajustes → Reenvío en la consola).</translation>
    </message>
    <message>
        <source>%1: %2 test alerts queued, %3 delivered, %4 still queued.</source>
        <translation>%1: %2 alertas de prueba en cola, %3 entregadas, %4 aún en cola.</translation>
    </message>
    <message>
        <source>tollgate-bench-gui was not found beside tollgate-cli; build the tools target.</source>
        <translation>No se encontró tollgate-bench-gui junto a tollgate-cli; compile el objetivo tools.</translation>
    </message>
    <message>
        <source>The GUI storm benchmark failed (exit code %1).</source>
        <translation>La prueba de rendimiento de tormenta de la GUI falló (código de salida %1).</translation>
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
Reproduce capturas AMI y ESL, registros security/messages de Asterisk, registros de
FreeSWITCH y de fail2ban a través de los detectores e imprime las alertas. Los archivos
se leen sobre la marcha y se combinan en orden cronológico: la memoria no crece
con su tamaño.
  --format F   %1 (predeterminado: detectado)
  --since T    solo eventos en T o después (ISO 8601 UTC, o ms desde la época)
  --until T    solo eventos antes de T
  --rules FILE ajustes de los detectores (JSON) en lugar de los predeterminados
  --geoip FILE base de datos de países (.mmdb: GeoLite2-Country, DB-IP Country Lite):
               alertas de país nuevo y los países de las direcciones de origen
  --tz ZONE    zona horaria en que se escribieron los registros (nombre IANA, predeterminada UTC)
Códigos de salida: 0 sin alertas, 1 alertas encontradas, 2 entrada no válida.</translation>
    </message>
    <message>
        <source>Usage: tollgate-cli report (--alert ID... | --from TIME --to TIME) [--pbx NAME]
                           [--format html|pdf] -o FILE [--data-dir D]
Writes an incident report (summary, timeline, evidence with the raw PBX text, accounts,
source addresses, estimated cost, blocks, audit fixes and triage) for the given alerts,
or for every alert active between --from and --to (ISO 8601 UTC, e.g. 2026-11-27T01:00:00Z).
The format follows FILE&apos;s extension (.pdf or .html) unless --format says otherwise.
Exit codes: 0 written, 1 nothing to report or not written, 2 bad usage.</source>
        <translation>Uso: tollgate-cli report (--alert ID... | --from HORA --to HORA) [--pbx NOMBRE]
                           [--format html|pdf] -o ARCHIVO [--data-dir D]
Escribe un informe de incidente (resumen, cronología, evidencias con el texto en bruto de la PBX, cuentas,
direcciones de origen, coste estimado, bloqueos, correcciones de auditoría y triaje) de las alertas indicadas,
o de cada alerta activa entre --from y --to (ISO 8601 UTC, p. ej. 2026-11-27T01:00:00Z).
El formato sigue la extensión de ARCHIVO (.pdf o .html) salvo que --format diga otra cosa.
Códigos de salida: 0 escrito, 1 nada que informar o no escrito, 2 uso incorrecto.</translation>
    </message>
    <message>
        <source>--format takes html or pdf.</source>
        <translation>--format admite html o pdf.</translation>
    </message>
    <message>
        <source>--alert takes alert numbers, as shown by the console or tollgate-cli analyze.</source>
        <translation>--alert admite números de alerta, como los muestra la consola o tollgate-cli analyze.</translation>
    </message>
    <message>
        <source>Name the alerts (--alert ID...) or a time range (--from TIME --to TIME), not both.</source>
        <translation>Indique las alertas (--alert ID...) o un intervalo de tiempo (--from HORA --to HORA), no ambos.</translation>
    </message>
    <message>
        <source>--from and --to take ISO 8601 times such as 2026-11-27T01:00:00Z, --to after --from.</source>
        <translation>--from y --to admiten horas ISO 8601 como 2026-11-27T01:00:00Z, --to posterior a --from.</translation>
    </message>
    <message>
        <source>Incident report written to %1 (alerts: %2, source addresses: %3, blocks: %4).</source>
        <translation>Informe de incidente escrito en %1 (alertas: %2, direcciones de origen: %3, bloqueos: %4).</translation>
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
        <translation>Uso: tollgate-cli COMANDO [OPCIONES]

Comandos:
  --version                     muestra la versión
  events FILE... [--json]       eventos normalizados de capturas AMI y registros de Asterisk, uno por línea
  analyze FILE... [--json] [--since T] [--until T] [--format F] [--rules FILE] [--tz ZONE]
                                reproduce capturas y registros a través de los detectores; muestra las alertas
                                (salida 0 ninguna, 1 alertas encontradas, 2 entrada no válida)
  watch ami://USER@HOST[:PORT] | esl://HOST[:PORT] [--tls] [--seconds N] [--json] [--pbx NAME]
                                se conecta en directo y muestra los eventos; el secreto viene de la
                                variable de entorno TOLLGATE_SECRET o de la entrada del llavero de
                                una PBX guardada (--pbx NAME), nunca de la línea de comandos
  db check [--data-dir D] [--json]
                                versión del esquema, número de filas e integridad del almacén
  audit --offline DIR|FILE [--json] [--type T] [--pbx-version V]
                                auditoría de seguridad de una carpeta de configuración de Asterisk o FreeSWITCH
                                (salida 0 nada de gravedad media o superior, 1 hallazgos, 2 entrada no válida)
  block ADDRESS... --pbx NAME[,NAME...]|all [--ttl S] [--reason TEXT] [--dry-run] [--json]
                                muestra el plan, bloquea en las PBX por SSH, verifica y registra
  unblock ADDRESS... --pbx NAME[,NAME...]|all [--dry-run] [--json]
  blocks [--all] [--json]       los bloqueos registrados y su estado en cada PBX
  config diff OLD NEW [--as PATH] [--json]
                                compara dos copias de un archivo de configuración: cambios con su sección,
                                hallazgos de seguridad y gravedad, secretos ocultos (salida 0 iguales, 1 distintos)
  forward list | test | flush   reenvío a SIEM/syslog: listar los destinos, enviar un mensaje
                                de prueba o N alertas de prueba (--dest NAME | --to URL), entregar
                                lo que está en cola (vea &apos;tollgate-cli forward&apos;)
  report (--alert ID... | --from T --to T) [--pbx NOMBRE] [--format html|pdf] -o ARCHIVO
                                informe de incidente de alertas o de un intervalo: cronología, evidencias,
                                cuentas, direcciones, coste, bloqueos, correcciones y triaje
  bench [NAME] [--json]         ejecuta una prueba de rendimiento (sin NAME: las lista)

Opciones:
  --data-dir D                  usa el almacén de D en lugar de la ubicación del usuario

Códigos de salida: 0 éxito, 1 hallazgos o fallo, 2 uso incorrecto o entrada ilegible.
</translation>
    </message>
    <message>
        <source>--approved-users takes the approved AMI/ESL user names, e.g. --approved-users console,ops (event_socket stands for the shared ESL password).</source>
        <translation>--approved-users requiere los nombres de los usuarios AMI/ESL aprobados, p. ej. --approved-users console,ops (event_socket representa la contraseña ESL compartida).</translation>
    </message>
    <message>
        <source>--approved-users-file needs a readable file of approved AMI/ESL user names.</source>
        <translation>--approved-users-file necesita un archivo legible con los nombres de los usuarios AMI/ESL aprobados.</translation>
    </message>
    <message>
        <source>%1 names no approved AMI/ESL user.</source>
        <translation>%1 no nombra ningún usuario AMI/ESL aprobado.</translation>
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
        <translation>Uso: tollgate-cli audit --offline DIR|FILE [--json] [--type asterisk|freeswitch]
                        [--pbx-version TEXT] [--ss FILE] [--firewall FILE] [--fail2ban FILE]
                        [--ps FILE] [--name NAME] [--approved-users LIST]
                        [--approved-users-file FILE]
Ejecuta las comprobaciones de configuración sobre una carpeta de archivos de Asterisk (*.conf)
o de FreeSWITCH (freeswitch.xml, vars.xml, autoload_configs/, sip_profiles/, directory/), o
sobre uno de esos archivos; la estructura se detecta. --pbx-version comprueba la versión de
Asterisk con la tabla de avisos integrada; --ss, --firewall, --fail2ban y --ps admiten la
salida guardada de `ss -lntup`, `nft list ruleset` (o `iptables -S`),
`fail2ban-client status` y `ps -o user= -C asterisk`.
--approved-users (nombres separados por comas o espacios) y --approved-users-file (nombres por
líneas, # para comentarios) indican los usuarios AMI, los usuarios ESL y event_socket (la contraseña
ESL compartida) que pueden controlar la centralita: se informa de cualquier otro, como en la consola.
--json muestra un objeto JSON por hallazgo y línea.
Códigos de salida: 0 ningún hallazgo de gravedad media o superior, 1 hay hallazgos así,
2 entrada incorrecta.
</translation>
    </message>
</context>
<context>
    <name>tg::main</name>
    <message>
        <source>Security operations console for Asterisk and FreeSWITCH PBXes</source>
        <translation>Consola de operaciones de seguridad para centralitas Asterisk y FreeSWITCH</translation>
    </message>
    <message>
        <source>Start the built-in Demo PBX, which replays real Asterisk attack traffic.</source>
        <translation>Iniciar la PBX de demostración integrada, que reproduce tráfico de ataque real de Asterisk.</translation>
    </message>
    <message>
        <source>Keep the store in DIR instead of the per-user location.</source>
        <translation>Guardar el almacén en DIR en lugar de en la ubicación del usuario.</translation>
    </message>
    <message>
        <source>Start the Demo PBX when no PBX is configured yet.</source>
        <translation>Iniciar la PBX de demostración cuando aún no hay ninguna PBX configurada.</translation>
    </message>
    <message>
        <source>Tollgate cannot start</source>
        <translation>Tollgate no puede iniciarse</translation>
    </message>
</context>
</TS>
