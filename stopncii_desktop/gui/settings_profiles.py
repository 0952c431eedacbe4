"""Bank profiles in the settings page: the list's item model and the add/edit dialog.

The bearer token is shown masked and never appears in the list, the log or an error message.
Every profile is checked with the settings core (``Profile.validated``) before it is kept.
A bank that takes only some fingerprints of each picture is given its number here
(``max_pdq_per_picture``; "All" by default).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from stopncii_desktop.bank.endpoints import (
    HMA_DEFAULT_SIGNALS,
    KINDS,
    MAX_PDQ_CAP,
    EndpointError,
    Profile,
)
from stopncii_desktop.gui.a11y import described
from stopncii_desktop.gui.bidi import isolate
from stopncii_desktop.gui.look import HELP, styled
from stopncii_desktop.gui.profile_checks import Typed, first_problem, not_kept_text
from stopncii_desktop.gui.widgets import message_label
from stopncii_desktop.settings import SettingsError
from stopncii_desktop.textsafe import safe_display

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
ProfileRole = Qt.ItemDataRole.UserRole + 1


def kind_label(kind: str) -> str:
    if kind == "hma":
        return QCoreApplication.translate("SettingsProfiles", "HMA hash bank")
    return QCoreApplication.translate("SettingsProfiles", "case API")


class ProfileModel(QAbstractListModel):
    """The bank profiles, one row each; the default one is marked."""

    def __init__(self) -> None:
        super().__init__()
        self._profiles: list[Profile] = []
        self._default: str | None = None

    def set_profiles(self, profiles: list[Profile], default: str | None) -> None:
        self.beginResetModel()
        self._profiles = list(profiles)
        self._default = default
        self.endResetModel()

    def profile_at(self, row: int) -> Profile:
        return self._profiles[row]

    def row_of(self, name: str) -> int | None:
        for row, p in enumerate(self._profiles):
            if p.name == name:
                return row
        return None

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._profiles)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._profiles):
            return None
        p = self._profiles[index.row()]
        if role == ProfileRole:
            return p
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            text = (
                QCoreApplication.translate("SettingsProfiles", "%1: %2 at %3")
                .replace("%1", isolate(safe_display(p.name, 64)))
                .replace("%2", kind_label(p.kind))
                .replace("%3", isolate(safe_display(p.url, 200), ltr=True))
            )
            if p.bank:
                text += " " + QCoreApplication.translate("SettingsProfiles", "(bank %1)").replace(
                    "%1", isolate(safe_display(p.bank, 128), ltr=True)
                )
            if p.name == self._default:
                text += " " + QCoreApplication.translate("SettingsProfiles", "(used for sending)")
            return text
        return None


class ProfileDialog(QDialog):
    """Add or edit one bank profile; OK keeps it only when it is valid."""

    def __init__(
        self, profile: Profile | None, taken: set[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._original = profile
        self._taken = taken - ({profile.name} if profile else set())
        self.result_profile: Profile | None = None
        self.setWindowTitle(self.tr("Bank profile") if profile else self.tr("New bank profile"))
        self.setAccessibleName(self.windowTitle())
        self.setAccessibleDescription(
            self.tr("Where fingerprints are sent: the bank's kind, address and access.")
        )
        layout = QVBoxLayout(self)
        # Room for each box's help to stay on one line or two.
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80)
        intro = QLabel(
            self.tr(
                "Your organisation or the bank gives you these details. Ask them if you are "
                "not sure."
            ),
            self,
        )
        intro.setWordWrap(True)
        described(intro, self.tr("About bank profiles"), intro.text())
        layout.addWidget(intro)
        form = QFormLayout()
        self.name = QLineEdit(self)
        self.kind = QComboBox(self)
        for kind in KINDS:
            self.kind.addItem(kind_label(kind), kind)
        self.url = QLineEdit(self)
        self.url.setPlaceholderText(self.tr("https://bank.example.org"))
        self.bank = QLineEdit(self)
        # HMA bank names are in capitals: what is typed is made so at once.
        self.bank.textEdited.connect(self._bank_typed)
        self.token = QLineEdit(self)
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin = QLineEdit(self)
        self.per_picture = QSpinBox(self)
        self.per_picture.setRange(0, MAX_PDQ_CAP)
        # 0 stands for no limit, shown as a word.
        self.per_picture.setSpecialValueText(self.tr("All"))
        #: Each box's one-line help, shown under it (and read as its description).
        self.helps: dict[QWidget, QLabel] = {}
        rows = (
            (
                self.tr("&Name:"),
                self.name,
                self.tr("Name"),
                self.tr("Any name that helps you recognise this bank."),
            ),
            (
                self.tr("&Kind:"),
                self.kind,
                self.tr("Kind of bank"),
                self.tr(
                    "Your organisation tells you which kind: HMA (Meta's Hasher-Matcher-Actioner) "
                    "or a case API."
                ),
            ),
            (
                self.tr("Bank &address:"),
                self.url,
                self.tr("Bank address"),
                self.tr("Where the fingerprints go. It starts with https://"),
            ),
            (
                self.tr("&Bank name:"),
                self.bank,
                self.tr("Bank name"),
                self.tr(
                    "Only for HMA: the bank's name in capital letters, for example NCII_CASES."
                ),
            ),
            (
                self.tr("Access ke&y from the organisation:"),
                self.token,
                self.tr("Access key from the organisation"),
                self.tr(
                    "The code that lets the bank accept your fingerprints. Leave it empty if you "
                    "were given none. It is kept in the settings."
                ),
            ),
            (
                self.tr("Security &pin (optional):"),
                self.pin,
                self.tr("Security pin (optional)"),
                self.tr(
                    "Makes sure the app talks only to your bank's real server. Leave it empty "
                    "unless your organisation gave you one."
                ),
            ),
            (
                self.tr("&Fingerprints per picture:"),
                self.per_picture,
                self.tr("Fingerprints per picture"),
                self.tr(
                    "Leave it at All unless the bank takes only a few fingerprints of each "
                    "picture. Then the most useful ones are sent."
                ),
            ),
        )
        for label, field, name, help_text in rows:
            described(field, name, help_text)
            help_label = message_label(self, grow=True)
            help_label.setText(help_text)
            described(help_label, self.tr("Help for %1").replace("%1", name), help_text)
            styled(help_label, HELP)
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(field)
            column.addWidget(help_label)
            # A label of its own, as the box and its help are a layout: the label's & then
            # moves the focus to the box (Alt+letter), as with a plain row.
            title = QLabel(label, self)
            title.setBuddy(field)
            title.setAlignment(Qt.AlignmentFlag.AlignTop)
            # Level with the text in its box, the help below it.
            lift = max(0, (field.sizeHint().height() - title.sizeHint().height()) // 2)
            title.setContentsMargins(0, lift, 0, 0)
            form.addRow(title, column)
            self.helps[field] = help_label
        # Its text field is what screen readers reach: it gets the same name and words.
        described(
            self.per_picture.lineEdit(),
            self.per_picture.accessibleName(),
            self.per_picture.accessibleDescription(),
        )
        self.signals = QGroupBox(self.tr("Fingerprints this HMA bank takes"), self)
        described(
            self.signals,
            self.tr("Fingerprints this HMA bank takes"),
            self.tr("Which kinds of fingerprint the HMA bank has switched on. Ask the bank."),
        )
        row = QHBoxLayout(self.signals)
        self.signal_boxes: dict[str, QCheckBox] = {}
        for signal, (label, description) in self._signal_texts().items():
            box = described(QCheckBox(label, self.signals), label.replace("&", ""), description)
            row.addWidget(box)
            self.signal_boxes[signal] = box
        row.addStretch(1)
        layout.addLayout(form)
        layout.addWidget(self.signals)
        self.error = described(message_label(self), self.tr("Problem"), "")
        styled(self.error, bold=True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        described(self.ok, self.tr("OK"), self.tr("Keeps this profile if it is complete."))
        described(self.cancel, self.tr("Cancel"), self.tr("Closes without changing anything."))
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        if profile is not None:
            self.name.setText(profile.name)
            self.kind.setCurrentIndex(max(0, self.kind.findData(profile.kind)))
            self.url.setText(profile.url)
            self.bank.setText(profile.bank or "")
            self.token.setText(profile.bearer_token or "")
            self.pin.setText(profile.pin or "")
            self.per_picture.setValue(profile.max_pdq_per_picture or 0)
        chosen = profile.signals if profile is not None else HMA_DEFAULT_SIGNALS
        for signal, box in self.signal_boxes.items():
            box.setChecked(signal in chosen)
        self._kind_changed()

    def _signal_texts(self) -> dict[str, tuple[str, str]]:
        return {
            "pdq": (self.tr("P&hotos (PDQ)"), self.tr("Fingerprints of photos.")),
            "video_md5": (
                self.tr("&MD5"),
                self.tr("Exact copies of a file, by its MD5 checksum."),
            ),
            "video_sha256": (
                self.tr("&SHA-256"),
                self.tr("Exact copies of a file, by its SHA-256 checksum."),
            ),
            "vpdq": (self.tr("&Videos (vPDQ)"), self.tr("Fingerprints of videos.")),
        }

    def _kind_changed(self) -> None:
        hma = self.kind.currentData() == "hma"
        self.bank.setEnabled(hma)
        self.helps[self.bank].setEnabled(hma)
        self.signals.setVisible(hma)

    def _bank_typed(self, text: str) -> None:
        if text != text.upper():
            at = self.bank.cursorPosition()
            self.bank.setText(text.upper())
            self.bank.setCursorPosition(at)

    def typed(self) -> Typed:
        return Typed(
            name=self.name.text().strip(),
            hma=self.kind.currentData() == "hma",
            url=self.url.text().strip(),
            bank=self.bank.text().strip(),
            token=self.token.text().strip(),
            pin=self.pin.text().strip(),
            any_signal=any(box.isChecked() for box in self.signal_boxes.values()),
        )

    def profile(self) -> Profile:
        """The profile as filled in, validated; :class:`SettingsError` (a sentence saying
        what to do) if not valid."""
        typed = self.typed()
        problem = first_problem(typed, self._taken)
        if problem is not None:
            raise SettingsError(problem.text)
        kind = str(self.kind.currentData())
        if typed.hma:
            signals = tuple(s for s, box in self.signal_boxes.items() if box.isChecked())
        else:
            signals = self._original.signals if self._original else HMA_DEFAULT_SIGNALS
        try:
            return Profile(
                name=typed.name,
                kind=kind,
                url=typed.url,
                bank=(typed.bank or None) if typed.hma else None,
                bearer_token=typed.token or None,
                pin=typed.pin or None,
                signals=signals,
                max_pdq_per_picture=self.per_picture.value() or None,
            ).validated()
        except EndpointError:
            raise SettingsError(not_kept_text()) from None

    def try_accept(self) -> None:
        problem = first_problem(self.typed(), self._taken)
        try:
            self.result_profile = self.profile()
        except SettingsError as exc:
            self.error.setText(str(exc))
            self.error.setAccessibleDescription(str(exc))
            box = {
                "name": self.name,
                "url": self.url,
                "bank": self.bank,
                "token": self.token,
                "pin": self.pin,
            }.get(problem.field if problem else "")
            if box is not None:
                box.setFocus()
            return
        self.accept()
