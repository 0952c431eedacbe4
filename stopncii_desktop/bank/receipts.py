"""Receipts: what a bank stored for a submission, so the case can be checked or withdrawn.

A receipt holds the case token, the endpoint (no bearer token), the ids the
bank gave (HMA content ids, case API hash ids) and which local item and
signal types each came from; never a file name, path or picture. It is saved
owner-only in ``<data folder>/receipts/`` unless the user says not to, and
can be written to a file of their choosing.
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from stopncii_desktop.bank.base import RemoteEntry
from stopncii_desktop.bank.endpoints import Endpoint
from stopncii_desktop.case.atomic import atomic_write_text
from stopncii_desktop.case.regular_files import read_regular_file
from stopncii_desktop.folders import data_dir

FORMAT = "stopncii-receipt"
VERSION = 1
MAX_RECEIPT_BYTES = 64 * 1024 * 1024


class ReceiptError(ValueError):
    """The file is not a valid receipt."""


@dataclass(slots=True)
class Receipt:
    """What a bank stored for one submission. Its file is :meth:`dumps`, read back by
    :meth:`from_json`."""

    token: str
    endpoint: Endpoint
    entries: list[RemoteEntry]
    token_issued_elsewhere: bool = False
    submitted: str = field(default_factory=lambda: datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"))
    held_back: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        return {
            "format": FORMAT,
            "version": VERSION,
            "token": self.token,
            "token_issued_elsewhere": self.token_issued_elsewhere,
            "endpoint": self.endpoint.to_json(),
            "submitted": self.submitted,
            "entries": [e.to_json() for e in self.entries],
            "held_back": self.held_back,
        }

    def dumps(self) -> str:
        return json.dumps(self.to_json(), indent=2, ensure_ascii=False) + "\n"

    @classmethod
    def from_json(cls, doc: object) -> Receipt:
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            raise ReceiptError("this is not a submission receipt")
        if doc.get("version") != VERSION:
            raise ReceiptError(
                f"this receipt is version {doc.get('version')!r}; this app reads version {VERSION}"
            )
        token, entries = doc.get("token"), doc.get("entries")
        submitted, held = doc.get("submitted"), doc.get("held_back", [])
        elsewhere = doc.get("token_issued_elsewhere", False)
        try:
            if not (
                isinstance(token, str)
                and isinstance(entries, list)
                and isinstance(submitted, str)
                and isinstance(held, list)
                and isinstance(elsewhere, bool)
            ):
                raise ValueError("a field is missing")
            return cls(
                token,
                Endpoint.from_json(doc.get("endpoint")),
                [RemoteEntry.from_json(e) for e in entries],
                elsewhere,
                submitted,
                [str(h) for h in held],
            )
        except ValueError:
            raise ReceiptError(
                "this receipt is damaged (a field is missing or not valid)"
            ) from None


def receipts_dir(data_folder: Path | None = None) -> Path:
    """Where receipts are kept: in ``data_folder``, or the app's data folder."""
    return (data_folder or data_dir()) / "receipts"


def write_receipt(receipt: Receipt, path: Path, *, wait_for_reader: bool = True) -> None:
    """Write a receipt to a file the user chose (see case/atomic.py: atomic and owner-only
    for a file; a window passes ``wait_for_reader=False`` so a pipe never holds it up)."""
    atomic_write_text(Path(path), receipt.dumps(), wait_for_reader=wait_for_reader)


def save_receipt(receipt: Receipt, folder: Path | None = None) -> Path:
    """Keep a receipt in the data folder; return where it went."""
    folder = Path(folder) if folder is not None else receipts_dir()
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    stamp = receipt.submitted.replace(":", "").replace("-", "")
    path = folder / f"{stamp}-{secrets.token_hex(4)}.json"
    write_receipt(receipt, path)
    return path


def load_receipt(path: Path) -> Receipt:
    try:
        data = read_regular_file(path, MAX_RECEIPT_BYTES)
    except OSError as exc:
        raise ReceiptError(f"the receipt cannot be read ({exc.strerror})") from None
    if len(data) > MAX_RECEIPT_BYTES:
        raise ReceiptError("the file is too large to be a receipt")
    try:
        return Receipt.from_json(json.loads(data))
    except (ValueError, RecursionError) as exc:
        if isinstance(exc, ReceiptError):
            raise
        raise ReceiptError("this is not a submission receipt (not valid JSON)") from None


def list_receipts(folder: Path | None = None) -> list[tuple[Path, Receipt]]:
    """Saved receipts, newest first; unreadable files are skipped."""
    folder = Path(folder) if folder is not None else receipts_dir()
    if not folder.is_dir():
        return []
    out = []
    for path in folder.glob("*.json"):
        try:
            out.append((path, load_receipt(path)))
        except ReceiptError:
            continue
    out.sort(key=lambda pr: (pr[1].submitted, pr[0].name), reverse=True)
    return out


def find_receipts(token: str, folder: Path | None = None) -> list[tuple[Path, Receipt]]:
    """Saved receipts for a case token, newest first."""
    return [(p, r) for p, r in list_receipts(folder) if r.token == token]


def delete_kept_receipts(folder: Path | None = None) -> int:
    """Delete the receipts kept in the data folder (other files are left); return how many."""
    deleted = 0
    for path, _receipt in list_receipts(folder):
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        deleted += 1
    return deleted
