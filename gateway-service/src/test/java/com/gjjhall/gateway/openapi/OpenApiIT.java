package com.gjjhall.gateway.openapi;

import com.gjjhall.gateway.support.GatewayTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.test.json.JsonCompareMode;

class OpenApiIT extends GatewayTestBase {

    @Test
    void oneIndexListsTheDocumentsOfAllFiveServices() {
        client.get().uri("/openapi").exchange()
                .expectStatus().isOk()
                .expectBody().json("""
                        {"services":[
                          {"name":"identity","url":"/api/identity/openapi"},
                          {"name":"account","url":"/api/account/openapi"},
                          {"name":"remittance","url":"/api/remittance/openapi"},
                          {"name":"collection","url":"/api/collection/openapi"},
                          {"name":"audit","url":"/api/audit/openapi"}]}
                        """, JsonCompareMode.STRICT);
    }

    @Test
    void theMergedDocumentHoldsEveryServiceAndNamesTheOneThatIsDown() {
        client.get().uri("/openapi/all").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.identity.info.title").isEqualTo("identity-service")
                .jsonPath("$.account.info.title").isEqualTo("account-service")
                .jsonPath("$.remittance.info.title").isEqualTo("remittance-service")
                .jsonPath("$.collection.info.title").isEqualTo("collection-service")
                .jsonPath("$.audit.error").isEqualTo("服务暂不可用");
    }
}
