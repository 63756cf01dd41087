package nl.regioregister.query.integriteit;

/**
 * The tree no longer matches the stored events (or an earlier checkpoint): no checkpoint is signed over it.
 * {@code blad} is the first leaf found wrong, or -1 when the finding is not about one leaf.
 */
class Integriteitsschending extends RuntimeException {

    private final long blad;

    Integriteitsschending(long blad, String bevinding) {
        super(bevinding);
        this.blad = blad;
    }

    long blad() {
        return blad;
    }
}
