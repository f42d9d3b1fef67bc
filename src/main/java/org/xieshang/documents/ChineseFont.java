package org.xieshang.documents;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The Chinese TrueType font documents embed (as a subset). PDFBox 3 cannot embed CFF-based OpenType fonts
 * (Noto CJK), so a candidate counts only if it has a glyf table and maps 中文. Parsing a .ttc costs several
 * hundred milliseconds, so parsed copies are kept; a parsed font reads its glyphs lazily and not thread-safely, so
 * each copy serves one document at a time, and there are as many copies as the machine renders documents at once
 * (one per core by default). When no font is found the app still runs and says what to install; generation then
 * fails with that message rather than printing empty boxes.
 */
@Component
class ChineseFont {

    private static final Logger log = LoggerFactory.getLogger(ChineseFont.class);

    static final String INSTALL_HINT = "apt-get install fonts-arphic-uming (Debian/Ubuntu), "
            + "or set XIESHANG_FONT to a TrueType Chinese font such as simsun.ttc";

    private static final List<String> KNOWN = List.of(
            "/usr/share/fonts/truetype/arphic/uming.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/truetype/arphic/ukai.ttc",
            "C:/Windows/Fonts/simsun.ttc",
            "C:/Windows/Fonts/simhei.ttf",
            "/System/Library/Fonts/Supplemental/Songti.ttc",
            "/Library/Fonts/Songti.ttc");

    private static final List<String> FONT_FOLDERS = List.of(
            "/usr/share/fonts", "/usr/local/share/fonts", System.getProperty("user.home") + "/.local/share/fonts",
            System.getProperty("user.home") + "/.fonts");

    /** Work on one parsed copy of the font, which nobody else uses meanwhile. */
    @FunctionalInterface
    interface FontWork<T> {
        T apply(TrueTypeFont font) throws IOException;
    }

    private final String source;
    private final String name;
    private final CmapLookup cmap;
    private final String problem;
    private final FontCopies full;
    private final CommonGlyphs common;

    ChineseFont(@Value("${xieshang.documents.font:}") String configured,
                @Value("${xieshang.documents.font-copies:0}") int fontCopies) {
        Optional<Loaded> loaded = configured.isBlank() ? search() : load(Path.of(configured), null);
        this.source = loaded.map(Loaded::path).orElse(null);
        this.name = loaded.map(Loaded::name).orElse(null);
        this.cmap = loaded.map(Loaded::cmap).orElse(null);
        int mostCopies = fontCopies > 0 ? fontCopies : Runtime.getRuntime().availableProcessors();
        this.full = loaded.map(l -> new FontCopies(l.font(), mostCopies, this::another)).orElse(null);
        this.common = loaded.flatMap(l -> CommonGlyphs.of(l.font(), mostCopies)).orElse(null);
        if (source != null) {
            this.problem = null;
            log.info("Documents embed the Chinese font {} (up to {} documents at once)", source, mostCopies);
        } else {
            this.problem = configured.isBlank()
                    ? "No TrueType Chinese font found; documents cannot be generated. Install one: " + INSTALL_HINT
                    : "XIESHANG_FONT=" + configured + " is not a readable TrueType font with Chinese glyphs. " + INSTALL_HINT;
            log.warn(problem);
        }
    }

    boolean present() {
        return source != null;
    }

    /** Runs the work on an idle parsed copy of the full font ({@link FontCopies}). */
    <T> T use(FontWork<T> work) throws IOException {
        if (source == null) {
            throw new DocumentFontMissingException(problem);
        }
        return full.use(work);
    }

    /**
     * The same for a document: on a copy of the common-character font ({@link CommonGlyphs}) when it draws every
     * character of the text, else on the full font.
     */
    <T> T use(String text, FontWork<T> work) throws IOException {
        return common != null && common.draws(text) ? common.copies().use(work) : use(work);
    }

    private TrueTypeFont another() {
        return load(Path.of(source), name).map(Loaded::font)
                .orElseThrow(() -> new DocumentFontMissingException(source + " could no longer be read. " + INSTALL_HINT));
    }

    /** How many parsed copies of the full font exist now (never more than the most configured). */
    int parsedCopies() {
        return full == null ? 0 : full.parsed();
    }

    /** The font's character map, for checking that input can be drawn (lookups only, safe to share). */
    Optional<CmapLookup> cmap() {
        return Optional.ofNullable(cmap);
    }

    /** Where the font came from, for the documents page. */
    Optional<String> source() {
        return Optional.ofNullable(source);
    }

    /** What is wrong and what to install, when no font could be loaded. */
    Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    private record Loaded(TrueTypeFont font, String path, String name, CmapLookup cmap) {
    }

    private static Optional<Loaded> search() {
        List<Path> candidates = new ArrayList<>(KNOWN.stream().map(Path::of).toList());
        for (String folder : FONT_FOLDERS) {
            Path dir = Path.of(folder);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.walk(dir)) {
                    files.filter(p -> p.toString().toLowerCase().matches(".*\\.(ttf|ttc)$")).sorted().forEach(candidates::add);
                } catch (IOException e) {
                    log.debug("Cannot list {}", dir, e);
                }
            }
        }
        return candidates.stream().filter(Files::isReadable).map(p -> load(p, null)).flatMap(Optional::stream).findFirst();
    }

    /** The first usable font of the file, or (for another copy) the one with that name. */
    private static Optional<Loaded> load(Path path, String wanted) {
        File file = path.toFile();
        try {
            if (file.getName().toLowerCase().endsWith(".ttc")) {
                // The collection stays open: its fonts read glyphs from it lazily.
                TrueTypeCollection collection = new TrueTypeCollection(file);
                AtomicReference<Loaded> found = new AtomicReference<>();
                collection.processAllFonts(f -> {
                    String name = f.getName();
                    if (found.get() == null && (wanted == null || wanted.equals(name))) {
                        usable(f).ifPresent(cmap -> found.set(new Loaded(f, path.toString(), name, cmap)));
                    }
                });
                if (found.get() == null) {
                    collection.close();
                }
                return Optional.ofNullable(found.get());
            }
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(file));
            Optional<CmapLookup> cmap = usable(ttf);
            if (cmap.isEmpty()) {
                ttf.close();
                return Optional.empty();
            }
            return Optional.of(new Loaded(ttf, path.toString(), ttf.getName(), cmap.get()));
        } catch (IOException | RuntimeException e) {
            log.debug("{} is not a usable TrueType font: {}", path, e.toString());
            return Optional.empty();
        }
    }

    private static Optional<CmapLookup> usable(TrueTypeFont f) {
        try {
            CmapLookup cmap = f.getUnicodeCmapLookup();
            return f.getTableMap().containsKey("glyf") && cmap != null && cmap.getGlyphId('中') > 0 && cmap.getGlyphId('文') > 0
                    ? Optional.of(cmap) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
