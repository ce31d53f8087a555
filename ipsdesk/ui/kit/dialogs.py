"""Every modal dialog goes through these functions, so tests can answer them.

A dialog built and ``exec()``-ed directly cannot be answered by a test and hangs the
suite; tests monkeypatch :func:`exec_dialog` / :func:`ask` / :func:`inform` instead, and
:func:`save_file` / :func:`open_files` / :func:`choose_printer` for the file and print
dialogs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter


def exec_dialog(dialog: QDialog) -> int:
    """Run a modal dialog and return its result code."""
    return dialog.exec()


def ask(parent: QWidget | None, title: str, text: str) -> bool:
    box = QMessageBox(
        QMessageBox.Icon.Question,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return exec_dialog(box) == QMessageBox.StandardButton.Yes


def inform(parent: QWidget | None, title: str, text: str) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent
    )
    exec_dialog(box)


def error(parent: QWidget | None, title: str, text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    exec_dialog(box)


def save_file(parent: QWidget | None, title: str, suggested: str, file_filter: str) -> str | None:
    """Ask where to save a file; the chosen path, or None when cancelled."""
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, file_filter)
    return path or None


def open_files(parent: QWidget | None, title: str, file_filter: str) -> list[str]:
    """Ask for one or more files to open; the chosen paths (empty when cancelled)."""
    paths, _ = QFileDialog.getOpenFileNames(parent, title, "", file_filter)
    return list(paths)


def choose_printer(parent: QWidget | None, printer: QPrinter) -> bool:
    """Run Qt's print dialog on ``printer`` (the user picks the printer, copies, pages…);
    True when the user chose to print."""
    from PySide6.QtPrintSupport import QPrintDialog  # only when printing

    dialog = QPrintDialog(printer, parent)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintToFile, True)
    return exec_dialog(dialog) == QDialog.DialogCode.Accepted
