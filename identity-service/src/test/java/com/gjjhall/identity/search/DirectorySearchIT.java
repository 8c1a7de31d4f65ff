package com.gjjhall.identity.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.gjjhall.identity.support.Hall;
import com.gjjhall.identity.support.IdentityServiceTest;
import com.gjjhall.identity.support.TestKey;
import com.gjjhall.softkey.KeyAlgorithm;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** 查找: the centre's staff find any unit, operator or certificate by whatever of theirs they have at hand. */
@IdentityServiceTest
class DirectorySearchIT {

    @Autowired
    TestRestTemplate http;

    @Test
    void aClerkFindsAUnitItsOperatorAndTheirCertificateByWhatTheyHaveAtHand() {
        Hall hall = new Hall(http);
        String tag = Long.toString(System.nanoTime(), 36);
        String code = Hall.newCreditCode();
        String unitId = enrol(hall, code, "查找示例单位" + tag);
        String loginName = "Finder-" + tag;
        String mobile = "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        String operatorId = register(hall, unitId, loginName, "查找员" + tag, mobile);
        TestKey key = hall.issueForOwnKey(operatorId, KeyAlgorithm.SM2);
        String clerk = hall.clerk();

        assertThat(ids(search(clerk, unitId.toLowerCase(Locale.ROOT)), "units", "unitId")).containsExactly(unitId);
        JsonNode byCode = search(clerk, code);
        assertThat(ids(byCode, "units", "unitId")).containsExactly(unitId);
        assertThat(byCode.at("/units/0/unitName").asText()).isEqualTo("查找示例单位" + tag);
        assertThat(byCode.at("/units/0/unifiedSocialCreditCode").asText()).isEqualTo(code);
        assertThat(ids(search(clerk, "示例单位" + tag), "units", "unitId")).containsExactly(unitId);

        JsonNode byLoginName = search(clerk, loginName.toUpperCase(Locale.ROOT));
        assertThat(ids(byLoginName, "operators", "operatorId")).containsExactly(operatorId);
        assertThat(byLoginName.at("/operators/0/loginName").asText()).isEqualTo(loginName);
        assertThat(byLoginName.at("/operators/0/unitId").asText()).isEqualTo(unitId);
        assertThat(byLoginName.at("/operators/0/frozen").asBoolean()).isFalse();
        assertThat(byLoginName.get("units")).isEmpty();
        assertThat(ids(search(clerk, mobile), "operators", "operatorId")).containsExactly(operatorId);
        assertThat(ids(search(clerk, "员" + tag), "operators", "operatorId")).containsExactly(operatorId);

        JsonNode bySerial = search(clerk, key.serialNumber().toLowerCase(Locale.ROOT));
        assertThat(ids(bySerial, "certificates", "serialNumber")).containsExactly(key.serialNumber());
        assertThat(bySerial.at("/certificates/0/operatorId").asText()).isEqualTo(operatorId);
        assertThat(bySerial.at("/certificates/0/status").asText()).isEqualTo("VALID");
        assertThat(bySerial.get("units")).isEmpty();
        assertThat(bySerial.get("operators")).isEmpty();

        String ops = hall.login(Map.of("loginName", "demo-ops", "password", Hall.PASSWORD)).getBody().get("token").asText();
        assertThat(ids(search(ops, code), "units", "unitId")).as("ops search too").containsExactly(unitId);
    }

    @Test
    void atMostTwentyOfEachAreListed() {
        Hall hall = new Hall(http);
        String name = "同名检索单位" + Long.toString(System.nanoTime(), 36);
        for (int i = 0; i < 21; i++) {
            enrol(hall, Hall.newCreditCode(), name + "-" + i);
        }
        assertThat(search(hall.clerk(), name).get("units")).hasSize(20);
    }

    @Test
    void aSearchNeedsSomethingToFindAndAStaffRole() {
        Hall hall = new Hall(http);
        ResponseEntity<JsonNode> blank = get(hall, hall.clerk(), "  ");
        assertThat(blank.getStatusCode().value()).isEqualTo(400);
        assertThat(blank.getBody().toString()).contains("请输入查找内容");

        String unitId = hall.enrolUnit("查找权限单位");
        String loginName = Hall.newLoginName("seeker");
        String operator = hall.tokenOf(loginName,
                hall.issueForOwnKey(hall.registerOperator(unitId, loginName), KeyAlgorithm.SM2));
        ResponseEntity<JsonNode> refused = get(hall, operator, unitId);
        assertThat(refused.getStatusCode().value()).isEqualTo(403);
        assertThat(Hall.title(refused)).isEqualTo("无权办理此业务");
    }

    private static String enrol(Hall hall, String code, String name) {
        ResponseEntity<JsonNode> enrolled = hall.call(HttpMethod.POST, "/api/identity/units", hall.clerk(),
                Map.of("unifiedSocialCreditCode", code, "unitName", name));
        assertThat(enrolled.getStatusCode().value()).as(String.valueOf(enrolled.getBody())).isEqualTo(201);
        return enrolled.getBody().get("unitId").asText();
    }

    private static String register(Hall hall, String unitId, String loginName, String name, String mobile) {
        ResponseEntity<JsonNode> registered = hall.call(HttpMethod.POST, "/api/identity/operators", hall.clerk(), Map.of(
                "unitId", unitId, "loginName", loginName, "operatorName", name, "mobile", mobile,
                "initialPassword", Hall.PASSWORD));
        assertThat(registered.getStatusCode().value()).as(String.valueOf(registered.getBody())).isEqualTo(201);
        return registered.getBody().get("operatorId").asText();
    }

    private JsonNode search(String token, String q) {
        ResponseEntity<JsonNode> found = get(new Hall(http), token, q);
        assertThat(found.getStatusCode().value()).as(String.valueOf(found.getBody())).isEqualTo(200);
        return found.getBody();
    }

    /** {@code q} as typed: the URI template encodes it. */
    private static ResponseEntity<JsonNode> get(Hall hall, String token, String q) {
        return hall.call(HttpMethod.GET, "/api/identity/search?q=" + q, token, null);
    }

    private static List<String> ids(JsonNode found, String list, String field) {
        List<String> ids = new ArrayList<>();
        found.get(list).forEach(item -> ids.add(item.get(field).asText()));
        return ids;
    }
}
