package com.gjjhall.collection.debit.command;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.springframework.stereotype.Component;

/**
 * Finds the {@link Debit} a command is for by its audit number. Axon's annotation resolver looks the
 * {@code @TargetAggregateIdentifier} up by reflection on every command, a tenth of a debit's CPU in
 * collection-service; a command that is no {@link DebitCommand} still goes to it.
 */
@Component(DebitTargets.BEAN)
class DebitTargets implements CommandTargetResolver {

    static final String BEAN = "debitTargets";

    private final CommandTargetResolver annotations = AnnotationCommandTargetResolver.builder().build();

    @Override
    public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
        if (command.getPayload() instanceof DebitCommand debit) {
            return new VersionedAggregateIdentifier(debit.auditNumber(), null);
        }
        return annotations.resolveTarget(command);
    }
}
