"""Customer.io over HTTP: find people (App API), read their attributes (App API), update them (Track API).

One ``requests.Session`` per API, so connections are reused across events, and
one ``RateLimiter`` per API, so a burst of deliveries queues here instead of
turning into a storm of 429s. Transient answers (429, 5xx, timeouts, connection
errors) are retried by urllib3's ``Retry`` with exponential backoff, honouring
``Retry-After`` (which also holds back every other call to that API). Every
request, first or retried, takes a slot from the limiter and is only sent while
the current retry budget (``retry_budget``) lasts. What is left failing is
mapped to our two error kinds.
"""

from __future__ import annotations

import contextlib
import contextvars
import json
import logging
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field

import requests
from requests.adapters import HTTPAdapter
from urllib3.exceptions import InvalidHeader, MaxRetryError, ResponseError
from urllib3.util.retry import Retry

from common.errors import DeadLetterReason, PermanentError, TransientError
from processor.config import ProcessorConfig
from processor.ratelimit import RateLimiter

log = logging.getLogger(__name__)

TRACK_URLS = {"us": "https://track.customer.io", "eu": "https://track-eu.customer.io"}
APP_URLS = {"us": "https://api.customer.io", "eu": "https://api-eu.customer.io"}
REGION_DISCOVERY_URL = TRACK_URLS["us"]  # answers for either region

SEARCH_PAGE_SIZE = 1000  # the App API's maximum
# A search that is still paging after this many pages is looping, not large: 100,000 profiles.
MAX_SEARCH_PAGES = 100
ATTRIBUTES_MAX_IDS = 100  # the App API's maximum per attributes call
TRACK_BATCH_MAX_BYTES = 450 * 1024  # Customer.io allows 500 KB; keep a margin for the envelope
TRACK_BATCH_MAX_ITEMS = 1000
TIMEOUT_S = (3.05, 10.0)  # (connect, read)
TRANSIENT_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
# A lookup's search and attributes call may go out together; a larger burst would spend
# the workspace's shared App API allowance, which other instances and tools also draw on.
APP_BURST = 2

_deadline: contextvars.ContextVar[float | None] = contextvars.ContextVar("deadline", default=None)


class UnreadableAnswer(TransientError):
    """Customer.io answered 2xx with something this client cannot use (no ``cio_id``, a
    cursor that repeats, not JSON): its fault, so transient; the lookup splits the batch
    on it, as on a 400, so one odd answer holds back as few events as possible."""


def _budget_spent() -> MaxRetryError:
    # requests turns this into RetryError, which _send maps to TransientError.
    return MaxRetryError(None, "", ResponseError("retry budget spent"))  # type: ignore[arg-type]


class BudgetedRetry(Retry):
    """urllib3's ``Retry`` that gives up once the delivery's budget is spent, and sends
    each retry through the API's rate limiter."""

    limiter: RateLimiter | None = None

    def new(self, **kw) -> BudgetedRetry:
        retry = super().new(**kw)
        retry.limiter = self.limiter
        return retry

    def is_exhausted(self) -> bool:
        deadline = _deadline.get()
        return super().is_exhausted() or (deadline is not None and time.monotonic() >= deadline)

    def sleep(self, response=None) -> None:
        retry_after = None
        if self.respect_retry_after_header and response is not None:
            try:
                retry_after = self.get_retry_after(response)
            except InvalidHeader:  # an unreadable Retry-After: fall back to our own backoff
                retry_after = None
        wait = retry_after if retry_after is not None else self.get_backoff_time()
        deadline = _deadline.get()
        if deadline is not None and time.monotonic() + wait >= deadline:
            raise _budget_spent()  # the retry could only start after the budget: do not send it
        if retry_after is not None and self.limiter is not None:
            self.limiter.hold(retry_after)
        if wait > 0:
            time.sleep(wait)
        if self.limiter is not None and not self.limiter.acquire(deadline):
            raise _budget_spent()


def retry_policy(limiter: RateLimiter | None = None) -> Retry:
    retry = BudgetedRetry(
        total=6,
        backoff_factor=0.5,
        backoff_max=8.0,
        backoff_jitter=0.25,
        retry_after_max=15,
        status_forcelist=TRANSIENT_STATUSES,
        # search and attributes are reads; PUT and batch identify are idempotent
        allowed_methods=frozenset({"GET", "PUT", "POST"}),
        respect_retry_after_header=True,
        raise_on_status=False,  # hand back the last answer; _check maps it
    )
    retry.limiter = limiter
    return retry


@contextlib.contextmanager
def retry_budget(seconds: float) -> Iterator[None]:
    """Bound all requests made inside the block (this thread) to ``seconds`` from now."""
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


@dataclass(frozen=True)
class Profile:
    """One person's attributes as the App API gives them (every value a string)."""

    cio_id: str
    attributes: dict[str, str] = field(default_factory=dict)
    timestamps: dict[str, int] = field(default_factory=dict)


@dataclass
class CallCounts:
    """Calls made per endpoint (urllib3's retries of a call not counted)."""

    region: int = 0
    search: int = 0
    attributes: int = 0
    update: int = 0
    batch: int = 0

    def app(self) -> int:
        return self.search + self.attributes


def _session(limiter: RateLimiter, pool_size: int = 16, **auth) -> requests.Session:
    session = requests.Session()
    adapter = HTTPAdapter(max_retries=retry_policy(limiter), pool_connections=2, pool_maxsize=pool_size)
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
        self._track_limiter = RateLimiter(config.track_rps)
        self._app_limiter = RateLimiter(config.app_rps, APP_BURST if config.app_rps >= 1 else 1)
        self._track = _session(self._track_limiter, basic=(config.site_id, config.track_api_key))
        self._app = _session(self._app_limiter, bearer=config.app_api_key)
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
        body = _json(self._send(self._track, self._track_limiter, "GET", f"{base}/api/v1/accounts/region",
                                "region"), "region")
        region = str(body.get("region", "")).lower()
        if region not in TRACK_URLS:
            raise TransientError(f"region endpoint answered an unknown region {region!r}")
        log.info("discovered Customer.io region", extra={"fields": {"region": region}})
        return region

    # -- App API -----------------------------------------------------------

    def find_people(self, phone: str, counts: CallCounts) -> list[Person]:
        """Every profile whose phone attribute equals ``phone``, across all pages."""
        return self.find_people_with_any([phone], counts)

    def find_people_with_any(self, phones: list[str], counts: CallCounts) -> list[Person]:
        """Every profile whose phone attribute equals one of ``phones`` (one ``or`` search), all pages."""
        name = self._config.phone_attribute
        query = {"filter": {"or": [{"attribute": {"field": name, "operator": "eq", "value": phone}}
                                   for phone in phones]}}
        _, app = self._base_urls()
        people: list[Person] = []
        start, seen = "", set()
        for _ in range(MAX_SEARCH_PAGES):
            params = {"limit": SEARCH_PAGE_SIZE, **({"start": start} if start else {})}
            counts.search += 1
            page = _json(self._send(self._app, self._app_limiter, "POST", f"{app}/v1/customers", "search",
                                    params=params, json=query), "search")
            people.extend(_people(page))
            start = page.get("next") or ""
            if not isinstance(start, str):
                raise UnreadableAnswer("Customer.io search answered a next cursor that is not a string")
            if not start:
                return people
            if start in seen:
                raise UnreadableAnswer("Customer.io search answered a next cursor it had already given")
            seen.add(start)
        raise UnreadableAnswer(f"Customer.io search still had more after {MAX_SEARCH_PAGES} pages")

    def profiles(self, cio_ids: list[str], counts: CallCounts) -> list[Profile]:
        """Attributes of these people, 100 per call; people Customer.io no longer knows are left out."""
        _, app = self._base_urls()
        found: list[Profile] = []
        for start in range(0, len(cio_ids), ATTRIBUTES_MAX_IDS):
            counts.attributes += 1
            body = _json(self._send(self._app, self._app_limiter, "POST", f"{app}/v1/customers/attributes",
                                    "attributes", params={"id_type": "cio_id"},
                                    json={"ids": cio_ids[start:start + ATTRIBUTES_MAX_IDS]}), "attributes")
            customers = body.get("customers")
            if not isinstance(customers, list):
                raise UnreadableAnswer("Customer.io attributes answered without a customers array")
            found.extend(_profile(entry) for entry in customers)
        return found

    # -- Track API ---------------------------------------------------------

    def set_attribute(self, person: Person, name: str, value: bool, timestamp: int, counts: CallCounts) -> None:
        """Update one existing person; ``_update`` keeps an unknown identifier from creating one."""
        track, _ = self._base_urls()
        counts.update += 1
        body = {name: value, "_update": True, "_timestamp": timestamp}
        self._send(self._track, self._track_limiter, "PUT", f"{track}/api/v1/customers/{person.identifier}",
                   "update", json=body)

    def identify_batch(self, items: list[dict], counts: CallCounts) -> dict[int, str]:
        """One ``POST /api/v2/batch``; the items Customer.io refused (207), by index, with its message.

        A refusal of the whole request raises, like any other call."""
        track, _ = self._base_urls()
        counts.batch += 1
        response = self._send(self._track, self._track_limiter, "POST", f"{track}/api/v2/batch", "batch",
                              json={"batch": items})
        if response.status_code != 207:
            return {}
        errors = _json(response, "batch").get("errors")
        refused: dict[int, str] = {}
        for error in errors if isinstance(errors, list) else []:
            index = error.get("batch_index") if isinstance(error, dict) else None
            if isinstance(index, int) and not isinstance(index, bool) and 0 <= index < len(items):
                refused[index] = f"{error.get('reason') or 'invalid'}: {str(error.get('message') or '')[:200]}"
        if not refused:
            raise UnreadableAnswer("Customer.io batch answered 207 without errors naming an item")
        return refused

    # -- transport ---------------------------------------------------------

    def _send(self, session: requests.Session, limiter: RateLimiter, method: str, url: str, what: str,
              **kwargs) -> requests.Response:
        deadline = _deadline.get()
        if deadline is not None and time.monotonic() >= deadline:
            raise TransientError(f"Customer.io {what}: retry budget spent before the request")
        if not limiter.acquire(deadline):
            raise TransientError(f"Customer.io {what}: no request slot free within the retry budget")
        try:
            response = session.request(method, url, timeout=TIMEOUT_S, **kwargs)
        except (requests.ConnectionError, requests.Timeout, requests.exceptions.RetryError) as exc:
            raise TransientError(f"Customer.io {what}: {exc.__class__.__name__}") from exc
        return _check(response, what)


def _people(page: dict) -> list[Person]:
    entries = page.get("identifiers")
    if entries is None:
        entries = []
    if not isinstance(entries, list):
        raise UnreadableAnswer("Customer.io search answered identifiers that are not an array")
    people = []
    for entry in entries:
        cio_id = entry.get("cio_id") if isinstance(entry, dict) else None
        if isinstance(cio_id, bool) or not isinstance(cio_id, (str, int)) or str(cio_id) == "":
            raise UnreadableAnswer("Customer.io search answered an entry without a cio_id")
        people.append(Person(cio_id=str(cio_id), id=_text(entry.get("id")), email=_text(entry.get("email"))))
    return people


def _profile(entry: object) -> Profile:
    """Read one attributes item, wrapped ``{"customer": {...}}`` (the reference) or plain (seen live)."""
    customer = entry.get("customer", entry) if isinstance(entry, dict) else None
    if not isinstance(customer, dict):
        raise UnreadableAnswer("Customer.io attributes answered an item that is not an object")
    attributes = customer.get("attributes")
    attributes = attributes if isinstance(attributes, dict) else {}
    identifiers = customer.get("identifiers")
    identifiers = identifiers if isinstance(identifiers, dict) else {}
    cio_id = _text(identifiers.get("cio_id")) or _text(attributes.get("cio_id"))
    if cio_id is None:
        raise UnreadableAnswer("Customer.io attributes answered an item without a cio_id")
    timestamps = customer.get("timestamps")
    return Profile(
        cio_id=cio_id,
        attributes={str(k): v if isinstance(v, str) else json.dumps(v) for k, v in attributes.items()},
        timestamps={str(k): int(v) for k, v in (timestamps.items() if isinstance(timestamps, dict) else ())
                    if isinstance(v, (int, float)) and not isinstance(v, bool) and abs(v) < 1e12},
    )


def _text(value: object) -> str | None:
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        return None
    return str(value) or None


def _json(response: requests.Response, what: str) -> dict:
    # A 200 with a body that is not a JSON object is a proxy or outage page: try again later.
    try:
        body = response.json()
    except ValueError as exc:
        raise UnreadableAnswer(f"Customer.io {what} answered {response.status_code} without JSON") from exc
    if not isinstance(body, dict):
        raise UnreadableAnswer(f"Customer.io {what} answered JSON that is not an object")
    return body


def _check(response: requests.Response, what: str) -> requests.Response:
    status = response.status_code
    if status < 300:
        return response
    # The body is Customer.io's error text; it can echo what we sent, so only its length is kept.
    detail = f"Customer.io {what} answered {status}"
    if status in TRANSIENT_STATUSES or status >= 500:
        raise TransientError(detail)
    if status in (401, 403):
        raise PermanentError(DeadLetterReason.REJECTED_CREDENTIALS, detail)
    if status == 404:
        raise PermanentError(DeadLetterReason.NOT_FOUND, detail)
    raise PermanentError(DeadLetterReason.REJECTED_REQUEST, detail)
