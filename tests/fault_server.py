"""A small OpenAI-compatible server on 127.0.0.1 that injects faults, and answers correctly
behind them.

Stdlib only (http.server + ThreadingHTTPServer), one background thread, no new dependency.

    with FaultServer(script=["429:1", "500", "ok"]) as srv:
        settings = Settings.from_env(base_urls=(srv.url,), model="stub", ...)

It serves ``POST /v1/chat/completions`` and ``GET /v1/models``. A correct answer is built
from the request itself:

* instructor TOOLS mode: the schema is ``tools[0].function.parameters`` and the answer goes
  into a tool call; JSON_SCHEMA mode: ``response_format.json_schema.schema`` and the answer
  is the message content; JSON / MD_JSON modes: the schema instructor wrote into the system
  message (best effort).
* "Claims" (a ``claims`` array of DraftClaim): one claim per sentence of the user message's
  text (after ``Text:``), ``quote`` and ``text`` both the exact sentence, kind "event",
  source "article", certainty "stated"; at most the schema's ``maxItems``.
* "DraftSummary" (headline, summary): the first sentence as both.
* anything else: a minimal valid instance built from the schema.

Every completion carries ``usage`` = PROMPT_TOKENS / COMPLETION_TOKENS so tests can check sums.

Faults, per request, by name (``FAULTS``):

    ok          a correct answer
    429:N       HTTP 429 with ``Retry-After: N`` (seconds)
    429         HTTP 429 without Retry-After
    429ms:N     HTTP 429 with ``retry-after-ms: N``
    500 502 503 server errors;  401 400 404: client errors (not retried)
    slow        a correct answer sent after ``slow_seconds`` (longer than the client timeout)
    drop        headers and half the body, then the socket is closed
    garbage     HTTP 200 whose body is not JSON
    schema      a valid completion whose arguments/content miss required fields
    length      finish_reason "length" with the arguments cut in half
    empty       HTTP 200 with ``choices: []`` (and a usage)
    trickle     headers at once, then the body one byte every ``trickle_interval`` seconds (never a
                gap as long as the client's read timeout: only a total deadline stops it)
    nested      HTTP 200 whose body is JSON nested 100,000 arrays deep (parses into a RecursionError)
    notobject   HTTP 200 whose body is valid JSON but not an object (``[1, 2, 3]``)

Which fault a request gets: first ``match`` (a substring of the request's messages → fault,
for "this article always fails"), then the ``script`` (the next entry, for the first N
requests), then ``fault_rate`` with a seeded RNG choosing among ``faults``, else "ok".

``counts`` holds requests by outcome, ``requests`` the total of chat requests, and
``authorizations`` every Authorization header seen.

Run it by hand for benchmarks: ``python -m tests.fault_server --fault-rate 0.3 --latency 0.05``.
"""

from __future__ import annotations

import collections
import json
import random
import re
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Iterable

PROMPT_TOKENS = 100
COMPLETION_TOKENS = 20

#: Every fault the random mode can draw, one of each kind.
RANDOM_FAULTS = ("429:1", "429", "500", "502", "503", "slow", "drop", "garbage", "schema", "length", "empty")
#: Faults that the client should retry (transport), and those it should re-ask (schema).
TRANSPORT_FAULTS = ("429:1", "429", "429ms:200", "500", "502", "503", "slow", "drop", "garbage", "length", "empty")
SCHEMA_FAULTS = ("schema",)

TEXT_MARK = re.compile(r"(?:^|\n)Text:[ \t]*\n?")
MD_JSON_SUFFIX = re.compile(r"\n*Return the correct JSON response within a ```json codeblock\.[^\n]*\Z")
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]+(?=\s|$)")


# -- building correct answers ----------------------------------------------------------------


def sentences(text: str) -> list[str]:
    """Sentences of `text`, each an exact substring of it (no surrounding whitespace)."""
    return [m.group(0).strip() for m in _SENTENCE.finditer(text) if m.group(0).strip()]


def source_text(messages: list[dict]) -> str:
    """The article text in the first user message: what follows 'Text:', else all of it."""
    for msg in messages:
        if msg.get("role") == "user":
            content = msg.get("content")
            if isinstance(content, list):  # content parts
                content = "".join(p.get("text", "") for p in content if isinstance(p, dict))
            content = content or ""
            content = MD_JSON_SUFFIX.sub("", content)  # what instructor's MD_JSON mode appends
            mark = TEXT_MARK.search(content)
            return content[mark.end():] if mark else content
    return ""


def resolve_ref(schema: dict, root: dict) -> dict:
    """`schema` with its `$ref`s followed through `root` (also used by evals/tools/replay_server.py)."""
    seen = 0
    while isinstance(schema, dict) and "$ref" in schema and seen < 20:
        ref = schema["$ref"]
        node: Any = root
        for part in ref.lstrip("#/").split("/"):
            node = node[part]
        schema, seen = node, seen + 1
    return schema


def minimal_instance(schema: dict, root: dict | None = None) -> Any:
    """The smallest value valid for `schema`: required fields only, "x", 0, false, []."""
    root = root if root is not None else schema
    schema = resolve_ref(schema, root)
    if "const" in schema:
        return schema["const"]
    if "enum" in schema:
        return schema["enum"][0]
    for key in ("anyOf", "oneOf"):
        if key in schema:
            options = [resolve_ref(o, root) for o in schema[key]]
            non_null = [o for o in options if o.get("type") != "null"]
            return minimal_instance((non_null or options)[0], root)
    if "allOf" in schema:
        return minimal_instance(schema["allOf"][0], root)
    t = schema.get("type")
    if isinstance(t, list):
        t = next((x for x in t if x != "null"), "null")
    if t == "object" or "properties" in schema:
        props = schema.get("properties", {})
        return {k: minimal_instance(props.get(k, {}), root) for k in schema.get("required", [])}
    if t == "array":
        return [minimal_instance(schema.get("items", {}), root) for _ in range(schema.get("minItems", 0))]
    if t == "string":
        return "x" * max(1, schema.get("minLength", 1))
    if t in ("integer", "number"):
        low = schema.get("minimum", schema.get("exclusiveMinimum", 0))
        return int(low) + (1 if "exclusiveMinimum" in schema else 0) if t == "integer" else low
    if t == "boolean":
        return False
    return None


def build_answer(schema: dict, messages: list[dict]) -> dict:
    """A correct answer for our response models, a minimal valid one for any other schema."""
    props = schema.get("properties", {})
    text = source_text(messages)
    if schema.get("title") == "Claims" or "claims" in props:
        array = resolve_ref(props.get("claims", {}), schema)
        limit = array.get("maxItems", 20)
        item = resolve_ref(array.get("items", {}), schema)
        quote = resolve_ref(item.get("properties", {}).get("quote", {}), schema)
        # quotes constrained to an enum of the window's sentences: pick from it
        candidates = list(quote["enum"]) if "enum" in quote else sentences(text)
        claims = [
            {"quote": s, "text": s, "kind": "event", "source": "article", "certainty": "stated",
             "when": None, "where": None}
            for s in candidates if 12 <= len(s) <= 240
        ][:limit]
        return {"claims": claims}
    if schema.get("title") == "DraftSummary" or {"headline", "summary"} <= set(props):
        sents = sentences(text) or [text.strip() or "Nothing."]
        first = sents[0]
        headline = first if len(first) <= 120 else first[:120].rsplit(" ", 1)[0]
        return {"headline": headline, "summary": " ".join(sents[:2])}  # a summary is 2-4 sentences
    return minimal_instance(schema)


def break_answer(answer: Any) -> Any:
    """The same answer with required fields missing: claims keep only their quote."""
    if isinstance(answer, dict) and answer.get("claims"):
        return {"claims": [{"quote": c["quote"]} for c in answer["claims"]]}
    return {}


def schema_from_system(messages: list[dict]) -> dict | None:
    """JSON / MD_JSON modes: instructor writes the schema into the system message."""
    for m in messages:
        content = m.get("content")
        if m.get("role") == "system" and isinstance(content, str):
            for i, ch in enumerate(content):
                if ch == "{":
                    try:
                        obj, _ = json.JSONDecoder().raw_decode(content[i:])
                    except ValueError:
                        continue
                    if isinstance(obj, dict) and ("properties" in obj or "type" in obj):
                        return obj
    return None


# -- the server ------------------------------------------------------------------------------


class FaultServer:
    """Threaded OpenAI-compatible stub with seeded fault injection. A context manager."""

    def __init__(self, *, script: Iterable[str] = (), fault_rate: float = 0.0,
                 faults: Iterable[str] = RANDOM_FAULTS, seed: int = 0, latency: float = 0.0,
                 slow_seconds: float = 2.0, match: dict[str, str] | None = None,
                 echo_key_on_401: bool = False, port: int = 0, trickle_interval: float = 1.0):
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self.port = port
        self.latency = latency
        self.slow_seconds = slow_seconds
        self.trickle_interval = trickle_interval
        self.echo_key_on_401 = echo_key_on_401
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self.configure(script=script, fault_rate=fault_rate, faults=faults, seed=seed, match=match)

    # configuration and counters --------------------------------------------------------------

    def configure(self, *, script: Iterable[str] = (), fault_rate: float = 0.0,
                  faults: Iterable[str] = RANDOM_FAULTS, seed: int = 0,
                  match: dict[str, str] | None = None, reset: bool = True) -> "FaultServer":
        """Set the fault plan (and, unless reset=False, zero the counters)."""
        faults = tuple(faults)
        for f in (*script, *faults, *(match or {}).values()):
            _check_fault(f)
        with self._lock:
            self._script = collections.deque(script)
            self.fault_rate = fault_rate
            self.faults = faults
            self._rng = random.Random(seed)
            self.match = dict(match or {})
            if reset:
                self.counts: collections.Counter[str] = collections.Counter()
                self.requests = 0
                self.authorizations: list[str] = []
                self.log: list[tuple[str, str]] = []  # (fault, schema title) per chat request
                self.max_tokens: list[int | None] = []  # the request's max_tokens, per chat request
        return self

    def reset(self) -> None:
        with self._lock:
            self.counts = collections.Counter()
            self.requests = 0
            self.authorizations = []
            self.log = []
            self.max_tokens = []

    def transport_faults(self) -> int:
        return sum(n for k, n in self.counts.items() if k in TRANSPORT_FAULTS or k.startswith("429"))

    def _next_fault(self, body_text: str, title: str, auth: str | None) -> str:
        with self._lock:
            fault = next((f for s, f in self.match.items() if s in body_text), None)
            if fault is None and self._script:
                fault = self._script.popleft()
            if fault is None:
                fault = self._rng.choice(self.faults) if self._rng.random() < self.fault_rate else "ok"
            self.requests += 1
            self.counts[fault] += 1
            self.log.append((fault, title))
            if auth is not None:
                self.authorizations.append(auth)
            return fault

    # lifecycle -------------------------------------------------------------------------------

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    # Real servers (uvicorn, vLLM, llama.cpp) set TCP_NODELAY; without it every reply, written
    # as headers then body, waits ~40 ms for the client's delayed ACK. The stock listen
    # backlog of 5 resets connections in a burst of 64 clients.
    nodelay = True
    backlog = 128

    def handler_base(self) -> type:
        return FaultHandler

    def start(self) -> "FaultServer":
        handler = type("Handler", (self.handler_base(),), {"srv": self, "disable_nagle_algorithm": self.nodelay})
        server_cls = type("Server", (ThreadingHTTPServer,), {"request_queue_size": self.backlog})
        httpd = server_cls(("127.0.0.1", self.port), handler)
        httpd.daemon_threads = True
        self._httpd = httpd
        self.port = httpd.server_address[1]
        self._stop.clear()
        self._thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05},
                                        name=f"{type(self).__name__}:{self.port}", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()  # wakes handlers sleeping on "slow" or latency
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> "FaultServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    def sleep(self, seconds: float) -> None:
        if seconds > 0:
            self._stop.wait(seconds)


def _check_fault(f: str) -> None:
    name, _, arg = f.partition(":")
    if name not in ("ok", "429", "429ms", "500", "502", "503", "401", "400", "404", "slow", "drop",
                    "garbage", "schema", "length", "empty", "trickle", "nested", "notobject"):
        raise ValueError(f"unknown fault {f!r}")
    if arg and not arg.replace(".", "", 1).isdigit():
        raise ValueError(f"bad fault argument in {f!r}")


class FaultHandler(BaseHTTPRequestHandler):
    srv: FaultServer
    protocol_version = "HTTP/1.1"  # keep-alive, like a real server: every reply has Content-Length

    def log_message(self, *args: Any) -> None:  # quiet
        pass

    # helpers ---------------------------------------------------------------------------------

    def _head(self, status: int, length: int, headers: dict[str, str] | None = None,
              content_type: str = "application/json") -> None:
        """Status line and headers for a body of `length` bytes (the faults then send less, or slowly)."""
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(length))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()

    def _send(self, status: int, body: bytes, headers: dict[str, str] | None = None,
              content_type: str = "application/json") -> None:
        self._head(status, len(body), headers, content_type)
        self.wfile.write(body)
        self.wfile.flush()

    def _json(self, status: int, obj: Any, headers: dict[str, str] | None = None) -> None:
        self._send(status, json.dumps(obj).encode(), headers)

    def _error(self, status: int, message: str, kind: str, headers: dict[str, str] | None = None) -> None:
        self._json(status, {"error": {"message": message, "type": kind, "param": None, "code": None}}, headers)

    # routes ----------------------------------------------------------------------------------

    def do_GET(self) -> None:
        if self.path.rstrip("/").endswith("/models"):
            self._json(200, {"object": "list", "data": [
                {"id": "stub", "object": "model", "created": 0, "owned_by": "fault-server"}]})
        else:
            self._error(404, "not found", "invalid_request_error")

    def do_POST(self) -> None:
        try:
            self._post()
        except (BrokenPipeError, ConnectionResetError, ConnectionAbortedError, socket.timeout):
            self.close_connection = True  # the client gave up (timeout): nothing to do

    def _post(self) -> None:
        srv = self.srv
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        if not self.path.rstrip("/").endswith("/chat/completions"):
            self._error(404, "not found", "invalid_request_error")
            return
        try:
            req = json.loads(raw or b"{}")
        except ValueError:
            self._error(400, "request body is not JSON", "invalid_request_error")
            return
        messages = req.get("messages") or []
        schema, tool_name, where = self.schema_of(req, messages)
        title = tool_name or (schema or {}).get("title") or "?"
        fault = srv._next_fault(json.dumps(messages), title, self.headers.get("Authorization"))
        with srv._lock:
            srv.max_tokens.append(req.get("max_tokens"))
        srv.sleep(srv.latency)
        name, _, arg = fault.partition(":")

        if name == "429":
            self._error(429, "Rate limit reached (fault server)", "rate_limit_error",
                        {"Retry-After": arg} if arg else None)
            return
        if name == "429ms":
            self._error(429, "Rate limit reached (fault server)", "rate_limit_error", {"retry-after-ms": arg})
            return
        if name in ("500", "502", "503"):
            self._error(int(name), f"injected HTTP {name}", "server_error")
            return
        if name == "401":
            key = (self.headers.get("Authorization") or "").removeprefix("Bearer ")
            shown = key if srv.echo_key_on_401 else (key[:8] + "*" * 8 + key[-4:] if len(key) > 12 else "***")
            self._error(401, f"Incorrect API key provided: {shown}.", "invalid_request_error")
            return
        if name == "400":
            self._error(400, "injected bad request", "invalid_request_error")
            return
        if name == "404":
            self._error(404, f"The model `{req.get('model')}` does not exist", "invalid_request_error")
            return
        if name == "garbage":
            self._send(200, b'{"id": "chatcmpl-garbage", "choices": [{"index": 0, "mess<<<not json')
            return

        if name == "nested":
            self._send(200, b"[" * 100_000 + b"]" * 100_000)
            return
        if name == "notobject":
            self._send(200, b"[1, 2, 3]")
            return

        answer = build_answer(schema, messages) if schema is not None else {}
        finish = "tool_calls" if where == "tools" else "stop"
        payload = json.dumps(answer)
        if name == "schema":
            payload = json.dumps(break_answer(answer))
        elif name == "length":
            payload, finish = payload[: max(1, len(payload) // 2)], "length"
        completion = self._completion(req, payload, where, tool_name, finish)
        if name == "empty":
            completion["choices"] = []
        body = json.dumps(completion).encode()

        if name == "slow":
            srv.sleep(srv.slow_seconds)
            self._send(200, body)
            return
        if name == "trickle":
            self._head(200, len(body))
            self.wfile.flush()
            for i in range(len(body)):  # ends when the client hangs up or the server stops
                if srv._stop.wait(srv.trickle_interval):
                    break
                self.wfile.write(body[i:i + 1])
                self.wfile.flush()
            self.close_connection = True
            return
        if name == "drop":
            self._head(200, len(body))
            self.wfile.write(body[: len(body) // 2])
            self.wfile.flush()
            self.close_connection = True
            try:
                self.connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            return
        self._send(200, body)

    @staticmethod
    def schema_of(req: dict, messages: list[dict]) -> tuple[dict | None, str | None, str]:
        tools = req.get("tools") or []
        if tools:
            fn = tools[0].get("function", {})
            return fn.get("parameters") or {}, fn.get("name"), "tools"
        rf = req.get("response_format") or {}
        if rf.get("type") == "json_schema":
            return (rf.get("json_schema") or {}).get("schema") or {}, None, "content"
        return schema_from_system(messages), None, "content"

    @staticmethod
    def _completion(req: dict, payload: str, where: str, tool_name: str | None, finish: str) -> dict:
        if where == "tools":
            message = {"role": "assistant", "content": None, "tool_calls": [
                {"id": "call_0", "type": "function", "function": {"name": tool_name, "arguments": payload}}]}
        else:
            message = {"role": "assistant", "content": payload}
        return {
            "id": "chatcmpl-fault-server",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": req.get("model", "stub"),
            "choices": [{"index": 0, "message": message, "finish_reason": finish, "logprobs": None}],
            "usage": {"prompt_tokens": PROMPT_TOKENS, "completion_tokens": COMPLETION_TOKENS,
                      "total_tokens": PROMPT_TOKENS + COMPLETION_TOKENS},
        }


# -- helpers for tests ------------------------------------------------------------------------

_TOWNS = ("Tarnow", "Riverton", "Kelso", "Brindle", "Ashford", "Morrow", "Dunmore", "Elgin",
          "Fairhaven", "Glenrock", "Hexham", "Ivybridge", "Jarrow")


def make_article(i: int, marker: str = "") -> str:
    """A short, unique, attribution-free article whose every sentence is a groundable claim."""
    town = _TOWNS[i % len(_TOWNS)]
    return (f"Flooding closed {i + 3} schools in {town}{marker} on Monday. "
            f"Crews pumped water out of the main square in {town} overnight. "
            f"The regional council approved {i + 10} new pumps for the district.\n")


def assert_correct(result: Any, text: str) -> None:
    """The answer the server gives, through grounding: every sentence a claim, found exactly."""
    sents = sentences(text)
    assert result.headline == sents[0]
    assert result.summary == " ".join(sents[:2])
    assert [c.text for c in result.claims] == sents
    for c in result.claims:
        assert c.evidence.match == "exact"
        assert text[c.evidence.start:c.evidence.end] == c.evidence.quote == c.text
        assert (c.kind, c.attributed_to, c.certainty) == ("event", "article", "stated")
    assert not result.rejected_claims
    assert not result.warnings


def main(argv: list[str] | None = None) -> None:  # pragma: no cover - manual benchmarks
    import argparse

    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--port", type=int, default=0)
    p.add_argument("--fault-rate", type=float, default=0.0)
    p.add_argument("--faults", default=",".join(RANDOM_FAULTS))
    p.add_argument("--latency", type=float, default=0.0)
    p.add_argument("--slow-seconds", type=float, default=2.0)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--script", default="", help="comma-separated faults for the first requests")
    a = p.parse_args(argv)
    srv = FaultServer(port=a.port, fault_rate=a.fault_rate, faults=a.faults.split(","), latency=a.latency,
                      slow_seconds=a.slow_seconds, seed=a.seed, script=[s for s in a.script.split(",") if s])
    with srv:
        print(f"fault server on {srv.url} (Ctrl-C to stop)", flush=True)
        try:
            while True:
                time.sleep(5)
                print(dict(srv.counts), flush=True)
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":  # pragma: no cover
    main()
