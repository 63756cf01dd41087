package nl.regioregister.command.regio;

import java.util.List;
import nl.regioregister.command.platform.BesluitGegevens;
import nl.regioregister.command.platform.Besluitvorming;
import nl.regioregister.events.regio.OpgenomenInProgramma;
import nl.regioregister.events.regio.Programma;
import nl.regioregister.events.regio.RegioSoort;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import java.time.LocalDate;

/**
 * The eleven NPVR regions of the Kamerbrief "nadere uitwerking Elke Regio Telt" (20 December 2024) are reference
 * data, registered and taken into the NPVR through commands so that they too are decisions with a source.
 */
@Component
@ConditionalOnProperty(name = "regioregister.referentiedata.npvr-regios", havingValue = "true", matchIfMissing = true)
class NpvrRegios implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(NpvrRegios.class);
    static final String BRON = "Kamerbrief nadere uitwerking Elke Regio Telt, 20 december 2024";

    record NpvrRegio(String id, String naam, List<String> provincies) {
    }

    static final List<NpvrRegio> REGIOS = List.of(
            new NpvrRegio("kop-van-noord-holland", "Kop van Noord-Holland", List.of("Noord-Holland")),
            new NpvrRegio("noord-en-oost-groningen", "Noord- en Oost-Groningen", List.of("Groningen")),
            new NpvrRegio("zuidoost-fryslan", "Zuidoost-Fryslân", List.of("Fryslân")),
            new NpvrRegio("noard-fryslan", "Noard-Fryslân", List.of("Fryslân")),
            new NpvrRegio("zuid-en-oost-drenthe", "Zuid- en Oost-Drenthe", List.of("Drenthe")),
            new NpvrRegio("twente", "Twente", List.of("Overijssel")),
            new NpvrRegio("achterhoek", "Achterhoek", List.of("Gelderland")),
            new NpvrRegio("noord-limburg", "Noord-Limburg", List.of("Limburg")),
            new NpvrRegio("midden-limburg", "Midden-Limburg", List.of("Limburg")),
            new NpvrRegio("zuid-limburg", "Zuid-Limburg", List.of("Limburg")),
            new NpvrRegio("zeeuws-vlaanderen", "Zeeuws-Vlaanderen", List.of("Zeeland")));

    private final Besluitvorming besluitvorming;
    private final EventStore eventStore;

    NpvrRegios(Besluitvorming besluitvorming, EventStore eventStore) {
        this.besluitvorming = besluitvorming;
        this.eventStore = eventStore;
    }

    @Override
    public void run(ApplicationArguments args) {
        int geregistreerd = 0;
        int opgenomen = 0;
        for (NpvrRegio regio : REGIOS) {
            BesluitGegevens besluit = new BesluitGegevens(LocalDate.of(2024, 12, 20),
                    "Regio in het Nationaal Programma Vitale Regio's", BRON,
                    new BesluitGegevens.Orgaan(nl.regioregister.events.Besluitorgaan.MINISTERRAAD, "Ministerraad"),
                    null);
            try {
                if (eventStore.lastSequenceNumberFor(regio.id()).isEmpty()) {
                    besluitvorming.neem(regio.id(),
                            new RegistreerRegio(regio.id(), regio.naam(), RegioSoort.SAMENWERKINGSVERBAND_VAN_GEMEENTEN,
                                    regio.provincies(), List.of()),
                            besluit, "regioregister", "BZK", "BZK");
                    geregistreerd++;
                }
                // Two decisions, two transactions: a stop between them leaves a region registered but not taken
                // in, which the next start completes. A region that ever took part keeps its history as decided.
                if (!ooitInHetNpvr(regio.id())) {
                    // from the decision's ingangsdatum: the Kamerbrief took these regions into the programme
                    besluitvorming.neem(regio.id(), new NeemOpInProgramma(regio.id(), Programma.NPVR, null, null, null),
                            besluit, "regioregister", "BZK", "BZK");
                    opgenomen++;
                }
            } catch (RegioBestaatAl | NeemtAlDeelAanProgramma
                     | org.axonframework.modelling.command.ConcurrencyException alGedaan) {
                // another instance registered it at the same moment
            }
        }
        if (geregistreerd > 0 || opgenomen > 0) {
            LOG.info("{} NPVR-regio's geregistreerd en {} in het NPVR opgenomen uit de referentiedata",
                    geregistreerd, opgenomen);
        }
    }

    private boolean ooitInHetNpvr(String regioId) {
        return eventStore.readEvents(regioId).asStream().map(DomainEventMessage::getPayload)
                .anyMatch(g -> g instanceof OpgenomenInProgramma opgenomen && opgenomen.programma() == Programma.NPVR);
    }
}
