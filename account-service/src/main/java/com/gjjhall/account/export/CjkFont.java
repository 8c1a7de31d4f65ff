package com.gjjhall.account.export;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Noto Sans SC (SIL Open Font License), taken at build time from a Maven artifact, so Chinese renders on any
 * machine with only Java: no system font is looked up. Embedded as a subset (Identity-H), so the PDF shows
 * the same glyphs everywhere and its text can be searched and copied.
 */
@Component
public class CjkFont {

    static final String RESOURCE = "fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf";

    private volatile BaseFont font;

    public Font of(float size) {
        return new Font(base(), size);
    }

    public Font bold(float size) {
        return new Font(base(), size, Font.BOLD);
    }

    private BaseFont base() {
        BaseFont local = font;
        if (local == null) {
            synchronized (this) {
                if (font == null) {
                    font = load();
                }
                local = font;
            }
        }
        return local;
    }

    private static BaseFont load() {
        try (InputStream in = CjkFont.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path (built from ph-fonts-noto-sans-sc)");
            }
            return BaseFont.createFont("NotoSansSC-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
                    in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
