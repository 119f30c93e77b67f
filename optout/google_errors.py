"""Map the Google client libraries' exceptions onto the command line's own errors."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from google.api_core import exceptions as api_exceptions
from google.auth import exceptions as auth_exceptions

from optout.errors import AccessDenied, CliError, NotFound, Unreachable


@contextlib.contextmanager
def pubsub_errors(what: str) -> Iterator[None]:
    """Re-raise what the Pub/Sub client raises while doing ``what`` as a ``CliError``."""
    try:
        yield
    except api_exceptions.NotFound as exc:
        raise NotFound(f"{what}: not found ({exc.message})") from exc
    except (api_exceptions.PermissionDenied, api_exceptions.Unauthenticated) as exc:
        raise AccessDenied(f"{what}: access denied ({exc.message}); check the credentials "
                           "(gcloud auth application-default login, or GOOGLE_APPLICATION_CREDENTIALS) "
                           "and their Pub/Sub roles") from exc
    except auth_exceptions.DefaultCredentialsError as exc:
        raise AccessDenied(f"{what}: no Google credentials found; run "
                           "`gcloud auth application-default login` or set GOOGLE_APPLICATION_CREDENTIALS "
                           "(or PUBSUB_EMULATOR_HOST for the emulator)") from exc
    except auth_exceptions.GoogleAuthError as exc:
        raise AccessDenied(f"{what}: Google credentials rejected ({exc})") from exc
    except (api_exceptions.ServiceUnavailable, api_exceptions.DeadlineExceeded,
            api_exceptions.RetryError) as exc:
        raise Unreachable(f"{what}: Pub/Sub did not answer ({_message(exc)}); check the network "
                          "or PUBSUB_EMULATOR_HOST") from exc
    except api_exceptions.InvalidArgument as exc:
        raise CliError(f"{what}: rejected as invalid ({exc.message})") from exc
    except api_exceptions.GoogleAPICallError as exc:
        raise CliError(f"{what}: {exc.__class__.__name__}: {exc.message}") from exc


def _message(exc: Exception) -> str:
    return getattr(exc, "message", None) or str(exc) or exc.__class__.__name__
