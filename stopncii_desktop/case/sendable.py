"""What may be submitted: the hash set made from the files a person kept on the review screen."""

from __future__ import annotations

from collections.abc import Iterable, MutableMapping

from stopncii_desktop.case.hashset import HashItem, HashSet
from stopncii_desktop.hashing.results import AnySignal, MediaResult, VpdqSignal


def may_be_sent(signal: AnySignal) -> bool:
    """An unreliable PDQ is never sent. A vPDQ goes on to the bank's plan, which holds an
    unreliable one back with a note the person sees."""
    return isinstance(signal, VpdqSignal) or signal.reliable


def sendable_hashset(results: Iterable[MediaResult], item_ids: MutableMapping[int, str]) -> HashSet:
    """The document that would leave the computer: hashes only, no paths.

    ``item_ids`` holds the random item id of each file (by file index); a file seen for
    the first time gets one, so every document made from the same files names items alike.
    Failed files, and files left with nothing to send, are left out.
    """
    items = []
    for result in results:
        if not result.ok:
            continue
        item = HashItem.from_result(result)
        item.id = item_ids.setdefault(result.index, item.id)
        item.signals = [s for s in item.signals if may_be_sent(s)]
        if item.signals:
            items.append(item)
    return HashSet(items)
