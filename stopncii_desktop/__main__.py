"""``python -m stopncii_desktop``: the same as the ``stopncii-desktop`` command."""

from stopncii_desktop.cli import run

run()
