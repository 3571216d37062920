"""Errors carry typed fields and are recognised by class, not by name (issue 11)."""

from __future__ import annotations

import pytest
from instructor.core import IncompleteOutputException, InstructorRetryException

from summarizer.errors import (BackendError, BackendUnavailable, ContextOverflow, ExtractionError, InputError,
                               TransportError, UsageError)
from summarizer.llm import is_transport
from summarizer.schema import Usage


def test_typed_fields():
    u = Usage(calls=2, prompt_tokens=10)
    assert ExtractionError("bad", usage=u).usage == u
    assert TransportError("down", usage=u, status=503).status == 503
    assert ContextOverflow("big").usage is None and BackendUnavailable("x").status is None
    assert InputError("missing", path="a.txt").path == "a.txt"
    e = UsageError("--systems: unknown", usage="--systems")
    assert e.usage == "--systems" and e.path is None and isinstance(e, InputError)
    assert issubclass(TransportError, BackendError) and ExtractionError("x").exit_code == 5


def test_truncation_is_recognised_by_class_not_by_name():
    class Truncated(IncompleteOutputException):  # a subclass: same meaning, other name
        pass

    class IncompleteOutputExceptionLookalike(Exception):
        pass

    assert is_transport(Truncated())
    assert not is_transport(Truncated(), truncation=False)
    IncompleteOutputExceptionLookalike.__name__ = "IncompleteOutputException"  # a stranger with the name
    assert not is_transport(IncompleteOutputExceptionLookalike())


def test_instructor_retry_wrapper_is_unwrapped_by_class():
    class Wrapper(InstructorRetryException):
        pass

    try:
        try:
            raise IncompleteOutputException()
        except IncompleteOutputException as inner:
            raise Wrapper(n_attempts=1, total_usage=0) from inner
    except Wrapper as outer:
        assert is_transport(outer)


@pytest.mark.parametrize("name", ["EmptyResponse", "GarbageResponse"])
def test_server_faults_are_recognised_by_class(name):
    import summarizer.llm as llm

    assert is_transport(getattr(llm, name)("x"))
    stranger = type(name, (Exception,), {})
    assert not is_transport(stranger("x"))
