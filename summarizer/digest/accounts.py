"""Which account each claim of a disputed event gives (issue 15: "who claims what: for each event,
the sources and their versions").

An event is a set of claims linked by agreements and conflicts. Until session 30 each claim was
shown with its own stance only, so an event where a president and his general agree against the
other side's commanders listed the general as "agrees" under a heading of the commanders' claim,
and a reader could not tell with whom. Here claims joined by agreements give one account and the two sides of a
conflict never share one: accounts are numbered 1, 2, ... in the order the event lists its claims.
A claim whose agreements reach both sides of a conflict (its group holds a conflict) is given
account 0, "not told", and so is every claim of an event that is not disputed.

Written by hand: a union-find over a handful of claims, nothing a library does better.
"""

from __future__ import annotations

from typing import Iterable

__all__ = ["accounts"]


def accounts(order: list[int], links: Iterable[tuple[int, int, bool]]) -> dict[int, int]:
    """Account numbers by claim index. `order`: the event's claims as it lists them; `links`: its
    judged pairs as (i, j, agree), agree False for a conflict of any kind."""
    parent = {i: i for i in order}

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    links = list(links)
    for i, j, agree in links:
        if agree:
            parent[find(i)] = find(j)
    mixed = {find(i) for i, j, agree in links if not agree and find(i) == find(j)}
    if not any(not agree and find(i) != find(j) for i, j, agree in links):
        return {i: 0 for i in order}  # no conflict between two told accounts: nothing to number
    number: dict[int, int] = {}
    out: dict[int, int] = {}
    for i in order:
        root = find(i)
        if root in mixed:
            out[i] = 0
            continue
        out[i] = number.setdefault(root, len(number) + 1)
    return out
