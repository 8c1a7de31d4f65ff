package com.gjjhall.softkey;

/** The key was locked by 6 wrong PINs in a row: only a reissued certificate (换发) helps. */
public class KeyLockedException extends Exception {

    public KeyLockedException() {
        super("连续6次输错PIN码，证书已无法使用，请到缴存银行办理证书换发");
    }
}
