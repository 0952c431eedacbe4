"""What every page shares: the session, the app's choices, and navigation."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from stopncii_desktop.bank.outbox import MemoryOutbox, Outbox
from stopncii_desktop.gui.banking import PracticeServer
from stopncii_desktop.gui.clipboard import clear_ours
from stopncii_desktop.gui.log_window import clear_log
from stopncii_desktop.gui.session import Session
from stopncii_desktop.hashing.options import HashOptions
from stopncii_desktop.settings import keeps_receipts

#: Where the session keeps its outbox in caseworker mode.
_MEMORY_OUTBOX = "memory_outbox"


@dataclass(slots=True)
class Preferences:
    """Choices made in settings (kept for the session until saved by the settings core)."""

    caseworker: bool = False
    dihedral: bool = False
    language: str = ""
    profile: str | None = None
    #: Worker processes for hashing: None means one per core, 0 means in this process.
    workers: int | None = None
    #: Keep a receipt of each submission in the data folder (never in caseworker mode).
    save_receipts: bool = True
    extra: dict[str, object] = field(default_factory=dict)

    def hash_options(self) -> HashOptions:
        return HashOptions(dihedral=self.dihedral)

    @property
    def keeps_receipts(self) -> bool:
        """Whether receipts are kept on this computer (the rule is the settings')."""
        return keeps_receipts(self.save_receipts, self.caseworker)


class AppContext(QObject):
    """Shared by the pages; emits when the mode or the session changes."""

    changed = Signal()
    navigate = Signal(str)
    session_wiped = Signal()
    #: A new language was installed: the window sets its texts again.
    language_changed = Signal()

    def __init__(self, preferences: Preferences | None = None) -> None:
        super().__init__()
        self.session = Session()
        self.prefs = preferences or Preferences()
        self.practice = False
        #: The reference case API server for practice mode, started when first needed.
        self.practice_server = PracticeServer()
        #: Set by quick exit: close without waiting for work in flight.
        self.fast_exit = False
        #: Called at quick exit, next client and closing, to stop work in flight (and the
        #: practice server, which holds this client's fingerprints and token).
        self.stop_hooks: list[Callable[[], None]] = [self.practice_server.stop]

    def go(self, page: str) -> None:
        self.navigate.emit(page)

    def set_practice(self, on: bool) -> None:
        self.practice = on
        if not on:
            self.practice_server.stop()
        self.changed.emit()

    def stop_all(self) -> None:
        for hook in list(self.stop_hooks):
            hook()

    def outbox(self) -> Outbox:
        """Where a new submission waits for the bank: the data folder, or in caseworker
        mode this session's memory, so that no client's submission reaches the next."""
        if not self.prefs.caseworker:
            return Outbox()
        box = self.session.extra.get(_MEMORY_OUTBOX)
        if not isinstance(box, MemoryOutbox):
            box = self.session.extra[_MEMORY_OUTBOX] = MemoryOutbox()
        return box

    def wipe(self) -> None:
        """End this person's session: forget everything of it, in the app and on the
        clipboard. Practice mode ends with it (its server and all it held are gone)."""
        self.stop_all()
        self.session.wipe()
        clear_ours()
        clear_log()
        if self.practice:
            self.set_practice(False)
        self.session_wiped.emit()
