package com.gjjhall.collection.agreement;

import com.gjjhall.collection.agreement.command.AgreementApplicationAccepted;
import com.gjjhall.collection.agreement.command.AgreementApplicationRefused;
import com.gjjhall.collection.agreement.command.AgreementCancelled;
import com.gjjhall.collection.agreement.command.AgreementTookEffect;
import com.gjjhall.collection.agreement.command.PayerAccountVerificationRequested;
import com.gjjhall.collection.agreement.command.PayerAccountsCancelled;
import com.gjjhall.collection.shared.PayerAccountDetails;
import com.gjjhall.contracts.IntegrationEvent;
import com.gjjhall.contracts.bank.AccountVerificationRequested;
import com.gjjhall.contracts.collection.CollectionAgreementApplicationRefused;
import com.gjjhall.contracts.collection.CollectionAgreementApplied;
import com.gjjhall.contracts.collection.CollectionAgreementCancelled;
import com.gjjhall.contracts.collection.CollectionAgreementEffective;
import com.gjjhall.contracts.collection.PayerAccount;
import com.gjjhall.messaging.outbox.IntegrationEventTranslator;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * What the agreements tell the banks (account checks on {@code bank.instruction}) and the platform (every
 * change on {@code collection.events}).
 */
@Component
class AgreementEventTranslator implements IntegrationEventTranslator {

    @Override
    public Optional<IntegrationEvent> translate(Object domainEvent) {
        if (domainEvent instanceof PayerAccountVerificationRequested e) {
            return Optional.of(new AccountVerificationRequested(e.requestId(), e.account().bankCode(),
                    e.account().accountNumber(), e.account().accountName(), e.requestedAt()));
        }
        if (domainEvent instanceof AgreementApplicationRefused e) {
            return Optional.of(new CollectionAgreementApplicationRefused(e.applicationId(), e.unitId(), e.applicationType(),
                    e.account().bankCode(), e.account().accountNumber(), e.reasonCode(), e.reason(), e.refusedAt()));
        }
        if (domainEvent instanceof AgreementApplicationAccepted e) {
            return Optional.of(new CollectionAgreementApplied(e.applicationId(), e.agreementId(), e.unitId(),
                    e.applicationType(), published(e.addedAccounts()), e.replacedAccountNumbers(), e.submittedBy(),
                    e.acceptedAt()));
        }
        if (domainEvent instanceof AgreementTookEffect e) {
            return Optional.of(new CollectionAgreementEffective(e.applicationId(), e.agreementId(), e.unitId(),
                    e.applicationType(), published(e.accounts()), e.confirmedBy(), e.effectiveAt()));
        }
        if (domainEvent instanceof PayerAccountsCancelled e) {
            return Optional.of(new com.gjjhall.contracts.collection.PayerAccountsCancelled(e.applicationId(),
                    e.agreementId(), e.unitId(), e.cancelledAccountNumbers(), published(e.remainingAccounts()),
                    e.cancelledBy(), e.cancelledAt()));
        }
        if (domainEvent instanceof AgreementCancelled e) {
            return Optional.of(new CollectionAgreementCancelled(e.applicationId(), e.agreementId(), e.unitId(),
                    e.cancelledBy(), e.cancelledAt()));
        }
        return Optional.empty();
    }

    private static List<PayerAccount> published(List<PayerAccountDetails> accounts) {
        return accounts.stream().map(PayerAccountDetails::published).toList();
    }
}
