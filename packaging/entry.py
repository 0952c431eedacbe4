"""The frozen app's entry point (PyInstaller): the same ``stopncii-desktop`` command.

``freeze_support`` first: a spawned hashing worker starts this executable again,
and must become a worker instead of a second app.
"""

import multiprocessing

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from stopncii_desktop.cli import run

    run()
