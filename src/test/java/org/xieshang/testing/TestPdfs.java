package org.xieshang.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.Random;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;

/** PDFs as users upload them: a plain scan of a given size, and ones that carry a script or an attachment. */
public final class TestPdfs {

    private TestPdfs() {
    }

    /** One page holding a noisy JPEG, so the file is about {@code bytes} long, as a scanner's output is. */
    public static byte[] scan(int bytes) {
        return save(document -> {
            PDPage page = new PDPage();
            document.addPage(page);
            int side = (int) Math.sqrt(bytes / 0.8);
            var image = new java.awt.image.BufferedImage(side, side, java.awt.image.BufferedImage.TYPE_INT_RGB);
            Random noise = new Random(42);
            for (int y = 0; y < side; y++) {
                for (int x = 0; x < side; x++) {
                    image.setRGB(x, y, noise.nextInt());
                }
            }
            PDImageXObject jpeg = JPEGFactory.createFromImage(document, image, 0.9f);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(jpeg, 0, 0, page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
            }
        });
    }

    public static byte[] blank() {
        return save(document -> document.addPage(new PDPage()));
    }

    /** Opens with a script, as a PDF carrying an exploit would. */
    public static byte[] withJavaScript() {
        return save(document -> {
            document.addPage(new PDPage());
            document.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('x');"));
        });
    }

    /** Carries a file inside it. */
    public static byte[] withEmbeddedFile() {
        return save(document -> {
            document.addPage(new PDPage());
            PDEmbeddedFile file = new PDEmbeddedFile(document, new java.io.ByteArrayInputStream("MZ".getBytes()));
            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile("invoice.exe");
            spec.setEmbeddedFile(file);
            PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
            tree.setNames(Map.of("invoice.exe", spec));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
            names.setEmbeddedFiles(tree);
            document.getDocumentCatalog().setNames(names);
        });
    }

    private interface Content {
        void addTo(PDDocument document) throws IOException;
    }

    private static byte[] save(Content content) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            content.addTo(document);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
