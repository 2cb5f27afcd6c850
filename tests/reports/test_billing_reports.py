"""The billing reports (SPEC §6, §7): memberships expiring in a range with what happens at their
end, and installments due and overdue, with totals in the studio's currency. The studio is built
through the services (the clock stands at Tue 1 Dec 2026); the reports are written through the
Reports use case and read back as a user would (tests/pdf_text.py)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from studio_app.domain.formats import MoneyFormat
from studio_app.domain.payments import PaymentMethod
from studio_app.dto.billing import PaymentInput
from studio_app.dto.report_billing import ExpiringMembership, ExpiringReport, Outcome
from studio_app.dto.reports import Paper, ReportHeader, ReportKind, ReportRequest
from studio_app.reports.billing_reports import write_expiring_pdf
from tests.factories import StudioFactory
from tests.pdf_text import pdf_fonts, pdf_lines, pdf_pages, sheet_rows

DECEMBER = (date(2026, 12, 1), date(2026, 12, 31))
ZLOTY = MoneyFormat("zł", symbol_after=True, decimal_comma=True)
HOUSE_FONTS = {"DejaVuSansCondensed", "DejaVuSansCondensed-Bold"}


def _studio_with_contracts(studio: StudioFactory) -> None:
    """Four memberships, prices in złoty:

    - Łukasz Żółć (card on file): open monthly 31,00 from 10 Oct, extended once to 9 Dec;
      installment 1 paid, 2 (due 10 Nov) unpaid; renews by itself.
    - Zoë Ångström (no card): open monthly from 20 Nov to 19 Dec, installment 1 unpaid.
    - Þór Eriksson: a two-installment contract 50,00 from 1 Nov, extended to 2/2 (ends 31 Dec,
      both unpaid); and a monthly unlimited 120,00 (not continuous) from 3 Dec, unpaid.
    """
    svc = studio.svc
    svc.studio.set_money_format(ZLOTY)
    lukasz = studio.member("Łukasz", "Żółć", card_on_file="Visa ending 4242")
    zoe = studio.member("Zoë", "Ångström")
    thor = studio.member("Þór", "Eriksson")
    monthly = studio.contract_plan("Open monthly", price_cents=3100)
    contract = studio.contract_plan("Two-month contract", price_cents=5000, installments=2)
    unlimited = studio.time_plan(name="Monthly unlimited")  # 120.00, not continuous

    first = svc.memberships.sell(lukasz, monthly, date(2026, 10, 10)).value
    svc.contracts.renew(first)
    (paid,) = [i for i in svc.contracts.installments(lukasz) if i.number_text == "1"]
    svc.payments.pay_installment(paid.id, PaymentInput(PaymentMethod.CASH))
    svc.memberships.sell(zoe, monthly, date(2026, 11, 20))
    svc.contracts.renew(svc.memberships.sell(thor, contract, date(2026, 11, 1)).value)
    svc.memberships.sell(thor, unlimited, date(2026, 12, 3))


def test_expiring_memberships_say_what_happens_at_their_end(
    studio: StudioFactory, tmp_path: Path
) -> None:
    _studio_with_contracts(studio)
    request = ReportRequest(ReportKind.EXPIRING, *DECEMBER)

    pdf = studio.svc.reports.write(request, tmp_path / "expiring.pdf").value
    workbook = studio.svc.reports.write(request, tmp_path / "expiring.xlsx").value

    assert pdf_fonts(pdf) <= HOUSE_FONTS
    assert pdf_lines(pdf) == [
        "Lotus Yoga EXPIRING MEMBERSHIPS",
        "Memberships expiring",
        "Last day 1–31 Dec 2026",
        "EXPIRING EXTENDED END NO CARD ON FILE TOTAL OF PRICES",
        "3 1 1 1 112,00 zł",
        "Extended: renewed automatically at its end. No card on file: it would be extended "
        "automatically with a card on file; extend",
        "it at the desk.",
        "Member Plan Installment Ends on What happens at the end Price",
        "Łukasz Żółć Open monthly 2 9 Dec 2026 Will be extended automatically 31,00 zł",
        "Zoë Ångström Open monthly 1 19 Dec 2026 No card on file: extend at the desk 31,00 zł",
        "Þór Eriksson Two-month contract 2/2 31 Dec 2026 Last installment: it ends 50,00 zł",
        "Total 3 memberships 112,00 zł",
        "Printed Tue 1 Dec 2026 09:00 Expiring 1–31 Dec 2026 Page 1 of 1",
    ]
    rows = sheet_rows(workbook)
    assert [row[0] for row in rows[:4]] == [
        "Lotus Yoga",
        "Memberships expiring",
        "Last day 1–31 Dec 2026",
        "3 memberships: 1 extended automatically, 1 end, 1 no card on file",
    ]
    assert rows[5:] == [
        ("Member", "Plan", "Installment", "Ends on", "What happens at the end", "Price"),
        ("Łukasz Żółć", "Open monthly", "2", datetime(2026, 12, 9),
         "Will be extended automatically", 31),
        ("Zoë Ångström", "Open monthly", "1", datetime(2026, 12, 19),
         "No card on file: extend at the desk", 31),
        ("Þór Eriksson", "Two-month contract", "2/2", datetime(2026, 12, 31),
         "Last installment: it ends", 50),
        ("Total", None, None, None, "3 memberships", 112),
    ]  # fmt: skip


def test_installments_due_include_every_older_one_still_unpaid(
    studio: StudioFactory, tmp_path: Path
) -> None:
    _studio_with_contracts(studio)
    studio.svc.studio.set_paper(Paper.LETTER)
    first_week = ReportRequest(ReportKind.DUES, date(2026, 12, 1), date(2026, 12, 2))

    pdf = studio.svc.reports.write(first_week, tmp_path / "dues.pdf").value
    workbook = studio.svc.reports.write(first_week, tmp_path / "dues.xlsx").value

    assert pdf_lines(pdf) == [
        "Lotus Yoga INSTALLMENTS DUE",
        "Installments due and overdue",
        "Due 1–2 Dec 2026, and every older installment still unpaid (overdue)",
        "Overdue: due before 1 Dec 2026 and not paid; days overdue as of 1 Dec 2026.",
        "TOTAL DUE INSTALLMENTS OF WHICH OVERDUE OVERDUE INSTALLMENTS",
        "162,00 zł 4 112,00 zł 3",
        "Member Plan Installment Due date Amount Days overdue Card on file",
        "Þór Eriksson Two-month contract 1/2 1 Nov 2026 50,00 zł 30 no",
        "Łukasz Żółć Open monthly 2 10 Nov 2026 31,00 zł 21 yes",
        "Zoë Ångström Open monthly 1 20 Nov 2026 31,00 zł 11 no",
        "Þór Eriksson Two-month contract 2/2 1 Dec 2026 50,00 zł due today no",
        "Total 4 installments 162,00 zł 3 overdue",
        "Printed Tue 1 Dec 2026 09:00 Due 1–2 Dec 2026 and overdue Page 1 of 1",
    ]
    rows = sheet_rows(workbook)
    assert rows[5:] == [
        ("Member", "Plan", "Installment", "Due date", "Amount", "Days overdue", "Card on file"),
        ("Þór Eriksson", "Two-month contract", "1/2", datetime(2026, 11, 1), 50, 30, "No"),
        ("Łukasz Żółć", "Open monthly", "2", datetime(2026, 11, 10), 31, 21, "Yes"),
        ("Zoë Ångström", "Open monthly", "1", datetime(2026, 11, 20), 31, 11, "No"),
        ("Þór Eriksson", "Two-month contract", "2/2", datetime(2026, 12, 1), 50, None, "No"),
        ("Total", "4 installments", None, None, 162, 3, None),
    ]

    # The whole month adds the unlimited due on 3 Dec, in two days.
    month = ReportRequest(ReportKind.DUES, *DECEMBER)
    lines = pdf_lines(studio.svc.reports.write(month, tmp_path / "month.pdf").value)
    assert "Þór Eriksson Monthly unlimited 1 3 Dec 2026 120,00 zł due in 2 days no" in lines
    assert "Total 5 installments 282,00 zł 3 overdue" in lines


def test_empty_ranges_say_so(studio: StudioFactory, tmp_path: Path) -> None:
    svc = studio.svc
    expiring = ReportRequest(ReportKind.EXPIRING, *DECEMBER)
    dues = ReportRequest(ReportKind.DUES, *DECEMBER)

    assert "No membership ends in this range." in pdf_lines(
        svc.reports.write(expiring, tmp_path / "expiring.pdf").value
    )
    assert "No installment is due." in pdf_lines(svc.reports.write(dues, tmp_path / "d.pdf").value)
    rows = sheet_rows(svc.reports.write(dues, tmp_path / "dues.xlsx").value)
    assert rows[-1][:5] == ("Total", "0 installments", None, None, 0)


def test_a_long_list_runs_over_pages_with_its_header_on_each_and_the_total_on_the_last(
    tmp_path: Path,
) -> None:
    rows = tuple(
        ExpiringMembership(
            n, f"Member {n:04d}", "Open monthly", f"{n % 12 + 1}/12", date(2026, 12, 1 + n % 31),
            "Contract continues: next installment issued automatically", Outcome.EXTENDED, 3100,
        )
        for n in range(500)
    )  # fmt: skip
    header = ReportHeader("Lotus Yoga", datetime(2026, 12, 1, 9), Paper.A4, ZLOTY)
    report = ExpiringReport(*DECEMBER, rows)

    pages = pdf_pages(write_expiring_pdf(report, header, tmp_path / "long.pdf"))

    assert len(pages) > 10
    assert all("Member Plan Installment Ends on What happens at the end Price" in p for p in pages)
    text = "\n".join(pages)
    assert all(f"Member {n:04d} Open monthly" in text for n in range(500))
    assert "Total 500 memberships 15500,00 zł" in pages[-1]
    assert "Total" not in "\n".join(pages[:-1]).replace("TOTAL OF PRICES", "")


def test_a_cancelled_contract_counts_each_round_to_its_own_last_installment(
    studio: StudioFactory, clock, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """A 3-installment contract renewing by itself runs a second round from 1 March; a
    cancellation then ends that round after installment 2. Unpaid, the first round still reads
    k/3 on the desk's due list and in the report, the second k/2 (nothing paid: all overdue)."""
    svc = studio.svc
    plan = studio.contract_plan("Open 3 months", installments=3, auto_renew=True)
    ada = studio.member("Ada", "Aalto")
    membership = svc.memberships.sell(ada, plan, date(2026, 12, 1)).value
    clock.advance_to(datetime(2027, 3, 1, 9, 0))
    svc.credit_schedule.catch_up()
    svc.contracts.cancel(membership, 1)
    clock.advance_to(datetime(2027, 3, 2, 9, 0))

    due = [(r.number_text, r.due_on) for r in svc.front_desk.due()]
    report = ReportRequest(ReportKind.DUES, date(2027, 3, 1), date(2027, 3, 31))
    lines = pdf_lines(svc.reports.write(report, tmp_path / "dues.pdf").value)

    assert due == [
        ("1/3", date(2026, 12, 1)),
        ("2/3", date(2027, 1, 1)),
        ("3/3", date(2027, 2, 1)),
        ("1/2", date(2027, 3, 1)),
    ]
    assert [line for line in lines if line.startswith("Ada Aalto")] == [
        "Ada Aalto Open 3 months 1/3 1 Dec 2026 31.00 91 no",
        "Ada Aalto Open 3 months 2/3 1 Jan 2027 31.00 60 no",
        "Ada Aalto Open 3 months 3/3 1 Feb 2027 31.00 29 no",
        "Ada Aalto Open 3 months 1/2 1 Mar 2027 31.00 1 no",
    ]


def test_names_in_hundreds_of_letters_and_long_plans_print_as_typed(tmp_path: Path) -> None:
    """248 letters (Latin Extended-A, Greek, Cyrillic) besides the report's own: more than one
    subset of the embedded font holds (256 codes each), so rows switch between subsets. A plan
    name takes three lines in its column, a membership without installments leaves its cell
    empty; every row still reads back as typed, in order."""
    letters = [
        chr(c)
        for block in (range(0x100, 0x180), range(0x391, 0x3CA), range(0x410, 0x450))
        for c in block
        if chr(c).isalpha()
    ]
    names = [
        f"{''.join(letters[i : i + 4])} {''.join(letters[i + 4 : i + 8])}"
        for i in range(0, len(letters), 8)
    ]
    plans = ("Open monthly", "Open monthly with a name far too long for its column")
    rows = tuple(
        ExpiringMembership(
            n, name, plans[n % 2], "" if n % 3 == 0 else "2/12", date(2026, 12, 1 + n % 31),
            "Contract continues: next installment issued automatically", Outcome.EXTENDED, 3100,
        )
        for n, name in enumerate(names)
    )  # fmt: skip
    header = ReportHeader("Lotus Yoga", datetime(2026, 12, 1, 9), Paper.A4, ZLOTY)

    pdf = write_expiring_pdf(ExpiringReport(*DECEMBER, rows), header, tmp_path / "letters.pdf")

    lines = pdf_lines(pdf)
    assert len({c for name in names for c in name if c != " "}) == len(letters) == 248
    shown = [line for line in lines if line.split(" ")[0] in {n.split(" ")[0] for n in names}]
    assert [line.split(" Open monthly")[0] for line in shown] == names
    assert all(letter in "\n".join(lines) for letter in letters)
    assert lines.count("a name far too long issued automatically") == len(names) // 2
    assert lines.count("for its column") == len(names) // 2
