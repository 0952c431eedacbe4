"""What every page shares: the session, the app's choices, its stores, and navigation.

The context is made once (:func:`startup_context` reads the saved choices) and handed
to every page. What the app keeps on this computer (the settings file, the outbox,
receipts) and the practice server come in through it (:class:`Stores`), so tests and
scripts hand it temporary ones.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication

from stopncii_desktop.bank.outbox import MemoryOutbox, Outbox
from stopncii_desktop.bank.service import BankAccess
from stopncii_desktop.gui.banking import (
    BankChoice,
    Cancel,
    PracticeServer,
    configured_choice,
    practice_choice,
    saved_access,
)
from stopncii_desktop.gui.clipboard import clear_ours
from stopncii_desktop.gui.i18n import switch_language
from stopncii_desktop.gui.log_window import clear_log
from stopncii_desktop.gui.session import Session
from stopncii_desktop.gui.stores import Stores
from stopncii_desktop.gui.thumbnails import SIZE as THUMBNAIL_SIZE
from stopncii_desktop.hashing.options import HashOptions
from stopncii_desktop.settings import Settings, keeps_receipts


@dataclass(slots=True)
class Preferences:
    """Choices made in settings, held in memory (saved by the settings page)."""

    caseworker: bool = False
    #: Also fingerprint turned and mirrored copies (what "edited copies" include anyway).
    dihedral: bool = False
    #: Also fingerprint the edited copies a leak produces (on unless turned off in settings).
    edited_copies: bool = True
    #: A language code; "" follows the system.
    language: str = ""
    profile: str | None = None
    #: Worker processes for hashing: None means one per core, 0 means in this process.
    workers: int | None = None
    #: Keep a receipt of each submission in the data folder (never in caseworker mode).
    save_receipts: bool = True

    def hash_options(self) -> HashOptions:
        return HashOptions(
            dihedral=self.dihedral, robust=self.edited_copies, preview_size=THUMBNAIL_SIZE
        )

    @property
    def keeps_receipts(self) -> bool:
        """Whether receipts are kept on this computer (the rule is the settings')."""
        return keeps_receipts(self.save_receipts, self.caseworker)

    def take_saved(self, settings: Settings) -> None:
        """Take the choices saved in ``settings``."""
        saved = settings.preferences
        self.caseworker = saved.caseworker_mode
        self.dihedral = saved.dihedral
        self.edited_copies = saved.edited_copies
        self.save_receipts = saved.save_receipts
        self.language = saved.language or ""
        self.profile = settings.default_profile

    def saved_in(self, settings: Settings) -> Settings:
        """``settings`` with these choices, to be saved."""
        saved = replace(
            settings.preferences,
            caseworker_mode=self.caseworker,
            dihedral=self.dihedral,
            edited_copies=self.edited_copies,
            save_receipts=self.save_receipts,
            language=self.language or None,
        )
        names = {p.name for p in settings.profiles}
        default = self.profile if self.profile in names else None
        return Settings(list(settings.profiles), default, saved)


class AppContext(QObject):
    """Shared by the pages; emits when the mode or the session changes."""

    changed = Signal()
    navigate = Signal(str)
    session_wiped = Signal()
    #: A new language was installed: the window sets its texts again.
    language_changed = Signal()

    def __init__(
        self,
        preferences: Preferences | None = None,
        stores: Stores | None = None,
        practice_server: PracticeServer | None = None,
    ) -> None:
        super().__init__()
        self.session = Session()
        self.prefs = preferences or Preferences()
        #: The settings file, the outbox and receipts on this computer.
        self.stores = stores or Stores()
        self.practice = False
        #: The reference case API server for practice mode, started when first needed.
        self.practice_server = practice_server or PracticeServer()
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

    def bank_choice(self) -> tuple[BankChoice | None, str | None]:
        """Where fingerprints go now: the practice server in practice mode, else the bank
        chosen in settings (None, and the plain reason when there is one, if none is)."""
        if self.practice:
            return practice_choice(self.practice_server), None
        return configured_choice(self.stores.settings, self.prefs.profile)

    def saved_access(self, cancel: Cancel | None = None) -> BankAccess:
        """Clients for the bank a receipt or a queued submission names."""
        return saved_access(self.stores.settings, cancel)

    def outbox(self) -> Outbox:
        """Where a new submission waits for the bank: the data folder, or in caseworker
        mode this session's memory, so that no client's submission reaches the next."""
        if not self.prefs.caseworker:
            return self.stores.disk_outbox()
        if self.session.outbox is None:
            self.session.outbox = MemoryOutbox()
        return self.session.outbox

    def wipe(self) -> None:
        """End this person's session: forget everything of it, in the app and on the
        clipboard. Practice mode ends with it (its server and all it held are gone)."""
        self.stop_all()
        if self.practice:
            self.set_practice(False)
        self.session.wipe()  # after every "changed": nothing made from the old session stays
        clear_ours()
        clear_log()
        self.session_wiped.emit()


def startup_context(stores: Stores | None = None) -> AppContext:
    """The app's context with the saved choices, and the saved language installed."""
    ctx = AppContext(stores=stores)
    settings, _error = ctx.stores.settings.load()
    ctx.prefs.take_saved(settings)
    app = QApplication.instance()
    if ctx.prefs.language and isinstance(app, QApplication):
        switch_language(app, ctx.prefs.language)
    return ctx
