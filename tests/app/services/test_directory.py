from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.models import Organisation, Service, ServiceTaxonomy, TaxonomyTerm
from app.services.directory.facade import Directory, fts_query
from app.storage.database import Database


@pytest.fixture
def directory(db: Database) -> Directory:
    with db.session() as session:
        walking = TaxonomyTerm(code="walking", name="Walking and exercise")
        craft = TaxonomyTerm(code="arts", name="Arts and crafts")
        org = Organisation(name="Riverside Ramblers")
        session.add_all([walking, craft, org])
        for name, term, description in [
            ("Park Walkers", walking, "A gentle walk round the park"),
            ("Tuesday Tea and Chat", None, "Tea, cake and a chat; we sometimes walk to the café"),
            ("Knit and Natter", craft, "Bring your needles"),
            ("Zoë's Łódź Supper Club", None, "Polish cooking"),
        ]:
            service = Service(name=name, description=description, organisation_id=org.id)
            session.add(service)
            session.flush()
            if term is not None:
                session.add(ServiceTaxonomy(service_id=service.id, term_id=term.id))
    return Directory(db)


def test_name_and_category_rank_above_description(directory: Directory) -> None:
    names = [h.name for h in directory.search("walking")]
    assert names[0] == "Park Walkers"
    assert names[-1] == "Tuesday Tea and Chat"


def test_prefix_and_organisation_and_accents(directory: Directory) -> None:
    assert [h.name for h in directory.search("knit")] == ["Knit and Natter"]
    assert len(directory.search("riverside")) == 4
    assert [h.name for h in directory.search("zoe")] == ["Zoë's Łódź Supper Club"]  # ë folds to e
    assert [h.name for h in directory.search("łodz")] == ["Zoë's Łódź Supper Club"]  # ó folds; Ł has no fold


def test_typo_falls_back_to_fuzzy(directory: Directory) -> None:
    hits = directory.search("knitt nattr")
    assert hits and hits[0].name == "Knit and Natter" and hits[0].match == "fuzzy"


def test_search_index_follows_edits(directory: Directory, db: Database) -> None:
    from sqlmodel import select

    with db.session() as session:
        service = session.exec(select(Service).where(Service.name == "Knit and Natter")).one()
        service.name = "Crochet Circle"
        session.add(service)
    assert directory.search("knit") == [] or directory.search("knit")[0].match == "fuzzy"
    assert [h.name for h in directory.search("crochet")] == ["Crochet Circle"]


def test_fts_query_quotes_every_word() -> None:
    assert fts_query('walk NEAR("x"') == '"walk"* "NEAR"* "x"*'
    assert fts_query("  ;;  ") is None


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=40))
def test_any_typed_text_searches_without_error(directory: Directory, text: str) -> None:
    hits = directory.search(text, limit=5)
    assert len(hits) <= 5
