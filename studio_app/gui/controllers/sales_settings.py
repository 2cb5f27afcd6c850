"""Settings → Products & money: the products sold at the desk, how money is written and the
paper the printed reports use."""

from __future__ import annotations

from studio_app.domain.formats import DateStyle, MoneyFormat
from studio_app.dto.billing import ProductInput, ProductRow
from studio_app.dto.changes import Change
from studio_app.dto.reports import Paper
from studio_app.gui.controllers.base import Controller

__all__ = ["MoneyFormat", "Paper", "ProductInput", "ProductRow", "SalesSettingsController"]


class SalesSettingsController(Controller):
    USES = ("products", "studio")
    RELOAD_ON = frozenset({Change.PRODUCTS, Change.STUDIO, Change.STAFF})

    def products(self) -> list[ProductRow]:
        return self.ask(self.services.products.list, include_inactive=True) or []

    def create_product(self, data: ProductInput) -> int | None:
        result = self.act(self.services.products.create, data)
        return result.value if result else None

    def update_product(self, product_id: int, data: ProductInput) -> bool:
        return self.act(self.services.products.update, product_id, data) is not None

    def money_format(self) -> MoneyFormat:
        return self.ask(self.services.studio.money_format) or MoneyFormat()

    def set_money_format(self, money: MoneyFormat) -> bool:
        return self.act(self.services.studio.set_money_format, money) is not None

    def paper(self) -> Paper:
        return self.ask(self.services.studio.paper) or Paper.A4

    def set_paper(self, paper: Paper) -> bool:
        """Every report and attendance sheet prints on ``paper`` from now on."""
        return self.act(self.services.studio.set_paper, paper) is not None

    def date_style(self) -> DateStyle:
        return self.ask(self.services.studio.date_style) or DateStyle.DAY_FIRST

    def set_date_style(self, style: DateStyle) -> bool:
        """Every date on screen, in reports and in new user log lines is written in ``style``."""
        return self.act(self.services.studio.set_date_style, style) is not None
