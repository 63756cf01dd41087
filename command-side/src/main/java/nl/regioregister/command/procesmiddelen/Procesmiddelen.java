package nl.regioregister.command.procesmiddelen;

import static nl.regioregister.command.besluit.Tekst.isLeeg;
import static nl.regioregister.command.besluit.Tekst.schoon;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.time.LocalDate;
import nl.regioregister.command.programma.Programmas;
import nl.regioregister.command.programma.Programmastand;
import nl.regioregister.events.BesluitMetadata;
import nl.regioregister.events.regio.Programma;
import org.axonframework.messaging.annotation.MetaDataValue;
import nl.regioregister.command.besluit.BekendeRegios;
import nl.regioregister.command.besluit.OngeldigBesluit;
import nl.regioregister.events.procesmiddelen.Beheervorm;
import nl.regioregister.events.procesmiddelen.BestedingGeregistreerd;
import nl.regioregister.events.procesmiddelen.Bestedingscategorie;
import nl.regioregister.events.procesmiddelen.BtwTeruggaveGeregistreerd;
import nl.regioregister.events.procesmiddelen.FinancieringsperiodeVerlengd;
import nl.regioregister.events.procesmiddelen.Kassiersoort;
import nl.regioregister.events.procesmiddelen.ProcesmiddelenOvergedragen;
import nl.regioregister.events.procesmiddelen.ProcesmiddelenToegekend;
import nl.regioregister.events.procesmiddelen.ProcesmiddelenToekenningGewijzigd;
import nl.regioregister.events.procesmiddelen.ProcesmiddelenUitbetaald;
import nl.regioregister.events.procesmiddelen.RegiokassierAangewezen;
import nl.regioregister.events.procesmiddelen.Uitkeringsfonds;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A region's procesmiddelen: its regiokassier, the yearly grants of the Rijk, their payment as a
 * decentralisatie-uitkering net of the estimated compensable BTW, the BTW reclaimed from the BTW-compensatiefonds,
 * and what the region carries over and spends (Toelichting procesmiddelen NPVR, 22 jan 2025).
 * <p>
 * Spending, carrying over and BTW reclaimed are recorded as the region reports them, never capped: the money is
 * "vrij om de middelen naar eigen inzicht te besteden" without "formele verantwoordingsverplichtingen", the kassier
 * may pre-finance before the uitkering arrives "in het voorjaar", and it reclaims the BTW it actually paid. The
 * status shows a year spent beyond what reached the kassier, and BTW reclaimed beyond what was put into the fund, as
 * signals.
 * <p>
 * The yearly amount, the years and the programme's horizon are the NPVR's parameters as recorded decisions in effect
 * on the decision's ingangsdatum ({@link Programmas}): a later cabinet's change holds from its own date on. A
 * parameter no decision in effect named sets no norm. The Rijk may extend one region's funding period beyond the
 * programme's procesmiddelen years; that extension is checked in this consistency boundary.
 * <p>
 * Every command may be the first for a region, so that an early payment is refused with the rule it breaks (no
 * regiokassier, not granted) rather than as "unknown"; the region itself must be known to the register.
 */
@Aggregate
public class Procesmiddelen {

    private static final String PREFIX = "procesmiddelen:";

    @AggregateIdentifier
    private String aggregaatId;
    private Kassiersoort kassiersoort;
    private String kassier;
    /** The last year of the region's own extension of its funding period; null when the Rijk extended none. */
    private Integer verlengdTot;
    private final Map<Integer, Jaarstand> jaren = new HashMap<>();

    protected Procesmiddelen() {
    }

    static String aggregaatId(String regioId) {
        return PREFIX + regioId;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(WijsRegiokassierAan besluit, BekendeRegios regios) {
        eisBekendeRegio(besluit.regioId(), regios);
        eisVolledigeAanwijzing(besluit);
        apply(new RegiokassierAangewezen(besluit.regioId(), besluit.soort(), besluit.naam().strip(),
                besluit.beheervorm(), schoon(besluit.samenwerkingsverband())));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(VerlengFinancieringsperiode besluit, BekendeRegios regios, Programmas programmas,
                @MetaDataValue(BesluitMetadata.INGANGSDATUM) String ingangsdatum) {
        eisBekendeRegio(besluit.regioId(), regios);
        Optional<Programmastand> npvr = npvr(programmas, ingangsdatum);
        Integer huidig = laatsteJaar(npvr);
        eisVerlenging(huidig, besluit.laatsteJaar());
        eisBinnenProgrammahorizon(npvr, besluit.laatsteJaar());
        apply(new FinancieringsperiodeVerlengd(besluit.regioId(), huidig == null ? besluit.laatsteJaar() : huidig,
                besluit.laatsteJaar()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(KenProcesmiddelenToe besluit, BekendeRegios regios, Programmas programmas,
                @MetaDataValue(BesluitMetadata.INGANGSDATUM) String ingangsdatum) {
        eisBekendeRegio(besluit.regioId(), regios);
        eisGeldigeBedragen(besluit.bedrag(), besluit.geschatteCompensabeleBtw());
        Optional<Programmastand> npvr = npvr(programmas, ingangsdatum);
        eisJaarInFinancieringsperiode(npvr, besluit.jaar());
        weigerAlsAlToegekend(besluit.jaar());
        eisRedenBovenJaarbedrag(npvr, besluit.bedrag(), besluit.redenAfwijking());
        eisBtwBinnenBedrag(besluit.geschatteCompensabeleBtw(), besluit.bedrag());
        apply(new ProcesmiddelenToegekend(besluit.regioId(), besluit.jaar(), Bedragen.inCenten(besluit.bedrag()),
                Bedragen.inCenten(besluit.geschatteCompensabeleBtw()), schoon(besluit.redenAfwijking())));
    }

    /**
     * A grant is amended by a later decision, e.g. after the Achterhoek's request "om van de 350K per jaar 300K zonder
     * BTW afdracht uit te keren" (memo Achterhoek, AB 5 maart 2025, onderdeel E). The amended grant holds for a
     * payment still to come; a payment already made stays what it was.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(WijzigProcesmiddelenToekenning besluit, BekendeRegios regios, Programmas programmas,
                @MetaDataValue(BesluitMetadata.INGANGSDATUM) String ingangsdatum) {
        eisBekendeRegio(besluit.regioId(), regios);
        eisGeldigeBedragen(besluit.bedrag(), besluit.geschatteCompensabeleBtw());
        Jaarstand jaar = stand(besluit.jaar());
        eisToegekend(besluit.jaar(), jaar);
        eisRedenBovenJaarbedrag(npvr(programmas, ingangsdatum), besluit.bedrag(), besluit.redenAfwijking());
        eisBtwBinnenBedrag(besluit.geschatteCompensabeleBtw(), besluit.bedrag());
        apply(new ProcesmiddelenToekenningGewijzigd(besluit.regioId(), besluit.jaar(),
                Bedragen.inCenten(besluit.bedrag()), Bedragen.inCenten(besluit.geschatteCompensabeleBtw()),
                schoon(besluit.redenAfwijking()), jaar.toegekend(), jaar.geschatteBtw()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(BetaalProcesmiddelenUit besluit, BekendeRegios regios) {
        eisBekendeRegio(besluit.regioId(), regios);
        Jaarstand jaar = stand(besluit.jaar());
        eisToegekend(besluit.jaar(), jaar);
        weigerAlsAlUitbetaald(besluit.jaar(), jaar);
        eisRegiokassier(besluit.regioId());
        apply(new ProcesmiddelenUitbetaald(besluit.regioId(), besluit.jaar(), fonds(kassiersoort), kassier,
                jaar.toegekend().subtract(jaar.geschatteBtw()), jaar.geschatteBtw()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RegistreerBtwTeruggave besluit, BekendeRegios regios) {
        eisBekendeRegio(besluit.regioId(), regios);
        eisPositiefBedrag(besluit.bedrag());
        apply(new BtwTeruggaveGeregistreerd(besluit.regioId(), besluit.jaar(), Bedragen.inCenten(besluit.bedrag())));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(DraagProcesmiddelenOver besluit, BekendeRegios regios, Programmas programmas,
                @MetaDataValue(BesluitMetadata.INGANGSDATUM) String ingangsdatum) {
        eisBekendeRegio(besluit.regioId(), regios);
        eisPositiefBedrag(besluit.bedrag());
        eisLaterJaar(besluit.vanJaar(), besluit.naarJaar());
        eisBinnenProgrammahorizon(npvr(programmas, ingangsdatum), besluit.naarJaar());
        apply(new ProcesmiddelenOvergedragen(besluit.regioId(), besluit.vanJaar(), besluit.naarJaar(),
                Bedragen.inCenten(besluit.bedrag())));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RegistreerBesteding besluit, BekendeRegios regios) {
        eisBekendeRegio(besluit.regioId(), regios);
        eisVolledigeBesteding(besluit);
        apply(new BestedingGeregistreerd(besluit.regioId(), besluit.jaar(), besluit.categorie(),
                Bedragen.inCenten(besluit.bedrag()), schoon(besluit.omschrijving())));
    }

    /** Only for a new aggregate: an existing one was created for a known region. */
    private void eisBekendeRegio(String regioId, BekendeRegios regios) {
        if (aggregaatId == null) {
            regios.eisBekend(regioId);
        }
    }

    /** "Een gemeente of provincie", managing the money in one of two ways (Toelichting procesmiddelen NPVR). */
    private static void eisVolledigeAanwijzing(WijsRegiokassierAan besluit) {
        List<String> overtredingen = new ArrayList<>();
        if (besluit.soort() == null) {
            overtredingen.add("soort: de regiokassier is een gemeente of een provincie");
        }
        if (isLeeg(besluit.naam())) {
            overtredingen.add("naam: de regiokassier heeft een naam");
        }
        if (besluit.beheervorm() == null) {
            overtredingen.add("beheervorm: de regiokassier geeft de middelen door aan een samenwerkingsverband "
                    + "of beheert ze namens de regio");
        } else if (besluit.beheervorm() == Beheervorm.DOORGEVEN_AAN_SAMENWERKINGSVERBAND
                && isLeeg(besluit.samenwerkingsverband())) {
            overtredingen.add("samenwerkingsverband: noem het samenwerkingsverband waaraan de regiokassier de "
                    + "middelen doorgeeft");
        } else if (besluit.beheervorm() == Beheervorm.BEHEREN_NAMENS_DE_REGIO
                && !isLeeg(besluit.samenwerkingsverband())) {
            overtredingen.add("samenwerkingsverband: alleen wanneer de regiokassier de middelen doorgeeft aan een "
                    + "samenwerkingsverband");
        }
        OngeldigBesluit.alsEr(overtredingen);
    }

    private static void eisGeldigeBedragen(BigDecimal bedrag, BigDecimal geschatteCompensabeleBtw) {
        List<String> overtredingen = new ArrayList<>();
        Bedragen.eisPositief("bedrag", bedrag, overtredingen);
        Bedragen.eisNietNegatief("geschatteCompensabeleBtw", geschatteCompensabeleBtw, overtredingen);
        OngeldigBesluit.alsEr(overtredingen);
    }

    private static void eisPositiefBedrag(BigDecimal bedrag) {
        List<String> overtredingen = new ArrayList<>();
        Bedragen.eisPositief("bedrag", bedrag, overtredingen);
        OngeldigBesluit.alsEr(overtredingen);
    }

    private static void eisVolledigeBesteding(RegistreerBesteding besluit) {
        List<String> overtredingen = new ArrayList<>();
        if (besluit.categorie() == null) {
            overtredingen.add("categorie: een besteding valt in een categorie");
        } else if (besluit.categorie() == Bestedingscategorie.OVERIG && isLeeg(besluit.omschrijving())) {
            overtredingen.add("omschrijving: een overige besteding zegt waaraan");
        }
        Bedragen.eisPositief("bedrag", besluit.bedrag(), overtredingen);
        OngeldigBesluit.alsEr(overtredingen);
    }

    /**
     * "Om de procesmiddelen … te kunnen uitkeren, dient elke regio uiterlijk 1 februari … een regiokassier" aan te
     * wijzen (Toelichting procesmiddelen NPVR, 22 jan 2025): the kassier is needed to pay, not to grant.
     */
    private void eisRegiokassier(String regioId) {
        if (kassier == null) {
            throw new GeenRegiokassier(regioId);
        }
    }

    /** The NPVR's parameters in effect on the decision's ingangsdatum; the latest ones when it has none. */
    private static Optional<Programmastand> npvr(Programmas programmas, String ingangsdatum) {
        return programmas.geldendOp(Programma.NPVR, ingangsdatum == null ? null : LocalDate.parse(ingangsdatum));
    }

    /**
     * The last year of the funding period: the programme's procesmiddelen years ("voor een periode van drie jaar
     * (2025, 2026 en 2027)", Toelichting procesmiddelen NPVR) or the region's own extension, whichever is later; null
     * when neither was decided.
     */
    private Integer laatsteJaar(Optional<Programmastand> npvr) {
        Integer programma = npvr.map(Programmastand::procesmiddelenTotEnMetJaar).orElse(null);
        if (programma == null) {
            return verlengdTot;
        }
        return verlengdTot == null ? programma : Math.max(programma, verlengdTot);
    }

    private void eisJaarInFinancieringsperiode(Optional<Programmastand> npvr, int jaar) {
        Integer laatste = laatsteJaar(npvr);
        if (npvr.isEmpty() || laatste == null) {
            return;
        }
        int eerste = npvr.get().eersteJaar();
        if (jaar < eerste || jaar > laatste) {
            throw new JaarBuitenFinancieringsperiode(jaar, eerste, laatste);
        }
    }

    private void weigerAlsAlToegekend(int jaar) {
        if (stand(jaar).toegekend() != null) {
            throw new ProcesmiddelenAlToegekend(jaar);
        }
    }

    private static void eisRedenBovenJaarbedrag(Optional<Programmastand> npvr, BigDecimal bedrag,
                                                String redenAfwijking) {
        BigDecimal jaarbedrag = npvr.map(Programmastand::procesmiddelenPerJaar).orElse(null);
        if (jaarbedrag != null && bedrag.compareTo(jaarbedrag) > 0 && isLeeg(redenAfwijking)) {
            throw new BovenJaarbedragZonderReden(Bedragen.inCenten(bedrag), jaarbedrag);
        }
    }

    /**
     * The estimate is the region's own and is taken as given: the Achterhoek asked to receive 300K of its 350K
     * without BTW deduction because it spends that on its own staff (memo Achterhoek, section E), so it may be far
     * below 21% of the amount. It is part of the amount, so never more than it.
     */
    private static void eisBtwBinnenBedrag(BigDecimal btw, BigDecimal bedrag) {
        if (btw.compareTo(bedrag) > 0) {
            throw new BtwBovenToegekendBedrag(Bedragen.inCenten(btw), Bedragen.inCenten(bedrag));
        }
    }

    private static void eisToegekend(int jaar, Jaarstand stand) {
        if (stand.toegekend() == null) {
            throw new ProcesmiddelenNietToegekend(jaar);
        }
    }

    private static void weigerAlsAlUitbetaald(int jaar, Jaarstand stand) {
        if (stand.uitbetaald()) {
            throw new ProcesmiddelenAlUitbetaald(jaar);
        }
    }

    private static void eisLaterJaar(int vanJaar, int naarJaar) {
        if (naarJaar <= vanJaar) {
            throw new OverdrachtNietNaarLaterJaar(vanJaar, naarJaar);
        }
    }

    private static void eisVerlenging(Integer huidigLaatsteJaar, int nieuwLaatsteJaar) {
        if (huidigLaatsteJaar != null && nieuwLaatsteJaar <= huidigLaatsteJaar) {
            throw new GeenVerlenging(huidigLaatsteJaar, nieuwLaatsteJaar);
        }
    }

    /** "Voor de komende 20 jaar" (Kamerbrief NPVR, December 2024), or the horizon a later decision set. */
    private static void eisBinnenProgrammahorizon(Optional<Programmastand> npvr, int jaar) {
        npvr.ifPresent(programma -> {
            if (jaar > programma.laatsteJaar()) {
                throw new BuitenProgrammahorizon(jaar, programma.eersteJaar(), programma.laatsteJaar());
            }
        });
    }

    /** A decentralisatie-uitkering to a gemeente goes through the Gemeentefonds, to a provincie the Provinciefonds. */
    private static Uitkeringsfonds fonds(Kassiersoort soort) {
        return switch (soort) {
            case GEMEENTE -> Uitkeringsfonds.GEMEENTEFONDS;
            case PROVINCIE -> Uitkeringsfonds.PROVINCIEFONDS;
        };
    }

    private Jaarstand stand(int jaar) {
        return jaren.getOrDefault(jaar, Jaarstand.LEEG);
    }




    @EventSourcingHandler
    void on(RegiokassierAangewezen gebeurtenis) {
        aggregaatId = aggregaatId(gebeurtenis.regioId());
        kassiersoort = gebeurtenis.soort();
        kassier = gebeurtenis.naam();
    }

    @EventSourcingHandler
    void on(FinancieringsperiodeVerlengd gebeurtenis) {
        aggregaatId = aggregaatId(gebeurtenis.regioId());
        verlengdTot = gebeurtenis.laatsteJaar();
    }

    @EventSourcingHandler
    void on(ProcesmiddelenToegekend gebeurtenis) {
        aggregaatId = aggregaatId(gebeurtenis.regioId());
        jaren.put(gebeurtenis.jaar(), stand(gebeurtenis.jaar())
                .toegekend(gebeurtenis.bedrag(), gebeurtenis.geschatteCompensabeleBtw()));
    }

    @EventSourcingHandler
    void on(ProcesmiddelenToekenningGewijzigd gebeurtenis) {
        aggregaatId = aggregaatId(gebeurtenis.regioId());
        jaren.put(gebeurtenis.jaar(), stand(gebeurtenis.jaar())
                .toegekend(gebeurtenis.bedrag(), gebeurtenis.geschatteCompensabeleBtw()));
    }

    @EventSourcingHandler
    void on(ProcesmiddelenUitbetaald gebeurtenis) {
        aggregaatId = aggregaatId(gebeurtenis.regioId());
        jaren.put(gebeurtenis.jaar(), stand(gebeurtenis.jaar())
                .uitbetaald(gebeurtenis.uitgekeerd(), gebeurtenis.gestortInBtwCompensatiefonds()));
    }

    @EventSourcingHandler
    void on(BtwTeruggaveGeregistreerd gebeurtenis) {
        aggregaatId = aggregaatId(gebeurtenis.regioId());
        jaren.put(gebeurtenis.jaar(), stand(gebeurtenis.jaar()).btwTeruggekregen(gebeurtenis.bedrag()));
    }

    @EventSourcingHandler
    void on(ProcesmiddelenOvergedragen gebeurtenis) {
        aggregaatId = aggregaatId(gebeurtenis.regioId());
        jaren.put(gebeurtenis.vanJaar(), stand(gebeurtenis.vanJaar()).overgedragenUit(gebeurtenis.bedrag()));
        jaren.put(gebeurtenis.naarJaar(), stand(gebeurtenis.naarJaar()).overgedragenNaar(gebeurtenis.bedrag()));
    }

    @EventSourcingHandler
    void on(BestedingGeregistreerd gebeurtenis) {
        aggregaatId = aggregaatId(gebeurtenis.regioId());
        jaren.put(gebeurtenis.jaar(), stand(gebeurtenis.jaar()).besteed(gebeurtenis.bedrag()));
    }

    /**
     * The money of one year. {@code toegekend} and {@code geschatteBtw} are {@code null} until the year is granted;
     * the other amounts are totals, zero until something happened.
     */
    private record Jaarstand(
            BigDecimal toegekend,
            BigDecimal geschatteBtw,
            boolean uitbetaald,
            BigDecimal uitgekeerd,
            BigDecimal gestortBtw,
            BigDecimal teruggekregenBtw,
            BigDecimal overgedragenNaar,
            BigDecimal overgedragenUit,
            BigDecimal besteed) {

        static final Jaarstand LEEG = new Jaarstand(null, null, false, Bedragen.NUL, Bedragen.NUL, Bedragen.NUL,
                Bedragen.NUL, Bedragen.NUL, Bedragen.NUL);

        Jaarstand toegekend(BigDecimal bedrag, BigDecimal btw) {
            return new Jaarstand(bedrag, btw, uitbetaald, uitgekeerd, gestortBtw, teruggekregenBtw, overgedragenNaar,
                    overgedragenUit, besteed);
        }

        Jaarstand uitbetaald(BigDecimal uitkering, BigDecimal btw) {
            return new Jaarstand(toegekend, geschatteBtw, true, uitkering, btw, teruggekregenBtw, overgedragenNaar,
                    overgedragenUit, besteed);
        }

        Jaarstand btwTeruggekregen(BigDecimal bedrag) {
            return new Jaarstand(toegekend, geschatteBtw, uitbetaald, uitgekeerd, gestortBtw,
                    teruggekregenBtw.add(bedrag), overgedragenNaar, overgedragenUit, besteed);
        }

        Jaarstand overgedragenNaar(BigDecimal bedrag) {
            return new Jaarstand(toegekend, geschatteBtw, uitbetaald, uitgekeerd, gestortBtw, teruggekregenBtw,
                    overgedragenNaar.add(bedrag), overgedragenUit, besteed);
        }

        Jaarstand overgedragenUit(BigDecimal bedrag) {
            return new Jaarstand(toegekend, geschatteBtw, uitbetaald, uitgekeerd, gestortBtw, teruggekregenBtw,
                    overgedragenNaar, overgedragenUit.add(bedrag), besteed);
        }

        Jaarstand besteed(BigDecimal bedrag) {
            return new Jaarstand(toegekend, geschatteBtw, uitbetaald, uitgekeerd, gestortBtw, teruggekregenBtw,
                    overgedragenNaar, overgedragenUit, besteed.add(bedrag));
        }
    }
}
