"""Memory of the reference case API server under the audit's attack, against the same server at rest.

A real ``stopncii-desktop bank serve`` process is sent 30 requests at once,
each with a 32 MiB body (the largest it takes), three ways:

  (a) junk: ``{"hashes": [{}, {}, ...]}``, with a valid case token;
  (b) long: one vPDQ of about 400,000 frames (a legitimate shape: it is parsed);
  (c) unauthorised: any body, to a server that requires a bearer token, without one;

and prints the server's peak resident memory for each (a fresh server each
time), the answers the clients got, and the ratio to the server's memory at
rest, measured in the same run. ``--against PATH`` measures the server of
another checkout (for example the main branch) instead of this one.
Linux only (it reads /proc).

    python -m benchmarks.bench_server [--clients N] [--against PATH]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import requests

from stopncii_desktop.case.token import new_token

BODY_BYTES = 32 * 1024 * 1024
FRAME = '"' + "ab" * 32 + ',100,1.000"'


def _junk() -> bytes:
    head, tail = b'{"hashes":[', b"{}]}"
    return head + b"{}," * ((BODY_BYTES - len(head) - len(tail)) // 3) + tail


def _long_vpdq() -> bytes:
    frames = (BODY_BYTES - 200) // (len(FRAME) + 4)  # quotes escaped, and ", "
    value = "[" + ", ".join([FRAME] * frames) + "]"
    body = {"hashes": [{"ref": "ab" * 8, "media": "video", "type": "vpdq", "value": value}]}
    data = json.dumps(body, separators=(",", ":")).encode()
    assert len(data) <= BODY_BYTES, len(data)
    return data


def _kib(pid: int, field: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise RuntimeError(field)


class Server:
    def __init__(self, code: Path, bearer: str | None) -> None:
        env = {**os.environ, "PYTHONPATH": str(code)}
        cmd = [sys.executable, "-m", "stopncii_desktop", "bank", "serve", "--port", "0"]
        if bearer is not None:
            env["BENCH_BEARER"] = bearer
            cmd += ["--bearer-token-env", "BENCH_BEARER"]
        self.proc = subprocess.Popen(
            cmd, cwd=code, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
        )
        assert self.proc.stdout is not None
        self.url = self.proc.stdout.readline().strip().rsplit(" ", 1)[1]
        requests.get(self.url + "/v1/health", timeout=30)

    def peak_mib(self) -> float:
        return _kib(self.proc.pid, "VmHWM") / 1024

    def rss_mib(self) -> float:
        return _kib(self.proc.pid, "VmRSS") / 1024

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


def _attack(url: str, body: bytes, clients: int) -> Counter[str]:
    token = new_token().value
    answers: Counter[str] = Counter()
    lock = threading.Lock()
    barrier = threading.Barrier(clients)

    def one(n: int) -> None:
        headers = {"Case-Token": token, "Idempotency-Key": f"bench-key-{n:04d}"}
        barrier.wait()
        try:
            resp = requests.post(url + "/v1/case/hashes", data=body, headers=headers, timeout=600)
            answer = str(resp.status_code)
        except requests.RequestException as exc:
            answer = type(exc).__name__
        with lock:
            answers[answer] += 1

    threads = [threading.Thread(target=one, args=(n,)) for n in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return answers


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--clients", type=int, default=30)
    parser.add_argument(
        "--against", type=Path, default=Path(__file__).resolve().parent.parent,
        help="the checkout whose server is measured (default: this one)",
    )  # fmt: skip
    args = parser.parse_args(argv)
    if not Path("/proc/self/status").exists():
        print("skipped: reads /proc (Linux only)")
        return 0
    code = args.against.resolve()
    print(f"server of {code}; {args.clients} clients at once, {BODY_BYTES // 2**20} MiB each\n")
    rest = Server(code, None)
    try:
        rest_mib = rest.rss_mib()
    finally:
        rest.stop()
    print(f"(r) at rest, after one health check     {rest_mib:8.0f} MiB   (reference)")
    cases: list[tuple[str, str, bytes, str | None]] = [
        ("a", "junk {}", _junk(), None),
        ("b", "long vPDQ", _long_vpdq(), None),
        ("c", "no bearer token", _junk(), "bench-bearer"),
    ]
    for label, name, body, bearer in cases:
        server = Server(code, bearer)
        try:
            started = time.monotonic()
            answers = _attack(server.url, body, args.clients)
            seconds = time.monotonic() - started
            peak = server.peak_mib()
        finally:
            server.stop()
        shown = ", ".join(f"{k} x{v}" for k, v in sorted(answers.items()))
        print(
            f"({label}) {name:<36} {peak:8.0f} MiB peak   {label}/r = {peak / rest_mib:5.1f}"
            f"   {seconds:5.1f} s   answers: {shown}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
