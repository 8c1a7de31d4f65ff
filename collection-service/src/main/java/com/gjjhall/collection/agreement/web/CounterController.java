package com.gjjhall.collection.agreement.web;

import com.gjjhall.collection.agreement.command.ConfirmAgreementApplicationCommand;
import com.gjjhall.collection.agreement.query.AgreementView;
import com.gjjhall.collection.agreement.query.Agreements;
import com.gjjhall.collection.agreement.query.ApplicationView;
import com.gjjhall.collection.shared.Ids;
import com.gjjhall.collection.unit.UnitDirectory;
import com.gjjhall.contracts.collection.AgreementApplicationType;
import com.gjjhall.servicekit.errors.BusinessException;
import com.gjjhall.servicekit.errors.PlatformError;
import com.gjjhall.servicekit.security.CurrentOperator;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * The bank counter's side (role CLERK): register a unit's entrusted collection on its signed paper
 * agreement (登记, effective at once once the accounts check out), list a unit's applications, and make one
 * of its online applications effective when it brings the printed registration form (生效).
 */
@RestController
class CounterController {

    record RegistrationRequest(@NotEmpty(message = "请输入付款账户") List<@Valid AccountInput> accounts) {
    }

    private final ApplicationDesk desk;
    private final CommandGateway commands;
    private final Agreements agreements;
    private final UnitDirectory units;

    CounterController(ApplicationDesk desk, CommandGateway commands, Agreements agreements, UnitDirectory units) {
        this.desk = desk;
        this.commands = commands;
        this.agreements = agreements;
        this.units = units;
    }

    @PreAuthorize("hasRole('CLERK')")
    @PostMapping("/api/collection/agreements/{unitId}/registrations")
    ResponseEntity<ApplicationView> register(@PathVariable String unitId, @Valid @RequestBody RegistrationRequest request,
                                             CurrentOperator caller) {
        units.requireKnown(unitId);
        return desk.submit(unitId, Ids.next("AP"), AgreementApplicationType.REGISTRATION,
                AccountInput.toAccounts(request.accounts()), List.of(), caller.operatorId());
    }

    @PreAuthorize("hasRole('CLERK')")
    @PostMapping("/api/collection/agreement-applications/{applicationId}/confirmation")
    ApplicationView confirm(@PathVariable String applicationId, CurrentOperator caller) {
        ApplicationView application = agreements.application(applicationId)
                .orElseThrow(() -> new BusinessException(PlatformError.NOT_FOUND));
        commands.sendAndWait(new ConfirmAgreementApplicationCommand(application.unitId(), applicationId, caller.operatorId()));
        return agreements.application(applicationId).orElseThrow();
    }

    /** A unit's applications, newest first, as the unit's own list shows them; the counter confirms from here. */
    @PreAuthorize("hasAnyRole('CLERK', 'OPS')")
    @GetMapping("/api/collection/agreements/{unitId}/applications")
    List<ApplicationView> applications(@PathVariable String unitId) {
        return agreements.applications(unitId, 50);
    }

    @GetMapping("/api/collection/agreements/{unitId}")
    AgreementView agreement(@PathVariable String unitId, CurrentOperator caller) {
        if (!caller.hasRole(CurrentOperator.CLERK) && !caller.hasRole(CurrentOperator.OPS)) {
            throw new BusinessException(PlatformError.FORBIDDEN);
        }
        return agreements.of(unitId);
    }
}
