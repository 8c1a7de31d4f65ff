package com.gjjhall.identity.unit;

import com.fasterxml.jackson.databind.JsonNode;
import com.gjjhall.identity.support.Hall;
import com.gjjhall.identity.support.IdentityServiceTest;
import com.gjjhall.identity.support.PublishedEvents;
import com.gjjhall.identity.support.TestKey;
import com.gjjhall.softkey.KeyAlgorithm;
import com.gjjhall.testkit.Infrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import java.util.HashMap;
import java.util.Map;

import static com.gjjhall.identity.support.Hall.PASSWORD;
import static com.gjjhall.identity.support.Hall.title;
import static com.gjjhall.identity.support.PublishedEvents.has;
import static org.assertj.core.api.Assertions.assertThat;

/** 开通: an operator signs the service agreement, confirms the unit's data and sets the query password. */
@IdentityServiceTest
class OnlineBusinessOpeningIT {

    @Autowired
    TestRestTemplate http;

    @Test
    void anOperatorOpensOnlineBusinessOnceWithTheCurrentAgreementAndTheUnitsOwnData(Infrastructure infrastructure) {
        Hall hall = new Hall(http);
        String name = Hall.newLoginName("opener");
        String unitId = hall.enrolUnit("开通单位");
        TestKey key = hall.issueForOwnKey(hall.registerOperator(unitId, name), KeyAlgorithm.SM2);
        ResponseEntity<JsonNode> firstLogin = hall.login(name, PASSWORD, key);
        assertThat(firstLogin.getBody().get("onlineBusinessOpened").asBoolean()).isFalse();
        String token = firstLogin.getBody().get("token").asText();

        JsonNode unit = hall.call(HttpMethod.GET, "/api/identity/units/current", token, null).getBody();
        JsonNode agreement = hall.call(HttpMethod.GET, "/api/identity/units/current/service-agreement", token, null).getBody();
        assertThat(agreement.get("title").asText()).isEqualTo("住房公积金网上业务服务协议");
        Map<String, Object> opening = new HashMap<>(Map.of("agreementVersion", agreement.get("version").asText(),
                "agreed", true, "unifiedSocialCreditCode", unit.get("unifiedSocialCreditCode").asText(),
                "unitName", "开通单位", "contactName", "王五", "contactMobile", "13512345678",
                "queryPassword", "Query-Secret-9"));

        Map<String, Object> notAgreed = new HashMap<>(opening);
        notAgreed.put("agreed", false);
        assertThat(hall.call(HttpMethod.POST, "/api/identity/units/current/online-business", token, notAgreed)
                .getBody().get("errors").get(0).get("message").asText()).isEqualTo("请阅读并签署网上业务服务协议");
        Map<String, Object> oldAgreement = new HashMap<>(opening);
        oldAgreement.put("agreementVersion", "2019-06");
        assertThat(title(hall.call(HttpMethod.POST, "/api/identity/units/current/online-business", token, oldAgreement)))
                .isEqualTo("请阅读并签署网上业务服务协议");
        Map<String, Object> otherName = new HashMap<>(opening);
        otherName.put("unitName", "别的单位");
        assertThat(title(hall.call(HttpMethod.POST, "/api/identity/units/current/online-business", token, otherName)))
                .isEqualTo("单位信息与登记信息不一致，请到缴存银行办理单位信息变更");

        assertThat(hall.call(HttpMethod.POST, "/api/identity/units/current/online-business", token, opening)
                .getStatusCode().value()).isEqualTo(201);
        assertThat(title(hall.call(HttpMethod.POST, "/api/identity/units/current/online-business", token, opening)))
                .isEqualTo("本单位已开通网上业务");
        assertThat(hall.login(name, PASSWORD, key).getBody().get("onlineBusinessOpened").asBoolean()).isTrue();

        var events = PublishedEvents.awaitFor(infrastructure, unitId, has("identity.OnlineBusinessOpened.v1"));
        assertThat(events).allSatisfy(e -> assertThat(e.raw()).doesNotContain("Query-Secret-9"));
    }
}
