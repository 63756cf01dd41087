package nl.regioregister.query.integriteit.verificatie;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The auditor's offline verifier: given an export of the register and, optionally, a checkpoint the auditor saved
 * earlier and the public key the auditor trusts, it checks every signature, the consistency of the saved checkpoint
 * with the export's, and every event's inclusion proof, and names the first tampered or missing event. It needs
 * nothing of the register but the export: no network, no database.
 * <pre>
 * java -jar query-side/target/query-side-0.1.0-SNAPSHOT-verificateur.jar export.zip \
 *      [--controlepunt bewaard-controlepunt.json] [--sleutel publieke-sleutel.pem]
 * </pre>
 * Exit code 0: everything verifies; 1: a finding; 2: the export or an argument cannot be read.
 */
public final class Verificateur {

    /** What the verifier found; {@code bevindingen} in the order found, events in leaf order. */
    public record Rapport(long gecontroleerdeGebeurtenissen, List<String> bevindingen, List<String> opmerkingen) {
        public boolean inOrde() {
            return bevindingen.isEmpty();
        }

        public Optional<String> eersteBevinding() {
            return bevindingen.stream().findFirst();
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private Verificateur() {
    }

    public static void main(String[] argumenten) {
        System.exit(voerUit(argumenten, System.out));
    }

    public static int voerUit(String[] argumenten, PrintStream uit) {
        Path export = null;
        Path controlepunt = null;
        Path sleutel = null;
        for (int i = 0; i < argumenten.length; i++) {
            switch (argumenten[i]) {
                case "--controlepunt" -> controlepunt = i + 1 < argumenten.length ? Path.of(argumenten[++i]) : null;
                case "--sleutel" -> sleutel = i + 1 < argumenten.length ? Path.of(argumenten[++i]) : null;
                default -> export = Path.of(argumenten[i]);
            }
        }
        if (export == null) {
            uit.println("Gebruik: java -jar verificateur.jar <export.zip> [--controlepunt <bewaard-controlepunt.json>]"
                    + " [--sleutel <publieke-sleutel.pem>]");
            return 2;
        }
        Rapport rapport;
        try {
            rapport = verifieer(export, Optional.ofNullable(controlepunt), Optional.ofNullable(sleutel));
        } catch (RuntimeException | IOException onleesbaar) {
            uit.println("ONLEESBAAR: " + onleesbaar.getMessage());
            return 2;
        }
        rapport.opmerkingen().forEach(o -> uit.println("Opmerking: " + o));
        if (rapport.inOrde()) {
            uit.println("IN ORDE: " + rapport.gecontroleerdeGebeurtenissen()
                    + " gebeurtenissen, alle handtekeningen, inclusie- en consistentiebewijzen kloppen.");
            return 0;
        }
        uit.println("NIET IN ORDE: " + rapport.bevindingen().size() + " bevinding(en).");
        uit.println("Eerste bevinding: " + rapport.eersteBevinding().orElseThrow());
        rapport.bevindingen().forEach(b -> uit.println("- " + b));
        return 1;
    }

    public static Controlepunt leesControlepunt(Path bestand) throws IOException {
        return JSON.readValue(bestand.toFile(), Controlepunt.class);
    }

    public static Rapport verifieer(Path exportbestand, Optional<Path> bewaardControlepunt,
            Optional<Path> vertrouwdeSleutel) throws IOException {
        List<String> bevindingen = new ArrayList<>();
        List<String> opmerkingen = new ArrayList<>();
        try (ZipFile zip = new ZipFile(exportbestand.toFile())) {
            Export.Omschrijving omschrijving = JSON.readValue(lees(zip, Export.OMSCHRIJVING),
                    Export.Omschrijving.class);
            if (!Export.FORMAAT.equals(omschrijving.formaat())) {
                throw new IOException("onbekend exportformaat " + omschrijving.formaat());
            }
            Controlepunt controlepunt = JSON.readValue(lees(zip, Export.CONTROLEPUNT), Controlepunt.class);
            PublicKey sleutel;
            if (vertrouwdeSleutel.isPresent()) {
                sleutel = Sleutels.publiekeSleutel(Files.readString(vertrouwdeSleutel.get()));
            } else {
                sleutel = Sleutels.publiekeSleutel(new String(lees(zip, Export.PUBLIEKE_SLEUTEL).readAllBytes(),
                        StandardCharsets.UTF_8));
                opmerkingen.add("de publieke sleutel komt uit de export zelf (" + Sleutels.sleutelId(sleutel)
                        + "); vergelijk hem met de gepubliceerde sleutel of geef --sleutel op");
            }
            controleerControlepunt(controlepunt, omschrijving, sleutel, bevindingen);
            Optional<Controlepunt> bewaard = bewaardControlepunt.isPresent()
                    ? Optional.of(leesControlepunt(bewaardControlepunt.get())) : Optional.empty();
            bewaard.ifPresent(b -> controleerBewaard(b, controlepunt, omschrijving, sleutel, bevindingen));
            if (bewaard.isEmpty()) {
                opmerkingen.add("geen bewaard controlepunt opgegeven: alleen de export zelf is gecontroleerd");
            }
            long gecontroleerd = controleerGebeurtenissen(zip, omschrijving, controlepunt, bewaard, bevindingen);
            return new Rapport(gecontroleerd, List.copyOf(bevindingen), List.copyOf(opmerkingen));
        }
    }

    private static void controleerControlepunt(Controlepunt controlepunt, Export.Omschrijving omschrijving,
            PublicKey sleutel, List<String> bevindingen) {
        if (!controlepunt.ondertekendMet(sleutel)) {
            bevindingen.add("de handtekening van het controlepunt van de export (grootte " + controlepunt.grootte()
                    + ") klopt niet met sleutel " + Sleutels.sleutelId(sleutel));
        }
        Controlepunt genoemd = omschrijving.controlepunt();
        if (genoemd == null || genoemd.grootte() != controlepunt.grootte()
                || !Arrays.equals(genoemd.wortel(), controlepunt.wortel())) {
            bevindingen.add("de omschrijving van de export noemt een ander controlepunt dan "
                    + Export.CONTROLEPUNT);
        }
    }

    private static void controleerBewaard(Controlepunt bewaard, Controlepunt controlepunt,
            Export.Omschrijving omschrijving, PublicKey sleutel, List<String> bevindingen) {
        if (!bewaard.ondertekendMet(sleutel)) {
            bevindingen.add("de handtekening van het bewaarde controlepunt (grootte " + bewaard.grootte()
                    + ", " + bewaard.tijdstip() + ") klopt niet met sleutel " + Sleutels.sleutelId(sleutel));
        }
        if (bewaard.grootte() > controlepunt.grootte()) {
            bevindingen.add("het bewaarde controlepunt telt " + bewaard.grootte() + " gebeurtenissen, de export "
                    + "maar " + controlepunt.grootte() + ": de export is ouder dan wat u al gezien hebt, of de "
                    + "historie is ingekort");
            return;
        }
        if (bewaard.grootte() == controlepunt.grootte()) {
            if (!Arrays.equals(bewaard.wortel(), controlepunt.wortel())) {
                bevindingen.add("het bewaarde controlepunt en dat van de export tellen beide " + bewaard.grootte()
                        + " gebeurtenissen maar hebben een andere wortel: de historie is herschreven");
            }
            return;
        }
        Optional<Export.Consistentiebewijs> bewijs = omschrijving.consistentiebewijzen() == null ? Optional.empty()
                : omschrijving.consistentiebewijzen().stream()
                        .filter(c -> c.van() == bewaard.grootte() && c.tot() == controlepunt.grootte()).findFirst();
        if (bewijs.isEmpty()) {
            if (omschrijving.omvang() != Export.Omvang.REGISTER) {
                bevindingen.add("de export bevat geen consistentiebewijs van grootte " + bewaard.grootte()
                        + " naar " + controlepunt.grootte() + ": niet aangetoond dat de historie alleen is aangevuld");
            }
            // A whole-register export proves consistency from its own leaves (see controleerGebeurtenissen).
            return;
        }
        if (!Merkleboom.verifieerConsistentie(bewaard.grootte(), controlepunt.grootte(), bewaard.wortel(),
                controlepunt.wortel(), bewijs.get().bewijs())) {
            bevindingen.add("het consistentiebewijs van het bewaarde controlepunt (grootte " + bewaard.grootte()
                    + ", " + bewaard.tijdstip() + ") naar dat van de export (grootte " + controlepunt.grootte()
                    + ") klopt niet: de historie tot uw controlepunt is herschreven");
        }
    }

    private static long controleerGebeurtenissen(ZipFile zip, Export.Omschrijving omschrijving,
            Controlepunt controlepunt, Optional<Controlepunt> bewaard, List<String> bevindingen) throws IOException {
        boolean register = omschrijving.omvang() == Export.Omvang.REGISTER;
        List<byte[]> bladHashes = new ArrayList<>();
        Map<String, Long> laatsteVolgnummer = new HashMap<>();
        long verwachtBlad = 0;
        long vorigeGlobaleIndex = 0;
        long aantal = 0;
        try (BufferedReader regels = new BufferedReader(new InputStreamReader(lees(zip, Export.GEBEURTENISSEN),
                StandardCharsets.UTF_8))) {
            String tekst;
            while ((tekst = regels.readLine()) != null) {
                if (tekst.isBlank()) {
                    continue;
                }
                Export.Regel regel = JSON.readValue(tekst, Export.Regel.class);
                aantal++;
                if (regel.blad() < verwachtBlad) {
                    bevindingen.add("blad " + regel.blad() + " staat na blad " + (verwachtBlad - 1)
                            + ": de export is niet in de volgorde van de boom");
                } else if (register && regel.blad() > verwachtBlad) {
                    bevindingen.add(ontbrekend(verwachtBlad, regel.blad()));
                    for (long b = verwachtBlad; b < regel.blad(); b++) {
                        bladHashes.add(new byte[Merkleboom.HASHLENGTE]);
                    }
                }
                verwachtBlad = Math.max(verwachtBlad, regel.blad() + 1);
                if (regel.blad() >= controlepunt.grootte()) {
                    bevindingen.add("blad " + regel.blad() + " valt buiten het controlepunt van "
                            + controlepunt.grootte() + " bladen");
                    continue;
                }
                if (regel.ontbreekt()) {
                    bevindingen.add("blad " + regel.blad() + ": gebeurtenis " + regel.bladGebeurtenisId()
                            + " (globale index " + regel.globaleIndex() + ") ontbreekt in de event store");
                    bladHashes.add(new byte[Merkleboom.HASHLENGTE]);
                    continue;
                }
                byte[] hash = regel.gebeurtenis().bladHash();
                bladHashes.add(hash);
                if (!Merkleboom.verifieerInclusie(regel.blad(), controlepunt.grootte(), hash,
                        regel.inclusiebewijs(), controlepunt.wortel())) {
                    bevindingen.add(gewijzigd(regel));
                } else if (regel.globaleIndex() <= vorigeGlobaleIndex) {
                    bevindingen.add("blad " + regel.blad() + ": globale index " + regel.globaleIndex()
                            + " volgt niet op " + vorigeGlobaleIndex + ": de volgorde is gewijzigd");
                }
                vorigeGlobaleIndex = Math.max(vorigeGlobaleIndex, regel.globaleIndex());
                Long vorige = laatsteVolgnummer.put(regel.aggregaatId(), regel.volgnummer());
                if (vorige != null && regel.volgnummer() != null && regel.volgnummer() <= vorige) {
                    bevindingen.add("blad " + regel.blad() + ": gebeurtenis " + regel.gebeurtenisId() + " van "
                            + regel.aggregaatId() + " heeft volgnummer " + regel.volgnummer() + " na volgnummer "
                            + vorige + ": de volgorde is gewijzigd");
                }
            }
        }
        if (aantal != omschrijving.aantal()) {
            bevindingen.add("de export noemt " + omschrijving.aantal() + " gebeurtenissen maar bevat er " + aantal);
        }
        if (register) {
            if (verwachtBlad < controlepunt.grootte()) {
                bevindingen.add(ontbrekend(verwachtBlad, controlepunt.grootte()));
            } else if (bevindingen.isEmpty()
                    && !Arrays.equals(Merkleboom.wortel(bladHashes), controlepunt.wortel())) {
                bevindingen.add("de wortel over alle gebeurtenissen van de export is niet die van het controlepunt");
            }
            bewaard.filter(b -> b.grootte() < controlepunt.grootte() && b.grootte() <= bladHashes.size())
                    .filter(b -> !Arrays.equals(Merkleboom.wortel(bladHashes.subList(0, (int) b.grootte())),
                            b.wortel()))
                    .ifPresent(b -> bevindingen.add("de eerste " + b.grootte() + " gebeurtenissen van de export "
                            + "hebben niet de wortel van het bewaarde controlepunt (" + b.tijdstip() + ")"));
        }
        return aantal;
    }

    private static String ontbrekend(long van, long tot) {
        return tot - van == 1 ? "blad " + van + " ontbreekt in de export"
                : "bladen " + van + " tot en met " + (tot - 1) + " ontbreken in de export";
    }

    private static String gewijzigd(Export.Regel regel) {
        String waar = "blad " + regel.blad() + " (globale index " + regel.globaleIndex() + ")";
        if (regel.bladGebeurtenisId() != null && !regel.bladGebeurtenisId().equals(regel.gebeurtenisId())) {
            return waar + ": hier hoort gebeurtenis " + regel.bladGebeurtenisId() + " maar de event store geeft "
                    + regel.gebeurtenisId() + " van " + regel.aggregaatId() + " (volgnummer " + regel.volgnummer()
                    + "): de volgorde of de inhoud is gewijzigd";
        }
        return waar + ": gebeurtenis " + regel.gebeurtenisId() + " van " + regel.aggregaatId() + " (volgnummer "
                + regel.volgnummer() + ", " + regel.payloadtype() + ") is gewijzigd: zij past niet bij het "
                + "ondertekende controlepunt";
    }

    private static InputStream lees(ZipFile zip, String naam) throws IOException {
        ZipEntry ingang = zip.getEntry(naam);
        if (ingang == null) {
            throw new IOException("de export bevat geen " + naam);
        }
        return zip.getInputStream(ingang);
    }
}
