package nl.regioregister.query.integriteit;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.regioregister.query.integriteit.verificatie.Controlepunt;
import nl.regioregister.query.integriteit.verificatie.Export;
import nl.regioregister.query.integriteit.verificatie.Gebeurtenisblad;
import nl.regioregister.query.integriteit.verificatie.Merkleboom;
import nl.regioregister.query.integriteit.verificatie.Sleutels;
import org.springframework.stereotype.Component;

/**
 * Writes the auditor's file set (see {@link Export}) for the latest checkpoint: every leaf in scope with the event the
 * store holds at its global index and its inclusion proof, and consistency proofs from every earlier checkpoint. The
 * events are written as the store holds them now, so a changed or missing event shows in the export as one.
 */
@Component
class IntegriteitExport {

    private final Boomopslag opslag;
    private final Ondertekenaar ondertekenaar;
    private final ObjectMapper json;

    IntegriteitExport(Boomopslag opslag, Ondertekenaar ondertekenaar, ObjectMapper json) {
        this.opslag = opslag;
        this.ondertekenaar = ondertekenaar;
        this.json = json.copy().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    void schrijf(Controlepunt controlepunt, String regio, OutputStream naar) throws IOException {
        Merkleboom.Bewijzen bewijzen = new Merkleboom.Bewijzen(opslag.bladHashes(controlepunt.grootte()));
        ZipOutputStream zip = new ZipOutputStream(naar);
        zip.putNextEntry(new ZipEntry(Export.GEBEURTENISSEN));
        AtomicLong aantal = new AtomicLong();
        opslag.bladenMetGebeurtenissen(0, controlepunt.grootte(), regio, b -> {
            Gebeurtenisblad g = b.gebeurtenis();
            Export.Regel regel = g == null
                    ? new Export.Regel(b.blad(), b.globaleIndex(), b.bladGebeurtenisId(), true, null, null, null,
                            null, null, null, null, null, null, bewijzen.inclusie(b.blad()))
                    : new Export.Regel(b.blad(), b.globaleIndex(), b.bladGebeurtenisId(), false, g.gebeurtenisId(),
                            g.aggregaatId(), g.volgnummer(), g.aggregaattype(), g.payloadtype(), g.payloadrevisie(),
                            g.payload(), g.metadata(), g.tijdstip(), bewijzen.inclusie(b.blad()));
            try {
                json.writeValue(zip, regel);
                zip.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            aantal.incrementAndGet();
        });
        zip.closeEntry();
        List<Export.Consistentiebewijs> consistentie = opslag.controlepunten().stream()
                .mapToLong(Controlepunt::grootte).filter(g -> g < controlepunt.grootte()).distinct().sorted()
                .mapToObj(g -> new Export.Consistentiebewijs(g, controlepunt.grootte(), bewijzen.consistentie(g)))
                .toList();
        zip.putNextEntry(new ZipEntry(Export.OMSCHRIJVING));
        json.writerWithDefaultPrettyPrinter().writeValue(zip, new Export.Omschrijving(Export.FORMAAT,
                regio == null ? Export.Omvang.REGISTER : Export.Omvang.REGIO, regio, aantal.get(), controlepunt,
                consistentie));
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry(Export.CONTROLEPUNT));
        json.writerWithDefaultPrettyPrinter().writeValue(zip, controlepunt);
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry(Export.PUBLIEKE_SLEUTEL));
        zip.write(Sleutels.pem(ondertekenaar.sleutel().publiek()).getBytes(StandardCharsets.US_ASCII));
        zip.closeEntry();
        zip.finish();
    }
}
