package com.gjjhall.remittance.shared;

import com.gjjhall.contracts.bank.CooperatingBank;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The fund's receiving account (公积金归集户) that a unit pays into by 网银转账 ({@code gjj.remittance.fund-account.*}).
 * It must be the account the bank credits the fund's transfers to (the bank simulator's
 * {@code gjj.bank.fund-account.*}), or a unit following the order page pays into the void.
 *
 * @param bank          the cooperating bank that holds it (收款行)
 * @param accountNumber 收款账号
 * @param accountName   收款户名
 */
@Validated
@ConfigurationProperties("gjj.remittance.fund-account")
public record FundAccount(@NotNull CooperatingBank bank, @NotBlank String accountNumber, @NotBlank String accountName) {
}
