package com.gjjhall.softkey;

/** The PIN was wrong; the key still works, {@link #triesLeft()} more wrong PINs lock it for good. */
public class WrongPinException extends Exception {

    private final int triesLeft;

    public WrongPinException(int triesLeft) {
        super("PIN码错误，再输错" + triesLeft + "次证书将被锁定");
        this.triesLeft = triesLeft;
    }

    public int triesLeft() {
        return triesLeft;
    }
}
