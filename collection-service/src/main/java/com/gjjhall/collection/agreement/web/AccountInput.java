package com.gjjhall.collection.agreement.web;

import com.gjjhall.collection.CollectionError;
import com.gjjhall.collection.shared.PayerAccountDetails;
import com.gjjhall.contracts.bank.CooperatingBank;
import com.gjjhall.servicekit.errors.BusinessException;
import com.gjjhall.servicekit.errors.FieldProblem;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.ArrayList;
import java.util.List;

/**
 * A payer account as an operator or clerk types it. The name is kept exactly as typed apart from the
 * spaces around it: whether its brackets are full- or half-width is for the bank to judge.
 */
record AccountInput(@NotBlank(message = "必输字段不能为空") String bankCode,
                    @NotBlank(message = "必输字段不能为空") @Pattern(regexp = "\\s*[0-9A-Za-z-]{4,40}\\s*", message = "付款账号格式不正确") String accountNumber,
                    @NotBlank(message = "必输字段不能为空") @Size(max = 200, message = "扣款户名过长") String accountName) {

    static List<PayerAccountDetails> toAccounts(List<AccountInput> inputs) {
        List<PayerAccountDetails> accounts = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            AccountInput input = inputs.get(i);
            if (CooperatingBank.ofCode(input.bankCode()).isEmpty()) {
                throw new BusinessException(CollectionError.NOT_A_COOPERATING_BANK,
                        CollectionError.NOT_A_COOPERATING_BANK.message(),
                        List.of(new FieldProblem(i + 1, "开户银行", CollectionError.NOT_A_COOPERATING_BANK.message())));
            }
            accounts.add(new PayerAccountDetails(input.bankCode(), input.accountNumber().strip(), input.accountName().strip()));
        }
        return accounts;
    }
}
