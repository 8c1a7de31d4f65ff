package com.gjjhall.account.shared;

import com.gjjhall.servicekit.errors.BusinessException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdNumberTest {

    @Test
    void theStandardsOwnExampleIsValidWithItsCheckCharacterX() {
        IdNumber id = new IdNumber("11010519491231002x");
        assertThat(id.value()).isEqualTo("11010519491231002X");
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
    }

    @Test
    void aWrongCheckCharacterIsRefusedNamingTheField() {
        assertThatThrownBy(() -> new IdNumber("110105194912310021"))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.problems()).singleElement().satisfies(p -> {
                        assertThat(p.field()).isEqualTo("身份证号码");
                        assertThat(p.message()).isEqualTo("校验位不正确");
                    });
                });
    }

    @Test
    void anImpossibleDateOfBirthIsRefusedEvenWithARightCheckCharacter() {
        String first17 = "11010519490230002";
        assertThatThrownBy(() -> new IdNumber(first17 + IdNumber.checkCharacter(first17)))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.problems().get(0).message()).isEqualTo("出生日期不正确"));
        assertThatThrownBy(() -> new IdNumber("110105491331002")).isInstanceOf(BusinessException.class);
    }

    @Test
    void aLegacyFifteenDigitNumberUpgradesToItsComputedEighteenDigitForm() {
        IdNumber legacy = new IdNumber("110105491231002");
        assertThat(legacy.isLegacy()).isTrue();
        assertThat(legacy.upgraded().value()).isEqualTo("11010519491231002X");
        assertThat(legacy.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
    }

    @Test
    void otherLengthsAndLettersAreRefused() {
        assertThatThrownBy(() -> new IdNumber("1101051949123100")).isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> new IdNumber("11010519491231X02X")).isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> new IdNumber(" ")).isInstanceOf(BusinessException.class);
    }
}
