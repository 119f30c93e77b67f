"""Everything one sandbox remembers, behind one lock."""

from __future__ import annotations

import threading
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, replace
from typing import Any

from .people import InvalidRequest, Person, PeopleStore, demo_people
from .traffic import FaultBook, FaultRule, RequestStats, TokenBucket

SEEDS = ("none", "demo")
# Seeded values count as set at the epoch, so any update a test sends, whatever its
# _timestamp, wins over them (unless the entry gives its own "timestamp").
SEED_TIMESTAMP = 0
REGIONS = ("us", "eu")
ATTRIBUTES_SHAPES = ("wrapped", "plain")


@dataclass(frozen=True)
class SandboxConfig:
    """Fixed for the sandbox's lifetime (reset keeps it)."""

    site_id: str = "sandbox-site"
    track_api_key: str = "sandbox-track-key"
    app_api_key: str = "sandbox-app-key"
    region: str = "us"
    environment_id: int = 1
    phone_attribute: str = "phone"
    # How POST /v1/customers/attributes writes each item: "wrapped" ({"customer": {...}},
    # as Customer.io's reference shows) or "plain" (as live answers have been reported).
    attributes_shape: str = "wrapped"

    def __post_init__(self) -> None:
        if self.region not in REGIONS:
            raise ValueError(f"region must be one of {', '.join(REGIONS)}")
        if self.attributes_shape not in ATTRIBUTES_SHAPES:
            raise ValueError(f"attributes_shape must be one of {', '.join(ATTRIBUTES_SHAPES)}")


@dataclass(frozen=True)
class Limits:
    """Requests per second per API (0 = unlimited); burst defaults to the rate.

    Customer.io documents no Retry-After header on its 429s; the sandbox sends one
    unless ``retry_after_header`` is off, so both client paths can be exercised.
    """

    app_rps: float = 10
    track_rps: float = 100
    app_burst: int | None = None
    track_burst: int | None = None
    retry_after_header: bool = True

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


class SandboxState:
    def __init__(self, config: SandboxConfig, limits: Limits, seed: str = "none") -> None:
        self.config = config
        self.lock = threading.Lock()
        self.people = PeopleStore()
        self.faults = FaultBook()
        self.stats = RequestStats()
        self._initial_limits = limits
        self.limits = limits
        self.buckets = {"app": TokenBucket(limits.app_rps, limits.app_burst),
                        "track": TokenBucket(limits.track_rps, limits.track_burst)}
        self.reset(seed)

    def reset(self, seed: str = "none") -> None:
        """Forget people, faults and counts, and go back to the starting limits."""
        if seed not in SEEDS:
            raise InvalidRequest(f"seed must be one of {', '.join(SEEDS)}", "seed")
        with self.lock:
            self.people.clear()
            self.faults.rules.clear()
            self.stats = RequestStats()
            self._set_limits(self._initial_limits)
        if seed == "demo":
            self.add_people(demo_people(self.config.phone_attribute))

    def add_people(self, people: Iterable[Mapping[str, Any]]) -> list[Person]:
        entries = list(people)
        for entry in entries:
            _check_new_person(entry)
        with self.lock:
            _check_identifiers_free(self.people, entries)
            return [self.people.add(
                id=entry.get("id"), email=entry.get("email"),
                attributes=entry.get("attributes") or {},
                timestamp=entry.get("timestamp", SEED_TIMESTAMP),
                segments=entry.get("segments") or ()) for entry in entries]

    def set_limits(self, changes: Mapping[str, Any]) -> Limits:
        unknown = set(changes) - set(Limits.__dataclass_fields__)
        if unknown:
            raise InvalidRequest(f"unknown limit keys: {', '.join(sorted(unknown))}")
        with self.lock:
            self._set_limits(replace(self.limits, **changes))
            return self.limits

    def _set_limits(self, limits: Limits) -> None:
        for api in ("app", "track"):
            rate, burst = _bucket_setting(limits, api)
            if not _is_number(rate) or rate < 0:
                raise InvalidRequest(f"{api}_rps must be a number >= 0 (0 = unlimited)")
            if burst is not None and (not isinstance(burst, int) or isinstance(burst, bool) or burst < 1):
                raise InvalidRequest(f"{api}_burst must be a positive integer or null")
        if not isinstance(limits.retry_after_header, bool):
            raise InvalidRequest("retry_after_header must be true or false")
        for api in ("app", "track"):
            setting = _bucket_setting(limits, api)
            if limits is self._initial_limits or setting != _bucket_setting(self.limits, api):
                self.buckets[api].configure(*setting)  # a changed or reset bucket starts full
        self.limits = limits

    def take_fault(self, api: str, path: str, endpoint: str = "", body: str = "") -> FaultRule | None:
        with self.lock:
            return self.faults.take(api, path, endpoint, body)

    def take_person_fault(self, api: str, cio_id: str) -> FaultRule | None:
        with self.lock:
            return self.faults.take_person(api, cio_id)

    def take_token(self, api: str) -> float:
        with self.lock:
            return self.buckets[api].try_take()

    def record(self, api: str, endpoint: str, status: int) -> None:
        with self.lock:
            self.stats.record(api, endpoint, status)


def _bucket_setting(limits: Limits, api: str) -> tuple[float, int | None]:
    return getattr(limits, f"{api}_rps"), getattr(limits, f"{api}_burst")


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _check_identifiers_free(people: PeopleStore, entries: list[Mapping[str, Any]]) -> None:
    """Refuse the whole list before adding anyone, so a bad entry leaves no half-done seed."""
    seen: set[tuple[str, str]] = set()
    for entry in entries:
        for kind in ("id", "email"):
            value = entry.get(kind)
            if value is None:
                continue
            key = (kind, value.lower() if kind == "email" else value)
            if key in seen or people.find(kind, value) is not None:
                raise InvalidRequest(f"{kind} {value!r} already belongs to a person", kind)
            seen.add(key)


def _check_new_person(entry: Any) -> None:
    if not isinstance(entry, Mapping):
        raise InvalidRequest("each person is a JSON object", "people")
    for key in ("id", "email"):
        if entry.get(key) is not None and (not isinstance(entry[key], str) or not entry[key]):
            raise InvalidRequest(f"{key} must be a non-empty string", key)
    if entry.get("email") is not None and "@" not in entry["email"]:
        raise InvalidRequest("email must contain @", "email")
    if entry.get("id") is not None and ("@" in entry["id"] or entry["id"].startswith("cio_")):
        raise InvalidRequest("an id must not look like an email or a cio_ identifier", "id")
    if not isinstance(entry.get("attributes") or {}, Mapping):
        raise InvalidRequest("attributes must be an object", "attributes")
    segments = entry.get("segments") or []
    if not isinstance(segments, list) or not all(isinstance(s, int) for s in segments):
        raise InvalidRequest("segments must be a list of integer segment ids", "segments")
    timestamp = entry.get("timestamp")
    if timestamp is not None and (not isinstance(timestamp, int) or isinstance(timestamp, bool)):
        raise InvalidRequest("timestamp must be Unix seconds", "timestamp")
