package com.gjjhall.identity.unit;

import com.gjjhall.servicekit.errors.BusinessException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UnifiedSocialCreditCodeTest {

    @Test
    void aCodeWithTheRightGb32100CheckCharacterIsAccepted() {
        // A published code: 91350100M000100Y43 (GB 32100-2015 example form).
        assertThat(UnifiedSocialCreditCode.isValid("91350100M000100Y43")).isTrue();
        assertThat(UnifiedSocialCreditCode.withCheckCharacter("91420100MA4K00001").value()).hasSize(18);
    }

    @Test
    void aWrongCheckCharacterOrAForbiddenLetterCannotExist() {
        assertThat(UnifiedSocialCreditCode.isValid("91350100M000100Y44")).isFalse();
        assertThat(UnifiedSocialCreditCode.isValid("91350100M000100I43")).as("I is not in the alphabet").isFalse();
        assertThatThrownBy(() -> new UnifiedSocialCreditCode("91350100M000100Y4")).isInstanceOf(BusinessException.class)
                .hasMessageContaining("统一社会信用代码不正确");
    }
}
