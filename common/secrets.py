"""Read a secret from the environment, or from Secret Manager via ``<NAME>_SECRET``.

A secret pasted or piped into a variable or Secret Manager often ends with a
newline that no one sees (``echo token | gcloud secrets create ...``), and a
token with a newline makes every signature or API key fail. One trailing
``\\n`` or ``\\r\\n`` is removed; anything else is kept as stored.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping

from common.errors import ConfigError


def read_secret(env: Mapping[str, str], name: str) -> str:
    """``env[name]`` if set, else the Secret Manager version named by ``env[name + '_SECRET']``."""
    value = read_optional_secret(env, name)
    if value is None:
        raise ConfigError(f"{name} (or {name}_SECRET) is required")
    return value


def read_optional_secret(env: Mapping[str, str], name: str) -> str | None:
    """Like ``read_secret``, but None when neither variable is set."""
    value = strip_one_newline(env.get(name, ""))
    if value:
        return value
    version = env.get(f"{name}_SECRET", "").strip()
    if version:
        value = strip_one_newline(_access(version))
        if not value:
            raise ConfigError(f"secret version {version} named by {name}_SECRET is empty")
        return value
    return None


def strip_one_newline(value: str) -> str:
    if value.endswith("\r\n"):
        return value[:-2]
    if value.endswith("\n"):
        return value[:-1]
    return value


@functools.lru_cache(maxsize=None)
def _access(version: str) -> str:
    # Imported here: only deployments that use *_SECRET pay for the client.
    from google.api_core import exceptions
    from google.cloud import secretmanager

    try:
        response = secretmanager.SecretManagerServiceClient().access_secret_version(name=version)
    except exceptions.GoogleAPICallError as exc:
        raise ConfigError(f"cannot read secret version {version}: {exc.message}") from exc
    try:
        return response.payload.data.decode()
    except UnicodeDecodeError as exc:
        raise ConfigError(f"secret version {version} is not UTF-8 text") from exc
