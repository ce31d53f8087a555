"""Tools → Team hub…: the team hub's connection settings, "Test connection" and "Send now".

The settings (the password too) are kept in the encrypted store
(:mod:`ipsdesk.core.hub.config`). Nothing here opens a network connection unless a hub
is set up: with no server, user or database the core refuses at once
(``not_configured``). Testing and sending run off the GUI thread (``Ops.background``),
so an unreachable hub never blocks the window; what failed is said in the core's words
(:class:`~ipsdesk.core.hub.errors.HubError`: unreachable, TLS, password, missing rights,
no account, schema too old or too new), translated.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ipsdesk.core.dates import local_time
from ipsdesk.core.hub import config, service
from ipsdesk.core.hub.send import SendResult
from ipsdesk.ui.kit import dialogs, style
from ipsdesk.ui.kit.ops import Ops
from ipsdesk.ui.team.dialog import explain

CA_FILTER = "PEM (*.crt *.pem *.cer);;* (*)"


def _test(_session: Any, cfg: config.HubConfig) -> service.ConnectionReport:
    return service.check(cfg)  # the settings typed in, saved or not


def _send(session: Any, cfg: config.HubConfig) -> SendResult:
    service.save_settings(session, cfg)
    return service.send_store(session)


class HubDialog(QDialog):
    def __init__(self, ops: Ops, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        self.setObjectName("hub_dialog")
        self.setWindowTitle(self.tr("Team hub"))
        cfg = ops.call(config.load)
        intro = QLabel(
            self.tr(
                "A team hub is a PostgreSQL database run by the county's IT. ipsdesk sends it "
                "what your team file carries (pseudonymous: no names, identity codes or "
                "notes). Ask IT for these settings and the CA certificate file."
            )
        )
        intro.setWordWrap(True)
        self.server = self._line("hub_server", cfg.server)
        self.port = QSpinBox()
        self.port.setObjectName("hub_port")
        self.port.setRange(1, 65535)
        self.port.setValue(cfg.port)
        self.database = self._line("hub_database", cfg.database)
        self.user = self._line("hub_user", cfg.user)
        self.password = self._line("hub_password", cfg.password)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.sslmode = QComboBox()
        self.sslmode.setObjectName("hub_sslmode")
        modes = {
            "verify-full": self.tr("verify-full: check the certificate and the server's name"),
            "verify-ca": self.tr("verify-ca: check the certificate only"),
            "require": self.tr("require: encrypted, the certificate not checked"),
            "prefer": self.tr("prefer: encrypted if the server offers it"),
            "disable": self.tr("disable: not encrypted (only for a test server)"),
        }
        for mode in config.SSLMODES:
            self.sslmode.addItem(modes[mode], mode)
        self.sslmode.setCurrentIndex(max(0, self.sslmode.findData(cfg.sslmode)))
        self.ca_file = self._line("hub_ca_file", cfg.sslrootcert)
        choose = QPushButton(self.tr("&Browse…"))
        choose.setObjectName("hub_ca_choose")
        choose.setAccessibleName(self.tr("Choose the CA certificate file"))
        choose.clicked.connect(self._choose_ca)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_file, 1)
        ca_row.addWidget(choose)

        form = QFormLayout()
        for text, editor, row in (
            (self.tr("Ser&ver:"), self.server, None),
            (self.tr("P&ort:"), self.port, None),
            (self.tr("&Database:"), self.database, None),
            (self.tr("&User name:"), self.user, None),
            (self.tr("Pass&word:"), self.password, None),
            (self.tr("TLS &mode:"), self.sslmode, None),
            (self.tr("CA certificate &file:"), self.ca_file, ca_row),
        ):
            label = QLabel(text)
            label.setBuddy(editor)
            if row is None:
                form.addRow(label, editor)
            else:
                form.addRow(label, row)

        self.last_sent = QLabel()
        self.last_sent.setObjectName("hub_last_sent")
        self.last_sent.setWordWrap(True)
        self.outcome = QLabel()
        self.outcome.setObjectName("hub_result")
        self.outcome.setWordWrap(True)
        self.outcome.setMinimumHeight(48)
        self.test_button = QPushButton(self.tr("&Test connection"))
        self.test_button.setObjectName("hub_test")
        self.test_button.clicked.connect(self.test_connection)
        self.send_button = QPushButton(self.tr("Send &now"))
        self.send_button.setObjectName("hub_send")
        self.send_button.clicked.connect(self.send_now)
        actions = QHBoxLayout()
        actions.addWidget(self.test_button)
        actions.addWidget(self.send_button)
        actions.addStretch(1)

        buttons = QDialogButtonBox()
        save = buttons.addButton(self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        save.setObjectName("hub_save")
        close = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setObjectName("hub_close")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(actions)
        layout.addWidget(self.outcome)
        layout.addWidget(self.last_sent)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        self.server.setFocus()
        self._show_status()

    def _line(self, name: str, value: str) -> QLineEdit:
        edit = QLineEdit(value)
        edit.setObjectName(name)
        return edit

    # -- what the fields say ---------------------------------------------------------
    def settings(self) -> config.HubConfig:
        return config.HubConfig(
            server=self.server.text().strip(),
            port=self.port.value(),
            database=self.database.text().strip(),
            user=self.user.text().strip(),
            password=self.password.text(),
            sslmode=str(self.sslmode.currentData()),
            sslrootcert=self.ca_file.text().strip(),
        )

    def _show_status(self) -> None:
        st = self.ops.call(service.status)
        if not st.configured:
            text = self.tr(
                "No team hub is set up: nothing is sent, and ipsdesk opens no network connection."
            )
        elif st.last_sent_at:
            when = local_time(datetime.fromisoformat(st.last_sent_at))
            text = (
                self.tr("Last sent: %1 (%2 rows on the hub).")
                .replace("%1", when)
                .replace("%2", str(st.last_sent_rows))
            )
        else:
            text = self.tr("Not sent to the hub yet.")
        self.last_sent.setText(text)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.outcome.setStyleSheet(style.ERROR_CSS if error else "")
        self.outcome.setText(text)

    def _busy(self, busy: bool) -> None:
        self.test_button.setEnabled(not busy)
        self.send_button.setEnabled(not busy)

    def _failed(self, exc: BaseException) -> None:
        if not isValid(self):  # closed while the work ran
            return
        self._busy(False)
        self._say(explain(exc), error=True)

    def _choose_ca(self) -> None:
        paths = dialogs.open_files(self, self.tr("CA certificate file"), CA_FILTER)
        if paths:
            self.ca_file.setText(paths[0])

    # -- the actions ---------------------------------------------------------------
    def save(self) -> None:
        self.ops.write("settings", service.save_settings, self.settings())
        self.accept()

    def test_connection(self) -> None:
        cfg = self.settings()
        self._busy(True)
        self._say(self.tr("Connecting to the team hub…"))

        def done(report: service.ConnectionReport) -> None:
            if not isValid(self):  # closed while the work ran
                return
            self._busy(False)
            if report.member_id:
                text = self.tr(
                    "The connection works: %1, PostgreSQL %2, hub schema %3. This account "
                    "sends as member %4."
                ).replace("%4", report.member_id)
            else:
                text = self.tr(
                    "The connection works: %1, PostgreSQL %2, hub schema %3. This account "
                    "only reads (a team leader or the county coordinator)."
                )
            text = (
                text.replace("%1", report.where)
                .replace("%2", report.server_version)
                .replace("%3", report.schema)
            )
            self._say(text)

        self.ops.background(
            self, self.tr("Test connection"), _test, cfg, done=done, failed=self._failed
        )

    def send_now(self) -> None:
        """Save the settings and send (off the GUI thread; a failure says why, and what
        was not sent is sent by the next try)."""
        cfg = self.settings()
        self._busy(True)
        self._say(self.tr("Sending to the team hub…"))

        def done(result: SendResult) -> None:
            if not isValid(self):  # closed while the work ran (the send is kept)
                return
            self._busy(False)
            self._say(
                self.tr("Sent at %1: %2 rows added, %3 removed; %4 rows on the hub.")
                .replace("%1", local_time(result.sent_at))
                .replace("%2", str(result.added))
                .replace("%3", str(result.removed))
                .replace("%4", str(result.total))
            )
            self._show_status()

        def failed(exc: BaseException) -> None:
            if isValid(self):
                self._failed(exc)
                self._show_status()

        self.ops.background(
            self, self.tr("Send now"), _send, cfg, what="settings", done=done, failed=failed
        )
