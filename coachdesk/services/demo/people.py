"""Organisations and people: local governments, partners, companies and their contacts."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from coachdesk.services.demo import names
from coachdesk.services.demo.context import Demo, MuniRef, RegionRef
from coachdesk.services.demo.plans import RegionPlan

PERSON_KINDS = ("local_government", "intermunicipal", "agii", "civil_society", "company")
PERSON_KIND_WEIGHTS = (55, 10, 10, 15, 10)
LEADER_FUNCTIONS = {"westhoek": "integratieambtenaar", "regio-brugge": "beleidsmedewerker samenleven"}


@dataclass(frozen=True)
class Org:
    id: int
    name: str
    kind: str
    region_id: int | None
    muni: MuniRef | None
    domain: str


@dataclass(frozen=True)
class PersonRef:
    id: int
    name: str
    org: Org
    region_id: int | None


@dataclass
class Directory:
    """The organisations and people the rest of the demo refers to."""

    orgs: dict[int | None, dict[str, list[Org]]] = field(default_factory=dict)
    government: dict[int, Org] = field(default_factory=dict)  # municipality id -> its government
    people: dict[int | None, list[PersonRef]] = field(default_factory=dict)  # None: national
    key_people: dict[str, PersonRef] = field(default_factory=dict)

    def add_org(self, org: Org) -> None:
        self.orgs.setdefault(org.region_id, {}).setdefault(org.kind, []).append(org)

    def add_person(self, person: PersonRef) -> None:
        self.people.setdefault(person.region_id, []).append(person)


def slug(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(c for c in plain.lower() if c.isalnum() or c == "-").strip("-")


def build_directory(demo: Demo, plans: list[RegionPlan]) -> Directory:
    directory = Directory()
    _national_orgs(demo, directory)
    for plan in plans:
        _regional_orgs(demo, directory, plan.region, plan.munis)
    _local_orgs(demo, directory, plans)
    _key_people(demo, directory, plans)
    _more_people(demo, directory, plans)
    return directory


def _add_org(demo: Demo, d: Directory, name: str, kind: str, region: RegionRef | None,
             muni: MuniRef | None = None, domain: str | None = None) -> Org:
    company_number = _company_number(demo) if kind == "company" else ""
    created = demo.start - demo.days(1)
    org_id = demo.add("organisation", {
        "name": name, "kind": kind, "company_number": company_number,
        "municipality_id": muni.id if muni else None,
        "region_id": region.id if region else None, "notes": "", **demo.tracked(created),
    })
    org = Org(org_id, name, kind, region.id if region else None, muni,
              domain or f"demo-{slug(name.replace(' vzw', '').replace('vzw ', ''))}.be")
    d.add_org(org)
    return org


def _company_number(demo: Demo) -> str:
    """A Belgian enterprise number with a valid check (97 - first eight digits mod 97)."""
    base = demo.rng.randint(2_000_000, 9_999_999)  # 0 + seven digits
    digits = f"0{base}{97 - base % 97:02d}"
    return f"{digits[:4]}.{digits[4:7]}.{digits[7:]}"


def _national_orgs(demo: Demo, d: Directory) -> None:
    for name, kind in names.NATIONAL_ORGANISATIONS:
        _add_org(demo, d, name, kind, None)


def _regional_orgs(demo: Demo, d: Directory, region: RegionRef, munis: list[MuniRef]) -> None:
    for muni in munis:
        d.government[muni.id] = _add_org(demo, d, muni.government, "local_government", region,
                                         muni, f"demo-{slug(muni.name)}.be")
    for name in names.INTERMUNICIPAL[region.code]:
        _add_org(demo, d, name, "intermunicipal", region)
    office = region.name if region.code.startswith("stad-") or region.code == "brussel" \
        else f"regio {region.name}"
    _add_org(demo, d, f"AgII {office}".replace("Stad ", ""), "agii", region,
             domain="demo-integratie-inburgering.be")
    template = demo.rng.choice(names.REGIONAL_CIVIL)
    _add_org(demo, d, template.format(regio=region.name), "civil_society", region)


def _local_orgs(demo: Demo, d: Directory, plans: list[RegionPlan]) -> None:
    rng, size = demo.rng, demo.size
    cities = [(p, m) for p in plans for m in p.munis if m.is_city]
    for plan, muni in rng.sample(cities, min(size.ocmw, len(cities))):
        _add_org(demo, d, f"OCMW {muni.name}", "local_government", plan.region, muni,
                 f"demo-{slug(muni.name)}.be")
    seen: set[str] = set()
    for count, templates, kind in ((size.local_organisations, names.LOCAL_CIVIL, "civil_society"),
                                   (size.companies, names.COMPANY_TEMPLATES, "company")):
        while count > 0:
            plan = rng.choice(plans)
            muni = rng.choice(plan.munis)
            name = rng.choice(templates).format(gemeente=muni.name, naam=rng.choice(names.SURNAMES))
            if name not in seen:
                seen.add(name)
                _add_org(demo, d, name, kind, plan.region, muni)
                count -= 1


def _key_people(demo: Demo, d: Directory, plans: list[RegionPlan]) -> None:
    """Everyone the journeys name, and in every region its leader's official and AgII."""
    for plan in plans:
        code = plan.code
        leader_gov = d.government[plan.leader[0].id]
        function = LEADER_FUNCTIONS.get(code, "schepen van samenleven")
        d.key_people[f"{code}:leader"] = _person(demo, d, plan, leader_gov, function)
        agii = _first(d, plan, "agii")
        d.key_people[f"{code}:agii"] = _person(demo, d, plan, agii, "consulent AgII")
        if plan.withdrawn is not None:
            d.key_people[f"{code}:withdrawn"] = _person(
                demo, d, plan, d.government[plan.withdrawn.id], "schepen van samenleven")
        official = d.government[demo.rng.choice(plan.munis).id]
        _person(demo, d, plan, official, "integratieambtenaar")
    kempen = next(p for p in plans if p.code == "kempen")
    d.key_people["kempen:mol"] = _person(
        demo, d, kempen, d.government[demo.ref.muni_named(kempen.region, "Mol").id],
        "beleidsmedewerker samenleven", ("Jan", "Peeters"))
    d.key_people["kempen:geel"] = _person(
        demo, d, kempen, d.government[demo.ref.muni_named(kempen.region, "Geel").id],
        "schepen van samenleven")
    welfare = next(o for o in d.orgs[kempen.region.id]["intermunicipal"] if "Welzijn" in o.name)
    d.key_people["kempen:director"] = _person(demo, d, kempen, welfare,
                                              "directeur intergemeentelijke vereniging")
    _person(demo, d, kempen, _first(d, kempen, "agii"), "consulent AgII")
    for name, _kind in names.NATIONAL_ORGANISATIONS:
        org = next(o for group in d.orgs[None].values() for o in group if o.name == name)
        _person(demo, d, None, org, demo.rng.choice(names.FUNCTIONS[org.kind]))


def _more_people(demo: Demo, d: Directory, plans: list[RegionPlan]) -> None:
    rng = demo.rng
    weights = [len(p.munis) ** 0.5 for p in plans]
    missing = demo.size.people - sum(len(group) for group in d.people.values())
    for _ in range(missing):
        plan = rng.choices(plans, weights)[0]
        kind = rng.choices(PERSON_KINDS, PERSON_KIND_WEIGHTS)[0]
        candidates = d.orgs[plan.region.id].get(kind) or d.orgs[plan.region.id]["local_government"]
        org = rng.choice(candidates)
        group = "ocmw" if org.name.startswith("OCMW") else org.kind
        _person(demo, d, plan, org, rng.choice(names.FUNCTIONS[group]))


def _first(d: Directory, plan: RegionPlan, kind: str) -> Org:
    return d.orgs[plan.region.id][kind][0]


def _person(demo: Demo, d: Directory, plan: RegionPlan | None, org: Org, function: str,
            name: tuple[str, str] | None = None) -> PersonRef:
    rng = demo.rng
    first, last = name or (rng.choice(names.FIRST_NAMES), rng.choice(names.SURNAMES))
    full = f"{first} {last}"
    lo, hi = (plan.active_from, plan.active_until) if plan else (demo.start, demo.today)
    created = demo.day_between(lo - demo.days(20), hi)
    person_id = demo.add("person", {
        "name": full, "function": function, "organisation_id": org.id,
        "region_id": plan.region.id if plan else None,
        "email": f"{slug(first)}.{slug(last.replace(' ', ''))}@{org.domain}",
        "phone": _phone(demo, plan.code if plan else "brussel"),
        "notes": rng.choice(names.PERSON_NOTES) if rng.random() < 0.1 else "",
        "legal_basis": _legal_basis(demo, org.kind),
        **demo.tracked(created, demo.day_between(created, hi)),
    })
    person = PersonRef(person_id, full, org, plan.region.id if plan else None)
    d.add_person(person)
    return person


def _phone(demo: Demo, region_code: str) -> str:
    rng = demo.rng
    roll = rng.random()
    if roll < 0.1:
        return ""
    if roll < 0.55:
        pairs = " ".join(str(rng.randint(10, 99)) for _ in range(3))
        return f"04{rng.randint(70, 99)} {pairs}"
    zone = names.PHONE_ZONES[region_code]
    if len(zone) == 1:
        return f"+32 {zone} {rng.randint(200, 799)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
    return f"+32 {zone} {rng.randint(20, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"


def _legal_basis(demo: Demo, kind: str) -> str:
    roll = demo.rng.random()
    if kind in ("civil_society", "company"):
        return "legitimate_interest" if roll < 0.7 else "consent" if roll < 0.95 else "contract"
    return "public_task" if roll < 0.9 else "legitimate_interest"
