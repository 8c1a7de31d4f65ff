package com.gjjhall.banksimulator.account;

import com.gjjhall.banksimulator.AdminAccess;
import com.gjjhall.banksimulator.instruction.ExecutedInstruction;
import com.gjjhall.banksimulator.instruction.ExecutedInstructions;
import com.gjjhall.servicekit.security.CurrentOperator;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The banks' accounts, as bank staff see them: open, change, sign, and read the ledger. */
@RestController
class AccountController {

    record OpenAccountRequest(@NotBlank(message = "必输字段不能为空") String bankCode,
                              @NotBlank(message = "必输字段不能为空") @Pattern(regexp = "[0-9A-Za-z-]{4,40}", message = "账号格式不正确") String accountNumber,
                              @NotBlank(message = "必输字段不能为空") @Size(max = 200) String accountName,
                              @NotNull(message = "必输字段不能为空") @PositiveOrZero(message = "金额不能为负数") Long balanceFen,
                              AccountStatus status) {
    }

    record ChangeAccountRequest(@Size(min = 1, max = 200) String accountName,
                                AccountStatus status,
                                @PositiveOrZero(message = "金额不能为负数") Long balanceFen) {
    }

    record AccountDetails(BankAccount account, List<AccountEntry> entries, List<ExecutedInstruction> instructions) {
    }

    private final AccountAdministration administration;
    private final Accounts accounts;
    private final ExecutedInstructions executed;

    AccountController(AccountAdministration administration, Accounts accounts, ExecutedInstructions executed) {
        this.administration = administration;
        this.accounts = accounts;
        this.executed = executed;
    }

    @PostMapping("/api/bank/accounts")
    @ResponseStatus(HttpStatus.CREATED)
    BankAccount open(@Valid @RequestBody OpenAccountRequest request, CurrentOperator caller) {
        AdminAccess.require(caller);
        return administration.open(request.bankCode(), request.accountNumber(), request.accountName(),
                request.balanceFen(), request.status());
    }

    @GetMapping("/api/bank/accounts")
    List<BankAccount> list(@RequestParam(required = false) String bankCode,
                           @RequestParam(defaultValue = "100") @Min(1) @Max(10_000) int limit, CurrentOperator caller) {
        AdminAccess.require(caller);
        return accounts.list(bankCode, limit);
    }

    @GetMapping("/api/bank/accounts/{bankCode}/{accountNumber}")
    AccountDetails one(@PathVariable String bankCode, @PathVariable String accountNumber, CurrentOperator caller) {
        AdminAccess.require(caller);
        return new AccountDetails(accounts.require(bankCode, accountNumber),
                accounts.entries(bankCode, accountNumber, 50), executed.ofAccount(bankCode, accountNumber, 50));
    }

    @PatchMapping("/api/bank/accounts/{bankCode}/{accountNumber}")
    BankAccount change(@PathVariable String bankCode, @PathVariable String accountNumber,
                       @Valid @RequestBody ChangeAccountRequest request, CurrentOperator caller) {
        AdminAccess.require(caller);
        return administration.change(bankCode, accountNumber, request.accountName(), request.status(), request.balanceFen());
    }

    /** The unit signed with the bank for collection (收款签约); the platform is told. */
    @PostMapping("/api/bank/accounts/{bankCode}/{accountNumber}/signing")
    @ResponseStatus(HttpStatus.CREATED)
    BankAccount sign(@PathVariable String bankCode, @PathVariable String accountNumber, CurrentOperator caller) {
        AdminAccess.require(caller);
        return administration.sign(bankCode, accountNumber);
    }
}
