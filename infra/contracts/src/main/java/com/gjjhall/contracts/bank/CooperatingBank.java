package com.gjjhall.contracts.bank;

import java.util.Arrays;
import java.util.Optional;

/**
 * The 18 banks that signed the fund's collection agreement (委托代收住房公积金款项协议书), as the FAQ lists
 * them: only their accounts can pay by entrusted collection. The code is the {@code bankCode} of every bank
 * event. Four of them debit only after the unit signed with the bank (收款签约).
 */
public enum CooperatingBank {
    CITIC("中信银行", false),
    CMB("招商银行", false),
    HXB("华夏银行", false),
    HKB("汉口银行", false),
    CGB("广发银行", true),
    BOC("中国银行", false),
    PAB("平安银行", false),
    SPDB("浦发银行", false),
    BOCOM("交通银行", true),
    HBB("湖北银行", false),
    ABC("中国农业银行", false),
    ICBC("中国工商银行", false),
    CMBC("中国民生银行", false),
    CCB("中国建设银行", true),
    CEB("中国光大银行", false),
    WHRCB("武汉农村商业银行", false),
    CIB("兴业银行", false),
    PSBC("邮储银行", true);

    private final String chineseName;
    private final boolean signingRequired;

    CooperatingBank(String chineseName, boolean signingRequired) {
        this.chineseName = chineseName;
        this.signingRequired = signingRequired;
    }

    /** The bank's name as the fund centre writes it, e.g. 中国建设银行. */
    public String chineseName() {
        return chineseName;
    }

    /** CCB, BOCOM, CGB and PSBC: a debit fails with 结算失败[收方账号和付方账号未进行收款签约] until the signing is reported. */
    public boolean signingRequired() {
        return signingRequired;
    }

    public String code() {
        return name();
    }

    public static Optional<CooperatingBank> ofCode(String code) {
        return Arrays.stream(values()).filter(b -> b.name().equals(code)).findFirst();
    }
}
