package com.gjjhall.testkit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;

import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@WithRealInfrastructure(database = "probe")
class RealInfrastructureTest {

    @Test
    void givesSpringTheRealServersAddresses(Infrastructure infrastructure) {
        assertThat(System.getProperty("spring.datasource.url")).isEqualTo(infrastructure.jdbcUrl("probe"));
        assertThat(System.getProperty("spring.kafka.bootstrap-servers")).isEqualTo(infrastructure.kafkaBootstrapServers());
    }

    @Test
    void theDatabaseIsARealPostgresqlServer(Infrastructure infrastructure) throws Exception {
        try (var c = DriverManager.getConnection(infrastructure.jdbcUrl("probe"), infrastructure.username(), infrastructure.password())) {
            ResultSet rs = c.createStatement().executeQuery("select version()");
            rs.next();
            assertThat(rs.getString(1)).startsWith("PostgreSQL");
        }
    }

    @Test
    void theBrokerIsARealKafkaBroker(Infrastructure infrastructure) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers()))) {
            assertThat(admin.describeCluster().nodes().get()).hasSize(1);
        }
    }

    @Test
    void testTokensVerifyAgainstTheServedKeySetAndCarryTheUnit() throws Exception {
        String token = TestTokens.get().issue("OP1", "U1", "OPERATOR");
        var keys = com.nimbusds.jose.jwk.JWKSet.load(java.net.URI.create(TestTokens.get().jwksUri()).toURL());
        var jwt = com.nimbusds.jwt.SignedJWT.parse(token);
        var key = (com.nimbusds.jose.jwk.ECKey) keys.getKeyByKeyId(jwt.getHeader().getKeyID());
        assertThat(jwt.verify(new com.nimbusds.jose.crypto.ECDSAVerifier(key))).isTrue();
        assertThat(jwt.getJWTClaimsSet().getStringClaim("unit")).isEqualTo("U1");
        assertThat(System.getProperty("gjj.tokens.jwks-uri")).isEqualTo(TestTokens.get().jwksUri());
    }

    @Test
    void aMistypedChoiceIsRefusedRatherThanGuessed() {
        String before = System.getProperty("gjj.test.infra");
        System.setProperty("gjj.test.infra", "docker");
        try {
            assertThatThrownBy(RealInfrastructure::choice).hasMessageContaining("auto, containers or embedded");
        } finally {
            if (before == null) {
                System.clearProperty("gjj.test.infra");
            } else {
                System.setProperty("gjj.test.infra", before);
            }
        }
    }
}
