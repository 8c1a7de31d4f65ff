package com.gjjhall.identity.certificate;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.gjjhall.identity.IdentityError;
import com.gjjhall.identity.certificate.ca.Certificates;
import com.gjjhall.identity.directory.OperatorDirectory;
import com.gjjhall.servicekit.errors.BusinessException;
import com.gjjhall.servicekit.errors.PlatformError;
import com.gjjhall.servicekit.security.CurrentOperator;
import com.gjjhall.softkey.KeyAlgorithm;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Certificates (安全密码证书), issued and revoked by a bank or centre clerk on the unit's paper request:
 * issue (with a soft USB key, or for a PKCS#10 request from a real one), revoke, and reissue (换发).
 */
@RestController
class CertificateController {

    record IssueRequest(@NotBlank(message = "必输字段不能为空") String operatorId, KeyAlgorithm algorithm,
                        @Size(max = 64) String signerId,
                        @Size(min = 6, max = 16, message = "PIN码须为6至16位") String pin,
                        String certificationRequest) {
        @Override
        public String toString() {
            return "IssueRequest[operatorId=" + operatorId + ", algorithm=" + algorithm + "]";
        }
    }

    record ReissueRequest(KeyAlgorithm algorithm, RevocationReason reason, @Size(max = 64) String signerId,
                          @Size(min = 6, max = 16, message = "PIN码须为6至16位") String pin,
                          String certificationRequest) {
        @Override
        public String toString() {
            return "ReissueRequest[algorithm=" + algorithm + ", reason=" + reason + "]";
        }
    }

    record RevocationRequest(RevocationReason reason) {
    }

    /** The new certificate; {@code keyFile} (base64 PKCS#12) and a generated {@code pin} are shown this once. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record IssuedView(String serialNumber, String unitId, String operatorId, KeyAlgorithm algorithm, Instant notBefore,
                      Instant notAfter, String certificate, List<String> caCertificates, String keyFileName,
                      String keyFile, String pin) {
        @Override
        public String toString() {
            return "IssuedView[serialNumber=" + serialNumber + ", operatorId=" + operatorId + "]";
        }
    }

    private final CertificateIssuance issuance;
    private final CertificateRegistry registry;
    private final OperatorDirectory operators;
    private final CommandGateway commands;
    private final Clock clock;

    CertificateController(CertificateIssuance issuance, CertificateRegistry registry, OperatorDirectory operators,
                          CommandGateway commands, Clock clock) {
        this.issuance = issuance;
        this.registry = registry;
        this.operators = operators;
        this.commands = commands;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('CLERK')")
    @PostMapping("/api/identity/certificates")
    @ResponseStatus(HttpStatus.CREATED)
    IssuedView issue(@Valid @RequestBody IssueRequest request, CurrentOperator caller) {
        OperatorDirectory.Entry operator = operators.get(request.operatorId());
        CertificateIssuance.Issued issued = issuance.issue(operator.unitId(), operator.operatorId(),
                source(request.algorithm(), request.signerId(), request.pin(), request.certificationRequest()));
        return view(issued, operator);
    }

    @GetMapping("/api/identity/certificates")
    List<CertificateView> list(@RequestParam String unitId, CurrentOperator caller) {
        if (!caller.hasRole(CurrentOperator.CLERK) && !unitId.equals(caller.unitId())) {
            throw new BusinessException(PlatformError.FORBIDDEN);
        }
        Instant now = clock.instant();
        return registry.ofUnit(unitId).stream().map(e -> CertificateView.of(e, now)).toList();
    }

    @PreAuthorize("hasRole('CLERK')")
    @PostMapping("/api/identity/certificates/{serialNumber}/revocation")
    CertificateView revoke(@PathVariable String serialNumber, @RequestBody RevocationRequest request,
                           CurrentOperator caller) {
        CertificateRegistry.Entry certificate = known(serialNumber);
        commands.sendAndWait(new RevokeCertificateCommand(certificate.unitId(), certificate.serialNumber(),
                request.reason() == null ? RevocationReason.CESSATION_OF_OPERATION : request.reason()));
        return CertificateView.of(known(serialNumber), clock.instant());
    }

    /** 换发: the old certificate is revoked first, then the same operator gets a new one. */
    @PreAuthorize("hasRole('CLERK')")
    @PostMapping("/api/identity/certificates/{serialNumber}/reissue")
    @ResponseStatus(HttpStatus.CREATED)
    IssuedView reissue(@PathVariable String serialNumber, @Valid @RequestBody ReissueRequest request,
                       CurrentOperator caller) {
        CertificateRegistry.Entry old = known(serialNumber);
        KeyAlgorithm algorithm = request.algorithm() == null ? old.algorithm() : request.algorithm();
        CertificateIssuance.Issued issued = issuance.reissue(old.unitId(), old.serialNumber(),
                request.reason() == null ? RevocationReason.SUPERSEDED : request.reason(),
                source(algorithm, request.signerId(), request.pin(), request.certificationRequest()));
        return view(issued, operators.get(old.operatorId()));
    }

    private CertificateRegistry.Entry known(String serialNumber) {
        return registry.find(serialNumber.toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new BusinessException(IdentityError.CERTIFICATE_NOT_FOUND));
    }

    private static CertificateIssuance.KeySource source(KeyAlgorithm algorithm, String signerId, String pin,
                                                        String certificationRequest) {
        return new CertificateIssuance.KeySource(algorithm == null ? KeyAlgorithm.SM2 : algorithm,
                signerId == null || signerId.isBlank() ? null : signerId, pin == null ? null : pin.toCharArray(),
                certificationRequest == null || certificationRequest.isBlank() ? null : certificationRequest);
    }

    private static IssuedView view(CertificateIssuance.Issued issued, OperatorDirectory.Entry operator) {
        X509Certificate certificate = issued.certificate();
        return new IssuedView(Certificates.serialOf(certificate), operator.unitId(), operator.operatorId(),
                KeyAlgorithm.of(certificate.getPublicKey()), certificate.getNotBefore().toInstant(),
                certificate.getNotAfter().toInstant(), Certificates.pem(certificate),
                issued.caChain().stream().map(Certificates::pem).toList(),
                issued.keyFile() == null ? null : operator.loginName() + ".p12",
                issued.keyFile() == null ? null : Base64.getEncoder().encodeToString(issued.keyFile()),
                issued.generatedPin() == null ? null : new String(issued.generatedPin()));
    }
}
