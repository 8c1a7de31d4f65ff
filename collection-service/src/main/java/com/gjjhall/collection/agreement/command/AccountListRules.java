package com.gjjhall.collection.agreement.command;

import com.gjjhall.collection.CollectionError;
import com.gjjhall.collection.shared.PayerAccountDetails;
import com.gjjhall.servicekit.errors.BusinessException;
import com.gjjhall.servicekit.errors.FieldProblem;
import com.gjjhall.servicekit.errors.PlatformError;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What an agreement's payer accounts may become (FAQ 三.10: added step by step, never more than 3). A
 * replacing account takes the place, and so the debit order, of the account it replaces.
 */
final class AccountListRules {

    static final int MAX_ACCOUNTS = 3;

    private AccountListRules() {
    }

    static List<PayerAccountDetails> afterChange(List<PayerAccountDetails> current, List<PayerAccountDetails> added,
                                                 List<String> replaced) {
        if (added.isEmpty()) {
            throw new BusinessException(PlatformError.INVALID_INPUT, "请输入付款账户",
                    List.of(FieldProblem.of("付款账户", "请输入付款账户")));
        }
        Set<String> currentNumbers = new HashSet<>();
        current.forEach(a -> currentNumbers.add(a.accountNumber()));
        for (String number : replaced) {
            if (!currentNumbers.contains(number)) {
                throw refused(CollectionError.ACCOUNT_NOT_IN_AGREEMENT, "被替换账号");
            }
        }
        Set<String> kept = new HashSet<>(currentNumbers);
        kept.removeAll(replaced);
        Set<String> seen = new HashSet<>();
        for (PayerAccountDetails account : added) {
            if (kept.contains(account.accountNumber()) || !seen.add(account.accountNumber())) {
                throw refused(CollectionError.ACCOUNT_ALREADY_REGISTERED, "付款账号");
            }
        }
        List<PayerAccountDetails> result = new ArrayList<>();
        List<PayerAccountDetails> incoming = new ArrayList<>(added);
        for (PayerAccountDetails account : current) {
            if (!replaced.contains(account.accountNumber())) {
                result.add(account);
            } else if (!incoming.isEmpty()) {
                result.add(incoming.remove(0));
            }
        }
        result.addAll(incoming);
        if (result.size() > MAX_ACCOUNTS) {
            throw refused(CollectionError.TOO_MANY_ACCOUNTS, "付款账户");
        }
        return List.copyOf(result);
    }

    static List<PayerAccountDetails> afterCancelling(List<PayerAccountDetails> current, List<String> cancelled) {
        Set<String> currentNumbers = new HashSet<>();
        current.forEach(a -> currentNumbers.add(a.accountNumber()));
        if (cancelled.isEmpty() || !currentNumbers.containsAll(cancelled)) {
            throw refused(CollectionError.ACCOUNT_NOT_IN_AGREEMENT, "取消账号");
        }
        List<PayerAccountDetails> remaining = current.stream().filter(a -> !cancelled.contains(a.accountNumber())).toList();
        if (remaining.isEmpty()) {
            throw new BusinessException(CollectionError.LAST_ACCOUNT);
        }
        return remaining;
    }

    private static BusinessException refused(CollectionError error, String field) {
        return new BusinessException(error, error.message(), List.of(FieldProblem.of(field, error.message())));
    }
}
