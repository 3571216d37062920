"""A perfect verifier: an OpenAI-compatible server on 127.0.0.1 that answers the verify prompt
(prompts/verify.v1.md, `SupportJudgment`) with the human label of the pair from
devdata/faithfulness. It measures the ceiling of the model-verification plumbing: what
`verify+model` would score if the model were always right on the pairs the code sends it.

    PYTHONPATH=. python evals/tools/verify_oracle.py --port 8765 &
    summarize eval --suite verify --sample 300 --base-url http://127.0.0.1:8765/v1 --model oracle

It reads the pairs in place (no article text is copied anywhere). A request whose sentence is
not a dev pair's claim is answered "unsupported" and counted as unknown (printed on exit).
The answer goes where instructor's mode expects it (tools or message content), built with the
fault server's helpers (tests/fault_server.py).
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from summarizer.eval.devdata import faithfulness_pairs
from tests.fault_server import FaultHandler


def _norm(s: str) -> str:
    return " ".join(s.split())


class Oracle:
    def __init__(self) -> None:
        self.labels: dict[str, list[tuple[str, bool]]] = collections.defaultdict(list)
        for r in faithfulness_pairs():
            self.labels[_norm(r["claim"])].append((_norm(r["document"]), bool(r["label"])))
        self.stats: collections.Counter[str] = collections.Counter()
        self.lock = threading.Lock()

    def judge(self, user: str) -> dict:
        head, _, sentence = user.rpartition("\nSentence: ")
        first = re.search(r"^\[1\] (.*)$", head, re.M)
        options = self.labels.get(_norm(sentence), [])
        if first and len(options) > 1:  # the same claim for several documents: the one quoted
            options = [o for o in options if _norm(first.group(1))[:80] in o[0]] or options
        with self.lock:
            if not options:
                self.stats["unknown"] += 1
            else:
                self.stats["supported" if options[0][1] else "unsupported"] += 1
        label = "supported" if options and options[0][1] else "unsupported"
        return {"label": label, "reason": "The human label of this pair.", "sentences": []}


class _Handler(BaseHTTPRequestHandler):
    oracle: Oracle
    protocol_version = "HTTP/1.1"

    def log_message(self, *args) -> None:
        pass

    # the fault server's replies (status line, headers, JSON body, OpenAI-style error), not a copy
    _head, _send, _json, _error = FaultHandler._head, FaultHandler._send, FaultHandler._json, FaultHandler._error

    def do_GET(self) -> None:
        self._json(200, {"object": "list", "data": [{"id": "oracle", "object": "model", "owned_by": "dev labels"}]})

    def do_POST(self) -> None:
        req = json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)) or b"{}")
        messages = req.get("messages") or []
        schema, tool, where = FaultHandler.schema_of(req, messages)
        user = next((m.get("content") or "" for m in messages if m.get("role") == "user"), "")
        if not isinstance(user, str) or "label" not in (schema or {}).get("properties", {}):
            self._error(400, "the oracle answers the verify prompt only", "invalid_request_error")
            return
        payload = json.dumps(self.oracle.judge(user))
        self._json(200, FaultHandler._completion(req, payload, where, tool, "tool_calls" if where == "tools" else "stop"))


def serve(port: int = 0) -> tuple[ThreadingHTTPServer, Oracle]:
    oracle = Oracle()
    httpd = ThreadingHTTPServer(("127.0.0.1", port), type("H", (_Handler,), {"oracle": oracle}))
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd, oracle


def main(argv: list[str] | None = None) -> None:  # pragma: no cover - manual use
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--port", type=int, default=8765)
    a = p.parse_args(argv)
    httpd, oracle = serve(a.port)
    print(f"verify oracle on http://127.0.0.1:{httpd.server_address[1]}/v1 (Ctrl-C to stop)", flush=True)
    try:
        while True:
            time.sleep(10)
            print(dict(oracle.stats), flush=True)
    except KeyboardInterrupt:
        pass
    finally:
        httpd.shutdown()
        print(dict(oracle.stats), flush=True)


if __name__ == "__main__":
    main()
