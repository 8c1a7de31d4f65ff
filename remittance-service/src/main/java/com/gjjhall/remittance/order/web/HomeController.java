package com.gjjhall.remittance.order.web;

import com.gjjhall.remittance.order.command.OrderState;
import com.gjjhall.remittance.order.query.OrderQueries;
import com.gjjhall.remittance.order.query.OrderView;
import com.gjjhall.servicekit.security.CurrentOperator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.List;

import static com.gjjhall.remittance.order.web.Operators.requireOperator;

/**
 * The home page's to-do lists (FAQ 二.11): 可维护指令 the operator entered and may still change or submit,
 * 待复核指令 someone else entered that this operator may review, or review again because it failed
 * (重新复核, FAQ 二.15), and 委托收款 orders this operator reviewed that the bank's system failure left to
 * resubmit under the same audit number.
 */
@RestController
class HomeController {

    record Home(List<OrderView> toMaintain, List<OrderView> toReview, List<OrderView> toResubmit) {
    }

    private final OrderQueries queries;

    HomeController(OrderQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/remittance/home")
    Home home(CurrentOperator caller) {
        requireOperator(caller);
        String me = caller.operatorId();
        List<OrderView> toReview = new ArrayList<>(queries.ofUnit(caller.unitId(), OrderState.SUBMITTED));
        toReview.addAll(queries.ofUnit(caller.unitId(), OrderState.FAILED));
        return new Home(
                queries.ofUnit(caller.unitId(), OrderState.ENTERED).stream()
                        .filter(o -> o.enteredBy().equals(me)).toList(),
                toReview.stream().filter(o -> !o.enteredBy().equals(me) && !me.equals(o.submittedBy())).toList(),
                queries.ofUnit(caller.unitId(), OrderState.FAILED).stream()
                        .filter(o -> o.retryable() && me.equals(o.reviewedBy())).toList());
    }
}
