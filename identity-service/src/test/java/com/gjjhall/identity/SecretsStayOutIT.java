package com.gjjhall.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.gjjhall.identity.secrets.SecretBox;
import com.gjjhall.identity.support.Hall;
import com.gjjhall.identity.support.IdentityServiceTest;
import com.gjjhall.identity.support.PublishedEvents;
import com.gjjhall.identity.support.TestKey;
import com.gjjhall.softkey.Crypto;
import com.gjjhall.softkey.KeyAlgorithm;
import com.gjjhall.testkit.Infrastructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static com.gjjhall.identity.support.Hall.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/** No password, hash, PIN or private key in an event, a log line or an error; CA keys rest sealed. */
@IdentityServiceTest
@ExtendWith(OutputCaptureExtension.class)
class SecretsStayOutIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SecretBox secrets;

    @Test
    void passwordsHashesAndPinsAppearInNoEventLogLineOrError(Infrastructure infrastructure, CapturedOutput output) {
        Hall hall = new Hall(http);
        String name = Hall.newLoginName("secret");
        String operatorId = hall.registerOperator(hall.enrolUnit("保密单位"), name);
        ResponseEntity<JsonNode> issued = hall.issue(Map.of("operatorId", operatorId, "pin", "97531086"));
        TestKey key = hall.issueForOwnKey(hall.registerOperator(hall.enrolUnit("保密单位二"), name + "-2"), KeyAlgorithm.SM2);
        ResponseEntity<JsonNode> wrong = hall.login(name + "-2", "Wrong-Secret-77", key);
        assertThat(wrong.getBody().toString()).doesNotContain("Wrong-Secret-77");
        assertThat(hall.login(name + "-2", PASSWORD, key).getStatusCode().value()).isEqualTo(201);

        String hash = jdbc.queryForObject("select password_hash from operator_credential where operator_id = ?",
                String.class, operatorId);
        List<String> storedEvents = jdbc.query("select payload from domainevententry",
                (rs, i) -> new String(rs.getBytes(1), StandardCharsets.UTF_8));
        var published = PublishedEvents.awaitFor(infrastructure, operatorId, PublishedEvents.has("identity.OperatorRegistered.v1"));
        for (String text : List.of(output.getAll(), String.join("\n", storedEvents), published.toString())) {
            assertThat(text).doesNotContain(PASSWORD).doesNotContain("Wrong-Secret-77").doesNotContain(hash)
                    .doesNotContain("$argon2id$").doesNotContain("97531086")
                    .doesNotContain(issued.getBody().get("keyFile").asText().substring(0, 40));
        }
    }

    @Test
    void theCaPrivateKeysRestSealedUnderTheMasterKey() throws Exception {
        List<byte[]> sealed = jdbc.queryForList("select encrypted_private_key from ca_key", byte[].class);
        assertThat(sealed).hasSize(2);
        for (byte[] stored : sealed) {
            byte[] secretScalar = ((ECPrivateKey) KeyFactory.getInstance("EC", Crypto.provider())
                    .generatePrivate(new PKCS8EncodedKeySpec(secrets.open(stored)))).getS().toByteArray();
            assertThat(Collections.indexOfSubList(Bytes.asList(stored), Bytes.asList(secretScalar)))
                    .as("the private key does not rest in the clear").isEqualTo(-1);
        }
    }

    /** Bytes as a list, to search one array for another. */
    private static final class Bytes {

        static List<Byte> asList(byte[] bytes) {
            List<Byte> list = new ArrayList<>(bytes.length);
            for (byte b : bytes) {
                list.add(b);
            }
            return list;
        }
    }
}
