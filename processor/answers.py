"""Reading Customer.io's answers: what each status means, and the JSON shapes we rely on.

Anything unusable in a 2xx answer is an ``UnreadableAnswer``, never a ``KeyError``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

import requests

from common.errors import DeadLetterReason, PermanentError, TransientError
from processor.retry import TRANSIENT_STATUSES


class UnreadableAnswer(TransientError):
    """Customer.io answered 2xx with something this client cannot use (no ``cio_id``, a
    cursor that repeats, not JSON): its fault, so transient; the lookup splits the batch
    on it, as on a 400, so one odd answer holds back as few events as possible."""


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


def people_in(page: dict) -> list[Person]:
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


def profile_in(entry: object) -> Profile:
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


def json_object(response: requests.Response, what: str) -> dict:
    # A 200 with a body that is not a JSON object is a proxy or outage page: try again later.
    try:
        body = response.json()
    except ValueError as exc:
        raise UnreadableAnswer(f"Customer.io {what} answered {response.status_code} without JSON") from exc
    if not isinstance(body, dict):
        raise UnreadableAnswer(f"Customer.io {what} answered JSON that is not an object")
    return body


def check(response: requests.Response, what: str) -> requests.Response:
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
