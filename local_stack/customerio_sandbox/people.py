"""The people a sandbox workspace holds, and how Track and App API calls read and change them."""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

IDENTIFIER_KINDS = ("id", "email", "cio_id")
CIO_PREFIX = "cio_"
# Body keys the Track API reads as instructions, never stores as attributes.
RESERVED_KEYS = frozenset({"_update", "_timestamp", "cio_id"})


class InvalidRequest(ValueError):
    """The request can never succeed as sent; the API answers 400."""

    def __init__(self, message: str, field: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.field = field


@dataclass
class Person:
    """One profile. ``timestamps`` holds, per attribute, the Unix time of the value held."""

    cio_id: str
    id: str | None = None
    email: str | None = None
    attributes: dict[str, Any] = field(default_factory=dict)
    timestamps: dict[str, int] = field(default_factory=dict)
    segments: set[int] = field(default_factory=set)

    def identifier(self, kind: str) -> str | None:
        return {"id": self.id, "email": self.email, "cio_id": self.cio_id}[kind]

    def value_of(self, name: str) -> Any:
        """An attribute as a filter sees it: identifiers are attributes too."""
        if name in IDENTIFIER_KINDS:
            return self.identifier(name)
        return self.attributes.get(name)

    def to_json(self) -> dict[str, Any]:
        return {
            "cio_id": self.cio_id,
            "id": self.id,
            "email": self.email,
            "attributes": dict(self.attributes),
            "timestamps": dict(self.timestamps),
            "segments": sorted(self.segments),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Person:
        return cls(
            cio_id=data["cio_id"],
            id=data.get("id"),
            email=data.get("email"),
            attributes=dict(data.get("attributes") or {}),
            timestamps=dict(data.get("timestamps") or {}),
            segments=set(data.get("segments") or ()),
        )


def as_text(value: Any) -> str:
    """The string Customer.io stores for a JSON value (App API attributes are all strings)."""
    if isinstance(value, str):
        return value
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (int, float)):
        return str(value)
    return json.dumps(value, separators=(",", ":"))


def identifier_kind(identifier: str) -> tuple[str, str]:
    """Track v1 path identifiers are typed by shape: ``cio_<x>``, an email, else an ``id``."""
    if identifier.startswith(CIO_PREFIX):
        return "cio_id", identifier[len(CIO_PREFIX):]
    if "@" in identifier:
        return "email", identifier
    return "id", identifier


class PeopleStore:
    """People in creation order, indexed by each identifier. Not thread-safe: callers lock."""

    def __init__(self) -> None:
        self.clear()

    def clear(self) -> None:
        self._people: list[Person] = []
        self._index: dict[str, dict[str, Person]] = {kind: {} for kind in IDENTIFIER_KINDS}

    def all(self) -> list[Person]:
        return list(self._people)

    def find(self, kind: str, value: str) -> Person | None:
        return self._index[kind].get(_key(kind, value))

    def add(self, *, id: str | None, email: str | None, attributes: Mapping[str, Any],
            timestamp: int, segments: Iterable[int] = ()) -> Person:
        """Create a person outright (admin seeding); an identifier already in use is refused."""
        for kind, value in (("id", id), ("email", email)):
            if value is not None and self.find(kind, value) is not None:
                raise InvalidRequest(f"{kind} {value!r} already belongs to a person", kind)
        person = self._create(timestamp)
        identity = {k: v for k, v in (("id", id), ("email", email)) if v is not None}
        self._apply(person, {**attributes, **identity}, timestamp)
        person.segments.update(segments)
        return person

    def identify(self, kind: str, value: str, attributes: Mapping[str, Any], *,
                 update_only: bool, timestamp: int) -> Person | None:
        """Add or update a person the way Track identify does; None when the call changes nothing.

        A path identifier that matches nobody falls back to the ``id``/``email`` in the
        body, and that person then takes the path identifier. An unknown ``cio_id`` is
        dropped, and ``update_only`` (``_update: true``) never creates anyone.
        """
        attributes = {k: v for k, v in attributes.items() if k not in RESERVED_KEYS}
        person = self.find(kind, value)
        if person is None and kind != "cio_id":
            for other in ("id", "email"):
                other_value = attributes.get(other)
                if other != kind and other_value not in (None, ""):
                    person = self.find(other, as_text(other_value))
                    if person is not None:
                        break
        if person is None:
            if kind == "cio_id" or update_only:
                return None
            person = self._create(timestamp)
        if kind != "cio_id":
            attributes[kind] = value
        self._apply(person, attributes, timestamp)
        return person

    def search(self, predicate: Callable[[Person], bool], start: str | None,
               limit: int) -> tuple[list[Person], str]:
        """One page of matches in creation order, and the cursor of the next ("" at the end)."""
        position = decode_cursor(start) if start else 0
        page: list[Person] = []
        for index in range(position, len(self._people)):
            person = self._people[index]
            if not predicate(person):
                continue
            if len(page) == limit:
                return page, encode_cursor(index)
            page.append(person)
        return page, ""

    def _create(self, timestamp: int) -> Person:
        # Shaped like Customer.io's own cio_ids (hex, e.g. a3000001); reset starts over.
        person = Person(cio_id=f"{0xA3000000 + len(self._people) + 1:x}")
        person.timestamps["cio_id"] = timestamp
        self._people.append(person)
        self._index["cio_id"][person.cio_id] = person
        return person

    def _apply(self, person: Person, attributes: Mapping[str, Any], timestamp: int) -> None:
        for name, value in attributes.items():
            held_since = person.timestamps.get(name)
            if held_since is not None and timestamp < held_since:
                continue  # an older change arriving late never overwrites a newer one
            if name in ("id", "email"):
                if not self._reassign(person, name, value):
                    continue
            else:
                person.attributes[name] = value
            person.timestamps[name] = timestamp

    def _reassign(self, person: Person, kind: str, value: Any) -> bool:
        """Give ``person`` a new id or email unless someone else holds it (Attribute Update Failure)."""
        text = as_text(value) or None
        owner = self.find(kind, text) if text is not None else None
        if owner is not None and owner is not person:
            return False
        old = person.identifier(kind)
        if old is not None:
            self._index[kind].pop(_key(kind, old), None)
        setattr(person, kind, text)
        if text is not None:
            self._index[kind][_key(kind, text)] = person
        return True


def _key(kind: str, value: str) -> str:
    # Email identifiers are case-insensitive in Customer.io; id and cio_id are not.
    return value.lower() if kind == "email" else value


def encode_cursor(position: int) -> str:
    return base64.urlsafe_b64encode(f"0:{position}".encode()).decode()


def decode_cursor(cursor: str) -> int:
    try:
        prefix, _, position = base64.urlsafe_b64decode(cursor.encode()).decode().partition(":")
        if prefix != "0" or not position.isdigit():
            raise ValueError(cursor)
        return int(position)
    except (ValueError, binascii.Error, UnicodeError) as exc:
        raise InvalidRequest("start is not a cursor this API returned", "start") from exc


def compile_filter(node: Any) -> Callable[[Person], bool]:
    """Turn an App API audience filter into a predicate, rejecting malformed filters up front."""
    if not isinstance(node, dict) or len(node) != 1:
        raise InvalidRequest(
            "each filter condition must be an object with exactly one of and, or, not, segment, attribute",
            "filter")
    (kind, body), = node.items()
    if kind in ("and", "or"):
        if not isinstance(body, list) or not body:
            raise InvalidRequest(f"{kind} must be a non-empty array of conditions", "filter")
        parts = [compile_filter(item) for item in body]
        combine = all if kind == "and" else any
        return lambda person: combine(part(person) for part in parts)
    if kind == "not":
        inner = compile_filter(body)
        return lambda person: not inner(person)
    if kind == "segment":
        segment_id = body.get("id") if isinstance(body, dict) else None
        if not isinstance(segment_id, int) or isinstance(segment_id, bool):
            raise InvalidRequest("segment needs an integer id", "filter")
        return lambda person: segment_id in person.segments
    if kind == "attribute":
        return _compile_attribute(body)
    raise InvalidRequest(f"unknown filter condition {kind!r}", "filter")


def _compile_attribute(body: Any) -> Callable[[Person], bool]:
    if not isinstance(body, dict) or not isinstance(body.get("field"), str) or not body["field"]:
        raise InvalidRequest("attribute needs a field name", "filter")
    name, operator = body["field"], body.get("operator")
    if operator == "exists":
        return lambda person: person.value_of(name) is not None
    if operator == "eq":
        if "value" not in body or isinstance(body["value"], (dict, list)) or body["value"] is None:
            raise InvalidRequest("attribute eq needs a value", "filter")
        wanted = as_text(body["value"])
        return lambda person: (held := person.value_of(name)) is not None and as_text(held) == wanted
    raise InvalidRequest("attribute operator must be eq or exists", "filter")


def demo_people(phone_attribute: str) -> list[dict[str, Any]]:
    """Profiles for ``make run``: one clean match, a shared number (one profile has no id),
    a number stored in another format (exact matching misses it), and one more."""
    return [
        {"id": "demo-ada", "email": "ada@example.com",
         "attributes": {phone_attribute: "+15555550100", "first_name": "Ada"}},
        {"id": "demo-grace", "email": "grace@example.com",
         "attributes": {phone_attribute: "+15555550101", "first_name": "Grace"}},
        {"email": "shared.line@example.com",
         "attributes": {phone_attribute: "+15555550101", "first_name": "Sam"}},
        {"id": "demo-alan", "email": "alan@example.com",
         "attributes": {phone_attribute: "555-555-0102", "first_name": "Alan"}},
        {"id": "demo-edsger", "email": "edsger@example.com",
         "attributes": {phone_attribute: "+15555550103", "first_name": "Edsger"}},
    ]
