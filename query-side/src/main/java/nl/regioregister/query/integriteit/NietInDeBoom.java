package nl.regioregister.query.integriteit;

/** What an auditor asks for is not (yet) in the tree or not under a signed checkpoint. */
class NietInDeBoom extends RuntimeException {
    NietInDeBoom(String bericht) {
        super(bericht);
    }
}
