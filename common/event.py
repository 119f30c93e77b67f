"""The opt-out/opt-in event: the one schema ``ingest`` writes and ``process`` reads.

Wire format: UTF-8 JSON object, published with the phone number as ordering key::

    {"version": 1, "action": "opt_out", "phone": "+15555550100",
     "keyword": "STOP", "message_sid": "SM...", "received_at": 1764279000.25}

``received_at`` is Unix seconds (float) at which Twilio's webhook reached
``ingest`` (Twilio's request carries no time of its own); ``process`` sends it
to Customer.io as ``_timestamp``.
"""

from __future__ import annotations

import enum
import json
import re
from dataclasses import asdict, dataclass

from common.errors import DeadLetterReason, PermanentError

SCHEMA_VERSION = 1

E164 = re.compile(r"^\+[1-9]\d{6,14}$")


class Action(str, enum.Enum):
    OPT_OUT = "opt_out"
    OPT_IN = "opt_in"

    @property
    def unsubscribed(self) -> bool:
        """The value of the unsubscribe attribute this action sets."""
        return self is Action.OPT_OUT


@dataclass(frozen=True)
class OptEvent:
    action: Action
    phone: str
    keyword: str
    message_sid: str
    received_at: float
    version: int = SCHEMA_VERSION

    @property
    def ordering_key(self) -> str:
        return self.phone

    @property
    def timestamp(self) -> int:
        """Customer.io's ``_timestamp``: whole Unix seconds."""
        return int(self.received_at)

    def attributes(self) -> dict[str, str]:
        """Pub/Sub message attributes: lets operators filter without decoding."""
        return {"schema_version": str(self.version), "action": self.action.value}

    def encode(self) -> bytes:
        body = asdict(self)
        body["action"] = self.action.value
        return json.dumps(body, separators=(",", ":"), sort_keys=True).encode()

    @classmethod
    def decode(cls, data: bytes) -> OptEvent:
        """Parse and validate; anything unusable raises a ``PermanentError``."""
        try:
            body = json.loads(data)
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise _malformed(f"not JSON: {exc}") from exc
        if not isinstance(body, dict):
            raise _malformed("not a JSON object")
        version = body.get("version")
        if version != SCHEMA_VERSION:
            raise PermanentError(
                DeadLetterReason.UNSUPPORTED_VERSION, f"schema version {version!r} is not {SCHEMA_VERSION}"
            )
        try:
            event = cls(
                action=Action(body["action"]),
                phone=_typed(body, "phone", str),
                keyword=_typed(body, "keyword", str),
                message_sid=_typed(body, "message_sid", str),
                received_at=float(_typed(body, "received_at", (int, float))),
            )
        except KeyError as exc:
            raise _malformed(f"missing field {exc}") from exc
        except ValueError as exc:
            raise _malformed(str(exc)) from exc
        if not E164.match(event.phone):
            raise _malformed("phone is not an E.164 number")
        if event.received_at <= 0:
            raise _malformed("received_at is not a positive Unix time")
        return event


def _typed(body: dict, name: str, kind: type | tuple[type, ...]):
    value = body[name]
    if not isinstance(value, kind) or isinstance(value, bool):
        raise ValueError(f"field {name!r} has the wrong type")
    return value


def _malformed(detail: str) -> PermanentError:
    return PermanentError(DeadLetterReason.MALFORMED_EVENT, detail)
