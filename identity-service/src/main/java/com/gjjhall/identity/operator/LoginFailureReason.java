package com.gjjhall.identity.operator;

/** Why a login of a known operator was refused; each has its message (IdentityError). */
public enum LoginFailureReason {
    WRONG_PASSWORD, FROZEN, CERTIFICATE_INVALID, SIGNATURE_FAILED, CHALLENGE_INVALID
}
