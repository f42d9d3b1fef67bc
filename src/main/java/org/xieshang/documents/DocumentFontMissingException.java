package org.xieshang.documents;

/** No usable Chinese font: the message says what to install. */
public class DocumentFontMissingException extends RuntimeException {

    DocumentFontMissingException(String message) {
        super(message);
    }
}
