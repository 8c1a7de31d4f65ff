package com.gjjhall.remittance.order.query;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A failure to update the order view fails the command (Axon would otherwise log it and carry on). */
@Configuration
class OrderViewErrors {

    @Bean
    ConfigurerModule orderViewErrorsPropagate() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerListenerInvocationErrorHandler(OrderProjection.GROUP, c -> PropagatingErrorHandler.instance()));
    }
}
