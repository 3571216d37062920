"""The lean HTTP path (summarizer/fastpath.py) against the openai SDK's own path, on 127.0.0.1.

Same request bodies at the server, same headers that matter, same results, same errors; and
instructor's async-validator check, memoized, still refuses a model that declares one.
"""

from __future__ import annotations

import pytest
from pydantic import BaseModel

from benchmarks.stub import BenchServer
from summarizer.errors import BackendUnavailable, TransportError
from summarizer.extract import DraftSummary
from summarizer.llm import OpenAIBackend
from summarizer.load import load_bytes
from summarizer.pipeline import Pipeline
from summarizer.settings import Settings
from tests.fault_server import FaultServer, assert_correct, make_article

KEY = "sk-test-FASTPATH-987654"


def _settings(url: str, tmp_path, **kw) -> Settings:
    values = dict(base_urls=(url,), model="stub", api_key=KEY, timeout=2.0, max_attempts=3,
                  retry_max_seconds=10.0, retry_after_cap=0.5, max_reasks=2, use_cache=False,
                  cache_dir=tmp_path / "cache")
    values.update(kw)
    return Settings.from_env(env={}, **values)


def _run(settings: Settings, sdk_only: bool, articles=range(4)):
    out = []
    with Pipeline(settings) as p:
        client = p.client
        assert isinstance(client, OpenAIBackend)
        for chat in client.chats:
            chat.sdk_only = sdk_only
        for i in articles:
            text = make_article(i)
            r = p.run(load_bytes(text.encode(), f"article-{i}.txt"))
            assert_correct(r, text)
            out.append(r.model_dump(mode="json", exclude={"timing", "elapsed_s"}))
    return out


@pytest.mark.parametrize("mode", ["tools", "json_schema", "json", "md_json"])
def test_lean_path_sends_the_same_bodies_and_gets_the_same_results_as_the_sdk(tmp_path, mode):
    with BenchServer(record=True) as srv:
        s = _settings(srv.url, tmp_path, mode=mode)
        sdk = _run(s, sdk_only=True)
        sdk_bodies = srv.stats(bodies=True)["bodies"]
        srv.reset()
        lean = _run(s, sdk_only=False)
        lean_bodies = srv.stats(bodies=True)["bodies"]
    assert len(sdk_bodies) == len(lean_bodies) > 0
    assert lean_bodies == sdk_bodies
    assert lean == sdk


def test_lean_path_is_the_one_in_use_and_sends_the_key(tmp_path):
    with FaultServer() as srv:
        s = _settings(srv.url, tmp_path)
        with Pipeline(s) as p:
            chats = p.client.chats
            assert chats and not any(c.sdk_only for c in chats)
            assert chats[0].headers["Authorization"] == f"Bearer {KEY}"
            text = make_article(7)
            assert_correct(p.run(load_bytes(text.encode(), "a.txt")), text)
        assert srv.authorizations and set(srv.authorizations) == {f"Bearer {KEY}"}


@pytest.mark.parametrize("script,err", [(["401"], BackendUnavailable), (["500", "500", "500"], TransportError),
                                        (["drop", "drop", "drop"], TransportError)])
def test_lean_path_errors_are_the_sdks(tmp_path, script, err):
    messages = []
    for sdk_only in (True, False):
        with FaultServer(script=script, echo_key_on_401=True) as srv:
            backend = OpenAIBackend(_settings(srv.url, tmp_path, max_attempts=3))
            for c in backend.chats:
                c.sdk_only = sdk_only
            with pytest.raises(err) as e:
                backend.complete(DraftSummary, [{"role": "user", "content": "Text: The bridge reopened."}])
            backend.close()
            assert KEY not in str(e.value)
            messages.append((str(e.value), e.value.usage.retries, getattr(e.value, "status", None)))
    assert messages[0] == messages[1]


def test_memoized_check_still_refuses_async_validators(tmp_path):
    from instructor.v2.validation.async_validators import async_field_validator

    from summarizer.fastpath import memoize_async_validator_check

    memoize_async_validator_check()
    from instructor.v2.validation import async_validators as av

    class Fine(BaseModel):
        x: int

    class Bad(BaseModel):
        x: int

        @async_field_validator("x")
        async def check_x(cls, v):  # noqa: N805
            return v

    for _ in range(2):  # the second time comes from the memo for Fine and not for Bad
        av.reject_async_validators(Fine)
        with pytest.raises(ValueError):
            av.reject_async_validators(Bad)


def test_quote_occurrences_are_what_re_finditer_finds():
    import random
    import re

    from summarizer.ground import _occurrences

    rnd = random.Random(16)
    for _ in range(5000):
        hay = "".join(rnd.choice("ab .é") for _ in range(rnd.randint(0, 40)))
        needle = "".join(rnd.choice("ab .é") for _ in range(rnd.randint(1, 4)))
        assert _occurrences(needle, hay) == [m.start() for m in re.finditer(re.escape(needle), hay)]


def test_a_completion_is_validated_and_a_bent_one_falls_back_to_the_sdks_construct():
    from openai.types.chat import ChatCompletion

    from summarizer.fastpath import completion_from

    good = {"id": "x", "object": "chat.completion", "created": 1, "model": "m",
            "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": "hi"}}],
            "usage": {"prompt_tokens": 3, "completion_tokens": 1, "total_tokens": 4}}
    sdk = []
    c = completion_from(good, lambda: sdk.append(1))
    assert isinstance(c, ChatCompletion) and not sdk
    assert c.choices[0].message.content == "hi" and c.usage.prompt_tokens == 3
    bent = {k: v for k, v in good.items() if k not in ("created", "object")}  # some servers omit these
    bent["choices"] = [{**good["choices"][0], "finish_reason": "eos"}]  # not one of the SDK's literals
    assert completion_from(bent, lambda: "the SDK's") == "the SDK's"
    assert completion_from([1, 2], lambda: "the SDK's") == "the SDK's"


def test_each_thread_has_its_own_clients_and_the_round_robin_is_shared(tmp_path):
    # one connection pool per thread (a shared one cost ~20 % of the client's CPU at 32 in
    # flight); the calls still alternate exactly between the endpoints, whichever thread makes them
    import threading

    with FaultServer() as a, FaultServer() as b:
        backend = OpenAIBackend(_settings(a.url, tmp_path, base_urls=(a.url, b.url)))
        seen, lock = [], threading.Lock()

        def work():
            mine = backend.chats
            assert backend.chats is mine and len(mine) == 2
            with lock:
                seen.append(mine)
            for _ in range(3):
                backend.complete(DraftSummary, [{"role": "user", "content": "Text: The bridge reopened."}])

        threads = [threading.Thread(target=work) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert len({id(c) for cs in seen for c in cs}) == 8  # 4 threads x 2 endpoints
        assert a.requests == b.requests == 6
        first = seen[0][0].client._client
        backend.chats  # a new thread's first call closes the finished threads' clients
        assert first.is_closed
        backend.close()
        assert all(c.client._client.is_closed for cs in seen for c in cs)


def test_a_request_runs_on_the_calling_thread_under_its_total_deadline(tmp_path):
    # the --timeout deadline bounds every socket operation: no thread is started per request
    import threading

    with FaultServer() as srv:
        backend = OpenAIBackend(_settings(srv.url, tmp_path))
        assert all(c.bounded for c in backend.chats)
        started, me = [], threading.current_thread()  # (the server starts its own threads: not counted)
        real = threading.Thread.start
        threading.Thread.start = lambda self: (threading.current_thread() is me and started.append(self.name),
                                               real(self))[1]
        try:
            backend.complete(DraftSummary, [{"role": "user", "content": "Text: The bridge reopened."}])
        finally:
            threading.Thread.start = real
            backend.close()
    assert started == [] and srv.requests == 1


def test_the_cheaper_usage_snapshot_is_an_equal_independent_copy():
    from instructor.v2.core import retry
    from openai.types import CompletionUsage

    from summarizer.fastpath import lighten_instructor

    lighten_instructor()
    assert getattr(retry._usage_snapshot, "_summarizer_fast", False)
    u = CompletionUsage(prompt_tokens=3, completion_tokens=2, total_tokens=5,
                        prompt_tokens_details={"cached_tokens": 1})
    c = retry._usage_snapshot(u)
    assert c == u and c is not u and c.prompt_tokens_details is not u.prompt_tokens_details
    u.prompt_tokens_details.cached_tokens = 9
    u.total_tokens = 7
    assert c.prompt_tokens_details.cached_tokens == 1 and c.total_tokens == 5
    odd = CompletionUsage(prompt_tokens=1, completion_tokens=1, total_tokens=2, extra_list=[1, 2])  # an extra list
    o = retry._usage_snapshot(odd)
    assert o == odd and o.extra_list is not odd.extra_list  # instructor's own deep copy


def test_the_direct_post_sends_what_the_client_would_and_leaves_redirects_and_cookies_to_it():
    # LeanChat._direct skips httpx.Client's per-request merging; the request on the wire must be
    # the one client.post builds, a redirect is followed (by the client's path) and a cookie set
    # by the server is sent back afterwards
    import json as _json
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    import openai

    from summarizer.fastpath import LeanChat

    seen = []
    answer = _json.dumps({"id": "x", "object": "chat.completion", "created": 1, "model": "m", "choices": [
        {"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": "hi"}}]}).encode()

    class H(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self):
            body = self.rfile.read(int(self.headers["Content-Length"]))
            seen.append((self.path, [(k.lower(), v) for k, v in self.headers.items()], body))
            if self.path.startswith("/v1/") and "redirect" in body.decode():
                self.send_response(307)
                self.send_header("Location", self.path.replace("/v1/", "/v2/"))
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            if "cookie" in body.decode():
                self.send_header("Set-Cookie", "lb=node7; Path=/")
            self.send_header("Content-Length", str(len(answer)))
            self.end_headers()
            self.wfile.write(answer)

        def log_message(self, *a):
            pass

    srv = ThreadingHTTPServer(("127.0.0.1", 0), H)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{srv.server_address[1]}/v1"
        kw = {"model": "m", "messages": [{"role": "user", "content": "héllo"}]}
        client_path = LeanChat(openai.OpenAI(base_url=url, api_key="sk-x", max_retries=0, timeout=5))
        client_path._lean = False  # httpx.Client.post, as before
        direct = LeanChat(openai.OpenAI(base_url=url, api_key="sk-x", max_retries=0, timeout=5))
        assert client_path(kw).choices[0].message.content == direct(kw).choices[0].message.content == "hi"
        assert direct._lean  # the direct path was taken
        assert seen[0] == seen[1]  # same path, headers (names, values, order) and body
        seen.clear()
        assert direct({**kw, "user": "redirect"}).choices[0].message.content == "hi"
        # the direct answer was a redirect: the request is sent again through the client, which follows it
        assert [p for p, _, _ in seen] == ["/v1/chat/completions", "/v1/chat/completions", "/v2/chat/completions"]
        seen.clear()
        direct({**kw, "user": "cookie"})
        direct(kw)
        assert ("cookie", "lb=node7") in seen[-1][1]
        direct.client.close()
        client_path.client.close()
    finally:
        srv.shutdown()
        srv.server_close()


def test_a_stalled_answer_ends_as_the_total_deadline_not_a_read_timeout(tmp_path):
    # the server sends its headers only after 3 s; --timeout 1.0 clamps the read to what is left,
    # so the read's timeout is the request's deadline and must be reported as such
    from summarizer.transport import DeadlineExceeded, call_with_deadline

    with FaultServer(script=["slow"], slow_seconds=3.0) as srv:
        backend = OpenAIBackend(_settings(srv.url, tmp_path, timeout=1.0, max_attempts=1))
        chat = backend.chats[0]
        assert chat.bounded
        body = {"model": "stub", "messages": [{"role": "user", "content": "Text: The bridge reopened."}]}
        with pytest.raises(DeadlineExceeded):
            call_with_deadline(lambda: chat.client.chat.completions.create(**body), 1.0, in_thread=False)
        backend.close()
