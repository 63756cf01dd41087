package nl.regioregister.events.regio;

import org.axonframework.serialization.Revision;

/** The development phase the region is in, for its strategische agenda. Replaces an earlier phase. */
@Revision("1")
public record OntwikkelfaseVastgelegd(
        String regioId,
        Ontwikkelfase fase) {
}
