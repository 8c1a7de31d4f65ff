package com.gjjhall.account.shared;

import com.gjjhall.account.AccountError;
import com.gjjhall.servicekit.errors.BusinessException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.stereotype.Component;

/** Sends a command and waits; an account that does not exist is a 404 in the documents' words, not a 500. */
@Component
public class AccountCommands {

    private final CommandGateway gateway;

    public AccountCommands(CommandGateway gateway) {
        this.gateway = gateway;
    }

    public void employee(Object command) {
        send(command, AccountError.EMPLOYEE_NOT_FOUND);
    }

    public void unit(Object command) {
        send(command, AccountError.UNIT_ACCOUNT_NOT_FOUND);
    }

    private void send(Object command, AccountError notFound) {
        try {
            gateway.sendAndWait(command);
        } catch (AggregateNotFoundException e) {
            throw new BusinessException(notFound);
        }
    }
}
