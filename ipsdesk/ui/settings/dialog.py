"""Tools → Settings: a dialog built from the one option registry (``core/settings``).

Each option gets an editor by its type (a spin box within the option's bounds for
numbers, a line for text, a check box for yes/no; the language gets a list), and all
values are saved in one unit of work. The idle-lock time applies at once.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ipsdesk.core import preferences, settings
from ipsdesk.core.settings import Option
from ipsdesk.core.storage.store import StoreError
from ipsdesk.ui.features import Section
from ipsdesk.ui.kit import dialogs, style
from ipsdesk.ui.kit.i18n import tr_msg
from ipsdesk.ui.kit.ops import Ops

if TYPE_CHECKING:
    from ipsdesk.ui.features import Host

LANGUAGES = (("fi", "Suomi"), ("sv", "Svenska"), ("en", "English"))  # names in their own tongue


class SettingsDialog(QDialog):
    def __init__(self, ops: Ops, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        self.setWindowTitle(self.tr("Settings"))
        self.saved: dict[str, Any] = {}
        self.before = ops.call(settings.read_all)
        self.editors: dict[str, QWidget] = {}
        form = QFormLayout()
        for key, opt in settings.REGISTRY.items():
            editor = self._editor(opt, self.before[key])
            editor.setObjectName(f"setting_{key}")
            self.editors[key] = editor
            form.addRow(tr_msg(opt.title), editor)
        note = QLabel(
            self.tr(
                "These settings are kept in your encrypted store. A new language applies "
                "when ipsdesk is next started."
            )
        )
        note.setWordWrap(True)
        self.error = style.message_label("settings_error")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _editor(self, opt: Option[Any], value: Any) -> QWidget:
        if opt is settings.UI_LANGUAGE:
            combo = QComboBox()
            for code, name in LANGUAGES:
                combo.addItem(name, code)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            return combo
        if isinstance(opt.default, bool):
            box = QCheckBox()
            box.setChecked(bool(value))
            return box
        if isinstance(opt.default, int):
            spin = QSpinBox()
            spin.setRange(
                opt.minimum if opt.minimum is not None else 0,
                opt.maximum if opt.maximum is not None else 1_000_000,
            )
            spin.setValue(int(value))
            return spin
        line = QLineEdit(str(value))
        line.setMinimumWidth(280)
        return line

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, editor in self.editors.items():
            if isinstance(editor, QComboBox):
                out[key] = editor.currentData()
            elif isinstance(editor, QCheckBox):
                out[key] = editor.isChecked()
            elif isinstance(editor, QSpinBox):
                out[key] = editor.value()
            elif isinstance(editor, QLineEdit):
                out[key] = editor.text().strip()
        return out

    def save(self) -> None:
        values = self.values()
        changed = {k: v for k, v in values.items() if v != self.before.get(k)}
        if changed:
            try:
                self.ops.write("settings", settings.save_all, changed)
            except ValueError as exc:  # outside an option's bounds (the editors prevent it)
                self.error.setText(str(exc))
                return
            except (OSError, StoreError) as exc:
                from ipsdesk.ui.kit.errors import explain_error

                self.error.setText(explain_error(exc, self.ops.store.paths.root))
                return
        self.saved = changed
        self.accept()


class SettingsAction(QObject):
    def __init__(self, host: Host):
        super().__init__(host.window())
        self.host = host
        self.action = host.add_action(
            Section.TOOLS,
            QCoreApplication.translate("SettingsDialog", "&Settings…"),
            self.open,
            name="act_settings",
        )

    def open(self) -> bool:
        dlg = SettingsDialog(self.host.ops, self.host.window())
        if dialogs.exec_dialog(dlg) != QDialog.DialogCode.Accepted:
            return False
        key = settings.IDLE_LOCK_MINUTES.key
        if key in dlg.saved:
            self.host.set_idle_lock(int(dlg.saved[key]))
        lang = dlg.saved.get(settings.UI_LANGUAGE.key)
        if lang and not self.host.demo:  # the next unlock page speaks it, too
            # The store has it; if the mirror cannot be written the unlock page falls back.
            with contextlib.suppress(OSError):
                preferences.set_language(self.host.ops.store.paths, lang)
        if dlg.saved:
            self.host.show_message(self.tr("Settings saved."), 5_000)
        return True


def install(host: Host) -> None:
    SettingsAction(host)  # kept alive by its parent, the main window
