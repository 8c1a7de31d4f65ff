package com.gjjhall.identity.unit;

import com.gjjhall.identity.IdentityError;
import com.gjjhall.servicekit.errors.BusinessException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.Instant;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A unit (单位) that does its fund business online. */
@Aggregate
public class Unit {

    @AggregateIdentifier
    private String unitId;
    private String creditCode;
    private String unitName;
    private boolean opened;

    protected Unit() {
    }

    @CommandHandler
    public Unit(EnrolUnitCommand command, UnitCodeClaims claims, Clock clock) {
        claims.claim(command.code(), command.unitId());
        apply(new UnitEnrolled(command.unitId(), command.code().value(), command.unitName(), clock.instant()));
    }

    /** The guide's steps in one: agreement signed, unit data confirmed, query password set. */
    @CommandHandler
    public Instant handle(OpenOnlineBusinessCommand command, ServiceAgreement agreement, QueryPasswords queryPasswords,
                          Clock clock) {
        if (opened) {
            throw new BusinessException(IdentityError.ONLINE_BUSINESS_ALREADY_OPENED);
        }
        if (!agreement.version().equals(command.agreementVersion())) {
            throw new BusinessException(IdentityError.AGREEMENT_NOT_SIGNED,
                    "服务协议已更新为" + agreement.version() + "版，请重新阅读并签署");
        }
        if (!creditCode.equals(command.confirmedCreditCode()) || !unitName.equals(command.confirmedUnitName())) {
            throw new BusinessException(IdentityError.UNIT_DATA_MISMATCH);
        }
        queryPasswords.set(unitId, command.queryPassword());
        Instant now = clock.instant();
        apply(new OnlineBusinessOpened(unitId, command.agreementVersion(), command.operatorId(),
                command.contactName(), command.contactMobile(), now));
        return now;
    }

    @EventSourcingHandler
    void on(UnitEnrolled event) {
        unitId = event.unitId();
        creditCode = event.unifiedSocialCreditCode();
        unitName = event.unitName();
    }

    @EventSourcingHandler
    void on(OnlineBusinessOpened event) {
        opened = true;
    }
}
