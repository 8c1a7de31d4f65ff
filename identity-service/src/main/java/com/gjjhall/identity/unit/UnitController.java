package com.gjjhall.identity.unit;

import com.gjjhall.identity.IdentityError;
import com.gjjhall.identity.directory.UnitDirectory;
import com.gjjhall.servicekit.errors.BusinessException;
import com.gjjhall.servicekit.errors.PlatformError;
import com.gjjhall.servicekit.security.CurrentOperator;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.UUID;

/**
 * Units: a bank or centre clerk enrols a unit for online business (at the counter, with its certificates);
 * an operator of the unit then opens it online (开通): signs the agreement, confirms the unit's data and
 * sets the query password.
 */
@RestController
class UnitController {

    record EnrolmentRequest(@NotBlank(message = "必输字段不能为空") String unifiedSocialCreditCode,
                            @NotBlank(message = "必输字段不能为空") @Size(max = 200) String unitName) {
    }

    record Enrolment(String unitId) {
    }

    record OpeningRequest(@NotBlank(message = "必输字段不能为空") String agreementVersion,
                          @AssertTrue(message = "请阅读并签署网上业务服务协议") boolean agreed,
                          @NotBlank(message = "必输字段不能为空") String unifiedSocialCreditCode,
                          @NotBlank(message = "必输字段不能为空") String unitName,
                          @NotBlank(message = "必输字段不能为空") @Size(max = 50) String contactName,
                          @NotBlank(message = "必输字段不能为空") @Pattern(regexp = "1[3-9][0-9]{9}", message = "手机号码不正确") String contactMobile,
                          @NotBlank(message = "必输字段不能为空") @Size(min = 6, max = 32, message = "查询密码须为6至32位") String queryPassword) {
        @Override
        public String toString() {
            return "OpeningRequest[agreementVersion=" + agreementVersion + ", unitName=" + unitName + "]";
        }
    }

    record Opening(String unitId, Instant openedAt) {
    }

    record Agreement(String version, String title, String text) {
    }

    private final CommandGateway commands;
    private final UnitDirectory units;
    private final ServiceAgreement agreement;

    UnitController(CommandGateway commands, UnitDirectory units, ServiceAgreement agreement) {
        this.commands = commands;
        this.units = units;
        this.agreement = agreement;
    }

    @PreAuthorize("hasRole('CLERK')")
    @PostMapping("/api/identity/units")
    @ResponseStatus(HttpStatus.CREATED)
    Enrolment enrol(@Valid @RequestBody EnrolmentRequest request, CurrentOperator caller) {
        String unitId = "U" + UUID.randomUUID().toString().replace("-", "").substring(0, 15).toUpperCase();
        commands.sendAndWait(new EnrolUnitCommand(unitId,
                new UnifiedSocialCreditCode(request.unifiedSocialCreditCode()), request.unitName().trim()));
        return new Enrolment(unitId);
    }

    /** The caller's unit, as the opening page shows it for confirmation. */
    @GetMapping("/api/identity/units/current")
    UnitDirectory.Entry current(CurrentOperator caller) {
        return units.get(caller.unitId());
    }

    @GetMapping("/api/identity/units/current/service-agreement")
    Agreement serviceAgreement(CurrentOperator caller) {
        return new Agreement(agreement.version(), ServiceAgreement.TITLE, agreement.text());
    }

    @PostMapping("/api/identity/units/current/online-business")
    @ResponseStatus(HttpStatus.CREATED)
    Opening open(@Valid @RequestBody OpeningRequest request, CurrentOperator caller) {
        if (!caller.hasRole(CurrentOperator.OPERATOR)) {
            throw new BusinessException(PlatformError.FORBIDDEN);
        }
        if (units.find(caller.unitId()).isEmpty()) {
            throw new BusinessException(IdentityError.UNIT_NOT_FOUND);
        }
        Instant openedAt = commands.sendAndWait(new OpenOnlineBusinessCommand(caller.unitId(), caller.operatorId(),
                request.agreementVersion(), request.unifiedSocialCreditCode().trim(), request.unitName().trim(),
                request.contactName().trim(), request.contactMobile(), request.queryPassword()));
        return new Opening(caller.unitId(), openedAt);
    }
}
