package com.gjjhall.identity.unit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The online-business service agreement (网上业务服务协议) a unit signs when it opens online business. A
 * unit signs one version; when the centre publishes a new one, its version changes here.
 */
@Component
public class ServiceAgreement {

    public static final String TITLE = "住房公积金网上业务服务协议";
    private static final String TEXT = """
            一、单位通过网上业务大厅办理住房公积金缴存业务，与在柜面办理具有同等效力。
            二、单位应妥善保管网上业务操作员的登录用户名、登录密码和数字证书（USBKEY）及其PIN码；\
            使用本单位证书办理的业务，视为本单位办理。
            三、每个单位最多持有2个有效的安全密码证书；证书遗失、损坏或PIN码被锁定的，\
            应持《网上业务用户变更申请表》到缴存银行办理证书换发。
            四、网上录入的业务须由本单位另一名操作员复核后方可提交，录入与复核不得为同一人。
            五、单位信息、操作员信息发生变化的，应及时到缴存银行办理变更。""";

    private final String version;

    public ServiceAgreement(@Value("${gjj.units.service-agreement-version:2026-01}") String version) {
        this.version = version;
    }

    public String version() {
        return version;
    }

    public String text() {
        return TEXT;
    }
}
