package org.xieshang.documents;

import java.io.IOException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * Parsed copies of one font: a parsed font reads its glyphs lazily and not thread-safely, so each copy serves one
 * document at a time, and at most {@code most} exist (one per core by default).
 */
final class FontCopies {

    private final BlockingQueue<TrueTypeFont> idle = new LinkedBlockingQueue<>();
    private final AtomicInteger copies = new AtomicInteger(1);
    private final int most;
    private final Supplier<TrueTypeFont> parse;

    /** {@code parse} parses another copy, or throws {@link DocumentFontMissingException} saying why it cannot. */
    FontCopies(TrueTypeFont first, int most, Supplier<TrueTypeFont> parse) {
        this.most = most;
        this.parse = parse;
        idle.add(first);
    }

    /**
     * Runs the work on an idle copy, parsing another while fewer than the most exist, else waiting for one to come back.
     */
    <T> T use(ChineseFont.FontWork<T> work) throws IOException {
        TrueTypeFont font = idle.poll();
        if (font == null) {
            font = copies.getAndUpdate(n -> n < most ? n + 1 : n) < most ? another() : waitForOne();
        }
        try {
            return work.apply(font);
        } finally {
            idle.add(font);
        }
    }

    private TrueTypeFont another() {
        try {
            return parse.get();
        } catch (RuntimeException e) {
            copies.decrementAndGet();
            throw e;
        }
    }

    private TrueTypeFont waitForOne() {
        try {
            return idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the document font", e);
        }
    }

    /** How many parsed copies exist now (never more than the most). */
    int parsed() {
        return copies.get();
    }
}
