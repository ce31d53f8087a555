"""What ``build.spec`` and ``bench/bare.spec`` share, so both are frozen the same way.

* :func:`excluded_modules`: Qt modules no ipsdesk source file mentions, plus test and
  development tools. PyInstaller collects only imported modules anyway; this stops
  optional imports inside dependencies from pulling big Qt modules in, and can never
  exclude a module the app itself imports.
* :func:`trim`: applied to what the hooks collected: of Qt's own translations only
  ``qtbase_fi``/``qtbase_sv``; no plugins for embedded devices, remote displays or
  compositors, and the libraries only those need (see :data:`PLUGINS_DROPPED`); on
  Linux, the desktop's own libraries come from the system (:data:`LINUX_SYSTEM_LIBS`).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path, PurePosixPath

# Strip debug symbols on Linux: pyenv's libpython, sqlcipher3 and SQLAlchemy's compiled
# modules ship with them (about 45 MB). Not on Windows (no symbols in the files) nor
# macOS (wheels come stripped, and stripping would break their code signatures).
STRIP = sys.platform.startswith("linux")

QT_MODULES_OPTIONAL = (
    "Qt3DAnimation",
    "Qt3DCore",
    "Qt3DExtras",
    "Qt3DInput",
    "Qt3DLogic",
    "Qt3DRender",
    "QtBluetooth",
    "QtCharts",
    "QtConcurrent",
    "QtDataVisualization",
    "QtDBus",
    "QtDesigner",
    "QtGraphs",
    "QtHelp",
    "QtHttpServer",
    "QtLocation",
    "QtMultimedia",
    "QtMultimediaWidgets",
    "QtNetwork",
    "QtNetworkAuth",
    "QtNfc",
    "QtOpenGL",
    "QtOpenGLWidgets",
    "QtPdf",
    "QtPdfWidgets",
    "QtPositioning",
    "QtPrintSupport",
    "QtQml",
    "QtQuick",
    "QtQuick3D",
    "QtQuickControls2",
    "QtQuickWidgets",
    "QtRemoteObjects",
    "QtScxml",
    "QtSensors",
    "QtSerialBus",
    "QtSerialPort",
    "QtSpatialAudio",
    "QtSql",
    "QtStateMachine",
    "QtSvg",
    "QtSvgWidgets",
    "QtTest",
    "QtTextToSpeech",
    "QtUiTools",
    "QtWebChannel",
    "QtWebEngineCore",
    "QtWebEngineQuick",
    "QtWebEngineWidgets",
    "QtWebSockets",
    "QtWebView",
    "QtXml",
)

DEV_MODULES = (
    "tests",
    "pytest",
    "_pytest",
    "pytestqt",
    "pypdf",
    "mypy",
    "ruff",
    "IPython",
    "tkinter",
    "_tkinter",
    "lib2to3",
    "pydoc_data",
)

QT_TRANSLATIONS_KEPT = frozenset({"qtbase_fi.qm", "qtbase_sv.qm"})
# Plugins for embedded devices, remote displays, compositors and rare formats: never
# used on a specialist's laptop. Kept: the xcb and wayland platforms (Linux desktops),
# windows, cocoa, offscreen; input methods (compose keys, ibus); the desktop-portal
# theme; png (built into Qt), svg and ico images.
PLUGINS_DROPPED = {
    "platforms": {"qeglfs", "qlinuxfb", "qminimal", "qminimalegl", "qvkkhrdisplay", "qvnc"},
    # GTK theme: loads the system's GTK while the bundle carries the build machine's
    # glib/pango/cairo, a known source of crashes; the portal theme stays.
    "platformthemes": {"qgtk3"},
    "imageformats": {"qgif", "qicns", "qjpeg", "qtga", "qtiff", "qwbmp", "qwebp", "qpdf"},
    "wayland-shell-integration": {
        "fullscreen-shell-v1",
        "ivi-shell",
        "wl-shell-plugin",
        "qt-shell",
    },
    "wayland-graphics-integration-client": {
        "dmabuf-server",
        "drm-egl-server",
        "shm-emulation-server",
        "vulkan-server",
    },
}
PLUGIN_DIRS_DROPPED = frozenset(
    {
        "egldeviceintegrations",  # only used by the eglfs platform
        "generic",  # evdev/tuio input for eglfs and linuxfb; tuio pulls in QtNetwork
        "wayland-graphics-integration-server",  # only for Wayland compositors
    }
)
# Qt libraries only the dropped plugins need (the smoke test checks that every Qt
# library a shipped file needs is in the bundle).
QT_LIBS_DROPPED = ("Qt6EglFSDeviceIntegration", "Qt6EglFsKmsSupport", "Qt6WlShellIntegration")

# Linux: libraries that belong to the desktop, taken from the system instead of the
# bundle (with whatever only they need). Each is on every Linux desktop, and a bundled
# copy can be wrong for the machine it runs on:
# * libcups (printing; with it GnuTLS, Kerberos, Avahi, nettle, gmp… ~9 MB): it must
#   speak the local CUPS server's protocol; without it printing lists no printers;
# * libdbus-1 (with libsystemd, libgcrypt, lz4…): talks to the session's D-Bus;
# * fontconfig and FreeType: a bundled fontconfig older than the system's cannot read
#   the system's font configuration;
# * libstdc++ and libgcc_s: the system's graphics drivers (Mesa) need the system's
#   newer libstdc++, and a bundled older one makes them fail to load.
LINUX_SYSTEM_LIBS = frozenset(
    {
        "libcups.so.2",
        "libdbus-1.so.3",
        "libfontconfig.so.1",
        "libfreetype.so.6",
        "libstdc++.so.6",
        "libgcc_s.so.1",
    }
)


def qt_modules_used(source: Path) -> set[str]:
    """Qt module names that any ``.py`` file under ``source`` mentions."""
    used: set[str] = set()
    pattern = re.compile(r"\bQt[A-Z0-9]\w*")
    for path in source.rglob("*.py"):
        used.update(pattern.findall(path.read_text(encoding="utf-8")))
    return used


def excluded_modules(source: Path) -> list[str]:
    used = qt_modules_used(source)
    qt = [f"PySide6.{name}" for name in QT_MODULES_OPTIONAL if name not in used]
    return qt + list(DEV_MODULES)


def keep(dest: str, dropped_libs: tuple[str, ...] = QT_LIBS_DROPPED) -> bool:
    """Whether a collected file (by its destination in the bundle) stays in."""
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    if any(lib in parts[-1] for lib in dropped_libs):
        return False  # in PySide6/Qt/lib/, or its link beside the executable
    if sys.platform.startswith("linux") and len(parts) == 1 and parts[0] in LINUX_SYSTEM_LIBS:
        return False
    if parts[:1] != ("PySide6",):
        return True
    if "translations" in parts:
        return parts[-1] in QT_TRANSLATIONS_KEPT
    if "plugins" in parts:
        sub = parts[parts.index("plugins") + 1 :]
        if sub and sub[0] in PLUGIN_DIRS_DROPPED:
            return False
        if len(sub) == 2 and sub[0] in PLUGINS_DROPPED:
            stem = sub[1].split(".")[0].removeprefix("lib")
            return stem not in PLUGINS_DROPPED[sub[0]]
    return True


def trim(analysis: object, source: Path) -> None:
    """Drop from a PyInstaller ``Analysis`` what :func:`keep` refuses, and the libraries
    that only the dropped files needed (the GTK theme alone drags in glib, pango, cairo).

    ``source``: the app's package folder; QtNetwork's library goes too when no source
    file there mentions QtNetwork.
    """
    dropped_libs = QT_LIBS_DROPPED
    if "QtNetwork" not in qt_modules_used(source):
        dropped_libs += ("Qt6Network", "QtNetwork.framework")
    analysis.datas = [e for e in analysis.datas if keep(e[0], dropped_libs)]  # type: ignore[attr-defined]
    binaries = analysis.binaries  # type: ignore[attr-defined]
    kept = [e for e in binaries if keep(e[0], dropped_libs)]
    dropped = [e for e in binaries if not keep(e[0], dropped_libs)]
    only_for_dropped = _dependencies(dropped, kept)
    roots = [e for e in kept if _base(e[0]) not in only_for_dropped]
    only_for_dropped -= _dependencies(roots, kept)
    analysis.binaries = [e for e in kept if _base(e[0]) not in only_for_dropped]  # type: ignore[attr-defined]


def _base(dest: str) -> str:
    return PurePosixPath(dest.replace("\\", "/")).name


def _direct_imports(path: str) -> set[str]:
    """Base names of the libraries a binary itself needs (not theirs in turn).

    On Linux PyInstaller's ``get_imports`` asks ``ldd``, which lists the whole tree,
    through libraries this trim drops too; ``objdump -p`` (binutils, which PyInstaller
    needs on Linux anyway) gives the file's own ``NEEDED`` entries."""
    if sys.platform.startswith("linux"):
        import subprocess

        out = subprocess.run(["objdump", "-p", path], capture_output=True, text=True, check=False)
        return {
            line.split()[1]
            for line in out.stdout.splitlines()
            if line.strip().startswith("NEEDED") and len(line.split()) > 1
        }
    from PyInstaller.depend.bindepend import get_imports

    return {_base(name) for name, _path in get_imports(path)}


def _dependencies(entries: list, pool: list) -> set[str]:
    """Base names of the files in ``pool`` that ``entries`` need, directly or through
    other files of ``pool``."""
    by_name = {_base(e[0]): e for e in pool}
    found: set[str] = set()
    todo = [e[1] for e in entries]
    seen: set[str] = set()
    while todo:
        src = todo.pop()
        if src in seen:
            continue
        seen.add(src)
        try:
            imports = _direct_imports(src)
        except Exception:  # not a binary that can be read: nothing to follow
            continue
        for base in imports:
            if base in by_name and base not in found:
                found.add(base)
                todo.append(by_name[base][1])
    return found


VENDORED_OPENSSL = re.compile(r"^lib(crypto|ssl)-[0-9a-f]{8}\.so\.3$")


def share_openssl(analysis: object) -> list[str]:
    """Linux: replace the OpenSSL 3 that a wheel vendors (psycopg-binary's
    ``libcrypto-<hash>.so.3`` and ``libssl-<hash>.so.3``) by links to the system's
    ``libcrypto.so.3``/``libssl.so.3`` collected once beside the executable.

    Only done when every library of the bundle that needs OpenSSL needs nothing newer
    than the 3.0 API (``OPENSSL_3.0.0`` symbol versions; the OpenSSL libraries' own
    cross-references excepted), which ``objdump -T`` tells. Returns what was replaced.
    """
    if not sys.platform.startswith("linux"):
        return []
    binaries = analysis.binaries  # type: ignore[attr-defined]
    vendored = [e for e in binaries if VENDORED_OPENSSL.match(_base(e[0]))]
    if not vendored:
        return []
    system = {}
    for name in ("libcrypto.so.3", "libssl.so.3"):
        found = [e for e in binaries if e[0] == name]
        if found:
            system[name] = found[0][1]
        else:
            for folder in ("/usr/lib/x86_64-linux-gnu", "/usr/lib64", "/usr/lib"):
                if Path(folder, name).exists():
                    system[name] = str(Path(folder, name))
                    break
    if len(system) < 2:
        return []
    for dest, src, typecode in binaries:
        if typecode != "BINARY" or VENDORED_OPENSSL.match(_base(dest)) or dest in system:
            continue  # the OpenSSL libraries themselves use each other's newer symbols
        needs = _openssl_versions(src)
        if needs - {"OPENSSL_3.0.0"}:
            return []  # something needs a newer OpenSSL than the system's API: keep all
    out = [e for e in binaries if not VENDORED_OPENSSL.match(_base(e[0]))]
    present = {e[0] for e in out}
    for name, path in system.items():
        if name not in present:
            out.append((name, path, "BINARY"))
    replaced = []
    for dest, _src, _typecode in vendored:
        kind = VENDORED_OPENSSL.match(_base(dest)).group(1)  # type: ignore[union-attr]
        depth = len(PurePosixPath(dest).parts) - 1
        target = "/".join([".."] * depth + [f"lib{kind}.so.3"])
        out.append((dest, target, "SYMLINK"))
        replaced.append(dest)
    analysis.binaries = out  # type: ignore[attr-defined]
    return replaced


def _openssl_versions(path: str) -> set[str]:
    """The OpenSSL symbol versions a binary uses from other libraries (``*UND*``)."""
    import subprocess

    try:
        text = subprocess.run(
            ["objdump", "-T", path], capture_output=True, text=True, check=True
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return set()
    found = set()
    for line in text.splitlines():
        if "*UND*" in line:
            m = re.search(r"\b(OPENSSL_3\.[0-9.]+)\b", line)
            if m:
                found.add(m.group(1))
    return found
