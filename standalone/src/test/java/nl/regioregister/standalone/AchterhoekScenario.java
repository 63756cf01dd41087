package nl.regioregister.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.http.HttpStatus;

/**
 * The Achterhoek's NPVR path of 2025 (AB 5 maart 2025, Toelichting procesmiddelen NPVR 22 januari 2025) recorded
 * over HTTP as the region and the Rijk would: kassier before 1 February, voorkeursdepartement IenW with VRO as
 * alternative, a programmamanager, procesmiddelen for 2025 with the region's BTW estimate, the plan submitted and
 * adopted, and the uitvoeringsagenda 2026-2029. The kassier's name and the people are examples.
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

    static long speel(Regioregister register) {
        besluit(register, "achterhoek", REGIO + "/wijs-regiokassier-aan", """
                {"soort": "GEMEENTE", "naam": "Gemeente Doetinchem", "beheervorm": "DOORGEVEN_AAN_SAMENWERKINGSVERBAND",
                 "samenwerkingsverband": "Regio Achterhoek", %s}""".formatted(
                besluit("2025-01-29", "DB Regio Achterhoek 29 januari 2025")));
        besluit(register, "achterhoek", REGIO + "/spreek-departementsvoorkeur-uit", """
                {"voorkeur": "IENW", "alternatief": "VRO", %s}""".formatted(
                besluit("2025-03-05", "AB 5 maart 2025, agendapunt 3")));
        besluit(register, "bzk", REGIO + "/wijs-voorkeursdepartement-aan", """
                {"departement": "IENW", "ambtelijkTrekker": "K. de Wit",
                 "ambtelijkTrekkerFunctie": "directeur Regionale Bereikbaarheid", %s}""".formatted(
                besluit("2025-04-15", "Besluit voorkeursdepartementen NPVR")));
        besluit(register, "achterhoek", REGIO + "/stel-programmamanager-aan", """
                {"naam": "M. Jansen", "functie": "Programmamanager NPVR", "organisatie": "Regio Achterhoek", %s}"""
                .formatted(besluit("2025-04-01", "AB 5 maart 2025, agendapunt 3")));
        besluit(register, "bzk", REGIO + "/procesmiddelen/ken-toe", """
                {"jaar": 2025, "bedrag": 350000.00, "geschatteCompensabeleBtw": 8677.69, %s}""".formatted(
                besluit("2025-03-15", "Toelichting procesmiddelen NPVR, 22 januari 2025")));
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
        besluit(register, "achterhoek", REGIO + "/plan/geef-akkoord-regio", "{\"versie\": 1, %s}".formatted(
                besluit("2025-07-02", "AB 2 juli 2025, agendapunt 4")));
        besluit(register, "bzk", REGIO + "/plan/geef-akkoord-rijk", "{\"versie\": 1, %s}".formatted(
                besluit("2025-07-10", "Bestuurlijk overleg NPVR 10 juli 2025")));
        besluit(register, "bzk", REGIO + "/plan/stel-vast", "{\"versie\": 1, %s}".formatted(
                besluit("2025-07-15", "Bestuurlijk overleg NPVR 10 juli 2025")));
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
                 %s}""".formatted(SHA, besluit("2025-12-10", "AB 10 december 2025, agendapunt 2")));
        String agenda = REGIO + "/uitvoeringsagendas/2026-2029";
        besluit(register, "achterhoek", agenda + "/geef-akkoord-regio", "{\"versie\": 1, %s}".formatted(
                besluit("2025-12-10", "AB 10 december 2025, agendapunt 2")));
        besluit(register, "bzk", agenda + "/geef-akkoord-rijk", "{\"versie\": 1, %s}".formatted(
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
