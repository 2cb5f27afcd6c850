"""The Members page driven by typing and clicking, over a real temporary database (SPEC §1)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from studio_app.gui.controllers.app_signals import AppSignals
from studio_app.gui.controllers.member_profile import MemberProfileController
from studio_app.gui.controllers.members import MembersController
from studio_app.gui.views.member_editor import MemberEditorDialog
from studio_app.gui.views.members import MembersView
from tests.factories import StudioFactory

_LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def view(qtbot, studio: StudioFactory, signals: AppSignals) -> MembersView:  # noqa: ANN001
    studio.member("Peter", "Parker", email="peter@example.com", phone="555-0101", card_code="0042")
    studio.member("Maria", "Lopez", email="maria@lopez.net", phone="555-0199", card_code="0777")
    studio.member("Mark", "Spencer", email="mark@example.com", phone="600-1234")
    widget = MembersView(
        MembersController(studio.svc, signals), MemberProfileController(studio.svc, signals)
    )
    qtbot.addWidget(widget)
    return widget


def names(view: MembersView) -> list[str]:
    return [row.full_name for row in view.model.rows()]


def select(view: MembersView, name: str) -> None:
    row = names(view).index(name)
    view.ui.membersTable.selectRow(row)


def test_lists_everyone_with_a_count(view: MembersView, qtmodeltester) -> None:  # noqa: ANN001
    assert names(view) == ["Maria Lopez", "Peter Parker", "Mark Spencer"]
    assert view.ui.countLabel.text() == "3 members"
    assert view.ui.cappedLabel.isHidden()
    assert view.ui.profileStack.currentWidget() is view.ui.emptyPage
    assert view.ui.emptyLabel.text() == "Select a member"
    qtmodeltester.check(view.model)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("mar", ["Maria Lopez", "Mark Spencer"]),
        ("par", ["Peter Parker"]),
        ("0199", ["Maria Lopez"]),
        ("0777", ["Maria Lopez"]),
        ("example.com", ["Peter Parker", "Mark Spencer"]),
        ("mar spen", ["Mark Spencer"]),
        ("nobody", []),
    ],
)
def test_typing_filters_instantly(qtbot, view: MembersView, typed: str, expected) -> None:  # noqa: ANN001
    qtbot.keyClicks(view.ui.searchEdit, typed)
    assert names(view) == expected
    assert view.ui.countLabel.text() == f"{len(expected)} found"


def test_names_and_cards_starting_with_what_is_typed_are_listed_first(
    qtbot, studio: StudioFactory, signals: AppSignals
) -> None:  # noqa: ANN001
    """Typing "ann": the clerk sees Peter Annan, Annabel Young and the member whose card is
    ANN-7 (name or card starting with it) before Hanna and Joanna, each group by last name."""
    studio.member("Hanna", "Abel")
    studio.member("Anna", "Zimmer")
    studio.member("Peter", "Annan")
    studio.member("Joanna", "Brown")
    studio.member("Mia", "Young", card_code="ANN-7")
    studio.member("Annabel", "Young")
    widget = MembersView(
        MembersController(studio.svc, signals), MemberProfileController(studio.svc, signals)
    )
    qtbot.addWidget(widget)
    table = widget.ui.membersTable

    def shown() -> list[tuple[str, str]]:
        model = table.model()
        return [
            (model.index(r, 0).data(), model.index(r, 3).data()) for r in range(model.rowCount())
        ]

    qtbot.keyClicks(widget.ui.searchEdit, "ann")
    assert shown() == [
        ("Peter Annan", ""),
        ("Annabel Young", ""),
        ("Mia Young", "ANN-7"),
        ("Anna Zimmer", ""),
        ("Hanna Abel", ""),
        ("Joanna Brown", ""),
    ]
    qtbot.keyClicks(widget.ui.searchEdit, "a z")
    assert shown() == [("Anna Zimmer", "")]
    assert widget.ui.countLabel.text() == "1 found"


def test_search_is_capped_with_a_hint(qtbot, studio: StudioFactory, signals) -> None:  # noqa: ANN001
    for i in range(203):
        studio.member("Runner", f"Number{i:03d}")
    widget = MembersView(
        MembersController(studio.svc, signals), MemberProfileController(studio.svc, signals)
    )
    qtbot.addWidget(widget)
    assert widget.model.rowCount() == 200
    assert widget.ui.countLabel.text() == "203 members"
    assert widget.ui.cappedLabel.isVisibleTo(widget)
    assert "type more to narrow" in widget.ui.cappedLabel.text()
    qtbot.keyClicks(widget.ui.searchEdit, "number20")
    assert widget.model.rowCount() == 3
    assert widget.ui.cappedLabel.isHidden()


def _fill(dialog: MemberEditorDialog, first: str, last: str, email: str = "", **kw: str) -> None:
    dialog.ui.firstNameEdit.setText(first)
    dialog.ui.lastNameEdit.setText(last)
    dialog.ui.emailEdit.setText(email)
    dialog.ui.phoneEdit.setText(kw.get("phone", ""))
    dialog.ui.cardCodeEdit.setText(kw.get("card", ""))


def test_new_member_button_creates_and_opens_the_member(
    qtbot,
    view: MembersView,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    qtbot.keyClicks(view.ui.searchEdit, "peter")
    seen: list[str] = []

    def fill_and_ok(dialog: MemberEditorDialog) -> int:
        """Stands in for the modal loop: staff fill the form and press OK."""
        seen.append(dialog.windowTitle())
        _fill(dialog, "Nina", "Novak", "nina@example.com", phone="777-2020", card="9001")
        dialog.ui.noBirthDateCheck.setChecked(False)
        dialog.ui.birthDateEdit.setDate(dialog.ui.birthDateEdit.date().addYears(5))
        qtbot.mouseClick(dialog.ui.okButton, _LEFT)
        return dialog.result()

    monkeypatch.setattr(MemberEditorDialog, "exec", fill_and_ok)
    qtbot.mouseClick(view.ui.newMemberButton, _LEFT)
    assert seen == ["New member"]
    assert "Nina Novak" in names(view)
    assert view.ui.countLabel.text() == "4 members"
    assert view.selected_member_id() == view.model.rows()[names(view).index("Nina Novak")].id
    assert view.profile.ui.nameLabel.text() == "Nina Novak"
    assert "Card 9001" in view.profile.ui.contactLabel.text()
    assert view.profile.ui.birthDateValue.text() == "1 Jan 1995"


def test_bad_email_is_refused_inline_and_creates_nothing(qtbot, view: MembersView) -> None:  # noqa: ANN001
    dialog = view.new_member_dialog()
    qtbot.addWidget(dialog)
    _fill(dialog, "Olga", "Ostrova", "olga-at-example")
    qtbot.mouseClick(dialog.ui.okButton, _LEFT)
    assert dialog.ui.errorLabel.text() == "'olga-at-example' is not an email address."
    assert dialog.ui.errorLabel.isVisibleTo(dialog)
    assert dialog.result() == 0 and dialog.member_id is None
    assert "Olga Ostrova" not in names(view)
    assert view.controller.count() == 3


def test_duplicate_card_code_is_refused_inline(qtbot, view: MembersView) -> None:  # noqa: ANN001
    dialog = view.new_member_dialog()
    qtbot.addWidget(dialog)
    _fill(dialog, "Olga", "Ostrova", card="0042")
    qtbot.mouseClick(dialog.ui.okButton, _LEFT)
    assert dialog.ui.errorLabel.text() == "Card code 0042 already belongs to Peter Parker."
    assert view.controller.count() == 3


def test_selecting_a_member_shows_the_profile(view: MembersView) -> None:
    select(view, "Peter Parker")
    profile = view.profile.ui
    assert view.ui.profileStack.currentWidget() is view.ui.profilePage
    assert profile.nameLabel.text() == "Peter Parker"
    assert profile.contactLabel.text() == "Card 0042  ·  peter@example.com  ·  555-0101"
    assert profile.archivedBadge.isHidden()
    assert (profile.emailValue.text(), profile.phoneValue.text()) == (
        "peter@example.com",
        "555-0101",
    )
    assert profile.birthDateValue.text() == "—"


def test_edit_changes_the_member_everywhere(qtbot, view: MembersView) -> None:  # noqa: ANN001
    select(view, "Mark Spencer")
    dialog = view.profile.editor_dialog()
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Edit Mark Spencer"
    assert dialog.ui.emailEdit.text() == "mark@example.com"
    assert dialog.ui.noBirthDateCheck.isChecked()
    assert not dialog.ui.birthDateEdit.isEnabled()
    dialog.ui.lastNameEdit.setText("Spencer-Hill")
    qtbot.mouseClick(dialog.ui.okButton, _LEFT)
    assert dialog.result() == 1
    assert "Mark Spencer-Hill" in names(view)
    assert view.profile.ui.nameLabel.text() == "Mark Spencer-Hill"
    assert view.ui.membersTable.selectionModel().selectedRows()[0].row() == names(view).index(
        "Mark Spencer-Hill"
    )


def test_archive_hides_unless_show_archived(qtbot, view: MembersView) -> None:  # noqa: ANN001
    select(view, "Peter Parker")
    profile = view.profile.ui
    assert profile.archiveButton.text() == "Archive"
    qtbot.mouseClick(profile.archiveButton, _LEFT)
    assert "Peter Parker" not in names(view)
    assert profile.archivedBadge.isVisibleTo(view.profile)
    assert profile.archiveButton.text() == "Restore"
    assert not profile.sellButton.isEnabled()

    view.ui.showArchivedCheck.setChecked(True)
    assert "Peter Parker (archived)" in [view.model.index(r, 0).data() for r in range(3)]
    qtbot.mouseClick(profile.archiveButton, _LEFT)
    view.ui.showArchivedCheck.setChecked(False)
    assert "Peter Parker" in names(view)
    assert profile.archivedBadge.isHidden()


def test_show_member_opens_the_profile_and_selects_the_row(view: MembersView) -> None:
    maria = view.model.rows()[names(view).index("Maria Lopez")].id
    view.show_member(maria)
    assert view.profile.ui.nameLabel.text() == "Maria Lopez"
    assert view.ui.membersTable.selectionModel().selectedRows()[0].row() == 0
