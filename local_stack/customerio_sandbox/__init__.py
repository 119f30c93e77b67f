"""A local stand-in for Customer.io's Track API and App API, served on one port.

Track: ``GET /api/v1/accounts/region``, ``PUT /api/v1/customers/{identifier}``,
``POST /api/v2/batch`` (person identify). App: ``POST /v1/customers`` (and the older
``/v1/api/customers``) search, ``POST /v1/customers/attributes``.

Admin, no auth: ``/_sandbox/health``, ``people`` (GET, POST), ``reset``, ``faults``
(GET, POST, DELETE), ``stats``, ``limits`` (GET, POST); ``SandboxAdmin`` wraps them.
The order of fault rules, credentials and rate limits is described in ``http_app``.
"""

from .admin import SandboxAdmin, SandboxAdminError
from .people import Person
from .server import CustomerIOSandbox
from .state import Limits, SandboxConfig
from .traffic import FaultRule

__all__ = ["CustomerIOSandbox", "FaultRule", "Limits", "Person", "SandboxAdmin",
           "SandboxAdminError", "SandboxConfig"]
