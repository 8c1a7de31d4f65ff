package com.gjjhall.collection.agreement.form;

import com.gjjhall.collection.agreement.query.ApplicationView;
import com.gjjhall.contracts.bank.CooperatingBank;
import com.gjjhall.contracts.collection.AgreementApplicationType;
import com.gjjhall.contracts.collection.PayerAccount;
import org.springframework.stereotype.Component;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The registration form (《住房公积金网上汇（补）缴委托收款业务登记表》) every application prints: taken to the
 * bank counter, signed and sealed, to make an online application effective (FAQ 三.2–3), or kept by the unit
 * for a cancellation (三.12–13).
 */
@Component
public class RegistrationForm {

    static final String TITLE = "住房公积金网上汇（补）缴委托收款业务登记表";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年MM月dd日").withZone(ZoneId.of("Asia/Shanghai"));
    private static final int LEFT = 50;
    private static final int RIGHT = SimplePdf.WIDTH - 50;
    private static final int SIZE = 11;

    public byte[] render(ApplicationView application, String unitName) {
        SimplePdf pdf = new SimplePdf(TITLE);
        pdf.text((SimplePdf.WIDTH - SimplePdf.width(TITLE, 16)) / 2, 780, 16, TITLE);
        int y = 745;
        y = pair(pdf, y, "业务类型：" + application.applicationTypeText(), "办理状态：" + application.stateText());
        y = pair(pdf, y, "申请编号：" + application.applicationId(), "协议编号：" + orBlank(application.agreementId()));
        y = pair(pdf, y, "单位编号：" + application.unitId(), "单位名称：" + orBlank(unitName));
        y = pair(pdf, y, "申请日期：" + DAY.format(application.submittedAt()), "经办：" + application.submittedBy());
        pdf.rule(LEFT, y + 4, RIGHT);
        y -= 14;
        pdf.text(LEFT, y, SIZE, "付款账户");
        y -= 20;
        int[] columns = {LEFT, LEFT + 30, LEFT + 100, LEFT + 200, LEFT + 350};
        row(pdf, y, columns, "序号", "办理事项", "开户银行", "付款账号", "扣款户名");
        pdf.rule(LEFT, y - 5, RIGHT);
        y -= 20;
        int n = 1;
        for (String[] line : accountLines(application)) {
            row(pdf, y, columns, Integer.toString(n++), line[0], line[1], line[2], line[3]);
            y -= 18;
        }
        pdf.rule(LEFT, y + 8, RIGHT);
        y -= 12;
        for (String paragraph : notes(application)) {
            for (String line : wrap(paragraph, RIGHT - LEFT)) {
                pdf.text(LEFT, y, SIZE, line);
                y -= 17;
            }
            y -= 6;
        }
        y -= 10;
        y = pair(pdf, y, "法人授权意见：", "");
        y = pair(pdf, y, "公积金账户预留印鉴：", "单位公章：");
        y = pair(pdf, y, "经办人（签字）：", "经办人身份证号码：");
        pair(pdf, y, "银行经办：", "生效日期：" + (ApplicationView.EFFECTIVE.equals(application.state())
                ? DAY.format(application.decidedAt()) : ""));
        return pdf.toBytes();
    }

    private static List<String[]> accountLines(ApplicationView application) {
        List<String[]> lines = new ArrayList<>();
        boolean cancelling = application.applicationType() == AgreementApplicationType.ACCOUNT_CANCELLATION
                || application.applicationType() == AgreementApplicationType.METHOD_CANCELLATION;
        for (PayerAccount account : application.addedAccounts()) {
            lines.add(new String[] {"新增", bankName(account.bankCode()), account.accountNumber(), account.accountName()});
        }
        for (String number : application.removedAccountNumbers()) {
            lines.add(new String[] {cancelling ? "取消" : "被替换", "", number, ""});
        }
        if (application.resultingAccounts() != null && application.applicationType() == AgreementApplicationType.ACCOUNT_CANCELLATION) {
            for (PayerAccount account : application.resultingAccounts()) {
                lines.add(new String[] {"保留", bankName(account.bankCode()), account.accountNumber(), account.accountName()});
            }
        }
        return lines;
    }

    private static List<String> notes(ApplicationView application) {
        return switch (application.applicationType()) {
            case OPENING, CHANGE -> List.of("本登记表作为《武汉住房公积金网上缴存委托收款协议》的补充协议。请签署法人授权意见、"
                    + "加盖公积金账户预留印鉴和单位公章，由经办人携带身份证原件及复印件到缴存银行柜台办理生效。");
            case REGISTRATION -> List.of("缴存银行依据单位递交的《武汉住房公积金网上缴存委托收款协议》办理网上业务委托收款登记，登记即生效。");
            case ACCOUNT_CANCELLATION -> List.of("所取消的委托收款账户即刻生效。本表留本单位存档。");
            case METHOD_CANCELLATION -> List.of("本单位同意《终止委托收款协议申请》。委托收款结算方式取消即刻生效，"
                    + "原《武汉住房公积金网上缴存委托收款协议》失效。本表留本单位存档。");
        };
    }

    private static int pair(SimplePdf pdf, int y, String left, String right) {
        pdf.text(LEFT, y, SIZE, left);
        if (!right.isEmpty()) {
            pdf.text(LEFT + 260, y, SIZE, right);
        }
        return y - 22;
    }

    private static void row(SimplePdf pdf, int y, int[] columns, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            pdf.text(columns[i], y, 10, cells[i]);
        }
    }

    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (SimplePdf.width(line.toString() + c, SIZE) > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(c);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static String bankName(String code) {
        return CooperatingBank.ofCode(code).map(CooperatingBank::chineseName).orElse(code);
    }

    private static String orBlank(String value) {
        return value == null ? "" : value;
    }
}
