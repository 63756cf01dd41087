package nl.regioregister.command.platform;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.springframework.stereotype.Component;

/**
 * Optimistic concurrency without a version field on every command: the version the client decided on travels in
 * the metadata (from the {@code If-Match} header) and Axon compares it to the aggregate's version under its lock; a
 * stale version is refused with 409.
 */
@Component
class BesluitDoel implements CommandTargetResolver {

    static final String VERWACHTE_VERSIE = "verwachteVersie";

    private final CommandTargetResolver annotaties = AnnotationCommandTargetResolver.builder().build();

    @Override
    public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
        VersionedAggregateIdentifier doel = annotaties.resolveTarget(command);
        Object versie = command.getMetaData().get(VERWACHTE_VERSIE);
        if (versie == null) {
            return doel;
        }
        return new VersionedAggregateIdentifier(doel.getIdentifierValue(), Long.valueOf(versie.toString()));
    }
}
