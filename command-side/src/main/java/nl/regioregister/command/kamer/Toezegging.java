package nl.regioregister.command.kamer;

import static nl.regioregister.command.besluit.Tekst.isLeeg;
import static nl.regioregister.command.besluit.Tekst.schoon;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.regioregister.command.besluit.Herroepingen;
import nl.regioregister.command.besluit.OngeldigBesluit;
import nl.regioregister.events.kamer.Kamerstuknummer;
import nl.regioregister.events.kamer.ToezeggingGeregistreerd;
import nl.regioregister.events.kamer.ToezeggingVervuld;
import nl.regioregister.events.kamer.ToezeggingstermijnVerzet;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A promise to the Kamer, kept until it is fulfilled, e.g. the letter on the progress of the NPVR promised for after
 * the new year (letter of 19 December 2025). It is due by a date, in a period in the promise's own words ("rond de
 * zomer", "na de jaarwisseling"), or both; it is fulfilled by a Kamerbrief, a letter known by its reference, or
 * otherwise (a conversation with a department, reported later). A promise past its due date is late, not refused:
 * overdue promises are what the ministry's dashboard shows first.
 */
@Aggregate
public class Toezegging {

    private static final String PREFIX = "toezegging:";
    private static final String ID_VORM = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";

    @AggregateIdentifier
    private String aggregaatId;
    private String toezeggingId;
    private LocalDate uiterlijk;
    private String vervuldMet;
    /** Fulfilments recorded; the toezegging is fulfilled while not all of them are revoked. */
    private int vervullingen;

    protected Toezegging() {
    }

    static String aggregaatId(String toezeggingId) {
        return PREFIX + toezeggingId;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RegistreerToezegging besluit) {
        weigerAlsAlGeregistreerd(besluit.toezeggingId());
        eisVolledigeRegistratie(besluit);
        apply(new ToezeggingGeregistreerd(besluit.toezeggingId(), besluit.omschrijving().strip(),
                schoon(besluit.gedaanAan()), besluit.gedaanIn().strip(), besluit.uiterlijk(), schoon(besluit.termijn()),
                schoon(besluit.bewindspersoon()), besluit.departement(), besluit.programma(), besluit.regios(),
                besluit.motie()));
    }

    @CommandHandler
    void handle(VerzetToezeggingstermijn besluit, Herroepingen herroepingen) {
        weigerAlsVervuld("de termijn verzetten", herroepingen);
        List<String> overtredingen = new ArrayList<>();
        if (besluit.nieuweTermijn() == null) {
            overtredingen.add("nieuweTermijn: de nieuwe datum waarop de toezegging uiterlijk wordt vervuld");
        }
        if (isLeeg(besluit.reden())) {
            overtredingen.add("reden: waarom de toezegging later of eerder wordt vervuld");
        }
        OngeldigBesluit.alsEr(overtredingen);
        eisAndereTermijn(besluit.nieuweTermijn());
        apply(new ToezeggingstermijnVerzet(toezeggingId, uiterlijk, besluit.nieuweTermijn(), besluit.reden().strip()));
    }

    @CommandHandler
    void handle(VervulToezegging besluit, Herroepingen herroepingen) {
        weigerAlsVervuld("nogmaals vervullen", herroepingen);
        List<String> overtredingen = new ArrayList<>();
        if (besluit.kamerbrief() != null && !Kamerstuknummer.isGeldig(besluit.kamerbrief())) {
            overtredingen.add("kamerbrief: het Kamerstuknummer van de brief, zoals 29697-175 of 29 697, nr. 175");
        }
        if (besluit.kamerbrief() == null && isLeeg(besluit.referentie()) && isLeeg(besluit.wijze())) {
            overtredingen.add("kamerbrief: noem de Kamerbrief, de referentie van de brief of de wijze waarop de "
                    + "toezegging is vervuld");
        }
        if (besluit.datum() == null) {
            overtredingen.add("datum: de datum waarop de toezegging is vervuld");
        }
        OngeldigBesluit.alsEr(overtredingen);
        apply(new ToezeggingVervuld(toezeggingId, besluit.kamerbrief(), besluit.datum(), schoon(besluit.referentie()),
                schoon(besluit.wijze())));
    }

    private void weigerAlsAlGeregistreerd(String id) {
        if (aggregaatId != null) {
            throw new ToezeggingAlGeregistreerd(id);
        }
    }

    /** Fulfilled once, unless every fulfilment was revoked: then the right one can be recorded. */
    private void weigerAlsVervuld(String handeling, Herroepingen herroepingen) {
        if (vervuldMet != null
                && herroepingen.aantal(aggregaatId, ToezeggingVervuld.class.getSimpleName()) < vervullingen) {
            throw new ToezeggingAlVervuld(toezeggingId, vervuldMet, handeling);
        }
    }

    private void eisAndereTermijn(LocalDate nieuweTermijn) {
        if (nieuweTermijn.equals(uiterlijk)) {
            throw new TermijnOngewijzigd(toezeggingId, uiterlijk);
        }
    }

    private static void eisVolledigeRegistratie(RegistreerToezegging besluit) {
        List<String> overtredingen = new ArrayList<>();
        if (besluit.toezeggingId() == null || !besluit.toezeggingId().matches(ID_VORM)) {
            overtredingen.add("toezeggingId: letters, cijfers, punten, liggende streepjes en koppeltekens, "
                    + "hoogstens 64 tekens, zoals TZ202510-012");
        }
        if (isLeeg(besluit.omschrijving())) {
            overtredingen.add("omschrijving: wat is toegezegd");
        }
        if (isLeeg(besluit.gedaanIn())) {
            overtredingen.add("gedaanIn: het debat of de brief waarin de toezegging is gedaan");
        }
        if (besluit.uiterlijk() == null && isLeeg(besluit.termijn())) {
            overtredingen.add("uiterlijk: de datum waarop de toezegging uiterlijk wordt vervuld, of de termijn in de "
                    + "woorden van de toezegging, zoals 'rond de zomer 2025' of 'doorlopend'");
        }
        if (besluit.regios().stream().anyMatch(String::isEmpty)) {
            overtredingen.add("regios: een regio heeft een id");
        }
        if (besluit.motie() != null && !Kamerstuknummer.isGeldig(besluit.motie())) {
            overtredingen.add("motie: het Kamerstuknummer van de motie, zoals 29697-169 of 29 697, nr. 169");
        }
        OngeldigBesluit.alsEr(overtredingen);
    }




    @EventSourcingHandler
    void on(ToezeggingGeregistreerd gebeurtenis) {
        aggregaatId = aggregaatId(gebeurtenis.toezeggingId());
        toezeggingId = gebeurtenis.toezeggingId();
        uiterlijk = gebeurtenis.uiterlijk();
    }

    @EventSourcingHandler
    void on(ToezeggingstermijnVerzet gebeurtenis) {
        uiterlijk = gebeurtenis.nieuweTermijn();
    }

    @EventSourcingHandler
    void on(ToezeggingVervuld gebeurtenis) {
        vervullingen++;
        vervuldMet = gebeurtenis.kamerbrief() != null ? gebeurtenis.kamerbrief()
                : gebeurtenis.referentie() != null ? gebeurtenis.referentie() : gebeurtenis.wijze();
    }
}
