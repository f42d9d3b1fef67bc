package org.xieshang.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.BitSet;
import java.util.Optional;
import java.util.TreeSet;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The document font cut down once, at start, to the characters of GB 2312, Latin-1 and the common punctuation, with their glyphs renumbered
 * from 0 (about 7,700 of uming's 27,123): what nearly every document needs. PDFBox's subset embedding walks every glyph
 * number up to the highest one a document uses, and lists every glyph's width when the font is loaded, so a letter
 * drawn from this font costs a third of one drawn from the full font (the campaign benchmark's offer letters and
 * answers spent two fifths of their time there). A text with any other character (a rare one in a name) is drawn
 * from the full font.
 */
final class CommonGlyphs {

    private static final Logger log = LoggerFactory.getLogger(CommonGlyphs.class);

    private final BitSet drawn;
    private final FontCopies copies;

    private CommonGlyphs(BitSet drawn, FontCopies copies) {
        this.drawn = drawn;
        this.copies = copies;
    }

    /** The cut-down font of the full one, or none if it cannot be cut (the full font then draws everything). */
    static Optional<CommonGlyphs> of(TrueTypeFont full, int mostCopies) {
        try {
            CmapLookup cmap = full.getUnicodeCmapLookup();
            CharsetEncoder gb2312 = Charset.forName("GB2312").newEncoder();
            TreeSet<Integer> wanted = new TreeSet<>();
            for (int c = ' '; c <= Character.MAX_VALUE; c++) {
                if (!Character.isSurrogate((char) c) && (common(c) || gb2312.canEncode((char) c)) && cmap.getGlyphId(c) > 0) {
                    wanted.add(c);
                }
            }
            TTFSubsetter subsetter = new TTFSubsetter(full);
            subsetter.addAll(wanted);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            subsetter.writeToStream(bytes);
            byte[] font = bytes.toByteArray();
            TrueTypeFont first = parse(font);
            CmapLookup cut = first.getUnicodeCmapLookup();
            BitSet drawn = new BitSet(Character.MAX_VALUE + 1);
            wanted.stream().filter(c -> cut.getGlyphId(c) > 0).forEach(drawn::set);
            log.info("Documents in common characters use {} of the font's {} glyphs", first.getNumberOfGlyphs(),
                    full.getNumberOfGlyphs());
            return Optional.of(new CommonGlyphs(drawn, new FontCopies(first, mostCopies, () -> parse(font))));
        } catch (IOException | RuntimeException e) {
            log.warn("The font could not be cut down to its common characters; every document uses the full font", e);
            return Optional.empty();
        }
    }

    /** Latin-1, general punctuation (dashes, quotes), CJK symbols and punctuation, full-width forms. */
    private static boolean common(int c) {
        return c <= 0xFF || (c >= 0x2000 && c <= 0x206F) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF);
    }

    private static TrueTypeFont parse(byte[] font) {
        try {
            return new TTFParser(true).parse(new RandomAccessReadBuffer(font));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True if this font has a glyph for every character of the text (line breaks and tabs need none). */
    boolean draws(String text) {
        return text.chars().allMatch(c -> c < ' ' || drawn.get(c));
    }

    FontCopies copies() {
        return copies;
    }
}
