"""The demo studio (`studio-app demo`): a believable studio to try the app with, and the large
studios the benchmarks and sizing tests use.

content.py      what it holds: staff, names, plans, credit settings, session rules, class
                series, and the shapes of demo (the small studio, the 20,000-member year, the
                five-year large history)
terms.py        restrictions, hold policies, the package, the late-cancel cut-off, a few holds
money.py        contracts, cards on file, products, how installments were paid
state.py        the history in memory: members, memberships with lots and visits, class sessions
timeline.py     the history lived event after event with the domain's rules: who buys when,
                who leaves, when classes are booked
agenda.py       the timeline's clock and the events waiting, in time order
sales.py        a sale as record_sale writes it; a leaving member's contracts cancelled
catch_up.py     the midnight catch-up (renewals, scheduled credit batches, expired lots, ended
                memberships) and the members holding something valid
bookings.py     bookings with their payer and credit, sign-outs and late cancels, waitlists
ledger_rows.py  installments and payments, credit lots and ledger entries, user-log lines
rows.py         the rows written in bulk (executemany-style inserts, in foreign-key order)
build.py        build_demo
"""

from studio_app.demo.build import DemoSummary, build_demo
from studio_app.demo.content import DEMO_DESK, DEMO_OWNER

__all__ = ["DEMO_DESK", "DEMO_OWNER", "DemoSummary", "build_demo"]
