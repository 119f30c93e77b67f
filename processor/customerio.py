"""Customer.io over HTTP: find people by phone (App API), update them (Track API).

One ``requests.Session`` per API, so connections are reused across events.
Transient answers (429, 5xx, timeouts, connection errors) are retried by
urllib3's ``Retry`` with exponential backoff, honouring ``Retry-After``, and
never past the current delivery's time budget (``retry_budget``). What is left
failing is mapped to our two error kinds.
"""

from __future__ import annotations

import contextlib
import contextvars
import logging
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from common.errors import DeadLetterReason, PermanentError, TransientError
from processor.config import ProcessorConfig

log = logging.getLogger(__name__)

TRACK_URLS = {"us": "https://track.customer.io", "eu": "https://track-eu.customer.io"}
APP_URLS = {"us": "https://api.customer.io", "eu": "https://api-eu.customer.io"}
REGION_DISCOVERY_URL = TRACK_URLS["us"]  # answers for either region

SEARCH_PAGE_SIZE = 1000  # the App API's maximum
TIMEOUT_S = (3.05, 10.0)  # (connect, read)
TRANSIENT_STATUSES = frozenset({408, 429, 500, 502, 503, 504})

_deadline: contextvars.ContextVar[float | None] = contextvars.ContextVar("deadline", default=None)


class BudgetedRetry(Retry):
    """urllib3's ``Retry`` that also gives up once the current delivery's budget is spent."""

    def is_exhausted(self) -> bool:
        deadline = _deadline.get()
        return super().is_exhausted() or (deadline is not None and time.monotonic() >= deadline)


def retry_policy() -> Retry:
    return BudgetedRetry(
        total=6,
        backoff_factor=0.5,
        backoff_max=8.0,
        backoff_jitter=0.25,
        retry_after_max=15,
        status_forcelist=TRANSIENT_STATUSES,
        allowed_methods=frozenset({"GET", "PUT", "POST"}),  # search is a read; PUT is idempotent
        respect_retry_after_header=True,
        raise_on_status=False,  # hand back the last answer; _check maps it
    )


@contextlib.contextmanager
def retry_budget(seconds: float) -> Iterator[None]:
    """Bound all retries made inside the block (this thread) to ``seconds`` from now."""
    token = _deadline.set(time.monotonic() + seconds)
    try:
        yield
    finally:
        _deadline.reset(token)


@dataclass(frozen=True)
class Person:
    cio_id: str
    id: str | None = None
    email: str | None = None

    @property
    def identifier(self) -> str:
        """The Track API path identifier: always present, never ambiguous."""
        return f"cio_{self.cio_id}"


@dataclass
class CallCounts:
    """Calls made per endpoint for one event (urllib3's retries of a call not counted)."""

    region: int = 0
    search: int = 0
    update: int = 0


def _session(pool_size: int = 16, **auth) -> requests.Session:
    session = requests.Session()
    adapter = HTTPAdapter(max_retries=retry_policy(), pool_connections=2, pool_maxsize=pool_size)
    session.mount("https://", adapter)
    session.mount("http://", adapter)
    if "basic" in auth:
        session.auth = auth["basic"]
    if "bearer" in auth:
        session.headers["Authorization"] = f"Bearer {auth['bearer']}"
    session.headers["User-Agent"] = "twilio-optout"
    return session


class CustomerIO:
    """Thread-safe: one per process, shared by concurrent deliveries."""

    def __init__(self, config: ProcessorConfig) -> None:
        self._config = config
        self._track = _session(basic=(config.site_id, config.track_api_key))
        self._app = _session(bearer=config.app_api_key)
        self._urls: tuple[str, str] | None = None
        self._urls_lock = threading.Lock()

    # -- endpoints --------------------------------------------------------

    def _base_urls(self) -> tuple[str, str]:
        """(track, app) base URLs: overrides, else the region, asked once per process."""
        if self._urls is None:
            with self._urls_lock:
                if self._urls is None:
                    self._urls = self._resolve_urls()
        return self._urls

    def _resolve_urls(self) -> tuple[str, str]:
        config = self._config
        region = config.region
        if region is None and not (config.track_url and config.app_url):
            region = self._discover_region()
        return (
            config.track_url or TRACK_URLS[region],
            config.app_url or APP_URLS[region],
        )

    def _discover_region(self) -> str:
        base = self._config.track_url or REGION_DISCOVERY_URL
        body = _json(self._send(self._track, "GET", f"{base}/api/v1/accounts/region", "region"), "region")
        region = str(body.get("region", "")).lower()
        if region not in TRACK_URLS:
            raise TransientError(f"region endpoint answered an unknown region {region!r}")
        log.info("discovered Customer.io region", extra={"fields": {"region": region}})
        return region

    # -- calls -------------------------------------------------------------

    def find_people(self, phone: str, counts: CallCounts) -> list[Person]:
        """Every profile whose phone attribute equals ``phone``, across all pages."""
        _, app = self._base_urls()
        query = {"filter": {"and": [{"attribute": {
            "field": self._config.phone_attribute, "operator": "eq", "value": phone,
        }}]}}
        people: list[Person] = []
        start = ""
        while True:
            params = {"limit": SEARCH_PAGE_SIZE, **({"start": start} if start else {})}
            counts.search += 1
            page = _json(self._send(self._app, "POST", f"{app}/v1/customers", "search", params=params, json=query),
                         "search")
            for entry in page.get("identifiers") or []:
                people.append(Person(cio_id=str(entry["cio_id"]), id=entry.get("id") or None,
                                     email=entry.get("email") or None))
            start = page.get("next") or ""
            if not start:
                return people

    def set_attribute(self, person: Person, name: str, value: bool, timestamp: int, counts: CallCounts) -> None:
        """Update one existing person; ``_update`` keeps an unknown identifier from creating one."""
        track, _ = self._base_urls()
        counts.update += 1
        body = {name: value, "_update": True, "_timestamp": timestamp}
        self._send(self._track, "PUT", f"{track}/api/v1/customers/{person.identifier}", "update", json=body)

    def _send(self, session: requests.Session, method: str, url: str, what: str, **kwargs) -> requests.Response:
        try:
            response = session.request(method, url, timeout=TIMEOUT_S, **kwargs)
        except (requests.ConnectionError, requests.Timeout, requests.exceptions.RetryError) as exc:
            raise TransientError(f"Customer.io {what}: {exc.__class__.__name__}") from exc
        return _check(response, what)


def _json(response: requests.Response, what: str) -> dict:
    # A 200 with a body that is not a JSON object is a proxy or outage page: try again later.
    try:
        body = response.json()
    except ValueError as exc:
        raise TransientError(f"Customer.io {what} answered {response.status_code} without JSON") from exc
    if not isinstance(body, dict):
        raise TransientError(f"Customer.io {what} answered JSON that is not an object")
    return body


def _check(response: requests.Response, what: str) -> requests.Response:
    status = response.status_code
    if status < 300:
        return response
    detail = f"Customer.io {what} answered {status}: {response.text[:200]}"
    if status in TRANSIENT_STATUSES or status >= 500:
        raise TransientError(detail)
    if status in (401, 403):
        raise PermanentError(DeadLetterReason.REJECTED_CREDENTIALS, detail)
    if status == 404:
        raise PermanentError(DeadLetterReason.NOT_FOUND, detail)
    raise PermanentError(DeadLetterReason.REJECTED_REQUEST, detail)
