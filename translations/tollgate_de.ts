<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>tg</name>
    <message>
        <source>Could not record the block in the database: %1.</source>
        <translation>Die Sperre konnte nicht in der Datenbank gespeichert werden: %1.</translation>
    </message>
    <message>
        <source>The database %1 is damaged or is not a Tollgate database; it was left untouched. Move it aside or restore a backup, or start Tollgate with --data-dir pointing to another folder.</source>
        <translation>Die Datenbank %1 ist beschädigt oder keine Tollgate-Datenbank; sie wurde nicht verändert. Verschieben Sie sie, stellen Sie eine Sicherung wieder her oder starten Sie Tollgate mit --data-dir und einem anderen Ordner.</translation>
    </message>
    <message>
        <source>The database %1 does not exist; check the path or the --data-dir option.</source>
        <translation>Die Datenbank %1 existiert nicht; prüfen Sie den Pfad oder die Option --data-dir.</translation>
    </message>
    <message>
        <source>The database %1 cannot be read; check its permissions.</source>
        <translation>Die Datenbank %1 kann nicht gelesen werden; prüfen Sie ihre Berechtigungen.</translation>
    </message>
    <message>
        <source>The file %1 is not an SQLite database or its header is damaged.</source>
        <translation>Die Datei %1 ist keine SQLite-Datenbank oder ihr Header ist beschädigt.</translation>
    </message>
    <message>
        <source>Could not open the database %1 read-only: %2.</source>
        <translation>Die Datenbank %1 konnte nicht schreibgeschützt geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). Restore a backup, or move the file aside to start with an empty one.</source>
        <translation>Die Datenbank %1 ist beschädigt (%2). Stellen Sie eine Sicherung wieder her oder verschieben Sie die Datei, um mit einer leeren Datenbank zu beginnen.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Tollgate (schema %2); update Tollgate to use it.</source>
        <translation>Die Datenbank %1 wurde von einer neueren Tollgate-Version geschrieben (Schema %2); aktualisieren Sie Tollgate, um sie zu verwenden.</translation>
    </message>
    <message>
        <source>On PBX %1, a command ended without an exit code (the connection or the command was cut); its effect is unknown until the next listing.</source>
        <translation>Auf PBX %1 endete ein Befehl ohne Exit-Code (die Verbindung oder der Befehl wurde abgebrochen); seine Wirkung ist bis zur nächsten Auflistung unbekannt.</translation>
    </message>
    <message>
        <source>PBX %1 cannot be blocked on: it is not configured, or has no SSH access set up.</source>
        <translation>Auf PBX %1 kann nicht gesperrt werden: Sie ist nicht konfiguriert oder hat keinen SSH-Zugang eingerichtet.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a destination address; write it as udp://, tcp://, tls://, relp:// or relp-tls:// followed by the host and an optional port, e.g. relp://siem.example.com:2514.</source>
        <translation>&apos;%1&apos; ist keine Zieladresse; schreiben Sie udp://, tcp://, tls://, relp:// oder relp-tls://, gefolgt vom Host und optional dem Port, z. B. relp://siem.example.com:2514.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name or IP address.</source>
        <translation>&apos;%1&apos; ist weder ein Hostname noch eine IP-Adresse.</translation>
    </message>
    <message>
        <source>The port in &apos;%1&apos; must be between 1 and 65535.</source>
        <translation>Der Port in &apos;%1&apos; muss zwischen 1 und 65535 liegen.</translation>
    </message>
    <message>
        <source>[… %1 more characters not shown]</source>
        <translation>[… %1 weitere Zeichen nicht gezeigt]</translation>
    </message>
    <message>
        <source>%1 to %2 (UTC)</source>
        <translation>%1 bis %2 (UTC)</translation>
    </message>
    <message>
        <source>all PBXes</source>
        <translation>alle PBX</translation>
    </message>
    <message>
        <source>Incident report</source>
        <translation>Vorfallsbericht</translation>
    </message>
    <message>
        <source>Confidential: for incident response</source>
        <translation>Vertraulich: für die Vorfallsbearbeitung</translation>
    </message>
    <message>
        <source>highest severity among the alerts</source>
        <translation>höchster Schweregrad der Alarme</translation>
    </message>
    <message>
        <source>Selected alerts (%1)</source>
        <translation>Ausgewählte Alarme (%1)</translation>
    </message>
    <message>
        <source>Time range, all PBXes</source>
        <translation>Zeitraum, alle PBX</translation>
    </message>
    <message>
        <source>Time range on %1</source>
        <translation>Zeitraum auf %1</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>PBX</source>
        <translation>PBX</translation>
    </message>
    <message>
        <source>Report generated</source>
        <translation>Bericht erstellt</translation>
    </message>
    <message>
        <source>%1 (UTC)</source>
        <translation>%1 (UTC)</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>source addresses</source>
        <translation>Quelladressen</translation>
    </message>
    <message>
        <source>accounts involved</source>
        <translation>betroffene Konten</translation>
    </message>
    <message>
        <source>estimated cost</source>
        <translation>geschätzte Kosten</translation>
    </message>
    <message>
        <source>No alert was active on %1 from %2.</source>
        <translation>Auf %1 war im Zeitraum %2 kein Alarm aktiv.</translation>
    </message>
    <message>
        <source>Tollgate raised one alert on %1 between %2; its severity is %3.</source>
        <translation>Tollgate hat auf %1 im Zeitraum %2 einen Alarm ausgelöst; sein Schweregrad ist %3.</translation>
    </message>
    <message>
        <source>Tollgate raised %1 alerts on %2 between %3; the highest severity is %4.</source>
        <translation>Tollgate hat auf %2 im Zeitraum %3 %1 Alarme ausgelöst; der höchste Schweregrad ist %4.</translation>
    </message>
    <message>
        <source>Rules that fired: %1.</source>
        <translation>Ausgelöste Regeln: %1.</translation>
    </message>
    <message>
        <source>Stored in this period on these PBXes: failed authentications %1, calls %2.</source>
        <translation>In diesem Zeitraum auf diesen PBX gespeichert: fehlgeschlagene Authentifizierungen %1, Anrufe %2.</translation>
    </message>
    <message>
        <source>Estimated cost of the calls involved: %1.</source>
        <translation>Geschätzte Kosten der beteiligten Anrufe: %1.</translation>
    </message>
    <message>
        <source>No call cost was recorded for this incident.</source>
        <translation>Für diesen Vorfall wurden keine Anrufkosten erfasst.</translation>
    </message>
    <message>
        <source>Alert status now: %1.</source>
        <translation>Aktueller Alarmstatus: %1.</translation>
    </message>
    <message>
        <source>Actions recorded: blocks %1 (in force %2), audit fixes %3, triage steps %4.</source>
        <translation>Erfasste Maßnahmen: Sperren %1 (wirksam %2), Audit-Korrekturen %3, Triage-Schritte %4.</translation>
    </message>
    <message>
        <source>Nothing recorded.</source>
        <translation>Nichts erfasst.</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
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
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Erstmals gesehen</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Est. cost</source>
        <translation>Gesch. Kosten</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Failed logins</source>
        <translation>Fehlgeschlagene Anmeldungen</translation>
    </message>
    <message>
        <source>Successful logins</source>
        <translation>Erfolgreiche Anmeldungen</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>%1 more accounts with fewer events are not listed.</source>
        <translation>%1 weitere Konten mit weniger Ereignissen sind nicht aufgeführt.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Alle Ereignisse</translation>
    </message>
    <message>
        <source>Active (UTC)</source>
        <translation>Aktiv (UTC)</translation>
    </message>
    <message>
        <source>Accounts tried</source>
        <translation>Versuchte Konten</translation>
    </message>
    <message>
        <source>User agent</source>
        <translation>User-Agent</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Sperre</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>not blocked</source>
        <translation>nicht gesperrt</translation>
    </message>
    <message>
        <source>Evidence: events among the alerts&apos; evidence. All events: every stored event from the address in the period.</source>
        <translation>Belege: Ereignisse unter den Belegen der Alarme. Alle Ereignisse: jedes gespeicherte Ereignis dieser Adresse im Zeitraum.</translation>
    </message>
    <message>
        <source>%1 more addresses are not listed.</source>
        <translation>%1 weitere Adressen sind nicht aufgeführt.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Anrufer</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>Abgerechnet</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>No source address of this incident was blocked.</source>
        <translation>Keine Quelladresse dieses Vorfalls wurde gesperrt.</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Wann (UTC)</translation>
    </message>
    <message>
        <source>PBX and backend</source>
        <translation>PBX und Backend</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>until unblocked</source>
        <translation>bis zur Entsperrung</translation>
    </message>
    <message>
        <source>Audit fixes</source>
        <translation>Audit-Korrekturen</translation>
    </message>
    <message>
        <source>No guided fix was applied to these PBXes since the incident began.</source>
        <translation>Seit Beginn des Vorfalls wurde auf diesen PBX keine geführte Korrektur angewendet.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>Alert triage</source>
        <translation>Alarm-Triage</translation>
    </message>
    <message>
        <source>No alert of this incident has been triaged yet.</source>
        <translation>Kein Alarm dieses Vorfalls wurde bisher bearbeitet.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>account %1</source>
        <translation>Konto %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>an %1</translation>
    </message>
    <message>
        <source>agent %1</source>
        <translation>Agent %1</translation>
    </message>
    <message>
        <source>Alert #%1 · %2 · %3 · %4</source>
        <translation>Alarm #%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Warum:</translation>
    </message>
    <message>
        <source>Suggested action:</source>
        <translation>Empfohlene Maßnahme:</translation>
    </message>
    <message>
        <source>Analyst&apos;s note:</source>
        <translation>Notiz des Analysten:</translation>
    </message>
    <message>
        <source>No evidence events are stored for this alert.</source>
        <translation>Für diesen Alarm sind keine Beleg-Ereignisse gespeichert.</translation>
    </message>
    <message>
        <source>%1 of its %2 evidence events, the first and the newest:</source>
        <translation>%1 seiner %2 Beleg-Ereignisse, die ersten und die neuesten:</translation>
    </message>
    <message>
        <source>Its %1 evidence events:</source>
        <translation>Seine %1 Beleg-Ereignisse:</translation>
    </message>
    <message>
        <source>Could not write the report to %1: %2. Choose another folder.</source>
        <translation>Der Bericht konnte nicht nach %1 geschrieben werden: %2. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Calls to %1 in context %2 are forwarded to the external number %3</source>
        <translation>Anrufe an %1 im Kontext %2 werden an die externe Nummer %3 weitergeleitet</translation>
    </message>
    <message>
        <source>Every call that reaches %1 is sent on to %2, outside the PBX, and you pay for that outgoing leg. Intruders who get into a PBX set up exactly such forwards to premium or international numbers they profit from, then call the extension from a cheap line (or let callers do it) so the PBX keeps dialling out for them.</source>
        <translation>Jeder Anruf, der %1 erreicht, wird an %2 außerhalb der PBX weitergeleitet, und Sie bezahlen diesen abgehenden Anruf. Eindringlinge richten genau solche Weiterleitungen zu Premium- oder Auslandsnummern ein, an denen sie verdienen, und rufen die Nebenstelle dann über eine billige Leitung an (oder lassen andere anrufen), damit die PBX für sie weiter nach außen wählt.</translation>
    </message>
    <message>
        <source>Check that somebody in your organisation asked for this forward and that %1 is their number. If not, remove the line from extensions.conf, run &quot;dialplan reload&quot;, and look at the Config tab&apos;s history of the file to see when it appeared.</source>
        <translation>Prüfen Sie, ob jemand in Ihrer Organisation diese Weiterleitung angefordert hat und ob %1 seine Nummer ist. Wenn nicht, entfernen Sie die Zeile aus extensions.conf, führen Sie &quot;dialplan reload&quot; aus und sehen Sie im Verlauf der Datei im Tab Konfiguration nach, wann sie hinzukam.</translation>
    </message>
    <message>
        <source>Calls to user %1 are forwarded to %2</source>
        <translation>Anrufe an Benutzer %1 werden an %2 weitergeleitet</translation>
    </message>
    <message>
        <source>Calls for user %1 are sent on to %2, outside the PBX, and you pay for that outgoing leg. Intruders who get into a PBX set up exactly such forwards to premium or international numbers they profit from.</source>
        <translation>Anrufe für Benutzer %1 werden an %2 außerhalb der PBX weitergeleitet, und Sie bezahlen diesen abgehenden Anruf. Eindringlinge richten genau solche Weiterleitungen zu Premium- oder Auslandsnummern ein, an denen sie verdienen.</translation>
    </message>
    <message>
        <source>Check that the user asked for this forward and that the number is theirs; if not, remove the variable from the user&apos;s directory file and run &quot;reloadxml&quot;.</source>
        <translation>Prüfen Sie, ob der Benutzer diese Weiterleitung angefordert hat und ob die Nummer ihm gehört; wenn nicht, entfernen Sie die Variable aus der Verzeichnisdatei des Benutzers und führen Sie &quot;reloadxml&quot; aus.</translation>
    </message>
    <message>
        <source>Calls to extension %1 in context %2 are forwarded to the external number %3</source>
        <translation>Anrufe an Nebenstelle %1 im Kontext %2 werden an die externe Nummer %3 weitergeleitet</translation>
    </message>
    <message>
        <source>Every call that reaches this extension is sent on to %1, outside the PBX, and you pay for that outgoing leg. Intruders who get into a PBX set up exactly such forwards to premium or international numbers they profit from.</source>
        <translation>Jeder Anruf, der diese Nebenstelle erreicht, wird an %1 außerhalb der PBX weitergeleitet, und Sie bezahlen diesen abgehenden Anruf. Eindringlinge richten genau solche Weiterleitungen zu Premium- oder Auslandsnummern ein, an denen sie verdienen.</translation>
    </message>
    <message>
        <source>Check that somebody asked for this forward and that %1 is their number. If not, remove the action from the dialplan and run &quot;reloadxml&quot;.</source>
        <translation>Prüfen Sie, ob jemand diese Weiterleitung angefordert hat und ob %1 seine Nummer ist. Wenn nicht, entfernen Sie die Aktion aus dem Dialplan und führen Sie &quot;reloadxml&quot; aus.</translation>
    </message>
</context>
<context>
    <name>tg::AccessReview</name>
    <message>
        <source>No approved list of AMI/ESL users for this PBX (%1 defined: %2)</source>
        <translation>Keine Liste freigegebener AMI/ESL-Benutzer für diese PBX (%1 definiert: %2)</translation>
    </message>
    <message>
        <source>AMI and ESL users can control the PBX: place calls, read its configuration, and sometimes run commands. An account an intruder added, or one a former contractor still knows, is easy to miss among legitimate ones. With an approved list, Tollgate reports every user that is not on it.</source>
        <translation>AMI- und ESL-Benutzer können die PBX steuern: Anrufe tätigen, ihre Konfiguration lesen und manchmal Befehle ausführen. Ein Konto, das ein Eindringling angelegt hat oder das ein ehemaliger Dienstleister noch kennt, fällt zwischen den legitimen leicht nicht auf. Mit einer Freigabeliste meldet Tollgate jeden Benutzer, der nicht darauf steht.</translation>
    </message>
    <message>
        <source>Edit the PBX (PBX → Edit selected PBX…) and list the AMI/ESL users you know and need under &quot;Approved AMI/ESL users&quot;; remove the others from the PBX.</source>
        <translation>Bearbeiten Sie die PBX (PBX → Ausgewählte PBX bearbeiten…) und tragen Sie unter &quot;Freigegebene AMI/ESL-Benutzer&quot; die Benutzer ein, die Sie kennen und brauchen; entfernen Sie die übrigen von der PBX.</translation>
    </message>
    <message>
        <source>%1 user %2 is not on the approved list</source>
        <translation>%1-Benutzer %2 steht nicht auf der Freigabeliste</translation>
    </message>
    <message>
        <source>[%1] (%2); approved: %3</source>
        <translation>[%1] (%2); freigegeben: %3</translation>
    </message>
    <message>
        <source>Nobody approved this %1 user for this PBX. It may be an account an intruder added to keep control of the PBX, or an old one nobody needs any more; either way it is a door into the PBX%2.</source>
        <translation>Niemand hat diesen %1-Benutzer für diese PBX freigegeben. Es kann ein Konto sein, das ein Eindringling angelegt hat, um die Kontrolle über die PBX zu behalten, oder ein altes, das niemand mehr braucht; in beiden Fällen ist es eine Tür in die PBX%2.</translation>
    </message>
    <message>
        <source> that can place calls or run commands</source>
        <translation>, die Anrufe tätigen oder Befehle ausführen kann</translation>
    </message>
    <message>
        <source>Find out who uses %1. If nobody does, remove it from the PBX&apos;s configuration and reload; if it is needed, add it to &quot;Approved AMI/ESL users&quot; in the PBX&apos;s settings.</source>
        <translation>Finden Sie heraus, wer %1 verwendet. Wenn niemand, entfernen Sie es aus der Konfiguration der PBX und laden Sie sie neu; wenn es gebraucht wird, tragen Sie es in den Einstellungen der PBX unter &quot;Freigegebene AMI/ESL-Benutzer&quot; ein.</translation>
    </message>
    <message>
        <source>%1 account %2: no registration or call in %3 days (inactive, disable?)</source>
        <translation>%1-Konto %2: keine Registrierung und kein Anruf seit %3 Tagen (inaktiv, deaktivieren?)</translation>
    </message>
    <message>
        <source>last activity %1</source>
        <translation>letzte Aktivität %1</translation>
    </message>
    <message>
        <source>no activity stored since %1</source>
        <translation>keine Aktivität gespeichert seit %1</translation>
    </message>
    <message>
        <source>An account nobody uses still has a password that attackers can guess, and its misuse stands out to nobody because nobody expects calls from it. Unused accounts are a common way in for toll fraud.</source>
        <translation>Ein Konto, das niemand nutzt, hat trotzdem ein Passwort, das Angreifer erraten können, und sein Missbrauch fällt niemandem auf, weil niemand Anrufe davon erwartet. Ungenutzte Konten sind ein häufiger Einstieg für Gebührenbetrug.</translation>
    </message>
    <message>
        <source>Ask whether %1 is still needed. If not, disable it (remove it or comment it out) and reload; if it is, check that its password is strong.</source>
        <translation>Klären Sie, ob %1 noch gebraucht wird. Wenn nicht, deaktivieren Sie es (entfernen oder auskommentieren) und laden Sie neu; wenn ja, prüfen Sie, ob sein Passwort stark ist.</translation>
    </message>
    <message>
        <source>%1 accounts had no registration or call in %2 days (inactive, disable?)</source>
        <translation>%1 Konten hatten seit %2 Tagen keine Registrierung und keinen Anruf (inaktiv, deaktivieren?)</translation>
    </message>
    <message>
        <source>Ask whether these accounts are still needed. Disable (remove or comment out) the ones that are not and reload; check that the others have strong passwords.</source>
        <translation>Klären Sie, ob diese Konten noch gebraucht werden. Deaktivieren Sie die nicht benötigten (entfernen oder auskommentieren) und laden Sie neu; prüfen Sie, ob die übrigen starke Passwörter haben.</translation>
    </message>
</context>
<context>
    <name>tg::AdvisoryTable</name>
    <message>
        <source>The advisory table %1 could not be read: %2.</source>
        <translation>Die Advisory-Tabelle %1 konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The advisory table has a malformed line %1.</source>
        <translation>Die Advisory-Tabelle enthält eine fehlerhafte Zeile %1.</translation>
    </message>
    <message>
        <source>Asterisk %1 is affected by %2: %3</source>
        <translation>Asterisk %1 ist von %2 betroffen: %3</translation>
    </message>
    <message>
        <source>running %1; fixed in %2 (%3)</source>
        <translation>installiert: %1; behoben in %2 (%3)</translation>
    </message>
    <message>
        <source>The Asterisk project published this flaw and its fix. Published flaws are the ones attackers automate first, and this version does not have the fix.</source>
        <translation>Das Asterisk-Projekt hat diese Schwachstelle und ihre Behebung veröffentlicht. Veröffentlichte Schwachstellen automatisieren Angreifer zuerst, und diese Version enthält die Behebung nicht.</translation>
    </message>
    <message>
        <source>Update Asterisk to %1 or a later release of the %2 branch (or a supported newer branch).</source>
        <translation>Aktualisieren Sie Asterisk auf %1 oder ein späteres Release des Zweigs %2 (oder einen unterstützten neueren Zweig).</translation>
    </message>
</context>
<context>
    <name>tg::AlertFormatter</name>
    <message numerus="yes">
        <source>No alerts in %n event(s).</source>
        <translation>
            <numerusform>Keine Alarme in %n Ereignis.</numerusform>
            <numerusform>Keine Alarme in %n Ereignissen.</numerusform>
        </translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>SCHWEREGRAD</translation>
    </message>
    <message>
        <source>RULE</source>
        <translation>REGEL</translation>
    </message>
    <message>
        <source>SUBJECT</source>
        <translation>OBJEKT</translation>
    </message>
    <message>
        <source>COUNT</source>
        <translation>ANZAHL</translation>
    </message>
    <message>
        <source>FIRST SEEN (UTC)</source>
        <translation>ERSTMALS GESEHEN (UTC)</translation>
    </message>
    <message>
        <source>LAST SEEN (UTC)</source>
        <translation>ZULETZT GESEHEN (UTC)</translation>
    </message>
    <message>
        <source>COST</source>
        <translation>KOSTEN</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITEL</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>Maßnahme: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) in %1 event(s).</source>
        <translation>
            <numerusform>%n Alarm in %1 Ereignis(sen).</numerusform>
            <numerusform>%n Alarme in %1 Ereignis(sen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Quellen: %1</translation>
    </message>
</context>
<context>
    <name>tg::AlertNotifier</name>
    <message>
        <source>%1 alert on %2</source>
        <translation>%1-Alarm auf %2</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <source>%1 new alerts on %2</source>
        <translation>%1 neue Alarme auf %2</translation>
    </message>
</context>
<context>
    <name>tg::AlertRepository</name>
    <message>
        <source>Could not read or update alerts: %1.</source>
        <translation>Alarme konnten nicht gelesen oder aktualisiert werden: %1.</translation>
    </message>
    <message>
        <source>Could not update alert %1 (the database is busy or read-only): %2.</source>
        <translation>Alarm %1 konnte nicht aktualisiert werden (die Datenbank ist ausgelastet oder schreibgeschützt): %2.</translation>
    </message>
    <message>
        <source>Alert %1 no longer exists; refresh the alert list.</source>
        <translation>Alarm %1 existiert nicht mehr; aktualisieren Sie die Alarmliste.</translation>
    </message>
    <message>
        <source>Could not update alert %1: %2.</source>
        <translation>Alarm %1 konnte nicht aktualisiert werden: %2.</translation>
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
        <translation>Schweregrad</translation>
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
        <translation>Alarm</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Erstmals gesehen</translation>
    </message>
    <message>
        <source>Est. cost</source>
        <translation>Gesch. Kosten</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
</context>
<context>
    <name>tg::AlertsView</name>
    <message>
        <source>Any severity</source>
        <translation>Alle Schweregrade</translation>
    </message>
    <message>
        <source>Low and above</source>
        <translation>Niedrig und höher</translation>
    </message>
    <message>
        <source>Medium and above</source>
        <translation>Mittel und höher</translation>
    </message>
    <message>
        <source>High and above</source>
        <translation>Hoch und höher</translation>
    </message>
    <message>
        <source>Critical only</source>
        <translation>Nur kritisch</translation>
    </message>
    <message>
        <source>Open and acknowledged</source>
        <translation>Offen und bestätigt</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>All rules</source>
        <translation>Alle Regeln</translation>
    </message>
    <message>
        <source>Search title, subject, rule, note… (Ctrl+F)</source>
        <translation>Titel, Objekt, Regel, Notiz durchsuchen… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Est. cost</source>
        <translation>Gesch. Kosten</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>I have seen it and am on it</source>
        <translation>Gesehen, ich kümmere mich darum</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Erledigen</translation>
    </message>
    <message>
        <source>The cause is dealt with</source>
        <translation>Die Ursache ist behoben</translation>
    </message>
    <message>
        <source>False positive</source>
        <translation>Fehlalarm</translation>
    </message>
    <message>
        <source>Not an attack or a fault</source>
        <translation>Kein Angriff und kein Fehler</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Zurückstellen</translation>
    </message>
    <message>
        <source>Hide it from the open list</source>
        <translation>Aus der Liste offener Alarme ausblenden</translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation>Notiz hinzufügen…</translation>
    </message>
    <message>
        <source>Record a note with the alert</source>
        <translation>Eine Notiz zum Alarm speichern</translation>
    </message>
    <message>
        <source>Select an alert to see why it fired, what to do, and its evidence.</source>
        <translation>Wählen Sie einen Alarm aus, um zu sehen, warum er ausgelöst wurde, was zu tun ist und welche Belege es gibt.</translation>
    </message>
    <message>
        <source>%1 of %2 alerts shown, %3 open or acknowledged</source>
        <translation>%1 von %2 Alarmen angezeigt, %3 offen oder bestätigt</translation>
    </message>
    <message>
        <source>Marking %1 selected as %2…</source>
        <translation>%1 ausgewählte Alarme werden als %2 markiert…</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Note for the %1 selected:</source>
        <translation>Notiz für %1 ausgewählte Alarme:</translation>
    </message>
    <message>
        <source>Alerts updated: %1.</source>
        <translation>Alarme aktualisiert: %1.</translation>
    </message>
    <message>
        <source>Could not update the alert: %1</source>
        <translation>Der Alarm konnte nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Erstmals gesehen</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Geschätzte Kosten</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Suggested action</source>
        <translation>Empfohlene Maßnahme</translation>
    </message>
    <message>
        <source>Evidence: %1 events</source>
        <translation>Belege: %1 Ereignisse</translation>
    </message>
    <message>
        <source>No evidence events recorded.</source>
        <translation>Keine Beleg-Ereignisse gespeichert.</translation>
    </message>
    <message>
        <source>Loading evidence…</source>
        <translation>Belege werden geladen…</translation>
    </message>
    <message>
        <source>The evidence events are no longer stored (retention).</source>
        <translation>Die Beleg-Ereignisse sind nicht mehr gespeichert (Aufbewahrungsfrist).</translation>
    </message>
    <message>
        <source>from %1:%2</source>
        <translation>von %1:%2</translation>
    </message>
    <message>
        <source>account %1</source>
        <translation>Konto %1</translation>
    </message>
    <message>
        <source>agent %1</source>
        <translation>Agent %1</translation>
    </message>
    <message>
        <source>Show events from %1</source>
        <translation>Ereignisse von %1 anzeigen</translation>
    </message>
    <message>
        <source>Copy IP address</source>
        <translation>IP-Adresse kopieren</translation>
    </message>
    <message>
        <source>Block source IP %1…</source>
        <translation>Quell-IP %1 sperren…</translation>
    </message>
    <message>
        <source>Block the source IPs of the selected alerts…</source>
        <translation>Quell-IPs der ausgewählten Alarme sperren…</translation>
    </message>
    <message>
        <source>Show events of %1</source>
        <translation>Ereignisse zu %1 anzeigen</translation>
    </message>
    <message>
        <source>Copy subject</source>
        <translation>Objekt kopieren</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Hang up the live call %1…</source>
        <translation>Laufenden Anruf %1 beenden…</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Auflegen</translation>
    </message>
    <message>
        <source>Hang up the call %1 on %2 now? The PBX ends it at once; the caller is cut off.</source>
        <translation>Den Anruf %1 auf %2 jetzt beenden? Die PBX beendet ihn sofort; der Anrufer wird getrennt.</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Beliebige Zeit</translation>
    </message>
    <message>
        <source>Seen in the last hour</source>
        <translation>In der letzten Stunde gesehen</translation>
    </message>
    <message>
        <source>Seen in the last 24 hours</source>
        <translation>In den letzten 24 Stunden gesehen</translation>
    </message>
    <message>
        <source>Seen in the last 7 days</source>
        <translation>In den letzten 7 Tagen gesehen</translation>
    </message>
    <message>
        <source>No country for %1: %2 Choose a country database in Settings → GeoIP.</source>
        <translation>Kein Land für %1: %2 Wählen Sie eine Länderdatenbank unter Einstellungen → GeoIP.</translation>
    </message>
    <message>
        <source>%1 is not in the GeoIP database (a private, reserved or unlisted address).</source>
        <translation>%1 ist nicht in der GeoIP-Datenbank (eine private, reservierte oder nicht verzeichnete Adresse).</translation>
    </message>
    <message>
        <source>%1 is in %2, according to the GeoIP database (%3).</source>
        <translation>%1 liegt laut GeoIP-Datenbank (%3) in %2.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Look up the country of %1</source>
        <translation>Land von %1 nachschlagen</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>%1 on %2: %3, by %4</source>
        <translation>%1 auf %2: %3, durch %4</translation>
    </message>
    <message>
        <source>Incident report…</source>
        <translation>Vorfallsbericht…</translation>
    </message>
    <message>
        <source>Write a PDF or HTML incident report of the selected alerts: timeline, evidence, accounts, addresses, cost and the actions taken</source>
        <translation>Einen PDF- oder HTML-Vorfallsbericht der ausgewählten Alarme schreiben: Zeitleiste, Belege, Konten, Adressen, Kosten und ergriffene Maßnahmen</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>HTML page (*.html)</source>
        <translation>HTML-Seite (*.html)</translation>
    </message>
    <message>
        <source>Save incident report</source>
        <translation>Vorfallsbericht speichern</translation>
    </message>
    <message>
        <source>Writing the incident report of %1 alerts to %2…</source>
        <translation>Vorfallsbericht über %1 Alarme wird nach %2 geschrieben…</translation>
    </message>
    <message>
        <source>Incident report written to %1.</source>
        <translation>Vorfallsbericht nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>The incident report was not written: %1</source>
        <translation>Der Vorfallsbericht wurde nicht geschrieben: %1</translation>
    </message>
    <message>
        <source>Incident report for a period…</source>
        <translation>Vorfallsbericht für einen Zeitraum…</translation>
    </message>
    <message>
        <source>Write a PDF or HTML incident report of every alert active between two times</source>
        <translation>Einen Vorfallsbericht (PDF oder HTML) aller Alarme schreiben, die zwischen zwei Zeitpunkten aktiv waren</translation>
    </message>
    <message>
        <source>all PBXes</source>
        <translation>alle TK-Anlagen</translation>
    </message>
    <message>
        <source>Writing the incident report of %1 from %2 to %3 to %4…</source>
        <translation>Der Vorfallsbericht für %1 von %2 bis %3 wird nach %4 geschrieben…</translation>
    </message>
</context>
<context>
    <name>tg::AllowlistSettingsPage</name>
    <message>
        <source>One address or network per line, e.g. 192.0.2.10 or 10.0.0.0/8</source>
        <translation>Eine Adresse oder ein Netz pro Zeile, z. B. 192.0.2.10 oder 10.0.0.0/8</translation>
    </message>
    <message>
        <source>One account per line, e.g. 1001</source>
        <translation>Ein Konto pro Zeile, z. B. 1001</translation>
    </message>
    <message>
        <source>One number prefix per line, e.g. +4420 or 0044</source>
        <translation>Ein Nummernpräfix pro Zeile, z. B. +4420 oder 0044</translation>
    </message>
    <message>
        <source>Alerts about these sources, accounts and destinations are not raised. Keep the list short: an allowlisted address that is compromised goes unnoticed. Text after # is a comment.</source>
        <translation>Für diese Quellen, Konten und Ziele werden keine Alarme ausgelöst. Halten Sie die Liste kurz: Eine freigegebene Adresse, die kompromittiert ist, bleibt unbemerkt. Text nach # ist ein Kommentar.</translation>
    </message>
    <message>
        <source>Trusted addresses</source>
        <translation>Vertrauenswürdige Adressen</translation>
    </message>
    <message>
        <source>Trusted accounts</source>
        <translation>Vertrauenswürdige Konten</translation>
    </message>
    <message>
        <source>Allowed destinations</source>
        <translation>Erlaubte Ziele</translation>
    </message>
    <message>
        <source>Allowlist</source>
        <translation>Freigabeliste</translation>
    </message>
    <message>
        <source>%1 addresses or networks, %2 accounts, %3 destination prefixes.</source>
        <translation>%1 Adressen oder Netze, %2 Konten, %3 Zielpräfixe.</translation>
    </message>
    <message>
        <source>Not an IP address or network: %1</source>
        <translation>Keine IP-Adresse und kein Netz: %1</translation>
    </message>
    <message>
        <source>Not a number prefix (digits, optionally starting with +): %1</source>
        <translation>Kein Nummernpräfix (Ziffern, optional mit + am Anfang): %1</translation>
    </message>
</context>
<context>
    <name>tg::AmiClient</name>
    <message>
        <source>PBX %1 (%2) did not complete the AMI login within %3 s; Tollgate will retry.</source>
        <translation>PBX %1 (%2) hat die AMI-Anmeldung nicht innerhalb von %3 s abgeschlossen; Tollgate versucht es erneut.</translation>
    </message>
    <message>
        <source>The trusted certificate fingerprint of PBX %1 is not a SHA-256 fingerprint (64 hex digits); correct it in the PBX settings.</source>
        <translation>Der vertrauenswürdige Zertifikat-Fingerabdruck der PBX %1 ist kein SHA-256-Fingerabdruck (64 Hexadezimalziffern); korrigieren Sie ihn in den PBX-Einstellungen.</translation>
    </message>
    <message>
        <source>PBX %1 is set to use TLS, but this system has no TLS library; install OpenSSL or turn TLS off for this PBX.</source>
        <translation>PBX %1 soll TLS verwenden, aber auf diesem System ist keine TLS-Bibliothek vorhanden; installieren Sie OpenSSL oder deaktivieren Sie TLS für diese PBX.</translation>
    </message>
    <message>
        <source>Monitoring of PBX %1 was stopped before the action completed.</source>
        <translation>Die Überwachung der PBX %1 wurde beendet, bevor die Aktion abgeschlossen war.</translation>
    </message>
    <message>
        <source>Monitoring of PBX %1 is stopped.</source>
        <translation>Die Überwachung der PBX %1 ist beendet.</translation>
    </message>
    <message>
        <source>Connecting to PBX %1 (%2).</source>
        <translation>Verbindung zu PBX %1 (%2) wird hergestellt.</translation>
    </message>
    <message>
        <source>PBX %1 (%2) is shutting down or restarting; Tollgate reconnects when it is back.</source>
        <translation>PBX %1 (%2) wird heruntergefahren oder neu gestartet; Tollgate verbindet sich neu, sobald sie wieder erreichbar ist.</translation>
    </message>
    <message>
        <source>The AMI connection to PBX %1 (%2) was closed by the PBX; Tollgate is reconnecting.</source>
        <translation>Die AMI-Verbindung zu PBX %1 (%2) wurde von der PBX geschlossen; Tollgate verbindet sich neu.</translation>
    </message>
    <message>
        <source>PBX %1 (%2) closed the AMI connection before the login completed; Tollgate will retry.</source>
        <translation>PBX %1 (%2) hat die AMI-Verbindung vor Abschluss der Anmeldung geschlossen; Tollgate versucht es erneut.</translation>
    </message>
    <message>
        <source>The AMI connection to PBX %1 (%2) failed: %3. Tollgate is reconnecting.</source>
        <translation>Die AMI-Verbindung zu PBX %1 (%2) ist fehlgeschlagen: %3. Tollgate verbindet sich neu.</translation>
    </message>
    <message>
        <source>Cannot connect to PBX %1 (%2): %3. Check that Asterisk runs and that its AMI port is reachable from this computer; Tollgate will retry.</source>
        <translation>Keine Verbindung zu PBX %1 (%2) möglich: %3. Prüfen Sie, ob Asterisk läuft und ob der AMI-Port von diesem Computer aus erreichbar ist; Tollgate versucht es erneut.</translation>
    </message>
    <message>
        <source>The TLS certificate of PBX %1 (%2) has changed: Tollgate trusts SHA-256 %3, the PBX presented %4. The connection was refused and no password was sent. If the certificate was replaced on purpose, check the new fingerprint on the PBX and trust it in the PBX settings; otherwise someone may be intercepting the connection.</source>
        <translation>Das TLS-Zertifikat der PBX %1 (%2) hat sich geändert: Tollgate vertraut SHA-256 %3, die PBX hat %4 vorgelegt. Die Verbindung wurde abgelehnt und kein Passwort gesendet. Wenn das Zertifikat absichtlich ersetzt wurde, prüfen Sie den neuen Fingerabdruck auf der PBX und vertrauen Sie ihm in den PBX-Einstellungen; andernfalls hört womöglich jemand die Verbindung ab.</translation>
    </message>
    <message>
        <source>no certificate</source>
        <translation>kein Zertifikat</translation>
    </message>
    <message>
        <source>The TLS certificate of PBX %1 (%2) could not be verified: %3. No password was sent. If the PBX uses a self-signed certificate, compare its SHA-256 fingerprint %4 with the one on the PBX and, if they match, trust it in the PBX settings.</source>
        <translation>Das TLS-Zertifikat der PBX %1 (%2) konnte nicht überprüft werden: %3. Es wurde kein Passwort gesendet. Wenn die PBX ein selbstsigniertes Zertifikat verwendet, vergleichen Sie dessen SHA-256-Fingerabdruck %4 mit dem auf der PBX und vertrauen Sie ihm in den PBX-Einstellungen, falls beide übereinstimmen.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keins)</translation>
    </message>
    <message>
        <source>%1 (PBX %2) is not an Asterisk Manager Interface: it greeted with &quot;%3&quot;. Check the host and port (AMI is usually 5038, or 5039 with TLS).</source>
        <translation>%1 (PBX %2) ist kein Asterisk Manager Interface: Die Begrüßung lautete &quot;%3&quot;. Prüfen Sie Host und Port (AMI ist meist 5038, mit TLS 5039).</translation>
    </message>
    <message>
        <source>The answer of PBX %1 to %2 was too large and was cut off.</source>
        <translation>Die Antwort der PBX %1 auf %2 war zu groß und wurde abgeschnitten.</translation>
    </message>
    <message>
        <source>PBX %1 refused %2: %3</source>
        <translation>PBX %1 hat %2 abgelehnt: %3</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>The AMI action name &quot;%1&quot; is not valid.</source>
        <translation>Der AMI-Aktionsname &quot;%1&quot; ist ungültig.</translation>
    </message>
    <message>
        <source>The AMI action %1 was not sent: a header name or value contains a line break or is not valid.</source>
        <translation>Die AMI-Aktion %1 wurde nicht gesendet: Ein Header-Name oder -Wert enthält einen Zeilenumbruch oder ist ungültig.</translation>
    </message>
    <message>
        <source>PBX %1 is not connected; the action %2 was not sent.</source>
        <translation>PBX %1 ist nicht verbunden; die Aktion %2 wurde nicht gesendet.</translation>
    </message>
    <message>
        <source>Too many actions are waiting for PBX %1; %2 was not sent.</source>
        <translation>Zu viele Aktionen warten auf PBX %1; %2 wurde nicht gesendet.</translation>
    </message>
    <message>
        <source>PBX %1 did not answer %2 in time.</source>
        <translation>PBX %1 hat auf %2 nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>PBX %1 (%2) refused the MD5 login challenge (%3). Allow it on the PBX or switch this PBX to plain login over TLS.</source>
        <translation>PBX %1 (%2) hat die MD5-Challenge-Anmeldung abgelehnt (%3). Erlauben Sie sie auf der PBX oder stellen Sie diese PBX auf einfache Anmeldung über TLS um.</translation>
    </message>
    <message>
        <source>no challenge</source>
        <translation>keine Challenge</translation>
    </message>
    <message>
        <source>Connected to PBX %1 (%2) as %3.</source>
        <translation>Mit PBX %1 (%2) als %3 verbunden.</translation>
    </message>
    <message>
        <source>PBX %1 (%2) rejected the AMI login of user &quot;%3&quot;: authentication failed. Check the user name and secret in the PBX settings and that manager.conf allows this address. Tollgate will not retry until you reconnect or change the secret.</source>
        <translation>PBX %1 (%2) hat die AMI-Anmeldung des Benutzers &quot;%3&quot; abgelehnt: Authentifizierung fehlgeschlagen. Prüfen Sie Benutzername und Secret in den PBX-Einstellungen und ob manager.conf diese Adresse zulässt. Tollgate versucht es erst wieder, wenn Sie neu verbinden oder das Secret ändern.</translation>
    </message>
    <message>
        <source>PBX %1 (%2) did not accept the AMI login: %3. Tollgate will retry.</source>
        <translation>PBX %1 (%2) hat die AMI-Anmeldung nicht akzeptiert: %3. Tollgate versucht es erneut.</translation>
    </message>
    <message>
        <source>PBX %1 (%2) stopped answering (no reply to the keepalive within %3 s); Tollgate is reconnecting.</source>
        <translation>PBX %1 (%2) antwortet nicht mehr (keine Antwort auf den Keepalive innerhalb von %3 s); Tollgate verbindet sich neu.</translation>
    </message>
</context>
<context>
    <name>tg::AmiParser</name>
    <message>
        <source>An AMI line longer than %1 bytes was dropped.</source>
        <translation>Eine AMI-Zeile mit mehr als %1 Bytes wurde verworfen.</translation>
    </message>
    <message>
        <source>An AMI message larger than %1 bytes was dropped.</source>
        <translation>Eine AMI-Nachricht mit mehr als %1 Bytes wurde verworfen.</translation>
    </message>
    <message>
        <source>An AMI message with more than %1 lines was dropped.</source>
        <translation>Eine AMI-Nachricht mit mehr als %1 Zeilen wurde verworfen.</translation>
    </message>
</context>
<context>
    <name>tg::AmiReplayServer</name>
    <message>
        <source>Cannot read the capture %1: %2.</source>
        <translation>Der Mitschnitt %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The capture holds no AMI message.</source>
        <translation>Der Mitschnitt enthält keine AMI-Nachricht.</translation>
    </message>
    <message>
        <source>The replay server cannot listen on %1:%2: %3.</source>
        <translation>Der Replay-Server kann nicht auf %1:%2 lauschen: %3.</translation>
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
        <translation>Kein Schlüsselbund</translation>
    </message>
    <message>
        <source>Keep the secret of %1 for this run only?</source>
        <translation>Das Secret von %1 nur für diese Sitzung behalten?</translation>
    </message>
</context>
<context>
    <name>tg::AsteriskConfig</name>
    <message>
        <source>%1 contains binary data and was not read as a configuration file.</source>
        <translation>%1 enthält Binärdaten und wurde nicht als Konfigurationsdatei gelesen.</translation>
    </message>
    <message>
        <source>%1: more than %2 lines in total; the rest was not read.</source>
        <translation>%1: insgesamt mehr als %2 Zeilen; der Rest wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>%1:%2: the included file %3 was not found.</source>
        <translation>%1:%2: Die eingebundene Datei %3 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>%1:%2: #include %3 would include itself again; the loop was not followed.</source>
        <translation>%1:%2: #include %3 würde sich selbst erneut einbinden; die Schleife wurde nicht verfolgt.</translation>
    </message>
    <message>
        <source>%1:%2: includes nested deeper than %3; %4 was not read.</source>
        <translation>%1:%2: Includes tiefer als %3 Ebenen verschachtelt; %4 wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>%1:%2: more than %3 includes; %4 and later includes were not read.</source>
        <translation>%1:%2: mehr als %3 Includes; %4 und spätere Includes wurden nicht gelesen.</translation>
    </message>
    <message>
        <source>%1:%2: #exec runs a program when Asterisk loads this file; Tollgate does not run it, so its output was not audited.</source>
        <translation>%1:%2: #exec führt ein Programm aus, wenn Asterisk diese Datei lädt; Tollgate führt es nicht aus, daher wurde seine Ausgabe nicht geprüft.</translation>
    </message>
    <message>
        <source>%1:%2: a section header without &quot;]&quot;.</source>
        <translation>%1:%2: ein Abschnittskopf ohne &quot;]&quot;.</translation>
    </message>
    <message>
        <source>%1:%2: a line that is neither a section nor &quot;key = value&quot;.</source>
        <translation>%1:%2: eine Zeile, die weder ein Abschnitt noch &quot;key = value&quot; ist.</translation>
    </message>
    <message>
        <source>%1:%2: &quot;%3&quot; outside any section is ignored by Asterisk.</source>
        <translation>%1:%2: &quot;%3&quot; außerhalb eines Abschnitts wird von Asterisk ignoriert.</translation>
    </message>
    <message>
        <source>More problems were found and not listed.</source>
        <translation>Weitere Probleme wurden gefunden, aber nicht aufgelistet.</translation>
    </message>
</context>
<context>
    <name>tg::Audit</name>
    <message>
        <source>Weak %1 for %2: it %3</source>
        <translation>Schwaches %1 für %2: es %3</translation>
    </message>
    <message>
        <source>Attackers scan the internet for PBXes and try common and simple passwords against every account, thousands per minute. An account with a guessable password lets them register as that phone and make calls on your bill, often to expensive international numbers, within hours of finding it.</source>
        <translation>Angreifer durchsuchen das Internet nach Telefonanlagen und probieren gängige und einfache Passwörter gegen jedes Konto aus, tausende pro Minute. Mit einem erratbaren Passwort können sie sich als dieses Telefon registrieren und auf Ihre Rechnung telefonieren, oft zu teuren internationalen Nummern, und das innerhalb weniger Stunden nach dem Fund.</translation>
    </message>
    <message>
        <source>Set a random secret of at least %1 characters (letters and digits), then update the phone or client that uses this account.</source>
        <translation>Setzen Sie ein zufälliges Secret mit mindestens %1 Zeichen (Buchstaben und Ziffern) und aktualisieren Sie dann das Telefon oder den Client, der dieses Konto verwendet.</translation>
    </message>
    <message>
        <source>chan_sip accepts calls from anyone (allowguest)</source>
        <translation>chan_sip nimmt Anrufe von jedem an (allowguest)</translation>
    </message>
    <message>
        <source>allowguest is not set; chan_sip&apos;s default is yes</source>
        <translation>allowguest ist nicht gesetzt; der Standard von chan_sip ist yes</translation>
    </message>
    <message>
        <source>With allowguest on, a SIP call from an unknown caller is not rejected: it is sent into the &quot;%1&quot; context without any password. If that context, or one it includes, can reach an outside line, strangers can call through your PBX.</source>
        <translation>Mit allowguest wird ein SIP-Anruf eines unbekannten Anrufers nicht abgewiesen: Er landet ohne Passwort im Kontext &quot;%1&quot;. Wenn dieser Kontext oder einer, den er einbindet, eine Amtsleitung erreichen kann, können Fremde über Ihre Telefonanlage telefonieren.</translation>
    </message>
    <message>
        <source>Set allowguest=no in the [general] section of sip.conf and reload chan_sip. Calls from your own phones and trunks with credentials are not affected.</source>
        <translation>Setzen Sie allowguest=no im Abschnitt [general] der sip.conf und laden Sie chan_sip neu. Anrufe Ihrer eigenen Telefone und Trunks mit Zugangsdaten sind nicht betroffen.</translation>
    </message>
    <message>
        <source>chan_sip tells attackers which account names exist (alwaysauthreject=no)</source>
        <translation>chan_sip verrät Angreifern, welche Kontonamen existieren (alwaysauthreject=no)</translation>
    </message>
    <message>
        <source>When alwaysauthreject is off, Asterisk answers differently for an unknown account and for a wrong password. Scanners use that difference to list your extensions first and then guess only their passwords, which makes a brute-force attack much faster.</source>
        <translation>Ist alwaysauthreject aus, antwortet Asterisk bei einem unbekannten Konto anders als bei einem falschen Passwort. Scanner nutzen diesen Unterschied, um zuerst Ihre Nebenstellen aufzulisten und dann nur deren Passwörter zu raten, was einen Brute-Force-Angriff deutlich beschleunigt.</translation>
    </message>
    <message>
        <source>Set alwaysauthreject=yes in the [general] section of sip.conf and reload chan_sip.</source>
        <translation>Setzen Sie alwaysauthreject=yes im Abschnitt [general] der sip.conf und laden Sie chan_sip neu.</translation>
    </message>
    <message>
        <source>SIP signalling is not encrypted (no TLS transport)</source>
        <translation>SIP-Signalisierung ist nicht verschlüsselt (kein TLS-Transport)</translation>
    </message>
    <message>
        <source>tlsenable is not set (default no)</source>
        <translation>tlsenable ist nicht gesetzt (Standard: no)</translation>
    </message>
    <message>
        <source>Without TLS, SIP messages cross the network in clear text: anyone on the path sees who calls whom, and the digest exchange can be captured and the password cracked offline.</source>
        <translation>Ohne TLS laufen SIP-Nachrichten im Klartext durchs Netz: Jeder auf dem Weg sieht, wer wen anruft, und der Digest-Austausch kann mitgeschnitten und das Passwort offline geknackt werden.</translation>
    </message>
    <message>
        <source>Enable a TLS transport (tlsenable=yes with a certificate) and move phones to it; keep UDP only on networks you control.</source>
        <translation>Aktivieren Sie einen TLS-Transport (tlsenable=yes mit Zertifikat) und stellen Sie die Telefone darauf um; verwenden Sie UDP nur in Netzen, die Sie kontrollieren.</translation>
    </message>
    <message>
        <source>SIP secret</source>
        <translation>SIP-Secret</translation>
    </message>
    <message>
        <source>%1 accepts calls without a password (insecure=%2)</source>
        <translation>%1 nimmt Anrufe ohne Passwort an (insecure=%2)</translation>
    </message>
    <message>
        <source>insecure=invite tells Asterisk not to challenge calls that match this peer, and insecure=port matches it by address alone. Anyone who can send from a matching address, or any address when the peer is dynamic, can place calls as this account.</source>
        <translation>insecure=invite weist Asterisk an, Anrufe, die zu diesem Peer passen, nicht zu authentifizieren, und insecure=port ordnet ihn allein anhand der Adresse zu. Wer von einer passenden Adresse senden kann (oder von jeder Adresse, wenn der Peer dynamisch ist), kann Anrufe unter diesem Konto tätigen.</translation>
    </message>
    <message>
        <source>Remove insecure= unless this is a provider trunk with a fixed address (host=IP), and then also restrict it with permit/deny to the provider&apos;s addresses.</source>
        <translation>Entfernen Sie insecure=, außer es handelt sich um einen Provider-Trunk mit fester Adresse (host=IP), und beschränken Sie diesen dann zusätzlich mit permit/deny auf die Adressen des Providers.</translation>
    </message>
    <message>
        <source>SIP accounts can register from any address (no permit/deny): %1</source>
        <translation>SIP-Konten können sich von jeder Adresse registrieren (kein permit/deny): %1</translation>
    </message>
    <message>
        <source>Without permit/deny, a stolen or guessed password works from anywhere in the world. Limiting each account to the networks its phone really uses makes a leaked password useless to a remote attacker.</source>
        <translation>Ohne permit/deny funktioniert ein gestohlenes oder erratenes Passwort von überall auf der Welt. Wird jedes Konto auf die Netze beschränkt, die sein Telefon tatsächlich nutzt, ist ein durchgesickertes Passwort für entfernte Angreifer nutzlos.</translation>
    </message>
    <message>
        <source>Add deny=0.0.0.0/0.0.0.0 and permit=&lt;your office network&gt;/&lt;mask&gt; to each account (or a template), then reload chan_sip.</source>
        <translation>Fügen Sie jedem Konto (oder einer Vorlage) deny=0.0.0.0/0.0.0.0 und permit=&lt;Ihr Büronetz&gt;/&lt;Maske&gt; hinzu und laden Sie chan_sip neu.</translation>
    </message>
    <message>
        <source>SIP accounts send calls unencrypted (no SRTP): %1</source>
        <translation>SIP-Konten übertragen Anrufe unverschlüsselt (kein SRTP): %1</translation>
    </message>
    <message>
        <source>Without SRTP, the audio of calls crosses the network as plain RTP: anyone on the path can record and replay conversations.</source>
        <translation>Ohne SRTP läuft der Ton von Anrufen als einfaches RTP durchs Netz: Jeder auf dem Weg kann Gespräche aufzeichnen und abspielen.</translation>
    </message>
    <message>
        <source>Set encryption=yes on accounts whose phones support SRTP (together with a TLS transport, so the keys are not sent in clear).</source>
        <translation>Setzen Sie encryption=yes bei Konten, deren Telefone SRTP unterstützen (zusammen mit einem TLS-Transport, damit die Schlüssel nicht im Klartext übertragen werden).</translation>
    </message>
    <message>
        <source>PJSIP password</source>
        <translation>PJSIP-Passwort</translation>
    </message>
    <message>
        <source>PJSIP accepts calls from anyone (anonymous endpoint)</source>
        <translation>PJSIP nimmt Anrufe von jedem an (anonymer Endpoint)</translation>
    </message>
    <message>
        <source>An endpoint named &quot;anonymous&quot; receives every call that matches no other endpoint, without a password. Whatever its context &quot;%1&quot; can dial, any stranger on the internet can dial too.</source>
        <translation>Ein Endpoint namens &quot;anonymous&quot; erhält ohne Passwort jeden Anruf, der zu keinem anderen Endpoint passt. Was sein Kontext &quot;%1&quot; wählen kann, kann auch jeder Fremde im Internet wählen.</translation>
    </message>
    <message>
        <source>Remove the anonymous endpoint unless you must take calls from unknown SIP addresses; if you must, give it a context that only reaches your own extensions.</source>
        <translation>Entfernen Sie den anonymen Endpoint, außer Sie müssen Anrufe von unbekannten SIP-Adressen annehmen; geben Sie ihm in diesem Fall einen Kontext, der nur Ihre eigenen Nebenstellen erreicht.</translation>
    </message>
    <message>
        <source>PJSIP endpoint %1 has no authentication</source>
        <translation>PJSIP-Endpoint %1 hat keine Authentifizierung</translation>
    </message>
    <message>
        <source>[%1] type = endpoint, no auth= and no identify section</source>
        <translation>[%1] type = endpoint, kein auth= und kein identify-Abschnitt</translation>
    </message>
    <message>
        <source>An endpoint without auth= is not challenged for a password, and without an identify section it is matched by the user name in the request alone. Anyone who knows or guesses the name can call as this endpoint.</source>
        <translation>Ein Endpoint ohne auth= wird nicht nach einem Passwort gefragt, und ohne identify-Abschnitt wird er allein über den Benutzernamen in der Anfrage zugeordnet. Wer den Namen kennt oder errät, kann als dieser Endpoint telefonieren.</translation>
    </message>
    <message>
        <source>Add an auth section with a strong password and reference it with auth=, or, for a provider trunk, add an identify section matching only the provider&apos;s addresses.</source>
        <translation>Fügen Sie einen auth-Abschnitt mit starkem Passwort hinzu und verweisen Sie mit auth= darauf, oder fügen Sie bei einem Provider-Trunk einen identify-Abschnitt hinzu, der nur auf die Adressen des Providers passt.</translation>
    </message>
    <message>
        <source>No PJSIP transport uses TLS</source>
        <translation>Kein PJSIP-Transport verwendet TLS</translation>
    </message>
    <message>
        <source>no transport with protocol=tls or wss</source>
        <translation>kein Transport mit protocol=tls oder wss</translation>
    </message>
    <message>
        <source>Add a transport with protocol=tls and a certificate, and move phones to it.</source>
        <translation>Fügen Sie einen Transport mit protocol=tls und einem Zertifikat hinzu und stellen Sie die Telefone darauf um.</translation>
    </message>
    <message>
        <source>PJSIP endpoints accept requests from any address (no permit/deny or acl): %1</source>
        <translation>PJSIP-Endpoints nehmen Anfragen von jeder Adresse an (kein permit/deny oder acl): %1</translation>
    </message>
    <message>
        <source>Without an ACL, a stolen or guessed password works from anywhere in the world. Limiting each endpoint to the networks its phone really uses makes a leaked password useless to a remote attacker.</source>
        <translation>Ohne ACL funktioniert ein gestohlenes oder erratenes Passwort von überall auf der Welt. Wird jeder Endpoint auf die Netze beschränkt, die sein Telefon tatsächlich nutzt, ist ein durchgesickertes Passwort für entfernte Angreifer nutzlos.</translation>
    </message>
    <message>
        <source>Add deny=0.0.0.0/0 and permit=&lt;your office network&gt; to the endpoints (or an acl= section), then reload res_pjsip.</source>
        <translation>Fügen Sie den Endpoints deny=0.0.0.0/0 und permit=&lt;Ihr Büronetz&gt; hinzu (oder einen acl=-Abschnitt) und laden Sie res_pjsip neu.</translation>
    </message>
    <message>
        <source>PJSIP endpoints send calls unencrypted (no media_encryption): %1</source>
        <translation>PJSIP-Endpoints übertragen Anrufe unverschlüsselt (kein media_encryption): %1</translation>
    </message>
    <message>
        <source>Set media_encryption=sdes (with a TLS transport) or dtls on endpoints whose phones support it.</source>
        <translation>Setzen Sie media_encryption=sdes (mit TLS-Transport) oder dtls bei Endpoints, deren Telefone es unterstützen.</translation>
    </message>
    <message>
        <source>IAX2 secret</source>
        <translation>IAX2-Secret</translation>
    </message>
    <message>
        <source>AMI secret</source>
        <translation>AMI-Secret</translation>
    </message>
    <message>
        <source>AMI user %1 may log in from any address (no permit)</source>
        <translation>AMI-Benutzer %1 darf sich von jeder Adresse anmelden (kein permit)</translation>
    </message>
    <message>
        <source>The Asterisk Manager Interface can originate calls, read configuration and, with enough rights, run commands. Without permit/deny, anyone who learns this user&apos;s secret can use it from any address that reaches the AMI port.</source>
        <translation>Das Asterisk Manager Interface kann Anrufe auslösen, die Konfiguration lesen und mit ausreichenden Rechten Befehle ausführen. Ohne permit/deny kann jeder, der das Secret dieses Benutzers kennt, es von jeder Adresse aus nutzen, die den AMI-Port erreicht.</translation>
    </message>
    <message>
        <source>Add deny=0.0.0.0/0.0.0.0 and permit=127.0.0.1/255.255.255.255 (or the address of your management host) to this user, then run &quot;manager reload&quot;.</source>
        <translation>Fügen Sie diesem Benutzer deny=0.0.0.0/0.0.0.0 und permit=127.0.0.1/255.255.255.255 (oder die Adresse Ihres Management-Hosts) hinzu und führen Sie dann &quot;manager reload&quot; aus.</translation>
    </message>
    <message>
        <source>AMI user %1 has powerful write rights (%2)</source>
        <translation>AMI-Benutzer %1 hat weitreichende Schreibrechte (%2)</translation>
    </message>
    <message>
        <source>With system or command rights an AMI user can run Asterisk CLI commands and restart or reconfigure the PBX; with originate (or all) it can place calls anywhere, including to premium numbers. If this account&apos;s secret leaks, the attacker gets exactly these rights.</source>
        <translation>Mit den Rechten system oder command kann ein AMI-Benutzer Asterisk-CLI-Befehle ausführen und die PBX neu starten oder umkonfigurieren; mit originate (oder all) kann er beliebige Anrufe tätigen, auch zu Premium-Nummern. Gelangt das Secret dieses Kontos nach außen, erhält der Angreifer genau diese Rechte.</translation>
    </message>
    <message>
        <source>Give each AMI user only the rights its program needs (a monitoring tool needs read rights and perhaps call; rarely system or command), then run &quot;manager reload&quot;.</source>
        <translation>Geben Sie jedem AMI-Benutzer nur die Rechte, die sein Programm braucht (ein Monitoring-Tool braucht Leserechte und eventuell call, selten system oder command), und führen Sie dann &quot;manager reload&quot; aus.</translation>
    </message>
    <message>
        <source>The AMI listens on all addresses and accepts users without permit</source>
        <translation>Das AMI lauscht auf allen Adressen und akzeptiert Benutzer ohne permit</translation>
    </message>
    <message>
        <source>bindaddr is not set; the default is 0.0.0.0 (all addresses)</source>
        <translation>bindaddr ist nicht gesetzt; der Standard ist 0.0.0.0 (alle Adressen)</translation>
    </message>
    <message>
        <source>The AMI port (5038) is open on every network interface, and these users may log in from any address: %1. Attackers scan for this port and try common AMI passwords; a successful login can place calls and change the configuration.</source>
        <translation>Der AMI-Port (5038) ist auf jeder Netzwerkschnittstelle offen, und diese Benutzer dürfen sich von jeder Adresse anmelden: %1. Angreifer suchen gezielt nach diesem Port und probieren gängige AMI-Passwörter; eine erfolgreiche Anmeldung kann Anrufe tätigen und die Konfiguration ändern.</translation>
    </message>
    <message>
        <source>Set bindaddr=127.0.0.1 in [general] of manager.conf when the programs using the AMI run on the PBX itself (Tollgate can reach it through an SSH tunnel), and add permit lines to each user.</source>
        <translation>Setzen Sie bindaddr=127.0.0.1 in [general] der manager.conf, wenn die Programme, die das AMI nutzen, auf der PBX selbst laufen (Tollgate kann es über einen SSH-Tunnel erreichen), und fügen Sie jedem Benutzer permit-Zeilen hinzu.</translation>
    </message>
    <message>
        <source>AMI logins are not shown (displayconnects=no)</source>
        <translation>AMI-Anmeldungen werden nicht angezeigt (displayconnects=no)</translation>
    </message>
    <message>
        <source>With displayconnects off, Asterisk does not report AMI logins and logouts on its console and in its logs, so an intruder using a stolen AMI account leaves fewer traces.</source>
        <translation>Ist displayconnects aus, meldet Asterisk AMI-An- und -Abmeldungen weder auf seiner Konsole noch in seinen Logs, sodass ein Eindringling mit einem gestohlenen AMI-Konto weniger Spuren hinterlässt.</translation>
    </message>
    <message>
        <source>Set displayconnects=yes in [general] of manager.conf and run &quot;manager reload&quot;.</source>
        <translation>Setzen Sie displayconnects=yes in [general] der manager.conf und führen Sie &quot;manager reload&quot; aus.</translation>
    </message>
    <message>
        <source>Unauthenticated callers can dial out through %1 in context %2</source>
        <translation>Nicht authentifizierte Anrufer können über %1 im Kontext %2 nach außen wählen</translation>
    </message>
    <message>
        <source>Phones can dial any international number through %1 in context %2</source>
        <translation>Telefone können über %1 im Kontext %2 jede internationale Nummer wählen</translation>
    </message>
    <message>
        <source>This pattern matches international or premium-rate numbers and dials them without any check, and the context is reached by calls that were never authenticated. Toll fraud rings look for exactly this and can run up thousands in charges over one night.</source>
        <translation>Dieses Muster passt auf internationale oder Premium-Nummern und wählt sie ohne jede Prüfung, und der Kontext wird von Anrufen erreicht, die nie authentifiziert wurden. Genau danach suchen Gebührenbetrüger, und sie können so in einer Nacht Tausende an Gebühren verursachen.</translation>
    </message>
    <message>
        <source>This pattern matches international or premium-rate numbers and dials them without a PIN, time or caller check. One phone account with a guessed password is then enough to call premium numbers around the clock at your expense.</source>
        <translation>Dieses Muster passt auf internationale oder Premium-Nummern und wählt sie ohne PIN-, Zeit- oder Anruferprüfung. Ein einziges Telefonkonto mit erratenem Passwort genügt dann, um rund um die Uhr auf Ihre Kosten Premium-Nummern anzurufen.</translation>
    </message>
    <message>
        <source>Route international calls through a separate context that only trusted phones include, protect it with a PIN (Authenticate) or a caller check (GotoIf), and block premium destinations you do not call.</source>
        <translation>Leiten Sie internationale Anrufe über einen eigenen Kontext, den nur vertrauenswürdige Telefone einbinden, schützen Sie ihn mit einer PIN (Authenticate) oder einer Anruferprüfung (GotoIf) und sperren Sie Premium-Ziele, die Sie nicht anrufen.</translation>
    </message>
    <message>
        <source>Dialled digits reach %1 unfiltered in %2 (dialplan injection)</source>
        <translation>Gewählte Ziffern erreichen %1 ungefiltert in %2 (Dialplan-Injection)</translation>
    </message>
    <message>
        <source>The pattern %1 matches any characters after its prefix, not just digits, and ${EXTEN} is put into %2 as it is. A caller can dial a string like &quot;123&amp;Local/...&quot; to make Asterisk dial an extra destination of the caller&apos;s choice.</source>
        <translation>Das Muster %1 passt nach seinem Präfix auf beliebige Zeichen, nicht nur auf Ziffern, und ${EXTEN} wird unverändert in %2 übernommen. Ein Anrufer kann eine Zeichenfolge wie &quot;123&amp;Local/...&quot; wählen, damit Asterisk zusätzlich ein Ziel seiner Wahl anwählt.</translation>
    </message>
    <message>
        <source>Use a pattern that matches digits only (X, N, Z, [0-9]) or wrap the number in ${FILTER(0-9,${EXTEN})} before dialling.</source>
        <translation>Verwenden Sie ein Muster, das nur Ziffern erfasst (X, N, Z, [0-9]), oder umschließen Sie die Nummer vor dem Wählen mit ${FILTER(0-9,${EXTEN})}.</translation>
    </message>
    <message>
        <source>Security events are not logged (no security channel)</source>
        <translation>Sicherheitsereignisse werden nicht protokolliert (kein security-Kanal)</translation>
    </message>
    <message>
        <source>no [logfiles] channel with the security level</source>
        <translation>kein [logfiles]-Kanal mit dem Level security</translation>
    </message>
    <message>
        <source>Asterisk reports failed logins, unknown accounts and ACL rejections on its &quot;security&quot; log level. Without a channel for it, brute-force attacks leave no trace in the logs, and fail2ban and Tollgate cannot see them.</source>
        <translation>Asterisk meldet fehlgeschlagene Anmeldungen, unbekannte Konten und ACL-Ablehnungen auf dem Log-Level &quot;security&quot;. Ohne einen Kanal dafür hinterlassen Brute-Force-Angriffe keine Spuren in den Logs, und fail2ban und Tollgate können sie nicht sehen.</translation>
    </message>
    <message>
        <source>Add &quot;security =&gt; security&quot; to the [logfiles] section of logger.conf and run &quot;logger reload&quot;.</source>
        <translation>Fügen Sie &quot;security =&gt; security&quot; zum Abschnitt [logfiles] der logger.conf hinzu und führen Sie &quot;logger reload&quot; aus.</translation>
    </message>
    <message>
        <source>Call detail records are disabled</source>
        <translation>Verbindungsdatensätze (CDR) sind deaktiviert</translation>
    </message>
    <message>
        <source>Without call detail records there is no list of who called which number, when and for how long. After a fraud you cannot tell which account was abused or how much it cost, and Tollgate cannot spot unusual call patterns.</source>
        <translation>Ohne Verbindungsdatensätze gibt es keine Liste, wer welche Nummer wann und wie lange angerufen hat. Nach einem Betrug können Sie nicht feststellen, welches Konto missbraucht wurde oder was es gekostet hat, und Tollgate kann ungewöhnliche Anrufmuster nicht erkennen.</translation>
    </message>
    <message>
        <source>Set enable=yes in [general] of cdr.conf and reload the CDR module.</source>
        <translation>Setzen Sie enable=yes in [general] der cdr.conf und laden Sie das CDR-Modul neu.</translation>
    </message>
    <message>
        <source>Asterisk is configured to run as root</source>
        <translation>Asterisk ist für den Betrieb als root konfiguriert</translation>
    </message>
    <message>
        <source>A PBX parses data from the internet all day. If a flaw in Asterisk, a module or the dialplan (System(), shell commands through AMI) is exploited, the attacker gets the rights of the Asterisk process; as root, that is the whole server.</source>
        <translation>Eine Telefonanlage verarbeitet den ganzen Tag Daten aus dem Internet. Wird eine Schwachstelle in Asterisk, einem Modul oder dem Dialplan (System(), Shell-Befehle über AMI) ausgenutzt, erhält der Angreifer die Rechte des Asterisk-Prozesses; als root ist das der ganze Server.</translation>
    </message>
    <message>
        <source>Create an unprivileged &quot;asterisk&quot; user, give it the Asterisk folders, set runuser and rungroup to it in asterisk.conf and restart Asterisk.</source>
        <translation>Legen Sie einen unprivilegierten Benutzer &quot;asterisk&quot; an, übergeben Sie ihm die Asterisk-Ordner, setzen Sie runuser und rungroup in der asterisk.conf auf ihn und starten Sie Asterisk neu.</translation>
    </message>
    <message>
        <source>The default password for all users %1</source>
        <translation>Das Standardpasswort für alle Benutzer %1</translation>
    </message>
    <message>
        <source>default_password in vars.xml is the password of every directory user that does not set its own (FreeSWITCH ships with a well-known value, and its sample users 1000-1019 use it). Scanners try it first; a match lets them register as your extensions and call out at your expense.</source>
        <translation>default_password in vars.xml ist das Passwort jedes Directory-Benutzers, der kein eigenes setzt (FreeSWITCH wird mit einem allgemein bekannten Wert ausgeliefert, und seine Beispielbenutzer 1000-1019 verwenden ihn). Scanner probieren ihn zuerst; ein Treffer erlaubt ihnen, sich als Ihre Nebenstellen zu registrieren und auf Ihre Kosten nach außen zu telefonieren.</translation>
    </message>
    <message>
        <source>Set default_password to a long random value in vars.xml, give every user its own strong password, then run &quot;reloadxml&quot; and update the phones.</source>
        <translation>Setzen Sie default_password in vars.xml auf einen langen Zufallswert, geben Sie jedem Benutzer ein eigenes starkes Passwort, führen Sie dann &quot;reloadxml&quot; aus und aktualisieren Sie die Telefone.</translation>
    </message>
    <message>
        <source>The event socket password is FreeSWITCH&apos;s well-known default</source>
        <translation>Das Event-Socket-Passwort ist der allgemein bekannte FreeSWITCH-Standard</translation>
    </message>
    <message>
        <source>The event socket password %1</source>
        <translation>Das Event-Socket-Passwort %1</translation>
    </message>
    <message>
        <source>The event socket (port 8021) gives full control of FreeSWITCH: it can originate calls to any number and run system commands on the server. Its password is the only protection, and FreeSWITCH&apos;s default password is printed in every guide, so it is the first thing attackers try%1.</source>
        <translation>Der Event-Socket (Port 8021) gibt volle Kontrolle über FreeSWITCH: Er kann Anrufe zu beliebigen Nummern auslösen und Systembefehle auf dem Server ausführen. Sein Passwort ist der einzige Schutz, und das FreeSWITCH-Standardpasswort steht in jeder Anleitung, daher probieren Angreifer es als Erstes%1.</translation>
    </message>
    <message>
        <source>, and this socket listens on %1, reachable from the network</source>
        <translation>, und dieser Socket lauscht auf %1 und ist aus dem Netz erreichbar</translation>
    </message>
    <message>
        <source>Set a long random password in event_socket.conf.xml, store it where your ESL clients read it (Tollgate keeps it in the keychain), then reload mod_event_socket.</source>
        <translation>Setzen Sie ein langes Zufallspasswort in event_socket.conf.xml, hinterlegen Sie es dort, wo Ihre ESL-Clients es lesen (Tollgate bewahrt es im Schlüsselbund auf), und laden Sie dann mod_event_socket neu.</translation>
    </message>
    <message>
        <source>The event socket listens on %1 without an inbound ACL</source>
        <translation>Der Event-Socket lauscht ohne eingehende ACL auf %1</translation>
    </message>
    <message>
        <source>listen-ip is not set</source>
        <translation>listen-ip ist nicht gesetzt</translation>
    </message>
    <message>
        <source>mod_event_socket accepts connections on every address of this server and no apply-inbound-acl limits who may connect, so anyone on the internet who reaches port 8021 can try passwords.</source>
        <translation>mod_event_socket nimmt Verbindungen auf jeder Adresse dieses Servers an, und keine apply-inbound-acl schränkt ein, wer sich verbinden darf; jeder im Internet, der Port 8021 erreicht, kann also Passwörter ausprobieren.</translation>
    </message>
    <message>
        <source>Set listen-ip to 127.0.0.1 when ESL clients run on the server (Tollgate can use an SSH tunnel), or add &lt;param name=&quot;apply-inbound-acl&quot; value=&quot;loopback.auto&quot;/&gt; (or an ACL listing your management hosts), then reload mod_event_socket.</source>
        <translation>Setzen Sie listen-ip auf 127.0.0.1, wenn die ESL-Clients auf dem Server laufen (Tollgate kann einen SSH-Tunnel nutzen), oder fügen Sie &lt;param name=&quot;apply-inbound-acl&quot; value=&quot;loopback.auto&quot;/&gt; hinzu (oder eine ACL mit Ihren Management-Hosts) und laden Sie dann mod_event_socket neu.</translation>
    </message>
    <message>
        <source>Sofia profile %1 does not authenticate calls (auth-calls false)</source>
        <translation>Sofia-Profil %1 authentifiziert keine Anrufe (auth-calls false)</translation>
    </message>
    <message>
        <source>Calls arriving on this profile are not challenged for a password and go to the &quot;%1&quot; context. That is only safe when that context reaches nothing but your own numbers; any route out from there can be used by anyone who can send SIP to this port.</source>
        <translation>Anrufe auf diesem Profil werden nicht nach einem Passwort gefragt und landen im Kontext &quot;%1&quot;. Das ist nur sicher, wenn dieser Kontext ausschließlich Ihre eigenen Nummern erreicht; jeden Weg nach außen von dort kann jeder nutzen, der SIP an diesen Port senden kann.</translation>
    </message>
    <message>
        <source>Set auth-calls to true, or keep it off only on a profile for provider trunks whose context routes inbound numbers to your extensions and nowhere else.</source>
        <translation>Setzen Sie auth-calls auf true, oder lassen Sie es nur auf einem Profil für Provider-Trunks aus, dessen Kontext eingehende Nummern ausschließlich zu Ihren Nebenstellen leitet.</translation>
    </message>
    <message>
        <source>Sofia profile %1 accepts any password (accept-blind-auth)</source>
        <translation>Sofia-Profil %1 akzeptiert jedes Passwort (accept-blind-auth)</translation>
    </message>
    <message>
        <source>Sofia profile %1 accepts any registration (accept-blind-reg)</source>
        <translation>Sofia-Profil %1 akzeptiert jede Registrierung (accept-blind-reg)</translation>
    </message>
    <message>
        <source>With accept-blind-auth, FreeSWITCH challenges for a password but accepts whatever is answered, so every account is open to anyone.</source>
        <translation>Mit accept-blind-auth fragt FreeSWITCH zwar nach einem Passwort, akzeptiert aber jede Antwort, sodass jedes Konto für jeden offen ist.</translation>
    </message>
    <message>
        <source>With accept-blind-reg, FreeSWITCH lets any device register as any user, without a password, and then routes that user&apos;s calls to it.</source>
        <translation>Mit accept-blind-reg lässt FreeSWITCH jedes Gerät sich ohne Passwort als beliebiger Benutzer registrieren und leitet dann dessen Anrufe dorthin.</translation>
    </message>
    <message>
        <source>Remove the parameter (or set it to false) and run &quot;reload mod_sofia&quot;.</source>
        <translation>Entfernen Sie den Parameter (oder setzen Sie ihn auf false) und führen Sie &quot;reload mod_sofia&quot; aus.</translation>
    </message>
    <message>
        <source>No Sofia profile offers TLS</source>
        <translation>Kein Sofia-Profil bietet TLS an</translation>
    </message>
    <message>
        <source>no profile with tls=true</source>
        <translation>kein Profil mit tls=true</translation>
    </message>
    <message>
        <source>Enable TLS on the internal profile (tls=true with a certificate in the tls folder) and move phones to it.</source>
        <translation>Aktivieren Sie TLS auf dem internen Profil (tls=true mit einem Zertifikat im tls-Ordner) und stellen Sie die Telefone darauf um.</translation>
    </message>
    <message>
        <source>Weak password for user %1: it %2</source>
        <translation>Schwaches Passwort für Benutzer %1: es %2</translation>
    </message>
    <message>
        <source>Give this user a random password of at least %1 characters in its directory file, run &quot;reloadxml&quot; and update the phone.</source>
        <translation>Geben Sie diesem Benutzer in seiner Directory-Datei ein zufälliges Passwort mit mindestens %1 Zeichen, führen Sie &quot;reloadxml&quot; aus und aktualisieren Sie das Telefon.</translation>
    </message>
    <message>
        <source>Extension %1 in context %2 bridges international numbers without a check</source>
        <translation>Nebenstelle %1 im Kontext %2 verbindet ohne Prüfung zu internationalen Nummern</translation>
    </message>
    <message>
        <source>This extension sends numbers matching %1 out through a gateway with no toll_allow, caller or time condition. One account with a guessed password%2 is then enough to call premium numbers around the clock at your expense.</source>
        <translation>Diese Nebenstelle leitet Nummern, die auf %1 passen, ohne toll_allow-, Anrufer- oder Zeitbedingung über ein Gateway nach außen. Ein einziges Konto mit erratenem Passwort%2 genügt dann, um rund um die Uhr auf Ihre Kosten Premium-Nummern anzurufen.</translation>
    </message>
    <message>
        <source> (or, here, no account at all)</source>
        <translation> (oder hier sogar gar kein Konto)</translation>
    </message>
    <message>
        <source>Add a condition on ${toll_allow} (as FreeSWITCH&apos;s sample dialplan does) so only users allowed international calls can use this route, and block premium destinations you do not call.</source>
        <translation>Fügen Sie eine Bedingung auf ${toll_allow} hinzu (wie im Beispiel-Dialplan von FreeSWITCH), damit nur Benutzer mit Berechtigung für Auslandsgespräche diese Route nutzen können, und sperren Sie Premium-Ziele, die Sie nicht anrufen.</translation>
    </message>
</context>
<context>
    <name>tg::AuditCollector</name>
    <message>
        <source>%1: neither SSH nor AMI is configured, so nothing could be read.</source>
        <translation>%1: Weder SSH noch AMI ist konfiguriert, daher konnte nichts gelesen werden.</translation>
    </message>
    <message>
        <source>%1: the configuration folder &quot;%2&quot; is not a plain absolute path; nothing was read.</source>
        <translation>%1: Der Konfigurationsordner &quot;%2&quot; ist kein einfacher absoluter Pfad; es wurde nichts gelesen.</translation>
    </message>
    <message>
        <source>Listing configuration files in %1</source>
        <translation>Konfigurationsdateien in %1 werden aufgelistet</translation>
    </message>
    <message>
        <source>%1: skipped the file &quot;%2&quot;: its name has characters Tollgate does not put in a command.</source>
        <translation>%1: Datei &quot;%2&quot; übersprungen: Ihr Name enthält Zeichen, die Tollgate nicht in einen Befehl übernimmt.</translation>
    </message>
    <message>
        <source>%1: no configuration files were found in %2; check the folder in the PBX settings, or enable sudo if only root can read it.</source>
        <translation>%1: In %2 wurden keine Konfigurationsdateien gefunden; prüfen Sie den Ordner in den PBX-Einstellungen oder aktivieren Sie sudo, falls nur root ihn lesen kann.</translation>
    </message>
    <message>
        <source>%1: %2 is larger than 4 MiB and was not audited.</source>
        <translation>%1: %2 ist größer als 4 MiB und wurde nicht geprüft.</translation>
    </message>
    <message>
        <source>Reading listening ports, firewall and fail2ban state</source>
        <translation>Lauschende Ports, Firewall- und fail2ban-Status werden gelesen</translation>
    </message>
    <message>
        <source>%1: the firewall rules could not be read (enable sudo for the audit so nft or iptables can run).</source>
        <translation>%1: Die Firewall-Regeln konnten nicht gelesen werden (aktivieren Sie sudo für das Audit, damit nft oder iptables laufen können).</translation>
    </message>
    <message>
        <source>%1: fail2ban is installed but its status could not be read (it may need sudo, or the service is stopped).</source>
        <translation>%1: fail2ban ist installiert, aber sein Status konnte nicht gelesen werden (evtl. wird sudo benötigt, oder der Dienst ist gestoppt).</translation>
    </message>
    <message>
        <source>%1: read through AMI GetConfig (no SSH): line numbers are those of Asterisk&apos;s view of each file, includes are already merged, and host checks were skipped.</source>
        <translation>%1: über AMI GetConfig gelesen (kein SSH): Die Zeilennummern entsprechen der Sicht von Asterisk auf jede Datei, Includes sind bereits zusammengeführt, und Host-Prüfungen wurden übersprungen.</translation>
    </message>
    <message>
        <source>Running the checks</source>
        <translation>Prüfungen werden ausgeführt</translation>
    </message>
</context>
<context>
    <name>tg::AuditFindingsModel</name>
    <message>
        <source>Can be fixed</source>
        <translation>Behebbar</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Remediation</source>
        <translation>Abhilfe</translation>
    </message>
</context>
<context>
    <name>tg::AuditFixDialog</name>
    <message>
        <source>Fix on %1</source>
        <translation>Beheben auf %1</translation>
    </message>
    <message>
        <source>File: %1. A timestamped backup is made before writing, and you can roll back to it afterwards.</source>
        <translation>Datei: %1. Vor dem Schreiben wird eine Sicherung mit Zeitstempel angelegt, auf die Sie danach zurücksetzen können.</translation>
    </message>
    <message>
        <source>Then Tollgate runs &quot;%1&quot; on the PBX and checks the finding again.</source>
        <translation>Danach führt Tollgate &quot;%1&quot; auf der PBX aus und prüft den Befund erneut.</translation>
    </message>
    <message>
        <source>Apply fix</source>
        <translation>Korrektur anwenden</translation>
    </message>
    <message>
        <source>Revert on %1</source>
        <translation>Zurücksetzen auf %1</translation>
    </message>
    <message>
        <source>Then Tollgate runs &quot;%1&quot; on the PBX and reads the file back.</source>
        <translation>Danach führt Tollgate &quot;%1&quot; auf der PBX aus und liest die Datei zurück.</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
</context>
<context>
    <name>tg::AuditReport</name>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Security audit of %1</source>
        <translation>Sicherheitsaudit von %1</translation>
    </message>
    <message>
        <source>PBX</source>
        <translation>PBX</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Why it matters:</source>
        <translation>Warum es wichtig ist:</translation>
    </message>
    <message>
        <source>How to fix:</source>
        <translation>So beheben Sie es:</translation>
    </message>
    <message>
        <source>Remediation:</source>
        <translation>Abhilfe:</translation>
    </message>
    <message>
        <source>Tollgate can fix this for you.</source>
        <translation>Tollgate kann dies für Sie beheben.</translation>
    </message>
    <message>
        <source>Not audited</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>Generated by Tollgate %1. Secrets are never shown in this report.</source>
        <translation>Erstellt von Tollgate %1. Secrets werden in diesem Bericht nie angezeigt.</translation>
    </message>
</context>
<context>
    <name>tg::AuditRunner</name>
    <message>
        <source>No Asterisk (*.conf) or FreeSWITCH (freeswitch.xml, vars.xml, autoload_configs/) configuration files were found.</source>
        <translation>Es wurden keine Konfigurationsdateien von Asterisk (*.conf) oder FreeSWITCH (freeswitch.xml, vars.xml, autoload_configs/) gefunden.</translation>
    </message>
</context>
<context>
    <name>tg::AuditView</name>
    <message>
        <source>Run audit</source>
        <translation>Audit starten</translation>
    </message>
    <message>
        <source>Fix…</source>
        <translation>Beheben…</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Bericht exportieren…</translation>
    </message>
    <message>
        <source>Security audit</source>
        <translation>Sicherheitsaudit</translation>
    </message>
    <message>
        <source>Security audit of %1</source>
        <translation>Sicherheitsaudit von %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a PBX in the sidebar, then run an audit. Tollgate reads its configuration over SSH (read-only) and lists weak secrets, open guest access, exposed management ports and risky dialplan, each with why it matters and how to fix it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie in der Seitenleiste eine PBX aus und starten Sie ein Audit. Tollgate liest ihre Konfiguration über SSH (nur lesend) und listet schwache Secrets, offenen Gastzugang, offen erreichbare Management-Ports und riskante Dialplans auf, jeweils mit Begründung und Lösungsweg.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No audit of %1 yet. &quot;Run audit&quot; reads its configuration over SSH; nothing is changed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Noch kein Audit von %1. &quot;Audit starten&quot; liest die Konfiguration über SSH; es wird nichts verändert.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Audited %1</source>
        <translation>Geprüft: %1</translation>
    </message>
    <message>
        <source>Score %1/100 · %2 critical, %3 high, %4 medium, %5 low</source>
        <translation>Bewertung %1/100 · %2 kritisch, %3 hoch, %4 mittel, %5 niedrig</translation>
    </message>
    <message>
        <source>&lt;p&gt;No findings. %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Keine Befunde. %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Some parts could not be audited: %1</source>
        <translation>Einige Teile konnten nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Warum es wichtig ist</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>So beheben Sie es</translation>
    </message>
    <message>
        <source>Remediation</source>
        <translation>Abhilfe</translation>
    </message>
    <message>
        <source>Tollgate can make this change for you: &quot;Fix…&quot; shows the exact diff first.</source>
        <translation>Tollgate kann diese Änderung für Sie vornehmen: &quot;Beheben…&quot; zeigt zuerst den genauen Diff.</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Beheben</translation>
    </message>
    <message>
        <source>Applying the fix…</source>
        <translation>Korrektur wird angewendet…</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Wird angewendet…</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Fixed on %1 (%2); backup %3. %4</source>
        <translation>Behoben auf %1 (%2); Sicherung %3. %4</translation>
    </message>
    <message>
        <source>Fix applied</source>
        <translation>Korrektur angewendet</translation>
    </message>
    <message>
        <source>Fix failed</source>
        <translation>Korrektur fehlgeschlagen</translation>
    </message>
    <message>
        <source>Fix attempted on %1 and failed: %2</source>
        <translation>Korrekturversuch auf %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The fix failed</source>
        <translation>Die Korrektur ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Fix on %1</source>
        <translation>Beheben auf %1</translation>
    </message>
    <message>
        <source>Rolling back…</source>
        <translation>Wird zurückgesetzt…</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>Zurückgesetzt</translation>
    </message>
    <message>
        <source>Fixed, then rolled back on %1 to the backup %2.</source>
        <translation>Behoben, dann auf %1 auf die Sicherung %2 zurückgesetzt.</translation>
    </message>
    <message>
        <source>The rollback failed</source>
        <translation>Das Zurücksetzen ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Roll back on %1</source>
        <translation>Zurücksetzen auf %1</translation>
    </message>
    <message>
        <source>The PDF %1 could not be written; check the folder&apos;s permissions.</source>
        <translation>Das PDF %1 konnte nicht geschrieben werden; prüfen Sie die Berechtigungen des Ordners.</translation>
    </message>
    <message>
        <source>This build of Tollgate has no PDF support; export as HTML and print it from a browser.</source>
        <translation>Dieser Tollgate-Build unterstützt kein PDF; exportieren Sie als HTML und drucken Sie den Bericht aus einem Browser.</translation>
    </message>
    <message>
        <source>The report %1 could not be written: %2.</source>
        <translation>Der Bericht %1 konnte nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation>HTML-Bericht (*.html)</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>PDF-Bericht (*.pdf)</translation>
    </message>
    <message>
        <source>Export audit report</source>
        <translation>Auditbericht exportieren</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>Bericht gespeichert unter %1</translation>
    </message>
</context>
<context>
    <name>tg::AutoBlockPolicy</name>
    <message>
        <source>Automatic block: rule %1, alert #%2 (%3)</source>
        <translation>Automatische Sperre: Regel %1, Alarm #%2 (%3)</translation>
    </message>
    <message>
        <source>%1 was not blocked automatically: PBX %2 has no SSH access set up, and blocking runs over SSH.</source>
        <translation>%1 wurde nicht automatisch gesperrt: Für die TK-Anlage %2 ist kein SSH-Zugang eingerichtet, und Sperren laufen über SSH.</translation>
    </message>
    <message>
        <source>%1 was not blocked automatically: the limit of %2 automatic blocks per hour was reached. Block it by hand if it should be.</source>
        <translation>%1 wurde nicht automatisch gesperrt: Die Grenze von %2 automatischen Sperren pro Stunde ist erreicht. Sperren Sie die Adresse von Hand, falls nötig.</translation>
    </message>
    <message>
        <source>%1 was not blocked automatically: the limit of %2 automatic blocks per hour on PBX %3 was reached. Block it by hand if it should be.</source>
        <translation>%1 wurde nicht automatisch gesperrt: Die Grenze von %2 automatischen Sperren pro Stunde auf der TK-Anlage %3 ist erreicht. Sperren Sie die Adresse von Hand, falls nötig.</translation>
    </message>
    <message>
        <source>%1 was not blocked automatically on %2: the limit of %3 automatic blocks per hour there was reached.</source>
        <translation>%1 wurde auf %2 nicht automatisch gesperrt: Die Grenze von %3 automatischen Sperren pro Stunde ist dort erreicht.</translation>
    </message>
</context>
<context>
    <name>tg::AutoBlockSettings</name>
    <message>
        <source>The rule &quot;%1&quot; cannot block automatically: its alerts are not about one source address.</source>
        <translation>Die Regel „%1“ kann nicht automatisch sperren: Ihre Alarme betreffen nicht eine einzelne Quelladresse.</translation>
    </message>
    <message>
        <source>The duration of automatic blocks must be between one second and a year, or until unblocked.</source>
        <translation>Die Dauer automatischer Sperren muss zwischen einer Sekunde und einem Jahr liegen oder „bis zur Freigabe“ sein.</translation>
    </message>
    <message>
        <source>The limits of automatic blocks per hour must be between 1 and %1.</source>
        <translation>Die Grenzen für automatische Sperren pro Stunde müssen zwischen 1 und %1 liegen.</translation>
    </message>
</context>
<context>
    <name>tg::BlockAddress</name>
    <message>
        <source>No address was given.</source>
        <translation>Es wurde keine Adresse angegeben.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 or IPv6 address or network: only digits, a-f, &quot;:&quot;, &quot;.&quot; and one &quot;/prefix&quot; are allowed, with no spaces.</source>
        <translation>&quot;%1&quot; ist keine IPv4- oder IPv6-Adresse und kein Netz: Erlaubt sind nur Ziffern, a-f, &quot;:&quot;, &quot;.&quot; und ein &quot;/Präfix&quot;, ohne Leerzeichen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IPv4 address: it needs four decimal numbers 0-255 without leading zeros.</source>
        <translation>&quot;%1&quot; ist keine gültige IPv4-Adresse: Sie benötigt vier Dezimalzahlen 0-255 ohne führende Nullen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IPv6 address.</source>
        <translation>&quot;%1&quot; ist keine gültige IPv6-Adresse.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IPv4 address.</source>
        <translation>&quot;%1&quot; ist keine gültige IPv4-Adresse.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an IPv4-mapped IPv6 network; write it as an IPv4 network instead.</source>
        <translation>&quot;%1&quot; ist ein IPv4-gemapptes IPv6-Netz; geben Sie es stattdessen als IPv4-Netz an.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an invalid prefix length: use /0 to /%2 without leading zeros.</source>
        <translation>&quot;%1&quot; hat eine ungültige Präfixlänge: Verwenden Sie /0 bis /%2 ohne führende Nullen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has address bits set after the /%2 prefix; did you mean %3/%2?</source>
        <translation>&quot;%1&quot; hat Adressbits nach dem Präfix /%2 gesetzt; meinten Sie %3/%2?</translation>
    </message>
</context>
<context>
    <name>tg::BlockGuard</name>
    <message>
        <source>the unspecified (&quot;this network&quot;) range</source>
        <translation>der unspezifizierte Bereich (&quot;dieses Netz&quot;)</translation>
    </message>
    <message>
        <source>the loopback range</source>
        <translation>der Loopback-Bereich</translation>
    </message>
    <message>
        <source>the link-local range</source>
        <translation>der Link-Local-Bereich</translation>
    </message>
    <message>
        <source>the multicast range</source>
        <translation>der Multicast-Bereich</translation>
    </message>
    <message>
        <source>the reserved and broadcast range</source>
        <translation>der reservierte und Broadcast-Bereich</translation>
    </message>
    <message>
        <source>the unspecified address</source>
        <translation>die unspezifizierte Adresse</translation>
    </message>
    <message>
        <source>the loopback address</source>
        <translation>die Loopback-Adresse</translation>
    </message>
    <message>
        <source>No valid address was given.</source>
        <translation>Es wurde keine gültige Adresse angegeben.</translation>
    </message>
    <message>
        <source>%1 is or contains %2 (%3/%4), which is never blocked: it is not an attacker&apos;s address and blocking it can break the PBX.</source>
        <translation>%1 ist oder enthält %3/%4 (%2), was nie gesperrt wird: Das ist keine Angreiferadresse, und eine Sperre kann die PBX lahmlegen.</translation>
    </message>
    <message>
        <source>%1 is too broad a network to block (/%2; the broadest allowed is /%3). Block smaller networks, or change the limit in the blocking settings.</source>
        <translation>%1 ist ein zu großes Netz zum Sperren (/%2; das größte erlaubte ist /%3). Sperren Sie kleinere Netze oder ändern Sie das Limit in den Sperreinstellungen.</translation>
    </message>
    <message>
        <source>%1 overlaps the allowlisted range %2. Remove it from the allowlist first if it really must be blocked.</source>
        <translation>%1 überschneidet sich mit dem Allowlist-Bereich %2. Entfernen Sie diesen zuerst aus der Allowlist, falls die Adresse wirklich gesperrt werden muss.</translation>
    </message>
    <message>
        <source>%1 contains %2, the address PBX %3 sees your SSH connection from; blocking it could lock you out of the PBX.</source>
        <translation>%1 enthält %2, die Adresse, von der aus PBX %3 Ihre SSH-Verbindung sieht; eine Sperre könnte Sie von der PBX aussperren.</translation>
    </message>
    <message>
        <source>%1 contains %2, an address of PBX %3 itself.</source>
        <translation>%1 enthält %2, eine Adresse der PBX %3 selbst.</translation>
    </message>
    <message>
        <source>%1 overlaps %2, the SIP trunk peer &quot;%3&quot; in %4 on PBX %5; blocking it would cut the calls through that trunk.</source>
        <translation>%1 überschneidet sich mit %2, dem SIP-Trunk-Peer &quot;%3&quot; in %4 auf PBX %5; eine Sperre würde die Anrufe über diesen Trunk unterbrechen.</translation>
    </message>
    <message>
        <source>PBX %1 blocks with fail2ban, which bans single addresses only; block the addresses of %2 one by one, or use nftables on that PBX.</source>
        <translation>PBX %1 sperrt mit fail2ban, das nur einzelne Adressen sperren kann; sperren Sie die Adressen von %2 einzeln oder verwenden Sie nftables auf dieser PBX.</translation>
    </message>
</context>
<context>
    <name>tg::BlockOutputParser</name>
    <message>
        <source>nft did not print the JSON listing Tollgate expects (%1).</source>
        <translation>nft hat nicht die JSON-Auflistung ausgegeben, die Tollgate erwartet (%1).</translation>
    </message>
</context>
<context>
    <name>tg::BlockPlan</name>
    <message>
        <source>Block %1</source>
        <translation>%1 sperren</translation>
    </message>
    <message>
        <source>Unblock %1</source>
        <translation>%1 entsperren</translation>
    </message>
    <message>
        <source> for %1 s</source>
        <translation> für %1 s</translation>
    </message>
    <message>
        <source> until unblocked</source>
        <translation> bis zur Entsperrung</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>PBX %1 (%2):</source>
        <translation>PBX %1 (%2):</translation>
    </message>
    <message>
        <source>%1 is already covered by %2.</source>
        <translation>%1 ist bereits durch %2 abgedeckt.</translation>
    </message>
    <message>
        <source>%1 is not blocked here.</source>
        <translation>%1 ist hier nicht gesperrt.</translation>
    </message>
    <message>
        <source>then verify with: %1</source>
        <translation>danach prüfen mit: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
</context>
<context>
    <name>tg::BlockPlanDialog</name>
    <message>
        <source>Block source addresses</source>
        <translation>Quelladressen sperren</translation>
    </message>
    <message>
        <source>Unblock addresses</source>
        <translation>Adressen entsperren</translation>
    </message>
    <message>
        <source>One IPv4 or IPv6 address or network per line, e.g. 203.0.113.5 or 198.51.100.0/24</source>
        <translation>Eine IPv4- oder IPv6-Adresse oder ein Netz pro Zeile, z. B. 203.0.113.5 oder 198.51.100.0/24</translation>
    </message>
    <message>
        <source>&amp;Addresses:</source>
        <translation>&amp;Adressen:</translation>
    </message>
    <message>
        <source>On &amp;PBXes:</source>
        <translation>Auf &amp;Telefonanlagen:</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <source>Until unblocked</source>
        <translation>Bis zur Entsperrung</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Andere…</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Show &amp;plan…</source>
        <translation>&amp;Plan anzeigen…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>&amp;Unblock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>Asking the PBXes who must never be blocked there and what they block now…</source>
        <translation>Die Telefonanlagen werden gefragt, was dort nie gesperrt werden darf und was sie derzeit sperren…</translation>
    </message>
    <message>
        <source>No PBX has SSH access set up; add it in the PBX&apos;s settings to block there.</source>
        <translation>Keine PBX hat einen SSH-Zugang eingerichtet; richten Sie ihn in den Einstellungen der PBX ein, um dort zu sperren.</translation>
    </message>
    <message>
        <source>Choose at least one PBX.</source>
        <translation>Wählen Sie mindestens eine PBX aus.</translation>
    </message>
    <message>
        <source>Nothing would run on any PBX: see below why.</source>
        <translation>Auf keiner PBX würde etwas ausgeführt: Gründe siehe unten.</translation>
    </message>
    <message>
        <source>These commands will run on the PBXes below, then each PBX&apos;s listing is read back to verify.</source>
        <translation>Diese Befehle werden auf den unten aufgeführten Telefonanlagen ausgeführt; anschließend wird die Auflistung jeder PBX zur Überprüfung zurückgelesen.</translation>
    </message>
    <message>
        <source>Some addresses are refused; each refusal says why.</source>
        <translation>Einige Adressen werden abgelehnt; jede Ablehnung nennt den Grund.</translation>
    </message>
    <message>
        <source>Some PBXes cannot be changed; the plan says why.</source>
        <translation>Einige Telefonanlagen können nicht geändert werden; der Plan nennt den Grund.</translation>
    </message>
    <message>
        <source>All PBXes (%1)</source>
        <translation>Alle TK-Anlagen (%1)</translation>
    </message>
</context>
<context>
    <name>tg::BlockPlanner</name>
    <message>
        <source>%1 addresses are more than Tollgate handles at once (%2); split the request.</source>
        <translation>%1 Adressen sind mehr, als Tollgate auf einmal verarbeitet (%2); teilen Sie die Anfrage auf.</translation>
    </message>
    <message>
        <source>The block duration must be between 1 second and 365 days, or none (until unblocked).</source>
        <translation>Die Sperrdauer muss zwischen 1 Sekunde und 365 Tagen liegen oder entfallen (bis zur Entsperrung).</translation>
    </message>
    <message>
        <source>The blocking settings of PBX %1 are not usable: %2</source>
        <translation>Die Sperreinstellungen der PBX %1 sind nicht verwendbar: %2</translation>
    </message>
    <message>
        <source>PBX %1 has none of nftables (nft), iptables with ipset, or fail2ban-client; install nftables there, then try again.</source>
        <translation>PBX %1 hat weder nftables (nft) noch iptables mit ipset noch fail2ban-client; installieren Sie dort nftables und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>PBX %1 is set to block with %2, which is not installed there; install it or choose another backend in the PBX&apos;s blocking settings.</source>
        <translation>PBX %1 soll mit %2 sperren, das dort nicht installiert ist; installieren Sie es oder wählen Sie in den Sperreinstellungen der PBX ein anderes Backend.</translation>
    </message>
    <message>
        <source>%1 is inside %2, which is blocked on PBX %3 as a whole; unblock %2 to lift it.</source>
        <translation>%1 liegt in %2, das auf PBX %3 als Ganzes gesperrt ist; entsperren Sie %2, um die Sperre aufzuheben.</translation>
    </message>
    <message>
        <source>fail2ban bans for its jail&apos;s bantime; Tollgate unbans when the %1 s duration ends.</source>
        <translation>fail2ban sperrt für die bantime seines Jails; Tollgate entsperrt, wenn die Dauer von %1 s abgelaufen ist.</translation>
    </message>
    <message>
        <source>The new networks take the place of these entries on PBX %1: %2.</source>
        <translation>Die neuen Netze ersetzen diese Einträge auf PBX %1: %2.</translation>
    </message>
    <message>
        <source>Tollgate could not build a safe command for PBX %1; nothing will run there.</source>
        <translation>Tollgate konnte keinen sicheren Befehl für PBX %1 erstellen; dort wird nichts ausgeführt.</translation>
    </message>
</context>
<context>
    <name>tg::BlockProcedure</name>
    <message>
        <source>Tollgate refused to build a command for PBX %1 from an unsafe value; nothing ran.</source>
        <translation>Tollgate hat es abgelehnt, aus einem unsicheren Wert einen Befehl für PBX %1 zu erstellen; es wurde nichts ausgeführt.</translation>
    </message>
    <message>
        <source>On PBX %1, the %2 command failed (exit code %3): %4</source>
        <translation>Auf PBX %1 ist der Befehl %2 fehlgeschlagen (Exit-Code %3): %4</translation>
    </message>
    <message>
        <source>fail2ban on PBX %1 printed no list of banned addresses.</source>
        <translation>fail2ban auf PBX %1 hat keine Liste gesperrter Adressen ausgegeben.</translation>
    </message>
    <message>
        <source>PBX %1 did not say where it sees the SSH connection from ($SSH_CONNECTION is empty), so your own address could not be protected there; SSH stays reachable when blocking on the PBX&apos;s ports only.</source>
        <translation>PBX %1 hat nicht gemeldet, von wo aus sie die SSH-Verbindung sieht ($SSH_CONNECTION ist leer), daher konnte Ihre eigene Adresse dort nicht geschützt werden; SSH bleibt erreichbar, wenn nur auf den Ports der PBX gesperrt wird.</translation>
    </message>
    <message>
        <source>Could not read %1 on PBX %2, so its SIP trunk peers were not checked: %3</source>
        <translation>%1 auf PBX %2 konnte nicht gelesen werden, daher wurden die SIP-Trunk-Peers nicht geprüft: %3</translation>
    </message>
    <message>
        <source>No sip.conf or pjsip.conf in %1 on PBX %2: no SIP trunk peers were checked.</source>
        <translation>Keine sip.conf oder pjsip.conf in %1 auf PBX %2: Es wurden keine SIP-Trunk-Peers geprüft.</translation>
    </message>
    <message>
        <source>The SIP trunk peer &quot;%1&quot; in %2 on PBX %3 has a host Tollgate cannot read (&quot;%4&quot;).</source>
        <translation>Der SIP-Trunk-Peer &quot;%1&quot; in %2 auf PBX %3 hat einen Host, den Tollgate nicht lesen kann (&quot;%4&quot;).</translation>
    </message>
    <message>
        <source>PBX %1 could not resolve %2 (SIP trunk peer &quot;%3&quot; in %4); it is not protected from blocking by address.</source>
        <translation>PBX %1 konnte %2 nicht auflösen (SIP-Trunk-Peer &quot;%3&quot; in %4); er ist nicht anhand seiner Adresse vor einer Sperre geschützt.</translation>
    </message>
    <message>
        <source>already covered by %1</source>
        <translation>bereits durch %1 abgedeckt</translation>
    </message>
    <message>
        <source>inside %1, which stays blocked</source>
        <translation>innerhalb von %1, das gesperrt bleibt</translation>
    </message>
    <message>
        <source>was not blocked</source>
        <translation>war nicht gesperrt</translation>
    </message>
    <message>
        <source>not listed after blocking</source>
        <translation>nach dem Sperren nicht aufgelistet</translation>
    </message>
    <message>
        <source>still listed after unblocking</source>
        <translation>nach dem Entsperren noch aufgelistet</translation>
    </message>
    <message>
        <source>The change on PBX %1 could not be verified: %2</source>
        <translation>Die Änderung auf PBX %1 konnte nicht überprüft werden: %2</translation>
    </message>
    <message>
        <source>On PBX %1, the listing does not show every blocked address; see each address&apos;s detail.</source>
        <translation>Auf PBX %1 zeigt die Auflistung nicht jede gesperrte Adresse; siehe Details der einzelnen Adressen.</translation>
    </message>
    <message>
        <source>On PBX %1, the listing still shows an unblocked address; see each address&apos;s detail.</source>
        <translation>Auf PBX %1 zeigt die Auflistung noch eine entsperrte Adresse; siehe Details der einzelnen Adressen.</translation>
    </message>
</context>
<context>
    <name>tg::BlockRunner</name>
    <message>
        <source>PBX %1 has no blocking backend (nftables, iptables with ipset, fail2ban).</source>
        <translation>PBX %1 hat kein Sperr-Backend (nftables, iptables mit ipset, fail2ban).</translation>
    </message>
    <message>
        <source>lifted by Tollgate when its duration ended</source>
        <translation>von Tollgate nach Ablauf der Dauer aufgehoben</translation>
    </message>
</context>
<context>
    <name>tg::BlockSettings</name>
    <message>
        <source>&quot;%1&quot; is not a port or a range of ports (1-65535, like 5060 or 10000-20000).</source>
        <translation>&quot;%1&quot; ist weder ein Port noch ein Portbereich (1-65535, z. B. 5060 oder 10000-20000).</translation>
    </message>
    <message>
        <source>Give between 1 and 64 ports or port ranges.</source>
        <translation>Geben Sie zwischen 1 und 64 Ports oder Portbereiche an.</translation>
    </message>
    <message>
        <source>Blocking on the PBX&apos;s ports needs between 1 and 64 ports or port ranges.</source>
        <translation>Sperren auf den Ports der PBX erfordert zwischen 1 und 64 Ports oder Portbereiche.</translation>
    </message>
    <message>
        <source>The port range %1-%2 is not valid.</source>
        <translation>Der Portbereich %1-%2 ist ungültig.</translation>
    </message>
    <message>
        <source>The fail2ban jail name &quot;%1&quot; may only contain letters, digits, &quot;_&quot; and &quot;-&quot;.</source>
        <translation>Der fail2ban-Jail-Name &quot;%1&quot; darf nur Buchstaben, Ziffern, &quot;_&quot; und &quot;-&quot; enthalten.</translation>
    </message>
    <message>
        <source>The configuration folder &quot;%1&quot; is not a plain absolute path.</source>
        <translation>Der Konfigurationsordner &quot;%1&quot; ist kein einfacher absoluter Pfad.</translation>
    </message>
    <message>
        <source>The smallest allowed network prefix is out of range.</source>
        <translation>Das kleinste erlaubte Netzwerkpräfix liegt außerhalb des gültigen Bereichs.</translation>
    </message>
    <message>
        <source>The fail2ban socket &quot;%1&quot; is not a plain absolute path.</source>
        <translation>Der fail2ban-Socket „%1“ ist kein einfacher absoluter Pfad.</translation>
    </message>
</context>
<context>
    <name>tg::BlockStore</name>
    <message>
        <source>Could not record the block in the database: %1.</source>
        <translation>Die Sperre konnte nicht in der Datenbank gespeichert werden: %1.</translation>
    </message>
    <message>
        <source>Could not record the unblock in the database: %1.</source>
        <translation>Die Entsperrung konnte nicht in der Datenbank gespeichert werden: %1.</translation>
    </message>
    <message>
        <source>no longer listed on the PBX: removed outside Tollgate?</source>
        <translation>nicht mehr auf der PBX aufgelistet: außerhalb von Tollgate entfernt?</translation>
    </message>
    <message>
        <source>The blocking settings of %1 could not be saved: %2</source>
        <translation>Die Sperreinstellungen von %1 konnten nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>tg::BlockTableModel</name>
    <message>
        <source>made outside Tollgate</source>
        <translation>außerhalb von Tollgate erstellt</translation>
    </message>
    <message>
        <source>outside Tollgate</source>
        <translation>außerhalb von Tollgate</translation>
    </message>
    <message>
        <source>%1: %2 with %3%4</source>
        <translation>%1: %2 mit %3%4</translation>
    </message>
    <message>
        <source>blocked (outside Tollgate)</source>
        <translation>gesperrt (außerhalb von Tollgate)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>until unblocked</source>
        <translation>bis zur Entsperrung</translation>
    </message>
    <message>
        <source>%1 (alert %2)</source>
        <translation>%1 (Alarm %2)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>On PBXes</source>
        <translation>Auf Telefonanlagen</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Blocked at</source>
        <translation>Gesperrt am</translation>
    </message>
    <message>
        <source>Tollgate (automatic)</source>
        <translation>Tollgate (automatisch)</translation>
    </message>
</context>
<context>
    <name>tg::BlockingSettingsPage</name>
    <message>
        <source>Tollgate can block the source address of a new alert by itself. It goes through the same plan and safety checks as a block made by hand: it never blocks loopback, allowlisted ranges, the address you reach the PBX from, the PBX&apos;s own addresses or its SIP trunk peers. Off until you choose a rule.</source>
        <translation>Tollgate kann die Quelladresse eines neuen Alarms selbst sperren. Dabei gelten derselbe Plan und dieselben Sicherheitsprüfungen wie bei einer Sperre von Hand: Loopback, Bereiche der Positivliste, die Adresse, von der Sie die TK-Anlage erreichen, die eigenen Adressen der TK-Anlage und ihre SIP-Trunk-Gegenstellen werden nie gesperrt. Aus, bis Sie eine Regel wählen.</translation>
    </message>
    <message>
        <source>Rules that block automatically</source>
        <translation>Regeln, die automatisch sperren</translation>
    </message>
    <message>
        <source>Detector rule %1</source>
        <translation>Erkennungsregel %1</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <source>Until unblocked</source>
        <translation>Bis zur Entsperrung</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 Sekunden</translation>
    </message>
    <message>
        <source>The PBX that raised the alert</source>
        <translation>Die TK-Anlage, die den Alarm ausgelöst hat</translation>
    </message>
    <message>
        <source>Every PBX with SSH access</source>
        <translation>Jede TK-Anlage mit SSH-Zugang</translation>
    </message>
    <message>
        <source> per hour</source>
        <translation> pro Stunde</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Block for</source>
        <translation>Sperren für</translation>
    </message>
    <message>
        <source>Block on</source>
        <translation>Sperren auf</translation>
    </message>
    <message>
        <source>At most, on all PBXes</source>
        <translation>Höchstens, auf allen TK-Anlagen</translation>
    </message>
    <message>
        <source>At most, on one PBX</source>
        <translation>Höchstens, auf einer TK-Anlage</translation>
    </message>
    <message>
        <source>Each PBX blocks with its own backend, detected over SSH: nftables, iptables with ipset, or fail2ban. Every automatic block is recorded as &quot;automatic&quot; in the Blocks tab and listed on its alert. When a limit is reached nothing is blocked, and the alert and the Blocks tab say so.</source>
        <translation>Jede TK-Anlage sperrt mit ihrem eigenen, über SSH erkannten Verfahren: nftables, iptables mit ipset oder fail2ban. Jede automatische Sperre wird im Reiter „Sperren“ als „automatisch“ vermerkt und bei ihrem Alarm aufgeführt. Ist eine Grenze erreicht, wird nichts gesperrt, und der Alarm und der Reiter „Sperren“ sagen es.</translation>
    </message>
    <message>
        <source>Blocking</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Brute force from one address</source>
        <translation>Brute Force von einer Adresse</translation>
    </message>
    <message>
        <source>Account enumeration from one address</source>
        <translation>Konten-Ausspähung von einer Adresse</translation>
    </message>
    <message>
        <source>SIP scanner</source>
        <translation>SIP-Scanner</translation>
    </message>
    <message>
        <source>Login success after failures (when the alert names the address)</source>
        <translation>Erfolgreiche Anmeldung nach Fehlversuchen (wenn der Alarm die Adresse nennt)</translation>
    </message>
    <message>
        <source>Flood from one address</source>
        <translation>Flut von einer Adresse</translation>
    </message>
    <message>
        <source>Automatic blocking is on: %1 of %2 rules block by themselves.</source>
        <translation>Automatisches Sperren ist an: %1 von %2 Regeln sperren selbst.</translation>
    </message>
    <message>
        <source>Automatic blocking is off.</source>
        <translation>Automatisches Sperren ist aus.</translation>
    </message>
</context>
<context>
    <name>tg::BlocksView</name>
    <message>
        <source>&amp;Block address…</source>
        <translation>Adresse &amp;sperren…</translation>
    </message>
    <message>
        <source>&amp;Unblock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>&amp;Check PBXes</source>
        <translation>Telefonanlagen &amp;prüfen</translation>
    </message>
    <message>
        <source>Read what each PBX blocks now, including blocks made outside Tollgate</source>
        <translation>Auslesen, was jede PBX derzeit sperrt, einschließlich außerhalb von Tollgate erstellter Sperren</translation>
    </message>
    <message>
        <source>Show &amp;ended blocks</source>
        <translation>&amp;Beendete Sperren anzeigen</translation>
    </message>
    <message>
        <source>No PBX has SSH access set up; blocking needs it.</source>
        <translation>Keine PBX hat einen SSH-Zugang eingerichtet; zum Sperren wird er benötigt.</translation>
    </message>
    <message>
        <source>Running the plan on the PBXes…</source>
        <translation>Plan wird auf den Telefonanlagen ausgeführt…</translation>
    </message>
    <message>
        <source>Done, and verified on every PBX.</source>
        <translation>Fertig und auf jeder PBX überprüft.</translation>
    </message>
    <message>
        <source>Blocking did not complete everywhere; see the Blocks tab.</source>
        <translation>Das Sperren wurde nicht überall abgeschlossen; siehe Reiter &quot;Sperren&quot;.</translation>
    </message>
</context>
<context>
    <name>tg::BruteForceDetector</name>
    <message>
        <source>Brute force from %1</source>
        <translation>Brute-Force von %1</translation>
    </message>
    <message>
        <source>%1 authentication failures from %2 within %3 (threshold: %4 in %5), %6 so far. Accounts tried: %7. Service: %8.</source>
        <translation>%1 fehlgeschlagene Authentifizierungen von %2 innerhalb von %3 (Schwelle: %4 in %5), bisher %6. Versuchte Konten: %7. Dienst: %8.</translation>
    </message>
    <message>
        <source>Block %1 at the firewall (or let fail2ban do it), and make sure no account it tried has a weak password.</source>
        <translation>Sperren Sie %1 an der Firewall (oder überlassen Sie das fail2ban) und stellen Sie sicher, dass keines der versuchten Konten ein schwaches Passwort hat.</translation>
    </message>
    <message>
        <source>brute force per IP: on (%1 failures in %2, %3 of %4 sources tracked)</source>
        <translation>Brute-Force pro IP: aktiv (%1 Fehlversuche in %2, %3 von %4 Quellen verfolgt)</translation>
    </message>
</context>
<context>
    <name>tg::CallPatternDetector</name>
    <message>
        <source>Call volume spike on %1</source>
        <translation>Anrufspitze auf %1</translation>
    </message>
    <message>
        <source>%1 calls so far in this hour, against about %2 learned for this hour of the week over %3 weeks (threshold: %4 times the baseline and at least %5 calls).</source>
        <translation>Bisher %1 Anrufe in dieser Stunde, gegenüber etwa %2, die für diese Wochenstunde über %3 Wochen gelernt wurden (Schwelle: das %4-Fache des Normalwerts und mindestens %5 Anrufe).</translation>
    </message>
    <message>
        <source>Look at the live calls of %1: who is calling, and where. A sudden burst at an unusual hour is how toll fraud starts.</source>
        <translation>Sehen Sie sich die laufenden Anrufe von %1 an: wer anruft und wohin. Ein plötzlicher Anstieg zu ungewöhnlicher Stunde ist der typische Beginn von Gebührenbetrug.</translation>
    </message>
    <message>
        <source>Too many simultaneous calls from %1</source>
        <translation>Zu viele gleichzeitige Anrufe von %1</translation>
    </message>
    <message>
        <source>%1 has %2 calls in progress (limit %3). A phone rarely holds more than two; many parallel calls from one account is how stolen credentials are used.</source>
        <translation>%1 hat %2 laufende Anrufe (Limit %3). Ein Telefon hält selten mehr als zwei; viele parallele Anrufe von einem Konto sind typisch für die Nutzung gestohlener Zugangsdaten.</translation>
    </message>
    <message>
        <source>Check the live calls of %1 and hang them up if they are not expected; limit the account&apos;s call-limit in the PBX.</source>
        <translation>Prüfen Sie die laufenden Anrufe von %1 und legen Sie sie auf, wenn sie nicht erwartet sind; begrenzen Sie das call-limit des Kontos in der PBX.</translation>
    </message>
    <message>
        <source>Too many simultaneous calls on %1</source>
        <translation>Zu viele gleichzeitige Anrufe auf %1</translation>
    </message>
    <message>
        <source>%1 calls in progress on %2 (limit %3).</source>
        <translation>%1 laufende Anrufe auf %2 (Limit %3).</translation>
    </message>
    <message>
        <source>Check the live calls for unexpected destinations; raise the limit in the PBX&apos;s detection settings if this volume is normal.</source>
        <translation>Prüfen Sie die laufenden Anrufe auf unerwartete Ziele; erhöhen Sie das Limit in den Erkennungseinstellungen der PBX, wenn dieses Volumen normal ist.</translation>
    </message>
    <message>
        <source>Sequential dialing from %1</source>
        <translation>Sequenzielles Wählen von %1</translation>
    </message>
    <message>
        <source>%1 called %2 different numbers in the range +%3%4 within %5 (threshold: %6). Walking through a number range is how fraudsters test revenue-share numbers.</source>
        <translation>%1 hat innerhalb von %5 %2 verschiedene Nummern im Bereich +%3%4 angerufen (Schwelle: %6). Mit dem Durchwählen eines Nummernbereichs testen Betrüger Revenue-Share-Nummern.</translation>
    </message>
    <message>
        <source>Hang up the calls of %1, change its password and block the range +%2 in the dial plan.</source>
        <translation>Legen Sie die Anrufe von %1 auf, ändern Sie das Passwort und sperren Sie den Bereich +%2 im Dialplan.</translation>
    </message>
    <message>
        <source>call spikes: on (%1 times the hour-of-week baseline, at least %2 calls, after %3 weeks of history)</source>
        <translation>Anrufspitzen: aktiv (das %1-Fache des Wochenstunden-Normalwerts, mindestens %2 Anrufe, nach %3 Wochen Verlauf)</translation>
    </message>
    <message>
        <source>concurrent calls: on (%1 per account; per PBX as configured)</source>
        <translation>gleichzeitige Anrufe: aktiv (%1 pro Konto; pro PBX wie konfiguriert)</translation>
    </message>
    <message>
        <source>sequential dialing: on (%1 numbers of one range in %2)</source>
        <translation>sequenzielles Wählen: aktiv (%1 Nummern eines Bereichs in %2)</translation>
    </message>
</context>
<context>
    <name>tg::CallsView</name>
    <message>
        <source>Answered</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Hang up…</source>
        <translation>Auflegen…</translation>
    </message>
    <message>
        <source>End the selected call on its PBX (AMI Hangup / ESL uuid_kill)</source>
        <translation>Den ausgewählten Anruf auf seiner PBX beenden (AMI Hangup / ESL uuid_kill)</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Calls in progress</source>
        <translation>Laufende Anrufe</translation>
    </message>
    <message>
        <source>Call history</source>
        <translation>Anrufverlauf</translation>
    </message>
    <message>
        <source>%1 ended calls</source>
        <translation>%1 beendete Anrufe</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Hang up call</source>
        <translation>Anruf auflegen</translation>
    </message>
    <message>
        <source>Hang up the call from %1 to %2 on %3? The caller is disconnected at once.</source>
        <translation>Den Anruf von %1 an %2 auf %3 auflegen? Der Anrufer wird sofort getrennt.</translation>
    </message>
</context>
<context>
    <name>tg::CaptureReader</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The ESL capture ends inside a message.</source>
        <translation>Der ESL-Mitschnitt endet mitten in einer Nachricht.</translation>
    </message>
    <message>
        <source>%1 is not in a format Tollgate can read (an AMI or ESL capture, an Asterisk security or messages log, a FreeSWITCH log or a fail2ban log); name it with --format.</source>
        <translation>%1 hat kein Format, das Tollgate lesen kann (ein AMI- oder ESL-Mitschnitt, ein Asterisk-Security- oder -Messages-Log, ein FreeSWITCH-Log oder ein fail2ban-Log); geben Sie es mit --format an.</translation>
    </message>
</context>
<context>
    <name>tg::ChangeClassifier</name>
    <message>
        <source>A #exec line runs a shell command on the PBX at every reload: %1</source>
        <translation>Eine #exec-Zeile führt bei jedem Reload einen Shell-Befehl auf der PBX aus: %1</translation>
    </message>
    <message>
        <source>Another file is read into this one: %1</source>
        <translation>Eine andere Datei wird in diese eingelesen: %1</translation>
    </message>
    <message>
        <source>A new AMI user [%1] was added: it can log in to the Asterisk Manager Interface.</source>
        <translation>Ein neuer AMI-Benutzer [%1] wurde hinzugefügt: Er kann sich am Asterisk Manager Interface anmelden.</translation>
    </message>
    <message>
        <source>The AMI user [%1] was removed.</source>
        <translation>Der AMI-Benutzer [%1] wurde entfernt.</translation>
    </message>
    <message>
        <source>A new account or endpoint [%1] was added.</source>
        <translation>Ein neues Konto oder ein neuer Endpoint [%1] wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>A new dialplan context [%1] was added.</source>
        <translation>Ein neuer Dialplan-Kontext [%1] wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>The secret of [%1] was %2.</source>
        <translation>Das Secret von [%1] wurde %2.</translation>
    </message>
    <message>
        <source>The secret of [%1] was removed.</source>
        <translation>Das Secret von [%1] wurde entfernt.</translation>
    </message>
    <message>
        <source>The AMI address rule %1 = %2 of [%3] was %4.</source>
        <translation>Die AMI-Adressregel %1 = %2 von [%3] wurde %4.</translation>
    </message>
    <message>
        <source>AMI permissions of [%1] %2: %3 = %4.</source>
        <translation>AMI-Berechtigungen von [%1] %2: %3 = %4.</translation>
    </message>
    <message>
        <source>How the AMI listens changed: %1 = %2.</source>
        <translation>Die Listen-Einstellung des AMI wurde geändert: %1 = %2.</translation>
    </message>
    <message>
        <source>The address rule %1 = %2 of [%3] was %4.</source>
        <translation>Die Adressregel %1 = %2 von [%3] wurde %4.</translation>
    </message>
    <message>
        <source>%1 = %2 in [%3] weakens authentication of calls.</source>
        <translation>%1 = %2 in [%3] schwächt die Authentifizierung von Anrufen.</translation>
    </message>
    <message>
        <source>%1 of [%2] was %3: %4.</source>
        <translation>%1 von [%2] wurde %3: %4.</translation>
    </message>
    <message>
        <source>The dialplan in [%1] runs a shell command: %2</source>
        <translation>Der Dialplan in [%1] führt einen Shell-Befehl aus: %2</translation>
    </message>
    <message>
        <source>A switch in [%1] hands calls to another server: %2.</source>
        <translation>Ein Switch in [%1] übergibt Anrufe an einen anderen Server: %2.</translation>
    </message>
    <message>
        <source>Context [%1] %2 an include of [%3].</source>
        <translation>Kontext [%1]: Include von [%3] %2.</translation>
    </message>
    <message>
        <source>Calls in [%1] are sent to the external number %2.</source>
        <translation>Anrufe in [%1] werden an die externe Nummer %2 geleitet.</translation>
    </message>
    <message>
        <source>A new route %1 in context [%2] reaches international or premium numbers.</source>
        <translation>Eine neue Route %1 im Kontext [%2] erreicht internationale oder Premium-Nummern.</translation>
    </message>
    <message>
        <source>The route %1 in context [%2], which reaches international or premium numbers, was changed.</source>
        <translation>Die Route %1 im Kontext [%2], die internationale oder Premium-Nummern erreicht, wurde geändert.</translation>
    </message>
    <message>
        <source>The security log channel was %1 (%2 =&gt; %3): attacks may go unrecorded.</source>
        <translation>Der Security-Log-Kanal wurde %1 (%2 =&gt; %3): Angriffe werden möglicherweise nicht aufgezeichnet.</translation>
    </message>
    <message>
        <source>A module may now load: %1 %2.</source>
        <translation>Ein Modul kann jetzt geladen werden: %1 %2.</translation>
    </message>
    <message>
        <source>Call records were turned off (%1 = %2 in [%3]).</source>
        <translation>Verbindungsdatensätze wurden deaktiviert (%1 = %2 in [%3]).</translation>
    </message>
    <message>
        <source>A password at %1 was %2.</source>
        <translation>Ein Passwort bei %1 wurde %2.</translation>
    </message>
    <message>
        <source>The event socket setting %1 was %2: %3.</source>
        <translation>Die Event-Socket-Einstellung %1 wurde %2: %3.</translation>
    </message>
    <message>
        <source>The FreeSWITCH access lists changed at %1.</source>
        <translation>Die FreeSWITCH-Zugriffslisten wurden geändert (%1).</translation>
    </message>
    <message>
        <source>The access list setting %1 was %2: %3.</source>
        <translation>Die Zugriffslisten-Einstellung %1 wurde %2: %3.</translation>
    </message>
    <message>
        <source>%1 = %2 weakens authentication of calls.</source>
        <translation>%1 = %2 schwächt die Authentifizierung von Anrufen.</translation>
    </message>
    <message>
        <source>A new gateway %1 was added.</source>
        <translation>Ein neues Gateway %1 wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>A new directory user %1 was added.</source>
        <translation>Ein neuer Directory-Benutzer %1 wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>The dialplan at %1 runs a shell command: %2</source>
        <translation>Der Dialplan bei %1 führt einen Shell-Befehl aus: %2</translation>
    </message>
    <message>
        <source>Calls at %1 are sent out: %2 %3.</source>
        <translation>Anrufe bei %1 werden nach außen geleitet: %2 %3.</translation>
    </message>
    <message>
        <source>The route %1 at %2, which reaches international or premium numbers, was %3.</source>
        <translation>Die Route %1 bei %2, die internationale oder Premium-Nummern erreicht, wurde %3.</translation>
    </message>
    <message>
        <source>A binary file changed (%1 bytes before, %2 bytes now).</source>
        <translation>Eine Binärdatei wurde geändert (vorher %1 Bytes, jetzt %2 Bytes).</translation>
    </message>
    <message>
        <source>Only line endings or the final newline changed.</source>
        <translation>Nur Zeilenenden oder der abschließende Zeilenumbruch wurden geändert.</translation>
    </message>
    <message numerus="yes">
        <source>%n other changed line(s).</source>
        <translation>
            <numerusform>%n weitere geänderte Zeile.</numerusform>
            <numerusform>%n weitere geänderte Zeilen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tg::ConfigChangeDetector</name>
    <message>
        <source>Configuration reloaded on %1</source>
        <translation>Konfiguration auf %1 neu geladen</translation>
    </message>
    <message>
        <source>%1 reported %2%3. If nobody on your team changed the configuration, someone with shell or AMI access did.</source>
        <translation>%1 meldete %2%3. Falls niemand in Ihrem Team die Konfiguration geändert hat, war es jemand mit Shell- oder AMI-Zugang.</translation>
    </message>
    <message>
        <source>a reload</source>
        <translation>einen Reload</translation>
    </message>
    <message>
        <source>Confirm the change with your team, then compare the configuration with the approved baseline.</source>
        <translation>Klären Sie die Änderung mit Ihrem Team und vergleichen Sie dann die Konfiguration mit der freigegebenen Baseline.</translation>
    </message>
    <message>
        <source>config reload: on (ignoring %1)</source>
        <translation>Konfig-Reload: aktiv (ignoriert %1)</translation>
    </message>
    <message>
        <source>config reload: off (turned off in the settings)</source>
        <translation>Konfig-Reload: inaktiv (in den Einstellungen deaktiviert)</translation>
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
        <translation>Die Baseline konnte nicht freigegeben werden: %1</translation>
    </message>
    <message>
        <source>The snapshot of %1 from %2 is now the approved baseline.</source>
        <translation>Der Snapshot von %1 vom %2 ist jetzt die freigegebene Baseline.</translation>
    </message>
    <message>
        <source>Watched files of %1</source>
        <translation>Überwachte Dateien von %1</translation>
    </message>
    <message>
        <source>The defaults for this PBX are shown. </source>
        <translation>Es werden die Standardwerte für diese PBX angezeigt. </translation>
    </message>
    <message>
        <source>One absolute path per line; a * in the file name matches several files (e.g. /etc/freeswitch/sip_profiles/*.xml).</source>
        <translation>Ein absoluter Pfad pro Zeile; ein * im Dateinamen passt auf mehrere Dateien (z. B. /etc/freeswitch/sip_profiles/*.xml).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an absolute path of plain characters; the watch list was not changed.</source>
        <translation>&quot;%1&quot; ist kein absoluter Pfad aus einfachen Zeichen; die Überwachungsliste wurde nicht geändert.</translation>
    </message>
    <message>
        <source>The watch list was saved; it is used from the next snapshot round.</source>
        <translation>Die Überwachungsliste wurde gespeichert; sie gilt ab der nächsten Snapshot-Runde.</translation>
    </message>
    <message>
        <source>The watch list could not be saved: %1</source>
        <translation>Die Überwachungsliste konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>no changes</source>
        <translation>keine Änderungen</translation>
    </message>
    <message>
        <source>change %1 of %2</source>
        <translation>Änderung %1 von %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Select one snapshot to compare it with the baseline (or the one before), or two to compare them with each other.</source>
        <translation>Wählen Sie einen Snapshot aus, um ihn mit der Baseline (oder dem vorherigen) zu vergleichen, oder zwei, um sie miteinander zu vergleichen.</translation>
    </message>
    <message>
        <source>Snapshot now</source>
        <translation>Snapshot erstellen</translation>
    </message>
    <message>
        <source>Watched files…</source>
        <translation>Überwachte Dateien…</translation>
    </message>
    <message>
        <source>PBX:</source>
        <translation>PBX:</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>Snapshots</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <source>Old version left, new version right</source>
        <translation>Alte Version links, neue Version rechts</translation>
    </message>
    <message>
        <source>Unified</source>
        <translation>Einheitlich</translation>
    </message>
    <message>
        <source>One column, removed lines above added ones</source>
        <translation>Eine Spalte, entfernte Zeilen über hinzugefügten</translation>
    </message>
    <message>
        <source>↑ Previous</source>
        <translation>↑ Vorherige</translation>
    </message>
    <message>
        <source>Previous change (Alt+Up)</source>
        <translation>Vorherige Änderung (Alt+Up)</translation>
    </message>
    <message>
        <source>↓ Next</source>
        <translation>↓ Nächste</translation>
    </message>
    <message>
        <source>Next change (Alt+Down)</source>
        <translation>Nächste Änderung (Alt+Down)</translation>
    </message>
    <message>
        <source>Show secrets</source>
        <translation>Secrets anzeigen</translation>
    </message>
    <message>
        <source>Secret values (secret=, password=, ...) are masked; show them only when nobody is watching your screen.</source>
        <translation>Geheime Werte (secret=, password=, ...) werden maskiert; zeigen Sie sie nur an, wenn niemand auf Ihren Bildschirm schaut.</translation>
    </message>
    <message>
        <source>Approve as baseline</source>
        <translation>Als Baseline freigeben</translation>
    </message>
    <message>
        <source>Accept the newer version of this comparison as the file&apos;s approved content.</source>
        <translation>Die neuere Version dieses Vergleichs als freigegebenen Inhalt der Datei übernehmen.</translation>
    </message>
    <message>
        <source>Revert to baseline…</source>
        <translation>Auf Baseline zurücksetzen…</translation>
    </message>
    <message>
        <source>Restore the approved content on the PBX through the guided fix flow (preview, backup, write, reload, roll back).</source>
        <translation>Den freigegebenen Inhalt über den geführten Korrekturablauf auf der PBX wiederherstellen (Vorschau, Sicherung, Schreiben, Reload, Zurücksetzen).</translation>
    </message>
    <message>
        <source>Security-relevant changes; click one to go to its line.</source>
        <translation>Sicherheitsrelevante Änderungen; klicken Sie auf eine, um zu ihrer Zeile zu springen.</translation>
    </message>
    <message>
        <source>Fetching the watched files of %1…</source>
        <translation>Überwachte Dateien von %1 werden abgerufen…</translation>
    </message>
    <message>
        <source>No PBX has configuration snapshots yet. Add a PBX with SSH access; Tollgate then keeps a history of its configuration files.</source>
        <translation>Noch keine PBX hat Konfigurations-Snapshots. Fügen Sie eine PBX mit SSH-Zugang hinzu; Tollgate führt dann einen Verlauf ihrer Konfigurationsdateien.</translation>
    </message>
    <message>
        <source>No snapshots of %1 yet. Use &quot;Snapshot now&quot; to fetch its watched files.</source>
        <translation>Noch keine Snapshots von %1. Verwenden Sie &quot;Snapshot erstellen&quot;, um die überwachten Dateien abzurufen.</translation>
    </message>
    <message>
        <source>%1, %2
SHA-256 %3</source>
        <translation>%1, %2
SHA-256 %3</translation>
    </message>
    <message>
        <source>Read over AMI GetConfig: comments and layout are not kept.</source>
        <translation>Über AMI GetConfig gelesen: Kommentare und Layout bleiben nicht erhalten.</translation>
    </message>
    <message>
        <source>★ baseline</source>
        <translation>★ Baseline</translation>
    </message>
    <message>
        <source>Approved by %1 on %2</source>
        <translation>Freigegeben von %1 am %2</translation>
    </message>
    <message>
        <source>same as baseline</source>
        <translation>wie Baseline</translation>
    </message>
    <message>
        <source>not approved</source>
        <translation>nicht freigegeben</translation>
    </message>
    <message>
        <source>baseline of %1</source>
        <translation>Baseline von %1</translation>
    </message>
    <message>
        <source>snapshot of %1</source>
        <translation>Snapshot von %1</translation>
    </message>
    <message>
        <source>%1 — only one snapshot (%2)</source>
        <translation>%1 — nur ein Snapshot (%2)</translation>
    </message>
    <message>
        <source>%1 — %2 → %3</source>
        <translation>%1 — %2 → %3</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Wird verglichen…</translation>
    </message>
    <message>
        <source>No difference.</source>
        <translation>Kein Unterschied.</translation>
    </message>
    <message>
        <source>Binary file changed: %1 bytes → %2 bytes.</source>
        <translation>Binärdatei geändert: %1 Bytes → %2 Bytes.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&apos;color:#2e7d32&apos;&gt;+%1&lt;/span&gt; &lt;span style=&apos;color:#c62828&apos;&gt;−%2&lt;/span&gt; lines, %n change(s)</source>
        <translation>
            <numerusform>&lt;span style=&apos;color:#2e7d32&apos;&gt;+%1&lt;/span&gt; &lt;span style=&apos;color:#c62828&apos;&gt;−%2&lt;/span&gt; Zeilen, %n Änderung</numerusform>
            <numerusform>&lt;span style=&apos;color:#2e7d32&apos;&gt;+%1&lt;/span&gt; &lt;span style=&apos;color:#c62828&apos;&gt;−%2&lt;/span&gt; Zeilen, %n Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source> — highest risk: &lt;b style=&apos;color:%1&apos;&gt;%2&lt;/b&gt;</source>
        <translation> — höchstes Risiko: &lt;b style=&apos;color:%1&apos;&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source> — the versions differ too much to align line by line; shown as one replacement</source>
        <translation> — die Versionen unterscheiden sich zu stark für einen zeilenweisen Abgleich; als eine Ersetzung dargestellt</translation>
    </message>
    <message>
        <source> — only the first %1 MB are compared</source>
        <translation> — nur die ersten %1 MB werden verglichen</translation>
    </message>
    <message>
        <source>Undo revert</source>
        <translation>Zurücksetzen rückgängig</translation>
    </message>
    <message>
        <source>Put back the file the last revert replaced (from the backup it made) and reload.</source>
        <translation>Die Datei, die das letzte Zurücksetzen ersetzt hat, aus dessen Sicherung wiederherstellen und neu laden.</translation>
    </message>
    <message>
        <source>Reading %1 on %2 to prepare the revert…</source>
        <translation>%1 auf %2 wird gelesen, um das Zurücksetzen vorzubereiten…</translation>
    </message>
    <message>
        <source>Restoring %1 on %2 from %3…</source>
        <translation>%1 auf %2 wird aus %3 wiederhergestellt…</translation>
    </message>
    <message numerus="yes">
        <source>%n watched file(s) of %1 could not be fetched: %2</source>
        <translation>
            <numerusform>%n überwachte Datei von %1 konnte nicht abgerufen werden: %2</numerusform>
            <numerusform>%n überwachte Dateien von %1 konnten nicht abgerufen werden: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Reverting %1 on %2: backup, write, reload…</source>
        <translation>%1 auf %2 wird zurückgesetzt: Sicherung, Schreiben, Neuladen…</translation>
    </message>
    <message>
        <source>The revert was cancelled; nothing was changed.</source>
        <translation>Das Zurücksetzen wurde abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Revert on %1</source>
        <translation>Zurücksetzen auf %1</translation>
    </message>
</context>
<context>
    <name>tg::ConfigFileSet</name>
    <message>
        <source>%1 is not a readable folder.</source>
        <translation>%1 ist kein lesbarer Ordner.</translation>
    </message>
    <message>
        <source>More than %1 files below %2; the rest were not read.</source>
        <translation>Mehr als %1 Dateien unterhalb von %2; der Rest wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB and was not read.</source>
        <translation>%1 ist größer als %2 MiB und wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>The files below %1 exceed %2 MiB together; the rest were not read.</source>
        <translation>Die Dateien unterhalb von %1 überschreiten zusammen %2 MiB; der Rest wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2.</source>
        <translation>%1 konnte nicht gelesen werden: %2.</translation>
    </message>
</context>
<context>
    <name>tg::ConfigHistorySettingsPage</name>
    <message>
        <source> snapshots per file</source>
        <translation> Snapshots pro Datei</translation>
    </message>
    <message>
        <source>No count limit</source>
        <translation>Keine Anzahlgrenze</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>No age limit</source>
        <translation>Keine Altersgrenze</translation>
    </message>
    <message>
        <source>Older config snapshots are deleted when a file gets a new one; its approved baseline and its newest snapshot are always kept.</source>
        <translation>Ältere Konfigurations-Snapshots werden gelöscht, wenn eine Datei einen neuen erhält; ihre freigegebene Baseline und ihr neuester Snapshot bleiben immer erhalten.</translation>
    </message>
    <message>
        <source>Keep the newest</source>
        <translation>Die neuesten behalten</translation>
    </message>
    <message>
        <source>Keep snapshots for</source>
        <translation>Snapshots aufbewahren für</translation>
    </message>
    <message>
        <source>Config history</source>
        <translation>Konfigurationsverlauf</translation>
    </message>
    <message>
        <source>The settings could not be written to %1.</source>
        <translation>Die Einstellungen konnten nicht in %1 geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>tg::ConfigSnapshot</name>
    <message>
        <source>scheduled</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>after a reload</source>
        <translation>nach einem Reload</translation>
    </message>
    <message>
        <source>on demand</source>
        <translation>auf Anforderung</translation>
    </message>
    <message>
        <source>after a revert</source>
        <translation>nach einem Zurücksetzen</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
</context>
<context>
    <name>tg::ConfigWatcher</name>
    <message>
        <source>The watched path &quot;%1&quot; of %2 is not an absolute path of plain characters; correct it in the watch list.</source>
        <translation>Der überwachte Pfad &quot;%1&quot; von %2 ist kein absoluter Pfad aus einfachen Zeichen; korrigieren Sie ihn in der Überwachungsliste.</translation>
    </message>
    <message>
        <source>no SSH access is configured</source>
        <translation>es ist kein SSH-Zugang konfiguriert</translation>
    </message>
    <message>
        <source>%1 on %2 is larger than %3 MB and was not stored; raise the limit or remove it from the watch list.</source>
        <translation>%1 auf %2 ist größer als %3 MB und wurde nicht gespeichert; erhöhen Sie das Limit oder entfernen Sie die Datei aus der Überwachungsliste.</translation>
    </message>
    <message>
        <source>Could not read %1 on %2: %3</source>
        <translation>%1 auf %2 konnte nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>Could not read %1 on %2 over SSH (%3) nor over AMI (%4).</source>
        <translation>%1 auf %2 konnte weder über SSH (%3) noch über AMI (%4) gelesen werden.</translation>
    </message>
    <message>
        <source>Could not store the snapshot of %1 on %2: %3</source>
        <translation>Der Snapshot von %1 auf %2 konnte nicht gespeichert werden: %3</translation>
    </message>
</context>
<context>
    <name>tg::ConnectionTest</name>
    <message>
        <source>SSH: logged in as %1.</source>
        <translation>SSH: angemeldet als %1.</translation>
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
        <translation>%1: verbunden und angemeldet.</translation>
    </message>
    <message>
        <source>%1: connected and logged in (%2).</source>
        <translation>%1: verbunden und angemeldet (%2).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: no answer from %2:%3 within %4 s.</source>
        <translation>%1: keine Antwort von %2:%3 innerhalb von %4 s.</translation>
    </message>
    <message>
        <source>SSH: no answer within %1 s.</source>
        <translation>SSH: keine Antwort innerhalb von %1 s.</translation>
    </message>
</context>
<context>
    <name>tg::ConsoleStyle</name>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Auth failure</source>
        <translation>Auth-Fehler</translation>
    </message>
    <message>
        <source>Auth success</source>
        <translation>Auth-Erfolg</translation>
    </message>
    <message>
        <source>Auth challenge</source>
        <translation>Auth-Challenge</translation>
    </message>
    <message>
        <source>ACL reject</source>
        <translation>ACL-Ablehnung</translation>
    </message>
    <message>
        <source>Protocol abuse</source>
        <translation>Protokollmissbrauch</translation>
    </message>
    <message>
        <source>Resource limit</source>
        <translation>Ressourcenlimit</translation>
    </message>
    <message>
        <source>Call start</source>
        <translation>Anrufbeginn</translation>
    </message>
    <message>
        <source>Call answer</source>
        <translation>Anruf angenommen</translation>
    </message>
    <message>
        <source>Call end</source>
        <translation>Anrufende</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registrierung</translation>
    </message>
    <message>
        <source>Unregistration</source>
        <translation>Deregistrierung</translation>
    </message>
    <message>
        <source>Config reload</source>
        <translation>Konfig-Reload</translation>
    </message>
    <message>
        <source>Connector state</source>
        <translation>Connector-Status</translation>
    </message>
    <message>
        <source>Protocol error</source>
        <translation>Protokollfehler</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Roh</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbindungsaufbau</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>Neuverbindung</translation>
    </message>
    <message>
        <source>Login refused</source>
        <translation>Anmeldung abgelehnt</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>vor %n s</numerusform>
            <numerusform>vor %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n min</numerusform>
            <numerusform>vor %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n h</numerusform>
            <numerusform>vor %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tg::CostDetector</name>
    <message>
        <source>Expensive call from %1</source>
        <translation>Teurer Anruf von %1</translation>
    </message>
    <message>
        <source>A call to %1 lasting %2 cost about %3 (limit per call: %4).</source>
        <translation>Ein Anruf zu %1 mit einer Dauer von %2 kostete etwa %3 (Limit pro Anruf: %4).</translation>
    </message>
    <message>
        <source>Confirm the call with the user of %1; if nobody made it, treat the account as compromised.</source>
        <translation>Klären Sie den Anruf mit dem Benutzer von %1; falls niemand ihn getätigt hat, behandeln Sie das Konto als kompromittiert.</translation>
    </message>
    <message>
        <source>Unusual daily spend on %1</source>
        <translation>Ungewöhnliche Tagesausgaben auf %1</translation>
    </message>
    <message>
        <source>Estimated spend today is %1, against about %2 per day learned over %3 days (threshold: %4 times that, at least %5).</source>
        <translation>Die geschätzten Ausgaben heute betragen %1, gegenüber etwa %2 pro Tag, gelernt über %3 Tage (Schwelle: das %4-Fache davon, mindestens %5).</translation>
    </message>
    <message>
        <source>Estimated spend today is %1 (limit %2 until %3 days of history exist).</source>
        <translation>Die geschätzten Ausgaben heute betragen %1 (Limit %2, bis %3 Tage Verlauf vorliegen).</translation>
    </message>
    <message>
        <source>Review today&apos;s external calls of %1 by cost; set a spending limit at the carrier.</source>
        <translation>Prüfen Sie die heutigen externen Anrufe von %1 nach Kosten; setzen Sie beim Carrier ein Ausgabenlimit.</translation>
    </message>
    <message>
        <source>Call costs burning fast on %1</source>
        <translation>Anrufkosten steigen rasant auf %1</translation>
    </message>
    <message>
        <source>About %1 spent in the last hour (%2 by ended calls, %3 by calls still running), limit %4 per hour. At this rate a day costs about %5.</source>
        <translation>Etwa %1 in der letzten Stunde ausgegeben (%2 durch beendete Anrufe, %3 durch noch laufende), Limit %4 pro Stunde. Bei diesem Tempo kostet ein Tag etwa %5.</translation>
    </message>
    <message>
        <source>Open the live calls of %1 and hang up the expensive ones you do not recognise; block international dialing until it is explained.</source>
        <translation>Öffnen Sie die laufenden Anrufe von %1 und legen Sie die teuren auf, die Sie nicht kennen; sperren Sie internationale Anrufe, bis die Ursache geklärt ist.</translation>
    </message>
    <message>
        <source>Long billable call from %1 to %2</source>
        <translation>Langer kostenpflichtiger Anruf von %1 an %2</translation>
    </message>
    <message>
        <source>The call has been answered for %1 (limit %2) at about %3 per minute: %4 so far.</source>
        <translation>Der Anruf ist seit %1 verbunden (Limit %2), bei etwa %3 pro Minute: bisher %4.</translation>
    </message>
    <message>
        <source>Check the call with the user of %1 and hang it up if it is not expected.</source>
        <translation>Prüfen Sie den Anruf mit dem Benutzer von %1 und legen Sie ihn auf, wenn er nicht erwartet ist.</translation>
    </message>
    <message>
        <source>cost: on (per call %1, per hour %2, daily %3 times the baseline after %4 days, else %5; long calls after %6 min)</source>
        <translation>Kosten: aktiv (pro Anruf %1, pro Stunde %2, täglich das %3-Fache des Normalwerts nach %4 Tagen, sonst %5; lange Anrufe nach %6 min)</translation>
    </message>
</context>
<context>
    <name>tg::DashboardView</name>
    <message>
        <source>No PBX is reporting yet.</source>
        <translation>Noch keine PBX meldet Daten.</translation>
    </message>
    <message>
        <source>Failed logins per minute (last hour)</source>
        <translation>Fehlgeschlagene Anmeldungen pro Minute (letzte Stunde)</translation>
    </message>
    <message>
        <source>Calls per minute (last hour)</source>
        <translation>Anrufe pro Minute (letzte Stunde)</translation>
    </message>
    <message>
        <source>Top attacking source IPs (failed logins, last hour)</source>
        <translation>Top-Angreifer nach Quell-IP (fehlgeschlagene Anmeldungen, letzte Stunde)</translation>
    </message>
    <message>
        <source>Failed logins</source>
        <translation>Fehlgeschlagene Anmeldungen</translation>
    </message>
    <message>
        <source>Open alerts by severity</source>
        <translation>Offene Alarme nach Schweregrad</translation>
    </message>
    <message>
        <source>none in the last hour</source>
        <translation>keine in der letzten Stunde</translation>
    </message>
    <message>
        <source>Open alerts by severity (%1 open or acknowledged)</source>
        <translation>Offene Alarme nach Schweregrad (%1 offen oder bestätigt)</translation>
    </message>
    <message>
        <source>Calls and estimated cost by destination country (today)</source>
        <translation>Anrufe und geschätzte Kosten nach Zielland (heute)</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Geschätzte Kosten</translation>
    </message>
    <message>
        <source>Estimated from the prefix table&apos;s rates (Settings, Rates). The burn rate counts calls ended in the last hour and calls still running; the baseline is the learned daily spend.</source>
        <translation>Geschätzt aus den Tarifen der Präfixtabelle (Einstellungen, Tarife). Die Verbrauchsrate zählt in der letzten Stunde beendete und noch laufende Anrufe; die Basislinie ist der gelernte Tagesverbrauch.</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>Failed logins per 15 minutes (last day)</source>
        <translation>Fehlgeschlagene Anmeldungen pro 15 Minuten (letzter Tag)</translation>
    </message>
    <message>
        <source>Calls per 15 minutes (last day)</source>
        <translation>Anrufe pro 15 Minuten (letzter Tag)</translation>
    </message>
    <message>
        <source>Top attacking source IPs (failed logins, last day)</source>
        <translation>Häufigste angreifende Quell-IPs (fehlgeschlagene Anmeldungen, letzter Tag)</translation>
    </message>
    <message>
        <source>none in the last day</source>
        <translation>keine am letzten Tag</translation>
    </message>
    <message>
        <source>all PBXes</source>
        <translation>alle PBX</translation>
    </message>
    <message>
        <source>Cost exposure (%1): spent today %2 · burn rate %3 per hour · baseline %4</source>
        <translation>Kostenrisiko (%1): heute ausgegeben %2 · Verbrauchsrate %3 pro Stunde · Basislinie %4</translation>
    </message>
    <message>
        <source>%1 per day</source>
        <translation>%1 pro Tag</translation>
    </message>
    <message>
        <source>still learning</source>
        <translation>wird noch gelernt</translation>
    </message>
    <message>
        <source>no external calls today</source>
        <translation>heute keine externen Anrufe</translation>
    </message>
    <message>
        <source>%1 (calls: %2)</source>
        <translation>%1 (Anrufe: %2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n failed login(s)</source>
        <translation>
            <numerusform>%1: %n fehlgeschlagene Anmeldung</numerusform>
            <numerusform>%1: %n fehlgeschlagene Anmeldungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Country unknown</source>
        <translation>Land unbekannt</translation>
    </message>
    <message>
        <source>Click a bar to block that address (the plan is shown first).</source>
        <translation>Klicken Sie auf einen Balken, um diese Adresse zu sperren (zuerst wird der Plan gezeigt).</translation>
    </message>
</context>
<context>
    <name>tg::Database</name>
    <message>
        <source>Could not create the folder %1 for the database; check its permissions or choose another folder with --data-dir.</source>
        <translation>Der Ordner %1 für die Datenbank konnte nicht angelegt werden; prüfen Sie die Berechtigungen oder wählen Sie mit --data-dir einen anderen Ordner.</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is missing; install the Qt SQLite plugin (libqt6sql6-sqlite) and start Tollgate again.</source>
        <translation>Der SQLite-Treiber für Qt fehlt; installieren Sie das Qt-SQLite-Plugin (libqt6sql6-sqlite) und starten Sie Tollgate neu.</translation>
    </message>
    <message>
        <source>Could not open the database %1: %2.</source>
        <translation>Die Datenbank %1 konnte nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Tollgate (schema %2; this version understands up to %3); it was left untouched. Update Tollgate, or start it with --data-dir pointing to another folder.</source>
        <translation>Die Datenbank %1 wurde von einer neueren Tollgate-Version geschrieben (Schema %2; diese Version versteht bis %3); sie wurde nicht verändert. Aktualisieren Sie Tollgate oder starten Sie es mit --data-dir und einem anderen Ordner.</translation>
    </message>
    <message>
        <source>Could not switch the database %1 to write-ahead logging; the folder may be read-only or on a network drive. Choose a local folder with --data-dir.</source>
        <translation>Die Datenbank %1 konnte nicht auf Write-Ahead-Logging umgestellt werden; der Ordner ist möglicherweise schreibgeschützt oder liegt auf einem Netzlaufwerk. Wählen Sie mit --data-dir einen lokalen Ordner.</translation>
    </message>
    <message>
        <source>Could not upgrade the database %1 (it is busy or read-only): %2.</source>
        <translation>Die Datenbank %1 konnte nicht aktualisiert werden (sie ist belegt oder schreibgeschützt): %2.</translation>
    </message>
    <message>
        <source>Could not upgrade the database %1 to schema %2: %3. The file is unchanged; free some disk space or check permissions and start again.</source>
        <translation>Die Datenbank %1 konnte nicht auf Schema %2 aktualisiert werden: %3. Die Datei ist unverändert; geben Sie Speicherplatz frei oder prüfen Sie die Berechtigungen und starten Sie erneut.</translation>
    </message>
</context>
<context>
    <name>tg::DbCheckReport</name>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>Schema version: %1 (this version of Tollgate understands up to %2)</source>
        <translation>Schemaversion: %1 (diese Tollgate-Version versteht bis %2)</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>Integrität: %1</translation>
    </message>
    <message>
        <source>Rows in %1: %2</source>
        <translation>Zeilen in %1: %2</translation>
    </message>
    <message>
        <source>Result: OK</source>
        <translation>Ergebnis: OK</translation>
    </message>
    <message>
        <source>Result: FAILED — %1</source>
        <translation>Ergebnis: FEHLGESCHLAGEN — %1</translation>
    </message>
</context>
<context>
    <name>tg::DemoCapture</name>
    <message>
        <source>The demo capture %1 is missing from this build.</source>
        <translation>Der Demo-Mitschnitt %1 fehlt in diesem Build.</translation>
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
        <translation>Stattdessen wird die eingebaute Präfixtabelle verwendet.</translation>
    </message>
    <message numerus="yes">
        <source>The prefix table has %n line(s) that do not parse; they were skipped.</source>
        <translation>
            <numerusform>Die Präfixtabelle hat %n Zeile, die nicht gelesen werden kann; sie wurde übersprungen.</numerusform>
            <numerusform>Die Präfixtabelle hat %n Zeilen, die nicht gelesen werden können; sie wurden übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Allowlist entries that are not addresses or networks were ignored: %1</source>
        <translation>Allowlist-Einträge, die keine Adressen oder Netze sind, wurden ignoriert: %1</translation>
    </message>
    <message>
        <source>Detector at its memory limit: %1</source>
        <translation>Detektor am Speicherlimit: %1</translation>
    </message>
    <message>
        <source>The %1 detector keeps at most %2 addresses or accounts in memory; %3 older ones were dropped to stay within it, and their counting starts over. Traffic from this many sources means a large distributed attack or scan.</source>
        <translation>Der Detektor %1 hält höchstens %2 Adressen oder Konten im Speicher; %3 ältere wurden verworfen, um darunter zu bleiben, und ihre Zählung beginnt von vorn. Verkehr von so vielen Quellen deutet auf einen großen verteilten Angriff oder Scan hin.</translation>
    </message>
    <message>
        <source>Restrict SIP to known networks at the firewall; raise limits.maxTrackedKeys if the machine has memory to spare.</source>
        <translation>Beschränken Sie SIP an der Firewall auf bekannte Netze; erhöhen Sie limits.maxTrackedKeys, wenn der Rechner genügend Speicher hat.</translation>
    </message>
    <message numerus="yes">
        <source>prefix table: %n prefixes (%1)</source>
        <translation>
            <numerusform>Präfixtabelle: %n Präfix (%1)</numerusform>
            <numerusform>Präfixtabelle: %n Präfixe (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>built in</source>
        <translation>eingebaut</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>tg::DetectionFilePage</name>
    <message>
        <source>The detection settings file cannot be read, so it is not overwritten: %1</source>
        <translation>Die Datei der Erkennungseinstellungen kann nicht gelesen werden und wird daher nicht überschrieben: %1</translation>
    </message>
</context>
<context>
    <name>tg::DetectionSettingsPage</name>
    <message>
        <source>ISO 4217 code of the rates in the prefix table, e.g. USD or EUR.</source>
        <translation>ISO-4217-Code der Tarife in der Präfixtabelle, z. B. USD oder EUR.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Alert when a PBX reloads its configuration</source>
        <translation>Alarm, wenn eine PBX ihre Konfiguration neu lädt</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Standardwerte wiederherstellen</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>Erkennung</translation>
    </message>
    <message>
        <source>The currency must be a three-letter ISO 4217 code such as USD or EUR.</source>
        <translation>Die Währung muss ein dreibuchstabiger ISO-4217-Code wie USD oder EUR sein.</translation>
    </message>
    <message>
        <source>Brute force and enumeration</source>
        <translation>Brute Force und Enumeration</translation>
    </message>
    <message>
        <source>Failures from one address</source>
        <translation>Fehlversuche von einer Adresse</translation>
    </message>
    <message>
        <source>Authentication failures from one source address that raise a brute-force alert (fail2ban&apos;s asterisk jail: 10).</source>
        <translation>Authentifizierungsfehler von einer Quelladresse, die einen Brute-Force-Alarm auslösen (asterisk-Jail von fail2ban: 10).</translation>
    </message>
    <message>
        <source>…within</source>
        <translation>…innerhalb von</translation>
    </message>
    <message>
        <source>The window those failures must fall in.</source>
        <translation>Das Fenster, in das diese Fehlversuche fallen müssen.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Addresses against one account</source>
        <translation>Adressen gegen ein Konto</translation>
    </message>
    <message>
        <source>Distinct source addresses failing on one account that raise a distributed brute-force alert.</source>
        <translation>Verschiedene Quelladressen mit Fehlversuchen an einem Konto, die einen verteilten Brute-Force-Alarm auslösen.</translation>
    </message>
    <message>
        <source>Failures on one account</source>
        <translation>Fehlversuche an einem Konto</translation>
    </message>
    <message>
        <source>Failures on one account, from all those addresses together.</source>
        <translation>Fehlversuche an einem Konto, von all diesen Adressen zusammen.</translation>
    </message>
    <message>
        <source>Slow sprays from fresh addresses add up over this window.</source>
        <translation>Langsame Angriffe von immer neuen Adressen summieren sich über dieses Fenster.</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Accounts tried from one address</source>
        <translation>Von einer Adresse probierte Konten</translation>
    </message>
    <message>
        <source>Distinct accounts failing from one address that raise an enumeration alert.</source>
        <translation>Verschiedene fehlschlagende Konten von einer Adresse, die einen Enumerationsalarm auslösen.</translation>
    </message>
    <message>
        <source>The window those accounts must fall in.</source>
        <translation>Das Fenster, in das diese Konten fallen müssen.</translation>
    </message>
    <message>
        <source>Scanners and breach</source>
        <translation>Scanner und Einbruch</translation>
    </message>
    <message>
        <source>Accounts swept by challenges</source>
        <translation>Per Challenge abgesuchte Konten</translation>
    </message>
    <message>
        <source>Accounts challenged from one address, almost none answered, that count as a scanner sweep.</source>
        <translation>Von einer Adresse herausgeforderte Konten, fast keine beantwortet, die als Scanner-Durchlauf gelten.</translation>
    </message>
    <message>
        <source>Failures before a success (address)</source>
        <translation>Fehlversuche vor einem Erfolg (Adresse)</translation>
    </message>
    <message>
        <source>A successful login from an address after this many failures from it is the breach moment (critical).</source>
        <translation>Eine erfolgreiche Anmeldung von einer Adresse nach so vielen Fehlversuchen von dort ist der Moment des Einbruchs (kritisch).</translation>
    </message>
    <message>
        <source>Failures before a success (account)</source>
        <translation>Fehlversuche vor einem Erfolg (Konto)</translation>
    </message>
    <message>
        <source>A successful login on an account after this many failures on it (critical).</source>
        <translation>Eine erfolgreiche Anmeldung an einem Konto nach so vielen Fehlversuchen daran (kritisch).</translation>
    </message>
    <message>
        <source>New-source learning period</source>
        <translation>Lernphase für neue Quellen</translation>
    </message>
    <message>
        <source>After a PBX&apos;s first event, sources are learned quietly for this long before new ones raise alerts.</source>
        <translation>Nach dem ersten Ereignis einer PBX werden Quellen so lange still gelernt, bevor neue Alarme auslösen.</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>Off-hours risk score</source>
        <translation>Risikowert außerhalb der Geschäftszeit</translation>
    </message>
    <message>
        <source>Outbound calls outside business hours raise an alert once their risk adds up to this (domestic 1, international 3, high-risk 5).</source>
        <translation>Abgehende Anrufe außerhalb der Geschäftszeit lösen einen Alarm aus, sobald ihr Risiko diesen Wert erreicht (Inland 1, international 3, Hochrisiko 5).</translation>
    </message>
    <message>
        <source>Spike factor</source>
        <translation>Spitzenfaktor</translation>
    </message>
    <message>
        <source>Calls in an hour against the learned average for that hour of the week.</source>
        <translation>Anrufe in einer Stunde im Vergleich zum gelernten Mittel dieser Wochenstunde.</translation>
    </message>
    <message>
        <source> ×</source>
        <translation> ×</translation>
    </message>
    <message>
        <source>Never a spike below</source>
        <translation>Nie eine Spitze unter</translation>
    </message>
    <message>
        <source>Calls per hour under which no spike is reported.</source>
        <translation>Anrufe pro Stunde, unterhalb derer keine Spitze gemeldet wird.</translation>
    </message>
    <message>
        <source> calls</source>
        <translation> Anrufe</translation>
    </message>
    <message>
        <source>Concurrent calls per account</source>
        <translation>Gleichzeitige Anrufe pro Konto</translation>
    </message>
    <message>
        <source>More simultaneous calls on one account than this raise an alert (a desk phone rarely holds more than 2).</source>
        <translation>Mehr gleichzeitige Anrufe auf einem Konto lösen einen Alarm aus (ein Tischtelefon hält selten mehr als 2).</translation>
    </message>
    <message>
        <source>Sequential numbers dialed</source>
        <translation>Gewählte fortlaufende Nummern</translation>
    </message>
    <message>
        <source>Distinct numbers differing only in their last digits that count as a range test.</source>
        <translation>Verschiedene Nummern, die sich nur in den letzten Ziffern unterscheiden und als Bereichstest gelten.</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Cost of one call</source>
        <translation>Kosten eines Anrufs</translation>
    </message>
    <message>
        <source>An alert when one call&apos;s estimated cost reaches this.</source>
        <translation>Ein Alarm, wenn die geschätzten Kosten eines Anrufs diesen Wert erreichen.</translation>
    </message>
    <message>
        <source>Burn rate per hour</source>
        <translation>Verbrauchsrate pro Stunde</translation>
    </message>
    <message>
        <source>An alert when running calls cost this much per hour.</source>
        <translation>Ein Alarm, wenn laufende Anrufe so viel pro Stunde kosten.</translation>
    </message>
    <message>
        <source>Daily spend factor</source>
        <translation>Faktor Tagesausgaben</translation>
    </message>
    <message>
        <source>Today&apos;s spend against the learned daily average.</source>
        <translation>Heutige Ausgaben im Vergleich zum gelernten Tagesdurchschnitt.</translation>
    </message>
    <message>
        <source>Daily spend limit</source>
        <translation>Grenze Tagesausgaben</translation>
    </message>
    <message>
        <source>An alert at this daily spend, also before there is history to compare with.</source>
        <translation>Ein Alarm bei diesen Tagesausgaben, auch bevor es einen Verlauf zum Vergleich gibt.</translation>
    </message>
    <message>
        <source>Long call</source>
        <translation>Langer Anruf</translation>
    </message>
    <message>
        <source>An answered billable call running this long raises an alert.</source>
        <translation>Ein angenommener, kostenpflichtiger Anruf dieser Dauer löst einen Alarm aus.</translation>
    </message>
    <message>
        <source>Floods</source>
        <translation>Fluten</translation>
    </message>
    <message>
        <source>Events from one address</source>
        <translation>Ereignisse von einer Adresse</translation>
    </message>
    <message>
        <source>Security events from one address within the flood window that count as a flood.</source>
        <translation>Sicherheitsereignisse von einer Adresse im Flutfenster, die als Flut gelten.</translation>
    </message>
    <message>
        <source>Events on one PBX</source>
        <translation>Ereignisse auf einer PBX</translation>
    </message>
    <message>
        <source>Security events on one PBX within the flood window.</source>
        <translation>Sicherheitsereignisse auf einer PBX im Flutfenster.</translation>
    </message>
    <message>
        <source>Flood window</source>
        <translation>Flutfenster</translation>
    </message>
    <message>
        <source>The window of both flood limits.</source>
        <translation>Das Fenster beider Flutgrenzen.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Bad requests per minute</source>
        <translation>Fehlerhafte Anfragen pro Minute</translation>
    </message>
    <message>
        <source>Malformed or forbidden requests from one address per minute.</source>
        <translation>Fehlerhafte oder verbotene Anfragen von einer Adresse pro Minute.</translation>
    </message>
    <message>
        <source>Failed calls in a burst</source>
        <translation>Fehlgeschlagene Anrufe in einer Welle</translation>
    </message>
    <message>
        <source>Failed calls on one PBX within five minutes.</source>
        <translation>Fehlgeschlagene Anrufe auf einer PBX innerhalb von fünf Minuten.</translation>
    </message>
    <message>
        <source>Connection drops</source>
        <translation>Verbindungsabbrüche</translation>
    </message>
    <message>
        <source>Drops of the connection to one PBX within ten minutes that count as flapping.</source>
        <translation>Abbrüche der Verbindung zu einer PBX innerhalb von zehn Minuten, die als Flattern gelten.</translation>
    </message>
</context>
<context>
    <name>tg::DiffTextPane</name>
    <message numerus="yes">
        <source>%n unchanged line(s)</source>
        <translation>
            <numerusform>%n unveränderte Zeile</numerusform>
            <numerusform>%n unveränderte Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a file and snapshots to compare.</source>
        <translation>Wählen Sie eine Datei und Snapshots zum Vergleichen.</translation>
    </message>
    <message>
        <source>Binary file changed: %1 bytes (SHA-256 %2) before, %3 bytes (SHA-256 %4) now. Binary content is not shown line by line.</source>
        <translation>Binärdatei geändert: vorher %1 Bytes (SHA-256 %2), jetzt %3 Bytes (SHA-256 %4). Binärer Inhalt wird nicht zeilenweise angezeigt.</translation>
    </message>
    <message>
        <source>The two versions are identical.</source>
        <translation>Die beiden Versionen sind identisch.</translation>
    </message>
    <message>
        <source>Only line endings or the final newline differ.</source>
        <translation>Nur Zeilenenden oder der abschließende Zeilenumbruch unterscheiden sich.</translation>
    </message>
    <message numerus="yes">
        <source>⋯ %n unchanged line(s), click to show</source>
        <translation>
            <numerusform>⋯ %n unveränderte Zeile, zum Anzeigen klicken</numerusform>
            <numerusform>⋯ %n unveränderte Zeilen, zum Anzeigen klicken</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tg::DistributedBruteForceDetector</name>
    <message>
        <source>Distributed brute force on account %1</source>
        <translation>Verteilter Brute-Force-Angriff auf Konto %1</translation>
    </message>
    <message>
        <source>the busiest address failed only %1 times, under the per-address limit of %2</source>
        <translation>die aktivste Adresse scheiterte nur %1-mal, unter dem Limit pro Adresse von %2</translation>
    </message>
    <message>
        <source>the busiest address failed %1 times</source>
        <translation>die aktivste Adresse scheiterte %1-mal</translation>
    </message>
    <message>
        <source>%1 failed logins from %2 different addresses within %3 (threshold: %4 failures from %5 addresses); %6. Account: %7. Sources: %8.</source>
        <translation>%1 fehlgeschlagene Anmeldungen von %2 verschiedenen Adressen innerhalb von %3 (Schwelle: %4 Fehlversuche von %5 Adressen); %6. Konto: %7. Quellen: %8.</translation>
    </message>
    <message>
        <source>Give account %1 a long random password, allow it only from the networks it uses (permit/deny or an ACL), and consider blocking the listed sources.</source>
        <translation>Geben Sie dem Konto %1 ein langes Zufallspasswort, erlauben Sie es nur aus den Netzen, die es nutzt (permit/deny oder eine ACL), und erwägen Sie, die aufgeführten Quellen zu sperren.</translation>
    </message>
    <message>
        <source>distributed brute force per account: on (%1 failures from %2 addresses in %3)</source>
        <translation>verteilter Brute-Force pro Konto: aktiv (%1 Fehlversuche von %2 Adressen in %3)</translation>
    </message>
</context>
<context>
    <name>tg::Engine</name>
    <message>
        <source>Demo PBX</source>
        <translation>Demo-PBX</translation>
    </message>
    <message>
        <source>The Demo PBX could not start: %1</source>
        <translation>Die Demo-PBX konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Fixed on %1: %2 was written and reloaded, and the re-check no longer reports it.</source>
        <translation>Behoben auf %1: %2 wurde geschrieben und neu geladen, und die erneute Prüfung meldet den Befund nicht mehr.</translation>
    </message>
    <message>
        <source>%2 was written on %1, but the re-check still reports the finding.</source>
        <translation>%2 wurde auf %1 geschrieben, aber die erneute Prüfung meldet den Befund weiterhin.</translation>
    </message>
    <message>
        <source>%1 on %2 was restored from its backup.</source>
        <translation>%1 auf %2 wurde aus der Sicherung wiederhergestellt.</translation>
    </message>
    <message>
        <source>%1 is not connected in this session, so it cannot be audited; check its settings.</source>
        <translation>%1 ist in dieser Sitzung nicht verbunden und kann daher nicht geprüft werden; prüfen Sie die Einstellungen.</translation>
    </message>
    <message>
        <source>Auditing %1 over SSH…</source>
        <translation>Prüfe %1 über SSH…</translation>
    </message>
    <message>
        <source>Auditing %1 over AMI (no SSH configured)…</source>
        <translation>Prüfe %1 über AMI (kein SSH konfiguriert)…</translation>
    </message>
    <message>
        <source>%1 is not connected; nothing was changed.</source>
        <translation>%1 ist nicht verbunden; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Fixes are written over SSH, and %1 has no SSH settings; add them in the PBX&apos;s settings. Nothing was changed.</source>
        <translation>Korrekturen werden über SSH geschrieben, und %1 hat keine SSH-Einstellungen; tragen Sie sie in den Einstellungen der PBX ein. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Another fix is running on %1; try again when it has finished.</source>
        <translation>Auf %1 läuft bereits eine andere Korrektur; versuchen Sie es erneut, wenn sie fertig ist.</translation>
    </message>
    <message>
        <source>%1 is not reachable over SSH, so the backup could not be restored.</source>
        <translation>%1 ist über SSH nicht erreichbar, daher konnte die Sicherung nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>The detection settings could not be used, so the built-in defaults apply: %1</source>
        <translation>Die Erkennungseinstellungen konnten nicht verwendet werden, daher gelten die eingebauten Standardwerte: %1</translation>
    </message>
    <message>
        <source>%1 replaced the SSH host key of %2 port %3: %4 (was %5).</source>
        <translation>%1 hat den SSH-Host-Schlüssel von %2 Port %3 ersetzt: %4 (vorher %5).</translation>
    </message>
    <message>
        <source>%1 trusted the SSH host key of %2 port %3: %4 %5.</source>
        <translation>%1 hat dem SSH-Host-Schlüssel von %2 Port %3 vertraut: %4 %5.</translation>
    </message>
    <message>
        <source>%1 was blocked automatically on %2 (alert #%3).</source>
        <translation>%1 wurde auf %2 automatisch gesperrt (Alarm #%3).</translation>
    </message>
    <message>
        <source>The automatic block of %1 on %2 did not happen: %3</source>
        <translation>Die automatische Sperre von %1 auf %2 ist nicht erfolgt: %3</translation>
    </message>
    <message>
        <source>%1 on %2 is back to its approved baseline (backup of the replaced file: %3).</source>
        <translation>%1 auf %2 entspricht wieder der freigegebenen Baseline (Sicherung der ersetzten Datei: %3).</translation>
    </message>
    <message>
        <source>The access review settings of %1 could not be saved: %2</source>
        <translation>Die Einstellungen der Zugriffsprüfung von %1 konnten nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>%1 is not reachable over SSH in this session, so %2 cannot be reverted; check its SSH settings.</source>
        <translation>%1 ist in dieser Sitzung nicht über SSH erreichbar, daher kann %2 nicht zurückgesetzt werden; prüfen Sie die SSH-Einstellungen.</translation>
    </message>
    <message>
        <source>The baseline of %1 on %2 is no longer stored; approve a snapshot as baseline first.</source>
        <translation>Die Baseline von %1 auf %2 ist nicht mehr gespeichert; geben Sie zuerst einen Snapshot als Baseline frei.</translation>
    </message>
    <message>
        <source>The stored baseline of %1 on %2 could not be read: %3</source>
        <translation>Die gespeicherte Baseline von %1 auf %2 konnte nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>%1 on %2 is larger than 16 MB; revert it by hand.</source>
        <translation>%1 auf %2 ist größer als 16 MB; setzen Sie es von Hand zurück.</translation>
    </message>
    <message>
        <source>%1 could not be read on %2: %3</source>
        <translation>%1 konnte auf %2 nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>The settings on the PBX %1 could not be saved: %2</source>
        <translation>Die Einstellungen auf der PBX %1 konnten nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>tg::EnumerationDetector</name>
    <message>
        <source>Account enumeration from %1</source>
        <translation>Konto-Enumeration von %1</translation>
    </message>
    <message>
        <source>%1 tried %2 different account names within %3 (threshold: %4); %5 of them were reported as unknown (InvalidAccountID). With alwaysauthreject=yes Asterisk reports unknown names as wrong passwords, so the number of names tried is what shows the enumeration. Names: %6.</source>
        <translation>%1 hat innerhalb von %3 %2 verschiedene Kontonamen ausprobiert (Schwelle: %4); %5 davon wurden als unbekannt gemeldet (InvalidAccountID). Mit alwaysauthreject=yes meldet Asterisk unbekannte Namen als falsche Passwörter, daher zeigt erst die Anzahl der ausprobierten Namen die Enumeration. Namen: %6.</translation>
    </message>
    <message>
        <source>Block %1; keep alwaysauthreject=yes and use extension names that are not simple numbers or words.</source>
        <translation>Sperren Sie %1; behalten Sie alwaysauthreject=yes bei und verwenden Sie Nebenstellennamen, die keine einfachen Zahlen oder Wörter sind.</translation>
    </message>
    <message>
        <source>account enumeration: on (%1 account names from one address in %2)</source>
        <translation>Konto-Enumeration: aktiv (%1 Kontonamen von einer Adresse in %2)</translation>
    </message>
</context>
<context>
    <name>tg::EslClient</name>
    <message>
        <source>PBX %1 (%2) did not complete the event socket login within %3 s; Tollgate will retry.</source>
        <translation>PBX %1 (%2) hat die Event-Socket-Anmeldung nicht innerhalb von %3 s abgeschlossen; Tollgate versucht es erneut.</translation>
    </message>
    <message>
        <source>Monitoring of PBX %1 was stopped before the command completed.</source>
        <translation>Die Überwachung der PBX %1 wurde beendet, bevor der Befehl abgeschlossen war.</translation>
    </message>
    <message>
        <source>Monitoring of PBX %1 is stopped.</source>
        <translation>Die Überwachung der PBX %1 ist beendet.</translation>
    </message>
    <message>
        <source>Connecting to PBX %1 (%2).</source>
        <translation>Verbindung zu PBX %1 (%2) wird hergestellt.</translation>
    </message>
    <message>
        <source>PBX %1 (%2) closed the event socket (&quot;%3&quot;); Tollgate is reconnecting.</source>
        <translation>PBX %1 (%2) hat den Event-Socket geschlossen (&quot;%3&quot;); Tollgate verbindet sich neu.</translation>
    </message>
    <message>
        <source>The event socket connection to PBX %1 (%2) was closed by the PBX; Tollgate is reconnecting.</source>
        <translation>Die Event-Socket-Verbindung zu PBX %1 (%2) wurde von der PBX geschlossen; Tollgate verbindet sich neu.</translation>
    </message>
    <message>
        <source>PBX %1 (%2) closed the event socket before the login completed; Tollgate will retry.</source>
        <translation>PBX %1 (%2) hat den Event-Socket vor Abschluss der Anmeldung geschlossen; Tollgate versucht es erneut.</translation>
    </message>
    <message>
        <source>The event socket connection to PBX %1 (%2) failed: %3. Tollgate is reconnecting.</source>
        <translation>Die Event-Socket-Verbindung zu PBX %1 (%2) ist fehlgeschlagen: %3. Tollgate verbindet sich neu.</translation>
    </message>
    <message>
        <source>Cannot connect to PBX %1 (%2): %3. Check that FreeSWITCH runs, that mod_event_socket listens on this address (event_socket.conf.xml, usually port 8021) and that it is reachable from this computer, or use an SSH tunnel; Tollgate will retry.</source>
        <translation>Keine Verbindung zu PBX %1 (%2) möglich: %3. Prüfen Sie, ob FreeSWITCH läuft, ob mod_event_socket auf dieser Adresse lauscht (event_socket.conf.xml, meist Port 8021) und ob sie von diesem Computer aus erreichbar ist, oder verwenden Sie einen SSH-Tunnel; Tollgate versucht es erneut.</translation>
    </message>
    <message>
        <source>The ESL password of PBX %1 contains a line break, which the event socket cannot carry; correct it in the PBX settings.</source>
        <translation>Das ESL-Passwort der PBX %1 enthält einen Zeilenumbruch, den der Event-Socket nicht übertragen kann; korrigieren Sie es in den PBX-Einstellungen.</translation>
    </message>
    <message>
        <source>PBX %1 (%2) refused the connection: the FreeSWITCH ACL refused this address (apply-inbound-acl in event_socket.conf.xml). Allow this computer&apos;s address there, or reach the event socket through an SSH tunnel; Tollgate will try again in %3 s.</source>
        <translation>PBX %1 (%2) hat die Verbindung abgelehnt: Die FreeSWITCH-ACL hat diese Adresse abgewiesen (apply-inbound-acl in event_socket.conf.xml). Erlauben Sie dort die Adresse dieses Computers oder erreichen Sie den Event-Socket über einen SSH-Tunnel; Tollgate versucht es in %3 s erneut.</translation>
    </message>
    <message>
        <source>PBX %1 refused %2: %3</source>
        <translation>PBX %1 hat %2 abgelehnt: %3</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>PBX %1 is not connected; %2 was not sent.</source>
        <translation>PBX %1 ist nicht verbunden; %2 wurde nicht gesendet.</translation>
    </message>
    <message>
        <source>Too many commands are waiting for PBX %1; %2 was not sent.</source>
        <translation>Zu viele Befehle warten auf PBX %1; %2 wurde nicht gesendet.</translation>
    </message>
    <message>
        <source>The ESL command &quot;%1&quot; was not sent: it is empty or contains a line break.</source>
        <translation>Der ESL-Befehl &quot;%1&quot; wurde nicht gesendet: Er ist leer oder enthält einen Zeilenumbruch.</translation>
    </message>
    <message>
        <source>The call &quot;%1&quot; on PBX %2 was not hung up: that is not a FreeSWITCH call UUID or cause.</source>
        <translation>Der Anruf &quot;%1&quot; auf PBX %2 wurde nicht aufgelegt: Das ist keine FreeSWITCH-Anruf-UUID oder kein gültiger Auflegegrund.</translation>
    </message>
    <message>
        <source>The ESL filter on &quot;%1&quot; was not sent: the header name or value is not valid.</source>
        <translation>Der ESL-Filter auf &quot;%1&quot; wurde nicht gesendet: Der Header-Name oder -Wert ist ungültig.</translation>
    </message>
    <message>
        <source>PBX %1 did not answer %2 in time.</source>
        <translation>PBX %1 hat auf %2 nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>PBX %1 (%2) rejected the event socket login: wrong ESL password. Check the password in the PBX settings against event_socket.conf.xml. Tollgate will not retry until you reconnect or change the password.</source>
        <translation>PBX %1 (%2) hat die Event-Socket-Anmeldung abgelehnt: falsches ESL-Passwort. Vergleichen Sie das Passwort in den PBX-Einstellungen mit event_socket.conf.xml. Tollgate versucht es erst wieder, wenn Sie neu verbinden oder das Passwort ändern.</translation>
    </message>
    <message>
        <source>PBX %1 (%2) refused the event subscription (%3). Check that the ESL user may subscribe to events; Tollgate will try again later.</source>
        <translation>PBX %1 (%2) hat das Event-Abonnement abgelehnt (%3). Prüfen Sie, ob der ESL-Benutzer Events abonnieren darf; Tollgate versucht es später erneut.</translation>
    </message>
    <message>
        <source>Connected to PBX %1 (%2).</source>
        <translation>Mit PBX %1 (%2) verbunden.</translation>
    </message>
    <message>
        <source>PBX %1 (%2) stopped answering (no HEARTBEAT and no reply to the keepalive within %3 s); Tollgate is reconnecting.</source>
        <translation>PBX %1 (%2) antwortet nicht mehr (kein HEARTBEAT und keine Antwort auf den Keepalive innerhalb von %3 s); Tollgate verbindet sich neu.</translation>
    </message>
</context>
<context>
    <name>tg::EslMessage</name>
    <message>
        <source>An ESL JSON event could not be read: %1.</source>
        <translation>Ein ESL-JSON-Event konnte nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>An ESL event with more than %1 headers was cut off.</source>
        <translation>Ein ESL-Event mit mehr als %1 Headern wurde abgeschnitten.</translation>
    </message>
</context>
<context>
    <name>tg::EslParser</name>
    <message>
        <source>An ESL message with an unreadable Content-Length was read without a body.</source>
        <translation>Eine ESL-Nachricht mit unlesbarer Content-Length wurde ohne Body gelesen.</translation>
    </message>
    <message>
        <source>An ESL message with a body of %1 bytes (over the limit of %2) was dropped.</source>
        <translation>Eine ESL-Nachricht mit einem Body von %1 Bytes (über dem Limit von %2) wurde verworfen.</translation>
    </message>
    <message>
        <source>An ESL header line longer than %1 bytes was dropped.</source>
        <translation>Eine ESL-Header-Zeile mit mehr als %1 Bytes wurde verworfen.</translation>
    </message>
    <message>
        <source>An ESL message with more than %1 header lines was dropped.</source>
        <translation>Eine ESL-Nachricht mit mehr als %1 Header-Zeilen wurde verworfen.</translation>
    </message>
</context>
<context>
    <name>tg::EslReplayServer</name>
    <message>
        <source>The capture holds no FreeSWITCH event.</source>
        <translation>Der Mitschnitt enthält kein FreeSWITCH-Event.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The replay server cannot listen on %1:%2: %3.</source>
        <translation>Der Replay-Server kann nicht auf %1:%2 lauschen: %3.</translation>
    </message>
</context>
<context>
    <name>tg::EventReader</name>
    <message>
        <source>Could not read events: %1.</source>
        <translation>Ereignisse konnten nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>Some stored look-up data is damaged; run &quot;tollgate-cli db check&quot;.</source>
        <translation>Einige gespeicherte Suchdaten sind beschädigt; führen Sie &quot;tollgate-cli db check&quot; aus.</translation>
    </message>
</context>
<context>
    <name>tg::EventTableModel</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>%1, user agent: %2</source>
        <translation>%1, User-Agent: %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>PBX</source>
        <translation>PBX</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>tg::EventsView</name>
    <message>
        <source>All PBXes</source>
        <translation>Alle Telefonanlagen</translation>
    </message>
    <message>
        <source>Choose a PBX in the sidebar to show only its events.</source>
        <translation>Wählen Sie in der Seitenleiste eine PBX aus, um nur deren Ereignisse anzuzeigen.</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Security (auth, ACL, abuse)</source>
        <translation>Sicherheit (Auth, ACL, Missbrauch)</translation>
    </message>
    <message>
        <source>Source IP</source>
        <translation>Quell-IP</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Search type, account, IP, user agent, destination, detail… (Ctrl+F)</source>
        <translation>Typ, Konto, IP, User-Agent, Ziel, Detail durchsuchen… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Write the rows matching the current filter to a CSV file</source>
        <translation>Die Zeilen, die dem aktuellen Filter entsprechen, in eine CSV-Datei schreiben</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Select an event to see its fields and the exact text the PBX sent.</source>
        <translation>Wählen Sie ein Ereignis aus, um seine Felder und den genauen Text zu sehen, den die PBX gesendet hat.</translation>
    </message>
    <message>
        <source>PBX: %1</source>
        <translation>PBX: %1</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 Ereignisse</translation>
    </message>
    <message>
        <source> (counting…)</source>
        <translation> (wird gezählt…)</translation>
    </message>
    <message>
        <source>The event store could not be opened: %1</source>
        <translation>Der Ereignisspeicher konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
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
        <translation>Art</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>User agent</source>
        <translation>User-Agent</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Call id</source>
        <translation>Call-ID</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Raw text:</source>
        <translation>Rohtext:</translation>
    </message>
    <message>
        <source>(not stored)</source>
        <translation>(nicht gespeichert)</translation>
    </message>
    <message>
        <source>(none recorded)</source>
        <translation>(nichts aufgezeichnet)</translation>
    </message>
    <message>
        <source>Show events from %1</source>
        <translation>Ereignisse von %1 anzeigen</translation>
    </message>
    <message>
        <source>Copy IP address</source>
        <translation>IP-Adresse kopieren</translation>
    </message>
    <message>
        <source>Show events of account %1</source>
        <translation>Ereignisse von Konto %1 anzeigen</translation>
    </message>
    <message>
        <source>Copy summary</source>
        <translation>Zusammenfassung kopieren</translation>
    </message>
    <message>
        <source>Export events</source>
        <translation>Ereignisse exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export nach %1…</translation>
    </message>
    <message>
        <source>Exporting… %1 of %2 rows</source>
        <translation>Export läuft… %1 von %2 Zeilen</translation>
    </message>
    <message>
        <source>Exported %1 events.</source>
        <translation>%1 Ereignisse exportiert.</translation>
    </message>
    <message>
        <source>Block source IP %1…</source>
        <translation>Quell-IP %1 sperren…</translation>
    </message>
    <message>
        <source>%1 event from %2</source>
        <translation>%1-Ereignis von %2</translation>
    </message>
</context>
<context>
    <name>tg::FixPlanner</name>
    <message>
        <source>Set allowguest=no in sip.conf and reload chan_sip.</source>
        <translation>allowguest=no in der sip.conf setzen und chan_sip neu laden.</translation>
    </message>
    <message>
        <source>Set alwaysauthreject=yes in sip.conf and reload chan_sip.</source>
        <translation>alwaysauthreject=yes in der sip.conf setzen und chan_sip neu laden.</translation>
    </message>
    <message>
        <source>Bind the AMI to 127.0.0.1 in manager.conf and run &quot;manager reload&quot;. Programs that reach the AMI over the network must then use an SSH tunnel.</source>
        <translation>Das AMI in der manager.conf an 127.0.0.1 binden und &quot;manager reload&quot; ausführen. Programme, die das AMI über das Netz erreichen, müssen dann einen SSH-Tunnel verwenden.</translation>
    </message>
    <message>
        <source>Allow AMI user %1 only from 127.0.0.1 and run &quot;manager reload&quot;.</source>
        <translation>AMI-Benutzer %1 nur von 127.0.0.1 zulassen und &quot;manager reload&quot; ausführen.</translation>
    </message>
    <message>
        <source>Replace the event socket password with a generated one (kept in the keychain) and reload mod_event_socket. fs_cli and other ESL clients must then use the new password.</source>
        <translation>Das Event-Socket-Passwort durch ein generiertes ersetzen (im Schlüsselbund gespeichert) und mod_event_socket neu laden. fs_cli und andere ESL-Clients müssen dann das neue Passwort verwenden.</translation>
    </message>
    <message>
        <source>Tollgate cannot fix this finding; follow &quot;How to fix&quot;.</source>
        <translation>Tollgate kann diesen Befund nicht beheben; folgen Sie &quot;So beheben Sie es&quot;.</translation>
    </message>
    <message>
        <source>Unknown fix &quot;%1&quot;.</source>
        <translation>Unbekannte Korrektur &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>tg::FloodDetector</name>
    <message>
        <source>Request flood from %1</source>
        <translation>Anfrageflut von %1</translation>
    </message>
    <message>
        <source>About %1 security events from %2 in the last %3 (limit %4), latest %5. A flood like this loads the PBX and can crowd out real phones.</source>
        <translation>Etwa %1 Sicherheitsereignisse von %2 in den letzten %3 (Limit %4), zuletzt %5. Eine solche Flut belastet die PBX und kann echte Telefone verdrängen.</translation>
    </message>
    <message>
        <source>Block %1 or rate-limit SIP at the firewall.</source>
        <translation>Sperren Sie %1 oder begrenzen Sie die SIP-Rate an der Firewall.</translation>
    </message>
    <message>
        <source>Request flood on %1</source>
        <translation>Anfrageflut auf %1</translation>
    </message>
    <message>
        <source>About %1 security events on %2 in the last %3 (limit %4), from many sources.</source>
        <translation>Etwa %1 Sicherheitsereignisse auf %2 in den letzten %3 (Limit %4), von vielen Quellen.</translation>
    </message>
    <message>
        <source>Rate-limit SIP at the firewall and look at the top sources in the event list.</source>
        <translation>Begrenzen Sie die SIP-Rate an der Firewall und sehen Sie sich die häufigsten Quellen in der Ereignisliste an.</translation>
    </message>
    <message>
        <source>Malformed or forbidden requests from %1</source>
        <translation>Fehlerhafte oder unzulässige Anfragen von %1</translation>
    </message>
    <message>
        <source>About %1 rejected requests (%2) from %3 in the last %4 (limit %5): fuzzing or a broken client.</source>
        <translation>Etwa %1 abgelehnte Anfragen (%2) von %3 in den letzten %4 (Limit %5): Fuzzing oder ein fehlerhafter Client.</translation>
    </message>
    <message>
        <source>Block %1 unless it is one of your devices.</source>
        <translation>Sperren Sie %1, sofern es nicht eines Ihrer Geräte ist.</translation>
    </message>
    <message>
        <source>Burst of failed calls on %1</source>
        <translation>Häufung fehlgeschlagener Anrufe auf %1</translation>
    </message>
    <message>
        <source>About %1 calls failed on %2 in the last %3 (limit %4), latest cause: %5. A trunk may be down, or someone is probing destinations.</source>
        <translation>Etwa %1 Anrufe sind auf %2 in den letzten %3 fehlgeschlagen (Limit %4), letzte Ursache: %5. Ein Trunk ist möglicherweise ausgefallen, oder jemand testet Ziele.</translation>
    </message>
    <message>
        <source>Check the trunk&apos;s registration and the destinations of the failed calls.</source>
        <translation>Prüfen Sie die Registrierung des Trunks und die Ziele der fehlgeschlagenen Anrufe.</translation>
    </message>
    <message>
        <source>Connection to %1 keeps dropping</source>
        <translation>Verbindung zu %1 bricht wiederholt ab</translation>
    </message>
    <message>
        <source>The connection to %1 dropped %2 times within %3 (limit %4); events are lost while it is down. Latest: %5.</source>
        <translation>Die Verbindung zu %1 ist innerhalb von %3 %2-mal abgebrochen (Limit %4); solange sie unterbrochen ist, gehen Ereignisse verloren. Zuletzt: %5.</translation>
    </message>
    <message>
        <source>Check the network path to %1 and whether the PBX is overloaded or restarting.</source>
        <translation>Prüfen Sie den Netzwerkpfad zu %1 und ob die PBX überlastet ist oder neu startet.</translation>
    </message>
    <message>
        <source>floods: on (%1 events per source and %2 per PBX in %3; %4 bad requests per source a minute; %5 failed calls in %6; %7 connector drops in %8)</source>
        <translation>Fluten: aktiv (%1 Ereignisse pro Quelle und %2 pro PBX in %3; %4 fehlerhafte Anfragen pro Quelle und Minute; %5 fehlgeschlagene Anrufe in %6; %7 Verbindungsabbrüche in %8)</translation>
    </message>
</context>
<context>
    <name>tg::ForwardDestination</name>
    <message>
        <source>Give the destination a name.</source>
        <translation>Geben Sie dem Ziel einen Namen.</translation>
    </message>
    <message>
        <source>The destination name is too long (64 characters at most).</source>
        <translation>Der Name des Ziels ist zu lang (höchstens 64 Zeichen).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name or IP address.</source>
        <translation>&apos;%1&apos; ist weder ein Hostname noch eine IP-Adresse.</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>Der Port muss zwischen 1 und 65535 liegen.</translation>
    </message>
    <message>
        <source>The trusted certificate fingerprint is not a SHA-256 fingerprint (64 hex digits, colons allowed).</source>
        <translation>Der vertrauenswürdige Zertifikat-Fingerabdruck ist kein SHA-256-Fingerabdruck (64 Hex-Ziffern, Doppelpunkte erlaubt).</translation>
    </message>
</context>
<context>
    <name>tg::ForwardDestinationDialog</name>
    <message>
        <source>Add forwarding destination</source>
        <translation>Weiterleitungsziel hinzufügen</translation>
    </message>
    <message>
        <source>Edit forwarding destination</source>
        <translation>Weiterleitungsziel bearbeiten</translation>
    </message>
    <message>
        <source>e.g. SOC rsyslog</source>
        <translation>z. B. SOC-rsyslog</translation>
    </message>
    <message>
        <source>Send to this destination</source>
        <translation>An dieses Ziel senden</translation>
    </message>
    <message>
        <source>RELP (acknowledged, recommended)</source>
        <translation>RELP (bestätigt, empfohlen)</translation>
    </message>
    <message>
        <source>RELP over TLS</source>
        <translation>RELP über TLS</translation>
    </message>
    <message>
        <source>TLS syslog (RFC 5425)</source>
        <translation>TLS-Syslog (RFC 5425)</translation>
    </message>
    <message>
        <source>TCP syslog (RFC 6587)</source>
        <translation>TCP-Syslog (RFC 6587)</translation>
    </message>
    <message>
        <source>UDP syslog (no delivery guarantee)</source>
        <translation>UDP-Syslog (keine Zustellgarantie)</translation>
    </message>
    <message>
        <source>siem.example.com or 192.0.2.20</source>
        <translation>siem.example.com oder 192.0.2.20</translation>
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
        <translation>Auch rohe Sicherheitsereignisse senden (fehlgeschlagene und erfolgreiche Anmeldungen, ACL-Ablehnungen, …)</translation>
    </message>
    <message>
        <source>PEM file of the CA that signed the receiver (optional)</source>
        <translation>PEM-Datei der CA, die den Empfänger signiert hat (optional)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>or trust exactly this certificate: SHA-256 fingerprint</source>
        <translation>oder genau diesem Zertifikat vertrauen: SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Minimum alert severity</source>
        <translation>Mindest-Schweregrad der Alarme</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA-Datei</translation>
    </message>
    <message>
        <source>Trusted certificate</source>
        <translation>Vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <source>The receiver confirms every message; Tollgate keeps it queued until then. Needs rsyslog&apos;s imrelp (package rsyslog-relp) or another RELP receiver.</source>
        <translation>Der Empfänger bestätigt jede Nachricht; bis dahin behält Tollgate sie in der Warteschlange. Benötigt imrelp von rsyslog (Paket rsyslog-relp) oder einen anderen RELP-Empfänger.</translation>
    </message>
    <message>
        <source>Plain syslog has no confirmation: a message is resent if the connection breaks within a second of sending it, so a receiver that restarts may get some twice.</source>
        <translation>Einfaches Syslog kennt keine Bestätigung: Eine Nachricht wird erneut gesendet, wenn die Verbindung innerhalb einer Sekunde nach dem Senden abbricht; ein Empfänger, der neu startet, kann daher einige doppelt erhalten.</translation>
    </message>
    <message>
        <source>UDP can lose messages without anyone noticing; use it only where nothing else is accepted.</source>
        <translation>UDP kann Nachrichten unbemerkt verlieren; verwenden Sie es nur, wo nichts anderes angenommen wird.</translation>
    </message>
    <message>
        <source>Another destination is already called &apos;%1&apos;.</source>
        <translation>Ein anderes Ziel heißt bereits &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>tg::ForwardQueue</name>
    <message>
        <source>Cannot open the forwarding queue %1: %2. Check that the data folder is writable.</source>
        <translation>Die Weiterleitungs-Warteschlange %1 kann nicht geöffnet werden: %2. Prüfen Sie, ob der Datenordner beschreibbar ist.</translation>
    </message>
</context>
<context>
    <name>tg::ForwardService</name>
    <message>
        <source>The test message reached %1 (%2) and the receiver confirmed it.</source>
        <translation>Die Testnachricht hat %1 (%2) erreicht, und der Empfänger hat sie bestätigt.</translation>
    </message>
    <message>
        <source>The test message was sent to %1 (%2). UDP has no confirmation: check that it arrived.</source>
        <translation>Die Testnachricht wurde an %1 (%2) gesendet. UDP kennt keine Bestätigung: Prüfen Sie, ob sie angekommen ist.</translation>
    </message>
    <message>
        <source>The test message was sent to %1 (%2) and the connection stayed up.</source>
        <translation>Die Testnachricht wurde an %1 (%2) gesendet, und die Verbindung blieb bestehen.</translation>
    </message>
    <message>
        <source>The test message to %1 (%2) got no answer within %3 s.</source>
        <translation>Die Testnachricht an %1 (%2) erhielt innerhalb von %3 s keine Antwort.</translation>
    </message>
</context>
<context>
    <name>tg::ForwardingSettingsPage</name>
    <message>
        <source>Alerts are sent to these SIEM or syslog receivers as RFC 5424 syslog (CEF or JSON): when an alert opens and when its status changes. Each destination has its own queue on disk, so nothing is lost while a receiver is down.</source>
        <translation>Alarme werden als RFC-5424-Syslog (CEF oder JSON) an diese SIEM- oder Syslog-Empfänger gesendet: wenn ein Alarm eröffnet wird und wenn sich sein Status ändert. Jedes Ziel hat eine eigene Warteschlange auf der Festplatte, sodass nichts verloren geht, während ein Empfänger nicht erreichbar ist.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Alerts from</source>
        <translation>Alarme ab</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Send test message</source>
        <translation>Testnachricht senden</translation>
    </message>
    <message>
        <source>Forwarding</source>
        <translation>Weiterleitung</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbinde</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Neuer Versuch</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1, %2 queued, %3 sent</source>
        <translation>%1, %2 in der Warteschlange, %3 gesendet</translation>
    </message>
    <message>
        <source>, %1 dropped (queue full)</source>
        <translation>, %1 verworfen (Warteschlange voll)</translation>
    </message>
    <message>
        <source>Not started yet (press OK)</source>
        <translation>Noch nicht gestartet (OK drücken)</translation>
    </message>
    <message>
        <source>%1, + events</source>
        <translation>%1, + Ereignisse</translation>
    </message>
    <message>
        <source>Sending a test message to %1 (%2)…</source>
        <translation>Sende eine Testnachricht an %1 (%2)…</translation>
    </message>
    <message>
        <source>Test passed: %1</source>
        <translation>Test bestanden: %1</translation>
    </message>
    <message>
        <source>Test failed: %1</source>
        <translation>Test fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>tg::FreeSwitchConfig</name>
    <message>
        <source>%1:%2: the included file %3 was not found.</source>
        <translation>%1:%2: Die eingebundene Datei %3 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>%1:%2: including %3 would include it again; the loop was not followed.</source>
        <translation>%1:%2: Das Einbinden von %3 würde die Datei erneut einbinden; die Schleife wurde nicht verfolgt.</translation>
    </message>
    <message>
        <source>%1:%2: includes nested deeper than %3; %4 was not read.</source>
        <translation>%1:%2: Includes tiefer als %3 Ebenen verschachtelt; %4 wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>%1:%2: more than %3 includes; %4 and later includes were not read.</source>
        <translation>%1:%2: mehr als %3 Includes; %4 und spätere Includes wurden nicht gelesen.</translation>
    </message>
    <message>
        <source>%1 contains binary data and was not read as XML.</source>
        <translation>%1 enthält Binärdaten und wurde nicht als XML gelesen.</translation>
    </message>
    <message>
        <source>%1:%2: elements nested deeper than %3; the rest of the file was not read.</source>
        <translation>%1:%2: Elemente tiefer als %3 Ebenen verschachtelt; der Rest der Datei wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>%1:%2: X-PRE-PROCESS %3 runs a program when FreeSWITCH loads its configuration; Tollgate does not run it, so its output was not audited.</source>
        <translation>%1:%2: X-PRE-PROCESS %3 führt ein Programm aus, wenn FreeSWITCH seine Konfiguration lädt; Tollgate führt es nicht aus, daher wurde seine Ausgabe nicht geprüft.</translation>
    </message>
    <message>
        <source>%1: more than %2 XML elements in total; the rest was not read.</source>
        <translation>%1: insgesamt mehr als %2 XML-Elemente; der Rest wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>%1:%2: not valid XML (%3); the rest of the file was not read.</source>
        <translation>%1:%2: kein gültiges XML (%3); der Rest der Datei wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>%1: the XML ends before its elements are closed.</source>
        <translation>%1: Das XML endet, bevor seine Elemente geschlossen sind.</translation>
    </message>
    <message>
        <source>More problems were found and not listed.</source>
        <translation>Weitere Probleme wurden gefunden, aber nicht aufgelistet.</translation>
    </message>
</context>
<context>
    <name>tg::GeneralSettingsPage</name>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Keep forever</source>
        <translation>Für immer behalten</translation>
    </message>
    <message>
        <source>Events older than this are deleted; open alerts are kept.</source>
        <translation>Ältere Ereignisse werden gelöscht; offene Alarme bleiben erhalten.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>A new language takes effect the next time Tollgate starts.</source>
        <translation>Eine neue Sprache wird beim nächsten Start von Tollgate wirksam.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>Keep events for</source>
        <translation>Ereignisse aufbewahren für</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>The settings could not be written to %1.</source>
        <translation>Die Einstellungen konnten nicht in %1 geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>tg::GeoIpDatabase</name>
    <message>
        <source>no file was given</source>
        <translation>es wurde keine Datei angegeben</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <source>it is not a file</source>
        <translation>es ist keine Datei</translation>
    </message>
    <message>
        <source>the file cannot be read (permissions)</source>
        <translation>die Datei kann nicht gelesen werden (Berechtigungen)</translation>
    </message>
    <message>
        <source>The GeoIP database %1 cannot be opened: %2.</source>
        <translation>Die GeoIP-Datenbank %1 kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>The GeoIP database %1 is not a valid MaxMind DB (.mmdb) file: %2.</source>
        <translation>Die GeoIP-Datenbank %1 ist keine gültige MaxMind-DB-Datei (.mmdb): %2.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 nodes, built %2 (%3)</source>
        <translation>%1 Knoten, erstellt am %2 (%3)</translation>
    </message>
</context>
<context>
    <name>tg::GeoIpLookup</name>
    <message>
        <source>No GeoIP database is set.</source>
        <translation>Es ist keine GeoIP-Datenbank eingestellt.</translation>
    </message>
</context>
<context>
    <name>tg::GeoIpSettingsPage</name>
    <message>
        <source>With a country database, an account that registers from a country never seen for it raises a high alert (new_country), and the console shows the country of source addresses. Tollgate ships none: download a country database in MaxMind DB format (.mmdb), such as MaxMind&apos;s free GeoLite2-Country or DB-IP&apos;s IP to Country Lite, and choose it here. The file is used where it is, so its regular updates are picked up when the settings are saved or Tollgate starts.</source>
        <translation>Mit einer Länderdatenbank löst ein Konto, das sich aus einem für es noch nie gesehenen Land registriert, einen hohen Alarm aus (new_country), und die Konsole zeigt das Land der Quelladressen. Tollgate liefert keine mit: Laden Sie eine Länderdatenbank im MaxMind-DB-Format (.mmdb) herunter, etwa die kostenlose GeoLite2-Country von MaxMind oder IP to Country Lite von DB-IP, und wählen Sie sie hier aus. Die Datei wird an ihrem Ort verwendet, sodass ihre regelmäßigen Aktualisierungen übernommen werden, wenn die Einstellungen gespeichert werden oder Tollgate startet.</translation>
    </message>
    <message>
        <source>No database: country tracking is off</source>
        <translation>Keine Datenbank: Länderverfolgung ist aus</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Country database (.mmdb)</source>
        <translation>Länderdatenbank (.mmdb)</translation>
    </message>
    <message>
        <source>GeoIP</source>
        <translation>GeoIP</translation>
    </message>
    <message>
        <source>Choose a country database</source>
        <translation>Länderdatenbank auswählen</translation>
    </message>
    <message>
        <source>MaxMind DB files (*.mmdb);;All files (*)</source>
        <translation>MaxMind-DB-Dateien (*.mmdb);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>No database: country tracking is off; new networks of an account are still reported.</source>
        <translation>Keine Datenbank: Die Länderverfolgung ist aus; neue Netze eines Kontos werden weiterhin gemeldet.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Loaded: %1.</source>
        <translation>Geladen: %1.</translation>
    </message>
</context>
<context>
    <name>tg::HostAudit</name>
    <message>
        <source>No firewall filters inbound traffic</source>
        <translation>Keine Firewall filtert eingehenden Verkehr</translation>
    </message>
    <message>
        <source>the ruleset is empty</source>
        <translation>der Regelsatz ist leer</translation>
    </message>
    <message>
        <source>Neither nftables nor iptables drops any inbound traffic on this server, so every port a service opens is reachable by anyone who can reach the server. A firewall that only admits your phones, providers and management hosts stops most scans before they start.</source>
        <translation>Weder nftables noch iptables verwirft eingehenden Verkehr auf diesem Server, daher ist jeder Port, den ein Dienst öffnet, für jeden erreichbar, der den Server erreicht. Eine Firewall, die nur Ihre Telefone, Provider und Management-Hosts zulässt, stoppt die meisten Scans, bevor sie beginnen.</translation>
    </message>
    <message>
        <source>Add an nftables (or iptables) input chain with policy drop that accepts established traffic, SSH from your management network, SIP and RTP from your phones and providers.</source>
        <translation>Fügen Sie eine nftables- (oder iptables-)Input-Chain mit Policy drop hinzu, die bestehende Verbindungen, SSH aus Ihrem Management-Netz sowie SIP und RTP von Ihren Telefonen und Providern zulässt.</translation>
    </message>
    <message>
        <source>all addresses</source>
        <translation>alle Adressen</translation>
    </message>
    <message>
        <source>%1 (%2 port %3) listens on %4</source>
        <translation>%1 (%2-Port %3) lauscht auf %4</translation>
    </message>
    <message>
        <source>%1 is a control interface: whoever logs in can place calls and change the PBX. It should only be reachable from the server itself or a management network, not from every network this server is on%2.</source>
        <translation>%1 ist eine Steuerschnittstelle: Wer sich anmeldet, kann Anrufe tätigen und die PBX verändern. Sie sollte nur vom Server selbst oder aus einem Management-Netz erreichbar sein, nicht aus jedem Netz, an dem dieser Server hängt%2.</translation>
    </message>
    <message>
        <source>, and no firewall stands in front of it</source>
        <translation>, und keine Firewall schützt sie</translation>
    </message>
    <message>
        <source>Bind it to 127.0.0.1 (manager.conf bindaddr, event_socket listen-ip) and reach it through an SSH tunnel, or allow only your management hosts in the firewall.</source>
        <translation>Binden Sie sie an 127.0.0.1 (manager.conf bindaddr, event_socket listen-ip) und greifen Sie über einen SSH-Tunnel zu, oder lassen Sie in der Firewall nur Ihre Management-Hosts zu.</translation>
    </message>
    <message>
        <source>%1 (%2 port %3) is open to any address with no firewall</source>
        <translation>%1 (%2-Port %3) ist ohne Firewall für jede Adresse offen</translation>
    </message>
    <message>
        <source>SIP scanners sweep the whole internet every day. With the SIP port open to all and no firewall, every one of them can try passwords on your accounts.</source>
        <translation>SIP-Scanner durchsuchen täglich das gesamte Internet. Ist der SIP-Port für alle offen und gibt es keine Firewall, kann jeder von ihnen Passwörter an Ihren Konten ausprobieren.</translation>
    </message>
    <message>
        <source>Allow SIP only from your phones&apos; networks and your providers in the firewall, and run fail2ban on the PBX&apos;s security log.</source>
        <translation>Lassen Sie SIP in der Firewall nur aus den Netzen Ihrer Telefone und von Ihren Providern zu und betreiben Sie fail2ban auf dem Security-Log der PBX.</translation>
    </message>
    <message>
        <source>fail2ban is not installed</source>
        <translation>fail2ban ist nicht installiert</translation>
    </message>
    <message>
        <source>fail2ban-client: command not found</source>
        <translation>fail2ban-client: command not found</translation>
    </message>
    <message>
        <source>fail2ban reads the PBX&apos;s log and blocks an address after a few failed logins. Without it, or a similar tool, an attacker can try passwords for as long as they like.</source>
        <translation>fail2ban liest das Log der PBX und sperrt eine Adresse nach einigen fehlgeschlagenen Anmeldungen. Ohne fail2ban oder ein ähnliches Tool kann ein Angreifer beliebig lange Passwörter ausprobieren.</translation>
    </message>
    <message>
        <source>Install fail2ban and enable its %1 jail (Debian ships one), pointed at the PBX&apos;s security log.</source>
        <translation>Installieren Sie fail2ban und aktivieren Sie dessen Jail %1 (Debian liefert eines mit), ausgerichtet auf das Security-Log der PBX.</translation>
    </message>
    <message>
        <source>fail2ban has no %1 jail</source>
        <translation>fail2ban hat kein Jail %1</translation>
    </message>
    <message>
        <source>Jail list: %1</source>
        <translation>Jail-Liste: %1</translation>
    </message>
    <message>
        <source>fail2ban runs, but no jail watches the PBX&apos;s log, so failed SIP logins are never blocked and an attacker can keep guessing passwords.</source>
        <translation>fail2ban läuft, aber kein Jail überwacht das Log der PBX, daher werden fehlgeschlagene SIP-Anmeldungen nie gesperrt, und ein Angreifer kann weiter Passwörter raten.</translation>
    </message>
    <message>
        <source>Enable the %1 jail in /etc/fail2ban/jail.d/ and run &quot;fail2ban-client reload&quot;.</source>
        <translation>Aktivieren Sie das Jail %1 in /etc/fail2ban/jail.d/ und führen Sie &quot;fail2ban-client reload&quot; aus.</translation>
    </message>
    <message>
        <source>The %1 process runs as root</source>
        <translation>Der Prozess %1 läuft als root</translation>
    </message>
    <message>
        <source>A PBX parses data from the internet all day. If a flaw in it is exploited, the attacker gets the rights of its process; as root, that is the whole server.</source>
        <translation>Eine Telefonanlage verarbeitet den ganzen Tag Daten aus dem Internet. Wird eine Schwachstelle darin ausgenutzt, erhält der Angreifer die Rechte ihres Prozesses; als root ist das der ganze Server.</translation>
    </message>
    <message>
        <source>Run the PBX as its own unprivileged user (Debian&apos;s packages do: check the service&apos;s User= and the runuser option).</source>
        <translation>Betreiben Sie die PBX unter einem eigenen unprivilegierten Benutzer (die Debian-Pakete tun das: prüfen Sie User= des Dienstes und die Option runuser).</translation>
    </message>
</context>
<context>
    <name>tg::HostKeyDialog</name>
    <message>
        <source>SSH host key CHANGED: %1</source>
        <translation>SSH-Host-Schlüssel GEÄNDERT: %1</translation>
    </message>
    <message>
        <source>Unknown SSH host key: %1</source>
        <translation>Unbekannter SSH-Host-Schlüssel: %1</translation>
    </message>
    <message>
        <source>WARNING: the SSH host key of PBX %1 has CHANGED, and Tollgate refused to connect.

Either someone is intercepting the connection (a man-in-the-middle attack), or the PBX was reinstalled or its SSH keys were regenerated. Replace the stored key only after checking the new fingerprint on the PBX&apos;s own console (ssh-keygen -lf %2) or with its administrator.</source>
        <translation>WARNUNG: Der SSH-Host-Schlüssel der PBX %1 hat sich GEÄNDERT, und Tollgate hat die Verbindung verweigert.

Entweder hört jemand die Verbindung ab (Man-in-the-Middle-Angriff), oder die PBX wurde neu installiert bzw. ihre SSH-Schlüssel wurden neu erzeugt. Ersetzen Sie den gespeicherten Schlüssel nur, nachdem Sie den neuen Fingerabdruck an der Konsole der PBX selbst (ssh-keygen -lf %2) oder bei ihrem Administrator geprüft haben.</translation>
    </message>
    <message>
        <source>Tollgate has not connected to PBX %1 over SSH before and does not know its host key. Trust it only if the fingerprint below is the one the PBX shows on its own console (ssh-keygen -lf %2).</source>
        <translation>Tollgate hat sich noch nie per SSH mit PBX %1 verbunden und kennt ihren Host-Schlüssel nicht. Vertrauen Sie ihm nur, wenn der Fingerabdruck unten derselbe ist, den die PBX an ihrer eigenen Konsole zeigt (ssh-keygen -lf %2).</translation>
    </message>
    <message>
        <source>Keep refusing</source>
        <translation>Weiter ablehnen</translation>
    </message>
    <message>
        <source>Don&apos;t trust</source>
        <translation>Nicht vertrauen</translation>
    </message>
    <message>
        <source>Replace key and connect</source>
        <translation>Schlüssel ersetzen und verbinden</translation>
    </message>
    <message>
        <source>Trust and connect</source>
        <translation>Vertrauen und verbinden</translation>
    </message>
    <message>
        <source>I verified the new fingerprint on the PBX itself; replace the stored key</source>
        <translation>Ich habe den neuen Fingerabdruck auf der PBX selbst geprüft; den gespeicherten Schlüssel ersetzen</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>z. B. %1</translation>
    </message>
    <message>
        <source>First %1 characters after &quot;SHA256:&quot; of the new fingerprint:</source>
        <translation>Die ersten %1 Zeichen nach „SHA256:“ des neuen Fingerabdrucks:</translation>
    </message>
    <message>
        <source>PBX:</source>
        <translation>PBX:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>%1 port %2</source>
        <translation>%1 Port %2</translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation>Schlüsseltyp:</translation>
    </message>
    <message>
        <source>Trusted before:</source>
        <translation>Bisher vertraut:</translation>
    </message>
    <message>
        <source>Presented now (SHA-256):</source>
        <translation>Jetzt vorgelegt (SHA-256):</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256):</source>
        <translation>Fingerabdruck (SHA-256):</translation>
    </message>
</context>
<context>
    <name>tg::HostKeyPrompter</name>
    <message>
        <source>You chose not to trust the SSH host key %1 of PBX %2 (%3 port %4), so Tollgate did not connect and stored nothing. To be asked again, use Test connection in the PBX&apos;s settings.</source>
        <translation>Sie haben dem SSH-Host-Schlüssel %1 der PBX %2 (%3 Port %4) nicht vertraut; Tollgate hat sich daher nicht verbunden und nichts gespeichert. Um erneut gefragt zu werden, verwenden Sie „Verbindung testen“ in den Einstellungen der PBX.</translation>
    </message>
    <message>
        <source>SSH to PBX %1 was cancelled while Tollgate waited for your decision about its host key.</source>
        <translation>SSH zur PBX %1 wurde abgebrochen, während Tollgate auf Ihre Entscheidung über ihren Host-Schlüssel wartete.</translation>
    </message>
    <message>
        <source>Nobody answered within %1 s whether to trust the SSH host key %2 of PBX %3; Tollgate did not connect and stored nothing.</source>
        <translation>Niemand hat innerhalb von %1 s beantwortet, ob dem SSH-Host-Schlüssel %2 der PBX %3 vertraut werden soll; Tollgate hat sich nicht verbunden und nichts gespeichert.</translation>
    </message>
    <message>
        <source>That host key question was already answered.</source>
        <translation>Diese Frage zum Host-Schlüssel wurde bereits beantwortet.</translation>
    </message>
    <message>
        <source>The host key of %1 changed: it can only be replaced deliberately, not trusted like a new one.</source>
        <translation>Der Host-Schlüssel von %1 hat sich geändert: Er kann nur bewusst ersetzt, nicht wie ein neuer vertraut werden.</translation>
    </message>
    <message>
        <source>There is no trusted key of %1 to replace.</source>
        <translation>Es gibt keinen vertrauten Schlüssel von %1, der ersetzt werden könnte.</translation>
    </message>
    <message>
        <source>The characters typed do not match the start of the new fingerprint %1; the stored key was kept.</source>
        <translation>Die eingegebenen Zeichen stimmen nicht mit dem Anfang des neuen Fingerabdrucks %1 überein; der gespeicherte Schlüssel bleibt.</translation>
    </message>
</context>
<context>
    <name>tg::IncidentLabels</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>False positive</source>
        <translation>Fehlalarm</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>unblocked</source>
        <translation>entsperrt</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>angewendet</translation>
    </message>
    <message>
        <source>applied and verified</source>
        <translation>angewendet und geprüft</translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>zurückgenommen</translation>
    </message>
    <message>
        <source>Alert raised</source>
        <translation>Alarm ausgelöst</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Triage</source>
        <translation>Triage</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Block ended</source>
        <translation>Sperre beendet</translation>
    </message>
    <message>
        <source>Audit fix</source>
        <translation>Audit-Korrektur</translation>
    </message>
</context>
<context>
    <name>tg::IncidentPeriodDialog</name>
    <message>
        <source>Incident report for a period</source>
        <translation>Vorfallsbericht für einen Zeitraum</translation>
    </message>
    <message>
        <source>All PBXes</source>
        <translation>Alle TK-Anlagen</translation>
    </message>
    <message>
        <source>Every alert active during the period goes into the report, with its evidence, the accounts and addresses involved, the estimated cost and the actions taken.</source>
        <translation>Jeder im Zeitraum aktive Alarm kommt in den Bericht, mit seinen Belegen, den beteiligten Konten und Adressen, den geschätzten Kosten und den ergriffenen Maßnahmen.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>&amp;PBX:</source>
        <translation>&amp;TK-Anlage:</translation>
    </message>
    <message>
        <source>&amp;Save report as…</source>
        <translation>Bericht &amp;speichern unter…</translation>
    </message>
    <message>
        <source>The end of the period must come after its start.</source>
        <translation>Das Ende des Zeitraums muss nach seinem Beginn liegen.</translation>
    </message>
</context>
<context>
    <name>tg::IncidentReportBuilder</name>
    <message>
        <source>There is no Tollgate store at %1; check --data-dir.</source>
        <translation>Unter %1 gibt es keinen Tollgate-Speicher; prüfen Sie --data-dir.</translation>
    </message>
    <message>
        <source>The report&apos;s time range is empty: its end must come after its start.</source>
        <translation>Der Zeitraum des Berichts ist leer: Sein Ende muss nach seinem Beginn liegen.</translation>
    </message>
    <message>
        <source>More than %1 alerts were active in this time range; the report covers the %1 seen most recently. Narrow the range or choose a PBX for the rest.</source>
        <translation>In diesem Zeitraum waren mehr als %1 Alarme aktiv; der Bericht umfasst die %1 zuletzt gesehenen. Grenzen Sie den Zeitraum ein oder wählen Sie eine PBX für den Rest.</translation>
    </message>
    <message>
        <source>Alert %1 is no longer stored; it is left out.</source>
        <translation>Alarm %1 ist nicht mehr gespeichert; er wird ausgelassen.</translation>
    </message>
    <message>
        <source>None of the chosen alerts is stored; nothing to report.</source>
        <translation>Keiner der gewählten Alarme ist gespeichert; nichts zu berichten.</translation>
    </message>
    <message>
        <source>%1 evidence events are no longer stored (retention); the tables count the rest.</source>
        <translation>%1 Beleg-Ereignisse sind nicht mehr gespeichert (Aufbewahrung); die Tabellen zählen den Rest.</translation>
    </message>
    <message>
        <source>The tables and the cost are based on %1 of the %2 evidence events.</source>
        <translation>Die Tabellen und die Kosten beruhen auf %1 der %2 Beleg-Ereignisse.</translation>
    </message>
    <message>
        <source>The countries of the source addresses are not shown: %1</source>
        <translation>Die Länder der Quelladressen werden nicht gezeigt: %1</translation>
    </message>
    <message>
        <source>%1 (on %2)</source>
        <translation>%1 (auf %2)</translation>
    </message>
    <message>
        <source>%1: %2 occurrences in all</source>
        <translation>%1: insgesamt %2 Vorkommen</translation>
    </message>
    <message>
        <source>%1 marked %2</source>
        <translation>%1 markiert als %2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>für %1</translation>
    </message>
    <message>
        <source>until unblocked</source>
        <translation>bis zur Entsperrung</translation>
    </message>
    <message>
        <source>%1 on %2, %3</source>
        <translation>%1 auf %2, %3</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 in %2 on %3: %4</source>
        <translation>%1 in %2 auf %3: %4</translation>
    </message>
</context>
<context>
    <name>tg::IncidentReportHtml</name>
    <message>
        <source>%1 alerts on %2</source>
        <translation>%1 Alarme auf %2</translation>
    </message>
    <message>
        <source>Security activity on %1</source>
        <translation>Sicherheitsgeschehen auf %1</translation>
    </message>
    <message>
        <source>Incident report: %1</source>
        <translation>Vorfallsbericht: %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Affected accounts</source>
        <translation>Betroffene Konten</translation>
    </message>
    <message>
        <source>Source addresses</source>
        <translation>Quelladressen</translation>
    </message>
    <message>
        <source>Called destinations</source>
        <translation>Angerufene Ziele</translation>
    </message>
    <message>
        <source>Actions taken</source>
        <translation>Ergriffene Maßnahmen</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>The raw text is what the PBX sent over AMI or the Event Socket, unchanged except that long messages are cut and control characters are shown as %1.</source>
        <translation>Der Rohtext ist das, was die PBX über AMI oder den Event Socket gesendet hat, unverändert, außer dass lange Nachrichten gekürzt und Steuerzeichen als %1 angezeigt werden.</translation>
    </message>
    <message>
        <source>Generated by Tollgate %1 on %2 (UTC). All times are UTC. Secrets are never part of this report.</source>
        <translation>Erstellt von Tollgate %1 am %2 (UTC). Alle Zeiten in UTC. Geheimnisse sind nie Teil dieses Berichts.</translation>
    </message>
</context>
<context>
    <name>tg::IncidentReportWriter</name>
    <message>
        <source>PDF reports need Qt&apos;s graphical support in this process; write HTML instead.</source>
        <translation>PDF-Berichte benötigen in diesem Prozess die grafische Unterstützung von Qt; schreiben Sie stattdessen HTML.</translation>
    </message>
    <message>
        <source>Incident report: %1</source>
        <translation>Vorfallsbericht: %1</translation>
    </message>
</context>
<context>
    <name>tg::KnownHostsStore</name>
    <message>
        <source>Cannot write the known hosts file %1: %2.</source>
        <translation>Die Known-Hosts-Datei %1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>%1 already has another trusted host key; remove it first, after verifying the new one.</source>
        <translation>%1 hat bereits einen anderen vertrauenswürdigen Host-Schlüssel; entfernen Sie diesen zuerst, nachdem Sie den neuen überprüft haben.</translation>
    </message>
    <message>
        <source>Not a valid host key.</source>
        <translation>Kein gültiger Host-Schlüssel.</translation>
    </message>
    <message>
        <source>The trusted key of %1 is no longer %2 (it was changed meanwhile); nothing was replaced.</source>
        <translation>Der vertraute Schlüssel von %1 ist nicht mehr %2 (er wurde inzwischen geändert); nichts wurde ersetzt.</translation>
    </message>
    <message>
        <source>Tollgate has not connected to PBX %1 (%2 port %3) over SSH before. Its host key is %4 %5. Compare this fingerprint with the one on the PBX (run: ssh-keygen -lf %6 on its console) and trust it only if they match.</source>
        <translation>Tollgate hat sich noch nie per SSH mit PBX %1 (%2 Port %3) verbunden. Ihr Host-Schlüssel ist %4 %5. Vergleichen Sie diesen Fingerabdruck mit dem auf der PBX (führen Sie dort auf der Konsole ssh-keygen -lf %6 aus) und vertrauen Sie ihm nur, wenn beide übereinstimmen.</translation>
    </message>
    <message>
        <source>WARNING: the SSH host key of PBX %1 (%2 port %3) has CHANGED. Tollgate refused to connect. Trusted before: %4. Presented now: %5 %6. Either someone is intercepting the connection (a man-in-the-middle attack), or the PBX was reinstalled or its SSH keys were regenerated. Verify the new fingerprint on the PBX&apos;s own console (ssh-keygen -lf on its host key files) or with its administrator. Only if it matches, replace the stored key: the console offers this with the warning; otherwise remove the host&apos;s line from Tollgate&apos;s known_hosts file. Then connect again.</source>
        <translation>WARNUNG: Der SSH-Host-Schlüssel der PBX %1 (%2 Port %3) hat sich GEÄNDERT. Tollgate hat die Verbindung verweigert. Bisher vertraut: %4. Jetzt vorgelegt: %5 %6. Entweder hört jemand die Verbindung ab (Man-in-the-Middle-Angriff), oder die PBX wurde neu installiert bzw. ihre SSH-Schlüssel wurden neu erzeugt. Überprüfen Sie den neuen Fingerabdruck an der Konsole der PBX selbst (ssh-keygen -lf auf ihre Host-Schlüsseldateien) oder bei ihrem Administrator. Nur wenn er übereinstimmt, ersetzen Sie den gespeicherten Schlüssel: Die Konsole bietet das mit der Warnung an; sonst entfernen Sie die Zeile des Hosts aus der known_hosts-Datei von Tollgate. Verbinden Sie sich dann erneut.</translation>
    </message>
</context>
<context>
    <name>tg::LiveCallsModel</name>
    <message>
        <source>Answered</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>Klingelt</translation>
    </message>
    <message>
        <source>PBX</source>
        <translation>PBX</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Anrufer</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Source IP</source>
        <translation>Quell-IP</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
</context>
<context>
    <name>tg::LogReader</name>
    <message>
        <source>Cannot open the log file %1: %2.</source>
        <translation>Die Logdatei %1 kann nicht geöffnet werden: %2.</translation>
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
        <translation>Telefonanlagen</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Config</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>The event store could not be opened: %1</source>
        <translation>Der Ereignisspeicher konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>No PBX configured</source>
        <translation>Keine PBX konfiguriert</translation>
    </message>
    <message>
        <source>Tollgate watches Asterisk and FreeSWITCH systems for attacks and toll fraud. Start the Demo PBX to see it at work on recorded traffic, or add your own PBX.</source>
        <translation>Tollgate überwacht Asterisk- und FreeSWITCH-Systeme auf Angriffe und Gebührenbetrug. Starten Sie die Demo-PBX, um Tollgate mit aufgezeichnetem Verkehr in Aktion zu sehen, oder fügen Sie Ihre eigene PBX hinzu.</translation>
    </message>
    <message>
        <source>Start the Demo PBX</source>
        <translation>Demo-PBX starten</translation>
    </message>
    <message>
        <source>Add PBX…</source>
        <translation>PBX hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Export events to CSV…</source>
        <translation>Ereignisse als CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>&amp;Alarme</translation>
    </message>
    <message>
        <source>&amp;Calls</source>
        <translation>A&amp;nrufe</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Ereignisse</translation>
    </message>
    <message>
        <source>A&amp;udit</source>
        <translation>A&amp;udit</translation>
    </message>
    <message>
        <source>C&amp;onfig</source>
        <translation>&amp;Konfiguration</translation>
    </message>
    <message>
        <source>&amp;Blocks</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>&amp;Filter…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Aktualisie&amp;ren</translation>
    </message>
    <message>
        <source>Show &amp;all PBXes</source>
        <translation>Alle Telefonanlagen an&amp;zeigen</translation>
    </message>
    <message>
        <source>PBX &amp;sidebar</source>
        <translation>PBX-Seiten&amp;leiste</translation>
    </message>
    <message>
        <source>&amp;PBX</source>
        <translation>&amp;PBX</translation>
    </message>
    <message>
        <source>Start the &amp;Demo PBX</source>
        <translation>&amp;Demo-PBX starten</translation>
    </message>
    <message>
        <source>&amp;Add PBX…</source>
        <translation>PBX &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit selected PBX…</source>
        <translation>Ausgewählte PBX &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove selected PBX…</source>
        <translation>Ausgewählte PBX &amp;entfernen…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Tollgate</source>
        <translation>Ü&amp;ber Tollgate</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>%1 events/s</source>
        <translation>%1 Ereignisse/s</translation>
    </message>
    <message>
        <source>Open alerts: %1</source>
        <translation>Offene Alarme: %1</translation>
    </message>
    <message>
        <source>%1/%2 connected</source>
        <translation>%1/%2 verbunden</translation>
    </message>
    <message>
        <source>PBXes with a live manager connection</source>
        <translation>Telefonanlagen mit aktiver Manager-Verbindung</translation>
    </message>
    <message>
        <source>Showing PBX %1</source>
        <translation>Angezeigt: PBX %1</translation>
    </message>
    <message>
        <source>Select a PBX in the sidebar to edit it.</source>
        <translation>Wählen Sie in der Seitenleiste eine PBX aus, um sie zu bearbeiten.</translation>
    </message>
    <message>
        <source>%1 has no stored profile to edit.</source>
        <translation>%1 hat kein gespeichertes Profil zum Bearbeiten.</translation>
    </message>
    <message>
        <source>Select a PBX in the sidebar to remove it.</source>
        <translation>Wählen Sie in der Seitenleiste eine PBX aus, um sie zu entfernen.</translation>
    </message>
    <message>
        <source>Remove PBX</source>
        <translation>PBX entfernen</translation>
    </message>
    <message>
        <source>Stop monitoring %1 and remove its profile? Its stored events and alerts are kept.</source>
        <translation>Überwachung von %1 beenden und das Profil entfernen? Die gespeicherten Ereignisse und Alarme bleiben erhalten.</translation>
    </message>
    <message>
        <source>Connection test: %1</source>
        <translation>Verbindungstest: %1</translation>
    </message>
    <message>
        <source>About Tollgate</source>
        <translation>Über Tollgate</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tollgate %1&lt;/h3&gt;&lt;p&gt;A security operations console for Asterisk and FreeSWITCH PBXes: it watches logins, calls and configuration, raises alerts on attacks and toll fraud, and helps you act on them.&lt;/p&gt;&lt;p&gt;Event store: %2&lt;/p&gt;&lt;p&gt;Built with Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tollgate %1&lt;/h3&gt;&lt;p&gt;Eine Sicherheitskonsole für Asterisk- und FreeSWITCH-Telefonanlagen: Sie überwacht Anmeldungen, Anrufe und Konfiguration, meldet Angriffe und Gebührenbetrug und hilft Ihnen, darauf zu reagieren.&lt;/p&gt;&lt;p&gt;Ereignisspeicher: %2&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Reading the store again…</source>
        <translation>Speicher wird neu gelesen…</translation>
    </message>
    <message>
        <source>Top attacking source on the dashboard</source>
        <translation>Häufigste angreifende Quelle im Dashboard</translation>
    </message>
    <message>
        <source>Tollgate is still monitoring</source>
        <translation>Tollgate überwacht weiter</translation>
    </message>
    <message>
        <source>It keeps watching your PBXes from the tray. Quit from the tray icon&apos;s menu.</source>
        <translation>Es überwacht Ihre PBX weiter aus dem Infobereich. Beenden Sie es über das Menü des Symbols dort.</translation>
    </message>
</context>
<context>
    <name>tg::NewSourceDetector</name>
    <message>
        <source>New source for account %1: %2</source>
        <translation>Neue Quelle für Konto %1: %2</translation>
    </message>
    <message>
        <source>%1 (%2) came from %3, a network (%4) never seen for this account; it was seen from %5 before.</source>
        <translation>%1 (%2) kam von %3, aus einem Netz (%4), das für dieses Konto noch nie gesehen wurde; bisher kam es von %5.</translation>
    </message>
    <message>
        <source>Ask the user of %1 whether they moved. If not, change the password of %1 and block %2.</source>
        <translation>Fragen Sie den Benutzer von %1, ob er den Standort gewechselt hat. Falls nicht, ändern Sie das Passwort von %1 und sperren Sie %2.</translation>
    </message>
    <message>
        <source>new source (network): on (learning %1 per PBX, /%2 and /%3 count as one source)</source>
        <translation>neue Quelle (Netz): aktiv (Lernphase %1 pro PBX, /%2 und /%3 zählen als eine Quelle)</translation>
    </message>
    <message>
        <source>New country for account %1: %2 from %3</source>
        <translation>Neues Land für Konto %1: %2 von %3</translation>
    </message>
    <message>
        <source>%1 (%2) came from %3 in %4; until now it was seen only from addresses without a country (private networks: %5).</source>
        <translation>%1 (%2) kam von %3 in %4; bisher wurde es nur von Adressen ohne Land gesehen (private Netze: %5).</translation>
    </message>
    <message>
        <source>%1 (%2) came from %3 in %4, a country never seen for this account; it was seen from %5 (%6) before.</source>
        <translation>%1 (%2) kam von %3 in %4, einem Land, das für dieses Konto noch nie gesehen wurde; bisher wurde es aus %5 (%6) gesehen.</translation>
    </message>
    <message>
        <source>Unless the user of %1 is travelling, treat the password of %1 as stolen: change it, block %2 and check the calls of %1.</source>
        <translation>Sofern der Benutzer von %1 nicht auf Reisen ist, betrachten Sie das Passwort von %1 als gestohlen: Ändern Sie es, sperren Sie %2 und prüfen Sie die Anrufe von %1.</translation>
    </message>
    <message>
        <source>new-source country: on (GeoIP database %1: %2)</source>
        <translation>Neue Quelle (Land): an (GeoIP-Datenbank %1: %2)</translation>
    </message>
    <message>
        <source>new-source country: off (%1)</source>
        <translation>Neue Quelle (Land): aus (%1)</translation>
    </message>
    <message>
        <source>new-source country: off (no GeoIP database configured; set one in Settings → GeoIP or with --geoip, e.g. a GeoLite2-Country or DB-IP Country Lite .mmdb)</source>
        <translation>Neue Quelle (Land): aus (keine GeoIP-Datenbank eingerichtet; legen Sie eine unter Einstellungen → GeoIP oder mit --geoip fest, z. B. eine GeoLite2-Country- oder DB-IP-Country-Lite-.mmdb)</translation>
    </message>
</context>
<context>
    <name>tg::NotificationsSettingsPage</name>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Critical alerts</source>
        <translation>Kritische Alarme</translation>
    </message>
    <message>
        <source>High and critical alerts</source>
        <translation>Hohe und kritische Alarme</translation>
    </message>
    <message>
        <source>Each alert is announced once. During an attack, alerts that arrive within %1 seconds of the last notification are summed up in one.</source>
        <translation>Jeder Alarm wird einmal gemeldet. Während eines Angriffs werden Alarme, die innerhalb von %1 Sekunden nach der letzten Benachrichtigung eintreffen, in einer zusammengefasst.</translation>
    </message>
    <message>
        <source>Keep monitoring in the tray when the window is closed</source>
        <translation>Beim Schließen des Fensters im Infobereich weiter überwachen</translation>
    </message>
    <message>
        <source>Quit from the tray icon&apos;s menu or with File → Quit to stop monitoring.</source>
        <translation>Zum Beenden der Überwachung das Menü des Symbols im Infobereich oder Datei → Beenden verwenden.</translation>
    </message>
    <message>
        <source>This desktop has no system tray: closing the window quits Tollgate, and notifications flash the taskbar entry instead.</source>
        <translation>Diese Arbeitsumgebung hat keinen Infobereich: Das Schließen des Fensters beendet Tollgate, und Benachrichtigungen lassen stattdessen den Eintrag in der Taskleiste blinken.</translation>
    </message>
    <message>
        <source>Desktop notifications</source>
        <translation>Desktop-Benachrichtigungen</translation>
    </message>
    <message>
        <source>Tray</source>
        <translation>Infobereich</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>The notification settings could not be saved (%1); check that the settings file is writable.</source>
        <translation>Die Benachrichtigungseinstellungen konnten nicht gespeichert werden (%1); prüfen Sie, ob die Einstellungsdatei beschreibbar ist.</translation>
    </message>
</context>
<context>
    <name>tg::OffHoursDetector</name>
    <message>
        <source>Calls outside business hours from %1</source>
        <translation>Anrufe außerhalb der Geschäftszeiten von %1</translation>
    </message>
    <message>
        <source>%1 outbound calls within %2 outside business hours (%3, %4), risk score %5 (threshold %6; domestic 1, international 3, high-risk 5). Latest: %7 at %8 local time from %9.</source>
        <translation>%1 ausgehende Anrufe innerhalb von %2 außerhalb der Geschäftszeiten (%3, %4), Risikowert %5 (Schwelle %6; national 1, international 3, Hochrisiko 5). Zuletzt: %7 um %8 Ortszeit von %9.</translation>
    </message>
    <message>
        <source>Check with the user of %1 whether these calls were made by someone at work. If not, disable the account and block its outbound dialing until it is investigated.</source>
        <translation>Klären Sie mit dem Benutzer von %1, ob diese Anrufe von jemandem bei der Arbeit getätigt wurden. Falls nicht, deaktivieren Sie das Konto und sperren Sie seine ausgehenden Anrufe, bis der Vorfall untersucht ist.</translation>
    </message>
    <message>
        <source>off-hours calls: off (no business hours configured; set pbx.&lt;name&gt;.businessHours, e.g. &quot;Mon-Fri 08:00-18:00&quot;, and timeZone)%1</source>
        <translation>Anrufe außerhalb der Geschäftszeiten: inaktiv (keine Geschäftszeiten konfiguriert; setzen Sie pbx.&lt;name&gt;.businessHours, z. B. &quot;Mon-Fri 08:00-18:00&quot;, und timeZone)%1</translation>
    </message>
    <message>
        <source>off-hours calls: on for %1 (score %2 in %3)</source>
        <translation>Anrufe außerhalb der Geschäftszeiten: aktiv für %1 (Wert %2 in %3)</translation>
    </message>
</context>
<context>
    <name>tg::PasswordPolicy</name>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <source>is in the list of common passwords attackers try first</source>
        <translation>steht in der Liste gängiger Passwörter, die Angreifer zuerst ausprobieren</translation>
    </message>
    <message>
        <source>is the same as the account name</source>
        <translation>ist identisch mit dem Kontonamen</translation>
    </message>
    <message>
        <source>is a short number (%1 digits)</source>
        <translation>ist eine kurze Zahl (%1 Ziffern)</translation>
    </message>
    <message>
        <source>is close to the account name</source>
        <translation>ähnelt dem Kontonamen</translation>
    </message>
    <message>
        <source>is only digits</source>
        <translation>besteht nur aus Ziffern</translation>
    </message>
    <message>
        <source>is shorter than %1 characters</source>
        <translation>ist kürzer als %1 Zeichen</translation>
    </message>
</context>
<context>
    <name>tg::PbxBlockingBox</name>
    <message>
        <source>On the PBX (over SSH)</source>
        <translation>Auf der PBX (über SSH)</translation>
    </message>
    <message>
        <source>The folder with the PBX&apos;s configuration files, read by the audit, the config history and the blocking safety check (SIP trunk peers).</source>
        <translation>Der Ordner mit den Konfigurationsdateien der PBX, gelesen vom Audit, vom Konfigurationsverlauf und von der Sicherheitsprüfung beim Sperren (SIP-Trunk-Gegenstellen).</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Automatisch erkennen</translation>
    </message>
    <message>
        <source>How blocks are made on this PBX. Detect uses nftables when present, else iptables with ipset, else fail2ban.</source>
        <translation>Wie auf dieser PBX gesperrt wird. Automatisch nimmt nftables, wenn vorhanden, sonst iptables mit ipset, sonst fail2ban.</translation>
    </message>
    <message>
        <source>jail, e.g. asterisk</source>
        <translation>Jail, z. B. asterisk</translation>
    </message>
    <message>
        <source>only the PBX&apos;s SIP, RTP and manager ports</source>
        <translation>nur die SIP-, RTP- und Manager-Ports der PBX</translation>
    </message>
    <message>
        <source>all traffic from the address</source>
        <translation>den gesamten Verkehr der Adresse</translation>
    </message>
    <message>
        <source>The ports keep SSH out of every block, so a wrong block cannot cut Tollgate&apos;s own access.</source>
        <translation>Mit den Ports bleibt SSH von jeder Sperre ausgenommen, sodass eine falsche Sperre Tollgates eigenen Zugang nicht kappen kann.</translation>
    </message>
    <message>
        <source>Jail</source>
        <translation>Jail</translation>
    </message>
    <message>
        <source>Configuration folder</source>
        <translation>Konfigurationsordner</translation>
    </message>
    <message>
        <source>Block with</source>
        <translation>Sperren mit</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Sperre</translation>
    </message>
</context>
<context>
    <name>tg::PbxDialog</name>
    <message>
        <source>Add PBX</source>
        <translation>PBX hinzufügen</translation>
    </message>
    <message>
        <source>Edit PBX %1</source>
        <translation>PBX %1 bearbeiten</translation>
    </message>
    <message>
        <source>e.g. office-pbx</source>
        <translation>z. B. office-pbx</translation>
    </message>
    <message>
        <source>The name is kept: stored events and alerts refer to it.</source>
        <translation>Der Name bleibt unverändert: Gespeicherte Ereignisse und Alarme verweisen darauf.</translation>
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
        <translation>Hostname oder IP-Adresse</translation>
    </message>
    <message>
        <source>stored in the system keychain</source>
        <translation>im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <source>leave empty to keep the stored secret</source>
        <translation>leer lassen, um das gespeicherte Secret zu behalten</translation>
    </message>
    <message>
        <source>Use TLS</source>
        <translation>TLS verwenden</translation>
    </message>
    <message>
        <source>optional SHA-256 of a self-signed certificate</source>
        <translation>optional: SHA-256 eines selbstsignierten Zertifikats</translation>
    </message>
    <message>
        <source>Monitor this PBX</source>
        <translation>Diese PBX überwachen</translation>
    </message>
    <message>
        <source>Manager connection</source>
        <translation>Manager-Verbindung</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>TLS fingerprint</source>
        <translation>TLS-Fingerabdruck</translation>
    </message>
    <message>
        <source>Reach the manager port through an SSH tunnel</source>
        <translation>Manager-Port über einen SSH-Tunnel erreichen</translation>
    </message>
    <message>
        <source>same as the PBX host</source>
        <translation>wie der PBX-Host</translation>
    </message>
    <message>
        <source>private key file (optional)</source>
        <translation>Datei mit privatem Schlüssel (optional)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>SSH (audits, blocking, tunnel)</source>
        <translation>SSH (Audits, Sperren, Tunnel)</translation>
    </message>
    <message>
        <source>SSH host</source>
        <translation>SSH-Host</translation>
    </message>
    <message>
        <source>SSH user</source>
        <translation>SSH-Benutzer</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Schlüsseldatei</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Test connection tries the manager port and SSH and says what worked.</source>
        <translation>&quot;Verbindung testen&quot; prüft den Manager-Port und SSH und meldet, was funktioniert hat.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>SSH private key</source>
        <translation>Privater SSH-Schlüssel</translation>
    </message>
    <message>
        <source>AMI user from manager.conf</source>
        <translation>AMI-Benutzer aus manager.conf</translation>
    </message>
    <message>
        <source>ESL has no user</source>
        <translation>ESL hat keinen Benutzer</translation>
    </message>
    <message>
        <source>Enter a name for this PBX.</source>
        <translation>Geben Sie einen Namen für diese PBX ein.</translation>
    </message>
    <message>
        <source>Use up to 64 letters, digits, spaces, dots, dashes or underscores for the name.</source>
        <translation>Verwenden Sie für den Namen bis zu 64 Buchstaben, Ziffern, Leerzeichen, Punkte, Bindestriche oder Unterstriche.</translation>
    </message>
    <message>
        <source>A PBX named %1 already exists; choose another name.</source>
        <translation>Eine PBX namens %1 existiert bereits; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Enter the host name or IP address of the PBX.</source>
        <translation>Geben Sie den Hostnamen oder die IP-Adresse der PBX ein.</translation>
    </message>
    <message>
        <source>%1 is not a valid host name or IP address.</source>
        <translation>%1 ist kein gültiger Hostname und keine gültige IP-Adresse.</translation>
    </message>
    <message>
        <source>Enter the AMI user from the PBX&apos;s manager.conf.</source>
        <translation>Geben Sie den AMI-Benutzer aus der manager.conf der PBX ein.</translation>
    </message>
    <message>
        <source>The AMI user may contain only letters, digits and . _ @ + -.</source>
        <translation>Der AMI-Benutzer darf nur Buchstaben, Ziffern und . _ @ + - enthalten.</translation>
    </message>
    <message>
        <source>The secret must not contain line breaks.</source>
        <translation>Das Secret darf keine Zeilenumbrüche enthalten.</translation>
    </message>
    <message>
        <source>Enter the AMI secret for user %1.</source>
        <translation>Geben Sie das AMI-Secret für Benutzer %1 ein.</translation>
    </message>
    <message>
        <source>Enter the ESL password.</source>
        <translation>Geben Sie das ESL-Passwort ein.</translation>
    </message>
    <message>
        <source>The TLS fingerprint must be a SHA-256: 64 hexadecimal digits, colons allowed.</source>
        <translation>Der TLS-Fingerabdruck muss ein SHA-256-Wert sein: 64 Hexadezimalziffern, Doppelpunkte erlaubt.</translation>
    </message>
    <message>
        <source>%1 is not a valid SSH host name or IP address.</source>
        <translation>%1 ist kein gültiger SSH-Hostname und keine gültige IP-Adresse.</translation>
    </message>
    <message>
        <source>Enter the SSH user to reach the manager port through SSH.</source>
        <translation>Geben Sie den SSH-Benutzer ein, um den Manager-Port über SSH zu erreichen.</translation>
    </message>
    <message>
        <source>The SSH user may contain only letters, digits, dots, dashes and underscores.</source>
        <translation>Der SSH-Benutzer darf nur Buchstaben, Ziffern, Punkte, Bindestriche und Unterstriche enthalten.</translation>
    </message>
    <message>
        <source>The key file %1 does not exist or cannot be read.</source>
        <translation>Die Schlüsseldatei %1 existiert nicht oder kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>%1 wird getestet…</translation>
    </message>
    <message>
        <source>e.g. console, event_socket (empty: no list yet)</source>
        <translation>z. B. console, event_socket (leer: noch keine Liste)</translation>
    </message>
    <message>
        <source>AMI users (manager.conf), ESL users (user@domain) and event_socket (the shared ESL password) that may control this PBX, separated by commas. The audit reports every other one.</source>
        <translation>AMI-Benutzer (manager.conf), ESL-Benutzer (user@domain) und event_socket (das gemeinsame ESL-Passwort), die diese PBX steuern dürfen, durch Kommas getrennt. Das Audit meldet jeden anderen.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>The audit reports accounts with no registration or call in this many days, from the events Tollgate stored.</source>
        <translation>Das Audit meldet Konten ohne Registrierung und ohne Anruf in so vielen Tagen, anhand der von Tollgate gespeicherten Ereignisse.</translation>
    </message>
    <message>
        <source>Access review (audit)</source>
        <translation>Zugriffsprüfung (Audit)</translation>
    </message>
    <message>
        <source>Approved AMI/ESL users</source>
        <translation>Freigegebene AMI/ESL-Benutzer</translation>
    </message>
    <message>
        <source>Inactive after</source>
        <translation>Inaktiv nach</translation>
    </message>
</context>
<context>
    <name>tg::PbxHealthTile</name>
    <message>
        <source>Click to show only this PBX in the console</source>
        <translation>Klicken, um nur diese PBX in der Konsole anzuzeigen</translation>
    </message>
    <message>
        <source>%1 — Demo PBX</source>
        <translation>%1 — Demo-PBX</translation>
    </message>
    <message>
        <source>%1 events/s</source>
        <translation>%1 Ereignisse/s</translation>
    </message>
    <message>
        <source>Last event %1</source>
        <translation>Letztes Ereignis %1</translation>
    </message>
    <message>
        <source>No events yet</source>
        <translation>Noch keine Ereignisse</translation>
    </message>
    <message>
        <source>Active calls: %1</source>
        <translation>Aktive Anrufe: %1</translation>
    </message>
    <message>
        <source>Critical alerts: %1</source>
        <translation>Kritische Alarme: %1</translation>
    </message>
</context>
<context>
    <name>tg::PbxLink</name>
    <message>
        <source>Opening the SSH tunnel to %1.</source>
        <translation>SSH-Tunnel zu %1 wird geöffnet.</translation>
    </message>
    <message>
        <source>Waiting for you to check the SSH host key of %1: answer the question about its fingerprint to connect.</source>
        <translation>Warte darauf, dass Sie den SSH-Hostschlüssel von %1 prüfen: Beantworten Sie die Frage zu seinem Fingerabdruck, um zu verbinden.</translation>
    </message>
</context>
<context>
    <name>tg::PbxRepository</name>
    <message>
        <source>A PBX needs a name; enter one and save again.</source>
        <translation>Eine PBX benötigt einen Namen; geben Sie einen ein und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>A PBX named &quot;%1&quot; already exists; choose another name.</source>
        <translation>Eine PBX namens &quot;%1&quot; existiert bereits; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Could not save the PBX &quot;%1&quot;: %2.</source>
        <translation>Die PBX &quot;%1&quot; konnte nicht gespeichert werden: %2.</translation>
    </message>
    <message>
        <source>The PBX &quot;%1&quot; no longer exists; reload the list and try again.</source>
        <translation>Die PBX &quot;%1&quot; existiert nicht mehr; laden Sie die Liste neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Could not remove the PBX &quot;%1&quot;: %2.</source>
        <translation>Die PBX &quot;%1&quot; konnte nicht entfernt werden: %2.</translation>
    </message>
    <message>
        <source>There is no PBX named &quot;%1&quot;.</source>
        <translation>Es gibt keine PBX namens &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>tg::PbxRulesSettingsPage</name>
    <message>
        <source>All PBXes (defaults)</source>
        <translation>Alle PBX (Standardwerte)</translation>
    </message>
    <message>
        <source>Own rules for this PBX (otherwise the defaults apply)</source>
        <translation>Eigene Regeln für diese PBX (sonst gelten die Standardwerte)</translation>
    </message>
    <message>
        <source>e.g. GB</source>
        <translation>z. B. DE</translation>
    </message>
    <message>
        <source>ISO 3166 code of the country the PBX is in: its calls there are domestic.</source>
        <translation>ISO-3166-Code des Landes, in dem die PBX steht: Anrufe dorthin sind Inlandsanrufe.</translation>
    </message>
    <message>
        <source>e.g. IE, FR, DE</source>
        <translation>z. B. AT, CH, FR</translation>
    </message>
    <message>
        <source>Countries this PBX may call without an alert. High-risk and premium ranges alert anyway.</source>
        <translation>Länder, die diese PBX ohne Alarm anrufen darf. Hochrisiko- und Premium-Bereiche lösen trotzdem Alarm aus.</translation>
    </message>
    <message>
        <source>e.g. Mon-Fri 08:00-18:00 (empty: off-hours detection off)</source>
        <translation>z. B. Mon-Fri 08:00-18:00 (leer: keine Erkennung außerhalb der Geschäftszeit)</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Keine Grenze</translation>
    </message>
    <message>
        <source>More simultaneous calls on the whole PBX than this raise an alert.</source>
        <translation>Mehr gleichzeitige Anrufe auf der ganzen PBX lösen einen Alarm aus.</translation>
    </message>
    <message>
        <source>What the call detectors need to know about each PBX: calls to countries that are not allowed, and outbound calls outside business hours, raise alerts.</source>
        <translation>Was die Anruferkennung über jede PBX wissen muss: Anrufe in nicht erlaubte Länder und abgehende Anrufe außerhalb der Geschäftszeit lösen Alarme aus.</translation>
    </message>
    <message>
        <source>PBX</source>
        <translation>PBX</translation>
    </message>
    <message>
        <source>Home country</source>
        <translation>Heimatland</translation>
    </message>
    <message>
        <source>Allowed countries</source>
        <translation>Erlaubte Länder</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>Geschäftszeiten</translation>
    </message>
    <message>
        <source>Concurrent calls limit</source>
        <translation>Grenze gleichzeitiger Anrufe</translation>
    </message>
    <message>
        <source>PBX rules</source>
        <translation>PBX-Regeln</translation>
    </message>
    <message>
        <source>the defaults</source>
        <translation>die Standardwerte</translation>
    </message>
    <message>
        <source>Home country of %1: use a two-letter ISO code such as GB.</source>
        <translation>Heimatland von %1: Verwenden Sie einen zweibuchstabigen ISO-Code wie GB.</translation>
    </message>
    <message>
        <source>Allowed countries of %1: %2 is not a two-letter ISO code.</source>
        <translation>Erlaubte Länder von %1: %2 ist kein zweibuchstabiger ISO-Code.</translation>
    </message>
    <message>
        <source>Time zone of %1: %2 is not a known time zone.</source>
        <translation>Zeitzone von %1: %2 ist keine bekannte Zeitzone.</translation>
    </message>
    <message>
        <source>Business hours of %1: %2</source>
        <translation>Geschäftszeiten von %1: %2</translation>
    </message>
</context>
<context>
    <name>tg::PbxSidebar</name>
    <message>
        <source>No PBX configured yet. Start the Demo PBX to see Tollgate at work, or add your own Asterisk or FreeSWITCH system.</source>
        <translation>Noch keine PBX konfiguriert. Starten Sie die Demo-PBX, um Tollgate in Aktion zu sehen, oder fügen Sie Ihr eigenes Asterisk- oder FreeSWITCH-System hinzu.</translation>
    </message>
    <message>
        <source>Start the Demo PBX</source>
        <translation>Demo-PBX starten</translation>
    </message>
    <message>
        <source>Add PBX…</source>
        <translation>PBX hinzufügen…</translation>
    </message>
    <message>
        <source>%1 (Demo PBX)</source>
        <translation>%1 (Demo-PBX)</translation>
    </message>
    <message>
        <source>All PBXes</source>
        <translation>Alle Telefonanlagen</translation>
    </message>
    <message>
        <source>replayed Asterisk traffic</source>
        <translation>wiedergegebener Asterisk-Verkehr</translation>
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
        <translation>Wartet</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Demo PBX: replays recorded Asterisk traffic inside Tollgate. Not a real system.</source>
        <translation>Demo-PBX: spielt aufgezeichneten Asterisk-Verkehr innerhalb von Tollgate ab. Kein echtes System.</translation>
    </message>
    <message>
        <source>%1:%2%3</source>
        <translation>%1:%2%3</translation>
    </message>
    <message>
        <source> through SSH</source>
        <translation> über SSH</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Zustand: %1</translation>
    </message>
    <message>
        <source>Version: %1</source>
        <translation>Version: %1</translation>
    </message>
    <message>
        <source>Last event: %1</source>
        <translation>Letztes Ereignis: %1</translation>
    </message>
    <message>
        <source>No status from the engine yet.</source>
        <translation>Noch kein Status von der Engine.</translation>
    </message>
    <message>
        <source>Edit %1…</source>
        <translation>%1 bearbeiten…</translation>
    </message>
    <message>
        <source>Remove %1…</source>
        <translation>%1 entfernen…</translation>
    </message>
</context>
<context>
    <name>tg::Planner</name>
    <message>
        <source>%1 was not among the audited files; audit the PBX again.</source>
        <translation>%1 gehörte nicht zu den geprüften Dateien; prüfen Sie die PBX erneut.</translation>
    </message>
    <message>
        <source>%1 has no [%2] section to change; edit it by hand.</source>
        <translation>%1 hat keinen Abschnitt [%2], der geändert werden kann; bearbeiten Sie die Datei von Hand.</translation>
    </message>
    <message>
        <source>manager.conf was not among the audited files; audit the PBX again.</source>
        <translation>manager.conf gehörte nicht zu den geprüften Dateien; prüfen Sie die PBX erneut.</translation>
    </message>
    <message>
        <source>manager.conf has no user [%1] any more; audit the PBX again.</source>
        <translation>manager.conf enthält keinen Benutzer [%1] mehr; prüfen Sie die PBX erneut.</translation>
    </message>
    <message>
        <source>The password parameter is not on one line of %1; change it by hand.</source>
        <translation>Der Passwort-Parameter steht in %1 nicht auf einer einzigen Zeile; ändern Sie ihn von Hand.</translation>
    </message>
    <message>
        <source>%1 already has this setting; audit the PBX again.</source>
        <translation>%1 hat diese Einstellung bereits; prüfen Sie die PBX erneut.</translation>
    </message>
</context>
<context>
    <name>tg::RatesSettingsPage</name>
    <message>
        <source>Tollgate classifies every dialed number by the longest matching E.164 prefix of this table: its country, its risk tier (standard, elevated, high, premium, satellite) and its rate per minute, used for toll-fraud alerts and cost estimates. The CSV columns are: prefix,country,tier,rate_per_minute,description.</source>
        <translation>Tollgate ordnet jede gewählte Nummer dem längsten passenden E.164-Präfix dieser Tabelle zu: Land, Risikostufe (standard, elevated, high, premium, satellite) und Tarif pro Minute, für Gebührenbetrugsalarme und Kostenschätzungen. Die CSV-Spalten sind: prefix,country,tier,rate_per_minute,description.</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>CSV importieren…</translation>
    </message>
    <message>
        <source>Use the built-in table</source>
        <translation>Eingebaute Tabelle verwenden</translation>
    </message>
    <message>
        <source>Export current table…</source>
        <translation>Aktuelle Tabelle exportieren…</translation>
    </message>
    <message>
        <source>Save the table in use as a CSV to edit it, then import it again.</source>
        <translation>Die verwendete Tabelle als CSV speichern, bearbeiten und wieder importieren.</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>Tarife</translation>
    </message>
    <message>
        <source>In use: the built-in table.</source>
        <translation>In Verwendung: die eingebaute Tabelle.</translation>
    </message>
    <message>
        <source>In use: %1.</source>
        <translation>In Verwendung: %1.</translation>
    </message>
    <message>
        <source>%1 prefixes, %2 lines skipped.</source>
        <translation>%1 Präfixe, %2 Zeilen übersprungen.</translation>
    </message>
    <message>
        <source>(applied when you press OK)</source>
        <translation>(wird mit OK übernommen)</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>%1 is larger than 32 MB; that is not a prefix table.</source>
        <translation>%1 ist größer als 32 MB; das ist keine Präfixtabelle.</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation>%1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>Import a prefix and rate table</source>
        <translation>Präfix- und Tariftabelle importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export the prefix and rate table</source>
        <translation>Präfix- und Tariftabelle exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Could not copy %1 into the data folder.</source>
        <translation>%1 konnte nicht in den Datenordner kopiert werden.</translation>
    </message>
</context>
<context>
    <name>tg::RemediationRunner</name>
    <message>
        <source>The fix has no change to make.</source>
        <translation>Die Korrektur hat nichts zu ändern.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a plain absolute path; nothing was changed.</source>
        <translation>%1: &quot;%2&quot; ist kein einfacher absoluter Pfad; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1: there is no keychain to keep the new password in; nothing was changed.</source>
        <translation>%1: Es gibt keinen Schlüsselbund, in dem das neue Passwort gespeichert werden kann; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Storing the new password in the keychain</source>
        <translation>Das neue Passwort wird im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>%1: the new password could not be stored in the keychain (%2); nothing was changed.</source>
        <translation>%1: Das neue Passwort konnte nicht im Schlüsselbund gespeichert werden (%2); es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>%1 wird gelesen</translation>
    </message>
    <message>
        <source>%1: %2 changed since the audit; nothing was written. Audit the PBX again and review the new diff.</source>
        <translation>%1: %2 wurde seit dem Audit geändert; es wurde nichts geschrieben. Prüfen Sie die PBX erneut und sehen Sie sich den neuen Diff an.</translation>
    </message>
    <message>
        <source>Writing %1 (the old file is kept as a backup)</source>
        <translation>%1 wird geschrieben (die alte Datei wird als Sicherung aufbewahrt)</translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <translation>Sicherung: %1</translation>
    </message>
    <message>
        <source>Reloading: %1</source>
        <translation>Reload: %1</translation>
    </message>
    <message>
        <source>The reload did not succeed (%1); the new file is in place and takes effect at the next reload or restart.</source>
        <translation>Der Reload war nicht erfolgreich (%1); die neue Datei ist vorhanden und wird beim nächsten Reload oder Neustart wirksam.</translation>
    </message>
    <message>
        <source>Checking again</source>
        <translation>Erneute Prüfung</translation>
    </message>
    <message>
        <source>%1: the file was written but could not be read back: %2</source>
        <translation>%1: Die Datei wurde geschrieben, konnte aber nicht zurückgelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2 does not hold what was written; restore the backup %3.</source>
        <translation>%1: %2 enthält nicht, was geschrieben wurde; stellen Sie die Sicherung %3 wieder her.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a Tollgate backup of %3; nothing was changed.</source>
        <translation>%1: &quot;%2&quot; ist keine Tollgate-Sicherung von %3; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Reading the backup %1</source>
        <translation>Sicherung %1 wird gelesen</translation>
    </message>
    <message>
        <source>%1: the backup is larger than 4 MiB; restore it by hand.</source>
        <translation>%1: Die Sicherung ist größer als 4 MiB; stellen Sie sie von Hand wieder her.</translation>
    </message>
    <message>
        <source>Restoring %1</source>
        <translation>%1 wird wiederhergestellt</translation>
    </message>
    <message>
        <source>%1: %2 does not match the backup after the restore; check it by hand.</source>
        <translation>%1: %2 stimmt nach der Wiederherstellung nicht mit der Sicherung überein; prüfen Sie die Datei von Hand.</translation>
    </message>
    <message>
        <source>The previous password is back in the keychain.</source>
        <translation>Das vorherige Passwort ist wieder im Schlüsselbund.</translation>
    </message>
    <message>
        <source>The previous password could not be put back in the keychain (%1); enter it again in the PBX&apos;s settings.</source>
        <translation>Das vorherige Passwort konnte nicht in den Schlüsselbund zurückgeschrieben werden (%1); geben Sie es in den Einstellungen der PBX erneut ein.</translation>
    </message>
</context>
<context>
    <name>tg::RevertPlanner</name>
    <message>
        <source>Write the approved baseline of %1 back to the PBX, replacing what is there now, and run &quot;%2&quot;.</source>
        <translation>Die freigegebene Baseline von %1 auf die PBX zurückschreiben, den aktuellen Inhalt ersetzen und &quot;%2&quot; ausführen.</translation>
    </message>
    <message>
        <source>%1 on the PBX already is its approved baseline; there is nothing to revert.</source>
        <translation>%1 auf der PBX entspricht bereits der freigegebenen Baseline; es gibt nichts zurückzusetzen.</translation>
    </message>
    <message>
        <source>Binary file: %1 bytes now, %2 bytes in the baseline.</source>
        <translation>Binärdatei: jetzt %1 Bytes, %2 Bytes in der Baseline.</translation>
    </message>
    <message>
        <source> (on the PBX now)</source>
        <translation> (jetzt auf der PBX)</translation>
    </message>
    <message>
        <source> (baseline)</source>
        <translation> (Baseline)</translation>
    </message>
</context>
<context>
    <name>tg::ScannerDetector</name>
    <message>
        <source>SIP scanner %1 at %2</source>
        <translation>SIP-Scanner %1 von %2</translation>
    </message>
    <message>
        <source>Requests from %1 carry the User-Agent of a known SIP scanner or attack tool (matches &quot;%2&quot;). Scanners look for open accounts and dial plans before brute force and toll fraud. User-Agent: %3</source>
        <translation>Anfragen von %1 tragen den User-Agent eines bekannten SIP-Scanners oder Angriffstools (passt auf &quot;%2&quot;). Scanner suchen nach offenen Konten und Dialplans, bevor Brute-Force und Gebührenbetrug folgen. User-Agent: %3</translation>
    </message>
    <message>
        <source>Block %1. Scanners rotate addresses, so also keep SIP closed to the internet where possible (firewall allowlist, non-default port, TLS).</source>
        <translation>Sperren Sie %1. Scanner wechseln ihre Adressen, halten Sie SIP daher nach Möglichkeit auch zum Internet hin geschlossen (Firewall-Allowlist, Nicht-Standard-Port, TLS).</translation>
    </message>
    <message>
        <source>SIP scanner sweep from %1</source>
        <translation>SIP-Scanner-Sweep von %1</translation>
    </message>
    <message>
        <source>%1 was challenged for %2 different accounts within %3 and answered %4 of %5 challenges (threshold: %6 accounts, at most %7% answered): a scanner collecting extension names, not a phone. Accounts: %8.</source>
        <translation>%1 wurde innerhalb von %3 für %2 verschiedene Konten zur Authentifizierung aufgefordert und beantwortete %4 von %5 Challenges (Schwelle: %6 Konten, höchstens %7% beantwortet): ein Scanner, der Nebenstellennamen sammelt, kein Telefon. Konten: %8.</translation>
    </message>
    <message>
        <source>Block %1; keep alwaysauthreject=yes so the sweep learns nothing, and expect brute force on the accounts it found next.</source>
        <translation>Sperren Sie %1; behalten Sie alwaysauthreject=yes bei, damit der Sweep nichts erfährt, und rechnen Sie als Nächstes mit Brute-Force auf die gefundenen Konten.</translation>
    </message>
    <message>
        <source>scanner by User-Agent: %1</source>
        <translation>Scanner nach User-Agent: %1</translation>
    </message>
    <message numerus="yes">
        <source>on (%n patterns; needs a source that reports User-Agents: logs or ESL)</source>
        <translation>
            <numerusform>aktiv (%n Muster; erfordert eine Quelle, die User-Agents meldet: Logs oder ESL)</numerusform>
            <numerusform>aktiv (%n Muster; erfordert eine Quelle, die User-Agents meldet: Logs oder ESL)</numerusform>
        </translation>
    </message>
    <message>
        <source>off (no User-Agent list loaded)</source>
        <translation>inaktiv (keine User-Agent-Liste geladen)</translation>
    </message>
    <message>
        <source>scanner sweep: on (%1 accounts challenged from one address in %2, at most %3% answered)</source>
        <translation>Scanner-Sweep: aktiv (%1 Konten von einer Adresse in %2 zur Authentifizierung aufgefordert, höchstens %3% beantwortet)</translation>
    </message>
</context>
<context>
    <name>tg::SecretStore</name>
    <message>
        <source>Access to the keychain was refused, so the password for %1 could not be used. Allow Tollgate access when the keychain asks, or keep the password for this session only.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert, daher konnte das Passwort für %1 nicht verwendet werden. Erlauben Sie Tollgate den Zugriff, wenn der Schlüsselbund nachfragt, oder behalten Sie das Passwort nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>The keychain could not delete the password for %1; remove it with your keychain manager.</source>
        <translation>Der Schlüsselbund konnte das Passwort für %1 nicht löschen; entfernen Sie es mit Ihrer Schlüsselbundverwaltung.</translation>
    </message>
    <message>
        <source>No keychain is reachable (such as GNOME Keyring, KWallet, macOS Keychain or the Windows Credential Manager), so Tollgate cannot save this password. You can keep it for this session only: it stays in memory until Tollgate quits and is never written to disk.</source>
        <translation>Es ist kein Schlüsselbund erreichbar (etwa GNOME Keyring, KWallet, macOS-Schlüsselbund oder die Windows-Anmeldeinformationsverwaltung), daher kann Tollgate dieses Passwort nicht speichern. Sie können es nur für diese Sitzung behalten: Es bleibt im Arbeitsspeicher, bis Tollgate beendet wird, und wird nie auf die Festplatte geschrieben.</translation>
    </message>
    <message>
        <source>No password is saved in the keychain for %1; enter it again.</source>
        <translation>Für %1 ist kein Passwort im Schlüsselbund gespeichert; geben Sie es erneut ein.</translation>
    </message>
</context>
<context>
    <name>tg::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
</context>
<context>
    <name>tg::SnapshotRecorder</name>
    <message>
        <source>%1 changed on %2 without approval</source>
        <translation>%1 wurde auf %2 ohne Freigabe geändert</translation>
    </message>
    <message numerus="yes">
        <source>%1 differs from its approved baseline: %n line(s) added</source>
        <translation>
            <numerusform>%1 weicht von der freigegebenen Baseline ab: %n Zeile hinzugefügt</numerusform>
            <numerusform>%1 weicht von der freigegebenen Baseline ab: %n Zeilen hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 changed since the previous snapshot (no baseline is approved yet): %n line(s) added</source>
        <translation>
            <numerusform>%1 wurde seit dem vorherigen Snapshot geändert (noch keine Baseline freigegeben): %n Zeile hinzugefügt</numerusform>
            <numerusform>%1 wurde seit dem vorherigen Snapshot geändert (noch keine Baseline freigegeben): %n Zeilen hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n removed.</source>
        <translation>
            <numerusform>, %n entfernt.</numerusform>
            <numerusform>, %n entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>previous</source>
        <translation>vorheriger</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>Open the Config tab and review the change. If it was intended, approve it as the new baseline; if not, revert to the baseline and find out who changed the file (SSH logins and sudo logs on the PBX).</source>
        <translation>Öffnen Sie den Reiter &quot;Konfiguration&quot; und prüfen Sie die Änderung. War sie beabsichtigt, geben Sie sie als neue Baseline frei; andernfalls setzen Sie auf die Baseline zurück und finden Sie heraus, wer die Datei geändert hat (SSH-Anmeldungen und sudo-Logs auf der PBX).</translation>
    </message>
    <message>
        <source>%1: %2 line(s) added, %3 removed; %4</source>
        <translation>%1: %2 Zeile(n) hinzugefügt, %3 entfernt; %4</translation>
    </message>
</context>
<context>
    <name>tg::SnapshotRepository</name>
    <message>
        <source>Could not read or store the configuration history: %1.</source>
        <translation>Der Konfigurationsverlauf konnte nicht gelesen oder gespeichert werden: %1.</translation>
    </message>
    <message>
        <source>snapshot %1 does not exist</source>
        <translation>Snapshot %1 existiert nicht</translation>
    </message>
</context>
<context>
    <name>tg::SshLogFollower</name>
    <message>
        <source>Following %1 on PBX %2 ended: %3</source>
        <translation>Verfolgen von %1 auf PBX %2 beendet: %3</translation>
    </message>
</context>
<context>
    <name>tg::SshSession</name>
    <message>
        <source>SSH to PBX %1 (%2 port %3)</source>
        <translation>SSH zu PBX %1 (%2 Port %3)</translation>
    </message>
    <message>
        <source>%1: the host name could not be resolved (%2). Check the SSH host in the PBX settings.</source>
        <translation>%1: Der Hostname konnte nicht aufgelöst werden (%2). Prüfen Sie den SSH-Host in den PBX-Einstellungen.</translation>
    </message>
    <message>
        <source>%1: cancelled while connecting.</source>
        <translation>%1: beim Verbindungsaufbau abgebrochen.</translation>
    </message>
    <message>
        <source>%1: no answer within %2 s. Check that the PBX is up and that a firewall lets Tollgate reach its SSH port.</source>
        <translation>%1: keine Antwort innerhalb von %2 s. Prüfen Sie, ob die PBX läuft und ob eine Firewall Tollgate den Zugriff auf ihren SSH-Port erlaubt.</translation>
    </message>
    <message>
        <source>%1: cannot connect (%2). Check the host and SSH port in the PBX settings and that sshd runs on the PBX.</source>
        <translation>%1: Verbindung nicht möglich (%2). Prüfen Sie Host und SSH-Port in den PBX-Einstellungen und ob sshd auf der PBX läuft.</translation>
    </message>
    <message>
        <source>%1: cancelled.</source>
        <translation>%1: abgebrochen.</translation>
    </message>
    <message>
        <source>%1: cancelled during the SSH handshake.</source>
        <translation>%1: während des SSH-Handshakes abgebrochen.</translation>
    </message>
    <message>
        <source>%1: the SSH handshake failed (%2). Is this port an SSH server?</source>
        <translation>%1: Der SSH-Handshake ist fehlgeschlagen (%2). Ist dieser Port ein SSH-Server?</translation>
    </message>
    <message>
        <source>%1: the server sent no host key.</source>
        <translation>%1: Der Server hat keinen Host-Schlüssel gesendet.</translation>
    </message>
    <message>
        <source>%1: the connection was lost during login (%2).</source>
        <translation>%1: Die Verbindung ging während der Anmeldung verloren (%2).</translation>
    </message>
    <message>
        <source>ssh-agent</source>
        <translation>ssh-agent</translation>
    </message>
    <message>
        <source>key file %1</source>
        <translation>Schlüsseldatei %1</translation>
    </message>
    <message>
        <source>%1: cannot read the private key file %2 (missing, unreadable, or protected by a passphrase that is not stored in the keychain).</source>
        <translation>%1: Die private Schlüsseldatei %2 kann nicht gelesen werden (fehlt, ist nicht lesbar oder durch eine Passphrase geschützt, die nicht im Schlüsselbund gespeichert ist).</translation>
    </message>
    <message>
        <source>%1: cannot read the private key file %2: wrong passphrase or not a key file.</source>
        <translation>%1: Die private Schlüsseldatei %2 kann nicht gelesen werden: falsche Passphrase oder keine Schlüsseldatei.</translation>
    </message>
    <message>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>keyboard-interactive</source>
        <translation>keyboard-interactive</translation>
    </message>
    <message>
        <source>%1: the server accepts none of the login methods Tollgate has for user %2 (set a key file or password in the PBX settings).</source>
        <translation>%1: Der Server akzeptiert keine der Anmeldemethoden, die Tollgate für Benutzer %2 hat (legen Sie in den PBX-Einstellungen eine Schlüsseldatei oder ein Passwort fest).</translation>
    </message>
    <message>
        <source>%1: login as user %2 was refused (tried: %3). Check the user name, key and password in the PBX settings.</source>
        <translation>%1: Die Anmeldung als Benutzer %2 wurde abgelehnt (versucht: %3). Prüfen Sie Benutzername, Schlüssel und Passwort in den PBX-Einstellungen.</translation>
    </message>
    <message>
        <source>On PBX %1, sudo wants a password for user %2, and Tollgate runs sudo without prompting (sudo -n). Allow the needed commands for %2 with NOPASSWD in sudoers (visudo), or use an SSH user that may run them.</source>
        <translation>Auf PBX %1 verlangt sudo ein Passwort für Benutzer %2, und Tollgate führt sudo ohne Nachfrage aus (sudo -n). Erlauben Sie die benötigten Befehle für %2 mit NOPASSWD in den sudoers (visudo), oder verwenden Sie einen SSH-Benutzer, der sie ausführen darf.</translation>
    </message>
    <message>
        <source>On PBX %1, user %2 may not run this command with sudo. Allow it in sudoers (visudo) with NOPASSWD.</source>
        <translation>Auf PBX %1 darf Benutzer %2 diesen Befehl nicht mit sudo ausführen. Erlauben Sie ihn in den sudoers (visudo) mit NOPASSWD.</translation>
    </message>
    <message>
        <source>PBX %1 has no sudo. Install it, or log in as a user that can run the command directly.</source>
        <translation>PBX %1 hat kein sudo. Installieren Sie es oder melden Sie sich als Benutzer an, der den Befehl direkt ausführen kann.</translation>
    </message>
    <message>
        <source>%1: the connection was lost %2 (%3). The server may have restarted or the network failed; Tollgate reconnects on the next request.</source>
        <translation>%1: Die Verbindung ging %2 verloren (%3). Der Server wurde möglicherweise neu gestartet oder das Netzwerk ist ausgefallen; Tollgate verbindet sich bei der nächsten Anfrage neu.</translation>
    </message>
    <message>
        <source>while opening a channel</source>
        <translation>beim Öffnen eines Kanals</translation>
    </message>
    <message>
        <source>while starting the command</source>
        <translation>beim Starten des Befehls</translation>
    </message>
    <message>
        <source>while sending data</source>
        <translation>beim Senden von Daten</translation>
    </message>
    <message>
        <source>during the command</source>
        <translation>während des Befehls</translation>
    </message>
    <message>
        <source>%1: the command did not finish within %2 s and was abandoned.</source>
        <translation>%1: Der Befehl wurde nicht innerhalb von %2 s beendet und wurde abgebrochen.</translation>
    </message>
    <message>
        <source>at the end of the command</source>
        <translation>am Ende des Befehls</translation>
    </message>
    <message>
        <source>%1: refused to follow &quot;%2&quot;: not a plain absolute file path.</source>
        <translation>%1: Verfolgen von &quot;%2&quot; abgelehnt: kein einfacher absoluter Dateipfad.</translation>
    </message>
    <message>
        <source>%1: the connection was lost while starting SFTP (%2).</source>
        <translation>%1: Die Verbindung ging beim Starten von SFTP verloren (%2).</translation>
    </message>
    <message>
        <source>%1: the server offers no SFTP.</source>
        <translation>%1: Der Server bietet kein SFTP an.</translation>
    </message>
    <message>
        <source>%1: the file %2 does not exist.</source>
        <translation>%1: Die Datei %2 existiert nicht.</translation>
    </message>
    <message>
        <source>%1: permission denied reading %2; read it with sudo, or give the SSH user read access.</source>
        <translation>%1: Zugriff verweigert beim Lesen von %2; lesen Sie die Datei mit sudo oder geben Sie dem SSH-Benutzer Leserechte.</translation>
    </message>
    <message>
        <source>%1: cannot open %2 (SFTP error %3).</source>
        <translation>%1: %2 kann nicht geöffnet werden (SFTP-Fehler %3).</translation>
    </message>
    <message>
        <source>%1: reading %2 failed (%3).</source>
        <translation>%1: Lesen von %2 fehlgeschlagen (%3).</translation>
    </message>
    <message>
        <source>%1: refused to read &quot;%2&quot;: not a plain absolute file path.</source>
        <translation>%1: Lesen von &quot;%2&quot; abgelehnt: kein einfacher absoluter Dateipfad.</translation>
    </message>
    <message>
        <source>%1: cannot read %2: %3</source>
        <translation>%1: %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>%1: refused to write &quot;%2&quot;: not a plain absolute file path.</source>
        <translation>%1: Schreiben von &quot;%2&quot; abgelehnt: kein einfacher absoluter Dateipfad.</translation>
    </message>
    <message>
        <source>%1: writing %2 failed; the file is unchanged: %3</source>
        <translation>%1: Schreiben von %2 fehlgeschlagen; die Datei ist unverändert: %3</translation>
    </message>
    <message>
        <source>%1: %2 was written but its size on the PBX differs (%3 bytes instead of %4); check the disk space and the backup %5.</source>
        <translation>%1: %2 wurde geschrieben, aber die Größe auf der PBX weicht ab (%3 Bytes statt %4); prüfen Sie den Speicherplatz und die Sicherung %5.</translation>
    </message>
    <message>
        <source>%1: the server refused to forward to %2 port %3 (%4). Check AllowTcpForwarding in the PBX&apos;s sshd_config and that the service listens there.</source>
        <translation>%1: Der Server hat die Weiterleitung zu %2 Port %3 abgelehnt (%4). Prüfen Sie AllowTcpForwarding in der sshd_config der PBX und ob der Dienst dort lauscht.</translation>
    </message>
</context>
<context>
    <name>tg::SshTunnel</name>
    <message>
        <source>Cannot open a local port for the SSH tunnel to PBX %1: %2.</source>
        <translation>Für den SSH-Tunnel zu PBX %1 kann kein lokaler Port geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>The SSH tunnel to PBX %1 was lost: %2</source>
        <translation>Der SSH-Tunnel zu PBX %1 ist abgebrochen: %2</translation>
    </message>
</context>
<context>
    <name>tg::StoreQueryWorker</name>
    <message>
        <source>Could not write %1: %2. Choose another folder.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export abgebrochen.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Check the free disk space.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Prüfen Sie den freien Speicherplatz.</translation>
    </message>
</context>
<context>
    <name>tg::StoreWriter</name>
    <message>
        <source>Could not prepare the database statements: %1.</source>
        <translation>Die Datenbankanweisungen konnten nicht vorbereitet werden: %1.</translation>
    </message>
    <message>
        <source>Could not save %1 events to the database (%2); retrying. Free some disk space if the disk is full.</source>
        <translation>%1 Ereignisse konnten nicht in der Datenbank gespeichert werden (%2); neuer Versuch läuft. Geben Sie Speicherplatz frei, falls die Festplatte voll ist.</translation>
    </message>
    <message>
        <source>Could not save %1 events and %2 alerts to the database (%3); they were dropped. Free some disk space and check the database with &quot;tollgate-cli db check&quot;.</source>
        <translation>%1 Ereignisse und %2 Alarme konnten nicht in der Datenbank gespeichert werden (%3); sie wurden verworfen. Geben Sie Speicherplatz frei und prüfen Sie die Datenbank mit &quot;tollgate-cli db check&quot;.</translation>
    </message>
    <message>
        <source>Could not save what the detectors learned (%1); it is saved again at the next interval.</source>
        <translation>Das Gelernte der Detektoren konnte nicht gespeichert werden (%1); es wird beim nächsten Intervall erneut gespeichert.</translation>
    </message>
</context>
<context>
    <name>tg::SuccessAfterFailureDetector</name>
    <message>
        <source>login</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Successful login after failures: %1 from %2</source>
        <translation>Erfolgreiche Anmeldung nach Fehlversuchen: %1 von %2</translation>
    </message>
    <message>
        <source>Account %1 logged in successfully (%2) from %3 after %4 failed attempts on it within %5 from %6 (threshold: %7, the successful address among them). The attacker may have found the password.</source>
        <translation>Konto %1 hat sich von %3 erfolgreich angemeldet (%2), nach %4 Fehlversuchen darauf innerhalb von %5 von %6 (Schwelle: %7, die erfolgreiche Adresse eingeschlossen). Der Angreifer hat möglicherweise das Passwort gefunden.</translation>
    </message>
    <message>
        <source>%1 logged in successfully (%2, account %3) after %4 failed attempts from the same address within %5 (threshold: %6). Accounts it tried: %7. The attacker may have found a password.</source>
        <translation>%1 hat sich erfolgreich angemeldet (%2, Konto %3), nach %4 Fehlversuchen von derselben Adresse innerhalb von %5 (Schwelle: %6). Versuchte Konten: %7. Der Angreifer hat möglicherweise ein Passwort gefunden.</translation>
    </message>
    <message>
        <source>Treat account %1 as compromised: change its password now, block %2, hang up its calls and check every call it made since the first failure.</source>
        <translation>Behandeln Sie Konto %1 als kompromittiert: Ändern Sie sofort das Passwort, sperren Sie %2, legen Sie seine Anrufe auf und prüfen Sie jeden Anruf, den es seit dem ersten Fehlversuch getätigt hat.</translation>
    </message>
    <message>
        <source>success after failures: on (%1 failures from the address or %2 on the account within %3)</source>
        <translation>Erfolg nach Fehlversuchen: aktiv (%1 Fehlversuche von der Adresse oder %2 auf das Konto innerhalb von %3)</translation>
    </message>
</context>
<context>
    <name>tg::SyslogSender</name>
    <message>
        <source>The forwarding destination %1 (%2) did not answer within %3 s; Tollgate will retry.</source>
        <translation>Das Weiterleitungsziel %1 (%2) hat nicht innerhalb von %3 s geantwortet; Tollgate versucht es erneut.</translation>
    </message>
    <message>
        <source>The trusted certificate fingerprint of forwarding destination %1 is not a SHA-256 fingerprint (64 hex digits). Correct it in Settings → Forwarding.</source>
        <translation>Der vertrauenswürdige Zertifikat-Fingerabdruck des Weiterleitungsziels %1 ist kein SHA-256-Fingerabdruck (64 Hex-Ziffern). Korrigieren Sie ihn unter Einstellungen → Weiterleitung.</translation>
    </message>
    <message>
        <source>The CA file %1 of forwarding destination %2 holds no PEM certificate. Choose the file with the certificate of the CA that signed the receiver&apos;s certificate.</source>
        <translation>Die CA-Datei %1 des Weiterleitungsziels %2 enthält kein PEM-Zertifikat. Wählen Sie die Datei mit dem Zertifikat der CA, die das Zertifikat des Empfängers signiert hat.</translation>
    </message>
    <message>
        <source>TLS is not available on this computer (OpenSSL is missing), so forwarding destination %1 cannot be reached. Install OpenSSL or choose another transport.</source>
        <translation>TLS ist auf diesem Computer nicht verfügbar (OpenSSL fehlt), daher ist das Weiterleitungsziel %1 nicht erreichbar. Installieren Sie OpenSSL oder wählen Sie einen anderen Transport.</translation>
    </message>
    <message>
        <source>Forwarding to %1 is turned off.</source>
        <translation>Die Weiterleitung an %1 ist ausgeschaltet.</translation>
    </message>
    <message>
        <source>Forwarding to %1 is stopped.</source>
        <translation>Die Weiterleitung an %1 ist angehalten.</translation>
    </message>
    <message>
        <source>The forwarding destination %1 (%2) closed the connection; Tollgate reconnects and sends what was not confirmed again.</source>
        <translation>Das Weiterleitungsziel %1 (%2) hat die Verbindung geschlossen; Tollgate verbindet sich neu und sendet erneut, was nicht bestätigt wurde.</translation>
    </message>
    <message>
        <source>Connecting to forwarding destination %1 (%2).</source>
        <translation>Verbinde mit Weiterleitungsziel %1 (%2).</translation>
    </message>
    <message>
        <source>The TLS certificate of forwarding destination %1 (%2) is not the trusted one: Tollgate trusts SHA-256 %3, the receiver presented %4. Nothing was sent. Check the receiver&apos;s certificate and the fingerprint in Settings → Forwarding.</source>
        <translation>Das TLS-Zertifikat des Weiterleitungsziels %1 (%2) ist nicht das vertrauenswürdige: Tollgate vertraut SHA-256 %3, der Empfänger hat %4 vorgelegt. Es wurde nichts gesendet. Prüfen Sie das Zertifikat des Empfängers und den Fingerabdruck unter Einstellungen → Weiterleitung.</translation>
    </message>
    <message>
        <source>The TLS certificate of forwarding destination %1 (%2) could not be verified: %3. Nothing was sent. Give the CA file that signed it, or trust its SHA-256 fingerprint %4 in Settings → Forwarding after checking it on the receiver.</source>
        <translation>Das TLS-Zertifikat des Weiterleitungsziels %1 (%2) konnte nicht überprüft werden: %3. Es wurde nichts gesendet. Geben Sie die CA-Datei an, die es signiert hat, oder vertrauen Sie seinem SHA-256-Fingerabdruck %4 unter Einstellungen → Weiterleitung, nachdem Sie ihn auf dem Empfänger geprüft haben.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keins)</translation>
    </message>
    <message>
        <source>Connected to forwarding destination %1 (%2).</source>
        <translation>Mit Weiterleitungsziel %1 (%2) verbunden.</translation>
    </message>
    <message>
        <source>The connection to forwarding destination %1 (%2) failed: %3. Tollgate reconnects; nothing queued is lost.</source>
        <translation>Die Verbindung zum Weiterleitungsziel %1 (%2) ist fehlgeschlagen: %3. Tollgate verbindet sich neu; nichts aus der Warteschlange geht verloren.</translation>
    </message>
    <message>
        <source>Cannot reach forwarding destination %1 (%2): %3. Check that the receiver runs and that its port is reachable from this computer; messages wait in the queue and Tollgate will retry.</source>
        <translation>Weiterleitungsziel %1 (%2) nicht erreichbar: %3. Prüfen Sie, ob der Empfänger läuft und sein Port von diesem Computer erreichbar ist; die Nachrichten warten in der Warteschlange, und Tollgate versucht es erneut.</translation>
    </message>
    <message>
        <source>The forwarding destination %1 (%2) did not answer for %3 s; Tollgate reconnects and sends what it did not confirm again.</source>
        <translation>Das Weiterleitungsziel %1 (%2) hat %3 s lang nicht geantwortet; Tollgate verbindet sich neu und sendet erneut, was es nicht bestätigt hat.</translation>
    </message>
    <message>
        <source>The forwarding destination %1 (%2) closed the RELP session (the receiver is shutting down or restarting); Tollgate reconnects and sends what it did not confirm again.</source>
        <translation>Das Weiterleitungsziel %1 (%2) hat die RELP-Sitzung beendet (der Empfänger fährt herunter oder startet neu); Tollgate verbindet sich neu und sendet erneut, was es nicht bestätigt hat.</translation>
    </message>
    <message>
        <source>The forwarding destination %1 (%2) refused the RELP session: %3</source>
        <translation>Das Weiterleitungsziel %1 (%2) hat die RELP-Sitzung abgelehnt: %3</translation>
    </message>
    <message>
        <source>The forwarding destination %1 (%2) did not accept a message: %3. Tollgate sends it again after reconnecting.</source>
        <translation>Das Weiterleitungsziel %1 (%2) hat eine Nachricht nicht angenommen: %3. Tollgate sendet sie nach dem Neuverbinden erneut.</translation>
    </message>
    <message>
        <source>The forwarding destination %1 (%2) does not speak RELP (%3). Check the port and transport.</source>
        <translation>Das Weiterleitungsziel %1 (%2) spricht kein RELP (%3). Prüfen Sie Port und Transport.</translation>
    </message>
</context>
<context>
    <name>tg::TollFraudDetector</name>
    <message>
        <source>unknown caller</source>
        <translation>unbekannter Anrufer</translation>
    </message>
    <message>
        <source>%1 is a %2 range, a usual target of toll fraud (International Revenue Share Fraud).</source>
        <translation>%1 ist ein Bereich vom Typ %2, ein übliches Ziel von Gebührenbetrug (International Revenue Share Fraud).</translation>
    </message>
    <message>
        <source>International calls to %1 are not allowed for PBX %2 (allowed: %3).</source>
        <translation>Internationale Anrufe nach %1 sind für PBX %2 nicht erlaubt (erlaubt: %3).</translation>
    </message>
    <message>
        <source>none configured</source>
        <translation>keine konfiguriert</translation>
    </message>
    <message>
        <source>The number matches no prefix in the rate table.</source>
        <translation>Die Nummer passt auf kein Präfix der Tariftabelle.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Call to a high-risk destination: %1 (%2)</source>
        <translation>Anruf zu einem Hochrisiko-Ziel: %1 (%2)</translation>
    </message>
    <message>
        <source>International call to %1 from %2</source>
        <translation>Internationaler Anruf nach %1 von %2</translation>
    </message>
    <message>
        <source>%1 dialed %2 (+%3, %4, tier %5, about %6 per minute; one hour costs about %7). %8</source>
        <translation>%1 hat %2 gewählt (+%3, %4, Stufe %5, etwa %6 pro Minute; eine Stunde kostet etwa %7). %8</translation>
    </message>
    <message>
        <source>If nobody meant to call %1, hang up the calls of %2 now, change its password, and block international and premium dialing for it in the dial plan or at the carrier. If the calls are wanted, add %3 to the allowed countries of this PBX.</source>
        <translation>Falls niemand %1 anrufen wollte, legen Sie jetzt die Anrufe von %2 auf, ändern Sie das Passwort und sperren Sie für das Konto internationale und Premium-Anrufe im Dialplan oder beim Carrier. Sind die Anrufe gewollt, fügen Sie %3 zu den erlaubten Ländern dieser PBX hinzu.</translation>
    </message>
    <message>
        <source>toll fraud by destination: on (international calls outside each PBX&apos;s allowed countries, and premium, satellite and high-risk ranges)</source>
        <translation>Gebührenbetrug nach Ziel: aktiv (internationale Anrufe außerhalb der erlaubten Länder jeder PBX sowie Premium-, Satelliten- und Hochrisiko-Bereiche)</translation>
    </message>
</context>
<context>
    <name>tg::TrayIcon</name>
    <message>
        <source>&amp;Show Tollgate</source>
        <translation>Tollgate &amp;anzeigen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
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
        <translation>Offene kritische Alarme: %1</translation>
    </message>
    <message>
        <source>Not monitoring:</source>
        <translation>Nicht überwacht:</translation>
    </message>
    <message>
        <source>No PBX is being monitored.</source>
        <translation>Es wird keine PBX überwacht.</translation>
    </message>
    <message>
        <source>PBXes connected: %1 of %2</source>
        <translation>Verbundene PBX: %1 von %2</translation>
    </message>
    <message>
        <source>All quiet.</source>
        <translation>Alles ruhig.</translation>
    </message>
</context>
<context>
    <name>tg::cli</name>
    <message>
        <source>--since and --until take an ISO 8601 time such as 2026-11-27T01:00:00Z.</source>
        <translation>--since und --until erwarten eine ISO-8601-Zeit wie 2026-11-27T01:00:00Z.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use one of: %2.</source>
        <translation>Unbekanntes Format &quot;%1&quot;; verwenden Sie eines von: %2.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB; not audited.</source>
        <translation>%1 ist größer als %2 MiB; nicht geprüft.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2.</source>
        <translation>%1 konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is neither a folder nor a file.</source>
        <translation>%1 ist weder ein Ordner noch eine Datei.</translation>
    </message>
    <message>
        <source>%1 holds no readable files.</source>
        <translation>%1 enthält keine lesbaren Dateien.</translation>
    </message>
    <message>
        <source>--type must be asterisk or freeswitch.</source>
        <translation>--type muss asterisk oder freeswitch sein.</translation>
    </message>
    <message>
        <source>%1 holds no Asterisk (*.conf) or FreeSWITCH (freeswitch.xml, vars.xml, autoload_configs/) configuration; give --type if the layout is unusual.</source>
        <translation>%1 enthält keine Konfiguration von Asterisk (*.conf) oder FreeSWITCH (freeswitch.xml, vars.xml, autoload_configs/); geben Sie --type an, wenn der Aufbau ungewöhnlich ist.</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation>%1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>%1: %2, score %3/100, findings: %4 (%5 critical, %6 high, %7 medium, %8 low)</source>
        <translation>%1: %2, Bewertung %3/100, Befunde: %4 (%5 kritisch, %6 hoch, %7 mittel, %8 niedrig)</translation>
    </message>
    <message>
        <source>Benchmarks (tollgate-cli bench NAME [--json] [--count N]):</source>
        <translation>Benchmarks (tollgate-cli bench NAME [--json] [--count N]):</translation>
    </message>
    <message>
        <source>No benchmark is called &quot;%1&quot;; run tollgate-cli bench to list them.</source>
        <translation>Es gibt keinen Benchmark namens &quot;%1&quot;; führen Sie tollgate-cli bench aus, um sie aufzulisten.</translation>
    </message>
    <message>
        <source>Usage: tollgate-cli block ADDRESS... --pbx NAME[,NAME...]|all [--ttl SECONDS] [--reason TEXT]
                          [--alert ID] [--dry-run] [--json] [--trust-fingerprint SHA256:...] [--data-dir D]
Shows the plan (the exact commands on each PBX, and what is refused and why), then runs it,
verifies each PBX by listing its blocks, and records the block. --dry-run stops after the plan.
ADDRESS is an IPv4 or IPv6 address or network (203.0.113.5, 198.51.100.0/24, 2001:db8::/48).
Exit codes: 0 done everywhere, 1 refused or failed somewhere, 2 bad usage.</source>
        <translation>Aufruf: tollgate-cli block ADDRESS... --pbx NAME[,NAME...]|all [--ttl SECONDS] [--reason TEXT]
                           [--alert ID] [--dry-run] [--json] [--trust-fingerprint SHA256:...] [--data-dir D]
Zeigt den Plan (die genauen Befehle auf jeder PBX und was abgelehnt wird und warum), führt ihn dann aus,
überprüft jede PBX durch Auflisten ihrer Sperren und speichert die Sperre. --dry-run stoppt nach dem Plan.
ADDRESS ist eine IPv4- oder IPv6-Adresse oder ein Netz (203.0.113.5, 198.51.100.0/24, 2001:db8::/48).
Exit-Codes: 0 überall erledigt, 1 irgendwo abgelehnt oder fehlgeschlagen, 2 falscher Aufruf.</translation>
    </message>
    <message>
        <source>Usage: tollgate-cli unblock ADDRESS... --pbx NAME[,NAME...]|all [--dry-run] [--json]
                            [--trust-fingerprint SHA256:...] [--data-dir D]
Exit codes: 0 done everywhere, 1 failed somewhere, 2 bad usage.</source>
        <translation>Aufruf: tollgate-cli unblock ADDRESS... --pbx NAME[,NAME...]|all [--dry-run] [--json]
                             [--trust-fingerprint SHA256:...] [--data-dir D]
Exit-Codes: 0 überall erledigt, 1 irgendwo fehlgeschlagen, 2 falscher Aufruf.</translation>
    </message>
    <message>
        <source>--ttl takes a number of seconds (0 or absent: until unblocked).</source>
        <translation>--ttl erwartet eine Anzahl Sekunden (0 oder nicht angegeben: bis zur Entsperrung).</translation>
    </message>
    <message>
        <source>No PBX with SSH access is configured; add its SSH settings in the console first.</source>
        <translation>Es ist keine PBX mit SSH-Zugang konfiguriert; hinterlegen Sie zuerst deren SSH-Einstellungen in der Konsole.</translation>
    </message>
    <message>
        <source>Nothing to do: every address was refused.</source>
        <translation>Nichts zu tun: Jede Adresse wurde abgelehnt.</translation>
    </message>
    <message>
        <source>Nothing runs on any PBX.</source>
        <translation>Auf keiner PBX wird etwas ausgeführt.</translation>
    </message>
    <message>
        <source>Usage: tollgate-cli blocks [--all] [--json] [--data-dir D]
Lists the blocks Tollgate recorded, in force or failed (--all: also unblocked and expired),
with their state on each PBX.</source>
        <translation>Aufruf: tollgate-cli blocks [--all] [--json] [--data-dir D]
Listet die von Tollgate gespeicherten Sperren auf, aktiv oder fehlgeschlagen (--all: auch entsperrte und abgelaufene),
mit ihrem Zustand auf jeder PBX.</translation>
    </message>
    <message>
        <source>No blocks recorded.</source>
        <translation>Keine Sperren gespeichert.</translation>
    </message>
    <message>
        <source>until unblocked</source>
        <translation>bis zur Entsperrung</translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation>%1 konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Severity: %1</source>
        <translation>Schweregrad: %1</translation>
    </message>
    <message>
        <source>Usage: tollgate-cli db check [--data-dir D] [--json]</source>
        <translation>Aufruf: tollgate-cli db check [--data-dir D] [--json]</translation>
    </message>
    <message>
        <source>Usage: tollgate-cli events FILE... [--json] [--pbx NAME]</source>
        <translation>Aufruf: tollgate-cli events FILE... [--json] [--pbx NAME]</translation>
    </message>
    <message>
        <source>No saved PBX is called &quot;%1&quot;; see the PBX list in the console.</source>
        <translation>Keine gespeicherte PBX heißt &quot;%1&quot;; siehe die PBX-Liste in der Konsole.</translation>
    </message>
    <message>
        <source>Say which PBX to watch: an ami:// address or --pbx NAME.</source>
        <translation>Geben Sie an, welche PBX überwacht werden soll: eine ami://-Adresse oder --pbx NAME.</translation>
    </message>
    <message>
        <source>No secret: set TOLLGATE_SECRET or use --pbx NAME for a PBX whose secret is in the keychain.</source>
        <translation>Kein Secret: Setzen Sie TOLLGATE_SECRET oder verwenden Sie --pbx NAME für eine PBX, deren Secret im Schlüsselbund liegt.</translation>
    </message>
    <message>
        <source>Usage: tollgate-cli config diff OLD NEW [--as PATH] [--json]
         compare two local copies of a config file; secrets are masked; exit 0 same,
         1 different, 2 unreadable. --as names the file as on the PBX (e.g.
         /etc/asterisk/manager.conf) when the copies are named otherwise.</source>
        <translation>Aufruf: tollgate-cli config diff OLD NEW [--as PATH] [--json]
         zwei lokale Kopien einer Konfigurationsdatei vergleichen; Secrets werden maskiert; Exit 0 gleich,
         1 verschieden, 2 unlesbar. --as benennt die Datei wie auf der PBX (z. B.
         /etc/asterisk/manager.conf), wenn die Kopien anders heißen.</translation>
    </message>
    <message>
        <source>Usage: tollgate-cli watch ami://USER@HOST[:PORT] | esl://HOST[:PORT] [--tls] [--seconds N] [--json] [--pbx NAME]</source>
        <translation>Aufruf: tollgate-cli watch ami://USER@HOST[:PORT] | esl://HOST[:PORT] [--tls] [--seconds N] [--json] [--pbx NAME]</translation>
    </message>
    <message>
        <source>Usage: tollgate-cli forward list [--json]
       tollgate-cli forward test (--dest NAME | --to URL) [--format cef|json] [--ca FILE]
                  [--fingerprint SHA256] [--count N] [--interval-ms MS] [--timeout S] [--tag T]
                  [--data-dir D]
       tollgate-cli forward flush (--dest NAME | --to URL) [--timeout S] [--data-dir D]
URL: udp://HOST[:PORT], tcp://, tls://, relp:// or relp-tls://</source>
        <translation>Aufruf: tollgate-cli forward list [--json]
        tollgate-cli forward test (--dest NAME | --to URL) [--format cef|json] [--ca FILE]
                  [--fingerprint SHA256] [--count N] [--interval-ms MS] [--timeout S] [--tag T]
                  [--data-dir D]
        tollgate-cli forward flush (--dest NAME | --to URL) [--timeout S] [--data-dir D]
URL: udp://HOST[:PORT], tcp://, tls://, relp:// oder relp-tls://</translation>
    </message>
    <message>
        <source>There is no forwarding destination called &apos;%1&apos; (see tollgate-cli forward list).</source>
        <translation>Es gibt kein Weiterleitungsziel namens &apos;%1&apos; (siehe tollgate-cli forward list).</translation>
    </message>
    <message>
        <source>--format takes cef or json.</source>
        <translation>--format erwartet cef oder json.</translation>
    </message>
    <message>
        <source>No forwarding destinations are configured (Settings → Forwarding in the console).</source>
        <translation>Es sind keine Weiterleitungsziele konfiguriert (Einstellungen → Weiterleitung in der Konsole).</translation>
    </message>
    <message>
        <source>%1: %2 test alerts queued, %3 delivered, %4 still queued.</source>
        <translation>%1: %2 Testalarme eingereiht, %3 zugestellt, %4 noch in der Warteschlange.</translation>
    </message>
    <message>
        <source>tollgate-bench-gui was not found beside tollgate-cli; build the tools target.</source>
        <translation>tollgate-bench-gui wurde nicht neben tollgate-cli gefunden; bauen Sie das Ziel tools.</translation>
    </message>
    <message>
        <source>The GUI storm benchmark failed (exit code %1).</source>
        <translation>Der GUI-Sturm-Benchmark ist fehlgeschlagen (Exit-Code %1).</translation>
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
        <translation>Aufruf: tollgate-cli analyze FILE... [--format F] [--json] [--since T] [--until T]
                             [--rules FILE] [--geoip FILE] [--tz ZONE] [--verbose]
Spielt AMI- und ESL-Mitschnitte, Asterisk-Security-/Messages-Logs, FreeSWITCH-Logs
und fail2ban-Logs durch die Detektoren ab und gibt die Alarme aus. Dateien werden
fortlaufend gelesen und zeitlich geordnet zusammengeführt: der Speicherbedarf
wächst nicht mit ihrer Größe.
  --format F   %1 (Standard: erkannt)
  --since T    nur Ereignisse ab T (ISO 8601 UTC oder ms seit der Epoche)
  --until T    nur Ereignisse vor T
  --rules FILE Detektor-Einstellungen (JSON) statt der Standardwerte
  --geoip FILE Länderdatenbank (.mmdb: GeoLite2-Country, DB-IP Country Lite):
               Alarme bei neuen Ländern und die Länder der Quelladressen
  --tz ZONE    Zeitzone, in der die Logs geschrieben wurden (IANA-Name, Standard UTC)
Exit-Codes: 0 keine Alarme, 1 Alarme gefunden, 2 ungültige Eingabe.</translation>
    </message>
    <message>
        <source>Usage: tollgate-cli report (--alert ID... | --from TIME --to TIME) [--pbx NAME]
                           [--format html|pdf] -o FILE [--data-dir D]
Writes an incident report (summary, timeline, evidence with the raw PBX text, accounts,
source addresses, estimated cost, blocks, audit fixes and triage) for the given alerts,
or for every alert active between --from and --to (ISO 8601 UTC, e.g. 2026-11-27T01:00:00Z).
The format follows FILE&apos;s extension (.pdf or .html) unless --format says otherwise.
Exit codes: 0 written, 1 nothing to report or not written, 2 bad usage.</source>
        <translation>Aufruf: tollgate-cli report (--alert ID... | --from ZEIT --to ZEIT) [--pbx NAME]
                           [--format html|pdf] -o DATEI [--data-dir D]
Schreibt einen Vorfallsbericht (Zusammenfassung, Zeitleiste, Belege mit dem Roh-PBX-Text, Konten,
Quelladressen, geschätzte Kosten, Sperren, Audit-Korrekturen und Triage) für die angegebenen Alarme
oder für jeden Alarm, der zwischen --from und --to aktiv war (ISO 8601 UTC, z. B. 2026-11-27T01:00:00Z).
Das Format folgt der Endung von DATEI (.pdf oder .html), sofern --format nichts anderes sagt.
Exit-Codes: 0 geschrieben, 1 nichts zu berichten oder nicht geschrieben, 2 falscher Aufruf.</translation>
    </message>
    <message>
        <source>--format takes html or pdf.</source>
        <translation>--format erwartet html oder pdf.</translation>
    </message>
    <message>
        <source>--alert takes alert numbers, as shown by the console or tollgate-cli analyze.</source>
        <translation>--alert erwartet Alarmnummern, wie sie die Konsole oder tollgate-cli analyze zeigt.</translation>
    </message>
    <message>
        <source>Name the alerts (--alert ID...) or a time range (--from TIME --to TIME), not both.</source>
        <translation>Nennen Sie die Alarme (--alert ID...) oder einen Zeitraum (--from ZEIT --to ZEIT), nicht beides.</translation>
    </message>
    <message>
        <source>--from and --to take ISO 8601 times such as 2026-11-27T01:00:00Z, --to after --from.</source>
        <translation>--from und --to erwarten ISO-8601-Zeiten wie 2026-11-27T01:00:00Z, --to nach --from.</translation>
    </message>
    <message>
        <source>Incident report written to %1 (alerts: %2, source addresses: %3, blocks: %4).</source>
        <translation>Vorfallsbericht nach %1 geschrieben (Alarme: %2, Quelladressen: %3, Sperren: %4).</translation>
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
        <translation>Aufruf: tollgate-cli BEFEHL [OPTIONEN]

Befehle:
  --version                     Version ausgeben
  events FILE... [--json]       normalisierte Ereignisse aus AMI-Mitschnitten und Asterisk-Logs, eines pro Zeile
  analyze FILE... [--json] [--since T] [--until T] [--format F] [--rules FILE] [--tz ZONE]
                                Mitschnitte und Logs durch die Detektoren abspielen; Alarme ausgeben
                                (Exit 0 keine, 1 Alarme gefunden, 2 ungültige Eingabe)
  watch ami://USER@HOST[:PORT] | esl://HOST[:PORT] [--tls] [--seconds N] [--json] [--pbx NAME]
                                live verbinden und Ereignisse ausgeben; das Secret kommt aus der
                                Umgebungsvariablen TOLLGATE_SECRET oder dem Schlüsselbund-Eintrag
                                einer gespeicherten PBX (--pbx NAME), nie von der Befehlszeile
  db check [--data-dir D] [--json]
                                Schema-Version, Zeilenzahlen und Integrität des Speichers
  audit --offline DIR|FILE [--json] [--type T] [--pbx-version V]
                                Sicherheitsprüfung eines Ordners mit Asterisk- oder FreeSWITCH-Konfiguration
                                (Exit 0 nichts ab mittlerem Schweregrad, 1 Befunde, 2 ungültige Eingabe)
  block ADDRESS... --pbx NAME[,NAME...]|all [--ttl S] [--reason TEXT] [--dry-run] [--json]
                                Plan zeigen, auf den PBXs über SSH sperren, prüfen, speichern
  unblock ADDRESS... --pbx NAME[,NAME...]|all [--dry-run] [--json]
  blocks [--all] [--json]       die gespeicherten Sperren und ihr Zustand auf jeder PBX
  config diff OLD NEW [--as PATH] [--json]
                                zwei Kopien einer Konfigurationsdatei vergleichen: Abschnitte mit Kontext,
                                Sicherheitsbefunde und Schweregrad, Secrets maskiert (Exit 0 gleich, 1 verschieden)
  forward list | test | flush   SIEM/Syslog-Weiterleitung: Ziele auflisten, eine Testnachricht
                                oder N Testalarme senden (--dest NAME | --to URL), Eingereihtes
                                zustellen (siehe &apos;tollgate-cli forward&apos;)
  report (--alert ID... | --from T --to T) [--pbx NAME] [--format html|pdf] -o DATEI
                                Vorfallsbericht über Alarme oder einen Zeitraum: Zeitleiste, Belege,
                                Konten, Adressen, Kosten, Sperren, Korrekturen und Triage
  bench [NAME] [--json]         einen Benchmark ausführen (ohne NAME: alle auflisten)

Optionen:
  --data-dir D                  den Speicher in D statt am benutzereigenen Ort verwenden

Exit-Codes: 0 Erfolg, 1 Befunde oder Fehler, 2 falscher Aufruf oder unlesbare Eingabe.
</translation>
    </message>
    <message>
        <source>--approved-users takes the approved AMI/ESL user names, e.g. --approved-users console,ops (event_socket stands for the shared ESL password).</source>
        <translation>--approved-users erwartet die Namen der freigegebenen AMI/ESL-Benutzer, z. B. --approved-users console,ops (event_socket steht für das gemeinsame ESL-Passwort).</translation>
    </message>
    <message>
        <source>--approved-users-file needs a readable file of approved AMI/ESL user names.</source>
        <translation>--approved-users-file braucht eine lesbare Datei mit den Namen der freigegebenen AMI/ESL-Benutzer.</translation>
    </message>
    <message>
        <source>%1 names no approved AMI/ESL user.</source>
        <translation>%1 nennt keinen freigegebenen AMI/ESL-Benutzer.</translation>
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
        <translation>Aufruf: tollgate-cli audit --offline DIR|FILE [--json] [--type asterisk|freeswitch]
                           [--pbx-version TEXT] [--ss FILE] [--firewall FILE] [--fail2ban FILE]
                           [--ps FILE] [--name NAME] [--approved-users LIST]
                           [--approved-users-file FILE]
Führt die Konfigurationsprüfungen für einen Ordner mit Asterisk- (*.conf) oder FreeSWITCH-Dateien
(freeswitch.xml, vars.xml, autoload_configs/, sip_profiles/, directory/) oder für eine solche
Datei aus; der Aufbau wird erkannt. --pbx-version prüft die Asterisk-Version gegen die eingebaute
Advisory-Tabelle; --ss, --firewall, --fail2ban und --ps lesen gespeicherte Ausgaben von `ss -lntup`,
`nft list ruleset` (oder `iptables -S`), `fail2ban-client status` und `ps -o user= -C asterisk`.
--approved-users (Namen durch Kommas oder Leerzeichen getrennt) und --approved-users-file (Namen
zeilenweise, # für Kommentare) nennen die AMI-Benutzer, ESL-Benutzer und event_socket (das gemeinsame
ESL-Passwort), die die TK-Anlage steuern dürfen: jeder andere wird gemeldet, wie in der Konsole.
--json gibt ein JSON-Objekt pro Befund und Zeile aus.
Exit-Codes: 0 kein Befund mit mittlerem oder höherem Schweregrad, 1 solche Befunde, 2 ungültige Eingabe.
</translation>
    </message>
</context>
<context>
    <name>tg::main</name>
    <message>
        <source>Security operations console for Asterisk and FreeSWITCH PBXes</source>
        <translation>Sicherheitskonsole für Asterisk- und FreeSWITCH-Telefonanlagen</translation>
    </message>
    <message>
        <source>Start the built-in Demo PBX, which replays real Asterisk attack traffic.</source>
        <translation>Die eingebaute Demo-PBX starten, die echten Asterisk-Angriffsverkehr wiedergibt.</translation>
    </message>
    <message>
        <source>Keep the store in DIR instead of the per-user location.</source>
        <translation>Den Speicher in DIR statt am benutzerspezifischen Ort ablegen.</translation>
    </message>
    <message>
        <source>Start the Demo PBX when no PBX is configured yet.</source>
        <translation>Die Demo-PBX starten, wenn noch keine PBX konfiguriert ist.</translation>
    </message>
    <message>
        <source>Tollgate cannot start</source>
        <translation>Tollgate kann nicht starten</translation>
    </message>
</context>
</TS>
