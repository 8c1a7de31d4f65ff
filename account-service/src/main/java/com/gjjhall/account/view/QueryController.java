package com.gjjhall.account.view;

import com.gjjhall.account.shared.Operators;
import com.gjjhall.servicekit.security.CurrentOperator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** 基本信息查询: personal account, roster, ledgers and department summary, within the operator's own unit. */
@RestController
class QueryController {

    private final AccountQueries queries;
    private final UnitAccounts units;

    QueryController(AccountQueries queries, UnitAccounts units) {
        this.queries = queries;
        this.units = units;
    }

    @GetMapping("/api/account/employees/{account}")
    EmployeeView employee(@PathVariable String account, CurrentOperator caller) {
        return queries.employee(Operators.unitOf(caller), account);
    }

    @GetMapping("/api/account/employees")
    Page<EmployeeView> roster(@RequestParam(required = false) String name,
                              @RequestParam(required = false) String idNumber,
                              @RequestParam(required = false) String status,
                              @RequestParam(required = false) String departmentId,
                              @RequestParam(required = false) Integer page,
                              @RequestParam(required = false) Integer size, CurrentOperator caller) {
        String unitId = Operators.unitOf(caller);
        units.require(unitId);
        return queries.roster(new RosterFilter(unitId, name, idNumber, status, departmentId), Page.page(page),
                Page.size(size));
    }

    @GetMapping("/api/account/employees/{account}/ledger")
    Page<AccountQueries.LedgerEntry> personalLedger(@PathVariable String account,
                                                    @RequestParam(required = false) Integer page,
                                                    @RequestParam(required = false) Integer size,
                                                    CurrentOperator caller) {
        return queries.personalLedger(Operators.unitOf(caller), account, Page.page(page), Page.size(size));
    }

    @GetMapping("/api/account/unit/ledger")
    Page<AccountQueries.LedgerEntry> unitLedger(@RequestParam(required = false) Integer page,
                                                @RequestParam(required = false) Integer size, CurrentOperator caller) {
        String unitId = Operators.unitOf(caller);
        units.require(unitId);
        return queries.unitLedger(unitId, Page.page(page), Page.size(size));
    }

    @GetMapping("/api/account/unit/departments/summary")
    List<AccountQueries.DepartmentSummary> departmentSummary(CurrentOperator caller) {
        String unitId = Operators.unitOf(caller);
        units.require(unitId);
        return queries.departmentSummary(unitId);
    }
}
