"""Full Pub/Sub resource names from what an operator types (a short name plus a project, or a path)."""

from __future__ import annotations

from collections.abc import Mapping

from common.pubsub import SUBSCRIPTION_PATH, TOPIC_PATH
from optout.errors import UsageError

PROJECT_VARIABLES = ("GOOGLE_CLOUD_PROJECT", "PUBSUB_PROJECT_ID")


def default_project(env: Mapping[str, str]) -> str | None:
    return next((env[name] for name in PROJECT_VARIABLES if env.get(name)), None)


def subscription_path(name: str | None, project: str | None, flag: str = "--subscription") -> str:
    return _path(name, project, "subscriptions", SUBSCRIPTION_PATH.match, flag)


def topic_path(name: str | None, project: str | None, flag: str = "--topic") -> str:
    return _path(name, project, "topics", TOPIC_PATH.match, flag)


def _path(name: str | None, project: str | None, kind: str, is_full, flag: str) -> str:
    if not name:
        raise UsageError(f"{flag} is required (or its environment variable; see --help)")
    if is_full(name):
        return name
    if "/" in name:
        raise UsageError(f"{flag} must be a short name or projects/PROJECT/{kind}/NAME, not {name!r}")
    if not project:
        raise UsageError(f"{flag} {name!r} is a short name: give --project (or GOOGLE_CLOUD_PROJECT)")
    return f"projects/{project}/{kind}/{name}"
