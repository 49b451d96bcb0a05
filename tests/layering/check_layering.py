#!/usr/bin/env python3
"""The layers of LunScope, checked on the sources (ctest: layering, layering_selftest).

  core/ never includes a Qt Widgets or Qt GUI header;
  core/'s areas only include downwards: common <- iscsi <- scan, common <- isns <- scan, common <- pool,
  common <- libvirt <- vm;
  no code calls virConnectFindStoragePoolSources (libvirt 9.0 crashes on it for iscsi-direct);
  libiscsi, libisns and libvirt belong to core/: no file in ui/, app/ or tests/tools/ includes
  <iscsi/...>, <libisns/...> or <libvirt/...>, includes a core header that does (such headers are
  private to core), or calls a libiscsi (iscsi_*, scsi_*), libisns (isns_*) or libvirt (vir[A-Z]*)
  function;
  ui/widgets/ includes nothing else of ui/; ui/discovery/ does not reach into ui/pools/.

  check_layering.py SOURCE_DIR QTWIDGETS_INCLUDE_DIR QTGUI_INCLUDE_DIR
  check_layering.py --self-test QTWIDGETS_INCLUDE_DIR QTGUI_INCLUDE_DIR
      builds a small tree that breaks every rule once and fails unless each break is reported
      (so the check itself cannot silently pass).
"""
import os
import re
import sys
import tempfile

INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]', re.M)
FOREIGN_CALL = re.compile(r'\b(iscsi_[a-z0-9_]+|scsi_[a-z0-9_]+|isns_[a-z0-9_]+|vir[A-Z][A-Za-z]+)\s*\(')
CORE_AREAS = {"common": set(), "iscsi": {"common"}, "isns": {"common"}, "scan": {"common", "iscsi", "isns"},
              "pool": {"common"}, "libvirt": {"common", "pool"},
              "vm": {"common", "libvirt"},
              "attach": {"common", "pool", "libvirt"}}


def sources(top, folder):
    for root, _, files in os.walk(os.path.join(top, folder)):
        for name in sorted(files):
            if name.endswith((".h", ".cpp")):
                path = os.path.join(root, name)
                with open(path, encoding="utf-8") as f:
                    yield os.path.relpath(path, top), f.read()


def strip_comments(text):
    text = re.sub(r'/\*.*?\*/', '', text, flags=re.S)
    return re.sub(r'//[^\n]*', '', text)


def foreign_header(target):
    return target.startswith(("iscsi/iscsi.h", "iscsi/scsi-lowlevel.h", "libisns/", "libvirt/"))


def check(top, widget_headers):
    problems = []
    core = dict(sources(top, "core"))

    # Core headers that pull in libiscsi, libisns or libvirt, directly or through other core headers.
    def resolve(including, target):
        for candidate in (os.path.join(os.path.dirname(including), target), os.path.join("core", target)):
            if candidate in core:
                return candidate
        return None

    private = set()
    changed = True
    while changed:
        changed = False
        for path, text in core.items():
            if not path.endswith(".h") or path in private:
                continue
            for kind, target in INCLUDE.findall(text):
                if (kind == "<" and foreign_header(target)) or (kind == '"' and resolve(path, target) in private):
                    private.add(path)
                    changed = True
                    break

    for path, text in core.items():
        area = path.split(os.sep)[1]
        for kind, target in INCLUDE.findall(text):
            name = target.split("/")[-1]
            if kind == "<" and (target.startswith(("QtWidgets", "QtGui")) or name in widget_headers):
                problems.append(f"{path}: core/ includes the Qt Widgets/GUI header <{target}>")
            if kind == '"' and "/" in target:
                other = target.split("/")[0]
                if other in CORE_AREAS and other != area and other not in CORE_AREAS.get(area, set()):
                    problems.append(f"{path}: core/{area} includes core/{other} (\"{target}\"): only "
                                    f"{sorted(CORE_AREAS.get(area, set())) or 'nothing'} lies below it")

    # libvirt 9.0's iscsi-direct backend crashes libvirtd (virISCSIDirectUpdateTargets) when asked
    # for the pool sources of a portal with 3 targets; our own SendTargets scan answers instead.
    for path, text in core.items():
        if "virConnectFindStoragePoolSources" in strip_comments(text):
            problems.append(f"{path}: calls virConnectFindStoragePoolSources(): it crashes libvirtd 9.0 for "
                            "iscsi-direct; use LunScope's own SendTargets scan")

    for folder in ("ui", "app", os.path.join("tests", "tools")):
        for path, text in sources(top, folder):
            for kind, target in INCLUDE.findall(text):
                if kind == "<" and target.startswith(("iscsi/", "libisns/", "libvirt/")):
                    problems.append(f"{path}: includes <{target}>: libiscsi, libisns and libvirt are core/'s")
                elif kind == '"' and os.path.join("core", target) in private:
                    problems.append(f"{path}: includes \"{target}\", a core header private to core "
                                    "(it includes libiscsi, libisns or libvirt)")
            for call in FOREIGN_CALL.findall(strip_comments(text)):
                problems.append(f"{path}: calls {call}(): libiscsi, libisns and libvirt are called from core/ only")

    for path, text in sources(top, os.path.join("ui", "widgets")):
        for kind, target in INCLUDE.findall(text):
            if kind == '"' and (target.startswith(("discovery/", "pools/")) or target in (
                    "MainWindow.h", "MainActions.h", "UiSettings.h")):
                problems.append(f"{path}: ui/widgets/ includes \"{target}\": shared widgets know no feature")
    for path, text in sources(top, os.path.join("ui", "discovery")):
        for kind, target in INCLUDE.findall(text):
            if kind == '"' and target.startswith("pools/"):
                problems.append(f"{path}: ui/discovery/ includes \"{target}\": the discovery side does "
                                "not depend on the pools side")
    return problems


def widget_header_names(*dirs):
    names = set()
    for d in dirs:
        names.update(n for n in os.listdir(d) if n.startswith("Q") and "." not in n)
    return names


def self_test(widget_headers):
    breaks = {
        "core/scan/Widgety.h": "#include <QWidget>\n",
        "core/common/Upward.h": '#include "scan/PortalScan.h"\n',
        "core/isns/Upward.h": '#include "scan/PortalScan.h"\n',
        "core/libvirt/Private.h": "#include <libvirt/libvirt.h>\n",
        "core/libvirt/AlsoPrivate.h": '#include "Private.h"\n',
        "ui/discovery/Direct.cpp": "#include <iscsi/iscsi.h>\n",
        "ui/pools/Indirect.cpp": '#include "libvirt/AlsoPrivate.h"\n',
        "app/Calls.cpp": "void f() { virConnectClose(nullptr); }\n",
        "app/Directory.cpp": "#include <libisns/isns.h>\n",
        "ui/discovery/Queries.cpp": "void f() { isns_client_call(nullptr, nullptr); }\n",
        "ui/widgets/Knows.h": '#include "discovery/DiscoveryModel.h"\n',
        "ui/discovery/Reaches.cpp": '#include "pools/PoolsModel.h"\n',
        "core/libvirt/Sources.cpp": "void f() { virConnectFindStoragePoolSources(nullptr, nullptr, nullptr, 0); }\n",
    }
    with tempfile.TemporaryDirectory() as top:
        for path, text in breaks.items():
            os.makedirs(os.path.join(top, os.path.dirname(path)), exist_ok=True)
            with open(os.path.join(top, path), "w", encoding="utf-8") as f:
                f.write(text)
        problems = check(top, widget_headers)
    expected = {p for p in breaks if p != "core/libvirt/Private.h" and p != "core/libvirt/AlsoPrivate.h"}
    missed = [p for p in sorted(expected) if not any(problem.startswith(p + ":") for problem in problems)]
    for p in missed:
        print(f"self-test: the break in {p} was not reported", file=sys.stderr)
    if len(problems) != len(expected):
        print("self-test: reported\n  " + "\n  ".join(problems), file=sys.stderr)
    return 1 if missed or len(problems) != len(expected) else 0


def main(argv):
    if len(argv) == 4 and argv[1] == "--self-test":
        return self_test(widget_header_names(argv[2], argv[3]))
    if len(argv) != 4:
        print(__doc__, file=sys.stderr)
        return 64
    problems = check(argv[1], widget_header_names(argv[2], argv[3]))
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"layering: {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
