package org.xieshang.documents;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * What an uploaded PDF may not carry into the bureau's viewers: scripts, launch actions and embedded files. Every
 * object of the file is looked at, not only the catalogue, since an action can hang on any page or annotation.
 */
final class UploadedPdf {

    /** Message keys of the refusals. */
    static final String UNREADABLE = "document.upload.unreadable";
    static final String ACTIVE = "document.upload.active";

    private UploadedPdf() {
    }

    /** The message key of the first thing that makes the file unacceptable, or empty. */
    static Optional<String> problem(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            if (document.isEncrypted()) {
                return Optional.of(UNREADABLE);
            }
            Map<COSBase, Boolean> seen = new IdentityHashMap<>();
            Deque<COSBase> todo = new ArrayDeque<>();
            for (COSObjectKey key : document.getDocument().getXrefTable().keySet()) {
                COSObject object = document.getDocument().getObjectFromPool(key);
                if (object != null) {
                    todo.push(object.getObject() == null ? object : object.getObject());
                }
            }
            while (!todo.isEmpty()) {
                COSBase next = todo.pop();
                if (next == null || seen.put(next, Boolean.TRUE) != null) {
                    continue;
                }
                if (next instanceof COSDictionary d) {
                    if (active(d)) {
                        return Optional.of(ACTIVE);
                    }
                    d.getValues().stream().filter(v -> !(v instanceof COSObject)).forEach(todo::push);
                } else if (next instanceof COSArray a) {
                    a.forEach(v -> {
                        if (!(v instanceof COSObject)) {
                            todo.push(v);
                        }
                    });
                }
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of(UNREADABLE);
        }
    }

    private static final Set<COSName> ACTIVE_ACTIONS = Set.of(COSName.JAVA_SCRIPT, COSName.getPDFName("Launch"),
            COSName.getPDFName("ImportData"), COSName.getPDFName("SubmitForm"));

    private static boolean active(COSDictionary d) {
        COSName action = d.getCOSName(COSName.S);
        return (action != null && ACTIVE_ACTIONS.contains(action)) || d.containsKey(COSName.JS) || d.containsKey(COSName.EMBEDDED_FILES) || d.containsKey(COSName.EF)
                || COSName.EMBEDDED_FILE.equals(d.getCOSName(COSName.TYPE)) || d.containsKey(COSName.getPDFName("RichMedia"));
    }
}
