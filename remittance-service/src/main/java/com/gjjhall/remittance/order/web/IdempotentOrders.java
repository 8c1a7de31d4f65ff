package com.gjjhall.remittance.order.web;

import com.gjjhall.remittance.RemittanceError;
import com.gjjhall.remittance.order.command.ClientRequests;
import com.gjjhall.remittance.order.command.RepeatedRequest;
import com.gjjhall.servicekit.errors.BusinessException;
import com.gjjhall.servicekit.errors.FieldProblem;
import com.gjjhall.servicekit.errors.PlatformError;
import com.gjjhall.servicekit.security.CurrentOperator;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs an order command under the request's client key: a key seen before returns the first request's
 * outcome (never a second payment), a key used for something else is refused.
 */
@Component
public class IdempotentOrders {

    private final ClientRequests requests;
    private final CommandGateway commands;

    public IdempotentOrders(ClientRequests requests, CommandGateway commands) {
        this.requests = requests;
        this.commands = commands;
    }

    /** The first outcome of {@code clientKey}, when it was used for {@code operation} on {@code orderId} before. */
    public Optional<RequestOutcome> replay(CurrentOperator caller, String clientKey, String operation,
                                                     String orderId) {
        requireKey(clientKey);
        return requests.find(caller.unitId(), clientKey).map(first -> checked(first, operation, orderId));
    }

    /**
     * @param orderId the order the command is about; null for entering a new order
     * @param command made only when the key is new (its checks and reads are skipped for a repeat)
     */
    public RequestOutcome run(CurrentOperator caller, String clientKey, String operation, String orderId,
                              Supplier<Object> command) {
        var first = replay(caller, clientKey, operation, orderId);
        if (first.isPresent()) {
            return first.get();
        }
        try {
            commands.sendAndWait(command.get());
        } catch (RepeatedRequest concurrentTwin) {
            return replay(caller, clientKey, operation, orderId).orElseThrow(() -> concurrentTwin);
        }
        return RequestOutcome.of(requests.find(caller.unitId(), clientKey).orElseThrow(), false);
    }

    private static RequestOutcome checked(ClientRequests.Outcome first, String operation, String orderId) {
        if (!first.operation().equals(operation) || (orderId != null && !first.orderId().equals(orderId))) {
            throw new BusinessException(RemittanceError.CLIENT_KEY_REUSED);
        }
        return RequestOutcome.of(first, true);
    }

    private static void requireKey(String clientKey) {
        if (clientKey == null || clientKey.isBlank() || clientKey.length() > 100) {
            throw new BusinessException(PlatformError.INVALID_INPUT, PlatformError.INVALID_INPUT.message(),
                    List.of(FieldProblem.of("clientKey", "必输字段不能为空")));
        }
    }
}
