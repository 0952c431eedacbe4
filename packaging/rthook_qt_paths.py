"""Run-time hook of the frozen app: tell Qt where its plugins are, without loading Qt.

It replaces PyInstaller's own hook for PySide6, which imports QtCore as the app
starts (to check for an embedded qt.conf that PySide6's wheels make themselves):
every run, the command line included, then paid for loading Qt, and the hashing
workers could not be forked (``hashing/process_start.py`` forks only without Qt).
"""

import os
import sys

_qt = os.path.join(sys._MEIPASS, "PySide6")  # type: ignore[attr-defined]
if not sys.platform.startswith("win"):
    _qt = os.path.join(_qt, "Qt")
os.environ["QT_PLUGIN_PATH"] = os.path.join(_qt, "plugins")
