package nl.regioregister.command.regio;

import static nl.regioregister.command.besluit.Tekst.isLeeg;
import static nl.regioregister.command.besluit.Tekst.schoon;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.regioregister.command.besluit.OngeldigBesluit;
import nl.regioregister.command.persoon.Persoonsgegevens;
import nl.regioregister.command.persoon.Persoonsregister;
import nl.regioregister.events.BesluitMetadata;
import nl.regioregister.events.Departement;
import nl.regioregister.events.regio.AanspreekpuntBelegd;
import nl.regioregister.events.regio.BenoemingBeeindigd;
import nl.regioregister.events.regio.BestuurlijkTrekkerAangewezen;
import nl.regioregister.events.regio.Bestuursrol;
import nl.regioregister.events.regio.DepartementsvoorkeurUitgesproken;
import nl.regioregister.events.regio.OpgenomenInProgramma;
import nl.regioregister.events.regio.Programma;
import nl.regioregister.events.regio.ProgrammadeelnameBeeindigd;
import nl.regioregister.events.regio.ProgrammamanagerAangesteld;
import nl.regioregister.events.regio.ProgrammamedewerkerAangesteld;
import nl.regioregister.events.regio.RegioGeregistreerd;
import nl.regioregister.events.regio.RegioadviseurBenoemd;
import nl.regioregister.events.regio.RijksvertegenwoordigerBenoemd;
import nl.regioregister.events.regio.VoorkeursdepartementAangewezen;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A region, the area programmes it takes part in, its structural aanspreekpunt at the Rijk, and who holds each role
 * in its governance.
 * <p>
 * An appointment replaces the previous holder of the same role; the events keep every holder
 * (Kamerbrief nadere uitwerking Elke Regio Telt, 20 december 2024, section 2). The Rijk fills the Rijk roles and
 * decides the voorkeursdepartement; the region fills its own roles and states its preference (memo governance
 * Achterhoek, AB 5 maart 2025: "Besluitvorming governance vanuit Achterhoek, besluitvorming voorkeursdepartement
 * vanuit Rijk").
 * <p>
 * Names and functions of the people appointed are personal data: they go to the erasable {@link Persoonsregister} in
 * the decision's transaction, and the events carry the reference it returns.
 */
@Aggregate
public class Regio {

    @AggregateIdentifier
    private String regioId;
    /**
     * The programmes the region takes part in now, with the start of each running participation in the order they
     * were recorded: one per programme, several only for Regio Deals ({@link NeemtAlDeelAanProgramma}).
     */
    private final Map<Programma, List<LocalDate>> deelnames = new EnumMap<>(Programma.class);
    /** The end of the last ended participation per programme. */
    private final Map<Programma, LocalDate> beeindigdPer = new EnumMap<>(Programma.class);
    /** Who holds each filled role, by person reference; a vacant role is absent. */
    private final Map<Bestuursrol, String> bezetting = new EnumMap<>(Bestuursrol.class);

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

    // --- programmes ---

    @CommandHandler
    void handle(NeemOpInProgramma besluit, @MetaDataValue(BesluitMetadata.INGANGSDATUM) String ingangsdatum) {
        LocalDate vanaf = datumOfIngangsdatum(besluit.vanaf(), ingangsdatum);
        eisProgrammaEnDatum(besluit.programma(), vanaf, "vanaf");
        weigerAlsAlDeelnemer(besluit.programma());
        weigerOverlapMetVorigeDeelname(besluit.programma(), vanaf);
        OngeldigBesluit.eis(besluit.rijksbijdrage() == null || besluit.rijksbijdrage().signum() > 0
                        && besluit.rijksbijdrage().stripTrailingZeros().scale() <= 2,
                "rijksbijdrage: euro's en centen, groter dan nul");
        apply(new OpgenomenInProgramma(regioId, besluit.programma(), vanaf, schoon(besluit.omschrijving()),
                besluit.rijksbijdrage() == null ? null
                        : besluit.rijksbijdrage().setScale(2, java.math.RoundingMode.UNNECESSARY)));
    }

    @CommandHandler
    void handle(BeeindigProgrammadeelname besluit, @MetaDataValue(BesluitMetadata.INGANGSDATUM) String ingangsdatum) {
        LocalDate per = datumOfIngangsdatum(besluit.per(), ingangsdatum);
        eisProgrammaEnDatum(besluit.programma(), per, "per");
        eisDeelnemer(besluit.programma());
        weigerEindeVoorBegin(besluit.programma(), per);
        apply(new ProgrammadeelnameBeeindigd(regioId, besluit.programma(), per));
    }

    @CommandHandler
    void handle(BelegAanspreekpunt besluit) {
        eisDepartementEnRaakvlakken(besluit);
        apply(new AanspreekpuntBelegd(regioId, besluit.departement(), besluit.beleidsmatigeRaakvlakken().strip()));
    }

    // --- governance ---

    @CommandHandler
    void handle(BenoemRijksvertegenwoordiger besluit, Persoonsregister register) {
        eisNaamEnDepartement(besluit);
        apply(new RijksvertegenwoordigerBenoemd(regioId, persoon(register, besluit.naam(), besluit.functie()),
                besluit.departement()));
    }

    @CommandHandler
    void handle(BenoemRegioadviseur besluit, Persoonsregister register) {
        eisPersoonVanDepartement("de regioadviseur", besluit.naam(), besluit.departement());
        apply(new RegioadviseurBenoemd(regioId, persoon(register, besluit.naam(), besluit.functie()),
                besluit.departement()));
    }

    @CommandHandler
    void handle(WijsBestuurlijkTrekkerAan besluit, Persoonsregister register) {
        eisBestuurderMetFunctie(besluit);
        apply(new BestuurlijkTrekkerAangewezen(regioId, persoon(register, besluit.naam(), besluit.functie()),
                besluit.organisatie().strip()));
    }

    @CommandHandler
    void handle(StelProgrammamanagerAan besluit, Persoonsregister register) {
        eisNaam("de programmamanager", besluit.naam());
        apply(new ProgrammamanagerAangesteld(regioId, persoon(register, besluit.naam(), besluit.functie()),
                schoon(besluit.organisatie())));
    }

    @CommandHandler
    void handle(StelProgrammamedewerkerAan besluit, Persoonsregister register) {
        eisNaam("de programmamedewerker", besluit.naam());
        apply(new ProgrammamedewerkerAangesteld(regioId, persoon(register, besluit.naam(), besluit.functie()),
                schoon(besluit.organisatie())));
    }

    @CommandHandler
    void handle(SpreekDepartementsvoorkeurUit besluit) {
        eisVoorkeurMetAnderAlternatief(besluit);
        apply(new DepartementsvoorkeurUitgesproken(regioId, besluit.voorkeur(), besluit.alternatief()));
    }

    @CommandHandler
    void handle(WijsVoorkeursdepartementAan besluit, Persoonsregister register) {
        eisDepartementEnTrekkerMetNaam(besluit);
        apply(new VoorkeursdepartementAangewezen(regioId, besluit.departement(),
                isLeeg(besluit.ambtelijkTrekker()) ? null
                        : persoon(register, besluit.ambtelijkTrekker(), besluit.ambtelijkTrekkerFunctie())));
    }

    @CommandHandler
    void handle(BeeindigBenoeming besluit) {
        OngeldigBesluit.eis(besluit.rol() != null, "rol: noem de rol waarvan de benoeming eindigt");
        weigerAlsRolVacantIs(besluit.rol());
        apply(new BenoemingBeeindigd(regioId, besluit.rol(), bezetting.get(besluit.rol())));
    }

    /** Keeps name and function in the register of personal data, last, once every rule of the decision holds. */
    private static String persoon(Persoonsregister register, String naam, String functie) {
        return register.legVast(new Persoonsgegevens(naam.strip(), schoon(functie)));
    }

    // --- rules ---

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
        weigerOvertredingen(overtredingen);
    }

    private static void eisProgrammaEnDatum(Programma programma, LocalDate datum, String datumveld) {
        List<String> overtredingen = new ArrayList<>();
        if (programma == null) {
            overtredingen.add("programma: noem het programma");
        }
        if (datum == null) {
            overtredingen.add(datumveld + ": noem de datum of geef het besluit een ingangsdatum");
        }
        weigerOvertredingen(overtredingen);
    }

    private void weigerAlsAlDeelnemer(Programma programma) {
        if (deelnames.containsKey(programma) && !NeemtAlDeelAanProgramma.magGelijktijdig(programma)) {
            throw new NeemtAlDeelAanProgramma(regioId, programma, deelnames.get(programma).get(0));
        }
    }

    private void weigerOverlapMetVorigeDeelname(Programma programma, LocalDate vanaf) {
        if (NeemtAlDeelAanProgramma.magGelijktijdig(programma)) {
            return;
        }
        LocalDate vorigeEinde = beeindigdPer.get(programma);
        if (vorigeEinde != null && vanaf.isBefore(vorigeEinde)) {
            throw new DeelnameOverlaptVorige(programma, vorigeEinde, vanaf);
        }
    }

    private void eisDeelnemer(Programma programma) {
        if (!deelnames.containsKey(programma)) {
            throw new NeemtNietDeelAanProgramma(regioId, programma);
        }
    }

    private void weigerEindeVoorBegin(Programma programma, LocalDate per) {
        LocalDate vanaf = deelnames.get(programma).get(0);
        if (per.isBefore(vanaf)) {
            throw new DeelnameEindigtVoorBegin(programma, vanaf, per);
        }
    }

    private static void eisDepartementEnRaakvlakken(BelegAanspreekpunt besluit) {
        List<String> overtredingen = new ArrayList<>();
        if (besluit.departement() == null) {
            overtredingen.add("departement: het aanspreekpunt wordt belegd bij een departement");
        }
        if (isLeeg(besluit.beleidsmatigeRaakvlakken())) {
            overtredingen.add("beleidsmatigeRaakvlakken: noem de beleidsmatige raakvlakken die de keuze voor dit "
                    + "departement dragen");
        }
        weigerOvertredingen(overtredingen);
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
        weigerOvertredingen(overtredingen);
    }

    private static void eisPersoonVanDepartement(String wie, String naam, Departement departement) {
        List<String> overtredingen = new ArrayList<>();
        if (isLeeg(naam)) {
            overtredingen.add("naam: " + wie + " heeft een naam");
        }
        if (departement == null) {
            overtredingen.add("departement: " + wie + " komt van een departement");
        }
        weigerOvertredingen(overtredingen);
    }

    /** The bestuurlijk trekker is an administrator: a named person in an office of a named body of the region. */
    private static void eisBestuurderMetFunctie(WijsBestuurlijkTrekkerAan besluit) {
        List<String> overtredingen = new ArrayList<>();
        if (isLeeg(besluit.naam())) {
            overtredingen.add("naam: de bestuurlijk trekker heeft een naam");
        }
        if (isLeeg(besluit.functie())) {
            overtredingen.add("functie: de bestuurlijk trekker is bestuurder, bijvoorbeeld wethouder");
        }
        if (isLeeg(besluit.organisatie())) {
            overtredingen.add("organisatie: noem waar de bestuurlijk trekker bestuurder is, bijvoorbeeld een gemeente");
        }
        weigerOvertredingen(overtredingen);
    }

    private static void eisNaam(String wie, String naam) {
        OngeldigBesluit.eis(!isLeeg(naam), "naam: " + wie + " heeft een naam");
    }

    private static void eisVoorkeurMetAnderAlternatief(SpreekDepartementsvoorkeurUit besluit) {
        List<String> overtredingen = new ArrayList<>();
        if (besluit.voorkeur() == null) {
            overtredingen.add("voorkeur: noem het departement van voorkeur");
        } else if (besluit.voorkeur() == besluit.alternatief()) {
            overtredingen.add("alternatief: het alternatief is een ander departement dan de voorkeur");
        }
        weigerOvertredingen(overtredingen);
    }

    private static void eisDepartementEnTrekkerMetNaam(WijsVoorkeursdepartementAan besluit) {
        List<String> overtredingen = new ArrayList<>();
        if (besluit.departement() == null) {
            overtredingen.add("departement: noem het voorkeursdepartement");
        }
        if (isLeeg(besluit.ambtelijkTrekker()) && !isLeeg(besluit.ambtelijkTrekkerFunctie())) {
            overtredingen.add("ambtelijkTrekker: een functie zonder naam benoemt niemand");
        }
        weigerOvertredingen(overtredingen);
    }

    private void weigerAlsRolVacantIs(Bestuursrol rol) {
        if (!bezetting.containsKey(rol)) {
            throw new RolIsVacant(regioId, rol);
        }
    }

    private static LocalDate datumOfIngangsdatum(LocalDate datum, String ingangsdatum) {
        if (datum != null) {
            return datum;
        }
        return ingangsdatum == null ? null : LocalDate.parse(ingangsdatum);
    }

    private static void weigerOvertredingen(List<String> overtredingen) {
        if (!overtredingen.isEmpty()) {
            throw new OngeldigBesluit(overtredingen);
        }
    }



    // --- state ---

    @EventSourcingHandler
    void on(RegioGeregistreerd gebeurtenis) {
        regioId = gebeurtenis.regioId();
    }

    @EventSourcingHandler
    void on(OpgenomenInProgramma gebeurtenis) {
        deelnames.computeIfAbsent(gebeurtenis.programma(), p -> new ArrayList<>()).add(gebeurtenis.vanaf());
    }

    @EventSourcingHandler
    void on(ProgrammadeelnameBeeindigd gebeurtenis) {
        // Of several Regio Deals at once, the one that began first ends first, as tranches do.
        List<LocalDate> lopend = deelnames.get(gebeurtenis.programma());
        if (lopend != null) {
            lopend.remove(0);
            if (lopend.isEmpty()) {
                deelnames.remove(gebeurtenis.programma());
            }
        }
        beeindigdPer.put(gebeurtenis.programma(), gebeurtenis.per());
    }

    @EventSourcingHandler
    void on(RijksvertegenwoordigerBenoemd gebeurtenis) {
        bezetting.put(Bestuursrol.RIJKSVERTEGENWOORDIGER, gebeurtenis.persoonId());
    }

    @EventSourcingHandler
    void on(RegioadviseurBenoemd gebeurtenis) {
        bezetting.put(Bestuursrol.REGIOADVISEUR, gebeurtenis.persoonId());
    }

    @EventSourcingHandler
    void on(BestuurlijkTrekkerAangewezen gebeurtenis) {
        bezetting.put(Bestuursrol.BESTUURLIJK_TREKKER, gebeurtenis.persoonId());
    }

    @EventSourcingHandler
    void on(ProgrammamanagerAangesteld gebeurtenis) {
        bezetting.put(Bestuursrol.PROGRAMMAMANAGER, gebeurtenis.persoonId());
    }

    @EventSourcingHandler
    void on(ProgrammamedewerkerAangesteld gebeurtenis) {
        bezetting.put(Bestuursrol.PROGRAMMAMEDEWERKER, gebeurtenis.persoonId());
    }

    @EventSourcingHandler
    void on(VoorkeursdepartementAangewezen gebeurtenis) {
        if (gebeurtenis.ambtelijkTrekkerPersoonId() == null) {
            bezetting.remove(Bestuursrol.AMBTELIJK_TREKKER_VOORKEURSDEPARTEMENT);
        } else {
            bezetting.put(Bestuursrol.AMBTELIJK_TREKKER_VOORKEURSDEPARTEMENT, gebeurtenis.ambtelijkTrekkerPersoonId());
        }
    }

    @EventSourcingHandler
    void on(BenoemingBeeindigd gebeurtenis) {
        bezetting.remove(gebeurtenis.rol());
    }
}
