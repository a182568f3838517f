"""alembic environment for the kiosk database.

The application runs migrations itself at start (``kiosk.database``), handing over its own
connection in ``config.attributes["connection"]``. A developer making a new revision runs
``alembic revision --autogenerate -m "..."`` from the repository root, against the database in
``$KIOSK_HOME`` (see alembic.ini).
"""

from alembic import context
from sqlalchemy import create_engine

from kiosk.database import database_path, is_index_table
from kiosk.models import Base
from kiosk.paths import kiosk_home

config = context.config


def include_object(obj, name, type_, reflected, compare_to):
    """Leave the FTS5 search index and its shadow tables out of autogenerate."""
    return not (type_ == "table" and is_index_table(name))


def run_migrations(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        include_object=include_object,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    run_migrations(connection)
else:
    engine = create_engine(f"sqlite:///{database_path(kiosk_home())}")
    with engine.begin() as conn:
        run_migrations(conn)
