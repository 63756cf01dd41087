package nl.regioregister.command.kamer;

import static nl.regioregister.command.besluit.Tekst.isLeeg;
import static nl.regioregister.command.besluit.Tekst.schoon;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.ArrayList;
import java.util.List;
import nl.regioregister.command.besluit.OngeldigBesluit;
import nl.regioregister.events.kamer.KamerbriefVastgelegd;
import nl.regioregister.events.kamer.Kamerstuknummer;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A letter of a minister to the Kamer, recorded as the decision it is: the Kamerbrief of 20 December 2024 that starts
 * the NPVR, the letter of 19 December 2025 that answers motie Flach and the toezeggingen of the debate of 2 October
 * 2025. It fulfils the toezeggingen and carries out the moties it names; the register knows them. A letter may
 * fulfil a toezegging that is already fulfilled (a second letter on the same promise happened, so it is recorded):
 * the view shows the earliest fulfilment that still counts. A letter is recorded once; an error is corrected by
 * revoking it ({@code POST /v1/besluiten/{positie}/herroep}) and recording the right one, and then it no longer counts
 * for its toezeggingen and moties.
 */
@Aggregate
public class Kamerbrief {

    private static final String PREFIX = "kamerbrief:";
    private static final String ID_VORM = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";
    private static final String SHA256 = "[0-9a-f]{64}";

    @AggregateIdentifier
    private String aggregaatId;

    protected Kamerbrief() {
    }

    static String aggregaatId(String kamerbriefId) {
        return PREFIX + kamerbriefId;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(LegKamerbriefVast besluit, BekendeKamerzaken kamerzaken) {
        weigerAlsAlVastgelegd(besluit.kamerbriefId());
        eisVolledigeBrief(besluit);
        eisBekendeToezeggingenEnMoties(besluit, kamerzaken);
        apply(new KamerbriefVastgelegd(besluit.kamerbriefId(), besluit.datum(), besluit.kamerstuknummer(),
                besluit.onderwerp().strip(), besluit.bewindspersoon().strip(), besluit.document().strip(),
                schoon(besluit.sha256()), besluit.toezeggingen(), besluit.moties()));
    }

    private void weigerAlsAlVastgelegd(String kamerbriefId) {
        if (aggregaatId != null) {
            throw new KamerbriefAlVastgelegd(kamerbriefId);
        }
    }

    private static void eisVolledigeBrief(LegKamerbriefVast besluit) {
        List<String> overtredingen = new ArrayList<>();
        if (besluit.kamerbriefId() == null || !besluit.kamerbriefId().matches(ID_VORM)) {
            overtredingen.add("kamerbriefId: letters, cijfers, punten, liggende streepjes en koppeltekens, "
                    + "hoogstens 64 tekens, zoals de referentie 2026-0000301213");
        }
        if (besluit.datum() == null) {
            overtredingen.add("datum: de datum van de brief");
        }
        if (besluit.kamerstuknummer() != null && !Kamerstuknummer.isGeldig(besluit.kamerstuknummer())) {
            overtredingen.add("kamerstuknummer: het Kamerstuknummer van de brief, zoals 29697-175 of 29 697, nr. 175");
        }
        if (isLeeg(besluit.onderwerp())) {
            overtredingen.add("onderwerp: waar de brief over gaat");
        }
        if (isLeeg(besluit.bewindspersoon())) {
            overtredingen.add("bewindspersoon: de verantwoordelijke bewindspersoon, zoals minister van BZK");
        }
        if (isLeeg(besluit.document())) {
            overtredingen.add("document: waar de brief te vinden is, zoals zijn adres op officielebekendmakingen.nl");
        }
        if (!isLeeg(besluit.sha256()) && !besluit.sha256().strip().matches(SHA256)) {
            overtredingen.add("sha256: 64 kleine hexadecimale tekens");
        }
        if (besluit.toezeggingen().stream().anyMatch(String::isEmpty)) {
            overtredingen.add("toezeggingen: een toezegging heeft een id");
        }
        if (besluit.moties().stream().anyMatch(m -> !Kamerstuknummer.isGeldig(m))) {
            overtredingen.add("moties: het Kamerstuknummer van een motie, zoals 29697-169 of 29 697, nr. 169");
        }
        OngeldigBesluit.alsEr(overtredingen);
    }

    /** A letter names what the register knows: every unknown toezegging and motie is listed at once. */
    private static void eisBekendeToezeggingenEnMoties(LegKamerbriefVast besluit, BekendeKamerzaken kamerzaken) {
        List<String> overtredingen = new ArrayList<>();
        besluit.toezeggingen().stream().filter(id -> !kamerzaken.toezeggingBestaat(id)).forEach(id ->
                overtredingen.add("toezeggingen: de toezegging " + id + " is niet geregistreerd"));
        besluit.moties().stream().filter(nr -> !kamerzaken.motieBestaat(nr)).forEach(nr ->
                overtredingen.add("moties: de motie " + nr + " is niet geregistreerd"));
        OngeldigBesluit.alsEr(overtredingen);
    }

    @EventSourcingHandler
    void on(KamerbriefVastgelegd gebeurtenis) {
        aggregaatId = aggregaatId(gebeurtenis.kamerbriefId());
    }
}
