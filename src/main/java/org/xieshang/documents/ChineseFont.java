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
 * (Noto CJK), so a candidate counts only if it has a glyf table and maps 中文. Parsed once: parsing a .ttc
 * for every document costs several hundred milliseconds. When none is found the app still runs and says
 * what to install; generation then fails with that message rather than printing empty boxes.
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

    private final TrueTypeFont font;
    private final String source;
    private final String problem;

    ChineseFont(@Value("${xieshang.documents.font:}") String configured) {
        Optional<Loaded> loaded = configured.isBlank() ? search() : load(Path.of(configured));
        this.font = loaded.map(Loaded::font).orElse(null);
        this.source = loaded.map(Loaded::path).orElse(null);
        if (font != null) {
            this.problem = null;
            log.info("Documents embed the Chinese font {}", source);
        } else {
            this.problem = configured.isBlank()
                    ? "No TrueType Chinese font found; documents cannot be generated. Install one: " + INSTALL_HINT
                    : "XIESHANG_FONT=" + configured + " is not a readable TrueType font with Chinese glyphs. " + INSTALL_HINT;
            log.warn(problem);
        }
    }

    Optional<TrueTypeFont> font() {
        return Optional.ofNullable(font);
    }

    /** Where the font came from, for the documents page. */
    Optional<String> source() {
        return Optional.ofNullable(source);
    }

    /** What is wrong and what to install, when no font could be loaded. */
    Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    private record Loaded(TrueTypeFont font, String path) {
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
        return candidates.stream().filter(Files::isReadable).map(ChineseFont::load).flatMap(Optional::stream).findFirst();
    }

    private static Optional<Loaded> load(Path path) {
        File file = path.toFile();
        try {
            if (file.getName().toLowerCase().endsWith(".ttc")) {
                // The collection stays open: its fonts read glyphs from it lazily.
                TrueTypeCollection collection = new TrueTypeCollection(file);
                AtomicReference<TrueTypeFont> found = new AtomicReference<>();
                collection.processAllFonts(f -> {
                    if (found.get() == null && usable(f)) {
                        found.set(f);
                    }
                });
                if (found.get() == null) {
                    collection.close();
                    return Optional.empty();
                }
                return Optional.of(new Loaded(found.get(), path.toString()));
            }
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(file));
            if (!usable(ttf)) {
                ttf.close();
                return Optional.empty();
            }
            return Optional.of(new Loaded(ttf, path.toString()));
        } catch (IOException | RuntimeException e) {
            log.debug("{} is not a usable TrueType font: {}", path, e.toString());
            return Optional.empty();
        }
    }

    private static boolean usable(TrueTypeFont f) {
        try {
            return f.getTableMap().containsKey("glyf") && f.getUnicodeCmapLookup() != null
                    && f.getUnicodeCmapLookup().getGlyphId('中') > 0 && f.getUnicodeCmapLookup().getGlyphId('文') > 0;
        } catch (IOException e) {
            return false;
        }
    }
}
