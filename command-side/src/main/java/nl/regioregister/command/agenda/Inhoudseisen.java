package nl.regioregister.command.agenda;

import static nl.regioregister.command.besluit.Tekst.isLeeg;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.regioregister.command.besluit.OngeldigBesluit;
import nl.regioregister.events.agenda.Activiteit;
import nl.regioregister.events.agenda.Bijdrage;
import nl.regioregister.events.agenda.Documentverwijzing;
import nl.regioregister.events.agenda.Doelstelling;
import nl.regioregister.events.agenda.Hoofdstuk;
import nl.regioregister.events.agenda.Partijsoort;
import nl.regioregister.events.agenda.Periode;

/**
 * Whether the content of a decision about the agenda is complete and well-formed, and that content as it is
 * recorded: texts stripped, goals in their fixed order, amounts in euros with two decimals, checksums in lowercase.
 * Collects every violation, so that one refusal ({@link OngeldigBesluit}) names them all.
 */
final class Inhoudseisen {

    private static final int LAATSTE_VISIEJAAR = 2100;

    private final List<String> overtredingen = new ArrayList<>();
    /** The NPVR's first year as recorded (2025); null when no check needs it or no start decision is recorded. */
    private final Integer eersteJaar;

    Inhoudseisen() {
        this(null);
    }

    Inhoudseisen(Integer eersteJaar) {
        this.eersteJaar = eersteJaar;
    }

    void eis(boolean voorwaarde, String overtreding) {
        if (!voorwaarde) {
            overtredingen.add(overtreding);
        }
    }

    void eisGeldig() {
        if (!overtredingen.isEmpty()) {
            throw new OngeldigBesluit(overtredingen);
        }
    }


    static String opgeschoond(String tekst) {
        return isLeeg(tekst) ? null : tekst.strip();
    }

    String tekst(String waarde, String veld, String reden) {
        eis(!isLeeg(waarde), veld + ": " + reden);
        return opgeschoond(waarde);
    }

    /**
     * The chapters of bijlage 1 the plan describes. None is required: "Geen vast format", "Bestaande visies/agenda's
     * kunnen als vertrekpunt dienen" (klankbordgroep NPVR, 28 januari 2025, slide 8). A chapter given is stripped; a
     * chapter left out is absent.
     */
    Map<Hoofdstuk, String> hoofdstukken(Map<Hoofdstuk, String> hoofdstukken) {
        Map<Hoofdstuk, String> opgeschoond = new EnumMap<>(Hoofdstuk.class);
        if (hoofdstukken != null) {
            hoofdstukken.forEach((hoofdstuk, inhoud) -> {
                if (hoofdstuk != null && !isLeeg(inhoud)) {
                    opgeschoond.put(hoofdstuk, inhoud.strip());
                }
            });
        }
        return Collections.unmodifiableMap(opgeschoond);
    }

    /**
     * The plan's translation of the doelstellingen it works on. Not every goal is required: "het aan de betreffende
     * regio en het Rijk samen is om te bepalen in hoeverre aan bovenstaande doelstellingen gewerkt moet worden en de
     * verdeling van het zwaartepunt" (Procesvoorstel NPVR, AB Achterhoek 5 maart 2025, onderdeel A).
     */
    Map<Doelstelling, String> doorvertaling(Map<Doelstelling, String> doorvertaling) {
        Map<Doelstelling, String> opgeschoond = new EnumMap<>(Doelstelling.class);
        if (doorvertaling != null) {
            doorvertaling.forEach((doelstelling, tekst) -> {
                if (doelstelling != null && !isLeeg(tekst)) {
                    opgeschoond.put(doelstelling, tekst.strip());
                }
            });
        }
        return Collections.unmodifiableMap(opgeschoond);
    }

    void visiejaar(int visiejaar) {
        if (eersteJaar == null) {
            eis(visiejaar <= LAATSTE_VISIEJAAR, "visiejaar: het toekomstbeeld kijkt vooruit tot uiterlijk "
                    + LAATSTE_VISIEJAAR + ", bijvoorbeeld 2045 of 2050");
            return;
        }
        eis(visiejaar > eersteJaar && visiejaar <= LAATSTE_VISIEJAAR, "visiejaar: het toekomstbeeld kijkt vooruit "
                + "naar een jaar na " + eersteJaar + ", bijvoorbeeld 2045 of 2050");
    }

    Documentverwijzing document(Documentverwijzing document, String veld) {
        if (document == null) {
            eis(false, veld + ": noem het document met zijn sha256-controlegetal");
            return null;
        }
        String verwijzing = tekst(document.verwijzing(), veld + ".verwijzing",
                "noem het document: titel, adres of registratienummer");
        String sha256 = document.sha256() == null ? null : document.sha256().strip().toLowerCase(Locale.ROOT);
        eis(sha256 != null && sha256.matches("[0-9a-f]{64}"),
                veld + ".sha256: een sha256-controlegetal bestaat uit 64 hexadecimale tekens");
        return new Documentverwijzing(verwijzing, sha256);
    }

    Documentverwijzing optioneelDocument(Documentverwijzing document, String veld) {
        return document == null ? null : document(document, veld);
    }

    /**
     * A span of whole years from the NPVR's start onward. Four years is the norm ("de komende vier jaar", Kamerbrief
     * Elke Regio Telt, bijlage 1), not a limit: a region that moves faster or merges plan and agenda into one
     * adaptive agenda may choose another span; the status signals a period that is not four years.
     */
    void uitvoeringsperiode(Periode periode) {
        if (periode == null) {
            eis(false, "periode: een uitvoeringsagenda noemt haar periode, bijvoorbeeld 2026-2029");
            return;
        }
        eis(periode.eindjaar() >= periode.beginjaar(), "periode: het eindjaar ligt niet voor het beginjaar");
        eis(eersteJaar == null || periode.beginjaar() >= eersteJaar, "periode: het NPVR loopt vanaf " + eersteJaar);
    }

    /** Any span of whole years from the NPVR's start onward. */
    void periode(Periode periode) {
        if (periode == null) {
            eis(false, "periode: noem de periode, bijvoorbeeld 2026-2029");
            return;
        }
        eis(periode.eindjaar() >= periode.beginjaar(), "periode: het eindjaar ligt niet voor het beginjaar");
        eis(eersteJaar == null || periode.beginjaar() >= eersteJaar, "periode: het NPVR loopt vanaf " + eersteJaar);
    }

    /** Euros, exact to the cent, never negative; {@code null} stays {@code null} (no amount given). */
    BigDecimal bedrag(BigDecimal bedrag, String veld) {
        if (bedrag == null) {
            return null;
        }
        boolean inCenten = bedrag.stripTrailingZeros().scale() <= 2;
        eis(inCenten, veld + ": een bedrag in euro's heeft hoogstens twee decimalen");
        eis(bedrag.signum() >= 0, veld + ": een bedrag is niet negatief");
        return inCenten ? bedrag.setScale(2, RoundingMode.UNNECESSARY) : bedrag;
    }

    List<Activiteit> activiteiten(List<Activiteit> activiteiten) {
        if (activiteiten == null || activiteiten.isEmpty()) {
            eis(false, "activiteiten: een uitvoeringsagenda heeft minstens één activiteit");
            return List.of();
        }
        List<Activiteit> opgeschoond = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < activiteiten.size(); i++) {
            String veld = "activiteiten[" + i + "]";
            Activiteit activiteit = activiteiten.get(i);
            if (activiteit == null) {
                eis(false, veld + ": een activiteit is niet leeg");
                continue;
            }
            String code = opgeschoond(activiteit.code());
            eis(code != null && code.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,29}"), veld + ".code: een activiteit heeft "
                    + "een korte code van letters, cijfers, punten en koppeltekens, bijvoorbeeld A1");
            eis(code == null || codes.add(code), veld + ".code: de code " + code + " komt twee keer voor");
            opgeschoond.add(new Activiteit(code,
                    tekst(activiteit.omschrijving(), veld + ".omschrijving", "beschrijf de activiteit"),
                    doelstellingen(activiteit.doelstellingen(), veld),
                    tekst(activiteit.eigenaar(), veld + ".eigenaar", "een activiteit heeft een eigenaar"),
                    tekst(activiteit.beoogdResultaat(), veld + ".beoogdResultaat",
                            "een activiteit noemt het resultaat dat zij beoogt"),
                    bijdragen(activiteit.bijdragen(), veld),
                    opgeschoond(activiteit.inwonersbetrokkenheid())));
        }
        return List.copyOf(opgeschoond);
    }

    /**
     * Every activity serves one or more of the three goals (Kamerbrief, bijlage 1: "verbinding aan verwacht effect
     * op doelen").
     */
    private List<Doelstelling> doelstellingen(List<Doelstelling> doelstellingen, String veld) {
        Set<Doelstelling> gediend = EnumSet.noneOf(Doelstelling.class);
        if (doelstellingen != null) {
            doelstellingen.stream().filter(Objects::nonNull).forEach(gediend::add);
        }
        eis(!gediend.isEmpty(), veld + ".doelstellingen: een activiteit dient minstens één van de drie doelstellingen");
        return List.copyOf(gediend);
    }

    private List<Bijdrage> bijdragen(List<Bijdrage> bijdragen, String activiteit) {
        if (bijdragen == null) {
            return List.of();
        }
        List<Bijdrage> opgeschoond = new ArrayList<>();
        for (int j = 0; j < bijdragen.size(); j++) {
            String veld = activiteit + ".bijdragen[" + j + "]";
            Bijdrage bijdrage = bijdragen.get(j);
            if (bijdrage == null) {
                eis(false, veld + ": een bijdrage is niet leeg");
                continue;
            }
            Partijsoort soort = bijdrage.partijsoort();
            eis(soort != null, veld + ".partijsoort: een bijdrage komt van een departement, de regio of een partner");
            eis(soort != Partijsoort.DEPARTEMENT || bijdrage.departement() != null,
                    veld + ".departement: noem het departement dat bijdraagt");
            eis(soort == Partijsoort.DEPARTEMENT || bijdrage.departement() == null,
                    veld + ".departement: alleen een bijdrage van een departement noemt een departement");
            eis(soort != Partijsoort.PARTNER || !isLeeg(bijdrage.partij()),
                    veld + ".partij: noem de partner die bijdraagt");
            eis(!isLeeg(bijdrage.omschrijving()) || bijdrage.bedrag() != null,
                    veld + ".omschrijving: een bijdrage beschrijft wat de partij inbrengt of noemt een bedrag");
            opgeschoond.add(new Bijdrage(soort, bijdrage.departement(), opgeschoond(bijdrage.partij()),
                    opgeschoond(bijdrage.omschrijving()), bedrag(bijdrage.bedrag(), veld + ".bedrag")));
        }
        return List.copyOf(opgeschoond);
    }

    /**
     * How progress is measured, when the agenda names indicators. None is required: bijlage 1 asks "hoe de aanpak
     * wordt gemonitord en getoetst", which the monitoring text answers.
     */
    List<String> indicatoren(List<String> indicatoren) {
        return indicatoren == null ? List.of()
                : indicatoren.stream().filter(i -> !isLeeg(i)).map(String::strip).distinct().toList();
    }

    /** The content of an uitvoeringsagenda as recorded; shared by submitting one and recalibrating into one. */
    record Agendainhoud(List<Activiteit> activiteiten, String monitoring, List<String> indicatoren,
                        String organisatie, Documentverwijzing document) {
    }

    Agendainhoud agendainhoud(List<Activiteit> activiteiten, String monitoring, List<String> indicatoren,
                              String organisatie, Documentverwijzing document) {
        return new Agendainhoud(activiteiten(activiteiten),
                tekst(monitoring, "monitoring", "beschrijf hoe de aanpak wordt gemonitord en getoetst"),
                indicatoren(indicatoren), opgeschoond(organisatie), document(document, "document"));
    }
}
