"""Where am I: the five steps of the flow, shown at the top of each page of it.

One row of numbered steps (Choose, Fingerprints, Check, Send or save, Receipt); the steps
done and the step now carry the accent (the step now in bold), the steps to come do not.
Screen readers hear "Step 3 of 5: Check". The row is laid out in the language's direction,
so in Arabic step 1 is on the right. The pages say which step they are (``Page.step``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from stopncii_desktop.gui.a11y import described
from stopncii_desktop.gui.look import accent, styled

#: The steps of the flow, in order (their words are made in :func:`step_names`).
STEPS = ("choose", "fingerprints", "check", "send", "receipt")
#: The height of the bar under each step, in logical pixels.
BAR = 4


def step_names() -> list[str]:
    return [
        QCoreApplication.translate("Steps", "Choose"),
        QCoreApplication.translate("Steps", "Fingerprints"),
        QCoreApplication.translate("Steps", "Check"),
        QCoreApplication.translate("Steps", "Send or save"),
        QCoreApplication.translate("Steps", "Receipt"),
    ]


def where_text(step: int) -> str:
    """'Step 3 of 5: Check' for ``step`` (counted from 1)."""
    return (
        QCoreApplication.translate("Steps", "Step %1 of %2: %3")
        .replace("%1", QLocale().toString(step))
        .replace("%2", QLocale().toString(len(STEPS)))
        .replace("%3", step_names()[step - 1])
    )


class StepBar(QWidget):
    """The bar under a step: the accent when reached, the palette's mid tone when not.
    Painted from the palette each time, so it follows the system's colours."""

    def __init__(self, reached: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reached = reached
        self.setFixedHeight(BAR)

    def paintEvent(self, event: QPaintEvent) -> None:
        palette = self.palette()
        colour = accent(palette) if self.reached else palette.color(QPalette.ColorRole.Mid)
        painter = QPainter(self)
        painter.fillRect(self.rect(), colour)
        painter.end()


class StepIndicator(QWidget):
    """The row of steps, with ``step`` (counted from 1) as the step now."""

    def __init__(self, step: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if not 1 <= step <= len(STEPS):
            raise ValueError(f"no step {step}")
        self.step = step
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        self.labels: list[QLabel] = []
        self.bars: list[StepBar] = []
        for number in range(1, len(STEPS) + 1):
            column = QVBoxLayout()
            column.setSpacing(4)
            label = QLabel(self)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            bar = StepBar(number <= step, self)
            if number <= step:
                styled(label, bold=number == step, coloured=True)
            column.addWidget(label)
            column.addWidget(bar)
            row.addLayout(column, 1)
            self.labels.append(label)
            self.bars.append(bar)

    def set_texts(self) -> None:
        names = step_names()
        for number, (label, name) in enumerate(zip(self.labels, names, strict=True), 1):
            label.setText(
                QCoreApplication.translate("Steps", "%1. %2")
                .replace("%1", QLocale().toString(number))
                .replace("%2", name)
            )
            where = where_text(number)
            if number < self.step:
                state = QCoreApplication.translate("Steps", "%1. Done.").replace("%1", where)
            elif number == self.step:
                state = QCoreApplication.translate("Steps", "%1. You are here.").replace(
                    "%1", where
                )
            else:
                state = QCoreApplication.translate("Steps", "%1. Still to come.").replace(
                    "%1", where
                )
            described(label, name, state)
        described(self, QCoreApplication.translate("Steps", "Where you are"), where_text(self.step))
