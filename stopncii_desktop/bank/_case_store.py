"""The reference server's storage of cases: SQLite, keyed by the SHA-256 of each case token.

It keeps only what the API carries (hashes, their state, and each submission's
answer under its ``Idempotency-Key``, so a repeat gets the same answer), never a
case token, and its database file is owner-only. Every call takes the lock:
one connection is shared by the server's threads.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import sqlite3
import threading
from datetime import UTC, datetime
from typing import Any

from stopncii_desktop.bank._reference_http import ApiError
from stopncii_desktop.bank.caseapi import MAX_HASHES_PER_CASE

#: Hashes one case may hold (withdrawn ones too): its status answer stays under 10 MB.
MAX_CASE_HASHES = MAX_HASHES_PER_CASE
_SCHEMA = """
CREATE TABLE IF NOT EXISTS hashes (
    id TEXT PRIMARY KEY, case_key TEXT NOT NULL, ref TEXT NOT NULL, media TEXT NOT NULL,
    type TEXT NOT NULL, value TEXT NOT NULL, quality INTEGER, variant TEXT,
    state TEXT NOT NULL, submitted TEXT NOT NULL, withdrawn TEXT);
CREATE INDEX IF NOT EXISTS hashes_case ON hashes (case_key);
CREATE TABLE IF NOT EXISTS idempotency (
    case_key TEXT NOT NULL, key TEXT NOT NULL, request_sha256 TEXT NOT NULL,
    response TEXT NOT NULL, PRIMARY KEY (case_key, key));
"""


class CaseStore:
    """The cases of one server, in the SQLite file ``db`` or ``:memory:``."""

    def __init__(self, db: str) -> None:
        self.lock = threading.Lock()
        if db != ":memory:":
            _create_owner_only(db)
        self.conn = sqlite3.connect(db, check_same_thread=False, isolation_level=None)
        self.conn.executescript(_SCHEMA)

    def close(self) -> None:
        with self.lock:
            self.conn.close()

    def hash_rows(self) -> list[dict[str, Any]]:
        """Everything stored (for tests and the practice screen)."""
        with self.lock:
            cur = self.conn.execute(
                "SELECT id, case_key, ref, type, value, state FROM hashes ORDER BY rowid"
            )
            cols = [d[0] for d in cur.description]
            return [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]

    def submit(
        self, token: str, key: str, rows: list[dict[str, Any]], request_sha: str
    ) -> tuple[int, dict[str, Any]]:
        """Store checked ``rows`` once per ``key``: ``201`` and their ids, or a repeat's answer."""
        case = _case_key(token)
        with self.lock:
            found = self.conn.execute(
                "SELECT request_sha256, response FROM idempotency WHERE case_key=? AND key=?",
                (case, key),
            ).fetchone()
            if found is not None:
                if found[0] != request_sha:
                    raise ApiError(
                        409,
                        "idempotency-conflict",
                        "this Idempotency-Key was used for another body",
                    )
                return 200, dict(json.loads(found[1]))
            held = self.conn.execute(
                "SELECT count(*) FROM hashes WHERE case_key=?", (case,)
            ).fetchone()[0]
            if held + len(rows) > MAX_CASE_HASHES:
                raise ApiError(
                    413,
                    "case-full",
                    f"a case holds at most {MAX_CASE_HASHES} hashes; this one has {held}",
                )
            now = _now()
            out = []
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                for r in rows:
                    hid = "h_" + secrets.token_hex(8)
                    self.conn.execute(
                        "INSERT INTO hashes (id, case_key, ref, media, type, value, quality,"
                        " variant, state, submitted) VALUES (?,?,?,?,?,?,?,?, 'active', ?)",
                        (
                            hid,
                            case,
                            r["ref"],
                            r["media"],
                            r["type"],
                            r["value"],
                            r["quality"],
                            r["variant"],
                            now,
                        ),
                    )
                    out.append({"id": hid, "ref": r["ref"], "type": r["type"], "state": "active"})
                response = {"hashes": out}
                self.conn.execute(
                    "INSERT INTO idempotency VALUES (?,?,?,?)",
                    (case, key, request_sha, json.dumps(response)),
                )
                self.conn.execute("COMMIT")
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
        return 201, response

    def status(self, token: str) -> dict[str, Any]:
        with self.lock:
            rows = self.conn.execute(
                "SELECT id, ref, type, state, submitted, withdrawn FROM hashes"
                " WHERE case_key=? ORDER BY rowid",
                (_case_key(token),),
            ).fetchall()
        if not rows:
            raise ApiError(404, "no-case", "there is no case for this token")
        hashes = []
        for hid, ref, kind, state, submitted, withdrawn in rows:
            h = {"id": hid, "ref": ref, "type": kind, "state": state, "submitted": submitted}
            if withdrawn:
                h["withdrawn"] = withdrawn
            hashes.append(h)
        return {"hashes": hashes}

    def withdraw(self, token: str, hash_id: str | None) -> dict[str, Any]:
        case = _case_key(token)
        with self.lock:
            # hash_id None matches every hash of the case.
            exists = self.conn.execute(
                "SELECT count(*) FROM hashes WHERE case_key=? AND (? IS NULL OR id=?)",
                (case, hash_id, hash_id),
            ).fetchone()[0]
            if not exists:
                raise ApiError(404, "no-case", "there is no such case or hash for this token")
            cur = self.conn.execute(
                "UPDATE hashes SET state='withdrawn', withdrawn=? WHERE case_key=?"
                " AND state='active' AND (? IS NULL OR id=?)",
                (_now(), case, hash_id, hash_id),
            )
            return {"withdrawn": cur.rowcount}


def _create_owner_only(path: str) -> None:
    """Make a new database file 0600; SQLite gives its -journal and -wal files the same mode."""
    try:
        fd = os.open(
            path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o600
        )
    except FileExistsError:
        return
    os.close(fd)


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _case_key(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()
