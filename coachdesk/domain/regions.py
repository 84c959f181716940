"""The 18 network regions of call 41 and the default stage model (DOMAIN.md)."""

from __future__ import annotations

from dataclasses import dataclass

from coachdesk.domain.vocabulary import RegionKind


@dataclass(frozen=True)
class RegionDef:
    code: str
    name: str
    province: str
    kind: RegionKind


REGIONS: tuple[RegionDef, ...] = (
    RegionDef("brussel", "Brussel", "Brussels Hoofdstedelijk Gewest", RegionKind.BRUSSELS),
    RegionDef("stad-antwerpen", "Stad Antwerpen", "Antwerpen", RegionKind.CITY),
    RegionDef("stad-gent", "Stad Gent", "Oost-Vlaanderen", RegionKind.CITY),
    RegionDef("regio-antwerpen", "Regio Antwerpen", "Antwerpen", RegionKind.REFERENCE_REGION),
    RegionDef("rivierenland", "Rivierenland", "Antwerpen", RegionKind.REFERENCE_REGION),
    RegionDef("kempen", "Kempen", "Antwerpen", RegionKind.REFERENCE_REGION),
    RegionDef("halle-vilvoorde", "Halle-Vilvoorde", "Vlaams-Brabant", RegionKind.REFERENCE_REGION),
    RegionDef("oost-brabant", "Oost-Brabant", "Vlaams-Brabant", RegionKind.REFERENCE_REGION),
    RegionDef("regio-brugge", "Regio Brugge", "West-Vlaanderen", RegionKind.REFERENCE_REGION),
    RegionDef("middenkust", "Middenkust", "West-Vlaanderen", RegionKind.REFERENCE_REGION),
    RegionDef("westhoek", "Westhoek", "West-Vlaanderen", RegionKind.REFERENCE_REGION),
    RegionDef("midwest", "Midwest", "West-Vlaanderen", RegionKind.REFERENCE_REGION),
    RegionDef(
        "zuid-west-vlaanderen", "Zuid-West-Vlaanderen", "West-Vlaanderen",
        RegionKind.REFERENCE_REGION,
    ),
    RegionDef("regio-gent", "Regio Gent", "Oost-Vlaanderen", RegionKind.REFERENCE_REGION),
    RegionDef("waasland", "Waasland", "Oost-Vlaanderen", RegionKind.REFERENCE_REGION),
    RegionDef("denderregio", "Denderregio", "Oost-Vlaanderen", RegionKind.REFERENCE_REGION),
    RegionDef("vlaamse-ardennen", "Vlaamse Ardennen", "Oost-Vlaanderen", RegionKind.REFERENCE_REGION),
    RegionDef("limburg", "Limburg", "Limburg", RegionKind.REFERENCE_REGION),
)

# The cities that form a network of their own; the rest of their reference region is another
# network (DOMAIN.md: "the most likely reading", editable in the app).
CITY_REGIONS: dict[str, str] = {"11002": "stad-antwerpen", "44021": "stad-gent"}
BRUSSELS_REGION = "brussel"

# Reference-region names as written in the official list, mapped to our region codes.
REFERENCE_REGION_CODES: dict[str, str] = {
    r.name: r.code for r in REGIONS if r.kind is RegionKind.REFERENCE_REGION
}
REFERENCE_REGION_CODES["Regio Oostende"] = "middenkust"


def default_region_code(nis_code: str, reference_region: str) -> str:
    """The region a municipality belongs to by default."""
    if nis_code in CITY_REGIONS:
        return CITY_REGIONS[nis_code]
    return REFERENCE_REGION_CODES[reference_region]


@dataclass(frozen=True)
class StageDef:
    position: int
    key: str
    name: str
    description: str


DEFAULT_STAGES: tuple[StageDef, ...] = (
    StageDef(0, "not_started", "Niet gestart", "Regio nog niet bereikt"),
    StageDef(1, "informed", "Geïnformeerd", "Lokale besturen woonden de infosessie bij of kregen ze"),
    StageDef(2, "exploring", "Verkenning", "Bilaterale gesprekken en regio-overleg: wie trekt, wie doet mee"),
    StageDef(3, "leader_found", "Netwerkleider gevonden", "Een lokaal bestuur (of samenwerking) wil promotor zijn"),
    StageDef(4, "drafting", "Voorstel in opmaak", "Het projectvoorstel wordt met de promotor geschreven"),
    StageDef(5, "submitted", "Ingediend", "Voorstel ingediend bij Europa WSE"),
    StageDef(6, "approved", "Goedgekeurd", "Goedgekeurd (of teruggestuurd voor bijsturing)"),
    StageDef(7, "started", "Netwerk opgestart", "Netwerkcoach en regiocoördinator aangeworven, kick-off gehouden"),
)

# The default stages' names in English, by key. The stages are the coach's data (renameable),
# so a name only changes language while it is still the default name of its stage.
STAGE_NAMES_EN: dict[str, str] = {
    "not_started": "Not started",
    "informed": "Informed",
    "exploring": "Exploring",
    "leader_found": "Network leader found",
    "drafting": "Proposal being drafted",
    "submitted": "Submitted",
    "approved": "Approved",
    "started": "Network started",
}
_DEFAULT_KEYS = {stage.name: stage.key for stage in DEFAULT_STAGES}


def stage_label(name: str, lang: str, key: str | None = None) -> str:
    """A stage's name in the chosen language: a default stage's English name for "en" (found
    by its key, or by its default Dutch name when the key is not at hand); a name the coach
    gave a stage stays as written."""
    if lang != "en":
        return name
    found = _DEFAULT_KEYS.get(name)
    if found is None or (key is not None and key != found):
        return name
    return STAGE_NAMES_EN.get(found, name)


def stage_title(title: str, lang: str) -> str:
    """'Verkenning → Netwerkleider gevonden' with each stage in the chosen language."""
    return " → ".join(stage_label(part, lang) for part in title.split(" → "))


@dataclass(frozen=True)
class CriterionDef:
    key: str
    name: str
    description: str


DEFAULT_CRITERIA: tuple[CriterionDef, ...] = (
    CriterionDef("leadership", "Netwerkleiderschap en governance",
                 "Wie is promotor, hoe wordt het netwerk bestuurd en beslist?"),
    CriterionDef("partners", "Deelnemende lokale besturen en partners",
                 "Welke besturen en organisaties doen mee, met welk engagement?"),
    CriterionDef("analysis", "Analyse van noden en bestaand aanbod",
                 "Noden van nieuwkomers in de regio en het aanbod dat er al is."),
    CriterionDef("action_plan", "Actieplan voor participatietrajecten",
                 "Buddy, vrijwilligerswerk en kennismakingsstages: wat, wie, hoeveel."),
    CriterionDef("accessibility", "Toegankelijkheid en diversiteit van het aanbod",
                 "Bereik, spreiding en drempels van het aanbod."),
    CriterionDef("cooperation", "Samenwerking met AgII en middenveld",
                 "Afspraken met het Agentschap Integratie en Inburgering en het middenveld."),
    CriterionDef("staffing", "Personeel en budget",
                 "Netwerkcoach, regiocoördinator en een realistische begroting."),
    CriterionDef("monitoring", "Monitoring en leren",
                 "Hoe volgt het netwerk op, leert het en stuurt het bij?"),
    CriterionDef("continuity", "Continuïteit na het project",
                 "Wat blijft er na de projectperiode?"),
)
