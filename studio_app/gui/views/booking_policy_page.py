"""Settings → Booking policy, moved to ``gui/views/settings/booking_policy_page.py``.

This name stays only while ``app.py`` (being changed elsewhere) still imports ``BookingPolicyPage``
from here; delete it once ``app.py`` imports it from the settings package."""

from studio_app.gui.views.settings.booking_policy_page import BookingPolicyPage

__all__ = ["BookingPolicyPage"]
