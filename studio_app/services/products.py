"""Products sold at the front desk (Settings → Products & money): a name and a price in cents.
A product is never deleted, only taken off sale, so past sales keep their name."""

from __future__ import annotations

from sqlalchemy import select

from studio_app.domain.bounds import check_text
from studio_app.domain.errors import ValidationError
from studio_app.domain.money import check_cents
from studio_app.domain.privileges import Privilege
from studio_app.dto.billing import ProductInput, ProductRow
from studio_app.dto.changes import Change, Result
from studio_app.models import Product
from studio_app.runtime.context import ServiceContext
from studio_app.steps.records import audit, changes_text, load
from studio_app.steps.studio_settings import money_format

_CHANGED = frozenset({Change.PRODUCTS})


def _validated(data: ProductInput) -> ProductInput:
    """A name of 1 to 100 characters without control characters and a price of 0.00 to
    1,000,000.00 (domain/bounds.py)."""
    name = check_text(data.name.strip(), "A product name")
    if not name:
        raise ValidationError("A product needs a name (e.g. Water 0.5 l).")
    return ProductInput(name, check_cents(data.price_cents), data.active)


def _yes_no(on: bool) -> str:
    return "yes" if on else "no"


class ProductService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def list(self, *, include_inactive: bool = True) -> list[ProductRow]:
        query = select(Product).order_by(Product.name)
        if not include_inactive:
            query = query.where(Product.active.is_(True))
        with self.ctx.uow.read() as uow:
            money = money_format(uow.session)
            return [
                ProductRow(p.id, p.name, p.price_cents, money.text(p.price_cents), p.active)
                for p in uow.session.scalars(query)
            ]

    def create(self, data: ProductInput) -> Result[int]:
        self.ctx.acting(Privilege.SETTINGS, "add products")
        clean = _validated(data)
        with self.ctx.uow() as uow:
            product = Product(
                name=clean.name,
                price_cents=clean.price_cents,
                active=clean.active,
                created_at=self.ctx.clock.utcnow(),
            )
            uow.session.add(product)
            uow.session.flush()
            price = money_format(uow.session).text(clean.price_cents)
            audit(uow.session, self.ctx, action=f"Product '{clean.name}' created: price {price}")
            uow.commit()
            return Result(product.id, _CHANGED, f"{clean.name} is on sale.")

    def update(self, product_id: int, data: ProductInput) -> Result[None]:
        """Rename, reprice or take a product off sale; sales already made keep their amounts.
        The user log reads "Product 'Water 0.5 l': price 1.50 → 2.00", naming only what
        changed; a save that changes nothing writes no line."""
        self.ctx.acting(Privilege.SETTINGS, "edit products")
        clean = _validated(data)
        with self.ctx.uow() as uow:
            product = load(uow.session, Product, product_id, "Product")
            money = money_format(uow.session)
            changed = changes_text(
                [
                    ("name", product.name, clean.name),
                    ("price", money.text(product.price_cents), money.text(clean.price_cents)),
                    ("on sale", _yes_no(product.active), _yes_no(clean.active)),
                ]
            )
            if changed:
                audit(uow.session, self.ctx, action=f"Product '{product.name}': {changed}")
            product.name, product.price_cents, product.active = (
                clean.name,
                clean.price_cents,
                clean.active,
            )
            uow.commit()
        return Result(None, _CHANGED)
