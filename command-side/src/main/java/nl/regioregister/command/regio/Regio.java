package nl.regioregister.command.regio;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.ArrayList;
import java.util.List;
import nl.regioregister.command.besluit.OngeldigBesluit;
import nl.regioregister.events.regio.RegioGeregistreerd;
import nl.regioregister.events.regio.RijksvertegenwoordigerBenoemd;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A region and who represents the Rijk and the region in it.
 * <p>
 * An appointment replaces the previous holder of the same role; the events keep every holder
 * (Kamerbrief nadere uitwerking Elke Regio Telt, 20 december 2024, section 2).
 */
@Aggregate
public class Regio {

    @AggregateIdentifier
    private String regioId;

    protected Regio() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RegistreerRegio besluit) {
        weigerAlsRegioAlBestaat(besluit.regioId());
        eisVolledigeRegistratie(besluit);
        apply(new RegioGeregistreerd(besluit.regioId(), besluit.naam().strip(), besluit.soort(),
                besluit.provincies(), besluit.gemeenten()));
    }

    @CommandHandler
    void handle(BenoemRijksvertegenwoordiger besluit) {
        eisNaamEnDepartement(besluit);
        apply(new RijksvertegenwoordigerBenoemd(regioId, besluit.naam().strip(),
                besluit.functie() == null ? null : besluit.functie().strip(), besluit.departement()));
    }

    private void weigerAlsRegioAlBestaat(String id) {
        if (regioId != null) {
            throw new RegioBestaatAl(id);
        }
    }

    private static void eisVolledigeRegistratie(RegistreerRegio besluit) {
        List<String> overtredingen = new ArrayList<>();
        if (besluit.regioId() == null || !besluit.regioId().matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            overtredingen.add("regioId: een regio-id bestaat uit kleine letters, cijfers en koppeltekens");
        }
        if (isLeeg(besluit.naam())) {
            overtredingen.add("naam: een regio heeft een naam");
        }
        if (besluit.soort() == null) {
            overtredingen.add("soort: een regio is een samenwerkingsverband van gemeenten, een provincie of anders");
        }
        if (!overtredingen.isEmpty()) {
            throw new OngeldigBesluit(overtredingen);
        }
    }

    /** The rijksvertegenwoordiger is a named DG of a named department. */
    private static void eisNaamEnDepartement(BenoemRijksvertegenwoordiger besluit) {
        List<String> overtredingen = new ArrayList<>();
        if (isLeeg(besluit.naam())) {
            overtredingen.add("naam: de rijksvertegenwoordiger heeft een naam");
        }
        if (besluit.departement() == null) {
            overtredingen.add("departement: de rijksvertegenwoordiger komt van een departement");
        }
        if (!overtredingen.isEmpty()) {
            throw new OngeldigBesluit(overtredingen);
        }
    }

    private static boolean isLeeg(String tekst) {
        return tekst == null || tekst.isBlank();
    }

    @EventSourcingHandler
    void on(RegioGeregistreerd gebeurtenis) {
        regioId = gebeurtenis.regioId();
    }
}
