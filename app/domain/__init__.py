"""The domain: SQLModel tables (see ``models``), value types and pure rules (``status``, ``nhs_number``).

Importing this package is cheap; import ``app.domain.models`` for the tables.
"""
