"""The demo studio (`studio-app demo`): a believable studio to try the app with, and the large
studios the benchmarks and sizing tests use.

content.py  what it holds: staff, names, plans, credit settings, session rules, class series,
            and the shapes of demo (the small studio, the 20,000-member year, the five-year
            large history)
terms.py    restrictions, hold policies, the package, the late-cancel cut-off, a few holds
money.py    contracts, cards on file, products, how installments were paid
state.py    the history in memory: members, memberships with lots and visits, class sessions
timeline.py the history lived event after event with the domain's rules
rows.py     the rows written in bulk (executemany-style inserts, in foreign-key order)
build.py    build_demo
"""

from studio_app.demo.build import DemoSummary, build_demo
from studio_app.demo.content import DEMO_DESK, DEMO_OWNER

__all__ = ["DEMO_DESK", "DEMO_OWNER", "DemoSummary", "build_demo"]
