"""One exception root with typed children; each child carries the CLI exit code.

Exit codes (documented in README.md):

    0  success
    1  unexpected internal error (a bug: please report it)
    2  bad input or usage (missing file, directory, empty/blank, binary, undecodable, too large)
    3  backend unavailable or misconfigured (no model file, cannot connect, auth refused)
    4  backend failed after retries (rate limits, 5xx, timeouts, dropped connections)
    5  the model's output stayed invalid after the allowed re-asks
    6  a batch finished but some articles failed (the rest are in the output)
    7  the eval gate failed (a metric fell below evals/thresholds.json)
    8  environment / I/O error (output location unwritable or full; stdout closed;
       cache directory unusable): the message names the path
  130  interrupted (Ctrl-C)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the contract models import pydantic; errors stay import-light
    from .schema import Usage


class SummarizerError(Exception):
    """Root of every error this package raises on purpose."""

    exit_code = 1


class InputError(SummarizerError):
    """The article (or the command line) cannot be used as given; `path` names the file."""

    exit_code = 2

    def __init__(self, message: str = "", *, path: str | None = None):
        super().__init__(message)
        self.path = path


class UsageError(InputError):
    """Bad command-line usage or configuration; `usage` names the option or shows the right form."""

    def __init__(self, message: str = "", *, usage: str | None = None, path: str | None = None):
        super().__init__(message, path=path)
        self.usage = usage


class _CarriesUsage(SummarizerError):
    """An error raised after model calls were paid for: `usage` counts them (tokens, calls).
    `truncated`: the model's output ran into its max_tokens (it looped)."""

    truncated = False

    def __init__(self, message: str = "", *, usage: Usage | None = None, status: int | None = None):
        super().__init__(message)
        self.usage = usage
        self.status = status


class BackendError(_CarriesUsage):
    """The model backend cannot be reached or used; `status` is the HTTP status, if any."""

    exit_code = 3


class BackendUnavailable(BackendError):
    """Bundled model missing, llama-cpp-python not installed, server unreachable, auth refused."""


class TransportError(BackendError):
    """Transport failures (429, 5xx, timeouts, dropped connections) outlasted the retry budget."""

    exit_code = 4


class ContextOverflow(BackendError):
    """A request would not fit the model's context window."""

    exit_code = 4


class ExtractionError(_CarriesUsage):
    """The model kept returning output that breaks the schema after every re-ask."""

    exit_code = 5


class BatchIncomplete(SummarizerError):
    """A batch finished, but some articles failed; the others were processed."""

    exit_code = 6


class EnvIOError(SummarizerError):
    """The machine, not the input, failed us: an output or cache location that cannot be
    written (read-only, full, under a file), a closed stdout. `path` names it. Folders of `-o`
    that do not exist yet are created (outputs.write_atomic), as `mkdir -p` would."""

    exit_code = 8

    def __init__(self, message: str = "", *, path: str | None = None):
        super().__init__(message)
        self.path = path


class EvalGateFailed(SummarizerError):
    """A metric of the system under test fell below evals/thresholds.json."""

    exit_code = 7
