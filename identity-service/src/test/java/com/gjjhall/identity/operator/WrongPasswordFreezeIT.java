package com.gjjhall.identity.operator;

import com.fasterxml.jackson.databind.JsonNode;
import com.gjjhall.identity.support.Hall;
import com.gjjhall.identity.support.IdentityServiceTest;
import com.gjjhall.testkit.MutableClock;
import com.gjjhall.identity.support.PublishedEvents;
import com.gjjhall.identity.support.TestKey;
import com.gjjhall.softkey.KeyAlgorithm;
import com.gjjhall.testkit.Infrastructure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import static com.gjjhall.identity.support.Hall.PASSWORD;
import static com.gjjhall.identity.support.Hall.title;
import static com.gjjhall.identity.support.PublishedEvents.has;
import static org.assertj.core.api.Assertions.assertThat;

/** 5 wrong passwords a day are allowed, the 6th freezes until 00:00 Asia/Shanghai, the next day it is over. */
@IdentityServiceTest
class WrongPasswordFreezeIT {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    TestRestTemplate http;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void theSixthWrongPasswordFreezesTheOperatorUntilTheNextDay(Infrastructure infrastructure) {
        Hall hall = new Hall(http);
        String loginName = Hall.newLoginName("freeze");
        String operatorId = hall.registerOperator(hall.enrolUnit("冻结测试单位"), loginName);
        TestKey key = hall.issueForOwnKey(operatorId, KeyAlgorithm.SM2);
        LocalDate tomorrow = LocalDate.now(SHANGHAI).plusDays(1);
        clock.travelTo(tomorrow.atTime(LocalTime.of(22, 0)).atZone(SHANGHAI).toInstant());

        for (int wrong = 1; wrong <= 5; wrong++) {
            ResponseEntity<JsonNode> refused = hall.login(loginName, "wrong-" + wrong, key);
            assertThat(title(refused)).isEqualTo("登录密码错误");
            assertThat(refused.getBody().get("detail").asText()).isEqualTo("登录密码错误，再输错" + (6 - wrong) + "次将暂时冻结");
        }
        ResponseEntity<JsonNode> sixth = hall.login(loginName, "wrong-6", key);
        assertThat(title(sixth)).isEqualTo("用户已暂时冻结");
        assertThat(sixth.getBody().get("detail").asText()).contains(tomorrow.plusDays(1) + " 00:00");
        assertThat(title(hall.login(loginName, PASSWORD, key))).as("even the right password").isEqualTo("用户已暂时冻结");

        clock.travelTo(tomorrow.plusDays(1).atTime(LocalTime.of(0, 0, 5)).atZone(SHANGHAI).toInstant());
        ResponseEntity<JsonNode> nextDay = hall.login(loginName, PASSWORD, key);
        assertThat(nextDay.getStatusCode().value()).as(String.valueOf(nextDay.getBody())).isEqualTo(201);
        assertThat(jdbc.queryForObject("select count(*) from snapshotevententry where aggregateidentifier = ?",
                Integer.class, operatorId)).as("the freeze was kept across snapshots").isPositive();

        Instant midnight = tomorrow.plusDays(1).atStartOfDay(SHANGHAI).toInstant();
        PublishedEvents.awaitFor(infrastructure, operatorId,
                has("identity.LoginFailed.v1", body -> body.get("wrongPasswordsToday").asInt() == 6),
                has("identity.OperatorFrozen.v1", body -> Instant.parse(body.get("frozenUntil").asText()).equals(midnight)),
                has("identity.OperatorUnfrozen.v1", body -> body.get("reason").asText().equals("EXPIRED")),
                has("identity.LoginSucceeded.v1"));
    }

    @Test
    void aCorrectLoginForgivesTheWrongPasswordsBeforeIt() {
        Hall hall = new Hall(http);
        String loginName = Hall.newLoginName("forgive");
        TestKey key = hall.issueForOwnKey(hall.registerOperator(hall.enrolUnit("计数测试单位"), loginName), KeyAlgorithm.ECDSA_P256);
        for (int wrong = 1; wrong <= 5; wrong++) {
            hall.login(loginName, "wrong-" + wrong, key);
        }
        assertThat(hall.login(loginName, PASSWORD, key).getStatusCode().value()).isEqualTo(201);
        ResponseEntity<JsonNode> again = hall.login(loginName, "wrong-again", key);
        assertThat(again.getBody().get("detail").asText()).isEqualTo("登录密码错误，再输错5次将暂时冻结");
    }
}
