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

_PHONE = re.compile(r"\+\d{7,15}")


def mask_phone(phone: str) -> str:
    """Keep the country code and prefix and the last four digits: ``+1555***0100``."""
    if len(phone) <= 8:
        return phone[:2] + "***"
    return f"{phone[:5]}***{phone[-4:]}"


def mask_phones_in(text: str) -> str:
    return _PHONE.sub(lambda match: mask_phone(match.group()), text)


class JsonFormatter(logging.Formatter):
    """One JSON object per line: ``severity``, ``message`` and the record's ``fields``."""

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "severity": _LEVEL_TO_SEVERITY.get(record.levelno, "DEFAULT"),
            "message": mask_phones_in(record.getMessage()),
            "logger": record.name,
        }
        entry.update(getattr(record, "fields", {}))
        if record.exc_info:
            entry["exception"] = mask_phones_in(self.formatException(record.exc_info))
        return json.dumps(entry, default=str)


def configure_logging(level: int = logging.INFO) -> None:
    """Send every log record to stdout as JSON; idempotent."""
    root = logging.getLogger()
    if any(isinstance(h.formatter, JsonFormatter) for h in root.handlers):
        return
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(JsonFormatter())
    root.addHandler(handler)
    root.setLevel(level)
