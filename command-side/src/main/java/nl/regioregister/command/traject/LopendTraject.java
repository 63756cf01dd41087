package nl.regioregister.command.traject;

import static nl.regioregister.command.besluit.Tekst.isLeeg;
import static nl.regioregister.command.besluit.Tekst.schoon;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.regioregister.command.besluit.BekendeRegios;
import nl.regioregister.command.besluit.OngeldigBesluit;
import nl.regioregister.events.BesluitMetadata;
import nl.regioregister.events.traject.LopendTrajectBijgewerkt;
import nl.regioregister.events.traject.LopendTrajectGeregistreerd;
import nl.regioregister.events.traject.LopendTrajectGesloten;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A programme or grant already running between the Rijk and one region ("Lopende trajecten Achterhoek", bijlage 3,
 * AB 5 maart 2025): who is responsible, its period, its amount or output, and what the area programme could do to
 * bridge gaps or secure its continuity. Its description is kept up to date while it runs; once closed it is history.
 */
@Aggregate
public class LopendTraject {

    private static final String PREFIX = "traject:";
    private static final String TRAJECT_ID = "[a-z0-9]+(-[a-z0-9]+)*";

    @AggregateIdentifier
    private String aggregaatId;
    private String trajectId;
    private String regioId;
    private LocalDate vanaf;
    private LocalDate gesloten;

    protected LopendTraject() {
    }

    /** The aggregate identifier of a trajectory in the shared event table. */
    public static String id(String trajectId) {
        return PREFIX + trajectId;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RegistreerLopendTraject besluit, BekendeRegios regios) {
        weigerAlsTrajectAlBestaat(besluit.trajectId());
        List<String> overtredingen = new ArrayList<>();
        if (besluit.trajectId() == null || !besluit.trajectId().matches(TRAJECT_ID)) {
            overtredingen.add("trajectId: een traject-id bestaat uit kleine letters, cijfers en koppeltekens");
        }
        overtredingen.addAll(overtredingenInBeschrijving(besluit));
        weigerOvertredingen(overtredingen);
        regios.eisBekend(besluit.regioId());
        apply(new LopendTrajectGeregistreerd(besluit.trajectId(), besluit.regioId(), besluit.naam().strip(),
                List.copyOf(besluit.departementen()), schoon(besluit.andereOverheid()), besluit.vanaf(), besluit.tot(),
                inEuros(besluit.bedrag()), schoon(besluit.omvang()), schoon(besluit.actieVoorContinuiteit())));
    }

    @CommandHandler
    void handle(WerkLopendTrajectBij besluit) {
        eisZelfdeRegio(besluit.regioId());
        weigerAlsGesloten();
        weigerOvertredingen(overtredingenInBeschrijving(besluit));
        apply(new LopendTrajectBijgewerkt(trajectId, regioId, besluit.naam().strip(),
                List.copyOf(besluit.departementen()), schoon(besluit.andereOverheid()), besluit.vanaf(), besluit.tot(),
                inEuros(besluit.bedrag()), schoon(besluit.omvang()), schoon(besluit.actieVoorContinuiteit())));
    }

    @CommandHandler
    void handle(SluitLopendTraject besluit, @MetaDataValue(BesluitMetadata.INGANGSDATUM) String ingangsdatum) {
        eisZelfdeRegio(besluit.regioId());
        weigerAlsAlGesloten();
        LocalDate einddatum = besluit.einddatum() != null ? besluit.einddatum()
                : ingangsdatum == null ? null : LocalDate.parse(ingangsdatum);
        OngeldigBesluit.eis(einddatum != null, "einddatum: noem de datum of geef het besluit een ingangsdatum");
        weigerEindeVoorBegin(einddatum);
        apply(new LopendTrajectGesloten(trajectId, regioId, einddatum));
    }

    // --- rules ---

    private void weigerAlsTrajectAlBestaat(String id) {
        if (trajectId != null) {
            throw new TrajectBestaatAl(id);
        }
    }

    /**
     * A trajectory has a name, someone responsible at the Rijk or another government (the Achterhoek's list names
     * departments, and also "Provincie Gelderland"), a start, and its size as an amount in euros and cents or in other
     * terms ("351 woningen").
     */
    private static List<String> overtredingenInBeschrijving(Trajectbeschrijving traject) {
        List<String> overtredingen = new ArrayList<>();
        if (isLeeg(traject.naam())) {
            overtredingen.add("naam: een lopend traject heeft een naam");
        }
        if (traject.departementen().stream().anyMatch(Objects::isNull)) {
            overtredingen.add("departementen: een leeg departement is geen departement");
        } else if (traject.departementen().isEmpty() && isLeeg(traject.andereOverheid())) {
            overtredingen.add("departementen: noem het verantwoordelijke departement of de andere overheid");
        }
        if (traject.vanaf() != null && traject.tot() != null && traject.tot().isBefore(traject.vanaf())) {
            overtredingen.add("tot: de looptijd eindigt niet voor haar begin");
        }
        if (traject.bedrag() != null && traject.bedrag().signum() <= 0) {
            overtredingen.add("bedrag: een bedrag is positief");
        } else if (traject.bedrag() != null && traject.bedrag().stripTrailingZeros().scale() > 2) {
            overtredingen.add("bedrag: een bedrag in euro's heeft ten hoogste twee decimalen");
        }
        return overtredingen;
    }

    private void eisZelfdeRegio(String genoemdeRegio) {
        if (!regioId.equals(genoemdeRegio)) {
            throw new TrajectHoortBijAndereRegio(trajectId, genoemdeRegio);
        }
    }

    private void weigerAlsGesloten() {
        if (gesloten != null) {
            throw new GeslotenTrajectWordtNietBijgewerkt(trajectId, gesloten);
        }
    }

    private void weigerAlsAlGesloten() {
        if (gesloten != null) {
            throw new TrajectAlGesloten(trajectId, gesloten);
        }
    }

    private void weigerEindeVoorBegin(LocalDate einddatum) {
        if (vanaf != null && einddatum.isBefore(vanaf)) {
            throw new TrajectEindigtVoorBegin(trajectId, vanaf, einddatum);
        }
    }

    private static void weigerOvertredingen(List<String> overtredingen) {
        if (!overtredingen.isEmpty()) {
            throw new OngeldigBesluit(overtredingen);
        }
    }

    private static BigDecimal inEuros(BigDecimal bedrag) {
        return bedrag == null ? null : bedrag.setScale(2, RoundingMode.UNNECESSARY);
    }



    // --- state ---

    @EventSourcingHandler
    void on(LopendTrajectGeregistreerd gebeurtenis) {
        aggregaatId = id(gebeurtenis.trajectId());
        trajectId = gebeurtenis.trajectId();
        regioId = gebeurtenis.regioId();
        vanaf = gebeurtenis.vanaf();
    }

    @EventSourcingHandler
    void on(LopendTrajectBijgewerkt gebeurtenis) {
        vanaf = gebeurtenis.vanaf();
    }

    @EventSourcingHandler
    void on(LopendTrajectGesloten gebeurtenis) {
        gesloten = gebeurtenis.einddatum();
    }
}
