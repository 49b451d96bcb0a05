<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>LunScope::CliDefinePool</name>
    <message>
        <source>%1: storage pool “%2” is defined.</source>
        <translation>%1: Speicherpool „%2“ ist definiert.</translation>
    </message>
    <message>
        <source>%1: nothing was done, because another host failed first.</source>
        <translation>%1: Nichts wurde getan, weil zuvor ein anderer Host fehlgeschlagen ist.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Stopped because another host failed.</source>
        <translation>Angehalten, weil ein anderer Host fehlgeschlagen ist.</translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation>Rückgängig gemacht: %1.</translation>
    </message>
    <message>
        <source>Nothing was left behind.</source>
        <translation>Nichts ist zurückgeblieben.</translation>
    </message>
    <message>
        <source>Left behind: %1.</source>
        <translation>Zurückgeblieben: %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2 Nothing was defined on any host.</source>
        <translation>Keine Verbindung zu %1: %2 Auf keinem Host wurde etwas definiert.</translation>
    </message>
</context>
<context>
    <name>LunScope::CliPoolDraft</name>
    <message>
        <source>--portal: %1</source>
        <translation>--portal: %1</translation>
    </message>
    <message>
        <source>--portal: %1 is an iSNS directory, not an iSCSI portal. Give the target&apos;s own portal (lunscope --scan %1 lists each target&apos;s portals).</source>
        <translation>--portal: %1 ist ein iSNS-Verzeichnis, kein iSCSI-Portal. Geben Sie das eigene Portal des Targets an (lunscope --scan %1 listet die Portale jedes Targets).</translation>
    </message>
</context>
<context>
    <name>LunScope::CliScan</name>
    <message>
        <source>--initiator: %1</source>
        <translation>--initiator: %1</translation>
    </message>
    <message>
        <source>Initiator %1 (%2)</source>
        <translation>Initiator %1 (%2)</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>Unterbrochen.</translation>
    </message>
</context>
<context>
    <name>LunScope::CommandLine</name>
    <message>
        <source>Look into iSCSI portals and turn targets into libvirt storage pools.
Without --scan, opens the desktop window.</source>
        <translation>iSCSI-Portale untersuchen und Targets in libvirt-Speicherpools umwandeln.
Ohne --scan wird das Desktop-Fenster geöffnet.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>With --scan: print one JSON document.</source>
        <translation>Mit --scan: ein einziges JSON-Dokument ausgeben.</translation>
    </message>
    <message>
        <source>With --scan: log every step to stderr.</source>
        <translation>Mit --scan: jeden Schritt auf stderr protokollieren.</translation>
    </message>
    <message>
        <source>Initiator IQN to present.</source>
        <translation>Zu verwendender Initiator-IQN.</translation>
    </message>
    <message>
        <source>CHAP user for target logins.</source>
        <translation>CHAP-Benutzer für Anmeldungen an Targets.</translation>
    </message>
    <message>
        <source>Read the CHAP secret from FILE (- for stdin).</source>
        <translation>CHAP-Secret aus FILE lesen (- für stdin).</translation>
    </message>
    <message>
        <source>Target&apos;s CHAP user, for mutual CHAP.</source>
        <translation>CHAP-Benutzer des Targets, für gegenseitiges CHAP.</translation>
    </message>
    <message>
        <source>Read the mutual CHAP secret from FILE (- for stdin).</source>
        <translation>Gegenseitiges CHAP-Secret aus FILE lesen (- für stdin).</translation>
    </message>
    <message>
        <source>CHAP user for the discovery session.</source>
        <translation>CHAP-Benutzer für die Discovery-Sitzung.</translation>
    </message>
    <message>
        <source>Read the discovery CHAP secret from FILE (- for stdin).</source>
        <translation>Discovery-CHAP-Secret aus FILE lesen (- für stdin).</translation>
    </message>
    <message>
        <source>Seconds each operation may take (1-3600, default 10).</source>
        <translation>Sekunden, die jeder Vorgang dauern darf (1-3600, Standard 10).</translation>
    </message>
    <message>
        <source>Desktop: fill in PORTAL and discover it.</source>
        <translation>Desktop: PORTAL eintragen und Discovery darauf ausführen.</translation>
    </message>
    <message>
        <source>Language of the interface (e.g. de, fr, en).</source>
        <translation>Sprache der Oberfläche (z. B. de, fr, en).</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>--jobs takes a number from 1 to 256, not &quot;%1&quot;.</source>
        <translation>--jobs erwartet eine Zahl von 1 bis 256, nicht „%1“.</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to 3600, not &quot;%1&quot;.</source>
        <translation>--timeout erwartet eine Anzahl Sekunden von 1 bis 3600, nicht „%1“.</translation>
    </message>
    <message>
        <source>--%1 and --%2 go together (use &quot;-&quot; to read the secret from stdin).</source>
        <translation>--%1 und --%2 gehören zusammen (verwenden Sie „-“, um das Secret von stdin zu lesen).</translation>
    </message>
    <message>
        <source>Mutual CHAP (--mutual-user) needs --chap-user as well.</source>
        <translation>Gegenseitiges CHAP (--mutual-user) erfordert auch --chap-user.</translation>
    </message>
    <message>
        <source>Only one secret can be read from stdin.</source>
        <translation>Nur ein Secret kann von stdin gelesen werden.</translation>
    </message>
    <message>
        <source>--json and --verbose need --scan.</source>
        <translation>--json und --verbose erfordern --scan.</translation>
    </message>
    <message>
        <source>Try &quot;lunscope --help&quot;.</source>
        <translation>Versuchen Sie „lunscope --help“.</translation>
    </message>
    <message>
        <source>Warning: %1 can be read by other users; consider chmod 600.</source>
        <translation>Warnung: %1 kann von anderen Benutzern gelesen werden; erwägen Sie chmod 600.</translation>
    </message>
    <message>
        <source>Cannot read the secret from %1: %2.</source>
        <translation>Das Secret kann nicht aus %1 gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The secret in %1 is empty.</source>
        <translation>Das Secret in %1 ist leer.</translation>
    </message>
    <message>
        <source>Print the iscsi-direct pool XML for --portal and --target (no network needed).</source>
        <translation>Das iscsi-direct-Pool-XML für --portal und --target ausgeben (ohne Netzwerk).</translation>
    </message>
    <message>
        <source>Define the pool for --portal and --target on every --connect host: all or nothing.</source>
        <translation>Den Pool für --portal und --target auf jedem --connect-Host definieren: alles oder nichts.</translation>
    </message>
    <message>
        <source>The pool&apos;s target IQN.</source>
        <translation>Target-IQN des Pools.</translation>
    </message>
    <message>
        <source>The pool&apos;s name (default: made from the target IQN).</source>
        <translation>Name des Pools (Standard: aus dem Target-IQN gebildet).</translation>
    </message>
    <message>
        <source>Usage id of the libvirt secret with the CHAP secret (default: lunscope-NAME).</source>
        <translation>Usage-ID des libvirt-Secrets mit dem CHAP-Secret (Standard: lunscope-NAME).</translation>
    </message>
    <message>
        <source>With --define-pool: start the pool.</source>
        <translation>Mit --define-pool: den Pool starten.</translation>
    </message>
    <message>
        <source>With --define-pool: start the pool with its host.</source>
        <translation>Mit --define-pool: den Pool mit seinem Host starten.</translation>
    </message>
    <message>
        <source>A pool needs --portal HOST[:PORT] and --target IQN.</source>
        <translation>Ein Pool braucht --portal HOST[:PORT] und --target IQN.</translation>
    </message>
    <message>
        <source>iscsi-direct pools log in with one-way CHAP only: --mutual-user and --discovery-chap-user do not apply.</source>
        <translation>iscsi-direct-Pools melden sich nur mit einseitigem CHAP an: --mutual-user und --discovery-chap-user gelten hier nicht.</translation>
    </message>
    <message>
        <source>--secret-usage needs --chap-user.</source>
        <translation>--secret-usage erfordert --chap-user.</translation>
    </message>
    <message>
        <source>--pool-xml prints XML only: --chap-secret-file, --connect, --start, --autostart and --json go with --define-pool.</source>
        <translation>--pool-xml gibt nur XML aus: --chap-secret-file, --connect, --start, --autostart und --json gehören zu --define-pool.</translation>
    </message>
    <message>
        <source>--define-pool needs at least one --connect URI.</source>
        <translation>--define-pool erfordert mindestens eine --connect-URI.</translation>
    </message>
    <message>
        <source>--chap-user and --chap-secret-file go together (use &quot;-&quot; to read the secret from stdin).</source>
        <translation>--chap-user und --chap-secret-file gehören zusammen (verwenden Sie „-“, um das Secret von stdin zu lesen).</translation>
    </message>
    <message>
        <source>Print a bash script of virsh commands that defines the pool for --portal and --target on every --connect host (the CHAP secret is read when it runs).</source>
        <translation>Ein bash-Skript aus virsh-Befehlen ausgeben, das den Pool für --portal und --target auf jedem --connect-Host definiert (das CHAP-Secret wird beim Ausführen gelesen).</translation>
    </message>
    <message>
        <source>Print an Ansible playbook that defines the pool for --portal and --target on every --connect host (the CHAP secret comes from a variable).</source>
        <translation>Ein Ansible-Playbook ausgeben, das den Pool für --portal und --target auf jedem --connect-Host definiert (das CHAP-Secret kommt aus einer Variablen).</translation>
    </message>
    <message>
        <source>--%1 goes with --pool-xml, --define-pool, --virsh-script or --ansible-playbook.</source>
        <translation>--%1 gehört zu --pool-xml, --define-pool, --virsh-script oder --ansible-playbook.</translation>
    </message>
    <message>
        <source>--scan, --pool-xml, --define-pool, --virsh-script and --ansible-playbook each run alone: choose one.</source>
        <translation>--scan, --pool-xml, --define-pool, --virsh-script und --ansible-playbook laufen jeweils allein: Wählen Sie eines.</translation>
    </message>
    <message>
        <source>%1 needs at least one --connect URI.</source>
        <translation>%1 erfordert mindestens eine --connect-URI.</translation>
    </message>
    <message>
        <source>%1 never holds the CHAP secret: leave out --chap-secret-file and --json (see --help).</source>
        <translation>%1 enthält nie das CHAP-Secret: Lassen Sie --chap-secret-file und --json weg (siehe --help).</translation>
    </message>
    <message>
        <source>Scan PORTAL without a window and print what it offers; isns://HOST[:PORT] scans every target an iSNS directory lists.</source>
        <translation>PORTAL ohne Fenster scannen und ausgeben, was es anbietet; isns://HOST[:PORT] scannt jedes Target, das ein iSNS-Verzeichnis listet.</translation>
    </message>
    <message>
        <source>Targets probed at once (1-256, default %1).</source>
        <translation>Gleichzeitig abgefragte Targets (1-256, Standard %1).</translation>
    </message>
    <message>
        <source>Desktop: open the libvirt connection URI (repeatable). With --scan --json: add the pools and VMs of that host that use each LUN.</source>
        <translation>Desktop: die libvirt-Verbindungs-URI öffnen (mehrfach möglich). Mit --scan --json: die Pools und VMs dieses Hosts ergänzen, die jede LUN verwenden.</translation>
    </message>
    <message>
        <source>--scan with --connect reports which pools and VMs use each LUN in JSON: add --json.</source>
        <translation>--scan mit --connect meldet im JSON-Format, welche Pools und VMs jede LUN verwenden: Fügen Sie --json hinzu.</translation>
    </message>
</context>
<context>
    <name>LunScope::Core</name>
    <message>
        <source>%1 ended in CHECK CONDITION: %2, %3.</source>
        <translation>%1 endete mit CHECK CONDITION: %2, %3.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>No error</source>
        <translation>Kein Fehler</translation>
    </message>
    <message>
        <source>Invalid input</source>
        <translation>Ungültige Eingabe</translation>
    </message>
    <message>
        <source>Host unreachable</source>
        <translation>Host nicht erreichbar</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation>Authentifizierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Target not found</source>
        <translation>Target nicht gefunden</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>Verbindung verloren</translation>
    </message>
    <message>
        <source>Protocol error</source>
        <translation>Protokollfehler</translation>
    </message>
    <message>
        <source>SCSI error</source>
        <translation>SCSI-Fehler</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>libvirt error</source>
        <translation>libvirt-Fehler</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>Nicht unterstützt</translation>
    </message>
    <message>
        <source>given on the command line</source>
        <translation>auf der Befehlszeile angegeben</translation>
    </message>
    <message>
        <source>from /etc/iscsi/initiatorname.iscsi</source>
        <translation>aus /etc/iscsi/initiatorname.iscsi</translation>
    </message>
    <message>
        <source>from LunScope&apos;s settings</source>
        <translation>aus den Einstellungen von LunScope</translation>
    </message>
    <message>
        <source>generated for this host</source>
        <translation>für diesen Host erzeugt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not have the form iqn.yyyy-mm.reversed.domain[:name], for example iqn.2003-01.com.example:storage.</source>
        <translation>„%1“ hat nicht die Form iqn.yyyy-mm.reversed.domain[:name], zum Beispiel iqn.2003-01.com.example:storage.</translation>
    </message>
    <message>
        <source>The naming authority in &quot;%1&quot; must be a reversed domain name (letters, digits, &apos;-&apos; and &apos;.&apos;).</source>
        <translation>Die Namensautorität in „%1“ muss ein umgekehrter Domainname sein (Buchstaben, Ziffern, &apos;-&apos; und &apos;.&apos;).</translation>
    </message>
    <message>
        <source>The month in &quot;%1&quot; must be between 01 and 12.</source>
        <translation>Der Monat in „%1“ muss zwischen 01 und 12 liegen.</translation>
    </message>
    <message>
        <source>The part after &apos;:&apos; in &quot;%1&quot; may only hold lower-case letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;:&apos;.</source>
        <translation>Der Teil nach &apos;:&apos; in „%1“ darf nur Kleinbuchstaben, Ziffern, &apos;.&apos;, &apos;-&apos; und &apos;:&apos; enthalten.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be &quot;eui.&quot; followed by 16 hexadecimal digits.</source>
        <translation>„%1“ muss „eui.“ gefolgt von 16 Hexadezimalziffern sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be &quot;naa.&quot; followed by 16 or 32 hexadecimal digits.</source>
        <translation>„%1“ muss „naa.“ gefolgt von 16 oder 32 Hexadezimalziffern sein.</translation>
    </message>
    <message>
        <source>The iSCSI name is empty.</source>
        <translation>Der iSCSI-Name ist leer.</translation>
    </message>
    <message>
        <source>The iSCSI name is longer than %1 bytes.</source>
        <translation>Der iSCSI-Name ist länger als %1 Byte.</translation>
    </message>
    <message>
        <source>The iSCSI name &quot;%1&quot; contains a space.</source>
        <translation>Der iSCSI-Name „%1“ enthält ein Leerzeichen.</translation>
    </message>
    <message>
        <source>iSCSI qualified names are lower case: use &quot;%1&quot;.</source>
        <translation>iSCSI Qualified Names werden kleingeschrieben: verwenden Sie „%1“.</translation>
    </message>
    <message>
        <source>Write the prefix in lower case: &quot;eui.&quot;.</source>
        <translation>Schreiben Sie das Präfix klein: „eui.“.</translation>
    </message>
    <message>
        <source>Write the prefix in lower case: &quot;naa.&quot;.</source>
        <translation>Schreiben Sie das Präfix klein: „naa.“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an iSCSI name: it must start with &quot;iqn.&quot;, &quot;eui.&quot; or &quot;naa.&quot;.</source>
        <translation>„%1“ ist kein iSCSI-Name: er muss mit „iqn.“, „eui.“ oder „naa.“ beginnen.</translation>
    </message>
    <message>
        <source>The port is missing after &apos;:&apos; in &quot;%1&quot;.</source>
        <translation>In „%1“ fehlt der Port nach &apos;:&apos;.</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; in &quot;%2&quot; is not a number.</source>
        <translation>Der Port „%1“ in „%2“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>The port %1 is out of range; use a number from 1 to 65535.</source>
        <translation>Der Port %1 liegt außerhalb des gültigen Bereichs; verwenden Sie eine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <source>Enter a portal address, for example 192.0.2.10 or san.example.com:3260.</source>
        <translation>Geben Sie eine Portal-Adresse ein, zum Beispiel 192.0.2.10 oder san.example.com:3260.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains a space; a portal is a host name or address, optionally followed by :port.</source>
        <translation>„%1“ enthält ein Leerzeichen; ein Portal ist ein Hostname oder eine Adresse, optional gefolgt von :Port.</translation>
    </message>
    <message>
        <source>The portal address contains a control character.</source>
        <translation>Die Portal-Adresse enthält ein Steuerzeichen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; opens &apos;[&apos; for an IPv6 address but does not close it with &apos;]&apos;.</source>
        <translation>„%1“ öffnet &apos;[&apos; für eine IPv6-Adresse, schließt sie aber nicht mit &apos;]&apos;.</translation>
    </message>
    <message>
        <source>Unexpected text &quot;%1&quot; after the IPv6 address in &quot;%2&quot;.</source>
        <translation>Unerwarteter Text „%1“ nach der IPv6-Adresse in „%2“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IPv6 address.</source>
        <translation>„%1“ ist keine gültige IPv6-Adresse.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid address; write IPv6 addresses with a port as [address]:port.</source>
        <translation>„%1“ ist keine gültige Adresse; schreiben Sie IPv6-Adressen mit Port als [Adresse]:Port.</translation>
    </message>
    <message>
        <source>The host is missing in &quot;%1&quot;.</source>
        <translation>In „%1“ fehlt der Host.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither an IP address nor a valid host name.</source>
        <translation>„%1“ ist weder eine IP-Adresse noch ein gültiger Hostname.</translation>
    </message>
    <message>
        <source>Do not put user names or passwords in the portal address; enter CHAP credentials in the connection settings instead.</source>
        <translation>Geben Sie in der Portal-Adresse keine Benutzernamen oder Passwörter an; tragen Sie CHAP-Zugangsdaten stattdessen in den Verbindungseinstellungen ein.</translation>
    </message>
    <message>
        <source>The portal URL &quot;%1&quot; names a target or LUN; enter only iscsi://host[:port].</source>
        <translation>Die Portal-URL „%1“ benennt einen Target oder eine LUN; geben Sie nur iscsi://host[:port] ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an invalid portal group tag.</source>
        <translation>„%1“ hat ein ungültiges Portal-Group-Tag.</translation>
    </message>
    <message>
        <source>login</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>A login is already in progress on this session.</source>
        <translation>In dieser Sitzung läuft bereits eine Anmeldung.</translation>
    </message>
    <message>
        <source>Resolving %1</source>
        <translation>%1 wird aufgelöst</translation>
    </message>
    <message>
        <source>Cannot resolve the host name &quot;%1&quot;: %2. Check the name, or enter the portal&apos;s IP address.</source>
        <translation>Der Hostname „%1“ kann nicht aufgelöst werden: %2. Prüfen Sie den Namen oder geben Sie die IP-Adresse des Portals ein.</translation>
    </message>
    <message>
        <source>Could not create an iSCSI context (out of memory?).</source>
        <translation>Es konnte kein iSCSI-Kontext erstellt werden (Speicher erschöpft?).</translation>
    </message>
    <message>
        <source>TCP connect to %1</source>
        <translation>TCP-Verbindungsaufbau zu %1</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>Verbindung zu %1 wird hergestellt</translation>
    </message>
    <message>
        <source>login to %1</source>
        <translation>Anmeldung bei %1</translation>
    </message>
    <message>
        <source>the discovery session</source>
        <translation>die Discovery-Sitzung</translation>
    </message>
    <message>
        <source>Connected; logging in with CHAP user &quot;%1&quot;%2</source>
        <translation>Verbunden; Anmeldung mit CHAP-Benutzer „%1“%2</translation>
    </message>
    <message>
        <source> (mutual)</source>
        <translation> (gegenseitig)</translation>
    </message>
    <message>
        <source>Connected; logging in</source>
        <translation>Verbunden; Anmeldung läuft</translation>
    </message>
    <message>
        <source>Logged in to %1</source>
        <translation>Bei %1 angemeldet</translation>
    </message>
    <message>
        <source>The target redirected the login %1 times without accepting it (last to %2). Check the target&apos;s redirect settings.</source>
        <translation>Der Target hat die Anmeldung %1-mal umgeleitet, ohne sie anzunehmen (zuletzt zu %2). Prüfen Sie die Umleitungseinstellungen des Targets.</translation>
    </message>
    <message>
        <source>The target redirected the login to an invalid address &quot;%1&quot;.</source>
        <translation>Der Target hat die Anmeldung an eine ungültige Adresse „%1“ umgeleitet.</translation>
    </message>
    <message>
        <source>Redirected to %1</source>
        <translation>Umgeleitet zu %1</translation>
    </message>
    <message>
        <source>SendTargets discovery</source>
        <translation>SendTargets-Discovery</translation>
    </message>
    <message>
        <source>Discovery needs a logged-in session.</source>
        <translation>Die Discovery erfordert eine angemeldete Sitzung.</translation>
    </message>
    <message>
        <source>SendTargets=All</source>
        <translation>SendTargets=All</translation>
    </message>
    <message>
        <source>The portal closed the connection during discovery.</source>
        <translation>Das Portal hat die Verbindung während der Discovery geschlossen.</translation>
    </message>
    <message>
        <source>The portal rejected the SendTargets request.</source>
        <translation>Das Portal hat die SendTargets-Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>Ignoring unusable portal &quot;%1&quot; of %2</source>
        <translation>Unbrauchbares Portal „%1“ von %2 wird ignoriert</translation>
    </message>
    <message numerus="yes">
        <source>Discovered %n target(s)</source>
        <translation>
            <numerusform>%n Target gefunden</numerusform>
            <numerusform>%n Targets gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 needs a logged-in session.</source>
        <translation>%1 erfordert eine angemeldete Sitzung.</translation>
    </message>
    <message>
        <source>Could not build %1.</source>
        <translation>%1 konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Could not queue %1.</source>
        <translation>%1 konnte nicht in die Warteschlange gestellt werden.</translation>
    </message>
    <message>
        <source>The target closed the connection while %1 was outstanding.</source>
        <translation>Der Target hat die Verbindung geschlossen, während %1 noch ausstand.</translation>
    </message>
    <message>
        <source>%1 timed out.</source>
        <translation>Zeitüberschreitung bei %1.</translation>
    </message>
    <message>
        <source>%1 failed.</source>
        <translation>%1 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>logout</source>
        <translation>Abmeldung</translation>
    </message>
    <message>
        <source>Logging out</source>
        <translation>Abmeldung läuft</translation>
    </message>
    <message>
        <source>Could not send the logout request.</source>
        <translation>Die Abmeldeanfrage konnte nicht gesendet werden.</translation>
    </message>
    <message>
        <source>The logout was not accepted.</source>
        <translation>Die Abmeldung wurde nicht angenommen.</translation>
    </message>
    <message numerus="yes">
        <source>No answer from %1 within %n s. Check the address and port, and whether a firewall drops the connection.</source>
        <translation>
            <numerusform>Keine Antwort von %1 innerhalb von %n s. Prüfen Sie Adresse und Port und ob eine Firewall die Verbindung verwirft.</numerusform>
            <numerusform>Keine Antwort von %1 innerhalb von %n s. Prüfen Sie Adresse und Port und ob eine Firewall die Verbindung verwirft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Looking up &quot;%1&quot; took longer than %n s. Check DNS, or enter an IP address.</source>
        <translation>
            <numerusform>Die Auflösung von „%1“ dauerte länger als %n s. Prüfen Sie DNS oder geben Sie eine IP-Adresse ein.</numerusform>
            <numerusform>Die Auflösung von „%1“ dauerte länger als %n s. Prüfen Sie DNS oder geben Sie eine IP-Adresse ein.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 accepted the connection but did not finish the login within %n s.</source>
        <translation>
            <numerusform>%1 hat die Verbindung angenommen, die Anmeldung aber nicht innerhalb von %n s abgeschlossen.</numerusform>
            <numerusform>%1 hat die Verbindung angenommen, die Anmeldung aber nicht innerhalb von %n s abgeschlossen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No answer to %1 within %n s; the session was dropped.</source>
        <translation>
            <numerusform>Keine Antwort auf %1 innerhalb von %n s; die Sitzung wurde verworfen.</numerusform>
            <numerusform>Keine Antwort auf %1 innerhalb von %n s; die Sitzung wurde verworfen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 refused the connection: nothing listens on that port. Check the port number and that the iSCSI target service is running.</source>
        <translation>%1 hat die Verbindung abgelehnt: Auf diesem Port lauscht nichts. Prüfen Sie die Portnummer und ob der iSCSI-Target-Dienst läuft.</translation>
    </message>
    <message>
        <source>%1 cannot be reached from this machine. Check the address and the network route to it.</source>
        <translation>%1 ist von diesem Rechner aus nicht erreichbar. Prüfen Sie die Adresse und die Netzwerkroute dorthin.</translation>
    </message>
    <message>
        <source>The connection to %1 timed out. Check the address and whether a firewall drops the traffic.</source>
        <translation>Zeitüberschreitung bei der Verbindung zu %1. Prüfen Sie die Adresse und ob eine Firewall den Datenverkehr verwirft.</translation>
    </message>
    <message>
        <source>%1 reset the connection. The target may have restarted or dropped the session; try again.</source>
        <translation>%1 hat die Verbindung zurückgesetzt. Der Target wurde möglicherweise neu gestartet oder hat die Sitzung verworfen; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost.</source>
        <translation>Die Verbindung zu %1 wurde unterbrochen.</translation>
    </message>
    <message>
        <source>The iSCSI conversation with %1 failed: the peer does not behave like an iSCSI target.</source>
        <translation>Die iSCSI-Kommunikation mit %1 ist fehlgeschlagen: Die Gegenstelle verhält sich nicht wie ein iSCSI-Target.</translation>
    </message>
    <message>
        <source>the discovery session at %1</source>
        <translation>die Discovery-Sitzung bei %1</translation>
    </message>
    <message>
        <source>%1 rejected the CHAP credentials. Check the CHAP user name and secret.</source>
        <translation>%1 hat die CHAP-Zugangsdaten abgelehnt. Prüfen Sie CHAP-Benutzername und Secret.</translation>
    </message>
    <message>
        <source>%1 requires CHAP authentication. Enter a CHAP user name and secret.</source>
        <translation>%1 erfordert CHAP-Authentifizierung. Geben Sie einen CHAP-Benutzernamen und ein Secret ein.</translation>
    </message>
    <message>
        <source>%1 does not allow the initiator %2. Add this initiator IQN to the target&apos;s access list, or use the IQN the target expects.</source>
        <translation>%1 lässt den Initiator %2 nicht zu. Fügen Sie diesen Initiator-IQN der Zugriffsliste des Targets hinzu oder verwenden Sie den IQN, den der Target erwartet.</translation>
    </message>
    <message>
        <source>There is no target %1 behind %2 (any more). Run discovery again.</source>
        <translation>Hinter %2 gibt es keinen Target %1 (mehr). Führen Sie die Discovery erneut aus.</translation>
    </message>
    <message>
        <source>%1 could not accept the login right now (target error, service unavailable or out of resources). Try again later.</source>
        <translation>%1 konnte die Anmeldung derzeit nicht annehmen (Target-Fehler, Dienst nicht verfügbar oder keine Ressourcen frei). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>%1 refused the login.</source>
        <translation>%1 hat die Anmeldung abgelehnt.</translation>
    </message>
    <message>
        <source>Mutual CHAP failed: %1 did not prove that it knows the target secret. Check the target&apos;s CHAP user name and secret.</source>
        <translation>Gegenseitiges CHAP fehlgeschlagen: %1 hat nicht nachgewiesen, das Target-Secret zu kennen. Prüfen Sie CHAP-Benutzername und Secret des Targets.</translation>
    </message>
    <message>
        <source>The login to %1 failed: the peer does not behave like an iSCSI target.</source>
        <translation>Die Anmeldung bei %1 ist fehlgeschlagen: Die Gegenstelle verhält sich nicht wie ein iSCSI-Target.</translation>
    </message>
    <message>
        <source>%1 closed the connection during the login. The target may not accept this initiator or these settings.</source>
        <translation>%1 hat die Verbindung während der Anmeldung geschlossen. Der Target akzeptiert möglicherweise diesen Initiator oder diese Einstellungen nicht.</translation>
    </message>
    <message>
        <source>%1 closed the connection. The target may have been stopped or removed.</source>
        <translation>%1 hat die Verbindung geschlossen. Der Target wurde möglicherweise gestoppt oder entfernt.</translation>
    </message>
    <message>
        <source>%1: the target is busy; try again later.</source>
        <translation>%1: Der Target ist ausgelastet; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>%1: reservation conflict; another host holds a reservation on this LUN.</source>
        <translation>%1: Reservierungskonflikt; ein anderer Host hält eine Reservierung auf dieser LUN.</translation>
    </message>
    <message>
        <source>%1: the target&apos;s task set is full; try again later.</source>
        <translation>%1: Das Task-Set des Targets ist voll; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>%1 ended with SCSI status 0x%2.</source>
        <translation>%1 endete mit SCSI-Status 0x%2.</translation>
    </message>
    <message>
        <source>The answer to %1 is incomplete or malformed.</source>
        <translation>Die Antwort auf %1 ist unvollständig oder fehlerhaft.</translation>
    </message>
    <message>
        <source>libvirt at %1 closed the connection (the daemon stopped or restarted). Reconnect once it runs again.</source>
        <translation>libvirt auf %1 hat die Verbindung geschlossen (der Daemon wurde beendet oder neu gestartet). Verbinden Sie sich erneut, sobald er wieder läuft.</translation>
    </message>
    <message>
        <source>libvirt at %1 stopped answering keep-alive messages (host or network down?). Reconnect once it can be reached.</source>
        <translation>libvirt auf %1 beantwortet keine Keep-alive-Nachrichten mehr (Host oder Netzwerk ausgefallen?). Verbinden Sie sich erneut, sobald der Host wieder erreichbar ist.</translation>
    </message>
    <message>
        <source>The connection to %1 was closed.</source>
        <translation>Die Verbindung zu %1 wurde geschlossen.</translation>
    </message>
    <message>
        <source>The connection to libvirt at %1 failed. Reconnect.</source>
        <translation>Die Verbindung zu libvirt auf %1 ist fehlgeschlagen. Verbinden Sie sich erneut.</translation>
    </message>
    <message>
        <source>Could not connect to libvirt at %1.</source>
        <translation>Es konnte keine Verbindung zu libvirt auf %1 hergestellt werden.</translation>
    </message>
    <message>
        <source>libvirt gave no reason.</source>
        <translation>libvirt hat keinen Grund angegeben.</translation>
    </message>
    <message>
        <source>libvirt rejected the XML; the details say where.</source>
        <translation>libvirt hat das XML abgelehnt; die Details nennen die Stelle.</translation>
    </message>
    <message>
        <source>That storage pool does not exist (any more); refresh the list.</source>
        <translation>Dieser Speicherpool existiert nicht (mehr); aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <source>That secret does not exist (any more).</source>
        <translation>Dieses Secret existiert nicht (mehr).</translation>
    </message>
    <message>
        <source>The object is not in a state that allows this; refresh and try again.</source>
        <translation>Das Objekt ist nicht in einem Zustand, der dies erlaubt; aktualisieren Sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>libvirt&apos;s access control denied this to your user.</source>
        <translation>Die Zugriffskontrolle von libvirt hat dies Ihrem Benutzer verweigert.</translation>
    </message>
    <message>
        <source>libvirt gave up waiting; try again.</source>
        <translation>libvirt hat das Warten aufgegeben; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Not connected to libvirt: open a connection first.</source>
        <translation>Nicht mit libvirt verbunden: Öffnen Sie zuerst eine Verbindung.</translation>
    </message>
    <message>
        <source>Not connected to libvirt at %1 (closed or lost): connect again.</source>
        <translation>Nicht mit libvirt auf %1 verbunden (geschlossen oder verloren): Verbinden Sie sich erneut.</translation>
    </message>
    <message>
        <source>The connection to %1 was closed during the job.</source>
        <translation>Die Verbindung zu %1 wurde während des Vorgangs geschlossen.</translation>
    </message>
    <message>
        <source>A storage pool named “%1” already exists on %2: choose another name, or remove that pool first.</source>
        <translation>Auf %2 existiert bereits ein Speicherpool namens „%1“: Wählen Sie einen anderen Namen oder entfernen Sie zuerst diesen Pool.</translation>
    </message>
    <message>
        <source>reused the secret that exists for this target (%1)</source>
        <translation>vorhandenes Secret für diesen Target wiederverwendet (%1)</translation>
    </message>
    <message>
        <source>was not running</source>
        <translation>lief nicht</translation>
    </message>
    <message>
        <source>Undoing the earlier steps failed too; see the report.</source>
        <translation>Auch das Rückgängigmachen der vorherigen Schritte ist fehlgeschlagen; siehe Bericht.</translation>
    </message>
    <message>
        <source>The earlier steps were undone.</source>
        <translation>Die vorherigen Schritte wurden rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Nothing had been changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Could not define storage pool “%1”: “%2” failed on %3. %4</source>
        <translation>Speicherpool „%1“ konnte nicht definiert werden: „%2“ ist auf %3 fehlgeschlagen. %4</translation>
    </message>
    <message>
        <source>Check that the pool name is free</source>
        <translation>Prüfen, ob der Pool-Name frei ist</translation>
    </message>
    <message>
        <source>Define CHAP secret</source>
        <translation>CHAP-Secret definieren</translation>
    </message>
    <message>
        <source>Store CHAP password</source>
        <translation>CHAP-Passwort speichern</translation>
    </message>
    <message>
        <source>Define pool</source>
        <translation>Pool definieren</translation>
    </message>
    <message>
        <source>Start pool</source>
        <translation>Pool starten</translation>
    </message>
    <message>
        <source>Turn on autostart</source>
        <translation>Autostart einschalten</translation>
    </message>
    <message>
        <source>Undo: stop pool</source>
        <translation>Rückgängig: Pool stoppen</translation>
    </message>
    <message>
        <source>Undo: remove pool</source>
        <translation>Rückgängig: Pool entfernen</translation>
    </message>
    <message>
        <source>Undo: remove CHAP secret</source>
        <translation>Rückgängig: CHAP-Secret entfernen</translation>
    </message>
    <message>
        <source>Define storage pool “%1”</source>
        <translation>Speicherpool „%1“ definieren</translation>
    </message>
    <message>
        <source>[ok]</source>
        <translation>[OK]</translation>
    </message>
    <message>
        <source>[failed]</source>
        <translation>[fehlgeschlagen]</translation>
    </message>
    <message>
        <source>The libvirt driver behind %1 has no secret driver, so it cannot keep CHAP passwords.</source>
        <translation>Der libvirt-Treiber hinter %1 hat keinen Secret-Treiber und kann daher keine CHAP-Passwörter speichern.</translation>
    </message>
    <message>
        <source>Could not define a secret on %1.</source>
        <translation>Auf %1 konnte kein Secret definiert werden.</translation>
    </message>
    <message>
        <source>Could not store the value of secret %1 on %2.</source>
        <translation>Der Wert von Secret %1 konnte auf %2 nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Could not look up the secret for “%1” on %2.</source>
        <translation>Das Secret für „%1“ konnte auf %2 nicht ermittelt werden.</translation>
    </message>
    <message>
        <source>Could not remove secret %1 on %2.</source>
        <translation>Secret %1 konnte auf %2 nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Could not define a storage pool on %1.</source>
        <translation>Auf %1 konnte kein Speicherpool definiert werden.</translation>
    </message>
    <message>
        <source>Could not remove (undefine) storage pool “%1” on %2.</source>
        <translation>Die Definition von Speicherpool „%1“ konnte auf %2 nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Could not start storage pool “%1” on %2.</source>
        <translation>Speicherpool „%1“ konnte auf %2 nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Could not stop storage pool “%1” on %2.</source>
        <translation>Speicherpool „%1“ konnte auf %2 nicht gestoppt werden.</translation>
    </message>
    <message>
        <source>Could not refresh storage pool “%1” on %2.</source>
        <translation>Speicherpool „%1“ konnte auf %2 nicht aktualisiert werden.</translation>
    </message>
    <message>
        <source>Could not turn on autostart of storage pool “%1” on %2.</source>
        <translation>Autostart von Speicherpool „%1“ konnte auf %2 nicht eingeschaltet werden.</translation>
    </message>
    <message>
        <source>Could not turn off autostart of storage pool “%1” on %2.</source>
        <translation>Autostart von Speicherpool „%1“ konnte auf %2 nicht ausgeschaltet werden.</translation>
    </message>
    <message>
        <source>Could not read storage pool “%1” on %2.</source>
        <translation>Speicherpool „%1“ konnte auf %2 nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Could not list the storage pools of %1.</source>
        <translation>Die Speicherpools von %1 konnten nicht aufgelistet werden.</translation>
    </message>
    <message>
        <source>Could not look up storage pool “%1” on %2.</source>
        <translation>Speicherpool „%1“ konnte auf %2 nicht ermittelt werden.</translation>
    </message>
    <message>
        <source>Could not list the volumes of storage pool “%1” on %2.</source>
        <translation>Die Volumes von Speicherpool „%1“ konnten auf %2 nicht aufgelistet werden.</translation>
    </message>
    <message>
        <source>Could not read the XML of storage pool “%1” on %2.</source>
        <translation>Das XML von Speicherpool „%1“ konnte auf %2 nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The libvirt driver behind %1 cannot tell which storage pool types it supports (libvirt&apos;s test driver, or libvirt older than 5.2).</source>
        <translation>Der libvirt-Treiber hinter %1 kann nicht angeben, welche Speicherpool-Typen er unterstützt (der Test-Treiber von libvirt oder libvirt älter als 5.2).</translation>
    </message>
    <message>
        <source>Could not read the storage pool capabilities of %1.</source>
        <translation>Die Speicherpool-Fähigkeiten von %1 konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>libvirt at %1 has no iscsi-direct storage backend: install the Debian package libvirt-daemon-driver-storage-iscsi-direct on that host (other distributions: libvirt&apos;s iscsi-direct storage driver), then restart libvirtd or virtstoraged.</source>
        <translation>libvirt auf %1 hat kein iscsi-direct-Speicher-Backend: Installieren Sie auf diesem Host das Debian-Paket libvirt-daemon-driver-storage-iscsi-direct (andere Distributionen: den iscsi-direct-Speichertreiber von libvirt) und starten Sie dann libvirtd oder virtstoraged neu.</translation>
    </message>
    <message>
        <source>libvirt at %1 answered storage pool capabilities LunScope cannot read.</source>
        <translation>libvirt auf %1 hat Speicherpool-Fähigkeiten geliefert, die LunScope nicht lesen kann.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>libvirt&apos;s schema %1 cannot be read, so the XML cannot be checked against it.</source>
        <translation>Das libvirt-Schema %1 kann nicht gelesen werden, daher kann das XML nicht damit geprüft werden.</translation>
    </message>
    <message>
        <source>libvirt&apos;s schema %1 is not installed (it comes with libvirt), so the XML cannot be checked against it.</source>
        <translation>Das libvirt-Schema %1 ist nicht installiert (es gehört zu libvirt), daher kann das XML nicht damit geprüft werden.</translation>
    </message>
    <message>
        <source>libxml2 could not set up an XML parser.</source>
        <translation>libxml2 konnte keinen XML-Parser einrichten.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>%1:%2: The XML is not well-formed: %3</source>
        <translation>%1:%2: Das XML ist nicht wohlgeformt: %3</translation>
    </message>
    <message>
        <source>libxml2 could not set up a RelaxNG validator.</source>
        <translation>libxml2 konnte keinen RelaxNG-Validator einrichten.</translation>
    </message>
    <message>
        <source>no details from libxml2</source>
        <translation>keine Details von libxml2</translation>
    </message>
    <message>
        <source>The XML does not match libvirt&apos;s schema %1:
%2</source>
        <translation>Das XML entspricht nicht dem libvirt-Schema %1:
%2</translation>
    </message>
    <message>
        <source>Enter a name for the pool.</source>
        <translation>Geben Sie einen Namen für den Pool ein.</translation>
    </message>
    <message>
        <source>A pool name cannot contain &apos;/&apos;.</source>
        <translation>Ein Pool-Name darf kein &apos;/&apos; enthalten.</translation>
    </message>
    <message>
        <source>A pool name cannot contain line breaks, tabs or other control characters.</source>
        <translation>Ein Pool-Name darf keine Zeilenumbrüche, Tabulatoren oder andere Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>&quot;.&quot; and &quot;..&quot; cannot be pool names; choose another name.</source>
        <translation>„.“ und „..“ sind als Pool-Namen nicht möglich; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The pool name is %1 bytes long; libvirt stores the pool in a file named after it, so use at most %2 bytes.</source>
        <translation>Der Pool-Name ist %1 Byte lang; libvirt speichert den Pool in einer nach ihm benannten Datei, verwenden Sie daher höchstens %2 Byte.</translation>
    </message>
    <message>
        <source>The UUID must look like 0a81f5b2-8403-7b23-c8d6-21ccc2f80d6f; leave it empty and libvirt generates one.</source>
        <translation>Die UUID muss wie 0a81f5b2-8403-7b23-c8d6-21ccc2f80d6f aussehen; lassen Sie sie leer, dann erzeugt libvirt eine.</translation>
    </message>
    <message>
        <source>Enter a port from 1 to 65535; iSCSI portals usually listen on %1.</source>
        <translation>Geben Sie einen Port von 1 bis 65535 ein; iSCSI-Portale lauschen üblicherweise auf %1.</translation>
    </message>
    <message>
        <source>Enter the IQN of the target the pool uses.</source>
        <translation>Geben Sie den IQN des Targets ein, den der Pool verwendet.</translation>
    </message>
    <message>
        <source>libvirt takes only iqn. names for an iscsi-direct pool&apos;s target, not &quot;%1&quot;.</source>
        <translation>libvirt akzeptiert für den Target eines iscsi-direct-Pools nur iqn.-Namen, nicht „%1“.</translation>
    </message>
    <message>
        <source>Remove the &apos;:&apos; at the end of &quot;%1&quot;, or add the target&apos;s name after it.</source>
        <translation>Entfernen Sie das &apos;:&apos; am Ende von „%1“ oder fügen Sie danach den Namen des Targets hinzu.</translation>
    </message>
    <message>
        <source>Enter the initiator IQN; libvirt logs in to the target with it.</source>
        <translation>Geben Sie den Initiator-IQN ein; libvirt meldet sich damit beim Target an.</translation>
    </message>
    <message>
        <source>Enter the CHAP user name that goes with the secret, or clear the secret.</source>
        <translation>Geben Sie den CHAP-Benutzernamen zum Secret ein oder leeren Sie das Secret.</translation>
    </message>
    <message>
        <source>Enter the CHAP user name that goes with the secret.</source>
        <translation>Geben Sie den CHAP-Benutzernamen zum Secret ein.</translation>
    </message>
    <message>
        <source>Enter the CHAP user name, or turn CHAP off.</source>
        <translation>Geben Sie den CHAP-Benutzernamen ein oder schalten Sie CHAP aus.</translation>
    </message>
    <message>
        <source>The CHAP user name cannot contain line breaks, tabs or other control characters.</source>
        <translation>Der CHAP-Benutzername darf keine Zeilenumbrüche, Tabulatoren oder andere Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>Enter the CHAP secret for user &quot;%1&quot;.</source>
        <translation>Geben Sie das CHAP-Secret für Benutzer „%1“ ein.</translation>
    </message>
    <message>
        <source>Enter the UUID of the libvirt secret that holds the CHAP secret.</source>
        <translation>Geben Sie die UUID des libvirt-Secrets ein, das das CHAP-Secret enthält.</translation>
    </message>
    <message>
        <source>The secret&apos;s UUID must look like 0a81f5b2-8403-7b23-c8d6-21ccc2f80d6f.</source>
        <translation>Die UUID des Secrets muss wie 0a81f5b2-8403-7b23-c8d6-21ccc2f80d6f aussehen.</translation>
    </message>
    <message>
        <source>Enter the usage id of the libvirt secret that holds the CHAP secret, for example &quot;%1&quot;.</source>
        <translation>Geben Sie die Usage-ID des libvirt-Secrets ein, das das CHAP-Secret enthält, zum Beispiel „%1“.</translation>
    </message>
    <message>
        <source>A secret&apos;s usage id cannot contain &apos;/&apos;, line breaks or other control characters.</source>
        <translation>Die Usage-ID eines Secrets darf kein &apos;/&apos;, keine Zeilenumbrüche oder andere Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>An iscsi-direct pool uses exactly one &lt;host&gt;; remove the others from the XML.</source>
        <translation>Ein iscsi-direct-Pool verwendet genau ein &lt;host&gt;; entfernen Sie die übrigen aus dem XML.</translation>
    </message>
    <message>
        <source>libvirt only reads the first &lt;%1&gt;; remove the others from the XML.</source>
        <translation>libvirt liest nur das erste &lt;%1&gt;; entfernen Sie die übrigen aus dem XML.</translation>
    </message>
    <message>
        <source>libvirt&apos;s iscsi-direct pools log in with one-way CHAP only, so the pool cannot check the target&apos;s mutual CHAP name &quot;%1&quot;. Turn mutual CHAP off for this initiator on the target, or use the target without a pool.</source>
        <translation>Die iscsi-direct-Pools von libvirt melden sich nur mit einseitigem CHAP an, daher kann der Pool den gegenseitigen CHAP-Namen „%1“ des Targets nicht prüfen. Schalten Sie gegenseitiges CHAP für diesen Initiator auf dem Target aus oder verwenden Sie den Target ohne Pool.</translation>
    </message>
    <message>
        <source>The document holds no XML element; a libvirt pool starts with &lt;pool&gt;.</source>
        <translation>Das Dokument enthält kein XML-Element; ein libvirt-Pool beginnt mit &lt;pool&gt;.</translation>
    </message>
    <message>
        <source>The XML is not well-formed: %1</source>
        <translation>Das XML ist nicht wohlgeformt: %1</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>The entity reference &amp;%1; cannot be resolved.</source>
        <translation>Die Entity-Referenz &amp;%1; kann nicht aufgelöst werden.</translation>
    </message>
    <message>
        <source>&lt;%1&gt; holds text only; it cannot contain &lt;%2&gt;.</source>
        <translation>&lt;%1&gt; enthält nur Text; es darf kein &lt;%2&gt; enthalten.</translation>
    </message>
    <message>
        <source>The document is a &lt;%1&gt;, not a libvirt &lt;pool&gt;.</source>
        <translation>Das Dokument ist ein &lt;%1&gt;, kein libvirt-&lt;pool&gt;.</translation>
    </message>
    <message>
        <source>The &lt;pool&gt; has no type; LunScope edits pools of type &apos;%1&apos;.</source>
        <translation>Das &lt;pool&gt;-Element hat keinen Typ; LunScope bearbeitet Pools vom Typ &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>This is a pool of type &apos;%1&apos;; LunScope edits pools of type &apos;%2&apos; only.</source>
        <translation>Dies ist ein Pool vom Typ &apos;%1&apos;; LunScope bearbeitet nur Pools vom Typ &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>The pool has no &lt;name&gt;.</source>
        <translation>Der Pool hat kein &lt;name&gt;-Element.</translation>
    </message>
    <message>
        <source>The pool has no &lt;source&gt;; an iscsi-direct pool needs one with &lt;host&gt;, &lt;device&gt; and &lt;initiator&gt;.</source>
        <translation>Der Pool hat kein &lt;source&gt;-Element; ein iscsi-direct-Pool benötigt eines mit &lt;host&gt;, &lt;device&gt; und &lt;initiator&gt;.</translation>
    </message>
    <message>
        <source>The &lt;source&gt; has no &lt;host name=&apos;…&apos;/&gt; for the iSCSI portal.</source>
        <translation>Das &lt;source&gt;-Element hat kein &lt;host name=&apos;…&apos;/&gt; für das iSCSI-Portal.</translation>
    </message>
    <message>
        <source>The &lt;source&gt; has no &lt;initiator&gt;&lt;iqn name=&apos;…&apos;/&gt;&lt;/initiator&gt;; libvirt needs the initiator&apos;s IQN for iscsi-direct pools.</source>
        <translation>Das &lt;source&gt;-Element hat kein &lt;initiator&gt;&lt;iqn name=&apos;…&apos;/&gt;&lt;/initiator&gt;; libvirt benötigt für iscsi-direct-Pools den IQN des Initiators.</translation>
    </message>
    <message>
        <source>The &lt;host&gt; has no name attribute.</source>
        <translation>Das &lt;host&gt;-Element hat kein name-Attribut.</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is not a number.</source>
        <translation>Der Port „%1“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>The port %1 is not between 1 and 65535.</source>
        <translation>Der Port %1 liegt nicht zwischen 1 und 65535.</translation>
    </message>
    <message>
        <source>The &lt;device&gt; has no path attribute with the target&apos;s IQN.</source>
        <translation>Das &lt;device&gt;-Element hat kein path-Attribut mit dem IQN des Targets.</translation>
    </message>
    <message>
        <source>The initiator&apos;s &lt;iqn&gt; has no name attribute.</source>
        <translation>Das &lt;iqn&gt;-Element des Initiators hat kein name-Attribut.</translation>
    </message>
    <message>
        <source>The &lt;initiator&gt; has no &lt;iqn name=&apos;…&apos;/&gt;.</source>
        <translation>Das &lt;initiator&gt;-Element hat kein &lt;iqn name=&apos;…&apos;/&gt;.</translation>
    </message>
    <message>
        <source>The &lt;auth&gt; has no type; write type=&apos;chap&apos;.</source>
        <translation>Das &lt;auth&gt;-Element hat keinen Typ; schreiben Sie type=&apos;chap&apos;.</translation>
    </message>
    <message>
        <source>The authentication type is &apos;%1&apos;; iscsi-direct pools support &apos;chap&apos; only.</source>
        <translation>Der Authentifizierungstyp ist &apos;%1&apos;; iscsi-direct-Pools unterstützen nur &apos;chap&apos;.</translation>
    </message>
    <message>
        <source>The &lt;auth&gt; has no username attribute.</source>
        <translation>Das &lt;auth&gt;-Element hat kein username-Attribut.</translation>
    </message>
    <message>
        <source>The &lt;secret&gt; must name the libvirt secret by either usage=&apos;…&apos; or uuid=&apos;…&apos;.</source>
        <translation>Das &lt;secret&gt;-Element muss das libvirt-Secret entweder mit usage=&apos;…&apos; oder mit uuid=&apos;…&apos; angeben.</translation>
    </message>
    <message>
        <source>The &lt;auth&gt; has no &lt;secret usage=&apos;…&apos;/&gt; or &lt;secret uuid=&apos;…&apos;/&gt;.</source>
        <translation>Das &lt;auth&gt;-Element hat kein &lt;secret usage=&apos;…&apos;/&gt; oder &lt;secret uuid=&apos;…&apos;/&gt;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address: write four numbers from 0 to 255, separated by dots and without leading zeros.</source>
        <translation>„%1“ ist keine IPv4-Adresse: Schreiben Sie vier Zahlen von 0 bis 255, durch Punkte getrennt und ohne führende Nullen.</translation>
    </message>
    <message>
        <source>Put the port %1 into the port field; the host is just &quot;%2&quot;.</source>
        <translation>Tragen Sie den Port %1 in das Port-Feld ein; der Host ist nur „%2“.</translation>
    </message>
    <message>
        <source>libvirt cannot use an IPv6 zone such as &quot;%1&quot;; use an address without it.</source>
        <translation>libvirt kann keine IPv6-Zone wie „%1“ verwenden; verwenden Sie eine Adresse ohne Zone.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv6 address.</source>
        <translation>„%1“ ist keine IPv6-Adresse.</translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; may only contain letters, digits, &apos;-&apos; and &apos;.&apos; (international names in their xn-- form).</source>
        <translation>Der Hostname „%1“ darf nur Buchstaben, Ziffern, &apos;-&apos; und &apos;.&apos; enthalten (internationale Namen in der Form xn--).</translation>
    </message>
    <message>
        <source>The host name is longer than 253 characters.</source>
        <translation>Der Hostname ist länger als 253 Zeichen.</translation>
    </message>
    <message>
        <source>In the host name &quot;%1&quot;, each part between dots must have 1 to 63 characters and cannot start or end with &apos;-&apos;.</source>
        <translation>Im Hostnamen „%1“ muss jeder Teil zwischen Punkten 1 bis 63 Zeichen lang sein und darf nicht mit &apos;-&apos; beginnen oder enden.</translation>
    </message>
    <message>
        <source>Enter the host name or IP address of the iSCSI portal.</source>
        <translation>Geben Sie den Hostnamen oder die IP-Adresse des iSCSI-Portals ein.</translation>
    </message>
    <message>
        <source>The host cannot contain line breaks, tabs or other control characters.</source>
        <translation>Der Host darf keine Zeilenumbrüche, Tabulatoren oder andere Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>Write the IPv6 address without brackets: %1.</source>
        <translation>Schreiben Sie die IPv6-Adresse ohne Klammern: %1.</translation>
    </message>
    <message>
        <source>Vendor specific</source>
        <translation>Herstellerspezifisch</translation>
    </message>
    <message>
        <source>T10 vendor ID</source>
        <translation>T10-Hersteller-ID</translation>
    </message>
    <message>
        <source>EUI-64</source>
        <translation>EUI-64</translation>
    </message>
    <message>
        <source>NAA</source>
        <translation>NAA</translation>
    </message>
    <message>
        <source>Relative target port</source>
        <translation>Relativer Target-Port</translation>
    </message>
    <message>
        <source>Target port group</source>
        <translation>Target-Portgruppe</translation>
    </message>
    <message>
        <source>Logical unit group</source>
        <translation>Gruppe logischer Einheiten</translation>
    </message>
    <message>
        <source>MD5 logical unit ID</source>
        <translation>MD5-ID der logischen Einheit</translation>
    </message>
    <message>
        <source>SCSI name</source>
        <translation>SCSI-Name</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Festplatte</translation>
    </message>
    <message>
        <source>Tape</source>
        <translation>Bandlaufwerk</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Drucker</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Prozessor</translation>
    </message>
    <message>
        <source>Write-once</source>
        <translation>Einmal beschreibbar</translation>
    </message>
    <message>
        <source>CD/DVD</source>
        <translation>CD/DVD</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <source>Optical memory</source>
        <translation>Optischer Speicher</translation>
    </message>
    <message>
        <source>Media changer</source>
        <translation>Medienwechsler</translation>
    </message>
    <message>
        <source>Communications</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>Storage array controller</source>
        <translation>Speicher-Array-Controller</translation>
    </message>
    <message>
        <source>Enclosure services</source>
        <translation>Gehäusedienste</translation>
    </message>
    <message>
        <source>Simplified disk (RBC)</source>
        <translation>Vereinfachte Festplatte (RBC)</translation>
    </message>
    <message>
        <source>Object storage</source>
        <translation>Objektspeicher</translation>
    </message>
    <message>
        <source>Zoned disk</source>
        <translation>Zonierte Festplatte</translation>
    </message>
    <message>
        <source>Well-known LUN</source>
        <translation>Well-known-LUN</translation>
    </message>
    <message>
        <source>Unknown (type 0x%1)</source>
        <translation>Unbekannt (Typ 0x%1)</translation>
    </message>
    <message>
        <source>REPORT LUNS needs %1 bytes; asking again</source>
        <translation>REPORT LUNS benötigt %1 Byte; erneute Anfrage</translation>
    </message>
    <message numerus="yes">
        <source>REPORT LUNS: %n LUN(s)</source>
        <translation>
            <numerusform>REPORT LUNS: %n LUN</numerusform>
            <numerusform>REPORT LUNS: %n LUNs</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 For example: %2.</source>
        <translation>%1 Zum Beispiel: %2.</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Enter a libvirt connection URI.</source>
        <translation>Geben Sie eine libvirt-Verbindungs-URI ein.</translation>
    </message>
    <message>
        <source>A connection URI has no spaces.</source>
        <translation>Eine Verbindungs-URI enthält keine Leerzeichen.</translation>
    </message>
    <message>
        <source>“%1” is not a libvirt URI: it starts with a driver, then “://”.</source>
        <translation>„%1“ ist keine libvirt-URI: Sie beginnt mit einem Treiber, gefolgt von „://“.</translation>
    </message>
    <message>
        <source>libvirt has no driver named “%1”.</source>
        <translation>libvirt hat keinen Treiber namens „%1“.</translation>
    </message>
    <message>
        <source>“%1” is not a libvirt transport; use ssh, tls, tcp, libssh, libssh2, unix or ext.</source>
        <translation>„%1“ ist kein libvirt-Transport; verwenden Sie ssh, tls, tcp, libssh, libssh2, unix oder ext.</translation>
    </message>
    <message>
        <source>Name the host to reach over %1.</source>
        <translation>Geben Sie den Host an, der über %1 erreicht werden soll.</translation>
    </message>
    <message>
        <source>Add the instance after the host, such as “/system”, “/session” or, for the test driver, “/default”.</source>
        <translation>Fügen Sie die Instanz nach dem Host hinzu, etwa „/system“, „/session“ oder, für den Test-Treiber, „/default“.</translation>
    </message>
    <message>
        <source>Internal error: an operation ended with neither a result nor an error. Please report it, with the scan log.</source>
        <translation>Interner Fehler: Ein Vorgang endete weder mit einem Ergebnis noch mit einem Fehler. Bitte melden Sie ihn mit dem Scan-Protokoll.</translation>
    </message>
    <message>
        <source>“%1” is not a step of defining a pool.</source>
        <translation>„%1“ ist kein Schritt beim Definieren eines Pools.</translation>
    </message>
    <message>
        <source>perhaps a new CHAP secret for usage “%1”</source>
        <translation>vielleicht ein neues CHAP-Secret für den Verwendungszweck „%1“</translation>
    </message>
    <message>
        <source>perhaps storage pool “%1”</source>
        <translation>vielleicht Speicherpool „%1“</translation>
    </message>
    <message>
        <source>storage pool “%1”, defined by this job</source>
        <translation>Speicherpool „%1“, von diesem Vorgang definiert</translation>
    </message>
    <message>
        <source>CHAP secret %1, defined by this job</source>
        <translation>CHAP-Secret %1, von diesem Vorgang definiert</translation>
    </message>
    <message>
        <source>Define pool again with the edited XML</source>
        <translation>Pool mit dem bearbeiteten XML erneut definieren</translation>
    </message>
    <message>
        <source>Turn off autostart</source>
        <translation>Autostart ausschalten</translation>
    </message>
    <message>
        <source>Undo: define the previous XML again</source>
        <translation>Rückgängig: vorheriges XML erneut definieren</translation>
    </message>
    <message>
        <source>Redefine storage pool “%1”</source>
        <translation>Speicherpool „%1“ neu definieren</translation>
    </message>
    <message>
        <source>left behind: %1</source>
        <translation>zurückgeblieben: %1</translation>
    </message>
    <message>
        <source>“%1” is not a step of redefining a pool.</source>
        <translation>„%1“ ist kein Schritt beim Neudefinieren eines Pools.</translation>
    </message>
    <message>
        <source>perhaps the edited definition of storage pool “%1”</source>
        <translation>vielleicht die bearbeitete Definition von Speicherpool „%1“</translation>
    </message>
    <message>
        <source>the edited definition of storage pool “%1”</source>
        <translation>die bearbeitete Definition von Speicherpool „%1“</translation>
    </message>
    <message>
        <source>Could not redefine storage pool “%1”: “%2” failed on %3. %4</source>
        <translation>Speicherpool „%1“ konnte nicht neu definiert werden: „%2“ ist auf %3 fehlgeschlagen. %4</translation>
    </message>
    <message>
        <source>libvirt may have done it before the connection closed</source>
        <translation>libvirt hat es möglicherweise ausgeführt, bevor die Verbindung geschlossen wurde</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Left behind: %1.</source>
        <translation>Zurückgeblieben: %1.</translation>
    </message>
    <message>
        <source>A pool name cannot be only spaces; enter a name.</source>
        <translation>Ein Poolname kann nicht nur aus Leerzeichen bestehen; geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <source>Remove the spaces at the start or end of the pool name.</source>
        <translation>Entfernen Sie die Leerzeichen am Anfang oder Ende des Poolnamens.</translation>
    </message>
    <message>
        <source>libvirt is not running there, or cannot be reached: start libvirtd (or virtqemud) on that host, or check the URI.</source>
        <translation>libvirt läuft dort nicht oder ist nicht erreichbar: Starten Sie libvirtd (oder virtqemud) auf diesem Host, oder prüfen Sie die URI.</translation>
    </message>
    <message>
        <source>No libvirt driver handles that URI: check it (for example qemu:///system or qemu+ssh://host/system).</source>
        <translation>Kein libvirt-Treiber bedient diese URI: Prüfen Sie sie (zum Beispiel qemu:///system oder qemu+ssh://host/system).</translation>
    </message>
    <message>
        <source>The SSH connection failed: check the host name and that ssh can log in there without a password prompt.</source>
        <translation>Die SSH-Verbindung ist fehlgeschlagen: Prüfen Sie den Hostnamen und ob ssh sich dort ohne Passwortabfrage anmelden kann.</translation>
    </message>
    <message>
        <source>libvirt refused the connection: check that your user may manage libvirt there (group libvirt, polkit).</source>
        <translation>libvirt hat die Verbindung abgelehnt: Prüfen Sie, ob Ihr Benutzer libvirt dort verwalten darf (Gruppe libvirt, polkit).</translation>
    </message>
    <message>
        <source>The connection to libvirt broke: reconnect, and check that the daemon still runs.</source>
        <translation>Die Verbindung zu libvirt ist abgebrochen: Verbinden Sie erneut und prüfen Sie, ob der Dienst noch läuft.</translation>
    </message>
    <message>
        <source>The libvirt driver there does not support this.</source>
        <translation>Der libvirt-Treiber dort unterstützt das nicht.</translation>
    </message>
    <message>
        <source>Could not ask %1 whether it keeps secrets.</source>
        <translation>%1 konnte nicht gefragt werden, ob es Secrets speichert.</translation>
    </message>
    <message>
        <source>%1 lacks %2.</source>
        <translation>%1 fehlt %2.</translation>
    </message>
    <message>
        <source>%1 holds text libvirt does not expect there.</source>
        <translation>%1 enthält Text, den libvirt dort nicht erwartet.</translation>
    </message>
    <message>
        <source>unknown element %1 in %2.</source>
        <translation>unbekanntes Element %1 in %2.</translation>
    </message>
    <message>
        <source>%1 in %2: “%3” is not a value libvirt accepts there (or the element is not allowed there).</source>
        <translation>%1 in %2: „%3“ ist kein Wert, den libvirt dort akzeptiert (oder das Element ist dort nicht erlaubt).</translation>
    </message>
    <message>
        <source>unexpected element %1.</source>
        <translation>unerwartetes Element %1.</translation>
    </message>
    <message>
        <source>%1 where %2 belongs.</source>
        <translation>%1, wo %2 hingehört.</translation>
    </message>
    <message>
        <source>%1 in %2 where %3 belongs.</source>
        <translation>%1 in %2, wo %3 hingehört.</translation>
    </message>
    <message>
        <source>%1 does not accept %2=&quot;%3&quot;: the attribute is unknown there or its value is not allowed.</source>
        <translation>%1 akzeptiert %2=&quot;%3&quot; nicht: Das Attribut ist dort unbekannt oder sein Wert ist nicht erlaubt.</translation>
    </message>
    <message>
        <source>%1 does not accept the attribute %2.</source>
        <translation>%1 akzeptiert das Attribut %2 nicht.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a value libvirt accepts there.</source>
        <translation>%1: „%2“ ist kein Wert, den libvirt dort akzeptiert.</translation>
    </message>
    <message>
        <source>%1 holds a value libvirt does not accept.</source>
        <translation>%1 enthält einen Wert, den libvirt nicht akzeptiert.</translation>
    </message>
    <message>
        <source>%1 holds text where libvirt expects none.</source>
        <translation>%1 enthält Text, wo libvirt keinen erwartet.</translation>
    </message>
    <message>
        <source>%1 holds text where libvirt expects an element.</source>
        <translation>%1 enthält Text, wo libvirt ein Element erwartet.</translation>
    </message>
    <message>
        <source>an attribute of %1 is not what libvirt accepts (its type=, for one).</source>
        <translation>ein Attribut von %1 ist nicht, was libvirt akzeptiert (etwa sein type=).</translation>
    </message>
    <message>
        <source>the content of %1 is not what libvirt&apos;s schema allows.</source>
        <translation>der Inhalt von %1 ist nicht, was das Schema von libvirt erlaubt.</translation>
    </message>
    <message>
        <source>%1 is not allowed in %2 (or not there).</source>
        <translation>%1 ist in %2 nicht erlaubt (oder nicht an dieser Stelle).</translation>
    </message>
    <message>
        <source>the elements in %1 are not what libvirt&apos;s schema allows.</source>
        <translation>die Elemente in %1 sind nicht, was das Schema von libvirt erlaubt.</translation>
    </message>
    <message>
        <source>No host has a pool for this target to copy.</source>
        <translation>Kein Host hat einen Pool für dieses Target, der kopiert werden könnte.</translation>
    </message>
    <message>
        <source>The reference: the other hosts get its settings.</source>
        <translation>Die Referenz: Die anderen Hosts erhalten ihre Einstellungen.</translation>
    </message>
    <message>
        <source>Not chosen.</source>
        <translation>Nicht ausgewählt.</translation>
    </message>
    <message>
        <source>Not connected: its pools are not known.</source>
        <translation>Nicht verbunden: Seine Pools sind nicht bekannt.</translation>
    </message>
    <message>
        <source>This host&apos;s libvirt has no iscsi-direct backend: install its storage driver for iSCSI (libvirt-daemon-driver-storage-iscsi-direct).</source>
        <translation>Das libvirt dieses Hosts hat kein iscsi-direct-Backend: Installieren Sie seinen Speichertreiber für iSCSI (libvirt-daemon-driver-storage-iscsi-direct).</translation>
    </message>
    <message>
        <source>The name “%1” is taken on this host.</source>
        <translation>Der Name „%1“ ist auf diesem Host vergeben.</translation>
    </message>
    <message>
        <source>Differs (%1); pools that differ are only redefined when you ask.</source>
        <translation>Weicht ab (%1); abweichende Pools werden nur auf Wunsch neu definiert.</translation>
    </message>
    <message>
        <source>Keeps its name “%1”: VM disks name their pool, and libvirt cannot rename one.</source>
        <translation>Behält seinen Namen „%1“: VM-Festplatten nennen ihren Pool, und libvirt kann keinen umbenennen.</translation>
    </message>
    <message>
        <source>The reference host&apos;s connection is closed: reconnect it and try again.</source>
        <translation>Die Verbindung zum Referenz-Host ist geschlossen: Verbinden Sie ihn neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Could not read the definition of the reference pool “%1”: %2</source>
        <translation>Die Definition des Referenz-Pools „%1“ konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The reference pool “%1” is not an iscsi-direct pool LunScope can copy: %2</source>
        <translation>Der Referenz-Pool „%1“ ist kein iscsi-direct-Pool, den LunScope kopieren kann: %2</translation>
    </message>
    <message>
        <source>The reference pool logs in with CHAP as “%1”: type that user&apos;s secret, so the other hosts can get it.</source>
        <translation>Der Referenz-Pool meldet sich per CHAP als „%1“ an: Geben Sie das Geheimnis dieses Benutzers ein, damit die anderen Hosts es erhalten.</translation>
    </message>
    <message>
        <source>The connection to %1 is not open: reconnect it and try again.</source>
        <translation>Die Verbindung zu %1 ist nicht offen: Verbinden Sie neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>Die Verbindung wurde geschlossen.</translation>
    </message>
    <message numerus="yes">
        <source>%n host(s) could not be made consistent; the others are.</source>
        <translation>
            <numerusform>%n Host konnte nicht angeglichen werden; die anderen sind es.</numerusform>
            <numerusform>%n Hosts konnten nicht angeglichen werden; die anderen sind es.</numerusform>
        </translation>
    </message>
    <message>
        <source>no pool on this host</source>
        <translation>kein Pool auf diesem Host</translation>
    </message>
    <message>
        <source>another pool name</source>
        <translation>anderer Pool-Name</translation>
    </message>
    <message>
        <source>another initiator IQN</source>
        <translation>andere Initiator-IQN</translation>
    </message>
    <message>
        <source>other CHAP settings</source>
        <translation>andere CHAP-Einstellungen</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>läuft nicht</translation>
    </message>
    <message>
        <source>not started with the host</source>
        <translation>startet nicht mit dem Host</translation>
    </message>
    <message>
        <source>no iscsi-direct backend</source>
        <translation>kein iscsi-direct-Backend</translation>
    </message>
    <message>
        <source>several pools for this target</source>
        <translation>mehrere Pools für dieses Target</translation>
    </message>
    <message>
        <source>Do not put user names or passwords in the iSNS address; enter CHAP credentials in the connection settings instead.</source>
        <translation>Keine Benutzernamen oder Passwörter in die iSNS-Adresse schreiben; CHAP-Zugangsdaten stattdessen in den Verbindungseinstellungen eingeben.</translation>
    </message>
    <message>
        <source>The iSNS URL &quot;%1&quot; has a path; enter only isns://host[:port].</source>
        <translation>Die iSNS-URL „%1“ hat einen Pfad; geben Sie nur isns://host[:port] ein.</translation>
    </message>
    <message>
        <source>Asking the iSNS server %1 for its iSCSI targets</source>
        <translation>Frage den iSNS-Server %1 nach seinen iSCSI-Targets</translation>
    </message>
    <message numerus="yes">
        <source>%n entity(ies)</source>
        <comment>iSNS network entities: the arrays or hosts that registered targets</comment>
        <translation>
            <numerusform>%n Entität</numerusform>
            <numerusform>%n Entitäten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The iSNS server lists %n target(s) of %1</source>
        <comment>%1 is a count of entities, e.g. &quot;2 entities&quot;</comment>
        <translation>
            <numerusform>Der iSNS-Server listet %n Target von %1</numerusform>
            <numerusform>Der iSNS-Server listet %n Targets von %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The iSNS server %1 refused the connection: nothing listens on that port. Check the port (3205 unless the server says otherwise) and that the iSNS service (isnsd) runs.</source>
        <translation>Der iSNS-Server %1 hat die Verbindung abgelehnt: Auf diesem Port lauscht nichts. Prüfen Sie den Port (3205, sofern der Server nichts anderes sagt) und ob der iSNS-Dienst (isnsd) läuft.</translation>
    </message>
    <message>
        <source>The iSNS server %1 cannot be reached from this machine. Check the address and the network route to it.</source>
        <translation>Der iSNS-Server %1 ist von diesem Rechner aus nicht erreichbar. Prüfen Sie die Adresse und die Netzwerkroute dorthin.</translation>
    </message>
    <message>
        <source>Could not connect to the iSNS server %1.</source>
        <translation>Keine Verbindung zum iSNS-Server %1 möglich.</translation>
    </message>
    <message>
        <source>%1 accepted the connection but gave no iSNS answer. Check that this is the iSNS server&apos;s address and port (3205 unless the server says otherwise).</source>
        <translation>%1 hat die Verbindung angenommen, aber keine iSNS-Antwort gegeben. Prüfen Sie, ob dies Adresse und Port des iSNS-Servers sind (3205, sofern der Server nichts anderes sagt).</translation>
    </message>
    <message>
        <source>The iSNS server %1 does not let %2 list its targets. Register this initiator with the server, or put it in a discovery domain with the targets; or give the initiator name the server knows.</source>
        <translation>Der iSNS-Server %1 erlaubt %2 nicht, seine Targets aufzulisten. Registrieren Sie diesen Initiator beim Server oder nehmen Sie ihn mit den Targets in eine Discovery-Domain auf; oder geben Sie den Initiatornamen an, den der Server kennt.</translation>
    </message>
    <message>
        <source>The iSNS server %1 refused the query for its targets.</source>
        <translation>Der iSNS-Server %1 hat die Abfrage seiner Targets abgelehnt.</translation>
    </message>
    <message>
        <source>The iSNS server name &quot;%1&quot; cannot be resolved. Check the name and DNS, or enter the server&apos;s IP address.</source>
        <translation>Der iSNS-Servername „%1“ kann nicht aufgelöst werden. Prüfen Sie den Namen und das DNS oder geben Sie die IP-Adresse des Servers ein.</translation>
    </message>
    <message numerus="yes">
        <source>The iSNS server %1 did not answer within %n s. Check the address, and whether a firewall drops the connection; on a slow link, try a longer timeout.</source>
        <translation>
            <numerusform>Der iSNS-Server %1 hat nicht innerhalb von %n s geantwortet. Prüfen Sie die Adresse und ob eine Firewall die Verbindung verwirft; bei einer langsamen Verbindung versuchen Sie eine längere Zeitgrenze.</numerusform>
            <numerusform>Der iSNS-Server %1 hat nicht innerhalb von %n s geantwortet. Prüfen Sie die Adresse und ob eine Firewall die Verbindung verwirft; bei einer langsamen Verbindung versuchen Sie eine längere Zeitgrenze.</numerusform>
        </translation>
    </message>
    <message>
        <source>The iSNS server lists %1 without a portal, so there is nowhere to log in to it. Check the target&apos;s iSNS registration on its array.</source>
        <translation>Der iSNS-Server listet %1 ohne Portal, es gibt also nichts, wo man sich anmelden könnte. Prüfen Sie die iSNS-Registrierung des Targets auf seinem Array.</translation>
    </message>
    <message>
        <source>Storage pool “%1” on %2 is not running, and libvirt attaches a volume only from a running pool — even to the configuration alone. Start the pool, then attach.</source>
        <translation>Speicherpool „%1“ auf %2 läuft nicht, und libvirt hängt ein Volume nur aus einem laufenden Pool an — selbst wenn nur die Konfiguration geändert wird. Starten Sie den Pool und hängen Sie dann an.</translation>
    </message>
    <message>
        <source>VM “%1” has no ACPI (&lt;features&gt;&lt;acpi/&gt;), so QEMU cannot plug a disk into it while it runs. Attach to the configuration only (the disk appears at the next start), or give the VM ACPI and restart it.</source>
        <translation>VM „%1“ hat kein ACPI (&lt;features&gt;&lt;acpi/&gt;), daher kann QEMU im laufenden Betrieb keine Festplatte einstecken. Hängen Sie nur an die Konfiguration an (die Festplatte erscheint beim nächsten Start), oder geben Sie der VM ACPI und starten Sie sie neu.</translation>
    </message>
    <message>
        <source>Reading VM “%1”…</source>
        <translation>VM „%1“ wird gelesen…</translation>
    </message>
    <message>
        <source>VM “%1” is not running: attach to its configuration only, or start it first.</source>
        <translation>VM „%1“ läuft nicht: Hängen Sie nur an ihre Konfiguration an, oder starten Sie sie zuerst.</translation>
    </message>
    <message>
        <source>Starting storage pool “%1”…</source>
        <translation>Speicherpool „%1“ wird gestartet…</translation>
    </message>
    <message>
        <source>started storage pool “%1”</source>
        <translation>Speicherpool „%1“ gestartet</translation>
    </message>
    <message>
        <source>VM “%1” already has a disk %2: choose another target name (%3 is free).</source>
        <translation>VM „%1“ hat bereits eine Festplatte %2: Wählen Sie einen anderen Zielnamen (%3 ist frei).</translation>
    </message>
    <message>
        <source>Checking storage pool “%1”…</source>
        <translation>Speicherpool „%1“ wird geprüft…</translation>
    </message>
    <message>
        <source>There is no storage pool “%1” on %2: define it first (New Pool…), or attach the LUN as a network disk.</source>
        <translation>Auf %2 gibt es keinen Speicherpool „%1“: Definieren Sie ihn zuerst (Neuer Pool…), oder hängen Sie die LUN als Netzwerkfestplatte an.</translation>
    </message>
    <message>
        <source>VM “%1” has no virtio-scsi controller, which a disk on the scsi bus needs. Add one to the VM, then attach.</source>
        <translation>VM „%1“ hat keinen virtio-scsi-Controller, den eine Festplatte am scsi-Bus benötigt. Fügen Sie der VM einen hinzu und hängen Sie dann an.</translation>
    </message>
    <message>
        <source>Storing the CHAP secret…</source>
        <translation>CHAP-Secret wird gespeichert…</translation>
    </message>
    <message>
        <source>defined the CHAP secret for usage “%1”</source>
        <translation>CHAP-Secret für die Verwendung „%1“ definiert</translation>
    </message>
    <message>
        <source>Adding a virtio-scsi controller to the running VM…</source>
        <translation>virtio-scsi-Controller wird der laufenden VM hinzugefügt…</translation>
    </message>
    <message>
        <source>Adding a virtio-scsi controller to the VM&apos;s configuration…</source>
        <translation>virtio-scsi-Controller wird der Konfiguration der VM hinzugefügt…</translation>
    </message>
    <message>
        <source>Could not add a virtio-scsi controller to VM “%1” on %2.</source>
        <translation>Der VM „%1“ auf %2 konnte kein virtio-scsi-Controller hinzugefügt werden.</translation>
    </message>
    <message>
        <source>added a virtio-scsi controller to the running VM</source>
        <translation>virtio-scsi-Controller zur laufenden VM hinzugefügt</translation>
    </message>
    <message>
        <source>added a virtio-scsi controller to the configuration</source>
        <translation>virtio-scsi-Controller zur Konfiguration hinzugefügt</translation>
    </message>
    <message>
        <source>Plugging %1 into the running VM…</source>
        <translation>%1 wird in die laufende VM eingesteckt…</translation>
    </message>
    <message>
        <source>Adding %1 to the VM&apos;s configuration…</source>
        <translation>%1 wird der Konfiguration der VM hinzugefügt…</translation>
    </message>
    <message>
        <source>Could not plug %1 into VM “%2” on %3.</source>
        <translation>%1 konnte nicht in VM „%2“ auf %3 eingesteckt werden.</translation>
    </message>
    <message>
        <source>Could not add %1 to the configuration of VM “%2” on %3.</source>
        <translation>%1 konnte nicht zur Konfiguration von VM „%2“ auf %3 hinzugefügt werden.</translation>
    </message>
    <message>
        <source>plugged %1 into the running VM</source>
        <translation>%1 in die laufende VM eingesteckt</translation>
    </message>
    <message>
        <source>added %1 to the configuration</source>
        <translation>%1 zur Konfiguration hinzugefügt</translation>
    </message>
    <message>
        <source>VM “%1” on %2 has no disk %3 (any more): refresh the list.</source>
        <translation>VM „%1“ auf %2 hat keine Festplatte %3 (mehr): Aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <source>Asking the guest to release %1…</source>
        <translation>Gast wird aufgefordert, %1 freizugeben…</translation>
    </message>
    <message>
        <source>Could not unplug %1 from VM “%2” on %3.</source>
        <translation>%1 konnte nicht aus VM „%2“ auf %3 entfernt werden.</translation>
    </message>
    <message>
        <source>unplugged %1 from the running VM</source>
        <translation>%1 aus der laufenden VM entfernt</translation>
    </message>
    <message>
        <source>Removing %1 from the VM&apos;s configuration…</source>
        <translation>%1 wird aus der Konfiguration der VM entfernt…</translation>
    </message>
    <message>
        <source>Could not remove %1 from the configuration of VM “%2” on %3.</source>
        <translation>%1 konnte nicht aus der Konfiguration von VM „%2“ auf %3 entfernt werden.</translation>
    </message>
    <message>
        <source>removed %1 from the configuration</source>
        <translation>%1 aus der Konfiguration entfernt</translation>
    </message>
    <message numerus="yes">
        <source>Waiting up to %n s for the guest to release %1…</source>
        <translation>
            <numerusform>Bis zu %n s wird gewartet, bis der Gast %1 freigibt…</numerusform>
            <numerusform>Bis zu %n s wird gewartet, bis der Gast %1 freigibt…</numerusform>
        </translation>
    </message>
    <message>
        <source>Done meanwhile: %1.</source>
        <translation>Inzwischen erledigt: %1.</translation>
    </message>
    <message>
        <source>Stopped waiting for the guest to release %1: the unplug request stays with the guest, and the disk goes when the guest OS answers it.</source>
        <translation>Warten auf die Freigabe von %1 durch den Gast beendet: Die Entfernungsanforderung bleibt beim Gast bestehen, und die Festplatte verschwindet, sobald das Gastbetriebssystem sie beantwortet.</translation>
    </message>
    <message numerus="yes">
        <source>libvirt reported %1 as detached, but VM “%2” still has it after %n s: QEMU removes a virtio disk only when the guest OS answers the unplug request, and this guest has not (no OS running, or no PCI hot-plug support). The disk goes when the guest answers, or when the VM shuts down; until then QEMU keeps the LUN open.</source>
        <translation>
            <numerusform>libvirt hat %1 als getrennt gemeldet, aber VM „%2“ hat die Festplatte nach %n s noch: QEMU entfernt eine virtio-Festplatte erst, wenn das Gastbetriebssystem die Entfernungsanforderung beantwortet, und dieser Gast hat das nicht getan (kein Betriebssystem aktiv oder keine PCI-Hot-Plug-Unterstützung). Die Festplatte verschwindet, wenn der Gast antwortet oder die VM herunterfährt; bis dahin hält QEMU die LUN offen.</numerusform>
            <numerusform>libvirt hat %1 als getrennt gemeldet, aber VM „%2“ hat die Festplatte nach %n s noch: QEMU entfernt eine virtio-Festplatte erst, wenn das Gastbetriebssystem die Entfernungsanforderung beantwortet, und dieser Gast hat das nicht getan (kein Betriebssystem aktiv oder keine PCI-Hot-Plug-Unterstützung). Die Festplatte verschwindet, wenn der Gast antwortet oder die VM herunterfährt; bis dahin hält QEMU die LUN offen.</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no &lt;disk&gt; element</source>
        <translation>es gibt kein &lt;disk&gt;-Element</translation>
    </message>
    <message>
        <source>the document is a &lt;%1&gt;, not a &lt;disk&gt;</source>
        <translation>das Dokument ist ein &lt;%1&gt;, kein &lt;disk&gt;</translation>
    </message>
    <message>
        <source>a LUN is attached as &lt;disk type=&apos;volume&apos;&gt; or &lt;disk type=&apos;network&apos;&gt;, not type=&apos;%1&apos;</source>
        <translation>eine LUN wird als &lt;disk type=&apos;volume&apos;&gt; oder &lt;disk type=&apos;network&apos;&gt; angehängt, nicht als type=&apos;%1&apos;</translation>
    </message>
    <message>
        <source>device=&apos;%1&apos; is neither &apos;disk&apos; nor &apos;lun&apos;</source>
        <translation>device=&apos;%1&apos; ist weder &apos;disk&apos; noch &apos;lun&apos;</translation>
    </message>
    <message>
        <source>bus=&apos;%1&apos;: LunScope attaches on the virtio or scsi bus</source>
        <translation>bus=&apos;%1&apos;: LunScope hängt am virtio- oder scsi-Bus an</translation>
    </message>
    <message>
        <source>controller=&apos;%1&apos; is not a controller index</source>
        <translation>controller=&apos;%1&apos; ist kein Controller-Index</translation>
    </message>
    <message>
        <source>the &lt;disk&gt; has no &lt;source&gt;</source>
        <translation>das &lt;disk&gt;-Element hat kein &lt;source&gt;</translation>
    </message>
    <message>
        <source>the &lt;disk&gt; has no &lt;target dev=…&gt;</source>
        <translation>das &lt;disk&gt;-Element hat kein &lt;target dev=…&gt;</translation>
    </message>
    <message>
        <source>a network disk of a LUN has &lt;source protocol=&apos;iscsi&apos;&gt;</source>
        <translation>eine Netzwerkfestplatte für eine LUN hat &lt;source protocol=&apos;iscsi&apos;&gt;</translation>
    </message>
    <message>
        <source>name=&apos;%1&apos; does not end in /LUN</source>
        <translation>name=&apos;%1&apos; endet nicht auf /LUN</translation>
    </message>
    <message>
        <source>port=&apos;%1&apos; is not a number</source>
        <translation>port=&apos;%1&apos; ist keine Zahl</translation>
    </message>
    <message>
        <source>Name the storage pool that holds the volume.</source>
        <translation>Geben Sie den Speicherpool an, der das Volume enthält.</translation>
    </message>
    <message>
        <source>Name the volume (unit:0:0:N for LUN N).</source>
        <translation>Geben Sie das Volume an (unit:0:0:N für LUN N).</translation>
    </message>
    <message>
        <source>unit:0:0:0 is LUN 0, the target&apos;s controller on most arrays (0 bytes): it is no disk to attach.</source>
        <translation>unit:0:0:0 ist LUN 0, auf den meisten Arrays der Controller des Targets (0 Byte): Das ist keine Festplatte zum Anhängen.</translation>
    </message>
    <message>
        <source>Enter the portal&apos;s host name or address.</source>
        <translation>Geben Sie den Hostnamen oder die Adresse des Portals ein.</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535.</source>
        <translation>Der Port ist eine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <source>The LUN is a number from 1 to 16383 (LUN 0 is the target&apos;s controller on most arrays).</source>
        <translation>Die LUN ist eine Zahl von 1 bis 16383 (LUN 0 ist auf den meisten Arrays der Controller des Targets).</translation>
    </message>
    <message>
        <source>CHAP needs the libvirt secret that holds the password.</source>
        <translation>CHAP benötigt das libvirt-Secret, das das Passwort enthält.</translation>
    </message>
    <message>
        <source>SCSI pass-through (device &apos;lun&apos;) works on the scsi bus only.</source>
        <translation>SCSI-Pass-through (device &apos;lun&apos;) funktioniert nur am scsi-Bus.</translation>
    </message>
    <message>
        <source>On the %1 bus the target name is %2 and letters (%2b, %2c…).</source>
        <translation>Am %1-Bus besteht der Zielname aus %2 und Buchstaben (%2b, %2c…).</translation>
    </message>
    <message>
        <source>There is no VM named “%1” on %2 (any more): refresh the list.</source>
        <translation>Auf %2 gibt es keine VM namens „%1“ (mehr): Aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <source>Could not find VM “%1” on %2.</source>
        <translation>VM „%1“ wurde auf %2 nicht gefunden.</translation>
    </message>
    <message>
        <source>Could not tell whether VM “%1” on %2 runs.</source>
        <translation>Es konnte nicht festgestellt werden, ob VM „%1“ auf %2 läuft.</translation>
    </message>
    <message>
        <source>Could not read the XML of VM “%1” on %2.</source>
        <translation>Das XML von VM „%1“ konnte auf %2 nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Could not find storage pool “%1” on %2.</source>
        <translation>Speicherpool „%1“ wurde auf %2 nicht gefunden.</translation>
    </message>
    <message>
        <source>Could not tell whether storage pool “%1” on %2 runs.</source>
        <translation>Es konnte nicht festgestellt werden, ob Speicherpool „%1“ auf %2 läuft.</translation>
    </message>
    <message>
        <source>Could not list the virtual machines of %1.</source>
        <translation>Die virtuellen Maschinen von %1 konnten nicht aufgelistet werden.</translation>
    </message>
    <message>
        <source>Could not read virtual machine “%1” on %2.</source>
        <translation>Virtuelle Maschine „%1“ konnte auf %2 nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 %2 LUN %3</source>
        <comment>a path to a LUN: portal, target IQN, LUN number</comment>
        <translation>%1 %2 LUN %3</translation>
    </message>
    <message>
        <source>%1 B</source>
        <comment>a number of bytes</comment>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>their capacities differ (%1)</source>
        <translation>ihre Kapazitäten unterscheiden sich (%1)</translation>
    </message>
    <message>
        <source>their logical block sizes differ (%1)</source>
        <translation>ihre logischen Blockgrößen unterscheiden sich (%1)</translation>
    </message>
    <message>
        <source>they are on %1 different arrays: no portal and no target name in common</source>
        <comment>why LUNs with one identity are not paths to one disk; %1 is 2 or more</comment>
        <translation>sie liegen auf %1 verschiedenen Arrays: kein gemeinsames Portal und kein gemeinsamer Target-Name</translation>
    </message>
    <message>
        <source>%1 %2 is claimed by LUNs that cannot be one disk: %3. Multipath would merge them into one device and write to both, and a VM given this disk by its identifier may get the other one. Give each disk its own serial number and identifier on its array (with tgt: the scsi_sn and scsi_id parameters).</source>
        <comment>identity type, identity value, reasons</comment>
        <translation>%1 %2 wird von LUNs beansprucht, die nicht dieselbe Festplatte sein können: %3. Multipath würde sie zu einem Gerät zusammenführen und auf beide schreiben, und eine VM, der diese Festplatte über ihre Kennung zugewiesen wird, erhält womöglich die andere. Geben Sie jeder Festplatte auf ihrem Array eine eigene Seriennummer und Kennung (bei tgt: die Parameter scsi_sn und scsi_id).</translation>
    </message>
    <message>
        <source>Unit serial number</source>
        <translation>Seriennummer der Einheit</translation>
    </message>
    <message>
        <source>LunScope&apos;s iSNS module (%1) cannot be loaded, so no iSNS directory can be asked. Reinstall LunScope; its libisns package (libisns0) must be installed too.</source>
        <translation>Das iSNS-Modul von LunScope (%1) lässt sich nicht laden, daher kann kein iSNS-Verzeichnis abgefragt werden. Installieren Sie LunScope neu; auch sein libisns-Paket (libisns0) muss installiert sein.</translation>
    </message>
    <message>
        <source>LunScope&apos;s iSNS module (lunscope-isns.so) is not installed, so no iSNS directory can be asked. Reinstall LunScope.</source>
        <translation>Das iSNS-Modul von LunScope (lunscope-isns.so) ist nicht installiert, daher kann kein iSNS-Verzeichnis abgefragt werden. Installieren Sie LunScope neu.</translation>
    </message>
</context>
<context>
    <name>LunScope::DiscoveryContextMenu</name>
    <message>
        <source>Copy &amp;Designator</source>
        <translation>&amp;Bezeichner kopieren</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>designator type: value</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>LunScope::GuiMain</name>
    <message>
        <source>LunScope&apos;s window needs a display, and none is available here (neither DISPLAY nor WAYLAND_DISPLAY is set, or the display could not be opened).
- Run it in a desktop session, or over ssh -X.
- Without a screen: xvfb-run -a lunscope, or QT_QPA_PLATFORM=offscreen lunscope.
- To scan without a window: lunscope --scan PORTAL.</source>
        <translation>Das Fenster von LunScope benötigt eine Anzeige, hier ist aber keine verfügbar (weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt, oder die Anzeige konnte nicht geöffnet werden).
- Starten Sie es in einer Desktop-Sitzung oder über ssh -X.
- Ohne Bildschirm: xvfb-run -a lunscope oder QT_QPA_PLATFORM=offscreen lunscope.
- Zum Scannen ohne Fenster: lunscope --scan PORTAL.</translation>
    </message>
    <message>
        <source>Try &quot;lunscope --help&quot;.</source>
        <translation>Versuchen Sie „lunscope --help“.</translation>
    </message>
    <message>
        <source>--initiator: %1</source>
        <translation>--initiator: %1</translation>
    </message>
</context>
<context>
    <name>LunScope::HeadlessMain</name>
    <message>
        <source>This request talks to hypervisors and needs the program lunscope-libvirt; reinstall LunScope.</source>
        <translation>Diese Anfrage spricht mit Hypervisoren und braucht das Programm lunscope-libvirt; installieren Sie LunScope neu.</translation>
    </message>
</context>
<context>
    <name>LunScope::ScanTable</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>LUN</source>
        <translation>LUN</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>VENDOR</source>
        <translation>HERSTELLER</translation>
    </message>
    <message>
        <source>PRODUCT</source>
        <translation>PRODUKT</translation>
    </message>
    <message>
        <source>REV</source>
        <translation>REV</translation>
    </message>
    <message>
        <source>SERIAL</source>
        <translation>SERIENNR.</translation>
    </message>
    <message>
        <source>BLOCK</source>
        <translation>BLOCK</translation>
    </message>
    <message>
        <source>CAPACITY</source>
        <translation>KAPAZITÄT</translation>
    </message>
    <message>
        <source>THIN/WP/READY</source>
        <translation>THIN/WP/BEREIT</translation>
    </message>
    <message>
        <source>error:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>(no LUNs)</source>
        <translation>(keine LUNs)</translation>
    </message>
    <message numerus="yes">
        <source>%n target(s)</source>
        <translation>
            <numerusform>%n Target</numerusform>
            <numerusform>%n Targets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n LUN(s)</source>
        <translation>
            <numerusform>%n LUN</numerusform>
            <numerusform>%n LUNs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LunScope::TargetSummary</name>
    <message>
        <source>No LUNs</source>
        <translation>Keine LUNs</translation>
    </message>
    <message numerus="yes">
        <source>%n LUN(s)</source>
        <comment>data LUNs of a target</comment>
        <translation>
            <numerusform>%n LUN</numerusform>
            <numerusform>%n LUNs</numerusform>
        </translation>
    </message>
    <message>
        <source>No data LUNs (controller only)</source>
        <comment>a target whose only LUN is its storage array controller</comment>
        <translation>Keine Daten-LUNs (nur Controller)</translation>
    </message>
    <message numerus="yes">
        <source>%n LUN(s) + controller</source>
        <comment>data LUNs, plus the target&apos;s controller LUN (tgt&apos;s LUN 0)</comment>
        <translation>
            <numerusform>%n LUN + Controller</numerusform>
            <numerusform>%n LUNs + Controller</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n LUN(s) + %1 controllers</source>
        <comment>data LUNs, plus the number (2 or more) of controller LUNs</comment>
        <translation>
            <numerusform>%n LUN + %1 Controller</numerusform>
            <numerusform>%n LUNs + %1 Controller</numerusform>
        </translation>
    </message>
    <message>
        <source>Not known yet</source>
        <comment>LUNs or capacity of a target being scanned</comment>
        <translation>Noch nicht bekannt</translation>
    </message>
    <message>
        <source>Not known until you log in</source>
        <comment>LUNs or capacity of a target</comment>
        <translation>Unbekannt bis zur Anmeldung</translation>
    </message>
    <message>
        <source>Not known: the login failed</source>
        <comment>LUNs or capacity of a target</comment>
        <translation>Unbekannt: Die Anmeldung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Not known: cancelled before the login</source>
        <comment>LUNs or capacity of a target</comment>
        <translation>Unbekannt: vor der Anmeldung abgebrochen</translation>
    </message>
    <message>
        <source>—</source>
        <comment>a value that is not known (LUN count, capacity)</comment>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>LunScope::Ui</name>
    <message>
        <source>%1 bytes</source>
        <comment>exact size</comment>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>human size (exact bytes)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) from the scan</source>
        <translation>
            <numerusform>%n Abweichung vom Scan</numerusform>
            <numerusform>%n Abweichungen vom Scan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Matches the scan: %n LUN(s) (libvirt&apos;s known one-block shortfall)</source>
        <translation>
            <numerusform>Stimmt mit dem Scan überein: %n LUN (bekannte Abweichung von libvirt um einen Block)</numerusform>
            <numerusform>Stimmt mit dem Scan überein: %n LUNs (bekannte Abweichung von libvirt um einen Block)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Matches the scan: %n LUN(s)</source>
        <translation>
            <numerusform>Stimmt mit dem Scan überein: %n LUN</numerusform>
            <numerusform>Stimmt mit dem Scan überein: %n LUNs</numerusform>
        </translation>
    </message>
    <message>
        <source>Matches the scan (no capacity on either side)</source>
        <translation>Stimmt mit dem Scan überein (keine Kapazität auf beiden Seiten)</translation>
    </message>
    <message>
        <source>Matches the scan: %1</source>
        <translation>Stimmt mit dem Scan überein: %1</translation>
    </message>
    <message>
        <source>libvirt&apos;s known shortfall: it reports one %1-byte block less than the LUN has (it multiplies the last block address by the block size). The LUN: %2.</source>
        <translation>Bekannte Abweichung von libvirt: Es meldet einen %1-Byte-Block weniger, als die LUN hat (es multipliziert die letzte Blockadresse mit der Blockgröße). Die LUN: %2.</translation>
    </message>
    <message>
        <source>LUN %1: libvirt reports %2, the scan found %3</source>
        <translation>LUN %1: libvirt meldet %2, der Scan ergab %3</translation>
    </message>
    <message>
        <source>LUN %1 (%2) is in the scan, but libvirt lists no volume for it</source>
        <translation>LUN %1 (%2) ist im Scan enthalten, aber libvirt listet kein Volume dafür auf</translation>
    </message>
    <message>
        <source>Volume %1 (%2) is not in the scan of this target</source>
        <translation>Volume %1 (%2) ist nicht im Scan dieses Targets enthalten</translation>
    </message>
    <message>
        <source>From LUN %1 of %2, discovered at %3 (the pool holds every LUN of the target).</source>
        <translation>Aus LUN %1 von %2, gefunden über %3 (der Pool enthält alle LUNs des Targets).</translation>
    </message>
    <message>
        <source>From target %1, discovered at %2.</source>
        <translation>Aus Target %1, gefunden über %2.</translation>
    </message>
    <message numerus="yes">
        <source>Matches the scan: %n LUN(s) + controller (libvirt&apos;s known one-block shortfall)</source>
        <translation>
            <numerusform>Stimmt mit dem Scan überein: %n LUN + Controller (der bekannte Ein-Block-Fehlbetrag von libvirt)</numerusform>
            <numerusform>Stimmt mit dem Scan überein: %n LUNs + Controller (der bekannte Ein-Block-Fehlbetrag von libvirt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Matches the scan: %n LUN(s) + controller</source>
        <translation>
            <numerusform>Stimmt mit dem Scan überein: %n LUN + Controller</numerusform>
            <numerusform>Stimmt mit dem Scan überein: %n LUNs + Controller</numerusform>
        </translation>
    </message>
    <message>
        <source>LUN %1 (the controller) is in the scan, but libvirt lists no volume for it</source>
        <translation>LUN %1 (der Controller) ist im Scan, aber libvirt listet kein Volume dafür</translation>
    </message>
    <message>
        <source>%1 The target has other paths: choose the portal the pool logs in through (an iscsi-direct pool takes one host).</source>
        <comment>where the values came from, then about the target&apos;s paths</comment>
        <translation>%1 Das Target hat weitere Pfade: Wählen Sie das Portal, über das sich der Pool anmeldet (ein iscsi-direct-Pool verwendet einen einzigen Host).</translation>
    </message>
</context>
<context>
    <name>lunscope::AboutDialog</name>
    <message>
        <source>About LunScope</source>
        <translation>Über LunScope</translation>
    </message>
    <message>
        <source>&lt;h2&gt;LunScope %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;LunScope %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Discovers iSCSI targets and their LUNs with libiscsi, without a kernel initiator, and turns them into libvirt storage pools.</source>
        <translation>Findet iSCSI-Targets und ihre LUNs mit libiscsi, ohne Kernel-Initiator, und macht daraus libvirt-Speicherpools.</translation>
    </message>
    <message>
        <source>Licence: GNU General Public License, version 3 or later.&lt;br&gt;Documentation: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt; (the README).</source>
        <translation>Lizenz: GNU General Public License, Version 3 oder später.&lt;br&gt;Dokumentation: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt; (die README).</translation>
    </message>
    <message>
        <source>&amp;Copy Versions</source>
        <translation>Versionen &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>lunscope::AddConnectionDialog</name>
    <message>
        <source>&amp;Reopen it when LunScope starts</source>
        <translation>Beim Start von LunScope &amp;erneut öffnen</translation>
    </message>
    <message>
        <source>Add libvirt Connection</source>
        <translation>libvirt-Verbindung hinzufügen</translation>
    </message>
    <message>
        <source>e.g. qemu+ssh://root@kvm-01/system</source>
        <translation>z. B. qemu+ssh://root@kvm-01/system</translation>
    </message>
    <message>
        <source>test:///default is libvirt&apos;s built-in test driver (nothing real is touched). qemu:///system is this machine&apos;s libvirtd. Remote hosts: qemu+ssh://user@host/system (ssh keys or an agent; LunScope cannot answer a password prompt) or qemu+tls://host/system (libvirt&apos;s TLS certificates).</source>
        <translation>test:///default ist der eingebaute Test-Treiber von libvirt (es wird nichts Echtes verändert). qemu:///system ist der libvirtd dieses Rechners. Entfernte Hosts: qemu+ssh://user@host/system (SSH-Schlüssel oder ein Agent; LunScope kann keine Passwortabfrage beantworten) oder qemu+tls://host/system (TLS-Zertifikate von libvirt).</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Connection &amp;URI:</source>
        <translation>Verbindungs-&amp;URI:</translation>
    </message>
    <message>
        <source>Type a URI or pick an example.</source>
        <translation>Geben Sie eine URI ein oder wählen Sie ein Beispiel.</translation>
    </message>
    <message>
        <source>%1 is in the list already.</source>
        <translation>%1 ist bereits in der Liste.</translation>
    </message>
</context>
<context>
    <name>lunscope::AttachDiskDialog</name>
    <message>
        <source>Attach to VM “%1”</source>
        <translation>An VM „%1“ anhängen</translation>
    </message>
    <message>
        <source>Give VM “%1” on %2 this LUN as a disk.</source>
        <translation>VM „%1“ auf %2 diese LUN als Festplatte geben.</translation>
    </message>
    <message>
        <source>Disk &amp;XML (libvirt):</source>
        <translation>Festplatten-&amp;XML (libvirt):</translation>
    </message>
    <message>
        <source>&amp;Attach</source>
        <translation>&amp;Anhängen</translation>
    </message>
    <message>
        <source>Apply to</source>
        <translation>Anwenden auf</translation>
    </message>
    <message>
        <source>The &amp;running VM (hot-plug)</source>
        <translation>Die lau&amp;fende VM (Hot-Plug)</translation>
    </message>
    <message>
        <source>Its &amp;configuration (from the next start on)</source>
        <translation>Ihre &amp;Konfiguration (ab dem nächsten Start)</translation>
    </message>
    <message>
        <source>Add a &amp;virtio-scsi controller to the VM first</source>
        <translation>Der VM zuerst einen virtio-scsi-Controller hin&amp;zufügen</translation>
    </message>
    <message>
        <source>Reading VM “%1”…</source>
        <translation>VM „%1“ wird gelesen…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>The &amp;running VM (it is off)</source>
        <translation>Die lau&amp;fende VM (sie ist aus)</translation>
    </message>
    <message>
        <source>VM “%1” has no ACPI (&lt;features&gt;&lt;acpi/&gt;): QEMU cannot plug a disk into it while it runs (it would say “Bus &apos;pci.0&apos; does not support hotplugging”). The disk goes into the configuration and appears at the next start.</source>
        <translation>VM „%1“ hat kein ACPI (&lt;features&gt;&lt;acpi/&gt;): QEMU kann im laufenden Betrieb keine Festplatte einstecken (es würde „Bus &apos;pci.0&apos; does not support hotplugging“ melden). Die Festplatte kommt in die Konfiguration und erscheint beim nächsten Start.</translation>
    </message>
    <message>
        <source>There is no storage pool “%1” on this host.</source>
        <translation>Auf diesem Host gibt es keinen Speicherpool „%1“.</translation>
    </message>
    <message>
        <source>&amp;Start storage pool “%1” first (it is not running, and libvirt attaches a volume only from a running pool)</source>
        <translation>Speicherpool „%1“ zuerst sta&amp;rten (er läuft nicht, und libvirt hängt ein Volume nur aus einem laufenden Pool an)</translation>
    </message>
    <message>
        <source>LUN 0 of this target is its controller (0 bytes), not a disk: there is nothing to attach.</source>
        <translation>LUN 0 dieses Targets ist sein Controller (0 Byte), keine Festplatte: Es gibt nichts anzuhängen.</translation>
    </message>
    <message>
        <source>Cancelling after the current step (a libvirt call cannot be interrupted)…</source>
        <translation>Abbruch nach dem aktuellen Schritt (ein libvirt-Aufruf lässt sich nicht unterbrechen)…</translation>
    </message>
    <message>
        <source>Done before that: %1.</source>
        <translation>Zuvor erledigt: %1.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Start the pool and attach</source>
        <translation>Pool starten und anhängen</translation>
    </message>
    <message>
        <source>Add a controller and attach</source>
        <translation>Controller hinzufügen und anhängen</translation>
    </message>
    <message>
        <source>Attach to the configuration only</source>
        <translation>Nur an die Konfiguration anhängen</translation>
    </message>
    <message>
        <source>Read the VM again</source>
        <translation>VM erneut lesen</translation>
    </message>
</context>
<context>
    <name>lunscope::CapacityBar</name>
    <message>
        <source>Capacity of the target&apos;s LUNs</source>
        <translation>Kapazität der LUNs des Targets</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1
%2
%3% of the target</source>
        <comment>label, size, share</comment>
        <translation>%1
%2
%3 % des Targets</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>LUN label · size</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No capacity to show</source>
        <translation>Keine Kapazität anzuzeigen</translation>
    </message>
</context>
<context>
    <name>lunscope::CapacityRanking</name>
    <message>
        <source>Targets ranked by capacity</source>
        <translation>Targets nach Kapazität sortiert</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No targets</source>
        <translation>Keine Targets</translation>
    </message>
    <message>
        <source>%1
%2
%3</source>
        <comment>IQN, LUN count, size</comment>
        <translation>%1
%2
%3</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <comment>IQN, why its LUNs are not known</comment>
        <translation>%1
%2</translation>
    </message>
</context>
<context>
    <name>lunscope::CapacityView</name>
    <message>
        <source>Select a portal or a target to see its capacity.</source>
        <translation>Wählen Sie ein Portal oder ein Target aus, um dessen Kapazität anzuzeigen.</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 in %n target(s), largest first</source>
        <comment>portal, total size</comment>
        <translation>
            <numerusform>%1 — %2 in %n Target, größtes zuerst</numerusform>
            <numerusform>%1 — %2 in %n Targets, größte zuerst</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — no targets: its discovery failed (see the message above)</source>
        <translation>%1 — keine Targets: die Discovery ist fehlgeschlagen (siehe die Meldung oben)</translation>
    </message>
    <message>
        <source>%1 — no targets</source>
        <translation>%1 — keine Targets</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>target IQN, its LUN count such as &apos;No data LUNs (controller only)&apos;</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2 in %3</source>
        <comment>target IQN, total size, LUN count such as &apos;3 LUNs + controller&apos;</comment>
        <translation>%1 — %2 in %3</translation>
    </message>
    <message>
        <source>%1 — capacity: %2</source>
        <comment>target IQN, why it is not known</comment>
        <translation>%1 — Kapazität: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 in the targets logged in to, largest first; %n not known until you log in</source>
        <comment>portal, capacity known so far; the number of targets not logged in to</comment>
        <translation>
            <numerusform>%1 — %2 in den angemeldeten Targets, größte zuerst; %n unbekannt bis zur Anmeldung</numerusform>
            <numerusform>%1 — %2 in den angemeldeten Targets, größte zuerst; %n unbekannt bis zur Anmeldung</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (each disk once: %2 more are other paths to the same disks)</source>
        <comment>portal title, then the capacity its targets repeat</comment>
        <translation>%1 (jede Festplatte einmal gezählt: weitere %2 sind andere Pfade zu denselben Festplatten)</translation>
    </message>
</context>
<context>
    <name>lunscope::ChapFields</name>
    <message>
        <source>Mutual CHAP: the target proves itself too</source>
        <translation>Gegenseitiges CHAP: Auch das Target weist sich aus</translation>
    </message>
    <message>
        <source>CHAP user name</source>
        <translation>CHAP-Benutzername</translation>
    </message>
    <message>
        <source>Target&apos;s CHAP user name</source>
        <translation>CHAP-Benutzername des Targets</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Secret:</translation>
    </message>
    <message>
        <source>Target u&amp;ser:</source>
        <translation>Target-Be&amp;nutzer:</translation>
    </message>
    <message>
        <source>Target s&amp;ecret:</source>
        <translation>Target-Secr&amp;et:</translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation>Secret anzeigen</translation>
    </message>
    <message>
        <source>Enter the CHAP user name.</source>
        <translation>Geben Sie den CHAP-Benutzernamen ein.</translation>
    </message>
    <message>
        <source>Enter the CHAP secret.</source>
        <translation>Geben Sie das CHAP-Secret ein.</translation>
    </message>
    <message>
        <source>Enter the target&apos;s user name for mutual CHAP.</source>
        <translation>Geben Sie den Benutzernamen des Targets für gegenseitiges CHAP ein.</translation>
    </message>
    <message>
        <source>Enter the target&apos;s secret for mutual CHAP.</source>
        <translation>Geben Sie das Secret des Targets für gegenseitiges CHAP ein.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Hide the secret</source>
        <translation>Secret verbergen</translation>
    </message>
</context>
<context>
    <name>lunscope::ConnectDialog</name>
    <message>
        <source>Discovery CHAP</source>
        <translation>Discovery-CHAP</translation>
    </message>
    <message>
        <source>Target CHAP (for every target; a target that asks can get its own)</source>
        <translation>Target-CHAP (für alle Targets; ein Target, das nachfragt, kann eigene Zugangsdaten erhalten)</translation>
    </message>
    <message>
        <source>Store the secrets in the desktop &amp;keyring</source>
        <translation>Secrets im Desktop-Schlüssel&amp;bund speichern</translation>
    </message>
    <message>
        <source>Connect to a Portal</source>
        <translation>Mit einem Portal verbinden</translation>
    </message>
    <message>
        <source>Host name, IPv4 or IPv6 address</source>
        <translation>Hostname, IPv4- oder IPv6-Adresse</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Initiator IQN:</source>
        <translation>&amp;Initiator-IQN:</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source>Targets at &amp;once:</source>
        <translation>&amp;Gleichzeitige Targets:</translation>
    </message>
    <message>
        <source>&amp;Discover</source>
        <translation>&amp;Discovery starten</translation>
    </message>
    <message>
        <source>Enter the initiator IQN the targets expect.</source>
        <translation>Geben Sie die Initiator-IQN ein, die die Targets erwarten.</translation>
    </message>
</context>
<context>
    <name>lunscope::ConsistencyDialog</name>
    <message>
        <source>Make Pools Consistent</source>
        <translation>Pools angleichen</translation>
    </message>
    <message>
        <source>Give every chosen host the same storage pool for %1 at %2 as the reference host has. Each host is done completely or not at all.</source>
        <translation>Jeder ausgewählte Host erhält für %1 unter %2 denselben Speicherpool wie der Referenz-Host. Jeder Host wird ganz oder gar nicht geändert.</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Was geschieht</translation>
    </message>
    <message>
        <source>Also &amp;redefine pools that log in differently (initiator or CHAP); a running pool uses the new definition from its next start</source>
        <translation>Pools, die sich anders anmelden (Initiator oder CHAP), ebenfalls neu &amp;definieren; ein laufender Pool nutzt die neue Definition ab seinem nächsten Start</translation>
    </message>
    <message>
        <source>&amp;Make Consistent</source>
        <translation>&amp;Angleichen</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Referenz:</translation>
    </message>
    <message>
        <source>“%1” on %2</source>
        <translation>„%1“ auf %2</translation>
    </message>
    <message>
        <source>start it</source>
        <translation>starten</translation>
    </message>
    <message>
        <source>start it with the host</source>
        <translation>mit dem Host starten</translation>
    </message>
    <message>
        <source>, then %1</source>
        <translation>, dann %1</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Define “%1”%2.</source>
        <translation>„%1“ definieren%2.</translation>
    </message>
    <message>
        <source>Redefine it to log in like the reference (%1)%2.</source>
        <translation>Neu definieren, damit er sich wie die Referenz anmeldet (%1)%2.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Start it and start it with the host.</source>
        <translation>Starten und mit dem Host starten.</translation>
    </message>
    <message>
        <source>Start it.</source>
        <translation>Starten.</translation>
    </message>
    <message>
        <source>Start it with the host.</source>
        <translation>Mit dem Host starten.</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Nichts zu tun.</translation>
    </message>
    <message>
        <source>The target is no longer in the matrix.</source>
        <translation>Das Target ist nicht mehr in der Matrix.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>CHAP &amp;secret of user “%1”:</source>
        <translation>CHAP-&amp;Geheimnis des Benutzers „%1“:</translation>
    </message>
    <message>
        <source>Nothing to do on the chosen hosts.</source>
        <translation>Auf den ausgewählten Hosts ist nichts zu tun.</translation>
    </message>
    <message>
        <source>The reference logs in with CHAP: type the secret of “%1” so the other hosts can get it. It goes into each host&apos;s libvirt secret and nowhere else.</source>
        <translation>Die Referenz meldet sich per CHAP an: Geben Sie das Geheimnis von „%1“ ein, damit die anderen Hosts es erhalten. Es gelangt in das libvirt-Secret jedes Hosts und nirgendwo sonst hin.</translation>
    </message>
    <message>
        <source>Making the pools consistent…</source>
        <translation>Pools werden angeglichen…</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Left behind: %1.</source>
        <translation>Zurückgeblieben: %1.</translation>
    </message>
    <message>
        <source>Done: “%1” is defined.</source>
        <translation>Erledigt: „%1“ ist definiert.</translation>
    </message>
    <message>
        <source>Done: “%1” is redefined.</source>
        <translation>Erledigt: „%1“ ist neu definiert.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Erledigt.</translation>
    </message>
    <message numerus="yes">
        <source>%n host(s) changed; the pools for %1 are consistent on the chosen hosts.</source>
        <translation>
            <numerusform>%n Host geändert; die Pools für %1 sind auf den ausgewählten Hosts gleich.</numerusform>
            <numerusform>%n Hosts geändert; die Pools für %1 sind auf den ausgewählten Hosts gleich.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n host(s) failed (each put back what it had changed); see the list.</source>
        <translation>
            <numerusform>%n Host fehlgeschlagen (er hat zurückgesetzt, was er geändert hatte); siehe Liste.</numerusform>
            <numerusform>%n Hosts fehlgeschlagen (jeder hat zurückgesetzt, was er geändert hatte); siehe Liste.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: “%1” is redefined; it was running, so it logs in the new way from its next start.</source>
        <translation>Erledigt: „%1“ ist neu definiert; er lief, daher meldet er sich ab seinem nächsten Start auf die neue Weise an.</translation>
    </message>
</context>
<context>
    <name>lunscope::CredentialStore</name>
    <message>
        <source>the keyring is switched off</source>
        <translation>der Schlüsselbund ist abgeschaltet</translation>
    </message>
    <message>
        <source>no D-Bus session is running</source>
        <translation>es läuft keine D-Bus-Sitzung</translation>
    </message>
    <message>
        <source>Looking for the desktop keyring…</source>
        <translation>Desktop-Schlüsselbund wird gesucht…</translation>
    </message>
    <message>
        <source>Passwords can be stored in the desktop keyring.</source>
        <translation>Passwörter können im Desktop-Schlüsselbund gespeichert werden.</translation>
    </message>
    <message>
        <source>No desktop keyring is available (%1): passwords are kept in memory only, until LunScope closes.</source>
        <translation>Kein Desktop-Schlüsselbund verfügbar (%1): Passwörter werden nur im Arbeitsspeicher gehalten, bis LunScope beendet wird.</translation>
    </message>
    <message>
        <source>Could not store the password in the keyring: %1. It is kept in memory only.</source>
        <translation>Das Passwort konnte nicht im Schlüsselbund gespeichert werden: %1. Es wird nur im Arbeitsspeicher gehalten.</translation>
    </message>
    <message>
        <source>Could not remove the password from the keyring: %1.</source>
        <translation>Das Passwort konnte nicht aus dem Schlüsselbund entfernt werden: %1.</translation>
    </message>
</context>
<context>
    <name>lunscope::CredentialsDialog</name>
    <message>
        <source>CHAP credentials</source>
        <translation>CHAP-Zugangsdaten</translation>
    </message>
    <message>
        <source>Store them in the desktop &amp;keyring</source>
        <translation>Im Desktop-Schlüssel&amp;bund speichern</translation>
    </message>
    <message>
        <source>&amp;Log In</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Log In with CHAP</source>
        <translation>Mit CHAP anmelden</translation>
    </message>
    <message>
        <source>Log in to:</source>
        <translation>Anmelden bei:</translation>
    </message>
    <message>
        <source>The target</source>
        <translation>Das Target</translation>
    </message>
    <message>
        <source>the target</source>
        <translation>das Target</translation>
    </message>
</context>
<context>
    <name>lunscope::DetachDiskDialog</name>
    <message>
        <source>Detach %1 from “%2”</source>
        <translation>%1 von „%2“ trennen</translation>
    </message>
    <message>
        <source>Detach disk %1 from VM “%2” on %3?</source>
        <translation>Festplatte %1 von VM „%2“ auf %3 trennen?</translation>
    </message>
    <message>
        <source>From the &amp;running VM (hot-unplug)</source>
        <translation>Von der lau&amp;fenden VM (Hot-Unplug)</translation>
    </message>
    <message>
        <source>From the &amp;running VM (it is off)</source>
        <translation>Von der lau&amp;fenden VM (sie ist aus)</translation>
    </message>
    <message>
        <source>From its &amp;configuration (from the next start on)</source>
        <translation>Aus ihrer &amp;Konfiguration (ab dem nächsten Start)</translation>
    </message>
    <message>
        <source>A virtio disk leaves a running VM only when the guest OS answers the unplug request; LunScope waits for that and tells you if it does not come.</source>
        <translation>Eine virtio-Festplatte verlässt eine laufende VM erst, wenn das Gastbetriebssystem die Entfernungsanforderung beantwortet; LunScope wartet darauf und meldet es, wenn die Antwort ausbleibt.</translation>
    </message>
    <message>
        <source>&amp;Detach</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>lunscope::DiscoveryFilterModel</name>
    <message numerus="yes">
        <source>%1 of %n target(s)</source>
        <comment>targets the filter shows, of all the portal&apos;s targets</comment>
        <translation>
            <numerusform>%1 von %n Target</numerusform>
            <numerusform>%1 von %n Targets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln shown)</source>
        <comment>a target&apos;s LUN count, then how many of its LUN rows the filter shows</comment>
        <translation>
            <numerusform>%1 (%Ln angezeigt)</numerusform>
            <numerusform>%1 (%Ln angezeigt)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lunscope::DiscoveryModel</name>
    <message>
        <source>Name</source>
        <comment>@title:column portal, target IQN or LUN</comment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>@title:column</comment>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Vendor</source>
        <comment>@title:column</comment>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Product</source>
        <comment>@title:column</comment>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Serial</source>
        <comment>@title:column serial number</comment>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>Capacity</source>
        <comment>@title:column</comment>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>@title:column</comment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <source>Discovering…</source>
        <translation>Discovery läuft…</translation>
    </message>
    <message numerus="yes">
        <source>Scanning %n target(s)…</source>
        <translation>
            <numerusform>%n Target wird gescannt…</numerusform>
            <numerusform>%n Targets werden gescannt…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n target(s)</source>
        <translation>
            <numerusform>%n Target</numerusform>
            <numerusform>%n Targets</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>%1
Portals: %2</source>
        <translation>%1
Portale: %2</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>Scan läuft…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>error title: message</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 — press Enter to log in</source>
        <comment>error title, then what to do</comment>
        <translation>%1 — Enter drücken, um sich anzumelden</translation>
    </message>
    <message>
        <source>LUN %1</source>
        <translation>LUN %1</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>Nicht bereit</translation>
    </message>
    <message>
        <source>Ready, thin</source>
        <comment>LUN status; thin: thin provisioned</comment>
        <translation>Bereit, Thin Provisioning</translation>
    </message>
    <message>
        <source>Ready, read-only</source>
        <comment>LUN status</comment>
        <translation>Bereit, schreibgeschützt</translation>
    </message>
    <message>
        <source>Ready, read-only, thin</source>
        <comment>LUN status; thin: thin provisioned</comment>
        <translation>Bereit, schreibgeschützt, Thin Provisioning</translation>
    </message>
    <message>
        <source>Not ready, thin</source>
        <comment>LUN status; thin: thin provisioned</comment>
        <translation>Nicht bereit, Thin Provisioning</translation>
    </message>
    <message>
        <source>Not ready, read-only</source>
        <comment>LUN status</comment>
        <translation>Nicht bereit, schreibgeschützt</translation>
    </message>
    <message>
        <source>Not ready, read-only, thin</source>
        <comment>LUN status; thin: thin provisioned</comment>
        <translation>Nicht bereit, schreibgeschützt, Thin Provisioning</translation>
    </message>
    <message numerus="yes">
        <source>%1 in the targets logged in to; %n target(s) not known until you log in</source>
        <comment>capacity known so far; targets whose LUNs are not known</comment>
        <translation>
            <numerusform>%1 in den angemeldeten Targets; %n Target unbekannt bis zur Anmeldung</numerusform>
            <numerusform>%1 in den angemeldeten Targets; %n Targets unbekannt bis zur Anmeldung</numerusform>
        </translation>
    </message>
    <message>
        <source>≥ %1</source>
        <comment>at least this capacity: some targets are not known</comment>
        <translation>≥ %1</translation>
    </message>
    <message>
        <source>Needs CHAP credentials — press Enter to log in</source>
        <translation>Braucht CHAP-Zugangsdaten — Enter drücken zum Anmelden</translation>
    </message>
    <message>
        <source>Cancelled; found %1</source>
        <comment>what was found, e.g. &apos;3 LUNs + controller&apos;</comment>
        <translation>Abgebrochen; gefunden: %1</translation>
    </message>
    <message>
        <source>Cancelled before the login</source>
        <translation>Vor der Anmeldung abgebrochen</translation>
    </message>
    <message>
        <source>An iSNS directory: the targets its arrays registered, each probed at its own portals. Press F5 (Refresh) to ask the directory again; LunScope does not follow iSNS state change notifications.</source>
        <translation>Ein iSNS-Verzeichnis: die Targets, die seine Arrays registriert haben, jedes an seinen eigenen Portalen abgefragt. Drücken Sie F5 (Aktualisieren), um das Verzeichnis erneut zu fragen; LunScope folgt keinen iSNS-Zustandsänderungsmeldungen.</translation>
    </message>
    <message>
        <source>iSNS directory</source>
        <translation>iSNS-Verzeichnis</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>an iSNS directory&apos;s status: entities, targets</comment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n entity(ies)</source>
        <comment>iSNS network entities: the arrays or hosts that registered targets</comment>
        <translation>
            <numerusform>%n Entität</numerusform>
            <numerusform>%n Entitäten</numerusform>
        </translation>
    </message>
    <message>
        <source>Used by</source>
        <comment>@title:column virtual machines using the LUN</comment>
        <translation>Verwendet von</translation>
    </message>
    <message numerus="yes">
        <source>%n VM(s)</source>
        <translation>
            <numerusform>%n VM</numerusform>
            <numerusform>%n VMs</numerusform>
        </translation>
    </message>
    <message>
        <source>Risk: more than one disk writes this LUN and not all are marked shareable.</source>
        <translation>Risiko: Mehr als eine Festplatte schreibt auf diese LUN, und nicht alle sind als gemeinsam nutzbar markiert.</translation>
    </message>
    <message>
        <source>%1 on %2: %3 (%4)</source>
        <translation>%1 auf %2: %3 (%4)</translation>
    </message>
    <message>
        <source>%1 · identity collision</source>
        <comment>LUN status, then: its identity is claimed by another disk</comment>
        <translation>%1 · Identitätskollision</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n path(s)</source>
        <comment>LUN status, then how many paths lead to this disk</comment>
        <translation>
            <numerusform>%1 · %n Pfad</numerusform>
            <numerusform>%1 · %n Pfade</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lunscope::DiscoveryView</name>
    <message>
        <source>Filter by IQN, vendor, serial or size</source>
        <translation>Nach IQN, Hersteller, Seriennummer oder Größe filtern</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Portals, targets and LUNs</source>
        <translation>Portale, Targets und LUNs</translation>
    </message>
    <message>
        <source>No portal, target or LUN matches “%1”. Esc clears the filter.</source>
        <translation>Kein Portal, Target oder LUN passt zu „%1“. Esc leert den Filter.</translation>
    </message>
</context>
<context>
    <name>lunscope::DiskForm</name>
    <message>
        <source>Volume of the host&apos;s pool (type=&apos;volume&apos;)</source>
        <translation>Volume aus dem Pool des Hosts (type=&apos;volume&apos;)</translation>
    </message>
    <message>
        <source>Network disk (type=&apos;network&apos;, iSCSI)</source>
        <translation>Netzwerkfestplatte (type=&apos;network&apos;, iSCSI)</translation>
    </message>
    <message>
        <source>QEMU&apos;s default</source>
        <translation>QEMU-Standard</translation>
    </message>
    <message>
        <source>no CHAP</source>
        <translation>kein CHAP</translation>
    </message>
    <message>
        <source>Disk (device=&apos;disk&apos;)</source>
        <translation>Festplatte (device=&apos;disk&apos;)</translation>
    </message>
    <message>
        <source>SCSI pass-through (device=&apos;lun&apos;)</source>
        <translation>SCSI-Pass-through (device=&apos;lun&apos;)</translation>
    </message>
    <message>
        <source>&amp;Read-only</source>
        <translation>&amp;Schreibgeschützt</translation>
    </message>
    <message>
        <source>S&amp;hareable (several VMs, e.g. a cluster file system)</source>
        <translation>Ge&amp;meinsam nutzbar (mehrere VMs, z. B. ein Cluster-Dateisystem)</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>&amp;Pool:</source>
        <translation>&amp;Pool:</translation>
    </message>
    <message>
        <source>&amp;Volume:</source>
        <translation>&amp;Volume:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Target IQN:</source>
        <translation>&amp;Target-IQN:</translation>
    </message>
    <message>
        <source>&amp;LUN:</source>
        <translation>&amp;LUN:</translation>
    </message>
    <message>
        <source>&amp;Initiator IQN:</source>
        <translation>&amp;Initiator-IQN:</translation>
    </message>
    <message>
        <source>&amp;CHAP user:</source>
        <translation>&amp;CHAP-Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>&amp;Gerät:</translation>
    </message>
    <message>
        <source>&amp;Bus:</source>
        <translation>&amp;Bus:</translation>
    </message>
    <message>
        <source>T&amp;arget name:</source>
        <translation>Ziel&amp;name:</translation>
    </message>
</context>
<context>
    <name>lunscope::ElidedLabel</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
</context>
<context>
    <name>lunscope::LoginPrompt</name>
    <message>
        <source>discovery on %1</source>
        <translation>Discovery auf %1</translation>
    </message>
    <message>
        <source>Enter the credentials to log in with.</source>
        <translation>Geben Sie die Zugangsdaten für die Anmeldung ein.</translation>
    </message>
    <message>
        <source>Discovering %1 with CHAP user %2…</source>
        <translation>Discovery von %1 mit CHAP-Benutzer %2…</translation>
    </message>
    <message>
        <source>Logging in to %1 as %2…</source>
        <translation>Anmeldung bei %1 als %2…</translation>
    </message>
    <message>
        <source>Forgot the credentials for %1.</source>
        <translation>Zugangsdaten für %1 vergessen.</translation>
    </message>
    <message>
        <source>Logged in to %1.</source>
        <translation>Bei %1 angemeldet.</translation>
    </message>
    <message>
        <source>The log-in to %1 was cancelled.</source>
        <translation>Die Anmeldung bei %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Could not log in to %1: %2</source>
        <translation>Anmeldung bei %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>lunscope::LunDetailsPane</name>
    <message>
        <source>Select a portal, target or LUN to see its details.</source>
        <translation>Wählen Sie ein Portal, ein Target oder eine LUN aus, um die Details anzuzeigen.</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <comment>copy &lt;field name&gt;</comment>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <comment>message, technical detail</comment>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>LUN %1 of %2</source>
        <translation>LUN %1 von %2</translation>
    </message>
    <message>
        <source>Device type:</source>
        <translation>Gerätetyp:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>device type title (code)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Vendor:</source>
        <translation>Hersteller:</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>Produkt:</translation>
    </message>
    <message>
        <source>Revision:</source>
        <translation>Revision:</translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation>Seriennummer:</translation>
    </message>
    <message>
        <source>SCSI version:</source>
        <translation>SCSI-Version:</translation>
    </message>
    <message>
        <source>Removable:</source>
        <translation>Wechselmedium:</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Capacity:</source>
        <translation>Kapazität:</translation>
    </message>
    <message>
        <source>In bytes:</source>
        <translation>In Byte:</translation>
    </message>
    <message>
        <source>Logical block size:</source>
        <translation>Logische Blockgröße:</translation>
    </message>
    <message>
        <source>Logical blocks:</source>
        <translation>Logische Blöcke:</translation>
    </message>
    <message>
        <source>Physical block size:</source>
        <translation>Physische Blockgröße:</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n logical block(s))</source>
        <translation>
            <numerusform>%1 (%n logischer Block)</numerusform>
            <numerusform>%1 (%n logische Blöcke)</numerusform>
        </translation>
    </message>
    <message>
        <source>Write protected:</source>
        <translation>Schreibgeschützt:</translation>
    </message>
    <message>
        <source>Ready:</source>
        <translation>Bereit:</translation>
    </message>
    <message>
        <source>Identification</source>
        <translation>Identifikation</translation>
    </message>
    <message>
        <source>Designators:</source>
        <translation>Designatoren:</translation>
    </message>
    <message>
        <source>VPD pages:</source>
        <translation>VPD-Seiten:</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>&amp;Log In…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <source>IQN:</source>
        <translation>IQN:</translation>
    </message>
    <message>
        <source>Portals:</source>
        <translation>Portale:</translation>
    </message>
    <message>
        <source>Logged in via:</source>
        <translation>Angemeldet über:</translation>
    </message>
    <message>
        <source>CHAP user:</source>
        <translation>CHAP-Benutzer:</translation>
    </message>
    <message>
        <source>LUNs:</source>
        <translation>LUNs:</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Initiator IQN:</source>
        <translation>Initiator-IQN:</translation>
    </message>
    <message>
        <source>Targets:</source>
        <translation>Targets:</translation>
    </message>
    <message>
        <source>Device connected (0)</source>
        <comment>peripheral qualifier 0</comment>
        <translation>Gerät angeschlossen (0)</translation>
    </message>
    <message>
        <source>Device not connected now (1)</source>
        <comment>peripheral qualifier 1</comment>
        <translation>Gerät derzeit nicht angeschlossen (1)</translation>
    </message>
    <message>
        <source>No device at this LUN (3)</source>
        <comment>peripheral qualifier 3</comment>
        <translation>Kein Gerät an dieser LUN (3)</translation>
    </message>
    <message>
        <source>Reserved (%1)</source>
        <comment>peripheral qualifier 2 or 4–7</comment>
        <translation>Reserviert (%1)</translation>
    </message>
    <message>
        <source>%1 (logical unit):</source>
        <comment>%1: designator type (NAA, EUI-64, T10 vendor ID…)</comment>
        <translation>%1 (logische Einheit):</translation>
    </message>
    <message>
        <source>%1 (target port):</source>
        <comment>%1: designator type (NAA, relative target port…)</comment>
        <translation>%1 (Target-Port):</translation>
    </message>
    <message>
        <source>%1 (target device):</source>
        <comment>%1: designator type (SCSI name, NAA…)</comment>
        <translation>%1 (Target-Gerät):</translation>
    </message>
    <message>
        <source>Peripheral qualifier:</source>
        <comment>SCSI INQUIRY field (SPC): whether a device is attached to the LUN</comment>
        <translation>Peripheral-Qualifier (Gerätestatus):</translation>
    </message>
    <message>
        <source>Not reported</source>
        <comment>capacity of a disk LUN that did not report it</comment>
        <translation>Nicht gemeldet</translation>
    </message>
    <message>
        <source>No capacity: not a block device</source>
        <comment>capacity of a controller, tape, …</comment>
        <translation>Keine Kapazität: kein Blockgerät</translation>
    </message>
    <message>
        <source>Not reported</source>
        <comment>block allocation of a LUN</comment>
        <translation>Nicht gemeldet</translation>
    </message>
    <message>
        <source>Full (every block allocated)</source>
        <comment>block allocation of a LUN</comment>
        <translation>Vollständig (jeder Block belegt)</translation>
    </message>
    <message>
        <source>Resource provisioned (blocks allocated on write, space reserved)</source>
        <comment>block allocation of a LUN</comment>
        <translation>Ressourcen-bereitgestellt (Blöcke beim Schreiben belegt, Platz reserviert)</translation>
    </message>
    <message>
        <source>Thin (blocks allocated on write)</source>
        <comment>block allocation of a LUN</comment>
        <translation>Thin (Blöcke beim Schreiben belegt)</translation>
    </message>
    <message>
        <source>Block allocation:</source>
        <comment>SBC logical block provisioning of a LUN: full, resource or thin</comment>
        <translation>Blockbelegung:</translation>
    </message>
    <message>
        <source>No: %1</source>
        <comment>not ready, then the device&apos;s reason (sense text, may hold parentheses)</comment>
        <translation>Nein: %1</translation>
    </message>
    <message>
        <source>Not reported</source>
        <comment>a transfer or unmap limit</comment>
        <translation>Nicht gemeldet</translation>
    </message>
    <message numerus="yes">
        <source>%Ln logical block(s)</source>
        <comment>a transfer or unmap limit</comment>
        <translation>
            <numerusform>%Ln logischer Block</numerusform>
            <numerusform>%Ln logische Blöcke</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 logical blocks</source>
        <comment>a transfer or unmap limit of more than 2³¹ blocks</comment>
        <translation>%1 logische Blöcke</translation>
    </message>
    <message>
        <source>Largest transfer:</source>
        <comment>largest READ/WRITE the LUN accepts</comment>
        <translation>Größte Übertragung:</translation>
    </message>
    <message>
        <source>Optimal transfer:</source>
        <comment>transfer length the LUN handles best</comment>
        <translation>Optimale Übertragung:</translation>
    </message>
    <message>
        <source>Largest discard (UNMAP):</source>
        <comment>largest range one SCSI UNMAP (discard, trim) may free</comment>
        <translation>Größte Freigabe (UNMAP):</translation>
    </message>
    <message>
        <source>No limit</source>
        <comment>largest discard</comment>
        <translation>Keine Grenze</translation>
    </message>
    <message>
        <source>None reported</source>
        <comment>designators (plural)</comment>
        <translation>Keine gemeldet</translation>
    </message>
    <message>
        <source>None reported</source>
        <comment>VPD pages (plural)</comment>
        <translation>Keine gemeldet</translation>
    </message>
    <message>
        <source>Login portal:</source>
        <translation>Anmeldeportal:</translation>
    </message>
    <message>
        <source>%1 (not logged in)</source>
        <comment>the portal a target is logged in through</comment>
        <translation>%1 (nicht angemeldet)</translation>
    </message>
    <message>
        <source>Not used</source>
        <comment>CHAP user: no CHAP credentials were presented</comment>
        <translation>Nicht verwendet</translation>
    </message>
    <message>
        <source>Not known until you log in to its targets</source>
        <translation>Unbekannt bis zur Anmeldung bei seinen Targets</translation>
    </message>
    <message numerus="yes">
        <source>At least %1; %n target(s) not known until you log in</source>
        <comment>capacity of a portal</comment>
        <translation>
            <numerusform>Mindestens %1; %n Target unbekannt bis zur Anmeldung</numerusform>
            <numerusform>Mindestens %1; %n Targets unbekannt bis zur Anmeldung</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 LUN %2</source>
        <comment>a path&apos;s target IQN and LUN number</comment>
        <translation>%1 LUN %2</translation>
    </message>
    <message>
        <source>%1 (this one)</source>
        <comment>a path to a LUN, the one selected</comment>
        <translation>%1 (dieser)</translation>
    </message>
    <message>
        <source>Identity collision</source>
        <translation>Identitätskollision</translation>
    </message>
    <message>
        <source>Danger:</source>
        <comment>why an identity collision matters</comment>
        <translation>Gefahr:</translation>
    </message>
    <message>
        <source>Claimed by:</source>
        <comment>the LUNs that claim one identity</comment>
        <translation>Beansprucht von:</translation>
    </message>
    <message numerus="yes">
        <source>%n LUN(s), one per row below</source>
        <comment>LUNs claiming one identity</comment>
        <translation>
            <numerusform>%n LUN, in der Zeile darunter</numerusform>
            <numerusform>%n LUNs, eine pro Zeile darunter</numerusform>
        </translation>
    </message>
    <message>
        <source>Paths</source>
        <translation>Pfade</translation>
    </message>
    <message>
        <source>Paths:</source>
        <comment>how many paths lead to this disk</comment>
        <translation>Pfade:</translation>
    </message>
    <message>
        <source>Not probed:</source>
        <comment>portals a target is advertised at but not scanned through</comment>
        <translation>Nicht abgefragt:</translation>
    </message>
    <message>
        <source>%1 — advertised by the target; add it as a portal to check that path</source>
        <comment>a list of portals, then what to do</comment>
        <translation>%1 — vom Target angekündigt; als Portal hinzufügen, um diesen Pfad zu prüfen</translation>
    </message>
    <message>
        <source>Device</source>
        <comment>the LUN&apos;s own fields, after its paths or its identity collision</comment>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Identity:</source>
        <comment>what names the disk wherever it is seen</comment>
        <translation>Identität:</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>identity type, value</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>What multipath and LunScope recognise this disk by, through any portal or target</source>
        <translation>Woran multipath und LunScope diese Festplatte über jedes Portal und Target erkennen</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Verwendet von</translation>
    </message>
    <message>
        <source>Virtual machines:</source>
        <translation>Virtuelle Maschinen:</translation>
    </message>
    <message>
        <source>None on the open hypervisors</source>
        <translation>Keine auf den geöffneten Hypervisoren</translation>
    </message>
    <message>
        <source>More than one disk writes this LUN and not all are marked shareable: their file systems will corrupt each other.</source>
        <translation>Mehr als eine Festplatte schreibt auf diese LUN, und nicht alle sind als gemeinsam nutzbar markiert: Ihre Dateisysteme werden sich gegenseitig beschädigen.</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>läuft nicht</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>Ziel %1</translation>
    </message>
    <message>
        <source>%1 bus</source>
        <translation>%1-Bus</translation>
    </message>
    <message>
        <source>lun (SCSI pass-through)</source>
        <translation>lun (SCSI-Pass-through)</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>schreibgeschützt</translation>
    </message>
    <message>
        <source>shareable</source>
        <translation>gemeinsam nutzbar</translation>
    </message>
    <message>
        <source>from its next start</source>
        <translation>ab ihrem nächsten Start</translation>
    </message>
    <message>
        <source>volume %1 of pool %2</source>
        <translation>Volume %1 von Pool %2</translation>
    </message>
    <message>
        <source>network disk %1 at %2</source>
        <translation>Netzwerkfestplatte %1 auf %2</translation>
    </message>
    <message>
        <source>block device %1</source>
        <translation>Blockgerät %1</translation>
    </message>
    <message>
        <source>%1 on %2:</source>
        <translation>%1 auf %2:</translation>
    </message>
</context>
<context>
    <name>lunscope::MachineDiskActions</name>
    <message>
        <source>%1 is not connected: reconnect to it, then attach the LUN again.</source>
        <translation>%1 ist nicht verbunden: Verbinden Sie sich neu und hängen Sie die LUN dann erneut an.</translation>
    </message>
    <message>
        <source>LUN 0 of %1 is the target&apos;s controller, not a disk: choose a LUN with storage.</source>
        <translation>LUN 0 von %1 ist der Controller des Targets, keine Festplatte: Wählen Sie eine LUN mit Speicherplatz.</translation>
    </message>
    <message>
        <source>%1 is not connected: reconnect to it, then detach the disk again.</source>
        <translation>%1 ist nicht verbunden: Verbinden Sie sich neu und trennen Sie die Festplatte dann erneut.</translation>
    </message>
    <message>
        <source>%1 (running)</source>
        <translation>%1 (läuft)</translation>
    </message>
    <message>
        <source>&amp;Attach to VM</source>
        <translation>An VM &amp;anhängen</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>läuft nicht</translation>
    </message>
    <message>
        <source>%1 on %2 (%3, %4)</source>
        <comment>domain, host, target device, running or not</comment>
        <translation>%1 auf %2 (%3, %4)</translation>
    </message>
</context>
<context>
    <name>lunscope::MainActions</name>
    <message>
        <source>%1 (%2)</source>
        <comment>tooltip (shortcut)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Connect to Portal…</source>
        <translation>Mit Portal &amp;verbinden…</translation>
    </message>
    <message>
        <source>Set port, initiator IQN, CHAP and timeout, then discover</source>
        <translation>Port, Initiator-IQN, CHAP und Zeitlimit festlegen, dann Discovery starten</translation>
    </message>
    <message>
        <source>&amp;Discover</source>
        <translation>&amp;Discovery starten</translation>
    </message>
    <message>
        <source>Discover the targets of the portal in the portal bar</source>
        <translation>Discovery für die Targets des Portals in der Portalleiste starten</translation>
    </message>
    <message>
        <source>&amp;Refresh Portal</source>
        <translation>Portal &amp;aktualisieren</translation>
    </message>
    <message>
        <source>Discover the selected portal again</source>
        <translation>Discovery für das ausgewählte Portal erneut ausführen</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>A&amp;bbrechen</translation>
    </message>
    <message>
        <source>Stop every scan now; what was found stays</source>
        <translation>Alle Scans sofort anhalten; bisher Gefundenes bleibt erhalten</translation>
    </message>
    <message>
        <source>Rescan &amp;Target</source>
        <translation>&amp;Target erneut scannen</translation>
    </message>
    <message>
        <source>Log in to the selected target again and list its LUNs</source>
        <translation>Erneut beim ausgewählten Target anmelden und dessen LUNs auflisten</translation>
    </message>
    <message>
        <source>&amp;Log In…</source>
        <translation>A&amp;nmelden…</translation>
    </message>
    <message>
        <source>Enter CHAP credentials for the selected target and log in again</source>
        <translation>CHAP-Zugangsdaten für das ausgewählte Target eingeben und erneut anmelden</translation>
    </message>
    <message>
        <source>Log &amp;Out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>Forget the credentials given for the selected target</source>
        <translation>Die für das ausgewählte Target angegebenen Zugangsdaten vergessen</translation>
    </message>
    <message>
        <source>Re&amp;move Portal</source>
        <translation>Portal ent&amp;fernen</translation>
    </message>
    <message>
        <source>Take the selected portal out of the list</source>
        <translation>Das ausgewählte Portal aus der Liste entfernen</translation>
    </message>
    <message>
        <source>Copy &amp;IQN</source>
        <translation>&amp;IQN kopieren</translation>
    </message>
    <message>
        <source>Copy the selected target&apos;s IQN</source>
        <translation>IQN des ausgewählten Targets kopieren</translation>
    </message>
    <message>
        <source>Copy iSCSI &amp;URL</source>
        <translation>iSCSI-&amp;URL kopieren</translation>
    </message>
    <message>
        <source>Copy iscsi://host:port/IQN/LUN</source>
        <translation>iscsi://host:port/IQN/LUN kopieren</translation>
    </message>
    <message>
        <source>Copy as &amp;JSON</source>
        <translation>Als &amp;JSON kopieren</translation>
    </message>
    <message>
        <source>Copy the selection as the JSON that lunscope --scan --json prints</source>
        <translation>Auswahl als JSON kopieren, wie sie lunscope --scan --json ausgibt</translation>
    </message>
    <message>
        <source>Create &amp;Pool from Target…</source>
        <translation>&amp;Pool aus Target erstellen…</translation>
    </message>
    <message>
        <source>Open the pool editor for the selected target, on a libvirt connection</source>
        <translation>Pool-Editor für das ausgewählte Target auf einer libvirt-Verbindung öffnen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Filter by IQN, vendor, serial or size</source>
        <translation>Nach IQN, Hersteller, Seriennummer oder Größe filtern</translation>
    </message>
    <message>
        <source>Go to &amp;Portal Bar</source>
        <translation>Zur &amp;Portalleiste wechseln</translation>
    </message>
    <message>
        <source>Type a portal to discover</source>
        <translation>Portal für die Discovery eingeben</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit LunScope</source>
        <translation>LunScope beenden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Scan</source>
        <translation>&amp;Scan</translation>
    </message>
    <message>
        <source>&amp;Pools</source>
        <translation>&amp;Pools</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>List every command that has a key</source>
        <translation>Alle Befehle mit Tastenkürzel auflisten</translation>
    </message>
    <message>
        <source>&amp;About LunScope</source>
        <translation>Ü&amp;ber LunScope</translation>
    </message>
    <message>
        <source>Version, library versions, licence and documentation</source>
        <translation>Version, Bibliotheksversionen, Lizenz und Dokumentation</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
</context>
<context>
    <name>lunscope::MainWindow</name>
    <message>
        <source>LunScope</source>
        <translation>LunScope</translation>
    </message>
    <message>
        <source>Type a portal and press Enter to see what it offers.</source>
        <translation>Geben Sie ein Portal ein und drücken Sie Enter, um zu sehen, was es anbietet.</translation>
    </message>
    <message>
        <source>Scan &amp;Log</source>
        <translation>Scan-&amp;Protokoll</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 kopiert</translation>
    </message>
    <message>
        <source>Discovering %1…</source>
        <translation>Discovery von %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>IQN</source>
        <translation>IQN</translation>
    </message>
    <message>
        <source>iSCSI URL</source>
        <translation>iSCSI-URL</translation>
    </message>
    <message>
        <source>Scan cancelled; what was found so far stays in the list.</source>
        <translation>Scan abgebrochen; bisher Gefundenes bleibt in der Liste.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n target(s) discovered.</source>
        <translation>
            <numerusform>%1: %n Target gefunden.</numerusform>
            <numerusform>%1: %n Targets gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied %1: %2</source>
        <translation>%1 kopiert: %2</translation>
    </message>
    <message>
        <source>Hypervisors and Storage Pools</source>
        <translation>Hypervisoren und Speicherpools</translation>
    </message>
    <message>
        <source>&amp;Hypervisors and Pools</source>
        <translation>&amp;Hypervisoren und Pools</translation>
    </message>
    <message>
        <source>Select a target (or one of its LUNs) in the discovery tree first.</source>
        <translation>Wählen Sie zuerst ein Target (oder eine seiner LUNs) im Discovery-Baum aus.</translation>
    </message>
    <message>
        <source>No libvirt connection is open: add one in the pools pane (Add Connection…).</source>
        <translation>Keine libvirt-Verbindung geöffnet: Fügen Sie im Pool-Bereich eine hinzu (Verbindung hinzufügen…).</translation>
    </message>
    <message>
        <source>Create the pool on</source>
        <translation>Pool erstellen auf</translation>
    </message>
    <message>
        <source>Copied the JSON of LUN %1 of %2.</source>
        <translation>JSON von LUN %1 von %2 kopiert.</translation>
    </message>
    <message>
        <source>Copied the JSON of target %1.</source>
        <translation>JSON von Target %1 kopiert.</translation>
    </message>
    <message>
        <source>Copied the JSON of portal %1.</source>
        <translation>JSON von Portal %1 kopiert.</translation>
    </message>
    <message>
        <source>Could not discover %1: the message above the tree says why.</source>
        <translation>Discovery von %1 fehlgeschlagen: Die Meldung über dem Baum nennt den Grund.</translation>
    </message>
    <message>
        <source>Pools by Host</source>
        <translation>Pools nach Host</translation>
    </message>
    <message>
        <source>Pools by &amp;Host</source>
        <translation>Pools nach &amp;Host</translation>
    </message>
    <message>
        <source>Show the storage pools of every target on every host, and go to them</source>
        <translation>Die Speicherpools jedes Targets auf jedem Host zeigen und dorthin wechseln</translation>
    </message>
    <message>
        <source>&amp;Detach from VM</source>
        <translation>Von VM t&amp;rennen</translation>
    </message>
</context>
<context>
    <name>lunscope::MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>lunscope::PoolDefineReportView</name>
    <message>
        <source>What defining the pool did, step by step</source>
        <translation>Was das Definieren des Pools bewirkt hat, Schritt für Schritt</translation>
    </message>
    <message>
        <source>%1: failed — %2</source>
        <translation>%1: fehlgeschlagen — %2</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1: erledigt</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
</context>
<context>
    <name>lunscope::PoolEditor</name>
    <message>
        <source>Edit Pool “%1” on %2</source>
        <translation>Pool „%1“ auf %2 bearbeiten</translation>
    </message>
    <message>
        <source>New iscsi-direct Pool on %1</source>
        <translation>Neuer iscsi-direct-Pool auf %1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>CHAP secret of storage pool %1 (target %2), set by LunScope</source>
        <translation>CHAP-Secret des Speicherpools %1 (Target %2), festgelegt von LunScope</translation>
    </message>
    <message>
        <source>CHAP secret of storage pool %1, set by LunScope</source>
        <translation>CHAP-Secret des Speicherpools %1, festgelegt von LunScope</translation>
    </message>
    <message>
        <source>Storage pool “%1” is defined on %2.</source>
        <translation>Speicherpool „%1“ ist auf %2 definiert.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a pool&apos;s XML.</source>
        <translation>%1 ist zu groß für das XML eines Pools.</translation>
    </message>
    <message>
        <source>Save Pool XML</source>
        <translation>Pool-XML speichern</translation>
    </message>
    <message>
        <source>Open Pool XML</source>
        <translation>Pool-XML öffnen</translation>
    </message>
    <message>
        <source>libvirt pool XML (*.xml)</source>
        <translation>libvirt-Pool-XML (*.xml)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>%1 geöffnet.</translation>
    </message>
    <message>
        <source>Pool &amp;XML (libvirt):</source>
        <translation>Pool-&amp;XML (libvirt):</translation>
    </message>
    <message>
        <source>&amp;Redefine</source>
        <translation>&amp;Neu definieren</translation>
    </message>
    <message>
        <source>&amp;Define</source>
        <translation>&amp;Definieren</translation>
    </message>
    <message>
        <source>&amp;Open XML…</source>
        <translation>XML ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Save XML…</source>
        <translation>XML spei&amp;chern…</translation>
    </message>
    <message>
        <source>When defining</source>
        <translation>Beim Definieren</translation>
    </message>
    <message>
        <source>Start now (it is running)</source>
        <translation>Jetzt starten (läuft bereits)</translation>
    </message>
    <message>
        <source>&amp;Start now</source>
        <translation>Jetzt sta&amp;rten</translation>
    </message>
    <message>
        <source>&amp;Autostart with the host</source>
        <translation>&amp;Autostart mit dem Host</translation>
    </message>
    <message>
        <source>Also define on:</source>
        <translation>Auch definieren auf:</translation>
    </message>
    <message>
        <source>&amp;Go to Line %1</source>
        <translation>Zu &amp;Zeile %1</translation>
    </message>
</context>
<context>
    <name>lunscope::PoolEditorState</name>
    <message>
        <source>This editor redefines “%1”; to make a pool of another name, use “Create Pool from Target…” or Open XML in a new editor.</source>
        <translation>Dieser Editor definiert „%1“ neu; um einen Pool mit anderem Namen anzulegen, verwenden Sie „Pool aus Target erstellen…“ oder „XML öffnen“ in einem neuen Editor.</translation>
    </message>
    <message>
        <source>%1 has a pool named “%2” already; choose another name.</source>
        <translation>%1 hat bereits einen Pool namens „%2“; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The XML cannot be used: %1</source>
        <translation>Das XML kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>Not checked against libvirt&apos;s schema: %1</source>
        <translation>Nicht gegen das libvirt-Schema geprüft: %1</translation>
    </message>
    <message>
        <source>The pool names its libvirt secret by UUID; LunScope leaves that secret as it is.</source>
        <translation>Der Pool verweist per UUID auf sein libvirt-Secret; LunScope lässt dieses Secret unverändert.</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>libvirt already has a secret for usage “%1” on %2. Leave the secret empty to keep its value, or type one to replace it.</source>
        <translation>libvirt hat bereits ein Secret für die Verwendung „%1“ auf %2. Lassen Sie das Secret leer, um seinen Wert zu behalten, oder geben Sie eines ein, um es zu ersetzen.</translation>
    </message>
    <message>
        <source>libvirt has a secret for usage “%1” on %2 but not everywhere: type the secret, and it is stored on each connection.</source>
        <translation>libvirt hat ein Secret für die Verwendung „%1“ auf %2, aber nicht überall: Geben Sie das Secret ein, dann wird es auf jeder Verbindung gespeichert.</translation>
    </message>
    <message>
        <source>%1 cannot keep CHAP secrets: libvirt there has no secret driver. Define the pool without CHAP, or on a host that keeps secrets.</source>
        <translation>%1 kann keine CHAP-Secrets speichern: libvirt hat dort keinen Secret-Treiber. Definieren Sie den Pool ohne CHAP oder auf einem Host, der Secrets speichert.</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
</context>
<context>
    <name>lunscope::PoolForm</name>
    <message>
        <source>Log in with CHAP (one-way)</source>
        <translation>Mit CHAP anmelden (einseitig)</translation>
    </message>
    <message>
        <source>Pool &amp;name:</source>
        <translation>&amp;Poolname:</translation>
    </message>
    <message>
        <source>&amp;UUID:</source>
        <translation>&amp;UUID:</translation>
    </message>
    <message>
        <source>empty: libvirt generates one</source>
        <translation>leer: libvirt erzeugt eine</translation>
    </message>
    <message>
        <source>Portal &amp;host:</source>
        <translation>Portal-&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Target IQN:</source>
        <translation>&amp;Target-IQN:</translation>
    </message>
    <message>
        <source>&amp;Initiator IQN:</source>
        <translation>&amp;Initiator-IQN:</translation>
    </message>
    <message>
        <source>CHAP &amp;user:</source>
        <translation>CHAP-&amp;Benutzer:</translation>
    </message>
    <message>
        <source>by usage</source>
        <translation>nach Verwendung</translation>
    </message>
    <message>
        <source>by UUID</source>
        <translation>nach UUID</translation>
    </message>
    <message>
        <source>libvirt &amp;secret:</source>
        <translation>libvirt-&amp;Secret:</translation>
    </message>
    <message>
        <source>CHAP secret</source>
        <translation>CHAP-Secret</translation>
    </message>
    <message>
        <source>CHAP secr&amp;et:</source>
        <translation>CHAP-Secr&amp;et:</translation>
    </message>
    <message>
        <source>UUID of an existing libvirt secret</source>
        <translation>UUID eines vorhandenen libvirt-Secrets</translation>
    </message>
    <message>
        <source>libvirt knows a pool by its name: to rename it, create a new pool and undefine this one.</source>
        <translation>libvirt kennt einen Pool an seinem Namen: Um ihn umzubenennen, legen Sie einen neuen Pool an und entfernen die Definition dieses Pools.</translation>
    </message>
    <message>
        <source>Define &amp;without CHAP</source>
        <translation>&amp;Ohne CHAP definieren</translation>
    </message>
    <message>
        <source>The portals this target is reached at in the discovery tree. An iscsi-direct pool logs in through one of them.</source>
        <translation>Die Portale, über die dieses Target im Discovery-Baum erreicht wird. Ein iscsi-direct-Pool meldet sich über eines davon an.</translation>
    </message>
    <message>
        <source>&amp;Via portal:</source>
        <comment>which of a target&apos;s paths (portals) the pool logs in through</comment>
        <translation>Über Port&amp;al:</translation>
    </message>
</context>
<context>
    <name>lunscope::PoolMatrixModel</name>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>läuft nicht</translation>
    </message>
    <message>
        <source>building</source>
        <translation>wird aufgebaut</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>beeinträchtigt</translation>
    </message>
    <message>
        <source>inaccessible</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>state unknown</source>
        <translation>Zustand unbekannt</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>%1 (connecting…)</source>
        <translation>%1 (verbindet…)</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1 (nicht verbunden)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: this host&apos;s libvirt has no iscsi-direct backend.</source>
        <translation>%1: Das libvirt dieses Hosts hat kein iscsi-direct-Backend.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 unter %2</translation>
    </message>
    <message>
        <source>Not scanned: known from a pool&apos;s definition.</source>
        <translation>Nicht gescannt: aus der Definition eines Pools bekannt.</translation>
    </message>
    <message>
        <source>Hosts differ: %1.</source>
        <translation>Hosts weichen ab: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No iscsi-direct</source>
        <translation>Kein iscsi-direct</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Storage pool “%1” on %2</source>
        <translation>Speicherpool „%1“ auf %2</translation>
    </message>
    <message>
        <source>State: %1; %2</source>
        <translation>Zustand: %1; %2</translation>
    </message>
    <message>
        <source>starts with the host</source>
        <translation>startet mit dem Host</translation>
    </message>
    <message>
        <source>does not start with the host</source>
        <translation>startet nicht mit dem Host</translation>
    </message>
    <message>
        <source>Initiator: %1</source>
        <translation>Initiator: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>CHAP: none</source>
        <translation>CHAP: keins</translation>
    </message>
    <message>
        <source>CHAP: user %1, secret %2</source>
        <translation>CHAP: Benutzer %1, Secret %2</translation>
    </message>
    <message>
        <source>UUID %1</source>
        <translation>UUID %1</translation>
    </message>
    <message>
        <source>usage “%1”</source>
        <translation>Verwendung „%1“</translation>
    </message>
    <message>
        <source>Also for this target: %1</source>
        <translation>Ebenfalls für dieses Target: %1</translation>
    </message>
    <message>
        <source>No pool for this target on %1.</source>
        <translation>Kein Pool für dieses Target auf %1.</translation>
    </message>
    <message>
        <source>%1 cannot have iscsi-direct pools: its libvirt lacks the backend.</source>
        <translation>%1 kann keine iscsi-direct-Pools haben: Seinem libvirt fehlt das Backend.</translation>
    </message>
    <message>
        <source>%1 is not connected (or its pools are not listed yet).</source>
        <translation>%1 ist nicht verbunden (oder seine Pools sind noch nicht aufgelistet).</translation>
    </message>
    <message>
        <source>The reference of this row: the other hosts are compared with it.</source>
        <translation>Die Referenz dieser Zeile: Die anderen Hosts werden mit ihr verglichen.</translation>
    </message>
    <message>
        <source>Differs: %1.</source>
        <translation>Weicht ab: %1.</translation>
    </message>
</context>
<context>
    <name>lunscope::PoolMatrixPane</name>
    <message>
        <source>Storage pools for each target on each host</source>
        <translation>Speicherpools für jedes Target auf jedem Host</translation>
    </message>
    <message>
        <source>&amp;Make Consistent…</source>
        <translation>&amp;Angleichen…</translation>
    </message>
    <message>
        <source>Give every host the same pool for the selected target as the reference host</source>
        <translation>Jedem Host denselben Pool für das ausgewählte Target geben wie dem Referenz-Host</translation>
    </message>
    <message>
        <source>Use as &amp;Reference</source>
        <translation>Als &amp;Referenz verwenden</translation>
    </message>
    <message>
        <source>Compare the row&apos;s other hosts with the selected cell&apos;s pool</source>
        <translation>Die anderen Hosts der Zeile mit dem Pool der ausgewählten Zelle vergleichen</translation>
    </message>
    <message>
        <source>Refresh &amp;Everywhere</source>
        <translation>Überall a&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Refresh the selected target&apos;s pools on every host (after its LUNs changed)</source>
        <translation>Die Pools des ausgewählten Targets auf jedem Host aktualisieren (nachdem sich seine LUNs geändert haben)</translation>
    </message>
    <message>
        <source>Export &amp;virsh Script…</source>
        <translation>&amp;virsh-Skript exportieren…</translation>
    </message>
    <message>
        <source>Save a shell script of virsh commands that defines the reference pool on the hosts that lack it</source>
        <translation>Ein Shell-Skript mit virsh-Befehlen speichern, das den Referenz-Pool auf den Hosts definiert, denen er fehlt</translation>
    </message>
    <message>
        <source>Export &amp;Ansible Playbook…</source>
        <translation>&amp;Ansible-Playbook exportieren…</translation>
    </message>
    <message>
        <source>Save an Ansible playbook that defines the reference pool on the hosts that lack it</source>
        <translation>Ein Ansible-Playbook speichern, das den Referenz-Pool auf den Hosts definiert, denen er fehlt</translation>
    </message>
    <message numerus="yes">
        <source>Refreshed the pools of %1 on %n host(s).</source>
        <translation>
            <numerusform>Pools von %1 auf %n Host aktualisiert.</numerusform>
            <numerusform>Pools von %1 auf %n Hosts aktualisiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not refresh on %n host(s): %1</source>
        <translation>
            <numerusform>Aktualisieren auf %n Host fehlgeschlagen: %1</numerusform>
            <numerusform>Aktualisieren auf %n Hosts fehlgeschlagen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No host has a running pool for %1 to refresh.</source>
        <translation>Kein Host hat einen laufenden Pool für %1, der aktualisiert werden könnte.</translation>
    </message>
    <message>
        <source>Refreshing the pools of %1 on every host…</source>
        <translation>Pools von %1 werden auf jedem Host aktualisiert…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot export “%1”: %2 is not connected.</source>
        <translation>„%1“ kann nicht exportiert werden: %2 ist nicht verbunden.</translation>
    </message>
    <message>
        <source>Reading the definition of “%1”…</source>
        <translation>Definition von „%1“ wird gelesen…</translation>
    </message>
    <message>
        <source>Cannot export “%1”: %2</source>
        <translation>„%1“ kann nicht exportiert werden: %2</translation>
    </message>
    <message>
        <source>Cannot export: the reference pool&apos;s definition cannot be read: %1</source>
        <translation>Export nicht möglich: Die Definition des Referenz-Pools kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Export virsh Script</source>
        <translation>virsh-Skript exportieren</translation>
    </message>
    <message>
        <source>Export Ansible Playbook</source>
        <translation>Ansible-Playbook exportieren</translation>
    </message>
    <message>
        <source>Shell scripts (*.sh)</source>
        <translation>Shell-Skripte (*.sh)</translation>
    </message>
    <message>
        <source>Ansible playbooks (*.yml *.yaml)</source>
        <translation>Ansible-Playbooks (*.yml *.yaml)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1: pool “%2” for %n host(s).</source>
        <translation>
            <numerusform>%1 gespeichert: Pool „%2“ für %n Host.</numerusform>
            <numerusform>%1 gespeichert: Pool „%2“ für %n Hosts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lunscope::PoolsModel</name>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Wird aufgebaut</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Beeinträchtigt</translation>
    </message>
    <message>
        <source>Inaccessible</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Connection lost: %1</source>
        <translation>Verbindung verloren: %1</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>Verbindung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Connected; listing the pools failed: %1</source>
        <translation>Verbunden; Auflisten der Pools fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n pool(s)</source>
        <translation>
            <numerusform>Verbunden: %n Pool</numerusform>
            <numerusform>Verbunden: %n Pools</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected; listing pools…</source>
        <translation>Verbunden; Pools werden aufgelistet…</translation>
    </message>
    <message>
        <source> — iscsi-direct not supported here: install libvirt-daemon-driver-storage-iscsi-direct on the hypervisor</source>
        <translation> — iscsi-direct wird hier nicht unterstützt: Installieren Sie libvirt-daemon-driver-storage-iscsi-direct auf dem Hypervisor</translation>
    </message>
    <message>
        <source>Start the pool to compare it with the scan</source>
        <translation>Starten Sie den Pool, um ihn mit dem Scan zu vergleichen</translation>
    </message>
    <message>
        <source>Could not list the volumes: %1</source>
        <translation>Volumes konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>Listing volumes…</source>
        <translation>Volumes werden aufgelistet…</translation>
    </message>
    <message>
        <source>Target not in the discovery tree: discover %1 to compare</source>
        <translation>Target nicht im Discovery-Baum: Führen Sie die Discovery für %1 aus, um zu vergleichen</translation>
    </message>
    <message>
        <source>Matches the scan</source>
        <translation>Stimmt mit dem Scan überein</translation>
    </message>
    <message>
        <source>Known libvirt shortfall (one block); LUN %1: %2</source>
        <translation>Bekannte libvirt-Abweichung (ein Block weniger); LUN %1: %2</translation>
    </message>
    <message>
        <source>Size differs: the scan found %1</source>
        <translation>Größe weicht ab: Der Scan ergab %1</translation>
    </message>
    <message>
        <source>Not in the scan</source>
        <translation>Nicht im Scan</translation>
    </message>
    <message>
        <source>%1, transient</source>
        <translation>%1, transient</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Allocated %1 of %2</source>
        <translation>%1 von %2 belegt</translation>
    </message>
    <message>
        <source>%1
Target %2 at %3</source>
        <translation>%1
Target %2 auf %3</translation>
    </message>
    <message>
        <source>libvirt: %1</source>
        <translation>libvirt: %1</translation>
    </message>
    <message>
        <source>Hypervisor / Pool / Volume</source>
        <comment>@title:column</comment>
        <translation>Hypervisor / Pool / Volume</translation>
    </message>
    <message>
        <source>State</source>
        <comment>@title:column</comment>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Capacity</source>
        <comment>@title:column</comment>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Autostart</source>
        <comment>@title:column</comment>
        <translation>Autostart</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>@title:column</comment>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Compared with the scan</source>
        <comment>@title:column</comment>
        <translation>Vergleich mit dem Scan</translation>
    </message>
    <message>
        <source>%1, not running</source>
        <translation>%1, nicht gestartet</translation>
    </message>
    <message>
        <source>Capacity %1 when it last ran; start the pool to see what is allocated.</source>
        <translation>Kapazität %1 beim letzten Lauf; starten Sie den Pool, um die Belegung zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%n VM(s)</source>
        <translation>
            <numerusform>%n VM</numerusform>
            <numerusform>%n VMs</numerusform>
        </translation>
    </message>
    <message>
        <source>No virtual machine on the open connections uses it.</source>
        <translation>Von keiner virtuellen Maschine auf den geöffneten Verbindungen verwendet.</translation>
    </message>
    <message>
        <source>%1 on %2: %3 (%4 bus, device %5)</source>
        <translation>%1 auf %2: %3 (%4-Bus, Gerät %5)</translation>
    </message>
    <message>
        <source>, not running</source>
        <translation>, läuft nicht</translation>
    </message>
    <message>
        <source>, shareable</source>
        <translation>, gemeinsam nutzbar</translation>
    </message>
    <message>
        <source>, read-only</source>
        <translation>, schreibgeschützt</translation>
    </message>
    <message>
        <source>Risk: more than one disk writes this LUN and not all are marked shareable; their file systems will corrupt each other.</source>
        <translation>Risiko: Mehr als eine Festplatte schreibt auf diese LUN, und nicht alle sind als gemeinsam nutzbar markiert; ihre Dateisysteme werden sich gegenseitig beschädigen.</translation>
    </message>
    <message>
        <source>Virtual machines</source>
        <translation>Virtuelle Maschinen</translation>
    </message>
    <message numerus="yes">
        <source>%n defined, %1 running</source>
        <translation>
            <numerusform>%n definiert, %1 laufend</numerusform>
            <numerusform>%n definiert, %1 laufend</numerusform>
        </translation>
    </message>
    <message>
        <source>Shut off</source>
        <translation>Ausgeschaltet</translation>
    </message>
    <message numerus="yes">
        <source>%n iSCSI disk(s)</source>
        <translation>
            <numerusform>%n iSCSI-Festplatte</numerusform>
            <numerusform>%n iSCSI-Festplatten</numerusform>
        </translation>
    </message>
    <message>
        <source>volume %1 of pool %2</source>
        <translation>Volume %1 von Pool %2</translation>
    </message>
    <message>
        <source>iSCSI %1 at %2</source>
        <translation>iSCSI %1 auf %2</translation>
    </message>
    <message>
        <source>%1 (%2, %3): %4</source>
        <translation>%1 (%2, %3): %4</translation>
    </message>
    <message>
        <source> — from the next start</source>
        <translation> — ab dem nächsten Start</translation>
    </message>
    <message>
        <source>controller</source>
        <translation>Controller</translation>
    </message>
    <message>
        <source>%1
The target&apos;s controller (LUN 0): no storage, not for a virtual machine.</source>
        <translation>%1
Der Controller des Targets (LUN 0): kein Speicherplatz, nicht für eine virtuelle Maschine.</translation>
    </message>
    <message>
        <source>The target&apos;s controller (LUN 0): no storage, not for a virtual machine.</source>
        <translation>Der Controller des Targets (LUN 0): kein Speicherplatz, nicht für eine virtuelle Maschine.</translation>
    </message>
    <message>
        <source>Used by</source>
        <comment>@title:column</comment>
        <translation>Verwendet von</translation>
    </message>
</context>
<context>
    <name>lunscope::PoolsPane</name>
    <message>
        <source>Hypervisors, storage pools and volumes</source>
        <translation>Hypervisoren, Speicherpools und Volumes</translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation>&amp;Neu verbinden</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>iscsi-direct not supported on %1: install libvirt-daemon-driver-storage-iscsi-direct on the hypervisor.</source>
        <translation>iscsi-direct wird auf %1 nicht unterstützt: Installieren Sie libvirt-daemon-driver-storage-iscsi-direct auf dem Hypervisor.</translation>
    </message>
    <message>
        <source>&amp;Add Connection…</source>
        <translation>Verbindung &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Connect to a hypervisor&apos;s libvirt (test:///default, qemu:///system, qemu+ssh://…)</source>
        <translation>Mit dem libvirt eines Hypervisors verbinden (test:///default, qemu:///system, qemu+ssh://…)</translation>
    </message>
    <message>
        <source>Re&amp;move Connection</source>
        <translation>Verbindung &amp;entfernen</translation>
    </message>
    <message>
        <source>Close the selected connection and take it out of the list</source>
        <translation>Ausgewählte Verbindung schließen und aus der Liste entfernen</translation>
    </message>
    <message>
        <source>Re&amp;connect</source>
        <translation>Neu &amp;verbinden</translation>
    </message>
    <message>
        <source>Open the selected connection again</source>
        <translation>Ausgewählte Verbindung erneut öffnen</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>List the pools and volumes of the selected connection again</source>
        <translation>Pools und Volumes der ausgewählten Verbindung erneut auflisten</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Start the selected pool</source>
        <translation>Ausgewählten Pool starten</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <source>Stop the selected pool (guests using its volumes lose them)</source>
        <translation>Ausgewählten Pool stoppen (Gäste, die seine Volumes verwenden, verlieren diese)</translation>
    </message>
    <message>
        <source>A&amp;utostart</source>
        <translation>A&amp;utostart</translation>
    </message>
    <message>
        <source>Start the selected pool whenever its host starts</source>
        <translation>Ausgewählten Pool bei jedem Start seines Hosts starten</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Open the selected iscsi-direct pool in the pool editor</source>
        <translation>Ausgewählten iscsi-direct-Pool im Pool-Editor öffnen</translation>
    </message>
    <message>
        <source>&amp;Undefine…</source>
        <translation>Definition ent&amp;fernen…</translation>
    </message>
    <message>
        <source>Remove the selected pool&apos;s definition from libvirt (the LUNs stay)</source>
        <translation>Definition des ausgewählten Pools aus libvirt entfernen (die LUNs bleiben erhalten)</translation>
    </message>
    <message>
        <source>Started storage pool “%1” on %2.</source>
        <translation>Speicherpool „%1“ auf %2 gestartet.</translation>
    </message>
    <message>
        <source>Stopped storage pool “%1” on %2.</source>
        <translation>Speicherpool „%1“ auf %2 gestoppt.</translation>
    </message>
    <message>
        <source>Storage pool “%1” on %2 now starts with its host.</source>
        <translation>Speicherpool „%1“ auf %2 startet jetzt mit seinem Host.</translation>
    </message>
    <message>
        <source>Storage pool “%1” on %2 no longer starts with its host.</source>
        <translation>Speicherpool „%1“ auf %2 startet nicht mehr mit seinem Host.</translation>
    </message>
    <message>
        <source>Storage pool “%1” is defined on %2.</source>
        <translation>Speicherpool „%1“ ist auf %2 definiert.</translation>
    </message>
    <message>
        <source>Storage pool “%1” on %2. It is running: libvirt uses the new definition from its next start.</source>
        <translation>Speicherpool „%1“ auf %2. Er läuft: libvirt verwendet die neue Definition ab seinem nächsten Start.</translation>
    </message>
    <message>
        <source>Storage pool “%1” on %2.</source>
        <translation>Speicherpool „%1“ auf %2.</translation>
    </message>
    <message>
        <source>Reading the definition of “%1”…</source>
        <translation>Definition von „%1“ wird gelesen…</translation>
    </message>
    <message>
        <source>Cannot edit “%1”: %2</source>
        <translation>„%1“ kann nicht bearbeitet werden: %2</translation>
    </message>
    <message>
        <source>Stop and undefine storage pool “%1” on %2?</source>
        <translation>Speicherpool „%1“ auf %2 stoppen und Definition entfernen?</translation>
    </message>
    <message>
        <source>Undefine storage pool “%1” on %2?</source>
        <translation>Definition des Speicherpools „%1“ auf %2 entfernen?</translation>
    </message>
    <message>
        <source>libvirt forgets the pool; the LUNs and their data stay on the target, and a CHAP secret stays in libvirt.</source>
        <translation>libvirt vergisst den Pool; die LUNs und ihre Daten bleiben auf dem Target, und ein CHAP-Secret bleibt in libvirt erhalten.</translation>
    </message>
    <message>
        <source>Stop and &amp;Undefine</source>
        <translation>Stoppen und Definition &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Undefine</source>
        <translation>Definition &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Behalten</translation>
    </message>
    <message>
        <source>Storage pool “%1” is no longer defined on %2.</source>
        <translation>Speicherpool „%1“ ist auf %2 nicht mehr definiert.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Could not connect to %1: the message above the pools says why.</source>
        <translation>Keine Verbindung zu %1: Die Meldung über den Pools nennt den Grund.</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Mit %1 verbunden.</translation>
    </message>
    <message>
        <source>Connection lost: %1</source>
        <translation>Verbindung verloren: %1</translation>
    </message>
    <message>
        <source>Reconnecting to %1…</source>
        <translation>Erneute Verbindung mit %1…</translation>
    </message>
    <message>
        <source>Storage pool “%1” is redefined on %2.</source>
        <translation>Speicherpool „%1“ ist auf %2 neu definiert.</translation>
    </message>
    <message>
        <source>Could not read the definition of “%1”.</source>
        <translation>Die Definition von „%1“ konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>libvirt forgets the pool; the LUNs and their data stay on the target.</source>
        <translation>libvirt vergisst den Pool; die LUNs und ihre Daten bleiben auf dem Target.</translation>
    </message>
    <message>
        <source>&amp;Detach from VM</source>
        <translation>Von VM t&amp;rennen</translation>
    </message>
    <message>
        <source>&amp;Detach Disk</source>
        <translation>Festplatte t&amp;rennen</translation>
    </message>
    <message>
        <source>LUN %1 is not ready (%2)</source>
        <translation>LUN %1 ist nicht bereit (%2)</translation>
    </message>
    <message>
        <source>TEST UNIT READY failed</source>
        <translation>TEST UNIT READY fehlgeschlagen</translation>
    </message>
    <message>
        <source>LUN %1 did not report its capacity</source>
        <translation>LUN %1 hat ihre Kapazität nicht gemeldet</translation>
    </message>
    <message>
        <source>Our scan of the target found: %1. libvirt&apos;s iscsi-direct backend fails the whole pool when one LUN fails its readiness check or capacity read: fix or unmap that LUN on the target, then start the pool again.</source>
        <translation>Unser Scan des Targets ergab: %1. Das iscsi-direct-Backend von libvirt lässt den ganzen Pool scheitern, wenn eine LUN die Bereitschaftsprüfung oder das Lesen der Kapazität nicht besteht: Reparieren Sie diese LUN auf dem Target oder heben Sie ihre Zuordnung auf, und starten Sie den Pool dann erneut.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>%1 (running)</source>
        <translation>%1 (läuft)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Stop storage pool “%1” on %2? Virtual machines use it: %3.</source>
        <translation>Speicherpool „%1“ auf %2 stoppen? Virtuelle Maschinen verwenden ihn: %3.</translation>
    </message>
    <message>
        <source>A running VM keeps the LUN it has open until it stops, but cannot start again, and no LUN can be attached from this pool, until the pool runs again.</source>
        <translation>Eine laufende VM behält die geöffnete LUN, bis sie stoppt, kann aber nicht erneut starten, und aus diesem Pool kann keine LUN angehängt werden, bis der Pool wieder läuft.</translation>
    </message>
    <message>
        <source>They cannot start until the pool runs again.</source>
        <translation>Sie können erst starten, wenn der Pool wieder läuft.</translation>
    </message>
    <message>
        <source>S&amp;top Anyway</source>
        <translation>Trotzdem s&amp;toppen</translation>
    </message>
    <message>
        <source>&amp;Keep Running</source>
        <translation>&amp;Weiterlaufen lassen</translation>
    </message>
    <message>
        <source>Virtual machines name it in their disks: %1. They cannot start until a pool of that name is defined and running again.</source>
        <translation>Virtuelle Maschinen nennen ihn in ihren Festplatten: %1. Sie können erst starten, wenn ein Pool dieses Namens wieder definiert ist und läuft.</translation>
    </message>
</context>
<context>
    <name>lunscope::PortalBar</name>
    <message>
        <source>&amp;Discover</source>
        <translation>&amp;Discovery starten</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <source>Discover the portal&apos;s targets (Enter)</source>
        <translation>Discovery für die Targets des Portals starten (Enter)</translation>
    </message>
    <message>
        <source>&amp;Portal:</source>
        <translation>&amp;Portal:</translation>
    </message>
    <message>
        <source>Type a portal first: a host name or address, optionally with :port.</source>
        <translation>Geben Sie zuerst ein Portal ein: einen Hostnamen oder eine Adresse, optional mit :Port.</translation>
    </message>
    <message>
        <source>Portal: host, host:port, [IPv6]:port or iscsi://host; iSNS directory: isns://host</source>
        <translation>Portal: host, host:port, [IPv6]:port oder iscsi://host; iSNS-Verzeichnis: isns://host</translation>
    </message>
</context>
<context>
    <name>lunscope::PortalErrorBanner</name>
    <message>
        <source>%1: %2</source>
        <comment>portal: what went wrong</comment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n other portal(s) failed too: %1. Select one for its reason.</source>
        <translation>
            <numerusform>%n weiteres Portal ist ebenfalls fehlgeschlagen: %1. Wählen Sie es aus, um den Grund zu sehen.</numerusform>
            <numerusform>%n weitere Portale sind ebenfalls fehlgeschlagen: %1. Wählen Sie eines aus, um den Grund zu sehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between portals</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Retry &amp;All</source>
        <translation>A&amp;lle wiederholen</translation>
    </message>
    <message>
        <source>Log &amp;In…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
</context>
<context>
    <name>lunscope::ProgressStatus</name>
    <message numerus="yes">
        <source>%1 of %n target(s)</source>
        <comment>progress: finished of total</comment>
        <translation>
            <numerusform>%1 von %n Target</numerusform>
            <numerusform>%1 von %n Targets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lunscope::ScanLogDock</name>
    <message>
        <source>Scan Log</source>
        <translation>Scan-Protokoll</translation>
    </message>
    <message>
        <source>What the scans do (log in, commands, errors) appears here.</source>
        <translation>Was die Scans tun (Anmeldung, Befehle, Fehler), erscheint hier.</translation>
    </message>
    <message>
        <source>Copy Log</source>
        <translation>Protokoll kopieren</translation>
    </message>
    <message>
        <source>Copy the whole log to the clipboard</source>
        <translation>Gesamtes Protokoll in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
</context>
<context>
    <name>lunscope::ShortcutsDialog</name>
    <message>
        <source>, </source>
        <comment>between several keys of one command</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
</TS>
