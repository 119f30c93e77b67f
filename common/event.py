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
import math
import re
from dataclasses import asdict, dataclass

from common.errors import DeadLetterReason, PermanentError

SCHEMA_VERSION = 1

# ASCII only and anchored with \A...\Z: "$" would accept a trailing newline and "\d" other scripts' digits.
E164 = re.compile(r"\A\+[1-9][0-9]{6,14}\Z", re.ASCII)
MESSAGE_SID = re.compile(r"\A[A-Za-z0-9]{0,64}\Z", re.ASCII)
MAX_KEYWORD_LENGTH = 64
# Unix seconds: after 1970 and before the year 5000; anything else is no time ingest wrote.
MAX_RECEIVED_AT = 95_617_584_000


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
        """Parse and validate; anything unusable raises a ``PermanentError``, nothing else."""
        try:
            body = json.loads(data, parse_constant=_no_constant)
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise _malformed(f"not JSON: {exc.msg if isinstance(exc, json.JSONDecodeError) else exc.reason}") from exc
        except (ValueError, TypeError, RecursionError) as exc:
            # NaN/Infinity, an integer too long to convert, nesting too deep, data that is not bytes.
            raise _malformed(f"not JSON this schema can hold ({exc.__class__.__name__})") from exc
        if not isinstance(body, dict):
            raise _malformed("not a JSON object")
        version = body.get("version")
        if type(version) is not int or version != SCHEMA_VERSION:
            raise PermanentError(
                DeadLetterReason.UNSUPPORTED_VERSION, f"schema version {_short(version)} is not {SCHEMA_VERSION}"
            )
        try:
            action = body["action"]
            if not isinstance(action, str):
                raise ValueError("field 'action' has the wrong type")
            event = cls(
                action=Action(action),
                phone=_typed(body, "phone", str),
                keyword=_typed(body, "keyword", str),
                message_sid=_typed(body, "message_sid", str),
                received_at=_unix_time(_typed(body, "received_at", (int, float))),
            )
        except KeyError as exc:
            raise _malformed(f"missing field {_short(exc.args[0])}") from exc
        except ValueError as exc:
            raise _malformed(str(exc)) from exc
        if not E164.match(event.phone):
            raise _malformed("phone is not an E.164 number")
        if not MESSAGE_SID.match(event.message_sid):
            raise _malformed("message_sid is not a Twilio SID")
        if not 0 < len(event.keyword) <= MAX_KEYWORD_LENGTH or not event.keyword.isprintable():
            raise _malformed("keyword is empty, too long or not printable")
        return event


def _unix_time(value: int | float) -> float:
    # Compared before float(): a 400-digit integer would overflow it.
    if not (isinstance(value, int) or math.isfinite(value)) or not 0 < value < MAX_RECEIVED_AT:
        raise ValueError("received_at is not a Unix time in seconds")
    return float(value)


def _no_constant(name: str):
    raise ValueError(f"{name} is not a number")


def _short(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _typed(body: dict, name: str, kind: type | tuple[type, ...]):
    value = body[name]
    if not isinstance(value, kind) or isinstance(value, bool):
        raise ValueError(f"field {name!r} has the wrong type")
    return value


def _malformed(detail: str) -> PermanentError:
    return PermanentError(DeadLetterReason.MALFORMED_EVENT, detail)
