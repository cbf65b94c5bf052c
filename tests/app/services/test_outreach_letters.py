"""A letter to everyone on an outreach list, with "support near you" from the directory: open services with
room, of the kinds chosen, near each person; read back from the PDF with pdftotext."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from app import clock
from app.core import Linkwell
from app.errors import InvalidInput
from tests.app.services.test_outreach import nhs_numbers


def service(core: Linkwell, name: str, kind: str, postcode: str, *, status: str = "active",
            capacity: str = "has capacity") -> str:
    from app.domain.models import Location, Service, ServiceLocation, ServiceTaxonomy, TaxonomyTerm
    from sqlmodel import select

    with core.db.session() as session:
        term = session.exec(select(TaxonomyTerm).where(TaxonomyTerm.code == kind)).first()
        if term is None:
            term = TaxonomyTerm(code=kind, name=kind.title())
            session.add(term)
        made = Service(name=name, status=status, capacity=capacity, phone="01632 960123", area="Riverside")
        place = Location(name=f"{name} hall", address="1 Chapel Street", city="Hollinbrook", postcode=postcode)
        session.add_all([made, place])
        session.flush()
        session.add_all([ServiceLocation(service_id=made.id, location_id=place.id),
                         ServiceTaxonomy(service_id=made.id, term_id=term.id)])
    return str(made.id)


def export(path: Path, numbers: list[str]) -> Path:
    path.write_text(
        "NHS Number,Forename,Surname,Date of Birth,Address,Postcode,Registered Practice\n"
        f"{numbers[0]},Siân,O'Brien & <Co>,01/02/1940,\"2 Heol y Frenhines, Hollinbrook\",HB4 1AA,Riverside\n"
        f"{numbers[1]},Łukasz,Wiśniewski 🌻,03/04/1941,\"9 Stryd Fawr\",HB9 9ZZ,Riverside\n"
        f"{numbers[2]},Dŵr,ap Llŷr,05/06/1942,,,Riverside\n"  # no address: left out
        f"{numbers[3]},Żaneta,Bąk,07/08/1943,\"3 Mill Lane\",HB4 2BB,Riverside\n",  # she died: no letter
        encoding="utf-8")
    return path


def pdftotext(path: Path) -> str:
    return " ".join(subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())


def test_every_letter_names_open_services_with_room_near_the_person(core: Linkwell, tmp_path: Path) -> None:
    near = service(core, "Chatty Café & Tea <HB4>", "befriending", "HB4 5NF")
    service(core, "Full Friends", "befriending", "HB4 6AA", capacity="full")
    service(core, "Closed Club", "befriending", "HB4 7AA", status="temporarily closed")
    service(core, "Far Away Friends", "befriending", "HB7 1AA")
    service(core, "Garden Gang", "gardening", "HB4 8AA")  # a kind not asked for
    with clock.pinned("2026-12-04T09:30:00+00:00"):
        report = core.outreach.import_people(export(tmp_path / "c.csv", nhs_numbers(41)), name="Over 75s alone")
        ids = core.outreach.call_ids(report.cohort_id)
        died = next(r.id for r in core.outreach.call_rows(ids) if r.name == "Żaneta Bąk")
        core.outreach.record(died, "died")
        out = tmp_path / "letters.pdf"
        done = core.outreach.write_letters(report.cohort_id, out, kinds=["befriending"],
                                           note="Flu jabs & 🌻 at Riverside every Saturday.")
    assert (done.letters, done.without_address, done.not_sent) == (2, 1, 1)
    assert done.sentence() == ("Wrote 2 letters in letters.pdf; 1 left out with no address; none to 1 who "
                               "died or moved away.")
    text = pdftotext(out)
    assert text.count("Support near you") >= 4  # a title and a heading in each letter
    assert "Dear Siân" in text and "Dear Łukasz" in text and "Żaneta" not in text and "Dŵr" not in text
    assert "Siân O'Brien & <Co>" in text and "HB4 1AA" in text
    assert "Chatty Café & Tea <HB4>" in text and "01632 960123" in text and "Flu jabs &" in text
    for absent in ("Full Friends", "Closed Club", "Garden Gang"):
        assert absent not in text
    # Łukasz lives where no befriending service meets: the nearest of the kind anywhere is offered instead
    second = text[text.index("Dear Łukasz"):]
    assert "Chatty Café" in second or "Far Away Friends" in second
    first = text[text.index("Dear Siân"):text.index("Dear Łukasz")]
    assert "Far Away Friends" not in first  # Siân has one in her own district
    assert near


@pytest.fixture
def pinned():  # noqa: ANN201
    with clock.pinned("2026-12-04T09:30:00+00:00"):
        yield


def test_large_print_and_one_file_each(core: Linkwell, tmp_path: Path, pinned: None) -> None:
    service(core, "Walk & Talk", "walking", "HB4 5NF")
    report = core.outreach.import_people(export(tmp_path / "c.csv", nhs_numbers(43)), name="Walkers")
    normal = core.outreach.write_letters(report.cohort_id, tmp_path / "normal.pdf", kinds=["walking"])
    assert "4 December 2026" in pdftotext(tmp_path / "normal.pdf")  # the letters' date, from the one clock
    large = core.outreach.write_letters(report.cohort_id, tmp_path / "large.pdf", kinds=["walking"],
                                        large_print=True)
    assert normal.letters == large.letters == 3

    def height_of_dear(path: Path) -> float:
        """The height of the word "Dear" as laid out: the type size, near enough."""
        info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
        assert "595.276 x 841.89 pts (A4)" in info
        boxes = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True,
                               check=True).stdout
        word = next(line for line in boxes.splitlines() if line.strip().endswith(">Dear</word>"))
        y_min = float(word.split('yMin="')[1].split('"')[0])
        y_max = float(word.split('yMax="')[1].split('"')[0])
        return y_max - y_min

    assert height_of_dear(tmp_path / "large.pdf") > 1.3 * height_of_dear(tmp_path / "normal.pdf")
    assert "Walk & Talk" in pdftotext(tmp_path / "large.pdf")
    folder = tmp_path / "each"
    each = core.outreach.write_letters(report.cohort_id, folder, kinds=["walking"], one_file=False)
    files = sorted(folder.glob("*.pdf"))
    assert each.letters == len(files) == 3
    assert all("Walk & Talk" in pdftotext(f) for f in files)


def test_a_list_with_no_addresses_is_a_sentence(core: Linkwell, tmp_path: Path, pinned: None) -> None:
    path = tmp_path / "c.csv"
    path.write_text("Forename,Surname,Telephone Number\nSiân,Evans,07700 900001\n", encoding="utf-8")
    report = core.outreach.import_people(path, name="Phones only")
    with pytest.raises(InvalidInput, match="Nobody on this list has an address"):
        core.outreach.write_letters(report.cohort_id, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()
