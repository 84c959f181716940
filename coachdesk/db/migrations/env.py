"""Alembic environment: always run on the connection CoachDesk hands over."""

from __future__ import annotations

from alembic import context

from coachdesk.db.models import Base
from coachdesk.db.search import is_modelled

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # we never run alembic from its own CLI
    raise RuntimeError("CoachDesk migrations run through coachdesk.db.migrate only")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
    include_object=is_modelled,
)
with context.begin_transaction():
    context.run_migrations()
