package com.gjjhall.identity.operator;

import com.gjjhall.identity.directory.OperatorDirectory;
import com.gjjhall.servicekit.errors.BusinessException;
import com.gjjhall.servicekit.errors.FieldProblem;
import com.gjjhall.servicekit.errors.PlatformError;
import com.gjjhall.servicekit.security.CurrentOperator;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A unit's operators. Registration, 操作员变更 and 用户变更 are done by a bank or centre clerk on the unit's
 * paper request, never by operators themselves; an operator may change their own mobile number.
 */
@RestController
class OperatorController {

    private static final String MOBILE = "1[3-9][0-9]{9}";

    record RegistrationRequest(@NotBlank(message = "必输字段不能为空") String unitId,
                               @NotBlank(message = "必输字段不能为空") String loginName,
                               @Size(max = 50) String operatorName,
                               @NotBlank(message = "必输字段不能为空") @Pattern(regexp = MOBILE, message = "手机号码不正确") String mobile,
                               @NotBlank(message = "必输字段不能为空") @Size(min = 8, max = 64, message = "密码须为8至64位") String initialPassword) {
        @Override
        public String toString() {
            return "RegistrationRequest[unitId=" + unitId + ", loginName=" + loginName + "]";
        }
    }

    record Registration(String operatorId) {
    }

    record ChangeRequest(@NotBlank(message = "必输字段不能为空") @Size(max = 50) String operatorName,
                         @NotBlank(message = "必输字段不能为空") @Pattern(regexp = MOBILE, message = "手机号码不正确") String mobile) {
    }

    record MobileRequest(@NotBlank(message = "必输字段不能为空") @Pattern(regexp = MOBILE, message = "手机号码不正确") String mobile) {
    }

    record ResetRequest(String loginName, @Size(min = 8, max = 64, message = "密码须为8至64位") String password) {
        @Override
        public String toString() {
            return "ResetRequest[loginName=" + loginName + ", passwordReset=" + (password != null) + "]";
        }
    }

    private final CommandGateway commands;
    private final OperatorDirectory operators;
    private final Clock clock;

    OperatorController(CommandGateway commands, OperatorDirectory operators, Clock clock) {
        this.commands = commands;
        this.operators = operators;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('CLERK')")
    @PostMapping("/api/identity/operators")
    @ResponseStatus(HttpStatus.CREATED)
    Registration register(@Valid @RequestBody RegistrationRequest request, CurrentOperator caller) {
        String operatorId = "OP" + UUID.randomUUID().toString().replace("-", "").substring(0, 14).toUpperCase();
        commands.sendAndWait(new RegisterOperatorCommand(operatorId, request.unitId(), new LoginName(request.loginName()),
                blankToNull(request.operatorName()), request.mobile(), request.initialPassword(),
                Set.of(CurrentOperator.OPERATOR)));
        return new Registration(operatorId);
    }

    @GetMapping("/api/identity/operators/current")
    OperatorView current(CurrentOperator caller) {
        return OperatorView.of(operators.get(caller.operatorId()), clock.instant());
    }

    @GetMapping("/api/identity/units/{unitId}/operators")
    List<OperatorView> ofUnit(@PathVariable String unitId, CurrentOperator caller) {
        if (!caller.hasRole(CurrentOperator.CLERK) && !unitId.equals(caller.unitId())) {
            throw new BusinessException(PlatformError.FORBIDDEN);
        }
        return operators.ofUnit(unitId).stream().map(e -> OperatorView.of(e, clock.instant())).toList();
    }

    /** 操作员变更. */
    @PreAuthorize("hasRole('CLERK')")
    @PutMapping("/api/identity/operators/{operatorId}")
    OperatorView change(@PathVariable String operatorId, @Valid @RequestBody ChangeRequest request,
                        CurrentOperator caller) {
        operators.get(operatorId);
        commands.sendAndWait(new ChangeOperatorCommand(operatorId, request.operatorName().trim(), request.mobile()));
        return OperatorView.of(operators.get(operatorId), clock.instant());
    }

    @PutMapping("/api/identity/operators/{operatorId}/mobile")
    OperatorView changeMobile(@PathVariable String operatorId, @Valid @RequestBody MobileRequest request,
                              CurrentOperator caller) {
        if (!caller.hasRole(CurrentOperator.CLERK) && !operatorId.equals(caller.operatorId())) {
            throw new BusinessException(PlatformError.FORBIDDEN);
        }
        operators.get(operatorId);
        commands.sendAndWait(new ChangeMobileCommand(operatorId, request.mobile()));
        return OperatorView.of(operators.get(operatorId), clock.instant());
    }

    /** 用户变更: a forgotten login name or password is reset; the operator is unfrozen. */
    @PreAuthorize("hasRole('CLERK')")
    @PostMapping("/api/identity/operators/{operatorId}/credential-resets")
    OperatorView reset(@PathVariable String operatorId, @Valid @RequestBody ResetRequest request,
                       CurrentOperator caller) {
        String loginName = blankToNull(request.loginName());
        if (loginName == null && request.password() == null) {
            throw new BusinessException(PlatformError.INVALID_INPUT, "请输入新的登录用户名或登录密码",
                    List.of(FieldProblem.of("loginName", "请输入新的登录用户名或登录密码")));
        }
        operators.get(operatorId);
        commands.sendAndWait(new ResetCredentialsCommand(operatorId, loginName == null ? null : new LoginName(loginName),
                request.password()));
        return OperatorView.of(operators.get(operatorId), clock.instant());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
