"""Less client CPU per call on the HTTP path, same requests and same results.

Where a call's client CPU went (cProfile, BENCHMARKS.md, "The misses"): the openai SDK's
recursive transform of the request body and its per-request option and header building,
and instructor's walk of the response model for async validators, seven times per call.
Both are skipped here; everything the callers see (exceptions, Retry-After, usage, re-asks,
the parsed `ChatCompletion`) comes from the libraries' own code as before. At 32 requests
in flight, one shared connection pool cost ~20 % of the client's CPU (httpcore matches every
waiting request against every connection on each request and each close: ~1,000
`is_idle` checks per request), so each thread has its own clients (`ChatPool`).
"""

from __future__ import annotations

import threading
import weakref
from typing import Any, Callable

from .transport import bound_sockets

_CHECKED: set[type] = set()  # response models instructor's async-validator check passed


def memoize_async_validator_check() -> None:
    """instructor walks the response model for async validators seven times per call, every
    call (`reject_async_validators`, ~17 % of a call's client CPU, BENCHMARKS.md). A class
    that passed once passes again: our response models are built once and never changed.
    The check is wrapped to remember the classes that passed; anything else (generics,
    None, a class that fails) goes through instructor's own check every time, so a model
    with async validators is still refused.
    """
    import sys

    try:
        from instructor.v2.validation import async_validators as av
    except ImportError:  # another instructor release: keep its own behaviour
        return
    original = av.reject_async_validators
    if getattr(original, "_summarizer_memo", False):
        return

    def reject_async_validators(response_model: Any) -> None:
        if isinstance(response_model, type) and response_model in _CHECKED:
            return
        original(response_model)
        if isinstance(response_model, type):
            _CHECKED.add(response_model)

    reject_async_validators._summarizer_memo = True  # type: ignore[attr-defined]
    av.reject_async_validators = reject_async_validators
    patch = sys.modules.get("instructor.v2.core.patch")  # imported the name at its top
    if patch is not None and getattr(patch, "reject_async_validators", None) is original:
        patch.reject_async_validators = reject_async_validators


def lighten_instructor() -> None:
    """Both of instructor's per-call costs below, patched once (idempotent)."""
    memoize_async_validator_check()
    cheaper_usage_snapshots()


def cheaper_usage_snapshots() -> None:
    """instructor deep-copies the running token usage (an openai `CompletionUsage`) twice per
    call (`retry._usage_snapshot`: `model_copy(deep=True)`, a recursive `copy.deepcopy`, ~4 %
    of a call's client CPU at 32 in flight). A model whose values are numbers, strings, None
    or such models again is copied model by model instead: the same independent copy. Any
    other value (a list, a dict, an extra of another kind) takes instructor's own copy."""
    try:
        from instructor.v2.core import retry
    except ImportError:  # another instructor release: keep its own behaviour
        return
    original = retry._usage_snapshot
    if getattr(original, "_summarizer_fast", False):
        return
    from pydantic import BaseModel

    def copied(m: Any) -> Any:
        update = {}
        for k, v in m.__dict__.items():
            if isinstance(v, BaseModel):
                v = copied(v)
                if v is None:
                    return None
                update[k] = v
            elif not isinstance(v, (int, float, str, type(None))):
                return None
        if any(not isinstance(v, (int, float, str, type(None))) for v in (m.__pydantic_extra__ or {}).values()):
            return None
        return m.model_copy(update=update)

    def _usage_snapshot(total_usage: Any) -> Any:
        if isinstance(total_usage, BaseModel):
            fast = copied(total_usage)
            if fast is not None:
                return fast
        return original(total_usage)

    _usage_snapshot._summarizer_fast = True  # type: ignore[attr-defined]
    retry._usage_snapshot = _usage_snapshot


class LeanChat:
    """`client.chat.completions.create(**kw)` for one endpoint, with less client CPU per call.

    What the SDK does per call that our bodies do not need (~40 % of a call's client CPU,
    BENCHMARKS.md): a recursive transform of the body against its TypedDicts (a no-op on
    plain JSON: strings, numbers, the schema instructor built), options models copied and
    merged, and every header rebuilt and validated. Here the headers are built once
    (`default_headers`: the API key, the SDK's user agent and platform headers) and the body
    goes to the SDK's own HTTP client (same connection pool, limits, timeout, proxies) as it
    is. What callers see is unchanged: a non-2xx answer raises the SDK's own status error
    (`_make_status_error_from_response`, so `is_transport`, Retry-After and the 401/404/400
    messages work as before), a timeout `openai.APITimeoutError`, any other transport
    failure `openai.APIConnectionError`, and a 200 becomes a `ChatCompletion`
    (`completion_from`: validated, or the SDK's own lenient `_process_response_data` when
    validation fails). tests/test_fastpath.py checks both
    paths send the same bodies and return the same results.
    """

    def __init__(self, client: Any):
        self.client = client
        self.url = str(client.base_url).rstrip("/") + "/chat/completions"
        # as the SDK's _build_headers: its defaults (user agent, platform, organization,
        # project, custom headers), then the bearer key; values it omits (Omit) left out
        headers = {**client.default_headers, **getattr(client, "auth_headers", {})}
        self.headers = {k: v for k, v in headers.items() if isinstance(v, str)}
        # credentials the SDK fetches or signs per request: keep to its own path
        self.sdk_only = bool(getattr(client, "_workload_identity_auth", None)
                             or getattr(client, "_provider_runtime", None) or "Authorization" not in self.headers)
        #: every socket operation bounded by the calling thread's request deadline, so the
        #: total `--timeout` needs no thread per request (transport.py)
        self.bounded = bound_sockets(client._client)
        self._lean: Any = None  # (URL, transport, merged headers) for `_direct`, False when not usable

    def __call__(self, kw: dict, timeout: float | None = None) -> Any:
        import httpx
        import openai
        from openai.types.chat import ChatCompletion

        if self.sdk_only or kw.get("stream") or any(k.startswith("extra_") or k == "timeout" for k in kw):
            # not what instructor sends us: the SDK's own path
            return self.client.chat.completions.create(**kw, **({} if timeout is None else {"timeout": timeout}))
        try:
            t = self.client.timeout if timeout is None else timeout
            response = self._direct(kw, t)
            if response is None:
                response = self.client._client.post(self.url, json=kw, headers=self.headers, timeout=t)
        except httpx.TimeoutException as e:
            raise openai.APITimeoutError(request=_request_of(e, self.url)) from e
        except httpx.HTTPError as e:
            raise openai.APIConnectionError(request=_request_of(e, self.url)) from e
        if not response.is_success:
            raise self.client._make_status_error_from_response(response)
        if not response.headers.get("content-type", "*").split(";")[0].endswith("json"):
            try:  # as the SDK: a body that is not JSON under another content type comes back as text
                data = response.json()
            except ValueError:
                return response.text
        else:
            data = response.json()  # json.JSONDecodeError: a garbage body, handled by the caller
        return completion_from(data, lambda: self.client._process_response_data(
            data=data, cast_to=ChatCompletion, response=response))

    def _direct(self, kw: dict, timeout: Any) -> Any:
        """The response to `POST url kw` straight from the connection pool, or None when the
        client's own path is needed. What `httpx.Client.post` adds per request and our calls
        do not use (~10 % of a call's client CPU at 32 in flight): merging URL, headers,
        cookies and timeout into a new request, auth and redirect handling, cookie extraction.
        The request is the one it would build (the same merged headers, built once, and the same
        JSON encoder); it is not taken when the client has cookies, auth or event hooks or is
        closed, and a redirect is sent again through the client's path (which follows it)."""
        import httpx

        hc = self.client._client
        if self._lean is None:
            try:
                url = httpx.URL(self.url)
                plain = not hc.auth and not any(hc.event_hooks.values()) and isinstance(hc.follow_redirects, bool)
                headers = httpx.Headers(hc.headers)  # merged as httpx merges a request's headers
                headers.update(self.headers)
                self._lean = (url, hc._transport_for_url(url), headers) if plain else False
            except Exception:  # noqa: BLE001 - another httpx: its own path
                self._lean = False
        if not self._lean or len(hc.cookies) or hc.is_closed:
            return None
        url, transport, headers = self._lean
        request = httpx.Request("POST", url, headers=headers, json=kw,
                                extensions={"timeout": httpx.Timeout(timeout).as_dict()})
        response = transport.handle_request(request)
        response.request = request
        try:
            response.read()
        finally:
            response.close()
        if "set-cookie" in response.headers:
            hc.cookies.extract_cookies(response)
        if response.is_redirect and hc.follow_redirects:
            return None
        return response


def completion_from(data: Any, sdk_parse: Any) -> Any:
    """A 200's JSON as a `ChatCompletion`: validated by pydantic when it is well formed (~6 us;
    the SDK's recursive construct took ~85 us, 6 % of a call's client CPU), else `sdk_parse()`,
    the SDK's own lenient construct, for a server that omits or bends fields."""
    import pydantic
    from openai.types.chat import ChatCompletion

    if isinstance(data, dict):
        try:
            return ChatCompletion.model_validate(data)
        except pydantic.ValidationError:
            pass
    return sdk_parse()


def _request_of(e: Exception, url: str) -> Any:
    import httpx

    try:
        return e.request  # type: ignore[attr-defined]
    except (AttributeError, RuntimeError):  # httpx raises RuntimeError when it has none
        return httpx.Request("POST", url)


class ChatPool:
    """Each thread's own `LeanChat` per endpoint (built on first use, closed with the pool or
    when a later thread finds its thread gone), and one round-robin over the endpoints shared
    by all threads: a call goes to the next endpoint in turn, whichever thread makes it."""

    def __init__(self, make_client: Callable[[Any], Any], urls: tuple):
        self._make = make_client
        self._urls = urls
        self._local = threading.local()
        self._lock = threading.Lock()
        self._turn = 0
        self._owned: list[tuple[Any, list[LeanChat]]] = []  # (weak ref to the thread, its chats)

    def mine(self) -> list[LeanChat]:
        """The calling thread's chats, one per endpoint."""
        chats = getattr(self._local, "chats", None)
        if chats is None:
            chats = self._local.chats = [LeanChat(self._make(u)) for u in self._urls]
            with self._lock:
                live, gone = [], []
                for ref, cs in self._owned:
                    t = ref()  # once: the thread may be collected between two calls
                    (live if t is not None and t.is_alive() else gone).append((ref, cs))
                gone = [cs for _, cs in gone]
                self._owned = live
                self._owned.append((weakref.ref(threading.current_thread()), chats))
            for cs in gone:  # a finished batch's threads: their idle connections
                _close(cs)
        return chats

    def next(self) -> LeanChat:
        chats = self.mine()
        with self._lock:
            i, self._turn = self._turn, (self._turn + 1) % len(chats)
        return chats[i]

    def close(self) -> None:
        with self._lock:
            owned, self._owned = self._owned, []
        for _, cs in owned:
            _close(cs)


def _close(chats: list[LeanChat]) -> None:
    for c in chats:
        c.client.close()
