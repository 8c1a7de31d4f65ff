package com.gjjhall.gateway.health;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/**
 * One service's health as ops' page shows it (服务状态).
 *
 * @param service   {@code identity-service}, …, {@code gateway-service}
 * @param status    the service's own word ({@code UP}, {@code DOWN}, {@code OUT_OF_SERVICE}, …); {@code DOWN} when it
 *                  did not answer in time or at all
 * @param latencyMs how long the answer took, or how long the gateway waited for none
 * @param details   what the service said beside its status, or why there was no answer ({@code error})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ServiceHealth(String service, String status, Instant checkedAt, long latencyMs, JsonNode details) {
}
