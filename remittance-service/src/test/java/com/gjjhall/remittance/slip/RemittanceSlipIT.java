package com.gjjhall.remittance.slip;

import com.fasterxml.jackson.databind.JsonNode;
import com.gjjhall.contracts.bank.TransferReceived;
import com.gjjhall.remittance.support.RemittanceIT;
import com.gjjhall.testkit.TestTokens;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import java.io.IOException;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The remittance slip (汇（补）缴书) of a paid order prints in Chinese, on any machine. */
class RemittanceSlipIT extends RemittanceIT {

    @Test
    void aPaidOrdersSlipIsAPdfWithItsUnitAuditNumberAndAmountInWords() throws IOException {
        Unit unit = openUnit(2);
        String auditNumber = reviewedMonthly(unit, "BANK_TRANSFER");
        kafka().publish(new TransferReceived("T" + UUID.randomUUID(), "BOC", "6216000077778888", "武汉测试单位",
                monthlyTotal(2), auditNumber, NOW));
        String orderId = awaitState(unit, auditNumber, "SUCCEEDED").get("orderId").asText();

        ResponseEntity<byte[]> slip = slip(unit, orderId);

        assertThat(slip.getStatusCode().value()).isEqualTo(200);
        assertThat(slip.getHeaders().getContentType().toString()).isEqualTo("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(slip.getBody())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("住房公积金汇（补）缴书", "武汉测试单位", auditNumber, "汇缴", "2026-11",
                    "4,080.00", "人民币肆仟零捌拾元整", "网银转账");
        }
    }

    @Test
    void anOrderNotYetPaidHasNoSlip() {
        Unit unit = openUnit(1);
        String auditNumber = reviewedMonthly(unit, "CASH_CHEQUE");
        String orderId = result(unit, auditNumber).get("orderId").asText();

        ResponseEntity<JsonNode> refused = call(HttpMethod.GET, "/api/remittance/orders/" + orderId + "/slip", null,
                unit.maker(), unit.unitId());

        assertThat(refused.getStatusCode().value()).isEqualTo(409);
        assertThat(refused.getBody().get("title").asText()).isEqualTo("该笔业务尚未入账，不能打印汇（补）缴书");
    }

    private ResponseEntity<byte[]> slip(Unit unit, String orderId) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(TestTokens.get().issue(unit.maker(), unit.unitId(), "OPERATOR"));
        return http.exchange("/api/remittance/orders/" + orderId + "/slip", HttpMethod.GET, new HttpEntity<>(headers),
                byte[].class);
    }
}
