"""Check status and withdraw: a case named by its token or a saved receipt, picture by picture.

The page composes which case (gui/panels/case_choice.py) and its fingerprints with the
withdrawals (gui/panels/fingerprints.py), and asks the bank, off the GUI thread: the bank
the case's receipt names, else the practice server or the bank chosen in settings. What
the bank said is the session's (``Session.lookup``), so a wipe forgets it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from stopncii_desktop.bank.base import BankClient, BankError, EntryStatus
from stopncii_desktop.bank.service import Case, OpenCase, by_picture
from stopncii_desktop.case.token import TokenError
from stopncii_desktop.gui.a11y import button_texts, described
from stopncii_desktop.gui.banking import PracticeGone, require_practice_server
from stopncii_desktop.gui.case_pictures import known_pictures
from stopncii_desktop.gui.context import AppContext
from stopncii_desktop.gui.log_window import log
from stopncii_desktop.gui.pages.base import Page
from stopncii_desktop.gui.panels.case_choice import CaseChoice
from stopncii_desktop.gui.panels.fingerprints import FingerprintsPanel, Withdrawal
from stopncii_desktop.gui.session import CaseLookup
from stopncii_desktop.gui.texts import bank_error_text
from stopncii_desktop.gui.widgets import busy_bar, message_label


class StatusPage(Page):
    name = "status"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.intro = self.paragraph()
        self.case = CaseChoice(self.kit, self.say, self)
        self.layout_.addWidget(self.case)
        self.check = self.button()
        check_row = QHBoxLayout()
        check_row.addWidget(self.check)
        check_row.addStretch(1)
        self.layout_.addLayout(check_row)
        self.busy = busy_bar(self)
        self.layout_.addWidget(self.busy)
        self.message: QLabel = message_label(self)
        self.layout_.addWidget(self.message)
        self.fingerprints = FingerprintsPanel(self.kit, self)
        self.layout_.addWidget(self.fingerprints, 1)
        self.back = self.back_button()
        self.buttons.addStretch(1)
        self.finish_layout()

        self.case.token_edit.returnPressed.connect(self.check_status)
        self.case.chosen.connect(self._case_changed)
        self.case.token_edit.textEdited.connect(lambda _t: self._case_changed())
        self.check.clicked.connect(self.check_status)
        self.fingerprints.withdraw_confirmed.connect(self.withdraw)
        self.back.clicked.connect(lambda: ctx.go("welcome"))
        self.jobs.changed.connect(self._busy_changed)
        self.retranslate()

    def set_texts(self) -> None:
        self.set_heading(
            self.tr("Check or withdraw a case"),
            self.tr("See what the bank holds for a case, and take fingerprints out again."),
        )
        self.set_paragraph(
            self.intro,
            self.tr(
                "Type your case token, or open the receipt you saved. Withdrawing takes the "
                "fingerprints out of the bank: platforms will then no longer block matching "
                "uploads."
            ),
            self.tr("How this works"),
        )
        button_texts(
            self.check,
            self.tr("&Check the case"),
            self.tr("Asks the bank what it holds for this case."),
        )
        described(self.busy, self.tr("Working"), self.tr("The app is talking to the bank."))
        self.message.setAccessibleName(self.tr("Result"))
        button_texts(self.back, self.tr("&Back"), self.tr("Go back to the first page."))

    def say(self, text: Callable[[], str]) -> None:
        self.live.show(self.message, text)

    def entered(self) -> None:
        self.case.fill_kept()
        receipt = self.ctx.session.receipt
        if receipt is not None and self.ctx.session.lookup.receipt is None:
            self.case.use_receipt(receipt)
        self.case.token_edit.setFocus()

    def _case_changed(self) -> None:
        """Another case is named: nothing shown of the last one stays, nor its result."""
        self.fingerprints.clear()
        self.live.clear(self.message)

    def _busy_changed(self) -> None:
        idle = not self.jobs.busy
        self.busy.setVisible(not idle)
        self.check.setEnabled(idle)
        self.case.open_receipt.setEnabled(idle)

    # --- asking the bank ----------------------------------------------------------------

    def check_status(self) -> None:
        self._ask(
            lambda opened: opened.status(), self._checked, lambda: self.tr("Asking the bank…")
        )

    def withdraw(self, what: Withdrawal) -> None:
        """Withdraw what the person confirmed: a picture, one fingerprint or the whole case."""
        withdrawn: list[int] = []

        def action(opened: OpenCase) -> list[EntryStatus]:
            if what.item_id is not None:
                withdrawn.append(opened.withdraw_picture(what.item_id))
            else:
                withdrawn.append(opened.withdraw(what.remote_id))
            return opened.status()

        self._ask(
            action,
            lambda: self._withdrawn(what, withdrawn[0] if withdrawn else 0),
            lambda: self.tr("Withdrawing…"),
        )

    def _ask(
        self,
        action: Callable[[OpenCase], list[EntryStatus]],
        done: Callable[[], None],
        busy_text: Callable[[], str],
    ) -> None:
        """Find the case, then ask its bank ``action`` off the GUI thread; ``done`` once
        the bank's answer is shown. Whatever happens, the result line says so."""
        if self.jobs.busy:
            self.say(lambda: self.tr("Please wait: the app is still talking to the bank."))
            return
        try:
            case = self.case.case()
        except TokenError as exc:
            # What was shown belongs to another case: it goes, with what could be done to it.
            self.fingerprints.clear()
            reason = str(exc)
            self.say(lambda: self.tr("Please check the case token: %1.").replace("%1", reason))
            self.case.token_edit.setFocus()
            return
        session = self.ctx.session

        def answered(states: list[EntryStatus]) -> None:
            lookup = session.lookup
            lookup.states = [s for s in states if isinstance(s, EntryStatus)]
            lookup.pictures, lookup.picture_total = known_pictures(
                session, case.receipts, by_picture(lookup.states)
            )
            self.fingerprints.show_states()
            done()

        self.jobs.run(lambda: action(case.at(self._client(case))), answered, self._failed)
        self.say(busy_text)

    def _client(self, case: Case) -> BankClient:
        """The bank its receipt names, else the practice server or the configured bank."""
        if case.endpoint is not None:
            require_practice_server(case.endpoint, self.ctx.practice_server)
        return case.client(self.ctx.saved_access(), self._chosen_client)

    def _chosen_client(self) -> BankClient:
        choice, problem = self.ctx.bank_choice()
        if choice is None:
            raise BankError(problem or "no bank is set up")
        return choice.client()

    def _checked(self) -> None:
        pictures = self.fingerprints.pictures
        states = self.ctx.session.lookup.states
        active = sum(1 for p in pictures if p.active)
        prints = sum(1 for s in states if s.state == "active")
        self.say(lambda: self._checked_text(len(pictures), active, prints))
        log(self.tr("The bank was asked about the case: %n fingerprint(s).", "", len(states)))

    def _checked_text(self, pictures: int, active: int, prints: int) -> str:
        if not pictures:
            return self.tr(
                "The bank holds nothing for this case token. Check that every character of "
                "the token is right; if it is, this case was withdrawn or never sent there."
            )
        if not active:
            return self.tr(
                "Nothing of this case is in the bank any more: it was withdrawn. Platforms no "
                "longer use it to block uploads."
            )
        text = self.tr("%n picture(s) or video(s) of this case are in the bank,", "", active)
        text += " " + self.tr("with %n fingerprint(s) in all.", "", prints)
        text += " " + self.tr(
            "Each photo gives several fingerprints, so that edited copies (cropped, turned, "
            "with text added) are matched too."
        )
        if pictures - active:
            text += " " + self.tr("%n were withdrawn.", "", pictures - active)
        return text

    def _withdrawn(self, what: Withdrawal, count: int) -> None:
        self.say(lambda: self._withdrawn_text(what, count))
        self.fingerprints.view.setFocus()  # where the person was, not on Back
        log(self.tr("Fingerprints were withdrawn from the bank."))

    def _withdrawn_text(self, what: Withdrawal, count: int) -> str:
        if not count:
            return self.tr(
                "Nothing was withdrawn: the bank no longer held it. The list below shows what "
                "the bank holds now."
            )
        if what.whole_case:
            text = self.tr("Withdrawn: the whole case, %n fingerprint(s).", "", count)
        elif what.item_id is not None:
            text = self.tr("Withdrawn: picture %1, %n fingerprint(s).", "", count).replace(
                "%1", what.number
            )
        else:
            text = self.tr("Withdrawn: one fingerprint.")
        return text + " " + self.tr("The list below shows what the bank holds now.")

    def _failed(self, error: Exception) -> None:
        self.say(lambda: self._failure_text(error))

    def _failure_text(self, error: Exception) -> str:
        if isinstance(error, PracticeGone):
            return self.tr(
                "This was a practice case. Practice mode has ended since, and the practice "
                "server forgot all it held, so there is nothing to check or withdraw."
            )
        if isinstance(error, BankError):
            text = self.tr("The bank could not be asked: %1.").replace("%1", bank_error_text(error))
            if error.retryable:
                text += " " + self.tr("Check the internet connection and try again.")
            return text
        return self.tr("Something went wrong in the app. Please try again.")

    def wiped(self) -> None:
        self.ctx.session.lookup = CaseLookup()
