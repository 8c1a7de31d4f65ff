package com.gjjhall.contracts;

import com.gjjhall.contracts.bank.AccountVerificationRequested;
import com.gjjhall.contracts.bank.AccountVerified;
import com.gjjhall.contracts.bank.CounterPaymentMethod;
import com.gjjhall.contracts.bank.CounterReceiptReported;
import com.gjjhall.contracts.bank.DebitAnswered;
import com.gjjhall.contracts.bank.DebitInstructed;
import com.gjjhall.contracts.bank.DebitOutcome;
import com.gjjhall.contracts.bank.DebitStatusQueried;
import com.gjjhall.contracts.bank.RefundCompleted;
import com.gjjhall.contracts.bank.RefundInstructed;
import com.gjjhall.contracts.bank.TransferReceived;
import com.gjjhall.contracts.bank.UnitBankSigningReported;
import com.gjjhall.contracts.bank.VerificationOutcome;

import java.util.List;

import static com.gjjhall.contracts.ContractExamples.AT;

final class BankExamples {

    static final List<IntegrationEvent> ALL = List.of(
            new DebitInstructed("I0001", "CCB", "4200000000000001", "示范单位（武汉）", 408_000, "20261102000017", "U0001", AT),
            new DebitStatusQueried("I0001", "CCB", AT),
            new RefundInstructed("I0002", "T0001", "ICBC", "3202000000000001", "示范单位", 408_000, "附言不是有效的审核单号", AT),
            new AccountVerificationRequested("V0001", "ICBC", "3202000000000001", "示范单位（武汉）", AT),
            new TransferReceived("T0001", "ICBC", "3202000000000001", "示范单位", 408_000, "２０２６１１０２０００００１７", AT),
            new CounterReceiptReported("C0001", "ABC", "20261102000017", 408_000, CounterPaymentMethod.CHEQUE, AT),
            new DebitAnswered("I0001", "CCB", DebitOutcome.SIGNING_REQUIRED, "结算失败[收方账号和付方账号未进行收款签约]", AT),
            new RefundCompleted("I0002", "T0001", "ICBC", 408_000, AT),
            new AccountVerified("V0001", "ICBC", "3202000000000001", VerificationOutcome.NAME_MISMATCH, "扣款户名不一致", AT),
            new UnitBankSigningReported("CCB", "4200000000000001", AT));

    private BankExamples() {
    }
}
