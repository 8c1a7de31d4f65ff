package com.gjjhall.collection;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * collection-service's own settings ({@code gjj.collection.*}).
 *
 * @param bankAnswerTimeout  how long a bank request waits for its answer before it is asked about again
 * @param maxCheckInterval   the longest wait between two checks of a request the bank keeps not answering
 * @param bankWatchInterval  how often the unanswered requests are looked at
 * @param verificationWait   how long an application request waits for the bank's account checks
 */
@ConfigurationProperties("gjj.collection")
public record CollectionSettings(@DefaultValue("30s") Duration bankAnswerTimeout,
                                 @DefaultValue("10m") Duration maxCheckInterval,
                                 @DefaultValue("500ms") Duration bankWatchInterval,
                                 @DefaultValue("5s") Duration verificationWait) {
}
