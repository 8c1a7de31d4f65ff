package com.gjjhall.remittance.shared;

import com.gjjhall.servicekit.errors.BusinessException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditNumberTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 16);

    @Test
    void anIssuedNumberIsFourteenDigitsStartingWithTheDayAndValid() {
        AuditNumber number = AuditNumber.issue(DAY, 17);
        assertThat(number.value()).hasSize(14).startsWith("2611160000017");
        assertThat(AuditNumber.isValid(number.value())).isTrue();
    }

    @Test
    void everySingleMistypedDigitFailsTheCheck() {
        for (int sequence = 1; sequence <= 200; sequence++) {
            String valid = AuditNumber.issue(DAY, sequence).value();
            for (int position = 0; position < 14; position++) {
                for (char digit = '0'; digit <= '9'; digit++) {
                    if (digit != valid.charAt(position)) {
                        String typo = valid.substring(0, position) + digit + valid.substring(position + 1);
                        assertThat(AuditNumber.isValid(typo)).as(typo).isFalse();
                    }
                }
            }
        }
    }

    @Test
    void swappingTwoDifferentNeighbouringDigitsIsAlmostAlwaysCaught() {
        int swaps = 0;
        int caught = 0;
        for (int sequence = 1; sequence <= 2_000; sequence++) {
            String valid = AuditNumber.issue(DAY, sequence).value();
            for (int i = 0; i < 13; i++) {
                if (valid.charAt(i) != valid.charAt(i + 1)) {
                    String swapped = valid.substring(0, i) + valid.charAt(i + 1) + valid.charAt(i) + valid.substring(i + 2);
                    swaps++;
                    caught += AuditNumber.isValid(swapped) ? 0 : 1;
                }
            }
        }
        assertThat((double) caught / swaps).isGreaterThan(0.97);
    }

    @Test
    void anythingButFourteenDigitsIsNotAnAuditNumber() {
        String valid = AuditNumber.issue(DAY, 1).value();
        assertThat(AuditNumber.isValid(valid + "0")).isFalse();
        assertThat(AuditNumber.isValid(valid.substring(1))).isFalse();
        assertThat(AuditNumber.isValid("２" + valid.substring(1))).isFalse();
        assertThatThrownBy(() -> new AuditNumber("12345678901234"))
                .isInstanceOf(BusinessException.class).hasMessageContaining("审核单号不正确");
    }
}
