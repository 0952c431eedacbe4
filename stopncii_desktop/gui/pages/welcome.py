"""Welcome: what the app does and does not do, and where to go if under 18."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from stopncii_desktop.gui.a11y import button_texts, described
from stopncii_desktop.gui.context import AppContext
from stopncii_desktop.gui.look import PAGE_SPACING, WELCOME_ICON, icon_pixmap
from stopncii_desktop.gui.pages.base import Page
from stopncii_desktop.gui.panels.outbox import OutboxPanel

TAKE_IT_DOWN = "https://takeitdown.ncmec.org"
STOPNCII = "https://stopncii.org"


class WelcomePage(Page):
    name = "welcome"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        # The app's icon beside the heading: the heading moves into a row with it.
        self.icon = QLabel(self)
        self.icon.setPixmap(icon_pixmap(WELCOME_ICON, self))
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.layout_.removeWidget(self.heading)
        top = QHBoxLayout()
        top.setSpacing(PAGE_SPACING + 4)
        top.addWidget(self.icon)
        top.addWidget(self.heading, 1)
        self.layout_.insertLayout(0, top)
        self.what = self.paragraph()
        self.cannot = self.paragraph()
        self.who = self.paragraph()
        minors = QFrame(self)
        minors.setFrameShape(QFrame.Shape.StyledPanel)
        box = QVBoxLayout(minors)
        self.minors = QLabel(minors)
        self.minors.setWordWrap(True)
        self.minors.setTextFormat(Qt.TextFormat.RichText)
        self.minors.setOpenExternalLinks(True)
        self.minors.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        box.addWidget(self.minors)
        self.layout_.addWidget(minors)
        self.layout_.addStretch(1)
        self.outbox = OutboxPanel(self.kit, self)
        self.layout_.addWidget(self.outbox)

        self.start = self.forward_button()
        self.status = self.button()
        self.import_ = self.button()
        self.start.clicked.connect(lambda: ctx.go("choose"))
        self.status.clicked.connect(lambda: ctx.go("status"))
        self.import_.clicked.connect(lambda: ctx.go("import"))
        self.buttons.addWidget(self.status)
        self.buttons.addWidget(self.import_)
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.start)
        # Tab follows the buttons as they are laid out; Start keeps the focus and Enter.
        self.setTabOrder(self.status, self.import_)
        self.setTabOrder(self.import_, self.start)
        self.start.setDefault(True)
        self.finish_layout()
        self.retranslate()

    def set_texts(self) -> None:
        described(self.icon, self.tr("StopNCII Desktop"), self.tr("The app's sign."))
        self.set_heading(
            self.tr("Protect your pictures from being shared"),
            self.tr("The first page: what this app does and does not do."),
        )
        self.set_paragraph(
            self.what,
            self.tr(
                "This app makes a fingerprint (a hash) of each photo or video you choose. "
                "It does this here, on this computer. Your pictures never leave it: only "
                "the fingerprints are sent, and only when you say so."
            ),
            self.tr("What the app does"),
        )
        self.set_paragraph(
            self.cannot,
            self.tr(
                "Platforms that use the hash bank can then block uploads that match your "
                "fingerprints. Platforms that do not use it cannot. The app cannot remove "
                "pictures that are already posted."
            ),
            self.tr("What the app cannot do"),
        )
        self.set_paragraph(
            self.who,
            self.tr("It is for adults, for pictures of themselves."),
            self.tr("Who the app is for"),
        )
        self.minors.setText(
            self.tr(
                "Were you under 18 in the pictures? Then please use Take It Down from NCMEC "
                "instead: %1. It is free and made for this. You can also talk to a helpline "
                "in your country, or to an adult you trust."
            ).replace("%1", f'<a href="{TAKE_IT_DOWN}">{TAKE_IT_DOWN}</a>')
        )
        described(
            self.minors,
            self.tr("If you were under 18"),
            self.tr(
                "Pictures taken when you were under 18: use NCMEC's Take It Down at "
                "takeitdown.ncmec.org, or a helpline."
            ),
        )
        button_texts(
            self.start,
            self.tr("&Start: choose photos and videos"),
            self.tr("Go to the next step, where you choose the pictures to protect."),
        )
        button_texts(
            self.status,
            self.tr("Check or &withdraw a case"),
            self.tr("Enter a case token or open a saved receipt to see or withdraw a case."),
        )
        button_texts(
            self.import_,
            self.tr("Send a saved &file"),
            self.tr("Open a file of fingerprints saved earlier, perhaps on another computer."),
        )

    def entered(self) -> None:
        self.outbox.refresh()
        self.start.setFocus()
