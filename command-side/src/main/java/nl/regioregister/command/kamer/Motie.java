package nl.regioregister.command.kamer;

import static nl.regioregister.command.besluit.Tekst.isLeeg;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.ArrayList;
import java.util.List;
import nl.regioregister.command.besluit.Herroepingen;
import nl.regioregister.command.besluit.OngeldigBesluit;
import nl.regioregister.command.besluit.Tekst;
import nl.regioregister.events.kamer.Kamerstuknummer;
import nl.regioregister.events.kamer.MotieAfgedaan;
import nl.regioregister.events.kamer.MotieGeregistreerd;
import nl.regioregister.events.kamer.MotieUitvoeringGeregistreerd;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A motie of the Tweede Kamer and how the ministry carries it out: the decisions and letters over time, until it is
 * done. The ministry must be able to show this for every motie, e.g. motie Flach (29697-169), whose execution the
 * Kamer asked about in the debate of 2 October 2025 (letter of 19 December 2025).
 */
@Aggregate
public class Motie {

    private static final String PREFIX = "motie:";

    @AggregateIdentifier
    private String motieId;
    private String kamerstuknummer;
    /** Completions recorded; the motie is done while not all of them are revoked. */
    private int afdoeningen;

    protected Motie() {
    }

    static String aggregaatId(String kamerstuknummer) {
        return PREFIX + kamerstuknummer;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RegistreerMotie besluit) {
        weigerAlsAlGeregistreerd(besluit.kamerstuknummer());
        eisVolledigeRegistratie(besluit);
        apply(new MotieGeregistreerd(besluit.kamerstuknummer(), besluit.titel().strip(),
                besluit.indieners().stream().map(String::strip).toList(), besluit.aangenomenOp()));
    }

    @CommandHandler
    void handle(RegistreerUitvoeringVanMotie besluit, Herroepingen herroepingen) {
        weigerAlsAfgedaan("een uitvoering vastleggen", herroepingen);
        List<String> overtredingen = new ArrayList<>();
        eisTekst("referentie", besluit.referentie(), "noem het besluit of de brief waarmee de motie wordt uitgevoerd",
                overtredingen);
        eisTekst("omschrijving", besluit.omschrijving(), "beschrijf hoe het besluit of de brief de motie uitvoert",
                overtredingen);
        OngeldigBesluit.alsEr(overtredingen);
        apply(new MotieUitvoeringGeregistreerd(kamerstuknummer, besluit.referentie().strip(),
                besluit.omschrijving().strip()));
    }

    @CommandHandler
    void handle(DoeMotieAf besluit, Herroepingen herroepingen) {
        weigerAlsAfgedaan("nogmaals afdoen", herroepingen);
        List<String> overtredingen = new ArrayList<>();
        eisTekst("referentie", besluit.referentie(), "noem de brief of het besluit waarmee de motie is afgedaan",
                overtredingen);
        OngeldigBesluit.alsEr(overtredingen);
        apply(new MotieAfgedaan(kamerstuknummer, besluit.referentie().strip()));
    }

    private void weigerAlsAlGeregistreerd(String nummer) {
        if (motieId != null) {
            throw new MotieAlGeregistreerd(nummer);
        }
    }

    /** Done once, unless every completion was revoked: then the motie is carried out further. */
    private void weigerAlsAfgedaan(String handeling, Herroepingen herroepingen) {
        if (afdoeningen > 0 && herroepingen.aantal(motieId, MotieAfgedaan.class.getSimpleName()) < afdoeningen) {
            throw new MotieAlAfgedaan(kamerstuknummer, handeling);
        }
    }

    private static void eisVolledigeRegistratie(RegistreerMotie besluit) {
        List<String> overtredingen = new ArrayList<>();
        if (!Kamerstuknummer.isGeldig(besluit.kamerstuknummer())) {
            overtredingen.add("kamerstuknummer: een Kamerstuknummer is een dossier en een nummer, zoals 29697-169 "
                    + "of 29 697, nr. 169");
        }
        eisTekst("titel", besluit.titel(), "een motie heeft een titel", overtredingen);
        if (besluit.indieners().isEmpty() || besluit.indieners().stream().anyMatch(Tekst::isLeeg)) {
            overtredingen.add("indieners: een motie heeft een of meer indieners, elk met een naam");
        }
        if (besluit.aangenomenOp() == null) {
            overtredingen.add("aangenomenOp: de datum waarop de Kamer de motie aannam");
        }
        OngeldigBesluit.alsEr(overtredingen);
    }

    private static void eisTekst(String veld, String tekst, String reden, List<String> overtredingen) {
        if (isLeeg(tekst)) {
            overtredingen.add(veld + ": " + reden);
        }
    }



    @EventSourcingHandler
    void on(MotieGeregistreerd gebeurtenis) {
        motieId = aggregaatId(gebeurtenis.kamerstuknummer());
        kamerstuknummer = gebeurtenis.kamerstuknummer();
    }

    @EventSourcingHandler
    void on(MotieAfgedaan gebeurtenis) {
        afdoeningen++;
    }
}
