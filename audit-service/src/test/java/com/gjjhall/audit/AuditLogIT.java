package com.gjjhall.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.gjjhall.audit.log.AuditEntries;
import com.gjjhall.audit.log.AuditEntry;
import com.gjjhall.audit.log.EntryHash;
import com.gjjhall.audit.support.AuditApi;
import com.gjjhall.audit.support.PlatformEvents;
import com.gjjhall.audit.support.RemittanceStory;
import com.gjjhall.contracts.IntegrationEvent;
import com.gjjhall.contracts.Topics;
import com.gjjhall.contracts.bank.DebitOutcome;
import com.gjjhall.contracts.identity.UnitEnrolled;
import com.gjjhall.contracts.remittance.SettlementMethod;
import com.gjjhall.testkit.Infrastructure;
import com.gjjhall.testkit.WithRealInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Every event lands in the log once, chained to the one before it; tampering shows; ops can search and export it. */
@WithRealInfrastructure(database = "audit")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditLogIT {

    private static PlatformEvents events;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestRestTemplate http;

    @BeforeAll
    static void producer(Infrastructure infrastructure) {
        events = new PlatformEvents(infrastructure);
    }

    @AfterAll
    static void closeProducer() {
        events.close();
    }

    @Test
    void theSameEventDeliveredTwiceIsLoggedOnce() {
        String unitId = "U-" + UUID.randomUUID();
        UnitEnrolled enrolled = new UnitEnrolled(unitId, "91420100MA4K000019", "示范单位", Instant.now());
        String eventId = UUID.randomUUID().toString();
        events.publish(enrolled, eventId, Instant.now());
        events.publish(enrolled, eventId, Instant.now());
        String marker = events.publish(new UnitEnrolled(unitId + "-after", "91420100MA4K000019", "示范单位", Instant.now()));

        await().atMost(Duration.ofSeconds(30)).until(() -> count("event_id = ?", marker) == 1);
        assertThat(count("event_id = ?", eventId)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select payload from audit_log where event_id = ?", String.class, eventId))
                .contains("示范单位");
        assertThat(jdbc.queryForObject("select count(distinct record_offset) from audit_log where subject = ?",
                Integer.class, unitId)).as("logged at the offset it was first delivered at").isEqualTo(1);
    }

    @Test
    void aRecordWithoutAnEnvelopeIsStillLoggedOnceUnderItsPosition() {
        String key = "K-" + UUID.randomUUID();
        events.publishRaw(Topics.BANK_SETTLEMENT, key, "{\"note\":\"no headers\"}");
        await().atMost(Duration.ofSeconds(30)).until(() -> count("subject = ?", key) == 1);
        AuditEntry entry = jdbc.queryForObject("select " + AuditEntries.ENTRY_COLUMNS + " from audit_log where subject = ?",
                AuditEntries.ENTRY, key);
        assertThat(entry.eventId()).isEqualTo("kafka:bank.settlement/" + entry.partition() + "@" + entry.offset());
        assertThat(entry.eventType()).isEqualTo("unknown");
    }

    @Test
    void eachEntryCommitsToTheOneBeforeIt() {
        String subject = "U-" + UUID.randomUUID();
        for (int i = 0; i < 5; i++) {
            events.publish(new UnitEnrolled(subject, "91420100MA4K000019", "单位" + i, Instant.now()));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> count("subject = ?", subject) == 5);
        List<AuditEntry> entries = jdbc.query("select " + AuditEntries.ENTRY_COLUMNS
                + " from audit_log where sequence_no > (select min(sequence_no) from audit_log where subject = ?) - 1"
                + " order by sequence_no", AuditEntries.ENTRY, subject);
        for (int i = 1; i < entries.size(); i++) {
            AuditEntry entry = entries.get(i);
            assertThat(entry.sequenceNo()).isEqualTo(entries.get(i - 1).sequenceNo() + 1);
            assertThat(entry.previousHash()).isEqualTo(entries.get(i - 1).entryHash());
            assertThat(entry.entryHash()).isEqualTo(EntryHash.of(entry.previousHash(), entry));
        }
        assertThat(verify().get("intact").asBoolean()).isTrue();
    }

    @Test
    void anEditedEntryIsCaughtByVerifyAtItsNumber() {
        String subject = "U-" + UUID.randomUUID();
        events.publish(new UnitEnrolled(subject, "91420100MA4K000019", "原单位名称", Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> count("subject = ?", subject) == 1);
        long sequenceNo = jdbc.queryForObject("select sequence_no from audit_log where subject = ?", Long.class, subject);
        String original = jdbc.queryForObject("select payload from audit_log where subject = ?", String.class, subject);
        tamper("update audit_log set payload = replace(payload, '原单位名称', '改过的名称') where sequence_no = " + sequenceNo);
        try {
            JsonNode report = verify();
            assertThat(report.get("intact").asBoolean()).isFalse();
            assertThat(report.get("firstBrokenSequenceNo").asLong()).isEqualTo(sequenceNo);
            assertThat(report.get("problem").asText()).contains("第 " + sequenceNo + " 条记录的内容与其哈希不符");
        } finally {
            tamper("update audit_log set payload = '" + original.replace("'", "''") + "' where sequence_no = " + sequenceNo);
        }
        assertThat(verify().get("intact").asBoolean()).isTrue();
    }

    @Test
    void aRemovedEntryIsCaughtByVerifyAsAMissingNumber() {
        String subject = "U-" + UUID.randomUUID();
        events.publish(new UnitEnrolled(subject, "91420100MA4K000019", "将被删除", Instant.now()));
        String after = events.publish(new UnitEnrolled(subject + "-next", "91420100MA4K000019", "其后", Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> count("event_id = ?", after) == 1);
        long sequenceNo = jdbc.queryForObject("select sequence_no from audit_log where subject = ?", Long.class, subject);
        String kept = "removed_" + sequenceNo;
        jdbc.execute("create table " + kept + " as select * from audit_log where sequence_no = " + sequenceNo);
        tamper("delete from audit_log where sequence_no = " + sequenceNo);
        try {
            JsonNode report = verify();
            assertThat(report.get("intact").asBoolean()).isFalse();
            assertThat(report.get("firstBrokenSequenceNo").asLong()).isEqualTo(sequenceNo);
            assertThat(report.get("problem").asText()).contains("缺少第 " + sequenceNo + " 条记录");
        } finally {
            jdbc.execute("insert into audit_log select * from " + kept);
            jdbc.execute("drop table " + kept);
        }
        assertThat(verify().get("intact").asBoolean()).isTrue();
    }

    @Test
    void theLogRefusesToBeEditedOrShortened() {
        String subject = "U-" + UUID.randomUUID();
        events.publish(new UnitEnrolled(subject, "91420100MA4K000019", "示范单位", Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> count("subject = ?", subject) == 1);
        assertThatThrownBy(() -> jdbc.update("update audit_log set payload = 'tampered' where subject = ?", subject))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_log where subject = ?", subject))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("truncate audit_log")).hasMessageContaining("append-only");
        assertThat(count("subject = ?", subject)).isEqualTo(1);
    }

    @Test
    void opsFindATransactionsEntriesByUnitTransactionTypeAndTime() {
        RemittanceStory story = new RemittanceStory(Instant.parse("2026-11-20T02:00:00Z"));
        asOf(story, story.entered());
        asOf(story, story.submitted());
        asOf(story, story.reviewed(SettlementMethod.ENTRUSTED_COLLECTION));
        Instant reviewedAt = story.now();
        asOf(story, story.debitInstructed("I-" + story.orderId));
        String answered = asOf(story, story.debitAnswered("I-" + story.orderId, DebitOutcome.SUCCEEDED, "扣款成功"));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                page("transaction=" + story.auditNumber).get("entries").size() == 5);

        AuditApi api = new AuditApi(http);
        assertThat(types(page("unit=" + story.unitId))).containsExactlyInAnyOrder("remittance.RemittanceEntered.v1",
                "remittance.RemittanceSubmittedForReview.v1", "remittance.RemittanceReviewed.v1",
                "bank.instruction.DebitInstructed.v1", "bank.settlement.DebitAnswered.v1");
        JsonNode bankAnswers = page("unit=" + story.unitId + "&type=bank.settlement.DebitAnswered");
        assertThat(bankAnswers.get("entries").size()).isEqualTo(1);
        assertThat(bankAnswers.get("entries").get(0).get("eventId").asText()).isEqualTo(answered);
        assertThat(bankAnswers.get("entries").get(0).get("unitId").isNull()).as("the bank names no unit").isTrue();
        JsonNode window = page("transaction=" + story.orderId + "&from=" + reviewedAt + "&to=" + reviewedAt.plusSeconds(1));
        assertThat(types(window)).containsExactly("remittance.RemittanceReviewed.v1");

        JsonNode first = page("unit=" + story.unitId + "&size=2");
        assertThat(first.get("entries").size()).isEqualTo(2);
        JsonNode rest = page("unit=" + story.unitId + "&size=10&after=" + first.get("next").asLong());
        assertThat(rest.get("entries").size()).isEqualTo(3);
        assertThat(rest.get("next").isNull()).isTrue();

        ResponseEntity<String> asOperator = api.get(AuditApi.operatorOf(story.unitId), "/api/audit/ops/log?unit=" + story.unitId);
        assertThat(asOperator.getStatusCode().value()).as("unit operators never read the log").isEqualTo(403);
    }

    @Test
    void opsExportTheLogAsNdjsonOrAsCsvThatExcelOpens() {
        RemittanceStory story = new RemittanceStory();
        events.publish(story.entered());
        events.publish(story.submitted());
        await().atMost(Duration.ofSeconds(30)).until(() -> page("unit=" + story.unitId).get("entries").size() == 2);
        AuditApi api = new AuditApi(http);

        ResponseEntity<String> ndjson = api.get(AuditApi.ops(), "/api/audit/ops/log/export?unit=" + story.unitId);
        assertThat(ndjson.getHeaders().getContentType().toString()).startsWith("application/x-ndjson");
        String[] lines = ndjson.getBody().split("\n");
        assertThat(lines).hasSize(2);
        assertThat(AuditApi.parse(lines[0]).get("eventType").asText()).isEqualTo("remittance.RemittanceEntered.v1");

        ResponseEntity<byte[]> csv = http.exchange("/api/audit/ops/log/export?format=csv&unit=" + story.unitId,
                HttpMethod.GET, new HttpEntity<>(bearer()), byte[].class);
        byte[] bytes = csv.getBody();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text.split("\r\n")).hasSize(3);
        assertThat(text).startsWith("sequence_no,event_id,event_type").contains(story.orderId);

        ResponseEntity<String> wrong = api.get(AuditApi.ops(), "/api/audit/ops/log/export?format=xlsx");
        assertThat(wrong.getStatusCode().value()).isEqualTo(400);
        assertThat(AuditApi.parse(wrong.getBody()).get("title").asText()).isEqualTo("导出格式不正确");
    }

    /** Published with its business time as its envelope time, as the services do. */
    private static String asOf(RemittanceStory story, IntegrationEvent event) {
        return events.publish(event, UUID.randomUUID().toString(), story.now());
    }

    private HttpHeaders bearer() {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(AuditApi.ops());
        return headers;
    }

    private JsonNode page(String query) {
        AuditApi api = new AuditApi(http);
        return api.json(api.get(AuditApi.ops(), "/api/audit/ops/log?" + query));
    }

    private static List<String> types(JsonNode page) {
        List<String> types = new ArrayList<>();
        page.get("entries").forEach(entry -> types.add(entry.get("eventType").asText()));
        return types;
    }

    private JsonNode verify() {
        AuditApi api = new AuditApi(http);
        return api.json(api.post(AuditApi.ops(), "/api/audit/ops/log/verify", ""));
    }

    /** What a tamperer with database rights does: switch the guard off, change the row, switch it on. */
    private void tamper(String statement) {
        jdbc.execute("alter table audit_log disable trigger audit_log_no_update_or_delete");
        try {
            jdbc.execute(statement);
        } finally {
            jdbc.execute("alter table audit_log enable trigger audit_log_no_update_or_delete");
        }
    }

    private int count(String condition, String value) {
        return jdbc.queryForObject("select count(*) from audit_log where " + condition, Integer.class, value);
    }
}
