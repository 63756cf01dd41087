package nl.regioregister.command.platform;

/** The same Idempotency-Key was used before for a different decision. */
class IdempotentieSleutelHergebruikt extends RuntimeException {

    IdempotentieSleutelHergebruikt(String sleutel) {
        super("de Idempotency-Key " + sleutel + " is al gebruikt voor een ander besluit");
    }
}
