"""Named eval suites: `summarize eval --suite NAME`.

Every suite is a function with one signature,

    run(settings, *, sample: int | None, systems: list[str], **options) -> report

where the report has `to_markdown()` and `to_json()`. `sample` keeps a fixed, deterministic
subset (the first N cases by sorted id); `systems` names what to score (see
`summarizer.eval.systems.SYSTEMS`); `options` are suite-specific knobs a suite may ignore
(the gold suite takes `gold_dir` and `method`). Register a suite with one line below.
"""

from __future__ import annotations

import importlib
from typing import Any, Callable, Protocol


class SuiteReport(Protocol):
    def to_markdown(self) -> str: ...

    def to_json(self) -> str: ...


Suite = Callable[..., SuiteReport]


def _lazy(module: str) -> Suite:
    """A suite whose module is imported only when it runs (keeps `--help` fast)."""

    def run(settings: Any, *, sample: int | None, systems: list[str], **options: Any) -> SuiteReport:
        return importlib.import_module(f".{module}", __name__).run(settings, sample=sample, systems=systems,
                                                                    **options)

    run.__name__ = f"{module}.run"
    return run


#: suite name -> run function; one line per suite, its module beside this file, e.g.
#: "attribution": _lazy("attribution"),  (summarizer/eval/suites/attribution.py defines run)
SUITES: dict[str, Suite] = {
    "gold": _lazy("gold"),
    "attribution": _lazy("attribution"),  # PolNeAR: who asserts each claim shown (issue 12)
    "factuality": _lazy("factuality"),  # MEANTIME + UW: hedged and negated events shown as stated
    "verify": _lazy("verify"),
    "digest": _lazy("digest"),
}
