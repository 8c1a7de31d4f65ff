package com.gjjhall.collection.agreement.web;

import com.gjjhall.collection.agreement.form.RegistrationForm;
import com.gjjhall.collection.agreement.query.Agreements;
import com.gjjhall.collection.agreement.query.ApplicationView;
import com.gjjhall.collection.unit.UnitDirectory;
import com.gjjhall.servicekit.errors.BusinessException;
import com.gjjhall.servicekit.errors.PlatformError;
import com.gjjhall.servicekit.security.CurrentOperator;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;

/** One application: its state, and its registration form (登记表) as a PDF to print. */
@RestController
class ApplicationController {

    private final Agreements agreements;
    private final RegistrationForm form;
    private final UnitDirectory units;

    ApplicationController(Agreements agreements, RegistrationForm form, UnitDirectory units) {
        this.agreements = agreements;
        this.form = form;
        this.units = units;
    }

    @GetMapping("/api/collection/agreement-applications/{applicationId}")
    ApplicationView one(@PathVariable String applicationId, CurrentOperator caller) {
        return visible(applicationId, caller);
    }

    @GetMapping("/api/collection/agreement-applications/{applicationId}/form")
    ResponseEntity<byte[]> form(@PathVariable String applicationId, CurrentOperator caller) {
        ApplicationView application = visible(applicationId, caller);
        byte[] pdf = form.render(application, units.nameOf(application.unitId()).orElse(null));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("委托收款业务登记表-" + applicationId + ".pdf", StandardCharsets.UTF_8).build().toString())
                .body(pdf);
    }

    /** A unit's operators see their own applications; fund-centre staff see all. Others are told there is none. */
    private ApplicationView visible(String applicationId, CurrentOperator caller) {
        ApplicationView application = agreements.application(applicationId)
                .orElseThrow(() -> new BusinessException(PlatformError.NOT_FOUND));
        boolean staff = caller.hasRole(CurrentOperator.CLERK) || caller.hasRole(CurrentOperator.OPS);
        if (!staff && !application.unitId().equals(caller.unitId())) {
            throw new BusinessException(PlatformError.NOT_FOUND);
        }
        return application;
    }
}
