"""The report's words in Dutch and English.

The report's language is chosen per report (a coach may send an English one to a funder while
working in Dutch), and the command line paints it without loading the window's translators,
so its words live here, like the vocabularies' labels, rather than in the .ts files.
"""

from __future__ import annotations

from datetime import date

TEXTS: dict[str, dict[str, str]] = {
    "nl": {
        "title": "Voortgangsrapport oproep 41",
        "subtitle": "Regionale organisatienetwerken voor de participatie van nieuwkomers",
        "state_on": "Stand van zaken op {day}",
        "made_by": "Opgemaakt door {coach} met CoachDesk {version}",
        "made_by_nobody": "Opgemaakt met CoachDesk {version}",
        "scope_all": "alle {n} regio's",
        "scope_some": "{n} van de regio's: {names}",
        "no_personal": "zonder persoonsgegevens: namen van personen zijn vervangen door hun "
                       "organisatie",
        "today": "Waar de regio's vandaag staan",
        "regions_n": "{n} regio's",
        "region_1": "1 regio",
        "road": "De weg tot nu: aantal regio's per fase, maand per maand",
        "road_note": "Elke kleur is een fase; de hoogte van een band is het aantal regio's in "
                     "die fase op het einde van de maand.",
        "stalled": "Stilgevallen regio's",
        "stalled_none": "Geen enkele regio is stilgevallen: elke regio had contact in de "
                        "laatste {days} dagen.",
        "stalled_line": "{stage}; {contact}; {in_stage}.",
        "no_contact_ever": "nog geen contact",
        "no_contact_days": "geen contact sinds {n} dagen",
        "in_stage_days": "{n} dagen in deze fase",
        "stalled_rule": "Een regio is stilgevallen als ze {days} dagen of langer geen contact "
                        "had.",
        "stage_since": "sinds {day} ({n} dagen)",
        "leader": "Netwerkleider",
        "leader_none": "nog niet gevonden",
        "municipalities": "Gemeenten",
        "joined_of": "{joined} van {total} aangesloten",
        "joined_none": "nog geen van de {total} aangesloten",
        "proposal": "Projectvoorstel",
        "proposal_none": "nog geen versie ontvangen",
        "version_line": "versie {n}, ontvangen op {day}: {status}",
        "proposal_status": "status: {status}",
        "criteria": "Beoordeling per criterium (laatste versie)",
        "not_rated": "niet beoordeeld",
        "contacts": "Laatste contacten",
        "contacts_none": "nog geen contact",
        "actions": "Acties",
        "actions_line": "{open} open, waarvan {late} te laat",
        "actions_line_ok": "{open} open, geen enkele te laat",
        "road_short": "Verloop",
        "version_now": "status nu: {status}",
        "changes_count": "{stages} faseovergangen, {leaders} nieuwe netwerkleiders en "
                         "{versions} ontvangen versies van projectvoorstellen.",
        "versions_n": "versies {first} tot {last} ontvangen ({n})",
        "versions_since": "de eerste op {day}; de laatste nu: {status}",
        "guide": "In dit rapport",
        "guide_regions": "Pagina 2 tot {last}: elke regio op een halve pagina, in "
                         "alfabetische volgorde: fase en verloop, netwerkleider, aangesloten "
                         "gemeenten, het projectvoorstel met zijn beoordeling, de laatste "
                         "contacten, openstaande acties en de volgende stap.",
        "guide_region_page": "Pagina 2: elke regio op een halve pagina: fase en verloop, "
                             "netwerkleider, aangesloten gemeenten, het projectvoorstel met zijn "
                             "beoordeling, de laatste contacten, openstaande acties en de "
                             "volgende stap.",
        "guide_changes": "Pagina {first}: wat veranderde van {start} tot {end}.",
        "guide_changes_n": "Pagina {first} tot {last}: wat veranderde van {start} tot {end}.",
        "actions_none": "geen open acties",
        "due": "vervallen op {day}",
        "next_step": "Volgende stap",
        "next_step_none": "geen volgende stap vastgelegd",
        "on_day": "tegen {day}",
        "changes": "Wat veranderde van {start} tot {end}",
        "changes_more": "Wat veranderde (vervolg)",
        "changes_none": "In deze periode veranderde er niets aan fasen, netwerkleiders of "
                        "voorstelversies.",
        "changes_note": "Faseovergangen, nieuwe netwerkleiders en ontvangen versies van het "
                        "projectvoorstel, zoals ook het blad Wijzigingen van de overdracht ze "
                        "bijhoudt.",
        "col_date": "Datum", "col_region": "Regio", "col_what": "Wat", "col_note": "Toelichting",
        "kind_stage": "Fase", "kind_leader": "Netwerkleider", "kind_version": "Voorstel",
        "version_n": "versie {n} ontvangen",
        "leader_before": "voordien: {name}",
        "page": "pagina {n} van {total}",
        "criteria_key": "Criteria",
        "ratings_key": "Kleuren",
        "stage_n": "fase {n} van {total}",
    },
    "en": {
        "title": "Progress report, call 41",
        "subtitle": "Regional organisation networks for newcomers' participation",
        "state_on": "State of affairs on {day}",
        "made_by": "Prepared by {coach} with CoachDesk {version}",
        "made_by_nobody": "Prepared with CoachDesk {version}",
        "scope_all": "all {n} regions",
        "scope_some": "{n} of the regions: {names}",
        "no_personal": "without personal data: people's names are replaced by their "
                       "organisation",
        "today": "Where the regions stand today",
        "regions_n": "{n} regions",
        "region_1": "1 region",
        "road": "The road so far: regions per stage, month by month",
        "road_note": "Each colour is a stage; the height of a band is the number of regions "
                     "in that stage at the end of the month.",
        "stalled": "Stalled regions",
        "stalled_none": "No region has stalled: every region had contact in the last {days} "
                        "days.",
        "stalled_line": "{stage}; {contact}; {in_stage}.",
        "no_contact_ever": "no contact yet",
        "no_contact_days": "no contact for {n} days",
        "in_stage_days": "{n} days in this stage",
        "stalled_rule": "A region has stalled when it had no contact for {days} days or more.",
        "stage_since": "since {day} ({n} days)",
        "leader": "Network leader",
        "leader_none": "not found yet",
        "municipalities": "Municipalities",
        "joined_of": "{joined} of {total} joined",
        "joined_none": "none of the {total} joined yet",
        "proposal": "Project proposal",
        "proposal_none": "no version received yet",
        "version_line": "version {n}, received on {day}: {status}",
        "proposal_status": "status: {status}",
        "criteria": "Rating per criterion (latest version)",
        "not_rated": "not rated",
        "contacts": "Latest contacts",
        "contacts_none": "no contact yet",
        "actions": "Actions",
        "actions_line": "{open} open, {late} of them overdue",
        "actions_line_ok": "{open} open, none overdue",
        "road_short": "The road",
        "version_now": "status now: {status}",
        "changes_count": "{stages} stage changes, {leaders} new network leaders and {versions} "
                         "versions of project proposals received.",
        "versions_n": "versions {first} to {last} received ({n})",
        "versions_since": "the first on {day}; the latest now: {status}",
        "guide": "In this report",
        "guide_regions": "Pages 2 to {last}: each region on half a page, in alphabetical order: "
                         "stage and road so far, network leader, municipalities joined, the "
                         "project proposal with its rating, the latest contacts, open actions "
                         "and the next step.",
        "guide_region_page": "Page 2: each region on half a page: stage and road so far, network "
                             "leader, municipalities joined, the project proposal with its "
                             "rating, the latest contacts, open actions and the next step.",
        "guide_changes": "Page {first}: what changed from {start} to {end}.",
        "guide_changes_n": "Pages {first} to {last}: what changed from {start} to {end}.",
        "actions_none": "no open actions",
        "due": "due on {day}",
        "next_step": "Next step",
        "next_step_none": "no next step recorded",
        "on_day": "by {day}",
        "changes": "What changed from {start} to {end}",
        "changes_more": "What changed (continued)",
        "changes_none": "Nothing changed in stages, network leaders or proposal versions in "
                        "this period.",
        "changes_note": "Stage changes, new network leaders and proposal versions received, as "
                        "the handoff workbook's Wijzigingen sheet also tracks them.",
        "col_date": "Date", "col_region": "Region", "col_what": "What", "col_note": "Note",
        "kind_stage": "Stage", "kind_leader": "Network leader", "kind_version": "Proposal",
        "version_n": "version {n} received",
        "leader_before": "before: {name}",
        "page": "page {n} of {total}",
        "criteria_key": "Criteria",
        "ratings_key": "Colours",
        "stage_n": "stage {n} of {total}",
    },
}

MONTHS = {
    "nl": ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}


class Words:
    """`words("key", name=value)`: the sentence in the report's language, filled in."""

    def __init__(self, lang: str) -> None:
        self.lang = lang if lang in TEXTS else "nl"
        self._texts = TEXTS[self.lang]

    def __call__(self, key: str, **values: object) -> str:
        return self._texts[key].format(**values)

    @staticmethod
    def day(value: date | None) -> str:
        return f"{value.day:02d}/{value.month:02d}/{value.year}" if value else "–"

    def month(self, value: date) -> str:
        return f"{MONTHS[self.lang][value.month - 1]} {value:%y}"
