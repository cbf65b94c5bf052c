"""Looking after the database key, for the window and the command line alike: change the passphrase,
reveal the recovery key (always in the audit trail), and rotate the key."""

from __future__ import annotations

from collections.abc import Callable

from app.storage import key_care
from app.storage.database import Database

Progress = Callable[[int, int, str], bool]


class Keys:
    def __init__(self, db: Database) -> None:
        self.db = db

    def change_passphrase(self, old: str, new: str) -> None:
        """Re-wraps the key under ``new``; the database itself is not rewritten."""
        key_care.change_passphrase(self.db.path, old, new)

    def recovery_code(self, *, how: str = "showed") -> str:
        """The recovery key, recorded in the audit trail as an export ("showed", "printed")."""
        from app.services.audit import Audit  # here, not above: remember() runs before the ORM is needed
        from app.services.caseload.facade import default_actor

        Audit(self.db).record(actor=default_actor(self.db), action="export", detail=f"{how} the recovery key")
        return key_care.recovery_code(self.db.key)

    def check_passphrase(self, passphrase: str) -> None:
        """Does ``passphrase`` unwrap this database's key (the lock screen)? ``WrongPassphrase`` if not."""
        from app.errors import WrongPassphrase
        from app.storage import keys

        if keys.unwrap(keys.KeyFile.read(keys.key_file_path(self.db.path)), passphrase) != self.db.key:
            raise WrongPassphrase()

    def remember(self) -> None:
        """Keep the key in the OS keyring (when one is usable), so the next start need not ask."""
        from app.storage import keys

        keys.remember(self.db.path, self.db.key)

    def rotate(self, passphrase: str, *, release: Callable[[], None] | None = None,
               progress: Progress | None = None) -> Database:
        """Re-encrypt under a new random key. Returns the database opened with it: ``self.db`` no
        longer opens once this returns."""
        from app.sync import credentials  # the hub token, if it is wrapped under the key about to change

        hub_token = credentials.carry(self.db)
        from app.services.gp_record import mesh  # the MESH mailbox's secrets, likewise

        mesh_secrets = mesh.carry(self.db)
        if progress is not None:
            progress(0, 0, "Re-encrypting the database under a new key…")
        if release is not None:
            release()

        def wrap_under_both(new_key: bytes) -> None:  # a kill from here on loses no sign-in
            if hub_token is not None:
                credentials.store_during_rotation(self.db, *hub_token, new_key)

        rotated = key_care.rotate_key(self.db, passphrase, before_rekey=wrap_under_both)
        if hub_token is not None:
            credentials.store(rotated, *hub_token)  # under the new key alone
        if mesh_secrets is not None:  # a crash before this asks for 'linkwell mesh configure' again
            settings, password, shared_key = mesh_secrets
            mesh.store(rotated, settings, password, shared_key)
        return rotated
