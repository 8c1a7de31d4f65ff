package com.gjjhall.identity.search;

import com.gjjhall.identity.certificate.CertificateRegistry;
import com.gjjhall.identity.certificate.CertificateView;
import com.gjjhall.identity.directory.OperatorDirectory;
import com.gjjhall.identity.directory.UnitDirectory;
import com.gjjhall.identity.operator.OperatorView;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * 查找 (roles CLERK and OPS): any unit, operator or certificate from one text, read from the directory and the
 * certificate registry.
 */
@RestController
class SearchController {

    static final int MAX_EACH = 20;

    /** A unit found, as a clerk's search lists it. */
    record UnitFound(String unitId, String unitName, String unifiedSocialCreditCode, Instant enrolledAt,
                     boolean onlineBusinessOpened) {

        static UnitFound of(UnitDirectory.Entry unit) {
            return new UnitFound(unit.unitId(), unit.unitName(), unit.unifiedSocialCreditCode(), unit.enrolledAt(),
                    unit.onlineBusinessOpened());
        }
    }

    /** At most {@value #MAX_EACH} of each. */
    record Found(List<UnitFound> units, List<OperatorView> operators, List<CertificateView> certificates) {
    }

    private final UnitDirectory units;
    private final OperatorDirectory operators;
    private final CertificateRegistry certificates;
    private final Clock clock;

    SearchController(UnitDirectory units, OperatorDirectory operators, CertificateRegistry certificates, Clock clock) {
        this.units = units;
        this.operators = operators;
        this.certificates = certificates;
        this.clock = clock;
    }

    /**
     * @param q a unit id, unified social credit code or part of a unit's name; an operator id, login name (any letter
     *          case), mobile or part of an operator's name; a certificate's serial number
     */
    @PreAuthorize("hasAnyRole('CLERK', 'OPS')")
    @GetMapping("/api/identity/search")
    Found search(@RequestParam(defaultValue = "") @NotBlank(message = "请输入查找内容")
                 @Size(max = 100, message = "查找内容不能超过100个字符") String q) {
        String text = q.strip();
        Instant now = clock.instant();
        return new Found(units.search(text, MAX_EACH).stream().map(UnitFound::of).toList(),
                operators.search(text, MAX_EACH).stream().map(entry -> OperatorView.of(entry, now)).toList(),
                certificates.search(text, MAX_EACH).stream().map(entry -> CertificateView.of(entry, now)).toList());
    }
}
