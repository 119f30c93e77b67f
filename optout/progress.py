"""Progress bars on stderr (tqdm), shown only when stderr is a terminal and not turned off."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

from tqdm import tqdm

T = TypeVar("T")


def progress(items: Iterable[T] | None = None, *, desc: str, unit: str, enabled: bool = True,
             total: int | None = None) -> tqdm:
    # disable=None: tqdm hides itself when stderr is no terminal (pipes, CI, tests).
    return tqdm(items, desc=desc, unit=unit, total=total, disable=None if enabled else True,
                leave=False, dynamic_ncols=True)
