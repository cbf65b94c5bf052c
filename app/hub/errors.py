"""What the hub's admin commands and service can tell a person, as one sentence each."""

from __future__ import annotations

from app.errors import InvalidInput, LinkwellError, NotFound


class HubError(LinkwellError):
    """The hub cannot do what was asked, as it is."""


class HubUnreachable(HubError):
    exit_code = 3

    def __init__(self) -> None:
        super().__init__("The hub's database cannot be reached: check the --dsn address, user and password.")


class HubNotInitialised(HubError):
    def __init__(self) -> None:
        super().__init__("This hub's database has no Linkwell schema yet: run 'linkwell hub init' first.")


class HubSchemaMismatch(HubError):
    """The hub's database and this Linkwell disagree on the schema version."""


class UnknownPcn(NotFound):
    def __init__(self, name: str) -> None:
        super().__init__(f"The hub has no PCN called {name!r}: add it with 'linkwell hub add-pcn'.")


class UnknownUser(NotFound):
    def __init__(self, user: str, pcn: str) -> None:
        super().__init__(f"PCN {pcn!r} has no user called {user!r}.")


__all__ = ["HubError", "HubNotInitialised", "HubSchemaMismatch", "HubUnreachable", "InvalidInput",
           "UnknownPcn", "UnknownUser"]
