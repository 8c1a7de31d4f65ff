package com.gjjhall.account.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.gjjhall.contracts.EventCatalog;
import com.gjjhall.contracts.EventEnvelope;
import com.gjjhall.contracts.EventType;
import com.gjjhall.contracts.Topics;
import com.gjjhall.contracts.identity.UnitEnrolled;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import com.gjjhall.testkit.RealInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every change is published in the agreed language: remittance-service builds its view of contributing
 * employees from these events, so each one must pass its JSON Schema. The demo unit (示范单位) gets its
 * account and three employees when its enrolment arrives from identity-service.
 */
class PublishedEventsIT extends AccountIT {

    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    @Test
    void theDemoUnitsEnrolmentOpensItsAccountAndEveryChangeIsPublishedAsItsSchemaSays() throws Exception {
        Api.publish(new UnitEnrolled("U-DEMO", "91420100MA4K000015", "示范单位", Instant.now()));
        String demoOperator = Api.operatorOf("U-DEMO");
        await().atMost(Duration.ofSeconds(30)).until(() -> api.call(HttpMethod.GET, "/api/account/unit", demoOperator, null).status() == 200);
        assertThat(api.call(HttpMethod.GET, "/api/account/unit", demoOperator, null).body().path("unitRatePercent").asInt())
                .isEqualTo(12);
        assertThat(api.call(HttpMethod.GET, "/api/account/employees", demoOperator, null).body().path("items")
                .findValuesAsText("name")).containsExactlyInAnyOrder("张三", "李四", "欧阳·娜娜");

        String unit = api.newUnit();
        String operator = Api.operatorOf(unit);
        String department = api.call(HttpMethod.POST, "/api/account/unit/departments", operator, Map.of("name", "研发部"))
                .text("departmentId");
        String account = api.openEmployee(unit, Api.newLegacyIdNumber(), "黄药师", "8000", YearMonth.now().toString())
                .text("personalAccountNumber");
        api.call(HttpMethod.PUT, "/api/account/employees/" + account + "/department", operator, Map.of("departmentId", department));
        api.call(HttpMethod.PUT, "/api/account/employees/" + account + "/personal-info", operator, Map.of("name", "黄老邪"));
        api.call(HttpMethod.POST, "/api/account/employees/" + account + "/id-upgrade", operator, Map.of());
        api.call(HttpMethod.PUT, "/api/account/employees/" + account + "/base", operator, Map.of("base", "9000"));
        api.call(HttpMethod.POST, "/api/account/employees/" + account + "/seal", operator, Map.of("reason", "离职"));
        api.call(HttpMethod.POST, "/api/account/employees/" + account + "/unseal", operator,
                Map.of("base", "9000", "startMonth", YearMonth.now().plusMonths(2).toString()));
        api.call(HttpMethod.PUT, "/api/account/unit/info", operator,
                Map.of("address", "武汉市", "contactName", "郭靖", "contactPhone", "13800000009"));

        Map<String, JsonNode> byType = published(Map.of(unit, 3, account, 7));
        assertThat(byType.keySet()).contains("account.UnitAccountOpened.v1", "account.DepartmentChanged.v1",
                "account.EmployeeAccountOpened.v1", "account.EmployeeMovedToDepartment.v1", "account.EmployeeInfoChanged.v1",
                "account.ContributionBaseAdjusted.v1", "account.EmployeeAccountSealed.v1",
                "account.EmployeeAccountUnsealed.v1", "account.UnitInfoChanged.v1");
        assertThat(byType.get("account.EmployeeAccountOpened.v1").path("idNumber").asText())
                .as("a legacy number is published in its 18-digit form").hasSize(18);
    }

    /** Reads account.events until each subject has its count of events, validating every one against its schema. */
    private Map<String, JsonNode> published(Map<String, Integer> expectedPerSubject) throws Exception {
        Map<String, JsonNode> byType = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfrastructure.get().kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.ACCOUNT));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (var record : consumer.poll(Duration.ofMillis(200))) {
                    if (!expectedPerSubject.containsKey(record.key())) {
                        continue;
                    }
                    String type = new String(record.headers().lastHeader(EventEnvelope.Headers.TYPE).value(), StandardCharsets.UTF_8);
                    JsonNode body = com.gjjhall.contracts.EventJson.mapper().readTree(record.value());
                    assertThat(schema(type).validate(body)).as("%s against its schema: %s", type, body).isEmpty();
                    byType.put(type, body);
                    seen.merge(record.key(), 1, Integer::sum);
                }
                return expectedPerSubject.entrySet().stream()
                        .allMatch(e -> seen.getOrDefault(e.getKey(), 0) >= e.getValue());
            });
        }
        return byType;
    }

    private static JsonSchema schema(String type) throws Exception {
        try (InputStream in = EventCatalog.class.getClassLoader()
                .getResourceAsStream(EventCatalog.schemaResource(EventType.parse(type)))) {
            return SCHEMAS.getSchema(com.gjjhall.contracts.EventJson.mapper().readTree(in),
                    SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
        }
    }
}
