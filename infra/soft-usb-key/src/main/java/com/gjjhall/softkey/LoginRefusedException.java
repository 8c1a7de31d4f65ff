package com.gjjhall.softkey;

/** The server refused the login: its status, stable code and Chinese message. */
public class LoginRefusedException extends Exception {

    private final int status;
    private final String code;
    private final String title;

    public LoginRefusedException(int status, String code, String title, String detail) {
        super(detail == null || detail.isBlank() ? title : detail);
        this.status = status;
        this.code = code;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }
}
