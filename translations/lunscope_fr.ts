<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>LunScope::CliDefinePool</name>
    <message>
        <source>%1: storage pool “%2” is defined.</source>
        <translation>%1 : le pool de stockage « %2 » est défini.</translation>
    </message>
    <message>
        <source>%1: nothing was done, because another host failed first.</source>
        <translation>%1 : rien n&apos;a été fait, car un autre hôte a échoué avant.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué : %2</translation>
    </message>
    <message>
        <source>Stopped because another host failed.</source>
        <translation>Arrêté parce qu&apos;un autre hôte a échoué.</translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation>Annulé : %1.</translation>
    </message>
    <message>
        <source>Nothing was left behind.</source>
        <translation>Rien n&apos;est resté en place.</translation>
    </message>
    <message>
        <source>Left behind: %1.</source>
        <translation>Resté en place : %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2 Nothing was defined on any host.</source>
        <translation>Connexion à %1 impossible : %2 Rien n&apos;a été défini sur aucun hôte.</translation>
    </message>
</context>
<context>
    <name>LunScope::CliPoolDraft</name>
    <message>
        <source>--portal: %1</source>
        <translation>--portal : %1</translation>
    </message>
    <message>
        <source>--portal: %1 is an iSNS directory, not an iSCSI portal. Give the target&apos;s own portal (lunscope --scan %1 lists each target&apos;s portals).</source>
        <translation>--portal : %1 est un annuaire iSNS, pas un portail iSCSI. Donnez le portail propre de la cible (lunscope --scan %1 liste les portails de chaque cible).</translation>
    </message>
</context>
<context>
    <name>LunScope::CliScan</name>
    <message>
        <source>--initiator: %1</source>
        <translation>--initiator : %1</translation>
    </message>
    <message>
        <source>Initiator %1 (%2)</source>
        <translation>Initiateur %1 (%2)</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>Interrompu.</translation>
    </message>
</context>
<context>
    <name>LunScope::CommandLine</name>
    <message>
        <source>Look into iSCSI portals and turn targets into libvirt storage pools.
Without --scan, opens the desktop window.</source>
        <translation>Examine les portails iSCSI et transforme les cibles en pools de stockage libvirt.
Sans --scan, ouvre la fenêtre graphique.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <source>With --scan: print one JSON document.</source>
        <translation>Avec --scan : produire un seul document JSON.</translation>
    </message>
    <message>
        <source>With --scan: log every step to stderr.</source>
        <translation>Avec --scan : journaliser chaque étape sur stderr.</translation>
    </message>
    <message>
        <source>Initiator IQN to present.</source>
        <translation>IQN d&apos;initiateur à présenter.</translation>
    </message>
    <message>
        <source>CHAP user for target logins.</source>
        <translation>Utilisateur CHAP pour les ouvertures de session sur les cibles.</translation>
    </message>
    <message>
        <source>Read the CHAP secret from FILE (- for stdin).</source>
        <translation>Lire le secret CHAP depuis FILE (- pour stdin).</translation>
    </message>
    <message>
        <source>Target&apos;s CHAP user, for mutual CHAP.</source>
        <translation>Utilisateur CHAP de la cible, pour le CHAP mutuel.</translation>
    </message>
    <message>
        <source>Read the mutual CHAP secret from FILE (- for stdin).</source>
        <translation>Lire le secret CHAP mutuel depuis FILE (- pour stdin).</translation>
    </message>
    <message>
        <source>CHAP user for the discovery session.</source>
        <translation>Utilisateur CHAP pour la session de découverte.</translation>
    </message>
    <message>
        <source>Read the discovery CHAP secret from FILE (- for stdin).</source>
        <translation>Lire le secret CHAP de découverte depuis FILE (- pour stdin).</translation>
    </message>
    <message>
        <source>Seconds each operation may take (1-3600, default 10).</source>
        <translation>Durée maximale de chaque opération, en secondes (1-3600, 10 par défaut).</translation>
    </message>
    <message>
        <source>Desktop: fill in PORTAL and discover it.</source>
        <translation>Mode graphique : renseigner PORTAL et lancer sa découverte.</translation>
    </message>
    <message>
        <source>Language of the interface (e.g. de, fr, en).</source>
        <translation>Langue de l&apos;interface (par ex. de, fr, en).</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argument inattendu « %1 ».</translation>
    </message>
    <message>
        <source>--jobs takes a number from 1 to 256, not &quot;%1&quot;.</source>
        <translation>--jobs attend un nombre de 1 à 256, pas « %1 ».</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to 3600, not &quot;%1&quot;.</source>
        <translation>--timeout attend un nombre de secondes de 1 à 3600, pas « %1 ».</translation>
    </message>
    <message>
        <source>--%1 and --%2 go together (use &quot;-&quot; to read the secret from stdin).</source>
        <translation>--%1 et --%2 vont ensemble (utilisez « - » pour lire le secret depuis stdin).</translation>
    </message>
    <message>
        <source>Mutual CHAP (--mutual-user) needs --chap-user as well.</source>
        <translation>Le CHAP mutuel (--mutual-user) nécessite aussi --chap-user.</translation>
    </message>
    <message>
        <source>Only one secret can be read from stdin.</source>
        <translation>Un seul secret peut être lu depuis stdin.</translation>
    </message>
    <message>
        <source>--json and --verbose need --scan.</source>
        <translation>--json et --verbose nécessitent --scan.</translation>
    </message>
    <message>
        <source>Try &quot;lunscope --help&quot;.</source>
        <translation>Essayez « lunscope --help ».</translation>
    </message>
    <message>
        <source>Warning: %1 can be read by other users; consider chmod 600.</source>
        <translation>Avertissement : %1 est lisible par d&apos;autres utilisateurs ; envisagez chmod 600.</translation>
    </message>
    <message>
        <source>Cannot read the secret from %1: %2.</source>
        <translation>Impossible de lire le secret depuis %1 : %2.</translation>
    </message>
    <message>
        <source>The secret in %1 is empty.</source>
        <translation>Le secret dans %1 est vide.</translation>
    </message>
    <message>
        <source>Print the iscsi-direct pool XML for --portal and --target (no network needed).</source>
        <translation>Afficher le XML du pool iscsi-direct pour --portal et --target (sans réseau).</translation>
    </message>
    <message>
        <source>Define the pool for --portal and --target on every --connect host: all or nothing.</source>
        <translation>Définir le pool pour --portal et --target sur chaque hôte --connect : tout ou rien.</translation>
    </message>
    <message>
        <source>The pool&apos;s target IQN.</source>
        <translation>IQN de la cible du pool.</translation>
    </message>
    <message>
        <source>The pool&apos;s name (default: made from the target IQN).</source>
        <translation>Nom du pool (par défaut : tiré de l&apos;IQN de la cible).</translation>
    </message>
    <message>
        <source>Usage id of the libvirt secret with the CHAP secret (default: lunscope-NAME).</source>
        <translation>Identifiant d&apos;usage du secret libvirt qui contient le secret CHAP (par défaut : lunscope-NAME).</translation>
    </message>
    <message>
        <source>With --define-pool: start the pool.</source>
        <translation>Avec --define-pool : démarrer le pool.</translation>
    </message>
    <message>
        <source>With --define-pool: start the pool with its host.</source>
        <translation>Avec --define-pool : démarrer le pool avec son hôte.</translation>
    </message>
    <message>
        <source>A pool needs --portal HOST[:PORT] and --target IQN.</source>
        <translation>Un pool a besoin de --portal HOST[:PORT] et de --target IQN.</translation>
    </message>
    <message>
        <source>iscsi-direct pools log in with one-way CHAP only: --mutual-user and --discovery-chap-user do not apply.</source>
        <translation>Les pools iscsi-direct ouvrent leur session en CHAP unidirectionnel seulement : --mutual-user et --discovery-chap-user ne s&apos;appliquent pas.</translation>
    </message>
    <message>
        <source>--secret-usage needs --chap-user.</source>
        <translation>--secret-usage nécessite --chap-user.</translation>
    </message>
    <message>
        <source>--pool-xml prints XML only: --chap-secret-file, --connect, --start, --autostart and --json go with --define-pool.</source>
        <translation>--pool-xml n&apos;affiche que du XML : --chap-secret-file, --connect, --start, --autostart et --json vont avec --define-pool.</translation>
    </message>
    <message>
        <source>--define-pool needs at least one --connect URI.</source>
        <translation>--define-pool nécessite au moins une URI --connect.</translation>
    </message>
    <message>
        <source>--chap-user and --chap-secret-file go together (use &quot;-&quot; to read the secret from stdin).</source>
        <translation>--chap-user et --chap-secret-file vont ensemble (utilisez « - » pour lire le secret depuis stdin).</translation>
    </message>
    <message>
        <source>Print a bash script of virsh commands that defines the pool for --portal and --target on every --connect host (the CHAP secret is read when it runs).</source>
        <translation>Afficher un script bash de commandes virsh qui définit le pool pour --portal et --target sur chaque hôte --connect (le secret CHAP est lu à l&apos;exécution).</translation>
    </message>
    <message>
        <source>Print an Ansible playbook that defines the pool for --portal and --target on every --connect host (the CHAP secret comes from a variable).</source>
        <translation>Afficher un playbook Ansible qui définit le pool pour --portal et --target sur chaque hôte --connect (le secret CHAP vient d&apos;une variable).</translation>
    </message>
    <message>
        <source>--%1 goes with --pool-xml, --define-pool, --virsh-script or --ansible-playbook.</source>
        <translation>--%1 va avec --pool-xml, --define-pool, --virsh-script ou --ansible-playbook.</translation>
    </message>
    <message>
        <source>--scan, --pool-xml, --define-pool, --virsh-script and --ansible-playbook each run alone: choose one.</source>
        <translation>--scan, --pool-xml, --define-pool, --virsh-script et --ansible-playbook s&apos;exécutent seuls : choisissez-en un.</translation>
    </message>
    <message>
        <source>%1 needs at least one --connect URI.</source>
        <translation>%1 nécessite au moins une URI --connect.</translation>
    </message>
    <message>
        <source>%1 never holds the CHAP secret: leave out --chap-secret-file and --json (see --help).</source>
        <translation>%1 ne contient jamais le secret CHAP : omettez --chap-secret-file et --json (voir --help).</translation>
    </message>
    <message>
        <source>Scan PORTAL without a window and print what it offers; isns://HOST[:PORT] scans every target an iSNS directory lists.</source>
        <translation>Scanner PORTAL sans fenêtre et afficher ce qu&apos;il offre ; isns://HÔTE[:PORT] scanne chaque cible listée par un annuaire iSNS.</translation>
    </message>
    <message>
        <source>Targets probed at once (1-256, default %1).</source>
        <translation>Nombre de cibles sondées simultanément (1-256, par défaut %1).</translation>
    </message>
    <message>
        <source>Desktop: open the libvirt connection URI (repeatable). With --scan --json: add the pools and VMs of that host that use each LUN.</source>
        <translation>Bureau : ouvrir l&apos;URI de connexion libvirt (répétable). Avec --scan --json : ajouter les pools et les VM de cet hôte qui utilisent chaque LUN.</translation>
    </message>
    <message>
        <source>--scan with --connect reports which pools and VMs use each LUN in JSON: add --json.</source>
        <translation>--scan avec --connect indique en JSON quels pools et quelles VM utilisent chaque LUN : ajoutez --json.</translation>
    </message>
</context>
<context>
    <name>LunScope::Core</name>
    <message>
        <source>%1 ended in CHECK CONDITION: %2, %3.</source>
        <translation>%1 s&apos;est terminé par CHECK CONDITION : %2, %3.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>No error</source>
        <translation>Aucune erreur</translation>
    </message>
    <message>
        <source>Invalid input</source>
        <translation>Entrée non valide</translation>
    </message>
    <message>
        <source>Host unreachable</source>
        <translation>Hôte injoignable</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Connexion refusée</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Délai dépassé</translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation>Échec de l&apos;authentification</translation>
    </message>
    <message>
        <source>Target not found</source>
        <translation>Cible introuvable</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>Connexion perdue</translation>
    </message>
    <message>
        <source>Protocol error</source>
        <translation>Erreur de protocole</translation>
    </message>
    <message>
        <source>SCSI error</source>
        <translation>Erreur SCSI</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>libvirt error</source>
        <translation>Erreur libvirt</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>Non pris en charge</translation>
    </message>
    <message>
        <source>given on the command line</source>
        <translation>indiqué sur la ligne de commande</translation>
    </message>
    <message>
        <source>from /etc/iscsi/initiatorname.iscsi</source>
        <translation>depuis /etc/iscsi/initiatorname.iscsi</translation>
    </message>
    <message>
        <source>from LunScope&apos;s settings</source>
        <translation>depuis les paramètres de LunScope</translation>
    </message>
    <message>
        <source>generated for this host</source>
        <translation>généré pour cet hôte</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not have the form iqn.yyyy-mm.reversed.domain[:name], for example iqn.2003-01.com.example:storage.</source>
        <translation>« %1 » n&apos;a pas la forme iqn.yyyy-mm.reversed.domain[:name], par exemple iqn.2003-01.com.example:storage.</translation>
    </message>
    <message>
        <source>The naming authority in &quot;%1&quot; must be a reversed domain name (letters, digits, &apos;-&apos; and &apos;.&apos;).</source>
        <translation>L&apos;autorité de nommage dans « %1 » doit être un nom de domaine inversé (lettres, chiffres, &apos;-&apos; et &apos;.&apos;).</translation>
    </message>
    <message>
        <source>The month in &quot;%1&quot; must be between 01 and 12.</source>
        <translation>Le mois dans « %1 » doit être compris entre 01 et 12.</translation>
    </message>
    <message>
        <source>The part after &apos;:&apos; in &quot;%1&quot; may only hold lower-case letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;:&apos;.</source>
        <translation>La partie après &apos;:&apos; dans « %1 » ne peut contenir que des lettres minuscules, des chiffres, &apos;.&apos;, &apos;-&apos; et &apos;:&apos;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be &quot;eui.&quot; followed by 16 hexadecimal digits.</source>
        <translation>« %1 » doit être « eui. » suivi de 16 chiffres hexadécimaux.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be &quot;naa.&quot; followed by 16 or 32 hexadecimal digits.</source>
        <translation>« %1 » doit être « naa. » suivi de 16 ou 32 chiffres hexadécimaux.</translation>
    </message>
    <message>
        <source>The iSCSI name is empty.</source>
        <translation>Le nom iSCSI est vide.</translation>
    </message>
    <message>
        <source>The iSCSI name is longer than %1 bytes.</source>
        <translation>Le nom iSCSI dépasse %1 octets.</translation>
    </message>
    <message>
        <source>The iSCSI name &quot;%1&quot; contains a space.</source>
        <translation>Le nom iSCSI « %1 » contient un espace.</translation>
    </message>
    <message>
        <source>iSCSI qualified names are lower case: use &quot;%1&quot;.</source>
        <translation>Les noms qualifiés iSCSI s&apos;écrivent en minuscules : utilisez « %1 ».</translation>
    </message>
    <message>
        <source>Write the prefix in lower case: &quot;eui.&quot;.</source>
        <translation>Écrivez le préfixe en minuscules : « eui. ».</translation>
    </message>
    <message>
        <source>Write the prefix in lower case: &quot;naa.&quot;.</source>
        <translation>Écrivez le préfixe en minuscules : « naa. ».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an iSCSI name: it must start with &quot;iqn.&quot;, &quot;eui.&quot; or &quot;naa.&quot;.</source>
        <translation>« %1 » n&apos;est pas un nom iSCSI : il doit commencer par « iqn. », « eui. » ou « naa. ».</translation>
    </message>
    <message>
        <source>The port is missing after &apos;:&apos; in &quot;%1&quot;.</source>
        <translation>Il manque le port après &apos;:&apos; dans « %1 ».</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; in &quot;%2&quot; is not a number.</source>
        <translation>Le port « %1 » dans « %2 » n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>The port %1 is out of range; use a number from 1 to 65535.</source>
        <translation>Le port %1 est hors limites ; utilisez un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <source>Enter a portal address, for example 192.0.2.10 or san.example.com:3260.</source>
        <translation>Saisissez l&apos;adresse d&apos;un portail, par exemple 192.0.2.10 ou san.example.com:3260.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains a space; a portal is a host name or address, optionally followed by :port.</source>
        <translation>« %1 » contient un espace ; un portail est un nom d&apos;hôte ou une adresse, éventuellement suivi de :port.</translation>
    </message>
    <message>
        <source>The portal address contains a control character.</source>
        <translation>L&apos;adresse du portail contient un caractère de contrôle.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; opens &apos;[&apos; for an IPv6 address but does not close it with &apos;]&apos;.</source>
        <translation>« %1 » ouvre &apos;[&apos; pour une adresse IPv6 mais ne la referme pas avec &apos;]&apos;.</translation>
    </message>
    <message>
        <source>Unexpected text &quot;%1&quot; after the IPv6 address in &quot;%2&quot;.</source>
        <translation>Texte inattendu « %1 » après l&apos;adresse IPv6 dans « %2 ».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IPv6 address.</source>
        <translation>« %1 » n&apos;est pas une adresse IPv6 valide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid address; write IPv6 addresses with a port as [address]:port.</source>
        <translation>« %1 » n&apos;est pas une adresse valide ; écrivez les adresses IPv6 avec un port sous la forme [adresse]:port.</translation>
    </message>
    <message>
        <source>The host is missing in &quot;%1&quot;.</source>
        <translation>Il manque l&apos;hôte dans « %1 ».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither an IP address nor a valid host name.</source>
        <translation>« %1 » n&apos;est ni une adresse IP ni un nom d&apos;hôte valide.</translation>
    </message>
    <message>
        <source>Do not put user names or passwords in the portal address; enter CHAP credentials in the connection settings instead.</source>
        <translation>Ne mettez ni nom d&apos;utilisateur ni mot de passe dans l&apos;adresse du portail ; saisissez plutôt les identifiants CHAP dans les paramètres de connexion.</translation>
    </message>
    <message>
        <source>The portal URL &quot;%1&quot; names a target or LUN; enter only iscsi://host[:port].</source>
        <translation>L&apos;URL de portail « %1 » désigne une cible ou un LUN ; saisissez uniquement iscsi://host[:port].</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an invalid portal group tag.</source>
        <translation>« %1 » contient une étiquette de groupe de portails non valide.</translation>
    </message>
    <message>
        <source>login</source>
        <translation>ouverture de session</translation>
    </message>
    <message>
        <source>A login is already in progress on this session.</source>
        <translation>Une ouverture de session est déjà en cours pour cette session.</translation>
    </message>
    <message>
        <source>Resolving %1</source>
        <translation>Résolution de %1</translation>
    </message>
    <message>
        <source>Cannot resolve the host name &quot;%1&quot;: %2. Check the name, or enter the portal&apos;s IP address.</source>
        <translation>Impossible de résoudre le nom d&apos;hôte « %1 » : %2. Vérifiez le nom ou saisissez l&apos;adresse IP du portail.</translation>
    </message>
    <message>
        <source>Could not create an iSCSI context (out of memory?).</source>
        <translation>Impossible de créer un contexte iSCSI (mémoire insuffisante ?).</translation>
    </message>
    <message>
        <source>TCP connect to %1</source>
        <translation>Connexion TCP à %1</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>Connexion à %1</translation>
    </message>
    <message>
        <source>login to %1</source>
        <translation>ouverture de session sur %1</translation>
    </message>
    <message>
        <source>the discovery session</source>
        <translation>la session de découverte</translation>
    </message>
    <message>
        <source>Connected; logging in with CHAP user &quot;%1&quot;%2</source>
        <translation>Connecté ; ouverture de session avec l&apos;utilisateur CHAP « %1 »%2</translation>
    </message>
    <message>
        <source> (mutual)</source>
        <translation> (mutuel)</translation>
    </message>
    <message>
        <source>Connected; logging in</source>
        <translation>Connecté ; ouverture de session</translation>
    </message>
    <message>
        <source>Logged in to %1</source>
        <translation>Session ouverte sur %1</translation>
    </message>
    <message>
        <source>The target redirected the login %1 times without accepting it (last to %2). Check the target&apos;s redirect settings.</source>
        <translation>La cible a redirigé l&apos;ouverture de session %1 fois sans l&apos;accepter (dernière redirection vers %2). Vérifiez les paramètres de redirection de la cible.</translation>
    </message>
    <message>
        <source>The target redirected the login to an invalid address &quot;%1&quot;.</source>
        <translation>La cible a redirigé l&apos;ouverture de session vers une adresse non valide « %1 ».</translation>
    </message>
    <message>
        <source>Redirected to %1</source>
        <translation>Redirigé vers %1</translation>
    </message>
    <message>
        <source>SendTargets discovery</source>
        <translation>Découverte SendTargets</translation>
    </message>
    <message>
        <source>Discovery needs a logged-in session.</source>
        <translation>La découverte nécessite une session ouverte.</translation>
    </message>
    <message>
        <source>SendTargets=All</source>
        <translation>SendTargets=All</translation>
    </message>
    <message>
        <source>The portal closed the connection during discovery.</source>
        <translation>Le portail a fermé la connexion pendant la découverte.</translation>
    </message>
    <message>
        <source>The portal rejected the SendTargets request.</source>
        <translation>Le portail a rejeté la requête SendTargets.</translation>
    </message>
    <message>
        <source>Ignoring unusable portal &quot;%1&quot; of %2</source>
        <translation>Portail inutilisable « %1 » de %2 ignoré</translation>
    </message>
    <message numerus="yes">
        <source>Discovered %n target(s)</source>
        <translation>
            <numerusform>%n cible découverte</numerusform>
            <numerusform>%n cibles découvertes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 needs a logged-in session.</source>
        <translation>%1 nécessite une session ouverte.</translation>
    </message>
    <message>
        <source>Could not build %1.</source>
        <translation>Impossible de construire %1.</translation>
    </message>
    <message>
        <source>Could not queue %1.</source>
        <translation>Impossible de mettre %1 en file d&apos;attente.</translation>
    </message>
    <message>
        <source>The target closed the connection while %1 was outstanding.</source>
        <translation>La cible a fermé la connexion alors que %1 était en attente.</translation>
    </message>
    <message>
        <source>%1 timed out.</source>
        <translation>%1 : délai dépassé.</translation>
    </message>
    <message>
        <source>%1 failed.</source>
        <translation>%1 : échec.</translation>
    </message>
    <message>
        <source>logout</source>
        <translation>fermeture de session</translation>
    </message>
    <message>
        <source>Logging out</source>
        <translation>Fermeture de la session</translation>
    </message>
    <message>
        <source>Could not send the logout request.</source>
        <translation>Impossible d&apos;envoyer la requête de fermeture de session.</translation>
    </message>
    <message>
        <source>The logout was not accepted.</source>
        <translation>La fermeture de session n&apos;a pas été acceptée.</translation>
    </message>
    <message numerus="yes">
        <source>No answer from %1 within %n s. Check the address and port, and whether a firewall drops the connection.</source>
        <translation>
            <numerusform>Aucune réponse de %1 en %n s. Vérifiez l&apos;adresse et le port, et si un pare-feu bloque la connexion.</numerusform>
            <numerusform>Aucune réponse de %1 en %n s. Vérifiez l&apos;adresse et le port, et si un pare-feu bloque la connexion.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Looking up &quot;%1&quot; took longer than %n s. Check DNS, or enter an IP address.</source>
        <translation>
            <numerusform>La résolution de « %1 » a pris plus de %n s. Vérifiez le DNS ou saisissez une adresse IP.</numerusform>
            <numerusform>La résolution de « %1 » a pris plus de %n s. Vérifiez le DNS ou saisissez une adresse IP.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 accepted the connection but did not finish the login within %n s.</source>
        <translation>
            <numerusform>%1 a accepté la connexion mais n&apos;a pas terminé l&apos;ouverture de session en %n s.</numerusform>
            <numerusform>%1 a accepté la connexion mais n&apos;a pas terminé l&apos;ouverture de session en %n s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No answer to %1 within %n s; the session was dropped.</source>
        <translation>
            <numerusform>Aucune réponse à %1 en %n s ; la session a été abandonnée.</numerusform>
            <numerusform>Aucune réponse à %1 en %n s ; la session a été abandonnée.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 refused the connection: nothing listens on that port. Check the port number and that the iSCSI target service is running.</source>
        <translation>%1 a refusé la connexion : rien n&apos;écoute sur ce port. Vérifiez le numéro de port et que le service de cible iSCSI est en cours d&apos;exécution.</translation>
    </message>
    <message>
        <source>%1 cannot be reached from this machine. Check the address and the network route to it.</source>
        <translation>%1 n&apos;est pas joignable depuis cette machine. Vérifiez l&apos;adresse et la route réseau qui y mène.</translation>
    </message>
    <message>
        <source>The connection to %1 timed out. Check the address and whether a firewall drops the traffic.</source>
        <translation>La connexion à %1 a expiré. Vérifiez l&apos;adresse et si un pare-feu bloque le trafic.</translation>
    </message>
    <message>
        <source>%1 reset the connection. The target may have restarted or dropped the session; try again.</source>
        <translation>%1 a réinitialisé la connexion. La cible a peut-être redémarré ou abandonné la session ; réessayez.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost.</source>
        <translation>La connexion à %1 a été perdue.</translation>
    </message>
    <message>
        <source>The iSCSI conversation with %1 failed: the peer does not behave like an iSCSI target.</source>
        <translation>L&apos;échange iSCSI avec %1 a échoué : le pair ne se comporte pas comme une cible iSCSI.</translation>
    </message>
    <message>
        <source>the discovery session at %1</source>
        <translation>la session de découverte sur %1</translation>
    </message>
    <message>
        <source>%1 rejected the CHAP credentials. Check the CHAP user name and secret.</source>
        <translation>%1 a rejeté les identifiants CHAP. Vérifiez le nom d&apos;utilisateur et le secret CHAP.</translation>
    </message>
    <message>
        <source>%1 requires CHAP authentication. Enter a CHAP user name and secret.</source>
        <translation>%1 exige une authentification CHAP. Saisissez un nom d&apos;utilisateur et un secret CHAP.</translation>
    </message>
    <message>
        <source>%1 does not allow the initiator %2. Add this initiator IQN to the target&apos;s access list, or use the IQN the target expects.</source>
        <translation>%1 n&apos;autorise pas l&apos;initiateur %2. Ajoutez cet IQN d&apos;initiateur à la liste d&apos;accès de la cible, ou utilisez l&apos;IQN attendu par la cible.</translation>
    </message>
    <message>
        <source>There is no target %1 behind %2 (any more). Run discovery again.</source>
        <translation>Il n&apos;y a pas (ou plus) de cible %1 derrière %2. Relancez la découverte.</translation>
    </message>
    <message>
        <source>%1 could not accept the login right now (target error, service unavailable or out of resources). Try again later.</source>
        <translation>%1 ne peut pas accepter l&apos;ouverture de session pour le moment (erreur de la cible, service indisponible ou ressources insuffisantes). Réessayez plus tard.</translation>
    </message>
    <message>
        <source>%1 refused the login.</source>
        <translation>%1 a refusé l&apos;ouverture de session.</translation>
    </message>
    <message>
        <source>Mutual CHAP failed: %1 did not prove that it knows the target secret. Check the target&apos;s CHAP user name and secret.</source>
        <translation>Échec du CHAP mutuel : %1 n&apos;a pas prouvé qu&apos;il connaît le secret de la cible. Vérifiez le nom d&apos;utilisateur et le secret CHAP de la cible.</translation>
    </message>
    <message>
        <source>The login to %1 failed: the peer does not behave like an iSCSI target.</source>
        <translation>L&apos;ouverture de session sur %1 a échoué : le pair ne se comporte pas comme une cible iSCSI.</translation>
    </message>
    <message>
        <source>%1 closed the connection during the login. The target may not accept this initiator or these settings.</source>
        <translation>%1 a fermé la connexion pendant l&apos;ouverture de session. La cible n&apos;accepte peut-être pas cet initiateur ou ces paramètres.</translation>
    </message>
    <message>
        <source>%1 closed the connection. The target may have been stopped or removed.</source>
        <translation>%1 a fermé la connexion. La cible a peut-être été arrêtée ou supprimée.</translation>
    </message>
    <message>
        <source>%1: the target is busy; try again later.</source>
        <translation>%1 : la cible est occupée ; réessayez plus tard.</translation>
    </message>
    <message>
        <source>%1: reservation conflict; another host holds a reservation on this LUN.</source>
        <translation>%1 : conflit de réservation ; un autre hôte détient une réservation sur ce LUN.</translation>
    </message>
    <message>
        <source>%1: the target&apos;s task set is full; try again later.</source>
        <translation>%1 : l&apos;ensemble de tâches de la cible est plein ; réessayez plus tard.</translation>
    </message>
    <message>
        <source>%1 ended with SCSI status 0x%2.</source>
        <translation>%1 s&apos;est terminé avec le statut SCSI 0x%2.</translation>
    </message>
    <message>
        <source>The answer to %1 is incomplete or malformed.</source>
        <translation>La réponse à %1 est incomplète ou mal formée.</translation>
    </message>
    <message>
        <source>libvirt at %1 closed the connection (the daemon stopped or restarted). Reconnect once it runs again.</source>
        <translation>libvirt sur %1 a fermé la connexion (le démon s&apos;est arrêté ou a redémarré). Reconnectez-vous dès qu&apos;il fonctionne à nouveau.</translation>
    </message>
    <message>
        <source>libvirt at %1 stopped answering keep-alive messages (host or network down?). Reconnect once it can be reached.</source>
        <translation>libvirt sur %1 ne répond plus aux messages keep-alive (hôte ou réseau hors service ?). Reconnectez-vous dès qu&apos;il est de nouveau joignable.</translation>
    </message>
    <message>
        <source>The connection to %1 was closed.</source>
        <translation>La connexion à %1 a été fermée.</translation>
    </message>
    <message>
        <source>The connection to libvirt at %1 failed. Reconnect.</source>
        <translation>La connexion à libvirt sur %1 a échoué. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>Could not connect to libvirt at %1.</source>
        <translation>Impossible de se connecter à libvirt sur %1.</translation>
    </message>
    <message>
        <source>libvirt gave no reason.</source>
        <translation>libvirt n&apos;a donné aucune raison.</translation>
    </message>
    <message>
        <source>libvirt rejected the XML; the details say where.</source>
        <translation>libvirt a rejeté le XML ; les détails indiquent où.</translation>
    </message>
    <message>
        <source>That storage pool does not exist (any more); refresh the list.</source>
        <translation>Ce pool de stockage n&apos;existe pas (ou plus) ; actualisez la liste.</translation>
    </message>
    <message>
        <source>That secret does not exist (any more).</source>
        <translation>Ce secret n&apos;existe pas (ou plus).</translation>
    </message>
    <message>
        <source>The object is not in a state that allows this; refresh and try again.</source>
        <translation>L&apos;objet n&apos;est pas dans un état qui permet cette opération ; actualisez et réessayez.</translation>
    </message>
    <message>
        <source>libvirt&apos;s access control denied this to your user.</source>
        <translation>Le contrôle d&apos;accès de libvirt a refusé cette opération à votre utilisateur.</translation>
    </message>
    <message>
        <source>libvirt gave up waiting; try again.</source>
        <translation>libvirt a cessé d&apos;attendre ; réessayez.</translation>
    </message>
    <message>
        <source>Not connected to libvirt: open a connection first.</source>
        <translation>Non connecté à libvirt : ouvrez d&apos;abord une connexion.</translation>
    </message>
    <message>
        <source>Not connected to libvirt at %1 (closed or lost): connect again.</source>
        <translation>Non connecté à libvirt sur %1 (connexion fermée ou perdue) : reconnectez-vous.</translation>
    </message>
    <message>
        <source>The connection to %1 was closed during the job.</source>
        <translation>La connexion à %1 a été fermée pendant la tâche.</translation>
    </message>
    <message>
        <source>A storage pool named “%1” already exists on %2: choose another name, or remove that pool first.</source>
        <translation>Un pool de stockage nommé « %1 » existe déjà sur %2 : choisissez un autre nom ou supprimez d&apos;abord ce pool.</translation>
    </message>
    <message>
        <source>reused the secret that exists for this target (%1)</source>
        <translation>secret existant de cette cible réutilisé (%1)</translation>
    </message>
    <message>
        <source>was not running</source>
        <translation>n&apos;était pas en cours d&apos;exécution</translation>
    </message>
    <message>
        <source>Undoing the earlier steps failed too; see the report.</source>
        <translation>L&apos;annulation des étapes précédentes a également échoué ; consultez le rapport.</translation>
    </message>
    <message>
        <source>The earlier steps were undone.</source>
        <translation>Les étapes précédentes ont été annulées.</translation>
    </message>
    <message>
        <source>Nothing had been changed.</source>
        <translation>Rien n&apos;avait été modifié.</translation>
    </message>
    <message>
        <source>Could not define storage pool “%1”: “%2” failed on %3. %4</source>
        <translation>Impossible de définir le pool de stockage « %1 » : « %2 » a échoué sur %3. %4</translation>
    </message>
    <message>
        <source>Check that the pool name is free</source>
        <translation>Vérifier que le nom du pool est libre</translation>
    </message>
    <message>
        <source>Define CHAP secret</source>
        <translation>Définir le secret CHAP</translation>
    </message>
    <message>
        <source>Store CHAP password</source>
        <translation>Enregistrer le mot de passe CHAP</translation>
    </message>
    <message>
        <source>Define pool</source>
        <translation>Définir le pool</translation>
    </message>
    <message>
        <source>Start pool</source>
        <translation>Démarrer le pool</translation>
    </message>
    <message>
        <source>Turn on autostart</source>
        <translation>Activer le démarrage automatique</translation>
    </message>
    <message>
        <source>Undo: stop pool</source>
        <translation>Annulation : arrêter le pool</translation>
    </message>
    <message>
        <source>Undo: remove pool</source>
        <translation>Annulation : supprimer le pool</translation>
    </message>
    <message>
        <source>Undo: remove CHAP secret</source>
        <translation>Annulation : supprimer le secret CHAP</translation>
    </message>
    <message>
        <source>Define storage pool “%1”</source>
        <translation>Définir le pool de stockage « %1 »</translation>
    </message>
    <message>
        <source>[ok]</source>
        <translation>[ok]</translation>
    </message>
    <message>
        <source>[failed]</source>
        <translation>[échec]</translation>
    </message>
    <message>
        <source>The libvirt driver behind %1 has no secret driver, so it cannot keep CHAP passwords.</source>
        <translation>Le pilote libvirt derrière %1 n&apos;a pas de pilote de secrets ; il ne peut donc pas conserver de mots de passe CHAP.</translation>
    </message>
    <message>
        <source>Could not define a secret on %1.</source>
        <translation>Impossible de définir un secret sur %1.</translation>
    </message>
    <message>
        <source>Could not store the value of secret %1 on %2.</source>
        <translation>Impossible d&apos;enregistrer la valeur du secret %1 sur %2.</translation>
    </message>
    <message>
        <source>Could not look up the secret for “%1” on %2.</source>
        <translation>Impossible de rechercher le secret de « %1 » sur %2.</translation>
    </message>
    <message>
        <source>Could not remove secret %1 on %2.</source>
        <translation>Impossible de supprimer le secret %1 sur %2.</translation>
    </message>
    <message>
        <source>Could not define a storage pool on %1.</source>
        <translation>Impossible de définir un pool de stockage sur %1.</translation>
    </message>
    <message>
        <source>Could not remove (undefine) storage pool “%1” on %2.</source>
        <translation>Impossible de supprimer la définition du pool de stockage « %1 » sur %2.</translation>
    </message>
    <message>
        <source>Could not start storage pool “%1” on %2.</source>
        <translation>Impossible de démarrer le pool de stockage « %1 » sur %2.</translation>
    </message>
    <message>
        <source>Could not stop storage pool “%1” on %2.</source>
        <translation>Impossible d&apos;arrêter le pool de stockage « %1 » sur %2.</translation>
    </message>
    <message>
        <source>Could not refresh storage pool “%1” on %2.</source>
        <translation>Impossible d&apos;actualiser le pool de stockage « %1 » sur %2.</translation>
    </message>
    <message>
        <source>Could not turn on autostart of storage pool “%1” on %2.</source>
        <translation>Impossible d&apos;activer le démarrage automatique du pool de stockage « %1 » sur %2.</translation>
    </message>
    <message>
        <source>Could not turn off autostart of storage pool “%1” on %2.</source>
        <translation>Impossible de désactiver le démarrage automatique du pool de stockage « %1 » sur %2.</translation>
    </message>
    <message>
        <source>Could not read storage pool “%1” on %2.</source>
        <translation>Impossible de lire le pool de stockage « %1 » sur %2.</translation>
    </message>
    <message>
        <source>Could not list the storage pools of %1.</source>
        <translation>Impossible de lister les pools de stockage de %1.</translation>
    </message>
    <message>
        <source>Could not look up storage pool “%1” on %2.</source>
        <translation>Impossible de rechercher le pool de stockage « %1 » sur %2.</translation>
    </message>
    <message>
        <source>Could not list the volumes of storage pool “%1” on %2.</source>
        <translation>Impossible de lister les volumes du pool de stockage « %1 » sur %2.</translation>
    </message>
    <message>
        <source>Could not read the XML of storage pool “%1” on %2.</source>
        <translation>Impossible de lire le XML du pool de stockage « %1 » sur %2.</translation>
    </message>
    <message>
        <source>The libvirt driver behind %1 cannot tell which storage pool types it supports (libvirt&apos;s test driver, or libvirt older than 5.2).</source>
        <translation>Le pilote libvirt derrière %1 ne peut pas indiquer quels types de pools de stockage il prend en charge (pilote de test de libvirt, ou libvirt antérieur à 5.2).</translation>
    </message>
    <message>
        <source>Could not read the storage pool capabilities of %1.</source>
        <translation>Impossible de lire les fonctionnalités de pools de stockage de %1.</translation>
    </message>
    <message>
        <source>libvirt at %1 has no iscsi-direct storage backend: install the Debian package libvirt-daemon-driver-storage-iscsi-direct on that host (other distributions: libvirt&apos;s iscsi-direct storage driver), then restart libvirtd or virtstoraged.</source>
        <translation>libvirt sur %1 n&apos;a pas de backend de stockage iscsi-direct : installez le paquet Debian libvirt-daemon-driver-storage-iscsi-direct sur cet hôte (autres distributions : le pilote de stockage iscsi-direct de libvirt), puis redémarrez libvirtd ou virtstoraged.</translation>
    </message>
    <message>
        <source>libvirt at %1 answered storage pool capabilities LunScope cannot read.</source>
        <translation>libvirt sur %1 a renvoyé des fonctionnalités de pools de stockage que LunScope ne sait pas lire.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>libvirt&apos;s schema %1 cannot be read, so the XML cannot be checked against it.</source>
        <translation>Le schéma libvirt %1 ne peut pas être lu ; le XML ne peut donc pas être validé par rapport à celui-ci.</translation>
    </message>
    <message>
        <source>libvirt&apos;s schema %1 is not installed (it comes with libvirt), so the XML cannot be checked against it.</source>
        <translation>Le schéma libvirt %1 n&apos;est pas installé (il est fourni avec libvirt) ; le XML ne peut donc pas être validé par rapport à celui-ci.</translation>
    </message>
    <message>
        <source>libxml2 could not set up an XML parser.</source>
        <translation>libxml2 n&apos;a pas pu initialiser d&apos;analyseur XML.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <source>%1:%2: The XML is not well-formed: %3</source>
        <translation>%1:%2 : le XML n&apos;est pas bien formé : %3</translation>
    </message>
    <message>
        <source>libxml2 could not set up a RelaxNG validator.</source>
        <translation>libxml2 n&apos;a pas pu initialiser de validateur RelaxNG.</translation>
    </message>
    <message>
        <source>no details from libxml2</source>
        <translation>aucun détail fourni par libxml2</translation>
    </message>
    <message>
        <source>The XML does not match libvirt&apos;s schema %1:
%2</source>
        <translation>Le XML ne correspond pas au schéma libvirt %1 :
%2</translation>
    </message>
    <message>
        <source>Enter a name for the pool.</source>
        <translation>Saisissez un nom pour le pool.</translation>
    </message>
    <message>
        <source>A pool name cannot contain &apos;/&apos;.</source>
        <translation>Un nom de pool ne peut pas contenir &apos;/&apos;.</translation>
    </message>
    <message>
        <source>A pool name cannot contain line breaks, tabs or other control characters.</source>
        <translation>Un nom de pool ne peut pas contenir de sauts de ligne, de tabulations ni d&apos;autres caractères de contrôle.</translation>
    </message>
    <message>
        <source>&quot;.&quot; and &quot;..&quot; cannot be pool names; choose another name.</source>
        <translation>« . » et « .. » ne peuvent pas être des noms de pool ; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The pool name is %1 bytes long; libvirt stores the pool in a file named after it, so use at most %2 bytes.</source>
        <translation>Le nom du pool fait %1 octets ; libvirt enregistre le pool dans un fichier portant ce nom, utilisez donc au plus %2 octets.</translation>
    </message>
    <message>
        <source>The UUID must look like 0a81f5b2-8403-7b23-c8d6-21ccc2f80d6f; leave it empty and libvirt generates one.</source>
        <translation>L&apos;UUID doit ressembler à 0a81f5b2-8403-7b23-c8d6-21ccc2f80d6f ; laissez-le vide et libvirt en générera un.</translation>
    </message>
    <message>
        <source>Enter a port from 1 to 65535; iSCSI portals usually listen on %1.</source>
        <translation>Saisissez un port de 1 à 65535 ; les portails iSCSI écoutent généralement sur %1.</translation>
    </message>
    <message>
        <source>Enter the IQN of the target the pool uses.</source>
        <translation>Saisissez l&apos;IQN de la cible utilisée par le pool.</translation>
    </message>
    <message>
        <source>libvirt takes only iqn. names for an iscsi-direct pool&apos;s target, not &quot;%1&quot;.</source>
        <translation>libvirt n&apos;accepte que des noms iqn. pour la cible d&apos;un pool iscsi-direct, pas « %1 ».</translation>
    </message>
    <message>
        <source>Remove the &apos;:&apos; at the end of &quot;%1&quot;, or add the target&apos;s name after it.</source>
        <translation>Supprimez le &apos;:&apos; à la fin de « %1 », ou ajoutez le nom de la cible après celui-ci.</translation>
    </message>
    <message>
        <source>Enter the initiator IQN; libvirt logs in to the target with it.</source>
        <translation>Saisissez l&apos;IQN de l&apos;initiateur ; libvirt l&apos;utilise pour ouvrir une session sur la cible.</translation>
    </message>
    <message>
        <source>Enter the CHAP user name that goes with the secret, or clear the secret.</source>
        <translation>Saisissez le nom d&apos;utilisateur CHAP associé au secret, ou effacez le secret.</translation>
    </message>
    <message>
        <source>Enter the CHAP user name that goes with the secret.</source>
        <translation>Saisissez le nom d&apos;utilisateur CHAP associé au secret.</translation>
    </message>
    <message>
        <source>Enter the CHAP user name, or turn CHAP off.</source>
        <translation>Saisissez le nom d&apos;utilisateur CHAP, ou désactivez CHAP.</translation>
    </message>
    <message>
        <source>The CHAP user name cannot contain line breaks, tabs or other control characters.</source>
        <translation>Le nom d&apos;utilisateur CHAP ne peut pas contenir de sauts de ligne, de tabulations ni d&apos;autres caractères de contrôle.</translation>
    </message>
    <message>
        <source>Enter the CHAP secret for user &quot;%1&quot;.</source>
        <translation>Saisissez le secret CHAP de l&apos;utilisateur « %1 ».</translation>
    </message>
    <message>
        <source>Enter the UUID of the libvirt secret that holds the CHAP secret.</source>
        <translation>Saisissez l&apos;UUID du secret libvirt qui contient le secret CHAP.</translation>
    </message>
    <message>
        <source>The secret&apos;s UUID must look like 0a81f5b2-8403-7b23-c8d6-21ccc2f80d6f.</source>
        <translation>L&apos;UUID du secret doit ressembler à 0a81f5b2-8403-7b23-c8d6-21ccc2f80d6f.</translation>
    </message>
    <message>
        <source>Enter the usage id of the libvirt secret that holds the CHAP secret, for example &quot;%1&quot;.</source>
        <translation>Saisissez l&apos;identifiant d&apos;usage du secret libvirt qui contient le secret CHAP, par exemple « %1 ».</translation>
    </message>
    <message>
        <source>A secret&apos;s usage id cannot contain &apos;/&apos;, line breaks or other control characters.</source>
        <translation>L&apos;identifiant d&apos;usage d&apos;un secret ne peut pas contenir &apos;/&apos;, de sauts de ligne ni d&apos;autres caractères de contrôle.</translation>
    </message>
    <message>
        <source>An iscsi-direct pool uses exactly one &lt;host&gt;; remove the others from the XML.</source>
        <translation>Un pool iscsi-direct utilise exactement un &lt;host&gt; ; supprimez les autres du XML.</translation>
    </message>
    <message>
        <source>libvirt only reads the first &lt;%1&gt;; remove the others from the XML.</source>
        <translation>libvirt ne lit que le premier &lt;%1&gt; ; supprimez les autres du XML.</translation>
    </message>
    <message>
        <source>libvirt&apos;s iscsi-direct pools log in with one-way CHAP only, so the pool cannot check the target&apos;s mutual CHAP name &quot;%1&quot;. Turn mutual CHAP off for this initiator on the target, or use the target without a pool.</source>
        <translation>Les pools iscsi-direct de libvirt ouvrent la session uniquement avec un CHAP unidirectionnel ; le pool ne peut donc pas vérifier le nom CHAP mutuel « %1 » de la cible. Désactivez le CHAP mutuel pour cet initiateur sur la cible, ou utilisez la cible sans pool.</translation>
    </message>
    <message>
        <source>The document holds no XML element; a libvirt pool starts with &lt;pool&gt;.</source>
        <translation>Le document ne contient aucun élément XML ; un pool libvirt commence par &lt;pool&gt;.</translation>
    </message>
    <message>
        <source>The XML is not well-formed: %1</source>
        <translation>Le XML n&apos;est pas bien formé : %1</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2 : %3</translation>
    </message>
    <message>
        <source>The entity reference &amp;%1; cannot be resolved.</source>
        <translation>La référence d&apos;entité &amp;%1; ne peut pas être résolue.</translation>
    </message>
    <message>
        <source>&lt;%1&gt; holds text only; it cannot contain &lt;%2&gt;.</source>
        <translation>&lt;%1&gt; ne contient que du texte ; il ne peut pas contenir &lt;%2&gt;.</translation>
    </message>
    <message>
        <source>The document is a &lt;%1&gt;, not a libvirt &lt;pool&gt;.</source>
        <translation>Le document est un &lt;%1&gt;, pas un &lt;pool&gt; libvirt.</translation>
    </message>
    <message>
        <source>The &lt;pool&gt; has no type; LunScope edits pools of type &apos;%1&apos;.</source>
        <translation>L&apos;élément &lt;pool&gt; n&apos;a pas de type ; LunScope modifie les pools de type &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>This is a pool of type &apos;%1&apos;; LunScope edits pools of type &apos;%2&apos; only.</source>
        <translation>Ce pool est de type &apos;%1&apos; ; LunScope ne modifie que les pools de type &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>The pool has no &lt;name&gt;.</source>
        <translation>Le pool n&apos;a pas de &lt;name&gt;.</translation>
    </message>
    <message>
        <source>The pool has no &lt;source&gt;; an iscsi-direct pool needs one with &lt;host&gt;, &lt;device&gt; and &lt;initiator&gt;.</source>
        <translation>Le pool n&apos;a pas de &lt;source&gt; ; un pool iscsi-direct en nécessite un avec &lt;host&gt;, &lt;device&gt; et &lt;initiator&gt;.</translation>
    </message>
    <message>
        <source>The &lt;source&gt; has no &lt;host name=&apos;…&apos;/&gt; for the iSCSI portal.</source>
        <translation>L&apos;élément &lt;source&gt; n&apos;a pas de &lt;host name=&apos;…&apos;/&gt; pour le portail iSCSI.</translation>
    </message>
    <message>
        <source>The &lt;source&gt; has no &lt;initiator&gt;&lt;iqn name=&apos;…&apos;/&gt;&lt;/initiator&gt;; libvirt needs the initiator&apos;s IQN for iscsi-direct pools.</source>
        <translation>L&apos;élément &lt;source&gt; n&apos;a pas de &lt;initiator&gt;&lt;iqn name=&apos;…&apos;/&gt;&lt;/initiator&gt; ; libvirt a besoin de l&apos;IQN de l&apos;initiateur pour les pools iscsi-direct.</translation>
    </message>
    <message>
        <source>The &lt;host&gt; has no name attribute.</source>
        <translation>L&apos;élément &lt;host&gt; n&apos;a pas d&apos;attribut name.</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is not a number.</source>
        <translation>Le port « %1 » n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>The port %1 is not between 1 and 65535.</source>
        <translation>Le port %1 n&apos;est pas compris entre 1 et 65535.</translation>
    </message>
    <message>
        <source>The &lt;device&gt; has no path attribute with the target&apos;s IQN.</source>
        <translation>L&apos;élément &lt;device&gt; n&apos;a pas d&apos;attribut path contenant l&apos;IQN de la cible.</translation>
    </message>
    <message>
        <source>The initiator&apos;s &lt;iqn&gt; has no name attribute.</source>
        <translation>L&apos;élément &lt;iqn&gt; de l&apos;initiateur n&apos;a pas d&apos;attribut name.</translation>
    </message>
    <message>
        <source>The &lt;initiator&gt; has no &lt;iqn name=&apos;…&apos;/&gt;.</source>
        <translation>L&apos;élément &lt;initiator&gt; n&apos;a pas de &lt;iqn name=&apos;…&apos;/&gt;.</translation>
    </message>
    <message>
        <source>The &lt;auth&gt; has no type; write type=&apos;chap&apos;.</source>
        <translation>L&apos;élément &lt;auth&gt; n&apos;a pas de type ; écrivez type=&apos;chap&apos;.</translation>
    </message>
    <message>
        <source>The authentication type is &apos;%1&apos;; iscsi-direct pools support &apos;chap&apos; only.</source>
        <translation>Le type d&apos;authentification est &apos;%1&apos; ; les pools iscsi-direct ne prennent en charge que &apos;chap&apos;.</translation>
    </message>
    <message>
        <source>The &lt;auth&gt; has no username attribute.</source>
        <translation>L&apos;élément &lt;auth&gt; n&apos;a pas d&apos;attribut username.</translation>
    </message>
    <message>
        <source>The &lt;secret&gt; must name the libvirt secret by either usage=&apos;…&apos; or uuid=&apos;…&apos;.</source>
        <translation>L&apos;élément &lt;secret&gt; doit désigner le secret libvirt soit par usage=&apos;…&apos;, soit par uuid=&apos;…&apos;.</translation>
    </message>
    <message>
        <source>The &lt;auth&gt; has no &lt;secret usage=&apos;…&apos;/&gt; or &lt;secret uuid=&apos;…&apos;/&gt;.</source>
        <translation>L&apos;élément &lt;auth&gt; n&apos;a ni &lt;secret usage=&apos;…&apos;/&gt; ni &lt;secret uuid=&apos;…&apos;/&gt;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address: write four numbers from 0 to 255, separated by dots and without leading zeros.</source>
        <translation>« %1 » n&apos;est pas une adresse IPv4 : écrivez quatre nombres de 0 à 255, séparés par des points et sans zéros initiaux.</translation>
    </message>
    <message>
        <source>Put the port %1 into the port field; the host is just &quot;%2&quot;.</source>
        <translation>Mettez le port %1 dans le champ du port ; l&apos;hôte est simplement « %2 ».</translation>
    </message>
    <message>
        <source>libvirt cannot use an IPv6 zone such as &quot;%1&quot;; use an address without it.</source>
        <translation>libvirt ne peut pas utiliser de zone IPv6 telle que « %1 » ; utilisez une adresse sans zone.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv6 address.</source>
        <translation>« %1 » n&apos;est pas une adresse IPv6.</translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; may only contain letters, digits, &apos;-&apos; and &apos;.&apos; (international names in their xn-- form).</source>
        <translation>Le nom d&apos;hôte « %1 » ne peut contenir que des lettres, des chiffres, &apos;-&apos; et &apos;.&apos; (noms internationaux sous leur forme xn--).</translation>
    </message>
    <message>
        <source>The host name is longer than 253 characters.</source>
        <translation>Le nom d&apos;hôte dépasse 253 caractères.</translation>
    </message>
    <message>
        <source>In the host name &quot;%1&quot;, each part between dots must have 1 to 63 characters and cannot start or end with &apos;-&apos;.</source>
        <translation>Dans le nom d&apos;hôte « %1 », chaque partie entre les points doit comporter de 1 à 63 caractères et ne peut ni commencer ni se terminer par &apos;-&apos;.</translation>
    </message>
    <message>
        <source>Enter the host name or IP address of the iSCSI portal.</source>
        <translation>Saisissez le nom d&apos;hôte ou l&apos;adresse IP du portail iSCSI.</translation>
    </message>
    <message>
        <source>The host cannot contain line breaks, tabs or other control characters.</source>
        <translation>L&apos;hôte ne peut pas contenir de sauts de ligne, de tabulations ni d&apos;autres caractères de contrôle.</translation>
    </message>
    <message>
        <source>Write the IPv6 address without brackets: %1.</source>
        <translation>Écrivez l&apos;adresse IPv6 sans crochets : %1.</translation>
    </message>
    <message>
        <source>Vendor specific</source>
        <translation>Spécifique au fabricant</translation>
    </message>
    <message>
        <source>T10 vendor ID</source>
        <translation>ID fabricant T10</translation>
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
        <translation>Port cible relatif</translation>
    </message>
    <message>
        <source>Target port group</source>
        <translation>Groupe de ports cibles</translation>
    </message>
    <message>
        <source>Logical unit group</source>
        <translation>Groupe d&apos;unités logiques</translation>
    </message>
    <message>
        <source>MD5 logical unit ID</source>
        <translation>ID d&apos;unité logique MD5</translation>
    </message>
    <message>
        <source>SCSI name</source>
        <translation>Nom SCSI</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Disque</translation>
    </message>
    <message>
        <source>Tape</source>
        <translation>Bande</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Imprimante</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Processeur</translation>
    </message>
    <message>
        <source>Write-once</source>
        <translation>Écriture unique</translation>
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
        <translation>Mémoire optique</translation>
    </message>
    <message>
        <source>Media changer</source>
        <translation>Changeur de supports</translation>
    </message>
    <message>
        <source>Communications</source>
        <translation>Communications</translation>
    </message>
    <message>
        <source>Storage array controller</source>
        <translation>Contrôleur de baie de stockage</translation>
    </message>
    <message>
        <source>Enclosure services</source>
        <translation>Services de boîtier</translation>
    </message>
    <message>
        <source>Simplified disk (RBC)</source>
        <translation>Disque simplifié (RBC)</translation>
    </message>
    <message>
        <source>Object storage</source>
        <translation>Stockage objet</translation>
    </message>
    <message>
        <source>Zoned disk</source>
        <translation>Disque zoné</translation>
    </message>
    <message>
        <source>Well-known LUN</source>
        <translation>LUN bien connu</translation>
    </message>
    <message>
        <source>Unknown (type 0x%1)</source>
        <translation>Inconnu (type 0x%1)</translation>
    </message>
    <message>
        <source>REPORT LUNS needs %1 bytes; asking again</source>
        <translation>REPORT LUNS nécessite %1 octets ; nouvelle demande</translation>
    </message>
    <message numerus="yes">
        <source>REPORT LUNS: %n LUN(s)</source>
        <translation>
            <numerusform>REPORT LUNS : %n LUN</numerusform>
            <numerusform>REPORT LUNS : %n LUN</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <source>%1 For example: %2.</source>
        <translation>%1 Par exemple : %2.</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Enter a libvirt connection URI.</source>
        <translation>Saisissez une URI de connexion libvirt.</translation>
    </message>
    <message>
        <source>A connection URI has no spaces.</source>
        <translation>Une URI de connexion ne contient pas d&apos;espaces.</translation>
    </message>
    <message>
        <source>“%1” is not a libvirt URI: it starts with a driver, then “://”.</source>
        <translation>« %1 » n&apos;est pas une URI libvirt : elle commence par un pilote, suivi de « :// ».</translation>
    </message>
    <message>
        <source>libvirt has no driver named “%1”.</source>
        <translation>libvirt n&apos;a pas de pilote nommé « %1 ».</translation>
    </message>
    <message>
        <source>“%1” is not a libvirt transport; use ssh, tls, tcp, libssh, libssh2, unix or ext.</source>
        <translation>« %1 » n&apos;est pas un transport libvirt ; utilisez ssh, tls, tcp, libssh, libssh2, unix ou ext.</translation>
    </message>
    <message>
        <source>Name the host to reach over %1.</source>
        <translation>Indiquez l&apos;hôte à joindre via %1.</translation>
    </message>
    <message>
        <source>Add the instance after the host, such as “/system”, “/session” or, for the test driver, “/default”.</source>
        <translation>Ajoutez l&apos;instance après l&apos;hôte, par exemple « /system », « /session » ou, pour le pilote de test, « /default ».</translation>
    </message>
    <message>
        <source>Internal error: an operation ended with neither a result nor an error. Please report it, with the scan log.</source>
        <translation>Erreur interne : une opération s’est terminée sans résultat ni erreur. Veuillez la signaler, avec le journal d’analyse.</translation>
    </message>
    <message>
        <source>“%1” is not a step of defining a pool.</source>
        <translation>« %1 » n&apos;est pas une étape de la définition d&apos;un pool.</translation>
    </message>
    <message>
        <source>perhaps a new CHAP secret for usage “%1”</source>
        <translation>peut-être un nouveau secret CHAP pour l&apos;usage « %1 »</translation>
    </message>
    <message>
        <source>perhaps storage pool “%1”</source>
        <translation>peut-être le pool de stockage « %1 »</translation>
    </message>
    <message>
        <source>storage pool “%1”, defined by this job</source>
        <translation>le pool de stockage « %1 », défini par cette opération</translation>
    </message>
    <message>
        <source>CHAP secret %1, defined by this job</source>
        <translation>le secret CHAP %1, défini par cette opération</translation>
    </message>
    <message>
        <source>Define pool again with the edited XML</source>
        <translation>Redéfinir le pool avec le XML modifié</translation>
    </message>
    <message>
        <source>Turn off autostart</source>
        <translation>Désactiver le démarrage automatique</translation>
    </message>
    <message>
        <source>Undo: define the previous XML again</source>
        <translation>Annulation : définir à nouveau le XML précédent</translation>
    </message>
    <message>
        <source>Redefine storage pool “%1”</source>
        <translation>Redéfinir le pool de stockage « %1 »</translation>
    </message>
    <message>
        <source>left behind: %1</source>
        <translation>laissé en place : %1</translation>
    </message>
    <message>
        <source>“%1” is not a step of redefining a pool.</source>
        <translation>« %1 » n&apos;est pas une étape de la redéfinition d&apos;un pool.</translation>
    </message>
    <message>
        <source>perhaps the edited definition of storage pool “%1”</source>
        <translation>peut-être la définition modifiée du pool de stockage « %1 »</translation>
    </message>
    <message>
        <source>the edited definition of storage pool “%1”</source>
        <translation>la définition modifiée du pool de stockage « %1 »</translation>
    </message>
    <message>
        <source>Could not redefine storage pool “%1”: “%2” failed on %3. %4</source>
        <translation>Impossible de redéfinir le pool de stockage « %1 » : « %2 » a échoué sur %3. %4</translation>
    </message>
    <message>
        <source>libvirt may have done it before the connection closed</source>
        <translation>libvirt l&apos;a peut-être fait avant la fermeture de la connexion</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Left behind: %1.</source>
        <translation>Laissé en place : %1.</translation>
    </message>
    <message>
        <source>A pool name cannot be only spaces; enter a name.</source>
        <translation>Un nom de pool ne peut pas être composé uniquement d&apos;espaces ; saisissez un nom.</translation>
    </message>
    <message>
        <source>Remove the spaces at the start or end of the pool name.</source>
        <translation>Supprimez les espaces au début ou à la fin du nom du pool.</translation>
    </message>
    <message>
        <source>libvirt is not running there, or cannot be reached: start libvirtd (or virtqemud) on that host, or check the URI.</source>
        <translation>libvirt ne tourne pas là-bas ou n&apos;est pas joignable : démarrez libvirtd (ou virtqemud) sur cet hôte, ou vérifiez l&apos;URI.</translation>
    </message>
    <message>
        <source>No libvirt driver handles that URI: check it (for example qemu:///system or qemu+ssh://host/system).</source>
        <translation>Aucun pilote libvirt ne gère cette URI : vérifiez-la (par exemple qemu:///system ou qemu+ssh://hôte/system).</translation>
    </message>
    <message>
        <source>The SSH connection failed: check the host name and that ssh can log in there without a password prompt.</source>
        <translation>La connexion SSH a échoué : vérifiez le nom d&apos;hôte et que ssh peut s&apos;y connecter sans demander de mot de passe.</translation>
    </message>
    <message>
        <source>libvirt refused the connection: check that your user may manage libvirt there (group libvirt, polkit).</source>
        <translation>libvirt a refusé la connexion : vérifiez que votre utilisateur peut y gérer libvirt (groupe libvirt, polkit).</translation>
    </message>
    <message>
        <source>The connection to libvirt broke: reconnect, and check that the daemon still runs.</source>
        <translation>La connexion à libvirt a été rompue : reconnectez-vous et vérifiez que le démon tourne toujours.</translation>
    </message>
    <message>
        <source>The libvirt driver there does not support this.</source>
        <translation>Le pilote libvirt de cet hôte ne prend pas cela en charge.</translation>
    </message>
    <message>
        <source>Could not ask %1 whether it keeps secrets.</source>
        <translation>Impossible de demander à %1 s&apos;il conserve des secrets.</translation>
    </message>
    <message>
        <source>%1 lacks %2.</source>
        <translation>%1 n&apos;a pas de %2.</translation>
    </message>
    <message>
        <source>%1 holds text libvirt does not expect there.</source>
        <translation>%1 contient du texte que libvirt n&apos;attend pas à cet endroit.</translation>
    </message>
    <message>
        <source>unknown element %1 in %2.</source>
        <translation>élément inconnu %1 dans %2.</translation>
    </message>
    <message>
        <source>%1 in %2: “%3” is not a value libvirt accepts there (or the element is not allowed there).</source>
        <translation>%1 dans %2 : « %3 » n&apos;est pas une valeur que libvirt accepte à cet endroit (ou l&apos;élément n&apos;y est pas permis).</translation>
    </message>
    <message>
        <source>unexpected element %1.</source>
        <translation>élément inattendu %1.</translation>
    </message>
    <message>
        <source>%1 where %2 belongs.</source>
        <translation>%1 à la place de %2.</translation>
    </message>
    <message>
        <source>%1 in %2 where %3 belongs.</source>
        <translation>%1 dans %2 à la place de %3.</translation>
    </message>
    <message>
        <source>%1 does not accept %2=&quot;%3&quot;: the attribute is unknown there or its value is not allowed.</source>
        <translation>%1 n&apos;accepte pas %2=&quot;%3&quot; : l&apos;attribut y est inconnu ou sa valeur n&apos;est pas permise.</translation>
    </message>
    <message>
        <source>%1 does not accept the attribute %2.</source>
        <translation>%1 n&apos;accepte pas l&apos;attribut %2.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a value libvirt accepts there.</source>
        <translation>%1 : « %2 » n&apos;est pas une valeur que libvirt accepte à cet endroit.</translation>
    </message>
    <message>
        <source>%1 holds a value libvirt does not accept.</source>
        <translation>%1 contient une valeur que libvirt n&apos;accepte pas.</translation>
    </message>
    <message>
        <source>%1 holds text where libvirt expects none.</source>
        <translation>%1 contient du texte là où libvirt n&apos;en attend pas.</translation>
    </message>
    <message>
        <source>%1 holds text where libvirt expects an element.</source>
        <translation>%1 contient du texte là où libvirt attend un élément.</translation>
    </message>
    <message>
        <source>an attribute of %1 is not what libvirt accepts (its type=, for one).</source>
        <translation>un attribut de %1 n&apos;est pas ce que libvirt accepte (son type=, par exemple).</translation>
    </message>
    <message>
        <source>the content of %1 is not what libvirt&apos;s schema allows.</source>
        <translation>le contenu de %1 n&apos;est pas ce que le schéma de libvirt permet.</translation>
    </message>
    <message>
        <source>%1 is not allowed in %2 (or not there).</source>
        <translation>%1 n&apos;est pas permis dans %2 (ou pas à cet endroit).</translation>
    </message>
    <message>
        <source>the elements in %1 are not what libvirt&apos;s schema allows.</source>
        <translation>les éléments de %1 ne sont pas ce que le schéma de libvirt permet.</translation>
    </message>
    <message>
        <source>No host has a pool for this target to copy.</source>
        <translation>Aucun hôte n&apos;a de pool pour cette cible à copier.</translation>
    </message>
    <message>
        <source>The reference: the other hosts get its settings.</source>
        <translation>La référence : les autres hôtes reçoivent ses réglages.</translation>
    </message>
    <message>
        <source>Not chosen.</source>
        <translation>Non choisi.</translation>
    </message>
    <message>
        <source>Not connected: its pools are not known.</source>
        <translation>Non connecté : ses pools ne sont pas connus.</translation>
    </message>
    <message>
        <source>This host&apos;s libvirt has no iscsi-direct backend: install its storage driver for iSCSI (libvirt-daemon-driver-storage-iscsi-direct).</source>
        <translation>Le libvirt de cet hôte n&apos;a pas de backend iscsi-direct : installez son pilote de stockage iSCSI (libvirt-daemon-driver-storage-iscsi-direct).</translation>
    </message>
    <message>
        <source>The name “%1” is taken on this host.</source>
        <translation>Le nom « %1 » est déjà pris sur cet hôte.</translation>
    </message>
    <message>
        <source>Differs (%1); pools that differ are only redefined when you ask.</source>
        <translation>Diffère (%1) ; les pools qui diffèrent ne sont redéfinis que si vous le demandez.</translation>
    </message>
    <message>
        <source>Keeps its name “%1”: VM disks name their pool, and libvirt cannot rename one.</source>
        <translation>Garde son nom « %1 » : les disques des VM nomment leur pool, et libvirt ne sait pas en renommer un.</translation>
    </message>
    <message>
        <source>The reference host&apos;s connection is closed: reconnect it and try again.</source>
        <translation>La connexion à l&apos;hôte de référence est fermée : reconnectez-le et réessayez.</translation>
    </message>
    <message>
        <source>Could not read the definition of the reference pool “%1”: %2</source>
        <translation>Impossible de lire la définition du pool de référence « %1 » : %2</translation>
    </message>
    <message>
        <source>The reference pool “%1” is not an iscsi-direct pool LunScope can copy: %2</source>
        <translation>Le pool de référence « %1 » n&apos;est pas un pool iscsi-direct que LunScope sait copier : %2</translation>
    </message>
    <message>
        <source>The reference pool logs in with CHAP as “%1”: type that user&apos;s secret, so the other hosts can get it.</source>
        <translation>Le pool de référence se connecte en CHAP en tant que « %1 » : saisissez le secret de cet utilisateur pour que les autres hôtes le reçoivent.</translation>
    </message>
    <message>
        <source>The connection to %1 is not open: reconnect it and try again.</source>
        <translation>La connexion à %1 n&apos;est pas ouverte : reconnectez-la et réessayez.</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>La connexion a été fermée.</translation>
    </message>
    <message numerus="yes">
        <source>%n host(s) could not be made consistent; the others are.</source>
        <translation>
            <numerusform>%n hôte n&apos;a pas pu être harmonisé ; les autres le sont.</numerusform>
            <numerusform>%n hôtes n&apos;ont pas pu être harmonisés ; les autres le sont.</numerusform>
        </translation>
    </message>
    <message>
        <source>no pool on this host</source>
        <translation>aucun pool sur cet hôte</translation>
    </message>
    <message>
        <source>another pool name</source>
        <translation>autre nom de pool</translation>
    </message>
    <message>
        <source>another initiator IQN</source>
        <translation>autre IQN d&apos;initiateur</translation>
    </message>
    <message>
        <source>other CHAP settings</source>
        <translation>autres réglages CHAP</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>not started with the host</source>
        <translation>ne démarre pas avec l&apos;hôte</translation>
    </message>
    <message>
        <source>no iscsi-direct backend</source>
        <translation>pas de backend iscsi-direct</translation>
    </message>
    <message>
        <source>several pools for this target</source>
        <translation>plusieurs pools pour cette cible</translation>
    </message>
    <message>
        <source>Do not put user names or passwords in the iSNS address; enter CHAP credentials in the connection settings instead.</source>
        <translation>Ne mettez ni nom d&apos;utilisateur ni mot de passe dans l&apos;adresse iSNS ; saisissez plutôt les identifiants CHAP dans les réglages de connexion.</translation>
    </message>
    <message>
        <source>The iSNS URL &quot;%1&quot; has a path; enter only isns://host[:port].</source>
        <translation>L&apos;URL iSNS « %1 » contient un chemin ; saisissez seulement isns://hôte[:port].</translation>
    </message>
    <message>
        <source>Asking the iSNS server %1 for its iSCSI targets</source>
        <translation>Demande de ses cibles iSCSI au serveur iSNS %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entity(ies)</source>
        <comment>iSNS network entities: the arrays or hosts that registered targets</comment>
        <translation>
            <numerusform>%n entité</numerusform>
            <numerusform>%n entités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The iSNS server lists %n target(s) of %1</source>
        <comment>%1 is a count of entities, e.g. &quot;2 entities&quot;</comment>
        <translation>
            <numerusform>Le serveur iSNS liste %n cible de %1</numerusform>
            <numerusform>Le serveur iSNS liste %n cibles de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The iSNS server %1 refused the connection: nothing listens on that port. Check the port (3205 unless the server says otherwise) and that the iSNS service (isnsd) runs.</source>
        <translation>Le serveur iSNS %1 a refusé la connexion : rien n&apos;écoute sur ce port. Vérifiez le port (3205 sauf indication contraire du serveur) et que le service iSNS (isnsd) fonctionne.</translation>
    </message>
    <message>
        <source>The iSNS server %1 cannot be reached from this machine. Check the address and the network route to it.</source>
        <translation>Le serveur iSNS %1 est injoignable depuis cette machine. Vérifiez l&apos;adresse et la route réseau vers lui.</translation>
    </message>
    <message>
        <source>Could not connect to the iSNS server %1.</source>
        <translation>Impossible de se connecter au serveur iSNS %1.</translation>
    </message>
    <message>
        <source>%1 accepted the connection but gave no iSNS answer. Check that this is the iSNS server&apos;s address and port (3205 unless the server says otherwise).</source>
        <translation>%1 a accepté la connexion mais n&apos;a pas répondu en iSNS. Vérifiez qu&apos;il s&apos;agit bien de l&apos;adresse et du port du serveur iSNS (3205 sauf indication contraire).</translation>
    </message>
    <message>
        <source>The iSNS server %1 does not let %2 list its targets. Register this initiator with the server, or put it in a discovery domain with the targets; or give the initiator name the server knows.</source>
        <translation>Le serveur iSNS %1 ne laisse pas %2 lister ses cibles. Enregistrez cet initiateur auprès du serveur, ou placez-le dans un domaine de découverte avec les cibles ; ou donnez le nom d&apos;initiateur que le serveur connaît.</translation>
    </message>
    <message>
        <source>The iSNS server %1 refused the query for its targets.</source>
        <translation>Le serveur iSNS %1 a refusé la requête sur ses cibles.</translation>
    </message>
    <message>
        <source>The iSNS server name &quot;%1&quot; cannot be resolved. Check the name and DNS, or enter the server&apos;s IP address.</source>
        <translation>Le nom du serveur iSNS « %1 » ne peut pas être résolu. Vérifiez le nom et le DNS, ou saisissez l&apos;adresse IP du serveur.</translation>
    </message>
    <message numerus="yes">
        <source>The iSNS server %1 did not answer within %n s. Check the address, and whether a firewall drops the connection; on a slow link, try a longer timeout.</source>
        <translation>
            <numerusform>Le serveur iSNS %1 n&apos;a pas répondu en %n s. Vérifiez l&apos;adresse, et si un pare-feu bloque la connexion ; sur un lien lent, essayez un délai plus long.</numerusform>
            <numerusform>Le serveur iSNS %1 n&apos;a pas répondu en %n s. Vérifiez l&apos;adresse, et si un pare-feu bloque la connexion ; sur un lien lent, essayez un délai plus long.</numerusform>
        </translation>
    </message>
    <message>
        <source>The iSNS server lists %1 without a portal, so there is nowhere to log in to it. Check the target&apos;s iSNS registration on its array.</source>
        <translation>Le serveur iSNS liste %1 sans portail : il n&apos;y a nulle part où s&apos;y connecter. Vérifiez l&apos;enregistrement iSNS de la cible sur sa baie.</translation>
    </message>
    <message>
        <source>Storage pool “%1” on %2 is not running, and libvirt attaches a volume only from a running pool — even to the configuration alone. Start the pool, then attach.</source>
        <translation>Le pool de stockage « %1 » sur %2 n&apos;est pas démarré, et libvirt n&apos;attache un volume qu&apos;à partir d&apos;un pool démarré — même à la seule configuration. Démarrez le pool, puis attachez.</translation>
    </message>
    <message>
        <source>VM “%1” has no ACPI (&lt;features&gt;&lt;acpi/&gt;), so QEMU cannot plug a disk into it while it runs. Attach to the configuration only (the disk appears at the next start), or give the VM ACPI and restart it.</source>
        <translation>La VM « %1 » n&apos;a pas d&apos;ACPI (&lt;features&gt;&lt;acpi/&gt;), QEMU ne peut donc pas y brancher de disque pendant qu&apos;elle tourne. Attachez à la configuration seulement (le disque apparaît au prochain démarrage), ou dotez la VM d&apos;ACPI et redémarrez-la.</translation>
    </message>
    <message>
        <source>Reading VM “%1”…</source>
        <translation>Lecture de la VM « %1 »…</translation>
    </message>
    <message>
        <source>VM “%1” is not running: attach to its configuration only, or start it first.</source>
        <translation>La VM « %1 » n&apos;est pas en marche : attachez à sa configuration seulement, ou démarrez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>Starting storage pool “%1”…</source>
        <translation>Démarrage du pool de stockage « %1 »…</translation>
    </message>
    <message>
        <source>started storage pool “%1”</source>
        <translation>pool de stockage « %1 » démarré</translation>
    </message>
    <message>
        <source>VM “%1” already has a disk %2: choose another target name (%3 is free).</source>
        <translation>La VM « %1 » a déjà un disque %2 : choisissez un autre nom cible (%3 est libre).</translation>
    </message>
    <message>
        <source>Checking storage pool “%1”…</source>
        <translation>Vérification du pool de stockage « %1 »…</translation>
    </message>
    <message>
        <source>There is no storage pool “%1” on %2: define it first (New Pool…), or attach the LUN as a network disk.</source>
        <translation>Il n&apos;y a pas de pool de stockage « %1 » sur %2 : définissez-le d&apos;abord (Nouveau pool…), ou attachez le LUN comme disque réseau.</translation>
    </message>
    <message>
        <source>VM “%1” has no virtio-scsi controller, which a disk on the scsi bus needs. Add one to the VM, then attach.</source>
        <translation>La VM « %1 » n&apos;a pas de contrôleur virtio-scsi, nécessaire à un disque sur le bus scsi. Ajoutez-en un à la VM, puis attachez.</translation>
    </message>
    <message>
        <source>Storing the CHAP secret…</source>
        <translation>Enregistrement du secret CHAP…</translation>
    </message>
    <message>
        <source>defined the CHAP secret for usage “%1”</source>
        <translation>secret CHAP défini pour l&apos;usage « %1 »</translation>
    </message>
    <message>
        <source>Adding a virtio-scsi controller to the running VM…</source>
        <translation>Ajout d&apos;un contrôleur virtio-scsi à la VM en marche…</translation>
    </message>
    <message>
        <source>Adding a virtio-scsi controller to the VM&apos;s configuration…</source>
        <translation>Ajout d&apos;un contrôleur virtio-scsi à la configuration de la VM…</translation>
    </message>
    <message>
        <source>Could not add a virtio-scsi controller to VM “%1” on %2.</source>
        <translation>Impossible d&apos;ajouter un contrôleur virtio-scsi à la VM « %1 » sur %2.</translation>
    </message>
    <message>
        <source>added a virtio-scsi controller to the running VM</source>
        <translation>contrôleur virtio-scsi ajouté à la VM en marche</translation>
    </message>
    <message>
        <source>added a virtio-scsi controller to the configuration</source>
        <translation>contrôleur virtio-scsi ajouté à la configuration</translation>
    </message>
    <message>
        <source>Plugging %1 into the running VM…</source>
        <translation>Branchement de %1 dans la VM en marche…</translation>
    </message>
    <message>
        <source>Adding %1 to the VM&apos;s configuration…</source>
        <translation>Ajout de %1 à la configuration de la VM…</translation>
    </message>
    <message>
        <source>Could not plug %1 into VM “%2” on %3.</source>
        <translation>Impossible de brancher %1 dans la VM « %2 » sur %3.</translation>
    </message>
    <message>
        <source>Could not add %1 to the configuration of VM “%2” on %3.</source>
        <translation>Impossible d&apos;ajouter %1 à la configuration de la VM « %2 » sur %3.</translation>
    </message>
    <message>
        <source>plugged %1 into the running VM</source>
        <translation>%1 branché dans la VM en marche</translation>
    </message>
    <message>
        <source>added %1 to the configuration</source>
        <translation>%1 ajouté à la configuration</translation>
    </message>
    <message>
        <source>VM “%1” on %2 has no disk %3 (any more): refresh the list.</source>
        <translation>La VM « %1 » sur %2 n&apos;a pas (ou plus) de disque %3 : actualisez la liste.</translation>
    </message>
    <message>
        <source>Asking the guest to release %1…</source>
        <translation>Demande à l&apos;invité de libérer %1…</translation>
    </message>
    <message>
        <source>Could not unplug %1 from VM “%2” on %3.</source>
        <translation>Impossible de débrancher %1 de la VM « %2 » sur %3.</translation>
    </message>
    <message>
        <source>unplugged %1 from the running VM</source>
        <translation>%1 débranché de la VM en marche</translation>
    </message>
    <message>
        <source>Removing %1 from the VM&apos;s configuration…</source>
        <translation>Retrait de %1 de la configuration de la VM…</translation>
    </message>
    <message>
        <source>Could not remove %1 from the configuration of VM “%2” on %3.</source>
        <translation>Impossible de retirer %1 de la configuration de la VM « %2 » sur %3.</translation>
    </message>
    <message>
        <source>removed %1 from the configuration</source>
        <translation>%1 retiré de la configuration</translation>
    </message>
    <message numerus="yes">
        <source>Waiting up to %n s for the guest to release %1…</source>
        <translation>
            <numerusform>Attente jusqu&apos;à %n s que l&apos;invité libère %1…</numerusform>
            <numerusform>Attente jusqu&apos;à %n s que l&apos;invité libère %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>Done meanwhile: %1.</source>
        <translation>Fait entre-temps : %1.</translation>
    </message>
    <message>
        <source>Stopped waiting for the guest to release %1: the unplug request stays with the guest, and the disk goes when the guest OS answers it.</source>
        <translation>Fin de l&apos;attente de la libération de %1 par l&apos;invité : la demande de débranchement reste adressée à l&apos;invité, et le disque disparaît dès que le système invité y répond.</translation>
    </message>
    <message numerus="yes">
        <source>libvirt reported %1 as detached, but VM “%2” still has it after %n s: QEMU removes a virtio disk only when the guest OS answers the unplug request, and this guest has not (no OS running, or no PCI hot-plug support). The disk goes when the guest answers, or when the VM shuts down; until then QEMU keeps the LUN open.</source>
        <translation>
            <numerusform>libvirt a signalé %1 comme détaché, mais la VM « %2 » l&apos;a toujours après %n s : QEMU ne retire un disque virtio que lorsque le système invité répond à la demande de débranchement, et cet invité ne l&apos;a pas fait (aucun système en marche, ou pas de prise en charge du branchement à chaud PCI). Le disque disparaît quand l&apos;invité répond, ou quand la VM s&apos;arrête ; d&apos;ici là, QEMU garde le LUN ouvert.</numerusform>
            <numerusform>libvirt a signalé %1 comme détaché, mais la VM « %2 » l&apos;a toujours après %n s : QEMU ne retire un disque virtio que lorsque le système invité répond à la demande de débranchement, et cet invité ne l&apos;a pas fait (aucun système en marche, ou pas de prise en charge du branchement à chaud PCI). Le disque disparaît quand l&apos;invité répond, ou quand la VM s&apos;arrête ; d&apos;ici là, QEMU garde le LUN ouvert.</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no &lt;disk&gt; element</source>
        <translation>il n&apos;y a pas d&apos;élément &lt;disk&gt;</translation>
    </message>
    <message>
        <source>the document is a &lt;%1&gt;, not a &lt;disk&gt;</source>
        <translation>le document est un &lt;%1&gt;, pas un &lt;disk&gt;</translation>
    </message>
    <message>
        <source>a LUN is attached as &lt;disk type=&apos;volume&apos;&gt; or &lt;disk type=&apos;network&apos;&gt;, not type=&apos;%1&apos;</source>
        <translation>un LUN s&apos;attache en &lt;disk type=&apos;volume&apos;&gt; ou &lt;disk type=&apos;network&apos;&gt;, pas en type=&apos;%1&apos;</translation>
    </message>
    <message>
        <source>device=&apos;%1&apos; is neither &apos;disk&apos; nor &apos;lun&apos;</source>
        <translation>device=&apos;%1&apos; n&apos;est ni &apos;disk&apos; ni &apos;lun&apos;</translation>
    </message>
    <message>
        <source>bus=&apos;%1&apos;: LunScope attaches on the virtio or scsi bus</source>
        <translation>bus=&apos;%1&apos; : LunScope attache sur le bus virtio ou scsi</translation>
    </message>
    <message>
        <source>controller=&apos;%1&apos; is not a controller index</source>
        <translation>controller=&apos;%1&apos; n&apos;est pas un index de contrôleur</translation>
    </message>
    <message>
        <source>the &lt;disk&gt; has no &lt;source&gt;</source>
        <translation>l&apos;élément &lt;disk&gt; n&apos;a pas de &lt;source&gt;</translation>
    </message>
    <message>
        <source>the &lt;disk&gt; has no &lt;target dev=…&gt;</source>
        <translation>l&apos;élément &lt;disk&gt; n&apos;a pas de &lt;target dev=…&gt;</translation>
    </message>
    <message>
        <source>a network disk of a LUN has &lt;source protocol=&apos;iscsi&apos;&gt;</source>
        <translation>un disque réseau pour un LUN a &lt;source protocol=&apos;iscsi&apos;&gt;</translation>
    </message>
    <message>
        <source>name=&apos;%1&apos; does not end in /LUN</source>
        <translation>name=&apos;%1&apos; ne se termine pas par /LUN</translation>
    </message>
    <message>
        <source>port=&apos;%1&apos; is not a number</source>
        <translation>port=&apos;%1&apos; n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>Name the storage pool that holds the volume.</source>
        <translation>Indiquez le pool de stockage qui contient le volume.</translation>
    </message>
    <message>
        <source>Name the volume (unit:0:0:N for LUN N).</source>
        <translation>Indiquez le volume (unit:0:0:N pour le LUN N).</translation>
    </message>
    <message>
        <source>unit:0:0:0 is LUN 0, the target&apos;s controller on most arrays (0 bytes): it is no disk to attach.</source>
        <translation>unit:0:0:0 est le LUN 0, le contrôleur de la cible sur la plupart des baies (0 octet) : ce n&apos;est pas un disque à attacher.</translation>
    </message>
    <message>
        <source>Enter the portal&apos;s host name or address.</source>
        <translation>Saisissez le nom d&apos;hôte ou l&apos;adresse du portail.</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535.</source>
        <translation>Le port est un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <source>The LUN is a number from 1 to 16383 (LUN 0 is the target&apos;s controller on most arrays).</source>
        <translation>Le LUN est un nombre de 1 à 16383 (le LUN 0 est le contrôleur de la cible sur la plupart des baies).</translation>
    </message>
    <message>
        <source>CHAP needs the libvirt secret that holds the password.</source>
        <translation>CHAP nécessite le secret libvirt qui contient le mot de passe.</translation>
    </message>
    <message>
        <source>SCSI pass-through (device &apos;lun&apos;) works on the scsi bus only.</source>
        <translation>Le pass-through SCSI (device &apos;lun&apos;) ne fonctionne que sur le bus scsi.</translation>
    </message>
    <message>
        <source>On the %1 bus the target name is %2 and letters (%2b, %2c…).</source>
        <translation>Sur le bus %1, le nom cible est %2 suivi de lettres (%2b, %2c…).</translation>
    </message>
    <message>
        <source>There is no VM named “%1” on %2 (any more): refresh the list.</source>
        <translation>Il n&apos;y a pas (ou plus) de VM nommée « %1 » sur %2 : actualisez la liste.</translation>
    </message>
    <message>
        <source>Could not find VM “%1” on %2.</source>
        <translation>Impossible de trouver la VM « %1 » sur %2.</translation>
    </message>
    <message>
        <source>Could not tell whether VM “%1” on %2 runs.</source>
        <translation>Impossible de savoir si la VM « %1 » sur %2 est en marche.</translation>
    </message>
    <message>
        <source>Could not read the XML of VM “%1” on %2.</source>
        <translation>Impossible de lire le XML de la VM « %1 » sur %2.</translation>
    </message>
    <message>
        <source>Could not find storage pool “%1” on %2.</source>
        <translation>Impossible de trouver le pool de stockage « %1 » sur %2.</translation>
    </message>
    <message>
        <source>Could not tell whether storage pool “%1” on %2 runs.</source>
        <translation>Impossible de savoir si le pool de stockage « %1 » sur %2 est démarré.</translation>
    </message>
    <message>
        <source>Could not list the virtual machines of %1.</source>
        <translation>Impossible de lister les machines virtuelles de %1.</translation>
    </message>
    <message>
        <source>Could not read virtual machine “%1” on %2.</source>
        <translation>Impossible de lire la machine virtuelle « %1 » sur %2.</translation>
    </message>
    <message>
        <source>%1 %2 LUN %3</source>
        <comment>a path to a LUN: portal, target IQN, LUN number</comment>
        <translation>%1 %2 LUN %3</translation>
    </message>
    <message>
        <source>%1 B</source>
        <comment>a number of bytes</comment>
        <translation>%1 o</translation>
    </message>
    <message>
        <source>their capacities differ (%1)</source>
        <translation>leurs capacités diffèrent (%1)</translation>
    </message>
    <message>
        <source>their logical block sizes differ (%1)</source>
        <translation>leurs tailles de bloc logique diffèrent (%1)</translation>
    </message>
    <message>
        <source>they are on %1 different arrays: no portal and no target name in common</source>
        <comment>why LUNs with one identity are not paths to one disk; %1 is 2 or more</comment>
        <translation>ils sont sur %1 baies différentes : aucun portail ni nom de cible en commun</translation>
    </message>
    <message>
        <source>%1 %2 is claimed by LUNs that cannot be one disk: %3. Multipath would merge them into one device and write to both, and a VM given this disk by its identifier may get the other one. Give each disk its own serial number and identifier on its array (with tgt: the scsi_sn and scsi_id parameters).</source>
        <comment>identity type, identity value, reasons</comment>
        <translation>%1 %2 est revendiqué par des LUN qui ne peuvent pas être un même disque : %3. Multipath les fusionnerait en un seul périphérique et écrirait sur les deux, et une VM à qui l&apos;on donne ce disque par son identifiant risque d&apos;obtenir l&apos;autre. Donnez à chaque disque son propre numéro de série et son propre identifiant sur sa baie (avec tgt : les paramètres scsi_sn et scsi_id).</translation>
    </message>
    <message>
        <source>Unit serial number</source>
        <translation>Numéro de série de l&apos;unité</translation>
    </message>
    <message>
        <source>LunScope&apos;s iSNS module (%1) cannot be loaded, so no iSNS directory can be asked. Reinstall LunScope; its libisns package (libisns0) must be installed too.</source>
        <translation>Le module iSNS de LunScope (%1) ne peut pas être chargé : aucun annuaire iSNS ne peut donc être interrogé. Réinstallez LunScope ; son paquet libisns (libisns0) doit aussi être installé.</translation>
    </message>
    <message>
        <source>LunScope&apos;s iSNS module (lunscope-isns.so) is not installed, so no iSNS directory can be asked. Reinstall LunScope.</source>
        <translation>Le module iSNS de LunScope (lunscope-isns.so) n&apos;est pas installé : aucun annuaire iSNS ne peut donc être interrogé. Réinstallez LunScope.</translation>
    </message>
</context>
<context>
    <name>LunScope::DiscoveryContextMenu</name>
    <message>
        <source>Copy &amp;Designator</source>
        <translation>Copier le &amp;désignateur</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>designator type: value</comment>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>LunScope::GuiMain</name>
    <message>
        <source>LunScope&apos;s window needs a display, and none is available here (neither DISPLAY nor WAYLAND_DISPLAY is set, or the display could not be opened).
- Run it in a desktop session, or over ssh -X.
- Without a screen: xvfb-run -a lunscope, or QT_QPA_PLATFORM=offscreen lunscope.
- To scan without a window: lunscope --scan PORTAL.</source>
        <translation>La fenêtre de LunScope a besoin d&apos;un affichage, et aucun n&apos;est disponible ici (ni DISPLAY ni WAYLAND_DISPLAY n&apos;est défini, ou l&apos;affichage n&apos;a pas pu être ouvert).
- Lancez LunScope dans une session de bureau, ou via ssh -X.
- Sans écran : xvfb-run -a lunscope, ou QT_QPA_PLATFORM=offscreen lunscope.
- Pour analyser sans fenêtre : lunscope --scan PORTAL.</translation>
    </message>
    <message>
        <source>Try &quot;lunscope --help&quot;.</source>
        <translation>Essayez « lunscope --help ».</translation>
    </message>
    <message>
        <source>--initiator: %1</source>
        <translation>--initiator : %1</translation>
    </message>
</context>
<context>
    <name>LunScope::HeadlessMain</name>
    <message>
        <source>This request talks to hypervisors and needs the program lunscope-libvirt; reinstall LunScope.</source>
        <translation>Cette demande s’adresse à des hyperviseurs et a besoin du programme lunscope-libvirt ; réinstallez LunScope.</translation>
    </message>
</context>
<context>
    <name>LunScope::ScanTable</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>LUN</source>
        <translation>LUN</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>VENDOR</source>
        <translation>FABRICANT</translation>
    </message>
    <message>
        <source>PRODUCT</source>
        <translation>PRODUIT</translation>
    </message>
    <message>
        <source>REV</source>
        <translation>RÉV</translation>
    </message>
    <message>
        <source>SERIAL</source>
        <translation>SÉRIE</translation>
    </message>
    <message>
        <source>BLOCK</source>
        <translation>BLOC</translation>
    </message>
    <message>
        <source>CAPACITY</source>
        <translation>CAPACITÉ</translation>
    </message>
    <message>
        <source>THIN/WP/READY</source>
        <translation>FIN/PE/PRÊT</translation>
    </message>
    <message>
        <source>error:</source>
        <translation>erreur :</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>(no LUNs)</source>
        <translation>(aucun LUN)</translation>
    </message>
    <message numerus="yes">
        <source>%n target(s)</source>
        <translation>
            <numerusform>%n cible</numerusform>
            <numerusform>%n cibles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n LUN(s)</source>
        <translation>
            <numerusform>%n LUN</numerusform>
            <numerusform>%n LUN</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n échec</numerusform>
            <numerusform>%n échecs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LunScope::TargetSummary</name>
    <message>
        <source>No LUNs</source>
        <translation>Aucune LUN</translation>
    </message>
    <message numerus="yes">
        <source>%n LUN(s)</source>
        <comment>data LUNs of a target</comment>
        <translation>
            <numerusform>%n LUN</numerusform>
            <numerusform>%n LUN</numerusform>
        </translation>
    </message>
    <message>
        <source>No data LUNs (controller only)</source>
        <comment>a target whose only LUN is its storage array controller</comment>
        <translation>Aucune LUN de données (contrôleur seul)</translation>
    </message>
    <message numerus="yes">
        <source>%n LUN(s) + controller</source>
        <comment>data LUNs, plus the target&apos;s controller LUN (tgt&apos;s LUN 0)</comment>
        <translation>
            <numerusform>%n LUN + contrôleur</numerusform>
            <numerusform>%n LUN + contrôleur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n LUN(s) + %1 controllers</source>
        <comment>data LUNs, plus the number (2 or more) of controller LUNs</comment>
        <translation>
            <numerusform>%n LUN + %1 contrôleurs</numerusform>
            <numerusform>%n LUN + %1 contrôleurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Not known yet</source>
        <comment>LUNs or capacity of a target being scanned</comment>
        <translation>Pas encore connu</translation>
    </message>
    <message>
        <source>Not known until you log in</source>
        <comment>LUNs or capacity of a target</comment>
        <translation>Inconnu tant que la session n&apos;est pas ouverte</translation>
    </message>
    <message>
        <source>Not known: the login failed</source>
        <comment>LUNs or capacity of a target</comment>
        <translation>Inconnu : l&apos;ouverture de session a échoué</translation>
    </message>
    <message>
        <source>Not known: cancelled before the login</source>
        <comment>LUNs or capacity of a target</comment>
        <translation>Inconnu : annulé avant l&apos;ouverture de session</translation>
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
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>human size (exact bytes)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) from the scan</source>
        <translation>
            <numerusform>%n différence par rapport à l&apos;analyse</numerusform>
            <numerusform>%n différences par rapport à l&apos;analyse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Matches the scan: %n LUN(s) (libvirt&apos;s known one-block shortfall)</source>
        <translation>
            <numerusform>Conforme à l&apos;analyse : %n LUN (écart connu d&apos;un bloc de libvirt)</numerusform>
            <numerusform>Conforme à l&apos;analyse : %n LUN (écart connu d&apos;un bloc de libvirt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Matches the scan: %n LUN(s)</source>
        <translation>
            <numerusform>Conforme à l&apos;analyse : %n LUN</numerusform>
            <numerusform>Conforme à l&apos;analyse : %n LUN</numerusform>
        </translation>
    </message>
    <message>
        <source>Matches the scan (no capacity on either side)</source>
        <translation>Conforme à l&apos;analyse (aucune capacité de part et d&apos;autre)</translation>
    </message>
    <message>
        <source>Matches the scan: %1</source>
        <translation>Conforme à l&apos;analyse : %1</translation>
    </message>
    <message>
        <source>libvirt&apos;s known shortfall: it reports one %1-byte block less than the LUN has (it multiplies the last block address by the block size). The LUN: %2.</source>
        <translation>Écart connu de libvirt : il indique un bloc de %1 octets de moins que ce que contient le LUN (il multiplie l&apos;adresse du dernier bloc par la taille de bloc). Le LUN : %2.</translation>
    </message>
    <message>
        <source>LUN %1: libvirt reports %2, the scan found %3</source>
        <translation>LUN %1 : libvirt indique %2, l&apos;analyse a trouvé %3</translation>
    </message>
    <message>
        <source>LUN %1 (%2) is in the scan, but libvirt lists no volume for it</source>
        <translation>Le LUN %1 (%2) figure dans l&apos;analyse, mais libvirt ne liste aucun volume pour lui</translation>
    </message>
    <message>
        <source>Volume %1 (%2) is not in the scan of this target</source>
        <translation>Le volume %1 (%2) ne figure pas dans l&apos;analyse de cette cible</translation>
    </message>
    <message>
        <source>From LUN %1 of %2, discovered at %3 (the pool holds every LUN of the target).</source>
        <translation>Issu du LUN %1 de %2, découvert sur %3 (le pool contient tous les LUN de la cible).</translation>
    </message>
    <message>
        <source>From target %1, discovered at %2.</source>
        <translation>Issu de la cible %1, découverte sur %2.</translation>
    </message>
    <message numerus="yes">
        <source>Matches the scan: %n LUN(s) + controller (libvirt&apos;s known one-block shortfall)</source>
        <translation>
            <numerusform>Conforme à l&apos;analyse : %n LUN + contrôleur (le bloc manquant connu de libvirt)</numerusform>
            <numerusform>Conforme à l&apos;analyse : %n LUN + contrôleur (le bloc manquant connu de libvirt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Matches the scan: %n LUN(s) + controller</source>
        <translation>
            <numerusform>Conforme à l&apos;analyse : %n LUN + contrôleur</numerusform>
            <numerusform>Conforme à l&apos;analyse : %n LUN + contrôleur</numerusform>
        </translation>
    </message>
    <message>
        <source>LUN %1 (the controller) is in the scan, but libvirt lists no volume for it</source>
        <translation>La LUN %1 (le contrôleur) figure dans l&apos;analyse, mais libvirt ne liste aucun volume pour elle</translation>
    </message>
    <message>
        <source>%1 The target has other paths: choose the portal the pool logs in through (an iscsi-direct pool takes one host).</source>
        <comment>where the values came from, then about the target&apos;s paths</comment>
        <translation>%1 La cible a d&apos;autres chemins : choisissez le portail par lequel le pool se connecte (un pool iscsi-direct n&apos;accepte qu&apos;un seul hôte).</translation>
    </message>
</context>
<context>
    <name>lunscope::AboutDialog</name>
    <message>
        <source>About LunScope</source>
        <translation>À propos de LunScope</translation>
    </message>
    <message>
        <source>&lt;h2&gt;LunScope %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;LunScope %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Discovers iSCSI targets and their LUNs with libiscsi, without a kernel initiator, and turns them into libvirt storage pools.</source>
        <translation>Découvre les cibles iSCSI et leurs LUN avec libiscsi, sans initiateur du noyau, et en fait des pools de stockage libvirt.</translation>
    </message>
    <message>
        <source>Licence: GNU General Public License, version 3 or later.&lt;br&gt;Documentation: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt; (the README).</source>
        <translation>Licence : GNU General Public License, version 3 ou ultérieure.&lt;br&gt;Documentation : &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt; (le README).</translation>
    </message>
    <message>
        <source>&amp;Copy Versions</source>
        <translation>&amp;Copier les versions</translation>
    </message>
</context>
<context>
    <name>lunscope::AddConnectionDialog</name>
    <message>
        <source>&amp;Reopen it when LunScope starts</source>
        <translation>&amp;Rouvrir au démarrage de LunScope</translation>
    </message>
    <message>
        <source>Add libvirt Connection</source>
        <translation>Ajouter une connexion libvirt</translation>
    </message>
    <message>
        <source>e.g. qemu+ssh://root@kvm-01/system</source>
        <translation>par ex. qemu+ssh://root@kvm-01/system</translation>
    </message>
    <message>
        <source>test:///default is libvirt&apos;s built-in test driver (nothing real is touched). qemu:///system is this machine&apos;s libvirtd. Remote hosts: qemu+ssh://user@host/system (ssh keys or an agent; LunScope cannot answer a password prompt) or qemu+tls://host/system (libvirt&apos;s TLS certificates).</source>
        <translation>test:///default est le pilote de test intégré de libvirt (rien de réel n&apos;est modifié). qemu:///system est le libvirtd de cette machine. Hôtes distants : qemu+ssh://user@host/system (clés ssh ou agent ; LunScope ne peut pas répondre à une demande de mot de passe) ou qemu+tls://host/system (certificats TLS de libvirt).</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Connection &amp;URI:</source>
        <translation>&amp;URI de connexion :</translation>
    </message>
    <message>
        <source>Type a URI or pick an example.</source>
        <translation>Saisissez une URI ou choisissez un exemple.</translation>
    </message>
    <message>
        <source>%1 is in the list already.</source>
        <translation>%1 figure déjà dans la liste.</translation>
    </message>
</context>
<context>
    <name>lunscope::AttachDiskDialog</name>
    <message>
        <source>Attach to VM “%1”</source>
        <translation>Attacher à la VM « %1 »</translation>
    </message>
    <message>
        <source>Give VM “%1” on %2 this LUN as a disk.</source>
        <translation>Donner ce LUN comme disque à la VM « %1 » sur %2.</translation>
    </message>
    <message>
        <source>Disk &amp;XML (libvirt):</source>
        <translation>&amp;XML du disque (libvirt) :</translation>
    </message>
    <message>
        <source>&amp;Attach</source>
        <translation>&amp;Attacher</translation>
    </message>
    <message>
        <source>Apply to</source>
        <translation>Appliquer à</translation>
    </message>
    <message>
        <source>The &amp;running VM (hot-plug)</source>
        <translation>La VM en cours d&apos;e&amp;xécution (branchement à chaud)</translation>
    </message>
    <message>
        <source>Its &amp;configuration (from the next start on)</source>
        <translation>Sa confi&amp;guration (à partir du prochain démarrage)</translation>
    </message>
    <message>
        <source>Add a &amp;virtio-scsi controller to the VM first</source>
        <translation>Ajouter d&apos;abord un contrôleur virtio-scsi à la V&amp;M</translation>
    </message>
    <message>
        <source>Reading VM “%1”…</source>
        <translation>Lecture de la VM « %1 »…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>The &amp;running VM (it is off)</source>
        <translation>La VM en cours d&apos;e&amp;xécution (elle est arrêtée)</translation>
    </message>
    <message>
        <source>VM “%1” has no ACPI (&lt;features&gt;&lt;acpi/&gt;): QEMU cannot plug a disk into it while it runs (it would say “Bus &apos;pci.0&apos; does not support hotplugging”). The disk goes into the configuration and appears at the next start.</source>
        <translation>La VM « %1 » n&apos;a pas d&apos;ACPI (&lt;features&gt;&lt;acpi/&gt;) : QEMU ne peut pas y brancher de disque pendant qu&apos;elle tourne (il répondrait « Bus &apos;pci.0&apos; does not support hotplugging »). Le disque va dans la configuration et apparaît au prochain démarrage.</translation>
    </message>
    <message>
        <source>There is no storage pool “%1” on this host.</source>
        <translation>Il n&apos;y a pas de pool de stockage « %1 » sur cet hôte.</translation>
    </message>
    <message>
        <source>&amp;Start storage pool “%1” first (it is not running, and libvirt attaches a volume only from a running pool)</source>
        <translation>&amp;Démarrer d&apos;abord le pool de stockage « %1 » (il n&apos;est pas démarré, et libvirt n&apos;attache un volume qu&apos;à partir d&apos;un pool démarré)</translation>
    </message>
    <message>
        <source>LUN 0 of this target is its controller (0 bytes), not a disk: there is nothing to attach.</source>
        <translation>Le LUN 0 de cette cible est son contrôleur (0 octet), pas un disque : il n&apos;y a rien à attacher.</translation>
    </message>
    <message>
        <source>Cancelling after the current step (a libvirt call cannot be interrupted)…</source>
        <translation>Annulation après l&apos;étape en cours (un appel libvirt ne peut pas être interrompu)…</translation>
    </message>
    <message>
        <source>Done before that: %1.</source>
        <translation>Déjà fait auparavant : %1.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Start the pool and attach</source>
        <translation>Démarrer le pool et attacher</translation>
    </message>
    <message>
        <source>Add a controller and attach</source>
        <translation>Ajouter un contrôleur et attacher</translation>
    </message>
    <message>
        <source>Attach to the configuration only</source>
        <translation>Attacher à la configuration seulement</translation>
    </message>
    <message>
        <source>Read the VM again</source>
        <translation>Relire la VM</translation>
    </message>
</context>
<context>
    <name>lunscope::CapacityBar</name>
    <message>
        <source>Capacity of the target&apos;s LUNs</source>
        <translation>Capacité des LUN de la cible</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1
%2
%3% of the target</source>
        <comment>label, size, share</comment>
        <translation>%1
%2
%3 % de la cible</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>LUN label · size</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No capacity to show</source>
        <translation>Aucune capacité à afficher</translation>
    </message>
</context>
<context>
    <name>lunscope::CapacityRanking</name>
    <message>
        <source>Targets ranked by capacity</source>
        <translation>Cibles classées par capacité</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>No targets</source>
        <translation>Aucune cible</translation>
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
        <translation>Sélectionnez un portail ou une cible pour voir sa capacité.</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 in %n target(s), largest first</source>
        <comment>portal, total size</comment>
        <translation>
            <numerusform>%1 — %2 sur %n cible, la plus grande en premier</numerusform>
            <numerusform>%1 — %2 sur %n cibles, les plus grandes en premier</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — no targets: its discovery failed (see the message above)</source>
        <translation>%1 — aucune cible : sa découverte a échoué (voir le message ci-dessus)</translation>
    </message>
    <message>
        <source>%1 — no targets</source>
        <translation>%1 — aucune cible</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>target IQN, its LUN count such as &apos;No data LUNs (controller only)&apos;</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2 in %3</source>
        <comment>target IQN, total size, LUN count such as &apos;3 LUNs + controller&apos;</comment>
        <translation>%1 — %2 dans %3</translation>
    </message>
    <message>
        <source>%1 — capacity: %2</source>
        <comment>target IQN, why it is not known</comment>
        <translation>%1 — capacité : %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 in the targets logged in to, largest first; %n not known until you log in</source>
        <comment>portal, capacity known so far; the number of targets not logged in to</comment>
        <translation>
            <numerusform>%1 — %2 dans les cibles ouvertes, les plus grandes d&apos;abord ; %n inconnue tant que la session n&apos;est pas ouverte</numerusform>
            <numerusform>%1 — %2 dans les cibles ouvertes, les plus grandes d&apos;abord ; %n inconnues tant que la session n&apos;est pas ouverte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (each disk once: %2 more are other paths to the same disks)</source>
        <comment>portal title, then the capacity its targets repeat</comment>
        <translation>%1 (chaque disque compté une fois : %2 de plus sont d&apos;autres chemins vers les mêmes disques)</translation>
    </message>
</context>
<context>
    <name>lunscope::ChapFields</name>
    <message>
        <source>Mutual CHAP: the target proves itself too</source>
        <translation>CHAP mutuel : la cible s&apos;authentifie aussi</translation>
    </message>
    <message>
        <source>CHAP user name</source>
        <translation>Nom d&apos;utilisateur CHAP</translation>
    </message>
    <message>
        <source>Target&apos;s CHAP user name</source>
        <translation>Nom d&apos;utilisateur CHAP de la cible</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Secret :</translation>
    </message>
    <message>
        <source>Target u&amp;ser:</source>
        <translation>Utilisateur de la &amp;cible :</translation>
    </message>
    <message>
        <source>Target s&amp;ecret:</source>
        <translation>S&amp;ecret de la cible :</translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation>Afficher le secret</translation>
    </message>
    <message>
        <source>Enter the CHAP user name.</source>
        <translation>Saisissez le nom d&apos;utilisateur CHAP.</translation>
    </message>
    <message>
        <source>Enter the CHAP secret.</source>
        <translation>Saisissez le secret CHAP.</translation>
    </message>
    <message>
        <source>Enter the target&apos;s user name for mutual CHAP.</source>
        <translation>Saisissez le nom d&apos;utilisateur de la cible pour le CHAP mutuel.</translation>
    </message>
    <message>
        <source>Enter the target&apos;s secret for mutual CHAP.</source>
        <translation>Saisissez le secret de la cible pour le CHAP mutuel.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Hide the secret</source>
        <translation>Masquer le secret</translation>
    </message>
</context>
<context>
    <name>lunscope::ConnectDialog</name>
    <message>
        <source>Discovery CHAP</source>
        <translation>CHAP de découverte</translation>
    </message>
    <message>
        <source>Target CHAP (for every target; a target that asks can get its own)</source>
        <translation>CHAP des cibles (pour toutes les cibles ; une cible qui le demande peut avoir le sien)</translation>
    </message>
    <message>
        <source>Store the secrets in the desktop &amp;keyring</source>
        <translation>Enregistrer les secrets dans le &amp;trousseau du bureau</translation>
    </message>
    <message>
        <source>Connect to a Portal</source>
        <translation>Se connecter à un portail</translation>
    </message>
    <message>
        <source>Host name, IPv4 or IPv6 address</source>
        <translation>Nom d&apos;hôte, adresse IPv4 ou IPv6</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>&amp;Initiator IQN:</source>
        <translation>IQN de l&apos;&amp;initiateur :</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>Dé&amp;lai d&apos;attente :</translation>
    </message>
    <message>
        <source>Targets at &amp;once:</source>
        <translation>Cibles en pa&amp;rallèle :</translation>
    </message>
    <message>
        <source>&amp;Discover</source>
        <translation>&amp;Découvrir</translation>
    </message>
    <message>
        <source>Enter the initiator IQN the targets expect.</source>
        <translation>Saisissez l&apos;IQN d&apos;initiateur attendu par les cibles.</translation>
    </message>
</context>
<context>
    <name>lunscope::ConsistencyDialog</name>
    <message>
        <source>Make Pools Consistent</source>
        <translation>Harmoniser les pools</translation>
    </message>
    <message>
        <source>Give every chosen host the same storage pool for %1 at %2 as the reference host has. Each host is done completely or not at all.</source>
        <translation>Donner à chaque hôte choisi le même pool de stockage pour %1 à %2 que l&apos;hôte de référence. Chaque hôte est traité entièrement ou pas du tout.</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Ce qui sera fait</translation>
    </message>
    <message>
        <source>Also &amp;redefine pools that log in differently (initiator or CHAP); a running pool uses the new definition from its next start</source>
        <translation>&amp;Redéfinir aussi les pools qui se connectent autrement (initiateur ou CHAP) ; un pool démarré utilise la nouvelle définition à son prochain démarrage</translation>
    </message>
    <message>
        <source>&amp;Make Consistent</source>
        <translation>&amp;Harmoniser</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Référence :</translation>
    </message>
    <message>
        <source>“%1” on %2</source>
        <translation>« %1 » sur %2</translation>
    </message>
    <message>
        <source>start it</source>
        <translation>le démarrer</translation>
    </message>
    <message>
        <source>start it with the host</source>
        <translation>le démarrer avec l&apos;hôte</translation>
    </message>
    <message>
        <source>, then %1</source>
        <translation>, puis %1</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>Define “%1”%2.</source>
        <translation>Définir « %1 »%2.</translation>
    </message>
    <message>
        <source>Redefine it to log in like the reference (%1)%2.</source>
        <translation>Le redéfinir pour se connecter comme la référence (%1)%2.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Start it and start it with the host.</source>
        <translation>Le démarrer, et le démarrer avec l&apos;hôte.</translation>
    </message>
    <message>
        <source>Start it.</source>
        <translation>Le démarrer.</translation>
    </message>
    <message>
        <source>Start it with the host.</source>
        <translation>Le démarrer avec l&apos;hôte.</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Rien à faire.</translation>
    </message>
    <message>
        <source>The target is no longer in the matrix.</source>
        <translation>La cible n&apos;est plus dans la matrice.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>CHAP &amp;secret of user “%1”:</source>
        <translation>S&amp;ecret CHAP de l&apos;utilisateur « %1 » :</translation>
    </message>
    <message>
        <source>Nothing to do on the chosen hosts.</source>
        <translation>Rien à faire sur les hôtes choisis.</translation>
    </message>
    <message>
        <source>The reference logs in with CHAP: type the secret of “%1” so the other hosts can get it. It goes into each host&apos;s libvirt secret and nowhere else.</source>
        <translation>La référence se connecte en CHAP : saisissez le secret de « %1 » pour que les autres hôtes le reçoivent. Il va dans le secret libvirt de chaque hôte et nulle part ailleurs.</translation>
    </message>
    <message>
        <source>Making the pools consistent…</source>
        <translation>Harmonisation des pools…</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <source>Left behind: %1.</source>
        <translation>Restés en place : %1.</translation>
    </message>
    <message>
        <source>Done: “%1” is defined.</source>
        <translation>Fait : « %1 » est défini.</translation>
    </message>
    <message>
        <source>Done: “%1” is redefined.</source>
        <translation>Fait : « %1 » est redéfini.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fait.</translation>
    </message>
    <message numerus="yes">
        <source>%n host(s) changed; the pools for %1 are consistent on the chosen hosts.</source>
        <translation>
            <numerusform>%n hôte modifié ; les pools pour %1 sont harmonisés sur les hôtes choisis.</numerusform>
            <numerusform>%n hôtes modifiés ; les pools pour %1 sont harmonisés sur les hôtes choisis.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n host(s) failed (each put back what it had changed); see the list.</source>
        <translation>
            <numerusform>%n hôte en échec (il a remis ce qu&apos;il avait changé) ; voir la liste.</numerusform>
            <numerusform>%n hôtes en échec (chacun a remis ce qu&apos;il avait changé) ; voir la liste.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: “%1” is redefined; it was running, so it logs in the new way from its next start.</source>
        <translation>Fait : « %1 » est redéfini ; il était démarré, il se connectera donc de la nouvelle façon à son prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>lunscope::CredentialStore</name>
    <message>
        <source>the keyring is switched off</source>
        <translation>le trousseau est désactivé</translation>
    </message>
    <message>
        <source>no D-Bus session is running</source>
        <translation>aucune session D-Bus n&apos;est active</translation>
    </message>
    <message>
        <source>Looking for the desktop keyring…</source>
        <translation>Recherche du trousseau du bureau…</translation>
    </message>
    <message>
        <source>Passwords can be stored in the desktop keyring.</source>
        <translation>Les mots de passe peuvent être enregistrés dans le trousseau du bureau.</translation>
    </message>
    <message>
        <source>No desktop keyring is available (%1): passwords are kept in memory only, until LunScope closes.</source>
        <translation>Aucun trousseau de bureau n&apos;est disponible (%1) : les mots de passe sont conservés en mémoire uniquement, jusqu&apos;à la fermeture de LunScope.</translation>
    </message>
    <message>
        <source>Could not store the password in the keyring: %1. It is kept in memory only.</source>
        <translation>Impossible d&apos;enregistrer le mot de passe dans le trousseau : %1. Il est conservé en mémoire uniquement.</translation>
    </message>
    <message>
        <source>Could not remove the password from the keyring: %1.</source>
        <translation>Impossible de supprimer le mot de passe du trousseau : %1.</translation>
    </message>
</context>
<context>
    <name>lunscope::CredentialsDialog</name>
    <message>
        <source>CHAP credentials</source>
        <translation>Identifiants CHAP</translation>
    </message>
    <message>
        <source>Store them in the desktop &amp;keyring</source>
        <translation>Les enregistrer dans le &amp;trousseau du bureau</translation>
    </message>
    <message>
        <source>&amp;Log In</source>
        <translation>&amp;Ouvrir une session</translation>
    </message>
    <message>
        <source>Log In with CHAP</source>
        <translation>Ouvrir une session avec CHAP</translation>
    </message>
    <message>
        <source>Log in to:</source>
        <translation>Ouvrir une session sur :</translation>
    </message>
    <message>
        <source>The target</source>
        <translation>La cible</translation>
    </message>
    <message>
        <source>the target</source>
        <translation>la cible</translation>
    </message>
</context>
<context>
    <name>lunscope::DetachDiskDialog</name>
    <message>
        <source>Detach %1 from “%2”</source>
        <translation>Détacher %1 de « %2 »</translation>
    </message>
    <message>
        <source>Detach disk %1 from VM “%2” on %3?</source>
        <translation>Détacher le disque %1 de la VM « %2 » sur %3 ?</translation>
    </message>
    <message>
        <source>From the &amp;running VM (hot-unplug)</source>
        <translation>De la VM en cours d&apos;e&amp;xécution (débranchement à chaud)</translation>
    </message>
    <message>
        <source>From the &amp;running VM (it is off)</source>
        <translation>De la VM en cours d&apos;e&amp;xécution (elle est arrêtée)</translation>
    </message>
    <message>
        <source>From its &amp;configuration (from the next start on)</source>
        <translation>De sa confi&amp;guration (à partir du prochain démarrage)</translation>
    </message>
    <message>
        <source>A virtio disk leaves a running VM only when the guest OS answers the unplug request; LunScope waits for that and tells you if it does not come.</source>
        <translation>Un disque virtio ne quitte une VM en marche que lorsque le système invité répond à la demande de débranchement ; LunScope attend cette réponse et vous prévient si elle ne vient pas.</translation>
    </message>
    <message>
        <source>&amp;Detach</source>
        <translation>&amp;Détacher</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>lunscope::DiscoveryFilterModel</name>
    <message numerus="yes">
        <source>%1 of %n target(s)</source>
        <comment>targets the filter shows, of all the portal&apos;s targets</comment>
        <translation>
            <numerusform>%1 sur %n cible</numerusform>
            <numerusform>%1 sur %n cibles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln shown)</source>
        <comment>a target&apos;s LUN count, then how many of its LUN rows the filter shows</comment>
        <translation>
            <numerusform>%1 (%Ln affichée)</numerusform>
            <numerusform>%1 (%Ln affichées)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lunscope::DiscoveryModel</name>
    <message>
        <source>Name</source>
        <comment>@title:column portal, target IQN or LUN</comment>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>@title:column</comment>
        <translation>Type</translation>
    </message>
    <message>
        <source>Vendor</source>
        <comment>@title:column</comment>
        <translation>Fabricant</translation>
    </message>
    <message>
        <source>Product</source>
        <comment>@title:column</comment>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Serial</source>
        <comment>@title:column serial number</comment>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <source>Capacity</source>
        <comment>@title:column</comment>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>@title:column</comment>
        <translation>État</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portail</translation>
    </message>
    <message>
        <source>Discovering…</source>
        <translation>Découverte…</translation>
    </message>
    <message numerus="yes">
        <source>Scanning %n target(s)…</source>
        <translation>
            <numerusform>Analyse de %n cible…</numerusform>
            <numerusform>Analyse de %n cibles…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n target(s)</source>
        <translation>
            <numerusform>%n cible</numerusform>
            <numerusform>%n cibles</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>%1
Portals: %2</source>
        <translation>%1
Portails : %2</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>Analyse…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>error title: message</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 — press Enter to log in</source>
        <comment>error title, then what to do</comment>
        <translation>%1 — appuyez sur Entrée pour ouvrir une session</translation>
    </message>
    <message>
        <source>LUN %1</source>
        <translation>LUN %1</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prête</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>Pas prête</translation>
    </message>
    <message>
        <source>Ready, thin</source>
        <comment>LUN status; thin: thin provisioned</comment>
        <translation>Prête, allocation dynamique</translation>
    </message>
    <message>
        <source>Ready, read-only</source>
        <comment>LUN status</comment>
        <translation>Prête, lecture seule</translation>
    </message>
    <message>
        <source>Ready, read-only, thin</source>
        <comment>LUN status; thin: thin provisioned</comment>
        <translation>Prête, lecture seule, allocation dynamique</translation>
    </message>
    <message>
        <source>Not ready, thin</source>
        <comment>LUN status; thin: thin provisioned</comment>
        <translation>Pas prête, allocation dynamique</translation>
    </message>
    <message>
        <source>Not ready, read-only</source>
        <comment>LUN status</comment>
        <translation>Pas prête, lecture seule</translation>
    </message>
    <message>
        <source>Not ready, read-only, thin</source>
        <comment>LUN status; thin: thin provisioned</comment>
        <translation>Pas prête, lecture seule, allocation dynamique</translation>
    </message>
    <message numerus="yes">
        <source>%1 in the targets logged in to; %n target(s) not known until you log in</source>
        <comment>capacity known so far; targets whose LUNs are not known</comment>
        <translation>
            <numerusform>%1 dans les cibles ouvertes ; %n cible inconnue tant que la session n&apos;est pas ouverte</numerusform>
            <numerusform>%1 dans les cibles ouvertes ; %n cibles inconnues tant que la session n&apos;est pas ouverte</numerusform>
        </translation>
    </message>
    <message>
        <source>≥ %1</source>
        <comment>at least this capacity: some targets are not known</comment>
        <translation>≥ %1</translation>
    </message>
    <message>
        <source>Needs CHAP credentials — press Enter to log in</source>
        <translation>Identifiants CHAP requis — appuyez sur Entrée pour ouvrir une session</translation>
    </message>
    <message>
        <source>Cancelled; found %1</source>
        <comment>what was found, e.g. &apos;3 LUNs + controller&apos;</comment>
        <translation>Annulé ; trouvé : %1</translation>
    </message>
    <message>
        <source>Cancelled before the login</source>
        <translation>Annulé avant l&apos;ouverture de session</translation>
    </message>
    <message>
        <source>An iSNS directory: the targets its arrays registered, each probed at its own portals. Press F5 (Refresh) to ask the directory again; LunScope does not follow iSNS state change notifications.</source>
        <translation>Un annuaire iSNS : les cibles que ses baies ont enregistrées, chacune sondée à ses propres portails. Appuyez sur F5 (Actualiser) pour interroger de nouveau l&apos;annuaire ; LunScope ne suit pas les notifications de changement d&apos;état iSNS.</translation>
    </message>
    <message>
        <source>iSNS directory</source>
        <translation>Annuaire iSNS</translation>
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
            <numerusform>%n entité</numerusform>
            <numerusform>%n entités</numerusform>
        </translation>
    </message>
    <message>
        <source>Used by</source>
        <comment>@title:column virtual machines using the LUN</comment>
        <translation>Utilisé par</translation>
    </message>
    <message numerus="yes">
        <source>%n VM(s)</source>
        <translation>
            <numerusform>%n VM</numerusform>
            <numerusform>%n VM</numerusform>
        </translation>
    </message>
    <message>
        <source>Risk: more than one disk writes this LUN and not all are marked shareable.</source>
        <translation>Risque : plusieurs disques écrivent sur ce LUN et tous ne sont pas marqués partageables.</translation>
    </message>
    <message>
        <source>%1 on %2: %3 (%4)</source>
        <translation>%1 sur %2 : %3 (%4)</translation>
    </message>
    <message>
        <source>%1 · identity collision</source>
        <comment>LUN status, then: its identity is claimed by another disk</comment>
        <translation>%1 · collision d&apos;identité</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n path(s)</source>
        <comment>LUN status, then how many paths lead to this disk</comment>
        <translation>
            <numerusform>%1 · %n chemin</numerusform>
            <numerusform>%1 · %n chemins</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lunscope::DiscoveryView</name>
    <message>
        <source>Filter by IQN, vendor, serial or size</source>
        <translation>Filtrer par IQN, fabricant, numéro de série ou taille</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
    <message>
        <source>Portals, targets and LUNs</source>
        <translation>Portails, cibles et LUN</translation>
    </message>
    <message>
        <source>No portal, target or LUN matches “%1”. Esc clears the filter.</source>
        <translation>Aucun portail, cible ou LUN ne correspond à « %1 ». Échap efface le filtre.</translation>
    </message>
</context>
<context>
    <name>lunscope::DiskForm</name>
    <message>
        <source>Volume of the host&apos;s pool (type=&apos;volume&apos;)</source>
        <translation>Volume du pool de l&apos;hôte (type=&apos;volume&apos;)</translation>
    </message>
    <message>
        <source>Network disk (type=&apos;network&apos;, iSCSI)</source>
        <translation>Disque réseau (type=&apos;network&apos;, iSCSI)</translation>
    </message>
    <message>
        <source>QEMU&apos;s default</source>
        <translation>Valeur par défaut de QEMU</translation>
    </message>
    <message>
        <source>no CHAP</source>
        <translation>sans CHAP</translation>
    </message>
    <message>
        <source>Disk (device=&apos;disk&apos;)</source>
        <translation>Disque (device=&apos;disk&apos;)</translation>
    </message>
    <message>
        <source>SCSI pass-through (device=&apos;lun&apos;)</source>
        <translation>Pass-through SCSI (device=&apos;lun&apos;)</translation>
    </message>
    <message>
        <source>&amp;Read-only</source>
        <translation>Lecture s&amp;eule</translation>
    </message>
    <message>
        <source>S&amp;hareable (several VMs, e.g. a cluster file system)</source>
        <translation>Par&amp;tageable (plusieurs VM, p. ex. un système de fichiers en cluster)</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source :</translation>
    </message>
    <message>
        <source>&amp;Pool:</source>
        <translation>&amp;Pool :</translation>
    </message>
    <message>
        <source>&amp;Volume:</source>
        <translation>&amp;Volume :</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort :</translation>
    </message>
    <message>
        <source>&amp;Target IQN:</source>
        <translation>IQN de la &amp;cible :</translation>
    </message>
    <message>
        <source>&amp;LUN:</source>
        <translation>&amp;LUN :</translation>
    </message>
    <message>
        <source>&amp;Initiator IQN:</source>
        <translation>IQN de l&apos;&amp;initiateur :</translation>
    </message>
    <message>
        <source>&amp;CHAP user:</source>
        <translation>&amp;Utilisateur CHAP :</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>Pé&amp;riphérique :</translation>
    </message>
    <message>
        <source>&amp;Bus:</source>
        <translation>&amp;Bus :</translation>
    </message>
    <message>
        <source>T&amp;arget name:</source>
        <translation>&amp;Nom cible :</translation>
    </message>
</context>
<context>
    <name>lunscope::ElidedLabel</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
</context>
<context>
    <name>lunscope::LoginPrompt</name>
    <message>
        <source>discovery on %1</source>
        <translation>découverte sur %1</translation>
    </message>
    <message>
        <source>Enter the credentials to log in with.</source>
        <translation>Saisissez les identifiants avec lesquels ouvrir une session.</translation>
    </message>
    <message>
        <source>Discovering %1 with CHAP user %2…</source>
        <translation>Découverte de %1 avec l&apos;utilisateur CHAP %2…</translation>
    </message>
    <message>
        <source>Logging in to %1 as %2…</source>
        <translation>Ouverture de session sur %1 en tant que %2…</translation>
    </message>
    <message>
        <source>Forgot the credentials for %1.</source>
        <translation>Identifiants de %1 oubliés.</translation>
    </message>
    <message>
        <source>Logged in to %1.</source>
        <translation>Session ouverte sur %1.</translation>
    </message>
    <message>
        <source>The log-in to %1 was cancelled.</source>
        <translation>L&apos;ouverture de session sur %1 a été annulée.</translation>
    </message>
    <message>
        <source>Could not log in to %1: %2</source>
        <translation>Impossible d&apos;ouvrir une session sur %1 : %2</translation>
    </message>
</context>
<context>
    <name>lunscope::LunDetailsPane</name>
    <message>
        <source>Select a portal, target or LUN to see its details.</source>
        <translation>Sélectionnez un portail, une cible ou un LUN pour voir ses détails.</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <comment>copy &lt;field name&gt;</comment>
        <translation>Copier %1</translation>
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
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>LUN %1 of %2</source>
        <translation>LUN %1 de %2</translation>
    </message>
    <message>
        <source>Device type:</source>
        <translation>Type de périphérique :</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>device type title (code)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Vendor:</source>
        <translation>Fabricant :</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>Produit :</translation>
    </message>
    <message>
        <source>Revision:</source>
        <translation>Révision :</translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation>Numéro de série :</translation>
    </message>
    <message>
        <source>SCSI version:</source>
        <translation>Version SCSI :</translation>
    </message>
    <message>
        <source>Removable:</source>
        <translation>Amovible :</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Capacity:</source>
        <translation>Capacité :</translation>
    </message>
    <message>
        <source>In bytes:</source>
        <translation>En octets :</translation>
    </message>
    <message>
        <source>Logical block size:</source>
        <translation>Taille de bloc logique :</translation>
    </message>
    <message>
        <source>Logical blocks:</source>
        <translation>Blocs logiques :</translation>
    </message>
    <message>
        <source>Physical block size:</source>
        <translation>Taille de bloc physique :</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n logical block(s))</source>
        <translation>
            <numerusform>%1 (%n bloc logique)</numerusform>
            <numerusform>%1 (%n blocs logiques)</numerusform>
        </translation>
    </message>
    <message>
        <source>Write protected:</source>
        <translation>Protégé en écriture :</translation>
    </message>
    <message>
        <source>Ready:</source>
        <translation>Prêt :</translation>
    </message>
    <message>
        <source>Identification</source>
        <translation>Identification</translation>
    </message>
    <message>
        <source>Designators:</source>
        <translation>Désignateurs :</translation>
    </message>
    <message>
        <source>VPD pages:</source>
        <translation>Pages VPD :</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>&amp;Log In…</source>
        <translation>&amp;Ouvrir une session…</translation>
    </message>
    <message>
        <source>IQN:</source>
        <translation>IQN :</translation>
    </message>
    <message>
        <source>Portals:</source>
        <translation>Portails :</translation>
    </message>
    <message>
        <source>Logged in via:</source>
        <translation>Session ouverte via :</translation>
    </message>
    <message>
        <source>CHAP user:</source>
        <translation>Utilisateur CHAP :</translation>
    </message>
    <message>
        <source>LUNs:</source>
        <translation>LUN :</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portail</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse :</translation>
    </message>
    <message>
        <source>Initiator IQN:</source>
        <translation>IQN de l&apos;initiateur :</translation>
    </message>
    <message>
        <source>Targets:</source>
        <translation>Cibles :</translation>
    </message>
    <message>
        <source>Device connected (0)</source>
        <comment>peripheral qualifier 0</comment>
        <translation>Périphérique connecté (0)</translation>
    </message>
    <message>
        <source>Device not connected now (1)</source>
        <comment>peripheral qualifier 1</comment>
        <translation>Périphérique non connecté pour l&apos;instant (1)</translation>
    </message>
    <message>
        <source>No device at this LUN (3)</source>
        <comment>peripheral qualifier 3</comment>
        <translation>Aucun périphérique sur cette LUN (3)</translation>
    </message>
    <message>
        <source>Reserved (%1)</source>
        <comment>peripheral qualifier 2 or 4–7</comment>
        <translation>Réservé (%1)</translation>
    </message>
    <message>
        <source>%1 (logical unit):</source>
        <comment>%1: designator type (NAA, EUI-64, T10 vendor ID…)</comment>
        <translation>%1 (unité logique) :</translation>
    </message>
    <message>
        <source>%1 (target port):</source>
        <comment>%1: designator type (NAA, relative target port…)</comment>
        <translation>%1 (port de la cible) :</translation>
    </message>
    <message>
        <source>%1 (target device):</source>
        <comment>%1: designator type (SCSI name, NAA…)</comment>
        <translation>%1 (périphérique cible) :</translation>
    </message>
    <message>
        <source>Peripheral qualifier:</source>
        <comment>SCSI INQUIRY field (SPC): whether a device is attached to the LUN</comment>
        <translation>Qualificatif de périphérique :</translation>
    </message>
    <message>
        <source>Not reported</source>
        <comment>capacity of a disk LUN that did not report it</comment>
        <translation>Non signalée</translation>
    </message>
    <message>
        <source>No capacity: not a block device</source>
        <comment>capacity of a controller, tape, …</comment>
        <translation>Pas de capacité : pas un périphérique bloc</translation>
    </message>
    <message>
        <source>Not reported</source>
        <comment>block allocation of a LUN</comment>
        <translation>Non signalée</translation>
    </message>
    <message>
        <source>Full (every block allocated)</source>
        <comment>block allocation of a LUN</comment>
        <translation>Complète (chaque bloc alloué)</translation>
    </message>
    <message>
        <source>Resource provisioned (blocks allocated on write, space reserved)</source>
        <comment>block allocation of a LUN</comment>
        <translation>Provisionnée en ressources (blocs alloués à l&apos;écriture, espace réservé)</translation>
    </message>
    <message>
        <source>Thin (blocks allocated on write)</source>
        <comment>block allocation of a LUN</comment>
        <translation>Dynamique (blocs alloués à l&apos;écriture)</translation>
    </message>
    <message>
        <source>Block allocation:</source>
        <comment>SBC logical block provisioning of a LUN: full, resource or thin</comment>
        <translation>Allocation des blocs :</translation>
    </message>
    <message>
        <source>No: %1</source>
        <comment>not ready, then the device&apos;s reason (sense text, may hold parentheses)</comment>
        <translation>Non : %1</translation>
    </message>
    <message>
        <source>Not reported</source>
        <comment>a transfer or unmap limit</comment>
        <translation>Non signalée</translation>
    </message>
    <message numerus="yes">
        <source>%Ln logical block(s)</source>
        <comment>a transfer or unmap limit</comment>
        <translation>
            <numerusform>%Ln bloc logique</numerusform>
            <numerusform>%Ln blocs logiques</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 logical blocks</source>
        <comment>a transfer or unmap limit of more than 2³¹ blocks</comment>
        <translation>%1 blocs logiques</translation>
    </message>
    <message>
        <source>Largest transfer:</source>
        <comment>largest READ/WRITE the LUN accepts</comment>
        <translation>Plus grand transfert :</translation>
    </message>
    <message>
        <source>Optimal transfer:</source>
        <comment>transfer length the LUN handles best</comment>
        <translation>Transfert optimal :</translation>
    </message>
    <message>
        <source>Largest discard (UNMAP):</source>
        <comment>largest range one SCSI UNMAP (discard, trim) may free</comment>
        <translation>Plus grande libération (UNMAP) :</translation>
    </message>
    <message>
        <source>No limit</source>
        <comment>largest discard</comment>
        <translation>Aucune limite</translation>
    </message>
    <message>
        <source>None reported</source>
        <comment>designators (plural)</comment>
        <translation>Aucun signalé</translation>
    </message>
    <message>
        <source>None reported</source>
        <comment>VPD pages (plural)</comment>
        <translation>Aucune signalée</translation>
    </message>
    <message>
        <source>Login portal:</source>
        <translation>Portail de session :</translation>
    </message>
    <message>
        <source>%1 (not logged in)</source>
        <comment>the portal a target is logged in through</comment>
        <translation>%1 (session non ouverte)</translation>
    </message>
    <message>
        <source>Not used</source>
        <comment>CHAP user: no CHAP credentials were presented</comment>
        <translation>Non utilisé</translation>
    </message>
    <message>
        <source>Not known until you log in to its targets</source>
        <translation>Inconnu tant qu&apos;aucune session n&apos;est ouverte sur ses cibles</translation>
    </message>
    <message numerus="yes">
        <source>At least %1; %n target(s) not known until you log in</source>
        <comment>capacity of a portal</comment>
        <translation>
            <numerusform>Au moins %1 ; %n cible inconnue tant que la session n&apos;est pas ouverte</numerusform>
            <numerusform>Au moins %1 ; %n cibles inconnues tant que la session n&apos;est pas ouverte</numerusform>
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
        <translation>%1 (celui-ci)</translation>
    </message>
    <message>
        <source>Identity collision</source>
        <translation>Collision d&apos;identité</translation>
    </message>
    <message>
        <source>Danger:</source>
        <comment>why an identity collision matters</comment>
        <translation>Danger :</translation>
    </message>
    <message>
        <source>Claimed by:</source>
        <comment>the LUNs that claim one identity</comment>
        <translation>Revendiquée par :</translation>
    </message>
    <message numerus="yes">
        <source>%n LUN(s), one per row below</source>
        <comment>LUNs claiming one identity</comment>
        <translation>
            <numerusform>%n LUN, à la ligne ci-dessous</numerusform>
            <numerusform>%n LUN, un par ligne ci-dessous</numerusform>
        </translation>
    </message>
    <message>
        <source>Paths</source>
        <translation>Chemins</translation>
    </message>
    <message>
        <source>Paths:</source>
        <comment>how many paths lead to this disk</comment>
        <translation>Chemins :</translation>
    </message>
    <message>
        <source>Not probed:</source>
        <comment>portals a target is advertised at but not scanned through</comment>
        <translation>Non sondés :</translation>
    </message>
    <message>
        <source>%1 — advertised by the target; add it as a portal to check that path</source>
        <comment>a list of portals, then what to do</comment>
        <translation>%1 — annoncé par la cible ; ajoutez-le comme portail pour vérifier ce chemin</translation>
    </message>
    <message>
        <source>Device</source>
        <comment>the LUN&apos;s own fields, after its paths or its identity collision</comment>
        <translation>Périphérique</translation>
    </message>
    <message>
        <source>Identity:</source>
        <comment>what names the disk wherever it is seen</comment>
        <translation>Identité :</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>identity type, value</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>What multipath and LunScope recognise this disk by, through any portal or target</source>
        <translation>Ce à quoi multipath et LunScope reconnaissent ce disque, par n&apos;importe quel portail ou cible</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Utilisé par</translation>
    </message>
    <message>
        <source>Virtual machines:</source>
        <translation>Machines virtuelles :</translation>
    </message>
    <message>
        <source>None on the open hypervisors</source>
        <translation>Aucune sur les hyperviseurs ouverts</translation>
    </message>
    <message>
        <source>More than one disk writes this LUN and not all are marked shareable: their file systems will corrupt each other.</source>
        <translation>Plusieurs disques écrivent sur ce LUN et tous ne sont pas marqués partageables : leurs systèmes de fichiers vont se corrompre mutuellement.</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en marche</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>à l&apos;arrêt</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>cible %1</translation>
    </message>
    <message>
        <source>%1 bus</source>
        <translation>bus %1</translation>
    </message>
    <message>
        <source>lun (SCSI pass-through)</source>
        <translation>lun (pass-through SCSI)</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>lecture seule</translation>
    </message>
    <message>
        <source>shareable</source>
        <translation>partageable</translation>
    </message>
    <message>
        <source>from its next start</source>
        <translation>à partir de son prochain démarrage</translation>
    </message>
    <message>
        <source>volume %1 of pool %2</source>
        <translation>volume %1 du pool %2</translation>
    </message>
    <message>
        <source>network disk %1 at %2</source>
        <translation>disque réseau %1 sur %2</translation>
    </message>
    <message>
        <source>block device %1</source>
        <translation>périphérique bloc %1</translation>
    </message>
    <message>
        <source>%1 on %2:</source>
        <translation>%1 sur %2 :</translation>
    </message>
</context>
<context>
    <name>lunscope::MachineDiskActions</name>
    <message>
        <source>%1 is not connected: reconnect to it, then attach the LUN again.</source>
        <translation>%1 n&apos;est pas connecté : reconnectez-vous, puis attachez à nouveau le LUN.</translation>
    </message>
    <message>
        <source>LUN 0 of %1 is the target&apos;s controller, not a disk: choose a LUN with storage.</source>
        <translation>Le LUN 0 de %1 est le contrôleur de la cible, pas un disque : choisissez un LUN qui a du stockage.</translation>
    </message>
    <message>
        <source>%1 is not connected: reconnect to it, then detach the disk again.</source>
        <translation>%1 n&apos;est pas connecté : reconnectez-vous, puis détachez à nouveau le disque.</translation>
    </message>
    <message>
        <source>%1 (running)</source>
        <translation>%1 (en marche)</translation>
    </message>
    <message>
        <source>&amp;Attach to VM</source>
        <translation>&amp;Attacher à une VM</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en marche</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>à l&apos;arrêt</translation>
    </message>
    <message>
        <source>%1 on %2 (%3, %4)</source>
        <comment>domain, host, target device, running or not</comment>
        <translation>%1 sur %2 (%3, %4)</translation>
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
        <translation>Se &amp;connecter à un portail…</translation>
    </message>
    <message>
        <source>Set port, initiator IQN, CHAP and timeout, then discover</source>
        <translation>Définir le port, l&apos;IQN de l&apos;initiateur, le CHAP et le délai d&apos;attente, puis lancer la découverte</translation>
    </message>
    <message>
        <source>&amp;Discover</source>
        <translation>&amp;Découvrir</translation>
    </message>
    <message>
        <source>Discover the targets of the portal in the portal bar</source>
        <translation>Découvrir les cibles du portail saisi dans la barre de portail</translation>
    </message>
    <message>
        <source>&amp;Refresh Portal</source>
        <translation>&amp;Actualiser le portail</translation>
    </message>
    <message>
        <source>Discover the selected portal again</source>
        <translation>Relancer la découverte du portail sélectionné</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>Stop every scan now; what was found stays</source>
        <translation>Arrêter immédiatement toutes les analyses ; les résultats trouvés sont conservés</translation>
    </message>
    <message>
        <source>Rescan &amp;Target</source>
        <translation>Réanalyser la &amp;cible</translation>
    </message>
    <message>
        <source>Log in to the selected target again and list its LUNs</source>
        <translation>Ouvrir à nouveau une session sur la cible sélectionnée et lister ses LUN</translation>
    </message>
    <message>
        <source>&amp;Log In…</source>
        <translation>&amp;Ouvrir une session…</translation>
    </message>
    <message>
        <source>Enter CHAP credentials for the selected target and log in again</source>
        <translation>Saisir les identifiants CHAP de la cible sélectionnée et ouvrir à nouveau une session</translation>
    </message>
    <message>
        <source>Log &amp;Out</source>
        <translation>&amp;Fermer la session</translation>
    </message>
    <message>
        <source>Forget the credentials given for the selected target</source>
        <translation>Oublier les identifiants fournis pour la cible sélectionnée</translation>
    </message>
    <message>
        <source>Re&amp;move Portal</source>
        <translation>&amp;Retirer le portail</translation>
    </message>
    <message>
        <source>Take the selected portal out of the list</source>
        <translation>Retirer le portail sélectionné de la liste</translation>
    </message>
    <message>
        <source>Copy &amp;IQN</source>
        <translation>Copier l&apos;&amp;IQN</translation>
    </message>
    <message>
        <source>Copy the selected target&apos;s IQN</source>
        <translation>Copier l&apos;IQN de la cible sélectionnée</translation>
    </message>
    <message>
        <source>Copy iSCSI &amp;URL</source>
        <translation>Copier l&apos;&amp;URL iSCSI</translation>
    </message>
    <message>
        <source>Copy iscsi://host:port/IQN/LUN</source>
        <translation>Copier iscsi://host:port/IQN/LUN</translation>
    </message>
    <message>
        <source>Copy as &amp;JSON</source>
        <translation>Copier en &amp;JSON</translation>
    </message>
    <message>
        <source>Copy the selection as the JSON that lunscope --scan --json prints</source>
        <translation>Copier la sélection au format JSON qu&apos;affiche lunscope --scan --json</translation>
    </message>
    <message>
        <source>Create &amp;Pool from Target…</source>
        <translation>Créer un &amp;pool à partir de la cible…</translation>
    </message>
    <message>
        <source>Open the pool editor for the selected target, on a libvirt connection</source>
        <translation>Ouvrir l&apos;éditeur de pool pour la cible sélectionnée, sur une connexion libvirt</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Filter by IQN, vendor, serial or size</source>
        <translation>Filtrer par IQN, fabricant, numéro de série ou taille</translation>
    </message>
    <message>
        <source>Go to &amp;Portal Bar</source>
        <translation>Aller à la &amp;barre de portail</translation>
    </message>
    <message>
        <source>Type a portal to discover</source>
        <translation>Saisissez un portail à découvrir</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Quit LunScope</source>
        <translation>Quitter LunScope</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Scan</source>
        <translation>A&amp;nalyse</translation>
    </message>
    <message>
        <source>&amp;Pools</source>
        <translation>&amp;Pools</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>List every command that has a key</source>
        <translation>Lister chaque commande qui a un raccourci</translation>
    </message>
    <message>
        <source>&amp;About LunScope</source>
        <translation>À &amp;propos de LunScope</translation>
    </message>
    <message>
        <source>Version, library versions, licence and documentation</source>
        <translation>Version, versions des bibliothèques, licence et documentation</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
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
        <translation>Saisissez un portail et appuyez sur Entrée pour voir ce qu&apos;il propose.</translation>
    </message>
    <message>
        <source>Scan &amp;Log</source>
        <translation>&amp;Journal d&apos;analyse</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>Copié : %1</translation>
    </message>
    <message>
        <source>Discovering %1…</source>
        <translation>Découverte de %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>IQN</source>
        <translation>IQN</translation>
    </message>
    <message>
        <source>iSCSI URL</source>
        <translation>URL iSCSI</translation>
    </message>
    <message>
        <source>Scan cancelled; what was found so far stays in the list.</source>
        <translation>Analyse annulée ; les résultats trouvés jusqu&apos;ici restent dans la liste.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n target(s) discovered.</source>
        <translation>
            <numerusform>%1 : %n cible découverte.</numerusform>
            <numerusform>%1 : %n cibles découvertes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied %1: %2</source>
        <translation>Copié (%1) : %2</translation>
    </message>
    <message>
        <source>Hypervisors and Storage Pools</source>
        <translation>Hyperviseurs et pools de stockage</translation>
    </message>
    <message>
        <source>&amp;Hypervisors and Pools</source>
        <translation>&amp;Hyperviseurs et pools</translation>
    </message>
    <message>
        <source>Select a target (or one of its LUNs) in the discovery tree first.</source>
        <translation>Sélectionnez d&apos;abord une cible (ou l&apos;un de ses LUN) dans l&apos;arborescence de découverte.</translation>
    </message>
    <message>
        <source>No libvirt connection is open: add one in the pools pane (Add Connection…).</source>
        <translation>Aucune connexion libvirt n&apos;est ouverte : ajoutez-en une dans le panneau des pools (Ajouter une connexion…).</translation>
    </message>
    <message>
        <source>Create the pool on</source>
        <translation>Créer le pool sur</translation>
    </message>
    <message>
        <source>Copied the JSON of LUN %1 of %2.</source>
        <translation>JSON du LUN %1 de %2 copié.</translation>
    </message>
    <message>
        <source>Copied the JSON of target %1.</source>
        <translation>JSON de la cible %1 copié.</translation>
    </message>
    <message>
        <source>Copied the JSON of portal %1.</source>
        <translation>JSON du portail %1 copié.</translation>
    </message>
    <message>
        <source>Could not discover %1: the message above the tree says why.</source>
        <translation>Impossible de découvrir %1 : le message au-dessus de l&apos;arborescence en donne la raison.</translation>
    </message>
    <message>
        <source>Pools by Host</source>
        <translation>Pools par hôte</translation>
    </message>
    <message>
        <source>Pools by &amp;Host</source>
        <translation>Pools par &amp;hôte</translation>
    </message>
    <message>
        <source>Show the storage pools of every target on every host, and go to them</source>
        <translation>Afficher les pools de stockage de chaque cible sur chaque hôte, et y aller</translation>
    </message>
    <message>
        <source>&amp;Detach from VM</source>
        <translation>Détac&amp;her de la VM</translation>
    </message>
</context>
<context>
    <name>lunscope::MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>lunscope::PoolDefineReportView</name>
    <message>
        <source>What defining the pool did, step by step</source>
        <translation>Ce qu&apos;a fait la définition du pool, étape par étape</translation>
    </message>
    <message>
        <source>%1: failed — %2</source>
        <translation>%1 : échec — %2</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1 : terminé</translation>
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
        <translation>Modifier le pool « %1 » sur %2</translation>
    </message>
    <message>
        <source>New iscsi-direct Pool on %1</source>
        <translation>Nouveau pool iscsi-direct sur %1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>CHAP secret of storage pool %1 (target %2), set by LunScope</source>
        <translation>Secret CHAP du pool de stockage %1 (cible %2), défini par LunScope</translation>
    </message>
    <message>
        <source>CHAP secret of storage pool %1, set by LunScope</source>
        <translation>Secret CHAP du pool de stockage %1, défini par LunScope</translation>
    </message>
    <message>
        <source>Storage pool “%1” is defined on %2.</source>
        <translation>Le pool de stockage « %1 » est défini sur %2.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1 : %2</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>%1 is too large for a pool&apos;s XML.</source>
        <translation>%1 est trop volumineux pour le XML d&apos;un pool.</translation>
    </message>
    <message>
        <source>Save Pool XML</source>
        <translation>Enregistrer le XML du pool</translation>
    </message>
    <message>
        <source>Open Pool XML</source>
        <translation>Ouvrir le XML d&apos;un pool</translation>
    </message>
    <message>
        <source>libvirt pool XML (*.xml)</source>
        <translation>XML de pool libvirt (*.xml)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>%1 ouvert.</translation>
    </message>
    <message>
        <source>Pool &amp;XML (libvirt):</source>
        <translation>&amp;XML du pool (libvirt) :</translation>
    </message>
    <message>
        <source>&amp;Redefine</source>
        <translation>&amp;Redéfinir</translation>
    </message>
    <message>
        <source>&amp;Define</source>
        <translation>&amp;Définir</translation>
    </message>
    <message>
        <source>&amp;Open XML…</source>
        <translation>&amp;Ouvrir le XML…</translation>
    </message>
    <message>
        <source>&amp;Save XML…</source>
        <translation>Enre&amp;gistrer le XML…</translation>
    </message>
    <message>
        <source>When defining</source>
        <translation>Lors de la définition</translation>
    </message>
    <message>
        <source>Start now (it is running)</source>
        <translation>Démarrer maintenant (il est déjà actif)</translation>
    </message>
    <message>
        <source>&amp;Start now</source>
        <translation>Démarrer &amp;maintenant</translation>
    </message>
    <message>
        <source>&amp;Autostart with the host</source>
        <translation>Démarrage &amp;automatique avec l&apos;hôte</translation>
    </message>
    <message>
        <source>Also define on:</source>
        <translation>Définir aussi sur :</translation>
    </message>
    <message>
        <source>&amp;Go to Line %1</source>
        <translation>Aller à la &amp;ligne %1</translation>
    </message>
</context>
<context>
    <name>lunscope::PoolEditorState</name>
    <message>
        <source>This editor redefines “%1”; to make a pool of another name, use “Create Pool from Target…” or Open XML in a new editor.</source>
        <translation>Cet éditeur redéfinit « %1 » ; pour créer un pool portant un autre nom, utilisez « Créer un pool à partir de la cible… » ou ouvrez le XML dans un nouvel éditeur.</translation>
    </message>
    <message>
        <source>%1 has a pool named “%2” already; choose another name.</source>
        <translation>%1 possède déjà un pool nommé « %2 » ; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The XML cannot be used: %1</source>
        <translation>Le XML est inutilisable : %1</translation>
    </message>
    <message>
        <source>Not checked against libvirt&apos;s schema: %1</source>
        <translation>Non vérifié par rapport au schéma de libvirt : %1</translation>
    </message>
    <message>
        <source>The pool names its libvirt secret by UUID; LunScope leaves that secret as it is.</source>
        <translation>Le pool désigne son secret libvirt par UUID ; LunScope laisse ce secret tel quel.</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>libvirt already has a secret for usage “%1” on %2. Leave the secret empty to keep its value, or type one to replace it.</source>
        <translation>libvirt possède déjà un secret pour l&apos;usage « %1 » sur %2. Laissez le secret vide pour conserver sa valeur, ou saisissez-en un pour le remplacer.</translation>
    </message>
    <message>
        <source>libvirt has a secret for usage “%1” on %2 but not everywhere: type the secret, and it is stored on each connection.</source>
        <translation>libvirt possède un secret pour l&apos;usage « %1 » sur %2, mais pas partout : saisissez le secret, il sera enregistré sur chaque connexion.</translation>
    </message>
    <message>
        <source>%1 cannot keep CHAP secrets: libvirt there has no secret driver. Define the pool without CHAP, or on a host that keeps secrets.</source>
        <translation>%1 ne peut pas conserver de secrets CHAP : libvirt n&apos;y a pas de pilote de secrets. Définissez le pool sans CHAP, ou sur un hôte qui conserve les secrets.</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2 : %3</translation>
    </message>
</context>
<context>
    <name>lunscope::PoolForm</name>
    <message>
        <source>Log in with CHAP (one-way)</source>
        <translation>Ouvrir une session avec CHAP (unidirectionnel)</translation>
    </message>
    <message>
        <source>Pool &amp;name:</source>
        <translation>&amp;Nom du pool :</translation>
    </message>
    <message>
        <source>&amp;UUID:</source>
        <translation>&amp;UUID :</translation>
    </message>
    <message>
        <source>empty: libvirt generates one</source>
        <translation>vide : libvirt en génère un</translation>
    </message>
    <message>
        <source>Portal &amp;host:</source>
        <translation>&amp;Hôte du portail :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>&amp;Target IQN:</source>
        <translation>IQN de la &amp;cible :</translation>
    </message>
    <message>
        <source>&amp;Initiator IQN:</source>
        <translation>IQN de l&apos;&amp;initiateur :</translation>
    </message>
    <message>
        <source>CHAP &amp;user:</source>
        <translation>Uti&amp;lisateur CHAP :</translation>
    </message>
    <message>
        <source>by usage</source>
        <translation>par usage</translation>
    </message>
    <message>
        <source>by UUID</source>
        <translation>par UUID</translation>
    </message>
    <message>
        <source>libvirt &amp;secret:</source>
        <translation>&amp;Secret libvirt :</translation>
    </message>
    <message>
        <source>CHAP secret</source>
        <translation>Secret CHAP</translation>
    </message>
    <message>
        <source>CHAP secr&amp;et:</source>
        <translation>Secr&amp;et CHAP :</translation>
    </message>
    <message>
        <source>UUID of an existing libvirt secret</source>
        <translation>UUID d&apos;un secret libvirt existant</translation>
    </message>
    <message>
        <source>libvirt knows a pool by its name: to rename it, create a new pool and undefine this one.</source>
        <translation>libvirt identifie un pool par son nom : pour le renommer, créez un nouveau pool et supprimez la définition de celui-ci.</translation>
    </message>
    <message>
        <source>Define &amp;without CHAP</source>
        <translation>Définir &amp;sans CHAP</translation>
    </message>
    <message>
        <source>The portals this target is reached at in the discovery tree. An iscsi-direct pool logs in through one of them.</source>
        <translation>Les portails par lesquels cette cible est joignable dans l&apos;arborescence de découverte. Un pool iscsi-direct se connecte par l&apos;un d&apos;eux.</translation>
    </message>
    <message>
        <source>&amp;Via portal:</source>
        <comment>which of a target&apos;s paths (portals) the pool logs in through</comment>
        <translation>Par le p&amp;ortail :</translation>
    </message>
</context>
<context>
    <name>lunscope::PoolMatrixModel</name>
    <message>
        <source>running</source>
        <translation>démarré</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>building</source>
        <translation>en construction</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>dégradé</translation>
    </message>
    <message>
        <source>inaccessible</source>
        <translation>inaccessible</translation>
    </message>
    <message>
        <source>state unknown</source>
        <translation>état inconnu</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>%1 (connecting…)</source>
        <translation>%1 (connexion…)</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1 (non connecté)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: this host&apos;s libvirt has no iscsi-direct backend.</source>
        <translation>%1 : le libvirt de cet hôte n&apos;a pas de backend iscsi-direct.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Not scanned: known from a pool&apos;s definition.</source>
        <translation>Non scannée : connue par la définition d&apos;un pool.</translation>
    </message>
    <message>
        <source>Hosts differ: %1.</source>
        <translation>Les hôtes diffèrent : %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Manquant</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No iscsi-direct</source>
        <translation>Pas d&apos;iscsi-direct</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Storage pool “%1” on %2</source>
        <translation>Pool de stockage « %1 » sur %2</translation>
    </message>
    <message>
        <source>State: %1; %2</source>
        <translation>État : %1 ; %2</translation>
    </message>
    <message>
        <source>starts with the host</source>
        <translation>démarre avec l&apos;hôte</translation>
    </message>
    <message>
        <source>does not start with the host</source>
        <translation>ne démarre pas avec l&apos;hôte</translation>
    </message>
    <message>
        <source>Initiator: %1</source>
        <translation>Initiateur : %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>CHAP: none</source>
        <translation>CHAP : aucun</translation>
    </message>
    <message>
        <source>CHAP: user %1, secret %2</source>
        <translation>CHAP : utilisateur %1, secret %2</translation>
    </message>
    <message>
        <source>UUID %1</source>
        <translation>UUID %1</translation>
    </message>
    <message>
        <source>usage “%1”</source>
        <translation>usage « %1 »</translation>
    </message>
    <message>
        <source>Also for this target: %1</source>
        <translation>Aussi pour cette cible : %1</translation>
    </message>
    <message>
        <source>No pool for this target on %1.</source>
        <translation>Aucun pool pour cette cible sur %1.</translation>
    </message>
    <message>
        <source>%1 cannot have iscsi-direct pools: its libvirt lacks the backend.</source>
        <translation>%1 ne peut pas avoir de pools iscsi-direct : son libvirt n&apos;a pas le backend.</translation>
    </message>
    <message>
        <source>%1 is not connected (or its pools are not listed yet).</source>
        <translation>%1 n&apos;est pas connecté (ou ses pools ne sont pas encore listés).</translation>
    </message>
    <message>
        <source>The reference of this row: the other hosts are compared with it.</source>
        <translation>La référence de cette ligne : les autres hôtes lui sont comparés.</translation>
    </message>
    <message>
        <source>Differs: %1.</source>
        <translation>Diffère : %1.</translation>
    </message>
</context>
<context>
    <name>lunscope::PoolMatrixPane</name>
    <message>
        <source>Storage pools for each target on each host</source>
        <translation>Pools de stockage de chaque cible sur chaque hôte</translation>
    </message>
    <message>
        <source>&amp;Make Consistent…</source>
        <translation>&amp;Harmoniser…</translation>
    </message>
    <message>
        <source>Give every host the same pool for the selected target as the reference host</source>
        <translation>Donner à chaque hôte le même pool pour la cible choisie que l&apos;hôte de référence</translation>
    </message>
    <message>
        <source>Use as &amp;Reference</source>
        <translation>Utiliser comme &amp;référence</translation>
    </message>
    <message>
        <source>Compare the row&apos;s other hosts with the selected cell&apos;s pool</source>
        <translation>Comparer les autres hôtes de la ligne au pool de la cellule choisie</translation>
    </message>
    <message>
        <source>Refresh &amp;Everywhere</source>
        <translation>&amp;Actualiser partout</translation>
    </message>
    <message>
        <source>Refresh the selected target&apos;s pools on every host (after its LUNs changed)</source>
        <translation>Actualiser les pools de la cible choisie sur chaque hôte (après un changement de ses LUN)</translation>
    </message>
    <message>
        <source>Export &amp;virsh Script…</source>
        <translation>Exporter un script &amp;virsh…</translation>
    </message>
    <message>
        <source>Save a shell script of virsh commands that defines the reference pool on the hosts that lack it</source>
        <translation>Enregistrer un script shell de commandes virsh qui définit le pool de référence sur les hôtes qui ne l&apos;ont pas</translation>
    </message>
    <message>
        <source>Export &amp;Ansible Playbook…</source>
        <translation>Exporter un playbook &amp;Ansible…</translation>
    </message>
    <message>
        <source>Save an Ansible playbook that defines the reference pool on the hosts that lack it</source>
        <translation>Enregistrer un playbook Ansible qui définit le pool de référence sur les hôtes qui ne l&apos;ont pas</translation>
    </message>
    <message numerus="yes">
        <source>Refreshed the pools of %1 on %n host(s).</source>
        <translation>
            <numerusform>Pools de %1 actualisés sur %n hôte.</numerusform>
            <numerusform>Pools de %1 actualisés sur %n hôtes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not refresh on %n host(s): %1</source>
        <translation>
            <numerusform>Impossible d&apos;actualiser sur %n hôte : %1</numerusform>
            <numerusform>Impossible d&apos;actualiser sur %n hôtes : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No host has a running pool for %1 to refresh.</source>
        <translation>Aucun hôte n&apos;a de pool démarré pour %1 à actualiser.</translation>
    </message>
    <message>
        <source>Refreshing the pools of %1 on every host…</source>
        <translation>Actualisation des pools de %1 sur chaque hôte…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Cannot export “%1”: %2 is not connected.</source>
        <translation>Impossible d&apos;exporter « %1 » : %2 n&apos;est pas connecté.</translation>
    </message>
    <message>
        <source>Reading the definition of “%1”…</source>
        <translation>Lecture de la définition de « %1 »…</translation>
    </message>
    <message>
        <source>Cannot export “%1”: %2</source>
        <translation>Impossible d&apos;exporter « %1 » : %2</translation>
    </message>
    <message>
        <source>Cannot export: the reference pool&apos;s definition cannot be read: %1</source>
        <translation>Export impossible : la définition du pool de référence est illisible : %1</translation>
    </message>
    <message>
        <source>Export virsh Script</source>
        <translation>Exporter un script virsh</translation>
    </message>
    <message>
        <source>Export Ansible Playbook</source>
        <translation>Exporter un playbook Ansible</translation>
    </message>
    <message>
        <source>Shell scripts (*.sh)</source>
        <translation>Scripts shell (*.sh)</translation>
    </message>
    <message>
        <source>Ansible playbooks (*.yml *.yaml)</source>
        <translation>Playbooks Ansible (*.yml *.yaml)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1: pool “%2” for %n host(s).</source>
        <translation>
            <numerusform>%1 enregistré : pool « %2 » pour %n hôte.</numerusform>
            <numerusform>%1 enregistré : pool « %2 » pour %n hôtes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lunscope::PoolsModel</name>
    <message>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>En construction</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours d&apos;exécution</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Dégradé</translation>
    </message>
    <message>
        <source>Inaccessible</source>
        <translation>Inaccessible</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Connection lost: %1</source>
        <translation>Connexion perdue : %1</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>Connexion impossible : %1</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermée</translation>
    </message>
    <message>
        <source>Connected; listing the pools failed: %1</source>
        <translation>Connecté ; échec de l&apos;énumération des pools : %1</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n pool(s)</source>
        <translation>
            <numerusform>Connecté : %n pool</numerusform>
            <numerusform>Connecté : %n pools</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected; listing pools…</source>
        <translation>Connecté ; énumération des pools…</translation>
    </message>
    <message>
        <source> — iscsi-direct not supported here: install libvirt-daemon-driver-storage-iscsi-direct on the hypervisor</source>
        <translation> — iscsi-direct non pris en charge ici : installez libvirt-daemon-driver-storage-iscsi-direct sur l&apos;hyperviseur</translation>
    </message>
    <message>
        <source>Start the pool to compare it with the scan</source>
        <translation>Démarrez le pool pour le comparer à l&apos;analyse</translation>
    </message>
    <message>
        <source>Could not list the volumes: %1</source>
        <translation>Impossible de lister les volumes : %1</translation>
    </message>
    <message>
        <source>Listing volumes…</source>
        <translation>Énumération des volumes…</translation>
    </message>
    <message>
        <source>Target not in the discovery tree: discover %1 to compare</source>
        <translation>Cible absente de l&apos;arborescence de découverte : découvrez %1 pour comparer</translation>
    </message>
    <message>
        <source>Matches the scan</source>
        <translation>Correspond à l&apos;analyse</translation>
    </message>
    <message>
        <source>Known libvirt shortfall (one block); LUN %1: %2</source>
        <translation>Écart connu de libvirt (un bloc) ; LUN %1 : %2</translation>
    </message>
    <message>
        <source>Size differs: the scan found %1</source>
        <translation>Taille différente : l&apos;analyse a trouvé %1</translation>
    </message>
    <message>
        <source>Not in the scan</source>
        <translation>Absent de l&apos;analyse</translation>
    </message>
    <message>
        <source>%1, transient</source>
        <translation>%1, transitoire</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Allocated %1 of %2</source>
        <translation>%1 alloués sur %2</translation>
    </message>
    <message>
        <source>%1
Target %2 at %3</source>
        <translation>%1
Cible %2 sur %3</translation>
    </message>
    <message>
        <source>libvirt: %1</source>
        <translation>libvirt : %1</translation>
    </message>
    <message>
        <source>Hypervisor / Pool / Volume</source>
        <comment>@title:column</comment>
        <translation>Hyperviseur / Pool / Volume</translation>
    </message>
    <message>
        <source>State</source>
        <comment>@title:column</comment>
        <translation>État</translation>
    </message>
    <message>
        <source>Capacity</source>
        <comment>@title:column</comment>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Autostart</source>
        <comment>@title:column</comment>
        <translation>Démarrage automatique</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>@title:column</comment>
        <translation>Type</translation>
    </message>
    <message>
        <source>Compared with the scan</source>
        <comment>@title:column</comment>
        <translation>Comparaison avec l&apos;analyse</translation>
    </message>
    <message>
        <source>%1, not running</source>
        <translation>%1, arrêté</translation>
    </message>
    <message>
        <source>Capacity %1 when it last ran; start the pool to see what is allocated.</source>
        <translation>Capacité %1 lors de la dernière exécution ; démarrez le pool pour voir l&apos;espace alloué.</translation>
    </message>
    <message numerus="yes">
        <source>%n VM(s)</source>
        <translation>
            <numerusform>%n VM</numerusform>
            <numerusform>%n VM</numerusform>
        </translation>
    </message>
    <message>
        <source>No virtual machine on the open connections uses it.</source>
        <translation>Utilisé par aucune machine virtuelle sur les connexions ouvertes.</translation>
    </message>
    <message>
        <source>%1 on %2: %3 (%4 bus, device %5)</source>
        <translation>%1 sur %2 : %3 (bus %4, périphérique %5)</translation>
    </message>
    <message>
        <source>, not running</source>
        <translation>, à l&apos;arrêt</translation>
    </message>
    <message>
        <source>, shareable</source>
        <translation>, partageable</translation>
    </message>
    <message>
        <source>, read-only</source>
        <translation>, lecture seule</translation>
    </message>
    <message>
        <source>Risk: more than one disk writes this LUN and not all are marked shareable; their file systems will corrupt each other.</source>
        <translation>Risque : plusieurs disques écrivent sur ce LUN et tous ne sont pas marqués partageables ; leurs systèmes de fichiers vont se corrompre mutuellement.</translation>
    </message>
    <message>
        <source>Virtual machines</source>
        <translation>Machines virtuelles</translation>
    </message>
    <message numerus="yes">
        <source>%n defined, %1 running</source>
        <translation>
            <numerusform>%n définie, %1 en marche</numerusform>
            <numerusform>%n définies, %1 en marche</numerusform>
        </translation>
    </message>
    <message>
        <source>Shut off</source>
        <translation>Éteinte</translation>
    </message>
    <message numerus="yes">
        <source>%n iSCSI disk(s)</source>
        <translation>
            <numerusform>%n disque iSCSI</numerusform>
            <numerusform>%n disques iSCSI</numerusform>
        </translation>
    </message>
    <message>
        <source>volume %1 of pool %2</source>
        <translation>volume %1 du pool %2</translation>
    </message>
    <message>
        <source>iSCSI %1 at %2</source>
        <translation>iSCSI %1 sur %2</translation>
    </message>
    <message>
        <source>%1 (%2, %3): %4</source>
        <translation>%1 (%2, %3) : %4</translation>
    </message>
    <message>
        <source> — from the next start</source>
        <translation> — à partir du prochain démarrage</translation>
    </message>
    <message>
        <source>controller</source>
        <translation>contrôleur</translation>
    </message>
    <message>
        <source>%1
The target&apos;s controller (LUN 0): no storage, not for a virtual machine.</source>
        <translation>%1
Le contrôleur de la cible (LUN 0) : pas de stockage, pas pour une machine virtuelle.</translation>
    </message>
    <message>
        <source>The target&apos;s controller (LUN 0): no storage, not for a virtual machine.</source>
        <translation>Le contrôleur de la cible (LUN 0) : pas de stockage, pas pour une machine virtuelle.</translation>
    </message>
    <message>
        <source>Used by</source>
        <comment>@title:column</comment>
        <translation>Utilisé par</translation>
    </message>
</context>
<context>
    <name>lunscope::PoolsPane</name>
    <message>
        <source>Hypervisors, storage pools and volumes</source>
        <translation>Hyperviseurs, pools de stockage et volumes</translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation>&amp;Reconnecter</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>iscsi-direct not supported on %1: install libvirt-daemon-driver-storage-iscsi-direct on the hypervisor.</source>
        <translation>iscsi-direct n&apos;est pas pris en charge sur %1 : installez libvirt-daemon-driver-storage-iscsi-direct sur l&apos;hyperviseur.</translation>
    </message>
    <message>
        <source>&amp;Add Connection…</source>
        <translation>&amp;Ajouter une connexion…</translation>
    </message>
    <message>
        <source>Connect to a hypervisor&apos;s libvirt (test:///default, qemu:///system, qemu+ssh://…)</source>
        <translation>Se connecter au libvirt d&apos;un hyperviseur (test:///default, qemu:///system, qemu+ssh://…)</translation>
    </message>
    <message>
        <source>Re&amp;move Connection</source>
        <translation>&amp;Retirer la connexion</translation>
    </message>
    <message>
        <source>Close the selected connection and take it out of the list</source>
        <translation>Fermer la connexion sélectionnée et la retirer de la liste</translation>
    </message>
    <message>
        <source>Re&amp;connect</source>
        <translation>Re&amp;connecter</translation>
    </message>
    <message>
        <source>Open the selected connection again</source>
        <translation>Rouvrir la connexion sélectionnée</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Act&amp;ualiser</translation>
    </message>
    <message>
        <source>List the pools and volumes of the selected connection again</source>
        <translation>Lister à nouveau les pools et les volumes de la connexion sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>Start the selected pool</source>
        <translation>Démarrer le pool sélectionné</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Arrê&amp;ter</translation>
    </message>
    <message>
        <source>Stop the selected pool (guests using its volumes lose them)</source>
        <translation>Arrêter le pool sélectionné (les invités qui utilisent ses volumes les perdent)</translation>
    </message>
    <message>
        <source>A&amp;utostart</source>
        <translation>Démarrage automati&amp;que</translation>
    </message>
    <message>
        <source>Start the selected pool whenever its host starts</source>
        <translation>Démarrer le pool sélectionné à chaque démarrage de son hôte</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Open the selected iscsi-direct pool in the pool editor</source>
        <translation>Ouvrir le pool iscsi-direct sélectionné dans l&apos;éditeur de pool</translation>
    </message>
    <message>
        <source>&amp;Undefine…</source>
        <translation>&amp;Supprimer la définition…</translation>
    </message>
    <message>
        <source>Remove the selected pool&apos;s definition from libvirt (the LUNs stay)</source>
        <translation>Supprimer de libvirt la définition du pool sélectionné (les LUN sont conservés)</translation>
    </message>
    <message>
        <source>Started storage pool “%1” on %2.</source>
        <translation>Pool de stockage « %1 » démarré sur %2.</translation>
    </message>
    <message>
        <source>Stopped storage pool “%1” on %2.</source>
        <translation>Pool de stockage « %1 » arrêté sur %2.</translation>
    </message>
    <message>
        <source>Storage pool “%1” on %2 now starts with its host.</source>
        <translation>Le pool de stockage « %1 » sur %2 démarre désormais avec son hôte.</translation>
    </message>
    <message>
        <source>Storage pool “%1” on %2 no longer starts with its host.</source>
        <translation>Le pool de stockage « %1 » sur %2 ne démarre plus avec son hôte.</translation>
    </message>
    <message>
        <source>Storage pool “%1” is defined on %2.</source>
        <translation>Le pool de stockage « %1 » est défini sur %2.</translation>
    </message>
    <message>
        <source>Storage pool “%1” on %2. It is running: libvirt uses the new definition from its next start.</source>
        <translation>Pool de stockage « %1 » sur %2. Il est en cours d&apos;exécution : libvirt utilisera la nouvelle définition à son prochain démarrage.</translation>
    </message>
    <message>
        <source>Storage pool “%1” on %2.</source>
        <translation>Pool de stockage « %1 » sur %2.</translation>
    </message>
    <message>
        <source>Reading the definition of “%1”…</source>
        <translation>Lecture de la définition de « %1 »…</translation>
    </message>
    <message>
        <source>Cannot edit “%1”: %2</source>
        <translation>Impossible de modifier « %1 » : %2</translation>
    </message>
    <message>
        <source>Stop and undefine storage pool “%1” on %2?</source>
        <translation>Arrêter le pool de stockage « %1 » sur %2 et supprimer sa définition ?</translation>
    </message>
    <message>
        <source>Undefine storage pool “%1” on %2?</source>
        <translation>Supprimer la définition du pool de stockage « %1 » sur %2 ?</translation>
    </message>
    <message>
        <source>libvirt forgets the pool; the LUNs and their data stay on the target, and a CHAP secret stays in libvirt.</source>
        <translation>libvirt oublie le pool ; les LUN et leurs données restent sur la cible, et un éventuel secret CHAP reste dans libvirt.</translation>
    </message>
    <message>
        <source>Stop and &amp;Undefine</source>
        <translation>Arrêter et &amp;supprimer la définition</translation>
    </message>
    <message>
        <source>&amp;Undefine</source>
        <translation>&amp;Supprimer la définition</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Conserver</translation>
    </message>
    <message>
        <source>Storage pool “%1” is no longer defined on %2.</source>
        <translation>Le pool de stockage « %1 » n&apos;est plus défini sur %2.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Could not connect to %1: the message above the pools says why.</source>
        <translation>Connexion à %1 impossible : le message au-dessus des pools en donne la raison.</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Connecté à %1.</translation>
    </message>
    <message>
        <source>Connection lost: %1</source>
        <translation>Connexion perdue : %1</translation>
    </message>
    <message>
        <source>Reconnecting to %1…</source>
        <translation>Reconnexion à %1…</translation>
    </message>
    <message>
        <source>Storage pool “%1” is redefined on %2.</source>
        <translation>Le pool de stockage « %1 » est redéfini sur %2.</translation>
    </message>
    <message>
        <source>Could not read the definition of “%1”.</source>
        <translation>Impossible de lire la définition de « %1 ».</translation>
    </message>
    <message>
        <source>libvirt forgets the pool; the LUNs and their data stay on the target.</source>
        <translation>libvirt oublie le pool ; les LUN et leurs données restent sur la cible.</translation>
    </message>
    <message>
        <source>&amp;Detach from VM</source>
        <translation>Détac&amp;her de la VM</translation>
    </message>
    <message>
        <source>&amp;Detach Disk</source>
        <translation>Détac&amp;her le disque</translation>
    </message>
    <message>
        <source>LUN %1 is not ready (%2)</source>
        <translation>le LUN %1 n&apos;est pas prêt (%2)</translation>
    </message>
    <message>
        <source>TEST UNIT READY failed</source>
        <translation>échec de TEST UNIT READY</translation>
    </message>
    <message>
        <source>LUN %1 did not report its capacity</source>
        <translation>le LUN %1 n&apos;a pas indiqué sa capacité</translation>
    </message>
    <message>
        <source>Our scan of the target found: %1. libvirt&apos;s iscsi-direct backend fails the whole pool when one LUN fails its readiness check or capacity read: fix or unmap that LUN on the target, then start the pool again.</source>
        <translation>Notre analyse de la cible a trouvé : %1. Le backend iscsi-direct de libvirt fait échouer tout le pool dès qu&apos;un LUN échoue à la vérification de disponibilité ou à la lecture de sa capacité : corrigez ce LUN sur la cible ou retirez son mappage, puis redémarrez le pool.</translation>
    </message>
    <message>
        <source>; </source>
        <translation> ; </translation>
    </message>
    <message>
        <source>%1 (running)</source>
        <translation>%1 (en marche)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Stop storage pool “%1” on %2? Virtual machines use it: %3.</source>
        <translation>Arrêter le pool de stockage « %1 » sur %2 ? Des machines virtuelles l&apos;utilisent : %3.</translation>
    </message>
    <message>
        <source>A running VM keeps the LUN it has open until it stops, but cannot start again, and no LUN can be attached from this pool, until the pool runs again.</source>
        <translation>Une VM en marche garde le LUN qu&apos;elle a ouvert jusqu&apos;à son arrêt, mais ne pourra pas redémarrer, et aucun LUN ne pourra être attaché depuis ce pool, tant que le pool ne sera pas redémarré.</translation>
    </message>
    <message>
        <source>They cannot start until the pool runs again.</source>
        <translation>Elles ne pourront pas démarrer tant que le pool ne sera pas redémarré.</translation>
    </message>
    <message>
        <source>S&amp;top Anyway</source>
        <translation>Arrêter &amp;quand même</translation>
    </message>
    <message>
        <source>&amp;Keep Running</source>
        <translation>&amp;Laisser démarré</translation>
    </message>
    <message>
        <source>Virtual machines name it in their disks: %1. They cannot start until a pool of that name is defined and running again.</source>
        <translation>Des machines virtuelles le nomment dans leurs disques : %1. Elles ne pourront pas démarrer tant qu&apos;un pool de ce nom ne sera pas de nouveau défini et démarré.</translation>
    </message>
</context>
<context>
    <name>lunscope::PortalBar</name>
    <message>
        <source>&amp;Discover</source>
        <translation>&amp;Découvrir</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portail</translation>
    </message>
    <message>
        <source>Discover the portal&apos;s targets (Enter)</source>
        <translation>Découvrir les cibles du portail (Entrée)</translation>
    </message>
    <message>
        <source>&amp;Portal:</source>
        <translation>&amp;Portail :</translation>
    </message>
    <message>
        <source>Type a portal first: a host name or address, optionally with :port.</source>
        <translation>Saisissez d&apos;abord un portail : un nom d&apos;hôte ou une adresse, éventuellement suivi de :port.</translation>
    </message>
    <message>
        <source>Portal: host, host:port, [IPv6]:port or iscsi://host; iSNS directory: isns://host</source>
        <translation>Portail : hôte, hôte:port, [IPv6]:port ou iscsi://hôte ; annuaire iSNS : isns://hôte</translation>
    </message>
</context>
<context>
    <name>lunscope::PortalErrorBanner</name>
    <message>
        <source>%1: %2</source>
        <comment>portal: what went wrong</comment>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n other portal(s) failed too: %1. Select one for its reason.</source>
        <translation>
            <numerusform>%n autre portail a aussi échoué : %1. Sélectionnez-le pour en voir la raison.</numerusform>
            <numerusform>%n autres portails ont aussi échoué : %1. Sélectionnez-en un pour en voir la raison.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between portals</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Retry &amp;All</source>
        <translation>&amp;Tout réessayer</translation>
    </message>
    <message>
        <source>Log &amp;In…</source>
        <translation>&amp;Ouvrir une session…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
</context>
<context>
    <name>lunscope::ProgressStatus</name>
    <message numerus="yes">
        <source>%1 of %n target(s)</source>
        <comment>progress: finished of total</comment>
        <translation>
            <numerusform>%1 sur %n cible</numerusform>
            <numerusform>%1 sur %n cibles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lunscope::ScanLogDock</name>
    <message>
        <source>Scan Log</source>
        <translation>Journal d&apos;analyse</translation>
    </message>
    <message>
        <source>What the scans do (log in, commands, errors) appears here.</source>
        <translation>Les actions des analyses (ouverture de session, commandes, erreurs) s&apos;affichent ici.</translation>
    </message>
    <message>
        <source>Copy Log</source>
        <translation>Copier le journal</translation>
    </message>
    <message>
        <source>Copy the whole log to the clipboard</source>
        <translation>Copier l&apos;intégralité du journal dans le presse-papiers</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
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
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
</TS>
