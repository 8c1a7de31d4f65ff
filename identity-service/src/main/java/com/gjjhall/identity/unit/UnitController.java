package com.gjjhall.identity.unit;

import com.gjjhall.servicekit.errors.BusinessException;
import com.gjjhall.servicekit.errors.PlatformError;
import com.gjjhall.servicekit.security.CurrentOperator;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** Enrolling units for online business; a bank or centre clerk's job. */
@RestController
class UnitController {

    record EnrolmentRequest(@NotBlank(message = "必输字段不能为空") String unifiedSocialCreditCode,
                            @NotBlank(message = "必输字段不能为空") @Size(max = 200) String unitName) {
    }

    record Enrolment(String unitId) {
    }

    private final CommandGateway commands;

    UnitController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping("/api/identity/units")
    @ResponseStatus(HttpStatus.CREATED)
    Enrolment enrol(@Valid @RequestBody EnrolmentRequest request, CurrentOperator caller) {
        if (!caller.hasRole(CurrentOperator.CLERK)) {
            throw new BusinessException(PlatformError.FORBIDDEN);
        }
        String unitId = "U" + UUID.randomUUID().toString().replace("-", "").substring(0, 15).toUpperCase();
        commands.sendAndWait(new EnrolUnitCommand(unitId,
                new UnifiedSocialCreditCode(request.unifiedSocialCreditCode()), request.unitName().trim()));
        return new Enrolment(unitId);
    }
}
