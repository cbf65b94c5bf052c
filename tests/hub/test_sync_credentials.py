"""The hub token is never kept in plaintext: in the OS keyring when one is usable, else wrapped under the
database key in ``<database>.hub`` (owner-only), as the database key itself is kept."""

from __future__ import annotations

import stat

import keyring
import pytest
from keyring.backend import KeyringBackend

from app.services.caseload.facade import Caseload
from app.sync import credentials, engine
from tests.hub.conftest import Hub
from tests.hub.laptops import Laptop, new_pcn, rows


class MemoryKeyring(KeyringBackend):
    """A keyring that keeps secrets in memory, as a desktop's Secret Service would keep them for the session."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


def _every_file_beside(db: object) -> list[bytes]:
    return [p.read_bytes() for p in db.path.parent.iterdir() if p.is_file()]


def test_without_a_keyring_the_token_is_wrapped_beside_the_database(hub: Hub, laptop: Laptop) -> None:
    db = laptop(new_pcn(hub), "una")
    device = rows(db, "SELECT device_id FROM sync_state")[0][0]
    token = credentials.fetch(db, device)
    assert rows(db, "SELECT hub_token FROM sync_state") == [(None,)]
    wrapped = credentials.token_path(db.path)
    assert stat.S_IMODE(wrapped.stat().st_mode) == 0o600
    assert not any(token.encode() in data for data in _every_file_beside(db))
    Caseload(db, actor="una").add_person(given_name="Ivy", family_name="Wrapped")
    assert engine.sync_now(db).pushed == 2  # the wrapped token signs in
    wrapped.write_bytes(wrapped.read_bytes().replace(b'"nonce": "', b'"nonce": "AAAA'))  # damaged
    with pytest.raises(credentials.HubTokenMissing) as refused:
        engine.sync_now(db)
    assert "join again" in str(refused.value) and token not in str(refused.value)


def test_with_a_usable_keyring_the_token_lives_there_and_no_file_is_written(
        hub: Hub, laptop: Laptop, monkeypatch: pytest.MonkeyPatch) -> None:
    ring = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(ring)
    try:
        db = laptop(new_pcn(hub), "vic")
        device = rows(db, "SELECT device_id FROM sync_state")[0][0]
        assert list(ring.secrets) == [("linkwell", f"hub-token:{device}")]
        assert not credentials.token_path(db.path).exists()
        token = ring.secrets[("linkwell", f"hub-token:{device}")]
        assert not any(token.encode() in data for data in _every_file_beside(db))
        Caseload(db, actor="vic").add_person(given_name="Wyn", family_name="Keyring")
        assert engine.sync_now(db).pushed == 2
    finally:
        keyring.set_keyring(previous)


def test_a_key_rotation_wraps_the_token_again_under_the_new_key(hub: Hub, laptop: Laptop) -> None:
    from app.services.keys import Keys
    from tests.conftest import PASSPHRASE

    db = laptop(new_pcn(hub), "xan")
    before = credentials.token_path(db.path).read_bytes()
    rotated = Keys(db).rotate(PASSPHRASE)
    try:
        assert rotated.key != db.key and credentials.token_path(db.path).read_bytes() != before
        Caseload(rotated, actor="xan").add_person(given_name="Yann", family_name="Rotated")
        assert engine.sync_now(rotated).pushed == 2  # the token still signs in
    finally:
        rotated.close()
