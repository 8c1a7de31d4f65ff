package com.gjjhall.identity.certificate;

import com.gjjhall.identity.IdentityError;
import com.gjjhall.servicekit.errors.BusinessException;
import com.gjjhall.softkey.Crypto;
import com.gjjhall.softkey.KeyAlgorithm;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequest;

import java.io.StringReader;
import java.security.PublicKey;

/**
 * PKCS#10 certification requests, for keys made inside a real USB key: the request's own signature proves
 * the requester holds the private key.
 */
final class CertificationRequests {

    private CertificationRequests() {
    }

    static PublicKey verifiedPublicKey(String pem) {
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            Object parsed = parser.readObject();
            if (!(parsed instanceof PKCS10CertificationRequest request)) {
                throw invalid();
            }
            PublicKey key = new JcaPKCS10CertificationRequest(request).setProvider(Crypto.provider()).getPublicKey();
            KeyAlgorithm.of(key);
            if (!request.isSignatureValid(new JcaContentVerifierProviderBuilder().setProvider(Crypto.provider()).build(key))) {
                throw invalid();
            }
            return key;
        } catch (BusinessException e) {
            throw e;
        } catch (Exception e) {
            throw invalid();
        }
    }

    private static BusinessException invalid() {
        return new BusinessException(IdentityError.CERTIFICATE_REQUEST_INVALID,
                "证书申请（PKCS#10）无法读取或签名不正确；只支持SM2或ECDSA P-256密钥");
    }
}
