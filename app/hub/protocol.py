"""What a laptop and the hub agree on, with no dependencies: versions, headers, limits, scopes."""

from __future__ import annotations

import re
from pathlib import Path

SCHEMA_HEADER = "Linkwell-Schema"
MAX_PUSH = 1000  # changes in one push
PULL_PAGE = 500  # changes in one pull page, unless the laptop asks for fewer
# What a navigator receives besides what they captured themselves: the service directory.
DIRECTORY_TABLES = ("organisation", "service", "location", "servicelocation", "schedule", "servicetaxonomy",
                    "taxonomyterm")

_HUB_MIGRATIONS = Path(__file__).with_name("migrations")
_DATA_MIGRATIONS = Path(__file__).parents[1] / "storage" / "migrations" / "versions"


def _highest(folder: Path, pattern: str) -> int:
    return max(int(m.group(1)) for p in folder.glob(pattern) if (m := re.match(r"(\d+)_", p.name)))


def hub_version() -> int:
    """The hub schema version this Linkwell is written for (its highest hub migration)."""
    return _highest(_HUB_MIGRATIONS, "*.sql")


def data_version() -> int:
    """The laptop database schema this Linkwell is written for (its highest Alembic migration)."""
    return _highest(_DATA_MIGRATIONS, "*.py")


def schema_label() -> str:
    """Sent with every push and pull; the hub refuses a laptop whose label differs from its own."""
    return f"hub {hub_version()}; data {data_version()}"


def parse_label(label: str) -> tuple[int, int] | None:
    m = re.fullmatch(r"hub (\d+); data (\d+)", label.strip())
    return (int(m.group(1)), int(m.group(2))) if m else None
