"""A client for the ``/_sandbox/`` endpoints, for tests and benchmarks (in-thread or subprocess)."""

from __future__ import annotations

import time
from collections.abc import Iterable, Mapping
from typing import Any

import requests

from .people import Person
from .traffic import FaultRule


class SandboxAdmin:
    def __init__(self, url: str, timeout_s: float = 5.0) -> None:
        self.url = url.rstrip("/")
        self.timeout_s = timeout_s
        self._session = requests.Session()

    def healthy(self) -> bool:
        try:
            return self._session.get(f"{self.url}/_sandbox/health", timeout=self.timeout_s).ok
        except requests.ConnectionError:
            return False

    def wait_until_healthy(self, timeout_s: float = 10.0) -> None:
        """Poll the health endpoint until it answers or the deadline passes."""
        deadline = time.monotonic() + timeout_s
        while not self.healthy():
            if time.monotonic() > deadline:
                raise TimeoutError(f"sandbox at {self.url} not healthy after {timeout_s}s")
            time.sleep(0.05)

    def people(self) -> list[Person]:
        return [Person.from_json(p) for p in self._call("GET", "people")["people"]]

    def person(self, cio_id: str) -> Person | None:
        return next((p for p in self.people() if p.cio_id == cio_id), None)

    def add_people(self, people: Iterable[Mapping[str, Any]]) -> list[str]:
        """Each entry: ``{"id"?, "email"?, "attributes"?, "segments"?, "timestamp"?}``; returns cio_ids."""
        return self._call("POST", "people", {"people": list(people)})["cio_ids"]

    def add_person(self, *, id: str | None = None, email: str | None = None,
                   attributes: Mapping[str, Any] | None = None, segments: Iterable[int] = (),
                   timestamp: int | None = None) -> str:
        entry: dict[str, Any] = {"id": id, "email": email, "attributes": dict(attributes or {}),
                                 "segments": list(segments)}
        if timestamp is not None:
            entry["timestamp"] = timestamp
        return self.add_people([entry])[0]

    def reset(self, seed: str = "none") -> None:
        self._call("POST", "reset", {"seed": seed})

    def add_fault(self, api: str, status: int | None, *, count: int | None = 1,
                  retry_after_s: int | None = None, delay_s: float = 0.0,
                  path_contains: str | None = None, endpoint: str | None = None,
                  body_contains: str | None = None, cio_id: str | None = None) -> FaultRule:
        rule = FaultRule(api, status, count, retry_after_s, delay_s, path_contains, endpoint,
                         body_contains, cio_id)
        return FaultRule.from_json(self._call("POST", "faults", rule.to_json())["fault"])

    def faults(self) -> list[FaultRule]:
        return [FaultRule.from_json(rule) for rule in self._call("GET", "faults")["faults"]]

    def clear_faults(self) -> None:
        self._call("DELETE", "faults")

    def stats(self) -> dict[str, Any]:
        return self._call("GET", "stats")

    def limits(self) -> dict[str, Any]:
        return self._call("GET", "limits")

    def set_limits(self, *, app_rps: float | None = None, track_rps: float | None = None,
                   app_burst: int | None = None, track_burst: int | None = None,
                   retry_after_header: bool | None = None) -> dict[str, Any]:
        """Change only the limits given; a rate of 0 switches limiting off for that API."""
        changes = {name: value for name, value in (
            ("app_rps", app_rps), ("track_rps", track_rps), ("app_burst", app_burst),
            ("track_burst", track_burst), ("retry_after_header", retry_after_header),
        ) if value is not None}
        return self._call("POST", "limits", changes)

    def _call(self, method: str, name: str, body: Any = None) -> Any:
        response = self._session.request(method, f"{self.url}/_sandbox/{name}", json=body,
                                         timeout=self.timeout_s)
        if not response.ok:
            raise SandboxAdminError(f"{method} /_sandbox/{name} answered {response.status_code}: {response.text}")
        return response.json()


class SandboxAdminError(RuntimeError):
    """An admin call was refused (bad input) or the sandbox failed."""
