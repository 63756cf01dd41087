package nl.regioregister.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.http.HttpStatus;

/**
 * The Achterhoek's NPVR path of 2025 (AB 5 maart 2025, Toelichting procesmiddelen NPVR 22 januari 2025) recorded
 * over HTTP in the documents' own order: the Rijk grants the procesmiddelen on 22 January, before the region names
 * its kassier on 1 February; the AB of 5 March states the preference IenW with VRO as alternative and asks the Rijk to
 * pay 300K of the 350K without BTW deduction; the Rijk grants that request and amends the grant; the programmamanager
 * starts; the uitkering is paid; the region submits its plan and uitvoeringsagenda together as one adaptive agenda,
 * and the plan is adopted before the agenda. The kassier's name and the people are examples.
 */
final class AchterhoekScenario {

    static final String REGIO = "/v1/regios/achterhoek";
    static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private AchterhoekScenario() {
    }

    static String besluit(String ingangsdatum, String bron) {
        return "\"besluit\": {\"ingangsdatum\": \"" + ingangsdatum + "\", \"motivering\": \"Achterhoek NPVR 2025\", "
                + "\"bron\": \"" + bron + "\"}";
    }

    /** A decision taken by a named body, e.g. the AB of the Regio Achterhoek. */
    static String besluitVan(String ingangsdatum, String bron, String orgaan, String naam) {
        return "\"besluit\": {\"ingangsdatum\": \"" + ingangsdatum + "\", \"motivering\": \"Achterhoek NPVR 2025\", "
                + "\"bron\": \"" + bron + "\", \"genomenDoor\": {\"soort\": \"" + orgaan + "\", \"naam\": \"" + naam
                + "\"}}";
    }

    static long speel(Regioregister register) {
        besluit(register, "bzk", REGIO + "/procesmiddelen/ken-toe", """
                {"jaar": 2025, "bedrag": 350000.00, "geschatteCompensabeleBtw": 60743.80, %s}""".formatted(
                besluitVan("2025-01-22", "Toelichting procesmiddelen NPVR, 22 januari 2025", "MINISTER",
                        "minister van BZK")));
        besluit(register, "achterhoek", REGIO + "/wijs-regiokassier-aan", """
                {"soort": "GEMEENTE", "naam": "Gemeente Doetinchem", "beheervorm": "DOORGEVEN_AAN_SAMENWERKINGSVERBAND",
                 "samenwerkingsverband": "Regio Achterhoek", %s}""".formatted(
                besluitVan("2025-02-01", "DB Regio Achterhoek 29 januari 2025", "DAGELIJKS_BESTUUR",
                        "DB Regio Achterhoek")));
        besluit(register, "achterhoek", REGIO + "/spreek-departementsvoorkeur-uit", """
                {"voorkeur": "IENW", "alternatief": "VRO", %s}""".formatted(
                besluitVan("2025-03-05", "AB 5 maart 2025, agendapunt 3", "ALGEMEEN_BESTUUR", "AB Regio Achterhoek")));
        besluit(register, "achterhoek", REGIO + "/verzoeken/dien-in", """
                {"verzoekId": "btw-procesmiddelen", "soort": "AFWIJKING",
                 "onderwerp": "Van de 350K per jaar 300K zonder btw-afdracht uitkeren",
                 "toelichting": "De middelen gaan naar eigen personeel", "gerichtAan": "BZK", %s}""".formatted(
                besluitVan("2025-03-05", "AB 5 maart 2025, agendapunt 3, memo onderdeel E", "ALGEMEEN_BESTUUR",
                        "AB Regio Achterhoek")));
        besluit(register, "bzk", REGIO + "/verzoeken/btw-procesmiddelen/beantwoord", """
                {"uitkomst": "TOEGEKEND", "antwoord": "Alleen over 50K wordt de geschatte btw ingehouden", %s}"""
                .formatted(besluit("2025-04-01", "Brief BZK aan de Regio Achterhoek")));
        besluit(register, "bzk", REGIO + "/procesmiddelen/2025/wijzig-toekenning", """
                {"bedrag": 350000.00, "geschatteCompensabeleBtw": 8677.69, %s}""".formatted(
                besluit("2025-04-01", "Brief BZK aan de Regio Achterhoek")));
        besluit(register, "bzk", REGIO + "/wijs-voorkeursdepartement-aan", """
                {"departement": "IENW", "ambtelijkTrekker": "K. de Wit",
                 "ambtelijkTrekkerFunctie": "directeur Regionale Bereikbaarheid", %s}""".formatted(
                besluit("2025-04-15", "Besluit voorkeursdepartementen NPVR")));
        besluit(register, "achterhoek", REGIO + "/stel-programmamanager-aan", """
                {"naam": "M. Jansen", "functie": "Programmamanager NPVR", "organisatie": "Regio Achterhoek", %s}"""
                .formatted(besluit("2025-04-01", "AB 5 maart 2025, agendapunt 3")));
        besluit(register, "bzk", REGIO + "/overleggen/leg-vast", """
                {"soort": "BESTUURLIJK_OVERLEG_RIJK_REGIO", "datum": "2025-03-20",
                 "deelnemers": ["minister van BZK", "voorzitters van de 11 regio's"], %s}""".formatted(
                besluit("2025-03-20", "Eerste bestuurlijk overleg NPVR, 20 maart 2025")));
        besluit(register, "bzk", REGIO + "/procesmiddelen/2025/betaal-uit", "{%s}".formatted(
                besluit("2025-06-01", "Meicirculaire gemeentefonds 2025")));
        besluit(register, "achterhoek", REGIO + "/plan/dien-in", """
                {"hoofdstukken": {"INTRODUCTIE": "Achterhoek Visie 2050", "PROBLEEMANALYSE": "Krimp en vergrijzing",
                                  "HUIDIGE_INZET_EN_HANDELINGSPERSPECTIEF": "Regio Deal en Achterhoek Board",
                                  "ORGANISATIE": "Kernteam, klankbordgroep, stuurgroep"},
                 "visiejaar": 2050,
                 "doorvertaling": {"VEILIGE_EN_LEEFBARE_REGIO": "Passende woningbouw in de kernen",
                                   "DUURZAAM_EN_BEREIKBAAR_VOORZIENINGENNIVEAU": "RegioExpres en bereikbaarheid",
                                   "GEZONDE_EN_KANSRIJKE_TOEKOMST": "Onderwijs en arbeidsmarkt"},
                 "document": {"verwijzing": "Plan voor de regio Achterhoek", "sha256": "%s"}, %s}""".formatted(SHA,
                besluit("2025-07-01", "AB 2 juli 2025, agendapunt 4")));
        besluit(register, "achterhoek", REGIO + "/uitvoeringsagendas/dien-in", """
                {"periode": "2026-2029",
                 "inhoud": {"activiteiten": [
                     {"code": "WON-1", "omschrijving": "Versnellen van passende woningbouw",
                      "doelstellingen": ["VEILIGE_EN_LEEFBARE_REGIO"], "eigenaar": "Regio Achterhoek",
                      "beoogdResultaat": "1.500 woningen in 2029",
                      "bijdragen": [{"partijsoort": "DEPARTEMENT", "departement": "VRO",
                                     "omschrijving": "Flexpool", "bedrag": 250000.00}],
                      "inwonersbetrokkenheid": "Dorpsraden"},
                     {"code": "MOB-1", "omschrijving": "RegioExpres Doetinchem-Arnhem",
                      "doelstellingen": ["DUURZAAM_EN_BEREIKBAAR_VOORZIENINGENNIVEAU", "GEZONDE_EN_KANSRIJKE_TOEKOMST"],
                      "eigenaar": "Provincie Gelderland", "beoogdResultaat": "Directe trein vanaf 2027",
                      "bijdragen": []}],
                   "monitoring": "Jaarlijkse voortgangsrapportage aan de stuurgroep",
                   "indicatoren": ["Regionale monitor brede welvaart"],
                   "organisatie": "Kernteam",
                   "document": {"verwijzing": "Uitvoeringsagenda Achterhoek 2026-2029", "sha256": "%s"}},
                 %s}""".formatted(SHA, besluitVan("2025-07-01", "AB 2 juli 2025, agendapunt 4", "ALGEMEEN_BESTUUR",
                "AB Regio Achterhoek")));
        besluit(register, "achterhoek", REGIO + "/plan/geef-akkoord-regio", "{\"versie\": 1, %s}".formatted(
                besluitVan("2025-07-02", "AB 2 juli 2025, agendapunt 4", "ALGEMEEN_BESTUUR", "AB Regio Achterhoek")));
        besluit(register, "achterhoek", REGIO + "/overleggen/leg-vast", """
                {"soort": "BESTUURLIJK_OVERLEG_RIJK_REGIO", "datum": "2025-07-10",
                 "onderwerpen": ["Plan voor de regio"], %s}""".formatted(
                besluit("2025-07-10", "Bestuurlijk overleg NPVR 10 juli 2025")));
        besluit(register, "bzk", REGIO + "/plan/geef-akkoord-rijk", "{\"versie\": 1, %s}".formatted(
                besluit("2025-07-10", "Bestuurlijk overleg NPVR 10 juli 2025")));
        besluit(register, "bzk", REGIO + "/plan/stel-vast", "{\"versie\": 1, %s}".formatted(
                besluit("2025-07-15", "Bestuurlijk overleg NPVR 10 juli 2025")));
        String agenda = REGIO + "/uitvoeringsagendas/2026-2029";
        besluit(register, "achterhoek", agenda + "/geef-akkoord-regio", "{\"versie\": 1, %s}".formatted(
                besluitVan("2025-12-10", "AB 10 december 2025, agendapunt 2", "ALGEMEEN_BESTUUR",
                        "AB Regio Achterhoek")));
        besluit(register, "bzk", agenda + "/geef-akkoord-rijk", "{\"versie\": 1, %s}".formatted(
                besluit("2025-12-15", "Bestuurlijk overleg NPVR 15 december 2025")));
        besluit(register, "bzk", agenda + "/zeg-ondersteuning-toe", """
                {"kenmerk": "ienw-regioexpres-2027", "departement": "IENW", "instrument": "SPECIFIEKE_UITKERING",
                 "bedrag": 5000000.00, "jaren": "2027-2029", "begroting": "36 600 XII", %s}""".formatted(
                besluit("2025-12-15", "Bestuurlijk overleg NPVR 15 december 2025")));
        return besluit(register, "bzk", agenda + "/stel-vast", "{\"versie\": 1, %s}".formatted(
                besluit("2025-12-18", "Bestuurlijk overleg NPVR 15 december 2025")));
    }

    private static long besluit(Regioregister register, String gebruiker, String pad, String body) {
        Regioregister.Antwoord antwoord = register.post(gebruiker, pad, body);
        assertThat(antwoord.status()).as(pad + ": " + antwoord.body()).isEqualTo(HttpStatus.OK);
        return antwoord.body().path("positie").asLong();
    }
}
