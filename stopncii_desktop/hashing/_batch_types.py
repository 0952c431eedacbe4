"""What a batch is given and what it reports: the cancel token, progress, the per-file runner.

Shared by the batch's public face (``batch.py``, which re-exports them: import them
from there), its parent side (``_batch_pool.py``) and its worker side
(``_batch_worker.py``).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

from stopncii_desktop.hashing.options import HashOptions
from stopncii_desktop.hashing.results import MediaResult

Runner = Callable[[int, str, HashOptions], MediaResult]


class CancelToken:
    """Set from any thread to stop a batch; files not finished end as ``cancelled``."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()


@dataclass(frozen=True, slots=True)
class Progress:
    """Where a batch stands: files finished, the total, and the overall fraction."""

    done: int
    total: int
    fraction: float
    #: The file just finished, when this report is about one.
    result: MediaResult | None = None


ProgressCallback = Callable[[Progress], None]
