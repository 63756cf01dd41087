package nl.regioregister.query.woo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.regioregister.events.Departement;
import nl.regioregister.events.EventType;
import nl.regioregister.events.Persoonsgegeven;
import nl.regioregister.events.kamer.Kamerstuknummer;
import nl.regioregister.query.contract.Schemacatalogus;
import nl.regioregister.query.platform.Nederland;
import org.springframework.stereotype.Component;

/**
 * Turns a recorded decision into what a Woo platform ingests. The value lists are TOOI's, as the DiWoo metadata
 * standard prescribes (https://standaarden.overheid.nl/diwoo/metadata, XSD 0.9.8, lists informatiecategorie and
 * soorthandeling):
 * <ul>
 *     <li>informatiecategorie: every decision of the register is "overige besluiten van algemene strekking"
 *     (Woo art. 3.3 lid 1 sub b; TOOI {@code c_aab6bfc7}): decisions of the programme about regions, their agendas
 *     and means, taken by the Rijk or a region's board, neither a law nor a beschikking on an application;</li>
 *     <li>soortHandeling: "vaststelling" (TOOI {@code c_641ecd76}) by the body that took the decision, on the day it
 *     took effect;</li>
 *     <li>publisher: the ministry of BZK (TOOI {@code mnre1034}), which keeps the register for the programme;</li>
 *     <li>openbaarheid: "openbaar", or "deels openbaar" when the content held personal data (the components the
 *     published schema marks {@code x-persoonsgegevens}), which is left out under Woo art. 5.1 lid 2 sub e.</li>
 * </ul>
 */
@Component
class Woopublicatie {

    static final String TOOI_BEGRIP = "https://identifier.overheid.nl/tooi/def/thes/kern/";
    static final Waarde OVERIGE_BESLUITEN_VAN_ALGEMENE_STREKKING =
            new Waarde(TOOI_BEGRIP + "c_aab6bfc7", "overige besluiten van algemene strekking");
    static final Waarde VASTSTELLING = new Waarde(TOOI_BEGRIP + "c_641ecd76", "vaststelling");
    static final Waarde BZK = new Waarde("https://identifier.overheid.nl/tooi/id/ministerie/mnre1034",
            "ministerie van Binnenlandse Zaken en Koninkrijksrelaties");
    static final Waarde NEDERLANDS = new Waarde("http://publications.europa.eu/resource/authority/language/NLD",
            "Nederlands");

    static final String OPENBAAR = "openbaar";
    static final String DEELS_OPENBAAR = "deels openbaar";
    static final String PERSOONLIJKE_LEVENSSFEER = "Woo art. 5.1 lid 2 sub e";
    /** Where a Kamerstuk is published: officielebekendmakingen.nl, by its "kst-" identifier. */
    static final String KAMERSTUK = "https://zoek.officielebekendmakingen.nl/kst-%s.html";

    private final Schemacatalogus schemas;

    Woopublicatie(Schemacatalogus schemas) {
        this.schemas = schemas;
    }

    Woobesluit van(VastgelegdeBesluiten.Vastgelegd besluit) {
        Waarde verantwoordelijke = verantwoordelijke(besluit.organisatie());
        Inhoud inhoud = zonderPersoonsgegevens(besluit);
        DiWooDocument diwoo = new DiWooDocument(
                List.of(besluit.gebeurtenisId()),
                BZK,
                verantwoordelijke,
                new DiWooDocument.Titelcollectie(titel(besluit.type(), besluit.regioId())),
                besluit.motivering() == null ? List.of() : List.of(besluit.motivering()),
                new DiWooDocument.Classificatiecollectie(List.of(OVERIGE_BESLUITEN_VAN_ALGEMENE_STREKKING)),
                besluit.ingangsdatum() != null ? besluit.ingangsdatum()
                        : besluit.geregistreerdOp().atZone(Nederland.TIJDZONE).toLocalDate(),
                List.of(new DiWooDocument.Documenthandeling(VASTSTELLING, vastgesteldOp(besluit),
                        besluitnemer(besluit, verantwoordelijke))),
                NEDERLANDS);
        Woobesluit.Openbaarheid openbaarheid = inhoud.weggelaten().isEmpty()
                ? new Woobesluit.Openbaarheid(OPENBAAR, List.of(), List.of())
                : new Woobesluit.Openbaarheid(DEELS_OPENBAAR, List.of(PERSOONLIJKE_LEVENSSFEER), inhoud.weggelaten());
        return new Woobesluit(besluit.positie(), besluit.gebeurtenisId(), besluit.type(), besluit.regioId(),
                besluit.ingangsdatum(), besluit.geregistreerdOp(), besluit.besluitorgaan(), besluit.namens(),
                besluit.herroepenDoor(), diwoo,
                openbaarheid, documentlocatie(besluit.bron()), inhoud.json());
    }

    /** The organisation on whose behalf the decision was taken: BZK, a ministry, or a region. */
    static Waarde verantwoordelijke(String organisatie) {
        if (organisatie == null || organisatie.isBlank() || Departement.BZK.name().equals(organisatie)) {
            return BZK;
        }
        for (Departement departement : Departement.values()) {
            if (departement.name().equals(organisatie)) {
                return Waarde.alleenLabel("ministerie van " + departement.naam());
            }
        }
        return Waarde.alleenLabel("regio " + organisatie);
    }

    /** The body that took the decision by its own name, else on whose behalf, else the responsible organisation. */
    static Waarde besluitnemer(VastgelegdeBesluiten.Vastgelegd besluit, Waarde verantwoordelijke) {
        if (besluit.besluitorgaanNaam() != null && !besluit.besluitorgaanNaam().isBlank()) {
            return Waarde.alleenLabel(besluit.besluitorgaanNaam());
        }
        if (besluit.namens() != null && !besluit.namens().isBlank()) {
            return Waarde.alleenLabel(besluit.namens());
        }
        return verantwoordelijke;
    }

    /** The start of the Dutch day the decision took effect; without one, the moment it was recorded. */
    static OffsetDateTime vastgesteldOp(VastgelegdeBesluiten.Vastgelegd besluit) {
        return besluit.ingangsdatum() != null
                ? besluit.ingangsdatum().atStartOfDay(Nederland.TIJDZONE).toOffsetDateTime()
                : besluit.geregistreerdOp().atZone(Nederland.TIJDZONE).toOffsetDateTime();
    }

    /** "DepartementsvoorkeurUitgesproken" about achterhoek: "Departementsvoorkeur uitgesproken, regio achterhoek". */
    static String titel(String type, String regioId) {
        StringBuilder titel = new StringBuilder();
        for (int i = 0; i < type.length(); i++) {
            char teken = type.charAt(i);
            if (i > 0 && Character.isUpperCase(teken)) {
                titel.append(' ').append(Character.toLowerCase(teken));
            } else {
                titel.append(teken);
            }
        }
        return regioId == null ? titel.toString() : titel + ", regio " + regioId;
    }

    /** The source as recorded, with a link when it is a web address or cites a Kamerstuk. */
    static Woobesluit.Documentlocatie documentlocatie(String bron) {
        if (bron == null || bron.isBlank()) {
            return new Woobesluit.Documentlocatie(null, null);
        }
        return new Woobesluit.Documentlocatie(bron, webadres(bron.strip())
                .or(() -> Kamerstuknummer.normaliseer(bron).map(nummer -> KAMERSTUK.formatted(nummer)))
                .orElse(null));
    }

    private static Optional<String> webadres(String bron) {
        String klein = bron.toLowerCase(Locale.ROOT);
        if (!klein.startsWith("https://") && !klein.startsWith("http://")) {
            return Optional.empty();
        }
        try {
            URI adres = new URI(bron);
            return adres.getHost() == null ? Optional.empty() : Optional.of(adres.toString());
        } catch (URISyntaxException geenAdres) {
            return Optional.empty();
        }
    }

    record Inhoud(JsonNode json, List<String> weggelaten) {
    }

    /**
     * The content with every component that the published schema of its type and revision marks as personal data
     * set to {@code null}. A type whose schema is not known (it cannot be told what is personal) keeps no content.
     */
    Inhoud zonderPersoonsgegevens(VastgelegdeBesluiten.Vastgelegd besluit) {
        Optional<JsonNode> schema = schema(besluit.type(), besluit.revisie());
        if (schema.isEmpty() || !besluit.inhoud().isObject()) {
            return new Inhoud(null, List.of("inhoud"));
        }
        ObjectNode inhoud = ((ObjectNode) besluit.inhoud()).deepCopy();
        List<String> weggelaten = new ArrayList<>();
        for (Map.Entry<String, JsonNode> eigenschap : schema.get().path("properties").properties()) {
            String veld = eigenschap.getKey();
            boolean persoonsgegeven = eigenschap.getValue().path(Persoonsgegeven.SCHEMA_SLEUTELWOORD).asBoolean(false);
            if (persoonsgegeven && heeftWaarde(inhoud.path(veld))) {
                inhoud.putNull(veld);
                weggelaten.add(veld);
            }
        }
        return new Inhoud(inhoud, weggelaten);
    }

    private static boolean heeftWaarde(JsonNode waarde) {
        return !waarde.isMissingNode() && !waarde.isNull() && !(waarde.isContainerNode() && waarde.isEmpty());
    }

    /** The published schema of a decision's type (simple name, as the history keeps it) at its revision. */
    private Optional<JsonNode> schema(String type, String revisie) {
        if (revisie == null) {
            return Optional.empty();
        }
        return schemas.volledigeTypen(List.of(type)).stream()
                .filter(volledig -> volledig.contains("."))
                .map(volledig -> EventType.basis(volledig) + ".v" + revisie)
                .map(volledig -> Optional.ofNullable(schemas.typen().get(volledig)))
                .flatMap(Optional::stream)
                .findFirst();
    }
}
