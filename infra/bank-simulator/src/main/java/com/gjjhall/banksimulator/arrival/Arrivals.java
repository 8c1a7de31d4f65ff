package com.gjjhall.banksimulator.arrival;

import com.gjjhall.banksimulator.BankSimulatorError;
import com.gjjhall.banksimulator.Ids;
import com.gjjhall.banksimulator.account.AccountStatus;
import com.gjjhall.banksimulator.account.Accounts;
import com.gjjhall.banksimulator.account.BankAccount;
import com.gjjhall.banksimulator.account.FundAccount;
import com.gjjhall.banksimulator.settlement.SettlementPublisher;
import com.gjjhall.contracts.bank.CounterPaymentMethod;
import com.gjjhall.contracts.bank.CounterReceiptReported;
import com.gjjhall.contracts.bank.CooperatingBank;
import com.gjjhall.contracts.bank.TransferReceived;
import com.gjjhall.servicekit.errors.BusinessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Money arriving at the fund's account on the banks' side, each reported on {@code bank.settlement}: online
 * transfers (网银转账) carrying the payer's memo as written, and cash or cheque paid at a counter (现金/支票).
 */
@Service
class Arrivals {

    private final Accounts accounts;
    private final FundAccount fund;
    private final SettlementPublisher settlements;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    Arrivals(Accounts accounts, FundAccount fund, SettlementPublisher settlements, JdbcTemplate jdbc, Clock clock) {
        this.accounts = accounts;
        this.fund = fund;
        this.settlements = settlements;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * A payer in the simulated books pays from its balance; any other payer is a customer of a bank outside
     * the books. {@code deliveries} above 1 sends the arrival notice that many times, as banks sometimes do.
     */
    @Transactional
    TransferReceived transfer(String bankCode, String payerAccountNumber, String payerAccountName, long amountFen,
                              String memo, int deliveries) {
        requireCooperating(bankCode);
        String transferId = Ids.next("TR");
        Instant now = clock.instant();
        Optional<BankAccount> payer = accounts.lock(bankCode, payerAccountNumber);
        if (payer.isPresent()) {
            if (payer.get().status() != AccountStatus.NORMAL) {
                throw new BusinessException(BankSimulatorError.ACCOUNT_ABNORMAL);
            }
            if (!accounts.withdraw(bankCode, payerAccountNumber, amountFen, transferId, "网银转账 " + memo, now)) {
                throw new BusinessException(BankSimulatorError.INSUFFICIENT_BALANCE);
            }
        }
        fund.credit(amountFen, transferId, "网银转账 " + memo, now);
        jdbc.update("""
                insert into incoming_transfer (transfer_id, bank_code, payer_account_number, payer_account_name,
                                               amount_fen, memo, received_at) values (?, ?, ?, ?, ?, ?, ?)""",
                transferId, bankCode, payerAccountNumber, payerAccountName, amountFen, memo, Timestamp.from(now));
        TransferReceived notice = new TransferReceived(transferId, bankCode, payerAccountNumber, payerAccountName,
                amountFen, memo, now);
        settlements.notice(notice, deliveries);
        return notice;
    }

    @Transactional
    CounterReceiptReported counterReceipt(String bankCode, String auditNumber, long amountFen, CounterPaymentMethod method,
                                          int deliveries) {
        requireCooperating(bankCode);
        String receiptId = Ids.next("CR");
        Instant now = clock.instant();
        fund.credit(amountFen, receiptId, (method == CounterPaymentMethod.CASH ? "现金 " : "支票 ") + auditNumber, now);
        jdbc.update("""
                insert into counter_receipt (receipt_id, bank_code, audit_number, amount_fen, method, received_at)
                values (?, ?, ?, ?, ?, ?)""", receiptId, bankCode, auditNumber, amountFen, method.name(), Timestamp.from(now));
        CounterReceiptReported notice = new CounterReceiptReported(receiptId, bankCode, auditNumber, amountFen, method, now);
        settlements.notice(notice, deliveries);
        return notice;
    }

    private static void requireCooperating(String bankCode) {
        if (CooperatingBank.ofCode(bankCode).isEmpty()) {
            throw new BusinessException(BankSimulatorError.NOT_A_COOPERATING_BANK);
        }
    }
}
