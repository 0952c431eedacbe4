"""What a panel is: a part of a page with one job, sharing the page's context, job and texts.

A panel builds its widgets without words and sets them in :meth:`Panel.set_texts`,
which its page calls at start and after each language change. The page's
:class:`~stopncii_desktop.gui.jobs.CurrentJob` is shared by all its panels (one job
at a time per page), and so are its :class:`~stopncii_desktop.gui.live_texts.LiveTexts`.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QFrame, QGroupBox, QPushButton, QVBoxLayout, QWidget

from stopncii_desktop.gui.context import AppContext
from stopncii_desktop.gui.jobs import CurrentJob
from stopncii_desktop.gui.live_texts import LiveTexts
from stopncii_desktop.gui.widgets import push_button


@dataclass(frozen=True, slots=True)
class Kit:
    """What a page shares with its panels."""

    ctx: AppContext
    #: The page's one background job.
    jobs: CurrentJob
    #: The texts its labels show from what happened, made again after a language change.
    live: LiveTexts


class Panel(QWidget):
    """A part of a page. Subclasses set their own texts in :meth:`set_texts` and forget
    what they show of a client in :meth:`wiped`; the page calls both."""

    def __init__(self, kit: Kit, parent: QWidget) -> None:
        super().__init__(parent)
        self.kit = kit
        self.ctx = kit.ctx
        self.jobs = kit.jobs
        self.live = kit.live

    def set_texts(self) -> None:
        """Set this panel's own words in the current language (not those of panels in it)."""

    def wiped(self) -> None:
        """The session was wiped (next client, quick exit): show nothing of the client."""

    def dialogs(self) -> list[QWidget | None]:
        """The dialogs this panel may have open (closed at a wipe and when the window closes)."""
        return []

    def button(self) -> QPushButton:
        return push_button(self)

    def column(self) -> QVBoxLayout:
        """The panel's own layout: a column with no margin (the page's layout has them)."""
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        return column

    def group_box(self) -> tuple[QGroupBox, QVBoxLayout]:
        """Lay this panel out as a group box (its title set in :meth:`set_texts`); returns
        the box and the layout inside it."""
        box = QGroupBox(self)
        self.column().addWidget(box)
        return box, QVBoxLayout(box)

    def framed(self) -> QFrame:
        """Lay this panel out as a framed box; returns the frame, for its layout."""
        frame = QFrame(self)
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.column().addWidget(frame)
        return frame
