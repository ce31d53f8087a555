"""A bare PySide6 window: the yardstick for the frozen app's start-up time.

Frozen by ``bench/bare.spec`` the same way as ipsdesk (onedir, same Qt trimming, see
``scripts/freeze_common.py``); ``bench/bench_startup.py`` times both. With
``--quit-when-ready`` it exits as soon as the window has been shown, exactly like
``ipsdesk --quit-when-ready``.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.setCentralWidget(QLabel("bare PySide6 window"))
    window.resize(1000, 700)
    window.show()
    if "--quit-when-ready" in sys.argv[1:]:
        QTimer.singleShot(0, app.quit)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
