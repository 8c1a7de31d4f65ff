package com.gjjhall.remittance.slip;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChineseAmountTest {

    @Test
    void amountsAreWrittenAsOnABankSlip() {
        assertThat(ChineseAmount.of(408_000)).isEqualTo("人民币肆仟零捌拾元整");
        assertThat(ChineseAmount.of(1_002_050)).isEqualTo("人民币壹万零贰拾元伍角整");
        assertThat(ChineseAmount.of(10_000_000_01L)).isEqualTo("人民币壹仟万元零壹分");
        assertThat(ChineseAmount.of(100_000_000_00L)).isEqualTo("人民币壹亿元整");
        assertThat(ChineseAmount.of(10_000_100_00L)).isEqualTo("人民币壹仟万零壹佰元整");
        assertThat(ChineseAmount.of(5)).isEqualTo("人民币伍分");
        assertThat(ChineseAmount.of(0)).isEqualTo("人民币零元整");
        assertThat(ChineseAmount.of(1_234_567_89L)).isEqualTo("人民币壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分");
    }
}
