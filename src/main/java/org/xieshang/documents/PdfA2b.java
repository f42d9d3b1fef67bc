package org.xieshang.documents;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;

/**
 * The XMP metadata that declares a document PDF/A-2b, written from its information dictionary (title, author,
 * subject, keywords, producer, creation date: each the same in both, as PDF/A requires). openhtmltopdf's own PDF/A mode
 * builds it with xmpbox, which sets up its whole type registry and an XML transformer twice per document (a tenth of
 * a letter's time in the campaign benchmark); the packet is the same few lines every time.
 */
final class PdfA2b {

    private static final DateTimeFormatter XMP_DATE = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private PdfA2b() {
    }

    /** Adds the metadata to the rendered document (whose colour profile output intent openhtmltopdf has added). */
    static void declare(PDDocument document) throws IOException {
        PDDocumentInformation info = document.getDocumentInformation();
        StringBuilder xmp = new StringBuilder("""
                <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
                <x:xmpmeta xmlns:x="adobe:ns:meta/">
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"
                 xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/"
                 xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
                <pdfaid:part>2</pdfaid:part>
                <pdfaid:conformance>B</pdfaid:conformance>
                """);
        if (info.getTitle() != null) {
            xmp.append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escape(info.getTitle()))
                    .append("</rdf:li></rdf:Alt></dc:title>\n");
        }
        if (info.getAuthor() != null) {
            xmp.append("<dc:creator><rdf:Seq><rdf:li>").append(escape(info.getAuthor())).append("</rdf:li></rdf:Seq></dc:creator>\n");
        }
        if (info.getSubject() != null) {
            xmp.append("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escape(info.getSubject()))
                    .append("</rdf:li></rdf:Alt></dc:description>\n");
        }
        element(xmp, "pdf:Keywords", info.getKeywords());
        element(xmp, "pdf:Producer", info.getProducer());
        element(xmp, "xmp:CreatorTool", info.getCreator());
        element(xmp, "xmp:CreateDate", date(info.getCreationDate()));
        element(xmp, "xmp:ModifyDate", date(info.getModificationDate()));
        xmp.append("</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(xmp.toString().getBytes(StandardCharsets.UTF_8));
        document.getDocumentCatalog().setMetadata(metadata);
    }

    private static void element(StringBuilder xmp, String name, String value) {
        if (value != null) {
            xmp.append('<').append(name).append('>').append(escape(value)).append("</").append(name).append(">\n");
        }
    }

    /** The information dictionary keeps whole seconds with the writer's offset: the XMP date says the same instant. */
    private static String date(Calendar calendar) {
        if (calendar == null) {
            return null;
        }
        ZoneOffset offset = ZoneOffset.ofTotalSeconds(calendar.getTimeZone().getOffset(calendar.getTimeInMillis()) / 1000);
        return OffsetDateTime.ofInstant(calendar.toInstant(), offset).truncatedTo(ChronoUnit.SECONDS).format(XMP_DATE);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
