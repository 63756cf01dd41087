package nl.regioregister.query.integriteit.verificatie;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The offline verifier on exports built by hand: intact, cut short, re-signed, and against a rewritten history. */
class VerificateurTest {

    private static final ObjectMapper JSON = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    @TempDir
    Path map;

    private KeyPair sleutel;
    private List<Gebeurtenisblad> gebeurtenissen;

    @BeforeEach
    void register() throws Exception {
        sleutel = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        gebeurtenissen = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            gebeurtenissen.add(new Gebeurtenisblad(i + 1, "e-" + i, "regio-" + (i % 2), i / 2, "Regio",
                    "nl.regioregister.events.Proef", null, ("{\"n\":" + i + "}").getBytes(StandardCharsets.UTF_8),
                    null, "2026-01-01T00:00:0" + i + "Z"));
        }
    }

    @Test
    void een_gave_export_is_in_orde_en_verlengt_het_bewaarde_controlepunt() throws Exception {
        Path bewaard = bewaar(controlepunt(gebeurtenissen.subList(0, 6), sleutel));
        Path export = export(gebeurtenissen, List.of(6L), UnaryOperator.identity());

        Verificateur.Rapport rapport = Verificateur.verifieer(export, Optional.of(bewaard), Optional.empty());

        assertThat(rapport.bevindingen()).isEmpty();
        assertThat(rapport.gecontroleerdeGebeurtenissen()).isEqualTo(10);
    }

    @Test
    void ontbrekende_regels_worden_per_blad_genoemd() throws Exception {
        Path export = export(gebeurtenissen, List.of(), regels -> {
            List<String> minder = new ArrayList<>(regels);
            minder.remove(9);
            minder.remove(8);
            minder.remove(3);
            return minder;
        });

        Verificateur.Rapport rapport = Verificateur.verifieer(export, Optional.empty(), Optional.empty());

        assertThat(rapport.eersteBevinding()).contains("blad 3 ontbreekt in de export");
        assertThat(rapport.bevindingen()).contains("bladen 8 tot en met 9 ontbreken in de export");
    }

    @Test
    void een_herschreven_historie_verlengt_het_bewaarde_controlepunt_niet() throws Exception {
        List<Gebeurtenisblad> toen = new ArrayList<>(gebeurtenissen.subList(0, 6));
        Gebeurtenisblad origineel = toen.get(2);
        toen.set(2, new Gebeurtenisblad(origineel.globaleIndex(), origineel.gebeurtenisId(), origineel.aggregaatId(),
                origineel.volgnummer(), origineel.aggregaattype(), origineel.payloadtype(), null,
                "{\"n\":99}".getBytes(StandardCharsets.UTF_8), null, origineel.tijdstip()));
        Path bewaard = bewaar(controlepunt(toen, sleutel));
        Path export = export(gebeurtenissen, List.of(6L), UnaryOperator.identity());

        Verificateur.Rapport rapport = Verificateur.verifieer(export, Optional.of(bewaard), Optional.empty());

        assertThat(rapport.eersteBevinding()).get().asString()
                .startsWith("het consistentiebewijs van het bewaarde controlepunt (grootte 6");
    }

    @Test
    void een_controlepunt_van_een_andere_sleutel_wordt_niet_aanvaard() throws Exception {
        Path export = export(gebeurtenissen, List.of(), UnaryOperator.identity());
        Path andere = map.resolve("andere.pem");
        Files.writeString(andere, Sleutels.pem(KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic()));

        Verificateur.Rapport rapport = Verificateur.verifieer(export, Optional.empty(), Optional.of(andere));

        assertThat(rapport.eersteBevinding()).get().asString()
                .startsWith("de handtekening van het controlepunt van de export (grootte 10) klopt niet");
    }

    private Controlepunt controlepunt(List<Gebeurtenisblad> bladen, KeyPair paar) {
        byte[] wortel = Merkleboom.wortel(bladen.stream().map(Gebeurtenisblad::bladHash).toList());
        String tijdstip = "2026-01-02T00:00:00Z";
        return new Controlepunt(bladen.size(), wortel, tijdstip, Sleutels.sleutelId(paar.getPublic()),
                Sleutels.onderteken(paar.getPrivate(), Controlepunt.tekst(bladen.size(), wortel, tijdstip)
                        .getBytes(StandardCharsets.UTF_8)));
    }

    private Path bewaar(Controlepunt controlepunt) throws Exception {
        Path bestand = Files.createTempFile(map, "controlepunt", ".json");
        JSON.writeValue(bestand.toFile(), controlepunt);
        return bestand;
    }

    private Path export(List<Gebeurtenisblad> bladen, List<Long> eerdereGroottes, UnaryOperator<List<String>> bewerk)
            throws Exception {
        Merkleboom.Bewijzen bewijzen = new Merkleboom.Bewijzen(bladen.stream().map(Gebeurtenisblad::bladHash).toList());
        Controlepunt controlepunt = controlepunt(bladen, sleutel);
        List<String> regels = new ArrayList<>();
        for (int i = 0; i < bladen.size(); i++) {
            Gebeurtenisblad g = bladen.get(i);
            regels.add(JSON.writeValueAsString(new Export.Regel(i, g.globaleIndex(), g.gebeurtenisId(), false,
                    g.gebeurtenisId(), g.aggregaatId(), g.volgnummer(), g.aggregaattype(), g.payloadtype(),
                    g.payloadrevisie(), g.payload(), g.metadata(), g.tijdstip(), bewijzen.inclusie(i))));
        }
        List<String> inExport = bewerk.apply(regels);
        Path bestand = Files.createTempFile(map, "export", ".zip");
        try (OutputStream uit = Files.newOutputStream(bestand); ZipOutputStream zip = new ZipOutputStream(uit)) {
            zip.putNextEntry(new ZipEntry(Export.GEBEURTENISSEN));
            zip.write(String.join("\n", inExport).getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(Export.OMSCHRIJVING));
            JSON.writeValue(zip, new Export.Omschrijving(Export.FORMAAT, Export.Omvang.REGISTER, null, inExport.size(),
                    controlepunt, eerdereGroottes.stream().map(m -> new Export.Consistentiebewijs(m, bladen.size(),
                            bewijzen.consistentie(m))).toList()));
            zip.putNextEntry(new ZipEntry(Export.CONTROLEPUNT));
            JSON.writeValue(zip, controlepunt);
            zip.putNextEntry(new ZipEntry(Export.PUBLIEKE_SLEUTEL));
            zip.write(Sleutels.pem(sleutel.getPublic()).getBytes(StandardCharsets.US_ASCII));
        }
        return bestand;
    }
}
