"""Structured logging in the JSON-lines shape Cloud Logging reads from stdout."""

from __future__ import annotations

import json
import logging
import re
import sys

_LEVEL_TO_SEVERITY = {
    logging.DEBUG: "DEBUG",
    logging.INFO: "INFO",
    logging.WARNING: "WARNING",
    logging.ERROR: "ERROR",
    logging.CRITICAL: "CRITICAL",
}

# A number as people write it: "+15555550100", "+1 555 555 0100", "+1 (555) 555-0100",
# and North American national forms with separators ("(555) 555-0100", "555.555.0100").
# Digit runs without "+" or separators (Pub/Sub message IDs, times) are left alone.
_PHONE = re.compile(
    r"\+[\s\-.()]*\d(?:[\s\-.()]{0,3}\d){6,14}(?!\d)"
    r"|(?<!\d)\(?\d{3}\)?[\s\-.]{1,2}\d{3}[\s\-.]\d{4}(?!\d)"
)
_SEPARATORS = re.compile(r"[\s\-.()]")


def mask_phone(phone: str) -> str:
    """Keep the country code and prefix and the last four digits: ``+1555***0100``."""
    if len(phone) <= 8:
        return phone[:2] + "***"
    return f"{phone[:5]}***{phone[-4:]}"


def mask_phones_in(text: str) -> str:
    return _PHONE.sub(lambda match: mask_phone(_SEPARATORS.sub("", match.group())), text)


def mask_everywhere(value: object) -> object:
    """``value`` with the phone numbers in every string masked, however deeply nested."""
    if isinstance(value, str):
        return mask_phones_in(value)
    if isinstance(value, dict):
        return {key: mask_everywhere(item) for key, item in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [mask_everywhere(item) for item in value]
    if isinstance(value, (int, float, bool)) or value is None:
        return value
    return mask_phones_in(str(value))


class JsonFormatter(logging.Formatter):
    """One JSON object per line: ``severity``, ``message`` and the record's ``fields``, numbers masked."""

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "severity": _LEVEL_TO_SEVERITY.get(record.levelno, "DEFAULT"),
            "message": record.getMessage(),
            "logger": record.name,
        }
        fields = getattr(record, "fields", {})
        if isinstance(fields, dict):
            entry.update(fields)
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        # Every field, not only the message: a Customer.io error body or an exception text
        # may carry a number anywhere.
        return json.dumps(mask_everywhere(entry), default=str)


def configure_logging(level: int = logging.INFO) -> None:
    """Send every log record to stdout as JSON; idempotent."""
    root = logging.getLogger()
    if any(isinstance(h.formatter, JsonFormatter) for h in root.handlers):
        return
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(JsonFormatter())
    root.addHandler(handler)
    root.setLevel(level)
