"""The fault server from tests/fault_server.py, wrapped for benchmarks.

`BenchServer` is `tests.fault_server.FaultServer` (same answers, same latency option) with:

* ``max_inflight``: at most N requests are processed at once (a semaphore around the whole
  request, latency included), like a serving engine with N slots; the rest wait in line;
* ``nodelay``/``backlog`` as options: FaultServer sets TCP_NODELAY and a backlog of 128 since
  the first concurrency run showed what the stdlib defaults cost (headers and body in two
  ``send`` calls with Nagle on wait ~40 ms for the client's delayed ACK; a backlog of 5 resets
  49 of 64 new connections in a burst). ``nodelay=False, backlog=5`` measures those defaults;
* counters a benchmark can read: requests, titles, arrival times (``time.time()``, comparable
  across processes), peak in-flight, and optionally every request body.

`StubProcess` runs one or more BenchServers in a child process (``python -m benchmarks.stub``)
so that the client under test does not share its interpreter lock with the server; its
counters are read over HTTP (``GET /bench/stats``, ``POST /bench/reset``). The child exits
when its stdin closes, so it never outlives the benchmark.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # tests/ is a package at the project root, not installed
    sys.path.insert(0, str(ROOT))

from tests.fault_server import FaultServer, FaultHandler  # noqa: E402


class _BenchHandler(FaultHandler):
    def do_POST(self) -> None:
        srv: BenchServer = self.srv  # type: ignore[assignment]
        srv._arrive()
        if srv.slots is not None:
            srv.slots.acquire()
        srv._enter()
        try:
            super().do_POST()
        finally:
            srv._leave()
            if srv.slots is not None:
                srv.slots.release()

    def do_GET(self) -> None:
        srv: BenchServer = self.srv  # type: ignore[assignment]
        if self.path.startswith("/bench/stats"):
            self._json(200, srv.stats(bodies="bodies=1" in self.path))
        else:
            super().do_GET()

    def do_PUT(self) -> None:  # PUT /bench/reset
        srv: BenchServer = self.srv  # type: ignore[assignment]
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        if self.path.startswith("/bench/reset"):
            srv.reset()
            self._json(200, {"ok": True})
        else:
            self._error(404, "not found", "invalid_request_error")

    def schema_of(self, req, messages):  # the stock one is a staticmethod; this one records
        srv: BenchServer = self.srv  # type: ignore[assignment]
        if srv.record:
            with srv._lock:
                srv.bodies.append(req)
        found = FaultHandler.schema_of(req, messages)
        srv._titled(found[1] or (found[0] or {}).get("title") or "?")
        return found


class BenchServer(FaultServer):
    def __init__(self, *, latency: float = 0.0, max_inflight: int | None = None, nodelay: bool = True,
                 backlog: int = 128, record: bool = False, **kw):
        self.max_inflight = max_inflight
        self.slots = threading.BoundedSemaphore(max_inflight) if max_inflight else None
        self.nodelay = nodelay
        self.backlog = backlog
        self.record = record
        self._gauge_lock = threading.Lock()
        super().__init__(latency=latency, **kw)
        self._bench_reset()

    def _bench_reset(self) -> None:
        with self._gauge_lock:
            self.arrivals: list[float] = []
            self.inflight = 0
            self.peak_inflight = 0
            self.bodies: list[dict] = []
            self.by_title: dict[str, list] = {}  # title -> [first arrival, last arrival, count]

    def reset(self) -> None:
        super().reset()
        self._bench_reset()

    def _arrive(self) -> None:
        with self._gauge_lock:
            self.arrivals.append(time.time())

    def _titled(self, title: str) -> None:
        now = time.time()
        with self._gauge_lock:
            row = self.by_title.setdefault(title, [now, now, 0])
            row[1], row[2] = now, row[2] + 1

    def _enter(self) -> None:
        with self._gauge_lock:
            self.inflight += 1
            self.peak_inflight = max(self.peak_inflight, self.inflight)

    def _leave(self) -> None:
        with self._gauge_lock:
            self.inflight -= 1

    def stats(self, bodies: bool = False) -> dict:
        with self._lock, self._gauge_lock:
            titles: dict[str, int] = {}
            for _, title in self.log:
                titles[title] = titles.get(title, 0) + 1
            out = {"requests": self.requests, "counts": dict(self.counts), "titles": titles,
                   "first_arrival": self.arrivals[0] if self.arrivals else None,
                   "last_arrival": self.arrivals[-1] if self.arrivals else None,
                   "peak_inflight": self.peak_inflight, "by_title": dict(self.by_title), "url": self.url}
            if bodies:
                out["bodies"] = list(self.bodies)
            return out

    def handler_base(self) -> type:
        return _BenchHandler


# -- in a child process -----------------------------------------------------------------------


class StubProcess:
    """`count` BenchServers in a child process; `.urls`, `.stats(i)`, `.reset()`."""

    def __init__(self, *, latency: float = 0.0, max_inflight: int | None = None, nodelay: bool = True,
                 backlog: int = 128, count: int = 1, record: bool = False):
        self.args = [f"--latency={latency}", f"--backlog={backlog}", f"--count={count}"]
        if max_inflight:
            self.args.append(f"--max-inflight={max_inflight}")
        if not nodelay:
            self.args.append("--nagle")
        if record:
            self.args.append("--record")
        self.latency = latency
        self.proc: subprocess.Popen | None = None
        self.urls: list[str] = []

    @property
    def url(self) -> str:
        return self.urls[0]

    def __enter__(self) -> "StubProcess":
        env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
        self.proc = subprocess.Popen([sys.executable, "-m", "benchmarks.stub", *self.args], cwd=str(ROOT),
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env, text=True)
        line = self.proc.stdout.readline()  # type: ignore[union-attr]
        if not line.strip():
            self.__exit__()
            raise RuntimeError("the stub server process did not start")
        self.urls = line.split()
        return self

    def __exit__(self, *exc) -> None:
        if self.proc is None:
            return
        try:
            self.proc.stdin.close()  # type: ignore[union-attr]
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.terminate()
            self.proc.wait(timeout=5)
        self.proc = None

    def _base(self, i: int) -> str:
        return self.urls[i].rsplit("/v1", 1)[0]

    def stats(self, i: int = 0, bodies: bool = False) -> dict:
        with urllib.request.urlopen(self._base(i) + "/bench/stats" + ("?bodies=1" if bodies else ""),
                                    timeout=30) as r:
            return json.loads(r.read())

    def total(self) -> int:
        return sum(self.stats(i)["requests"] for i in range(len(self.urls)))

    def reset(self) -> None:
        for i in range(len(self.urls)):
            req = urllib.request.Request(self._base(i) + "/bench/reset", data=b"", method="PUT")
            with urllib.request.urlopen(req, timeout=30) as r:
                r.read()


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description="benchmark stub servers; prints their URLs, exits when stdin closes")
    p.add_argument("--latency", type=float, default=0.0)
    p.add_argument("--max-inflight", type=int, default=None)
    p.add_argument("--backlog", type=int, default=128)
    p.add_argument("--count", type=int, default=1)
    p.add_argument("--nagle", action="store_true", help="leave Nagle on, like the stock stub")
    p.add_argument("--record", action="store_true", help="keep every request body (GET /bench/stats?bodies=1)")
    a = p.parse_args(argv)
    servers = [BenchServer(latency=a.latency, max_inflight=a.max_inflight, nodelay=not a.nagle,
                           backlog=a.backlog, record=a.record).start() for _ in range(a.count)]
    print(" ".join(s.url for s in servers), flush=True)
    try:
        sys.stdin.read()  # until the parent closes our stdin (or dies)
    except KeyboardInterrupt:
        pass
    for s in servers:
        s.stop()


if __name__ == "__main__":
    main()
