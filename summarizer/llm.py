"""LLM clients: the bundled model in process, or any OpenAI-compatible endpoint.

Both go through the same path: a `create(**kwargs)` function that returns an OpenAI
`ChatCompletion`, patched by instructor for the response model. Two loops, counted apart:

* instructor re-asks when the output breaks the schema, feeding the validation error back
  (`Settings.max_reasks`);
* tenacity retries transport failures (429 honouring Retry-After, 5xx, timeouts, dropped
  connections, garbage bodies, truncated output) with exponential backoff and jitter,
  bounded in attempts (`max_attempts`) and total time (`retry_max_seconds`).

Token usage is summed over every attempt of both loops (instructor's completion hook).
"""

from __future__ import annotations

import functools
import json
import logging
import threading
import time
from typing import Any, Callable, Protocol

from pydantic import BaseModel

from .check import bundled_model_path  # noqa: F401 - also imported from here by tests and benchmarks
from .errors import BackendError, BackendUnavailable, ContextOverflow, ExtractionError, TransportError
# EmptyResponse, GarbageResponse and is_transport are also imported from here (tests)
from .failures import (EmptyResponse, GarbageResponse, RetryWait, describe, is_transport, is_truncated, redact,
                       root_error, short)
from .fastpath import ChatPool, lighten_instructor
from .schema import Usage
from .settings import Settings
from .transport import call_with_deadline, check_article_deadline, request_budget, unreachable

log = logging.getLogger("summarizer")


class LLMClient(Protocol):
    def complete(self, response_model: type[BaseModel], messages: list[dict]) -> tuple[BaseModel, Usage]: ...
    def close(self) -> None: ...


# -- the shared instructor path -------------------------------------------------------------


@functools.lru_cache(maxsize=512)
def _prepared(model: type[BaseModel]) -> type[BaseModel]:
    """The model as instructor wraps it, once per model instead of once per call.

    instructor wraps a plain model in a new ResponseSchema subclass on every call, so its
    own schema cache never hits: ~1.5 ms of schema building per call. Given the wrapped
    class, it reuses it. The request it sends is the same (same name, same schema).
    """
    import instructor

    return instructor.response_schema(model)


class InstructorClient:
    """Wraps a `create` function with instructor (re-asks) and tenacity (transport retries)."""

    retry_truncated = True

    def __init__(self, settings: Settings, create: Callable[..., Any], *, extra: dict | None = None):
        import instructor

        lighten_instructor()  # fastpath.py: its per-call model walk once per model, its usage copies cheaper
        self.settings = settings
        self.mode = instructor.Mode[settings.resolved_mode.upper()]  # settings.MODES, validated there
        self._create = create
        self._extra = extra or {}
        self._local = threading.local()
        self.client = instructor.Instructor(client=None, create=instructor.patch(create=create, mode=self.mode),
                                            mode=self.mode)
        self.client.on("completion:response", self._on_response)
        self.client.on("parse:error", self._on_parse_error)

    # per-thread usage accumulators: hooks fire on the calling thread
    def _acc(self) -> Usage:
        return getattr(self._local, "usage", None) or Usage()

    def _on_response(self, response: Any) -> None:
        u = self._acc()
        tok = getattr(response, "usage", None)
        self._local.usage = u.model_copy(update={
            "calls": u.calls + 1,
            "prompt_tokens": u.prompt_tokens + (getattr(tok, "prompt_tokens", 0) or 0),
            "completion_tokens": u.completion_tokens + (getattr(tok, "completion_tokens", 0) or 0),
        })

    def _on_parse_error(self, error: Any, **_: Any) -> None:
        u = self._acc()
        self._local.usage = u.model_copy(update={"reasks": u.reasks + 1})
        log.info("re-ask: output broke the schema (%s)", type(error).__name__)

    def complete(self, response_model: type[BaseModel], messages: list[dict], *,
                 max_tokens: int | None = None) -> tuple[BaseModel, Usage]:  # max_tokens: a lower bound for this call
        from tenacity import Retrying, retry_if_exception, stop_after_attempt, stop_before_delay

        s = self.settings
        self._local.limit = limit = min(max_tokens, s.max_tokens) if max_tokens else s.max_tokens
        self._local.usage = Usage()
        retries = 0
        t0 = time.monotonic()
        try:
            for attempt in Retrying(
                stop=stop_after_attempt(s.max_attempts) | stop_before_delay(s.retry_max_seconds),
                wait=RetryWait(s),
                retry=retry_if_exception(lambda e: is_transport(e, truncation=self.retry_truncated)),
                reraise=True,
                before_sleep=lambda st: log.info(
                    "retry %d after %s (waiting %.1fs)", st.attempt_number,
                    describe(st.outcome.exception()), st.next_action.sleep if st.next_action else 0),
            ):
                with attempt:
                    if attempt.retry_state.attempt_number > 1:
                        retries += 1
                    check_article_deadline()  # TransportError once the article's time is spent
                    value = self.client.create(
                        response_model=_prepared(response_model),
                        messages=messages,
                        max_retries=s.max_reasks,
                        model=s.model,
                        temperature=s.temperature,
                        max_tokens=limit,
                        **self._extra,
                    )
        except Exception as e:
            root = root_error(e)
            usage = self._acc().model_copy(update={"retries": retries})
            raise self._translate(e, root, usage) from None
        usage = self._acc().model_copy(update={"retries": retries})
        log.info("call ok: %d prompt + %d completion tokens, %d re-asks, %d retries, %.1fs",
                 usage.prompt_tokens, usage.completion_tokens, usage.reasks, retries, time.monotonic() - t0)
        return value, usage

    def _translate(self, e: BaseException, root: BaseException, usage: Usage) -> Exception:
        import openai

        if isinstance(root, (ContextOverflow, BackendUnavailable, TransportError)):
            root.usage = usage
            return root
        status = getattr(root, "status_code", None)  # openai.APIStatusError and subclasses
        if isinstance(root, openai.AuthenticationError):
            err: ExtractionError | BackendError = BackendUnavailable("the endpoint refused the API key (HTTP 401); check OPENAI_API_KEY")
        elif isinstance(root, openai.NotFoundError) and not _names_a_model(root, self.settings.model):
            # a 404 that says nothing of a model is a wrong path (--base-url without /v1, a typo):
            # calling it an unknown model sent the user after the wrong setting
            err = BackendUnavailable(f"the endpoint has no chat completions at {_request_url(root)} (HTTP 404); "
                                     "check --base-url (OpenAI-compatible servers usually end in /v1)")
        elif isinstance(root, openai.NotFoundError):
            err = BackendUnavailable(f"the endpoint does not know model {self.settings.model!r} (HTTP 404)")
        elif isinstance(root, openai.BadRequestError):
            err = BackendUnavailable(f"the endpoint rejected the request (HTTP 400): {short(root)}; "
                                     "try another --mode")
        elif is_truncated(root) and not self.retry_truncated:
            err = ExtractionError(f"model output ran past {getattr(self._local, 'limit', self.settings.max_tokens)} tokens (it looped); "
                                  "this part of the article was skipped")
        elif where := unreachable(root):  # refused / no route: exit 3, naming host:port only
            err = BackendUnavailable(f"cannot connect to the model endpoint at {where} (tried {usage.retries + 1} times)")
        elif is_transport(root):
            err = TransportError(f"model endpoint failed after {usage.retries + 1} attempts: {describe(root)}")
        else:
            err = ExtractionError(f"model output broke the schema after {self.settings.max_reasks} re-asks: "
                                  f"{short(root)}")
        err.usage, err.status = usage, status
        err.truncated = is_truncated(root)  # the output ran into max_tokens (it looped) on the last try
        return err

    def close(self) -> None:
        pass


def _names_a_model(error: BaseException, model: str) -> bool:
    """Whether a 404's body speaks of a model (OpenAI: "The model `x` does not exist", code
    model_not_found; Ollama: "model \"x\" not found") rather than of a missing path."""
    body = getattr(error, "body", None)
    text = (json.dumps(body) if body is not None else str(error)).lower()
    return "model" in text or (bool(model) and model.lower() in text)


def _request_url(error: BaseException) -> str:
    from .settings import redact_url

    request = getattr(error, "request", None)
    url = str(getattr(request, "url", "") or "")
    return redact_url(url.split("?", 1)[0]) if url else "the --base-url"


# -- backends ---------------------------------------------------------------------------------


class LocalBackend(InstructorClient):
    """The bundled SmolLM2-135M-Instruct through llama-cpp-python, in process, one call at a time.

    JSON_SCHEMA mode: the schema becomes a llama.cpp grammar, so every answer parses and
    every bound (string length, list length) holds by construction.
    """

    _lock = threading.Lock()
    retry_truncated = False
    #: Repetition control: the first try runs without a repeat penalty so a claim can copy
    #: its quote; if the output loops into max_tokens, one more try with this penalty.
    LOOP_PENALTY = 1.3

    def __init__(self, settings: Settings):
        try:
            import llama_cpp
        except ImportError as e:  # pragma: no cover - depends on the install
            raise BackendUnavailable(f"llama-cpp-python is not installed ({e})") from None
        from .check import no_extra_buffers, preflight, threads_for

        path = bundled_model_path()
        threads = threads_for(settings.threads)
        preflight(path, settings.cache_dir if settings.use_cache else None, threads)
        with no_extra_buffers(llama_cpp):
            self.llama = llama_cpp.Llama(model_path=path, n_ctx=settings.n_ctx, n_threads=threads,
                                         n_threads_batch=threads, seed=settings.seed, verbose=False)
        super().__init__(settings, self._create_local)

    def _create_local(self, **kw: Any):
        rf = kw.pop("response_format", None)
        if rf and rf.get("type") == "json_schema":  # OpenAI's shape → llama-cpp's shape
            rf = {"type": "json_object", "schema": rf["json_schema"]["schema"]}
        kw.pop("model", None)
        kw.pop("tools", None) if self.mode.name != "TOOLS" else None
        messages = kw.pop("messages")
        with self._lock:  # every use of the model under the lock: close() frees it only when it is free
            kw["max_tokens"] = self._check_context(messages, kw.get("max_tokens") or self.settings.max_tokens)
            response = self.llama.create_chat_completion_openai_v1(
                messages=messages, response_format=rf, repeat_penalty=self.settings.repeat_penalty,
                seed=self.settings.seed, **kw)
            if response.choices and response.choices[0].finish_reason == "length":
                log.info("output looped into max_tokens; retrying with repeat_penalty %.2f", self.LOOP_PENALTY)
                first = response.usage
                response = self.llama.create_chat_completion_openai_v1(
                    messages=messages, response_format=rf, repeat_penalty=self.LOOP_PENALTY,
                    seed=self.settings.seed, **kw)
                if first is not None and response.usage is not None:  # both attempts count
                    response.usage.prompt_tokens += first.prompt_tokens
                    response.usage.completion_tokens += first.completion_tokens
                    response.usage.total_tokens += first.total_tokens
        for choice in response.choices:  # the grammar lets raw newlines into strings: escape them
            content = choice.message.content
            if content:
                try:
                    choice.message.content = json.dumps(json.loads(content, strict=False), ensure_ascii=False)
                except ValueError:
                    pass
        return response

    def _check_context(self, messages: list[dict], max_tokens: int) -> int:
        text = "".join(m.get("content") or "" for m in messages)
        n_prompt = len(self.llama.tokenize(text.encode("utf-8"), add_bos=False)) + 16 * len(messages) + 8
        room = self.llama.n_ctx() - n_prompt
        if room < 64:
            raise ContextOverflow(f"prompt of ~{n_prompt} tokens does not fit the model's context of "
                                  f"{self.llama.n_ctx()} tokens; lower the chunk size")
        return min(max_tokens, room)

    def close(self) -> None:
        """Free the model, unless a call is using it: on Ctrl-C the call in flight is abandoned
        (batch.abandoned_on_error) and the process exits; freeing the model under a running
        llama.cpp generation crashed it with SIGSEGV instead of exit 130 and its one line."""
        llama = getattr(self, "llama", None)
        if llama is None or not self._lock.acquire(blocking=False):
            return
        try:
            llama.close()
            self.llama = None
        finally:
            self._lock.release()


class OpenAIBackend(InstructorClient):
    """Any OpenAI-compatible endpoint; several base URLs are used round-robin."""

    def __init__(self, settings: Settings):
        import httpx
        import openai

        if not settings.base_urls and not settings.api_key:
            # the default endpoint answers 401 to every request without a key; offline, each call
            # retried its connection for seconds and the message blamed the network
            raise BackendUnavailable("--model without --base-url uses https://api.openai.com/v1, which needs "
                                     "OPENAI_API_KEY: set it, or give --base-url of an OpenAI-compatible server "
                                     "(without --model the bundled model runs offline)")

        ssl = httpx.create_ssl_context()  # as httpx's default (certifi or SSL_CERT_*), built once, not per thread
        self.pool = ChatPool(lambda u: openai.OpenAI(  # a client per thread per endpoint (fastpath.py)
            base_url=u, api_key=settings.api_key or "sk-no-key", max_retries=0, timeout=settings.timeout,
            http_client=openai.DefaultHttpxClient(verify=ssl)), settings.base_urls or (None,))
        super().__init__(settings, self._create_remote)

    chats = property(lambda self: self.pool.mine(), doc="The calling thread's LeanChats, one per endpoint.")

    def _create_remote(self, **kw: Any):
        import openai

        client = self.pool.next()
        budget = request_budget(self.settings.timeout)  # total, not per read (transport.py)
        try:
            response = call_with_deadline(lambda: client(kw, timeout=budget), budget, in_thread=not client.bounded)
        except json.JSONDecodeError as e:  # a 200 whose body is not JSON: a server fault
            raise GarbageResponse(f"the endpoint returned a body that is not JSON ({e.msg})") from None
        except RecursionError:  # JSON nested past the parser's depth: garbage too
            raise GarbageResponse("the endpoint returned JSON nested too deeply to parse") from None
        except openai.APIStatusError as e:
            redact(e, self.settings.api_key)  # some servers echo the key in their 401 body
            raise
        if not getattr(response, "choices", None):
            self._on_response(response)  # its usage still counts
            raise EmptyResponse("the endpoint returned no choices")
        return response

    def close(self) -> None:
        self.pool.close()


def make_client(settings: Settings) -> LLMClient:
    if settings.backend == "local":
        return LocalBackend(settings)
    return OpenAIBackend(settings)
