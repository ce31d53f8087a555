"""Every modal dialog goes through these functions, so tests can answer them.

A dialog built and ``exec()``-ed directly cannot be answered by a test and hangs the
suite; tests monkeypatch :func:`exec_dialog` / :func:`ask` / :func:`inform` instead, and
:func:`save_file` / :func:`open_files` / :func:`choose_printer` for the file and print
dialogs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QIdentityProxyModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFileSystemModel,
    QHeaderView,
    QMessageBox,
    QTreeView,
    QWidget,
)

from ipsdesk.ui.kit.i18n import format_size

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


class _FileColumns(QIdentityProxyModel):
    """Sizes and dates in Qt's own file dialog as the rest of the app writes them.

    Qt's file list formats sizes with the locale's IEC units ("228,0 KiB", in older Qt
    "228,0 Kit" in Finnish) and dates in the system locale ("4 12 2026 17:57" on a
    machine whose locale is not the UI language); here they read "228 kt" and
    "4.12.2026 17:57", like the backup list.
    """

    SIZE, DATE = 1, 3

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        source = self.sourceModel()
        if role == Qt.ItemDataRole.DisplayRole and isinstance(source, QFileSystemModel):
            at = self.mapToSource(index)
            if index.column() == self.SIZE and not source.isDir(at):
                return format_size(source.size(at))
            if index.column() == self.DATE:
                return source.lastModified(at).toString("d.M.yyyy HH:mm")
        return super().data(index, role)


def file_dialog(
    parent: QWidget | None, title: str, folder: str, file_filter: str, *, save: bool
) -> QFileDialog:
    """A file dialog for saving (``save``) or opening files.

    Where the platform has its own dialog (Windows, macOS, a desktop portal) that one is
    used, in the system's language. Where Qt draws its own (no platform dialog), its
    list shows sizes and dates as the app does, with columns wide enough for them;
    its labels ("Look in:", "Files of type:") are translated by qtbase and the gaps in
    ``ui/kit/i18n.QT_GAPS``.
    """
    dialog = QFileDialog(parent, title, folder, file_filter)
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    else:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    dialog.setProxyModel(_FileColumns(dialog))  # a no-op when the dialog is native
    for view in dialog.findChildren(QTreeView):
        header = view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    return dialog


def save_file(parent: QWidget | None, title: str, suggested: str, file_filter: str) -> str | None:
    """Ask where to save a file; the chosen path, or None when cancelled."""
    dialog = file_dialog(parent, title, suggested, file_filter, save=True)
    if exec_dialog(dialog) != QDialog.DialogCode.Accepted:
        return None
    chosen = dialog.selectedFiles()
    return chosen[0] if chosen and chosen[0] else None


def open_files(parent: QWidget | None, title: str, file_filter: str) -> list[str]:
    """Ask for one or more files to open; the chosen paths (empty when cancelled)."""
    dialog = file_dialog(parent, title, "", file_filter, save=False)
    if exec_dialog(dialog) != QDialog.DialogCode.Accepted:
        return []
    return list(dialog.selectedFiles())


def choose_printer(parent: QWidget | None, printer: QPrinter) -> bool:
    """Run Qt's print dialog on ``printer`` (the user picks the printer, copies, pages…);
    True when the user chose to print."""
    from PySide6.QtPrintSupport import QPrintDialog  # only when printing

    dialog = QPrintDialog(printer, parent)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintToFile, True)
    return exec_dialog(dialog) == QDialog.DialogCode.Accepted
