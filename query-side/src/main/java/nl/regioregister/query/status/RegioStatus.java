package nl.regioregister.query.status;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything the dashboards show of one region, as a document built by folding the region's events in order with
 * {@link RegioStatusBerekening}. The same fold serves the live view, time travel and rebuilds, so they cannot
 * disagree. Mutable only while folding; stored as JSON.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class RegioStatus {

    public String regioId;
    public String naam;
    public String soort;
    public List<String> provincies = new ArrayList<>();
    public List<String> gemeenten = new ArrayList<>();
    /** Programme name to participation. Sorted maps stay sorted when read back from storage. */
    @JsonDeserialize(as = TreeMap.class)
    public Map<String, Deelname> programmas = new TreeMap<>();
    public Aanspreekpunt aanspreekpunt;
    public Map<String, Object> strategischeAgenda;
    /** Governance role to its current holder; a role that was ended maps to a vacancy. */
    @JsonDeserialize(as = TreeMap.class)
    public Map<String, Houder> bestuur = new TreeMap<>();
    public List<Benoeming> benoemingshistorie = new ArrayList<>();
    public Map<String, Object> voorkeursdepartement;
    public Agenda plan;
    @JsonDeserialize(as = TreeMap.class)
    public Map<String, Agenda> uitvoeringsagendas = new TreeMap<>();
    public List<Map<String, Object>> inspanningsverplichtingen = new ArrayList<>();
    public Kassier regiokassier;
    public Integer financieringTotEnMet;
    @JsonDeserialize(as = TreeMap.class)
    public Map<Integer, Jaar> procesmiddelen = new TreeMap<>();
    @JsonDeserialize(as = TreeMap.class)
    public Map<String, Map<String, Object>> lopendeTrajecten = new TreeMap<>();
    /** The region's requests to the Rijk by their id, with the Rijk's answer once given. */
    @JsonDeserialize(as = TreeMap.class)
    public Map<String, Map<String, Object>> verzoeken = new TreeMap<>();
    /** Governance meetings held, in the order recorded. */
    public List<Map<String, Object>> overleggen = new ArrayList<>();
    /** Decisions about the region that were revoked: they no longer count in this document. */
    public List<Map<String, Object>> herroepenBesluiten = new ArrayList<>();
    /** The last event position this status reflects, folded or announced. */
    public long positie;
    /**
     * The date on which this status is in effect: it folds every decision that took effect on or before it, in order
     * of taking effect ({@code null} while nothing is folded).
     */
    public LocalDate peildatum;
    /** Decisions recorded already that take effect after the {@code peildatum}, in order of taking effect. */
    public List<Aangekondigd> aangekondigd;

    /**
     * A decision that is recorded but not yet in effect: it becomes current on its {@code ingangsdatum}. The people it
     * names ({@code persoonId} in {@code inhoud}) are joined in from the register of personal data when the status is
     * read, never stored.
     */
    public record Aangekondigd(String besluit, LocalDate ingangsdatum, long positie, Object inhoud,
                               @JsonInclude(JsonInclude.Include.NON_EMPTY)
                               List<nl.regioregister.query.persoon.Persoonsgegevens.Persoon> personen) {

        public Aangekondigd(String besluit, LocalDate ingangsdatum, long positie, Object inhoud) {
            this(besluit, ingangsdatum, positie, inhoud, List.of());
        }

        public Aangekondigd {
            personen = personen == null ? List.of() : List.copyOf(personen);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static class Deelname {
        public LocalDate sinds;
        public LocalDate tot;
        public String omschrijving;
        /** The Rijk's contribution in euros, e.g. a Regio Deal's. */
        public BigDecimal rijksbijdrage;
        /**
         * Earlier participations in the same programme that still ran when this one began, in the order they were
         * recorded: only Regio Deals run side by side. {@code null} when none.
         */
        public List<Deelname> gelijktijdig;

        /** Whether the region takes part on the date: from {@code sinds}, until (not including) {@code tot}. */
        public boolean loopt(LocalDate datum) {
            return (sinds == null || !sinds.isAfter(datum)) && (tot == null || tot.isAfter(datum));
        }

        /** This participation and those beside it that run on the date. */
        public List<Deelname> lopendOp(LocalDate datum) {
            List<Deelname> lopend = new ArrayList<>();
            if (gelijktijdig != null) {
                gelijktijdig.stream().filter(d -> d.loopt(datum)).forEach(lopend::add);
            }
            if (loopt(datum)) {
                lopend.add(this);
            }
            return lopend;
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static class Aanspreekpunt {
        public String departement;
        public String reden;
        public LocalDate sinds;
    }

    /**
     * A role's holder; {@code vacant} when the last appointment was ended. Stored with the person reference only;
     * {@code naam} and {@code functie} come from the register of personal data when the status is read
     * ({@code [gewist]} once erased).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static class Houder {
        public String persoonId;
        public String naam;
        public String functie;
        public String organisatie;
        public LocalDate sinds;
        public boolean vacant;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static class Benoeming {
        public String rol;
        public String persoonId;
        public String naam;
        public String functie;
        public String organisatie;
        public LocalDate sinds;
        public LocalDate tot;
    }

    /**
     * The plan or an uitvoeringsagenda. Once a version is adopted, the fields describe that adopted version (its own
     * content and akkoorden) and a later version that is submitted, returned or withdrawn is {@code inBehandeling},
     * with its own content and akkoorden; before adoption they describe the latest version.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static class Agenda {
        public String periode;
        public Integer versie;
        public String staat;
        public LocalDate ingediendOp;
        public Integer akkoordRegioOpVersie;
        public Integer akkoordRijkOpVersie;
        /** Who gave the akkoord: the deciding body (and on whose behalf) when recorded, else the recorder. */
        public String akkoordRegioDoor;
        public String akkoordRijkDoor;
        public Integer vastgesteldeVersie;
        public LocalDate vastgesteldOp;
        public String opmerkingen;
        public Map<String, Object> inhoud;
        /** Doelstelling to its activities. */
        @JsonDeserialize(as = TreeMap.class)
        public Map<String, List<Map<String, Object>>> activiteitenPerDoelstelling;
        @JsonDeserialize(as = TreeMap.class)
        public Map<String, Map<String, Object>> voortgang;
        public String evaluatie;
        /** Money the Rijk committed to carry out this agenda. */
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        public List<Map<String, Object>> ondersteuning = new ArrayList<>();
        public Agenda inBehandeling;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static class Kassier {
        public String soort;
        public String naam;
        public String beheer;
        public String samenwerkingsverband;
        public LocalDate aangewezenOp;
    }

    /** Procesmiddelen of one year; amounts in euros, exact to the cent. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static class Jaar {
        public BigDecimal toegekend = nul();
        public BigDecimal btwSchatting = nul();
        public BigDecimal uitbetaald = nul();
        public String fonds;
        /** Put into the BTW-compensatiefonds when the year was paid. */
        public BigDecimal btwGestort = nul();
        public BigDecimal btwTeruggevraagd = nul();
        public BigDecimal overgedragenNaarDitJaar = nul();
        public BigDecimal overgedragenNaarLater = nul();
        public Map<String, BigDecimal> besteedPerCategorie = new LinkedHashMap<>();
        public BigDecimal besteed = nul();

        /** Paid money plus reclaimed BTW plus carried in, less carried out and spent. */
        public BigDecimal getBeschikbaar() {
            return uitbetaald.add(btwTeruggevraagd).add(overgedragenNaarDitJaar)
                    .subtract(overgedragenNaarLater).subtract(besteed);
        }
    }

    static BigDecimal nul() {
        return BigDecimal.ZERO.setScale(2);
    }
}
