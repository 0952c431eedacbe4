"""Hashing a stream of video frames: a small thread pool, in order, bounded, with pruning.

PDQ dominates the cost of hashing every frame, and numpy releases the GIL
for much of it, so frames are hashed on a few threads while decoding goes
on. At most a few frames wait in the queue: memory stays the same however
long the video is. Results come back in frame order, so pruning (drop a
frame within D bits of the last kept one) sees them as the video plays.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor

import numpy as np
import numpy.typing as npt

from stopncii_desktop.hashing import _pdq
from stopncii_desktop.hashing.results import VpdqFrame
from stopncii_desktop.hashing.signals import PdqSignal, VpdqSignalType

RgbSource = Callable[[], npt.NDArray[np.uint8]]


def default_threads() -> int:
    return max(1, min(4, os.cpu_count() or 1))


def _hash(source: RgbSource) -> _pdq.PdqResult:
    return _pdq.pdq_from_rgb(source())[0]


class FrameHasher:
    """Hash frames given as (index, timestamp, pixels-on-demand); collect them in order."""

    def __init__(
        self,
        prune_distance: int | None = None,
        threads: int | None = None,
        max_frames: int = VpdqSignalType.max_frames,
    ) -> None:
        self.threads = threads or default_threads()
        self._pool = ThreadPoolExecutor(self.threads, thread_name_prefix="pdq")
        self._pending: deque[tuple[int, float, Future[_pdq.PdqResult]]] = deque()
        self._limit = 2 * self.threads
        self.prune_distance = prune_distance
        self.max_frames = max_frames
        self.frames: list[VpdqFrame] = []
        self.pruned = 0

    @property
    def full(self) -> bool:
        return len(self.frames) >= self.max_frames

    def submit(self, index: int, timestamp: float, source: RgbSource) -> None:
        """Queue one frame; blocks while the queue is full. ``source`` runs on a pool thread."""
        self._pending.append((index, timestamp, self._pool.submit(_hash, source)))
        while len(self._pending) > self._limit:
            self._collect_one()

    def _collect_one(self) -> None:
        index, timestamp, fut = self._pending.popleft()
        res = fut.result()
        if self.full:
            return
        if (
            self.prune_distance is not None
            and self.frames
            and PdqSignal.hamming(self.frames[-1].value, res.hash_hex) <= self.prune_distance
        ):
            self.pruned += 1
            return
        self.frames.append(VpdqFrame(res.hash_hex, res.quality, timestamp, index))

    def finish(self) -> list[VpdqFrame]:
        """Wait for every queued frame and return all kept frames, in order."""
        while self._pending:
            self._collect_one()
        self.close()
        return self.frames

    def close(self) -> None:
        """Drop whatever is still queued (on cancel or error) and stop the threads."""
        for _, _, fut in self._pending:
            fut.cancel()
        self._pending.clear()
        self._pool.shutdown(wait=True, cancel_futures=True)
