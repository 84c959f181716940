"""The child of the kill test: keeps writing through the services until it is killed.

    python kill_child.py DB BACKUP_DIR SEED WORKBOOK_A WORKBOOK_B

Prints `ready`, then one line per committed change, flushed the moment the service returns:
    moment ID ACTIONS PARTICIPANTS | stage ID | import A|B FIELDS | members REGION NOTE | version ID
and, so the parent can kill at any statement (inside transactions too), a line `sql OP`
before each write statement, each commit and each backup.
"""

from __future__ import annotations

import random
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # `tests` and `coachdesk`

from sqlalchemy import event

from coachdesk.domain.errors import ValidationError
from coachdesk.domain.vocabulary import MembershipStatus
from coachdesk.exchange.documents import read_document
from coachdesk.exchange.workbook_reader import read_handoff
from coachdesk.services.container import Services
from coachdesk.services.database import open_coachdesk_db
from coachdesk.services.handoff_import import ImportChoices
from coachdesk.services.logbook import ActionDraft, MomentDraft, ParticipantRef
from coachdesk.services.progress import StageChangeInput
from tests.proposal_files import pdf_bytes

SUBJECT = "Kill test"
WRITES = ("INSERT", "UPDATE", "DELETE", "COMMIT")


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


class Writer:
    def __init__(self, services: Services, rng: random.Random, workbooks: dict) -> None:
        self.svc, self.rng, self.workbooks = services, rng, workbooks
        self.op = "idle"
        self.people = [p.id for p in services.contacts.people(limit=50)]
        self.regions = [r.id for r in services.regions.list_regions()]
        self.proposals = [p.proposal_id for p in services.proposals.overview() if p.proposal_id]
        self.stages = [s.id for s in services.progress.stages()]
        self.last_moment: int | None = None
        event.listen(services.db.engine, "before_cursor_execute", self._on_sql)
        event.listen(services.db.engine, "commit", lambda _conn: say(f"sql {self.op} commit"))
        snapshot = services.backups.snapshot

        def noisy_snapshot(reason: str) -> Path:
            say(f"sql {self.op} backup")
            return snapshot(reason)

        services.backups.snapshot = noisy_snapshot  # type: ignore[method-assign]

    def _on_sql(self, _conn, _cursor, statement: str, *_args) -> None:  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith(WRITES):
            say(f"sql {self.op}")

    def moment(self) -> None:
        self.op = "moment"
        n_actions, n_people = self.rng.randint(1, 4), self.rng.randint(1, 3)
        known = self.rng.sample(self.people, min(len(self.people), n_people - 1))
        refs = [ParticipantRef("person", person_id) for person_id in known]
        refs += [ParticipantRef("person", None, name=f"Deelnemer {self.rng.randint(1, 10**6)}")
                 for _ in range(n_people - len(known))]
        today = date.today()
        draft = MomentDraft(
            happened_on=today, kind="regional_meeting", region_id=self.rng.choice(self.regions),
            subject=f"{SUBJECT}: {n_actions} acties, {n_people} deelnemers",
            report="Regio-overleg. " * self.rng.randint(1, 200), participants=refs,
            actions=[ActionDraft(f"Opvolging {i}", "Lies", today) for i in range(n_actions)],
        )
        moment_id, action_ids = self.svc.logbook.log_moment(draft)
        self.last_moment = moment_id
        say(f"moment {moment_id} {len(action_ids)} {n_people}")

    def stage(self) -> None:
        self.op = "stage"
        region = self.rng.choice(self.regions)
        current, _since = self.svc.progress.current(region)
        target = self.rng.choice([s for s in self.stages if s != current])
        change = StageChangeInput(region, target, date.today(), reason=f"{SUBJECT}: fase",
                                  evidence_moment_id=self.last_moment)
        try:
            change_id = self.svc.progress.change_stage(change)
        except ValidationError as exc:  # a rule of the stage model, not a crash: nothing stored
            say(f"refused {exc.params.get('rule', '')}")
            return
        say(f"stage {change_id}")

    def import_(self) -> None:
        self.op = "import"
        which = self.rng.choice("AB")
        plan = self.svc.handoff.plan_import(self.workbooks[which])
        take = {(c.sheet, c.key, c.attr) for c in plan.conflicts}
        changed = self.svc.handoff.apply_import(plan, ImportChoices(take_workbook=take))
        say(f"import {which} {changed}")

    def members(self) -> None:
        """A bulk change: every municipality of a region gets one status and note."""
        self.op = "members"
        region = self.rng.choice(self.regions)
        ids = [m.id for m in self.svc.regions.municipalities(region)]
        status = self.rng.choice(list(MembershipStatus))
        note = f"{SUBJECT} {self.rng.randint(1, 10**9)}"
        self.svc.regions.set_membership(ids, status, date.today(), note)
        say(f"members {region} {note.split()[-1]}")

    def version(self) -> None:
        """A proposal draft: a version row with its file (a blob) and extracted text."""
        self.op = "version"
        name = f"kill-{self.rng.randint(1, 10**9)}.pdf"
        data = pdf_bytes([[f"Projectvoorstel {name}", "Netwerkleiderschap. " * 40]] * 3)
        document = read_document(name, data)
        row = self.svc.proposals.add_version(self.rng.choice(self.proposals), name, data,
                                             date.today(), document)
        say(f"version {row.id}")

    def run(self) -> None:
        steps = ([self.moment] * 3 + [self.stage] * 2 + [self.import_] * 2 + [self.members]
                 + [self.version])
        while True:
            self.rng.choice(steps)()
            self.op = "idle"


def main() -> None:
    db, backups, seed, book_a, book_b = sys.argv[1:6]
    services = Services(open_coachdesk_db(Path(db), backup_dir=Path(backups)))
    workbooks = {"A": read_handoff(Path(book_a)), "B": read_handoff(Path(book_b))}
    writer = Writer(services, random.Random(int(seed)), workbooks)
    say("ready")
    writer.run()


if __name__ == "__main__":
    main()
