/**
 * The published contract of the Regioregister: every event the command side records, as immutable records.
 * <p>
 * Integrators depend on the JSON of these records. A change to an event's shape needs a new {@code @Revision}
 * and an upcaster; renaming or moving a class is a breaking change.
 */
package nl.regioregister.events;
