package com.gjjhall.identity.session;

import com.gjjhall.identity.directory.UnitDirectory;
import com.gjjhall.identity.operator.RevokeSessionCommand;
import com.gjjhall.servicekit.security.CurrentOperator;
import com.nimbusds.jwt.SignedJWT;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.text.ParseException;
import java.time.Instant;
import java.util.Set;

/**
 * Sessions: a challenge for the USB key to sign (public), login (public), logout. The token says who the
 * operator is and which unit they act for.
 */
@RestController
class SessionController {

    record LoginRequest(@NotBlank(message = "请输入登录用户名") @Size(max = 64) String loginName,
                        @NotBlank(message = "请输入登录密码") @Size(max = 128) String password,
                        @Size(max = 64) String challenge,
                        @Size(max = 8192) String certificate,
                        @Size(max = 512) String signature) {
        @Override
        public String toString() {
            return "LoginRequest[loginName=" + loginName + "]";
        }
    }

    /** {@code onlineBusinessOpened} false: the hall asks the operator to open online business (开通) first. */
    record Session(String token, Instant expiresAt, String operatorId, String unitId, String loginName,
                   Set<String> roles, boolean onlineBusinessOpened) {
        @Override
        public String toString() {
            return "Session[operatorId=" + operatorId + ", expiresAt=" + expiresAt + "]";
        }
    }

    private final LoginChallenges challenges;
    private final LoginService logins;
    private final UnitDirectory units;
    private final CommandGateway commands;
    private final Timer loginTimer;

    SessionController(LoginChallenges challenges, LoginService logins, UnitDirectory units, CommandGateway commands,
                      MeterRegistry meters) {
        this.challenges = challenges;
        this.logins = logins;
        this.units = units;
        this.commands = commands;
        this.loginTimer = Timer.builder("identity.login").description("A whole login request, accepted or refused")
                .register(meters);
    }

    @PostMapping("/api/identity/login-challenges")
    @ResponseStatus(HttpStatus.CREATED)
    LoginChallenges.Challenge challenge() {
        return challenges.issue();
    }

    @PostMapping("/api/identity/sessions")
    @ResponseStatus(HttpStatus.CREATED)
    Session login(@Valid @RequestBody LoginRequest request) {
        return loginTimer.record(() -> {
            LoginService.LoggedIn in = logins.login(new LoginService.Attempt(request.loginName(), request.password(),
                    request.challenge(), request.certificate(), request.signature()));
            boolean opened = units.find(in.operator().unitId()).map(UnitDirectory.Entry::onlineBusinessOpened)
                    .orElse(false);
            return new Session(in.token().token(), in.token().expiresAt(), in.operator().operatorId(),
                    in.operator().unitId(), in.operator().loginName(), in.operator().roles(), opened);
        });
    }

    /** Logout: this token's session is revoked here at once, and published for the others. */
    @DeleteMapping("/api/identity/sessions/current")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void logout(CurrentOperator caller, @RequestHeader(HttpHeaders.AUTHORIZATION) String authorization)
            throws ParseException {
        var claims = SignedJWT.parse(authorization.substring("Bearer ".length()).trim()).getJWTClaimsSet();
        commands.sendAndWait(new RevokeSessionCommand(caller.operatorId(), claims.getJWTID(),
                claims.getExpirationTime().toInstant()));
    }
}
