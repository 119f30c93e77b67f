"""The few errors the command line expects, each with the exit status it ends with.

Anything raised as one of these is printed as one line on stderr, without a
traceback; anything else is a bug and keeps its traceback.
"""

from __future__ import annotations

from common.errors import OptOutError


class CliError(OptOutError):
    """An expected failure: the message says what went wrong and what to do."""

    exit_status = 1


class UsageError(CliError):
    """A flag or environment variable is missing or invalid."""

    exit_status = 2


class AccessDenied(CliError):
    """The service refused the credentials (missing, wrong, or lacking a permission)."""

    exit_status = 3


class NotFound(CliError):
    """A named resource (subscription, topic, phone number, Messaging Service) does not exist."""

    exit_status = 4


class Unreachable(CliError):
    """The service could not be reached or did not answer in time."""

    exit_status = 5
