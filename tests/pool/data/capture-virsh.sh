#!/bin/sh
# Regenerates the virsh-*.xml samples: pool XML exactly as "virsh pool-dumpxml" prints it, from
# libvirt's in-process test driver (test:///default, no daemon, nothing on the host changes).
# Run from this directory; the inputs are the heredocs below.
set -eu
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

capture() { # <output file> <pool name or uuid as virsh takes it> ; pool XML on stdin
    cat >"$work/in.xml"
    virsh -q -c test:///default "pool-define $work/in.xml; pool-start '$2'; pool-dumpxml '$2'" \
        | sed -n '/^<pool/,/^<\/pool>/p' >"$1"
}

capture virsh-plain.xml disks <<'XML'
<pool type='iscsi-direct'>
  <name>disks</name>
  <uuid>6f1f9c52-0d43-4a8e-9a55-2b1c3f6d7e80</uuid>
  <source>
    <host name='san.example.org' port='3260'/>
    <device path='iqn.2026-11.org.lunscope.test:disks'/>
    <initiator><iqn name='iqn.2026-11.org.lunscope:workstation'/></initiator>
  </source>
</pool>
XML

capture virsh-chap-usage-ipv6.xml lab <<'XML'
<pool type='iscsi-direct'>
  <name>lab</name>
  <uuid>3c8396b0-2257-484e-af7d-a7970c845615</uuid>
  <source>
    <host name='fd00:5::10' port='3261'/>
    <device path='iqn.2026-11.org.lunscope.test:lab'/>
    <initiator><iqn name='iqn.2026-11.org.lunscope:workstation'/></initiator>
    <auth type='chap' username='alice'><secret usage='lunscope-lab'/></auth>
  </source>
</pool>
XML

# Looked up by uuid: virsh's own command line would need its quoting rules for this name.
capture virsh-chap-uuid-escaped-no-port.xml 9b2d7e0c-5f3a-4c1e-8d6b-0e4f2a1c3b5d <<'XML'
<pool type='iscsi-direct'>
  <name>a&lt;b&gt;&amp;c'd"e</name>
  <uuid>9b2d7e0c-5f3a-4c1e-8d6b-0e4f2a1c3b5d</uuid>
  <source>
    <host name='192.0.2.7'/>
    <device path='iqn.2026-11.org.lunscope.test:x&amp;y&lt;z&gt;'/>
    <initiator><iqn name='iqn.2026-11.org.lunscope:i"&apos;'/></initiator>
    <auth type='chap' username='bob &lt;&amp;&gt; "o&apos;neil"'><secret uuid='0a81f5b2-8403-7b23-c8d6-21ccc2f80d6f'/></auth>
  </source>
</pool>
XML
