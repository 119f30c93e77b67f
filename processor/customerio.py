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

import logging
import threading
import time
from dataclasses import dataclass

import requests
from requests.adapters import HTTPAdapter

from common.errors import TransientError
from processor.answers import Person, Profile, UnreadableAnswer, check, json_object, people_in, profile_in
from processor.config import ProcessorConfig
from processor.ratelimit import RateLimiter
from processor.retry import deadline, retry_budget, retry_policy

__all__ = ["APP_URLS", "TRACK_URLS", "TIMEOUT_S", "CallCounts", "CustomerIO", "Person", "Profile",
           "UnreadableAnswer", "retry_budget"]

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
# A lookup's search and attributes call may go out together; a larger burst would spend
# the workspace's shared App API allowance, which other instances and tools also draw on.
APP_BURST = 2

@dataclass
class CallCounts:
    """Calls made per endpoint (urllib3's retries of a call not counted)."""

    region: int = 0
    search: int = 0
    attributes: int = 0
    batch: int = 0


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
        response = self._send(self._track, self._track_limiter, "GET", f"{base}/api/v1/accounts/region", "region")
        body = json_object(response, "region")
        region = str(body.get("region", "")).lower()
        if region not in TRACK_URLS:
            raise TransientError(f"region endpoint answered an unknown region {region!r}")
        log.info("discovered Customer.io region", extra={"fields": {"region": region}})
        return region

    def lookup_free_in(self) -> float:
        """Seconds until the App API allowance of this instance would let a lookup's two calls through."""
        return self._app_limiter.free_in(2)

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
            response = self._send(self._app, self._app_limiter, "POST", f"{app}/v1/customers", "search",
                                  params=params, json=query)
            page = json_object(response, "search")
            people.extend(people_in(page))
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
            response = self._send(self._app, self._app_limiter, "POST", f"{app}/v1/customers/attributes",
                                  "attributes", params={"id_type": "cio_id"},
                                  json={"ids": cio_ids[start:start + ATTRIBUTES_MAX_IDS]})
            body = json_object(response, "attributes")
            customers = body.get("customers")
            if not isinstance(customers, list):
                raise UnreadableAnswer("Customer.io attributes answered without a customers array")
            found.extend(profile_in(entry) for entry in customers)
        return found

    # -- Track API ---------------------------------------------------------

    def identify_batch(self, items: list[dict], counts: CallCounts) -> dict[int, str]:
        """One ``POST /api/v2/batch``; the items Customer.io refused (207), by index, with its message.

        A refusal of the whole request raises, like any other call."""
        track, _ = self._base_urls()
        counts.batch += 1
        response = self._send(self._track, self._track_limiter, "POST", f"{track}/api/v2/batch", "batch",
                              json={"batch": items})
        if response.status_code != 207:
            return {}
        errors = json_object(response, "batch").get("errors")
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
        ends = deadline()
        if ends is not None and time.monotonic() >= ends:
            raise TransientError(f"Customer.io {what}: retry budget spent before the request")
        if not limiter.acquire(ends):
            raise TransientError(f"Customer.io {what}: no request slot free within the retry budget")
        try:
            response = session.request(method, url, timeout=TIMEOUT_S, **kwargs)
        except (requests.ConnectionError, requests.Timeout, requests.exceptions.RetryError) as exc:
            raise TransientError(f"Customer.io {what}: {exc.__class__.__name__}") from exc
        return check(response, what)
