"""How much a JSON document would build in memory, counted before it is parsed.

``json.loads`` of 250 MiB of ``[{},{},...]`` builds 80 million dictionaries
(over 6 GiB). Counting the bytes that open a container or separate two
values bounds how many values (and object keys) parsing can make, at the
speed of ``bytes.count`` and without a copy; commas and brackets inside
strings only make the bound larger, never smaller.
"""

from __future__ import annotations


def values_bound(data: bytes) -> int:
    """At least the number of values and object keys ``json.loads(data)`` would make."""
    # Each value, and each object key, follows a '[', '{' or ',' (or is the whole document);
    # an object member is two (key and value), an array element one.
    return 2 * (data.count(b"[") + data.count(b"{") + data.count(b",")) + 1
