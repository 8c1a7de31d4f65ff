package com.gjjhall.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.gjjhall.audit.support.AuditApi;
import com.gjjhall.audit.support.PlatformEvents;
import com.gjjhall.audit.support.RemittanceStory;
import com.gjjhall.contracts.IntegrationEvent;
import com.gjjhall.contracts.remittance.SettlementMethod;
import com.gjjhall.testkit.Infrastructure;
import com.gjjhall.testkit.WithRealInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Ops rebuild a view by replaying the log: from scratch it equals the live view; up to a time it shows that time. */
@WithRealInfrastructure(database = "audit")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ViewReplayIT {

    private static PlatformEvents events;

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void producer(Infrastructure infrastructure) {
        events = new PlatformEvents(infrastructure);
    }

    @AfterAll
    static void closeProducer() {
        events.close();
    }

    @Test
    void replayFromScratchEqualsTheLiveView() {
        RemittanceStory story = new RemittanceStory();
        publishAll(story.entered(), story.submitted(), story.reviewed(SettlementMethod.ENTRUSTED_COLLECTION),
                story.debitFailed("D-" + story.orderId, "INSUFFICIENT_BALANCE", "账户余额不足"));
        awaitLiveState(story, "失败");

        for (String view : new String[] {"transactions", "volume"}) {
            JsonNode job = rebuild(view, "{}");
            assertThat(job.get("phase").asText()).isEqualTo("SWAPPED");
            assertThat(job.get("percent").asInt()).isEqualTo(100);
            assertThat(job.get("processed").asLong()).isEqualTo(job.get("total").asLong());
            JsonNode differences = get("/api/audit/ops/views/" + view + "/rebuilds/" + job.get("id").asText() + "/differences");
            assertThat(differences.get("total").asLong()).as("rebuilt %s differs from the live one", view).isZero();
            assertThat(differences.get("rebuiltVersion").asInt()).isGreaterThan(differences.get("liveVersion").asInt());
        }
        JsonNode views = get("/api/audit/ops/views");
        assertThat(views.findValuesAsText("view")).contains("transactions", "volume");
        assertThat(find(AuditApi.operatorOf(story.unitId), story.auditNumber).get("reason").asText()).isEqualTo("账户余额不足");
    }

    @Test
    void aRebuildReportsWhereTheLiveViewWasWrongAndRepairsIt() {
        RemittanceStory story = new RemittanceStory();
        publishAll(story.entered(), story.submitted(), story.reviewed(SettlementMethod.ENTRUSTED_COLLECTION),
                story.debitFailed("D-" + story.orderId, "ACCOUNT_ABNORMAL", "账户状态不正常"));
        awaitLiveState(story, "失败");
        int live = jdbc.queryForObject("select live_version from view_version where view_name = 'transactions'", Integer.class);
        jdbc.update("update v_transactions_tx_" + live + " set state = 'SUCCEEDED', reason = null where transaction_id = ?",
                story.orderId);
        String operator = AuditApi.operatorOf(story.unitId);
        assertThat(find(operator, story.orderId).get("state").asText()).isEqualTo("成功");

        JsonNode job = rebuild("transactions", null);
        JsonNode differences = get("/api/audit/ops/views/transactions/rebuilds/" + job.get("id").asText() + "/differences");
        assertThat(differences.get("total").asLong()).isEqualTo(1);
        JsonNode difference = differences.get("shown").get(0);
        assertThat(difference.get("table").asText()).isEqualTo("tx");
        assertThat(difference.get("key").asText()).isEqualTo(story.orderId);
        assertThat(AuditApi.parse(difference.get("live").asText()).get("state").asText()).isEqualTo("SUCCEEDED");
        assertThat(AuditApi.parse(difference.get("rebuilt").asText()).get("state").asText()).isEqualTo("FAILED");
        JsonNode repaired = find(operator, story.orderId);
        assertThat(repaired.get("state").asText()).isEqualTo("失败");
        assertThat(repaired.get("reason").asText()).isEqualTo("账户状态不正常");
    }

    @Test
    void replayUpToATimeShowsEachTransactionAsItStoodThen() {
        RemittanceStory story = new RemittanceStory(Instant.now().minusSeconds(7_200));
        publishAsOf(story, story.entered());
        publishAsOf(story, story.submitted());
        Instant then = story.now().plusSeconds(30);
        story.advanceTo(then.plusSeconds(60));
        publishAsOf(story, story.reviewed(SettlementMethod.CASH_CHEQUE));
        publishAsOf(story, story.credited());
        awaitLiveState(story, "成功");

        JsonNode job = rebuild("transactions", "{\"upTo\":\"" + then + "\"}");
        assertThat(job.get("phase").asText()).isEqualTo("KEPT");
        String id = job.get("id").asText();
        JsonNode asItWas = get("/api/audit/ops/transactions/" + story.orderId + "?rebuild=" + id);
        assertThat(asItWas.get("state").asText()).isEqualTo("待复核");
        assertThat(asItWas.get("timeline").size()).isEqualTo(2);
        assertThat(get("/api/audit/ops/transactions/" + story.orderId).get("state").asText()).isEqualTo("成功");

        JsonNode differences = get("/api/audit/ops/views/transactions/rebuilds/" + id + "/differences?max=1000");
        assertThat(differences.get("shown").findValuesAsText("key")).contains(story.orderId);

        AuditApi api = new AuditApi(http);
        assertThat(api.delete(AuditApi.ops(), "/api/audit/ops/views/transactions/rebuilds/" + id).getStatusCode().value())
                .isEqualTo(204);
        ResponseEntity<String> gone = api.get(AuditApi.ops(), "/api/audit/ops/transactions/" + story.orderId + "?rebuild=" + id);
        assertThat(gone.getStatusCode().value()).isEqualTo(409);
        assertThat(AuditApi.parse(gone.getBody()).get("title").asText()).isEqualTo("该重建结果未保留");
    }

    @Test
    void aViewThatDoesNotExistCannotBeRebuilt() {
        ResponseEntity<String> refused = new AuditApi(http).post(AuditApi.ops(), "/api/audit/ops/views/payroll/rebuilds", "{}");
        assertThat(refused.getStatusCode().value()).isEqualTo(404);
        assertThat(AuditApi.parse(refused.getBody()).get("title").asText()).isEqualTo("视图不存在");
        ResponseEntity<String> badTime = new AuditApi(http).post(AuditApi.ops(), "/api/audit/ops/views/transactions/rebuilds",
                "{\"upTo\":\"yesterday\"}");
        assertThat(badTime.getStatusCode().value()).isEqualTo(400);
        assertThat(AuditApi.parse(badTime.getBody()).get("errors").get(0).get("field").asText()).isEqualTo("upTo");
    }

    /** Starts a rebuild and waits for it to finish; returns the finished job. */
    private JsonNode rebuild(String view, String body) {
        AuditApi api = new AuditApi(http);
        ResponseEntity<String> started = api.post(AuditApi.ops(), "/api/audit/ops/views/" + view + "/rebuilds", body);
        assertThat(started.getStatusCode().value()).isEqualTo(202);
        String location = started.getHeaders().getLocation().toString();
        await().atMost(Duration.ofSeconds(60)).until(() -> !"RUNNING".equals(get(location).get("status").asText()));
        JsonNode job = get(location);
        assertThat(job.get("status").asText()).as("job %s", job).isEqualTo("DONE");
        return job;
    }

    private void awaitLiveState(RemittanceStory story, String state) {
        String operator = AuditApi.operatorOf(story.unitId);
        await().atMost(Duration.ofSeconds(20)).until(() -> state.equals(find(operator, story.orderId).path("state").asText()));
    }

    private JsonNode find(String token, String key) {
        return AuditApi.parse(new AuditApi(http).get(token, "/api/audit/transactions/" + key).getBody());
    }

    private JsonNode get(String path) {
        AuditApi api = new AuditApi(http);
        return api.json(api.get(AuditApi.ops(), path));
    }

    private static void publishAll(IntegrationEvent... published) {
        for (IntegrationEvent event : published) {
            events.publish(event);
        }
    }

    /** Published with its business time as its envelope time, as the services do. */
    private static void publishAsOf(RemittanceStory story, IntegrationEvent event) {
        events.publish(event, UUID.randomUUID().toString(), story.now());
    }
}
