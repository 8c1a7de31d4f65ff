package com.gjjhall.account.unit;

import com.gjjhall.account.shared.AccountCommands;
import com.gjjhall.account.shared.ContributionRate;
import com.gjjhall.account.shared.FieldChecks;
import com.gjjhall.account.shared.Invalid;
import com.gjjhall.account.shared.Months;
import com.gjjhall.account.shared.Operators;
import com.gjjhall.account.shared.PhoneNumber;
import com.gjjhall.account.view.UnitAccounts;
import com.gjjhall.servicekit.security.CurrentOperator;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/** Unit accounts (单位账户管理): a clerk opens them; the unit's operators maintain their own. */
@RestController
class UnitAccountController {

    record OpeningRequest(String unitId, String unitAccountNumber, String unitName, Integer unitRatePercent,
                          Integer personalRatePercent) {
    }

    record Opened(String unitId) {
    }

    record RatesRequest(Integer unitRatePercent, Integer personalRatePercent, String effectiveMonth) {
    }

    record InfoRequest(String address, String contactName, String contactPhone) {
    }

    record DepartmentRequest(String name) {
    }

    record DepartmentCreated(String departmentId) {
    }

    private final AccountCommands commands;
    private final UnitAccounts units;
    private final JdbcTemplate jdbc;

    UnitAccountController(AccountCommands commands, UnitAccounts units, JdbcTemplate jdbc) {
        this.commands = commands;
        this.units = units;
        this.jdbc = jdbc;
    }

    /** The unit's fund account exists at the centre before online business: a clerk opens it here with its rates. */
    @PreAuthorize("hasRole('CLERK')")
    @PostMapping("/api/account/units")
    @ResponseStatus(HttpStatus.CREATED)
    Opened open(@RequestBody OpeningRequest request, CurrentOperator caller) {
        FieldChecks checks = new FieldChecks();
        String unitId = checks.required("单位编号", request.unitId());
        String number = request.unitAccountNumber() == null || request.unitAccountNumber().isBlank() ? null
                : checks.read(() -> accountNumber(request.unitAccountNumber()));
        ContributionRate unitRate = checks.read(() -> ContributionRate.of("单位缴存比例", request.unitRatePercent()));
        ContributionRate personalRate = checks.read(() -> ContributionRate.of("个人缴存比例", request.personalRatePercent()));
        String name = request.unitName() != null && !request.unitName().isBlank() ? request.unitName().strip()
                : unitId == null ? null : enrolledName(unitId);
        if (name == null) {
            checks.required("单位名称", null);
        }
        checks.done();
        commands.unit(new OpenUnitAccountCommand(unitId, number, name, unitRate, personalRate));
        return new Opened(unitId);
    }

    @GetMapping("/api/account/unit")
    UnitAccounts.UnitView unit(CurrentOperator caller) {
        return units.require(Operators.unitOf(caller));
    }

    @PutMapping("/api/account/unit/rates")
    UnitAccounts.UnitView changeRates(@RequestBody RatesRequest request, CurrentOperator caller) {
        String unitId = Operators.unitOf(caller);
        FieldChecks checks = new FieldChecks();
        ContributionRate unitRate = checks.read(() -> ContributionRate.of("单位缴存比例", request.unitRatePercent()));
        ContributionRate personalRate = checks.read(() -> ContributionRate.of("个人缴存比例", request.personalRatePercent()));
        YearMonth month = checks.read(() -> Months.parse("生效年月", request.effectiveMonth()));
        checks.done();
        commands.unit(new ChangeUnitRatesCommand(unitId, unitRate, personalRate, month));
        return units.require(unitId);
    }

    @PutMapping("/api/account/unit/info")
    UnitAccounts.UnitView changeInfo(@RequestBody InfoRequest request, CurrentOperator caller) {
        String unitId = Operators.unitOf(caller);
        FieldChecks checks = new FieldChecks();
        String address = checks.read(() -> text("单位地址", request.address(), 200));
        String contact = checks.read(() -> text("联系人", request.contactName(), 60));
        PhoneNumber phone = checks.read(() -> new PhoneNumber(request.contactPhone()));
        checks.done();
        commands.unit(new ChangeUnitInfoCommand(unitId, address, contact, phone));
        return units.require(unitId);
    }

    @GetMapping("/api/account/unit/departments")
    List<UnitAccounts.Department> departments(CurrentOperator caller) {
        String unitId = Operators.unitOf(caller);
        units.require(unitId);
        return units.departments(unitId);
    }

    @PostMapping("/api/account/unit/departments")
    @ResponseStatus(HttpStatus.CREATED)
    DepartmentCreated addDepartment(@RequestBody DepartmentRequest request, CurrentOperator caller) {
        String unitId = Operators.unitOf(caller);
        String id = "D" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
        commands.unit(new AddDepartmentCommand(unitId, id, departmentName(request)));
        return new DepartmentCreated(id);
    }

    @PutMapping("/api/account/unit/departments/{departmentId}")
    List<UnitAccounts.Department> renameDepartment(@PathVariable String departmentId,
                                                   @RequestBody DepartmentRequest request, CurrentOperator caller) {
        String unitId = Operators.unitOf(caller);
        commands.unit(new RenameDepartmentCommand(unitId, departmentId, departmentName(request)));
        return units.departments(unitId);
    }

    @DeleteMapping("/api/account/unit/departments/{departmentId}")
    List<UnitAccounts.Department> removeDepartment(@PathVariable String departmentId, CurrentOperator caller) {
        String unitId = Operators.unitOf(caller);
        commands.unit(new RemoveDepartmentCommand(unitId, departmentId));
        return units.departments(unitId);
    }

    @PostMapping("/api/account/unit/closure")
    UnitAccounts.UnitView close(CurrentOperator caller) {
        String unitId = Operators.unitOf(caller);
        commands.unit(new CloseUnitAccountCommand(unitId));
        return units.require(unitId);
    }

    private String enrolledName(String unitId) {
        return jdbc.queryForList("select unit_name from enrolled_unit where unit_id = ?", String.class, unitId)
                .stream().findFirst().orElse(null);
    }

    private static String departmentName(DepartmentRequest request) {
        String name = request.name() == null ? "" : request.name().strip();
        if (name.isEmpty() || name.length() > 60) {
            throw Invalid.field("部门名称", "须为1至60个字");
        }
        return name;
    }

    private static String accountNumber(String value) {
        if (!value.strip().matches("[0-9]{6,20}")) {
            throw Invalid.field("单位账号", "须为6至20位数字");
        }
        return value.strip();
    }

    private static String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw Invalid.field(field, "必输字段不能为空");
        }
        if (value.strip().length() > max) {
            throw Invalid.field(field, "不能超过" + max + "个字");
        }
        return value.strip();
    }
}
