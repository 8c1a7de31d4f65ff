package com.gjjhall.collection.agreement.web;

import com.gjjhall.collection.CollectionError;
import com.gjjhall.collection.CollectionSettings;
import com.gjjhall.collection.agreement.command.SubmitAgreementApplicationCommand;
import com.gjjhall.collection.agreement.query.ApplicationOutcomes;
import com.gjjhall.collection.agreement.query.ApplicationView;
import com.gjjhall.collection.shared.PayerAccountDetails;
import com.gjjhall.contracts.bank.VerificationOutcome;
import com.gjjhall.contracts.collection.AgreementApplicationType;
import com.gjjhall.servicekit.errors.BusinessException;
import com.gjjhall.servicekit.errors.FieldProblem;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Submits an application that adds accounts and waits for the banks' checks: 201 once decided, 202 while
 * the banks are still checking (处理中: the operator looks again later), and the bank's refusal as an error
 * naming the account's row.
 */
@Component
class ApplicationDesk {

    private final CommandGateway commands;
    private final ApplicationOutcomes outcomes;
    private final CollectionSettings settings;

    ApplicationDesk(CommandGateway commands, ApplicationOutcomes outcomes, CollectionSettings settings) {
        this.commands = commands;
        this.outcomes = outcomes;
        this.settings = settings;
    }

    ResponseEntity<ApplicationView> submit(String unitId, String applicationId, AgreementApplicationType type,
                                           List<PayerAccountDetails> accounts, List<String> replaced, String by) {
        commands.sendAndWait(new SubmitAgreementApplicationCommand(unitId, applicationId, type, accounts, replaced, by));
        ApplicationView view = outcomes.await(applicationId, settings.verificationWait()).orElseThrow();
        if (ApplicationView.REFUSED.equals(view.state())) {
            throw refusal(view, accounts);
        }
        HttpStatus status = ApplicationView.VERIFYING.equals(view.state()) ? HttpStatus.ACCEPTED : HttpStatus.CREATED;
        return ResponseEntity.status(status).body(view);
    }

    private static BusinessException refusal(ApplicationView view, List<PayerAccountDetails> accounts) {
        VerificationOutcome outcome = VerificationOutcome.valueOf(view.refusalReasonCode());
        CollectionError error = switch (outcome) {
            case NAME_MISMATCH -> CollectionError.ACCOUNT_NAME_MISMATCH;
            case ABNORMAL_STATUS -> CollectionError.ACCOUNT_ABNORMAL;
            default -> CollectionError.ACCOUNT_NOT_FOUND;
        };
        int row = 1;
        for (int i = 0; i < accounts.size(); i++) {
            if (accounts.get(i).accountNumber().equals(view.refusedAccountNumber())) {
                row = i + 1;
            }
        }
        String field = outcome == VerificationOutcome.NAME_MISMATCH ? "扣款户名" : "付款账号";
        return new BusinessException(error, error.message(), List.of(new FieldProblem(row, field, error.message())));
    }
}
