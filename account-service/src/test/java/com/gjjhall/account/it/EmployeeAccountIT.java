package com.gjjhall.account.it;

import com.gjjhall.account.shared.IdNumber;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

import java.time.YearMonth;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Opening, transfer, personal changes: each effective at once, refused with the documents' words. */
class EmployeeAccountIT extends AccountIT {

    @Test
    void anOpenedAccountIsShownAtOnceAsNormalWithItsMonthlyDeposit() {
        String unit = api.newUnit();
        Api.Answer opened = api.openEmployee(unit, Api.newIdNumber(), "王小明", "8500.00", YearMonth.now().toString());
        assertThat(opened.status()).isEqualTo(201);
        String account = opened.text("personalAccountNumber");

        Api.Answer shown = api.call(HttpMethod.GET, "/api/account/employees/" + account, Api.operatorOf(unit), null);
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.text("name")).isEqualTo("王小明");
        assertThat(shown.text("statusCode")).isEqualTo("01");
        assertThat(shown.text("statusName")).isEqualTo("正常");
        assertThat(shown.text("monthlyDeposit")).as("8500 × 12% twice").isEqualTo("2040.00");
    }

    @Test
    void openingIsRefusedForAnIdNumberThatAlreadyHasAnAccountAndPointsToTransfer() {
        String unit = api.newUnit();
        String other = api.newUnit();
        String id = Api.newIdNumber();
        assertThat(api.openEmployee(unit, id, "李雷", "6000", YearMonth.now().toString()).status()).isEqualTo(201);

        Api.Answer again = api.openEmployee(other, id, "李雷", "6000", YearMonth.now().toString());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("code")).isEqualTo("ID_NUMBER_HAS_ACCOUNT");
        assertThat(again.text("title")).isEqualTo("该身份证号码已有住房公积金账户，请办理职工转移");
        assertThat(api.call(HttpMethod.GET, "/api/account/employees?idNumber=" + id, Api.operatorOf(other), null)
                .body().path("total").asInt()).as("nothing opened at the second unit").isZero();
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsOpened() {
        String unit = api.newUnit();
        String badCheck = Api.newIdNumber();
        badCheck = badCheck.substring(0, 17) + (badCheck.charAt(17) == '0' ? '1' : '0');
        Api.Answer refused = api.call(HttpMethod.POST, "/api/account/employees", Api.operatorOf(unit), Map.of(
                "idNumber", badCheck, "name", "张 三", "mobile", "1234", "base", "85.001", "startMonth", "2026-13"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("身份证号码", "姓名", "手机号码", "缴存基数", "起缴年月");
        assertThat(refused.body().path("errors").get(0).path("message").asText()).isEqualTo("校验位不正确");
        assertThat(api.call(HttpMethod.GET, "/api/account/employees", Api.operatorOf(unit), null)
                .body().path("total").asInt()).isZero();
    }

    @Test
    void aBaseOutsideTheCityLimitsIsRefusedWithTheLimits() {
        String unit = api.newUnit();
        Api.Answer refused = api.openEmployee(unit, Api.newIdNumber(), "韩梅梅", "1000.00", YearMonth.now().toString());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("code")).isEqualTo("BASE_OUT_OF_RANGE");
        assertThat(refused.text("detail")).contains("下限2210.00元").contains("上限32172.00元");
    }

    @Test
    void aTransferredEmployeeArrivesSealedAndIsUnsealedWithABase() {
        String from = api.newUnit();
        String to = api.newUnit();
        String id = Api.newIdNumber();
        String account = api.openEmployee(from, id, "赵敏", "7000", YearMonth.now().toString()).text("personalAccountNumber");

        Api.Answer notSealed = api.call(HttpMethod.POST, "/api/account/employees/transfers", Api.operatorOf(to),
                Map.of("idNumber", id));
        assertThat(notSealed.status()).isEqualTo(409);
        assertThat(notSealed.text("title")).isEqualTo("该职工在原单位的账户尚未封存，不能办理职工转移");

        assertThat(api.call(HttpMethod.POST, "/api/account/employees/" + account + "/seal", Api.operatorOf(from),
                Map.of("reason", "离职")).status()).isEqualTo(200);
        Api.Answer arrived = api.call(HttpMethod.POST, "/api/account/employees/transfers", Api.operatorOf(to),
                Map.of("idNumber", id));
        assertThat(arrived.status()).isEqualTo(200);
        assertThat(arrived.text("personalAccountNumber")).isEqualTo(account);
        assertThat(arrived.text("statusName")).isEqualTo("封存");
        assertThat(api.call(HttpMethod.GET, "/api/account/employees/" + account, Api.operatorOf(from), null).status())
                .as("the old unit no longer sees the account").isEqualTo(404);

        Api.Answer unsealed = api.call(HttpMethod.POST, "/api/account/employees/" + account + "/unseal",
                Api.operatorOf(to), Map.of("base", "9000", "startMonth", YearMonth.now().plusMonths(1).toString()));
        assertThat(unsealed.status()).isEqualTo(200);
        assertThat(unsealed.text("statusCode")).isEqualTo("01");
        assertThat(unsealed.text("base")).isEqualTo("9000.00");
    }

    @Test
    void aLegacyFifteenDigitIdNumberIsUpgradedToItsComputedEighteenDigitForm() {
        String unit = api.newUnit();
        String legacy = Api.newLegacyIdNumber();
        Api.Answer opened = api.openEmployee(unit, legacy, "周杰", "6000", YearMonth.now().toString());
        assertThat(opened.status()).isEqualTo(201);
        String account = opened.text("personalAccountNumber");
        String first17 = legacy.substring(0, 6) + "19" + legacy.substring(6);
        char check = IdNumber.checkCharacter(first17);

        String otherPerson = first17.substring(0, 16) + (first17.charAt(16) == '9' ? '8' : '9');
        Api.Answer wrong = api.call(HttpMethod.POST, "/api/account/employees/" + account + "/id-upgrade",
                Api.operatorOf(unit), Map.of("newIdNumber", otherPerson + IdNumber.checkCharacter(otherPerson)));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.text("title")).isEqualTo("升位后的身份证号码与15位号码不一致");

        Api.Answer upgraded = api.call(HttpMethod.POST, "/api/account/employees/" + account + "/id-upgrade",
                Api.operatorOf(unit), Map.of());
        assertThat(upgraded.status()).isEqualTo(200);
        assertThat(upgraded.text("idNumber")).isEqualTo(first17 + check);
        assertThat(api.openEmployee(unit, upgraded.text("idNumber"), "周杰", "6000", YearMonth.now().toString()).status())
                .as("the same person, 15 or 18 digits").isEqualTo(409);
    }
}
