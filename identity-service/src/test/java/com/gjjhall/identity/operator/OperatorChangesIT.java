package com.gjjhall.identity.operator;

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

import java.util.Map;

import static com.gjjhall.identity.support.Hall.PASSWORD;
import static com.gjjhall.identity.support.Hall.title;
import static com.gjjhall.identity.support.PublishedEvents.has;
import static org.assertj.core.api.Assertions.assertThat;

/** Operators: unique login names, 操作员变更, 用户变更 and phone changes, each done by a clerk and published. */
@IdentityServiceTest
class OperatorChangesIT {

    @Autowired
    TestRestTemplate http;

    @Test
    void aLoginNameIsUniqueAcrossThePlatformWhateverItsLetterCase() {
        Hall hall = new Hall(http);
        String name = Hall.newLoginName("Unique");
        hall.registerOperator(hall.enrolUnit("甲单位"), name);
        ResponseEntity<JsonNode> taken = hall.call(HttpMethod.POST, "/api/identity/operators", hall.clerk(), Map.of(
                "unitId", hall.enrolUnit("乙单位"), "loginName", name.toUpperCase(), "mobile", "13912345678",
                "initialPassword", PASSWORD));
        assertThat(taken.getStatusCode().value()).isEqualTo(409);
        assertThat(title(taken)).isEqualTo("登录用户名已被使用");
    }

    @Test
    void aResetLoginNameAndPasswordReplaceTheOldOnesAndAreNeverPublished(Infrastructure infrastructure) {
        Hall hall = new Hall(http);
        String oldName = Hall.newLoginName("forgot");
        String operatorId = hall.registerOperator(hall.enrolUnit("用户变更单位"), oldName);
        TestKey key = hall.issueForOwnKey(operatorId, KeyAlgorithm.SM2);
        String newName = Hall.newLoginName("renamed");

        ResponseEntity<JsonNode> reset = hall.call(HttpMethod.POST, "/api/identity/operators/" + operatorId
                + "/credential-resets", hall.clerk(), Map.of("loginName", newName, "password", "Fresh-Passw0rd"));
        assertThat(reset.getStatusCode().value()).as(String.valueOf(reset.getBody())).isEqualTo(200);
        assertThat(title(hall.login(oldName, PASSWORD, key))).isEqualTo("用户不存在或用户类型错误");
        assertThat(title(hall.login(newName, PASSWORD, key))).isEqualTo("登录密码错误");
        assertThat(hall.login(newName, "Fresh-Passw0rd", key).getStatusCode().value()).isEqualTo(201);
        assertThat(hall.registerOperator(hall.enrolUnit("接手旧名单位"), oldName)).as("the old name is free again").isNotBlank();

        var events = PublishedEvents.awaitFor(infrastructure, operatorId, has("identity.OperatorCredentialsReset.v1",
                body -> body.get("loginName").asText().equals(newName) && body.get("passwordReset").asBoolean()));
        assertThat(events).allSatisfy(e -> assertThat(e.raw()).doesNotContain("Fresh-Passw0rd").doesNotContain("argon2"));
    }

    @Test
    void aResetUnfreezesAFrozenOperator() {
        Hall hall = new Hall(http);
        String name = Hall.newLoginName("unfreeze");
        String operatorId = hall.registerOperator(hall.enrolUnit("解冻单位"), name);
        TestKey key = hall.issueForOwnKey(operatorId, KeyAlgorithm.ECDSA_P256);
        for (int i = 0; i < 6; i++) {
            hall.login(name, "wrong-" + i, key);
        }
        assertThat(title(hall.login(name, PASSWORD, key))).isEqualTo("用户已暂时冻结");
        hall.call(HttpMethod.POST, "/api/identity/operators/" + operatorId + "/credential-resets", hall.clerk(),
                Map.of("password", "After-Reset-1"));
        assertThat(hall.login(name, "After-Reset-1", key).getStatusCode().value()).isEqualTo(201);
    }

    @Test
    void anOperatorChangeAndAPhoneChangeShowAndArePublished(Infrastructure infrastructure) {
        Hall hall = new Hall(http);
        String name = Hall.newLoginName("change");
        String operatorId = hall.registerOperator(hall.enrolUnit("操作员变更单位"), name);
        ResponseEntity<JsonNode> changed = hall.call(HttpMethod.PUT, "/api/identity/operators/" + operatorId,
                hall.clerk(), Map.of("operatorName", "李四", "mobile", "13600000001"));
        assertThat(changed.getBody().get("operatorName").asText()).isEqualTo("李四");

        TestKey key = hall.issueForOwnKey(operatorId, KeyAlgorithm.SM2);
        String own = hall.tokenOf(name, key);
        ResponseEntity<JsonNode> phone = hall.call(HttpMethod.PUT, "/api/identity/operators/" + operatorId + "/mobile",
                own, Map.of("mobile", "13700000002"));
        assertThat(phone.getStatusCode().value()).isEqualTo(200);
        assertThat(hall.call(HttpMethod.GET, "/api/identity/operators/current", own, null).getBody().get("mobile").asText())
                .isEqualTo("13700000002");
        ResponseEntity<JsonNode> badPhone = hall.call(HttpMethod.PUT, "/api/identity/operators/" + operatorId + "/mobile",
                own, Map.of("mobile", "12345"));
        assertThat(badPhone.getStatusCode().value()).isEqualTo(400);
        assertThat(badPhone.getBody().get("errors").get(0).get("message").asText()).isEqualTo("手机号码不正确");

        PublishedEvents.awaitFor(infrastructure, operatorId,
                has("identity.OperatorChanged.v1", body -> body.get("operatorName").asText().equals("李四")),
                has("identity.OperatorMobileChanged.v1", body -> body.get("mobile").asText().equals("13700000002")));
    }

    @Test
    void operatorsCannotRegisterOrResetOperatorsOnlyAClerkCan() {
        Hall hall = new Hall(http);
        String unitId = hall.enrolUnit("越权单位");
        String name = Hall.newLoginName("maker");
        String operatorId = hall.registerOperator(unitId, name);
        String token = hall.tokenOf(name, hall.issueForOwnKey(operatorId, KeyAlgorithm.SM2));
        assertThat(hall.call(HttpMethod.POST, "/api/identity/operators", token, Map.of("unitId", unitId,
                "loginName", Hall.newLoginName("self"), "mobile", "13912345678", "initialPassword", PASSWORD))
                .getStatusCode().value()).isEqualTo(403);
        assertThat(hall.call(HttpMethod.POST, "/api/identity/operators/" + operatorId + "/credential-resets", token,
                Map.of("password", "Self-Reset-1")).getStatusCode().value()).isEqualTo(403);
    }
}
