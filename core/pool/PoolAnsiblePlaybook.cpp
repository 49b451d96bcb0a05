#include "PoolAnsiblePlaybook.h"

#include "PoolSecret.h"
#include "PoolXml.h"
#include "SecretXml.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace lunscope {

namespace {

// A YAML single-quoted scalar: nothing inside is special but the quote itself.
QString yamlQuoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\'', u"''"_s);
    return u'\'' + escaped + u'\'';
}

// A YAML literal block (|) at `indent` spaces: the XML exactly, line by line.
QString yamlBlock(const QString &text, int indent)
{
    const QString pad(indent, u' ');
    QString block = u"|\n"_s;
    QString body = text;
    if (body.endsWith(u'\n'))
        body.chop(1);
    for (const QString &line : body.split(u'\n'))
        block += (line.isEmpty() ? QString() : pad + line) + u'\n';
    return block;
}

} // namespace

QString PoolAnsiblePlaybook::write(const PoolDraft &draft, const QStringList &uris, bool start, bool autostart)
{
    // For other tools: English, like Ansible's own output.
    QString text;
    QTextStream out(&text);
    out << "# Storage pool \"" << draft.name << "\" (iscsi-direct: " << draft.targetIqn << " at " << draft.host << ':'
        << draft.port << ") on every libvirt host below,\n"
        << "# as LunScope " << QCoreApplication::applicationVersion()
        << " defines it (lunscope --define-pool). Runs on the control node;\n"
        << "# community.libvirt.virt_pool needs python3-libvirt and python3-lxml there.\n";
    if (draft.chap)
        out << "# The CHAP secret of user \"" << draft.chap->userName
            << "\" is not in this file: pass it as the variable lunscope_chap_secret\n"
            << "# (ansible-vault, or -e @secret.yml), never on a command line.\n";
    out << "- name: " << yamlQuoted(u"Storage pool %1 (iscsi-direct)"_s.arg(draft.name)) << '\n'
        << "  hosts: localhost\n"
        << "  gather_facts: false\n"
        << "  vars:\n"
        << "    lunscope_hosts:\n";
    for (const QString &uri : uris)
        out << "      - " << yamlQuoted(uri) << '\n';
    out << "    lunscope_pool_name: " << yamlQuoted(draft.name) << '\n'
        << "    lunscope_pool_xml: " << yamlBlock(PoolXml::write(draft), 6);
    if (draft.chap) {
        const SecretDraft secret = poolSecretDraft(draft);
        out << "    lunscope_secret_usage: " << yamlQuoted(draft.chap->secret) << '\n'
            << "    lunscope_secret_xml: " << yamlBlock(SecretXml::write(secret), 6);
    }
    out << "  tasks:\n"
        // Like --define-pool: every host is checked before any host gets anything.
        << "    - name: The pool name is free on every host\n"
        << "      ansible.builtin.command:\n"
        << "        argv: [virsh, -c, '{{ item }}', pool-info, '{{ lunscope_pool_name }}']\n"
        << "      loop: '{{ lunscope_hosts }}'\n"
        << "      register: lunscope_taken\n"
        << "      changed_when: false\n"
        << "      failed_when: lunscope_taken.rc == 0\n";
    if (draft.chap) {
        out << "    - name: The CHAP secret is given\n"
            << "      ansible.builtin.assert:\n"
            << "        that: lunscope_chap_secret is defined and lunscope_chap_secret | length > 0\n"
            << "        fail_msg: Pass the CHAP secret as the variable lunscope_chap_secret.\n"
            << "    - name: CHAP secret on every host\n"
            << "      block:\n"
            << "        - name: A private folder for the secret's files\n"
            << "          ansible.builtin.tempfile:\n"
            << "            state: directory\n"
            << "          register: lunscope_work\n"
            << "        - name: The secret's XML\n"
            << "          ansible.builtin.copy:\n"
            << "            content: '{{ lunscope_secret_xml }}'\n"
            << "            dest: '{{ lunscope_work.path }}/secret.xml'\n"
            << "            mode: '0600'\n"
            << "        - name: The secret's value, base64 as virsh reads it\n"
            << "          ansible.builtin.copy:\n"
            << "            content: '{{ lunscope_chap_secret | b64encode }}'\n"
            << "            dest: '{{ lunscope_work.path }}/secret.b64'\n"
            << "            mode: '0600'\n"
            << "          no_log: true\n"
            << "        - name: The secret for this usage, where a host has one\n"
            << "          ansible.builtin.shell: >-\n"
            << "            virsh -c {{ item | quote }} secret-list |\n"
            << "            awk -v usage={{ lunscope_secret_usage | quote }} '$2 == \"iscsi\" && $3 == usage { print $1 }'\n"
            << "          loop: '{{ lunscope_hosts }}'\n"
            << "          register: lunscope_found\n"
            << "          changed_when: false\n"
            << "        - name: Define the secret where it is missing\n"
            << "          ansible.builtin.command:\n"
            << "            argv: [virsh, -c, '{{ item.item }}', secret-define, --file, "
               "'{{ lunscope_work.path }}/secret.xml']\n"
            << "          loop: '{{ lunscope_found.results }}'\n"
            << "          when: item.stdout | length == 0\n"
            << "        - name: The secret on every host\n"
            << "          ansible.builtin.shell: >-\n"
            << "            virsh -c {{ item | quote }} secret-list |\n"
            << "            awk -v usage={{ lunscope_secret_usage | quote }} '$2 == \"iscsi\" && $3 == usage { print $1 }'\n"
            << "          loop: '{{ lunscope_hosts }}'\n"
            << "          register: lunscope_secrets\n"
            << "          changed_when: false\n"
            << "        - name: Set the secret's value\n"
            << "          ansible.builtin.command:\n"
            << "            argv: [virsh, -c, '{{ item.item }}', secret-set-value, --secret, '{{ item.stdout }}', --file, "
               "'{{ lunscope_work.path }}/secret.b64']\n"
            << "          loop: '{{ lunscope_secrets.results }}'\n"
            << "          no_log: true\n"
            << "      always:\n"
            << "        - name: Remove the secret's files\n"
            << "          ansible.builtin.file:\n"
            << "            path: '{{ lunscope_work.path }}'\n"
            << "            state: absent\n"
            << "          when: lunscope_work.path is defined\n";
    }
    out << "    - name: Define the pool\n"
        << "      community.libvirt.virt_pool:\n"
        << "        uri: '{{ item }}'\n"
        << "        command: define\n"
        << "        name: '{{ lunscope_pool_name }}'\n"
        << "        xml: '{{ lunscope_pool_xml }}'\n"
        << "      loop: '{{ lunscope_hosts }}'\n";
    if (start)
        out << "    - name: Start the pool\n"
            << "      community.libvirt.virt_pool:\n"
            << "        uri: '{{ item }}'\n"
            << "        name: '{{ lunscope_pool_name }}'\n"
            << "        state: active\n"
            << "      loop: '{{ lunscope_hosts }}'\n";
    if (autostart)
        out << "    - name: Start the pool with its host\n"
            << "      community.libvirt.virt_pool:\n"
            << "        uri: '{{ item }}'\n"
            << "        name: '{{ lunscope_pool_name }}'\n"
            << "        autostart: true\n"
            << "      loop: '{{ lunscope_hosts }}'\n";
    out.flush();
    return text;
}

} // namespace lunscope
