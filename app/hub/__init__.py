"""The team hub's server side: PostgreSQL schema, admin commands and the HTTP service laptops sync with.

Headless, and imported only by ``linkwell hub ...``: psycopg, Starlette and uvicorn are the ``hub`` extras.
"""
