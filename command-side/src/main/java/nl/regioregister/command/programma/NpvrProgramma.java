package nl.regioregister.command.programma;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.regioregister.command.platform.BesluitGegevens;
import nl.regioregister.command.platform.Besluitvorming;
import nl.regioregister.events.Besluitorgaan;
import nl.regioregister.events.Departement;
import nl.regioregister.events.programma.ProgrammaGestart;
import nl.regioregister.events.programma.ProgrammaOpgegaan;
import nl.regioregister.events.programma.ProgrammaparametersGewijzigd;
import nl.regioregister.events.regio.Programma;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The NPVR as the register first knew it from constants, now recorded as the decisions that made it: the cabinet's
 * start (Kamerbrief nadere uitwerking Elke Regio Telt, 20 december 2024, after RFL 17 December and MR 20 December),
 * "Regio's aan de Grens" going up into it (same letter), and the procesmiddelen (Toelichting procesmiddelen NPVR,
 * 22 januari 2025). Each is recorded at start-up when the store does not hold it yet, so a fresh store and one from
 * before these decisions could be recorded both get them exactly once; a stop between them is completed at the next
 * start.
 */
@Component
@ConditionalOnProperty(name = "regioregister.referentiedata.npvr-programma", havingValue = "true",
        matchIfMissing = true)
public class NpvrProgramma implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(NpvrProgramma.class);

    public static final String KAMERBRIEF = "Kamerbrief nadere uitwerking Elke Regio Telt, 20 december 2024 "
            + "(beslisnota 18 december 2024, 2024-0000963736)";
    public static final String TOELICHTING = "Toelichting procesmiddelen NPVR, 22 januari 2025";

    /**
     * "De ministeries van BZK, VWS, OCW, SZW, JenV, IenW, VRO, LVVN, EZ, KGG, committeren zich allen aan de plannen …
     * waarbij het rijk een inspanningsverplichting aangaat voor de komende 20 jaar"; "tot rond de zomer van 2025
     * werken we aan" the plans (the end of astronomical summer, 22 September) and "een uitvoeringsagenda die eind 2025
     * gereed moet zijn" (Kamerbrief, 20 december 2024). Targets, never deadlines.
     */
    public static final StartProgramma START = new StartProgramma(Programma.NPVR, 2025, 2044, null, null, null,
            LocalDate.of(2025, 9, 22), LocalDate.of(2025, 12, 31),
            List.of(Departement.BZK, Departement.VWS, Departement.OCW, Departement.SZW, Departement.JENV,
                    Departement.IENW, Departement.VRO, Departement.LVVN, Departement.EZ, Departement.KGG));
    public static final BesluitGegevens START_BESLUIT = new BesluitGegevens(LocalDate.of(2024, 12, 20),
            "Het kabinet start het Nationaal Programma Vitale Regio's: besproken in de RFL van 17 december 2024, "
                    + "na bespreking in de MR van 20 december 2024 aan de Kamer verzonden",
            KAMERBRIEF, new BesluitGegevens.Orgaan(Besluitorgaan.MINISTERRAAD, "Ministerraad"), null);

    /** "het bestaande programma 'regio's aan de grens' opgaat in … NPVR" (Kamerbrief, 20 december 2024). */
    public static final LaatProgrammaOpgaan REGIOS_AAN_DE_GRENS = new LaatProgrammaOpgaan(Programma.NPVR,
            "Regio's aan de Grens");
    public static final BesluitGegevens REGIOS_AAN_DE_GRENS_BESLUIT = new BesluitGegevens(LocalDate.of(2024, 12, 20),
            "Het bestaande programma Regio's aan de Grens gaat op in het NPVR", KAMERBRIEF,
            new BesluitGegevens.Orgaan(Besluitorgaan.MINISTERRAAD, "Ministerraad"), null);

    /**
     * "€ 350.000 per jaar … voor een periode van drie jaar (2025, 2026 en 2027)"; "uiterlijk 1 februari" a
     * regiokassier "om de procesmiddelen … te kunnen uitkeren" (Toelichting procesmiddelen NPVR, 22 januari 2025).
     */
    public static final WijzigProgrammaparameters PROCESMIDDELEN = new WijzigProgrammaparameters(Programma.NPVR,
            null, new BigDecimal("350000.00"), 2027, LocalDate.of(2025, 2, 1), null, null, null);
    public static final BesluitGegevens PROCESMIDDELEN_BESLUIT = new BesluitGegevens(LocalDate.of(2025, 1, 22),
            "Procesmiddelen voor de elf regio's: het jaarbedrag, de jaren en de aanwijzing van een regiokassier",
            TOELICHTING, new BesluitGegevens.Orgaan(Besluitorgaan.MINISTER, "minister van BZK"), null);

    private final Besluitvorming besluitvorming;
    private final EventStore eventStore;

    NpvrProgramma(Besluitvorming besluitvorming, EventStore eventStore) {
        this.besluitvorming = besluitvorming;
        this.eventStore = eventStore;
    }

    @Override
    public void run(ApplicationArguments args) {
        String id = Rijksprogramma.id(Programma.NPVR);
        int vastgelegd = 0;
        try {
            if (!heeft(id, g -> g instanceof ProgrammaGestart)) {
                neem(id, START, START_BESLUIT);
                vastgelegd++;
            }
            if (!heeft(id, g -> g instanceof ProgrammaOpgegaan o
                    && o.opgegaanProgramma().equalsIgnoreCase(REGIOS_AAN_DE_GRENS.opgegaanProgramma()))) {
                neem(id, REGIOS_AAN_DE_GRENS, REGIOS_AAN_DE_GRENS_BESLUIT);
                vastgelegd++;
            }
            if (!heeft(id, g -> g instanceof ProgrammaparametersGewijzigd w && w.procesmiddelenPerJaar() != null
                    || g instanceof ProgrammaGestart s && s.procesmiddelenPerJaar() != null)) {
                neem(id, PROCESMIDDELEN, PROCESMIDDELEN_BESLUIT);
                vastgelegd++;
            }
        } catch (ProgrammaAlGestart | ProgrammaAlOpgegaan | ConcurrencyException alGedaan) {
            // another instance recorded it at the same moment
        }
        if (vastgelegd > 0) {
            LOG.info("{} besluiten over het NPVR vastgelegd uit de referentiedata", vastgelegd);
        }
    }

    private void neem(String id, Object besluit, BesluitGegevens gegevens) {
        besluitvorming.neem(id, besluit, gegevens, "regioregister", "BZK", "BZK");
    }

    private boolean heeft(String id, java.util.function.Predicate<Object> besluit) {
        if (eventStore.lastSequenceNumberFor(id).isEmpty()) {
            return false;
        }
        return eventStore.readEvents(id).asStream().map(DomainEventMessage::getPayload).anyMatch(besluit);
    }
}
