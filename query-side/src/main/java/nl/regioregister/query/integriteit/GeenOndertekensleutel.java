package nl.regioregister.query.integriteit;

class GeenOndertekensleutel extends RuntimeException {
    GeenOndertekensleutel() {
        super("Er is geen ondertekensleutel geconfigureerd (regioregister.integriteit.sleutelbestand): "
                + "controlepunten kunnen niet worden getekend.");
    }
}
