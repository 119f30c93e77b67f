"""Turn Twilio's ``From`` into an E.164 phone number, or tell that it is none."""

from __future__ import annotations

import re

from common.event import E164

# Twilio prefixes the sender with its channel: ``whatsapp:+15551234567``.
_CHANNEL = re.compile(r"\A[a-z][a-z0-9-]*:", re.IGNORECASE | re.ASCII)


def e164_from(sender: str) -> str | None:
    """The E.164 number behind a ``From`` value; None for short codes and alphanumeric senders."""
    number = _CHANNEL.sub("", sender.strip(), count=1).replace(" ", "")
    return number if E164.match(number) else None
