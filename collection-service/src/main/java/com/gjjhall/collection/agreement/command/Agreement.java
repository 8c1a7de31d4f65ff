package com.gjjhall.collection.agreement.command;

import com.gjjhall.collection.CollectionError;
import com.gjjhall.collection.shared.PayerAccountDetails;
import com.gjjhall.contracts.bank.VerificationOutcome;
import com.gjjhall.contracts.collection.AgreementApplicationType;
import com.gjjhall.servicekit.errors.BusinessException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.gjjhall.contracts.collection.AgreementApplicationType.CHANGE;
import static com.gjjhall.contracts.collection.AgreementApplicationType.OPENING;
import static com.gjjhall.contracts.collection.AgreementApplicationType.REGISTRATION;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A unit's entrusted-collection agreement (委托收款协议), one per unit at a time: its payer accounts and the
 * one application in progress. Answers from the banks that no longer fit (late, repeated, for an ended
 * application) change nothing. Cancellations may meet a unit that never had an agreement: they are handled
 * as if it existed, so the refusal is NO_AGREEMENT rather than an unknown aggregate.
 */
@Aggregate
public class Agreement {

    @AggregateIdentifier
    private String unitId;
    private String agreementId;
    private int generation;
    private boolean effective;
    private List<PayerAccountDetails> accounts = List.of();
    private Pending pending;

    protected Agreement() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(SubmitAgreementApplicationCommand command, Clock clock) {
        AgreementApplicationType type = command.applicationType();
        if (type != REGISTRATION && type != OPENING && type != CHANGE) {
            throw new IllegalArgumentException("not an application that adds accounts: " + type);
        }
        if (pending != null) {
            throw new BusinessException(CollectionError.APPLICATION_PENDING);
        }
        if (type == CHANGE && !effective) {
            throw new BusinessException(CollectionError.NO_AGREEMENT);
        }
        if (type != CHANGE && effective) {
            throw new BusinessException(CollectionError.AGREEMENT_EXISTS);
        }
        List<PayerAccountDetails> resulting = AccountListRules.afterChange(type == CHANGE ? accounts : List.of(),
                command.addedAccounts(), command.replacedAccountNumbers());
        String id = type == CHANGE ? agreementId : command.unitId() + "-CA" + (generation + 1);
        Instant now = clock.instant();
        apply(new AgreementApplicationSubmitted(command.unitId(), command.applicationId(), id, type,
                command.addedAccounts(), command.replacedAccountNumbers(), resulting, command.submittedBy(), now));
        for (int i = 0; i < command.addedAccounts().size(); i++) {
            apply(new PayerAccountVerificationRequested(command.unitId(), command.applicationId(),
                    command.applicationId() + "-" + (i + 1), command.addedAccounts().get(i), now));
        }
    }

    @CommandHandler
    void handle(RecordAccountVerificationCommand command, Clock clock) {
        if (pending == null || !pending.unverified.containsKey(command.requestId())) {
            return;
        }
        PayerAccountDetails account = pending.unverified.get(command.requestId());
        Instant now = clock.instant();
        if (command.outcome() != VerificationOutcome.OK) {
            apply(new AgreementApplicationRefused(unitId, pending.applicationId, pending.type, account,
                    command.outcome().name(), VerificationReasons.of(command.outcome()), now));
            return;
        }
        apply(new PayerAccountVerified(unitId, pending.applicationId, command.requestId(), account.accountNumber(), now));
        if (!pending.unverified.isEmpty()) {
            return;
        }
        if (pending.type == REGISTRATION) {
            apply(new AgreementTookEffect(unitId, pending.applicationId, pending.agreementId, REGISTRATION,
                    pending.resulting, pending.submittedBy, now));
        } else {
            apply(new AgreementApplicationAccepted(unitId, pending.applicationId, pending.agreementId, pending.type,
                    pending.added, pending.replaced, pending.submittedBy, now));
        }
    }

    @CommandHandler
    void handle(ResendAccountVerificationCommand command, Clock clock) {
        if (pending != null && pending.unverified.containsKey(command.requestId())) {
            apply(new PayerAccountVerificationRequested(unitId, pending.applicationId, command.requestId(),
                    pending.unverified.get(command.requestId()), clock.instant()));
        }
    }

    @CommandHandler
    void handle(ConfirmAgreementApplicationCommand command, Clock clock) {
        if (pending == null || !pending.applicationId.equals(command.applicationId()) || !pending.awaitingBank) {
            throw new BusinessException(CollectionError.APPLICATION_NOT_AWAITING_BANK);
        }
        apply(new AgreementTookEffect(unitId, pending.applicationId, pending.agreementId, pending.type,
                pending.resulting, command.confirmedBy(), clock.instant()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(CancelPayerAccountsCommand command, Clock clock) {
        if (!effective) {
            throw new BusinessException(CollectionError.NO_AGREEMENT);
        }
        if (pending != null) {
            throw new BusinessException(CollectionError.APPLICATION_PENDING);
        }
        List<String> cancelled = command.accountNumbers().stream().distinct().toList();
        List<PayerAccountDetails> remaining = AccountListRules.afterCancelling(accounts, cancelled);
        apply(new PayerAccountsCancelled(unitId, command.applicationId(), agreementId, cancelled, remaining,
                command.cancelledBy(), clock.instant()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(CancelAgreementCommand command, Clock clock) {
        if (!effective && pending == null) {
            throw new BusinessException(CollectionError.NO_AGREEMENT);
        }
        apply(new AgreementCancelled(unitId, command.applicationId(), effective ? agreementId : pending.agreementId,
                command.cancelledBy(), clock.instant()));
    }

    @EventSourcingHandler
    void on(AgreementApplicationSubmitted event) {
        unitId = event.unitId();
        if (event.applicationType() != CHANGE) {
            generation++;
        }
        pending = new Pending(event);
    }

    @EventSourcingHandler
    void on(PayerAccountVerificationRequested event) {
        pending.unverified.put(event.requestId(), event.account());
    }

    @EventSourcingHandler
    void on(PayerAccountVerified event) {
        pending.unverified.remove(event.requestId());
    }

    @EventSourcingHandler
    void on(AgreementApplicationRefused event) {
        pending = null;
    }

    @EventSourcingHandler
    void on(AgreementApplicationAccepted event) {
        pending.awaitingBank = true;
    }

    @EventSourcingHandler
    void on(AgreementTookEffect event) {
        effective = true;
        agreementId = event.agreementId();
        accounts = event.accounts();
        pending = null;
    }

    @EventSourcingHandler
    void on(PayerAccountsCancelled event) {
        accounts = event.remainingAccounts();
    }

    @EventSourcingHandler
    void on(AgreementCancelled event) {
        effective = false;
        accounts = List.of();
        pending = null;
    }

    /** The application in progress: the accounts still to be checked, then the wait for the bank. */
    private static final class Pending {
        private final String applicationId;
        private final String agreementId;
        private final AgreementApplicationType type;
        private final List<PayerAccountDetails> added;
        private final List<String> replaced;
        private final List<PayerAccountDetails> resulting;
        private final String submittedBy;
        private final Map<String, PayerAccountDetails> unverified = new LinkedHashMap<>();
        private boolean awaitingBank;

        private Pending(AgreementApplicationSubmitted event) {
            this.applicationId = event.applicationId();
            this.agreementId = event.agreementId();
            this.type = event.applicationType();
            this.added = new ArrayList<>(event.addedAccounts());
            this.replaced = List.copyOf(event.replacedAccountNumbers());
            this.resulting = List.copyOf(event.resultingAccounts());
            this.submittedBy = event.submittedBy();
        }
    }
}
