"""First start: the studio's name, the owner account and how the studio writes money and dates
and prints; studio settings afterwards."""

from __future__ import annotations

from sqlalchemy import func, select

from studio_app.domain.bounds import SYMBOL_MAX, USERNAME_MAX, check_text
from studio_app.domain.errors import ValidationError
from studio_app.domain.formats import (
    EXAMPLE_DAY,
    DateStyle,
    MoneyFormat,
    use_date_style,
    weekday_text,
)
from studio_app.domain.passwords import hash_password
from studio_app.domain.privileges import DEFAULT_PRIVILEGES, Privilege, Role, encode_privileges
from studio_app.dto.changes import Change, Result
from studio_app.dto.reports import Paper
from studio_app.models import Staff, StudioSettings
from studio_app.runtime.context import ServiceContext
from studio_app.steps.records import load
from studio_app.steps.studio_settings import (
    date_style,
    enforce_billing,
    money_format,
    paper,
)

#: Money as it is written until the studio says otherwise: "1234.50".
PLAIN_MONEY = MoneyFormat()


def _checked_symbol(money: MoneyFormat) -> str:
    """A currency symbol of up to 8 characters (domain/bounds.py), spaces trimmed."""
    if not isinstance(money, MoneyFormat):
        raise ValidationError(f"A money format is needed, not {str(money)[:20]!r}.")
    return check_text(money.symbol.strip(), "A currency symbol", limit=SYMBOL_MAX)


def _checked_paper(size: Paper) -> Paper:
    if not isinstance(size, Paper):
        raise ValidationError(f"The paper size is A4 or Letter, not {str(size)[:20]!r}.")
    return size


def _checked_style(style: DateStyle) -> DateStyle:
    if not isinstance(style, DateStyle):
        raise ValidationError(
            f"The date format is day first or month first, not {str(style)[:20]!r}."
        )
    return style


class StudioService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def needs_setup(self) -> bool:
        """True on first start: no studio and no owner account yet."""
        with self.ctx.uow.read() as uow:
            return not uow.session.scalar(select(func.count()).select_from(Staff))

    def set_up(
        self,
        *,
        studio_name: str,
        owner_name: str,
        username: str,
        password: str,
        money: MoneyFormat = PLAIN_MONEY,
        paper: Paper = Paper.A4,
        dates: DateStyle = DateStyle.DAY_FIRST,
    ) -> Result[int]:
        """Create the studio and its owner account (only possible while there is no staff),
        with how it writes money and dates and the paper it prints on (each can be changed in
        Settings later). Names have at most 100 characters, the user name 50 and the currency
        symbol 8 (domain/bounds.py)."""
        studio_name, owner_name, username = (
            check_text(studio_name.strip(), "The studio's name"),
            check_text(owner_name.strip(), "The owner's name"),
            check_text(username.strip(), "The user name", limit=USERNAME_MAX),
        )
        symbol, paper = _checked_symbol(money), _checked_paper(paper)
        dates = _checked_style(dates)
        if not studio_name:
            raise ValidationError("Studio name is required.")
        if not owner_name or not username:
            raise ValidationError("The owner's name and user name are required.")
        password_hash = hash_password(password)
        with self.ctx.uow() as uow:
            if uow.session.scalar(select(func.count()).select_from(Staff)):
                raise ValidationError("The studio is already set up; log in instead.")
            uow.session.add(
                StudioSettings(
                    id=1,
                    name=studio_name,
                    address="",
                    currency_symbol=symbol,
                    currency_after=money.symbol_after,
                    decimal_comma=money.decimal_comma,
                    paper_size=paper.value,
                    date_format=dates.value,
                )
            )
            owner = Staff(
                username=username,
                full_name=owner_name,
                role=Role.OWNER.value,
                privileges=encode_privileges(DEFAULT_PRIVILEGES[Role.OWNER]),
                password_hash=password_hash,
                active=True,
                created_at=self.ctx.clock.utcnow(),
            )
            uow.session.add(owner)
            uow.session.flush()
            uow.commit()
        use_date_style(dates)
        return Result(owner.id, frozenset({Change.STUDIO, Change.STAFF}))

    def studio_name(self) -> str:
        with self.ctx.uow.read() as uow:
            settings = uow.session.get(StudioSettings, 1)
            return settings.name if settings else ""

    def rename(self, name: str) -> Result[None]:
        """A studio name of 1 to 100 characters."""
        self.ctx.acting(Privilege.SETTINGS, "rename the studio")
        if not check_text(name.strip(), "The studio's name"):
            raise ValidationError("Studio name is required.")
        with self.ctx.uow() as uow:
            settings = uow.session.get(StudioSettings, 1)
            if settings is None:
                settings = StudioSettings(id=1, name=name.strip(), address="")
                uow.session.add(settings)
            settings.name = name.strip()
            uow.commit()
        return Result(None, frozenset({Change.STUDIO}))

    def enforce_billing(self) -> bool:
        """Whether a sign-up needs a paying membership (on by default)."""
        with self.ctx.uow.read() as uow:
            return enforce_billing(uow.session)

    def set_enforce_billing(self, on: bool) -> Result[None]:
        """ "Enforce billing for session registration": on, every sign-up needs a paying
        membership; off, staff may register unpaid visits to be paid later."""
        self.ctx.acting(Privilege.SETTINGS, "change the billing rule for sign-ups")
        with self.ctx.uow() as uow:
            settings = uow.session.get(StudioSettings, 1)
            if settings is None:
                raise ValidationError("Set up the studio first.")
            settings.enforce_billing = on
            uow.commit()
        state = "on" if on else "off"
        return Result(
            None,
            frozenset({Change.STUDIO}),
            f"Enforce billing for session registration is {state}.",
        )

    def money_format(self) -> MoneyFormat:
        with self.ctx.uow.read() as uow:
            return money_format(uow.session)

    def set_money_format(self, money: MoneyFormat) -> Result[None]:
        """Currency symbol (up to 8 characters), before or after the amount, point or comma."""
        self.ctx.acting(Privilege.SETTINGS, "change the money format")
        symbol = _checked_symbol(money)
        with self.ctx.uow() as uow:
            settings = load(uow.session, StudioSettings, 1, "Studio settings")
            settings.currency_symbol = symbol
            settings.currency_after = money.symbol_after
            settings.decimal_comma = money.decimal_comma
            uow.commit()
        example = MoneyFormat(symbol, money.symbol_after, money.decimal_comma).text(123450)
        return Result(
            None,
            frozenset(
                {Change.STUDIO, Change.PAYMENTS, Change.PRODUCTS, Change.MEMBERSHIPS, Change.PLANS}
            ),
            f"Money is now written like {example}.",
        )

    def paper(self) -> Paper:
        with self.ctx.uow.read() as uow:
            return paper(uow.session)

    def set_paper(self, size: Paper) -> Result[None]:
        """Every printed report (and the attendance sheets) on A4 or Letter paper."""
        self.ctx.acting(Privilege.SETTINGS, "change the paper size")
        _checked_paper(size)
        with self.ctx.uow() as uow:
            settings = load(uow.session, StudioSettings, 1, "Studio settings")
            settings.paper_size = size.value
            uow.commit()
        return Result(None, frozenset({Change.STUDIO}), f"Reports now print on {size} paper.")

    def date_style(self) -> DateStyle:
        with self.ctx.uow.read() as uow:
            return date_style(uow.session)

    def set_date_style(self, style: DateStyle) -> Result[None]:
        """Write every date day first ("Tue 1 Dec 2026") or month first ("Tue, Dec 1, 2026"):
        on every screen of this desk at once, in printed reports and in the user logs written
        from now on (lines already logged keep their words); other desks follow at their next
        start."""
        self.ctx.acting(Privilege.SETTINGS, "change the date format")
        _checked_style(style)
        with self.ctx.uow() as uow:
            settings = load(uow.session, StudioSettings, 1, "Studio settings")
            settings.date_format = style.value
            uow.commit()
        use_date_style(style)
        return Result(
            None,
            frozenset(Change),
            f"Dates are now written like {weekday_text(EXAMPLE_DAY, style=style)}.",
        )
