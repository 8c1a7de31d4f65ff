package com.gjjhall.launcher;

public final class Launcher {
    public static void main(String[] args) {
    }
}
