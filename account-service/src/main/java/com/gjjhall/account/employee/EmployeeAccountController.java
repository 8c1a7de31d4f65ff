package com.gjjhall.account.employee;

import com.gjjhall.account.AccountError;
import com.gjjhall.account.shared.AccountCommands;
import com.gjjhall.account.shared.FieldChecks;
import com.gjjhall.account.shared.IdNumber;
import com.gjjhall.account.shared.Invalid;
import com.gjjhall.account.shared.Months;
import com.gjjhall.account.shared.Operators;
import com.gjjhall.account.shared.PersonName;
import com.gjjhall.account.shared.PhoneNumber;
import com.gjjhall.account.shared.Yuan;
import com.gjjhall.account.view.AccountQueries;
import com.gjjhall.account.view.EmployeeView;
import com.gjjhall.servicekit.errors.BusinessException;
import com.gjjhall.servicekit.security.CurrentOperator;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.YearMonth;

/**
 * 个人账户管理: each change is entered by one operator of the unit and takes effect at once; the answer is the
 * account as every query now shows it.
 */
@RestController
class EmployeeAccountController {

    record OpeningRequest(String idNumber, String name, String mobile, String departmentId, String base,
                          String startMonth) {
    }

    record TransferRequest(String idNumber, String departmentId) {
    }

    record SealRequest(String reason) {
    }

    record UnsealRequest(String base, String startMonth) {
    }

    record BaseRequest(String base, String effectiveMonth) {
    }

    record InfoRequest(String name, String mobile) {
    }

    record UpgradeRequest(String newIdNumber) {
    }

    record DepartmentRequest(String departmentId) {
    }

    private final AccountCommands commands;
    private final AccountQueries queries;
    private final IdNumberClaims claims;
    private final PersonalAccountNumbers numbers;

    EmployeeAccountController(AccountCommands commands, AccountQueries queries, IdNumberClaims claims,
                              PersonalAccountNumbers numbers) {
        this.commands = commands;
        this.queries = queries;
        this.claims = claims;
        this.numbers = numbers;
    }

    @PostMapping("/api/account/employees")
    @ResponseStatus(HttpStatus.CREATED)
    EmployeeView open(@RequestBody OpeningRequest request, CurrentOperator caller) {
        String unitId = Operators.unitOf(caller);
        FieldChecks checks = new FieldChecks();
        IdNumber idNumber = checks.read(() -> new IdNumber(request.idNumber()));
        PersonName name = checks.read(() -> new PersonName(request.name()));
        PhoneNumber mobile = blank(request.mobile()) ? null : checks.read(() -> PhoneNumber.mobile("手机号码", request.mobile()));
        Long base = checks.read(() -> Yuan.toFen("缴存基数", request.base()));
        YearMonth start = checks.read(() -> Months.parse("起缴年月", request.startMonth()));
        checks.done();
        if (claims.accountOf(idNumber).isPresent()) {
            throw new BusinessException(AccountError.ID_NUMBER_HAS_ACCOUNT);
        }
        String account = numbers.next();
        commands.employee(new OpenEmployeeAccountCommand(account, unitId, idNumber, name, mobile,
                blankToNull(request.departmentId()), base, start));
        return queries.employee(unitId, account);
    }

    /** 职工转移: found by ID number, the account arrives sealed; 启封 sets its base here. */
    @PostMapping("/api/account/employees/transfers")
    EmployeeView transferIn(@RequestBody TransferRequest request, CurrentOperator caller) {
        String unitId = Operators.unitOf(caller);
        IdNumber idNumber = new IdNumber(request.idNumber());
        String account = claims.accountOf(idNumber)
                .orElseThrow(() -> new BusinessException(AccountError.ID_NUMBER_HAS_NO_ACCOUNT));
        commands.employee(new TransferInCommand(account, unitId, blankToNull(request.departmentId())));
        return queries.employee(unitId, account);
    }

    @PostMapping("/api/account/employees/{account}/seal")
    EmployeeView seal(@PathVariable String account, @RequestBody SealRequest request, CurrentOperator caller) {
        String unitId = Operators.unitOf(caller);
        String reason = blank(request.reason()) ? null : request.reason().strip();
        if (reason == null || reason.length() > 100) {
            throw Invalid.field("封存原因", reason == null ? "必输字段不能为空" : "不能超过100个字");
        }
        commands.employee(new SealEmployeeAccountCommand(account, unitId, reason));
        return queries.employee(unitId, account);
    }

    @PostMapping("/api/account/employees/{account}/unseal")
    EmployeeView unseal(@PathVariable String account, @RequestBody UnsealRequest request, CurrentOperator caller) {
        String unitId = Operators.unitOf(caller);
        FieldChecks checks = new FieldChecks();
        Long base = checks.read(() -> Yuan.toFen("缴存基数", request.base()));
        YearMonth start = checks.read(() -> Months.parse("起缴年月", request.startMonth()));
        checks.done();
        commands.employee(new UnsealEmployeeAccountCommand(account, unitId, base, start));
        return queries.employee(unitId, account);
    }

    @PutMapping("/api/account/employees/{account}/base")
    EmployeeView adjustBase(@PathVariable String account, @RequestBody BaseRequest request, CurrentOperator caller) {
        String unitId = Operators.unitOf(caller);
        FieldChecks checks = new FieldChecks();
        Long base = checks.read(() -> Yuan.toFen("缴存基数", request.base()));
        YearMonth effective = blank(request.effectiveMonth()) ? null
                : checks.read(() -> Months.parse("生效年月", request.effectiveMonth()));
        checks.done();
        commands.employee(new AdjustContributionBaseCommand(account, unitId, base, effective));
        return queries.employee(unitId, account);
    }

    @PutMapping("/api/account/employees/{account}/personal-info")
    EmployeeView changeInfo(@PathVariable String account, @RequestBody InfoRequest request, CurrentOperator caller) {
        String unitId = Operators.unitOf(caller);
        FieldChecks checks = new FieldChecks();
        PersonName name = checks.read(() -> new PersonName(request.name()));
        PhoneNumber mobile = blank(request.mobile()) ? null : checks.read(() -> PhoneNumber.mobile("手机号码", request.mobile()));
        checks.done();
        commands.employee(new ChangePersonalInfoCommand(account, unitId, name, mobile));
        return queries.employee(unitId, account);
    }

    @PostMapping("/api/account/employees/{account}/id-upgrade")
    EmployeeView upgradeIdNumber(@PathVariable String account, @RequestBody(required = false) UpgradeRequest request,
                                 CurrentOperator caller) {
        String unitId = Operators.unitOf(caller);
        IdNumber confirmation = request == null || blank(request.newIdNumber()) ? null : new IdNumber(request.newIdNumber());
        if (confirmation != null && confirmation.isLegacy()) {
            throw Invalid.field(IdNumber.FIELD, "升位后的号码须为18位");
        }
        commands.employee(new UpgradeIdNumberCommand(account, unitId, confirmation));
        return queries.employee(unitId, account);
    }

    @PutMapping("/api/account/employees/{account}/department")
    EmployeeView move(@PathVariable String account, @RequestBody DepartmentRequest request, CurrentOperator caller) {
        String unitId = Operators.unitOf(caller);
        commands.employee(new MoveToDepartmentCommand(account, unitId, blankToNull(request.departmentId())));
        return queries.employee(unitId, account);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String blankToNull(String value) {
        return blank(value) ? null : value.strip();
    }
}
