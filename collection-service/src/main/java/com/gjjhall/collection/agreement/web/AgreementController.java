package com.gjjhall.collection.agreement.web;

import com.gjjhall.collection.CollectionError;
import com.gjjhall.collection.agreement.command.CancelAgreementCommand;
import com.gjjhall.collection.agreement.command.CancelPayerAccountsCommand;
import com.gjjhall.collection.agreement.query.AgreementView;
import com.gjjhall.collection.agreement.query.Agreements;
import com.gjjhall.collection.agreement.query.ApplicationView;
import com.gjjhall.collection.shared.Ids;
import com.gjjhall.contracts.collection.AgreementApplicationType;
import com.gjjhall.servicekit.errors.BusinessException;
import com.gjjhall.servicekit.errors.PlatformError;
import com.gjjhall.servicekit.security.CurrentOperator;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * A unit's own entrusted collection, online: apply to open it (开通申请) or change its accounts (变更),
 * cancel some accounts, cancel the method (FAQ 三). Acts for the caller's unit only.
 */
@RestController
class AgreementController {

    record ApplicationRequest(@NotNull(message = "必输字段不能为空") AgreementApplicationType type,
                              @NotEmpty(message = "请输入付款账户") List<@Valid AccountInput> accounts,
                              List<@NotBlank(message = "必输字段不能为空") String> replacedAccountNumbers) {
    }

    record AccountCancellationRequest(
            @NotEmpty(message = "请选择要取消的委托收款账户") List<@NotBlank(message = "必输字段不能为空") String> accountNumbers) {
    }

    record CancellationRequest(boolean terminationAgreed) {
    }

    private final ApplicationDesk desk;
    private final CommandGateway commands;
    private final Agreements agreements;

    AgreementController(ApplicationDesk desk, CommandGateway commands, Agreements agreements) {
        this.desk = desk;
        this.commands = commands;
        this.agreements = agreements;
    }

    @GetMapping("/api/collection/agreement")
    AgreementView mine(CurrentOperator caller) {
        return agreements.of(operatorsUnit(caller));
    }

    @GetMapping("/api/collection/agreement/applications")
    List<ApplicationView> applications(CurrentOperator caller) {
        return agreements.applications(operatorsUnit(caller), 50);
    }

    @PostMapping("/api/collection/agreement/applications")
    ResponseEntity<ApplicationView> apply(@Valid @RequestBody ApplicationRequest request, CurrentOperator caller) {
        String unitId = operatorsUnit(caller);
        if (request.type() != AgreementApplicationType.OPENING && request.type() != AgreementApplicationType.CHANGE) {
            throw new BusinessException(PlatformError.INVALID_INPUT, "网上只能办理开通申请（OPENING）或变更（CHANGE）");
        }
        List<String> replaced = request.replacedAccountNumbers() == null ? List.of()
                : request.replacedAccountNumbers().stream().map(String::strip).toList();
        return desk.submit(unitId, Ids.next("AP"), request.type(), AccountInput.toAccounts(request.accounts()), replaced,
                caller.operatorId());
    }

    @PostMapping("/api/collection/agreement/account-cancellations")
    @ResponseStatus(HttpStatus.CREATED)
    ApplicationView cancelAccounts(@Valid @RequestBody AccountCancellationRequest request, CurrentOperator caller) {
        String applicationId = Ids.next("AP");
        commands.sendAndWait(new CancelPayerAccountsCommand(operatorsUnit(caller), applicationId,
                request.accountNumbers().stream().map(String::strip).toList(), caller.operatorId()));
        return agreements.application(applicationId).orElseThrow();
    }

    @PostMapping("/api/collection/agreement/cancellation")
    @ResponseStatus(HttpStatus.CREATED)
    ApplicationView cancel(@RequestBody CancellationRequest request, CurrentOperator caller) {
        if (!request.terminationAgreed()) {
            throw new BusinessException(CollectionError.TERMINATION_NOT_AGREED);
        }
        String applicationId = Ids.next("AP");
        commands.sendAndWait(new CancelAgreementCommand(operatorsUnit(caller), applicationId, caller.operatorId()));
        return agreements.application(applicationId).orElseThrow();
    }

    private static String operatorsUnit(CurrentOperator caller) {
        if (!caller.hasRole(CurrentOperator.OPERATOR)) {
            throw new BusinessException(PlatformError.FORBIDDEN);
        }
        return caller.unitId();
    }
}
