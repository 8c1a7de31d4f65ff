package com.gjjhall.identity.certificate;

/** Why a certificate was revoked. KEY_LOCKED: 6 wrong PINs locked the USB key (FAQ 四.2). */
public enum RevocationReason {
    SUPERSEDED, KEY_LOCKED, KEY_COMPROMISE, CESSATION_OF_OPERATION
}
