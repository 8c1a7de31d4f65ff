package com.gjjhall.servicekit.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.gjjhall.servicekit.errors.BusinessException;
import com.gjjhall.servicekit.errors.PlatformError;
import com.gjjhall.servicekit.errors.ProblemResponses;
import com.gjjhall.testkit.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every service checks the token itself: no token, a bad one or the wrong role never reaches a controller. */
class TokenAuthenticationFilterTest {

    @RestController
    static class Probe {
        @GetMapping("/api/probe/accounts")
        String accounts(CurrentOperator operator) {
            return operator.unitId() + "/" + operator.operatorId();
        }

        @GetMapping("/api/probe/ops/dead-letters")
        String ops(CurrentOperator operator) {
            return "ops:" + operator.operatorId();
        }

        @GetMapping("/api/probe/jwks")
        String open() {
            return "public";
        }

        @GetMapping("/api/probe/refused")
        String refused() {
            throw new BusinessException(PlatformError.FORBIDDEN);
        }
    }

    private final TestTokens tokens = TestTokens.get();
    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Probe())
            .addFilters(new TokenAuthenticationFilter(new TokenVerifier(tokens.jwksUri()), List.of("/api/probe/jwks"),
                    new ObjectMapper()))
            .setCustomArgumentResolvers(new CurrentOperatorResolver())
            .setControllerAdvice(new ProblemResponses())
            .build();

    @Test
    void aRequestWithoutATokenGetsTheLoginMessageAsProblemJson() throws Exception {
        mvc.perform(get("/api/probe/accounts"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"))
                .andExpect(jsonPath("$.title").value("未登录或登录已失效"));
    }

    @Test
    void anExpiredOrTamperedTokenIsRefused() throws Exception {
        mvc.perform(get("/api/probe/accounts").header("Authorization", "Bearer " + tokens.expired("OP1", "U1", "OPERATOR")))
                .andExpect(status().isUnauthorized());
        String valid = tokens.issue("OP1", "U1", "OPERATOR");
        String[] parts = valid.split("\\.");
        String otherClaims = tokens.issue("OP1", "U2", "OPERATOR").split("\\.")[1];
        mvc.perform(get("/api/probe/accounts").header("Authorization", "Bearer " + parts[0] + "." + otherClaims + "." + parts[2]))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void theOperatorAndUnitComeFromTheTokenNotFromHeaders() throws Exception {
        mvc.perform(get("/api/probe/accounts")
                        .header("Authorization", "Bearer " + tokens.issue("OP1", "U1", "OPERATOR"))
                        .header("X-Unit-Id", "U2"))
                .andExpect(status().isOk())
                .andExpect(content().string("U1/OP1"));
    }

    @Test
    void opsPathsAreForTheOpsRoleOnly() throws Exception {
        mvc.perform(get("/api/probe/ops/dead-letters").header("Authorization", "Bearer " + tokens.issue("OP1", "U1", "OPERATOR")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.title").value("无权办理此业务"));
        mvc.perform(get("/api/probe/ops/dead-letters").header("Authorization", "Bearer " + tokens.issue("OPS1", "CENTRE", "OPS")))
                .andExpect(status().isOk())
                .andExpect(content().string("ops:OPS1"));
    }

    @Test
    void publicPathsNeedNoToken() throws Exception {
        mvc.perform(get("/api/probe/jwks")).andExpect(status().isOk());
    }

    @Test
    void businessRefusalsCarryTheirStableCode() throws Exception {
        mvc.perform(get("/api/probe/refused").header("Authorization", "Bearer " + tokens.issue("OP1", "U1", "OPERATOR")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("FORBIDDEN"))
                .andExpect(jsonPath("$.status").value(403));
    }
}
