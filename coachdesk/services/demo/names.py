"""Dutch names for the demo: people, functions, organisations and phone zones."""

from __future__ import annotations

COACH_NAME = "Lies Vermeulen"

FIRST_NAMES = (
    "Lies", "Jan", "An", "Pieter", "Fatima", "Mohamed", "Els", "Bart", "Sofie", "Wouter",
    "Nathalie", "Yusuf", "Katrien", "Tom", "Veerle", "Koen", "Sarah", "Stijn", "Ann", "Dirk",
    "Griet", "Joris", "Hilde", "Kristof", "Leen", "Maarten", "Inge", "Geert", "Evelien",
    "Thomas", "Lotte", "Jeroen", "Ine", "Bram", "Karolien", "Nico", "Marleen", "Frederik",
    "Hanne", "Jonas", "Elke", "Ruben", "Annelies", "Steven", "Liesbeth", "Tim", "Charlotte",
    "Glenn", "Nele", "Kevin", "Saskia", "Filip", "Ilse", "Dries", "Eva", "Ahmed", "Samira",
    "Karim", "Nadia", "Hamza", "Amira", "Youssef", "Leila", "Ayoub", "Meryem", "Emre", "Elif",
    "Mustafa", "Zeynep", "Ali", "Aïcha", "Omar", "Soufiane", "Ikram", "Dimitri", "Olga",
    "Agnieszka", "Tomasz", "Ana", "João", "Marie", "Luc", "Chantal", "Patrick", "Martine",
    "Jef", "Mieke", "Ward", "Fien", "Arne", "Lore", "Senne", "Febe", "Zoë", "Jana", "Lieve",
)

SURNAMES = (
    "Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens",
    "Wouters", "De Smet", "Van den Broeck", "El Amrani", "Dubois", "Lambrechts", "Dumont",
    "Hermans", "Michiels", "Smets", "Aerts", "De Clercq", "Van Damme", "Verstraeten",
    "Leclercq", "Desmet", "Vermeulen", "Pauwels", "Martens", "Cools", "Hendrickx",
    "Van de Velde", "De Vos", "Van Dyck", "Segers", "De Backer", "Verhoeven", "Vandenberghe",
    "De Cock", "Van Hecke", "Coppens", "Declercq", "Bogaert", "Verbeke", "Stevens", "Baert",
    "Vermeersch", "Wuyts", "De Wilde", "Van Acker", "Thijs", "Geerts", "Bosmans", "Vanhove",
    "Verlinden", "Mahieu", "De Meyer", "Vervoort", "Callens", "Lenaerts", "Van Hoof",
    "Boukhari", "Benali", "Bouzid", "El Idrissi", "Yilmaz", "Kaya", "Demir", "Öztürk",
    "Çelik", "Haddouchi", "Azzouzi", "Kowalski", "Nowak", "Popescu", "Mukendi", "Kabongo",
    "Nguyen", "Haidari", "Ahmadi", "Tesfaye", "Van Gucht", "D'Hondt", "Ghesquière",
)

# Municipalities that carry the title of city ("Stad X"); the rest are "Gemeente X".
CITIES = frozenset((
    "Aalst", "Aarschot", "Antwerpen", "Beringen", "Bilzen-Hoeselt", "Blankenberge", "Bree",
    "Brugge", "Brussel", "Damme", "Deinze", "Dendermonde", "Diest", "Diksmuide",
    "Dilsen-Stokkem", "Eeklo", "Geel", "Genk", "Geraardsbergen", "Gent", "Gistel", "Halen",
    "Halle", "Hamont-Achel", "Harelbeke", "Hasselt", "Herentals", "Herk-de-Stad",
    "Hoogstraten", "Ieper", "Izegem", "Kortrijk", "Landen", "Leuven", "Lier", "Lokeren",
    "Lommel", "Lo-Reninge", "Maaseik", "Mechelen", "Menen", "Mesen", "Mortsel", "Nieuwpoort",
    "Ninove", "Oostende", "Oudenaarde", "Oudenburg", "Peer", "Poperinge", "Roeselare", "Ronse",
    "Scherpenheuvel-Zichem", "Sint-Niklaas", "Sint-Truiden", "Tielt", "Tienen",
    "Tongeren-Borgloon", "Torhout", "Turnhout", "Veurne", "Vilvoorde", "Waregem", "Wervik",
    "Zottegem", "Zoutleeuw",
))

# Intermunicipal bodies and regional partners per region code.
INTERMUNICIPAL: dict[str, tuple[str, ...]] = {
    "brussel": ("Vlaamse Gemeenschapscommissie",),
    "stad-antwerpen": ("Atlas, integratie & inburgering Antwerpen",),
    "stad-gent": ("IN-Gent",),
    "regio-antwerpen": ("IGEAN",),
    "rivierenland": ("IGEMO",),
    "kempen": ("IOK", "Welzijnszorg Kempen"),
    "halle-vilvoorde": ("Haviland",),
    "oost-brabant": ("Interleuven",),
    "regio-brugge": ("WVI",),
    "middenkust": ("Intergemeentelijke samenwerking Middenkust",),
    "westhoek": ("Westhoekoverleg",),
    "midwest": ("Midwestoverleg",),
    "zuid-west-vlaanderen": ("Leiedal",),
    "regio-gent": ("Veneco", "Welzijnsband Meetjesland"),
    "waasland": ("Interwaas",),
    "denderregio": ("SOLVA",),
    "vlaamse-ardennen": ("Welzijnsvereniging Vlaamse Ardennen",),
    "limburg": ("Regionaal Welzijnsoverleg Limburg",),
}

NATIONAL_ORGANISATIONS: tuple[tuple[str, str], ...] = (
    ("VVSG", "vvsg"),
    ("Europa WSE", "other"),
    ("Vluchtelingenwerk Vlaanderen", "civil_society"),
    ("Samenlevingsopbouw", "civil_society"),
    ("Rode Kruis Vlaanderen", "civil_society"),
    ("Caritas Vlaanderen", "civil_society"),
    ("Orbit vzw", "civil_society"),
)

REGIONAL_CIVIL = ("Vormingplus {regio}", "CAW {regio}", "Vrijwilligerscentrale {regio}")
LOCAL_CIVIL = (
    "vzw Buurtwerk {gemeente}", "Welzijnsschakels {gemeente}", "Taalcafé {gemeente} vzw",
    "Sportclub {gemeente} vzw", "Jeugdhuis {gemeente} vzw", "Vrijwilligerspunt {gemeente}",
    "Repaircafé {gemeente} vzw", "Buddywerking {gemeente} vzw",
)
COMPANY_TEMPLATES = (
    "Bouwbedrijf {naam} nv", "Schoonmaakbedrijf {naam} bv", "Transport {naam} bv",
    "Tuinbouwbedrijf {naam}", "Bakkerij {naam} bv", "Garage {naam} bv",
    "Drukkerij {naam} nv", "Installatiebedrijf {naam} bv", "Woonzorgcentrum {gemeente} vzw",
    "Logistiek {gemeente} nv",
)

FUNCTIONS: dict[str, tuple[str, ...]] = {
    "local_government": (
        "schepen van samenleven", "schepen van integratie", "schepen van welzijn",
        "burgemeester", "beleidsmedewerker samenleven", "integratieambtenaar",
        "diensthoofd welzijn", "algemeen directeur", "coördinator sociaal huis",
        "beleidsmedewerker vrijwilligerswerk", "beleidsmedewerker samenleven",
        "integratieambtenaar",
    ),
    "ocmw": (
        "voorzitter bijzonder comité sociale dienst", "maatschappelijk werker",
        "diensthoofd sociale dienst",
    ),
    "intermunicipal": (
        "directeur intergemeentelijke vereniging", "regiocoördinator",
        "stafmedewerker welzijn", "projectmedewerker samenleven",
    ),
    "agii": ("consulent AgII", "trajectbegeleider inburgering", "teamcoach AgII",
             "consulent lokale besturen AgII"),
    "vvsg": ("stafmedewerker integratie VVSG", "adviseur samenleven VVSG"),
    "civil_society": ("coördinator vzw", "stafmedewerker", "vrijwilligerscoördinator",
                      "opbouwwerker", "directeur"),
    "company": ("HR-verantwoordelijke", "zaakvoerder", "personeelsverantwoordelijke",
                "diversiteitsconsulent"),
    "other": ("projectadviseur Europa WSE", "dossierbeheerder Europa WSE"),
}

# Telephone zone per region, for landline numbers ("+32 14 56 78 90").
PHONE_ZONES: dict[str, str] = {
    "brussel": "2", "stad-antwerpen": "3", "regio-antwerpen": "3", "rivierenland": "15",
    "kempen": "14", "halle-vilvoorde": "2", "oost-brabant": "16", "regio-brugge": "50",
    "middenkust": "59", "westhoek": "57", "midwest": "51", "zuid-west-vlaanderen": "56",
    "regio-gent": "9", "stad-gent": "9", "waasland": "3", "denderregio": "53",
    "vlaamse-ardennen": "55", "limburg": "11",
}

PERSON_NOTES = (
    "Liever contact via e-mail.", "Werkt deeltijds (maandag tot donderdag).",
    "Zetelt in de stuurgroep van het regio-overleg.", "Spreekt ook Frans en Engels.",
    "Nieuw in functie sinds de verkiezingen.", "Vaste contactpersoon voor de kennismakingsstages.",
)
