"""The window's sync tests run against the real hub: the hub tests' PostgreSQL, hub service and laptops."""

from tests.hub.conftest import hub, pg_cluster  # noqa: F401
from tests.hub.laptops import laptop  # noqa: F401
