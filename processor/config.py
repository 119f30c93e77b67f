"""process's settings, read once per instance from the environment (docs/contract.md)."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from common.errors import ConfigError
from common.pubsub import TOPIC_PATH
from common.secrets import read_secret

REGIONS = ("us", "eu")

# Every variable load_config reads; the Terraform test checks the deployment against it.
REQUIRED_ENV = ("CUSTOMERIO_SITE_ID", "DEAD_LETTER_TOPIC")
REQUIRED_SECRETS = ("CUSTOMERIO_TRACK_API_KEY", "CUSTOMERIO_APP_API_KEY")
OPTIONAL_ENV = (
    "CUSTOMERIO_REGION",
    "CUSTOMERIO_TRACK_URL",
    "CUSTOMERIO_APP_URL",
    "PHONE_ATTRIBUTE",
    "UNSUBSCRIBE_ATTRIBUTE",
    "CUSTOMERIO_RETRY_BUDGET_S",
    "CUSTOMERIO_BATCH_SIZE",
    "CUSTOMERIO_BATCH_WINDOW_MS",
    "CUSTOMERIO_APP_RPS",
    "CUSTOMERIO_TRACK_RPS",
    "UNSUBSCRIBE_STAMP_ATTRIBUTE",
)

# Defaults; README ("process") says why these values.
DEFAULT_BATCH_SIZE = 50
DEFAULT_BATCH_WINDOW_MS = 50
DEFAULT_APP_RPS = 10.0
DEFAULT_TRACK_RPS = 100.0
DEFAULT_STAMP_ATTRIBUTE = "twilio_optout_at"
MAX_BATCH_SIZE = 500
MAX_BATCH_WINDOW_MS = 1000


@dataclass(frozen=True)
class ProcessorConfig:
    site_id: str
    track_api_key: str
    app_api_key: str
    region: str | None
    track_url: str | None
    app_url: str | None
    phone_attribute: str
    unsubscribe_attribute: str
    dead_letter_topic: str
    # Upper bound on the time one delivery spends retrying Customer.io; keep it
    # well inside the function timeout so a failure is a clean 5xx, not a kill.
    retry_budget_s: float
    # Numbers looked up together by one App API search, and how long the first of
    # them waits for company.
    batch_size: int = DEFAULT_BATCH_SIZE
    batch_window_s: float = DEFAULT_BATCH_WINDOW_MS / 1000
    # Requests per second this instance allows itself per API (0 = no limit).
    app_rps: float = DEFAULT_APP_RPS
    track_rps: float = DEFAULT_TRACK_RPS
    # Written with every change: the event time this pipeline last applied to the
    # profile, read back to leave stale events alone. Empty: neither written nor checked.
    stamp_attribute: str = DEFAULT_STAMP_ATTRIBUTE


def load_config(env: Mapping[str, str]) -> ProcessorConfig:
    site_id = env.get("CUSTOMERIO_SITE_ID", "")
    if not site_id:
        raise ConfigError("CUSTOMERIO_SITE_ID is required")
    dead_letter_topic = env.get("DEAD_LETTER_TOPIC", "")
    if not TOPIC_PATH.match(dead_letter_topic):
        raise ConfigError("DEAD_LETTER_TOPIC must be projects/PROJECT/topics/TOPIC")
    region = (env.get("CUSTOMERIO_REGION") or "").lower() or None
    if region is not None and region not in REGIONS:
        raise ConfigError(f"CUSTOMERIO_REGION must be one of {', '.join(REGIONS)}")
    retry_budget_s = _number(env, "CUSTOMERIO_RETRY_BUDGET_S", 60, "a number of seconds", low=0)
    batch_size = _number(env, "CUSTOMERIO_BATCH_SIZE", DEFAULT_BATCH_SIZE,
                         f"a whole number from 1 to {MAX_BATCH_SIZE}", low=1, high=MAX_BATCH_SIZE, whole=True)
    window_ms = _number(env, "CUSTOMERIO_BATCH_WINDOW_MS", DEFAULT_BATCH_WINDOW_MS,
                        f"milliseconds from 0 to {MAX_BATCH_WINDOW_MS}", low=0, high=MAX_BATCH_WINDOW_MS)
    app_rps = _number(env, "CUSTOMERIO_APP_RPS", DEFAULT_APP_RPS, "requests per second (0 = no limit)", low=0)
    track_rps = _number(env, "CUSTOMERIO_TRACK_RPS", DEFAULT_TRACK_RPS, "requests per second (0 = no limit)", low=0)
    stamp_attribute = env.get("UNSUBSCRIBE_STAMP_ATTRIBUTE")
    return ProcessorConfig(
        site_id=site_id,
        track_api_key=read_secret(env, "CUSTOMERIO_TRACK_API_KEY"),
        app_api_key=read_secret(env, "CUSTOMERIO_APP_API_KEY"),
        region=region,
        track_url=(env.get("CUSTOMERIO_TRACK_URL") or "").rstrip("/") or None,
        app_url=(env.get("CUSTOMERIO_APP_URL") or "").rstrip("/") or None,
        phone_attribute=env.get("PHONE_ATTRIBUTE") or "phone",
        unsubscribe_attribute=env.get("UNSUBSCRIBE_ATTRIBUTE") or "sms_unsubscribe",
        dead_letter_topic=dead_letter_topic,
        retry_budget_s=retry_budget_s,
        batch_size=int(batch_size),
        batch_window_s=window_ms / 1000,
        app_rps=app_rps,
        track_rps=track_rps,
        stamp_attribute=DEFAULT_STAMP_ATTRIBUTE if stamp_attribute is None else stamp_attribute.strip(),
    )


def _number(env: Mapping[str, str], name: str, default: float, meaning: str, *,
            low: float, high: float = math.inf, whole: bool = False) -> float:
    raw = env.get(name) or ""
    try:
        value = float(raw) if raw.strip() else float(default)
    except ValueError as exc:
        raise ConfigError(f"{name} must be {meaning}") from exc
    if not math.isfinite(value) or not low <= value <= high or (whole and not value.is_integer()):
        raise ConfigError(f"{name} must be {meaning}")
    return value
