"""Reference data of a new database: the 18 regions, 304 municipalities, stages, criteria."""

from __future__ import annotations

import csv
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from coachdesk import __version__
from coachdesk.db.models import (
    Criterion,
    DbMeta,
    FormerMunicipality,
    Municipality,
    Region,
    Stage,
)
from coachdesk.domain.ids import new_id, reference_id
from coachdesk.domain.regions import (
    BRUSSELS_REGION,
    DEFAULT_CRITERIA,
    DEFAULT_STAGES,
    REGIONS,
    default_region_code,
)

FLANDERS_CSV = "municipalities-flanders-2025.csv"
BRUSSELS_CSV = "municipalities-brussels.csv"


def _read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, newline="", encoding="utf-8-sig") as fh:
        return [{k.strip(): (v or "").strip() for k, v in row.items()} for row in csv.DictReader(fh)]


def parse_merged_from(text: str) -> list[tuple[str, str]]:
    """'Melle 44040; Merelbeke 44043' -> [('Melle', '44040'), ('Merelbeke', '44043')]."""
    result = []
    for part in filter(None, (p.strip() for p in text.split(";"))):
        name, _, code = part.rpartition(" ")
        result.append((name.strip(), code.strip()))
    return result


def seed_reference_data(session: Session, reference_dir: Path, coach: str = "") -> None:
    """Fill an empty database with the reference lists and its identity."""
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    session.add_all(
        [
            DbMeta(key="database_id", value=new_id()),
            DbMeta(key="created_at", value=now),
            DbMeta(key="created_by_version", value=__version__),
            DbMeta(key="coach", value=coach),
        ]
    )
    for stage in DEFAULT_STAGES:
        session.add(
            Stage(uuid=reference_id("stage", stage.key), key=stage.key, position=stage.position,
                  name=stage.name, description=stage.description)
        )
    for position, crit in enumerate(DEFAULT_CRITERIA, start=1):
        session.add(
            Criterion(uuid=reference_id("criterion", crit.key), position=position,
                      name=crit.name, description=crit.description)
        )
    regions = {}
    for r in REGIONS:
        regions[r.code] = Region(uuid=reference_id("region", r.code), code=r.code, name=r.name,
                                 province=r.province, kind=r.kind.value)
    session.add_all(regions.values())
    session.flush()
    for row in _read_csv(reference_dir / FLANDERS_CSV):
        code = default_region_code(row["nis_code"], row["reference_region"])
        muni = Municipality(
            uuid=reference_id("municipality", row["nis_code"]), nis_code=row["nis_code"],
            name=row["name"], province=row["province"],
            reference_region=row["reference_region"], region_id=regions[code].id,
        )
        muni.former = [FormerMunicipality(name=n, nis_code=c)
                       for n, c in parse_merged_from(row["merged_from"])]
        session.add(muni)
    for row in _read_csv(reference_dir / BRUSSELS_CSV):
        session.add(
            Municipality(
                uuid=reference_id("municipality", row["nis_code"]), nis_code=row["nis_code"],
                name=row["name"], province="Brussels Hoofdstedelijk Gewest",
                reference_region="Brussel", region_id=regions[BRUSSELS_REGION].id,
            )
        )
    session.flush()


def resolve_municipality(session: Session, name_or_code: str) -> Municipality | None:
    """Find a municipality by its name or NIS code, including the former ones of 2025."""
    key = name_or_code.strip()
    muni = session.scalar(
        select(Municipality).where(
            (Municipality.nis_code == key) | (Municipality.name.ilike(key))
        )
    )
    if muni is not None:
        return muni
    return session.scalar(
        select(Municipality)
        .join(FormerMunicipality)
        .where((FormerMunicipality.nis_code == key) | (FormerMunicipality.name.ilike(key)))
    )
