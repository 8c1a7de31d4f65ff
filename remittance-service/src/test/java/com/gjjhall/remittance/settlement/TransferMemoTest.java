package com.gjjhall.remittance.settlement;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TransferMemoTest {

    @Test
    void fullWidthDigitsAndEveryKindOfSpaceAreForgiven() {
        assertThat(TransferMemo.normalize("　２６１１１６ 0000017\t３ ")).isEqualTo("26111600000173");
    }

    @Test
    void otherTextStaysSoTheMemoDoesNotMatch() {
        assertThat(TransferMemo.normalize("汇缴26111600000173")).isEqualTo("汇缴26111600000173");
        assertThat(TransferMemo.normalize("26111600000173（１１月）")).isEqualTo("26111600000173(11月)");
        assertThat(TransferMemo.normalize(null)).isEmpty();
    }
}
