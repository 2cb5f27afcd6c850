"""The member search (issue 15): exactly the members holding every typed word, those whose name
or card code starts with the typed text first, whichever way the search reaches them (the
trigram index, the name order, or one statement on PostgreSQL); and the index kept in step with
every change to the members."""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import text

from studio_app.container import Services
from studio_app.demo import build_demo
from studio_app.dto.members import MemberInput
from studio_app.exchange.mapping import guess_fields
from studio_app.exchange.preview import ColumnMapping
from studio_app.models.member import search_text_of
from studio_app.steps import member_search
from tests.factories import StudioFactory


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    email: str = ""
    phone: str = ""
    card: str = ""
    archived: bool = False


TRICKY = [
    Person("Łukasz", "Żółć", "lukasz@example.pl", "+48 600 100 200", "PL-0001"),
    Person("ŁUKASZ", "ŻÓŁĆ", "", "600100200"),
    Person("Zoë", "Ångström", "zoe@example.com", "", "zoe-7"),
    Person("ZOË", "Zoe", "ZOE.Z@Example.COM"),
    Person("Anna", "Nowak", "anna.nowak@example.com", "+1 555 010 0012", "100012"),
    Person("Hanna", "Annan", "h@annan.org", "555 1001", "1001"),
    Person("Joanna", "de Vries", "jo@vries.nl", "", "A100"),
    Person("Ann", "O'Brien", "ann@obrien.ie", "(555) 55-55", "a100x", archived=True),
    Person("Anna", "", "anna@solo.com"),
    Person("", "Annabel", "", "", "ann-1"),
    Person("Peter", "Parker", "peter@dailybugle.com", "+1 555 0101", "0042"),
    Person("Mary", "Watson", "mj@example.com", "+1 555 0202"),
    Person("Percy", "100% Fit", "percy@fit_club.com", "", "50_50"),
    Person('Quote"d', "Star*", "and@near.org", "-1", "NEAR(1)"),
    Person("Back\\slash", "AND", "x@y.zz"),
    Person("Émile", "Zola", "emile@zola.fr", "06 12 34 56 78", "ÉZ-1"),
    Person("Þór", "Þórsson", "thor@island.is"),
    Person("Ann", "Anna", "ann.anna@example.com", "", "ANNA-2"),
    Person("Lena", "Lee", "lena@example.com", "", "", archived=True),
]

HOSTILE = ['"', '""', "*", "AND", "NEAR(", "-", 'a"b', "%", "_", "\\", "|", "anna |", "'", "^"]


def _people(count: int, seed: int) -> list[Person]:
    """Members like the demo's, with a few letters beyond ASCII, and some archived."""
    rng = random.Random(seed)
    firsts = ["Anna", "Ann", "Hanna", "Jan", "Zoë", "Łucja", "Nina", "Adam", "Ada", "Emil"]
    lasts = ["Nowak", "Novak", "Annan", "Kim", "Żak", "Berg", "Weber", "Abel", "Smith", "Lee"]
    people = []
    for n in range(count):
        first, last = rng.choice(firsts), rng.choice(lasts)
        people.append(
            Person(
                first,
                last,
                f"{first}.{last}{n}@example.com".lower(),
                f"+1 555 {rng.randint(100, 999)} {n:04d}",
                f"{100000 + n}" if n % 3 else "",
                archived=n % 17 == 5,
            )
        )
    return people


def _add(svc: Services, people: list[Person]) -> dict[int, Person]:
    on_file = {}
    for p in people:
        member = svc.members.create(
            MemberInput(p.first, p.last, email=p.email, phone=p.phone, card_code=p.card)
        ).value
        if p.archived:
            svc.members.set_archived(member, True)
        on_file[member] = p
    return on_file


def _expected(on_file: dict[int, Person], typed: str, archived: bool, limit: int) -> list[int]:
    """The rule in plain Python: every word in the member's search text; those whose name
    (either way round) or card code starts with the typed text first; then by last name,
    first name and id."""
    words = typed.lower().split()
    start = " ".join(words)

    def starts(p: Person) -> bool:
        if not words or "|" in start:
            return False
        parts = [f"{p.first} {p.last}".strip(), f"{p.last} {p.first}", p.card]
        return any(part and part.lower().startswith(start) for part in parts)

    found = [
        (not starts(p), p.last, p.first, member)
        for member, p in on_file.items()
        if (archived or not p.archived)
        and all(w in search_text_of(p.first, p.last, p.email, p.phone, p.card) for w in words)
    ]
    return [member for *_, member in sorted(found)][:limit]


def _queries(on_file: dict[int, Person], seed: int) -> list[str]:
    """Hostile text, and pieces of the members' own details in any case, one to three words."""
    rng = random.Random(seed)
    queries = [*HOSTILE, "", "a", "an", "ann", "anna", "anna n", "ANNA NOWAK", "łukasz", "ŻÓŁĆ"]
    queries += ["zoë", "zoe", "5", "55", "555", "1001", "100012", "example", "@annan", "0101"]
    queries += ["de v", "o'b", "100%", "fit_", "star*", 'quote"d', "near(1", "back\\", "þór"]
    people = list(on_file.values())
    for _ in range(120):
        words = []
        for _ in range(rng.choice((1, 1, 2, 3))):
            p = rng.choice(people)
            haystack = search_text_of(p.first, p.last, p.email, p.phone, p.card)
            size = rng.choice((1, 2, 3, 4, 6))
            at = rng.randrange(max(1, len(haystack) - size))
            piece = haystack[at : at + size].strip() or "a"
            words.append(piece.upper() if rng.random() < 0.3 else piece)
        queries.append(" ".join(words))
    return queries


SHIPPED = (member_search.FEW, member_search.FEW_STARTING, member_search.WALK)


@pytest.mark.parametrize(
    ("few", "few_starting", "walk"),
    [SHIPPED, (1e6, 1e6, 0), (0, 0, 10**6), (0, 0, 0), (0, 1e6, 0)],
    ids=["as shipped", "sorted", "read in name order", "name order given up", "starting sorted"],
)
def test_finds_exactly_the_members_holding_every_word(
    studio: StudioFactory,
    monkeypatch: pytest.MonkeyPatch,
    few: float,
    few_starting: float,
    walk: int,
) -> None:
    """Whatever way the search takes (its thresholds forced either way here), it finds the
    members a plain comparison finds, in the same order, capped at the limit."""
    monkeypatch.setattr(member_search, "FEW", few)
    monkeypatch.setattr(member_search, "FEW_STARTING", few_starting)
    monkeypatch.setattr(member_search, "WALK", walk)
    on_file = _add(studio.svc, TRICKY + _people(150, seed=walk % 7))
    for typed in _queries(on_file, seed=3):
        for archived in (False, True):
            for limit in (200, 7):
                found = [
                    r.id
                    for r in studio.svc.members.search(
                        typed, include_archived=archived, limit=limit
                    )
                ]
                assert found == _expected(on_file, typed, archived, limit), (typed, archived)


def test_names_and_cards_starting_with_the_typed_text_come_first(studio: StudioFactory) -> None:
    on_file = _add(
        studio.svc,
        [
            Person("Hanna", "Abel"),
            Person("Anna", "Zimmer"),
            Person("Peter", "Annan"),
            Person("Joanna", "Brown"),
            Person("Mia", "Young", card="ANN-7"),
            Person("Annabel", "Young"),
        ],
    )
    names = lambda typed: [r.full_name for r in studio.svc.members.search(typed)]  # noqa: E731
    assert names("ann") == [
        "Peter Annan",  # last name
        "Annabel Young",  # first name
        "Mia Young",  # card code
        "Anna Zimmer",
        "Hanna Abel",  # the others, by last name
        "Joanna Brown",
    ]
    assert names("annan peter") == ["Peter Annan"]  # last name first, as typed
    assert names("anna z") == ["Anna Zimmer"]
    assert len(on_file) == 6


def _index_finds(svc: Services, query: str) -> set[int]:
    with svc.ctx.uow.engine.connect() as c:
        found = c.execute(
            text("SELECT rowid FROM member_search WHERE member_search MATCH :q"), {"q": query}
        )
        return {row[0] for row in found}


def _index_is_sound(svc: Services) -> None:
    """FTS5's own check of the index against what it was told."""
    with svc.ctx.uow.engine.begin() as c:
        c.execute(text("INSERT INTO member_search(member_search) VALUES ('integrity-check')"))


@pytest.mark.sqlite_only("reads SQLite's trigram index of the members")
def test_the_index_follows_every_change_to_a_member(studio: StudioFactory) -> None:
    svc = studio.svc
    member = studio.member("Greta", "Hansen", email="greta@fjord.no", card_code="G-77")
    assert _index_finds(svc, 'body : "hansen"') == {member}
    assert _index_finds(svc, 'heads : "\x02g-77"') == {member}  # the card code starts a part

    svc.members.update(member, MemberInput("Greta", "Olsen", email="greta@fjord.no"))
    assert _index_finds(svc, 'body : "hansen"') == set()  # renamed
    assert _index_finds(svc, 'body : "olsen"') == {member}
    assert _index_finds(svc, 'heads : "\x02olsen greta"') == {member}
    assert _index_finds(svc, 'heads : "\x02g-77"') == set()  # the card code taken off

    svc.members.update(member, MemberInput("Greta", "Olsen", email="go@viking.dk"))
    assert _index_finds(svc, 'body : "fjord"') == set()
    assert _index_finds(svc, 'body : "viking"') == {member}

    svc.members.set_archived(member, True)  # still indexed; the search leaves archived out
    assert _index_finds(svc, 'body : "viking"') == {member}
    assert svc.members.search("viking") == []
    assert [r.id for r in svc.members.search("viking", include_archived=True)] == [member]
    _index_is_sound(svc)

    with svc.ctx.uow.engine.begin() as c:  # no action deletes a member: the data can
        c.execute(text("DELETE FROM audit_entries WHERE member_id = :m"), {"m": member})
        c.execute(text("DELETE FROM members WHERE id = :m"), {"m": member})
    assert _index_finds(svc, 'body : "viking"') == set()
    _index_is_sound(svc)


@pytest.mark.sqlite_only("reads SQLite's trigram index of the members")
def test_members_written_in_bulk_are_in_the_index(services: Services) -> None:
    """The demo writes its members by table, not one by one; each is found by its email, card
    code and phone digits, through the index."""
    build_demo(services.ctx, members=40, weeks=1)
    members = services.members.search("", limit=1000)
    indexed = _index_finds(services, 'body : " | "')  # every search text has parts
    assert indexed == {row.id for row in members} and services.members.count() == 40
    for row in members:
        assert [r.id for r in services.members.search(row.email)] == [row.id]
        assert row.id in [r.id for r in services.members.search(row.card_code)]
    _index_is_sound(services)


@pytest.mark.sqlite_only("reads SQLite's trigram index of the members")
def test_imported_members_are_in_the_index(studio: StudioFactory, tmp_path: Path) -> None:
    """An import writes its new members in one statement; each is found through the index."""
    path = tmp_path / "clients.csv"
    rows = ["First Name;Last Name;E-mail;Card", "Łukasz;Żółć;lukasz@example.com;C-100"]
    rows += [f"Runner;Number{n:03d};r{n}@club.org;R-{n}" for n in range(30)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    svc = studio.svc
    table = svc.imports.read(path)
    assert svc.imports.run(table, ColumnMapping(guess_fields(table.headers))).value.created == 31
    assert [r.full_name for r in svc.members.search("żółć łuk")] == ["Łukasz Żółć"]
    assert [r.full_name for r in svc.members.search("r17@club")] == ["Runner Number017"]
    assert len(svc.members.search("runner")) == 30
    assert _index_finds(svc, 'body : "number0"') == {r.id for r in svc.members.search("number0")}
    _index_is_sound(svc)
