package com.gjjhall.identity.session;

import com.gjjhall.identity.IdentityError;
import com.gjjhall.identity.directory.OperatorDirectory;
import com.gjjhall.identity.operator.Credentials;
import com.gjjhall.identity.token.TokenIssuer;
import com.gjjhall.servicekit.errors.BusinessException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.Set;

/**
 * Login: login name and password give a token. (The certificate signature over a single-use challenge
 * joins this in the certificate-login feature.)
 */
@RestController
class SessionController {

    record LoginRequest(@NotBlank(message = "请输入登录用户名") String loginName,
                        @NotBlank(message = "请输入登录密码") String password) {
        @Override
        public String toString() {
            return "LoginRequest[loginName=" + loginName + "]";
        }
    }

    record Session(String token, Instant expiresAt, String operatorId, String unitId, String loginName,
                   Set<String> roles) {
    }

    private final OperatorDirectory operators;
    private final Credentials credentials;
    private final TokenIssuer tokens;

    SessionController(OperatorDirectory operators, Credentials credentials, TokenIssuer tokens) {
        this.operators = operators;
        this.credentials = credentials;
        this.tokens = tokens;
    }

    @PostMapping("/api/identity/sessions")
    @ResponseStatus(HttpStatus.CREATED)
    Session login(@Valid @RequestBody LoginRequest request) {
        OperatorDirectory.Entry operator = operators.byLoginName(request.loginName())
                .orElseThrow(() -> new BusinessException(IdentityError.UNKNOWN_USER));
        if (!credentials.matches(operator.operatorId(), request.password())) {
            throw new BusinessException(IdentityError.WRONG_PASSWORD);
        }
        TokenIssuer.IssuedToken token = tokens.issue(operator);
        return new Session(token.token(), token.expiresAt(), operator.operatorId(), operator.unitId(),
                operator.loginName(), operator.roles());
    }
}
