"""The hub over HTTPS, for real: ``linkwell hub serve --cert --key`` with a throwaway self-signed certificate
(as a PCN without a public certificate would make), a laptop that joins with ``--ca`` trusting it and syncs,
a laptop that does not trust it refused with a sentence, and plain HTTP to another computer refused."""

from __future__ import annotations

import datetime as dt
import ipaddress
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from app.cli import main
from app.errors import InvalidInput
from app.hub import admin
from app.services.caseload.facade import Caseload
from app.sync import credentials, engine
from app.sync.client import HubClient, HubNotReachable, HubUntrusted
from tests.conftest import PASSPHRASE, _open_copy
from tests.hub.conftest import ROOT, Hub, stop
from tests.hub.laptops import new_pcn, rows
from tests.hub.pg_cluster import free_port


def _certificate(folder: Path, name: str) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 and localhost, and its key, as PEM files."""
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(minutes=5)).not_valid_after(now + dt.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1")),
                                                        x509.DNSName("localhost")]), critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(digital_signature=True, key_cert_sign=True, content_commitment=False,
                                         key_encipherment=False, data_encipherment=False, key_agreement=False,
                                         crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
            .sign(key, hashes.SHA256()))
    cert_file, key_file = folder / f"{name}.pem", folder / f"{name}.key"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_file, key_file


@pytest.fixture(scope="module")
def https_hub(hub: Hub, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path, Path]]:
    """The session's hub database served again, over HTTPS: (url, its certificate, another certificate)."""
    folder = tmp_path_factory.mktemp("tls")
    cert, key = _certificate(folder, "pcn-hub")
    stranger, _ = _certificate(folder, "someone-else")
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("LINKWELL_")}
    process = subprocess.Popen([sys.executable, "-m", "app.cli", "hub", "serve", "--dsn", hub.dsn, "--host",
                                "127.0.0.1", "--port", str(port), "--cert", str(cert), "--key", str(key)],
                               cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"https://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"hub serve stopped: {process.stderr.read().decode()}")
            try:
                HubClient(url, timeout=2, cafile=cert).version()
                break
            except HubNotReachable:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)
        yield url, cert, stranger
    finally:
        stop(process)


def test_a_laptop_joins_over_https_trusting_the_pcns_certificate_and_syncs(
        hub: Hub, https_hub: tuple[str, Path, Path], empty_template: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    url, cert, stranger = https_hub
    pcn = new_pcn(hub)
    (tmp_path / "ann").mkdir()
    (tmp_path / "bob").mkdir()
    ann, bob = _open_copy(empty_template, tmp_path / "ann"), _open_copy(empty_template, tmp_path / "bob")
    try:
        # Without the PCN's certificate, or with someone else's, the laptop refuses the hub: nothing is sent,
        # and the code is not spent.
        code = admin.add_user(hub.dsn, pcn, "ann", "link-worker").code
        for ca in (None, stranger):
            with pytest.raises(HubUntrusted) as refused:
                engine.join(ann, url, "ann", code, ca=ca)
            assert "--ca" in str(refused.value)
        assert rows(ann, "SELECT hub_url FROM sync_state") == [(None,)]

        # Through the command line, as a link worker would: joined, and the certificate kept beside the database.
        monkeypatch.setenv("LINKWELL_PASSPHRASE", PASSPHRASE)
        assert main(["sync", "join", url, "--user", "ann", "--code", code, "--ca", str(cert),
                     "--db", str(ann.path)]) == 0
        assert "Joined" in capsys.readouterr().out
        assert credentials.ca_path(ann.path).read_bytes() == cert.read_bytes()
        engine.join(bob, url, "bob", admin.add_user(hub.dsn, pcn, "bob", "link-worker").code, ca=cert)

        Caseload(ann, actor="ann").add_person(given_name="Gwenllïan", family_name="Łódź <&> 🌿")
        assert engine.sync_now(ann).pushed >= 2
        assert engine.sync_now(bob).pulled >= 1
        assert rows(bob, "SELECT given_name, family_name FROM person") == [("Gwenllïan", "Łódź <&> 🌿")]

        # The certificate kept beside the database is the one trusted: another in its place is refused.
        credentials.ca_path(bob.path).write_bytes(stranger.read_bytes())
        with pytest.raises(HubUntrusted):
            engine.sync_now(bob)
    finally:
        ann.close()
        bob.close()


def test_plain_http_to_another_computer_is_refused_with_a_sentence(empty_template: Path, tmp_path: Path) -> None:
    db = _open_copy(empty_template, tmp_path)
    try:
        for url in ("http://hub.example.nhs.uk:8443", "http://10.0.0.5:8443", "ftp://127.0.0.1"):
            with pytest.raises(InvalidInput) as refused:
                engine.join(db, url, "ann", "0000-0000-0000")
            assert "HTTPS" in str(refused.value)
        assert rows(db, "SELECT hub_url FROM sync_state") == [(None,)]
        with pytest.raises(InvalidInput, match="only for a hub reached over HTTPS"):
            engine.join(db, "http://127.0.0.1:1", "ann", "0000-0000-0000", ca=tmp_path / "x.pem")
    finally:
        db.close()
