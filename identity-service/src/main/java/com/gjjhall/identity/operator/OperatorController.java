package com.gjjhall.identity.operator;

import com.gjjhall.servicekit.errors.BusinessException;
import com.gjjhall.servicekit.errors.PlatformError;
import com.gjjhall.servicekit.security.CurrentOperator;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.Set;
import java.util.UUID;

/** Registering a unit's operators: a bank or centre clerk does it on the unit's paper request. */
@RestController
class OperatorController {

    record RegistrationRequest(@NotBlank(message = "必输字段不能为空") String unitId,
                               @NotBlank(message = "必输字段不能为空") String loginName,
                               @NotBlank(message = "必输字段不能为空") @Pattern(regexp = "1[3-9][0-9]{9}", message = "手机号码不正确") String mobile,
                               @NotBlank(message = "必输字段不能为空") @Size(min = 8, max = 64, message = "密码须为8至64位") String initialPassword) {
        @Override
        public String toString() {
            return "RegistrationRequest[unitId=" + unitId + ", loginName=" + loginName + "]";
        }
    }

    record Registration(String operatorId) {
    }

    private final CommandGateway commands;

    OperatorController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping("/api/identity/operators")
    @ResponseStatus(HttpStatus.CREATED)
    Registration register(@Valid @RequestBody RegistrationRequest request, CurrentOperator caller) {
        if (!caller.hasRole(CurrentOperator.CLERK)) {
            throw new BusinessException(PlatformError.FORBIDDEN);
        }
        String operatorId = "OP" + UUID.randomUUID().toString().replace("-", "").substring(0, 14).toUpperCase();
        commands.sendAndWait(new RegisterOperatorCommand(operatorId, request.unitId(), new LoginName(request.loginName()),
                request.mobile(), request.initialPassword(), Set.of(CurrentOperator.OPERATOR)));
        return new Registration(operatorId);
    }
}
