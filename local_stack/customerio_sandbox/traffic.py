"""What happens to a request before the API sees it: injected faults, rate limits, counting."""

from __future__ import annotations

import math
import time
from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, replace
from typing import Any

from .people import InvalidRequest

APIS = ("track", "app")


class TokenBucket:
    """``rate_per_s`` tokens a second up to ``burst``; a rate of 0 means unlimited."""

    def __init__(self, rate_per_s: float, burst: int | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self.configure(rate_per_s, burst)

    def configure(self, rate_per_s: float, burst: int | None = None) -> None:
        if rate_per_s < 0 or (burst is not None and burst < 1):
            raise InvalidRequest("rates must be >= 0 and bursts >= 1")
        self.rate_per_s = float(rate_per_s)
        self.burst = burst if burst is not None else max(1, math.ceil(rate_per_s))
        self._tokens = float(self.burst)
        self._updated = self._clock()

    def try_take(self) -> float:
        """Take a token and return 0, or return the seconds until one is free (taking nothing)."""
        if self.rate_per_s == 0:
            return 0.0
        now = self._clock()
        self._tokens = min(self.burst, self._tokens + (now - self._updated) * self.rate_per_s)
        self._updated = now
        if self._tokens >= 1:
            self._tokens -= 1
            return 0.0
        return (1 - self._tokens) / self.rate_per_s


def retry_after_header(wait_s: float) -> str:
    return str(max(1, math.ceil(wait_s)))


@dataclass(frozen=True)
class FaultRule:
    """Answer the next ``count`` matching requests (every one when None) with ``status``.

    ``delay_s`` sleeps first, to look like a slow or hung service; with ``status`` None
    the request is then served normally. A request matches when every criterion given
    holds: ``path_contains``, ``endpoint`` (the stats name: ``search``, ``attributes``,
    ``batch``, ``update``, ``region``) and ``body_contains`` (a substring of the raw body,
    e.g. one number of an ``or`` search).

    With ``cio_id``, the rule is about one person: a ``PUT`` to ``cio_<cio_id>`` gets
    ``status``, and in a Track v2 batch only that person's item is refused (207 naming
    its ``batch_index``) while the rest are applied.
    """

    api: str
    status: int | None
    count: int | None = 1
    retry_after_s: int | None = None
    delay_s: float = 0.0
    path_contains: str | None = None
    endpoint: str | None = None
    body_contains: str | None = None
    cio_id: str | None = None

    def matches(self, api: str, path: str, endpoint: str = "", body: str = "") -> bool:
        return (self.api == api and self.cio_id is None
                and (self.path_contains is None or self.path_contains in path)
                and (self.endpoint is None or self.endpoint == endpoint)
                and (self.body_contains is None or self.body_contains in body))

    def matches_person(self, api: str, cio_id: str) -> bool:
        return self.api == api and self.cio_id == cio_id

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: Any) -> FaultRule:
        if not isinstance(data, Mapping):
            raise InvalidRequest("a fault rule is a JSON object")
        unknown = set(data) - {f for f in cls.__dataclass_fields__} - {"retry_after"}
        if unknown:
            raise InvalidRequest(f"unknown fault rule keys: {', '.join(sorted(unknown))}")
        api, status = data.get("api"), data.get("status")
        count = data.get("count", 1)
        retry_after_s = data.get("retry_after_s", data.get("retry_after"))
        delay_s = data.get("delay_s") or 0.0
        path_contains = data.get("path_contains")
        endpoint, body_contains, cio_id = data.get("endpoint"), data.get("body_contains"), data.get("cio_id")
        if api not in APIS:
            raise InvalidRequest("api must be track or app")
        if status is None and not delay_s:
            raise InvalidRequest("a rule needs a status, a delay_s, or both")
        if status is not None and (not _is_int(status) or not 100 <= status <= 599):
            raise InvalidRequest("status must be an HTTP status code")
        if count is not None and (not _is_int(count) or count < 1):
            raise InvalidRequest("count must be a positive integer, or null for always")
        if retry_after_s is not None and (not _is_int(retry_after_s) or retry_after_s < 0):
            raise InvalidRequest("retry_after_s must be a whole number of seconds")
        if not isinstance(delay_s, (int, float)) or isinstance(delay_s, bool) or delay_s < 0:
            raise InvalidRequest("delay_s must be a number of seconds")
        for name, value in (("path_contains", path_contains), ("endpoint", endpoint),
                            ("body_contains", body_contains), ("cio_id", cio_id)):
            if value is not None and (not isinstance(value, str) or not value):
                raise InvalidRequest(f"{name} must be a non-empty string")
        if cio_id is not None and status is None:
            raise InvalidRequest("a rule for one cio_id needs a status")
        return cls(api, status, count, retry_after_s, float(delay_s), path_contains, endpoint, body_contains, cio_id)


class FaultBook:
    """Fault rules in the order added; the first match answers and is used up."""

    def __init__(self) -> None:
        self.rules: list[FaultRule] = []

    def take(self, api: str, path: str, endpoint: str = "", body: str = "") -> FaultRule | None:
        """The first rule for this request (used up by one), if any."""
        return self._take(lambda rule: rule.matches(api, path, endpoint, body))

    def take_person(self, api: str, cio_id: str) -> FaultRule | None:
        """The first rule for this one person (used up by one), if any."""
        return self._take(lambda rule: rule.matches_person(api, cio_id))

    def _take(self, matches: Callable[[FaultRule], bool]) -> FaultRule | None:
        for position, rule in enumerate(self.rules):
            if not matches(rule):
                continue
            if rule.count is not None:
                if rule.count == 1:
                    del self.rules[position]
                else:
                    self.rules[position] = replace(rule, count=rule.count - 1)
            return rule
        return None


class RequestStats:
    """Answers counted by API, endpoint and status: ``{"app": {"search": {"200": 3}}}``."""

    def __init__(self) -> None:
        self._counts: dict[str, dict[str, dict[str, int]]] = {
            api: defaultdict(lambda: defaultdict(int)) for api in APIS}

    def record(self, api: str, endpoint: str, status: int) -> None:
        self._counts[api][endpoint][str(status)] += 1

    def snapshot(self) -> dict[str, Any]:
        result: dict[str, Any] = {
            api: {endpoint: dict(statuses) for endpoint, statuses in endpoints.items()}
            for api, endpoints in self._counts.items()}
        totals = {api: sum(sum(s.values()) for s in result[api].values()) for api in APIS}
        result["totals"] = {**totals, "all": sum(totals.values())}
        return result


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)
