package nl.regioregister.events.regio;

import java.util.List;
import nl.regioregister.events.Optioneel;
import org.axonframework.serialization.Revision;

/**
 * The running trajectories with the Rijk the region's strategische agenda coheres with; empty lists record that none
 * apply. Replaces the earlier lists.
 */
@Revision("1")
public record SamenhangMetTrajectenVastgelegd(
        String regioId,
        List<SamenhangendTraject> trajecten,
        @Optioneel List<String> overigeTrajecten) {
}
